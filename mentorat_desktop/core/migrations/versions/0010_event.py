"""event: speed-meeting evenings and fairs, the wishes after a speed-meeting, kiosk sign-ups

Revision ID: 0010_event
Revises: 0009_feedback
Create Date: 2026-12-02

event holds an event of the program: a speed-meeting evening or an association fair (kind),
its name, its date and, for a speed-meeting, how many rounds it had. event_wish holds, after a
speed-meeting, a member's wish to continue with someone met there (one row per event, member
and person wished; deleting the event or either member deletes it): the matching raises that
couple's score. kiosk_signup holds the sign-ups typed by visitors at the kiosk, waiting for the
coordinator (status waiting or accepted; an accepted one keeps only the member it became and
when, its personal fields cleared).

Data kept from 0009: no event, wish or sign-up exists yet.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010_event'
down_revision = '0009_feedback'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('speed_meeting', 'fair', name='ck_eventkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('rounds', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('rounds IS NULL OR rounds > 0', name='ck_event_rounds'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_held_on'), ['held_on'], unique=False)

    op.create_table('event_wish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('wished_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('member_id <> wished_id', name='ck_event_wish_two_people'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['wished_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'member_id', 'wished_id')
    )
    with op.batch_alter_table('event_wish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_wish_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_wish_wished_id'), ['wished_id'], unique=False)

    op.create_table('kiosk_signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('waiting', 'accepted', name='ck_signupstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('role', sa.Enum('mentor', 'mentee', 'either', name='ck_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('offered', sa.Text(), nullable=True),
    sa.Column('wanted', sa.Text(), nullable=True),
    sa.Column('availability', sa.String(length=300), nullable=True),
    sa.Column('preferred_mode', sa.Enum('in_person', 'video', 'phone', 'any', name='ck_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('consent_keep', sa.Boolean(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('consent_share', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('kiosk_signup')
    with op.batch_alter_table('event_wish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_wish_wished_id'))
        batch_op.drop_index(batch_op.f('ix_event_wish_member_id'))

    op.drop_table('event_wish')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_held_on'))

    op.drop_table('event')
