"""A synthetic archive loaded with set-based SQL (generate_series), not through the importer.

Shape: `jobs` jobs weighting `dims_per_job` of `dimensions` dimensions each; candidate i applies to job
i % jobs and has `interviews_per_candidate` AI interviews with a score per weighted dimension (so
candidates × interviews_per_candidate × dims_per_job score rows), one assessment, a finished course for every
second candidate and an earlier re-interview (ended `not_meeting`) for every `reinterview_every`-th; every
score, overall and asked-questions list is a version-1 fact (migration 008) and every `revised_every`-th
dimension of a candidate's first interview was revised once (a version 2). Each job
has `interviewers_per_job` interviewers free 09–12 and 14–18 UTC every day for `availability_days` days from
today, enough for the workflow benchmarks to book every candidate. Candidates alternate zh-CN / en.
Ids: `cand-{i}`, `job-{j}`.
"""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

PASS_THRESHOLD = 75


@dataclass(frozen=True)
class Sizes:
    candidates: int
    jobs: int = 100
    dimensions: int = 20
    dims_per_job: int = 5
    interviews_per_candidate: int = 2
    interviewers_per_job: int = 2
    availability_days: int = 60
    courses_per_dimension: int = 2
    questions_per_dimension: int = 10
    reinterview_every: int = 5  # every n-th candidate had an earlier re-interview (0: none)
    revised_every: int = 4  # every n-th dimension's score on a candidate's first interview was revised once

    @property
    def scores(self) -> int:
        return self.candidates * self.interviews_per_candidate * self.dims_per_job


def candidate_id(i: int) -> str:
    return f"cand-{i}"


def job_of(i: int, sizes: Sizes) -> str:
    return f"job-{i % sizes.jobs}"


def job_dimensions(job: int, sizes: Sizes) -> list[str]:
    return [f"dim-{(job * sizes.dims_per_job + k) % sizes.dimensions}" for k in range(sizes.dims_per_job)]


# Each statement is set-based; $n parameters are the sizes.
_LOAD = [
    (
        "dimensions",
        """
        INSERT INTO dimensions (code, label_zh, label_en)
        SELECT 'dim-' || d, '能力维度' || d, 'Dimension ' || d FROM generate_series(0, $1 - 1) d
    """,
        lambda s: [s.dimensions],
    ),
    (
        "jobs",
        """
        INSERT INTO jobs (job_id, title, family, level, pass_threshold, weights, core_skills, gap_bar,
                          max_attempts, cooldown_days)
        SELECT 'job-' || j, '岗位 ' || j, 'family-' || (j % 7), 'junior', $3,
               (SELECT jsonb_object_agg('dim-' || ((j * $2 + k) % $4), round(1.0 / $2, 6))
                FROM generate_series(0, $2 - 1) k),
               ARRAY['dim-' || ((j * $2) % $4)], 70, 5, 0
        FROM generate_series(0, $1 - 1) j
    """,
        lambda s: [s.jobs, s.dims_per_job, PASS_THRESHOLD, s.dimensions],
    ),
    (
        "candidates",
        """
        INSERT INTO candidates (candidate_id, name, email, locale, timezone, education, years_experience,
                                learning_style, resume)
        SELECT 'cand-' || c, '候选人' || c, 'c' || c || '@candidates.test',
               CASE WHEN c % 2 = 0 THEN 'zh-CN' ELSE 'en' END, 'Asia/Shanghai', '本科', c % 12,
               CASE WHEN c % 3 = 0 THEN 'text' ELSE 'video' END, '工作经历 ' || c
        FROM generate_series(0, $1 - 1) c
    """,
        lambda s: [s.candidates],
    ),
    (
        "interviews",
        """
        INSERT INTO interviews (interview_id, candidate_id, job_id, taken_at, completed, overall_score,
                                asked_question_ids)
        SELECT 'ai-' || c || '-' || k, 'cand-' || c, 'job-' || (c % $2),
               now() - make_interval(days => 90 - k * 30 + (c % 20)), true, 55 + (c * 7 + k * 3) % 40,
               ARRAY['q-' || ((c % $2) * $4 % $5) || '-1']
        FROM generate_series(0, $1 - 1) c, generate_series(0, $3 - 1) k
    """,
        lambda s: [s.candidates, s.jobs, s.interviews_per_candidate, s.dims_per_job, s.dimensions],
    ),
    (
        "interview_scores",
        """
        INSERT INTO interview_scores (interview_id, dimension, score)
        SELECT 'ai-' || c || '-' || k, 'dim-' || (((c % $2) * $4 + d) % $5), 40 + (c * 13 + k * 7 + d * 11) % 60
        FROM generate_series(0, $1 - 1) c, generate_series(0, $3 - 1) k, generate_series(0, $4 - 1) d
    """,
        lambda s: [s.candidates, s.jobs, s.interviews_per_candidate, s.dims_per_job, s.dimensions],
    ),
    (
        "interview_facts",
        """
        INSERT INTO interview_facts (interview_id, fact, key, version, value, source)
        SELECT i.interview_id, 'overall_score', '', 1, to_jsonb(i.overall_score), 'bench' FROM interviews i
        UNION ALL
        SELECT i.interview_id, 'asked_question_ids', '', 1, to_jsonb(i.asked_question_ids), 'bench' FROM interviews i
        UNION ALL
        SELECT s.interview_id, 'score', s.dimension, 1,
               to_jsonb(CASE WHEN s.interview_id LIKE '%-0' AND s.dimension = ANY($1::text[]) THEN s.score - 5
                             ELSE s.score END), 'bench'
        FROM interview_scores s
        UNION ALL  -- a revised score (version 2, the one that counts) on the first interview of every candidate
        SELECT s.interview_id, 'score', s.dimension, 2, to_jsonb(s.score), 'bench:resend'
        FROM interview_scores s WHERE s.interview_id LIKE '%-0' AND s.dimension = ANY($1::text[])
    """,
        lambda s: [[f"dim-{d}" for d in range(0, s.dimensions, s.revised_every)]],
    ),
    (
        "assessments",
        """
        INSERT INTO assessments (assessment_id, candidate_id, kind, taken_at, score, result)
        SELECT 'as-' || c, 'cand-' || c, 'personality', now() - interval '100 days', 50 + c % 50,
               jsonb_build_object('trait', 'steady')
        FROM generate_series(0, $1 - 1) c
    """,
        lambda s: [s.candidates],
    ),
    (
        "courses",
        """
        INSERT INTO courses (course_id, title, title_en, dimensions, format, media, hours)
        SELECT 'crs-' || d || '-' || n, '课程 ' || d || '-' || n, 'Course ' || d || '-' || n, ARRAY['dim-' || d],
               CASE WHEN n = 0 THEN 'online' ELSE 'workshop' END, CASE WHEN n = 0 THEN 'video' ELSE 'text' END,
               2 + n * 6
        FROM generate_series(0, $1 - 1) d, generate_series(0, $2 - 1) n
    """,
        lambda s: [s.dimensions, s.courses_per_dimension],
    ),
    (
        "trainings",
        """
        INSERT INTO trainings (candidate_id, course_id, completed_at, pre_score, post_score)
        SELECT 'cand-' || c, 'crs-' || ((c % $2) * $3 % $4) || '-0', now() - interval '60 days', 55, 72
        FROM generate_series(0, $1 - 1, 2) c
    """,
        lambda s: [s.candidates, s.jobs, s.dims_per_job, s.dimensions],
    ),
    (
        "questions",
        """
        INSERT INTO questions (question_id, dimension, kind, text_zh, text_en)
        SELECT 'q-' || d || '-' || n, 'dim-' || d, (ARRAY['technical', 'situational', 'case'])[1 + n % 3],
               '问题 ' || d || '-' || n, 'Question ' || d || '-' || n
        FROM generate_series(0, $1 - 1) d, generate_series(1, $2) n
    """,
        lambda s: [s.dimensions, s.questions_per_dimension],
    ),
    (
        "reinterviews",
        """
        INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,
                                  started_at, updated_at, ended_at)
        SELECT 'old-run-' || c, 'reinterview-job-' || (c % $2) || '-cand-' || c, 'cand-' || c, 'job-' || (c % $2),
               'low_score', 'completed', 'not_meeting', now() - interval '200 days', now() - interval '190 days',
               now() - interval '190 days'
        FROM generate_series(0, $1 - 1, greatest($3, 1)) c WHERE $3 > 0
    """,
        lambda s: [s.candidates, s.jobs, s.reinterview_every],
    ),
    (
        "interviewers",
        """
        INSERT INTO interviewers (interviewer_id, name, email, job_ids)
        SELECT 'iv-' || j || '-' || n, '面试官' || j || '-' || n, 'iv-' || j || '-' || n || '@interviewers.test',
               ARRAY['job-' || j]
        FROM generate_series(0, $1 - 1) j, generate_series(0, $2 - 1) n
    """,
        lambda s: [s.jobs, s.interviewers_per_job],
    ),
    (
        "interviewer_availability",
        """
        INSERT INTO interviewer_availability (interviewer_id, during)
        SELECT 'iv-' || j || '-' || n,
               tstzrange(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                         + make_interval(days => day, hours => w.a),
                         date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                         + make_interval(days => day, hours => w.b))
        FROM generate_series(0, $1 - 1) j, generate_series(0, $2 - 1) n, generate_series(0, $3 - 1) day,
             (VALUES (9, 12), (14, 18)) AS w(a, b)
    """,
        lambda s: [s.jobs, s.interviewers_per_job, s.availability_days],
    ),
]


async def bulk_load(conn: asyncpg.Connection, sizes: Sizes, *, report: bool = False) -> dict[str, int]:
    """Load the synthetic archive into a migrated, empty database in one transaction; ANALYZE afterwards."""
    counts: dict[str, int] = {}
    async with conn.transaction():
        for table, sql, params in _LOAD:
            status = await conn.execute(sql, *params(sizes))
            counts[table] = int(status.split()[-1])
            if report:
                print(f"    loaded {counts[table]:>9,} {table}", flush=True)
    await conn.execute("ANALYZE")
    return counts
