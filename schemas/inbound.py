"""Inbound replies: what the gateway keeps about a message and what `starter.py mail dead-letters` lists."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

InboundStatus = Literal["received", "signalled", "handed_to_hr", "dead_letter", "held"]


class DeadLetter(BaseModel):
    """One inbound message that reached no workflow, with the reason it was kept aside."""

    id: int
    received_at: datetime
    mail_from: str
    rcpt_to: list[str]
    message_id: str | None = None
    subject: str | None = None
    reason: str
    detail: str | None = None
    workflow_id: str | None = None
    size: int


class InboundMail(BaseModel):
    """One row of `inbound_mail` as the processor and the tests see it."""

    id: int
    received_at: datetime
    mail_from: str
    rcpt_to: list[str]
    message_id: str | None = None
    status: InboundStatus
    reason: str | None = None
    detail: str | None = None
    workflow_id: str | None = None
    run_id: str | None = None
    subject: str | None = None
    intent: str | None = None
    slot: int | None = None
    reply_text: str | None = None
    attempts: int = 0
    last_error: str | None = None
    read_attempts: int = 0
    sender: str | None = None
    sender_confirmed: bool = False
    notice: str | None = None
    notice_to: str | None = None
    notice_done_at: datetime | None = None


class RunRef(BaseModel):
    """The run a reply token or link names, as recorded in `reinterviews`."""

    run_id: str
    workflow_id: str
    candidate_id: str
    job_id: str
    stage: str
    outcome: str | None = None


class OutboundRef(BaseModel):
    """An email the service sent, found by the Message-ID a reply or bounce refers to."""

    message_id: str
    workflow_id: str
    template: str
    idempotency_key: str
    created_at: datetime
