"""kill -9 of the worker process in the middle of runs — once inside SMTP's window — then a new worker.

The SMTP server pulls the trigger: on its 5th message it SIGKILLs the worker after storing the message and
before answering `250`, so the activity that sent it dies not knowing it was accepted (the unavoidable window:
the retry sends it again, with the same Message-ID). On the 20th message it kills the next worker just after
the `250`. Six runs on four paths are in flight each time; a third worker finishes them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import asyncpg
import pytest
from temporalio.testing import WorkflowEnvironment

from tests.faults.conftest import new_worker
from tests.faults.processes import Arrival, FaultSink, WorkerProcess
from tests.faults.runs import EmailLedger, FaultReport, activity_retries, completed, plan_runs, run_all, start_run

pytestmark = [pytest.mark.faults, pytest.mark.solo]

PATHS = ["hire", "hire", "no_response", "no_response", "cancelled", "declined"]


async def test_worker_killed_mid_run_and_inside_the_smtp_window(
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    db_dsn: str,
    fault_sink: FaultSink,
    task_queue: str,
    workers: list[WorkerProcess],
    tmp_path: Path,
    fault_report: list[FaultReport],
) -> None:
    began = time.monotonic()
    worker = new_worker(
        workers,
        tmp_path,
        temporal_address=dev_env.client.service_client.config.target_host,
        task_queue=task_queue,
        database_url=db_dsn,
        smtp_port=fault_sink.port,
    )
    kills: list[Arrival] = []

    def kill_before_250(arrival: Arrival) -> None:
        kills.append(arrival)
        worker.kill()

    def kill_after_250(arrival: Arrival) -> None:
        kills.append(arrival)
        threading.Timer(0.005, worker.kill).start()

    fault_sink.on_message(5, kill_before_250)
    fault_sink.on_message(20, kill_after_250)

    runs = await plan_runs(db_pool, await dev_env.get_current_time(), PATHS)
    await worker.start()
    for run in runs:
        await start_run(dev_env.client, task_queue, run)
    driving = asyncio.create_task(run_all(db_pool, runs, timeout=170))
    try:
        for _ in range(2):
            await worker.wait_dead(timeout=90)
            await worker.start()
        await asyncio.wait_for(asyncio.shield(driving), 180)
    except BaseException as error:
        driving.cancel()
        raise AssertionError(f"runs did not finish; worker output:\n{worker.logs()}") from error

    ledger = await EmailLedger.count(db_pool, fault_sink, runs)
    report = FaultReport(
        "worker kill -9",
        len(runs),
        f"{worker.kills} (kill -9)",
        completed(runs),
        ledger,
        time.monotonic() - began,
        await activity_retries(runs),
    )
    fault_report.append(report)
    print(report.line())
    assert report.retries > 0, "the fault must have hit activities in flight"

    assert worker.kills == 2
    assert completed(runs) == len(runs), [(r.path, r.final) for r in runs]
    assert ledger.lost == 0 and ledger.unexpected == 0, ledger.problems
    # The message in flight at the first kill was accepted by the server and sent once more by the retry.
    in_window = [a for a in fault_sink.arrivals if a.message_id == kills[0].message_id]
    assert len(in_window) == 2
    # Every other duplicate, too, is a message the server accepted around a kill: just before it, or just
    # after it from bytes the dead worker had already written to its socket.
    for first_copy in ledger.window_first_copies:
        assert any(-0.5 < kill.at - first_copy < 2 for kill in kills), (first_copy, kills)
