create extension if not exists pg_trgm;

create table idea (
    id                  uuid primary key,
    title               text        not null,
    description         text        not null,
    action_field        text        not null,
    kind                text        not null,
    origin              text        not null,
    workshop_id         uuid,
    workshop_group      text,
    author_id           uuid,
    tags                text[]      not null default '{}',
    status              text        not null,
    classification      text,
    merged_into         uuid references idea (id),
    support_count       integer     not null default 0,
    comment_count       integer     not null default 0,
    score               numeric(5, 3),
    reviewer_count      integer     not null default 0,
    -- identifies an imported card, so that the same file twice creates nothing new
    import_key          text unique,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0,
    search              tsvector generated always as (
        setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', description), 'B')) stored
);

create index idea_search on idea using gin (search);
create index idea_title_trgm on idea using gin (title gin_trgm_ops);
create index idea_newest on idea (created_at desc, id desc);
create index idea_field_newest on idea (action_field, created_at desc, id desc);
create index idea_supported on idea (support_count desc, id desc);
create index idea_score on idea (score desc nulls last, id desc);
create index idea_workshop on idea (workshop_id);
create index idea_author on idea (author_id);
create index idea_tags on idea using gin (tags);

create table idea_status_change (
    id          bigserial primary key,
    idea_id     uuid        not null references idea (id),
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    reason      text,
    changed_at  timestamptz not null
);
create index idea_status_change_idea on idea_status_change (idea_id, id);

create table support (
    idea_id        uuid        not null references idea (id),
    participant_id uuid        not null,
    created_at     timestamptz not null,
    primary key (idea_id, participant_id)
);
create index support_participant on support (participant_id);

create table comment (
    id            uuid primary key,
    idea_id       uuid        not null references idea (id),
    parent_id     uuid references comment (id),
    author_id     uuid,
    body          text        not null,
    hidden        boolean     not null default false,
    hidden_reason text,
    hidden_by     text,
    report_count  integer     not null default 0,
    created_at    timestamptz not null
);
create index comment_idea on comment (idea_id, created_at);
create index comment_author on comment (author_id);

create table comment_report (
    comment_id  uuid        not null references comment (id),
    reporter    uuid        not null,
    reason      text        not null,
    created_at  timestamptz not null,
    primary key (comment_id, reporter)
);

create table assessment_criterion (
    key        text primary key,
    label      text          not null,
    weight     numeric(6, 3) not null check (weight > 0),
    sort_order integer       not null
);

insert into assessment_criterion (key, label, weight, sort_order) values
    ('relevance', 'Relevanz für die Vision', 2, 1),
    ('benefit', 'Nutzen für die Bürger*innen', 2, 2),
    ('feasibility', 'Umsetzbarkeit', 1.5, 3),
    ('cost', 'Kosten (5 = günstig)', 1, 4),
    ('sustainability', 'Nachhaltigkeit', 1, 5);

create table assessment (
    idea_id             uuid        not null references idea (id),
    reviewer            text        not null,
    scores              jsonb       not null,
    weighted_score      numeric(5, 3) not null,
    goal_ids            uuid[]      not null default '{}',
    within_influence    boolean,
    recommended_horizon text,
    note                text,
    assessed_at         timestamptz not null,
    primary key (idea_id, reviewer)
);

create table idea_import (
    id          uuid primary key,
    workshop_id uuid,
    created     integer     not null,
    unchanged   integer     not null,
    imported_by text        not null,
    imported_at timestamptz not null
);
