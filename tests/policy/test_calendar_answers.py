"""The calendar answer table (policy.calendar_answers): who answered what, while the run is where."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inbound.itip import CalendarAnswer
from policy.calendar_answers import HandToHr, SignalCandidate, SignalInterviewer, calendar_action, human_time

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)
BOOKED = datetime(2026, 12, 15, 15, 0, tzinfo=SHANGHAI)
PROPOSED = datetime(2026, 12, 16, 10, 0, tzinfo=SHANGHAI)


def answer(role: str, method: str = "REPLY", partstat: str = "ACCEPTED", **changes: object) -> CalendarAnswer:
    values: dict[str, object] = {
        "role": role,
        "method": method,
        "attendee": f"{role}@example.com",
        "attendee_name": "Wang Fang",
        "partstat": partstat,
        "proposed_start": PROPOSED if method == "COUNTER" else None,
        "proposed_end": PROPOSED + timedelta(hours=1) if method == "COUNTER" else None,
        "all_day": False,
        "proposed_tzid": None,
        "comment": "",
        "uid": "u@reinterview",
        "sequence": 0,
    }
    values.update(changes)
    return CalendarAnswer(**values)  # type: ignore[arg-type]


def act(a: CalendarAnswer, stage: str = "scheduled"):
    return calendar_action(a, stage, BOOKED, BOOKED + timedelta(hours=1), "Asia/Shanghai", NOW)


def test_a_candidates_accept_confirms_the_booked_time() -> None:
    action = act(answer("candidate"))
    assert isinstance(action, SignalCandidate) and action.intent == "confirm"
    assert "2026-12-15T15:00:00+08:00/2026-12-15T16:00:00+08:00" in action.text
    assert "Tue 15 Dec 2026 15:00–16:00 (Asia/Shanghai)" in action.text and "2026年12月15日 周二" in action.text


def test_a_candidates_decline_is_a_decline() -> None:
    action = act(answer("candidate", partstat="DECLINED", comment="I took another offer"))
    assert isinstance(action, SignalCandidate) and action.intent == "decline"
    assert action.text.endswith("Comment: I took another offer")


@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED"])
def test_while_new_times_are_offered_an_answer_about_the_booked_time_goes_to_hr(partstat: str) -> None:
    action = act(answer("candidate", partstat=partstat), stage="awaiting_confirmation")
    assert isinstance(action, HandToHr) and action.reason == "calendar_superseded"


def test_a_candidates_counter_asks_to_reschedule_with_the_time_in_iso_and_words() -> None:
    action = act(answer("candidate", "COUNTER", "TENTATIVE", comment="上午更方便"), stage="awaiting_confirmation")
    assert isinstance(action, SignalCandidate) and action.intent == "reschedule"
    assert "2026-12-16T10:00:00+08:00/2026-12-16T11:00:00+08:00" in action.text
    assert "Wed 16 Dec 2026 10:00–11:00 (Asia/Shanghai) / 2026年12月16日 周三 10:00–11:00" in action.text
    assert "上午更方便" in action.text


@pytest.mark.parametrize("role", ["candidate", "interviewer"])
@pytest.mark.parametrize("partstat", ["TENTATIVE", "DELEGATED"])
def test_a_maybe_or_a_delegation_is_never_a_confirmation(role: str, partstat: str) -> None:
    action = act(answer(role, partstat=partstat))
    assert isinstance(action, HandToHr) and action.reason == f"calendar_{partstat.lower()}"


@pytest.mark.parametrize(("partstat", "response"), [("ACCEPTED", "accepted"), ("DECLINED", "declined")])
def test_an_interviewers_reply_is_an_interviewer_reply(partstat: str, response: str) -> None:
    for stage in ("scheduled", "awaiting_confirmation", "awaiting_result"):
        action = act(answer("interviewer", partstat=partstat), stage)
        assert isinstance(action, SignalInterviewer) and (action.response, action.proposed_start) == (response, None)


def test_an_interviewers_counter_carries_the_proposed_start() -> None:
    action = act(answer("interviewer", "COUNTER", "DECLINED"))
    assert isinstance(action, SignalInterviewer) and action.response == "counter"
    assert action.proposed_start == PROPOSED


def test_a_counter_for_a_time_already_past_goes_to_hr() -> None:
    past = NOW - timedelta(hours=1)
    for role in ("candidate", "interviewer"):
        action = act(answer(role, "COUNTER", proposed_start=past, proposed_end=past + timedelta(hours=1)))
        assert isinstance(action, HandToHr) and action.reason == "calendar_counter_in_past"


def test_an_all_day_counter_reads_as_that_day() -> None:
    day = datetime(2026, 12, 18, tzinfo=SHANGHAI)
    action = act(answer("candidate", "COUNTER", proposed_start=day, proposed_end=day + timedelta(days=1), all_day=True))
    assert isinstance(action, SignalCandidate) and "2026-12-18 — Fri 18 Dec 2026, all day" in action.text
    assert human_time(day, None, "Europe/Berlin").startswith("Thu 17 Dec 2026 17:00")
