-- An address counts only once its owner confirmed it (the link in a mail) or the programme team
-- did after direct contact. participant.email holds the confirmed address only (still unique);
-- pending_email the one given but not confirmed yet (not unique: whoever confirms first holds it).
alter table participant
    add column email_verified_at timestamptz,
    -- "self", "migration", or the subject of the staff member who confirmed it
    add column email_verified_by text,
    -- the SMTP server refused the confirmed address for good; cleared by a newly confirmed one
    add column email_bounced_at  timestamptz,
    add column pending_email     text;

-- Entered before verification existed: counted as verified.
update participant
   set email_verified_at = registered_at,
       email_verified_by = 'migration'
 where email is not null;

-- The links sent to confirm an address: only the SHA-256 of the token is stored, so the database
-- holds no working link. A token is used once; a new address given replaces earlier tokens.
create table email_verification (
    token_hash     text primary key,
    participant_id uuid        not null references participant (id) on delete cascade,
    address        text        not null,
    -- REGISTRATION (the first address of a new registration) or ADDRESS_CHANGE
    purpose        text        not null,
    expires_at     timestamptz not null,
    created_at     timestamptz not null
);

create index email_verification_participant on email_verification (participant_id);
