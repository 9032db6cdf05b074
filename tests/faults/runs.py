"""Re-interviews the fault tests drive, the emails each must produce, and the ledger that counts what arrived.

Each run has its own job and interviewer (no competition for slots), so the emails of a path are known in
advance. The drivers only use durable operations while processes may be down: signals, an update with a fixed
id (re-sent until it answers), and polling PostgreSQL, all retried across outages.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg
from temporalio.client import Client, WorkflowFailureError, WorkflowHandle, WorkflowUpdateFailedError

from db.repositories.archive import ArchiveRepository
from schemas.archive import ArchiveImport
from schemas.contract import (
    CancelRequest,
    CandidateReply,
    HrDecision,
    Policy,
    StatusView,
    SubmitResult,
    SubmitResultAck,
    TriggerSignal,
)
from service import reinterviews
from service.names import reinterview_workflow_id
from tests.faults.processes import FaultSink
from tests.polling import eventually
from tests.workflows.builders import archive

HR_EMAIL = "hr@hr.example.com"

# path → (outcome, the emails it sends as (template, recipient role)).
PATHS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "hire": (
        "recommend_hire",
        [
            ("invitation", "candidate"),
            ("hr_reply_check", "hr"),
            ("interview_scheduled", "candidate"),
            ("interview_scheduled", "interviewer"),
            ("interviewer_brief", "interviewer"),
            ("feedback_internal", "hr"),
            ("feedback_internal", "interviewer"),
            ("feedback_candidate", "candidate"),
        ],
    ),
    "no_response": (
        "no_response",
        [
            ("invitation", "candidate"),
            ("hr_reply_check", "hr"),
            ("reply_reminder", "candidate"),
            ("hr_escalation", "hr"),
            ("outcome_notice", "candidate"),
            ("outcome_notice", "hr"),
        ],
    ),
    "declined": ("declined", [("invitation", "candidate"), ("hr_reply_check", "hr"), ("outcome_notice", "hr")]),
    "cancelled": (
        "cancelled",
        [
            ("invitation", "candidate"),
            ("hr_reply_check", "hr"),
            ("interview_scheduled", "candidate"),
            ("interview_scheduled", "interviewer"),
            ("interviewer_brief", "interviewer"),
            ("interview_cancelled", "interviewer"),
            ("interview_cancelled", "candidate"),
            ("outcome_notice", "hr"),
        ],
    ),
    "approved_then_cancelled": (
        "cancelled",
        [
            ("hr_approval_request", "hr"),
            ("request_decision", "candidate"),
            ("invitation", "candidate"),
            ("hr_reply_check", "hr"),
            ("outcome_notice", "candidate"),
            ("outcome_notice", "hr"),
        ],
    ),
}

# Quick timers for the no-reply path: reminder, escalation and expiry each after a few seconds.
QUICK = Policy(reply_reminder_after_s=3, escalate_after_s=3, expire_after_s=3)


@dataclass
class FaultRun:
    path: str
    data: ArchiveImport
    ids: dict[str, str]
    policy: Policy | None = None
    handle: WorkflowHandle[Any, Any] | None = None
    final: StatusView | None = None

    @property
    def workflow_id(self) -> str:
        return reinterview_workflow_id(self.ids["job"], self.ids["candidate"])

    @property
    def expected_outcome(self) -> str:
        return PATHS[self.path][0]

    @property
    def expected_emails(self) -> Counter[tuple[str, str]]:
        return Counter(PATHS[self.path][1])

    def role_of(self, address: str) -> str:
        if address == self.data.candidates[0].email:
            return "candidate"
        if address == self.data.interviewers[0].email:
            return "interviewer"
        return "hr" if address == HR_EMAIL else f"stranger <{address}>"


async def plan_runs(pool: asyncpg.Pool, now: datetime, paths: list[str]) -> list[FaultRun]:
    """One archive (job, candidate, interviewer) per run, imported into the test's database."""
    runs = []
    for path in paths:
        data, ids = archive(now)
        await ArchiveRepository(pool).import_archive(data)
        runs.append(FaultRun(path, data, ids, QUICK if path == "no_response" else None))
    return runs


def low_score(run: FaultRun) -> dict[str, Any]:
    return {
        "kind": "ai_result",
        "interview": {
            "interview_id": f"ai-fault-{run.ids['candidate']}",
            "completed": True,
            "overall_score": 71,
            "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
        },
    }


async def start_run(client: Client, task_queue: str, run: FaultRun, *, replies: bool = True) -> None:
    """Signal-with-start the trigger; replies that need no waiting go in at once (the workflow keeps them)."""
    trigger = (
        {"kind": "candidate_request", "reason": "network dropped during the AI interview"}
        if run.path == "approved_then_cancelled"
        else low_score(run)
    )
    run.handle = await retrying(
        lambda: reinterviews.trigger(
            client,
            task_queue,
            run.ids["candidate"],
            run.ids["job"],
            TriggerSignal.model_validate(trigger),
            run.policy,
        )
    )
    if replies:
        await reply(run)


async def reply(run: FaultRun) -> None:
    """The answer the path waits for: the candidate's reply to the invitation, or HR's approval."""
    if run.path in ("hire", "cancelled"):
        confirm = CandidateReply(intent="confirm", slot=1, message_id=f"<c-{run.ids['job']}>")
        await signal(run, "candidate_reply", confirm)
    elif run.path == "declined":
        await signal(run, "candidate_reply", CandidateReply(intent="decline", text="found another job"))
    elif run.path == "approved_then_cancelled":
        await signal(run, "hr_decision", HrDecision(approved=True, by="hr:fault-test"))


async def signal(run: FaultRun, name: str, arg: Any) -> None:
    assert run.handle is not None
    handle = run.handle
    await retrying(lambda: handle.signal(name, arg))


async def finish_run(pool: asyncpg.Pool, run: FaultRun, timeout: float) -> StatusView:
    """Do what people do later in the path (submit the result, cancel), then wait for the run's end."""
    assert run.handle is not None
    handle = run.handle
    deadline = time.monotonic() + timeout
    if run.path in ("hire", "cancelled"):
        # Not the calendar row nor the scheduled emails: both are written by the booking activity before the
        # workflow has taken the slot. The run's own stage says it has (so the result update's validator accepts).
        await wait_for_stage(run, "scheduled", deadline)
        if run.path == "hire":
            await submit_result(handle, deadline)
        else:
            await signal(run, "cancel", CancelRequest(reason="position filled", by="hr:fault-test"))
    if run.path == "approved_then_cancelled":
        await wait_for_row(
            pool,
            "SELECT 1 FROM outbound_emails WHERE workflow_id = $1 AND template = 'invitation' AND status = 'sent'",
            run.workflow_id,
            deadline,
        )
        await signal(run, "cancel", CancelRequest(reason="position filled", by="hr:fault-test"))
    result = await retrying(handle.result, deadline=deadline, give_up_on=(WorkflowFailureError,))
    run.final = StatusView.model_validate(result)
    return run.final


async def submit_result(handle: WorkflowHandle[Any, Any], deadline: float) -> SubmitResultAck:
    """The interviewer's scores; the fixed update id makes a re-sent update one update."""
    result = SubmitResult(dimension_scores={"handling": 84}, comments="calm and clear", submitted_by="interviewer:f")

    async def once() -> SubmitResultAck:
        return await asyncio.wait_for(
            handle.execute_update("submit_result", result, id="fault-test-result", result_type=SubmitResultAck), 20
        )

    return await retrying(once, deadline=deadline, give_up_on=(WorkflowUpdateFailedError,))


async def wait_for_row(pool: asyncpg.Pool, sql: str, workflow_id: str, deadline: float) -> None:
    await eventually(
        lambda: pool.fetchval(sql, workflow_id),
        what=f"{workflow_id}: `{sql}`",
        timeout=max(0.0, deadline - time.monotonic()),
        interval=0.2,
        ignoring=(OSError, asyncpg.PostgresError, asyncpg.InterfaceError),  # the database may be what is down
    )


async def wait_for_stage(run: FaultRun, stage: str, deadline: float) -> None:
    """Poll the run's `status` query (re-asked across outages) until it is in `stage`."""
    assert run.handle is not None
    handle = run.handle
    while True:
        status = await retrying(lambda: reinterviews.status(handle), deadline=deadline)
        if status.stage.value == stage:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{run.workflow_id}: never reached stage {stage!r}: {status.timeline}")
        await asyncio.sleep(0.2)


async def retrying(
    call: Callable[[], Awaitable[Any]],
    *,
    deadline: float | None = None,
    give_up_on: tuple[type[BaseException], ...] = (),
) -> Any:
    """Call until it answers: a server that is restarting, or a worker that is down, is a wait, not an error."""
    deadline = deadline if deadline is not None else time.monotonic() + 120
    while True:
        try:
            return await call()
        except give_up_on:
            raise
        except Exception:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)


async def run_all(pool: asyncpg.Pool, runs: list[FaultRun], timeout: float) -> None:
    await asyncio.gather(*(finish_run(pool, run, timeout) for run in runs))


# ---- the ledger ---------------------------------------------------------------------------------------------


@dataclass
class EmailLedger:
    """What should have gone out (the paths) against what the SMTP server received, counted by Message-ID.

    A Message-ID received twice is inside SMTP's window only when the outbox shows a retried attempt and both
    copies arrived before the row was marked sent, i.e. the first attempt died between the server's `250` and
    `mark_sent`. Anything else — a third copy, a copy after `sent`, a second row for the same email, a message
    nobody asked for — is an unexpected duplicate.
    """

    expected: int = 0
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    window_duplicates: int = 0
    unexpected: int = 0
    problems: list[str] = field(default_factory=list)
    window_first_copies: list[float] = field(default_factory=list)

    @classmethod
    async def count(cls, pool: asyncpg.Pool, sink: FaultSink, runs: list[FaultRun]) -> EmailLedger:
        ledger = cls()
        copies: dict[str, list[float]] = {}
        for arrival in sink.arrivals:
            copies.setdefault(arrival.message_id, []).append(arrival.at)
        owned: set[str] = set()
        for run in runs:
            rows = await pool.fetch(
                """
                SELECT message_id, template, recipient, status, attempts, extract(epoch FROM sent_at) AS sent_at
                FROM outbound_emails WHERE workflow_id = $1
                """,
                run.workflow_id,
            )
            ledger.expected += sum(run.expected_emails.values())
            recorded = Counter((r["template"], run.role_of(r["recipient"])) for r in rows)
            for email, missing in (run.expected_emails - recorded).items():
                ledger.lost += missing
                ledger.problems.append(f"{run.workflow_id}: {email} never recorded in the outbox")
            for email, extra in (recorded - run.expected_emails).items():
                ledger.unexpected += extra
                ledger.problems.append(f"{run.workflow_id}: {email} recorded {extra} time(s) too many")
            for row in rows:
                message_id = row["message_id"]
                owned.add(message_id)
                arrived = sorted(copies.get(message_id, []))
                what = f"{run.workflow_id}: {row['template']} to {run.role_of(row['recipient'])} ({message_id})"
                if not arrived:
                    ledger.lost += 1
                    ledger.problems.append(f"{what} never reached the SMTP server")
                    continue
                ledger.delivered += 1
                if row["status"] != "sent":
                    ledger.problems.append(f"{what} arrived but the outbox still says {row['status']!r}")
                    ledger.unexpected += 1
                extra = len(arrived) - 1
                ledger.duplicated += extra
                in_window = (
                    extra == 1
                    and row["attempts"] >= 2
                    and row["sent_at"] is not None
                    and arrived[-1] <= float(row["sent_at"]) + 0.05
                )
                if extra and in_window:
                    ledger.window_duplicates += 1
                    ledger.window_first_copies.append(arrived[0])
                elif extra:
                    ledger.unexpected += extra
                    ledger.problems.append(f"{what} arrived {len(arrived)} times outside SMTP's window")
        strays = [m for m in copies if m not in owned]
        if strays:
            ledger.unexpected += len(strays)
            ledger.problems.append(f"messages no run sent: {strays}")
        return ledger


@dataclass
class FaultReport:
    """One line per fault test: what was broken and what the users would have noticed."""

    test: str
    runs: int
    faults: str
    completed: int
    ledger: EmailLedger
    seconds: float
    retries: int = 0

    def line(self) -> str:
        ledger = self.ledger
        return (
            f"{self.test}: runs={self.runs} faults={self.faults} completed={self.completed}/{self.runs} "
            f"emails expected={ledger.expected} delivered={ledger.delivered} lost={ledger.lost} "
            f"duplicated={ledger.duplicated} (same Message-ID inside SMTP's window: {ledger.window_duplicates}) "
            f"unexpected_duplicates={ledger.unexpected} activity_retries={self.retries} time={self.seconds:.0f}s"
        )


async def activity_retries(runs: list[FaultRun]) -> int:
    """Activity attempts beyond the first across the runs' histories: how much of the fault the runs felt."""
    retries = 0
    for run in runs:
        assert run.handle is not None
        async for event in run.handle.fetch_history_events():
            if event.HasField("activity_task_started_event_attributes"):
                retries += event.activity_task_started_event_attributes.attempt - 1
    return retries


def completed(runs: list[FaultRun]) -> int:
    return sum(
        1
        for r in runs
        if r.final is not None and r.final.outcome is not None and r.final.outcome.value == r.expected_outcome
    )
