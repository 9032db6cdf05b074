-- The reply gateway hardened (R-M2, R-M4): held replies from unverified senders, the candidate's confirmed
-- sender aliases, reading attempts counted before each read, notices the gateway sends itself.
--
-- `held`: a reply whose sender is not the candidate's (or whose DMARC check failed at our MX) waits for the
-- candidate to confirm it from their own mailbox; confirming puts it back to `received` with `sender_confirmed`.

ALTER TABLE inbound_mail DROP CONSTRAINT inbound_mail_status_check;
ALTER TABLE inbound_mail ADD CONSTRAINT inbound_mail_status_check
    CHECK (status IN ('received', 'signalled', 'handed_to_hr', 'dead_letter', 'held'));

ALTER TABLE inbound_mail
    -- Counted (and committed) before each read: a message that kills or stalls the reader ends as a dead letter.
    ADD COLUMN read_attempts       integer NOT NULL DEFAULT 0,
    -- A read in progress; another gateway leaves the row alone until the lease has passed.
    ADD COLUMN reading_started_at  timestamptz,
    -- The candidate confirmed from their own mailbox that they sent this message.
    ADD COLUMN sender_confirmed    boolean NOT NULL DEFAULT false,
    -- The From address, normalised (inbound.senders), as the sender check compared it.
    ADD COLUMN sender              text,
    -- The notice this message calls for (did-you-send-this to the candidate, HR's contact for an expired address).
    ADD COLUMN notice              text CHECK (notice IN ('sender_check', 'expired_reply')),
    ADD COLUMN notice_to           text,
    ADD COLUMN notice_done_at      timestamptz;

CREATE INDEX inbound_mail_held ON inbound_mail (id) WHERE status = 'held';
CREATE INDEX inbound_mail_notice_due ON inbound_mail (id) WHERE notice IS NOT NULL AND notice_done_at IS NULL;
CREATE INDEX inbound_mail_received_at ON inbound_mail (received_at);

-- Addresses a candidate confirmed as theirs ("yes, I sent this"): replies from them are acted on afterwards.
CREATE TABLE candidate_aliases (
    candidate_id        text NOT NULL,
    address             text NOT NULL,        -- normalised (inbound.senders.normalise_address)
    confirmed_at        timestamptz NOT NULL DEFAULT now(),
    confirmed_inbound   bigint,               -- the held message the candidate confirmed
    PRIMARY KEY (candidate_id, address)
);
