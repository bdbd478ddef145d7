-- Agenda and breakout groups are edited as a whole by the programme team; kept with the workshop.
alter table workshop add column agenda jsonb not null default '[]';
alter table workshop add column breakout_groups jsonb not null default '[]';

-- Audience questions from the room and online.
create table question (
    id             uuid primary key,
    workshop_id    uuid        not null references workshop (id),
    text           text        not null,
    channel        text        not null,
    participant_id uuid,
    guest_name     text,
    status         text        not null,
    upvotes        integer     not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index question_workshop on question (workshop_id, status, upvotes desc);

create table question_vote (
    question_id uuid not null references question (id),
    voter       text not null,
    primary key (question_id, voter)
);
