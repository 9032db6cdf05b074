"""Inputs and outputs of the workflow's own activities (email I/O is in schemas/notifications.py).

Personal data stays out of these: people are named by id, and activities look details up in PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.archive import Job
from schemas.contract import (
    FeedbackReport,
    Outcome,
    Policy,
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


class BookInput(BaseModel):
    run: RunRef
    event_uid: str
    slot: Slot


class BookResult(BaseModel):
    booked: bool
    sequence: int = 0


class CancelBookingInput(BaseModel):
    event_uid: str


class RecordTrainingInput(BaseModel):
    run: RunRef
    training: TrainingCompleted
    received_at: datetime
    # Set once the interview is scheduled (R-L3): the run's training plan, to rebuild the stored interview plan
    # with this training in it; the activity then returns the rebuilt plan for the interviewer's updated brief.
    refresh_plan: TrainingPlan | None = None


class TodoInput(BaseModel):
    run: RunRef
    key: str
    kind: Literal[
        "approve_request", "check_reply", "reply_escalation", "candidate_question", "result_escalation", "undeliverable"
    ]
    title: str
    detail: str = ""


class CompleteInput(BaseModel):
    run: RunRef
    result: SubmitResult
    interview_at: datetime
    trainings: list[TrainingCompleted] = Field(default_factory=list)


class CompleteResult(BaseModel):
    report: FeedbackReport
    interview_id: str


class RunStageInput(BaseModel):
    run: RunRef
    trigger_kind: TriggerKind | None
    stage: Stage
    outcome: Outcome | None = None
    at: datetime
    # Set when the run failed (a non-retryable activity error): the row is closed with outcome 'failed' and
    # this reason, and the run's slot holds are released. `stage` is where it failed.
    failure: str | None = None
