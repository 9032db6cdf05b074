"""R-N4: ReinterviewWorkflow replays every recorded history of every path, and the check can fail.

The histories under tests/replay/histories/ are the contract with runs of this deployment version (v2) already
in flight: a change to the workflow that would make one of them diverge fails here, and must go behind
`workflow.patched` or ship as a new deployment version (docs/RELIABILITY.md). v2 itself carries no patch; the paths
of issue 12 item 3 (replies with a `source`: echo, decline grace, choosing again) carry `reply-echo-decline-grace`.
`record.py` writes them; the last test here runs the recorder itself, so it keeps
working, and replays what it just recorded.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from temporalio.client import WorkflowHistory
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer
from temporalio.workflow import NondeterminismError

import worker as worker_module
from db.repositories.archive import ArchiveRepository
from schemas.contract import StatusView
from service.settings import Settings
from service.temporal_client import data_converter
from tests.replay.record import CONTINUED, ECHO_PATHS, FAILED, HISTORIES, PATHS, Run, record_path, replay_settings
from tests.replay.reordered import PROPOSE_FIRST_PATCH, ProposeFirstPatchedWorkflow, ProposeFirstWorkflow
from tests.workflows.builders import archive
from tests.workflows.history import commands, patches
from workflows.reinterview import ECHO_PATCH, ReinterviewWorkflow

RECORDED = sorted(HISTORIES.glob("*.json"))


def load(path: Path) -> WorkflowHistory:
    events = json.loads(path.read_text())
    return WorkflowHistory.from_json(f"recorded-{path.stem}", events)


async def each(histories: list[WorkflowHistory]) -> AsyncIterator[WorkflowHistory]:
    for history in histories:
        yield history


def replayer(workflow: type = ReinterviewWorkflow) -> Replayer:
    return Replayer(workflows=[workflow], data_converter=data_converter(replay_settings()))


def test_every_workflow_path_has_a_recorded_history() -> None:
    assert set(PATHS) == {p.stem for p in RECORDED}


@pytest.mark.parametrize("name", list(PATHS))
def test_recorded_histories_are_finished_runs_with_their_path_s_outcome(name: str) -> None:
    last = load(HISTORIES / f"{name}.json").events[-1]
    if PATHS[name][1] == CONTINUED:
        assert last.HasField("workflow_execution_continued_as_new_event_attributes"), f"{name} did not continue"
        return
    if PATHS[name][1] == FAILED:
        assert last.HasField("workflow_execution_failed_event_attributes"), f"{name} is not a failed run"
        return
    assert last.HasField("workflow_execution_completed_event_attributes"), f"{name} is not a finished run"
    payloads = last.workflow_execution_completed_event_attributes.result.payloads
    [final] = data_converter(replay_settings()).payload_converter.from_payloads(payloads, [StatusView])
    assert final.outcome is not None and final.outcome.value == PATHS[name][1]


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
async def test_recorded_history_replays(path: Path) -> None:
    await replayer().replay_workflow(load(path))


async def test_reordering_the_workflow_fails_replay() -> None:
    with pytest.raises(NondeterminismError) as failure:
        await replayer(ProposeFirstWorkflow).replay_workflow(load(HISTORIES / "hire.json"))
    # The history says the invitation (notify) came first; the changed code asks for fresh times first.
    assert "'notify' does not match activity type of activity command 'propose_slots'" in str(failure.value)


async def test_the_reordered_workflow_is_otherwise_sound() -> None:
    # Runs that end before any invitation issue the same commands either way: the failure above is the reorder.
    for name in ("not_needed", "limit_reached", "candidate_request_rejected", "refused_trigger"):
        await replayer(ProposeFirstWorkflow).replay_workflow(load(HISTORIES / f"{name}.json"))


async def test_the_same_change_behind_workflow_patched_replays_every_old_history() -> None:
    results = await replayer(ProposeFirstPatchedWorkflow).replay_workflows(
        each([load(p) for p in RECORDED]), raise_on_replay_failure=False
    )
    failures = {h_id: str(f) for h_id, f in results.replay_failures.items()}
    assert failures == {}


def _commands(name: str) -> list[str]:
    """The recorded activities and markers of a history, in order."""
    return commands(load(HISTORIES / f"{name}.json").events)


def test_a_failed_run_closes_its_row() -> None:
    # The failing activity, then the compensating record_run_stage, then the failure.
    assert _commands("failed_no_free_time") == ["open_reinterview", "prepare_reinterview", "record_run_stage"]


@pytest.mark.parametrize("path", [p for p in RECORDED if p.stem not in ECHO_PATHS], ids=lambda p: p.stem)
def test_v2_histories_carry_no_patch_marker(path: Path) -> None:
    assert patches(load(path).events) == []


@pytest.mark.parametrize("name", sorted(ECHO_PATHS))
def test_the_echo_paths_took_the_echo_patch_once(name: str) -> None:
    """Replies with a source (issue 12 item 3) go through `workflow.patched(ECHO_PATCH)`: one marker, recorded."""
    assert patches(load(HISTORIES / f"{name}.json").events) == [ECHO_PATCH]


def test_the_typical_run_is_a_handful_of_steps() -> None:
    """张三's path (hire): one activity per step — open, prepare, invite, book (+ invites and brief), complete
    (+ feedback and close)."""
    assert _commands("hire") == [
        "open_reinterview",
        "prepare_reinterview",
        "notify",
        "book_interview",
        "complete_reinterview",
    ]


async def test_new_runs_of_the_patched_workflow_take_the_new_order(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    smtp_settings: Settings,
    task_queue: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, ids = archive(await time_skipping_env.get_current_time())
    await ArchiveRepository(db_pool).import_archive(data)
    monkeypatch.setattr(worker_module, "ReinterviewWorkflow", ProposeFirstPatchedWorkflow)
    async with worker_module.build_worker(time_skipping_env.client, smtp_settings, db_pool, task_queue=task_queue):
        run = Run(time_skipping_env, task_queue, ids)
        await run.trigger(run.low_score())
        await run.until("awaiting_confirmation")
        await run.cancel()
        await run.end()
    order = commands((await run.handle.fetch_history()).events)
    assert order[:5] == [
        "open_reinterview",
        "prepare_reinterview",
        f"patch {PROPOSE_FIRST_PATCH}",
        "propose_slots",
        "notify",
    ], order


async def test_the_recorder_records_every_path_and_the_fresh_histories_replay(
    time_skipping_env: WorkflowEnvironment, db_pool: asyncpg.Pool, smtp_settings: Settings
) -> None:
    fresh = [(await record_path(name, time_skipping_env, db_pool, smtp_settings))[0] for name in PATHS]
    results = await replayer().replay_workflows(each(fresh), raise_on_replay_failure=False)
    assert results.replay_failures == {}
