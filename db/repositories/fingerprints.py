"""Fingerprints of the emails we sent (migration 009): stored when the outbox claims an email, read by the
reply gateway to recognise our own text in a reply, deleted by the retention job."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from inbound.intent import OfferedSlot
from inbound.quotes import SentText, fingerprint
from inbound.reading import SentFingerprint, choose

__all__ = [
    "SentFingerprint",
    "choose",
    "delete_fingerprints_before",
    "offered_slots",
    "record_fingerprint",
    "replied_to",
    "sent_in_run",
]

Executor: TypeAlias = asyncpg.Pool | asyncpg.Connection | PoolConnectionProxy


def offered_slots(slots: Any) -> list[dict[str, Any]]:
    """The `slots` of an email's context (`[{"number", "start", "end"}]`) as stored: number and start.
    Anything that is not a list of such slots is no offer (an empty list), never an error."""
    if not isinstance(slots, list):
        return []
    out: list[dict[str, Any]] = []
    for index, slot in enumerate(slots, start=1):
        if not isinstance(slot, dict) or not isinstance(slot.get("start"), str):
            return []
        try:
            datetime.fromisoformat(slot["start"])
        except ValueError:
            return []
        number = slot.get("number", index)
        out.append({"number": int(number) if isinstance(number, int) else index, "start": slot["start"]})
    return out


async def record_fingerprint(
    db: Executor,
    message_id: str,
    workflow_id: str,
    recipient_kind: str,
    text: str,
    slots: Any = None,
    timezone: str | None = None,
) -> None:
    """Keep the fingerprint of an email we are sending (idempotent: a retried send keeps the first)."""
    await db.execute(
        """
        INSERT INTO sent_fingerprints (message_id, workflow_id, recipient_kind, shingles, offered, timezone)
        VALUES ($1, $2, $3, $4, $5::jsonb, $6)
        ON CONFLICT (message_id) DO NOTHING
        """,
        message_id,
        workflow_id,
        recipient_kind,
        fingerprint(text),
        json.dumps(offered_slots(slots)),
        timezone,
    )


# How long after its interview (or after the run ended) a reply is still accepted (Settings'
# reply_valid_after_interview): the fingerprint of what it answers is kept until then.
REPLIES_AFTER_INTERVIEW = timedelta(days=7)


async def delete_fingerprints_before(
    db: Executor, cutoff: datetime, replies_after: timedelta = REPLIES_AFTER_INTERVIEW
) -> int:
    """Delete the fingerprints kept of emails sent before `cutoff` (the retention job); how many went.

    An invitation may go out up to 90 days before its interview and is answered until the interview's end plus
    `replies_after`, far beyond the retention period: the fingerprints of a run that may still get replies are
    kept — a run still open, one that ended less than `replies_after` ago, or one with a booked interview that
    ended less than `replies_after` ago. A fingerprint no run row names goes by age alone."""
    status = await db.execute(
        """
        DELETE FROM sent_fingerprints f
        WHERE f.created_at < $1
          AND NOT EXISTS (
                SELECT 1 FROM reinterviews r
                WHERE r.workflow_id = f.workflow_id
                  AND (r.ended_at IS NULL OR r.ended_at > now() - $2::interval))
          AND NOT EXISTS (
                SELECT 1 FROM calendar_events c
                WHERE c.workflow_id = f.workflow_id AND c.status = 'booked'
                  AND upper(c.during) > now() - $2::interval)
        """,
        cutoff,
        replies_after,
    )
    return int(status.split()[-1])


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _row(row: asyncpg.Record) -> SentFingerprint:
    zone = _zone(row["timezone"])
    offered: list[OfferedSlot] = []
    for slot in json.loads(row["offered"]):
        start = datetime.fromisoformat(slot["start"])
        if zone is not None and start.tzinfo is not None:
            start = start.astimezone(zone)
        offered.append(OfferedSlot(int(slot["number"]), start))
    return SentFingerprint(
        row["message_id"], row["workflow_id"], SentText.of(row["shingles"]), tuple(offered), row["recipient_kind"]
    )


# How many of a run's emails the gateway hands a reader to find the replied-to one among (newest first).
RUN_FINGERPRINTS = 20


async def sent_in_run(db: Executor, workflow_id: str, limit: int = RUN_FINGERPRINTS) -> tuple[SentFingerprint, ...]:
    """The fingerprints of a run's emails, newest first: what the gateway looks up before a reply is read (the
    reader, which parses the reply, picks the one it answers with `choose`)."""
    rows = await db.fetch(
        "SELECT * FROM sent_fingerprints WHERE workflow_id = $1 ORDER BY created_at DESC, message_id DESC LIMIT $2",
        workflow_id,
        limit,
    )
    return tuple(_row(r) for r in rows)


async def replied_to(db: Executor, references: Sequence[str], workflow_id: str | None) -> SentFingerprint | None:
    """The email a reply answers: the first of its In-Reply-To/References we have a fingerprint of; without
    one (a client that drops them, a pasted reply), the newest email sent to the candidate of `workflow_id`
    (the run the reply token names)."""
    if workflow_id is not None:
        return choose(references, await sent_in_run(db, workflow_id))
    if not references:
        return None
    rows = await db.fetch("SELECT * FROM sent_fingerprints WHERE message_id = ANY($1::text[])", list(references))
    by_id = {r["message_id"]: r for r in rows}
    return next((_row(by_id[mid]) for mid in references if mid in by_id), None)
