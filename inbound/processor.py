"""Processing a stored inbound message: read it, decide, and either signal the workflow, hand it to HR, hold it
for the candidate to confirm, or keep it as a dead letter with its reason.

`process` (1) takes a free reader, then counts the read in PostgreSQL (committed before it starts); (2) checks
the tokens (pure) and looks up the fingerprints and offered times of the emails of the run a valid reply token
names; (3) reads the message once, in a reader process under a time limit, with those facts
(`inbound.reader.read_message`: size limits, then `inbound.analysis.analyse`); (4) decides with what only
PostgreSQL and Temporal know, inside one short transaction that holds the row's lock and does no text work. A
read that times out or crashes is retried, behind fresh mail, until `inbound_read_attempts`; then the message is a
dead letter. A passing failure after reading (database or Temporal unreachable) leaves the row `received`, to be
retried.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import asyncpg
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from db.repositories import fingerprints
from inbound import repository as repo
from inbound.analysis import MAX_REPLY_TEXT, Analysis, analyse
from inbound.automated import Automated
from inbound.calendar import answer_calendar
from inbound.intent import Classification
from inbound.mime import Limits, fallback_message_id
from inbound.reader import FRESH, RETRY, SUSPECT, InProcessReader, Reading, ReadingFailed, ReadingPool, ReadingTimeout
from inbound.senders import check_sender
from inbound.tokens import (
    BounceToken,
    KeyRing,
    ReplyToken,
    TokenError,
    bounce_token_of,
    reply_token_of,
    verify_bounce_token,
    verify_reply_signature,
)
from schemas.contract import CandidateReply
from schemas.inbound import RunRef, reply_action
from service.settings import Settings

log = logging.getLogger("inbound")

__all__ = ["MAX_REPLY_TEXT", "Analysis", "Decision", "ReplyProcessor", "Tokens", "analyse", "check_tokens", "limits_of"]

# How long an envelope sender whose message timed out or crashed a reader has its next messages read as suspects.
SUSPECT_FOR = 3600.0


def limits_of(settings: Settings) -> Limits:
    """The size limits a message is checked against before it is parsed."""
    return Limits(
        header_bytes=settings.inbound_max_header_bytes,
        parts=settings.inbound_max_parts,
        nesting=settings.inbound_max_nesting,
    )


@dataclass(frozen=True)
class Decision:
    """How processing ended: the row's final status, the reason, and the intent when there was one."""

    status: Literal["signalled", "handed_to_hr", "dead_letter", "held"]
    reason: str | None = None
    detail: str | None = None
    workflow_id: str | None = None
    intent: str | None = None
    slot: int | None = None
    notice: Literal["sender_check", "expired_reply"] | None = None
    notice_to: str | None = None


@dataclass(frozen=True)
class Tokens:
    """The recipients' tokens, verified before anything is read (pure: HMACs over a few short strings)."""

    token: str | None
    claims: ReplyToken | None
    token_problem: TokenError | None
    bounce_tokens: list[BounceToken]
    expired: bool


@dataclass(frozen=True)
class Prepared:
    """What the processor works out before its row-lock transaction (no regex work holds a row lock)."""

    reading: Reading
    token: str | None
    claims: ReplyToken | None
    token_problem: TokenError | None
    bounce_tokens: list[BounceToken]
    expired: bool

    @classmethod
    def of(cls, reading: Reading, tokens: Tokens) -> Prepared:
        return cls(reading, tokens.token, tokens.claims, tokens.token_problem, tokens.bounce_tokens, tokens.expired)


def check_tokens(settings: Settings, ring: KeyRing, rcpt_to: list[str], now: datetime) -> Tokens:
    """The recipients' tokens verified (a reply token's expiry judged at `now`)."""
    bounces: list[BounceToken] = []
    for address in rcpt_to:
        bounce = bounce_token_of(settings, address)
        if bounce is not None:
            # A bounce address whose token does not verify is not ours: the bounce then counts for nothing.
            with contextlib.suppress(TokenError):
                bounces.append(verify_bounce_token(ring, bounce))
    token = next((t for t in (reply_token_of(settings, r) for r in rcpt_to) if t), None)
    claims: ReplyToken | None = None
    problem: TokenError | None = None
    if token is not None:
        try:
            claims = verify_reply_signature(ring, token)
        except TokenError as exc:
            problem = exc
    expired = claims is not None and now >= claims.expires_at
    return Tokens(token, claims, problem, bounces, expired)


class ReplyProcessor:
    """Turns one stored message into a signal, an HR to-do, a held reply or a dead letter.

    With a `reader` pool, reading happens in its processes under a time limit; without one (tests, tools), in
    this process.
    """

    def __init__(
        self,
        settings: Settings,
        pool: asyncpg.Pool,
        client: Client,
        ring: KeyRing,
        reader: ReadingPool | None = None,
        *,
        lease: timedelta | None = None,
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._client = client
        self._ring = ring
        self._reader: ReadingPool | InProcessReader = reader or InProcessReader(
            limits_of(settings), settings.inbound_trusted_authserv_id
        )
        self._suspects: dict[str, float] = {}
        self._reading: Counter[str] = Counter()
        # A read in progress elsewhere is left alone this long (then it is taken to have died with its gateway).
        self._lease = lease or settings.inbound_read_timeout * 2 + timedelta(seconds=10)

    async def process(self, inbound_id: int, mail_from: str | None = None) -> Decision | None:
        """Process a `received` row once; None when another processor holds it or it is already done.

        Each read is counted (and committed) before it starts: a message whose reading times out, crashes the
        reader or takes the whole gateway down becomes a dead letter after `inbound_read_attempts` reads, also
        across restarts.
        """
        max_reads = self._settings.inbound_read_attempts
        priority = FRESH
        while True:
            # A reader first, then the count: a read is counted when it really starts (not while it waits).
            if priority == FRESH and mail_from is not None and self._suspect(mail_from):
                priority = SUSPECT
            key = (mail_from or "").lower()
            with self._reading_from(key):
                async with self._reader.slot(priority) as slot:
                    claimed = await repo.claim_for_reading(self._pool, inbound_id, self._lease)
                    if claimed is None:
                        return None
                    if claimed["read_attempts"] > max_reads:
                        return await self._unreadable(inbound_id, claimed)
                    # What the reader needs to know, looked up before it reads (SPEC R-M3): the emails of the
                    # run the reply token names (their fingerprints and offered times; the reader picks the one
                    # the message answers). An address that does not verify gets none: its mail is not acted on.
                    tokens = check_tokens(self._settings, self._ring, list(claimed["rcpt_to"]), datetime.now(UTC))
                    sent = await self._sent_in_run(tokens)
                    try:
                        reading = await slot.read(
                            bytes(claimed["raw"]), claimed["mail_from"], sent, self._settings.reply_confidence_bar
                        )
                    except ReadingFailed as exc:
                        reason = "reading_timeout" if isinstance(exc, ReadingTimeout) else "reading_crashed"
                        log.warning(
                            "inbound #%s: %s (read %s of %s)", inbound_id, exc, claimed["read_attempts"], max_reads
                        )
                        await repo.note_read_failure(self._pool, inbound_id, f"{reason}: {exc}")
                        self._suspects[claimed["mail_from"].lower()] = time.monotonic()
                        priority = RETRY
                        continue
            break
        # Everything pure happens before the row lock: the reading (in a reader), the tokens, the stand-in Message-ID.
        prepared = Prepared.of(reading, tokens)
        fallback_id = fallback_message_id(bytes(claimed["raw"])) if reading.analysis is None else ""
        async with self._pool.acquire() as conn, conn.transaction():
            row = await repo.lock_received(conn, inbound_id)
            if row is None:
                return None
            analysis = reading.analysis
            facts: dict[str, Any] = {
                "message_id": analysis.message_id if analysis is not None else fallback_id,
                "subject": (analysis.subject or None) if analysis is not None else None,
                "sender": reading.sender or None,
            }
            # ---- calendar answers (SPEC R-M5, inbound/calendar.py): an iTIP REPLY/COUNTER, or mail to a cal+ organizer
            calendar = (
                None
                if reading.refused
                else await answer_calendar(
                    conn,
                    self._client,
                    self._settings,
                    self._ring,
                    claimed,
                    facts,
                    dmarc_failure=reading.dmarc_failure,
                )
            )
            decision = (
                Decision(calendar.status, calendar.reason, calendar.detail, calendar.workflow_id, calendar.intent)
                if calendar
                else await self._decide(conn, inbound_id, row, prepared, facts)
            )
            # ---- end calendar answers
            await repo.finish(
                conn,
                inbound_id,
                decision.status,
                reason=decision.reason,
                detail=decision.detail,
                workflow_id=decision.workflow_id,
                intent=decision.intent,
                slot=decision.slot,
                notice=decision.notice,
                notice_to=decision.notice_to,
                **facts,
            )
        log.info("inbound #%s: %s%s", inbound_id, decision.status, f" ({decision.reason})" if decision.reason else "")
        return decision

    async def _sent_in_run(self, tokens: Tokens) -> tuple[fingerprints.SentFingerprint, ...]:
        """The fingerprints of the emails of the run a valid, unexpired reply token names (newest first)."""
        if tokens.claims is None or tokens.expired:
            return ()
        run = await repo.run(self._pool, tokens.claims.run_id)
        if run is None:
            return ()
        return await fingerprints.sent_in_run(self._pool, run.workflow_id)

    @contextlib.contextmanager
    def _reading_from(self, sender: str) -> Iterator[None]:
        self._reading[sender] += 1
        try:
            yield
        finally:
            self._reading[sender] -= 1
            if self._reading[sender] <= 0:
                del self._reading[sender]

    def _suspect(self, mail_from: str) -> bool:
        """Whether this envelope sender has a message being read now, or had one time out or crash a reader lately
        (one sender's stream of poison then never holds more than one reader at the fresh priority)."""
        if self._reading.get(mail_from.lower(), 0) > 0:
            return True
        since = self._suspects.get(mail_from.lower())
        if since is None:
            return False
        if time.monotonic() - since > SUSPECT_FOR:
            del self._suspects[mail_from.lower()]
            return False
        return True

    async def _unreadable(self, inbound_id: int, claimed: asyncpg.Record) -> Decision:
        """Too many reads started: a dead letter with the last read's failure (or the gateway's own death)."""
        last = claimed["last_error"] or ""
        reason, _, detail = last.partition(": ")
        if reason not in ("reading_timeout", "reading_crashed"):
            reason, detail = "unreadable", "reading never finished (the gateway stopped while reading it)"
        detail = f"{detail} ({claimed['read_attempts'] - 1} reads)"
        await repo.give_up_reading(self._pool, inbound_id, reason, detail)
        log.warning("inbound #%s: dead letter %s: %s", inbound_id, reason, detail)
        return Decision("dead_letter", reason, detail)

    async def _decide(
        self, conn: repo.Connection, inbound_id: int, row: asyncpg.Record, prepared: Prepared, facts: dict[str, Any]
    ) -> Decision:
        reading = prepared.reading
        if reading.refused is not None or reading.analysis is None:
            return Decision("dead_letter", "over_limits", f"refused before reading: {reading.refused}")
        analysis = reading.analysis
        if analysis.problem is not None:
            return Decision("dead_letter", "malformed", analysis.problem)
        if analysis.automated is not None:
            return await self._automated(conn, inbound_id, analysis.automated, prepared)
        if prepared.bounce_tokens and prepared.token is None:
            return Decision("dead_letter", "not_a_bounce", "mail to a bounce address that is not a delivery report")

        if prepared.token is None:
            return Decision("dead_letter", "no_reply_token", "no recipient is a reply address")
        if prepared.token_problem is not None or prepared.claims is None:
            problem = prepared.token_problem
            assert problem is not None
            return Decision("dead_letter", f"{problem.reason}_token", problem.detail)
        claims = prepared.claims
        facts["run_id"] = claims.run_id
        run = await repo.run(conn, claims.run_id)
        if prepared.expired:
            # A real reply address, used after it lapsed: the sender learns whom to contact instead (R-M2).
            return Decision(
                "dead_letter",
                "expired",
                f"the reply address expired at {claims.expires_at.isoformat()}",
                workflow_id=run.workflow_id if run is not None else None,
                notice="expired_reply" if row["mail_from"] else None,
                notice_to=row["mail_from"] or None,
            )
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

        if not row["sender_confirmed"]:
            candidate_email = await repo.candidate_email(conn, run.candidate_id)
            aliases = await repo.aliases(conn, run.candidate_id)
            check = check_sender(reading.sender, candidate_email, aliases, reading.dmarc_failure)
            if not check.trusted:
                facts["reply_text"] = analysis.text
                if not candidate_email:
                    await repo.create_todo(
                        conn,
                        key=f"inbound:{inbound_id}:unverified",
                        run=run,
                        kind="candidate_reply_unverified",
                        title="A reply from an address that is not the candidate's waits; the archive has no address "
                        "to ask the candidate",
                        detail=f"{check.why}: {analysis.text or '(no text of its own)'}",
                    )
                return Decision(
                    "held",
                    "unverified_sender",
                    check.why,
                    workflow_id=run.workflow_id,
                    intent=analysis.classification.intent,
                    slot=analysis.classification.slot,
                    notice="sender_check" if candidate_email else None,
                    notice_to=candidate_email,
                )

        c = analysis.classification
        facts["reply_text"] = analysis.text
        if c.intent == "question":
            await repo.create_todo(
                conn,
                key=f"inbound:{inbound_id}",
                run=run,
                kind="candidate_question",
                title="The candidate asked a question by email",
                detail=analysis.text or "(the reply has no text of its own)",
            )
            return Decision("handed_to_hr", c.intent, workflow_id=run.workflow_id, intent=c.intent)
        if c.intent == "unclear":
            # Never an action: the workflow asks the candidate back (their language, the options and links) and
            # opens an HR to-do (CONTRACT `candidate_reply` intent `unclear`); the deciding rule is kept here too.
            facts["reply_text"] = (analysis.text or "")[: MAX_REPLY_TEXT - 200] + f"\n\n[read as unclear: {c.rule}]"
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
        intent = "unclear" if c.intent == "unclear" else reply_action(c.intent)
        reply = CandidateReply(
            intent=intent, slot=c.slot, text=analysis.text, message_id=analysis.message_id, source="email"
        )
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

    async def _automated(self, conn: repo.Connection, inbound_id: int, auto: Automated, prepared: Prepared) -> Decision:
        """Auto-replies are kept aside; a bounce at a signed bounce address also marks its email undeliverable and
        tells HR. A bounce anywhere else, or naming another email than its address stands for, changes nothing."""
        if auto.kind == "auto_reply" and prepared.claims is not None and prepared.token_problem is None:
            # An auto-reply at the candidate's reply address (out of office, 【自动回复】) is never acted on, but it
            # is not lost either: HR sees it once per run (it may say until when the candidate is away, and a
            # person's reply misread as one is looked at by a person).
            run = await repo.run(conn, prepared.claims.run_id)
            if run is not None and not prepared.expired:
                await repo.create_todo(
                    conn,
                    key=f"auto_reply:{run.workflow_id}",
                    run=run,
                    kind="candidate_auto_reply",
                    title="An automatic reply came from the candidate's address (not acted on)",
                    detail=f"{auto.detail} (inbound #{inbound_id})",
                )
                return Decision("dead_letter", auto.kind, auto.detail, workflow_id=run.workflow_id)
        if auto.kind != "bounce":
            return Decision("dead_letter", auto.kind, auto.detail)
        if not prepared.bounce_tokens:
            return Decision("dead_letter", "bounce", f"{auto.detail}; not sent to a signed bounce address, not counted")
        named = [mid for mid in auto.original_ids if any(t.names(mid) for t in prepared.bounce_tokens)]
        bounced = await repo.outbound(conn, named)
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
        detail = auto.detail if bounced else f"{auto.detail}; it names no email its bounce address stands for"
        return Decision("dead_letter", "bounce", detail, workflow_id=workflow_id)
