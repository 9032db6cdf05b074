-- The archive never loses a fact (CONTRACT "Archive import", "Signal trigger").
--
-- interview_facts: every fact an interview was ever given — its time, completion, overall and per-dimension
--   scores, asked questions, media references and unknown fields — one row per version, with where it came from
--   (`source`, e.g. `import`, `trigger:reinterview-job-1-cand-2`, `reinterview:<run id>`) and when. Rows are only
--   ever added: re-sending an interview adds a version for each fact that changed and keeps every fact it omits.
--   `interviews` and `interview_scores` hold the newest version of each fact (what every rule reads); they are
--   written in the same transaction as the versions, by ArchiveRepository only.
--   `fact` is one of taken_at, completed, incomplete_reason, overall_score, asked_question_ids, score, media,
--   extra; `key` names the dimension (score), the reference (media: video, audio, transcript…) or the unknown
--   field (extra), and is '' for the others.
CREATE TABLE interview_facts (
    interview_id  text NOT NULL REFERENCES interviews ON DELETE CASCADE,
    fact          text NOT NULL CHECK (fact IN ('taken_at', 'completed', 'incomplete_reason', 'overall_score',
                                                'asked_question_ids', 'score', 'media', 'extra')),
    key           text NOT NULL DEFAULT '',
    version       integer NOT NULL CHECK (version >= 1),
    value         jsonb NOT NULL,
    source        text NOT NULL CHECK (source <> ''),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (interview_id, fact, key, version)
);
-- The archive query lists the facts that were ever revised; most never are.
CREATE INDEX interview_facts_revised ON interview_facts (interview_id) WHERE version > 1;

-- Append-only: a version is never changed, nor deleted except with its interview.
CREATE FUNCTION interview_facts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR pg_trigger_depth() = 1 THEN
        RAISE EXCEPTION 'interview_facts is append-only: % of interview % refused', lower(TG_OP), OLD.interview_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER interview_facts_append_only BEFORE UPDATE OR DELETE ON interview_facts
    FOR EACH ROW EXECUTE FUNCTION interview_facts_append_only();

-- What the archive held before versioning becomes each fact's first version.
INSERT INTO interview_facts (interview_id, fact, key, version, value, source)
SELECT i.interview_id, f.fact, f.key, 1, f.value, 'migration:008'
FROM interviews i
CROSS JOIN LATERAL (
    VALUES ('taken_at', '', to_jsonb(i.taken_at)),
           ('completed', '', to_jsonb(i.completed)),
           ('incomplete_reason', '', to_jsonb(i.incomplete_reason)),
           ('overall_score', '', to_jsonb(i.overall_score)),
           ('asked_question_ids', '', CASE WHEN cardinality(i.asked_question_ids) > 0
                                           THEN to_jsonb(i.asked_question_ids) END)
) AS f(fact, key, value)
WHERE f.value IS NOT NULL AND f.value <> 'null'::jsonb
UNION ALL
SELECT s.interview_id, 'score', s.dimension, 1, to_jsonb(s.score), 'migration:008' FROM interview_scores s
UNION ALL
SELECT i.interview_id, 'media', m.key, 1, m.value, 'migration:008'
FROM interviews i CROSS JOIN LATERAL jsonb_each(i.media) AS m(key, value)
WHERE m.value <> 'null'::jsonb
UNION ALL
SELECT i.interview_id, 'extra', e.key, 1, e.value, 'migration:008'
FROM interviews i CROSS JOIN LATERAL jsonb_each(i.extra) AS e(key, value);

-- CONTRACT's optional fields, now columns (an earlier import kept them among the unknown fields in `extra`).
ALTER TABLE jobs
    ADD COLUMN title_en text NOT NULL DEFAULT '',
    ADD COLUMN interview_location text NOT NULL DEFAULT '',
    ADD COLUMN invitation_shows_score boolean NOT NULL DEFAULT false;
UPDATE jobs SET title_en = extra ->> 'title_en', extra = extra - 'title_en'
WHERE jsonb_typeof(extra -> 'title_en') = 'string';
UPDATE jobs SET interview_location = extra ->> 'interview_location', extra = extra - 'interview_location'
WHERE jsonb_typeof(extra -> 'interview_location') = 'string';
UPDATE jobs SET invitation_shows_score = (extra -> 'invitation_shows_score')::boolean,
                extra = extra - 'invitation_shows_score'
WHERE jsonb_typeof(extra -> 'invitation_shows_score') = 'boolean';

ALTER TABLE interviewers
    ADD COLUMN locale text CHECK (locale IN ('zh-CN', 'en')),
    ADD COLUMN location text,
    ADD COLUMN meeting_url text;
UPDATE interviewers SET locale = extra ->> 'locale', extra = extra - 'locale'
WHERE extra ->> 'locale' IN ('zh-CN', 'en');
UPDATE interviewers SET location = extra ->> 'location', extra = extra - 'location'
WHERE jsonb_typeof(extra -> 'location') = 'string';
UPDATE interviewers SET meeting_url = extra ->> 'meeting_url', extra = extra - 'meeting_url'
WHERE jsonb_typeof(extra -> 'meeting_url') = 'string';

-- E.164: a plus sign, then up to 15 digits.
ALTER TABLE candidates ADD COLUMN phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$');
UPDATE candidates SET phone = extra ->> 'phone', extra = extra - 'phone'
WHERE extra ->> 'phone' ~ '^\+[1-9][0-9]{6,14}$';
