-- Per-job rules that used to be fixed in code; the import format's `jobs` records carry them, rows imported
-- before this migration get the defaults (today's behaviour).
--
-- further_assessment_band (R-R3): an overall at most this far under the pass threshold is "needs further
--   assessment" (需进一步考察) instead of "not meeting"; default 5 points.
-- reinterview_lead_days (R-L2): days from the trigger to the earliest re-interview time, which decide the
--   training plan (≤ 3 days intensive, ≥ 7 blended); NULL keeps the default (the policy's minimum lead time plus
--   the days the training plan asks for).
-- incomplete_trigger (R-T2): which unfinished AI interviews re-interview automatically: 'objective' reasons only
--   (network drop, device failure, …; not the candidate quitting) or 'any'.
ALTER TABLE jobs
    ADD COLUMN further_assessment_band double precision NOT NULL DEFAULT 5
        CHECK (further_assessment_band BETWEEN 0 AND 100),
    ADD COLUMN reinterview_lead_days integer CHECK (reinterview_lead_days BETWEEN 1 AND 90),
    ADD COLUMN incomplete_trigger text NOT NULL DEFAULT 'objective'
        CHECK (incomplete_trigger IN ('objective', 'any'));
