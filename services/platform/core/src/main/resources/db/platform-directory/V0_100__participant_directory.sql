-- What a service other than participants knows about people: a projection of go.participants.v1
-- (status, public display name, granted roles, erasure) plus the account (token subject) of the
-- people who have called this service, learned from participants on their first call.
create table participant_ref (
    participant_id uuid primary key,
    subject        text unique,
    status         text        not null,
    display_name   text,
    roles          text[]      not null default '{}',
    updated_at     timestamptz not null
);
