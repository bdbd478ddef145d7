-- Platform tables, the same in every service's database (migration versions 0.x belong to the
-- platform, a service's own start at 1).

-- Transactional outbox: written in the same transaction as the state change, published to Kafka
-- by the relay, marked only after Kafka acknowledged the record.
create table outbox_event (
    seq            bigserial primary key,
    id             uuid        not null unique,
    topic          text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    created_at     timestamptz not null default now(),
    published_at   timestamptz,
    attempts       integer     not null default 0
);

create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('go_outbox', '');
    return null;
end;
$$;

create trigger outbox_event_inserted
    after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Idempotent consuming: the id of every event a consumer has applied, written in the same
-- transaction as the effect, so a redelivered event changes nothing.
create table consumed_event (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    consumed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
