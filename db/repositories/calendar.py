"""SQL for calendar answers: each event copy's signed organizer (`calendar_organizers`), and the booked event an
iTIP REPLY or COUNTER is checked against (`calendar_events` with the two attendees' addresses)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from inbound.calendar_tokens import Role

Executor = asyncpg.Pool | asyncpg.Connection | PoolConnectionProxy


@dataclass(frozen=True)
class BookedEvent:
    """A run's calendar event as booked now, with the invitees' addresses and zones and each copy's organizer."""

    event_uid: str
    workflow_id: str
    candidate_id: str
    interviewer_id: str
    start: datetime
    end: datetime
    status: str  # booked | cancelled
    sequence: int
    candidate_email: str | None
    candidate_timezone: str
    interviewer_email: str | None
    interviewer_timezone: str
    organizers: dict[Role, str]


async def organizer(executor: Executor, event_uid: str, role: Role, sequence: int, mint: Callable[[int], str]) -> str:
    """The organizer of `role`'s copy of the event: the stored one, else `mint(sequence)` stored now (first wins)."""
    stored: str | None = await executor.fetchval(
        "SELECT organizer FROM calendar_organizers WHERE event_uid = $1 AND role = $2", event_uid, role
    )
    if stored is not None:
        return stored
    await executor.execute(
        """
        INSERT INTO calendar_organizers (event_uid, role, organizer, minted_sequence) VALUES ($1, $2, $3, $4)
        ON CONFLICT (event_uid, role) DO NOTHING
        """,
        event_uid,
        role,
        mint(sequence),
        sequence,
    )
    # Two attempts racing: the first insert is the organizer for good.
    chosen: str = await executor.fetchval(
        "SELECT organizer FROM calendar_organizers WHERE event_uid = $1 AND role = $2", event_uid, role
    )
    return chosen


async def booked_event(executor: Executor, event_uid: str, default_timezone: str) -> BookedEvent | None:
    """The event with this UID as booked now, or None when we never booked one."""
    row = await executor.fetchrow(
        """
        SELECT e.event_uid, e.workflow_id, e.candidate_id, e.interviewer_id, lower(e.during) AS start,
               upper(e.during) AS "end", e.status, e.sequence,
               c.email AS candidate_email, COALESCE(c.timezone, $2) AS candidate_timezone,
               i.email AS interviewer_email, COALESCE(NULLIF(i.extra->>'timezone', ''), $2) AS interviewer_timezone,
               (SELECT COALESCE(jsonb_object_agg(o.role, o.organizer), '{}'::jsonb)::text
                FROM calendar_organizers o WHERE o.event_uid = e.event_uid) AS organizers
        FROM calendar_events e
        LEFT JOIN candidates c ON c.candidate_id = e.candidate_id
        LEFT JOIN interviewers i ON i.interviewer_id = e.interviewer_id
        WHERE e.event_uid = $1
        """,
        event_uid,
        default_timezone,
    )
    if row is None:
        return None
    organizers: dict[Role, str] = {}
    for role, address in json.loads(row["organizers"]).items():
        if role in ("candidate", "interviewer"):
            organizers["candidate" if role == "candidate" else "interviewer"] = str(address)
    return BookedEvent(
        event_uid=row["event_uid"],
        workflow_id=row["workflow_id"],
        candidate_id=row["candidate_id"],
        interviewer_id=row["interviewer_id"],
        start=row["start"],
        end=row["end"],
        status=row["status"],
        sequence=row["sequence"],
        candidate_email=row["candidate_email"],
        candidate_timezone=row["candidate_timezone"],
        interviewer_email=row["interviewer_email"],
        interviewer_timezone=row["interviewer_timezone"],
        organizers=organizers,
    )
