"""Calendar answers as real clients write them (RFC 5546 iTIP in RFC 6047 iMIP mail), built around our event.

No mail client runs here; each builder follows what that client puts on the wire:
- Outlook / Exchange: multipart/alternative (text, HTML, `text/calendar; method=REPLY` base64), Windows TZID with a
  VTIMEZONE, X-MICROSOFT-CDO-* properties, subjects "Accepted: ", "Declined: ", "Tentative: ", and a COUNTER
  ("New Time Proposed: ") carrying the original time in X-MS-OLK-ORIGINALSTART/END.
- Google Calendar: multipart/mixed of an alternative (text, HTML, inline `text/calendar; method=REPLY`) and the
  same calendar again as the `invite.ics` attachment (`application/ics`), UTC times, subject
  "Accepted: <title> @ <when> (<organizer>)", Sender: Google Calendar.
- Apple Calendar: quoted-printable `text/calendar` with no `method` parameter (METHOD only in the body), IANA TZID
  with a VTIMEZONE, ATTENDEE with quoted CN, CUTYPE, EMAIL, PARTSTAT; REQUEST-STATUS. Apple Calendar offers no
  "propose a new time" for an invitation that came by mail, so it never sends a COUNTER (hence no Apple builder
  in `COUNTERS`).
A delegating attendee (PARTSTAT=DELEGATED) names the delegate in DELEGATED-TO, as RFC 5546 4.2.5 writes it.
"""

from __future__ import annotations

import base64
import email.quoprimime
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.header import Header
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
CRLF = "\r\n"


@dataclass(frozen=True)
class Answer:
    """What the attendee answers, about which event (the facts every client writes its own way)."""

    uid: str
    organizer: str  # the address the copy of the event named (cal+TOKEN@…)
    attendee: str
    attendee_name: str
    start: datetime  # the booked time
    end: datetime
    sequence: int = 0
    summary: str = "Re-interview / 重新面试: 电商客服专员"
    partstat: str = "ACCEPTED"
    comment: str = ""
    sender: str | None = None  # From, when it differs from the attendee
    message_id: str | None = None
    delegated_to: str = ""  # PARTSTAT=DELEGATED: the address the attendee handed the invitation to

    def but(self, **changes: object) -> Answer:
        return replace(self, **changes)  # type: ignore[arg-type]

    def delegation(self) -> str:
        """The ATTENDEE parameter of a delegating REPLY (RFC 5546 4.2.5), with its leading ';'."""
        return f';DELEGATED-TO="mailto:{self.delegated_to}"' if self.delegated_to else ""


def _fold(line: str) -> str:
    """RFC 5545 folding at 75 octets (clients fold; readers must unfold)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out: list[str] = []
    current = b""
    for ch in line:
        piece = ch.encode("utf-8")
        if len(current) + len(piece) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += piece
    out.append(current.decode("utf-8"))
    return (CRLF + " ").join(out)


def _ics(lines: list[str]) -> str:
    return CRLF.join(_fold(line) for line in lines) + CRLF


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(moment: datetime, zone: ZoneInfo = SHANGHAI) -> str:
    return moment.astimezone(zone).strftime("%Y%m%dT%H%M%S")


def _b64(text: str) -> str:
    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return CRLF.join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def _encoded(value: str) -> str:
    """A header value as clients write it: RFC 2047 (UTF-8, base64) when it is not ASCII."""
    return value if value.isascii() else Header(value, "utf-8").encode()


def _qp(text: str) -> str:
    return email.quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol=CRLF)


def _headers(answer: Answer, subject: str, extra: list[str]) -> list[str]:
    sender = answer.sender or f"{_encoded(answer.attendee_name)} <{answer.attendee}>"
    return [
        f"From: {sender}",
        f"To: Re-interview <{answer.organizer}>",
        f"Subject: {_encoded(subject)}",
        "Date: Tue, 08 Dec 2026 10:15:00 +0800",
        f"Message-ID: {answer.message_id or f'<{uuid.uuid4().hex}@mail.example.com>'}",
        "MIME-Version: 1.0",
        *extra,
    ]


_OUTLOOK_VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:China Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]

_OUTLOOK_WORDS = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative", "DELEGATED": "Delegated"}


def _outlook(answer: Answer, method: str, subject: str, event_lines: list[str], text: str) -> bytes:
    ics = _ics(
        [
            "BEGIN:VCALENDAR",
            f"METHOD:{method}",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            *_OUTLOOK_VTIMEZONE,
            "BEGIN:VEVENT",
            *event_lines,
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    boundary = "_000_SG2PR06MB3471E2A1C9D0F4B1A6C1D2E9SG2PR06MB3471apcp_"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body><div>{text}</div></body></html>"
    )
    lines = _headers(
        answer,
        subject,
        [
            f"Thread-Topic: {_encoded(answer.summary)}",
            "Thread-Index: AQHbSH2f3uQ4l9c0kE2b1gC7VYz1aQ==",
            "Content-Language: zh-CN",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "X-MS-Exchange-Organization-SCL: -1",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
        ],
    )
    body = [
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        _b64(text + CRLF),
        f"--{boundary}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        _b64(html),
        f"--{boundary}",
        f'Content-Type: text/calendar; charset="utf-8"; method={method}',
        "Content-Transfer-Encoding: base64",
        "",
        _b64(ics),
        "",
        f"--{boundary}--",
        "",
    ]
    return CRLF.join(lines + body).encode("ascii")


def _outlook_common(answer: Answer, stamp: str) -> list[str]:
    return [
        f"UID:{answer.uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        f"SEQUENCE:{answer.sequence}",
        "LOCATION;LANGUAGE=zh-CN:https://meet.hr.example.com/reinterview/x",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{answer.sequence}",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1947632121",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        f"X-MICROSOFT-CDO-REPLYTIME:{stamp}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def outlook_reply(answer: Answer) -> bytes:
    """Outlook's Accept / Tentative / Decline ("Send the response now"), with a comment when one was typed."""
    word = _OUTLOOK_WORDS[answer.partstat]
    event = [
        f"ATTENDEE;PARTSTAT={answer.partstat}{answer.delegation()};CN={answer.attendee_name}:mailto:{answer.attendee}",
        f"ORGANIZER;CN=Re-interview:mailto:{answer.organizer}",
        *([f"COMMENT;LANGUAGE=zh-CN:{answer.comment}"] if answer.comment else []),
        f"SUMMARY;LANGUAGE=zh-CN:{word}: {answer.summary}",
        f"DTSTART;TZID=China Standard Time:{_local(answer.start)}",
        f"DTEND;TZID=China Standard Time:{_local(answer.end)}",
        *_outlook_common(answer, "20261208T021500Z"),
    ]
    text = answer.comment or ""
    return _outlook(answer, "REPLY", f"{word}: {answer.summary}", event, text)


def outlook_counter(answer: Answer, start: datetime, end: datetime) -> bytes:
    """Outlook's "Propose New Time" (here with Tentative): METHOD:COUNTER, the proposal in DTSTART/DTEND."""
    event = [
        f"ATTENDEE;PARTSTAT=TENTATIVE;CN={answer.attendee_name}:mailto:{answer.attendee}",
        f"ORGANIZER;CN=Re-interview:mailto:{answer.organizer}",
        *([f"COMMENT;LANGUAGE=zh-CN:{answer.comment}"] if answer.comment else []),
        f"SUMMARY;LANGUAGE=zh-CN:New Time Proposed: {answer.summary}",
        f"DTSTART;TZID=China Standard Time:{_local(start)}",
        f"DTEND;TZID=China Standard Time:{_local(end)}",
        f"X-MS-OLK-ORIGINALSTART;TZID=China Standard Time:{_local(answer.start)}",
        f"X-MS-OLK-ORIGINALEND;TZID=China Standard Time:{_local(answer.end)}",
        *_outlook_common(answer, "20261208T021800Z"),
    ]
    return _outlook(answer, "COUNTER", f"New Time Proposed: {answer.summary}", event, answer.comment)


def _google_when(answer: Answer) -> str:
    start, end = answer.start.astimezone(SHANGHAI), answer.end.astimezone(SHANGHAI)
    hour = start.strftime("%I%p").lstrip("0").lower()
    return f"{start:%a %b} {start.day}, {start.year} {hour} - {end.strftime('%I%p').lstrip('0').lower()} (CST)"


def google_reply(answer: Answer, *, counter: tuple[datetime, datetime] | None = None) -> bytes:
    """Google Calendar's Yes / Maybe / No: the calendar inline and again as invite.ics (UTC times)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative", "DELEGATED": "Delegated"}[
        answer.partstat
    ]
    verb = {
        "ACCEPTED": "accepted",
        "DECLINED": "declined",
        "TENTATIVE": "tentatively accepted",
        "DELEGATED": "delegated",
    }[answer.partstat]
    method = "COUNTER" if counter else "REPLY"
    start, end = counter or (answer.start, answer.end)
    ics = _ics(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"DTSTART:{_utc(start)}",
            f"DTEND:{_utc(end)}",
            "DTSTAMP:20261208T021500Z",
            f"ORGANIZER;CN=Re-interview:mailto:{answer.organizer}",
            f"UID:{answer.uid}",
            (
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={answer.partstat}{answer.delegation()};"
                f"CN={answer.attendee_name};X-NUM-GUESTS=0:mailto:{answer.attendee}"
            ),
            *([f"COMMENT:{answer.comment}"] if answer.comment else []),
            "CREATED:20261207T080000Z",
            "LAST-MODIFIED:20261208T021500Z",
            "LOCATION:https://meet.hr.example.com/reinterview/x",
            f"SEQUENCE:{answer.sequence}",
            "STATUS:CONFIRMED",
            f"SUMMARY:{answer.summary}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    outer, inner = "000000000000a1b2c3060b5e7d41", "000000000000a1b2c2060b5e7d3f"
    text = f"{answer.attendee_name} has {verb} this invitation.\r\n\r\nInvitation from Google Calendar\r\n"
    html = (
        '<span itemscope itemtype="http://schema.org/EmailMessage">'
        f"<p>{answer.attendee_name} has {verb} this invitation.</p></span>"
    )
    when = _google_when(answer)
    lines = _headers(
        answer,
        f"{word}: {answer.summary} @ {when} ({answer.organizer})",
        [
            f"Reply-To: {answer.attendee}",
            "Sender: Google Calendar <calendar-notification@google.com>",
            f'Content-Type: multipart/mixed; boundary="{outer}"',
        ],
    )
    body = [
        "",
        f"--{outer}",
        f'Content-Type: multipart/alternative; boundary="{inner}"',
        "",
        f"--{inner}",
        'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
        "Content-Transfer-Encoding: base64",
        "",
        _b64(text),
        f"--{inner}",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp(html),
        f"--{inner}",
        f'Content-Type: text/calendar; charset="UTF-8"; method={method}',
        "Content-Transfer-Encoding: 7bit" if ics.isascii() else "Content-Transfer-Encoding: base64",
        "",
        ics if ics.isascii() else _b64(ics),
        f"--{inner}--",
        "",
        f"--{outer}",
        'Content-Type: application/ics; name="invite.ics"',
        'Content-Disposition: attachment; filename="invite.ics"',
        "Content-Transfer-Encoding: base64",
        "",
        _b64(ics),
        f"--{outer}--",
        "",
    ]
    return CRLF.join(lines + body).encode("ascii")


_APPLE_VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Shanghai",
    "BEGIN:STANDARD",
    "DTSTART:19910915T000000",
    "RDATE:19910915T000000",
    "TZNAME:GMT+8",
    "TZOFFSETFROM:+0900",
    "TZOFFSETTO:+0800",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def apple_reply(answer: Answer, *, all_day: date | None = None) -> bytes:
    """Apple Calendar (macOS/iOS): quoted-printable, METHOD only inside the calendar, IANA TZID."""
    times = (
        [f"DTSTART;VALUE=DATE:{all_day:%Y%m%d}", f"DTEND;VALUE=DATE:{date.fromordinal(all_day.toordinal() + 1):%Y%m%d}"]
        if all_day
        else [f"DTSTART;TZID=Asia/Shanghai:{_local(answer.start)}", f"DTEND;TZID=Asia/Shanghai:{_local(answer.end)}"]
    )
    ics = _ics(
        [
            "BEGIN:VCALENDAR",
            "CALSCALE:GREGORIAN",
            "PRODID:-//Apple Inc.//macOS 15.1//EN",
            "VERSION:2.0",
            "METHOD:REPLY",
            *_APPLE_VTIMEZONE,
            "BEGIN:VEVENT",
            (
                f'ATTENDEE;CN="{answer.attendee_name}";CUTYPE=INDIVIDUAL;EMAIL="{answer.attendee}";'
                f"PARTSTAT={answer.partstat}{answer.delegation()};ROLE=REQ-PARTICIPANT:mailto:{answer.attendee}"
            ),
            *times,
            "DTSTAMP:20261208T021500Z",
            f'ORGANIZER;CN="Re-interview":mailto:{answer.organizer}',
            "REQUEST-STATUS:2.0;Success",
            f"SEQUENCE:{answer.sequence}",
            f"SUMMARY:{answer.summary}",
            f"UID:{answer.uid}",
            *([f"COMMENT:{answer.comment}"] if answer.comment else []),
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    boundary = "Apple-Mail=_3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F"
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Maybe", "DELEGATED": "Delegated"}[
        answer.partstat
    ]
    lines = _headers(
        answer,
        f"{word}: {answer.summary}",
        [
            "X-Mailer: iPhone Mail (22B83)",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
        ],
    )
    qp = _qp(ics)
    body = [
        "",
        f"--{boundary}",
        "Content-Transfer-Encoding: 7bit",
        "Content-Type: text/plain;",
        "\tcharset=us-ascii",
        "",
        f"{word}.",
        "",
        f"--{boundary}",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Type: text/calendar;",
        "\tcharset=utf-8",
        "",
        qp,
        f"--{boundary}--",
        "",
    ]
    return CRLF.join(lines + body).encode("ascii")


def google_counter(answer: Answer, start: datetime, end: datetime) -> bytes:
    """Google Calendar's "Propose a new time": the same mail as a reply, METHOD:COUNTER with the proposed times."""
    return google_reply(answer, counter=(start, end))


# Each client's REPLY (Accept / Decline / Maybe / Delegate) and COUNTER (propose a new time), by client name.
REPLIES: dict[str, Callable[[Answer], bytes]] = {"outlook": outlook_reply, "google": google_reply, "apple": apple_reply}
COUNTERS: dict[str, Callable[[Answer, datetime, datetime], bytes]] = {
    "outlook": outlook_counter,
    "google": google_counter,
}
