-- The strategy: vision (versioned), action-field priorities, strategic goals, phases, timeline.
create table vision (
    id          uuid primary key,
    version     int         not null unique,
    statement   text        not null,
    status      text        not null check (status in ('DRAFT', 'ADOPTED', 'SUPERSEDED')),
    adopted_at  timestamptz,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
-- At most one draft at a time: the next vision is worked on in one place.
create unique index vision_one_draft on vision ((true)) where status = 'DRAFT';

create table action_field_priority (
    action_field text primary key check (action_field in ('LIVING', 'EXPERIENCING', 'WORKING_IN', 'WORKING_WITH')),
    priority     int  not null
);
insert into action_field_priority values ('LIVING', 1), ('EXPERIENCING', 2), ('WORKING_IN', 3), ('WORKING_WITH', 4);

create table goal (
    id           uuid primary key,
    title        text        not null,
    description  text,
    action_field text        not null,
    indicators   jsonb       not null default '[]',
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);
create index goal_by_field on goal (action_field, created_at);

create table phase (
    key           text primary key,
    title         text        not null,
    description   text,
    sort_order    int         not null,
    planned_start date,
    planned_end   date,
    actual_start  date,
    actual_end    date,
    status        text        not null default 'PLANNED' check (status in ('PLANNED', 'ACTIVE', 'COMPLETED')),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
-- The programme's structure (the slides' phases); dates and status are maintained through the API.
insert into phase (key, title, description, sort_order) values
    ('PHASE_I', 'Phase I: Strategische Orientierung und Status quo', 'Bestandsaufnahme, Organisation, Auftakt', 1),
    ('PHASE_II', 'Phase II: Vision, Ziele und Handlungsfelder', 'Expertenworkshops, Vision, strategische Ziele', 2),
    ('PHASE_III', 'Phase III: Strategieentwurf / Roadmap 1.0', 'Relevanz- und Nutzen-Check, Quick-Wins, Roadmap 1.0', 3),
    ('COMMUNICATION', 'Kommunikation (übergreifend)', 'Öffentlichkeitsarbeit und Beteiligung über alle Phasen', 4);

create table programme_milestone (
    id          uuid primary key,
    title       text        not null,
    description text,
    phase       text references phase (key),
    starts_at   timestamptz not null,
    ends_at     timestamptz,
    reached     boolean     not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index programme_milestone_by_time on programme_milestone (starts_at);

-- Roadmap versions: 1.0, 2.0, ...; draft -> submitted -> adopted -> superseded.
create table roadmap_version (
    id                uuid primary key,
    label             text        not null unique,
    major             int         not null unique,
    title             text        not null,
    summary           text,
    status            text        not null check (status in ('DRAFT', 'SUBMITTED', 'ADOPTED', 'SUPERSEDED')),
    based_on          uuid references roadmap_version (id),
    submitted_at      timestamptz,
    resolution_date   date,
    resolution_body   text,
    resolution_number text,
    adopted_at        timestamptz,
    superseded_at     timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
-- One version in the making at a time; it is "the current draft" candidates are offered for.
create unique index roadmap_version_one_open on roadmap_version ((true)) where status in ('DRAFT', 'SUBMITTED');

-- A measure's identity and its implementation progress, the same across versions.
create table measure (
    id            uuid primary key,
    status        text          not null default 'PLANNED'
        check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'DROPPED')),
    progress      numeric(5, 2) not null default 0 check (progress between 0 and 100),
    progress_note text,
    progressed_at timestamptz,
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);

-- A measure as planned in one version; frozen with the version when the council adopts it.
create table planned_measure (
    id                 uuid primary key,
    version_id         uuid          not null references roadmap_version (id),
    measure_id         uuid          not null references measure (id),
    parent_id          uuid references measure (id),
    weight             numeric(6, 2) not null default 1 check (weight > 0),
    title              text          not null,
    description        text,
    action_field       text          not null,
    goal_ids           jsonb         not null default '[]',
    horizon            text          not null,
    owner              text          not null,
    owner_detail       text,
    planned_start      date,
    planned_end        date,
    funding_programmes jsonb         not null default '[]',
    idea_ids           jsonb         not null default '[]',
    sort_order         int           not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    unique (version_id, measure_id)
);
create index planned_measure_by_measure on planned_measure (measure_id);

create table measure_milestone (
    id         uuid primary key,
    measure_id uuid        not null references measure (id),
    title      text        not null,
    due_date   date        not null,
    done       boolean     not null default false,
    done_at    timestamptz,
    created_at timestamptz not null
);
create index measure_milestone_by_measure on measure_milestone (measure_id, due_date);

-- Ideas the assessment classified, from go.ideas.v1.
create table candidate (
    idea_id        uuid primary key,
    title          text,
    description    text,
    action_field   text,
    classification text,
    score          numeric(6, 3),
    goal_ids       jsonb       not null default '[]',
    state          text        not null check (state in ('OPEN', 'NOT_CLASSIFIED', 'WITHDRAWN', 'MERGED', 'REJECTED')),
    merged_into    uuid,
    updated_at     timestamptz not null
);

-- The strategy house: existing initiatives with smart-city character, by area of life.
create table inventory_item (
    id           uuid primary key,
    name         text        not null,
    description  text,
    area_of_life text        not null,
    owner        text        not null,
    link         text,
    status       text        not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

create table indicator (
    key              text primary key,
    title            text        not null,
    description      text,
    unit             text,
    higher_is_better boolean     not null,
    source           text,
    created_at       timestamptz not null
);

create table indicator_value (
    indicator_key text          not null references indicator (key),
    observed_on   date          not null,
    value         numeric(14, 3) not null,
    note          text,
    primary key (indicator_key, observed_on)
);
