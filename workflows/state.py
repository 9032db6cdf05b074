"""The state of one re-interview run, in one place, and the deterministic plumbing over it.

`RunState` is owned by ReinterviewWorkflow (`self.state`): what arrived through the contract, what the run decided,
and the few helpers that change it — the timeline, the stage with its search attributes (upserted once per
change), and waiting with a deadline. Deterministic code only (workflow sandbox).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from temporalio import workflow
from temporalio.common import SearchAttributeUpdate
from temporalio.exceptions import ActivityError, ApplicationError, FailureError

with workflow.unsafe.imports_passed_through():
    from pydantic import ValidationError

    from codec.plaintext import plaintext_refusal
    from policy.details import Awaiting, current_details, timer_summary
    from policy.notices import People
    from schemas.activities import Preparation, RunRef
    from schemas.contract import (
        CancelRequest,
        CandidateReply,
        FeedbackReport,
        HrAction,
        HrDecision,
        InterviewerReply,
        NoShowReport,
        Outcome,
        Policy,
        ReadAs,
        ReinterviewInput,
        Stage,
        SubmitResult,
        TimelineEntry,
        TrainingCompleted,
        TriggerKind,
        TriggerSignal,
    )
    from schemas.plans import Slot
    from service.names import SA_CANDIDATE_ID, SA_INTERVIEW_AT, SA_JOB_ID, SA_OUTCOME, SA_STAGE, SA_TRIGGER_KIND


def validation_problems(error: ValidationError, limit: int = 3) -> str:
    """A pydantic error as `field: message; …` (fields by path, never the values: they may be personal data)."""
    found = error.errors(include_url=False, include_input=False)
    parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" if e["loc"] else e["msg"] for e in found[:limit]]
    if len(found) > limit:
        parts.append(f"and {len(found) - limit} more")
    return "; ".join(parts)


def read_input(raw: Any) -> tuple[ReinterviewInput | None, str]:
    """The workflow input from raw JSON, or None and what is wrong with it, naming the fields (or the codec rule a
    plaintext input broke)."""
    refusal = plaintext_refusal(raw)
    if refusal is not None:
        return None, refusal
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


@dataclass
class RunState:
    """Everything a run knows. Handlers record what arrives; the story acts on it."""

    input: ReinterviewInput | None
    input_problem: str = ""
    policy: Policy = field(default_factory=Policy)
    run: RunRef | None = None
    # what the run decided
    stage: Stage = Stage.TRIGGERED
    outcome: Outcome | None = None
    kind: TriggerKind | None = None
    kind_published: TriggerKind | None = None  # the TriggerKind search attribute as last upserted
    timeline: list[TimelineEntry] = field(default_factory=list)
    next_deadline: datetime | None = None
    interview_at: datetime | None = None
    opened: bool = False  # open_reinterview has run: from here on a failed run has a row to close
    prep: Preparation | None = None
    offered: list[Slot] = field(default_factory=list)
    refused: list[Slot] = field(default_factory=list)  # taken or moved-away times, never offered again
    slot: Slot | None = None  # the booked time
    sequence: int = 0  # the calendar event's SEQUENCE
    round: int = 0  # invitations sent
    asked_back: set[str] = field(default_factory=set)  # the offers (round, or the booking) an unclear reply was asked
    # replies acted on (issue 12 item 3): how the last one from an email or calendar was read; the echo the next
    # invitation carries; until when a decline read from an email waits; bookings moved by choosing again
    read_as: ReadAs | None = None
    echo: ReadAs | None = None
    decline_closes_at: datetime | None = None
    chosen_again: int = 0
    report: FeedbackReport | None = None
    # what arrived through the contract
    triggers: list[TriggerSignal] = field(default_factory=list)
    refused_trigger: str | None = None  # why the first trigger was refused (the run then ends at once)
    replies: list[CandidateReply] = field(default_factory=list)
    withdrawn: InterviewerReply | None = None  # the booked interviewer declined or countered (the story acts)
    avoided: set[str] = field(default_factory=set)  # interviewers who withdrew: not offered again
    seen_message_ids: set[str] = field(default_factory=set)
    hr_decision: HrDecision | None = None
    trainings: list[TrainingCompleted] = field(default_factory=list)
    result: SubmitResult | None = None
    no_show: NoShowReport | None = None
    cancel: CancelRequest | None = None
    take_over: HrAction | None = None  # HR took the run over: it ends `taken_over` from any wait
    extension: datetime | None = None  # HR moved the current wait's deadline here (`hr_action` extend_deadline)
    awaiting: Awaiting | None = None  # what the current wait is for (the run's current details)
    extendable: bool = False  # a wait HR may extend is in progress (a reply, an HR decision, a result)
    shifted_by: timedelta = field(default_factory=timedelta)  # how far HR moved the last wait's deadline
    viewed_by: set[str] = field(default_factory=set)
    # merged triggers (issue 13 item 2)
    trigger_interview_id: str | None = None  # the run's triggering interview (analysis rebuilds read it)
    added_dimensions: list[str] = field(default_factory=list)  # by requirement changes, the first or merged ones
    merged_changes: dict[str, str] = field(default_factory=dict)  # change id → what the run did with it (ledger)
    follow_up: dict[str, list[str]] = field(default_factory=dict)  # change id → dimensions for the follow-up run
    follow_up_of: list[str] = field(default_factory=list)  # this run is the follow-up of these changes

    def interview_ahead(self) -> bool:
        """Whether the interview is still to come: nothing reported for it, its time (if booked) not reached."""
        if self.outcome is not None or self.result is not None or self.no_show is not None:
            return False
        return self.slot is None or workflow.now() < self.slot.start

    def interview_passed(self) -> bool:
        """Whether the interview took place: a result came, or its time was reached with no no-show reported."""
        if self.result is not None:
            return True
        return self.no_show is None and self.slot is not None and workflow.now() >= self.slot.start

    @property
    def ref(self) -> RunRef:
        assert self.run is not None, "the run's ids are set as it starts"
        return self.run

    @property
    def event_uid(self) -> str:
        return f"{self.ref.run_id}@reinterview"

    def people(self) -> People:
        return People(self.ref.candidate_id, self.slot.interviewer_id if self.slot else None)

    def describe(self) -> None:
        """The run's current details in the Temporal UI (policy/details.py): stage, wait and deadline, outcome."""
        workflow.set_current_details(
            current_details(
                self.stage,
                outcome=self.outcome,
                awaiting=self.awaiting,
                until=self.next_deadline,
                interview_at=self.interview_at,
            )
        )

    def note(self, event: str) -> None:
        self.timeline.append(TimelineEntry(at=workflow.now(), event=event))

    def announce(self) -> None:
        """R-V3: a run is findable by job, candidate and stage from its first moment (ids are opaque, no PII)."""
        workflow.upsert_search_attributes(
            [
                SA_JOB_ID.value_set(self.ref.job_id),
                SA_CANDIDATE_ID.value_set(self.ref.candidate_id),
                SA_STAGE.value_set(self.stage.value),
            ]
        )

    def set_stage(
        self,
        stage: Stage,
        *,
        interview_at: datetime | None = None,
        outcome: Outcome | None = None,
        kind: TriggerKind | None = None,
    ) -> None:
        """Move to `stage`; its search attributes (and any that change with it) in one upsert, only on a change."""
        updates: list[SearchAttributeUpdate[Any]] = []
        if stage != self.stage:
            self.note(f"stage: {stage.value}")
            updates.append(SA_STAGE.value_set(stage.value))
        self.stage = stage
        if kind is not None and kind != self.kind_published:
            self.kind = self.kind_published = kind
            updates.append(SA_TRIGGER_KIND.value_set(kind.value))
        if interview_at is not None and interview_at != self.interview_at:
            self.interview_at = interview_at
            updates.append(SA_INTERVIEW_AT.value_set(interview_at))
        if outcome is not None:
            updates.append(SA_OUTCOME.value_set(outcome.value))
        if updates:
            workflow.upsert_search_attributes(updates)
        self.describe()

    def _pending_extension(self) -> datetime | None:
        return self.extension

    def _stopped(self) -> bool:
        return self.cancel is not None or self.take_over is not None

    async def wait(
        self, condition: Callable[[], bool], timeout_s: float, awaiting: Awaiting, *, extendable: bool = True
    ) -> bool:
        """Wait until `condition` or the deadline (False). HR may move an `extendable` wait's deadline
        (`hr_action`; `shifted_by` says how far); a `cancel` or a take-over ends the run from any wait. The run's
        current details say what it waits for and until when; the timer's summary what happens then."""
        deadline = workflow.now() + timedelta(seconds=timeout_s)
        self.shifted_by = timedelta()
        while not condition() and not self._stopped() and deadline > workflow.now():
            self.next_deadline, self.extendable, self.extension = deadline, extendable, None
            self.awaiting = awaiting
            self.describe()
            left = deadline - workflow.now()
            try:
                await workflow.wait_condition(
                    lambda: condition() or self._stopped() or self.extension is not None,
                    timeout=left,
                    timeout_summary=timer_summary(awaiting, left.total_seconds()),
                )
            except TimeoutError:
                pass
            finally:
                self.next_deadline, self.extendable, self.awaiting = None, False, None
            moved = self._pending_extension()  # set by the hr_action handler while this waited
            if moved is not None:
                self.shifted_by += moved - deadline
                deadline, self.extension = moved, None
        if self.cancel is not None:
            raise RunEnded(Outcome.CANCELLED, self.cancel.reason or f"cancelled by {self.cancel.by}")
        if self.take_over is not None:
            raise RunEnded(Outcome.TAKEN_OVER, self.take_over.note or f"taken over by {self.take_over.by}")
        return condition()
