-- Issue 13 item 2: the fan-out ledger records what a candidate's running re-interview really did with a merged
-- requirement change (its dimensions added while the interview was ahead, a follow-up scheduled after it, or
-- nothing to add). `merged` now means only "the signal reached a running run", not yet confirmed by it: a re-run
-- of the change sends it again (the run de-duplicates by change id and confirms).
ALTER TABLE requirement_change_targets DROP CONSTRAINT requirement_change_targets_status_check;
ALTER TABLE requirement_change_targets ADD CONSTRAINT requirement_change_targets_status_check CHECK (
    status IN ('pending', 'started', 'merged', 'failed', 'dimensions_added', 'follow_up_scheduled', 'already_assessed')
);

-- A follow-up re-interview (a run continued as new for dimensions a requirement change added after its interview)
-- is part of the attempt that scheduled it: it is not counted against the job's max_attempts, nor its cooldown.
ALTER TABLE reinterviews ADD COLUMN follow_up boolean NOT NULL DEFAULT false;
