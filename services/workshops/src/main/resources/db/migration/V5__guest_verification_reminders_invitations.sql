-- Guests confirm their address by the link in a mail (double opt-in). Until then they hold their
-- place only until verify_by; the sweeper then cancels them (their data erased as on a cancellation)
-- and promotes the next person waiting.
alter table registration add column guest_verified_at timestamptz;
-- SHA-256 (hex) of the secret in the verification mail's link; the secret itself is never stored.
alter table registration add column guest_verify_token text unique;
alter table registration add column verify_by timestamptz;
-- The reminder of the day before goes out once.
alter table registration add column reminded_at timestamptz;
-- The staff account that registered an invited person; null for people who registered themselves.
alter table registration add column registered_by text;

-- Guests registered before verification existed count as verified: their address was taken as
-- given then, and they keep their place (guest rows are the ones with a link secret).
update registration set guest_verified_at = created_at where cancel_token is not null;

-- What the sweeper looks for: unconfirmed guests past their time.
create index registration_unverified on registration (verify_by)
    where guest_verified_at is null and verify_by is not null and status <> 'CANCELLED';
-- A person's own registrations, newest first ("mine", the export).
create index registration_participant on registration (participant_id, seq) where participant_id is not null;
create index question_participant on question (participant_id, created_at) where participant_id is not null;
