"""Signals the reply gateway sends for calendar answers (SPEC R-M5, CONTRACT "Other signals").

`InterviewerReply` is the CONTRACT's `interviewer_reply` payload. `CalendarCandidateReply` is a `candidate_reply`
with two optional extra fields, `source` and `calendar_uid`, so the workflow can tell an answer from a calendar
(its decline follows the echo-and-undo rule of a written one); a workflow whose `CandidateReply` does not know
the fields yet ignores them (extra="ignore").
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas.contract import CandidateReply, ContractModel, OffsetDatetime


class InterviewerReply(ContractModel):
    """Signal `interviewer_reply`: an interviewer's calendar answer to the interview event."""

    interviewer_id: str = Field(min_length=1, max_length=128)
    response: Literal["accepted", "declined", "counter"]
    proposed_start: OffsetDatetime | None = None
    message_id: str | None = None


class CalendarCandidateReply(CandidateReply):
    """`candidate_reply` read from a calendar answer (REPLY or COUNTER) rather than from written text."""

    source: Literal["calendar"] = "calendar"
    calendar_uid: str | None = None
