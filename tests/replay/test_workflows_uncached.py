"""Every test of tests/workflows/ (the test_*.py modules below) again, with a worker that caches no workflow.

With `max_cached_workflows=0` the worker evicts a run after each workflow task, so every task — every signal,
timer, activity result and update — starts by replaying the run's whole history from the beginning. Any
non-determinism in the workflow code (or in what it imports) shows up here as a failed test, on every path the
workflow tests cover, not only on the recorded histories.

The worker is the real one from `worker.build_worker`, configured the way an operator would
(`REINTERVIEW_WORKER_MAX_CACHED_WORKFLOWS=0`): the `harness` fixture here replaces tests/workflows' only to
pass those settings.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowExecutionStatus
from temporalio.testing import WorkflowEnvironment

from mail.sink import MailSink
from service.settings import Settings
from tests.fixtures.temporal import start_time_skipping
from tests.workflows import (
    test_contract_signals,
    test_details,
    test_endings,
    test_hr_action,
    test_interviewer_reply,
    test_merged_triggers,
    test_reinterview,
    test_reply_echo,
    test_rescheduling,
    test_run_setup,
)
from tests.workflows.conftest import WORKFLOW_TASK_EVENTS, Harness, clock_still_skips, in_flight, open_harness
from tests.workflows.test_details import dev_harness  # noqa: F401  (a fixture of test_details' tests)

# Every workflow task replays the whole history here, and time-skipping waits stretch under load: run alone.
pytestmark = pytest.mark.solo

MODULES = (
    test_reinterview,
    test_rescheduling,
    test_contract_signals,
    test_details,
    test_endings,
    test_hr_action,
    test_interviewer_reply,
    test_merged_triggers,
    test_run_setup,
    test_reply_echo,
)
for _module in MODULES:
    globals().update({name: getattr(_module, name) for name in dir(_module) if name.startswith("test_")})

# Every test above runs here. Seven that wait out days used to stall here (their `env.sleep` RPC dropped after 30 s,
# "Timeout expired" / "h2 protocol error", or `final` timed out after 120 s). Not because replay is slow (an uncached
# workflow task takes 16-30 ms, histories are 42-134 events) but because all nine modules share one time-skipping
# server, and test_a_personal_looking_id_is_warned_about_... ended while its run had a workflow task in flight: the
# test server never releases the clock hold of a task in flight when its run is terminated, so time stopped skipping
# for every later test. The harness now terminates a run only once nothing of it is in flight and checks the clock
# after every termination (tests.workflows.conftest.terminate_open_runs; the two tests at the end of this file).


@pytest.fixture
async def harness(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Harness]:
    settings = smtp_settings.model_copy(update={"worker_max_cached_workflows": 0})
    async with open_harness(time_skipping_env, db_pool, mail_sink, settings, task_queue, request) as harness:
        assert harness.worker is not None and harness.worker.config()["max_cached_workflows"] == 0
        yield harness


def test_every_workflow_test_module_runs_here() -> None:
    here = Path(__file__).resolve().parents[1] / "workflows"
    assert {m.__name__.rsplit(".", 1)[-1] for m in MODULES} == {p.stem for p in here.glob("test_*.py")}
    names = [name for module in MODULES for name in dir(module) if name.startswith("test_")]
    assert names and all(name in globals() for name in names)


@pytest.fixture
async def own_time_skipping_env() -> AsyncIterator[WorkflowEnvironment]:
    """A time-skipping server for one test: the tests below hold its clock on purpose."""
    env = await start_time_skipping()
    try:
        yield env
    finally:
        await env.shutdown()


async def test_a_run_terminated_with_a_workflow_task_in_flight_holds_the_clock_and_the_harness_says_so(
    own_time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
    request: pytest.FixtureRequest,
) -> None:
    """What stalled this module: the test server keeps the hold of a workflow task that was in flight when its run
    was terminated. Here the run's task queue has no worker, so its first workflow task never finishes; the harness
    waits `settle_timeout` for it, terminates the run, finds the clock held and fails naming the run."""
    env = own_time_skipping_env
    await clock_still_skips(env, "nothing at all")  # a fresh server skips an hour at once
    async with open_harness(env, db_pool, mail_sink, smtp_settings, task_queue, request) as harness:
        harness.settle_timeout, harness.clock_wait = 0.5, 3.0
        handle = await harness.client.start_workflow(
            "ReinterviewWorkflow",
            {"candidate_id": harness.ids["candidate"], "job_id": harness.ids["job"]},
            id=f"reinterview-{harness.ids['job']}-{harness.ids['candidate']}",
            task_queue=f"{task_queue}-nobody",
        )
        busy = await in_flight(handle)
        assert busy is not None and "workflow task in flight" in busy, busy
        with pytest.raises(AssertionError, match=f"no longer skips time after terminating {handle.id} \\(a workflow"):
            await harness.terminate_open_runs()
        assert (await handle.describe()).status == WorkflowExecutionStatus.TERMINATED


async def test_the_harness_lets_a_busy_run_settle_before_terminating_it(harness: Harness) -> None:
    """Right after the trigger the run's first workflow task or activity is in flight; terminated once it settles,
    the run holds nothing, and the module's clock still skips for the tests after this one."""
    handle = await harness.trigger(harness.low_score())
    assert await harness.terminate_open_runs() == [handle.id]
    events = [event async for event in handle.fetch_history_events()]
    assert events[-1].event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED
    last_task = [e.event_type for e in events if e.event_type in WORKFLOW_TASK_EVENTS][-1]
    assert last_task == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, EventType.Name(last_task)
    pending = (await handle.describe()).raw_description.pending_activities
    assert not pending, [(a.activity_type.name, a.state, a.attempt) for a in pending]
    await clock_still_skips(harness.env, "the harness terminated a run that had just been triggered")
