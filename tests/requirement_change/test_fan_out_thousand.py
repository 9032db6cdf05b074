"""The issue's bar on the dev server: a change for a job with 1,000 active candidates starts exactly 1,000
re-interviews, survives a worker restart in the middle of a page, and running it again starts none."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator

import asyncpg
import pytest
from temporalio.client import Client, WorkflowHandle
from temporalio.testing import WorkflowEnvironment

from db.pool import create_pool
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from schemas.requirement_change import RequirementChangeInput, RequirementChangeProgress
from service.settings import Settings
from tests.requirement_change.builders import job_with_candidates
from worker import build_worker
from workflows.requirement_change import RequirementChangeWorkflow, requirement_change_workflow_id

CANDIDATES = 1000


@pytest.fixture
async def wide_pool(db_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    """Enough connections for a page's concurrent signal-with-starts."""
    pool = await create_pool(db_dsn, min_size=2, max_size=30)
    try:
        yield pool
    finally:
        await pool.close()


async def progress_of(handle: WorkflowHandle) -> RequirementChangeProgress:
    return await handle.query(RequirementChangeWorkflow.progress)


async def executions(client: Client, task_queue: str) -> list[str]:
    """Ids of every ReinterviewWorkflow execution (running or closed) on the task queue, one per run."""
    query = f"WorkflowType = 'ReinterviewWorkflow' AND TaskQueue = '{task_queue}'"
    seen: list[str] = []
    for _ in range(100):
        seen = [w.id async for w in client.list_workflows(query)]
        if len(seen) >= CANDIDATES:
            break
        await asyncio.sleep(0.1)
    return seen


async def test_thousand_candidates_restart_midway_and_rerun(
    dev_env: WorkflowEnvironment, wide_pool: asyncpg.Pool, task_queue: str
) -> None:
    client = dev_env.client
    data, ids = job_with_candidates(await dev_env.get_current_time(), CANDIDATES)
    await ArchiveRepository(wide_pool).import_archive(data)
    job_id = ids["job"]
    # The re-interviews go to their own queue: this test counts what the batch starts, not what they do next
    # (tests/requirement_change/test_fan_out.py follows started re-interviews through to their invitations).
    reinterview_queue = f"{task_queue}-reinterviews"
    change = RequirementChangeInput(
        job_id=job_id,
        change_id="chg-1000",
        add_dimensions={"data_analysis": 0.2},
        level="mid",
        page_size=100,
        page_interval_s=0.1,
        pages_per_run=3,
        concurrency=25,
        reinterview_task_queue=reinterview_queue,
    )
    workflow_id = requirement_change_workflow_id(job_id, change.change_id)
    settings = Settings()
    began = time.monotonic()

    async with build_worker(client, settings, wide_pool, task_queue=task_queue):
        handle = await client.start_workflow(
            RequirementChangeWorkflow.run, change, id=workflow_id, task_queue=task_queue
        )
        for _ in range(600):
            # Stop while a page is in flight: its activity is cancelled part-way through.
            reached = await wide_pool.fetchval(
                "SELECT count(*) FROM requirement_change_targets WHERE job_id = $1 AND status <> 'pending'", job_id
            )
            if reached >= 350:
                break
            await asyncio.sleep(0.01)
        before_restart = await progress_of(handle)
    assert not before_restart.done and before_restart.processed < CANDIDATES
    restarted_at = time.monotonic() - began

    async with build_worker(client, settings, wide_pool, task_queue=task_queue):
        result: RequirementChangeProgress = await handle.result()
    fan_out_s = time.monotonic() - began

    assert result.done and result.job_version == 2 and result.total_active == CANDIDATES
    assert (result.processed, result.started, result.merged, result.failed) == (CANDIDATES, CANDIDATES, 0, 0)
    assert result.runs >= 4  # 10 pages, 3 per run: continued as new three times
    started = await executions(client, reinterview_queue)
    assert len(started) == CANDIDATES and len(set(started)) == CANDIDATES
    assert await JobRepository(wide_pool).target_counts(job_id, change.change_id) == {"started": CANDIDATES}

    async with build_worker(client, settings, wide_pool, task_queue=task_queue):
        again = await client.execute_workflow(
            RequirementChangeWorkflow.run, change, id=workflow_id, task_queue=task_queue
        )
    assert (again.started, again.merged, again.already_done, again.failed) == (0, 0, CANDIDATES, 0)
    assert again.job_version == 2
    assert len(await executions(client, reinterview_queue)) == CANDIDATES

    if os.environ.get("REINTERVIEW_PRINT_FIGURES"):
        print(
            f"\nfan-out of {CANDIDATES}: restart after {restarted_at:.1f} s "
            f"({before_restart.processed} processed), done after {fan_out_s:.1f} s"
        )
