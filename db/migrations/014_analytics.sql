-- Analytics (R-X): the timeline facts of every run, and the candidates' ratings of the process.
--
-- `run_events` is written where the facts are already recorded, so no new activity (and no extra Temporal action)
-- exists for it (docs/ANALYTICS.md):
--   triggered, ended      RunRepository.record_run (the run's row; `ended` when an outcome is set, detail = outcome)
--   confirmed, rescheduled RunRepository.book (a new booking; a booking moved, SEQUENCE + 1; ref_at = interview start)
--   interviewed           RunRepository.store_report (the internal feedback report: the interviewer's result arrived;
--                         it also writes the run's run_scores)
--   invited, reminded, escalated, result_reminded, result_escalated, feedback_sent
--                         OutboxRepository.mark_sent (the email's template; source = its idempotency key)
--   replied               the triggers below: a reply the gateway signalled (inbound_mail → 'signalled') or an
--                         answer link the web app recorded (link_uses); detail = intent / link action
-- `source` makes every write idempotent under activity retries: the same fact from the same origin is one row.
CREATE TABLE run_events (
    run_id  text NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('triggered', 'invited', 'replied', 'reminded', 'escalated', 'confirmed',
                                          'rescheduled', 'interviewed', 'result_reminded', 'result_escalated',
                                          'feedback_sent', 'ended')),
    at      timestamptz NOT NULL,
    ref_at  timestamptz,
    detail  text NOT NULL DEFAULT '',
    source  text NOT NULL,
    PRIMARY KEY (run_id, kind, source)
);
CREATE INDEX run_events_kind_at ON run_events (kind, at);

-- Each dimension's score before (the trigger: the candidate's latest AI interview for the job taken before the run
-- started) and after (the re-interview, interview `reinterview-<run_id>`), written once the result is in
-- (RunRepository.store_report, the internal feedback report), so the uplift figures read one row per run and
-- dimension instead of searching the archive for every run.
CREATE TABLE run_scores (
    run_id     text NOT NULL,
    dimension  text NOT NULL,
    before     double precision NOT NULL,
    after      double precision NOT NULL,
    PRIMARY KEY (run_id, dimension)
);

CREATE FUNCTION record_run_scores(run_ids text[]) RETURNS bigint LANGUAGE sql AS $$
    WITH written AS (
        INSERT INTO run_scores (run_id, dimension, before, after)
        SELECT r.run_id, a.dimension, s.score, a.score
        FROM reinterviews r
        JOIN interview_scores a ON a.interview_id = 'reinterview-' || r.run_id
        JOIN LATERAL (
            SELECT i.interview_id FROM interviews i
            WHERE i.candidate_id = r.candidate_id AND i.job_id = r.job_id AND i.source = 'ai_interview'
              AND i.taken_at <= r.started_at
            ORDER BY i.taken_at DESC, i.interview_id DESC LIMIT 1
        ) trig ON true
        JOIN interview_scores s ON s.interview_id = trig.interview_id AND s.dimension = a.dimension
        WHERE r.run_id = ANY (run_ids)
        ON CONFLICT (run_id, dimension) DO UPDATE SET before = EXCLUDED.before, after = EXCLUDED.after
        RETURNING 1
    )
    SELECT count(*) FROM written
$$;

CREATE INDEX reinterviews_started ON reinterviews (started_at);
CREATE INDEX reinterviews_job_started ON reinterviews (job_id, started_at);
CREATE INDEX interviews_job_source_taken ON interviews (job_id, source, taken_at);

-- A reply the gateway signalled to a run.
CREATE FUNCTION run_events_from_inbound() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO run_events (run_id, kind, at, detail, source)
    VALUES (NEW.run_id, 'replied', coalesce(NEW.processed_at, now()), coalesce(NEW.intent, ''), 'mail:' || NEW.id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER inbound_mail_replied AFTER INSERT OR UPDATE OF status ON inbound_mail
    FOR EACH ROW WHEN (NEW.status = 'signalled' AND NEW.run_id IS NOT NULL)
    EXECUTE FUNCTION run_events_from_inbound();

-- An answer link the web app signalled (its first use; repeats only count up `uses`).
CREATE FUNCTION run_events_from_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO run_events (run_id, kind, at, detail, source)
    VALUES (NEW.run_id, 'replied', NEW.first_used_at, NEW.action, 'link:' || NEW.token_digest)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER link_uses_replied AFTER INSERT ON link_uses
    FOR EACH ROW WHEN (NEW.action IN ('confirm', 'slot', 'decline', 'reschedule'))
    EXECUTE FUNCTION run_events_from_link();

-- The candidate's rating of the process (1–5, optional comment) from the feedback email's signed link; once per run.
CREATE TABLE candidate_ratings (
    run_id       text PRIMARY KEY,
    workflow_id  text NOT NULL,
    rating       smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    rated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidate_ratings_rated ON candidate_ratings (rated_at);
