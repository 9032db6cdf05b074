-- The candidate archive: everything the import format of CONTRACT.md carries.
-- Unknown fields of an import record are kept in `extra`.

CREATE TABLE dimensions (
    code        text PRIMARY KEY,
    label_zh    text NOT NULL,
    label_en    text NOT NULL,
    extra       jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE jobs (
    job_id          text PRIMARY KEY,
    title           text NOT NULL,
    family          text NOT NULL DEFAULT '',
    level           text NOT NULL DEFAULT '',
    pass_threshold  double precision NOT NULL CHECK (pass_threshold BETWEEN 0 AND 100),
    weights         jsonb NOT NULL,
    core_skills     text[] NOT NULL DEFAULT '{}',
    gap_bar         double precision NOT NULL DEFAULT 70,
    max_attempts    integer NOT NULL DEFAULT 2 CHECK (max_attempts >= 1),
    cooldown_days   integer NOT NULL DEFAULT 0 CHECK (cooldown_days >= 0),
    version         integer NOT NULL DEFAULT 1,
    extra           jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE candidates (
    candidate_id      text PRIMARY KEY,
    name              text NOT NULL,
    email             text,
    locale            text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    timezone          text NOT NULL DEFAULT 'Asia/Shanghai',
    education         text NOT NULL DEFAULT '',
    years_experience  double precision NOT NULL DEFAULT 0,
    learning_style    text NOT NULL DEFAULT 'video' CHECK (learning_style IN ('video', 'text')),
    resume            text NOT NULL DEFAULT '',
    extra             jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE interviews (
    interview_id        text PRIMARY KEY,
    candidate_id        text NOT NULL REFERENCES candidates,
    job_id              text NOT NULL REFERENCES jobs,
    taken_at            timestamptz,
    completed           boolean NOT NULL DEFAULT true,
    incomplete_reason   text,
    overall_score       double precision CHECK (overall_score BETWEEN 0 AND 100),
    asked_question_ids  text[] NOT NULL DEFAULT '{}',
    media               jsonb NOT NULL DEFAULT '{}',
    source              text NOT NULL DEFAULT 'ai_interview' CHECK (source IN ('ai_interview', 'reinterview')),
    extra               jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX interviews_candidate_job ON interviews (candidate_id, job_id);

CREATE TABLE interview_scores (
    interview_id  text NOT NULL REFERENCES interviews ON DELETE CASCADE,
    dimension     text NOT NULL,
    score         double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (interview_id, dimension)
);

CREATE TABLE assessments (
    assessment_id  text PRIMARY KEY,
    candidate_id   text NOT NULL REFERENCES candidates,
    kind           text NOT NULL,
    taken_at       timestamptz,
    score          double precision,
    result         jsonb NOT NULL DEFAULT '{}',
    extra          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX assessments_candidate ON assessments (candidate_id);

CREATE TABLE courses (
    course_id   text PRIMARY KEY,
    title       text NOT NULL,
    title_en    text NOT NULL DEFAULT '',
    dimensions  text[] NOT NULL,
    format      text NOT NULL CHECK (format IN ('online', 'workshop', 'blended')),
    media       text NOT NULL CHECK (media IN ('video', 'text')),
    hours       double precision NOT NULL CHECK (hours > 0),
    extra       jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE trainings (
    candidate_id  text NOT NULL REFERENCES candidates,
    course_id     text NOT NULL,
    completed_at  timestamptz,
    pre_score     double precision,
    post_score    double precision,
    extra         jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (candidate_id, course_id)
);

CREATE TABLE questions (
    question_id  text PRIMARY KEY,
    dimension    text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('technical', 'situational', 'case')),
    text_zh      text NOT NULL,
    text_en      text NOT NULL,
    extra        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX questions_dimension ON questions (dimension);

CREATE TABLE interviewers (
    interviewer_id  text PRIMARY KEY,
    -- A small integer key so the calendar's exclusion constraint can use a plain range operator class.
    interviewer_key bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    name            text NOT NULL,
    email           text NOT NULL,
    job_ids         text[] NOT NULL DEFAULT '{}',
    extra           jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE interviewer_availability (
    interviewer_id  text NOT NULL REFERENCES interviewers ON DELETE CASCADE,
    during          tstzrange NOT NULL,
    PRIMARY KEY (interviewer_id, during)
);
