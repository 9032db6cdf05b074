"""Signals the reply gateway sends for calendar answers (SPEC R-M5, CONTRACT "Other signals").

`CalendarInterviewerReply` is the CONTRACT's `interviewer_reply` payload, its `text` the answer in words (who,
the booked time, a proposal, the interviewer's comment) for HR's to-do. `CalendarCandidateReply` is a
`candidate_reply` with two optional extra fields, `source` and `calendar_uid`, so the workflow can tell an answer
from a calendar (its decline follows the echo-and-undo rule of a written one). A workflow whose models do not know
the extra fields yet ignores them (extra="ignore").
"""

from __future__ import annotations

from typing import Literal

from schemas.contract import CandidateReply, InterviewerReply


class CalendarInterviewerReply(InterviewerReply):
    """`interviewer_reply` read from an interviewer's calendar answer (its `text`: the answer in words)."""


class CalendarCandidateReply(CandidateReply):
    """`candidate_reply` read from a calendar answer (REPLY or COUNTER) rather than from written text."""

    source: Literal["calendar"] = "calendar"
    calendar_uid: str | None = None
