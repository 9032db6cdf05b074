"""The analytics figures' SQL (R-X1): PostgreSQL aggregates per group, Python only names and divides
(analytics.figures). Never loads runs one by one.

Which runs count (`_SCOPE`): every run row but `not_needed` ones (an AI result that triggered nothing), filtered by
job, family, trigger kind, a course completed during the run, and its start in [since, until). The group key is
chosen from a fixed list (`_GROUP_KEYS`), never built from input. Times are differences of run_events (migration
014): reply time = first invitation → first reply; confirmation time = first invitation → first booking;
turnaround = the last booked interview start → the result (`interviewed`). Uplift = the re-interview's score
(interview `reinterview-<run_id>`) − the trigger's (the latest AI interview of the candidate for the job taken
before the run started), per dimension: run_scores, written when the result arrived (migration 014).
"""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg

from analytics.figures import (
    OUTCOMES,
    BaseRow,
    CourseUpliftRow,
    Filters,
    GroupBy,
    RatingRow,
    Report,
    RunRow,
    UpliftRow,
    build_report,
)

# A course counts for a run when the candidate completed it while the run was open.
_DURING_RUN = "t.completed_at >= b.started_at AND t.completed_at <= coalesce(b.ended_at, 'infinity')"

_SCOPE = """
base AS (
    SELECT r.run_id, r.candidate_id, r.job_id, j.family, coalesce(r.trigger_kind, '') AS trigger_kind, r.outcome,
           r.started_at, r.ended_at
    FROM reinterviews r JOIN jobs j USING (job_id)
    WHERE r.outcome IS DISTINCT FROM 'not_needed'
      AND ($1::text IS NULL OR r.job_id = $1)
      AND ($2::text IS NULL OR j.family = $2)
      AND ($3::text IS NULL OR r.trigger_kind = $3)
      AND ($5::timestamptz IS NULL OR r.started_at >= $5)
      AND ($6::timestamptz IS NULL OR r.started_at < $6)
      AND ($4::text IS NULL OR EXISTS (
          SELECT 1 FROM trainings t WHERE t.candidate_id = r.candidate_id AND t.course_id = $4
             AND t.completed_at >= r.started_at AND t.completed_at <= coalesce(r.ended_at, 'infinity')))
)"""

_GROUP_KEYS: dict[GroupBy, str] = {
    "all": "'all'::text",
    "job": "b.job_id",
    "family": "b.family",
    "trigger": "b.trigger_kind",
    "month": "to_char(b.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
    "course": "coalesce(c.course_id, '(none)')",
}
_COURSE_JOIN = f"""LEFT JOIN LATERAL (
    SELECT t.course_id FROM trainings t WHERE t.candidate_id = b.candidate_id AND {_DURING_RUN}) c ON true"""


def _grouped(by: GroupBy) -> str:
    join = _COURSE_JOIN if by == "course" else ""
    return f"""
grouped AS (SELECT b.*, {_GROUP_KEYS[by]} AS grp FROM base b {join})"""


# One run's timeline facts, read through run_events' primary key (run_id first) for each run in scope: a job's
# runs touch only their own events.
_EVENTS = """
LEFT JOIN LATERAL (
    SELECT min(e.at) FILTER (WHERE e.kind = 'invited') AS invited_at,
           min(e.at) FILTER (WHERE e.kind = 'replied') AS replied_at,
           min(e.at) FILTER (WHERE e.kind = 'confirmed') AS confirmed_at,
           min(e.at) FILTER (WHERE e.kind = 'interviewed') AS interviewed_at,
           -- the start of the latest booking: the ref_at of the booking event with the latest `at` (no sort)
           to_timestamp((max(ARRAY[extract(epoch FROM e.at), extract(epoch FROM e.ref_at)])
               FILTER (WHERE e.kind IN ('confirmed', 'rescheduled')))[2]) AS interview_at,
           count(*) FILTER (WHERE e.kind = 'reminded') AS reminders,
           count(*) FILTER (WHERE e.kind = 'escalated') AS escalations,
           count(*) FILTER (WHERE e.kind = 'rescheduled') AS reschedules,
           count(*) FILTER (WHERE e.kind = 'result_escalated') AS result_escalations
    FROM run_events e WHERE e.run_id = g.run_id
) e ON true"""


def _percentiles(column: str, name: str) -> str:
    return (
        f"count({column}) AS {name}_n, "
        f"percentile_cont(0.5) WITHIN GROUP (ORDER BY {column}) AS {name}_p50_s, "
        f"percentile_cont(0.9) WITHIN GROUP (ORDER BY {column}) AS {name}_p90_s"
    )


def runs_sql(by: GroupBy) -> str:
    outcome_counts = ", ".join(f"count(*) FILTER (WHERE g.outcome = '{o}') AS \"o_{o}\"" for o in OUTCOMES)
    return f"""
WITH {_SCOPE}, {_grouped(by)},
per_run AS (
    SELECT g.grp, g.outcome, e.*,
           CASE WHEN e.replied_at >= e.invited_at
                THEN extract(epoch FROM e.replied_at - e.invited_at)::float8 END AS reply_s,
           CASE WHEN e.confirmed_at >= e.invited_at
                THEN extract(epoch FROM e.confirmed_at - e.invited_at)::float8 END AS confirm_s,
           CASE WHEN e.interviewed_at >= e.interview_at
                THEN extract(epoch FROM e.interviewed_at - e.interview_at)::float8 END AS turnaround_s
    FROM grouped g {_EVENTS}
)
SELECT g.grp AS group, count(*) AS triggered,
       count(g.invited_at) AS invited, count(g.replied_at) AS replied, count(g.confirmed_at) AS confirmed,
       count(g.interviewed_at) AS interviewed,
       {outcome_counts},
       coalesce(sum(g.reminders), 0)::bigint AS reminders,
       count(*) FILTER (WHERE g.reminders > 0) AS reminded_runs,
       count(*) FILTER (WHERE g.escalations > 0) AS escalated_runs,
       coalesce(sum(g.reschedules), 0)::bigint AS reschedules,
       count(*) FILTER (WHERE g.result_escalations > 0) AS overdue_results,
       {_percentiles("g.reply_s", "reply")}, {_percentiles("g.confirm_s", "confirm")},
       {_percentiles("g.turnaround_s", "turnaround")}
FROM per_run g GROUP BY g.grp ORDER BY g.grp"""


_SCORES = """
scored AS (
    SELECT g.grp, g.run_id, g.candidate_id, g.started_at, g.ended_at, s.dimension, s.after - s.before AS uplift
    FROM grouped g JOIN run_scores s USING (run_id)
)"""


def uplift_sql(by: GroupBy) -> str:
    return f"""
WITH {_SCOPE}, {_grouped(by)}, {_SCORES}
SELECT grp AS group, dimension, count(*) AS n, avg(uplift) AS mean, stddev_samp(uplift) AS sd,
       percentile_cont(0.1) WITHIN GROUP (ORDER BY uplift) AS p10,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY uplift) AS p50,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY uplift) AS p90
FROM scored GROUP BY grp, dimension ORDER BY grp, dimension"""


def course_uplift_sql(by: GroupBy) -> str:
    return f"""
WITH {_SCOPE}, {_grouped(by)}, {_SCORES}
SELECT b.grp AS group, c.course_id, dimension, (t.course_id IS NOT NULL) AS with_course, count(*) AS n,
       avg(b.uplift) AS mean, stddev_samp(b.uplift) AS sd
FROM scored b
JOIN (SELECT course_id, unnest(dimensions) AS dimension FROM courses) c USING (dimension)
LEFT JOIN trainings t ON t.candidate_id = b.candidate_id AND t.course_id = c.course_id AND {_DURING_RUN}
GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"""


def ratings_sql(by: GroupBy) -> str:
    return f"""
WITH {_SCOPE}, {_grouped(by)}
SELECT g.grp AS group, r.rating::int AS rating, count(*) AS n
FROM grouped g JOIN candidate_ratings r USING (run_id)
GROUP BY 1, 2 ORDER BY 1, 2"""


_BASE_KEYS: dict[GroupBy, str] = {
    "all": "'all'::text",
    "job": "i.job_id",
    "family": "j.family",
    "month": "to_char(i.taken_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
}


def base_sql(by: GroupBy) -> str:
    """AI interviews in scope: by job, family and taken_at in [since, until) (a trigger kind filter keeps them all:
    the rate is then that kind's triggers per AI interview)."""
    return f"""
SELECT {_BASE_KEYS[by]} AS group, count(*) AS ai_interviews
FROM interviews i JOIN jobs j USING (job_id)
WHERE i.source = 'ai_interview'
  AND ($1::text IS NULL OR i.job_id = $1) AND ($2::text IS NULL OR j.family = $2)
  AND ($3::timestamptz IS NULL OR i.taken_at >= $3) AND ($4::timestamptz IS NULL OR i.taken_at < $4)
GROUP BY 1 ORDER BY 1"""


def _args(filters: Filters) -> tuple[Any, ...]:
    return (filters.job, filters.family, filters.trigger, filters.course, filters.since, filters.until)


# Sorts and hashes of a year of runs fit in memory instead of spilling to temporary files.
WORK_MEM = "64MB"


class AnalyticsRepository:
    """Reads only; one statement per figure family, the families on separate connections at once."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def _fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        async with self._pool.acquire() as conn, conn.transaction(readonly=True):
            await conn.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
            rows: list[asyncpg.Record] = await conn.fetch(sql, *args)
            return rows

    async def runs(self, filters: Filters, by: GroupBy) -> list[RunRow]:
        rows = await self._fetch(runs_sql(by), *_args(filters))
        return [
            RunRow(
                group=r["group"],
                triggered=r["triggered"],
                invited=r["invited"],
                replied=r["replied"],
                confirmed=r["confirmed"],
                interviewed=r["interviewed"],
                outcomes={o: r[f"o_{o}"] for o in OUTCOMES},
                reminders=r["reminders"],
                reminded_runs=r["reminded_runs"],
                escalated_runs=r["escalated_runs"],
                reschedules=r["reschedules"],
                overdue_results=r["overdue_results"],
                reply_n=r["reply_n"],
                reply_p50_s=r["reply_p50_s"],
                reply_p90_s=r["reply_p90_s"],
                confirm_n=r["confirm_n"],
                confirm_p50_s=r["confirm_p50_s"],
                confirm_p90_s=r["confirm_p90_s"],
                turnaround_n=r["turnaround_n"],
                turnaround_p50_s=r["turnaround_p50_s"],
                turnaround_p90_s=r["turnaround_p90_s"],
            )
            for r in rows
        ]

    async def uplift(self, filters: Filters, by: GroupBy) -> list[UpliftRow]:
        rows = await self._fetch(uplift_sql(by), *_args(filters))
        return [UpliftRow(**dict(r)) for r in rows]

    async def course_uplift(self, filters: Filters, by: GroupBy) -> list[CourseUpliftRow]:
        rows = await self._fetch(course_uplift_sql(by), *_args(filters))
        return [CourseUpliftRow(**dict(r)) for r in rows]

    async def ratings(self, filters: Filters, by: GroupBy) -> list[RatingRow]:
        rows = await self._fetch(ratings_sql(by), *_args(filters))
        return [RatingRow(**dict(r)) for r in rows]

    async def bases(self, filters: Filters, by: GroupBy) -> list[BaseRow] | None:
        """AI interviews per group; None when the grouping or a course filter has no such denominator."""
        if by not in _BASE_KEYS or filters.course is not None:
            return None
        rows = await self._fetch(base_sql(by), filters.job, filters.family, filters.since, filters.until)
        return [BaseRow(**dict(r)) for r in rows]

    async def report(self, filters: Filters, by: GroupBy) -> Report:
        """Every figure for these filters and this grouping."""
        runs, bases, uplift, courses, ratings = await asyncio.gather(
            self.runs(filters, by),
            self.bases(filters, by),
            self.uplift(filters, by),
            self.course_uplift(filters, by),
            self.ratings(filters, by),
        )
        return build_report(filters, by, runs, bases, uplift, courses, ratings)

    async def dimension_labels(self) -> dict[str, str]:
        """Each dimension's wording, zh-CN / en."""
        rows = await self._pool.fetch("SELECT code, label_zh, label_en FROM dimensions")
        return {r["code"]: f"{r['label_zh']} / {r['label_en']}" for r in rows}

    async def choices(self) -> dict[str, list[str]]:
        """What the filters offer: jobs, families, courses (ids), trigger kinds."""
        jobs = await self._pool.fetch("SELECT job_id, title FROM jobs ORDER BY job_id")
        families = await self._pool.fetch("SELECT DISTINCT family FROM jobs WHERE family <> '' ORDER BY family")
        courses = await self._pool.fetch("SELECT course_id FROM courses ORDER BY course_id")
        return {
            "job": [r["job_id"] for r in jobs],
            "family": [r["family"] for r in families],
            "course": [r["course_id"] for r in courses],
        }
