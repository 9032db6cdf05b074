"""The demo's candidates answer by email: read the invitation the worker sent, reply to it, hand it to the gateway.

The invitation is found by the run: the outbox row the worker wrote for this workflow (template `invitation`,
newest first, sent after the run started) names its Message-ID, and the SMTP sink saved that message as an
`.eml` under `<data_dir>/mail/`. The reply is what a mail client writes: `Re:` / `回复：` subject, the new text on
top, the original quoted below an attribution line, `In-Reply-To`/`References` naming the invitation, sent to its
`Reply-To` (`reply+TOKEN@<reply domain>`) over SMTP to the reply gateway. Then the gateway's row for the reply
says whether it reached the workflow.
"""

from __future__ import annotations

import asyncio
import email
import email.parser
import email.policy
import re
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

import aiosmtplib
import asyncpg

from db.repositories.outbox import OutboxRepository
from devstack.stack import loopback_for
from inbound.repository import InboundRepository
from schemas.inbound import InboundMail
from service.settings import Settings

INVITATION_TEMPLATE = "invitation"
_STORED_AS = re.compile(r"stored as inbound #(\d+)")
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.2


class ReplyNotDelivered(Exception):
    """The invitation was not found, or the gateway did not pass the reply to the workflow; says which."""


@dataclass(frozen=True)
class SentReply:
    """A reply handed to the gateway, and what the gateway made of it."""

    message_id: str
    to: str
    inbound: InboundMail


class MailFolder:
    """The sink's `.eml` files by Message-ID; files are parsed once, as they appear."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._by_id: dict[str, Path] = {}
        self._seen: set[Path] = set()

    def find(self, message_id: str) -> EmailMessage | None:
        if message_id not in self._by_id:
            self._scan()
        path = self._by_id.get(message_id)
        return _read(path) if path is not None else None

    def _scan(self) -> None:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.eml")):
            if path in self._seen:
                continue
            self._seen.add(path)
            with path.open("rb") as raw:
                # Only the headers are needed to index the file.
                headers = email.parser.BytesHeaderParser(policy=email.policy.default).parse(raw)
            message_id = str(headers.get("Message-ID", "")).strip()
            if message_id:
                self._by_id[message_id] = path


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def reply_to(invitation: EmailMessage, text: str, *, now: datetime) -> EmailMessage:
    """The candidate's answer to `invitation`, as a mail client writes it (Chinese or English client per the
    invitation's language): new text on top, the original quoted below."""
    zh = str(invitation.get("Content-Language", "")).lower().startswith("zh")
    candidate = str(invitation["To"])
    sender = str(invitation["From"])
    subject = str(invitation["Subject"])
    original_id = str(invitation["Message-ID"]).strip()
    references = f"{str(invitation.get('References', '')).strip()} {original_id}".strip()
    sent_at = _sent_at(invitation, now)
    if zh:
        attribution = f"在 {sent_at:%Y年%m月%d日 %H:%M}，{sender} 写道："
        subject = subject if subject.startswith("回复：") else f"回复：{subject}"
    else:
        attribution = f"On {sent_at:%a, %d %b %Y at %H:%M}, {sender} wrote:"
        subject = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    original = invitation.get_body(("plain",))
    quoted_text = original.get_content() if original is not None else ""
    quoted = "\n".join(f"> {line}".rstrip() for line in quoted_text.rstrip().splitlines())

    reply = EmailMessage()
    reply["From"] = candidate
    reply["To"] = str(invitation["Reply-To"])
    reply["Subject"] = subject
    reply["Date"] = format_datetime(now)
    reply["Message-ID"] = make_msgid(idstring=uuid.uuid4().hex[:12], domain=_domain(candidate))
    reply["In-Reply-To"] = original_id
    reply["References"] = references
    reply.set_content(f"{text}\n\n{attribution}\n\n{quoted}\n", charset="utf-8")
    return reply


def _sent_at(invitation: EmailMessage, now: datetime) -> datetime:
    date = invitation.get("Date")
    parsed = getattr(date, "datetime", None)
    return parsed.astimezone(now.tzinfo) if isinstance(parsed, datetime) else now


def _domain(mailbox: str) -> str:
    return parseaddr(mailbox)[1].rpartition("@")[2] or "mail.example.com"


class ReplyMailer:
    """Answers invitations by email through the reply gateway, for the demo."""

    def __init__(self, settings: Settings, pool: asyncpg.Pool) -> None:
        self.settings = settings
        self.outbox = OutboxRepository(pool)
        self.inbound = InboundRepository(pool)
        self.mail = MailFolder(settings.data_dir / "mail")

    async def invitation(self, workflow_id: str, run_started: datetime) -> EmailMessage:
        """The newest invitation this run sent, as the SMTP sink saved it."""
        return await self.newest(workflow_id, INVITATION_TEMPLATE, run_started)

    async def newest(self, workflow_id: str, template: str, run_started: datetime) -> EmailMessage:
        """The newest email of `template` this run sent (waiting up to WAIT_SECONDS for it), as the sink saved it."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            sent = [
                e
                for e in await self.outbox.list_for_workflow(workflow_id)
                if e.template == template and e.status == "sent" and e.created_at >= run_started
            ]
            if sent:
                newest = max(sent, key=lambda e: e.created_at)
                found = self.mail.find(newest.message_id)
                if found is not None:
                    return found
            if time.monotonic() > deadline:
                where = f"no .eml with that Message-ID under {self.mail.folder}" if sent else f"no {template} sent"
                raise ReplyNotDelivered(f"{workflow_id}: {where} after {WAIT_SECONDS:.0f} s")
            await asyncio.sleep(POLL_SECONDS)

    async def answer(self, invitation: EmailMessage, text: str, now: datetime) -> SentReply:
        """Send the reply to the gateway and wait until it has processed it; `signalled` or ReplyNotDelivered."""
        reply = reply_to(invitation, text, now=now)
        message_id = str(reply["Message-ID"])
        to = str(reply["To"])
        _, answer = await aiosmtplib.send(
            reply,
            hostname=loopback_for(self.settings.inbound_host),
            port=self.settings.inbound_port,
            sender=parseaddr(str(reply["From"]))[1],
            recipients=[parseaddr(to)[1]],
            timeout=30,
        )
        stored = _STORED_AS.search(answer)
        if stored is None:
            raise ReplyNotDelivered(f"the reply gateway answered {answer!r} to reply {message_id}")
        inbound = await self._processed(int(stored.group(1)))
        if inbound.status != "signalled":
            raise ReplyNotDelivered(
                f"the gateway kept reply {message_id} (inbound #{inbound.id}) as {inbound.status}: "
                f"{inbound.reason} {inbound.detail or ''}".rstrip()
            )
        return SentReply(message_id, to, inbound)

    async def _processed(self, inbound_id: int) -> InboundMail:
        """The gateway's row once processing has finished with it."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            row = await self.inbound.get(inbound_id)
            if row is not None and row.status != "received":
                return row
            if time.monotonic() > deadline:
                raise ReplyNotDelivered(
                    f"the gateway did not process inbound #{inbound_id} within {WAIT_SECONDS:.0f} s"
                )
            await asyncio.sleep(POLL_SECONDS)
