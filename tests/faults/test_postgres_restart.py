"""PostgreSQL restarted (`pg_ctl stop`, then start) in the middle of runs: every connection is cut.

Activities that hit the outage fail and are retried by Temporal; the worker's pool reconnects once the server
is back; the outbox keeps each email to one send (a send whose `mark_sent` was cut off is the same window as
SMTP's: at most one more copy, same Message-ID).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from temporalio.testing import WorkflowEnvironment

from db.migrate import apply_migrations
from db.pool import create_pool
from tests.faults.conftest import new_worker
from tests.faults.processes import FaultSink, RestartablePostgres, WorkerProcess
from tests.faults.runs import EmailLedger, FaultReport, activity_retries, completed, plan_runs, run_all, start_run

pytestmark = [pytest.mark.faults, pytest.mark.solo]

PATHS = ["hire", "no_response", "declined", "cancelled", "approved_then_cancelled"]
DOWN_FOR_S = 5


async def test_postgres_restarted_mid_run_and_every_run_completes(
    dev_env: WorkflowEnvironment,
    scratch_dir: Path,
    fault_sink: FaultSink,
    task_queue: str,
    workers: list[WorkerProcess],
    tmp_path: Path,
    fault_report: list[FaultReport],
) -> None:
    began = time.monotonic()
    postgres = await asyncio.to_thread(RestartablePostgres, scratch_dir / "pg")
    pool = await create_pool(postgres.dsn, min_size=1, max_size=4)
    try:
        await apply_migrations(pool)
        worker = new_worker(
            workers,
            tmp_path,
            temporal_address=dev_env.client.service_client.config.target_host,
            task_queue=task_queue,
            database_url=postgres.dsn,
            smtp_port=fault_sink.port,
        )
        runs = await plan_runs(pool, await dev_env.get_current_time(), PATHS)
        await worker.start()
        for run in runs:
            await start_run(dev_env.client, task_queue, run)
        driving = asyncio.create_task(run_all(pool, runs, timeout=120))

        await fault_sink.wait_for(4, timeout=30)
        await asyncio.to_thread(postgres.stop)
        await asyncio.sleep(DOWN_FOR_S)
        await asyncio.to_thread(postgres.start)
        try:
            await asyncio.wait_for(asyncio.shield(driving), 150)
        except BaseException as error:
            driving.cancel()
            raise AssertionError(
                f"runs did not finish; PostgreSQL log:\n{postgres.log_tail()}\nworker output:\n{worker.logs()}"
            ) from error

        ledger = await EmailLedger.count(pool, fault_sink, runs)
        report = FaultReport(
            "PostgreSQL restart",
            len(runs),
            f"1 ({DOWN_FOR_S} s down)",
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
        stages = await pool.fetch(
            "SELECT stage, outcome FROM reinterviews WHERE workflow_id = ANY($1)", [r.workflow_id for r in runs]
        )
        assert sorted(row["outcome"] for row in stages) == sorted(r.expected_outcome for r in runs)
    finally:
        await pool.close()
        await asyncio.to_thread(postgres.stop)
