-- Inbound replies (R-M1, R-M2) and signed links (R-V2).
--
-- Every message the reply gateway accepts is a row of inbound_mail before the SMTP 250. It ends in one of
-- three states: `signalled` (a candidate_reply reached the workflow), `handed_to_hr` (a question or an unclear
-- reply became an HR to-do) or `dead_letter` (kept with its reason; it reached no workflow).

ALTER TABLE inbound_mail DROP CONSTRAINT inbound_mail_status_check;
ALTER TABLE inbound_mail ADD CONSTRAINT inbound_mail_status_check
    CHECK (status IN ('received', 'signalled', 'handed_to_hr', 'dead_letter'));

ALTER TABLE inbound_mail
    ADD COLUMN run_id        text,
    ADD COLUMN subject       text,
    ADD COLUMN intent        text,
    ADD COLUMN slot          integer,
    ADD COLUMN reply_text    text,
    ADD COLUMN detail        text,
    ADD COLUMN attempts      integer NOT NULL DEFAULT 0,
    ADD COLUMN last_error    text,
    ADD COLUMN processed_at  timestamptz;

-- One message reaches a workflow or HR once, however often the sender's MTA delivers it.
CREATE UNIQUE INDEX inbound_mail_delivered_message
    ON inbound_mail (message_id) WHERE status IN ('signalled', 'handed_to_hr');
CREATE INDEX inbound_mail_message ON inbound_mail (message_id);
CREATE INDEX inbound_mail_pending ON inbound_mail (id) WHERE status = 'received';
CREATE INDEX inbound_mail_dead_letters ON inbound_mail (received_at) WHERE status = 'dead_letter';

-- A bounce marks the email it reports as undeliverable.
ALTER TABLE outbound_emails
    ADD COLUMN undeliverable_at      timestamptz,
    ADD COLUMN undeliverable_reason  text;

-- Signed links that were acted on: repeated clicks are recognised and change nothing.
CREATE TABLE link_uses (
    token_digest  text PRIMARY KEY,
    action        text NOT NULL,
    workflow_id   text NOT NULL,
    run_id        text NOT NULL,
    first_used_at timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz NOT NULL DEFAULT now(),
    uses          integer NOT NULL DEFAULT 1
);
CREATE INDEX link_uses_workflow ON link_uses (workflow_id);
