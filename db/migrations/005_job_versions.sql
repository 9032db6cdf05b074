-- Job versions and requirement changes (R-T3).
--
-- `jobs` keeps the current version of each job; `job_versions` keeps every version a requirement change created
-- or superseded (the job as its import record: columns plus unknown fields), so a re-interview that started
-- under an earlier version can still be read under it.
CREATE TABLE job_versions (
    job_id            text NOT NULL REFERENCES jobs ON DELETE CASCADE,
    version           integer NOT NULL CHECK (version >= 1),
    job               jsonb NOT NULL,
    change_id         text,
    added_dimensions  jsonb NOT NULL DEFAULT '{}',
    level             text,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, version),
    UNIQUE (job_id, change_id)
);

-- The version of its job each re-interview run started with: pinned when the run's row is first written, never
-- changed afterwards, so a requirement change never moves a running re-interview to the new weights.
ALTER TABLE reinterviews ADD COLUMN job_version integer;
UPDATE reinterviews r SET job_version = j.version FROM jobs j WHERE j.job_id = r.job_id;

CREATE FUNCTION reinterviews_pin_job_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.job_version IS NULL THEN
        SELECT j.version INTO NEW.job_version FROM jobs j WHERE j.job_id = NEW.job_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reinterviews_pin_job_version BEFORE INSERT ON reinterviews
    FOR EACH ROW EXECUTE FUNCTION reinterviews_pin_job_version();

-- One row per candidate a requirement change reached: the fan-out's idempotency ledger. A re-run of the same
-- change skips every candidate already `started` or `merged`; `pending` means a start may have reached Temporal
-- before the activity stopped, and is resolved from the candidate's workflow history. `batch_run_id` names the
-- batch (its first run) that settled the row, so a retried page still counts what its first attempt started.
CREATE TABLE requirement_change_targets (
    job_id        text NOT NULL,
    change_id     text NOT NULL,
    candidate_id  text NOT NULL,
    job_version   integer NOT NULL,
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'started', 'merged', 'failed')),
    run_id        text,
    batch_run_id  text,
    detail        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, change_id, candidate_id)
);

-- Active candidates of a job are found by job, in candidate order (keyset pages).
CREATE INDEX interviews_job_candidate ON interviews (job_id, candidate_id);
CREATE INDEX reinterviews_job_candidate_outcome ON reinterviews (job_id, candidate_id) WHERE outcome IS NOT NULL;
