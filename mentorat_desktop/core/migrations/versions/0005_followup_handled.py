"""follow-up handled: a follow-up entry can mark a pair as called / handled

Revision ID: 0005_followup_handled
Revises: 0004_privacy
Create Date: 2026-12-02

follow_up_entry gains handled (a boolean, false by default) and handled_reasons (a text:
the stable keys, as JSON, of the reasons the pair was on the follow-up list for when it was
marked). A handled mark takes the pair off the list while those reasons are all it has and
no session or new note came after it.

SQLite adds both columns in place (no table rebuild): handled with its server default,
handled_reasons with NULL. Removing them rebuilds the table in batch mode.

Data kept from 0004: every entry stays an ordinary note (handled = 0).
"""

from alembic import op
import sqlalchemy as sa


revision = '0005_followup_handled'
down_revision = '0004_privacy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_up_entry', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('handled', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column('handled_reasons', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('follow_up_entry', schema=None) as batch_op:
        batch_op.drop_column('handled_reasons')
        batch_op.drop_column('handled')
