create table workshop (
    id                  uuid primary key,
    title               text        not null,
    description         text,
    type                text        not null,
    format              text        not null,
    venue_name          text,
    venue_address       text,
    stream_url          text,
    meeting_url         text,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    audience            text        not null,
    access_rule         text,
    capacity_on_site    integer     not null default 0 check (capacity_on_site >= 0),
    capacity_online     integer     not null default 0 check (capacity_online >= 0),
    registration_opens  timestamptz,
    registration_closes timestamptz,
    status              text        not null,
    cancel_reason       text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0,
    check (ends_at > starts_at)
);
create index workshop_starts on workshop (starts_at, id);

create table registration (
    id             uuid primary key,
    workshop_id    uuid        not null references workshop (id),
    participant_id uuid,
    -- personal data of a guest; null for ambassadors (their data lives in participants)
    guest_name     text,
    guest_email    text,
    cancel_token   text unique,
    mode           text        not null,
    status         text        not null,
    -- order of the waitlist: the sequence number at registration
    seq            bigserial,
    short_code     text        not null,
    checked_in_at  timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
-- One registration per person and event (cancelled ones do not count).
create unique index registration_one_per_participant on registration (workshop_id, participant_id)
    where participant_id is not null and status <> 'CANCELLED';
create unique index registration_one_per_guest on registration (workshop_id, lower(guest_email))
    where guest_email is not null and status <> 'CANCELLED';
create index registration_workshop on registration (workshop_id, mode, status, seq);
