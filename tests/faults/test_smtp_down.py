"""The SMTP server is down while runs want to send; nothing goes out, nothing is lost, it all leaves once it is back.

A refused connection is a transient failure: the activity fails, Temporal retries it (1 s, 2 s, 4 s … capped at
1 min), and the outbox row stays `pending` with its attempts counted. The retry after the server returns sends
each email once.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import asyncpg
import pytest
from temporalio.testing import WorkflowEnvironment

from tests.faults.conftest import new_worker
from tests.faults.processes import FaultSink, WorkerProcess
from tests.faults.runs import EmailLedger, FaultReport, activity_retries, completed, plan_runs, run_all, start_run

pytestmark = [pytest.mark.faults, pytest.mark.solo]

PATHS = ["hire", "no_response", "declined", "cancelled", "approved_then_cancelled"]
DOWN_FOR_S = 12


async def test_smtp_down_for_a_while_then_every_email_goes_out_once(
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
    fault_sink.stop()
    worker = new_worker(
        workers,
        tmp_path,
        temporal_address=dev_env.client.service_client.config.target_host,
        task_queue=task_queue,
        database_url=db_dsn,
        smtp_port=fault_sink.port,
    )
    runs = await plan_runs(db_pool, await dev_env.get_current_time(), PATHS)
    await worker.start()
    for run in runs:
        await start_run(dev_env.client, task_queue, run)
    driving = asyncio.create_task(run_all(db_pool, runs, timeout=120))

    await asyncio.sleep(DOWN_FOR_S)
    assert fault_sink.arrivals == []
    waiting = await db_pool.fetch(
        "SELECT attempts FROM outbound_emails WHERE status = 'pending' AND workflow_id = ANY($1)",
        [r.workflow_id for r in runs],
    )
    assert len(waiting) == len(runs) and all(row["attempts"] >= 3 for row in waiting), waiting
    fault_sink.start()
    try:
        await asyncio.wait_for(asyncio.shield(driving), 150)
    except BaseException as error:
        driving.cancel()
        raise AssertionError(f"runs did not finish; worker output:\n{worker.logs()}") from error

    ledger = await EmailLedger.count(db_pool, fault_sink, runs)
    report = FaultReport(
        "SMTP down",
        len(runs),
        f"1 ({DOWN_FOR_S} s outage)",
        completed(runs),
        ledger,
        time.monotonic() - began,
        await activity_retries(runs),
    )
    fault_report.append(report)
    print(report.line())
    assert report.retries > 0, "the fault must have hit activities in flight"
    assert completed(runs) == len(runs), [(r.path, r.final) for r in runs]
    assert ledger.lost == 0 and ledger.unexpected == 0, ledger.problems
    assert ledger.duplicated == 0  # a refused connection never reaches the window
