"""feedback: questionnaire answers, and when the check-ins of a pair are planned

Revision ID: 0009_feedback
Revises: 0008_training
Create Date: 2026-12-02

feedback_answer holds a feedback questionnaire answered by the mentor or the mentee of a
pair (typed back from paper or after a call): which planned check-in it answers (first
month, mid-term, end, or none), the date, five scores from 1 to 5 (overall satisfaction,
meetings, learning, listening, recommending the program) and a comment; deleting the pair
deletes its answers. program_settings gains the offsets of the check-ins: checkin_first_days
(30: days after the start), checkin_mid_percent (50: how far through the pair) and
checkin_end_days (14: days before the planned end).

Data kept from 0008: no answer exists yet; the settings take the default offsets.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_feedback'
down_revision = '0008_training'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('feedback_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('respondent', sa.Enum('coordinator', 'mentor', 'mentee', name='ck_speaker', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('checkin', sa.Enum('first_month', 'mid_term', 'end', name='ck_checkinround', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('score_overall', sa.Integer(), nullable=True),
    sa.Column('score_meetings', sa.Integer(), nullable=True),
    sa.Column('score_learning', sa.Integer(), nullable=True),
    sa.Column('score_listening', sa.Integer(), nullable=True),
    sa.Column('score_recommend', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("respondent <> 'coordinator'", name='ck_feedback_respondent'),
    sa.CheckConstraint(
        '(score_overall IS NULL OR score_overall BETWEEN 1 AND 5) '
        'AND (score_meetings IS NULL OR score_meetings BETWEEN 1 AND 5) '
        'AND (score_learning IS NULL OR score_learning BETWEEN 1 AND 5) '
        'AND (score_listening IS NULL OR score_listening BETWEEN 1 AND 5) '
        'AND (score_recommend IS NULL OR score_recommend BETWEEN 1 AND 5)',
        name='ck_feedback_scores',
    ),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feedback_answer', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_feedback_answer_pair_id'), ['pair_id'], unique=False
        )

    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('checkin_first_days', sa.Integer(), server_default=sa.text('30'), nullable=False)
        )
        batch_op.add_column(
            sa.Column('checkin_mid_percent', sa.Integer(), server_default=sa.text('50'), nullable=False)
        )
        batch_op.add_column(
            sa.Column('checkin_end_days', sa.Integer(), server_default=sa.text('14'), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.drop_column('checkin_end_days')
        batch_op.drop_column('checkin_mid_percent')
        batch_op.drop_column('checkin_first_days')

    with op.batch_alter_table('feedback_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_answer_pair_id'))

    op.drop_table('feedback_answer')
