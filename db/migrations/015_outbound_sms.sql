-- Outbound SMS: one row per idempotency key (run, step, recipient), claimed before the provider is asked and kept
-- locked while it is, so a retried or concurrent attempt of the same text waits and then sees it sent.
CREATE TABLE outbound_sms (
    idempotency_key      text PRIMARY KEY,
    workflow_id          text NOT NULL,
    template             text NOT NULL,
    recipient            text NOT NULL,  -- E.164
    provider             text NOT NULL,
    status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts             integer NOT NULL DEFAULT 1,
    provider_message_id  text,
    problem              text,            -- the last failure, numbers masked
    created_at           timestamptz NOT NULL DEFAULT now(),
    sent_at              timestamptz
);
CREATE INDEX outbound_sms_workflow ON outbound_sms (workflow_id);
