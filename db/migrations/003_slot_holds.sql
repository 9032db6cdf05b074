-- Times offered in an open invitation are held for that run until its reply window closes, so candidates
-- invited at the same time (e.g. a requirement-change fan-out) are offered different times. Holds are soft:
-- only `calendar_events` refuses double bookings.
CREATE TABLE slot_holds (
    workflow_id     text NOT NULL,
    interviewer_id  text NOT NULL,
    during          tstzrange NOT NULL,
    held_until      timestamptz NOT NULL,
    PRIMARY KEY (workflow_id, interviewer_id, during)
);
CREATE INDEX slot_holds_interviewer ON slot_holds (interviewer_id, held_until);

-- The archive query looks courses up by dimension and interviewers by job.
CREATE INDEX courses_dimensions ON courses USING gin (dimensions);
CREATE INDEX interviewers_job_ids ON interviewers USING gin (job_ids);
