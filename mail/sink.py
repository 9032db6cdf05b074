"""An SMTP sink for development and tests: accepts every message, keeps it, optionally saves `.eml` files.

The embedded stack runs it on 127.0.0.1:1025 writing to `.run/mail/`; tests run one per test on a free
port. aiosmtpd's Controller serves from its own thread, so the received list is guarded by a lock.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage
    raw: bytes
    path: Path | None


class _SinkHandler:
    def __init__(self, sink: MailSink) -> None:
        self._sink = sink

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or envelope.content
        if raw is None:  # aiosmtpd fills the content before DATA's handler; typed optional all the same
            return "554 Transaction failed: no message data"
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        self._sink._keep(envelope.mail_from or "", tuple(envelope.rcpt_tos), raw)
        return "250 Message accepted for delivery"


class MailSink:
    """Receives mail on (host, port); `messages` holds every message in arrival order."""

    def __init__(self, host: str = "127.0.0.1", port: int = 1025, mail_dir: Path | None = None) -> None:
        self.host = host
        self.port = port
        self.mail_dir = mail_dir
        self._received: list[ReceivedMail] = []
        self._count = 0
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    def start(self) -> None:
        if self.mail_dir is not None:
            self.mail_dir.mkdir(parents=True, exist_ok=True)
        controller = Controller(
            _SinkHandler(self),
            hostname=self.host,
            port=self.port,
            decode_data=False,
            data_size_limit=25 * 1024 * 1024,
            ready_timeout=10,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> MailSink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def received(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._received)

    @property
    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]

    def clear(self) -> None:
        with self._lock:
            self._received.clear()

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[EmailMessage]:
        """Wait until at least `count` messages arrived; raises TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.messages
            if len(messages) >= count:
                return messages
            if time.monotonic() >= deadline:
                raise TimeoutError(f"expected {count} message(s) in the sink, got {len(messages)}")
            await asyncio.sleep(0.02)

    def _keep(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> None:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self._count += 1
            path = self._save(raw, self._count) if self.mail_dir is not None else None
            self._received.append(ReceivedMail(mail_from, rcpt_tos, message, raw, path))

    def _save(self, raw: bytes, n: int) -> Path:
        assert self.mail_dir is not None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = self.mail_dir / f"{stamp}-{n}.eml"
        partial = path.with_suffix(".eml.part")
        partial.write_bytes(raw)
        # A reader polling the folder never sees a half-written message.
        partial.replace(path)
        return path
