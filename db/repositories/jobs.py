"""Job versions and requirement changes (R-T3): versions, active candidates, and the fan-out's ledger."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import asyncpg

from policy.job_versions import FINAL_HIRING_OUTCOMES, addition_problems, next_version, same_change
from schemas.archive import Job
from schemas.requirement_change import JobVersion


class Settlement(NamedTuple):
    """How a fan-out reached one candidate: `started`, `merged` or `failed`, with the run or the reason (a running
    run then writes what it did with a merged change: `record_merge`)."""

    candidate_id: str
    status: str
    run_id: str | None = None
    detail: str | None = None


class JobChangeRefused(ValueError):
    """A requirement change that cannot be recorded; the message says why."""


_CURRENT_JOB = """
SELECT j.extra || (to_jsonb(j) - 'extra') AS job FROM jobs j WHERE j.job_id = $1 FOR UPDATE
"""
_VERSION_COLUMNS = "job_id, version, job, change_id, added_dimensions, level, recorded_at"

# The job itself and, for a job upgraded from another (`extra.upgraded_from`), that earlier job: their interviews
# make a candidate a candidate of this job, as fetch_candidate_archive reads them.
_ACTIVE_CANDIDATES = """
WITH job AS (SELECT job_id, extra ->> 'upgraded_from' AS upgraded_from FROM jobs WHERE job_id = $1)
SELECT DISTINCT i.candidate_id
FROM interviews i
WHERE i.job_id IN (SELECT job_id FROM job UNION ALL SELECT upgraded_from FROM job WHERE upgraded_from IS NOT NULL)
  AND ($2::text IS NULL OR i.candidate_id > $2::text)
  AND NOT EXISTS (
      SELECT 1 FROM reinterviews r
      WHERE r.job_id = $1 AND r.candidate_id = i.candidate_id AND r.outcome = ANY($3::text[]))
ORDER BY i.candidate_id
"""


def _version(row: asyncpg.Record) -> JobVersion:
    return JobVersion(
        job_id=row["job_id"],
        version=row["version"],
        job=Job.model_validate(row["job"]),
        change_id=row["change_id"],
        added_dimensions=row["added_dimensions"],
        level=row["level"],
        recorded_at=row["recorded_at"],
    )


class JobRepository:
    """Reads and writes job versions, active candidates and requirement-change targets."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def record_change(
        self, job_id: str, change_id: str, additions: Mapping[str, float], level: str | None = None
    ) -> JobVersion:
        """Make the change the job's next version, once: the same change id again returns the recorded version.

        Raises LookupError for an unknown job and JobChangeRefused when the additions are not allowed or the change
        id was already used for a different change.
        """
        async with self._pool.acquire() as conn, conn.transaction():
            current = await conn.fetchval(_CURRENT_JOB, job_id)
            if current is None:
                raise LookupError(f"unknown job {job_id!r}")
            recorded = await conn.fetchrow(
                f"SELECT {_VERSION_COLUMNS} FROM job_versions WHERE job_id = $1 AND change_id = $2", job_id, change_id
            )
            if recorded is not None:
                if not same_change(recorded["added_dimensions"], recorded["level"], additions, level):
                    raise JobChangeRefused(
                        f"change {change_id!r} of job {job_id!r} was recorded as version {recorded['version']} "
                        f"adding {recorded['added_dimensions']}; use a new change id for a different change"
                    )
                return _version(recorded)
            job = Job.model_validate(current)
            known = await conn.fetchval(
                "SELECT coalesce(array_agg(code), '{}') FROM dimensions WHERE code = ANY($1::text[])", list(additions)
            )
            problems = addition_problems(job, additions, set(known))
            if problems:
                raise JobChangeRefused(f"job {job_id!r}: " + "; ".join(problems))
            latest = await conn.fetchval("SELECT max(version) FROM job_versions WHERE job_id = $1", job_id)
            changed = next_version(job, additions, version=max(job.version, latest or 0) + 1, level=level)
            # The superseded version is kept as it stands now: runs pinned to it read it from here.
            await conn.execute(
                """
                INSERT INTO job_versions (job_id, version, job, level) VALUES ($1, $2, $3, $4)
                ON CONFLICT (job_id, version) DO UPDATE SET job = EXCLUDED.job
                """,
                job_id,
                job.version,
                job.model_dump(mode="json"),
                job.level,
            )
            row = await conn.fetchrow(
                f"""
                INSERT INTO job_versions (job_id, version, job, change_id, added_dimensions, level)
                VALUES ($1, $2, $3, $4, $5, $6)
                RETURNING {_VERSION_COLUMNS}
                """,
                job_id,
                changed.version,
                changed.model_dump(mode="json"),
                change_id,
                {code: round(weight, 4) for code, weight in additions.items()},
                changed.level,
            )
            await conn.execute(
                "UPDATE jobs SET weights = $2, level = $3, version = $4 WHERE job_id = $1",
                job_id,
                changed.weights,
                changed.level,
                changed.version,
            )
        if row is None:  # INSERT … RETURNING returns the row it inserted
            raise RuntimeError(f"recording version {changed.version} of job {job_id!r} returned no row")
        return _version(row)

    async def versions(self, job_id: str) -> list[JobVersion]:
        """Every recorded version of the job, oldest first."""
        rows = await self._pool.fetch(
            f"SELECT {_VERSION_COLUMNS} FROM job_versions WHERE job_id = $1 ORDER BY version", job_id
        )
        return [_version(r) for r in rows]

    async def pinned_job(self, run_id: str) -> Job | None:
        """The job as the version the run started with, when a requirement change has superseded it since.

        None when the run is on the job's current version (or unknown): the current job is then the right one.
        """
        value = await self._pool.fetchval(
            """
            SELECT v.job FROM reinterviews r
            JOIN jobs j ON j.job_id = r.job_id
            JOIN job_versions v ON v.job_id = r.job_id AND v.version = r.job_version
            WHERE r.run_id = $1 AND r.job_version <> j.version
            """,
            run_id,
        )
        return None if value is None else Job.model_validate(value)

    async def run_job_version(self, run_id: str) -> int | None:
        """The job version the run's row pinned when it was first written."""
        version: int | None = await self._pool.fetchval(
            "SELECT job_version FROM reinterviews WHERE run_id = $1", run_id
        )
        return version

    async def count_active_candidates(self, job_id: str) -> int:
        """How many active candidates the job has now (see policy.job_versions.FINAL_HIRING_OUTCOMES)."""
        count: int = await self._pool.fetchval(
            f"SELECT count(*) FROM ({_ACTIVE_CANDIDATES}) AS active", job_id, None, _final_outcomes()
        )
        return count

    async def active_candidates(self, job_id: str, after: str | None, limit: int) -> list[str]:
        """One page of the job's active candidates, in candidate id order, after the candidate `after`."""
        rows = await self._pool.fetch(f"{_ACTIVE_CANDIDATES} LIMIT $4", job_id, after, _final_outcomes(), limit)
        return [r["candidate_id"] for r in rows]

    async def claim_targets(
        self, job_id: str, change_id: str, job_version: int, candidate_ids: Sequence[str]
    ) -> dict[str, tuple[str, bool, str | None]]:
        """Record that the change reaches these candidates; per candidate its status, whether the row is new and
        which batch settled it."""
        async with self._pool.acquire() as conn, conn.transaction():
            fresh = await conn.fetch(
                """
                INSERT INTO requirement_change_targets (job_id, change_id, candidate_id, job_version)
                SELECT $1, $2, c, $3 FROM unnest($4::text[]) AS c
                ON CONFLICT DO NOTHING
                RETURNING candidate_id
                """,
                job_id,
                change_id,
                job_version,
                list(candidate_ids),
            )
            rows = await conn.fetch(
                "SELECT candidate_id, status, batch_run_id FROM requirement_change_targets"
                " WHERE job_id = $1 AND change_id = $2 AND candidate_id = ANY($3::text[])",
                job_id,
                change_id,
                list(candidate_ids),
            )
        new = {r["candidate_id"] for r in fresh}
        return {r["candidate_id"]: (r["status"], r["candidate_id"] in new, r["batch_run_id"]) for r in rows}

    async def settle_target(
        self,
        job_id: str,
        change_id: str,
        candidate_id: str,
        status: str,
        *,
        batch_run_id: str,
        run_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Record how the batch `batch_run_id` reached one candidate: `started`, `merged` or `failed`."""
        await self._pool.execute(
            """
            UPDATE requirement_change_targets
            SET status = $4, run_id = $5, detail = $6, batch_run_id = $7, updated_at = now()
            WHERE job_id = $1 AND change_id = $2 AND candidate_id = $3
            """,
            job_id,
            change_id,
            candidate_id,
            status,
            run_id,
            detail,
            batch_run_id,
        )

    async def settle_targets(
        self, job_id: str, change_id: str, batch_run_id: str, settled: Sequence[Settlement]
    ) -> None:
        """Record how the batch `batch_run_id` reached each of a page's candidates, in one statement."""
        if not settled:
            return
        await self._pool.execute(
            """
            UPDATE requirement_change_targets t
            SET status = CASE  -- the run's own word (written by it) outlives the fan-out's "signal delivered"
                    WHEN s.status = 'merged'
                         AND t.status IN ('started', 'dimensions_added', 'follow_up_scheduled', 'already_assessed')
                    THEN t.status ELSE s.status END,
                run_id = COALESCE(s.run_id, t.run_id), detail = s.detail, batch_run_id = $3, updated_at = now()
            FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS s(candidate_id, status, run_id, detail)
            WHERE t.job_id = $1 AND t.change_id = $2 AND t.candidate_id = s.candidate_id
            """,
            job_id,
            change_id,
            batch_run_id,
            [s.candidate_id for s in settled],
            [s.status for s in settled],
            [s.run_id for s in settled],
            [s.detail for s in settled],
        )

    async def record_merge(self, job_id: str, change_id: str, candidate_id: str, status: str, run_id: str) -> bool:
        """What the candidate's running re-interview did with the change (its own word, written by the run):
        `dimensions_added`, `follow_up_scheduled`, `already_assessed`, or `started` for the follow-up run. A
        fan-out that later settles the same candidate as `merged` keeps this. False when the change has no ledger
        row for the candidate (a trigger sent by hand, not by a fan-out)."""
        done = await self._pool.execute(
            """
            UPDATE requirement_change_targets SET status = $4, run_id = $5, detail = NULL, updated_at = now()
            WHERE job_id = $1 AND change_id = $2 AND candidate_id = $3
            """,
            job_id,
            change_id,
            candidate_id,
            status,
            run_id,
        )
        return bool(done != "UPDATE 0")

    async def mark_follow_up(self, run_id: str) -> None:
        """The run is a follow-up re-interview: not an attempt of its own (migration 014)."""
        await self._pool.execute("UPDATE reinterviews SET follow_up = true WHERE run_id = $1", run_id)

    async def repin_run(self, run_id: str) -> int | None:
        """Move a running re-interview to its job's current version (a requirement change merged into it while
        the interview is ahead); the version it is on now, None for an unknown run."""
        version: int | None = await self._pool.fetchval(
            """
            UPDATE reinterviews r SET job_version = j.version FROM jobs j
            WHERE r.run_id = $1 AND j.job_id = r.job_id
            RETURNING r.job_version
            """,
            run_id,
        )
        return version

    async def target_counts(self, job_id: str, change_id: str) -> dict[str, int]:
        """How many candidates the change reached, by status."""
        rows = await self._pool.fetch(
            "SELECT status, count(*) AS n FROM requirement_change_targets"
            " WHERE job_id = $1 AND change_id = $2 GROUP BY status",
            job_id,
            change_id,
        )
        return {r["status"]: r["n"] for r in rows}


def _final_outcomes() -> list[str]:
    return sorted(outcome.value for outcome in FINAL_HIRING_OUTCOMES)
