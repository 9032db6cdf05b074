"""Notification activity I/O: recipients by reference, calendar invites, the outbox row.

The workflow names people by id only; the activity resolves name, address, locale and time zone from
PostgreSQL at send time, so no personal data enters a workflow history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

# Keys and uids end up in SQL rows and mail headers: keep them opaque and single-line.
OpaqueKey = Annotated[str, Field(min_length=1, max_length=300, pattern=r"^[A-Za-z0-9_.:/#\-]+$")]
EventUid = Annotated[str, Field(min_length=1, max_length=300, pattern=r"^[A-Za-z0-9_.:/#@\-]+$")]


class Recipient(BaseModel):
    """Who gets an email: a candidate or interviewer by id, or the HR mailbox from settings."""

    kind: Literal["candidate", "interviewer", "hr"]
    id: str | None = None

    @model_validator(mode="after")
    def _id_matches_kind(self) -> Recipient:
        if self.kind != "hr" and not self.id:
            raise ValueError(f"a {self.kind} recipient needs an id")
        return self

    def ref(self) -> str:
        """`candidate:c-1`, `interviewer:i-7`, `hr` — for logs and error messages (never PII)."""
        return self.kind if self.kind == "hr" else f"{self.kind}:{self.id}"


class CalendarInvite(BaseModel):
    """An iCalendar event for the interview; organizer is settings.mail_from, attendees come from ids."""

    uid: EventUid
    sequence: Annotated[int, Field(ge=0)] = 0
    method: Literal["REQUEST", "CANCEL"] = "REQUEST"
    start: datetime
    end: datetime
    summary: Annotated[str, Field(min_length=1, max_length=300)]
    description: str = ""
    location: str = ""
    interviewer_id: str
    candidate_id: str

    @model_validator(mode="after")
    def _ordered_aware_times(self) -> CalendarInvite:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("invite times need a UTC offset")
        if self.end <= self.start:
            raise ValueError("invite end must be after its start")
        return self


class SendEmailInput(BaseModel):
    """One email to send. `idempotency_key` (workflow id + stable step name) makes retries send once."""

    idempotency_key: OpaqueKey
    workflow_id: str
    template: str
    recipient: Recipient
    context: dict[str, Any] = Field(default_factory=dict)
    invite: CalendarInvite | None = None
    reply_to: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")] | None = None
    interview_ends_at: datetime | None = None  # when known, the reply address lives until then + 7 days


class SendEmailResult(BaseModel):
    message_id: str
    status: Literal["sent", "already_sent"]
    recipient_kind: str


class Contact(BaseModel):
    """A resolved recipient. Lives only inside the activity; never returned to a workflow."""

    name: str
    email: str
    locale: Literal["zh-CN", "en"] = "zh-CN"
    timezone: str = "Asia/Shanghai"


class OutboundEmail(BaseModel):
    """One row of `outbound_emails`."""

    idempotency_key: str
    message_id: str
    workflow_id: str
    template: str
    recipient: str
    subject: str
    status: Literal["pending", "sent"]
    attempts: int
    created_at: datetime
    sent_at: datetime | None = None
