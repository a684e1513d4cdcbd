"""charter changes: a new version of a signed charter records what it changes

Revision ID: 0006_charter_changes
Revises: 0005_followup_handled
Create Date: 2026-12-02

pair gains charter_changes (a short text: the kinds of change of the current version among
"objectives", "means" and "period", comma-separated), so that a version 2 of a charter can
say what changed since version 1. SQLite adds the column in place; removing it rebuilds the
table in batch mode.

Data kept from 0005: versions made before say nothing of their changes (NULL): their charter
keeps the line to fill in by hand.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006_charter_changes'
down_revision = '0005_followup_handled'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.add_column(sa.Column('charter_changes', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.drop_column('charter_changes')
