"""The two emails the gateway sends itself, once each, after the message's row is final (SPEC R-M2, R-M4).

- `sender_check`: a reply from an address that is not the candidate's is held; the candidate gets "did you send
  this?" at their own address with signed confirm / ignore links (web/held_replies.py). At most
  `inbound_sender_checks_per_candidate_day` a day per candidate, so a spoofer cannot flood them.
- `expired_reply`: a reply to a lapsed (but genuine) reply address is answered with HR's contact: a short
  auto-reply (`Auto-Submitted: auto-replied`, MAIL FROM:<>, RFC 3834) to the envelope sender, never to a bounce
  or automated sender (those never get this far), at most `inbound_auto_replies_per_sender_day` a day per sender.

Both go through the outbox (`outbound_emails`, key `inbound:<id>:<notice>`), so a retry never sends twice.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import asyncpg
import jinja2

from db.repositories.outbox import OutboxRepository
from inbound import repository as repo
from inbound.tokens import KeyRing, message_id_key, mint_held_token
from mail.message import build_message, domain_of, make_message_id
from mail.render import email_environment, render_email
from mail.smtp import PermanentSmtpError, SmtpSender
from service.settings import Settings

log = logging.getLogger("inbound")

HELD_PATH = "/h"


def held_link(settings: Settings, ring: KeyRing, inbound_id: int, action: str, expires_at: datetime) -> str:
    """The signed confirm / ignore link of a held reply."""
    assert action in ("confirm", "ignore")
    token = mint_held_token(ring, inbound_id, "confirm" if action == "confirm" else "ignore", expires_at)
    return f"{settings.public_base_url.rstrip('/')}{HELD_PATH}/{token}"


class NoticeSender:
    """Sends the notice an inbound row calls for, once, after the row's transaction committed."""

    def __init__(
        self,
        settings: Settings,
        pool: asyncpg.Pool,
        ring: KeyRing,
        smtp: SmtpSender,
        templates: jinja2.Environment | None = None,
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._ring = ring
        self._smtp = smtp
        self._templates = templates or email_environment(auto_reload=False)
        self._outbox = OutboxRepository(pool)

    async def send(self, inbound_id: int) -> str | None:
        """Send the row's notice if it has one not yet done; returns what happened (for logs and tests)."""
        row = await repo.notice_due(self._pool, inbound_id)
        if row is None:
            return None
        kind = row["notice"]
        recipient = row["notice_to"]
        template = "reply_sender_check" if kind == "sender_check" else "reply_expired"
        limit = (
            self._settings.inbound_sender_checks_per_candidate_day
            if kind == "sender_check"
            else self._settings.inbound_auto_replies_per_sender_day
        )
        key = f"inbound:{inbound_id}:{kind}"
        person = await repo.candidate_of_run(self._pool, row["run_id"]) if row["run_id"] else None
        locale = person["locale"] if person is not None else "zh-CN"
        context: dict[str, Any] = {
            "recipient_name": (person["name"] if person is not None and kind == "sender_check" else ""),
            "recipient_kind": "candidate",
            "hr_email": self._settings.hr_email,
            "sender": row["sender"] or row["mail_from"] or "",
            "subject": row["subject"] or "",
            "excerpt": (row["reply_text"] or "")[:300],
            "received_at": row["received_at"].isoformat(),
            "timezone": person["timezone"] if person is not None else "Asia/Shanghai",
        }
        if kind == "sender_check":
            expires_at = datetime.now(UTC) + self._settings.link_ttl
            context["confirm_url"] = held_link(self._settings, self._ring, inbound_id, "confirm", expires_at)
            context["ignore_url"] = held_link(self._settings, self._ring, inbound_id, "ignore", expires_at)
        rendered = render_email(self._templates, template, locale, context)
        message_id = make_message_id(key, domain_of(self._settings.mail_from), message_id_key(self._ring))
        try:
            message = build_message(rendered, self._settings.mail_from, "", recipient, message_id)
        except ValueError as exc:
            await repo.notice_done(self._pool, inbound_id, f"not sent: {exc}")
            return "refused"
        envelope_from: str | None = None
        if kind == "expired_reply":
            del message["Auto-Submitted"]
            message["Auto-Submitted"] = "auto-replied"
            if row["message_id"]:
                message["In-Reply-To"] = row["message_id"]
                message["References"] = row["message_id"]
            envelope_from = ""  # MAIL FROM:<> (RFC 3834 3.3): nobody answers an auto-reply
        claim = await repo.reserve_notice(
            self._pool,
            key=key,
            message_id=message_id,
            workflow_id=row["workflow_id"] or "-",
            template=template,
            recipient=recipient,
            subject=rendered.subject,
            per_day=limit,
        )
        if claim == "limited":
            await repo.notice_done(self._pool, inbound_id, f"not sent: {limit} a day to this address already")
            return "rate_limited"
        if claim != "sent":
            try:
                await self._smtp.send(message, envelope_from=envelope_from)
            except PermanentSmtpError as exc:
                await repo.notice_done(self._pool, inbound_id, f"not sent: {exc}")
                return "refused"
            await self._outbox.mark_sent(key)
        await repo.notice_done(self._pool, inbound_id, None)
        log.info("inbound #%s: %s sent", inbound_id, kind)
        return "sent"
