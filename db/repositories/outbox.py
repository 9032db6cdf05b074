"""The outbound email outbox: a row per idempotency key, claimed before the SMTP send, marked after."""

from __future__ import annotations

from typing import Any, Literal

import asyncpg

from db.repositories.fingerprints import record_fingerprint
from inbound.mime import html_to_text
from schemas.notifications import OutboundEmail

SendStatus = Literal["pending", "sent"]  # the column's CHECK constraint allows these two
ClaimStatus = Literal["new", "pending", "sent"]

# Emails whose sending is a fact of the run's timeline (run_events.kind, R-X): template → kind.
TIMELINE_TEMPLATES: dict[str, str] = {
    "invitation": "invited",
    "reply_reminder": "reminded",
    "hr_escalation": "escalated",
    "result_reminder": "result_reminded",
    "hr_result_escalation": "result_escalated",
    "feedback_candidate": "feedback_sent",
}


class OutboxRepository:
    """`outbound_emails`: the UNIQUE key is what lets a retried activity send an email at most once."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def status(self, key: str) -> SendStatus | None:
        """The key's status, or None when no attempt has claimed it yet."""
        status: SendStatus | None = await self._pool.fetchval(
            "SELECT status FROM outbound_emails WHERE idempotency_key = $1", key
        )
        return status

    async def attempted(self, key: str) -> tuple[SendStatus | None, str | None]:
        """The key's status and the Message-ID its first attempt recorded; (None, None) before any attempt."""
        row = await self._pool.fetchrow(
            "SELECT status, message_id FROM outbound_emails WHERE idempotency_key = $1", key
        )
        if row is None:
            return None, None
        status: SendStatus = row["status"]
        return status, str(row["message_id"])

    async def claim(
        self, key: str, message_id: str, workflow_id: str, template: str, recipient: str, subject: str
    ) -> ClaimStatus:
        """Record an attempt: `new` for the first claim, else the existing row's `pending` or `sent`."""
        row = await self._pool.fetchrow(
            """
            INSERT INTO outbound_emails (idempotency_key, message_id, workflow_id, template, recipient, subject,
                                         attempts)
            VALUES ($1, $2, $3, $4, $5, $6, 1)
            ON CONFLICT (idempotency_key) DO UPDATE SET attempts = outbound_emails.attempts + 1
            RETURNING status, (xmax = 0) AS inserted
            """,
            key,
            message_id,
            workflow_id,
            template,
            recipient,
            subject,
        )
        if row is None:  # INSERT … ON CONFLICT DO UPDATE … RETURNING always returns the row
            raise RuntimeError(f"claiming outbox key {key!r} returned no row")
        status: SendStatus = row["status"]
        return "new" if row["inserted"] else status

    async def record_fingerprint(
        self,
        message_id: str,
        workflow_id: str,
        recipient_kind: str,
        text: str,
        context: dict[str, Any],
        html: str = "",
    ) -> None:
        """Keep the fingerprint of a claimed email's text (its text part and the text of its HTML part) and the
        times it offers (`context["slots"]`), so the reply gateway recognises our text in a reply (migration 009;
        see db.repositories.fingerprints)."""
        await record_fingerprint(
            self._pool,
            message_id,
            workflow_id,
            recipient_kind,
            f"{text}\n{html_to_text(html)}" if html else text,
            context.get("slots"),
            context.get("timezone"),
        )

    async def mark_sent(self, key: str) -> None:
        """Mark the key sent; a run's email that is a timeline fact (TIMELINE_TEMPLATES) becomes a run_events row
        in the same statement (the run is the key's part before the first ':', `<run_id>:<step>:<recipient>`)."""
        await self._pool.execute(
            """
            WITH sent AS (
            UPDATE outbound_emails SET status = 'sent', sent_at = COALESCE(sent_at, now())
            WHERE idempotency_key = $1
            RETURNING idempotency_key, template, sent_at
            )
            INSERT INTO run_events (run_id, kind, at, detail, source)
            SELECT split_part(sent.idempotency_key, ':', 1), fact.kind, sent.sent_at, sent.template,
                   sent.idempotency_key
            FROM sent JOIN unnest($2::text[], $3::text[]) AS fact (template, kind) USING (template)
            WHERE position(':' IN sent.idempotency_key) > 0
            ON CONFLICT DO NOTHING
            """,
            key,
            list(TIMELINE_TEMPLATES),
            list(TIMELINE_TEMPLATES.values()),
        )

    async def count_for_workflow(self, workflow_id: str, status: SendStatus | None = None) -> int:
        count: int = await self._pool.fetchval(
            """
            SELECT count(*) FROM outbound_emails
            WHERE workflow_id = $1 AND ($2::text IS NULL OR status = $2)
            """,
            workflow_id,
            status,
        )
        return count

    async def list_for_workflow(self, workflow_id: str) -> list[OutboundEmail]:
        rows = await self._pool.fetch(
            """
            SELECT idempotency_key, message_id, workflow_id, template, recipient, subject, status, attempts,
                   created_at, sent_at
            FROM outbound_emails WHERE workflow_id = $1
            ORDER BY created_at, idempotency_key
            """,
            workflow_id,
        )
        return [OutboundEmail(**dict(r)) for r in rows]
