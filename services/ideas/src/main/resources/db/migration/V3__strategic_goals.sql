-- The strategic goals of the roadmap service, from go.roadmap.v1: an assessment may name only these.
create table strategic_goal (
    goal_id      uuid primary key,
    title        text        not null,
    action_field text        not null,
    updated_at   timestamptz not null
);
