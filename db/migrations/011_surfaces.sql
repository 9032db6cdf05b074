-- People's surfaces (R-H1, R-H2): the interviewer's scorecard and HR's inbox.
--
-- A scorecard submission or a no-show report, once the workflow accepted it: the page is read-only afterwards
-- and shows what was sent. One per run (the workflow accepts one result); `dimension_scores` is
-- {dimension: score} as submitted, `note` the no-show note.
CREATE TABLE scorecards (
    run_id            text PRIMARY KEY,
    workflow_id       text NOT NULL,
    interviewer_id    text NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('result', 'no_show')),
    dimension_scores  jsonb NOT NULL DEFAULT '{}',
    comments          text NOT NULL DEFAULT '',
    note              text NOT NULL DEFAULT '',
    submitted_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scorecards_workflow ON scorecards (workflow_id);

-- Who closed an HR to-do in the inbox (NULL: closed by the run itself, e.g. when it ended).
ALTER TABLE hr_todos ADD COLUMN done_by text;

-- What HR did through an action page (approve, reject, extend, take over, cancel), by whom and when.
CREATE TABLE hr_actions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workflow_id  text NOT NULL,
    run_id       text NOT NULL,
    action       text NOT NULL,
    by           text NOT NULL,
    detail       jsonb NOT NULL DEFAULT '{}',
    acted_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hr_actions_workflow ON hr_actions (workflow_id);
