"""The Temporal dev server (SQLite file) killed and restarted while runs wait on timers and signals are pending.

Four runs wait: two on reply timers (one due during the outage, one after it), one for the candidate's reply,
one for HR's decision. The worker is killed, the reply and the decision are signalled (durable, not yet seen by
any workflow code), the server is killed with -9 and started again on the same file, then a new worker starts.
Then the server is killed once more, this time under the running worker, which must reconnect by itself.
Every run must go on from where it was: the timers fire at their original deadlines (not restarted from zero),
the pending signals are delivered once, and the emails go out once.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest
from temporalio.client import Client

from schemas.contract import Policy
from service.settings import Settings
from service.temporal_client import data_converter
from tests.faults.conftest import new_worker
from tests.faults.processes import FaultSink, TemporalDevServer, WorkerProcess
from tests.faults.runs import (
    EmailLedger,
    FaultReport,
    FaultRun,
    activity_retries,
    completed,
    plan_runs,
    reply,
    retrying,
    run_all,
    start_run,
)
from tests.polling import eventually

pytestmark = [pytest.mark.faults, pytest.mark.solo]

LATE_TIMER_S = 25  # due after the restart
EARLY_TIMER_S = 6  # due while the server is down
DOWN_FOR_S = 3


def _timeline_at(run: FaultRun, text: str):
    assert run.final is not None
    return next(e.at for e in run.final.timeline if text in e.event)


async def test_temporal_restarted_while_runs_wait_on_timers_and_pending_signals(
    db_pool: asyncpg.Pool,
    db_dsn: str,
    fault_sink: FaultSink,
    task_queue: str,
    workers: list[WorkerProcess],
    tmp_path: Path,
    fault_report: list[FaultReport],
) -> None:
    began = time.monotonic()
    server = TemporalDevServer(tmp_path / "temporal")
    (tmp_path / "temporal").mkdir()
    await server.start()
    try:
        # The worker process gets no REINTERVIEW_* from this environment, hence no codec: neither does the client.
        client = await Client.connect(server.address, data_converter=data_converter(Settings(codec_keys={})))
        worker = new_worker(
            workers,
            tmp_path,
            temporal_address=server.address,
            task_queue=task_queue,
            database_url=db_dsn,
            smtp_port=fault_sink.port,
        )
        quick = Policy(escalate_after_s=2, expire_after_s=2)
        late_timer, early_timer, waits_for_reply, waits_for_hr = runs = await plan_runs(
            db_pool,
            datetime.now(UTC),
            ["no_response", "no_response", "hire", "approved_then_cancelled"],
        )
        late_timer.policy = quick.model_copy(update={"reply_reminder_after_s": LATE_TIMER_S})
        early_timer.policy = quick.model_copy(update={"reply_reminder_after_s": EARLY_TIMER_S})
        await worker.start()
        for run in runs:
            await start_run(client, task_queue, run, replies=False)
        for run in runs:  # each run is now waiting: on a timer, a reply or HR
            first = "hr_approval_request" if run.path == "approved_then_cancelled" else "hr_reply_check"
            await _until_sent(db_pool, run, first)
        run_ids = {run.workflow_id: run.handle.result_run_id for run in runs if run.handle}

        worker.kill()
        await worker.wait_dead()
        await reply(waits_for_reply)  # the candidate confirms; no worker sees it yet
        await reply(waits_for_hr)  # HR approves; no worker sees it yet
        await server.kill()
        # Down for at least DOWN_FOR_S and until the early timer is overdue.
        early_waits_since = await db_pool.fetchval(
            "SELECT extract(epoch FROM sent_at) FROM outbound_emails WHERE workflow_id = $1 AND template = $2",
            early_timer.workflow_id,
            "hr_reply_check",
        )
        await asyncio.sleep(max(DOWN_FOR_S, float(early_waits_since) + EARLY_TIMER_S + 0.5 - time.time()))
        await server.start()
        await worker.start()
        driving = asyncio.create_task(run_all(db_pool, runs, timeout=90))
        # Once more with the worker running: it must ride through the outage on its own.
        await asyncio.sleep(2)
        await server.kill()
        await asyncio.sleep(DOWN_FOR_S)
        await server.start()
        try:
            await asyncio.wait_for(asyncio.shield(driving), 120)
        except BaseException as error:
            driving.cancel()
            raise AssertionError(f"runs did not finish; worker output:\n{worker.logs()}") from error

        ledger = await EmailLedger.count(db_pool, fault_sink, runs)
        report = FaultReport(
            "Temporal restart",
            len(runs),
            "3 (kill -9 worker; kill -9 server twice)",
            completed(runs),
            ledger,
            time.monotonic() - began,
            await activity_retries(runs),
        )
        fault_report.append(report)
        print(report.line())

        assert completed(runs) == len(runs), [(r.path, r.final) for r in runs]
        assert worker.running and worker.generation == 2, "the second worker outlived the second outage"
        assert ledger.lost == 0 and ledger.unexpected == 0 and ledger.duplicated == 0, ledger.problems
        for run in runs:  # the same executions went on; nothing was started afresh
            assert run.handle is not None
            assert (await retrying(run.handle.describe)).run_id == run_ids[run.workflow_id]
        # Timers kept their deadlines: the late one fired on time, the early one as soon as it could.
        for run, after in ((late_timer, LATE_TIMER_S), (early_timer, EARLY_TIMER_S)):
            waited = _timeline_at(run, "second reminder") - _timeline_at(run, "invitation sent")
            assert timedelta(seconds=after) <= waited < timedelta(seconds=after + 20), (run.path, waited)
        # Pending signals were delivered, each once.
        assert waits_for_reply.final is not None and waits_for_hr.final is not None
        assert [e.event for e in waits_for_reply.final.timeline].count("candidate replied: confirm (time 1)") == 1
        assert sum("HR approved" in e.event for e in waits_for_hr.final.timeline) == 1
    finally:
        await server.stop()


async def _until_sent(pool: asyncpg.Pool, run: FaultRun, template: str) -> None:
    await eventually(
        lambda: pool.fetchval(
            "SELECT 1 FROM outbound_emails WHERE workflow_id = $1 AND template = $2 AND status = 'sent'",
            run.workflow_id,
            template,
        ),
        what=f"{run.workflow_id}: {template} sent",
        interval=0.1,
    )
