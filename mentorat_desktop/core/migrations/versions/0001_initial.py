"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cohort',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('organisation', sa.String(length=150), nullable=True),
    sa.Column('department', sa.String(length=150), nullable=True),
    sa.Column('manager_name', sa.String(length=200), nullable=True),
    sa.Column('years_experience', sa.Integer(), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=True),
    sa.Column('role', sa.Enum('mentor', 'mentee', 'either', name='ck_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('availability', sa.String(length=300), nullable=True),
    sa.Column('preferred_mode', sa.Enum('in_person', 'video', 'phone', 'any', name='ck_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('mentor_training_on', sa.Date(), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('active', 'archived', name='ck_memberstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('capacity >= 0', name='ck_member_capacity'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_email', ['email'], unique=False)
        batch_op.create_index('ix_member_name', ['last_name', 'first_name'], unique=False)

    op.create_table('program_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('association_name', sa.String(length=200), nullable=False),
    sa.Column('coordinator_name', sa.String(length=200), nullable=False),
    sa.Column('coordinator_email', sa.String(length=254), nullable=True),
    sa.Column('coordinator_phone', sa.String(length=40), nullable=True),
    sa.Column('default_commitment_hours', sa.Float(), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('paper_size', sa.String(length=10), nullable=True),
    sa.Column('logo_path', sa.Text(), nullable=True),
    sa.Column('charter_commitments', sa.Text(), nullable=True),
    sa.Column('silent_days', sa.Integer(), nullable=False),
    sa.Column('end_soon_days', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('id = 1', name='ck_settings_single_row'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('skill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('cohort_objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=True),
    sa.Column('target', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('member_skill',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('offered', 'wanted', name='ck_skillkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('member_id', 'skill_id', 'kind')
    )
    op.create_table('pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('proposed', 'active', 'paused', 'ended', name='ck_pairstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('charter_signed_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Enum('objectives_reached', 'no_longer_available', 'mismatch', 'other', name='ck_endreason', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('monthly_commitment_hours', sa.Float(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('mode', sa.Enum('in_person', 'video', 'phone', 'any', name='ck_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('frequency', sa.String(length=100), nullable=True),
    sa.Column('match_score', sa.Float(), nullable=True),
    sa.Column('match_reasons', sa.Text(), nullable=True),
    sa.Column('capacity_override_reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Enum('yes', 'mostly', 'partly', 'no', name='ck_outcome', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('mentor_learned', sa.Text(), nullable=True),
    sa.Column('mentee_learned', sa.Text(), nullable=True),
    sa.Column('closing_comment', sa.Text(), nullable=True),
    sa.Column('charter_version', sa.Integer(), nullable=False),
    sa.Column('charter_changed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('mentor_id <> mentee_id', name='ck_pair_two_people'),
    sa.CheckConstraint('monthly_commitment_hours > 0', name='ck_pair_commitment'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['member.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['member.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.create_index('ix_pair_members', ['mentor_id', 'mentee_id'], unique=False)

    op.create_table('refused_match',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('refused_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['mentee_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mentor_id', 'mentee_id')
    )
    op.create_table('follow_up_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('speaker', sa.Enum('coordinator', 'mentor', 'mentee', name='ck_speaker', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('action', sa.Text(), nullable=True),
    sa.Column('recheck_on', sa.Date(), nullable=True),
    sa.CheckConstraint('satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5', name='ck_followup_sat'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('follow_up_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_entry_pair_id'), ['pair_id'], unique=False)

    op.create_table('mentoring_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('mode', sa.Enum('in_person', 'video', 'phone', 'any', name='ck_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('topics', sa.Text(), nullable=True),
    sa.Column('direction', sa.Enum('mentor_to_mentee', 'mentee_to_mentor', 'both', name='ck_direction', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name='ck_session_duration'),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentoring_session', schema=None) as batch_op:
        batch_op.create_index('ix_session_pair_date', ['pair_id', 'held_on'], unique=False)

    op.create_table('objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'reached', 'dropped', name='ck_objectivestatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('direction', sa.Enum('mentor_to_mentee', 'mentee_to_mentor', 'both', name='ck_direction', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_pair_id'), ['pair_id'], unique=False)

    op.create_table('pair_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'active', 'paused', 'ended', name='ck_pairstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['pair.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pair_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_status_change_pair_id'), ['pair_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pair_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_status_change_pair_id'))

    op.drop_table('pair_status_change')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_pair_id'))

    op.drop_table('objective')
    with op.batch_alter_table('mentoring_session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_pair_date')

    op.drop_table('mentoring_session')
    with op.batch_alter_table('follow_up_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_entry_pair_id'))

    op.drop_table('follow_up_entry')
    op.drop_table('refused_match')
    with op.batch_alter_table('pair', schema=None) as batch_op:
        batch_op.drop_index('ix_pair_members')

    op.drop_table('pair')
    op.drop_table('member_skill')
    op.drop_table('cohort_objective')
    op.drop_table('skill')
    op.drop_table('program_settings')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_name')
        batch_op.drop_index('ix_member_email')

    op.drop_table('member')
    op.drop_table('cohort')
