"""shared server: local groups, a row version against lost updates, who changed a record

Revision ID: 0011_shared_server
Revises: 0010_event
Create Date: 2026-12-02

local_group holds the local groups of a network of associations (a name each). member, cohort
and pair get group_id (the group they belong to; none on a laptop that has no groups; deleting
a group leaves its records without one). member, cohort, pair and mentoring_session get
row_version (1, then raised by every change: a change made from an older version is refused
instead of overwriting another coordinator's), changed_by (the name of the coordinator who
last changed the record, when known) and changed_at.

Data kept from 0010: every row starts at version 1, with no group and no author.
"""

from alembic import op
import sqlalchemy as sa


revision = '0011_shared_server'
down_revision = '0010_event'
branch_labels = None
depends_on = None

_VERSIONED = ('member', 'cohort', 'pair', 'mentoring_session')
_GROUPED = ('member', 'cohort', 'pair')


def _shared_columns() -> list[sa.Column]:
    return [
        sa.Column('row_version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('changed_by', sa.String(length=120), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('local_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    # mentoring_session only gains columns: a plain ALTER TABLE ADD COLUMN, because a
    # rebuild of the table (SQLite's batch mode) would lose migration 0003's index on an
    # expression, which SQLite cannot reflect to carry over.
    for column in _shared_columns():
        op.add_column('mentoring_session', column)
    for table in _GROUPED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in _shared_columns():
                batch_op.add_column(column)
            if table in _GROUPED:
                batch_op.add_column(sa.Column('group_id', sa.Integer(), nullable=True))
                batch_op.create_foreign_key(
                    f'fk_{table}_group_id_local_group', 'local_group', ['group_id'], ['id'],
                    ondelete='SET NULL',
                )
                batch_op.create_index(f'ix_{table}_group_id', ['group_id'], unique=False)


def downgrade() -> None:
    for table in reversed(_VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in _GROUPED:
                batch_op.drop_index(f'ix_{table}_group_id')
                batch_op.drop_constraint(f'fk_{table}_group_id_local_group', type_='foreignkey')
                batch_op.drop_column('group_id')
            batch_op.drop_column('changed_at')
            batch_op.drop_column('changed_by')
            batch_op.drop_column('row_version')
        if table == 'mentoring_session' and op.get_bind().dialect.name == 'sqlite':
            # SQLite rebuilt the table, and the rebuild cannot carry an index on an
            # expression (migration 0003's): make it again.
            op.execute('DROP INDEX IF EXISTS ix_session_pair_month')
            op.create_index(
                'ix_session_pair_month',
                'mentoring_session',
                ['pair_id', sa.text('substr(held_on, 1, 7)'), 'held_on', 'duration_minutes'],
            )
    op.drop_table('local_group')
