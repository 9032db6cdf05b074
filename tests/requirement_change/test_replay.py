"""R-N4 for RequirementChangeWorkflow: the recorded histories of a batch (a run that continued as new, and the
run that finished it) replay against the current workflow code, and a fresh recording replays too.

The histories are the v2 deployment version's (no patch markers: the paced fan-out is the only loop); v1's
replay against v1's code. Re-record for a new deployment version:
    REINTERVIEW_RECORD_HISTORIES=1 pytest tests/requirement_change/test_replay.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import asyncpg
import pytest
from temporalio.client import WorkflowHistory
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer

from db.repositories.archive import ArchiveRepository
from schemas.requirement_change import RequirementChangeInput
from service.settings import Settings
from service.temporal_client import data_converter
from tests.requirement_change.builders import job_with_candidates
from worker import build_worker
from workflows.requirement_change import RequirementChangeWorkflow, requirement_change_workflow_id

HISTORIES = Path(__file__).resolve().parent / "histories"
RECORDED = sorted(HISTORIES.glob("*.json"))


def replayer() -> Replayer:
    return Replayer(workflows=[RequirementChangeWorkflow], data_converter=data_converter(Settings()))


def load(path: Path) -> WorkflowHistory:
    return WorkflowHistory.from_json(f"recorded-{path.stem}", json.loads(path.read_text(encoding="utf-8")))


async def record(env: WorkflowEnvironment, pool: asyncpg.Pool, task_queue: str) -> dict[str, WorkflowHistory]:
    """Run a five-candidate change in pages of two, three pages per run; return each run's history by name."""
    data, ids = job_with_candidates(await env.get_current_time(), 5)
    await ArchiveRepository(pool).import_archive(data)
    change = RequirementChangeInput(
        job_id=ids["job"],
        change_id="chg-replay",
        add_dimensions={"data_analysis": 0.2},
        page_size=2,
        pages_per_run=2,
        page_interval_s=5,
        reinterview_task_queue=f"{task_queue}-idle",
    )
    client = env.client
    async with build_worker(client, Settings(), pool, task_queue=task_queue):
        handle = await client.start_workflow(
            RequirementChangeWorkflow.run,
            change,
            id=requirement_change_workflow_id(ids["job"], change.change_id),
            task_queue=task_queue,
        )
        result = await handle.result()
        last_run = (await handle.describe()).run_id
    assert result.done and result.started == 5 and result.runs == 2
    runs = {"continued_as_new": handle.result_run_id, "completed": last_run}
    return {
        name: await client.get_workflow_handle(handle.id, run_id=run_id).fetch_history()
        for name, run_id in runs.items()
    }


def test_both_kinds_of_run_are_recorded() -> None:
    assert {p.stem for p in RECORDED} == {"continued_as_new", "completed"}


def patched_with(history: WorkflowHistory) -> set[str]:
    """The patch ids whose markers the history records."""
    return {
        payload.data.decode("utf-8", "replace")
        for event in history.events
        if event.HasField("marker_recorded_event_attributes")
        for details in event.marker_recorded_event_attributes.details.values()
        for payload in details.payloads
    }


def test_no_recording_carries_a_patch_marker() -> None:
    for path in RECORDED:
        assert patched_with(load(path)) == set(), path.stem


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
async def test_recorded_history_replays(path: Path) -> None:
    await replayer().replay_workflow(load(path))


async def test_a_fresh_recording_replays(
    time_skipping_env: WorkflowEnvironment, db_pool: asyncpg.Pool, task_queue: str
) -> None:
    histories = await record(time_skipping_env, db_pool, task_queue)
    for history in histories.values():
        await replayer().replay_workflow(history)
    events = histories["continued_as_new"].events
    assert events[-1].HasField("workflow_execution_continued_as_new_event_attributes")
    for history in histories.values():
        assert patched_with(history) == set()
    if os.environ.get("REINTERVIEW_RECORD_HISTORIES"):
        HISTORIES.mkdir(exist_ok=True)
        for name, history in histories.items():
            (HISTORIES / f"{name}.json").write_text(history.to_json(), encoding="utf-8")
