"""Retention of inbound mail (SPEC R-M4): the input and result of RetentionWorkflow and its one activity."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class RetentionInput(BaseModel):
    """What the schedule starts the workflow with: how long raw mail and dead letters are kept."""

    retention_s: float = Field(gt=0)


class PurgeInput(BaseModel):
    """Delete what was received before `older_than`."""

    older_than: datetime


class PurgeResult(BaseModel):
    """Rows deleted or emptied, by what was purged (`inbound_dead_letters`, `inbound_raw_mail`, ...)."""

    purged: dict[str, int]
