"""Processing a stored inbound message: read it, decide, and either signal the workflow, hand it to HR, or keep it
as a dead letter with its reason.

`analyse` is pure (bytes in, facts out) and never raises for any input; `ReplyProcessor.process` adds the
facts only PostgreSQL and Temporal know, inside one transaction that holds the row's lock. A passing failure
(database or Temporal unreachable) leaves the row `received`, to be retried; nothing is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import asyncpg
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from db.repositories import fingerprints
from inbound import repository as repo
from inbound.automated import Automated
from inbound.intent import Classification
from inbound.mime import fallback_message_id, header, message_id_of, parse, referenced_ids
from inbound.reading import KnownFacts, Reading, read
from inbound.tokens import KeyRing, TokenError, reply_token_of, verify_reply_token
from schemas.contract import CandidateReply
from schemas.inbound import RunRef
from service.settings import Settings

log = logging.getLogger("inbound")

MAX_REPLY_TEXT = 2000


@dataclass(frozen=True)
class Analysis:
    """What the bytes of a message say, before any lookup."""

    message_id: str
    subject: str
    references: list[str]
    automated: Automated | None
    text: str
    classification: Classification
    problem: str | None = None


@dataclass(frozen=True)
class Decision:
    """How processing ended: the row's final status, the reason, and the intent when there was one."""

    status: Literal["signalled", "handed_to_hr", "dead_letter"]
    reason: str | None = None
    detail: str | None = None
    workflow_id: str | None = None
    intent: str | None = None
    slot: int | None = None


def analyse(raw: bytes, mail_from: str) -> Analysis:
    """Parse, detect automated mail, strip quotes and signatures, classify; malformed input sets `problem`."""
    try:
        if not raw.strip():
            raise ValueError("the message is empty")
        message = parse(raw)
        if not message.keys() and not message.get_payload():
            raise ValueError("no headers and no body")
        message_id = message_id_of(message, raw)
        subject = header(message, "Subject")[:500]
        references = referenced_ids(message)
        reading = read(message, mail_from)
        return Analysis(message_id, subject, references, reading.automated, reading.text, _classification(reading))
    except Exception as exc:  # any input at all must end as a dead letter, never as a crash
        return Analysis(
            fallback_message_id(raw),
            "",
            [],
            None,
            "",
            Classification("unclear"),
            problem=f"{type(exc).__name__}: {exc}"[:500],
        )


def _classification(reading: Reading) -> Classification:
    return Classification(
        reading.intent, reading.slot, reading.question, reading.confidence, reading.rule, reading.proposed
    )


class ReplyProcessor:
    """Turns one stored message into a signal, an HR to-do or a dead letter."""

    def __init__(self, settings: Settings, pool: asyncpg.Pool, client: Client, ring: KeyRing) -> None:
        self._settings = settings
        self._pool = pool
        self._client = client
        self._ring = ring

    async def process(self, inbound_id: int) -> Decision | None:
        """Process a `received` row once; None when another processor holds it or it is already done."""
        async with self._pool.acquire() as conn, conn.transaction():
            row = await repo.lock_received(conn, inbound_id)
            if row is None:
                return None
            analysis = analyse(bytes(row["raw"]), row["mail_from"])
            facts: dict[str, Any] = {"message_id": analysis.message_id, "subject": analysis.subject or None}
            decision = await self._decide(conn, inbound_id, row, analysis, facts)
            await repo.finish(
                conn,
                inbound_id,
                decision.status,
                reason=decision.reason,
                detail=decision.detail,
                workflow_id=decision.workflow_id,
                intent=decision.intent,
                slot=decision.slot,
                **facts,
            )
        log.info("inbound #%s: %s%s", inbound_id, decision.status, f" ({decision.reason})" if decision.reason else "")
        return decision

    async def _decide(
        self, conn: repo.Connection, inbound_id: int, row: asyncpg.Record, analysis: Analysis, facts: dict[str, Any]
    ) -> Decision:
        if analysis.problem is not None:
            return Decision("dead_letter", "malformed", analysis.problem)
        if analysis.automated is not None:
            return await self._automated(conn, inbound_id, analysis.automated)

        token = next((t for t in (reply_token_of(self._settings, r) for r in row["rcpt_to"]) if t), None)
        if token is None:
            return Decision("dead_letter", "no_reply_token", "no recipient is a reply address")
        try:
            claims = verify_reply_token(self._ring, token, datetime.now(UTC))
        except TokenError as exc:
            return Decision("dead_letter", f"{exc.reason}_token", exc.detail)
        facts["run_id"] = claims.run_id
        run = await repo.run(conn, claims.run_id)
        if run is None:
            return Decision("dead_letter", "unknown_invitation", f"no re-interview run {claims.run_id}")
        answered = await repo.outbound(conn, analysis.references)
        if answered and run.workflow_id not in {email.workflow_id for email in answered}:
            return Decision(
                "dead_letter",
                "token_mismatch",
                "the reply address belongs to another re-interview than the email answered",
                workflow_id=run.workflow_id,
            )
        if run.outcome is not None:
            return Decision(
                "dead_letter",
                "invitation_closed",
                f"the re-interview ended: {run.outcome}",
                workflow_id=run.workflow_id,
            )

        await repo.lock_message_id(conn, analysis.message_id)
        earlier = await repo.delivered_copy(conn, analysis.message_id, inbound_id)
        if earlier is not None:
            return Decision(
                "dead_letter", "duplicate", f"same Message-ID as inbound #{earlier}", workflow_id=run.workflow_id
            )

        # Read again knowing the email answered: its fingerprint and the times it offered (SPEC R-M3).
        sent = await fingerprints.replied_to(conn, analysis.references, run.workflow_id)
        bar = self._settings.reply_confidence_bar
        known = KnownFacts(sent.sent, sent.offered, bar) if sent is not None else KnownFacts(confidence_bar=bar)
        reading = read(parse(bytes(row["raw"])), row["mail_from"], known)
        analysis = Analysis(
            analysis.message_id, analysis.subject, analysis.references, None, reading.text, _classification(reading)
        )
        c = analysis.classification
        facts["reply_text"] = analysis.text
        if c.intent in ("question", "unclear"):
            kind, title = (
                ("candidate_question", "The candidate asked a question by email")
                if c.intent == "question"
                else ("candidate_reply_unclear", "A candidate's reply needs a person to read it")
            )
            await repo.create_todo(
                conn,
                key=f"inbound:{inbound_id}",
                run=run,
                kind=kind,
                title=title,
                detail=(analysis.text or "(the reply has no text of its own)")
                + (f"\n\n[read as unclear: {c.rule}]" if c.intent == "unclear" else ""),
            )
            return Decision("handed_to_hr", c.intent, workflow_id=run.workflow_id, intent=c.intent)
        replied_to = next((e for mid in analysis.references for e in answered if e.message_id == mid), None)
        picks_offered_time = c.slot is not None or c.intent == "confirm"
        if (
            picks_offered_time
            and replied_to is not None
            and await repo.superseded(conn, run.workflow_id, replied_to.message_id)
        ):
            await repo.create_todo(
                conn,
                key=f"inbound:{inbound_id}",
                run=run,
                kind="candidate_reply_stale",
                title="The candidate answered an earlier invitation; newer times were offered since",
                detail=analysis.text,
            )
            return Decision(
                "handed_to_hr", "superseded_invitation", workflow_id=run.workflow_id, intent=c.intent, slot=c.slot
            )
        if c.question:
            await repo.create_todo(
                conn,
                key=f"inbound:{inbound_id}:question",
                run=run,
                kind="candidate_question",
                title="The candidate asked a question along with the answer",
                detail=c.question,
            )
        return await self._signal(run, analysis, c)

    async def _signal(self, run: RunRef, analysis: Analysis, c: Classification) -> Decision:
        if c.intent == "unclear":  # handed to HR before; CandidateReply gains `unclear` with the workflow reshape
            raise ValueError("an unclear reading is not signalled")
        reply = CandidateReply(intent=c.intent, slot=c.slot, text=analysis.text, message_id=analysis.message_id)
        handle = self._client.get_workflow_handle(run.workflow_id, run_id=run.run_id)
        try:
            await handle.signal("candidate_reply", reply)
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                return Decision(
                    "dead_letter",
                    "invitation_closed",
                    f"the workflow run is closed: {exc.message}",
                    workflow_id=run.workflow_id,
                    intent=c.intent,
                    slot=c.slot,
                )
            raise
        return Decision("signalled", None, workflow_id=run.workflow_id, intent=c.intent, slot=c.slot)

    async def _automated(self, conn: repo.Connection, inbound_id: int, auto: Automated) -> Decision:
        """Auto-replies are kept aside; a bounce also marks the email undeliverable and tells HR."""
        if auto.kind != "bounce":
            return Decision("dead_letter", auto.kind, auto.detail)
        bounced = await repo.outbound(conn, auto.original_ids)
        workflow_id = None
        for email in bounced:
            await repo.mark_undeliverable(conn, email.message_id, auto.detail)
            run = await repo.latest_run(conn, email.workflow_id)
            workflow_id = email.workflow_id
            if run is not None:
                what = "invitation" if email.template in repo.INVITATION_TEMPLATES else f"'{email.template}' email"
                await repo.create_todo(
                    conn,
                    key=f"bounce:{email.message_id}",
                    run=run,
                    kind="email_undeliverable",
                    title=f"The {what} could not be delivered; check the candidate's address",
                    detail=f"{auto.detail} (inbound #{inbound_id})",
                )
        detail = auto.detail if bounced else f"{auto.detail}; it names no email we sent"
        return Decision("dead_letter", "bounce", detail, workflow_id=workflow_id)
