"""match weights: the coordinator's weights of the matching's soft preferences

Revision ID: 0002_match_weights
Revises: 0001_initial
Create Date: 2026-11-30

Adds program_settings.match_weights, a nullable JSON text (None means the default weights).
SQLite adds a nullable column in place (no table rebuild, existing rows get NULL); removing
it rebuilds the table in batch mode, which keeps its named CHECK constraint.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_match_weights'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('match_weights', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.drop_column('match_weights')
