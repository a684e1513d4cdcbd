"""training: mentor training sessions and who attended them

Revision ID: 0008_training
Revises: 0007_setup
Create Date: 2026-12-02

training_session holds a session of the mentors' training (title, date, duration in minutes,
place, trainer, topics, and full_day: a full day is signed for in the morning and in the
afternoon). training_attendance holds each member invited to a session and whether they
attended (one row per session and member), with when it was recorded; deleting a session or
a member deletes its rows.

Data kept from 0007: no session exists yet; a member's training date (member.mentor_training_on,
typed by hand until now) stays as it is.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_training'
down_revision = '0007_setup'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('trainer', sa.String(length=200), nullable=True),
    sa.Column('topics', sa.Text(), nullable=True),
    sa.Column('full_day', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name='ck_training_duration'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index('ix_training_session_held_on', ['held_on'], unique=False)

    op.create_table('training_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('invited', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('attended', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id')
    )
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_training_attendance_member_id'), ['member_id'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_attendance_member_id'))

    op.drop_table('training_attendance')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index('ix_training_session_held_on')

    op.drop_table('training_session')
