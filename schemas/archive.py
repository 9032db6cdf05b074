"""The candidate archive: the import format of CONTRACT.md and what the repositories return.

Import records keep unknown fields (`extra="allow"`); they are stored in each row's `extra` JSON column.
Every text the workflow can end up carrying in its history (job, course and question texts, unknown fields) is
bounded here, so one oversized record cannot push an activity result past Temporal's payload limit.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

Id = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:\-]+$")]
Score = Annotated[float, Field(ge=0, le=100)]
Label = Annotated[str, Field(max_length=100)]
Title = Annotated[str, Field(max_length=200)]
QuestionText = Annotated[str, Field(min_length=1, max_length=2000)]

MAX_EXTRA_FIELDS = 20  # unknown fields one import record may carry
MAX_EXTRA_NAME = 64  # characters in an unknown field's name
MAX_EXTRA_JSON = 2000  # characters of an unknown field's value, as JSON


def _bounded_extra(value: Any) -> Any:
    size = len(json.dumps(value, ensure_ascii=False, default=str))
    if size > MAX_EXTRA_JSON:
        raise ValueError(f"an unknown field may hold at most {MAX_EXTRA_JSON} characters of JSON, this one has {size}")
    return value


def _extra_fields_schema(schema: dict[str, Any], cls: type) -> None:
    """JSON Schema: the cap on unknown fields, as `maxProperties`."""
    schema["maxProperties"] = len(schema.get("properties", {})) + MAX_EXTRA_FIELDS


class Record(BaseModel):
    model_config = ConfigDict(extra="allow", json_schema_extra=_extra_fields_schema)
    __pydantic_extra__: dict[str, Annotated[Any, AfterValidator(_bounded_extra)]] = Field(init=False)

    @model_validator(mode="after")
    def _few_extra_fields(self) -> Self:
        extra = self.model_extra or {}
        if len(extra) > MAX_EXTRA_FIELDS:
            raise ValueError(f"at most {MAX_EXTRA_FIELDS} unknown fields per record, this one has {len(extra)}")
        long_names = [name for name in extra if len(name) > MAX_EXTRA_NAME]
        if long_names:
            raise ValueError(f"unknown field names may be at most {MAX_EXTRA_NAME} characters long")
        return self

    def extra_fields(self) -> dict[str, Any]:
        return dict(self.model_extra or {})

    def without_extra_fields(self) -> Self:
        """The record without its unknown fields (what the workflow needs to carry of it)."""
        return type(self).model_validate(self.model_dump(exclude=set(self.model_extra or ())))


class Job(Record):
    job_id: Id
    title: Annotated[str, Field(min_length=1, max_length=200)]
    family: Label = ""
    level: Label = ""
    pass_threshold: Score
    weights: dict[str, Annotated[float, Field(ge=0, le=1)]]
    core_skills: list[str] = Field(default_factory=list)
    gap_bar: Score = 70
    max_attempts: Annotated[int, Field(ge=1, le=20)] = 2
    cooldown_days: Annotated[int, Field(ge=0, le=365)] = 0
    version: Annotated[int, Field(ge=1)] = 1
    # R-R3: an overall this many points under the threshold still asks for more evidence (需进一步考察).
    further_assessment_band: Score = 5
    # R-L2: days from the trigger to the earliest re-interview time, which shape the training plan (≤ 3 days:
    # intensive, ≥ 7: blended). Set, it replaces the workflow policy's minimum lead time plus the days the
    # training plan asks for (2 when there are gaps); unset keeps that default.
    reinterview_lead_days: Annotated[int, Field(ge=1, le=90)] | None = None
    # R-T2: which unfinished AI interviews trigger a re-interview on ingest: "objective" (default: network drop,
    # device failure, any reason but the candidate quitting; see policy.triggers) or "any".
    incomplete_trigger: Literal["objective", "any"] = "objective"
    # CONTRACT's optional job fields: the English title (an English-speaking candidate sees it), where re-interviews
    # take place ("公司3楼会议室", or "online"), and whether the invitation states the AI score and the bar.
    title_en: Title = ""
    interview_location: Title = ""
    invitation_shows_score: bool = False

    @field_validator("weights")
    @classmethod
    def _weights_sum_to_one(cls, weights: dict[str, float]) -> dict[str, float]:
        if not weights:
            raise ValueError("weights must name at least one dimension")
        total = sum(weights.values())
        if not math.isclose(total, 1.0, abs_tol=1e-6):
            raise ValueError(f"weights must sum to 1, they sum to {total:g}")
        return weights

    @model_validator(mode="after")
    def _core_skills_are_weighted(self) -> Job:
        missing = [d for d in self.core_skills if d not in self.weights]
        if missing:
            raise ValueError(f"core_skills {missing} are not among the job's weights")
        return self


class Dimension(Record):
    code: Id
    label_zh: Annotated[str, Field(min_length=1, max_length=100)]
    label_en: Annotated[str, Field(min_length=1, max_length=100)]


class Candidate(Record):
    candidate_id: Id
    name: Annotated[str, Field(min_length=1, max_length=200)]
    email: Annotated[str, Field(max_length=320, pattern=r"^[^@\s\r\n]+@[^@\s\r\n]+\.[^@\s\r\n]+$")] | None = None
    locale: Literal["zh-CN", "en"] = "zh-CN"
    timezone: Annotated[str, Field(max_length=64)] = "Asia/Shanghai"
    education: Title = ""
    years_experience: Annotated[float, Field(ge=0, le=80)] = 0
    learning_style: Literal["video", "text"] = "video"
    resume: str = ""
    # E.164 (a plus sign, country code, number; at most 15 digits), for SMS reminders.
    phone: Annotated[str, Field(pattern=r"^\+[1-9][0-9]{6,14}$")] | None = None

    @field_validator("name")
    @classmethod
    def _no_line_breaks(cls, v: str) -> str:
        if "\r" in v or "\n" in v:
            raise ValueError("name must not contain line breaks")
        return v

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v


MediaRef = Annotated[str, Field(min_length=1, max_length=2000)]


class Media(BaseModel):
    """References to an interview's recording (seed: 视频、音频、transcript); other kinds are kept as given."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, MediaRef | None] = Field(init=False)
    video: MediaRef | None = None
    audio: MediaRef | None = None
    transcript: MediaRef | None = None

    @model_validator(mode="after")
    def _few_kinds(self) -> Self:
        if len(self.model_extra or {}) > MAX_EXTRA_FIELDS:
            raise ValueError(f"at most {MAX_EXTRA_FIELDS} other kinds of media per interview")
        return self

    def references(self) -> dict[str, str]:
        """Each kind of media that has a reference, e.g. {"video": "s3://…"}."""
        return {kind: ref for kind, ref in self.model_dump().items() if ref is not None}


class Interview(Record):
    interview_id: Id
    candidate_id: Id
    job_id: Id
    taken_at: datetime | None = None
    completed: bool = True
    incomplete_reason: str | None = None
    overall_score: Score | None = None
    dimension_scores: dict[str, Score] = Field(default_factory=dict)
    asked_question_ids: list[str] = Field(default_factory=list)
    media: Media = Field(default_factory=Media)
    source: Literal["ai_interview", "reinterview"] = "ai_interview"


class Assessment(Record):
    assessment_id: Id
    candidate_id: Id
    kind: Annotated[str, Field(min_length=1, max_length=100)]
    taken_at: datetime | None = None
    score: Score | None = None
    result: dict[str, Any] = Field(default_factory=dict)


class Training(Record):
    candidate_id: Id
    course_id: Id
    completed_at: datetime | None = None
    pre_score: Score | None = None
    post_score: Score | None = None


class Course(Record):
    course_id: Id
    title: Annotated[str, Field(min_length=1, max_length=200)]
    dimensions: list[str] = Field(min_length=1)
    format: Literal["online", "workshop", "blended"]
    media: Literal["video", "text"]
    hours: Annotated[float, Field(gt=0, le=200)]
    title_en: Title = ""


class Question(Record):
    question_id: Id
    dimension: Id
    kind: Literal["technical", "situational", "case"]
    text_zh: QuestionText
    text_en: QuestionText


class AvailabilityWindow(BaseModel):
    start: datetime
    end: datetime

    @model_validator(mode="after")
    def _ordered(self) -> AvailabilityWindow:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("availability times need a UTC offset")
        if self.end <= self.start:
            raise ValueError("availability end must be after start")
        return self


class Interviewer(Record):
    interviewer_id: Id
    name: Annotated[str, Field(min_length=1, max_length=200)]
    email: Annotated[str, Field(max_length=320, pattern=r"^[^@\s\r\n]+@[^@\s\r\n]+\.[^@\s\r\n]+$")]
    job_ids: list[str] = Field(default_factory=list)
    availability: list[AvailabilityWindow] = Field(default_factory=list)
    # CONTRACT's optional interviewer fields: the language of their emails, their room, their video room.
    locale: Literal["zh-CN", "en"] | None = None
    location: Title | None = None
    meeting_url: Annotated[str, Field(max_length=2000, pattern=r"^https?://\S+$")] | None = None


class ArchiveImport(BaseModel):
    """One import file (`starter.py import FILE.json`)."""

    model_config = ConfigDict(extra="forbid")
    jobs: list[Job] = Field(default_factory=list)
    dimensions: list[Dimension] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    interviews: list[Interview] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    trainings: list[Training] = Field(default_factory=list)
    courses: list[Course] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    interviewers: list[Interviewer] = Field(default_factory=list)


class PastReinterview(BaseModel):
    workflow_id: str
    run_id: str
    trigger_kind: str | None = None
    started_at: datetime
    ended_at: datetime | None = None
    outcome: str | None = None
    follow_up: bool = False  # a follow-up of merged requirement changes: part of the attempt before it


class InterviewFactVersion(BaseModel):
    """One version of one fact of an archived interview (see migration 008): what it was, from where, since when."""

    interview_id: str
    fact: Literal[
        "taken_at", "completed", "incomplete_reason", "overall_score", "asked_question_ids", "score", "media", "extra"
    ]
    key: str = ""
    version: int
    value: Any
    source: str
    recorded_at: datetime


class CandidateArchive(BaseModel):
    """One candidate's whole history for one job, fetched in one round trip (R-A1).

    `interviews` hold each fact's newest version; `interview_revisions` every version of the facts that were ever
    revised (a re-sent interview that changed a score), oldest first.
    """

    candidate: Candidate
    job: Job
    dimensions: dict[str, Dimension] = Field(default_factory=dict)
    interviews: list[Interview] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    trainings: list[Training] = Field(default_factory=list)
    reinterviews: list[PastReinterview] = Field(default_factory=list)
    courses: list[Course] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    interviewers: list[Interviewer] = Field(default_factory=list)
    interview_revisions: list[InterviewFactVersion] = Field(default_factory=list)

    def label(self, code: str, locale: str | None = None) -> str:
        dim = self.dimensions.get(code)
        if dim is None:
            return code
        return dim.label_en if (locale or self.candidate.locale) == "en" else dim.label_zh


class BookedInterval(BaseModel):
    interviewer_id: str
    start: datetime
    end: datetime
