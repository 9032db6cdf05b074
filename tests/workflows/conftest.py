"""A harness per test: fresh database with a small archive, an SMTP sink, a worker on its own task queue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg
import pytest
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
from tests.workflows.builders import archive
from worker import build_worker


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
        """Terminate the runs this test started that are still open; returns their ids.

        The time-skipping server's clock is one for the module: a run left open, its worker gone, has timers that
        fire later with no one to take the workflow task, and time skipping then stalls for every test after.
        """
        terminated = []
        for workflow_id in sorted(self.workflow_ids):
            handle = self.client.get_workflow_handle(workflow_id)
            try:
                if (await handle.describe()).status != WorkflowExecutionStatus.RUNNING:
                    continue
                await handle.terminate("test over: the harness closes runs a test leaves open")
            except RPCError:  # never started, or it ended in between
                continue
            terminated.append(workflow_id)
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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "archive(**options): options for tests.workflows.builders.archive")
