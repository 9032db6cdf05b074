"""ReinterviewActivities.propose_slots under concurrency, over a real (migrated, per-test) PostgreSQL.

Runs prepared at the same moment (a requirement change's fan-out starts every active candidate of a job at once)
used to read the slot holds before any of them had written its own, and were offered the same times; 0–3 % of
runs then needed a second invitation round. Slot choice is now serialised per interviewer with advisory locks
(db/repositories/runs.py: RunRepository.choosing_slots), so concurrent choices never overlap.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from itertools import combinations

import asyncpg
import pytest
from temporalio.testing import ActivityEnvironment

from activities.reinterview import ReinterviewActivities
from db.pool import create_pool
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from mail.render import email_environment
from schemas.activities import ProposeSlotsInput, RunRef
from schemas.plans import Slot
from tests.workflows.builders import archive

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
RUNS = 12


@pytest.fixture
async def pool(db_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    """More connections than the default test pool, so the runs really do choose at the same moment."""
    pool = await create_pool(db_dsn, min_size=RUNS, max_size=RUNS)
    try:
        yield pool
    finally:
        await pool.close()


def _activities(pool: asyncpg.Pool) -> ReinterviewActivities:
    return ReinterviewActivities(ArchiveRepository(pool), RunRepository(pool), email_environment(), JobRepository(pool))


def _overlapping(offers: list[list[Slot]]) -> list[tuple[Slot, Slot]]:
    """Pairs of times offered to two different runs that overlap for the same interviewer."""
    clashes = []
    for a_slots, b_slots in combinations(offers, 2):
        clashes += [
            (a, b)
            for a in a_slots
            for b in b_slots
            if a.interviewer_id == b.interviewer_id and a.start < b.end and b.start < a.end
        ]
    return clashes


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-job", "two-jobs-sharing-the-interviewer"])
async def test_concurrent_slot_choices_never_offer_the_same_time_twice(pool: asyncpg.Pool, jobs: int) -> None:
    data, ids = archive(NOW)
    if jobs == 2:  # a second job interviewed by the same person: its runs compete for the same times
        second = data.jobs[0].model_copy(update={"job_id": f"{ids['job']}-b"})
        data.jobs.append(second)
        data.interviewers[0].job_ids.append(second.job_id)
    await ArchiveRepository(pool).import_archive(data)
    activities = _activities(pool)
    job_ids = [job.job_id for job in data.jobs]
    inputs = [
        ProposeSlotsInput(
            run=RunRef(
                workflow_id=f"reinterview-{job_ids[n % jobs]}-c{n}",
                run_id=f"run-{n}",
                candidate_id=ids["candidate"],
                job_id=job_ids[n % jobs],
            ),
            now=NOW,
            earliest=NOW + timedelta(days=2),
            interview_duration_s=3600,
        )
        for n in range(RUNS)
    ]

    offers = await asyncio.gather(*(ActivityEnvironment().run(activities.propose_slots, i) for i in inputs))

    assert all(len(slots) == 3 for slots in offers)
    assert _overlapping(offers) == []
    held = await pool.fetch("SELECT workflow_id, interviewer_id, lower(during) AS start FROM slot_holds")
    assert len(held) == 3 * RUNS
    assert {(r["workflow_id"], r["start"]) for r in held} == {
        (i.run.workflow_id, s.start) for i, slots in zip(inputs, offers, strict=True) for s in slots
    }


async def test_a_run_with_no_free_time_holds_nothing_and_blocks_no_one(pool: asyncpg.Pool) -> None:
    """The failing choice rolls back its transaction (and its locks): the next run chooses as usual."""
    data, ids = archive(NOW)
    data.interviewers[0].availability = data.interviewers[0].availability[:2]  # one day: 09–12 and 14–18
    await ArchiveRepository(pool).import_archive(data)
    activities = _activities(pool)

    def propose(n: int, earliest: datetime) -> ProposeSlotsInput:
        return ProposeSlotsInput(
            run=RunRef(
                workflow_id=f"reinterview-{ids['job']}-c{n}",
                run_id=f"run-{n}",
                candidate_id=ids["candidate"],
                job_id=ids["job"],
            ),
            now=NOW,
            earliest=earliest,
            interview_duration_s=3600,
        )

    with pytest.raises(Exception, match="has a free slot after"):
        await ActivityEnvironment().run(activities.propose_slots, propose(1, NOW + timedelta(days=30)))
    assert await pool.fetchval("SELECT count(*) FROM slot_holds") == 0
    first_day = NOW.replace(hour=0)
    slots = await asyncio.wait_for(ActivityEnvironment().run(activities.propose_slots, propose(2, first_day)), 10)
    assert slots and all(s.start.date() == first_day.date() for s in slots)
