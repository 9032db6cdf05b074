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
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from service.settings import Settings
from tests.workflows import (
    test_contract_signals,
    test_endings,
    test_reinterview,
    test_rescheduling,
    test_run_setup,
)
from tests.workflows.builders import archive
from tests.workflows.conftest import Harness
from worker import build_worker

MODULES = (test_reinterview, test_rescheduling, test_contract_signals, test_endings, test_run_setup)
for _module in MODULES:
    globals().update({name: getattr(_module, name) for name in dir(_module) if name.startswith("test_")})


@pytest.fixture
async def harness(
    time_skipping_env: WorkflowEnvironment, db_pool: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings,
    task_queue: str, request: pytest.FixtureRequest,
) -> AsyncIterator[Harness]:
    marker = request.node.get_closest_marker("archive")
    options = dict(marker.kwargs) if marker else {}
    data, ids = archive(await time_skipping_env.get_current_time(), **options)
    await ArchiveRepository(db_pool).import_archive(data)
    settings = smtp_settings.model_copy(update={"worker_max_cached_workflows": 0})
    worker = build_worker(time_skipping_env.client, settings, db_pool, task_queue=task_queue)
    assert worker.config()["max_cached_workflows"] == 0
    async with worker:
        harness = Harness(time_skipping_env, time_skipping_env.client, db_pool, mail_sink, task_queue, settings, ids,
                          data)
        try:
            yield harness
        finally:
            await harness.terminate_open_runs()


def test_every_workflow_test_module_runs_here() -> None:
    here = Path(__file__).resolve().parents[1] / "workflows"
    assert {m.__name__.rsplit(".", 1)[-1] for m in MODULES} == {p.stem for p in here.glob("test_*.py")}
    names = [name for module in MODULES for name in dir(module) if name.startswith("test_")]
    assert names and all(name in globals() for name in names)
