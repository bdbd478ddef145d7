-- Idea cards per workshop, counted from go.ideas.v1 (submitted with origin WORKSHOP, and imports).
create table workshop_cards (
    workshop_id uuid primary key,
    cards       integer     not null default 0,
    updated_at  timestamptz not null
);
