"""SQL behind the web pages: used links, stored reports, the scorecard's plan and submissions, HR's to-dos."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg

from web.links import LinkClaims

REPORT_KINDS = ("analysis", "interview_plan", "feedback")
DEFAULT_LOCALE = "zh-CN"
DEFAULT_TIMEZONE = "Asia/Shanghai"  # the archive's default for a candidate (migration 001)


@dataclass(frozen=True)
class RunRow:
    """A re-interview run as its row in `reinterviews` says."""

    run_id: str
    workflow_id: str
    candidate_id: str
    job_id: str
    stage: str
    outcome: str | None
    trigger_kind: str | None
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class TrainingDone:
    course_id: str
    title: str
    completed_at: datetime | None
    pre_score: float | None
    post_score: float | None


@dataclass(frozen=True)
class ScorecardData:
    """What the scorecard shows: the plan, earlier scores and training since, in the interviewer's language."""

    run: RunRow
    interviewer_id: str
    interviewer_name: str
    locale: str
    candidate_name: str
    job_title: str
    labels: dict[str, str]
    plan: dict[str, Any] | None
    analysis: dict[str, Any] | None
    trainings: list[TrainingDone]
    feedback: dict[str, Any] | None
    booked_interviewer: str | None = None  # who holds the run's booking now (None before a booking)
    # Every dimension the run's job version weighs, in its order: the result may score any of them, not only the
    # plan's focus (the workflow's validator takes them all).
    job_dimensions: list[str] = field(default_factory=list)
    interview_at: datetime | None = None


@dataclass(frozen=True)
class Scorecard:
    """A submission the workflow accepted (a result or a no-show report)."""

    run_id: str
    interviewer_id: str
    kind: str
    dimension_scores: dict[str, float]
    comments: str
    note: str
    submitted_at: datetime


@dataclass(frozen=True)
class InboxItem:
    """An open HR to-do with its run."""

    todo_key: str
    kind: str
    title: str
    detail: str
    created_at: datetime
    workflow_id: str
    candidate_id: str
    job_id: str
    run: RunRow | None
    reports: list[str] = field(default_factory=list)


def _run(row: asyncpg.Record | None) -> RunRow | None:
    if row is None or row["run_id"] is None:
        return None
    return RunRow(
        run_id=row["run_id"],
        workflow_id=row["workflow_id"],
        candidate_id=row["candidate_id"],
        job_id=row["job_id"],
        stage=row["stage"],
        outcome=row["outcome"],
        trigger_kind=row["trigger_kind"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
    )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


_RUN_COLUMNS = "run_id, workflow_id, candidate_id, job_id, stage, outcome, trigger_kind, started_at, ended_at"


class LinkRepository:
    """`link_uses` and the `reports` rows links read."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def used(self, digests: Sequence[str]) -> bool:
        """Whether any of these records of a link exists (see web.links.use_digests)."""
        return bool(await self._pool.fetchval("SELECT 1 FROM link_uses WHERE token_digest = ANY($1::text[])", digests))

    async def record_use(self, digest: str, claims: LinkClaims, action: str | None = None) -> bool:
        """Count a use of the link (recorded as `action`, by default the link's); True the first time."""
        return bool(
            await self._pool.fetchval(
                """
                INSERT INTO link_uses (token_digest, action, workflow_id, run_id) VALUES ($1, $2, $3, $4)
                ON CONFLICT (token_digest) DO UPDATE SET uses = link_uses.uses + 1, last_used_at = now()
                RETURNING (xmax = 0)
                """,
                digest,
                action or claims.action,
                claims.workflow_id,
                claims.run_id,
            )
        )

    async def uses(self, workflow_id: str) -> list[dict[str, object]]:
        rows = await self._pool.fetch(
            "SELECT action, uses FROM link_uses WHERE workflow_id = $1 ORDER BY first_used_at", workflow_id
        )
        return [dict(r) for r in rows]

    async def report_html(self, run_id: str, kind: str, audience: str = "internal") -> str | None:
        """A stored report of the run (analysis, interview plan or feedback), the version for `audience`."""
        html: str | None = await self._pool.fetchval(
            "SELECT html FROM reports WHERE run_id = $1 AND kind = $2 AND audience = $3", run_id, kind, audience
        )
        return html

    async def candidate_timezone(self, run_id: str) -> str | None:
        """The time zone in the archive row of the run's candidate (None without a run row or candidate)."""
        tz: str | None = await self._pool.fetchval(
            "SELECT c.timezone FROM reinterviews r JOIN candidates c USING (candidate_id) WHERE r.run_id = $1", run_id
        )
        return tz

    async def run(self, run_id: str) -> RunRow | None:
        return _run(await self._pool.fetchrow(f"SELECT {_RUN_COLUMNS} FROM reinterviews WHERE run_id = $1", run_id))


class ScorecardRepository:
    """The interviewer's scorecard: what it shows (stored plan, archive) and what was submitted."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def data(self, run_id: str, interviewer_id: str) -> ScorecardData | None:
        """Everything the page shows for this run; None when the run has no row (yet)."""
        async with self._pool.acquire() as conn:
            run = _run(await conn.fetchrow(f"SELECT {_RUN_COLUMNS} FROM reinterviews WHERE run_id = $1", run_id))
            if run is None:
                return None
            # The interviewer's locale: a `locale` column once the archive has one, else one an import kept in
            # `extra`, else zh-CN.
            person = await conn.fetchrow(
                """
                SELECT name, COALESCE(NULLIF(to_jsonb(i)->>'locale', ''), NULLIF(extra->>'locale', ''), $2) AS locale
                FROM interviewers i WHERE interviewer_id = $1
                """,
                interviewer_id,
                DEFAULT_LOCALE,
            )
            candidate = await conn.fetchrow("SELECT name FROM candidates WHERE candidate_id = $1", run.candidate_id)
            job_title = await conn.fetchval("SELECT title FROM jobs WHERE job_id = $1", run.job_id)
            # The job version the run is pinned to (a requirement change may have superseded it since), else the job.
            weights = await conn.fetchval(
                """
                SELECT COALESCE(
                    (SELECT v.job -> 'weights' FROM reinterviews r
                     JOIN job_versions v ON v.job_id = r.job_id AND v.version = r.job_version
                     WHERE r.run_id = $1),
                    (SELECT weights FROM jobs WHERE job_id = $2))
                """,
                run_id,
                run.job_id,
            )
            locale = person["locale"] if person else DEFAULT_LOCALE
            locale = "en" if str(locale).lower().startswith("en") else "zh-CN"
            labels = {
                r["code"]: r["label"]
                for r in await conn.fetch(
                    "SELECT code, CASE WHEN $1 = 'en' THEN label_en ELSE label_zh END AS label FROM dimensions",
                    locale,
                )
            }
            reports = {
                (r["kind"], r["audience"]): _json(r["body"])
                for r in await conn.fetch("SELECT kind, audience, body FROM reports WHERE run_id = $1", run_id)
            }
            trainings = [
                TrainingDone(
                    course_id=r["course_id"],
                    title=r["title"] or r["course_id"],
                    completed_at=r["completed_at"],
                    pre_score=r["pre_score"],
                    post_score=r["post_score"],
                )
                for r in await conn.fetch(
                    """
                    SELECT t.course_id, COALESCE(CASE WHEN $3 = 'en' THEN NULLIF(c.title_en, '') END, c.title) AS title,
                           t.completed_at, t.pre_score, t.post_score
                    FROM trainings t LEFT JOIN courses c USING (course_id)
                    WHERE t.candidate_id = $1 AND t.completed_at >= $2
                    ORDER BY t.completed_at, t.course_id
                    """,
                    run.candidate_id,
                    run.started_at,
                    locale,
                )
            ]
            booking = await conn.fetchrow(
                "SELECT interviewer_id, lower(during) AS start FROM calendar_events"
                " WHERE workflow_id = $1 AND status = 'booked' ORDER BY created_at DESC LIMIT 1",
                run.workflow_id,
            )
        return ScorecardData(
            run=run,
            interviewer_id=interviewer_id,
            interviewer_name=person["name"] if person else interviewer_id,
            locale=locale,
            candidate_name=candidate["name"] if candidate else run.candidate_id,
            job_title=job_title or run.job_id,
            labels=labels,
            plan=reports.get(("interview_plan", "internal")),
            analysis=reports.get(("analysis", "internal")),
            trainings=trainings,
            feedback=reports.get(("feedback", "internal")),
            booked_interviewer=booking["interviewer_id"] if booking else None,
            interview_at=booking["start"] if booking else None,
            job_dimensions=list(_json(weights) or {}) if weights is not None else [],
        )

    async def submitted(self, run_id: str) -> Scorecard | None:
        row = await self._pool.fetchrow(
            "SELECT run_id, interviewer_id, kind, dimension_scores, comments, note, submitted_at FROM scorecards"
            " WHERE run_id = $1",
            run_id,
        )
        if row is None:
            return None
        return Scorecard(
            run_id=row["run_id"],
            interviewer_id=row["interviewer_id"],
            kind=row["kind"],
            dimension_scores={str(k): float(v) for k, v in _json(row["dimension_scores"]).items()},
            comments=row["comments"],
            note=row["note"],
            submitted_at=row["submitted_at"],
        )

    async def record(
        self,
        *,
        run_id: str,
        workflow_id: str,
        interviewer_id: str,
        kind: str,
        dimension_scores: dict[str, float] | None = None,
        comments: str = "",
        note: str = "",
    ) -> bool:
        """Keep an accepted submission (the first one counts); True when this call recorded it."""
        return bool(
            await self._pool.fetchval(
                """
                INSERT INTO scorecards (run_id, workflow_id, interviewer_id, kind, dimension_scores, comments, note)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (run_id) DO NOTHING
                RETURNING 1
                """,
                run_id,
                workflow_id,
                interviewer_id,
                kind,
                dimension_scores or {},
                comments,
                note,
            )
        )


class HrRepository:
    """HR's inbox: open to-dos with their runs, closing them, and the actions HR took."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def open_todos(self, limit: int = 200) -> list[InboxItem]:
        """Open to-dos, oldest first, each with the run it belongs to (its key starts with the run id)."""
        rows = await self._pool.fetch(
            f"""
            SELECT t.todo_key, t.kind, t.title, t.detail, t.created_at,
                   t.workflow_id AS todo_workflow_id, t.candidate_id AS todo_candidate_id, t.job_id AS todo_job_id,
                   r.{_RUN_COLUMNS.replace(", ", ", r.")},
                   COALESCE((SELECT array_agg(DISTINCT p.kind ORDER BY p.kind) FROM reports p
                             WHERE p.run_id = r.run_id AND p.audience = 'internal'), '{{}}') AS reports
            FROM hr_todos t
            LEFT JOIN LATERAL (
                SELECT * FROM reinterviews x
                WHERE x.workflow_id = t.workflow_id AND t.todo_key LIKE x.run_id || ':%'
                ORDER BY x.started_at DESC LIMIT 1
            ) r ON true
            WHERE t.done_at IS NULL
            ORDER BY t.created_at, t.todo_key
            LIMIT $1
            """,
            limit,
        )
        return [
            InboxItem(
                todo_key=r["todo_key"],
                kind=r["kind"],
                title=r["title"],
                detail=r["detail"],
                created_at=r["created_at"],
                workflow_id=r["todo_workflow_id"],
                candidate_id=r["todo_candidate_id"],
                job_id=r["todo_job_id"],
                run=_run(r),
                reports=list(r["reports"]),
            )
            for r in rows
        ]

    async def names(self, candidates: set[str], jobs: set[str]) -> tuple[dict[str, str], dict[str, str]]:
        """({candidate_id: name}, {job_id: title}) for the page (never stored beyond it)."""
        people = await self._pool.fetch(
            "SELECT candidate_id, name FROM candidates WHERE candidate_id = ANY($1::text[])", list(candidates)
        )
        titles = await self._pool.fetch("SELECT job_id, title FROM jobs WHERE job_id = ANY($1::text[])", list(jobs))
        return {r["candidate_id"]: r["name"] for r in people}, {r["job_id"]: r["title"] for r in titles}

    async def close_todo(self, todo_key: str, by: str, at: datetime) -> bool:
        """Mark an open to-do done by `by`; False when there is no such open to-do."""
        closed = await self._pool.fetchval(
            "UPDATE hr_todos SET done_at = $3, done_by = $2 WHERE todo_key = $1 AND done_at IS NULL RETURNING 1",
            todo_key,
            by,
            at,
        )
        return closed is not None

    async def record_action(
        self, *, workflow_id: str, run_id: str, action: str, by: str, detail: dict[str, Any]
    ) -> None:
        await self._pool.execute(
            "INSERT INTO hr_actions (workflow_id, run_id, action, by, detail) VALUES ($1, $2, $3, $4, $5)",
            workflow_id,
            run_id,
            action,
            by,
            detail,
        )

    async def actions(self, workflow_id: str) -> list[dict[str, Any]]:
        rows = await self._pool.fetch(
            "SELECT action, by, detail, acted_at FROM hr_actions WHERE workflow_id = $1 ORDER BY id", workflow_id
        )
        return [{**dict(r), "detail": _json(r["detail"])} for r in rows]
