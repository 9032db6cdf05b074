"""Record one history per ReinterviewWorkflow path into tests/replay/histories/ (the replay tests' contract).

    .venv/bin/python tests/replay/record.py            # every path
    .venv/bin/python tests/replay/record.py hire result_missing_with_result_reminders

Each path runs through the real worker and activities on the time-skipping test server, with a throwaway
embedded PostgreSQL and an SMTP sink on free loopback ports; the finished run's `WorkflowHistory.to_json()` is
written to `histories/<path>.json`. Payloads are plain pydantic JSON (no codec: the key is never committed);
ids, names and addresses are the synthetic ones of tests/workflows/builders.py.

These are the histories of the workflow as this tree has it (v2). Runs of an earlier release finish on the
worker deployment version that started them, and their histories replay against that version's code (from git),
not against this one. Within a version, a change to code with runs in flight goes through `workflow.patched`
(docs/RELIABILITY.md) and these histories must keep replaying; re-record only for a new deployment version.
The `ECHO_PATHS` (issue 12 item 3) were recorded after v2 shipped, behind the patch `reply-echo-decline-grace`.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

if __name__ == "__main__":  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import asyncpg
from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import AddSearchAttributesRequest
from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError, WorkflowHandle, WorkflowHistory
from temporalio.testing import WorkflowEnvironment

import worker as worker_module
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from mail.sink import MailSink
from schemas.archive import ArchiveImport
from schemas.contract import (
    CancelRequest,
    CandidateReply,
    HrDecision,
    NoShowReport,
    Policy,
    ReportViewed,
    StatusView,
    SubmitResult,
    TrainingCompleted,
    TriggerSignal,
)
from service import reinterviews
from service.names import SEARCH_ATTRIBUTES
from service.settings import Settings
from service.temporal_client import data_converter
from tests.polling import until_event, until_stage, until_status
from tests.workflows.builders import archive

HISTORIES = Path(__file__).resolve().parent / "histories"
CONTINUED = "continued_as_new"  # a path whose run continues as new (into a follow-up re-interview)
FAILED = "failed"  # a path whose run fails (Temporal status Failed) rather than ending with an outcome

ReplyIntent = Literal["confirm", "decline", "reschedule", "question", "unclear"]  # CandidateReply.intent
ReplySource = Literal["email", "link", "calendar"]  # CandidateReply.source


def replay_settings() -> Settings:
    """The settings whose converter wrote (and reads) the committed histories: pydantic JSON, no codec."""
    return Settings(codec_keys={}, codec_key_id=None)


class Run:
    """One re-interview being driven: its ids, its handle, and the steps people take."""

    def __init__(
        self, env: WorkflowEnvironment, task_queue: str, ids: dict[str, str], pool: asyncpg.Pool | None = None
    ) -> None:
        self.env = env
        self.task_queue = task_queue
        self.ids = ids
        self.pool = pool  # for paths that change the archive under the run (e.g. an interviewer's free time)
        self.handle: WorkflowHandle[Any, Any]

    async def trigger(self, trigger: dict[str, Any], policy: Policy | None = None) -> None:
        self.handle = await reinterviews.trigger(
            self.env.client,
            self.task_queue,
            self.ids["candidate"],
            self.ids["job"],
            TriggerSignal.model_validate(trigger),
            policy,
        )

    def low_score(self, overall: float = 71) -> dict[str, Any]:
        return {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"ai-rec-{self.ids['candidate']}",
                "completed": True,
                "overall_score": overall,
                "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
            },
        }

    async def until(self, stage: str, check: Callable[[StatusView], bool] = lambda _: True) -> StatusView:
        """Poll `status` (queries do not skip time) until the run waits in `stage` and `check` holds."""
        return await until_stage(self.handle, stage, check)

    async def until_event(self, text: str, count: int = 1) -> None:
        await until_event(self.handle, text, count)

    async def until_any(self, check: Callable[[StatusView], bool]) -> None:
        await until_status(self.handle, check)

    async def reply(
        self,
        intent: ReplyIntent,
        slot: int | None = None,
        text: str = "",
        message_id: str | None = None,
        source: ReplySource | None = None,
    ) -> None:
        await reinterviews.reply(
            self.handle, CandidateReply(intent=intent, slot=slot, text=text, message_id=message_id, source=source)
        )

    async def result(self, **scores: float) -> None:
        await reinterviews.submit_result(
            self.handle, SubmitResult(dimension_scores=scores, comments="recorded", submitted_by="interviewer:rec")
        )

    async def cancel(self) -> None:
        await reinterviews.cancel(self.handle, CancelRequest(reason="recording over", by="hr:rec"))

    async def sleep_until_reminder(self, status: StatusView) -> None:
        """Skip (test-server) time to just after the day-before reminder of the booked interview."""
        assert status.interview_at is not None
        await self.env.sleep(status.interview_at - await self.env.get_current_time() - timedelta(hours=23))

    async def end(self, timeout: float = 120) -> StatusView:
        """The final status; a run that cannot finish (e.g. a failing workflow task) fails here, not hangs."""
        try:
            return StatusView.model_validate(await asyncio.wait_for(self.handle.result(), timeout))
        except TimeoutError:
            raise AssertionError(f"{self.handle.id} did not finish within {timeout:.0f} s") from None

    async def failed(self, timeout: float = 120) -> StatusView:
        """The status of a run that must fail (its timeline says why); an AssertionError if it does not."""
        try:
            await asyncio.wait_for(self.handle.result(), timeout)
        except WorkflowFailureError:
            return await reinterviews.status(self.handle)
        except TimeoutError:
            raise AssertionError(f"{self.handle.id} did not fail within {timeout:.0f} s") from None
        raise AssertionError(f"{self.handle.id} completed; it was expected to fail")


# ---- the paths: each drives one run to its end -------------------------------------------------------------


async def hire(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=2, message_id="<rec-confirm@x>")
    await run.until("scheduled")
    await run.result(handling=84)


async def no_response_with_reminder_and_escalation(run: Run) -> None:
    await run.trigger(run.low_score())


async def declined(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("decline", text="found another job")


async def cancelled_after_scheduling(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.cancel()  # calendar CANCEL to both sides


async def candidate_request_approved(run: Run) -> None:
    await run.trigger({"kind": "candidate_request", "reason": "network dropped", "requested_by": "candidate"})
    await run.until("awaiting_hr_approval")
    await reinterviews.hr_decision(run.handle, HrDecision(approved=True, by="hr:rec"))
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.result(handling=66, talk=70, calm=75)


async def candidate_request_rejected(run: Run) -> None:
    await run.trigger({"kind": "candidate_request", "reason": "want another try"})
    await run.until("awaiting_hr_approval")
    await reinterviews.hr_decision(run.handle, HrDecision(approved=False, note="not this round", by="hr:rec"))


async def candidate_request_without_hr_decision(run: Run) -> None:
    await run.trigger({"kind": "candidate_request", "reason": "want another try"})


async def limit_reached(run: Run) -> None:
    await run.trigger({"kind": "manual", "reason": "HR decision", "requested_by": "hr:rec"})


async def not_needed(run: Run) -> None:
    await run.trigger(run.low_score(overall=78))


async def result_missing_with_result_reminders(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm")


async def no_show_reported(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.handle.signal("no_show", NoShowReport(by="interviewer:rec", note="did not join"))


async def reschedule(run: Run) -> None:
    """Before booking (new offers), then after booking (calendar update), then the result."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("reschedule", text="改到周四下午")
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 2)
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.reply("reschedule", text="next week please")
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 3)
    await run.reply("confirm", slot=2)
    await run.until("scheduled", lambda s: sum("stage: scheduled" in e.event for e in s.timeline) == 2)
    await run.result(handling=90)


async def training_completed(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await reinterviews.training_completed(
        run.handle, TrainingCompleted(course_id="c-h-short", assessment_score=85, pre_score=60)
    )
    await run.until_event("training completed")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.result(handling=82)


async def duplicate_reply(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("question", text="where is it?", message_id="<rec-q@x>")
    await run.reply("question", text="where is it?", message_id="<rec-q@x>")
    await run.until_event("duplicate reply ignored")
    await run.reply("confirm", slot=1, message_id="<rec-c@x>")
    await run.reply("confirm", slot=1, message_id="<rec-c@x>")
    await run.until("scheduled")
    await run.cancel()


async def report_viewed(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await reinterviews.report_viewed(run.handle, ReportViewed(by="interviewer"))
    await run.until_event("report viewed")
    await run.cancel()


async def incomplete_interview(run: Run) -> None:
    await run.trigger(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"ai-inc-{run.ids['candidate']}",
                "completed": False,
                "incomplete_reason": "network",
                "dimension_scores": {"talk": 74},
            },
        }
    )
    await run.until("awaiting_confirmation")
    await run.cancel()


async def ignored_then_merged_triggers(run: Run) -> None:
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.env.client.get_workflow_handle(run.handle.id).signal("trigger", TriggerSignal(kind="manual"))
    await run.trigger({"kind": "manual", "reason": "again", "requested_by": "hr:rec"})
    await run.until_event("trigger merged")
    await run.cancel()


async def malformed_trigger_ignored(run: Run) -> None:
    """A trigger of the wrong shape is noted on the timeline (it used to be dropped by the SDK, unseen)."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.handle.signal("trigger", {"kind": "bogus", "reason": 5})
    await run.until_event("trigger ignored")
    await run.cancel()


async def invalid_input(run: Run) -> None:
    """Workflow input without `job_id`: the run fails at once, naming the field (InvalidWorkflowInput)."""
    run.handle = await run.env.client.start_workflow(
        "ReinterviewWorkflow",
        {"candidate_id": run.ids["candidate"]},
        id=f"reinterview-{run.ids['job']}-{run.ids['candidate']}",
        task_queue=run.task_queue,
        start_signal="trigger",
        start_signal_args=[{"kind": "manual", "reason": "HR decision"}],
    )


async def failed_no_free_time(run: Run) -> None:
    """No interviewer time at all (see record_path): prepare fails non-retryably; the run closes its row first."""
    await run.trigger(run.low_score())


async def reschedule_to_another_interviewer(run: Run) -> None:
    """Booked and reminded; moved to another interviewer (CANCEL to the first, brief to the second), reminded of
    the new time, result."""
    assert run.pool is not None
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.sleep_until_reminder(await run.until("scheduled"))
    await run.until_event("reminders sent")
    await run.pool.execute(
        "UPDATE interviewer_availability SET interviewer_id = $2 WHERE interviewer_id = $1",
        run.ids["interviewer"],
        run.ids["interviewer2"],
    )
    await run.reply("reschedule", text="")
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 2)
    await run.reply("confirm", slot=1)
    moved = await run.until("scheduled", lambda s: sum("stage: scheduled" in e.event for e in s.timeline) == 2)
    await run.sleep_until_reminder(moved)
    await run.until_event("reminders sent", count=2)
    await run.result(handling=84)


async def reschedule_unanswered(run: Run) -> None:
    """Booked, then a reschedule the candidate never answers: no_response, and the booking is cancelled."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.reply("reschedule", text="")


async def training_after_scheduling(run: Run) -> None:
    """Training finished once booked: recorded, plan refreshed, the interviewer sent the updated brief."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await reinterviews.training_completed(
        run.handle, TrainingCompleted(course_id="c-h-short", assessment_score=85, pre_score=60)
    )
    await run.until_event("updated brief")
    await run.result(handling=84)


async def signals_refused(run: Run) -> None:
    """Signal payloads that break the contract are noted on the timeline (naive times, a bad course id)."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.handle.signal(
        "training_completed", {"course_id": "c-h-short", "assessment_score": 80, "completed_at": "2030-05-01T10:00:00"}
    )
    await run.handle.signal("training_completed", {"course_id": "bad id", "assessment_score": 80})
    await run.handle.signal("report_viewed", {"by": "interviewer", "at": "2030-05-01T10:00:00"})
    await run.until_event("ignored", count=3)
    await run.cancel()


async def cancelled_awaiting_hr_approval(run: Run) -> None:
    await run.trigger({"kind": "candidate_request", "reason": "network dropped"})
    await run.until("awaiting_hr_approval")
    await run.cancel()


async def refused_trigger(run: Run) -> None:
    """The only trigger is refused (a requirement change without dimensions): the run ends at once."""
    run.handle = await run.env.client.start_workflow(
        "ReinterviewWorkflow",
        {"candidate_id": run.ids["candidate"], "job_id": run.ids["job"]},
        id=f"reinterview-{run.ids['job']}-{run.ids['candidate']}",
        task_queue=run.task_queue,
        start_signal="trigger",
        start_signal_args=[{"kind": "requirement_change", "change_id": "chg-rec"}],
    )


async def unclear_reply_then_pick(run: Run) -> None:
    """An unclear reply (an HR to-do), then `confirm` with a slot: that offered time is booked."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("unclear", text="maybe?")
    await run.until_event("unclear reply")
    await run.reply("confirm", slot=3)
    await run.until("scheduled")
    await run.result(handling=84)


async def unclear_twice_then_unclear_once_booked(run: Run) -> None:
    """Unclear: asked back (once per offer); unclear again: HR only; booked, unclear: asked back with the booking."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("unclear", text="maybe?", message_id="<rec-u1@x>")
    await run.until_event("the candidate was asked back")
    await run.reply("unclear", text="??", message_id="<rec-u2@x>")
    await run.until_event("unclear reply: HR asked to follow up")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.reply("unclear", text="hmm", message_id="<rec-u3@x>")
    await run.until_event("the candidate was asked back", count=2)
    await run.cancel()


async def interviewer_declines(run: Run) -> None:
    """Booked; the interviewer accepts, then declines: an HR to-do, new times with the second interviewer (free
    when the first was), the candidate picks one, the booking moves; the result."""
    assert run.pool is not None
    await run.pool.execute(
        "INSERT INTO interviewer_availability (interviewer_id, during)"
        " SELECT $2, during FROM interviewer_availability WHERE interviewer_id = $1",
        run.ids["interviewer"],
        run.ids["interviewer2"],
    )
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    first = run.ids["interviewer"]
    await run.handle.signal("interviewer_reply", {"interviewer_id": first, "response": "accepted"})
    await run.until_event("replied: accepted")
    await run.handle.signal("interviewer_reply", {"interviewer_id": first, "response": "declined"})
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 2)
    await run.reply("confirm", slot=1)
    await run.until("scheduled", lambda s: sum("stage: scheduled" in e.event for e in s.timeline) == 2)
    await run.result(handling=84)


async def hr_extends_then_takes_over(run: Run) -> None:
    """HR moves the reply deadline (a past `until` is refused first), then takes the run over."""
    await run.trigger(run.low_score())
    waiting = await run.until("awaiting_confirmation", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    past = waiting.next_deadline - timedelta(days=30)
    await run.handle.signal("hr_action", {"action": "extend_deadline", "until": past.isoformat(), "by": "hr:rec"})
    until = waiting.next_deadline + timedelta(days=2)
    await run.handle.signal("hr_action", {"action": "extend_deadline", "until": until.isoformat(), "by": "hr:rec"})
    await run.until_event("deadline extended")
    await run.handle.signal("hr_action", {"action": "take_over", "by": "hr:rec", "note": "HR calls the candidate"})


async def result_wait_extended(run: Run) -> None:
    """Booked, the interview passes, HR extends the result wait; no result ever comes: result_missing, later."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    booked = await run.until("scheduled")
    assert booked.interview_at is not None
    await run.env.sleep(booked.interview_at - await run.env.get_current_time() + timedelta(minutes=5))
    waiting = await run.until("awaiting_result", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    until = waiting.next_deadline + timedelta(days=4)
    await run.handle.signal("hr_action", {"action": "extend_deadline", "until": until.isoformat(), "by": "hr:rec"})
    await run.until_event("deadline extended")


Path_ = Callable[[Run], Awaitable[None]]


# name → (driver, outcome it ends with, archive options)
async def merged_ai_result_after_scheduling(run: Run) -> None:
    """Booked; the AI interview is re-sent with a corrected score: archived as a new version, the analysis and plan
    rebuilt, the interviewer sent the updated brief (issue 13 item 2)."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    corrected = run.low_score()
    corrected["interview"]["dimension_scores"] = {"handling": 66}
    await run.trigger(corrected)
    await run.until_event("updated brief (merged trigger)")
    await run.result(handling=84)


async def change_job(run: Run, change_id: str = "chg-rec") -> dict[str, Any]:
    """The job's next version adding `data` (as a fan-out records it, with its ledger row); the trigger it sends."""
    assert run.pool is not None
    dimension = {"code": "data", "label_zh": "数据分析", "label_en": "Data analysis"}
    await ArchiveRepository(run.pool).import_archive(ArchiveImport.model_validate({"dimensions": [dimension]}))
    jobs = JobRepository(run.pool)
    version = await jobs.record_change(run.ids["job"], change_id, {"data": 0.2})
    await jobs.claim_targets(run.ids["job"], change_id, version.version, [run.ids["candidate"]])
    return {"kind": "requirement_change", "change_id": change_id, "added_dimensions": ["data"]}


async def requirement_change_added_while_ahead(run: Run) -> None:
    """Booked; a requirement change merges in: its dimension added, plan rebuilt, brief updated, result scores it."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.trigger(await change_job(run))
    await run.until_event("updated brief (merged trigger)")
    await run.result(handling=84, data=80)


async def requirement_change_after_interview(run: Run) -> None:
    """The interview has passed when a requirement change merges in: the run, at its end, continues as new into a
    follow-up re-interview of the added dimension (recorded: the first run; `follow_up_re_interview`: the second)."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    status = await run.until("scheduled")
    assert status.interview_at is not None
    await run.env.sleep(status.interview_at - await run.env.get_current_time() + timedelta(minutes=5))
    await run.until("awaiting_result")
    await run.trigger(await change_job(run))
    await run.until_event("follow-up re-interview of data scheduled")
    await run.result(handling=84)
    latest = run.env.client.get_workflow_handle(run.handle.id)
    await until_stage(latest, "awaiting_confirmation")
    await reinterviews.cancel(latest, CancelRequest(reason="recording over", by="hr:rec"))


async def follow_up_re_interview(run: Run) -> None:
    """The follow-up run itself (started by continue-as-new, no cooldown, no attempt counted), cancelled."""
    await requirement_change_after_interview(run)
    run.handle = run.env.client.get_workflow_handle(run.handle.id)
    run.handle = run.env.client.get_workflow_handle(run.handle.id, run_id=(await run.handle.describe()).run_id)


# ---- issue 12 item 3 (patch reply-echo-decline-grace): replies with a source ----------------------------------


async def decline_grace_elapsed(run: Run) -> None:
    """A decline read from an email: echoed, a question meanwhile, a second read decline; the grace ends: declined."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("decline", text="不参加了", message_id="<rec-d1@x>", source="email")
    await run.until_event("decline read from email")
    await run.reply("question", text="可以线上吗", message_id="<rec-q1@x>", source="email")
    await run.reply("decline", message_id="<rec-d2@x>", source="email")
    await run.until_event("another decline read")


async def decline_undone_then_choose_again(run: Run) -> None:
    """Declined by email, undone by an email confirm (booked, echoed); the booked time confirmed from the calendar
    (kept, echoed alone); another time chosen by link (moved); a calendar decline, then a link decline: declined."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("decline", message_id="<rec-d1@x>", source="email")
    await run.until_event("decline read from email")
    await run.reply("confirm", slot=1, message_id="<rec-c1@x>", source="email")
    await run.until("scheduled")
    await run.reply("confirm", slot=1, message_id="<rec-c2@x>", source="calendar")
    await run.until_event("the booking stays")
    await run.reply("confirm", slot=3, message_id="<rec-c3@x>", source="link")
    await run.until_event("the booking moved")
    await run.until("scheduled")
    await run.reply("decline", message_id="<rec-d2@x>", source="calendar")
    await run.until_event("decline read from calendar")
    await run.reply("decline", message_id="<rec-d3@x>", source="link")


async def reschedule_echoed_then_taken(run: Run) -> None:
    """An email reschedule (the new times echo it), a confirm; then a time of that offer chosen again that someone
    else took meanwhile: new times, echoing the confirm; cancelled."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("reschedule", text="next week", message_id="<rec-r1@x>", source="email")
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 2)
    await run.reply("confirm", slot=1, message_id="<rec-c1@x>", source="email")
    await run.until("scheduled")
    assert run.pool is not None
    [third] = (await run.handle.query("choices"))["slots"][2:3]
    await RunRepository(run.pool).book(
        event_uid="rec-other@reinterview",
        workflow_id="reinterview-rec-other",
        candidate_id=run.ids["candidate"],
        interviewer_id=run.ids["interviewer"],
        start=datetime.fromisoformat(third["start"]),
        end=datetime.fromisoformat(third["end"]),
    )
    await run.reply("confirm", slot=3, message_id="<rec-c3@x>", source="email")
    await run.until("awaiting_confirmation", lambda s: sum("invitation sent" in e.event for e in s.timeline) == 3)
    await run.cancel()


async def calendar_answer_superseded(run: Run) -> None:
    """A calendar Accept of an earlier booking arrives while times are offered: noted, handed to HR, not acted on;
    the candidate then picks option 2 by email (booked, echoed); cancelled."""
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply(
        "confirm", text="Calendar REPLY ACCEPTED (earlier booking)", message_id="<rec-k1@x>", source="calendar"
    )
    await run.until_event("calendar confirm of an earlier booking not acted on")
    await run.reply("confirm", slot=2, message_id="<rec-c1@x>", source="email")
    await run.until("scheduled")
    await run.cancel()


# The paths whose runs take the patch (their replies carry a source); every other path is a v2 run without it.
ECHO_PATHS = frozenset(
    {
        "decline_grace_elapsed",
        "decline_undone_then_choose_again",
        "reschedule_echoed_then_taken",
        "calendar_answer_superseded",
    }
)


PATHS: dict[str, tuple[Path_, str, dict[str, Any]]] = {
    "hire": (hire, "recommend_hire", {}),
    "no_response": (no_response_with_reminder_and_escalation, "no_response", {}),
    "declined": (declined, "declined", {}),
    "cancelled_after_scheduling": (cancelled_after_scheduling, "cancelled", {}),
    "candidate_request_approved": (candidate_request_approved, "not_meeting", {}),
    "candidate_request_rejected": (candidate_request_rejected, "rejected_by_hr", {}),
    "candidate_request_hr_timeout": (candidate_request_without_hr_decision, "request_expired", {}),
    "limit_reached": (limit_reached, "limit_reached", {"max_attempts": 1}),
    "not_needed": (not_needed, "not_needed", {}),
    "result_missing_with_result_reminders": (result_missing_with_result_reminders, "result_missing", {}),
    "no_show_reported": (no_show_reported, "no_show", {}),
    "reschedule": (reschedule, "recommend_hire", {}),
    "training_completed": (training_completed, "recommend_hire", {}),
    "duplicate_reply": (duplicate_reply, "cancelled", {}),
    "report_viewed": (report_viewed, "cancelled", {}),
    "incomplete_interview": (incomplete_interview, "cancelled", {}),
    "ignored_then_merged_triggers": (ignored_then_merged_triggers, "cancelled", {}),
    "malformed_trigger_ignored": (malformed_trigger_ignored, "cancelled", {}),
    "invalid_input": (invalid_input, FAILED, {}),
    "failed_no_free_time": (failed_no_free_time, FAILED, {}),
    "reschedule_to_another_interviewer": (
        reschedule_to_another_interviewer,
        "recommend_hire",
        {"second_interviewer": True},
    ),
    "reschedule_unanswered": (reschedule_unanswered, "no_response", {}),
    "training_after_scheduling": (training_after_scheduling, "recommend_hire", {}),
    "signals_refused": (signals_refused, "cancelled", {}),
    "cancelled_awaiting_hr_approval": (cancelled_awaiting_hr_approval, "cancelled", {}),
    "refused_trigger": (refused_trigger, "not_needed", {}),
    "unclear_reply_then_pick": (unclear_reply_then_pick, "recommend_hire", {}),
    "hr_extends_then_takes_over": (hr_extends_then_takes_over, "taken_over", {}),
    "unclear_asked_back": (unclear_twice_then_unclear_once_booked, "cancelled", {}),
    "interviewer_declines": (interviewer_declines, "recommend_hire", {"second_interviewer": True}),
    "result_wait_extended": (result_wait_extended, "result_missing", {}),
    "merged_ai_result_after_scheduling": (merged_ai_result_after_scheduling, "recommend_hire", {}),
    "requirement_change_added_while_ahead": (requirement_change_added_while_ahead, "recommend_hire", {}),
    "requirement_change_after_interview": (
        requirement_change_after_interview,
        CONTINUED,
        {"max_attempts": 1, "cooldown_days": 30},
    ),
    "follow_up_re_interview": (follow_up_re_interview, "cancelled", {"max_attempts": 1, "cooldown_days": 30}),
    "decline_grace_elapsed": (decline_grace_elapsed, "declined", {}),
    "decline_undone_then_choose_again": (decline_undone_then_choose_again, "declined", {}),
    "reschedule_echoed_then_taken": (reschedule_echoed_then_taken, "cancelled", {}),
    "calendar_answer_superseded": (calendar_answer_superseded, "cancelled", {}),
}


async def record_path(
    name: str, env: WorkflowEnvironment, pool: asyncpg.Pool, settings: Settings
) -> tuple[WorkflowHistory, StatusView]:
    """Run path `name` to its end on `env` with a worker of its own; its history and status."""
    drive, outcome, options = PATHS[name]
    data, ids = archive(await env.get_current_time(), **options)
    if name == "failed_no_free_time":  # the job's only interviewer has no free time at all
        data.interviewers[0].availability = []
    await ArchiveRepository(pool).import_archive(data)
    if name == "limit_reached":  # the candidate's one allowed re-interview already happened
        await pool.execute("UPDATE interviews SET source = 'reinterview' WHERE interview_id = $1", ids["interview"])
    task_queue = f"rec-{uuid.uuid4().hex[:12]}"
    async with worker_module.build_worker(env.client, settings, pool, task_queue=task_queue):
        run = Run(env, task_queue, ids, pool)
        await drive(run)
        final = await (run.failed() if outcome == FAILED else run.end())
        if outcome == CONTINUED:  # the run itself continued as new (run.end() followed it to its last run)
            run.handle = run.env.client.get_workflow_handle(run.handle.id, run_id=run.handle.result_run_id)
            assert (await run.handle.describe()).status == WorkflowExecutionStatus.CONTINUED_AS_NEW
            final = await reinterviews.status(run.handle)
    if outcome == CONTINUED:
        if "continuing as a follow-up" not in final.timeline[-1].event:
            raise AssertionError(f"path {name!r} did not continue as new: {final.timeline}")
    elif outcome != FAILED and (final.outcome is None or final.outcome.value != outcome):
        raise AssertionError(f"path {name!r} ended {final.outcome}, expected {outcome}: {final.timeline}")
    return await run.handle.fetch_history(), final


async def start_time_skipping(settings: Settings) -> WorkflowEnvironment:
    """The time-skipping test server from the wheel, knowing our search attributes."""
    env = await WorkflowEnvironment.start_time_skipping(
        test_server_existing_path=str(Path(sys.executable).parent / "temporal-test-server"),
        data_converter=data_converter(settings),
    )
    await env.client.operator_service.add_search_attributes(
        AddSearchAttributesRequest(
            namespace=env.client.namespace,
            search_attributes={
                key.name: IndexedValueType.ValueType(key.indexed_value_type) for key in SEARCH_ATTRIBUTES
            },
        )
    )
    return env


async def main(names: list[str]) -> None:
    from db.migrate import apply_migrations
    from db.pool import create_pool
    from devstack.postgres import start_embedded_postgres
    from tests.fixtures.smtp import free_port

    unknown = [n for n in names if n not in PATHS]
    if unknown:
        raise SystemExit(f"unknown path(s) {unknown}; known: {', '.join(PATHS)}")
    scratch = Path(tempfile.mkdtemp(prefix="reinterview-record-"))
    scratch.chmod(0o755)  # as root the embedded PostgreSQL runs as another user
    postgres = start_embedded_postgres(scratch / "pg")
    sink = MailSink("127.0.0.1", free_port())
    sink.start()
    env = await start_time_skipping(replay_settings())
    pool = await create_pool(postgres.dsn)
    try:
        await apply_migrations(pool)
        settings = replay_settings().model_copy(update={"smtp_port": sink.port})
        HISTORIES.mkdir(exist_ok=True)
        for name in names or list(PATHS):
            history, final = await record_path(name, env, pool, settings)
            (HISTORIES / f"{name}.json").write_text(history.to_json() + "\n")
            print(f"{name}: {len(history.events)} events, outcome {final.outcome and final.outcome.value}")
    finally:
        await pool.close()
        await env.shutdown()
        sink.stop()
        postgres.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
