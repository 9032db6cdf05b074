"""Requirement change (R-T3): the batch workflow's input and `progress` query, its activities' inputs and outputs.

`RequirementChangeInput` and `RequirementChangeProgress` are public like the contract (plain JSON from the
`temporal` CLI); the rest is internal to the worker.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, field_validator

from schemas.archive import Id, Job
from schemas.contract import ContractModel, Policy

Weight = Annotated[float, Field(gt=0, lt=1)]


class CandidateFailure(ContractModel):
    """A candidate the fan-out could not trigger, with a reason a person can act on."""

    candidate_id: str
    reason: str


class RequirementChangeProgress(ContractModel):
    """Query `progress` of RequirementChangeWorkflow (also its result, and what continue-as-new carries)."""

    job_id: str
    change_id: str
    batch_run_id: str | None = None
    job_version: int | None = None
    added_dimensions: list[str] = Field(default_factory=list)
    weights: dict[str, float] = Field(default_factory=dict)
    total_active: int | None = None
    cursor: str | None = None
    processed: int = 0
    started: int = 0
    merged: int = 0
    already_done: int = 0
    failed: int = 0
    failures: list[CandidateFailure] = Field(default_factory=list)
    pages: int = 0
    runs: int = 1
    done: bool = False
    started_at: datetime | None = None
    finished_at: datetime | None = None


class RequirementChangeInput(ContractModel):
    """Input of RequirementChangeWorkflow, id `requirement-change-{job_id}-{change_id}`.

    `add_dimensions` maps each new dimension to its weight in the job's next version; the job's other weights
    are scaled so all sum to 1. Pages of `page_size` candidates are paced from the batch's start: page k starts
    no earlier than k × `page_interval_s` (by default 100 per 0.4 s = 250 starts/s; 0 = no limit).
    """

    job_id: Id
    change_id: Id
    add_dimensions: dict[str, Weight] = Field(min_length=1)
    level: Annotated[str, Field(min_length=1, max_length=50)] | None = None
    policy: Policy | None = None
    page_size: Annotated[int, Field(ge=1, le=1000)] = 100
    page_interval_s: Annotated[float, Field(ge=0, le=3600)] = 0.4
    pages_per_run: Annotated[int, Field(ge=1, le=1000)] = 20
    concurrency: Annotated[int, Field(ge=1, le=200)] = 20
    reinterview_task_queue: str | None = None
    resume: RequirementChangeProgress | None = None

    @field_validator("add_dimensions")
    @classmethod
    def _room_for_existing(cls, additions: dict[str, float]) -> dict[str, float]:
        total = sum(additions.values())
        if total >= 1:
            raise ValueError(f"added weights sum to {total:g}; they must leave room for the job's other dimensions")
        return additions


class JobVersion(BaseModel):
    """One recorded version of a job; `added_dimensions` is what the change that created it added."""

    job_id: str
    version: int
    change_id: str | None = None
    added_dimensions: dict[str, float] = Field(default_factory=dict)
    level: str | None = None
    job: Job
    recorded_at: datetime


class RecordChangeInput(BaseModel):
    job_id: str
    change_id: str
    add_dimensions: dict[str, float]
    level: str | None = None


class ActivePageInput(BaseModel):
    job_id: str
    after: str | None = None
    limit: int


class ActivePage(BaseModel):
    candidate_ids: list[str]
    last: bool


class StartReinterviewsInput(BaseModel):
    job_id: str
    change_id: str
    batch_run_id: str
    job_version: int
    added_dimensions: list[str]
    candidate_ids: list[str]
    policy: Policy | None = None
    task_queue: str | None = None
    concurrency: int = 20


class StartReinterviewsResult(BaseModel):
    started: int = 0
    merged: int = 0
    already_done: int = 0
    failures: list[CandidateFailure] = Field(default_factory=list)
