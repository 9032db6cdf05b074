"""SQL for inbound replies: `inbound_mail`, and the rows of other tables a reply or bounce touches."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from schemas.inbound import DeadLetter, InboundMail, OutboundRef, RunRef

Connection: TypeAlias = asyncpg.Connection | PoolConnectionProxy
Executor: TypeAlias = asyncpg.Pool | Connection

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
        inbound_id: int = await self._pool.fetchval(
            "INSERT INTO inbound_mail (mail_from, rcpt_to, raw) VALUES ($1, $2, $3) RETURNING id",
            clean(mail_from),
            [clean(r) for r in rcpt_to],
            raw,
        )
        return inbound_id

    async def store_dead_letter(self, mail_from: str, rcpt_to: list[str], raw: bytes, reason: str, detail: str) -> int:
        """Keep a message the gateway refused to take (too big, malformed) as a dead letter."""
        inbound_id: int = await self._pool.fetchval(
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
        return inbound_id

    async def pending(self, limit: int = 100) -> list[int]:
        """Ids still `received` (processing failed for a passing reason, or the gateway stopped), oldest first."""
        rows = await self._pool.fetch(
            "SELECT id FROM inbound_mail WHERE status = 'received' ORDER BY id LIMIT $1", limit
        )
        return [r["id"] for r in rows]

    async def note_failure(self, inbound_id: int, error: str, *, give_up_after: int | None = None) -> str | None:
        """Count a failed attempt; after `give_up_after` attempts the row becomes a `processing_error` dead letter.

        The failure came after a successful read, so the read count starts again (a database or Temporal outage
        must not turn a readable message into an unreadable one).
        """
        status: str | None = await self._pool.fetchval(
            """
            UPDATE inbound_mail SET attempts = attempts + 1, last_error = $2, read_attempts = 0,
                reading_started_at = NULL,
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
        return status

    async def get(self, inbound_id: int) -> InboundMail | None:
        row = await self._pool.fetchrow(f"SELECT {_MAIL_COLUMNS} FROM inbound_mail WHERE id = $1", inbound_id)
        return InboundMail.model_validate(dict(row)) if row else None

    async def all(self) -> list[InboundMail]:
        rows = await self._pool.fetch(f"SELECT {_MAIL_COLUMNS} FROM inbound_mail ORDER BY id")
        return [InboundMail.model_validate(dict(r)) for r in rows]


_MAIL_COLUMNS = (
    "id, received_at, mail_from, rcpt_to, message_id, status, reason, detail, workflow_id, run_id, subject, intent, "
    "slot, reply_text, attempts, last_error, read_attempts, sender, sender_confirmed, notice, notice_to, "
    "notice_done_at"
)


# ---- reading: counted before it starts -----------------------------------------------------------------------


async def claim_for_reading(pool: asyncpg.Pool, inbound_id: int, lease: timedelta) -> asyncpg.Record | None:
    """Count one more read of a `received` row and return it; None when it is done or being read elsewhere.

    Committed before the read starts, so a read that never finishes (the process died) still counts.
    """
    return await pool.fetchrow(
        """
        UPDATE inbound_mail SET read_attempts = read_attempts + 1, reading_started_at = now()
        WHERE id = $1 AND status = 'received'
          AND (reading_started_at IS NULL OR reading_started_at < now() - $2::interval)
        RETURNING id, mail_from, rcpt_to, raw, read_attempts, last_error
        """,
        inbound_id,
        lease,
    )


async def note_read_failure(pool: asyncpg.Pool, inbound_id: int, error: str) -> None:
    """A read that timed out or crashed: the row stays `received` (its read count decides what happens next)."""
    await pool.execute(
        "UPDATE inbound_mail SET last_error = $2, reading_started_at = NULL WHERE id = $1 AND status = 'received'",
        inbound_id,
        clean(error)[:2000],
    )


async def give_up_reading(pool: asyncpg.Pool, inbound_id: int, reason: str, detail: str) -> None:
    """A message read too often without an answer becomes a dead letter with the last failure as its reason."""
    await pool.execute(
        """
        UPDATE inbound_mail SET status = 'dead_letter', reason = $2, detail = $3, processed_at = now(),
            reading_started_at = NULL
        WHERE id = $1 AND status = 'received'
        """,
        inbound_id,
        reason,
        clean(detail)[:2000],
    )


# ---- inside one processing transaction ----------------------------------------------------------------------


async def lock_received(conn: Connection, inbound_id: int) -> asyncpg.Record | None:
    """The row if it is still `received` and nobody else is processing it (the lock lasts the transaction)."""
    return await conn.fetchrow(
        """
        SELECT id, mail_from, rcpt_to, sender_confirmed FROM inbound_mail
        WHERE id = $1 AND status = 'received' FOR UPDATE SKIP LOCKED
        """,
        inbound_id,
    )


async def finish(conn: Connection, inbound_id: int, status: str, **fields: Any) -> None:
    """Set the final status and what processing learned (message id, subject, workflow, intent...)."""
    allowed = (
        "reason",
        "detail",
        "message_id",
        "subject",
        "workflow_id",
        "run_id",
        "intent",
        "slot",
        "reply_text",
        "sender",
        "notice",
        "notice_to",
    )
    columns = [name for name in allowed if name in fields]
    assignments = "".join(f", {name} = ${n}" for n, name in enumerate(columns, start=3))
    sql = (
        "UPDATE inbound_mail SET status = $2, processed_at = now(), reading_started_at = NULL"
        f"{assignments} WHERE id = $1"
    )
    values = [clean(v) if isinstance(v, str) else v for v in (fields[name] for name in columns)]
    await conn.execute(sql, inbound_id, status, *values)


async def lock_message_id(conn: Connection, message_id: str) -> None:
    """Serialise the processing of copies of one message (transaction-scoped advisory lock)."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))", message_id)


async def delivered_copy(conn: Connection, message_id: str, inbound_id: int) -> int | None:
    """An earlier row with the same Message-ID that processing already finished, if any."""
    earlier: int | None = await conn.fetchval(
        """
        SELECT id FROM inbound_mail
        WHERE message_id = $1 AND id <> $2 AND status <> 'received'
        ORDER BY status IN ('signalled', 'handed_to_hr') DESC, id LIMIT 1
        """,
        message_id,
        inbound_id,
    )
    return earlier


async def candidate_email(executor: Executor, candidate_id: str) -> str | None:
    """The candidate's own address from the archive (None when the archive has none)."""
    email: str | None = await executor.fetchval("SELECT email FROM candidates WHERE candidate_id = $1", candidate_id)
    return email or None


async def aliases(executor: Executor, candidate_id: str) -> set[str]:
    """Addresses the candidate confirmed as theirs (normalised)."""
    rows = await executor.fetch("SELECT address FROM candidate_aliases WHERE candidate_id = $1", candidate_id)
    return {r["address"] for r in rows}


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


# ---- notices the gateway sends (inbound.notices) --------------------------------------------------------------


async def notice_due(pool: asyncpg.Pool, inbound_id: int) -> asyncpg.Record | None:
    """The row's notice and what it needs, unless there is none or it was done."""
    return await pool.fetchrow(
        """
        SELECT id, notice, notice_to, run_id, workflow_id, mail_from, sender, subject, reply_text, message_id,
               received_at
        FROM inbound_mail WHERE id = $1 AND notice IS NOT NULL AND notice_done_at IS NULL AND notice_to IS NOT NULL
        """,
        inbound_id,
    )


async def notices_due(pool: asyncpg.Pool, limit: int = 100) -> list[int]:
    """Rows whose notice is still to send (the gateway stopped, SMTP was down), oldest first."""
    rows = await pool.fetch(
        """
        SELECT id FROM inbound_mail WHERE notice IS NOT NULL AND notice_done_at IS NULL AND status <> 'received'
        ORDER BY id LIMIT $1
        """,
        limit,
    )
    return [r["id"] for r in rows]


async def reserve_notice(
    pool: asyncpg.Pool,
    *,
    key: str,
    message_id: str,
    workflow_id: str,
    template: str,
    recipient: str,
    subject: str,
    per_day: int,
) -> str:
    """Claim the outbox row of a notice unless `per_day` emails of this template went to this address in the last
    24 hours: `new`, the existing row's `pending` / `sent`, or `limited`. One address at a time (advisory lock),
    so concurrent notices cannot all slip under the limit."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 10))", f"{template}:{recipient.lower()}")
        existing = await conn.fetchval("SELECT status FROM outbound_emails WHERE idempotency_key = $1", key)
        if existing is not None:
            return str(existing)
        sent = await conn.fetchval(
            """
            SELECT count(*) FROM outbound_emails
            WHERE template = $1 AND lower(recipient) = lower($2) AND created_at > now() - interval '1 day'
            """,
            template,
            recipient,
        )
        if sent >= per_day:
            return "limited"
        await conn.execute(
            """
            INSERT INTO outbound_emails (idempotency_key, message_id, workflow_id, template, recipient, subject,
                                         attempts)
            VALUES ($1, $2, $3, $4, $5, $6, 1)
            """,
            key,
            message_id,
            workflow_id,
            template,
            recipient,
            clean(subject),
        )
        return "new"


async def notice_done(pool: asyncpg.Pool, inbound_id: int, problem: str | None) -> None:
    await pool.execute(
        """
        UPDATE inbound_mail SET notice_done_at = now(),
            detail = CASE WHEN $2::text IS NULL THEN detail ELSE concat_ws('; ', detail, $2::text) END
        WHERE id = $1
        """,
        inbound_id,
        problem,
    )


async def candidate_of_run(executor: Executor, run_id: str) -> asyncpg.Record | None:
    """The candidate a run is for: name, email, locale, time zone."""
    return await executor.fetchrow(
        """
        SELECT c.candidate_id, c.name, c.email, c.locale, c.timezone FROM reinterviews r
        JOIN candidates c ON c.candidate_id = r.candidate_id WHERE r.run_id = $1
        """,
        run_id,
    )


# ---- held replies (web/held_replies.py) ------------------------------------------------------------------------


async def held_reply(executor: Executor, inbound_id: int) -> asyncpg.Record | None:
    """A held row with what its confirm page shows (any status: the page says when it was already answered)."""
    return await executor.fetchrow(
        """
        SELECT i.id, i.status, i.reason, i.sender, i.mail_from, i.subject, i.reply_text, i.received_at, i.run_id,
               r.candidate_id
        FROM inbound_mail i LEFT JOIN reinterviews r ON r.run_id = i.run_id WHERE i.id = $1
        """,
        inbound_id,
    )


async def confirm_held(pool: asyncpg.Pool, inbound_id: int) -> bool:
    """The candidate sent it: trust the sender from now on and put the reply back to be processed (True once)."""
    async with pool.acquire() as conn, conn.transaction():
        row = await conn.fetchrow(
            """
            SELECT i.sender, r.candidate_id FROM inbound_mail i JOIN reinterviews r ON r.run_id = i.run_id
            WHERE i.id = $1 AND i.status = 'held' FOR UPDATE OF i
            """,
            inbound_id,
        )
        if row is None:
            return False
        if row["sender"]:
            await conn.execute(
                """
                INSERT INTO candidate_aliases (candidate_id, address, confirmed_inbound) VALUES ($1, $2, $3)
                ON CONFLICT (candidate_id, address) DO NOTHING
                """,
                row["candidate_id"],
                row["sender"],
                inbound_id,
            )
        await conn.execute(
            """
            UPDATE inbound_mail SET status = 'received', sender_confirmed = true, reason = NULL, detail = NULL,
                read_attempts = 0, reading_started_at = NULL, processed_at = NULL
            WHERE id = $1
            """,
            inbound_id,
        )
    return True


async def ignore_held(pool: asyncpg.Pool, inbound_id: int) -> bool:
    """The candidate did not send it: a dead letter, never acted on (True once)."""
    updated = await pool.fetchval(
        """
        UPDATE inbound_mail SET status = 'dead_letter', reason = 'sender_not_confirmed',
            detail = concat_ws('; ', detail, 'the candidate said they did not send it'), processed_at = now()
        WHERE id = $1 AND status = 'held' RETURNING id
        """,
        inbound_id,
    )
    return updated is not None


# ---- retention (activities/retention.py) -----------------------------------------------------------------------


async def purge_dead_letters(executor: Executor, older_than: datetime) -> int:
    """Delete dead letters and unanswered held replies received before `older_than`."""
    deleted = await executor.fetch(
        "DELETE FROM inbound_mail WHERE status IN ('dead_letter', 'held') AND received_at < $1 RETURNING id",
        older_than,
    )
    return len(deleted)


async def purge_raw_mail(executor: Executor, older_than: datetime) -> int:
    """Empty the raw bytes of handled messages received before `older_than` (the row, without them, stays)."""
    emptied = await executor.fetch(
        """
        UPDATE inbound_mail SET raw = ''::bytea
        WHERE status IN ('signalled', 'handed_to_hr') AND received_at < $1 AND octet_length(raw) > 0 RETURNING id
        """,
        older_than,
    )
    return len(emptied)


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
