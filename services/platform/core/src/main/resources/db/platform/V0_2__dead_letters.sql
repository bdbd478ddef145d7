-- The dead-letter place of the service's consumers: a record that could not be read or applied,
-- with the reason, so that the projection moves on and an operator can re-drive it after a fix
-- (POST /internal/dead-letters/redrive). One row per consumer and record.
create table dead_letter (
    id              bigserial primary key,
    consumer        text        not null,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    event_id        uuid,
    event_type      text,
    payload         text        not null,
    reason          text        not null,
    attempts        integer     not null default 1,
    failed_at       timestamptz not null default now(),
    redriven_at     timestamptz,
    unique (consumer, topic, kafka_partition, kafka_offset)
);

create index dead_letter_pending on dead_letter (consumer, id) where redriven_at is null;
