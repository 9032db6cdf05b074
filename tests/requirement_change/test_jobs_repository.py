"""db/repositories/jobs.py on real PostgreSQL: versions recorded once per change, the version a run started with,
who counts as an active candidate, and the fan-out's ledger."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest

from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobChangeRefused, JobRepository, Settlement
from db.repositories.runs import RunRepository
from schemas.archive import ArchiveImport
from tests.requirement_change.builders import candidate_id, job_with_candidates

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


async def imported(pool: asyncpg.Pool, candidates: int = 3) -> tuple[ArchiveImport, dict[str, str]]:
    data, ids = job_with_candidates(NOW, candidates)
    await ArchiveRepository(pool).import_archive(data)
    return data, ids


async def open_run(pool: asyncpg.Pool, run_id: str, candidate: str, job_id: str, outcome: str | None = None) -> None:
    await RunRepository(pool).record_run(
        run_id=run_id,
        workflow_id=f"reinterview-{job_id}-{candidate}",
        candidate_id=candidate,
        job_id=job_id,
        trigger_kind="low_score",
        stage="completed" if outcome else "triggered",
        outcome=outcome,
        at=NOW,
    )


async def test_a_change_becomes_the_next_version_once(db_pool: asyncpg.Pool) -> None:
    data, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    v2 = await jobs.record_change(ids["job"], "chg-a", {"data_analysis": 0.2}, "mid")
    assert (v2.version, v2.change_id, v2.added_dimensions, v2.level) == (2, "chg-a", {"data_analysis": 0.2}, "mid")
    assert v2.job.weights == {"handling": 0.4, "talk": 0.24, "calm": 0.16, "data_analysis": 0.2}
    again = await jobs.record_change(ids["job"], "chg-a", {"data_analysis": 0.2}, None)
    assert again.version == 2 and again.recorded_at == v2.recorded_at
    current = await db_pool.fetchrow("SELECT version, level, weights FROM jobs WHERE job_id = $1", ids["job"])
    assert current is not None
    assert (current["version"], current["level"], current["weights"]) == (2, "mid", v2.job.weights)
    versions = await jobs.versions(ids["job"])
    assert [(v.version, v.change_id) for v in versions] == [(1, None), (2, "chg-a")]
    assert versions[0].job.weights == data.jobs[0].weights


async def test_changes_that_cannot_be_recorded(db_pool: asyncpg.Pool) -> None:
    _, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    with pytest.raises(LookupError, match="unknown job 'job-nope'"):
        await jobs.record_change("job-nope", "chg-a", {"data_analysis": 0.2})
    with pytest.raises(JobChangeRefused, match="unknown dimension 'astrology'"):
        await jobs.record_change(ids["job"], "chg-x", {"astrology": 0.2})
    with pytest.raises(JobChangeRefused, match="already weighted"):
        await jobs.record_change(ids["job"], "chg-y", {"talk": 0.2})
    await jobs.record_change(ids["job"], "chg-a", {"data_analysis": 0.2})
    with pytest.raises(JobChangeRefused, match="use a new change id"):
        await jobs.record_change(ids["job"], "chg-a", {"data_analysis": 0.3})
    assert await db_pool.fetchval("SELECT version FROM jobs WHERE job_id = $1", ids["job"]) == 2


async def test_a_run_keeps_the_version_it_started_with(db_pool: asyncpg.Pool) -> None:
    data, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    first, second = candidate_id(ids["tag"], 0), candidate_id(ids["tag"], 1)
    await open_run(db_pool, "run-before", first, ids["job"])
    await jobs.record_change(ids["job"], "chg-a", {"data_analysis": 0.2})
    await open_run(db_pool, "run-after", second, ids["job"])
    await open_run(db_pool, "run-before", first, ids["job"], outcome="declined")  # later writes keep the pin
    assert await jobs.run_job_version("run-before") == 1
    assert await jobs.run_job_version("run-after") == 2
    pinned = await jobs.pinned_job("run-before")
    assert pinned is not None and pinned.version == 1 and pinned.weights == data.jobs[0].weights
    assert await jobs.pinned_job("run-after") is None  # on the current version: the archive's job is right
    assert await jobs.pinned_job("no-such-run") is None


async def test_active_candidates(db_pool: asyncpg.Pool) -> None:
    _, ids = await imported(db_pool, candidates=6)
    job_id, tag = ids["job"], ids["tag"]
    c = [candidate_id(tag, n) for n in range(6)]
    await open_run(db_pool, "r-hired", c[0], job_id, outcome="recommend_hire")
    await open_run(db_pool, "r-rejected", c[1], job_id, outcome="not_meeting")
    await open_run(db_pool, "r-further", c[2], job_id, outcome="needs_further_assessment")
    await open_run(db_pool, "r-declined", c[3], job_id, outcome="declined")
    await open_run(db_pool, "r-running", c[4], job_id)
    jobs = JobRepository(db_pool)
    assert await jobs.count_active_candidates(job_id) == 4
    assert await jobs.active_candidates(job_id, None, 10) == c[2:]
    assert await jobs.active_candidates(job_id, None, 2) == c[2:4]
    assert await jobs.active_candidates(job_id, c[3], 2) == c[4:]
    assert await jobs.active_candidates(job_id, c[5], 2) == []


async def test_an_upgraded_job_reaches_the_earlier_jobs_candidates(db_pool: asyncpg.Pool) -> None:
    _, ids = await imported(db_pool, candidates=2)
    mid: dict[str, Any] = {
        "job_id": f"{ids['job']}-mid",
        "title": "Support desk (mid)",
        "pass_threshold": 75,
        "weights": {"handling": 0.5, "talk": 0.3, "calm": 0.2},
        "upgraded_from": ids["job"],
    }
    await ArchiveRepository(db_pool).import_archive(ArchiveImport.model_validate({"jobs": [mid]}))
    jobs = JobRepository(db_pool)
    assert await jobs.active_candidates(mid["job_id"], None, 10) == [candidate_id(ids["tag"], n) for n in range(2)]
    await open_run(db_pool, "r-hired-mid", candidate_id(ids["tag"], 0), mid["job_id"], outcome="recommend_hire")
    assert await jobs.count_active_candidates(mid["job_id"]) == 1
    assert await jobs.count_active_candidates(ids["job"]) == 2  # a verdict for the mid job is not one for junior


async def test_the_ledger_claims_each_candidate_once(db_pool: asyncpg.Pool) -> None:
    _, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    c = [candidate_id(ids["tag"], n) for n in range(3)]
    first = await jobs.claim_targets(ids["job"], "chg-a", 2, c[:2])
    assert first == {c[0]: ("pending", True, None), c[1]: ("pending", True, None)}
    await jobs.settle_target(ids["job"], "chg-a", c[0], "started", batch_run_id="batch-1", run_id="run-1")
    second = await jobs.claim_targets(ids["job"], "chg-a", 2, c)
    assert second == {
        c[0]: ("started", False, "batch-1"),
        c[1]: ("pending", False, None),
        c[2]: ("pending", True, None),
    }
    assert await jobs.target_counts(ids["job"], "chg-a") == {"started": 1, "pending": 2}
    assert await jobs.claim_targets(ids["job"], "chg-b", 3, c[:1]) == {c[0]: ("pending", True, None)}


async def test_what_the_running_run_did_outlives_the_fan_outs_merged(db_pool: asyncpg.Pool) -> None:
    """The run writes what it did with a merged change; the fan-out's later "merged" (signal delivered) keeps it, a
    failure does not, and a change without a ledger row (a trigger sent by hand) is left alone."""
    _, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    c = [candidate_id(ids["tag"], n) for n in range(3)]
    await jobs.claim_targets(ids["job"], "chg-m", 2, c)
    assert await jobs.record_merge(ids["job"], "chg-m", c[0], "dimensions_added", "run-0")
    assert await jobs.record_merge(ids["job"], "chg-m", c[1], "follow_up_scheduled", "run-1")
    await jobs.settle_targets(
        ids["job"],
        "chg-m",
        "batch-1",
        [Settlement(c[0], "merged", run_id="run-0"), Settlement(c[1], "merged"), Settlement(c[2], "merged")],
    )
    rows = {
        r["candidate_id"]: (r["status"], r["run_id"], r["batch_run_id"])
        for r in await db_pool.fetch("SELECT * FROM requirement_change_targets WHERE change_id = 'chg-m'")
    }
    assert rows == {
        c[0]: ("dimensions_added", "run-0", "batch-1"),
        c[1]: ("follow_up_scheduled", "run-1", "batch-1"),
        c[2]: ("merged", None, "batch-1"),  # delivered, not (yet) confirmed by the run: a re-run sends it again
    }
    assert not await jobs.record_merge(ids["job"], "chg-unknown", c[0], "dimensions_added", "run-0")
    with pytest.raises(asyncpg.CheckViolationError):
        await jobs.record_merge(ids["job"], "chg-m", c[2], "whatever", "run-2")


async def test_a_merged_change_moves_the_run_to_the_current_version(db_pool: asyncpg.Pool) -> None:
    _, ids = await imported(db_pool)
    jobs = JobRepository(db_pool)
    cand = candidate_id(ids["tag"], 0)
    await open_run(db_pool, "run-r", cand, ids["job"])
    await jobs.record_change(ids["job"], "chg-r", {"data_analysis": 0.2})
    assert (await jobs.pinned_job("run-r")) is not None  # still on version 1
    assert await jobs.repin_run("run-r") == 2
    assert await jobs.pinned_job("run-r") is None and await jobs.run_job_version("run-r") == 2
    assert await jobs.repin_run("no-such-run") is None
