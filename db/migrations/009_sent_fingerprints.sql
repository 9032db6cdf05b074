-- Reading replies (SPEC R-M3): what we sent, so a reply's quote of it can be recognised however the client
-- re-wrapped or prefixed it.
--
-- One row per email we sent (keyed by its Message-ID, as In-Reply-To/References name it): the shingle hashes
-- of its normalised text (no readable text), and for an invitation the times it offered, so "周五可以" can be
-- matched to option 2. Rows go with their outbox row, and the retention job deletes them by age
-- (db.repositories.fingerprints.delete_fingerprints_before).

CREATE TABLE sent_fingerprints (
    message_id      text PRIMARY KEY REFERENCES outbound_emails (message_id) ON DELETE CASCADE,
    workflow_id     text NOT NULL,
    recipient_kind  text NOT NULL,
    shingles        bigint[] NOT NULL,
    offered         jsonb NOT NULL DEFAULT '[]'::jsonb,  -- [{"number": 1, "start": "<ISO 8601 with offset>"}]
    timezone        text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sent_fingerprints_workflow ON sent_fingerprints (workflow_id, created_at DESC);
CREATE INDEX sent_fingerprints_created ON sent_fingerprints (created_at);
