"""What a person's calendar sees: the `.ics` parts of the emails they received."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import icalendar


@dataclass(frozen=True)
class Invite:
    method: str
    uid: str
    sequence: int
    start: datetime
    subject: str


def invites(received: list[Any]) -> list[Invite]:
    """Every calendar invite in these received mails (mail.sink.ReceivedMail), in arrival order."""
    found = []
    for mail in received:
        for part in mail.message.walk():
            if part.get_content_type() != "text/calendar":
                continue
            calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
            for event in calendar.walk("VEVENT"):
                found.append(
                    Invite(
                        method=str(calendar["METHOD"]),
                        uid=str(event["UID"]),
                        sequence=int(str(event["SEQUENCE"])),
                        start=event.decoded("DTSTART"),
                        subject=str(mail.message["Subject"]),
                    )
                )
    return found
