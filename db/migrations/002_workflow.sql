-- What the re-interview workflow writes: runs, outbox, HR to-dos, calendar, reports, inbound mail.

CREATE TABLE reinterviews (
    run_id        text PRIMARY KEY,
    workflow_id   text NOT NULL,
    candidate_id  text NOT NULL,
    job_id        text NOT NULL,
    trigger_kind  text,
    stage         text NOT NULL,
    outcome       text,
    started_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    ended_at      timestamptz
);
CREATE INDEX reinterviews_candidate_job ON reinterviews (candidate_id, job_id);

-- Every email goes through here first; the key makes a retried activity send at most once.
CREATE TABLE outbound_emails (
    idempotency_key  text PRIMARY KEY,
    message_id       text NOT NULL UNIQUE,
    workflow_id      text NOT NULL,
    template         text NOT NULL,
    recipient        text NOT NULL,
    subject          text NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
    attempts         integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz
);
CREATE INDEX outbound_emails_workflow ON outbound_emails (workflow_id);

CREATE TABLE hr_todos (
    todo_key      text PRIMARY KEY,
    workflow_id   text NOT NULL,
    candidate_id  text NOT NULL,
    job_id        text NOT NULL,
    kind          text NOT NULL,
    title         text NOT NULL,
    detail        text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    done_at       timestamptz
);
CREATE INDEX hr_todos_open ON hr_todos (created_at) WHERE done_at IS NULL;

-- The database refuses to book one interviewer twice at overlapping times.
CREATE TABLE calendar_events (
    event_uid        text PRIMARY KEY,
    workflow_id      text NOT NULL,
    candidate_id     text NOT NULL,
    interviewer_id   text NOT NULL REFERENCES interviewers,
    interviewer_key  bigint NOT NULL,
    during           tstzrange NOT NULL,
    status           text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    sequence         integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    EXCLUDE USING gist (int8range(interviewer_key, interviewer_key, '[]') WITH &&, during WITH &&)
        WHERE (status = 'booked')
);
CREATE INDEX calendar_events_workflow ON calendar_events (workflow_id);

CREATE TABLE reports (
    workflow_id  text NOT NULL,
    run_id       text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('analysis', 'interview_plan', 'feedback')),
    audience     text NOT NULL CHECK (audience IN ('internal', 'candidate')),
    body         jsonb NOT NULL,
    html         text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, kind, audience)
);
CREATE INDEX reports_workflow ON reports (workflow_id);

CREATE TABLE inbound_mail (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at  timestamptz NOT NULL DEFAULT now(),
    mail_from    text NOT NULL DEFAULT '',
    rcpt_to      text[] NOT NULL DEFAULT '{}',
    message_id   text,
    raw          bytea NOT NULL,
    status       text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'signalled', 'dead_letter')),
    reason       text,
    workflow_id  text
);
