"""The public contract (shared/CONTRACT.md): workflow input, signals, update, queries.

Plain JSON from any SDK or the `temporal` CLI must validate against these shapes, so fields that other
systems may omit have defaults and unknown extra fields are ignored rather than rejected.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
)

from schemas.archive import Id as ArchiveId  # what a signal names must be storable in the archive
from schemas.archive import Media


def _with_offset(value: datetime, info: ValidationInfo) -> datetime:
    if info.context and info.context.get("accept_naive_times"):  # runs that took naive times before (handlers.py)
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            "must be an ISO 8601 time with a UTC offset, e.g. 2025-06-03T14:00:00+08:00 or "
            "2025-06-03T06:00:00Z (a time without one is ambiguous)"
        )
    return value


# CONTRACT.md: times are ISO 8601 *with offset*. A naive time sent by another system is refused, never guessed.
OffsetDatetime = Annotated[datetime, AfterValidator(_with_offset)]


class Stage(StrEnum):
    TRIGGERED = "triggered"
    AWAITING_HR_APPROVAL = "awaiting_hr_approval"
    PREPARING = "preparing"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    SCHEDULED = "scheduled"
    AWAITING_RESULT = "awaiting_result"
    COMPLETED = "completed"


class Outcome(StrEnum):
    RECOMMEND_HIRE = "recommend_hire"
    NEEDS_FURTHER_ASSESSMENT = "needs_further_assessment"
    NOT_MEETING = "not_meeting"
    NOT_NEEDED = "not_needed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    REJECTED_BY_HR = "rejected_by_hr"
    LIMIT_REACHED = "limit_reached"
    REQUEST_EXPIRED = "request_expired"  # a candidate's request got no HR decision in time
    RESULT_MISSING = "result_missing"  # no result ever arrived for the interview (nobody is blamed)
    TAKEN_OVER = "taken_over"  # HR took the run over (`hr_action`); HR continues by hand


class TriggerKind(StrEnum):
    LOW_SCORE = "low_score"
    INCOMPLETE = "incomplete"
    REQUIREMENT_CHANGE = "requirement_change"
    CANDIDATE_REQUEST = "candidate_request"
    MANUAL = "manual"


class ContractModel(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ReinterviewInput(ContractModel):
    """Workflow input. `policy` is optional: backends send only the two ids."""

    candidate_id: Annotated[str, Field(min_length=1, max_length=128)]
    job_id: Annotated[str, Field(min_length=1, max_length=128)]
    policy: Policy | None = None
    # Set only by the workflow itself when it continues as new into a follow-up re-interview (CHANGELOG).
    follow_up: FollowUp | None = None


class FollowUp(ContractModel):
    """A follow-up re-interview of dimensions that requirement changes added after this candidate's interview had
    passed: same workflow id, cooldown waived, not counted against the job's `max_attempts`."""

    change_ids: list[str] = Field(min_length=1)
    added_dimensions: list[str] = Field(min_length=1)


class Policy(ContractModel):
    """Durations the workflow waits. Defaults are the real ones; the demo and tests shorten them."""

    reply_reminder_after_s: float = 24 * 3600
    escalate_after_s: float = 24 * 3600
    expire_after_s: float = 24 * 3600
    hr_decision_timeout_s: float = 3 * 24 * 3600
    interview_reminder_before_s: float = 24 * 3600
    result_first_reminder_after_s: float = 3600
    result_reminder_every_s: float = 24 * 3600
    result_escalate_after_s: float = 2 * 24 * 3600
    result_no_show_after_s: float = 3 * 24 * 3600
    interview_duration_s: float = 3600
    min_lead_time_s: float = 2 * 24 * 3600
    # A decline read from an email or a calendar answer ends the run after this long (never past the interview's
    # start) unless the candidate chooses again meanwhile.
    decline_grace_s: float = 12 * 3600


class AiInterviewResult(ContractModel):
    interview_id: Annotated[str, Field(min_length=1, max_length=128)]
    completed: bool = True
    incomplete_reason: str | None = None
    overall_score: float | None = Field(default=None, ge=0, le=100)
    dimension_scores: dict[str, Annotated[float, Field(ge=0, le=100)]] = Field(default_factory=dict)
    taken_at: OffsetDatetime | None = None
    asked_question_ids: list[str] = Field(default_factory=list)
    media: Media | None = None  # the recording's references: {"video": ..., "audio": ..., "transcript": ...}

    @model_serializer(mode="wrap")
    def _only_what_was_sent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Serialize the fields the sender gave and no defaults, so a result that travels through Temporal still
        tells what it omitted: the archive keeps what a re-sent interview leaves out (e.g. `completed`)."""
        data: dict[str, Any] = handler(self)
        return {name: value for name, value in data.items() if name in self.model_fields_set}


class TriggerSignal(ContractModel):
    """Signal `trigger`. Which fields are required depends on `kind`; see `problems()`."""

    kind: Literal["ai_result", "requirement_change", "candidate_request", "manual"]
    interview: AiInterviewResult | None = None
    change_id: str | None = None
    added_dimensions: list[str] = Field(default_factory=list)
    reason: str | None = None
    requested_by: str | None = None

    def problems(self) -> list[str]:
        """What makes this trigger unusable, as messages a person can act on (empty when fine)."""
        if self.kind == "ai_result" and self.interview is None:
            return ["trigger kind 'ai_result' needs an 'interview' object"]
        if self.kind == "candidate_request" and not (self.reason or "").strip():
            return ["trigger kind 'candidate_request' needs a non-empty 'reason'"]
        if self.kind == "requirement_change" and not self.added_dimensions:
            return ["trigger kind 'requirement_change' needs at least one entry in 'added_dimensions'"]
        return []  # a `manual` trigger's reason is optional


class CandidateReply(ContractModel):
    """Signal `candidate_reply`. `confirm` (or `reschedule`) with a `slot` picks that offered time; `unclear`: the
    reader could not tell what the candidate wants."""

    intent: Literal["confirm", "decline", "reschedule", "question", "unclear"]
    slot: int | None = Field(default=None, ge=1, le=10)
    text: str = ""
    message_id: str | None = None
    # Where the reply was read: the reply gateway sends "email", answer links "link", calendar answers "calendar".
    # A decline read from an email or a calendar answer waits out a grace period (Policy.decline_grace_s); one
    # sent by link, or with no source (a backend), ends the run at once.
    source: Literal["email", "link", "calendar"] | None = None


class ReadAs(BaseModel):
    """How the run read a reply it acted on, echoed to the candidate ("We read your reply as: ..."): ids, times and
    codes only. `closes_at`: for a decline, when the run ends unless the candidate chooses again."""

    intent: Literal["confirm", "decline", "reschedule"]
    slot: int | None = None
    slot_start: datetime | None = None
    source: Literal["email", "calendar"]
    closes_at: datetime | None = None


class ChoiceSlot(ContractModel):
    """One time of the current offer, numbered as offered; `booked`: the interview is booked at it."""

    number: int
    start: datetime
    end: datetime
    booked: bool = False


class ReplyChoices(ContractModel):
    """Query `choices`: what the candidate can choose now (the choose page). `open` while the run is open, in
    `awaiting_confirmation` or `scheduled`, and the booked interview (if any) has not started."""

    open: bool
    stage: Stage
    outcome: Outcome | None = None
    read_as: ReadAs | None = None  # the last reply the run acted on from an email or a calendar answer
    slots: list[ChoiceSlot] = Field(default_factory=list)  # the current offer's times, numbered as offered
    decline_closes_at: datetime | None = None  # a decline read from an email waits until then
    interview_at: datetime | None = None


class InterviewerReply(ContractModel):
    """Signal `interviewer_reply`: an interviewer's calendar answer to the booked interview."""

    interviewer_id: Annotated[str, Field(min_length=1, max_length=128)]
    response: Literal["accepted", "declined", "counter"]
    proposed_start: OffsetDatetime | None = None
    message_id: str | None = None
    # What the answer says for people (who, which booked time, the proposal, the comment), for HR's to-do.
    text: str = Field(default="", max_length=4000)


class TrainingCompleted(ContractModel):
    course_id: ArchiveId
    assessment_score: float = Field(ge=0, le=100)
    completed_at: OffsetDatetime | None = None
    pre_score: float | None = Field(default=None, ge=0, le=100)


class HrDecision(ContractModel):
    approved: bool
    note: str = ""
    by: str = "hr"


class ReportViewed(ContractModel):
    by: Literal["interviewer", "hr"]
    at: OffsetDatetime | None = None


class CancelRequest(ContractModel):
    reason: str = ""
    by: str = "hr"


class HrAction(ContractModel):
    """Signal `hr_action`: `extend_deadline` moves the current wait's deadline to `until` (a time with offset);
    `take_over` ends the automation (outcome `taken_over`)."""

    action: Literal["extend_deadline", "take_over"]
    until: OffsetDatetime | None = None
    by: str = "hr"
    note: str = ""


class NoShowReport(ContractModel):
    """Signal `no_show` (an extension): the interviewer reports the candidate did not attend."""

    by: str = "interviewer"
    note: str = ""


class SubmitResult(ContractModel):
    """Update `submit_result`."""

    dimension_scores: dict[str, float]
    comments: str = ""
    submitted_by: str = "interviewer"
    media: Media | None = None  # the interview's recording, archived with the result


class SubmitResultAck(ContractModel):
    accepted: bool = True
    outcome: Outcome | None = None


class TimelineEntry(ContractModel):
    at: datetime
    event: str


class StatusView(ContractModel):
    stage: Stage
    outcome: Outcome | None = None
    trigger_kind: TriggerKind | None = None
    interview_at: datetime | None = None
    timeline: list[TimelineEntry] = Field(default_factory=list)
    next_deadline: datetime | None = None


class DimensionChange(ContractModel):
    code: str
    label: str = ""
    before: float | None = None
    after: float | None = None
    weight: float = 0.0


class Recommendation(StrEnum):
    RECOMMEND_HIRE = "recommend_hire"
    NEEDS_FURTHER_ASSESSMENT = "needs_further_assessment"
    NOT_MEETING = "not_meeting"


class FeedbackReport(ContractModel):
    """Query `report`: the feedback report. `internal_notes` is never in the candidate's version."""

    overall_before: float | None
    overall_after: float
    threshold: float
    dimensions: list[DimensionChange]
    recommendation: Recommendation
    strengths: list[str] = Field(default_factory=list)
    weaknesses: list[str] = Field(default_factory=list)
    next_training: list[str] = Field(default_factory=list)
    training_applied: list[str] = Field(default_factory=list)
    comments: str = ""
    internal_notes: str = ""

    @field_validator("overall_after", "threshold")
    @classmethod
    def _one_decimal(cls, v: float) -> float:
        return round(v, 1)


ReinterviewInput.model_rebuild()
