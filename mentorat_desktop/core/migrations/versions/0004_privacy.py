"""privacy: what each member consented to, their erasure, retention and backup settings

Revision ID: 0004_privacy
Revises: 0003_session_month_index
Create Date: 2026-12-02

member gains consent_keep, consent_contact, consent_share (booleans, false by default),
consent_how (a short text), consent_withdrawn_on (a date) and erased_at (when the person's
data was erased). consent_on stays: it is the date the consent was given.

program_settings gains retention_months (36), backup_folder_second (nullable) and
backup_keep_last (10).

SQLite adds each column in place (no table rebuild): the nullable ones with NULL, the others
with their server default. Removing them rebuilds the tables in batch mode.

Data kept from 0003: a member with a consent date gets consent_keep = 1 and nothing else.
The old field was labelled "consent to keep the data": it never recorded an agreement to be
contacted or to have one's details passed to the other member of a pair, and an agreement
must not be assumed where none was asked for.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004_privacy'
down_revision = '0003_session_month_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('consent_keep', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column('consent_contact', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column('consent_share', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column('consent_how', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('consent_withdrawn_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('retention_months', sa.Integer(), server_default=sa.text('36'), nullable=False)
        )
        batch_op.add_column(sa.Column('backup_folder_second', sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column('backup_keep_last', sa.Integer(), server_default=sa.text('10'), nullable=False)
        )

    # The consent recorded so far was the consent to keep the data, and only that.
    op.execute("UPDATE member SET consent_keep = true WHERE consent_on IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.drop_column('backup_keep_last')
        batch_op.drop_column('backup_folder_second')
        batch_op.drop_column('retention_months')

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
        batch_op.drop_column('consent_withdrawn_on')
        batch_op.drop_column('consent_how')
        batch_op.drop_column('consent_share')
        batch_op.drop_column('consent_contact')
        batch_op.drop_column('consent_keep')
