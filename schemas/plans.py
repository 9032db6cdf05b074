"""What the policy functions produce: analysis, training plan, slots, time preferences, interview plan."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator

QuestionKind = Literal["technical", "situational", "case"]
TrainingMode = Literal["none", "intensive", "standard", "blended"]


class Gap(BaseModel):
    """A dimension below the job's bar, or weighed by the job and never scored (R-A2)."""

    code: str
    label: str
    score: float | None  # best earlier score; None when never scored
    bar: float
    weight: float
    core: bool
    reason: Literal["below_bar", "never_scored", "unanswered", "added_by_change"]


class QuestionPick(BaseModel):
    question_id: str
    dimension: str
    kind: QuestionKind
    text: str


class RubricItem(BaseModel):
    criterion: str
    weight: float  # fraction, sums to 1 over the rubric


class Analysis(BaseModel):
    """The comprehensive analysis (综合分析报告) behind the invitation and the interviewer's plan."""

    overall_before: float | None  # as reported by the triggering interview, else computed by the rules
    threshold: float
    best_scores: dict[str, float]
    weighted_overall: float
    gaps: list[Gap]
    focus: list[str]  # dimension codes the re-interview concentrates on, most important first
    questions: list[QuestionPick]
    assessment_tools: list[str]
    rubric: list[RubricItem]
    # Why the interview this re-interview answers was not finished (R-T2), as reported ("unknown" when not);
    # None when it was finished.
    incomplete_reason: str | None = None


class CandidateProfile(BaseModel):
    """Basic information for HR and the interviewer (personal data: stored reports only, never workflow state)."""

    name: str
    education: str
    years_experience: float
    learning_style: str
    locale: str
    timezone: str


class AttemptSummary(BaseModel):
    """One earlier AI interview or re-interview, with the references to its recordings."""

    interview_id: str
    job_id: str
    source: str
    taken_at: dt.datetime | None
    completed: bool
    incomplete_reason: str | None = None
    incomplete_objective: bool | None = None  # None when the interview was finished
    overall_score: float | None  # as reported, else computed by the job's rules
    overall_reported: bool
    dimension_scores: dict[str, float]
    video: str | None = None
    audio: str | None = None
    transcript: str | None = None
    trigger: bool = False  # the interview this re-interview answers


class AssessmentSummary(BaseModel):
    assessment_id: str
    kind: str  # e.g. personality, skill_test
    taken_at: dt.datetime | None
    score: float | None
    result: dict[str, str]  # the assessment's findings, as short texts


class TrainingRecord(BaseModel):
    course_id: str
    title: str
    completed_at: dt.datetime | None
    pre_score: float | None
    post_score: float | None


class AnalysisBackground(BaseModel):
    """What the comprehensive analysis report (R-P3) shows besides the analysis: who, resume, history."""

    profile: CandidateProfile
    resume_summary: str
    attempts: list[AttemptSummary]
    assessments: list[AssessmentSummary]
    trainings: list[TrainingRecord]


class TrainingItem(BaseModel):
    course_id: str
    title: str
    title_en: str = ""  # the catalog's English title, when it has one
    dimension: str
    format: Literal["online", "workshop", "blended"]
    media: Literal["video", "text"]
    hours: float
    core: bool


class TrainingPlan(BaseModel):
    mode: TrainingMode
    days_available: int
    items: list[TrainingItem] = Field(default_factory=list)
    total_hours: float = 0
    activities: list[str] = Field(default_factory=list)  # e.g. case practice, simulation, workshop, mock interview


class Slot(BaseModel):
    start: dt.datetime
    end: dt.datetime
    interviewer_id: str


PartOfDay = Literal["morning", "afternoon", "evening"]


class TimePreference(BaseModel):
    """When a candidate would rather be interviewed ("改到周四下午", "next Monday morning")."""

    weekdays: set[Annotated[int, Field(ge=0, le=6)]] = Field(default_factory=set)  # 0 = Monday; empty = any
    part_of_day: PartOfDay | None = None
    timezone: str = "UTC"  # the candidate's zone: weekdays, parts of day and `date` are local to it
    date: dt.date | None = None  # one specific local day ("明天", "下周一", "tomorrow")

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v


class InterviewPlan(BaseModel):
    """The personalized interview plan (R-P4) handed to the interviewer."""

    dimensions: list[str]
    questions: list[QuestionPick]
    assessment_tools: list[str]
    rubric: list[RubricItem]
    training_notes: list[str] = Field(default_factory=list)  # "ask how the training was applied"
