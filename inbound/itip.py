"""Reading calendar answers (iTIP, RFC 5546 over iMIP, RFC 6047): an attendee's REPLY (PARTSTAT) or COUNTER
(a proposed new time) to one of our invitations, as Outlook, Google Calendar and Apple Calendar send them.

Pure: `find_itip` takes a parsed message and returns what its calendar part says (or why it cannot be read);
`check_answer` holds that against the event we booked and returns a typed `CalendarAnswer` or a `Refusal` whose
`reason` is the dead letter's reason. Nothing here decides what the answer means for the run
(`policy.calendar_answers` does), and nothing here does I/O.

Where clients differ:
- Outlook/Exchange: `text/calendar; method=REPLY` (or COUNTER, subject "New Time Proposed: ...") beside the text,
  TZID with a Windows zone name ("China Standard Time") and a VTIMEZONE, X-MICROSOFT-CDO-* properties, a COUNTER
  carries the original time in X-MS-OLK-ORIGINALSTART and the proposal in DTSTART/DTEND.
- Google Calendar: the same calendar twice, inline (`text/calendar; method=REPLY`) and as an `invite.ics`
  attachment (`application/ics`); times in UTC ('Z').
- Apple Calendar: no `method` parameter in the MIME header (METHOD only in the body), quoted-printable, ATTENDEE
  with CN/CUTYPE/EMAIL parameters, IANA TZIDs.
The METHOD inside the calendar decides; the MIME parameter is ignored. Time zones are resolved here, never from
icalendar's process-wide cache (which a message could fill): an IANA name, else a Windows name, else the
message's own VTIMEZONE when its rules are plain yearly ones; an unknown zone is refused, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.message import Message
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from inbound.calendar_tokens import Role
from inbound.mime import part_text

ItipMethod = Literal["REPLY", "COUNTER"]
TimeKind = Literal["utc", "zoned", "floating", "date"]

ANSWER_METHODS: tuple[ItipMethod, ItipMethod] = ("REPLY", "COUNTER")
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "application/x-ics", "text/x-vcalendar"})
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar", ".vcs")
MAX_CALENDAR_CHARS = 64 * 1024
MAX_CALENDAR_PARTS = 4
MAX_MIME_DEPTH = 10
MAX_TIMEZONE_RULES = 12
MAX_TIMEZONE_RDATES = 100
PARTSTATS = frozenset({"ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED", "NEEDS-ACTION"})
# A quick test on the raw bytes: mail without any of these has no calendar part and is never parsed here.
_CALENDAR_HINT = re.compile(rb"text/calendar|application/(?:x-)?ics|\.ics\b|\.vcs\b|BEGIN:VCALENDAR", re.IGNORECASE)


def may_hold_calendar(raw: bytes) -> bool:
    """Whether the bytes could carry a calendar part at all (a linear scan, no parsing)."""
    return _CALENDAR_HINT.search(raw) is not None


@dataclass(frozen=True)
class CalendarTime:
    """A DTSTART/DTEND as the client wrote it: aware for 'Z' and TZID times, naive for floating ones, a date for
    an all-day value (`tzid` is the zone it named, for showing it back)."""

    value: datetime | date
    kind: TimeKind
    tzid: str | None = None

    def at(self, zone: tzinfo) -> datetime:
        """An aware time: floating times and dates are read in `zone` (the attendee's own zone)."""
        if self.kind == "date":
            assert isinstance(self.value, date)
            day = self.value if not isinstance(self.value, datetime) else self.value.date()
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        assert isinstance(self.value, datetime)
        return self.value.replace(tzinfo=zone) if self.value.tzinfo is None else self.value


@dataclass(frozen=True)
class ItipAttendee:
    address: str  # lower case, without mailto:
    name: str
    partstat: str
    delegated_to: str = ""


@dataclass(frozen=True)
class ItipMessage:
    """One calendar answer as written (before it is checked against our event)."""

    method: ItipMethod
    uid: str
    sequence: int
    organizer: str | None  # lower case, without mailto:
    attendees: tuple[ItipAttendee, ...]
    start: CalendarTime | None
    end: CalendarTime | None
    comment: str
    found_in: str  # which part: "inline text/calendar" or "attachment invite.ics"


@dataclass(frozen=True)
class Refusal:
    """Why a calendar answer is not acted on; `reason` is the dead letter's reason."""

    reason: str
    detail: str


# ---- finding and parsing -----------------------------------------------------------------------------------------


def _calendar_parts(message: Message) -> list[Message]:
    """Calendar parts of this message, not descending into attached messages (a bounce's returned invitation)."""
    found: list[Message] = []

    def visit(part: Message, depth: int) -> None:
        if depth > MAX_MIME_DEPTH or len(found) >= MAX_CALENDAR_PARTS:
            return
        ctype = part.get_content_type()
        if part.get_content_maintype() == "message":
            return
        if part.is_multipart():
            payload = part.get_payload()
            for sub in payload if isinstance(payload, list) else []:
                if isinstance(sub, Message):
                    visit(sub, depth + 1)
            return
        try:
            filename = (part.get_filename() or "").lower()
        except Exception:  # an undecodable filename parameter: judge by the type alone
            filename = ""
        if ctype in CALENDAR_TYPES or filename.endswith(CALENDAR_SUFFIXES):
            found.append(part)

    visit(message, 0)
    return found


def _size(part: Message) -> int:
    """The decoded size of a part (before any reader truncates its text)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: judge the part as it is
        payload = None
    if isinstance(payload, bytes):
        return len(payload)
    raw = part.get_payload()
    return len(raw) if isinstance(raw, str) else 0


def _where(part: Message) -> str:
    try:
        filename = part.get_filename() or ""
        disposition = part.get_content_disposition() or "inline"
    except Exception:
        filename, disposition = "", "inline"
    label = f"{disposition} {part.get_content_type()}"
    return f"{label} {filename}".strip() if filename else label


def _address(value: object) -> str:
    """`mailto:` address of an ORGANIZER/ATTENDEE (or its EMAIL parameter when the value is not mailto:)."""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        return text[len("mailto:") :].strip().lower()
    params = getattr(value, "params", None)
    email = str(params.get("EMAIL", "")) if params is not None else ""
    return email.strip().strip('"').lower()


def _text_param(value: object, name: str) -> str:
    params = getattr(value, "params", None)
    if params is None:
        return ""
    raw = params.get(name, "")
    if isinstance(raw, list):
        raw = raw[0] if raw else ""
    return " ".join(str(raw).split()).strip('"')


def _safe_vtimezone(component: icalendar.cal.Component) -> bool:
    """A VTIMEZONE whose rules are cheap to evaluate: a few observances, yearly RRULEs, bounded RDATEs."""
    observances = [c for c in component.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
    if not observances or len(observances) > MAX_TIMEZONE_RULES:
        return False
    for observance in observances:
        rules = observance.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            freq = rule.get("FREQ") if hasattr(rule, "get") else None
            if not freq or [str(f).upper() for f in freq] != ["YEARLY"]:
                return False
        rdates = observance.get("RDATE")
        count = 0
        for rdate in rdates if isinstance(rdates, list) else [rdates] if rdates is not None else []:
            count += len(getattr(rdate, "dts", [rdate]))
        if count > MAX_TIMEZONE_RDATES:
            return False
    return True


def _zone(tzid: str, vtimezones: dict[str, icalendar.cal.Component]) -> tzinfo | None:
    """The zone a TZID names: IANA, else Windows (Outlook), else the message's own VTIMEZONE; None if unknown."""
    name = tzid.strip().strip('"')
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        olson = WINDOWS_TO_OLSON.get(name)
        if olson:
            try:
                return ZoneInfo(olson)
            except (ZoneInfoNotFoundError, ValueError):
                pass
    component = vtimezones.get(name)
    if component is not None and _safe_vtimezone(component):
        try:
            built: tzinfo = tzp.create_timezone(component)  # not cached: this message's definition only
        except Exception:  # a VTIMEZONE the library cannot model is no zone
            return None
        return built
    return None


def _time(
    event: icalendar.cal.Component, name: str, vtimezones: dict[str, icalendar.cal.Component]
) -> CalendarTime | Refusal | None:
    prop = event.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        tzid = _text_param(prop, "TZID")
        if tzid:
            zone = _zone(tzid, vtimezones)
            if zone is None:
                return Refusal("calendar_unknown_timezone", f"{name} names time zone {tzid!r}, which is not known")
            # The wall time as written, in the zone resolved here (not icalendar's cached one).
            return CalendarTime(value.replace(tzinfo=None).replace(tzinfo=zone), "zoned", tzid)
        if value.tzinfo is not None:
            return CalendarTime(value.astimezone(UTC), "utc")
        return CalendarTime(value, "floating")
    if isinstance(value, date):
        return CalendarTime(value, "date")
    return Refusal("calendar_malformed", f"{name} is not a date or time: {str(prop)[:80]!r}")


def _parse(text: str, found_in: str) -> ItipMessage | Refusal | str:
    """One calendar part: an answer, a refusal, or the METHOD it has when it is not an answer."""
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises ValueError and others for content it cannot read
        return Refusal("calendar_malformed", f"{found_in}: {type(exc).__name__}: {exc}"[:300])
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        return Refusal("calendar_malformed", f"{found_in}: no VCALENDAR")
    method = " ".join(str(calendar.get("METHOD", "")).split()).upper()
    if method not in ANSWER_METHODS:
        return method or "(none)"
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    if len(events) != 1:
        return Refusal("calendar_malformed", f"{found_in}: {len(events)} VEVENTs in a {method} (one expected)")
    event = events[0]
    if event.errors:
        name, problem = event.errors[0]
        return Refusal("calendar_malformed", f"{found_in}: {name}: {problem}"[:300])
    if event.get("RECURRENCE-ID") is not None:
        return Refusal("calendar_malformed", f"{found_in}: an answer for one occurrence; our events do not recur")
    uid = " ".join(str(event.get("UID", "")).split())
    if not uid:
        return Refusal("calendar_malformed", f"{found_in}: the {method} has no UID")
    raw_sequence = event.get("SEQUENCE", 0)
    try:
        sequence = int(str(raw_sequence).strip())
    except ValueError:
        return Refusal("calendar_malformed", f"{found_in}: SEQUENCE {str(raw_sequence)[:40]!r} is not a number")
    if sequence < 0:
        return Refusal("calendar_malformed", f"{found_in}: SEQUENCE {sequence} is negative")
    organizer_prop = event.get("ORGANIZER")
    organizer = _address(organizer_prop) if organizer_prop is not None else None
    raw_attendees = event.get("ATTENDEE")
    attendee_props = raw_attendees if isinstance(raw_attendees, list) else [raw_attendees] if raw_attendees else []
    attendees = tuple(
        ItipAttendee(
            address=_address(prop),
            name=_text_param(prop, "CN"),
            partstat=(_text_param(prop, "PARTSTAT") or "NEEDS-ACTION").upper(),
            delegated_to=_address(_text_param(prop, "DELEGATED-TO")) if _text_param(prop, "DELEGATED-TO") else "",
        )
        for prop in attendee_props
    )
    if not attendees or not all(a.address for a in attendees):
        return Refusal("calendar_malformed", f"{found_in}: the {method} names no attendee address")
    vtimezones = {
        " ".join(str(c.get("TZID", "")).split()).strip('"'): c for c in calendar.subcomponents if c.name == "VTIMEZONE"
    }
    times: list[CalendarTime | None] = []
    for name in ("DTSTART", "DTEND"):
        found = _time(event, name, vtimezones)
        if isinstance(found, Refusal):
            return Refusal(found.reason, f"{found_in}: {found.detail}")
        times.append(found)
    start, end = times
    duration = getattr(event.get("DURATION"), "dt", None)
    if end is None and start is not None and isinstance(duration, timedelta):
        end = CalendarTime(start.value + duration, start.kind, start.tzid)
    raw_comments = event.get("COMMENT")
    comments = raw_comments if isinstance(raw_comments, list) else [raw_comments] if raw_comments else []
    comment = "\n".join(str(c).strip() for c in comments if str(c).strip())[:2000]
    return ItipMessage(
        method="REPLY" if method == "REPLY" else "COUNTER",
        uid=uid,
        sequence=sequence,
        organizer=organizer or None,
        attendees=attendees,
        start=start,
        end=end,
        comment=comment,
        found_in=found_in,
    )


def _same(a: ItipMessage, b: ItipMessage) -> bool:
    """Two copies of one answer (Google sends the calendar inline and as invite.ics)."""
    return (a.method, a.uid, a.sequence, a.organizer, a.start, a.end) == (
        b.method,
        b.uid,
        b.sequence,
        b.organizer,
        b.start,
        b.end,
    ) and {(x.address, x.partstat) for x in a.attendees} == {(x.address, x.partstat) for x in b.attendees}


@dataclass(frozen=True)
class NotAnAnswer:
    """Calendar parts that hold no REPLY or COUNTER (e.g. our own REQUEST quoted back, a PUBLISH, a REFRESH)."""

    methods: tuple[str, ...]


def find_itip(message: Message) -> ItipMessage | Refusal | NotAnAnswer | None:
    """The calendar answer a message carries; None when it has no calendar part at all."""
    parts = _calendar_parts(message)
    if not parts:
        return None
    answers: list[ItipMessage] = []
    refusals: list[Refusal] = []
    other_methods: list[str] = []
    for part in parts:
        found_in = _where(part)
        size = _size(part)
        if size > MAX_CALENDAR_CHARS:
            refusals.append(Refusal("calendar_too_large", f"{found_in}: {size} bytes (limit {MAX_CALENDAR_CHARS})"))
            continue
        text = part_text(part)
        if "BEGIN:VCALENDAR" not in text.upper():
            continue
        parsed = _parse(text, found_in)
        if isinstance(parsed, ItipMessage):
            answers.append(parsed)
        elif isinstance(parsed, Refusal):
            refusals.append(parsed)
        else:
            other_methods.append(parsed)
    if answers:
        first = answers[0]
        if any(not _same(first, other) for other in answers[1:]):
            return Refusal("calendar_ambiguous", "the message carries calendar answers that disagree")
        return first
    if refusals:
        return refusals[0]
    return NotAnAnswer(tuple(other_methods)) if other_methods else None


# ---- checking against our event -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedEvent:
    """What we booked and sent, for checking one answer to `role`'s copy of it."""

    uid: str
    sequence: int
    cancelled: bool
    start: datetime
    end: datetime
    role: Role
    invitee: str  # the address the copy went to
    organizer: str  # that copy's ORGANIZER address
    zone: str  # the invitee's time zone (for floating and all-day times)


@dataclass(frozen=True)
class CalendarAnswer:
    """A checked calendar answer: who answered (by role), what, and for a COUNTER the proposed time."""

    role: Role
    method: ItipMethod
    attendee: str
    attendee_name: str
    partstat: str
    proposed_start: datetime | None
    proposed_end: datetime | None
    all_day: bool
    proposed_tzid: str | None
    comment: str
    uid: str
    sequence: int


def _normal(address: str) -> str:
    return address.strip().strip("<>").lower()


def check_answer(itip: ItipMessage, expected: ExpectedEvent, sender: str) -> CalendarAnswer | Refusal:
    """Hold an answer against our event: UID, organizer, attendee, sender, SEQUENCE, state, and a COUNTER's time.

    `sender` is the message's From address; a client answers from the invitee's own mailbox, so it must be the
    attendee's address.
    """
    if itip.uid != expected.uid:
        return Refusal("calendar_unknown_event", f"UID {itip.uid[:120]!r} is not the event this organizer sent")
    if itip.organizer is not None and _normal(itip.organizer) != _normal(expected.organizer):
        return Refusal(
            "organizer_mismatch", "the answer's ORGANIZER is not the one this copy of the event was sent with"
        )
    invitee = _normal(expected.invitee)
    attendee = next((a for a in itip.attendees if _normal(a.address) == invitee), None)
    if attendee is None:
        named = ", ".join(sorted({a.address for a in itip.attendees}))[:200]
        return Refusal("calendar_wrong_attendee", f"the answer is from {named}, not from the {expected.role} invited")
    if _normal(sender) != invitee:
        return Refusal(
            "calendar_sender_mismatch",
            f"sent from {sender[:120] or '(no From)'}, not from the {expected.role}'s address",
        )
    if itip.sequence < expected.sequence:
        return Refusal(
            "calendar_stale_sequence",
            f"answers SEQUENCE {itip.sequence}; the event has changed since (now SEQUENCE {expected.sequence})",
        )
    if itip.sequence > expected.sequence:
        return Refusal("calendar_future_sequence", f"SEQUENCE {itip.sequence} was never sent (now {expected.sequence})")
    if expected.cancelled:
        return Refusal("calendar_event_cancelled", "the event was cancelled")
    zone = ZoneInfo(expected.zone)
    start = end = None
    all_day = False
    if itip.method == "COUNTER":
        if itip.start is None:
            return Refusal("calendar_counter_without_time", "the COUNTER proposes no DTSTART")
        all_day = itip.start.kind == "date"
        start = itip.start.at(zone)
        end = itip.end.at(zone) if itip.end is not None else None
        if all_day and end is None:
            end = start + timedelta(days=1)
        if end is not None and end <= start:
            return Refusal("calendar_malformed", "the COUNTER's proposed end is not after its start")
    else:
        if attendee.partstat not in PARTSTATS or attendee.partstat == "NEEDS-ACTION":
            return Refusal("calendar_no_answer", f"the REPLY's PARTSTAT is {attendee.partstat!r}, not an answer")
        if attendee.partstat == "ACCEPTED" and itip.start is not None and itip.start.kind != "date":
            said = itip.start.at(zone)
            if said != expected.start:
                return Refusal(
                    "calendar_time_mismatch",
                    f"accepted {said.isoformat()}, but the interview is booked for {expected.start.isoformat()}",
                )
    return CalendarAnswer(
        role=expected.role,
        method=itip.method,
        attendee=invitee,
        attendee_name=attendee.name,
        partstat=attendee.partstat,
        proposed_start=start,
        proposed_end=end,
        all_day=all_day,
        proposed_tzid=itip.start.tzid if itip.method == "COUNTER" and itip.start is not None else None,
        comment=itip.comment,
        uid=itip.uid,
        sequence=itip.sequence,
    )
