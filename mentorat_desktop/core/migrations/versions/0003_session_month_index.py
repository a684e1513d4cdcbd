"""session month index: the follow-up grid's minutes per pair and month read from an index

Revision ID: 0003_session_month_index
Revises: 0002_match_weights
Create Date: 2026-11-23

Adds ix_session_pair_month on mentoring_session (pair_id, substr(held_on, 1, 7), held_on,
duration_minutes). Its rows come in the order of the grid's GROUP BY (pair, then month), and
they hold every column that query reads, so the sum per pair and month walks the index once
with no sort and no visit to the table. held_on is there for SQLite to see the index as
covering (it does not treat an expression alone as holding the column).
"""

from alembic import op
import sqlalchemy as sa


revision = '0003_session_month_index'
down_revision = '0002_match_weights'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        # PostgreSQL keeps a date (substr does not apply): the index carries the minutes.
        op.create_index(
            'ix_session_pair_month',
            'mentoring_session',
            ['pair_id', 'held_on'],
            postgresql_include=['duration_minutes'],
        )
        return
    op.create_index(
        'ix_session_pair_month',
        'mentoring_session',
        ['pair_id', sa.text('substr(held_on, 1, 7)'), 'held_on', 'duration_minutes'],
    )


def downgrade() -> None:
    op.drop_index('ix_session_pair_month', table_name='mentoring_session')
