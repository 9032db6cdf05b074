"""Three worker processes on one task queue, one dev server and one PostgreSQL, 300 re-interviews at once.

Ten candidates share each job and interviewer, so runs compete for the same times; they reply, reschedule,
decline, are cancelled or never answer; one worker is killed (kill -9) a third of the way through the emails and
started again. Then: every run ended with its path's outcome, no interviewer is booked twice at any moment, no
email went out twice outside SMTP's window (EmailLedger), and every archive write happened exactly once (the
trigger's interview, the re-interview's result attempt, the feedback report, the run's row).

`REINTERVIEW_MANY_WORKERS_RUNS` sets the number of runs (default 300) for a quicker local loop.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from schemas.archive import ArchiveImport
from schemas.contract import CancelRequest, CandidateReply, Stage, StatusView
from service import reinterviews
from tests.faults.conftest import new_worker
from tests.faults.processes import Arrival, FaultSink, WorkerProcess
from tests.faults.runs import (
    PATHS,
    QUICK,
    EmailLedger,
    FaultReport,
    FaultRun,
    completed,
    retrying,
    signal,
    start_run,
    submit_result,
)
from tests.workflows.builders import archive

pytestmark = [pytest.mark.faults, pytest.mark.solo]

RUNS = int(os.environ.get("REINTERVIEW_MANY_WORKERS_RUNS", "300"))
WORKERS = 3
PER_INTERVIEWER = 10
# Ten runs of one interviewer: what they do. `rescheduled_hire` asks for other times first, then confirms.
CYCLE = ("hire", "rescheduled_hire", "cancelled", "hire", "no_response", "declined", "hire", "rescheduled_hire",
         "no_response", "hire")  # fmt: skip
OUTCOMES_AND_EMAILS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    **PATHS,
    "rescheduled_hire": ("recommend_hire", [*PATHS["hire"][1], ("invitation", "candidate")]),
}
# Generous: on a quiet 2-core machine the 300 runs take about two minutes, on a loaded one several times that;
# the test asserts what happened, never how fast (the time is printed in the fault injection report).
TIMEOUT_S = 600.0


@dataclass
class SharedRun(FaultRun):
    """A FaultRun whose job and interviewer nine other runs share."""

    @property
    def expected_outcome(self) -> str:
        return OUTCOMES_AND_EMAILS[self.path][0]

    @property
    def expected_emails(self) -> Counter[tuple[str, str]]:
        return Counter(OUTCOMES_AND_EMAILS[self.path][1])


async def plan_shared_runs(pool: asyncpg.Pool, now: datetime, count: int) -> list[SharedRun]:
    """Groups of PER_INTERVIEWER candidates on one job with one interviewer, imported group by group."""
    runs: list[SharedRun] = []
    for first in range(0, count, PER_INTERVIEWER):
        base, ids = archive(now)
        candidates, interviews, members = list(base.candidates), list(base.interviews), [ids]
        for _ in range(min(PER_INTERVIEWER, count - first) - 1):
            other, other_ids = archive(now)
            candidates.append(other.candidates[0])
            interviews.append(other.interviews[0].model_copy(update={"job_id": ids["job"]}))
            members.append({**ids, "candidate": other_ids["candidate"], "interview": other_ids["interview"]})
        data = base.model_copy(update={"candidates": candidates, "interviews": interviews})
        await ArchiveRepository(pool).import_archive(ArchiveImport.model_validate(data.model_dump(mode="json")))
        for n, member in enumerate(members):
            path = CYCLE[(first + n) % len(CYCLE)]
            one = data.model_copy(update={"candidates": [candidates[n]]})
            runs.append(SharedRun(path, one, member, QUICK if path == "no_response" else None))
    return runs


async def start_shared(client: Client, task_queue: str, run: SharedRun) -> None:
    if run.path == "rescheduled_hire":
        await start_run(client, task_queue, run, replies=False)
        await signal(run, "candidate_reply", CandidateReply(intent="reschedule", text="这几个时间都不行，换别的时间吧"))
    else:
        await start_run(client, task_queue, run)


async def person_acts(run: SharedRun, step: str, deadline: float) -> None:
    """The candidate confirms the second offer, the interviewer submits scores, or HR cancels."""
    assert run.handle is not None
    if step == "confirm":
        confirm = CandidateReply(intent="confirm", slot=1, message_id=f"<c2-{run.ids['candidate']}>")
        await signal(run, "candidate_reply", confirm)
    else:
        # The booking activity writes the calendar row and (from v2 on) sends the scheduled emails before the
        # workflow has taken the slot: the run's own stage says when it has (so the result's validator accepts).
        await until_scheduled(run, deadline)
        if step == "result":
            await submit_result(run.handle, deadline)
        else:
            await signal(run, "cancel", CancelRequest(reason="position filled", by="hr:many"))


async def until_scheduled(run: SharedRun, deadline: float) -> None:
    assert run.handle is not None
    handle = run.handle
    while True:
        status = await retrying(lambda: reinterviews.status(handle), deadline=deadline)
        if status.stage == Stage.SCHEDULED:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{run.workflow_id} never reached stage scheduled (last {status.stage})")
        await asyncio.sleep(0.5)


async def drive(pool: asyncpg.Pool, runs: list[SharedRun], timeout: float) -> None:
    """One poller for all runs (not one per run): reads the outbox and the run rows, and does what people do
    next — confirm the second offer, submit the result, cancel — until every run has ended."""
    by_id = {run.workflow_id: run for run in runs}
    done: set[str] = set()
    acted: set[tuple[str, str]] = set()
    tasks: list[asyncio.Task[Any]] = []
    deadline = time.monotonic() + timeout

    def act(run: SharedRun, step: str) -> None:
        if (run.workflow_id, step) not in acted:
            acted.add((run.workflow_id, step))
            tasks.append(asyncio.create_task(person_acts(run, step, deadline)))

    while len(done) < len(runs):
        if time.monotonic() > deadline:
            left = sorted(set(by_id) - done)
            raise AssertionError(f"{len(left)} run(s) did not end in {timeout:.0f} s, e.g. {left[:5]}")
        for task in [t for t in tasks if t.done()]:
            task.result()  # an action that failed for good fails the test here
            tasks.remove(task)
        try:
            sent = await pool.fetch(
                """
                SELECT workflow_id, template, count(*) AS n FROM outbound_emails
                WHERE workflow_id = ANY($1::text[]) AND template IN ('invitation', 'interview_scheduled')
                GROUP BY workflow_id, template
                """,
                list(set(by_id) - done),
            )
            ended = await pool.fetch(
                "SELECT workflow_id FROM reinterviews WHERE workflow_id = ANY($1::text[]) AND ended_at IS NOT NULL",
                list(set(by_id) - done),
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            await asyncio.sleep(0.5)
            continue
        done |= {r["workflow_id"] for r in ended}
        for row in sent:
            run = by_id[row["workflow_id"]]
            if row["template"] == "invitation" and row["n"] >= 2 and run.path == "rescheduled_hire":
                act(run, "confirm")
            elif row["template"] == "interview_scheduled" and run.path in ("hire", "rescheduled_hire"):
                act(run, "result")
            elif row["template"] == "interview_scheduled" and run.path == "cancelled":
                act(run, "cancel")
        await asyncio.sleep(0.5)
    await asyncio.gather(*tasks)

    async def final(run: SharedRun) -> None:
        assert run.handle is not None
        run.final = StatusView.model_validate(await retrying(run.handle.result, deadline=deadline))

    await asyncio.gather(*(final(run) for run in runs))


async def history_facts(runs: list[SharedRun]) -> tuple[int, set[str]]:
    """Activity retries across the runs and the worker identities that ran their activities."""
    retries, identities = 0, set()
    gate = asyncio.Semaphore(20)

    async def one(run: SharedRun) -> None:
        nonlocal retries
        assert run.handle is not None
        async with gate:
            async for event in run.handle.fetch_history_events():
                if event.HasField("activity_task_started_event_attributes"):
                    started = event.activity_task_started_event_attributes
                    retries += started.attempt - 1
                    identities.add(started.identity)

    await asyncio.gather(*(one(run) for run in runs))
    return retries, identities


async def test_three_workers_share_300_runs_and_keep_every_guarantee(
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
    for n in range(WORKERS):
        (tmp_path / f"w{n}").mkdir()
    fleet = [
        new_worker(
            workers,
            tmp_path / f"w{n}",
            temporal_address=dev_env.client.service_client.config.target_host,
            task_queue=task_queue,
            database_url=db_dsn,
            smtp_port=fault_sink.port,
        )
        for n in range(WORKERS)
    ]
    victim = fleet[1]
    kills: list[Arrival] = []

    def kill_mid_way(arrival: Arrival) -> None:
        kills.append(arrival)
        threading.Timer(0.005, victim.kill).start()

    runs = await plan_shared_runs(db_pool, await dev_env.get_current_time(), RUNS)
    expected_emails = sum(sum(run.expected_emails.values()) for run in runs)
    fault_sink.on_message(max(1, expected_emails // 3), kill_mid_way)
    await asyncio.gather(*(worker.start() for worker in fleet))
    gate = asyncio.Semaphore(50)

    async def start(run: SharedRun) -> None:
        async with gate:
            await start_shared(dev_env.client, task_queue, run)

    await asyncio.gather(*(start(run) for run in runs))
    started = time.monotonic()
    driving = asyncio.create_task(drive(db_pool, runs, TIMEOUT_S))
    try:
        await victim.wait_dead(timeout=TIMEOUT_S)
        await victim.start()
        await asyncio.wait_for(asyncio.shield(driving), TIMEOUT_S + 10)
    except BaseException as error:
        driving.cancel()
        logs = "\n".join(worker.logs()[-3000:] for worker in fleet)
        raise AssertionError(f"runs did not finish: {error!r}; worker output:\n{logs}") from error
    drove = time.monotonic() - started

    as_fault_runs: list[FaultRun] = list(runs)
    ledger = await EmailLedger.count(db_pool, fault_sink, as_fault_runs)
    retries, identities = await history_facts(runs)
    report = FaultReport(
        f"{WORKERS} workers, {len(runs)} runs",
        len(runs),
        f"{victim.kills} (kill -9 of one worker)",
        completed(as_fault_runs),
        ledger,
        time.monotonic() - began,
        retries,
    )
    fault_report.append(report)
    print(report.line(), f"driving={drove:.0f}s ({len(runs) / drove:.2f} runs/s)")

    # Every run ended right.
    assert completed(as_fault_runs) == len(runs), Counter((r.path, r.final.outcome if r.final else None) for r in runs)
    # All three workers (and the killed one's successor) ran activities.
    assert victim.kills == 1
    assert len(identities) >= WORKERS + 1, identities

    # No interviewer is booked twice at any moment, and the interviewers were shared.
    overlaps = await db_pool.fetchval(
        """
        SELECT count(*) FROM calendar_events a JOIN calendar_events b
          ON a.interviewer_id = b.interviewer_id AND a.event_uid < b.event_uid AND a.during && b.during
        WHERE a.status = 'booked' AND b.status = 'booked'
        """
    )
    assert overlaps == 0
    workflow_ids = [run.workflow_id for run in runs]
    events = {
        r["workflow_id"]: (r["booked"], r["cancelled"])
        for r in await db_pool.fetch(
            """
            SELECT workflow_id, count(*) FILTER (WHERE status = 'booked') AS booked,
                   count(*) FILTER (WHERE status = 'cancelled') AS cancelled
            FROM calendar_events WHERE workflow_id = ANY($1::text[]) GROUP BY workflow_id
            """,
            workflow_ids,
        )
    }
    for run in runs:
        want = {"hire": (1, 0), "rescheduled_hire": (1, 0), "cancelled": (0, 1)}.get(run.path, (0, 0))
        assert events.get(run.workflow_id, (0, 0)) == want, (run.path, run.workflow_id)
    busiest = await db_pool.fetchval(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM calendar_events GROUP BY interviewer_id) AS per_interviewer"
    )
    assert busiest >= 5  # ten candidates per interviewer: six hire, one cancelled

    # No email twice outside SMTP's window, none lost.
    assert ledger.lost == 0 and ledger.unexpected == 0, ledger.problems[:20]

    # Every archive write exactly once: the trigger's interview, the result attempt, the feedback report, the row.
    candidates = [run.ids["candidate"] for run in runs]
    interviews = Counter(
        (r["candidate_id"], r["kind"])
        for r in await db_pool.fetch(
            """
            SELECT candidate_id, CASE WHEN interview_id LIKE 'reinterview-%' THEN 'result'
                                      WHEN interview_id LIKE 'ai-fault-%' THEN 'trigger' ELSE 'earlier' END AS kind
            FROM interviews WHERE candidate_id = ANY($1::text[])
            """,
            candidates,
        )
    )
    feedback = Counter(
        r["workflow_id"]
        for r in await db_pool.fetch(
            "SELECT workflow_id FROM reports WHERE kind = 'feedback' AND workflow_id = ANY($1::text[])", workflow_ids
        )
    )
    rows = Counter(
        r["workflow_id"]
        for r in await db_pool.fetch(
            "SELECT workflow_id FROM reinterviews WHERE workflow_id = ANY($1::text[])", workflow_ids
        )
    )
    for run in runs:
        hired = run.path in ("hire", "rescheduled_hire")
        candidate = run.ids["candidate"]
        assert (interviews[(candidate, "trigger")], interviews[(candidate, "earlier")]) == (1, 1), candidate
        assert interviews[(candidate, "result")] == (1 if hired else 0), (run.path, candidate)
        assert feedback[run.workflow_id] == (2 if hired else 0), (run.path, run.workflow_id)
        assert rows[run.workflow_id] == 1
