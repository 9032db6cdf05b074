"""What a checked calendar answer means for the run (SPEC R-M5): the same signals as written replies.

A table, read by `calendar_action`:

| who         | answer              | while the run is      | action                                              |
|-------------|---------------------|-----------------------|-----------------------------------------------------|
| candidate   | REPLY ACCEPTED      | awaiting_confirmation | HR to-do: the booked time accepted, new ones offered |
| candidate   | REPLY ACCEPTED      | any other open stage  | `candidate_reply` confirm (the booked time in text)  |
| candidate   | REPLY DECLINED      | awaiting_confirmation | HR to-do: the booked time declined, new ones offered |
| candidate   | REPLY DECLINED      | any other open stage  | `candidate_reply` decline, marked as from a calendar |
| candidate   | COUNTER             | (proposal ahead)      | `candidate_reply` reschedule, the proposal in text   |
| interviewer | REPLY ACCEPTED      |                       | `interviewer_reply` accepted                         |
| interviewer | REPLY DECLINED      |                       | `interviewer_reply` declined                         |
| interviewer | COUNTER             | (proposal ahead)      | `interviewer_reply` counter with proposed_start      |
| anyone      | REPLY TENTATIVE     |                       | HR to-do (a "maybe" is never a confirmation)         |
| anyone      | REPLY DELEGATED     |                       | HR to-do (someone else would come)                   |
| anyone      | COUNTER in the past |                       | HR to-do                                             |

A candidate's confirm carries no `slot`: slot numbers index the offer the workflow holds, which the gateway cannot
see, and a wrong number would be a wrong action; the booked time travels in `text` instead. A candidate's decline is
marked `source="calendar"` so the workflow applies the echo-and-undo rule of a written decline. An interviewer's
signal carries its `text` for HR's to-do: who answered, the booked time, the proposal, the comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from inbound.itip import CalendarAnswer

_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ZH_DAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class SignalCandidate:
    """Send `candidate_reply` with this intent and text (marked as a calendar answer)."""

    intent: Literal["confirm", "decline", "reschedule"]
    text: str


@dataclass(frozen=True)
class SignalInterviewer:
    """Send `interviewer_reply` (CONTRACT) with this response."""

    response: Literal["accepted", "declined", "counter"]
    proposed_start: datetime | None
    text: str


@dataclass(frozen=True)
class HandToHr:
    """No signal: an HR to-do, because acting on the answer could be a wrong action."""

    reason: str
    kind: str
    title: str
    text: str


CalendarAction = SignalCandidate | SignalInterviewer | HandToHr

_CANDIDATE_REPLIES: dict[str, Literal["confirm", "decline"]] = {"ACCEPTED": "confirm", "DECLINED": "decline"}
_INTERVIEWER_REPLIES: dict[str, Literal["accepted", "declined"]] = {"ACCEPTED": "accepted", "DECLINED": "declined"}
_UNDECIDED = {
    "TENTATIVE": ("calendar_tentative", "answered 'tentative' (maybe) to the interview invitation"),
    "DELEGATED": ("calendar_delegated", "delegated the interview invitation to someone else"),
}
# Stages in which the booked event is not what the run waits on: new times are being offered.
_REOFFERING = frozenset({"awaiting_confirmation"})


def human_time(start: datetime, end: datetime | None, zone: str, *, all_day: bool = False) -> str:
    """ "Wed 16 Dec 2026 15:00–16:00 (Asia/Shanghai) / 2026年12月16日 周三 15:00–16:00", in `zone`."""
    local = start.astimezone(ZoneInfo(zone))
    day = local.weekday()
    en_day = f"{_EN_DAYS[day]} {local.day} {_EN_MONTHS[local.month - 1]} {local.year}"
    zh_day = f"{local.year}年{local.month}月{local.day}日 {_ZH_DAYS[day]}"
    if all_day:
        return f"{en_day}, all day ({zone}) / {zh_day} 全天"
    span = f"{local:%H:%M}"
    if end is not None:
        span += f"–{end.astimezone(ZoneInfo(zone)):%H:%M}"
    return f"{en_day} {span} ({zone}) / {zh_day} {span}"


def iso_span(start: datetime, end: datetime | None, zone: str, *, all_day: bool = False) -> str:
    """ISO 8601 with the offset of `zone`: `start/end` (the local date for an all-day proposal)."""
    local = start.astimezone(ZoneInfo(zone))
    if all_day:
        return local.date().isoformat()
    return local.isoformat() + (f"/{end.astimezone(ZoneInfo(zone)).isoformat()}" if end is not None else "")


def _who(answer: CalendarAnswer) -> str:
    return f"The {answer.role} ({answer.attendee_name or answer.attendee})"


def _text(summary: str, answer: CalendarAnswer) -> str:
    return f"{summary}\nComment: {answer.comment}" if answer.comment else summary


def calendar_action(
    answer: CalendarAnswer, stage: str, booked_start: datetime, booked_end: datetime, zone: str, now: datetime
) -> CalendarAction:
    """The action for one checked answer while the run is at `stage`; `zone` is the attendee's, for the text."""
    if answer.method == "COUNTER":
        assert answer.proposed_start is not None
        start, end = answer.proposed_start, answer.proposed_end
        proposal = (
            f"Calendar COUNTER: proposed {iso_span(start, end, zone, all_day=answer.all_day)} — "
            f"{human_time(start, end, zone, all_day=answer.all_day)}"
        )
        latest = start + timedelta(days=1) if answer.all_day else start
        if latest <= now:
            return HandToHr(
                "calendar_counter_in_past",
                "calendar_counter",
                f"{_who(answer)} proposed a new time that has already passed",
                _text(proposal, answer),
            )
        if answer.role == "candidate":
            return SignalCandidate("reschedule", _text(proposal, answer))
        moved = (
            f"{_who(answer)} asks to move the interview booked for {human_time(booked_start, booked_end, zone)} "
            f"to {human_time(start, end, zone, all_day=answer.all_day)}."
        )
        return SignalInterviewer("counter", start, _text(f"{moved}\n{proposal}", answer))

    undecided = _UNDECIDED.get(answer.partstat)
    booked = f"{iso_span(booked_start, booked_end, zone)} — {human_time(booked_start, booked_end, zone)}"
    if undecided is not None:
        reason, what = undecided
        return HandToHr(
            reason, reason, f"{_who(answer)} {what}", _text(f"Calendar REPLY {answer.partstat}: {booked}", answer)
        )
    summary = _text(f"Calendar REPLY {answer.partstat}: {booked}", answer)
    if answer.role == "interviewer":
        response = _INTERVIEWER_REPLIES[answer.partstat]
        said = f"{_who(answer)} {response} the interview booked for {human_time(booked_start, booked_end, zone)}."
        return SignalInterviewer(response, None, _text(f"{said}\nCalendar REPLY {answer.partstat}: {booked}", answer))
    intent = _CANDIDATE_REPLIES[answer.partstat]
    if stage in _REOFFERING:
        return HandToHr(
            "calendar_superseded",
            "calendar_superseded",
            f"{_who(answer)} {'accepted' if intent == 'confirm' else 'declined'} the calendar event of the booked time "
            "while new times are offered",
            summary,
        )
    return SignalCandidate(intent, summary)
