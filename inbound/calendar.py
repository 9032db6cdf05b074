"""Calendar answers at the reply gateway (SPEC R-M5): the processor's one call, `answer_calendar`, made before
the text of a message is read.

A message is a calendar answer when it is addressed to a signed organizer address (`cal+TOKEN@`) or carries an
iTIP REPLY/COUNTER. Then its calendar part, not its text, decides: the answer is checked against the booked event
(`inbound.itip`), mapped by `policy.calendar_answers`, and becomes a `candidate_reply` or `interviewer_reply`
signal, an HR to-do, or a dead letter with its reason. Anything else returns None and is read as text as before.

Organizer addresses live until the booked interview has ended plus `ANSWERS_AFTER_INTERVIEW` (the reply
addresses' rule), judged from the booking as it is now, because an event keeps its first organizer when it moves.

What a candidate's ACCEPTED or DECLINED means depends on the run's stage as the workflow publishes it (its
`ReinterviewStage` search attribute): the `reinterviews` row records only a run's first and last stage, and while new
times are offered an accept of the old event must not read as a pick of the first new one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses
from typing import Any, Literal

import asyncpg
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowHandle
from temporalio.service import RPCError, RPCStatusCode

from db.repositories.calendar import BookedEvent, booked_event
from db.repositories.people import HR_TIMEZONE
from inbound import repository as repo
from inbound.automated import detect
from inbound.calendar_tokens import OrganizerToken, organizer_token_of, verify_organizer_token
from inbound.itip import (
    CalendarAnswer,
    ExpectedEvent,
    ItipMessage,
    NotAnAnswer,
    Refusal,
    check_answer,
    find_itip,
    may_hold_calendar,
)
from inbound.mime import body_text, header, message_id_of, parse
from inbound.tokens import KeyRing, TokenError
from policy.calendar_answers import HandToHr, SignalCandidate, SignalInterviewer, calendar_action
from schemas.calendar import CalendarCandidateReply, CalendarInterviewerReply
from schemas.contract import StatusView
from schemas.inbound import RunRef
from service.names import SA_STAGE
from service.settings import Settings

log = logging.getLogger("inbound")

ANSWERS_AFTER_INTERVIEW = timedelta(days=7)
MAX_WRITTEN_TEXT = 2000
STATUS_TIMEOUT_S = 10.0  # reading the run's stage; when Temporal does not answer, the message is tried again later


@dataclass(frozen=True)
class CalendarDecision:
    """How a calendar answer ended (the processor's Decision fields)."""

    status: Literal["signalled", "handed_to_hr", "dead_letter"]
    reason: str | None = None
    detail: str | None = None
    workflow_id: str | None = None
    intent: str | None = None


def _dead(reason: str, detail: str, workflow_id: str | None = None) -> CalendarDecision:
    return CalendarDecision("dead_letter", reason, detail[:500], workflow_id)


def _sender(message: Any) -> str:
    """The From address, lower case; '' unless there is exactly one."""
    addresses = [a for _, a in getaddresses([header(message, "From")]) if a]
    return addresses[0].strip().lower() if len(addresses) == 1 else ""


def _is_report(message: Any) -> bool:
    return message.get_content_type() in ("multipart/report", "message/delivery-status")


async def answer_calendar(
    conn: repo.Connection,
    client: Client,
    settings: Settings,
    ring: KeyRing,
    stored: asyncpg.Record | Mapping[str, Any],
    facts: dict[str, Any],
    *,
    now: datetime | None = None,
    dmarc_failure: str | None = None,
    valid_after_interview: timedelta = ANSWERS_AFTER_INTERVIEW,
) -> CalendarDecision | None:
    """Act on a calendar answer inside the processor's transaction; None when the message is not one.

    `stored` is the `inbound_mail` row being processed (id, raw, rcpt_to, mail_from); `facts` receives run_id and
    reply_text for it.
    `dmarc_failure`: the trusted Authentication-Results saying dmarc=fail, when the gateway checks it. Parsing
    happens only for mail to an organizer address or with a calendar part in it (a byte scan decides).
    """
    inbound_id, raw, mail_from = int(stored["id"]), bytes(stored["raw"]), str(stored["mail_from"])
    rcpt_to = [str(r) for r in stored["rcpt_to"]]
    organizer_rcpts = [r for r in rcpt_to if organizer_token_of(settings, r) is not None]
    if not organizer_rcpts and not may_hold_calendar(raw):
        return None
    message = parse(raw)
    if _is_report(message):
        return None  # a delivery report: the bounce path judges it
    found = find_itip(message)
    if not isinstance(found, ItipMessage):
        if not organizer_rcpts or detect(message, mail_from) is not None:
            return None  # not ours to read: text replies with an .ics attached, auto-replies, bounces
        return await _not_an_answer(conn, settings, ring, inbound_id, message, organizer_rcpts[0], found, facts)

    address = organizer_rcpts[0] if organizer_rcpts else (found.organizer or "")
    token = organizer_token_of(settings, address)
    if token is None:
        return _dead("organizer_mismatch", "a calendar answer that names none of our organizer addresses")
    try:
        claims = verify_organizer_token(ring, token)
    except TokenError as exc:
        return _dead(f"organizer_{exc.reason}", exc.detail)
    facts["run_id"] = claims.run_id
    run = await repo.run(conn, claims.run_id)
    if run is None:
        return _dead("unknown_invitation", f"no re-interview run {claims.run_id}")
    event = await booked_event(conn, found.uid, HR_TIMEZONE)
    if event is None:
        return _dead("calendar_unknown_event", f"no event with UID {found.uid[:120]!r}", run.workflow_id)
    problem = _organizer_problem(event, run, claims, address)
    if problem is not None:
        return _dead(problem.reason, problem.detail, run.workflow_id)
    moment = now or datetime.now(UTC)
    if moment >= event.end + valid_after_interview:
        return _dead("expired", f"the interview ended at {event.end.isoformat()}", run.workflow_id)
    if run.outcome is not None:
        return _dead("invitation_closed", f"the re-interview ended: {run.outcome}", run.workflow_id)

    message_id = message_id_of(message, raw)
    await repo.lock_message_id(conn, message_id)
    earlier = await repo.delivered_copy(conn, message_id, inbound_id)
    if earlier is not None:
        return _dead("duplicate", f"same Message-ID as inbound #{earlier}", run.workflow_id)
    if dmarc_failure:
        return _dead("calendar_dmarc_fail", f"the company's mail server says: {dmarc_failure}", run.workflow_id)

    expected = _expected(event, claims)
    if expected is None:
        return _dead("calendar_wrong_attendee", f"we hold no address for the {claims.role}", run.workflow_id)
    checked = check_answer(found, expected, _sender(message))
    if isinstance(checked, Refusal):
        return _dead(checked.reason, checked.detail, run.workflow_id)
    return await _act(conn, client, inbound_id, run, event, checked, message_id, moment, facts)


def _organizer_problem(event: BookedEvent, run: RunRef, claims: OrganizerToken, address: str) -> Refusal | None:
    """The answer must come to the organizer this role's copy of this run's event was sent with."""
    if event.workflow_id != run.workflow_id:
        return Refusal("organizer_mismatch", "the event belongs to another re-interview than the organizer address")
    stored = event.organizers.get(claims.role)
    if stored is None:
        return Refusal("organizer_mismatch", f"no organizer was sent to the {claims.role} for this event")
    if stored.strip().lower() != address.strip().lower().removeprefix("mailto:"):
        return Refusal("organizer_mismatch", f"not the organizer the {claims.role}'s copy of the event was sent with")
    return None


def _expected(event: BookedEvent, claims: OrganizerToken) -> ExpectedEvent | None:
    invitee, zone = (
        (event.candidate_email, event.candidate_timezone)
        if claims.role == "candidate"
        else (event.interviewer_email, event.interviewer_timezone)
    )
    if not invitee or claims.role not in event.organizers:
        return None
    return ExpectedEvent(
        uid=event.event_uid,
        sequence=event.sequence,
        cancelled=event.status != "booked",
        start=event.start,
        end=event.end,
        role=claims.role,
        invitee=invitee,
        organizer=event.organizers[claims.role],
        zone=zone,
    )


async def _act(
    conn: repo.Connection,
    client: Client,
    inbound_id: int,
    run: RunRef,
    event: BookedEvent,
    answer: CalendarAnswer,
    message_id: str,
    now: datetime,
    facts: dict[str, Any],
) -> CalendarDecision:
    zone = event.candidate_timezone if answer.role == "candidate" else event.interviewer_timezone
    handle = client.get_workflow_handle(run.workflow_id, run_id=run.run_id)
    stage = await _stage_now(handle)
    if stage is None:
        return _dead("invitation_closed", "the workflow run has ended", run.workflow_id)
    action = calendar_action(answer, stage, event.start, event.end, zone, now)
    facts["reply_text"] = action.text
    if isinstance(action, HandToHr):
        await repo.create_todo(
            conn, key=f"inbound:{inbound_id}", run=run, kind=action.kind, title=action.title, detail=action.text
        )
        return CalendarDecision("handed_to_hr", action.reason, workflow_id=run.workflow_id)
    signal: str
    intent: str
    payload: CalendarCandidateReply | CalendarInterviewerReply
    if isinstance(action, SignalCandidate):
        signal, intent = "candidate_reply", str(action.intent)
        payload = CalendarCandidateReply(
            intent=action.intent, slot=None, text=action.text, message_id=message_id, calendar_uid=answer.uid
        )
    else:
        assert isinstance(action, SignalInterviewer)
        signal, intent = "interviewer_reply", f"interviewer_{action.response}"
        payload = CalendarInterviewerReply(
            interviewer_id=event.interviewer_id,
            response=action.response,
            proposed_start=action.proposed_start,
            message_id=message_id,
            text=action.text,
        )
    try:
        await handle.signal(signal, payload)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            return _dead("invitation_closed", f"the workflow run is closed: {exc.message}", run.workflow_id)
        raise
    log.info("inbound #%s: calendar %s from the %s → %s %s", inbound_id, answer.method, answer.role, signal, intent)
    return CalendarDecision("signalled", workflow_id=run.workflow_id, intent=intent)


async def _stage_now(handle: WorkflowHandle[Any, Any]) -> str | None:
    """The run's stage as the workflow published it (search attribute `ReinterviewStage`, read with `describe`, which
    needs no worker); the `status` query for a run without it. None when the run is no longer running."""
    try:
        description = await asyncio.wait_for(handle.describe(), timeout=STATUS_TIMEOUT_S)
        if description.status != WorkflowExecutionStatus.RUNNING:
            return None
        published = description.typed_search_attributes.get(SA_STAGE)
        if published is not None:
            return published
        view: StatusView = await asyncio.wait_for(
            handle.query("status", result_type=StatusView), timeout=STATUS_TIMEOUT_S
        )
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            return None
        raise
    except TimeoutError as exc:
        raise TimeoutError(f"workflow {handle.id}: no stage within {STATUS_TIMEOUT_S:g} s") from exc
    return view.stage.value if view.outcome is None else None


async def _not_an_answer(
    conn: repo.Connection,
    settings: Settings,
    ring: KeyRing,
    inbound_id: int,
    message: Any,
    address: str,
    found: Refusal | NotAnAnswer | None,
    facts: dict[str, Any],
) -> CalendarDecision:
    """Mail to an organizer address that holds no readable answer: a refusal, or (written text) an HR to-do."""
    token = organizer_token_of(settings, address)
    assert token is not None
    try:
        claims = verify_organizer_token(ring, token)
    except TokenError as exc:
        return _dead(f"organizer_{exc.reason}", exc.detail)
    facts["run_id"] = claims.run_id
    if isinstance(found, Refusal):
        return _dead(found.reason, found.detail)
    if isinstance(found, NotAnAnswer):
        return _dead("calendar_unsupported_method", f"METHOD {', '.join(found.methods)}: not a REPLY or COUNTER")
    run = await repo.run(conn, claims.run_id)
    if run is None:
        return _dead("unknown_invitation", f"no re-interview run {claims.run_id}")
    # "Reply to organizer" in a calendar client: a person wrote to us; someone should read it.
    text = body_text(message)[0].strip()[:MAX_WRITTEN_TEXT]
    facts["reply_text"] = text
    await repo.create_todo(
        conn,
        key=f"inbound:{inbound_id}",
        run=run,
        kind="calendar_written_message",
        title=f"The {claims.role} wrote to the interview's calendar organizer address",
        detail=text or "(the message has no text)",
    )
    return CalendarDecision("handed_to_hr", "calendar_written_message", workflow_id=run.workflow_id)
