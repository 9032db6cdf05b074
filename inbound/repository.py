"""SQL for inbound replies: `inbound_mail`, and the rows of other tables a reply or bounce touches."""

from __future__ import annotations

from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from schemas.inbound import DeadLetter, InboundMail, OutboundRef, RunRef

Connection = asyncpg.Connection | PoolConnectionProxy
Executor = asyncpg.Pool | Connection

INVITATION_TEMPLATES = ("invitation", "reply_reminder")


def clean(value: str) -> str:
    """Text PostgreSQL accepts: no NUL characters, no lone surrogates (mail can carry both)."""
    return value.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


class InboundRepository:
    """Stores every accepted message first; processing later moves it to its final status."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    @property
    def pool(self) -> asyncpg.Pool:
        return self._pool

    async def store(self, mail_from: str, rcpt_to: list[str], raw: bytes) -> int:
        """Keep a message as `received`; its id is what the SMTP 250 answer names."""
        return await self._pool.fetchval(
            "INSERT INTO inbound_mail (mail_from, rcpt_to, raw) VALUES ($1, $2, $3) RETURNING id",
            clean(mail_from),
            [clean(r) for r in rcpt_to],
            raw,
        )

    async def store_dead_letter(self, mail_from: str, rcpt_to: list[str], raw: bytes, reason: str, detail: str) -> int:
        """Keep a message the gateway refused to take (too big, malformed) as a dead letter."""
        return await self._pool.fetchval(
            """
            INSERT INTO inbound_mail (mail_from, rcpt_to, raw, status, reason, detail, processed_at)
            VALUES ($1, $2, $3, 'dead_letter', $4, $5, now()) RETURNING id
            """,
            clean(mail_from),
            [clean(r) for r in rcpt_to],
            raw,
            reason,
            clean(detail),
        )

    async def pending(self, limit: int = 100) -> list[int]:
        """Ids still `received` (processing failed for a passing reason, or the gateway stopped), oldest first."""
        rows = await self._pool.fetch(
            "SELECT id FROM inbound_mail WHERE status = 'received' ORDER BY id LIMIT $1", limit
        )
        return [r["id"] for r in rows]

    async def note_failure(self, inbound_id: int, error: str, *, give_up_after: int | None = None) -> str:
        """Count a failed attempt; after `give_up_after` attempts the row becomes a `processing_error` dead letter."""
        return await self._pool.fetchval(
            """
            UPDATE inbound_mail SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN $3::int IS NOT NULL AND attempts + 1 >= $3::int THEN 'dead_letter' ELSE status END,
                reason = CASE WHEN $3::int IS NOT NULL AND attempts + 1 >= $3::int THEN 'processing_error'
                         ELSE reason END,
                detail = CASE WHEN $3::int IS NOT NULL AND attempts + 1 >= $3::int THEN $2 ELSE detail END
            WHERE id = $1 AND status = 'received' RETURNING status
            """,
            inbound_id,
            clean(error)[:2000],
            give_up_after,
        )

    async def get(self, inbound_id: int) -> InboundMail | None:
        row = await self._pool.fetchrow(f"SELECT {_MAIL_COLUMNS} FROM inbound_mail WHERE id = $1", inbound_id)
        return InboundMail.model_validate(dict(row)) if row else None

    async def all(self) -> list[InboundMail]:
        rows = await self._pool.fetch(f"SELECT {_MAIL_COLUMNS} FROM inbound_mail ORDER BY id")
        return [InboundMail.model_validate(dict(r)) for r in rows]


_MAIL_COLUMNS = (
    "id, received_at, mail_from, rcpt_to, message_id, status, reason, detail, workflow_id, run_id, subject, intent, "
    "slot, reply_text, attempts, last_error"
)


# ---- inside one processing transaction ----------------------------------------------------------------------


async def lock_received(conn: Connection, inbound_id: int) -> asyncpg.Record | None:
    """The row if it is still `received` and nobody else is processing it (the lock lasts the transaction)."""
    return await conn.fetchrow(
        """
        SELECT id, mail_from, rcpt_to, raw FROM inbound_mail
        WHERE id = $1 AND status = 'received' FOR UPDATE SKIP LOCKED
        """,
        inbound_id,
    )


async def finish(conn: Connection, inbound_id: int, status: str, **fields: Any) -> None:
    """Set the final status and what processing learned (message id, subject, workflow, intent...)."""
    allowed = ("reason", "detail", "message_id", "subject", "workflow_id", "run_id", "intent", "slot", "reply_text")
    columns = [name for name in allowed if name in fields]
    assignments = "".join(f", {name} = ${n}" for n, name in enumerate(columns, start=3))
    sql = f"UPDATE inbound_mail SET status = $2, processed_at = now(){assignments} WHERE id = $1"
    values = [clean(v) if isinstance(v, str) else v for v in (fields[name] for name in columns)]
    await conn.execute(sql, inbound_id, status, *values)


async def lock_message_id(conn: Connection, message_id: str) -> None:
    """Serialise the processing of copies of one message (transaction-scoped advisory lock)."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))", message_id)


async def delivered_copy(conn: Connection, message_id: str, inbound_id: int) -> int | None:
    """An earlier row with the same Message-ID that processing already finished, if any."""
    return await conn.fetchval(
        """
        SELECT id FROM inbound_mail
        WHERE message_id = $1 AND id <> $2 AND status <> 'received'
        ORDER BY status IN ('signalled', 'handed_to_hr') DESC, id LIMIT 1
        """,
        message_id,
        inbound_id,
    )


async def run(executor: Executor, run_id: str) -> RunRef | None:
    """The re-interview run a token names."""
    row = await executor.fetchrow(
        "SELECT run_id, workflow_id, candidate_id, job_id, stage, outcome FROM reinterviews WHERE run_id = $1",
        run_id,
    )
    return RunRef.model_validate(dict(row)) if row else None


async def latest_run(executor: Executor, workflow_id: str) -> RunRef | None:
    row = await executor.fetchrow(
        """
        SELECT run_id, workflow_id, candidate_id, job_id, stage, outcome FROM reinterviews
        WHERE workflow_id = $1 ORDER BY started_at DESC LIMIT 1
        """,
        workflow_id,
    )
    return RunRef.model_validate(dict(row)) if row else None


async def outbound(executor: Executor, message_ids: list[str]) -> list[OutboundRef]:
    """Emails we sent with these Message-IDs (what a reply's In-Reply-To/References or a bounce names)."""
    if not message_ids:
        return []
    rows = await executor.fetch(
        """
        SELECT message_id, workflow_id, template, idempotency_key, created_at FROM outbound_emails
        WHERE message_id = ANY($1::text[]) ORDER BY created_at
        """,
        message_ids,
    )
    return [OutboundRef.model_validate(dict(r)) for r in rows]


async def superseded(executor: Executor, workflow_id: str, message_id: str) -> bool:
    """True when `message_id` is an invitation (or its reminder) and a newer invitation went out after it."""
    return bool(
        await executor.fetchval(
            """
            SELECT EXISTS (
                SELECT 1 FROM outbound_emails this JOIN outbound_emails newer
                  ON newer.workflow_id = this.workflow_id AND newer.template = 'invitation'
                 AND newer.created_at > this.created_at
                WHERE this.message_id = $1 AND this.workflow_id = $2 AND this.template = ANY($3::text[])
            )
            """,
            message_id,
            workflow_id,
            list(INVITATION_TEMPLATES),
        )
    )


async def mark_undeliverable(executor: Executor, message_id: str, reason: str) -> None:
    await executor.execute(
        """
        UPDATE outbound_emails SET undeliverable_at = COALESCE(undeliverable_at, now()), undeliverable_reason = $2
        WHERE message_id = $1
        """,
        message_id,
        clean(reason)[:1000],
    )


async def create_todo(executor: Executor, *, key: str, run: RunRef, kind: str, title: str, detail: str) -> bool:
    """An HR to-do item, once per key (the workflow's own to-dos use the same table)."""
    created = await executor.fetchval(
        """
        INSERT INTO hr_todos (todo_key, workflow_id, candidate_id, job_id, kind, title, detail)
        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (todo_key) DO NOTHING RETURNING 1
        """,
        key,
        run.workflow_id,
        run.candidate_id,
        run.job_id,
        kind,
        clean(title),
        clean(detail)[:4000],
    )
    return created is not None


# ---- dead letters --------------------------------------------------------------------------------------------


async def list_dead_letters(pool: asyncpg.Pool, limit: int = 100) -> list[DeadLetter]:
    """The newest dead letters first: every inbound message that reached no workflow, with its reason."""
    rows = await pool.fetch(
        """
        SELECT id, received_at, mail_from, rcpt_to, message_id, subject, COALESCE(reason, 'unknown') AS reason,
               detail, workflow_id, octet_length(raw) AS size
        FROM inbound_mail WHERE status = 'dead_letter' ORDER BY received_at DESC, id DESC LIMIT $1
        """,
        limit,
    )
    return [DeadLetter.model_validate(dict(r)) for r in rows]
