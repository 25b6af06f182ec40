"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 07:41:03.876990
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op



revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('badge_layouts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge_layouts')),
    sa.UniqueConstraint('name', name=op.f('uq_badge_layouts_name'))
    )
    op.create_table('checklist_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('applies_to', sa.String(length=16), nullable=False),
    sa.Column('formats', sa.JSON(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.CheckConstraint("applies_to IN ('event', 'speaker')", name=op.f('ck_checklist_templates_applies_to')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_templates')),
    sa.UniqueConstraint('name', name=op.f('uq_checklist_templates_name'))
    )
    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('pronouns', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('affiliation', sa.String(length=200), nullable=False),
    sa.Column('bio', sa.Text(), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_mime', sa.String(length=50), nullable=True),
    sa.Column('links', sa.Text(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('remote', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speakers')),
    sa.UniqueConstraint('email', name=op.f('uq_speakers_email'))
    )
    op.create_table('venues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('map_url', sa.String(length=2000), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=True),
    sa.Column('contact_phone', sa.String(length=50), nullable=False),
    sa.Column('accessibility', sa.Text(), nullable=False),
    sa.Column('wifi_name', sa.String(length=200), nullable=False),
    sa.Column('wifi_password', sa.String(length=200), nullable=False),
    sa.Column('av_equipment', sa.Text(), nullable=False),
    sa.Column('closing_time', sa.String(length=5), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity >= 0', name=op.f('ck_venues_capacity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venues')),
    sa.UniqueConstraint('name', name=op.f('uq_venues_name'))
    )
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('viewer_zones', sa.JSON(), nullable=False),
    sa.Column('organiser_name', sa.String(length=200), nullable=False),
    sa.Column('organiser_email', sa.String(length=254), nullable=True),
    sa.Column('organiser_phone', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("format IN ('in_person', 'online', 'hybrid')", name=op.f('ck_events_format')),
    sa.CheckConstraint("status IN ('draft', 'announced', 'done', 'cancelled')", name=op.f('ck_events_status')),
    sa.CheckConstraint('capacity IS NULL OR capacity >= 0', name=op.f('ck_events_capacity')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_events_ends_after_start')),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_events_venue_id_venues'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_starts_at', ['starts_at'], unique=False)

    op.create_table('template_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('offset_minutes', sa.Integer(), nullable=False),
    sa.Column('at_time', sa.String(length=5), nullable=True),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('owner_role', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_template_items_template_id_checklist_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_items'))
    )
    with op.batch_alter_table('template_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_items_template_id'), ['template_id'], unique=False)

    op.create_table('attendees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('pronouns', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('rsvp', sa.String(length=16), nullable=False),
    sa.Column('guests', sa.Integer(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('badge_printed_at', sa.DateTime(), nullable=True),
    sa.Column('checkin_token', sa.String(length=32), nullable=False),
    sa.Column('edited_fields', sa.JSON(), nullable=False),
    sa.Column('search_key', sa.String(length=800), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('attendee', 'speaker', 'organiser', 'volunteer', 'sponsor')", name=op.f('ck_attendees_role')),
    sa.CheckConstraint("rsvp IN ('going', 'waitlist', 'not_going')", name=op.f('ck_attendees_rsvp')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_attendees_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendees')),
    sa.UniqueConstraint('checkin_token', name=op.f('uq_attendees_checkin_token')),
    sa.UniqueConstraint('event_id', 'source', 'external_id', name=op.f('uq_attendees_event_id_source_external_id'))
    )
    with op.batch_alter_table('attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendees_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendees_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_attendees_event_search', ['event_id', 'search_key'], unique=False)

    op.create_table('checklist_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('template_item_id', sa.Integer(), nullable=True),
    sa.Column('template_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('owner_role', sa.String(length=50), nullable=False),
    sa.Column('offset_minutes', sa.Integer(), nullable=True),
    sa.Column('at_time', sa.String(length=5), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('assignee', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_checklist_items_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_checklist_items_speaker_id_speakers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_item_id'], ['template_items.id'], name=op.f('fk_checklist_items_template_item_id_template_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items'))
    )
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_items_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_items_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('abstract', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('room', sa.String(length=100), nullable=False),
    sa.CheckConstraint("kind IN ('talk', 'panel', 'break', 'networking', 'lightning', 'intro')", name=op.f('ck_sessions_kind')),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_sessions_duration')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sessions_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessions_event_id'), ['event_id'], unique=False)

    op.create_table('session_speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('recording_consent', sa.Boolean(), nullable=True),
    sa.CheckConstraint("role IN ('speaker', 'moderator', 'panellist')", name=op.f('ck_session_speakers_role')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_speakers_session_id_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_session_speakers_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_speakers')),
    sa.UniqueConstraint('session_id', 'speaker_id', name=op.f('uq_session_speakers_session_id_speaker_id'))
    )
    with op.batch_alter_table('session_speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_speakers_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_speakers_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('stream_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('viewer_url', sa.String(length=2000), nullable=True),
    sa.Column('studio_url', sa.String(length=2000), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.CheckConstraint("purpose IN ('main', 'backup', 'recording')", name=op.f('ck_stream_links_purpose')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_stream_links_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_stream_links_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stream_links'))
    )
    with op.batch_alter_table('stream_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stream_links_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stream_links_session_id'), ['session_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('stream_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stream_links_session_id'))
        batch_op.drop_index(batch_op.f('ix_stream_links_event_id'))

    op.drop_table('stream_links')
    with op.batch_alter_table('session_speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_speakers_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_session_speakers_session_id'))

    op.drop_table('session_speakers')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_event_id'))

    op.drop_table('sessions')
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_items_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_items_event_id'))

    op.drop_table('checklist_items')
    with op.batch_alter_table('attendees', schema=None) as batch_op:
        batch_op.drop_index('ix_attendees_event_search')
        batch_op.drop_index(batch_op.f('ix_attendees_event_id'))
        batch_op.drop_index(batch_op.f('ix_attendees_email'))

    op.drop_table('attendees')
    with op.batch_alter_table('template_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_items_template_id'))

    op.drop_table('template_items')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_starts_at')

    op.drop_table('events')
    op.drop_table('venues')
    op.drop_table('speakers')
    op.drop_table('checklist_templates')
    op.drop_table('badge_layouts')
    op.drop_table('app_settings')
    
