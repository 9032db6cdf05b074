"""Reading calendar answers (inbound.itip): Outlook, Google Calendar and Apple Calendar REPLY/COUNTER as they
write them, held against our event; every way an answer must not be acted on is refused with its reason."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from inbound.itip import (
    MAX_CALENDAR_CHARS,
    CalendarAnswer,
    ExpectedEvent,
    ItipMessage,
    NotAnAnswer,
    Refusal,
    check_answer,
    find_itip,
    may_hold_calendar,
)
from inbound.mime import parse
from tests.inbound.calendar_clients import (
    SHANGHAI,
    Answer,
    apple_reply,
    google_reply,
    outlook_counter,
    outlook_reply,
)

ORGANIZER = "cal+ktest01.aaaabbbbccccddddeeeeffffgggghhhh@reply.hr.example.com"
UID = "0f9b8a4e-3f7c-4d2a-9a77-1d0c5b6e2f10@reinterview"
START = datetime(2026, 12, 15, 15, 0, tzinfo=SHANGHAI)
END = START + timedelta(hours=1)
INTERVIEWER = Answer(
    uid=UID, organizer=ORGANIZER, attendee="li.wei@corp.example", attendee_name="李伟", start=START, end=END
)
CANDIDATE = INTERVIEWER.but(attendee="wangfang@gmail.com", attendee_name="Wang Fang")


def expected(role: str = "interviewer", **changes: object) -> ExpectedEvent:
    values: dict[str, object] = {
        "uid": UID,
        "sequence": 0,
        "cancelled": False,
        "start": START,
        "end": END,
        "role": role,
        "invitee": INTERVIEWER.attendee if role == "interviewer" else CANDIDATE.attendee,
        "organizer": ORGANIZER,
        "zone": "Asia/Shanghai",
    }
    values.update(changes)
    return ExpectedEvent(**values)  # type: ignore[arg-type]


def read(raw: bytes) -> ItipMessage:
    found = find_itip(parse(raw))
    assert isinstance(found, ItipMessage), found
    return found


def accepted(raw: bytes, exp: ExpectedEvent, sender: str) -> CalendarAnswer:
    answer = check_answer(read(raw), exp, sender)
    assert isinstance(answer, CalendarAnswer), answer
    return answer


def refused(raw: bytes, exp: ExpectedEvent, sender: str) -> Refusal:
    answer = check_answer(read(raw), exp, sender)
    assert isinstance(answer, Refusal), answer
    return answer


# ---- each client, each answer --------------------------------------------------------------------------------------


@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_outlook_reply_with_a_windows_time_zone(partstat: str) -> None:
    raw = outlook_reply(INTERVIEWER.but(partstat=partstat, comment="那天下午要出差" if partstat != "ACCEPTED" else ""))
    assert parse(raw)["Subject"].startswith({"ACCEPTED": "Accepted", "DECLINED": "Declined"}.get(partstat, "Tent"))
    itip = read(raw)
    assert (itip.method, itip.uid, itip.sequence, itip.organizer) == ("REPLY", UID, 0, ORGANIZER)
    assert itip.start is not None and itip.start.tzid == "China Standard Time"
    answer = accepted(raw, expected(), "li.wei@corp.example")
    assert (answer.role, answer.partstat, answer.attendee) == ("interviewer", partstat, "li.wei@corp.example")
    assert answer.proposed_start is None and answer.attendee_name == "李伟"
    assert answer.comment == ("那天下午要出差" if partstat != "ACCEPTED" else "")


def test_outlook_counter_proposes_a_time_read_in_its_windows_zone() -> None:
    proposed = datetime(2026, 12, 17, 10, 30, tzinfo=SHANGHAI)
    raw = outlook_counter(INTERVIEWER.but(comment="17号上午可以吗？"), proposed, proposed + timedelta(hours=1))
    assert parse(raw)["Subject"].startswith("New Time Proposed: ")
    answer = accepted(raw, expected(), "LI.WEI@corp.example")
    assert answer.method == "COUNTER" and answer.proposed_tzid == "China Standard Time"
    assert answer.proposed_start == proposed and answer.proposed_start.utcoffset() == timedelta(hours=8)
    assert answer.proposed_start.astimezone(UTC) == datetime(2026, 12, 17, 2, 30, tzinfo=UTC)
    assert answer.proposed_end == proposed + timedelta(hours=1)
    assert answer.comment == "17号上午可以吗？" and not answer.all_day


@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_google_reply_inline_and_as_invite_ics_counts_once(partstat: str) -> None:
    raw = google_reply(CANDIDATE.but(partstat=partstat))
    message = parse(raw)
    assert " @ " in message["Subject"] and message["Sender"].endswith("<calendar-notification@google.com>")
    kinds = [p.get_content_type() for p in message.walk()]
    assert "text/calendar" in kinds and "application/ics" in kinds  # the same answer twice
    itip = read(raw)
    assert itip.start is not None and itip.start.kind == "utc"
    answer = accepted(raw, expected("candidate"), "wangfang@gmail.com")
    assert (answer.role, answer.partstat) == ("candidate", partstat)


def test_google_reply_only_as_an_invite_ics_attachment() -> None:
    message = parse(google_reply(CANDIDATE))
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    inline.set_payload("This part was removed.")
    inline.set_type("text/plain")
    itip = find_itip(message)
    assert isinstance(itip, ItipMessage) and "invite.ics" in itip.found_in


def test_google_counter_in_utc() -> None:
    proposed = datetime(2026, 12, 16, 1, 0, tzinfo=UTC)
    raw = google_reply(CANDIDATE, counter=(proposed, proposed + timedelta(hours=1)))
    answer = accepted(raw, expected("candidate"), "wangfang@gmail.com")
    assert answer.method == "COUNTER" and answer.proposed_start == proposed and answer.proposed_tzid is None


@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_apple_reply_quoted_printable_with_the_method_only_in_the_body(partstat: str) -> None:
    raw = apple_reply(CANDIDATE.but(attendee_name="王 芳", partstat=partstat))
    calendar_part = next(p for p in parse(raw).walk() if p.get_content_type() == "text/calendar")
    assert (
        calendar_part.get_param("method") is None and calendar_part["Content-Transfer-Encoding"] == "quoted-printable"
    )
    answer = accepted(raw, expected("candidate"), "wangfang@gmail.com")
    assert (answer.partstat, answer.attendee_name) == (partstat, "王 芳")


def test_apple_counter_for_a_whole_day_is_read_in_the_attendees_zone() -> None:
    raw = apple_reply(CANDIDATE, all_day=date(2026, 12, 18))
    itip = replace(read(raw), method="COUNTER")
    answer = check_answer(itip, expected("candidate"), "wangfang@gmail.com")
    assert isinstance(answer, CalendarAnswer) and answer.all_day
    assert answer.proposed_start == datetime(2026, 12, 18, tzinfo=SHANGHAI)
    assert answer.proposed_end == datetime(2026, 12, 19, tzinfo=SHANGHAI)


def test_an_apple_all_day_accept_is_not_held_to_the_booked_hour() -> None:
    answer = accepted(apple_reply(CANDIDATE, all_day=date(2026, 12, 15)), expected("candidate"), "wangfang@gmail.com")
    assert answer.partstat == "ACCEPTED"


def test_a_floating_time_is_read_in_the_attendees_zone() -> None:
    ics = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="DTSTART:20261216T090000\r\nDTEND:20261216T100000\r\n")
    itip = find_itip(_with_calendar(ics.replace("METHOD:REPLY", "METHOD:COUNTER")))
    assert isinstance(itip, ItipMessage) and itip.start is not None and itip.start.kind == "floating"
    answer = check_answer(itip, expected(zone="Europe/Berlin"), "li.wei@corp.example")
    assert isinstance(answer, CalendarAnswer)
    assert answer.proposed_start == datetime(2026, 12, 16, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


# ---- refusals ------------------------------------------------------------------------------------------------------


def test_an_unknown_uid_is_refused() -> None:
    assert refused(outlook_reply(INTERVIEWER.but(uid="other@x")), expected(), "li.wei@corp.example").reason == (
        "calendar_unknown_event"
    )


def test_a_different_organizer_in_the_answer_is_refused() -> None:
    other = ORGANIZER.replace("aaaa", "zzzz")
    refusal = refused(outlook_reply(INTERVIEWER.but(organizer=other)), expected(), "li.wei@corp.example")
    assert refusal.reason == "organizer_mismatch"


def test_an_answer_from_another_attendee_than_the_invitee_is_refused() -> None:
    raw = google_reply(CANDIDATE.but(attendee="someone.else@gmail.com", sender="someone.else@gmail.com"))
    refusal = refused(raw, expected("candidate"), "someone.else@gmail.com")
    assert refusal.reason == "calendar_wrong_attendee" and "someone.else@gmail.com" in refusal.detail


def test_an_answer_sent_from_another_mailbox_is_refused() -> None:
    refusal = refused(google_reply(CANDIDATE), expected("candidate"), "spoofer@evil.test")
    assert refusal.reason == "calendar_sender_mismatch"


def test_an_old_sequence_is_refused_and_a_future_one_too() -> None:
    assert refused(outlook_reply(INTERVIEWER), expected(sequence=2), "li.wei@corp.example").reason == (
        "calendar_stale_sequence"
    )
    assert refused(outlook_reply(INTERVIEWER.but(sequence=3)), expected(sequence=2), "li.wei@corp.example").reason == (
        "calendar_future_sequence"
    )


def test_an_answer_to_a_cancelled_event_is_refused() -> None:
    refusal = refused(
        outlook_reply(INTERVIEWER.but(sequence=1)), expected(sequence=1, cancelled=True), "li.wei@corp.example"
    )
    assert refusal.reason == "calendar_event_cancelled"


def test_accepting_another_time_than_the_booked_one_is_refused() -> None:
    raw = google_reply(CANDIDATE.but(start=START + timedelta(days=1), end=END + timedelta(days=1)))
    assert refused(raw, expected("candidate"), "wangfang@gmail.com").reason == "calendar_time_mismatch"


def test_a_reply_without_an_answer_is_refused() -> None:
    ics = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="").replace("PARTSTAT=DECLINED", "PARTSTAT=NEEDS-ACTION")
    itip = find_itip(_with_calendar(ics))
    assert isinstance(itip, ItipMessage)
    refusal = check_answer(itip, expected(), "li.wei@corp.example")
    assert isinstance(refusal, Refusal) and refusal.reason == "calendar_no_answer"


def test_a_counter_without_a_time_or_ending_before_it_starts_is_refused() -> None:
    proposed = datetime(2026, 12, 16, 9, 0, tzinfo=SHANGHAI)
    itip = read(outlook_counter(INTERVIEWER, proposed, proposed + timedelta(hours=1)))
    no_time = replace(itip, start=None)
    backwards = replace(itip, start=itip.end, end=itip.start)
    assert check_answer(no_time, expected(), "li.wei@corp.example") == Refusal(
        "calendar_counter_without_time", "the COUNTER proposes no DTSTART"
    )
    refusal = check_answer(backwards, expected(), "li.wei@corp.example")
    assert isinstance(refusal, Refusal) and refusal.reason == "calendar_malformed"


def _with_calendar(ics: str, *, content_type: str = "text/calendar") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "li.wei@corp.example"
    message["Subject"] = "Declined: x"
    message.set_content("see attached")
    maintype, subtype = content_type.split("/")
    message.add_attachment(ics.encode(), maintype=maintype, subtype=subtype, filename="invite.ics")
    return message


REPLY_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\n"
    "DTSTAMP:20261208T021500Z\r\nORGANIZER:mailto:{org}\r\n{extra}"
    "ATTENDEE;PARTSTAT=DECLINED:mailto:li.wei@corp.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_malformed_calendars_are_refused_with_what_is_wrong() -> None:
    cases = {
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nthis is not a content line\r\n": "calendar_malformed",
        REPLY_ICS.format(uid="", org=ORGANIZER, extra=""): "calendar_malformed",
        REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="SEQUENCE:two\r\n"): "calendar_malformed",
        REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="DTSTART:2026xx\r\n"): "calendar_malformed",
        REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="DTSTART;TZID=Mars/Olympus:20261215T150000\r\n"): (
            "calendar_unknown_timezone"
        ),
        REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="RECURRENCE-ID:20261215T070000Z\r\n"): "calendar_malformed",
        REPLY_ICS.replace("END:VEVENT\r\n", "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nEND:VEVENT\r\n").format(
            uid=UID, org=ORGANIZER, extra=""
        ): "calendar_malformed",
    }
    for ics, reason in cases.items():
        found = find_itip(_with_calendar(ics))
        assert isinstance(found, Refusal) and found.reason == reason, (ics, found)
        assert found.detail


def test_an_attendee_without_an_address_is_malformed() -> None:
    ics = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="").replace("mailto:li.wei@corp.example", "urn:uuid:1234")
    found = find_itip(_with_calendar(ics))
    assert isinstance(found, Refusal) and found.reason == "calendar_malformed"


def test_two_answers_that_disagree_are_ambiguous() -> None:
    message = _with_calendar(REPLY_ICS.format(uid=UID, org=ORGANIZER, extra=""))
    message.add_attachment(
        REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="").replace("DECLINED", "ACCEPTED").encode(),
        maintype="text",
        subtype="calendar",
        filename="again.ics",
    )
    found = find_itip(message)
    assert isinstance(found, Refusal) and found.reason == "calendar_ambiguous"


def test_an_oversized_calendar_is_not_parsed() -> None:
    ics = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="COMMENT:" + "x" * MAX_CALENDAR_CHARS + "\r\n")
    found = find_itip(_with_calendar(ics))
    assert isinstance(found, Refusal) and found.reason == "calendar_too_large"


def test_other_methods_and_plain_mail_are_not_answers() -> None:
    request = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra="").replace("METHOD:REPLY", "METHOD:REQUEST")
    assert find_itip(_with_calendar(request)) == NotAnAnswer(("REQUEST",))
    plain = EmailMessage()
    plain.set_content("好的，我会准时参加。")
    assert find_itip(plain) is None
    assert not may_hold_calendar(plain.as_bytes())
    assert may_hold_calendar(outlook_reply(INTERVIEWER)) and may_hold_calendar(apple_reply(CANDIDATE))


def test_a_bounce_that_returns_our_invitation_is_not_an_answer() -> None:
    returned = _with_calendar(REPLY_ICS.format(uid=UID, org=ORGANIZER, extra=""))
    bounce = EmailMessage()
    bounce["From"] = "MAILER-DAEMON@mx.example.com"
    bounce.set_content("Delivery failed")
    bounce.add_attachment(returned)  # message/rfc822: someone else's message, never read as ours
    assert find_itip(bounce) is None


# ---- time zones are resolved here, never from icalendar's process-wide cache ---------------------------------------


def _zoned(tzid: str, offset: str, rule: str = "") -> str:
    vtimezone = (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n{rule}"
        f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    param = f'"{tzid}"' if any(c in tzid for c in ":;,") else tzid  # RFC 5545 quotes such parameter values
    ics = REPLY_ICS.format(uid=UID, org=ORGANIZER, extra=f"DTSTART;TZID={param}:20261215T150000\r\n")
    return ics.replace("BEGIN:VEVENT", vtimezone + "BEGIN:VEVENT", 1).replace("METHOD:REPLY", "METHOD:COUNTER")


def test_a_message_defined_zone_is_used_for_that_message_only() -> None:
    custom = find_itip(_with_calendar(_zoned("(UTC+05:30) Chennai, Kolkata", "+0530")))
    assert isinstance(custom, ItipMessage) and custom.start is not None
    assert custom.start.at(SHANGHAI).utcoffset() == timedelta(hours=5, minutes=30)
    # The next message names the same zone without defining it: unknown, not remembered from the last one.
    bare = REPLY_ICS.format(
        uid=UID, org=ORGANIZER, extra='DTSTART;TZID="(UTC+05:30) Chennai, Kolkata":20261215T150000\r\n'
    )
    found = find_itip(_with_calendar(bare))
    assert isinstance(found, Refusal) and found.reason == "calendar_unknown_timezone"


def test_a_well_known_zone_is_not_redefined_by_a_message() -> None:
    found = find_itip(_with_calendar(_zoned("Asia/Shanghai", "+0530")))
    assert isinstance(found, ItipMessage) and found.start is not None
    assert found.start.at(SHANGHAI).utcoffset() == timedelta(hours=8)


def test_a_costly_time_zone_rule_is_not_evaluated() -> None:
    ics = _zoned("Own/Zone", "+0100", rule="RRULE:FREQ=SECONDLY\r\n")
    began = time.monotonic()
    found = find_itip(_with_calendar(ics))
    assert time.monotonic() - began < 2
    assert isinstance(found, Refusal) and found.reason == "calendar_unknown_timezone"
