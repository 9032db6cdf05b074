"""Inputs and outputs of the workflow's own activities (email I/O is in schemas/notifications.py).

Personal data stays out of these: people are named by id, and activities look details up in PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from policy.notices import Audience, Channel, Step, TodoKind
from schemas.archive import Job
from schemas.contract import (
    FeedbackReport,
    Outcome,
    Policy,
    ReadAs,
    Stage,
    SubmitResult,
    TrainingCompleted,
    TriggerKind,
    TriggerSignal,
)
from schemas.plans import Analysis, InterviewPlan, Slot, TrainingPlan


class RunRef(BaseModel):
    workflow_id: str
    run_id: str
    candidate_id: str
    job_id: str


class OpenReinterviewInput(BaseModel):
    run: RunRef
    trigger: TriggerSignal
    now: datetime
    # A follow-up of these requirement changes (continued as new): no cooldown, not counted against max_attempts.
    follow_up_of: list[str] = Field(default_factory=list)


class OpenReinterviewResult(BaseModel):
    """How the trigger was judged by the job's rules; `end_with` set means the run stops here."""

    trigger_kind: TriggerKind | None
    end_with: Outcome | None = None
    reason: str = ""
    trigger_interview_id: str | None = None
    overall_reported: float | None = None
    threshold: float
    # The worker's configured policy (REINTERVIEW_* durations): a run whose input carries no policy (started by
    # another system with just the two ids) takes it from here, recorded in its history, so replay is stable.
    policy: Policy | None = None


class PrepareInput(BaseModel):
    run: RunRef
    trigger_kind: TriggerKind
    trigger_interview_id: str | None = None
    added_dimensions: list[str] = Field(default_factory=list)
    now: datetime
    min_lead_time_s: float
    interview_duration_s: float
    hold_for_s: float = 3 * 24 * 3600  # how long offered times stay held for this run (its reply window)


class Preparation(BaseModel):
    """Everything the invitation and the interviewer need; stored as reports in PostgreSQL too."""

    job: Job
    analysis: Analysis
    training: TrainingPlan
    plan: InterviewPlan
    slots: list[Slot]
    known_dimensions: list[str]


class ProposeSlotsInput(BaseModel):
    run: RunRef
    now: datetime
    earliest: datetime
    interview_duration_s: float
    preference_text: str = ""
    exclude: list[Slot] = Field(default_factory=list)
    hold_for_s: float = 3 * 24 * 3600
    # Interviewers who withdrew from this run (declined, or proposed another time): never offered again. With
    # any, finding no free time is an answer ([]), not a failure: the booking stays and HR follows up.
    avoid_interviewers: list[str] = Field(default_factory=list)


class NoticeFacts(BaseModel):
    """What a step's notices are about: ids, times and codes, never rendered text. The notify activity builds each
    recipient's context from these and the archive (names, labels, places, links)."""

    trigger_kind: TriggerKind | None = None
    round: int = 0  # the invitation round
    slots: list[Slot] = Field(default_factory=list)  # the times offered
    slot: Slot | None = None  # the booked time
    previous_slot: Slot | None = None  # the time a moved booking left
    sequence: int = 0  # the calendar event's SEQUENCE
    rescheduled: bool = False
    reply_by: datetime | None = None
    deadline: datetime | None = None  # when the run acts next if nobody does (decide by, expires at, gives up at)
    outcome: Outcome | None = None
    reason: str = ""
    approved: bool | None = None
    event: Literal["invitation_sent", "report_viewed", "result_ready"] | None = None
    detail: str = ""  # for the step's HR to-do (a question's text)
    trainings: list[TrainingCompleted] = Field(default_factory=list)  # finished since the plan, for the brief
    read_as: ReadAs | None = None  # the candidate's reply this notice echoes (acted on, read from email/calendar)


class Addressee(BaseModel):
    """A recipient of a step: its audience in the step's table (policy/notices.py) and its id (None for HR)."""

    audience: Audience
    id: str | None = None


class NotifyInput(BaseModel):
    """One step's notices: every recipient on every channel, plus the step's HR to-do (one activity)."""

    run: RunRef
    step: Step
    key: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.\-]+$")  # unique within the run
    recipients: list[Addressee]
    facts: NoticeFacts = Field(default_factory=NoticeFacts)
    # The booked interview's end (the run knows it even when the facts do not carry the slot): the candidate's
    # reply address stays valid until then plus `reply_valid_after_interview` (inbound/tokens.py).
    interview_ends_at: datetime | None = None


class Delivery(BaseModel):
    """What became of one recipient's message on one channel."""

    audience: Audience
    recipient: str  # `candidate:c-1`, `interviewer:i-7`, `hr` (never an address)
    template: str
    channel: Channel
    status: Literal["sent", "already_sent", "failed", "skipped"]
    problem: str = ""  # `Type: message` when failed; why when skipped


class NotifyResult(BaseModel):
    deliveries: list[Delivery] = Field(default_factory=list)
    todo: TodoKind | None = None  # the HR to-do the step created (or found)

    def failed(self) -> list[Delivery]:
        return [d for d in self.deliveries if d.status == "failed"]


class BookInput(BaseModel):
    run: RunRef
    event_uid: str
    slot: Slot
    # Sent once the time is booked, in the same activity: the calendar invites, the brief, a hand-over.
    notices: list[NotifyInput] = Field(default_factory=list)


class BookResult(BaseModel):
    booked: bool
    sequence: int = 0
    notified: list[NotifyResult] = Field(default_factory=list)


class CloseRunInput(BaseModel):
    """End the run: record its final stage and outcome, call a booked interview off, tell the people (R-W8)."""

    run: RunRef
    trigger_kind: TriggerKind | None
    outcome: Outcome
    reason: str
    at: datetime
    invited: bool  # an invitation went to the candidate
    booking: Slot | None = None  # the booked time, if any
    event_uid: str
    sequence: int = 0


class CloseRunResult(BaseModel):
    called_off: bool = False
    sequence: int = 0
    notified: list[NotifyResult] = Field(default_factory=list)


class RecordTrainingInput(BaseModel):
    run: RunRef
    training: TrainingCompleted
    received_at: datetime
    # Set once the interview is scheduled (R-L3): the run's training plan, to rebuild the stored interview plan
    # with this training in it; the activity then returns the rebuilt plan for the interviewer's updated brief.
    refresh_plan: TrainingPlan | None = None


LedgerStatus = Literal["started", "dimensions_added", "follow_up_scheduled", "already_assessed"]


class MergeTriggerInput(BaseModel):
    """A trigger merged into a running run: its facts into the archive, and (interview still ahead) the picture."""

    run: RunRef
    trigger: TriggerSignal
    received_at: datetime
    trigger_kind: TriggerKind | None = None  # the run's
    trigger_interview_id: str | None = None  # the run's triggering interview, for the rebuilt analysis
    added_dimensions: list[str] = Field(default_factory=list)  # every dimension added to this run so far
    # Set while the interview is ahead and prepared: the run's preparation, whose analysis and plan are rebuilt.
    rebuild: Preparation | None = None
    ledger: LedgerStatus | None = None  # a requirement change: what the fan-out ledger records for it


class MergeTriggerResult(BaseModel):
    changed: list[str] = Field(default_factory=list)  # the archived interview's facts that got a new version
    job: Job | None = None  # set with a rebuild: the job as the run now sees it (the change's version)
    analysis: Analysis | None = None
    plan: InterviewPlan | None = None
    known_dimensions: list[str] = Field(default_factory=list)


class CompleteInput(BaseModel):
    """The result arrived: build the feedback report, write it back, send it (R-R) and close the run, in one step."""

    run: RunRef
    result: SubmitResult
    interview_at: datetime
    trainings: list[TrainingCompleted] = Field(default_factory=list)
    trigger_kind: TriggerKind | None = None
    interviewer_id: str
    at: datetime


class CompleteResult(BaseModel):
    report: FeedbackReport
    interview_id: str
    notified: list[NotifyResult] = Field(default_factory=list)


class RunStageInput(BaseModel):
    run: RunRef
    trigger_kind: TriggerKind | None
    stage: Stage
    outcome: Outcome | None = None
    at: datetime
    # Set when the run failed (a non-retryable activity error): the row is closed with outcome 'failed' and
    # this reason, and the run's slot holds are released. `stage` is where it failed.
    failure: str | None = None
