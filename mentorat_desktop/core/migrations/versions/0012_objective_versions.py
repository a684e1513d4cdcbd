"""objective versions: a row version and its author on objectives and training sessions

Revision ID: 0012_objective_versions
Revises: 0011_shared_server
Create Date: 2026-12-03

objective (a pair's), cohort_objective and training_session get row_version (1, then raised
by every change: a change made from an older version is refused instead of overwriting
another coordinator's), changed_by (the name of the coordinator who last changed the record,
when known) and changed_at, as member, cohort, pair and mentoring_session got in 0011.

Data kept from 0011: every row starts at version 1, with no author.
"""

from alembic import op
import sqlalchemy as sa


revision = '0012_objective_versions'
down_revision = '0011_shared_server'
branch_labels = None
depends_on = None

_VERSIONED = ('objective', 'cohort_objective', 'training_session')


def _shared_columns() -> list[sa.Column]:
    return [
        sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('changed_by', sa.String(length=120), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    # Columns added in place (ALTER TABLE ADD COLUMN on both engines): nothing is rebuilt.
    for table in _VERSIONED:
        for column in _shared_columns():
            op.add_column(table, column)


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN in place as well (SQLite has it since 3.35): a rebuild of the
    # tables would have to carry their checks and indexes over.
    for table in reversed(_VERSIONED):
        for name in ('changed_at', 'changed_by', 'row_version'):
            op.drop_column(table, name)
