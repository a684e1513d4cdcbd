"""set-up: the association's address, its country, and closed cohorts

Revision ID: 0007_setup
Revises: 0006_charter_changes
Create Date: 2026-12-02

program_settings gains association_address (a free text of several lines, nullable) and
country ("FR" or "CA", "FR" by default: it decides the paper and, when set, the language).
cohort gains closed_on (the date a cohort was closed: its pairs stay, it is no longer offered
for new pairs). SQLite adds each column in place; removing them rebuilds the tables in batch
mode.

Data kept from 0006: a database whose language is Québec French is in Québec (country "CA"),
so that it keeps printing on Letter paper as it did; every cohort stays open.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_setup'
down_revision = '0006_charter_changes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('association_address', sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                'country', sa.String(length=2), server_default=sa.text("'FR'"), nullable=False
            )
        )
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
    op.execute("UPDATE program_settings SET country = 'CA' WHERE language = 'fr_CA'")


def downgrade() -> None:
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.drop_column('closed_on')
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.drop_column('country')
        batch_op.drop_column('association_address')
