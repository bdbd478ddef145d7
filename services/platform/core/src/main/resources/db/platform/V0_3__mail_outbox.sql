-- Mails this service is to send, written in the transaction of the change they tell of (a
-- registration, a verification, a rescheduled workshop) and sent by the mail relay afterwards:
-- a mail is never lost when the SMTP server is down, and never sent for a change that rolled back.
-- Either an address this service holds (recipient_address) or a participant whose address only
-- participants holds (recipient_participant: the relay hands the mail to participants, which
-- queues it in its own mail_outbox with the address). Rows hold personal data: they are in the
-- person's export, go with their erasure, and are purged after go.mail.retention.
create table mail_outbox (
    id                    uuid primary key,
    recipient_address     text,
    recipient_participant uuid,
    template              text        not null,
    subject               text        not null,
    text_body             text        not null,
    html_body             text,
    -- [{"name", "contentType", "content" (base64)}]
    attachments           jsonb       not null default '[]',
    -- PENDING until the SMTP server (or participants) took it: SENT; BOUNCED when the server
    -- refused the address for good; UNDELIVERABLE when participants has no address to send to
    status                text        not null default 'PENDING',
    attempts              integer     not null default 0,
    next_attempt_at       timestamptz not null,
    last_error            text,
    created_at            timestamptz not null,
    sent_at               timestamptz,
    check (recipient_address is not null or recipient_participant is not null)
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_address on mail_outbox (recipient_address);
create index mail_outbox_participant on mail_outbox (recipient_participant);
