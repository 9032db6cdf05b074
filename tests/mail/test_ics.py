"""Calendar invites parse back with icalendar: method, stable UID, sequence, UTC times, attendees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import icalendar
import pytest

from mail.ics import build_ics
from schemas.notifications import CalendarInvite

SHANGHAI = timezone(timedelta(hours=8))


def invite(**overrides: Any) -> CalendarInvite:
    values: dict[str, Any] = {
        "uid": "reinterview-job-ecs-1-c-1-r1@hr.example.com",
        "sequence": 0,
        "method": "REQUEST",
        "start": datetime(2026, 12, 3, 14, 0, tzinfo=SHANGHAI),
        "end": datetime(2026, 12, 3, 15, 0, tzinfo=SHANGHAI),
        "summary": "Re-interview / 重新面试: 电商客服专员",
        "description": "Bring your ID copy.",
        "location": "https://meet.hr.example.com/reinterview/x",
        "interviewer_id": "i-7",
        "candidate_id": "c-1",
    }
    return CalendarInvite(**(values | overrides))


ATTENDEES = [("张三", "zhangsan@example.com"), ("李老师", "li@hr.example.com")]


def parse(ics: bytes) -> tuple[icalendar.Calendar, Any]:
    """The calendar and its one event (Any: icalendar types a property as a union of its 30 value classes)."""
    cal = icalendar.Calendar.from_ical(ics)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    return cal, events[0]


def test_request_parses_back_with_uid_sequence_and_utc_times() -> None:
    cal, event = parse(build_ics(invite(), "Re-interview <reinterview@hr.example.com>", ATTENDEES))

    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == "reinterview-job-ecs-1-c-1-r1@hr.example.com"
    assert int(event["SEQUENCE"]) == 0
    assert str(event["STATUS"]) == "CONFIRMED"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 12, 3, 6, 0, tzinfo=UTC) and start.utcoffset() == timedelta(0)
    assert end == datetime(2026, 12, 3, 7, 0, tzinfo=UTC)
    assert b"DTSTART:20261203T060000Z" in build_ics(invite(), "x@hr.example.com", [])
    assert str(event["ORGANIZER"]) == "mailto:reinterview@hr.example.com"
    assert event["ORGANIZER"].params["CN"] == "Re-interview"
    attendees = event["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:zhangsan@example.com", "mailto:li@hr.example.com"]
    assert all(a.params["RSVP"] == "TRUE" and a.params["ROLE"] == "REQ-PARTICIPANT" for a in attendees)
    assert attendees[0].params["CN"] == "张三"
    assert str(event["SUMMARY"]) == "Re-interview / 重新面试: 电商客服专员"


def test_update_keeps_uid_and_raises_sequence() -> None:
    moved = invite(
        sequence=1, start=datetime(2026, 12, 4, 10, tzinfo=SHANGHAI), end=datetime(2026, 12, 4, 11, tzinfo=SHANGHAI)
    )
    _, event = parse(build_ics(moved, "reinterview@hr.example.com", ATTENDEES))
    assert str(event["UID"]) == invite().uid
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == datetime(2026, 12, 4, 2, tzinfo=UTC)


def test_cancel_parses_back_as_cancelled() -> None:
    cal, event = parse(build_ics(invite(method="CANCEL", sequence=2), "reinterview@hr.example.com", ATTENDEES))
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 2
    assert str(event["UID"]) == invite().uid


def test_participant_names_cannot_break_lines() -> None:
    ics = build_ics(invite(), "reinterview@hr.example.com", [("x\r\nATTENDEE:mailto:evil@x", "ok@example.com")])
    _, event = parse(ics)
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ok@example.com"
    assert b"\r\nATTENDEE:mailto:evil" not in ics


def test_invite_times_need_an_offset_and_an_order() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        invite(start=datetime(2026, 12, 3, 14), end=datetime(2026, 12, 3, 15))  # noqa: DTZ001 - naive on purpose
    with pytest.raises(ValueError, match="after its start"):
        invite(end=datetime(2026, 12, 3, 13, 0, tzinfo=SHANGHAI))
