"""The plumbing under ReinterviewWorkflow: state, timeline, search attributes, waiting, activity and email calls.

Deterministic code only (workflow sandbox): time from `workflow.now()`, timers via `wait_condition`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError, FailureError, is_cancelled_exception

with workflow.unsafe.imports_passed_through():
    from pydantic import ValidationError

    from activities.notifications import NotificationActivities
    from activities.reinterview import ReinterviewActivities
    from schemas.activities import (
        BookInput,
        CancelBookingInput,
        Preparation,
        ProposeSlotsInput,
        RunRef,
        RunStageInput,
        TodoInput,
    )
    from schemas.contract import (
        CancelRequest,
        CandidateReply,
        FeedbackReport,
        HrDecision,
        NoShowReport,
        Outcome,
        Policy,
        ReinterviewInput,
        Stage,
        SubmitResult,
        TimelineEntry,
        TrainingCompleted,
        TriggerKind,
        TriggerSignal,
    )
    from schemas.notifications import CalendarInvite, Recipient, SendEmailInput
    from schemas.plans import Slot
    from service.names import SA_CANDIDATE_ID, SA_INTERVIEW_AT, SA_JOB_ID, SA_OUTCOME, SA_STAGE, SA_TRIGGER_KIND

RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(minutes=1)
)

# Runs that fail close their row and release their held times (a compensating `record_run_stage`); runs that
# failed before this change did not, and their histories must still replay (docs/RELIABILITY.md).
RECORD_FAILURE = "record-run-failure"
# Later changes to the run's commands, each behind its own patch so the recorded histories still replay:
# JobId / CandidateId / ReinterviewStage set as the run starts (R-V3), not only after open_reinterview;
EARLY_SEARCH_ATTRIBUTES = "early-search-attributes"
# a reschedule to another interviewer: CANCEL to the one left behind, brief to the new one (R-W5);
INTERVIEWER_HAND_OVER = "interviewer-hand-over"
# a booked interview that will not take place is cancelled whatever ended the run (e.g. no reply to a reschedule);
CANCEL_UNUSED_BOOKING = "cancel-unused-booking"
# training finished once an interviewer is booked reaches them in an updated brief (R-L3);
TRAINING_UPDATE_BRIEF = "training-update-brief"
# signal payloads are held to the contract (times with an offset); runs that took a naive time before keep it.
STRICT_SIGNAL_TIMES = "strict-signal-times"

# Outcomes after which the booked interview did (or was meant to) take place: its calendar event stays.
INTERVIEW_HELD = frozenset(
    {Outcome.RECOMMEND_HIRE, Outcome.NEEDS_FURTHER_ASSESSMENT, Outcome.NOT_MEETING, Outcome.NO_SHOW}
)


def validation_problems(error: ValidationError, limit: int = 3) -> str:
    """A pydantic error as `field: message; …` (fields by path, never the values: they may be personal data)."""
    found = error.errors(include_url=False, include_input=False)
    parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" if e["loc"] else e["msg"] for e in found[:limit]]
    if len(found) > limit:
        parts.append(f"and {len(found) - limit} more")
    return "; ".join(parts)


def read_input(raw: Any) -> tuple[ReinterviewInput | None, str]:
    """The workflow input from raw JSON, or None and what is wrong with it, naming the fields."""
    try:
        return ReinterviewInput.model_validate(raw), ""
    except ValidationError as exc:
        expected = '{"candidate_id": "...", "job_id": "..."}, schemas/json/workflow.ReinterviewWorkflow.input.json'
        return None, f"{validation_problems(exc)} (expected {expected})"


def describe_failure(failure: ActivityError) -> str:
    """`Type: message` of what made an activity fail for good (the messages name ids and fields, not values)."""
    cause = failure.cause
    kind = (cause.type if isinstance(cause, ApplicationError) else None) or type(cause or failure).__name__
    message = cause.message if isinstance(cause, FailureError) else str(cause or failure)
    return f"{kind}: {message}"[:2000]


class RunEnded(Exception):
    """Raised inside the story to end the run with an outcome; caught once, in `run`."""

    def __init__(self, outcome: Outcome, reason: str) -> None:
        super().__init__(reason)
        self.outcome = outcome
        self.reason = reason


class RunState:
    """State and helpers shared by the workflow's steps."""

    HR = Recipient(kind="hr")

    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._stage = Stage.TRIGGERED
        self._outcome: Outcome | None = None
        self._kind: TriggerKind | None = None
        self._timeline: list[TimelineEntry] = []
        self._next_deadline: datetime | None = None
        self._interview_at: datetime | None = None
        self._cancel: CancelRequest | None = None
        self._prep: Preparation | None = None
        self._offered: list[Slot] = []
        self._refused: list[Slot] = []
        self._slot: Slot | None = None
        self._sequence = 0
        self._round = 0
        self._run: RunRef
        self._opened = False  # open_reinterview has run: from here on a failed run has a row to close
        # what arrived through the contract (workflows/handlers.py)
        self._triggers: list[TriggerSignal] = []
        self._replies: list[CandidateReply] = []
        self._seen_message_ids: set[str] = set()
        self._hr_decision: HrDecision | None = None
        self._trainings: list[TrainingCompleted] = []
        self._result: SubmitResult | None = None
        self._no_show: NoShowReport | None = None
        self._report: FeedbackReport | None = None
        self._viewed_by: set[str] = set()

    # ---- timeline, stage, search attributes -------------------------------------------------------------------

    def _note(self, event: str) -> None:
        self._timeline.append(TimelineEntry(at=workflow.now(), event=event))

    def _set_stage(self, stage: Stage, *, interview_at: datetime | None = None, outcome: Outcome | None = None) -> None:
        self._stage = stage
        self._note(f"stage: {stage.value}")
        updates = [SA_STAGE.value_set(stage.value)]
        if interview_at is not None:
            self._interview_at = interview_at
            updates.append(SA_INTERVIEW_AT.value_set(interview_at))
        if outcome is not None:
            updates.append(SA_OUTCOME.value_set(outcome.value))
        workflow.upsert_search_attributes(updates)

    def _announce_run(self) -> None:
        """R-V3: a run is findable by job, candidate and stage from its first moment (ids are opaque, no PII)."""
        if workflow.patched(EARLY_SEARCH_ATTRIBUTES):
            workflow.upsert_search_attributes(
                [
                    SA_JOB_ID.value_set(self._run.job_id),
                    SA_CANDIDATE_ID.value_set(self._run.candidate_id),
                    SA_STAGE.value_set(self._stage.value),
                ]
            )

    def _set_trigger_kind(self, kind: TriggerKind | None) -> None:
        self._kind = kind
        updates = [SA_JOB_ID.value_set(self._run.job_id), SA_CANDIDATE_ID.value_set(self._run.candidate_id)]
        if kind is not None:
            updates.append(SA_TRIGGER_KIND.value_set(kind.value))
        workflow.upsert_search_attributes(updates)

    # ---- waiting ----------------------------------------------------------------------------------------------

    async def _wait(self, condition: Callable[[], bool], timeout_s: float) -> bool:
        """Wait until `condition` or the timeout (False); a `cancel` signal ends the run from any wait."""
        self._next_deadline = workflow.now() + timedelta(seconds=max(timeout_s, 0))
        try:
            if timeout_s > 0:
                await workflow.wait_condition(
                    lambda: condition() or self._cancel is not None, timeout=timedelta(seconds=timeout_s)
                )
        except TimeoutError:
            pass
        finally:
            self._next_deadline = None
        if self._cancel is not None:
            raise RunEnded(Outcome.CANCELLED, self._cancel.reason or f"cancelled by {self._cancel.by}")
        return condition()

    # ---- failing ----------------------------------------------------------------------------------------------

    async def _record_failure(self, failure: ActivityError) -> None:
        """A permanent activity failure ends the run as failed: note why on the timeline, close the run's row and
        release its held times. The caller re-raises, so the run itself still fails with the original error.

        Only activity errors come here: every activity retries without limit, so an ActivityError is a
        non-retryable ApplicationError (bad data, a template that cannot render, no free time). A bug in workflow
        code fails the workflow *task* instead, which Temporal retries until a fixed worker is deployed.
        """
        if is_cancelled_exception(failure):
            return
        reason = describe_failure(failure)
        self._note(f"run failed in stage {self._stage.value}: {reason}")
        if not self._opened or not workflow.patched(RECORD_FAILURE):
            return
        try:
            await self._act(
                ReinterviewActivities.record_run_stage,
                RunStageInput(
                    run=self._run, trigger_kind=self._kind, stage=self._stage, at=workflow.now(), failure=reason
                ),
            )
        except ActivityError as inner:
            self._note(f"the failure could not be recorded: {inner.cause or inner}")

    def _note_failure(self, what: str, failure: ActivityError) -> None:
        """A signal's side effect failed for good: say so on the timeline (the run goes on)."""
        if is_cancelled_exception(failure):
            raise failure
        self._note(f"{what}: {describe_failure(failure)}")

    # ---- activities -------------------------------------------------------------------------------------------

    async def _act(self, activity: Callable[..., Any], arg: Any, *, timeout_s: float = 30) -> Any:
        return await workflow.execute_activity_method(
            activity, arg, start_to_close_timeout=timedelta(seconds=timeout_s), retry_policy=RETRY
        )

    async def _todo(self, key: str, kind: str, title: str, detail: str = "") -> None:
        await self._act(
            ReinterviewActivities.create_hr_todo,
            TodoInput(run=self._run, key=key, kind=kind, title=title, detail=detail),
        )

    async def _email(
        self,
        step: str,
        template: str,
        recipient: Recipient,
        context: dict[str, Any],
        invite: CalendarInvite | None = None,
    ) -> None:
        """Send one email; the key (run + step + recipient) makes retries and replays send it once."""
        who = recipient.kind if recipient.id is None else f"{recipient.kind}-{recipient.id}"
        await self._act(
            NotificationActivities.send_email,
            SendEmailInput(
                idempotency_key=f"{self._run.run_id}:{step}:{who}",
                workflow_id=self._run.workflow_id,
                template=template,
                recipient=recipient,
                context=context,
                invite=invite,
            ),
        )

    async def _propose(self, preference_text: str) -> list[Slot]:
        earliest = workflow.now() + timedelta(seconds=self._policy.min_lead_time_s)
        slots = await self._act(
            ReinterviewActivities.propose_slots,
            ProposeSlotsInput(
                run=self._run,
                now=workflow.now(),
                earliest=earliest,
                interview_duration_s=self._policy.interview_duration_s,
                preference_text=preference_text,
                exclude=[*self._offered, *self._refused],
                hold_for_s=self._reply_window_s(),
            ),
        )
        self._note(f"{len(slots)} new time(s) proposed")
        return slots

    def _reply_window_s(self) -> float:
        p = self._policy
        return p.reply_reminder_after_s + p.escalate_after_s + p.expire_after_s

    async def _book(self, slot: Slot) -> bool:
        booked = await self._act(
            ReinterviewActivities.book_interview, BookInput(run=self._run, event_uid=self._uid, slot=slot)
        )
        if booked.booked:
            self._sequence = booked.sequence
            self._note(f"interview booked with {slot.interviewer_id}")
        return booked.booked

    def _calls_off_booking(self, outcome: Outcome) -> bool:
        """Whether the run ends with a booked interview that will not take place (its event is cancelled)."""
        if self._slot is None or outcome in INTERVIEW_HELD:
            return False
        # Declines and cancels always did; other endings (no reply to a reschedule) behind the patch.
        return outcome in (Outcome.DECLINED, Outcome.CANCELLED) or workflow.patched(CANCEL_UNUSED_BOOKING)

    async def _call_off_booking(self, reason: str) -> None:
        """Cancel the run's calendar event: METHOD:CANCEL (SEQUENCE + 1) to the interviewer and the candidate."""
        sequence = await self._act(ReinterviewActivities.cancel_booking, CancelBookingInput(event_uid=self._uid))
        self._sequence = sequence or self._sequence + 1
        invite = self._invite("CANCEL")
        context = {**self._slot_context(), "reason": reason}
        await self._email("interview-cancelled", "interview_cancelled", self._interviewer(), context, invite)
        await self._email("interview-cancelled", "interview_cancelled", self.CANDIDATE, context, invite)

    async def _hand_over(self, before: Slot) -> None:
        """The booking moved to another interviewer: CANCEL to the one left behind, the brief to the new one."""
        left = Recipient(kind="interviewer", id=before.interviewer_id)
        context = {**self._slot_context(before), "reason": "改由其他面试官 / moved to another interviewer"}
        await self._email(
            f"handed-over-{self._sequence}", "interview_cancelled", left, context, self._invite("CANCEL", before)
        )
        await self._email(
            f"brief-{self._sequence}", "interviewer_brief", self._interviewer(), self._brief_context(self._trainings)
        )
        self._note(f"interview handed over from {before.interviewer_id} to {self._interviewer().id}")

    def _reminder_step(self) -> str:
        """The day-before reminder's key: one per booking (a reschedule's new time gets its own reminder)."""
        return "interview-reminder" if self._sequence == 0 else f"interview-reminder-{self._sequence}"

    # ---- what emails carry ------------------------------------------------------------------------------------

    @property
    def _uid(self) -> str:
        return f"{self._run.run_id}@reinterview"

    @property
    def CANDIDATE(self) -> Recipient:  # noqa: N802 - reads like the HR constant beside it
        return Recipient(kind="candidate", id=self._run.candidate_id)

    def _interviewer(self) -> Recipient:
        assert self._slot is not None
        return Recipient(kind="interviewer", id=self._slot.interviewer_id)

    def _invite(self, method: str, slot: Slot | None = None) -> CalendarInvite:
        slot = slot or self._slot
        assert slot is not None and self._prep is not None
        return CalendarInvite(
            uid=self._uid,
            sequence=self._sequence,
            method=method,
            start=slot.start,
            end=slot.end,
            summary=f"Re-interview / 重新面试: {self._prep.job.title}",
            location=self._location(),
            interviewer_id=slot.interviewer_id,
            candidate_id=self._run.candidate_id,
        )

    def _location(self) -> str:
        return f"https://meet.hr.example.com/reinterview/{self._run.workflow_id}"

    def _job_context(self) -> dict[str, Any]:
        job = self._prep.job if self._prep else None
        return {
            "job_title": job.title if job else self._run.job_id,
            "job_id": self._run.job_id,
            "candidate_id": self._run.candidate_id,
            "workflow_id": self._run.workflow_id,
            "trigger_kind": self._kind.value if self._kind else None,
        }

    def _slot_context(self, slot: Slot | None = None) -> dict[str, Any]:
        slot = slot or self._slot
        assert slot is not None
        training_applies = bool(self._prep and self._prep.training.items)
        return {
            **self._job_context(),
            "start": slot.start.isoformat(),
            "end": slot.end.isoformat(),
            "online_link": self._location(),
            "interviewer_id": slot.interviewer_id,
            "training_applies": training_applies,
        }

    def _invitation_context(self) -> dict[str, Any]:
        assert self._prep is not None
        reply_by = workflow.now() + timedelta(seconds=self._policy.reply_reminder_after_s)
        return {
            **self._job_context(),
            "round": self._round,
            "slots": [
                {"number": n, "start": s.start.isoformat(), "end": s.end.isoformat()}
                for n, s in enumerate(self._offered, start=1)
            ],
            "online_link": self._location(),
            "training": self._prep.training.model_dump(mode="json"),
            "reply_by": reply_by.isoformat(),
        }

    def _brief_context(self, completed: list[TrainingCompleted]) -> dict[str, Any]:
        """The interviewer's brief: analysis, plan, and training finished since (ask how it was applied)."""
        assert self._prep is not None
        titles = {item.course_id: item.title for item in self._prep.training.items}
        results = [
            {"title": titles.get(t.course_id, t.course_id), "pre_score": t.pre_score, "post_score": t.assessment_score}
            for t in completed
        ]
        return {
            **self._slot_context(),
            "analysis": self._prep.analysis.model_dump(mode="json"),
            "plan": self._prep.plan.model_dump(mode="json"),
            "training": self._prep.training.model_dump(mode="json"),
            "training_results": results,
        }
