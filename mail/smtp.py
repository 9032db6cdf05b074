"""Outbound SMTP. Transient failures (4xx, connection errors) propagate so Temporal retries them;
a permanent (5xx) refusal of the recipient or of the message raises PermanentSmtpError.

A worker sends many emails, so the sender keeps a few connections open and reuses them (one EHLO, STARTTLS and
login per connection, not per message). A connection is only reused while the server keeps it open and it has
not been idle for long; any failure discards it, so the next message opens a fresh one. The failed send itself
is never repeated here: its error reaches Temporal, which retries the activity (see docs/RELIABILITY.md,
"The SMTP window").
"""

from __future__ import annotations

import asyncio
import socket
import time
from email.message import Message

import aiosmtplib

from service.settings import Settings


class PermanentSmtpError(Exception):
    """The server refused the recipient or the message for good; sending again will not help."""

    def __init__(self, code: int, stage: str) -> None:
        # The server's own text often quotes the address; keep only the code and the stage.
        super().__init__(f"SMTP server permanently refused the {stage} (code {code})")
        self.code = code
        self.stage = stage


class SmtpSender:
    """Sends messages with the settings' host, port, STARTTLS and login over a small pool of kept-open connections.

    Safe for concurrent use from the worker's event loop: at most `max_connections` sends run at once, each on a
    connection of its own. `close()` (worker shutdown) says QUIT on the idle connections.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        timeout: float = 30,
        max_connections: int | None = None,
        max_idle_s: float | None = None,
    ) -> None:
        self._settings = settings
        self._timeout = timeout
        self._max_idle_s = settings.smtp_max_idle.total_seconds() if max_idle_s is None else max_idle_s
        # EHLO name: aiosmtplib would otherwise call socket.getfqdn() (a DNS lookup) for every connection.
        self._local_hostname = settings.smtp_local_hostname or socket.gethostname() or "localhost"
        self._slots = asyncio.Semaphore(max_connections or settings.smtp_max_connections)
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []
        self._closed = False

    async def send(self, message: Message, *, envelope_from: str | None = None) -> None:
        """Send one message; `envelope_from` is the MAIL FROM (bounce) address, else the From header's."""
        async with self._slots:
            client = await self._checkout()
            try:
                await client.send_message(message, sender=envelope_from, timeout=self._timeout)
            except aiosmtplib.SMTPRecipientsRefused as exc:
                client.close()
                codes = [r.code for r in exc.recipients]
                if codes and all(code >= 500 for code in codes):
                    raise PermanentSmtpError(max(codes), "recipient") from None
                raise
            except aiosmtplib.SMTPDataError as exc:
                client.close()
                if exc.code >= 500:
                    raise PermanentSmtpError(exc.code, "message") from None
                raise
            except BaseException:
                # Broken, timed out or cancelled mid-conversation: the connection's state is unknown.
                client.close()
                raise
            self._checkin(client)

    async def close(self) -> None:
        """QUIT the idle connections; connections still sending are closed when their send ends."""
        self._closed = True
        idle, self._idle = self._idle, []
        for client, _ in idle:
            try:
                await client.quit(timeout=2)
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                client.close()

    async def _checkout(self) -> aiosmtplib.SMTP:
        now = time.monotonic()
        while self._idle:
            client, since = self._idle.pop()
            if client.is_connected and now - since < self._max_idle_s:
                return client
            # Dropped by the server, or idle long enough that the server may be about to drop it.
            client.close()
        s = self._settings
        client = aiosmtplib.SMTP(
            hostname=s.smtp_host,
            port=s.smtp_port,
            username=s.smtp_user,
            password=s.smtp_password,
            start_tls=s.smtp_starttls,
            timeout=self._timeout,
            local_hostname=self._local_hostname,
        )
        await client.connect()
        return client

    def _checkin(self, client: aiosmtplib.SMTP) -> None:
        if self._closed or not client.is_connected:
            client.close()
            return
        self._idle.append((client, time.monotonic()))
