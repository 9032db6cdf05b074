"""A harness per test: fresh database with a small archive, an SMTP sink, a worker on its own task queue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import asyncpg
import pytest
from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowHandle
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from schemas.archive import ArchiveImport
from schemas.contract import Policy, TriggerSignal
from service import reinterviews
from service.settings import Settings
from tests.polling import eventually
from tests.workflows.builders import archive
from worker import build_worker

SETTLE_TIMEOUT = 15.0  # seconds for a run's in-flight workflow task or activity to finish before it is terminated
IN_FLIGHT = (EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED)
WORKFLOW_TASK_EVENTS = (
    *IN_FLIGHT,
    EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
)


async def in_flight(handle: WorkflowHandle[Any, Any]) -> str | None:
    """What of a running run holds the time-skipping server's clock now, read from one snapshot of its history: a
    workflow task scheduled or started, or an activity scheduled and not closed; None when the run only waits for a
    timer or a signal. (An activity waiting out a retry's back-off holds nothing, but history does not tell it
    apart: it counts here.)"""
    if (await handle.describe()).status != WorkflowExecutionStatus.RUNNING:
        return None
    task = None  # the run's last workflow task event
    activities: dict[int, str] = {}  # scheduled event id → activity type, while not closed
    async for event in handle.fetch_history_events():
        if event.event_type in WORKFLOW_TASK_EVENTS:
            task = event
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            activities[event.event_id] = event.activity_task_scheduled_event_attributes.activity_type.name
        elif (closed := _activity_closed(event)) is not None:
            activities.pop(closed, None)
    if task is not None and task.event_type in IN_FLIGHT:
        return f"a workflow task in flight ({EventType.Name(task.event_type)}, event {task.event_id})"
    if activities:
        return f"activities not closed: {', '.join(activities.values())}"
    return None


def _activity_closed(event: HistoryEvent) -> int | None:
    """The scheduled event id of the activity `event` closes, if it closes one."""
    for attributes in (
        "activity_task_completed_event_attributes",
        "activity_task_failed_event_attributes",
        "activity_task_timed_out_event_attributes",
        "activity_task_canceled_event_attributes",
    ):
        if event.HasField(attributes):
            return int(getattr(event, attributes).scheduled_event_id)
    return None


async def settle(handle: WorkflowHandle[Any, Any], timeout: float = SETTLE_TIMEOUT) -> str | None:
    """Wait until the run holds nothing in flight (see `in_flight`); None then, else what it still held at the end."""
    try:
        return await eventually(lambda: in_flight(handle), lambda busy: busy is None, timeout=timeout, interval=0.1)
    except AssertionError:
        return await in_flight(handle)


async def clock_still_skips(
    env: WorkflowEnvironment, after: str, probe: timedelta = timedelta(hours=1), wait: float = 10.0
) -> None:
    """Fail naming `after` unless the time-skipping server still skips time: a sleep of `probe` returns at once when
    nothing holds the clock, and takes `probe` of real time when something does (given up after `wait` seconds)."""
    try:
        await asyncio.wait_for(env.sleep(probe), timeout=wait)
    except TimeoutError:
        raise AssertionError(
            f"the time-skipping server no longer skips time after {after}: the test server keeps the hold of a "
            "workflow task or activity that was in flight when its run was terminated, and every later test of "
            "this module that waits for time would stall; let the run finish (or settle) before the test ends"
        ) from None


@dataclass
class Harness:
    env: WorkflowEnvironment
    client: Client
    pool: asyncpg.Pool
    sink: MailSink
    task_queue: str
    settings: Settings
    ids: dict[str, str]
    data: ArchiveImport
    worker: Worker | None = None
    # Runs to close when the test ends: the harness's own run id, plus any other started through `trigger`.
    workflow_ids: set[str] = field(default_factory=set)
    settle_timeout: float = SETTLE_TIMEOUT  # see terminate_open_runs
    clock_wait: float = 10.0  # seconds the clock check after a termination gives the test server's sleep

    def __post_init__(self) -> None:
        self.workflow_ids.add(f"reinterview-{self.ids['job']}-{self.ids['candidate']}")

    async def trigger(self, trigger: dict[str, Any], policy: Policy | None = None) -> WorkflowHandle[Any, Any]:
        handle = await reinterviews.trigger(
            self.client,
            self.task_queue,
            self.ids["candidate"],
            self.ids["job"],
            TriggerSignal.model_validate(trigger),
            policy,
        )
        self.workflow_ids.add(handle.id)
        return handle

    async def terminate_open_runs(self) -> list[str]:
        """Terminate the runs this test started that are still open, each once it is idle; returns their ids.

        The time-skipping server's clock is one for the module: a run left open, its worker gone, has timers that
        fire later with no one to take the workflow task, and time skipping then stalls for every test after.
        Terminating is not enough by itself: the test server holds its clock while a workflow task or an activity
        is in flight and never lets go of that hold when the run is terminated meanwhile (temporalio's Java test
        server: `terminateWorkflowExecution` releases no timer lock). So each run is first given up to
        `settle_timeout` seconds to settle (its worker still runs); a run that does not settle is terminated anyway,
        and after any termination the clock is checked, failing here, in the test that left the run, rather than in
        every later test.
        """
        terminated, closed = [], []
        for workflow_id in sorted(self.workflow_ids):
            handle = self.client.get_workflow_handle(workflow_id)
            try:
                if (await handle.describe()).status != WorkflowExecutionStatus.RUNNING:
                    continue
                busy = await settle(handle, self.settle_timeout)
                await handle.terminate("test over: the harness closes runs a test leaves open")
            except RPCError:  # never started, or it ended in between
                continue
            terminated.append(workflow_id)
            closed.append(workflow_id if busy is None else f"{workflow_id} ({busy})")
        if closed and self.env.supports_time_skipping_v1:
            await clock_still_skips(self.env, f"terminating {', '.join(closed)}", wait=self.clock_wait)
        return terminated

    def low_score(self, interview_id: str = "ai-new", overall: float = 71) -> dict[str, Any]:
        return {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"{interview_id}-{self.ids['candidate']}",
                "completed": True,
                "overall_score": overall,
                "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
            },
        }

    async def sent(self) -> list[tuple[str, str]]:
        """(template, recipient address) of every email the outbox recorded as sent, in order."""
        rows = await self.pool.fetch(
            "SELECT template, recipient FROM outbound_emails WHERE status = 'sent' ORDER BY created_at, template"
        )
        return [(r["template"], r["recipient"]) for r in rows]

    async def templates(self) -> list[str]:
        return [t for t, _ in await self.sent()]

    def received(self, to: str) -> list[Any]:
        return [m for m in self.sink.received if any(to in r for r in m.rcpt_tos)]

    @property
    def candidate_email(self) -> str:
        return self.data.candidates[0].email or ""

    @property
    def interviewer_email(self) -> str:
        return self.data.interviewers[0].email

    async def now(self) -> datetime:
        return await self.env.get_current_time()


@asynccontextmanager
async def open_harness(
    env: WorkflowEnvironment,
    pool: asyncpg.Pool,
    sink: MailSink,
    settings: Settings,
    task_queue: str,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Harness]:
    """The test's archive (options from its `archive` marker) imported, the real worker running with `settings`;
    runs the test leaves open are terminated at the end."""
    marker = request.node.get_closest_marker("archive")
    options = dict(marker.kwargs) if marker else {}
    data, ids = archive(await env.get_current_time(), **options)
    await ArchiveRepository(pool).import_archive(data)
    worker = build_worker(env.client, settings, pool, task_queue=task_queue)
    async with worker:
        harness = Harness(env, env.client, pool, sink, task_queue, settings, ids, data, worker)
        try:
            yield harness
        finally:
            await harness.terminate_open_runs()


@pytest.fixture
async def harness(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Harness]:
    async with open_harness(time_skipping_env, db_pool, mail_sink, smtp_settings, task_queue, request) as harness:
        yield harness
