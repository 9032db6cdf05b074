"""iCalendar invites (RFC 5546 iTIP): REQUEST for a new or moved interview, CANCEL to withdraw it.

The UID stays the same for the life of one interview and SEQUENCE grows with every change, so calendar
clients update or remove the event they already hold instead of adding a second one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parseaddr

import icalendar

from schemas.notifications import CalendarInvite

PRODID = "-//reinterview//re-interview service//EN"


def _single_line(value: str) -> str:
    return " ".join(value.split()) if ("\r" in value or "\n" in value) else value


def _cal_address(name: str, address: str, role: str | None = None) -> icalendar.vCalAddress:
    _, addr = parseaddr(address)
    if not addr or "@" not in addr:
        raise ValueError(f"not an email address for a calendar participant: {address!r}")
    cal = icalendar.vCalAddress(f"mailto:{addr}")
    if name:
        cal.params["CN"] = icalendar.vText(_single_line(name))
    if role:
        cal.params["ROLE"] = icalendar.vText(role)
        cal.params["PARTSTAT"] = icalendar.vText("NEEDS-ACTION")
        cal.params["RSVP"] = icalendar.vText("TRUE")
    return cal


def build_ics(
    invite: CalendarInvite,
    organizer: str,
    attendees: list[tuple[str, str]],
    *,
    stamp: datetime | None = None,
) -> bytes:
    """One VEVENT in a VCALENDAR with METHOD REQUEST or CANCEL; times in UTC."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", invite.method)

    event = icalendar.Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", invite.start.astimezone(UTC))
    event.add("dtend", invite.end.astimezone(UTC))
    event.add("summary", _single_line(invite.summary))
    if invite.description:
        event.add("description", invite.description)
    if invite.location:
        event.add("location", _single_line(invite.location))
    event.add("status", "CANCELLED" if invite.method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    organizer_name, organizer_addr = parseaddr(organizer)
    event.add("organizer", _cal_address(organizer_name, organizer_addr))
    for name, address in attendees:
        event.add("attendee", _cal_address(name, address, role="REQ-PARTICIPANT"))
    cal.add_component(event)
    ical: bytes = cal.to_ical()  # icalendar leaves to_ical unannotated
    return ical
