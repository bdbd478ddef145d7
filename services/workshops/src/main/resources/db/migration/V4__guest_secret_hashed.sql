-- Guests' link secrets are kept as their SHA-256 only: a copy of the database holds no working link.
update registration set cancel_token = encode(sha256(convert_to(cancel_token, 'UTF8')), 'hex') where cancel_token is not null;
