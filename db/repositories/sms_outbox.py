"""The outbound SMS outbox: a row per idempotency key, claimed (and row-locked) in the transaction that sends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import asyncpg
from asyncpg.pool import PoolConnectionProxy

SmsStatus = Literal["pending", "sent", "failed"]  # the column's CHECK constraint allows these three
Connection = asyncpg.Connection | PoolConnectionProxy


@dataclass(frozen=True)
class SmsClaim:
    """The key's row as the claim found it: `first` when this attempt created it."""

    status: SmsStatus
    first: bool
    attempts: int
    problem: str | None


@dataclass(frozen=True)
class OutboundSms:
    idempotency_key: str
    workflow_id: str
    template: str
    recipient: str
    provider: str
    status: SmsStatus
    attempts: int
    provider_message_id: str | None
    problem: str | None
    created_at: datetime
    sent_at: datetime | None


class SmsOutboxRepository:
    """`outbound_sms`; `claim` must run inside a transaction: its row lock is what serialises attempts of one key."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def claim(
        self, conn: Connection, key: str, workflow_id: str, template: str, recipient: str, provider: str
    ) -> SmsClaim:
        """Insert the key, or count one more attempt on its row; either way the row stays locked until commit."""
        row = await conn.fetchrow(
            """
            INSERT INTO outbound_sms (idempotency_key, workflow_id, template, recipient, provider)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (idempotency_key) DO UPDATE SET attempts = outbound_sms.attempts + 1
            RETURNING status, attempts, problem, (xmax = 0) AS inserted
            """,
            key,
            workflow_id,
            template,
            recipient,
            provider,
        )
        if row is None:  # INSERT … ON CONFLICT DO UPDATE … RETURNING always returns the row
            raise RuntimeError(f"claiming SMS key {key!r} returned no row")
        status: SmsStatus = row["status"]
        return SmsClaim(status=status, first=row["inserted"], attempts=row["attempts"], problem=row["problem"])

    async def mark_sent(self, conn: Connection, key: str, provider_message_id: str) -> None:
        await conn.execute(
            """
            UPDATE outbound_sms SET status = 'sent', provider_message_id = $2, problem = NULL,
                                    sent_at = COALESCE(sent_at, now())
            WHERE idempotency_key = $1
            """,
            key,
            provider_message_id,
        )

    async def mark_failed(self, conn: Connection, key: str, problem: str, *, permanent: bool) -> None:
        """Record why the attempt failed; a permanent failure ends the key (`failed`), a transient one leaves it
        `pending` for the next attempt."""
        await conn.execute(
            """
            UPDATE outbound_sms SET problem = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
            WHERE idempotency_key = $1 AND status <> 'sent'
            """,
            key,
            problem,
            permanent,
        )

    async def list_for_workflow(self, workflow_id: str) -> list[OutboundSms]:
        rows = await self._pool.fetch(
            """
            SELECT idempotency_key, workflow_id, template, recipient, provider, status, attempts,
                   provider_message_id, problem, created_at, sent_at
            FROM outbound_sms WHERE workflow_id = $1 ORDER BY created_at, idempotency_key
            """,
            workflow_id,
        )
        return [OutboundSms(**dict(r)) for r in rows]
