create table participant (
    id                    uuid primary key,
    -- the identity provider's subject of the person; null for someone entered by staff who has
    -- no account yet, and after erasure
    subject               text unique,
    status                text        not null,
    type                  text        not null,
    display_name          text,
    display_name_public   boolean     not null default false,
    -- personal data: null after erasure
    email                 text unique,
    phone                 text,
    organisation_name     text,
    district              text,
    age_group             text,
    motivation            text,
    background            text,
    registration_channel  text        not null,
    registered_by         text,
    accepted_code_version integer,
    registered_at         timestamptz not null,
    updated_at            timestamptz not null,
    erased_at             timestamptz,
    version               bigint      not null default 0
);

-- the public directory: active people who show their name, ordered by name
create index participant_directory on participant (display_name, id)
    where status = 'ACTIVE' and display_name_public;

create table participant_interest (
    participant_id uuid not null references participant (id) on delete cascade,
    action_field   text not null,
    primary key (participant_id, action_field)
);

create index participant_interest_field on participant_interest (action_field, participant_id);

create table participant_role (
    participant_id uuid        not null references participant (id) on delete cascade,
    role           text        not null,
    granted_by     text        not null,
    granted_at     timestamptz not null,
    primary key (participant_id, role)
);

create table code_of_cooperation (
    version      integer primary key,
    title        text        not null,
    preamble     text        not null,
    principles   jsonb       not null,
    published_at timestamptz not null,
    published_by text        not null
);

-- every acceptance, kept as evidence of consent (who accepted which version when)
create table consent (
    id             uuid primary key,
    participant_id uuid        not null references participant (id) on delete cascade,
    code_version   integer     not null references code_of_cooperation (version),
    accepted_at    timestamptz not null,
    recorded_by    text        not null
);

create index consent_participant on consent (participant_id, accepted_at);

create table programme_contact (
    id           uuid primary key,
    role         text        not null,
    organisation text        not null,
    public_email text,
    public_phone text,
    sort_order   integer     not null default 0,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);
