"""The inbound reply gateway: an SMTP server (aiosmtpd) for candidates' replies to `reply+TOKEN@<reply domain>`.

RCPT accepts only reply and bounce addresses whose signature verifies (an expired reply address is accepted: it
becomes a dead letter answered with HR's contact); everything else gets 550 and nothing is stored. DATA is
stored in PostgreSQL before the 250 answer (451 when it cannot be, so the sender's server retries). Processing
runs after the answer: the message is read in a pool of reader processes under a time limit (inbound.reader),
then decided in one short transaction. Rows left `received` (the gateway stopped, Temporal was unreachable) are
picked up again by a periodic sweep, as are notices not yet sent.

No client can take the gateway for itself: connections are limited overall and per client address, messages
per client address and minute, all answered with 4xx; idle connections are closed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

import asyncpg
from aiosmtpd.smtp import SMTP, Envelope, Session
from temporalio.client import Client
from temporalio.service import RPCError

from inbound import repository as repo
from inbound.connections import open_connections
from inbound.notices import NoticeSender
from inbound.processor import ReplyProcessor, limits_of
from inbound.reader import ReadingPool
from inbound.repository import InboundRepository
from inbound.tokens import KeyRing, TokenError, check_recipient, load_or_create_signing_keys
from mail.smtp import SmtpSender
from service.settings import Settings
from service.shutdown import stop_on_signals

log = logging.getLogger("inbound")

MAX_RECIPIENTS = 10
# Failures that pass (database or Temporal briefly unreachable): retried for as long as they last.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    RPCError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.TooManyConnectionsError,
)
# Any other failure is a bug meeting an odd message: after this many attempts it becomes a dead letter.
MAX_FAILED_ATTEMPTS = 3
_REFUSED_DATA = ("552 Error: Too much mail data", "500 Line too long")


class ClientLimits:
    """Connections open (overall and per client address) and messages per client address in the last minute."""

    def __init__(self, settings: Settings) -> None:
        self._max_total = settings.inbound_max_connections
        self._max_per_client = settings.inbound_max_connections_per_client
        self._max_messages = settings.inbound_max_messages_per_client_minute
        self._open: dict[str, int] = defaultdict(int)
        self._messages: dict[str, deque[float]] = defaultdict(deque)
        self.total = 0

    def connect(self, client: str) -> str | None:
        """Count a new connection; the 4xx refusal when it is one too many."""
        if self.total >= self._max_total:
            return "421 4.3.2 Too many connections; try again later"
        if self._open[client] >= self._max_per_client:
            return "421 4.7.0 Too many connections from your address; try again later"
        self._open[client] += 1
        self.total += 1
        return None

    def disconnect(self, client: str) -> None:
        self.total -= 1
        self._open[client] -= 1
        if self._open[client] <= 0:
            del self._open[client]

    def message(self, client: str, now: float | None = None) -> str | None:
        """Count a new message (MAIL FROM); the 4xx refusal when the client sent too many in the last minute."""
        now = time.monotonic() if now is None else now
        sent = self._messages[client]
        while sent and sent[0] <= now - 60:
            sent.popleft()
        if len(sent) >= self._max_messages:
            return "451 4.7.1 Too many messages from your address; try again later"
        sent.append(now)
        return None


def _client_of(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    return str(peer[0]) if isinstance(peer, tuple) and peer else str(peer)


class _GatewaySMTP(SMTP):
    """aiosmtpd's SMTP session, plus the per-client limits and a dead-letter record of DATA it refuses as too big
    or with over-long lines (aiosmtpd discards such data without calling a handler hook; its refusal is the one
    place we learn of it).
    """

    def __init__(self, handler: ReplyGatewayHandler, limits: ClientLimits, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._gateway_handler = handler
        self._limits = limits
        self._client: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        client = _client_of(transport)
        refusal = self._limits.connect(client)
        if refusal is not None:
            # Refused before any SMTP state exists: answer and close; connection_lost has nothing to undo.
            assert isinstance(transport, asyncio.WriteTransport)
            transport.write(f"{refusal}\r\n".encode())
            transport.close()
            return
        self._client = client
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._client is None:
            return
        self._limits.disconnect(self._client)
        self._client = None
        super().connection_lost(error)

    def eof_received(self) -> bool | None:
        if self._client is None:
            return False
        return super().eof_received()

    def count_message(self) -> str | None:
        return self._limits.message(self._client) if self._client is not None else None

    async def push(self, status: Any) -> None:
        text = status.decode("utf-8", "replace") if isinstance(status, bytes) else str(status)
        if self.envelope is not None and self.envelope.rcpt_tos and text.startswith(_REFUSED_DATA):
            text = await self._gateway_handler.refused(self.envelope, text)
        await super().push(text)


class ReplyGatewayHandler:
    """aiosmtpd hooks: recipient check at RCPT, store-then-answer at DATA."""

    def __init__(
        self, settings: Settings, inbound: InboundRepository, on_stored: Callable[[int, str], None], ring: KeyRing
    ) -> None:
        self._settings = settings
        self._inbound = inbound
        self._on_stored = on_stored
        self._ring = ring

    async def handle_MAIL(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        """Count the message against its client's per-minute limit (451 when over it)."""
        if isinstance(server, _GatewaySMTP):
            refusal = server.count_message()
            if refusal is not None:
                return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        """Accept only reply and bounce addresses we signed (expired ones too); 550 for anything else."""
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        try:
            check_recipient(self._settings, self._ring, address)
        except TokenError:
            return f"550 5.1.1 <{address}>: no such reply address here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        """Store the raw message, then answer 250; 451 if it could not be stored."""
        raw = envelope.original_content if envelope.original_content is not None else envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        try:
            inbound_id = await self._inbound.store(_sender(envelope), list(envelope.rcpt_tos), raw or b"")
        except Exception:
            log.exception("could not store an inbound message; answering 451 so the sender retries")
            return "451 4.3.0 Temporary failure storing the message; please try again later"
        self._on_stored(inbound_id, _sender(envelope))
        return f"250 2.0.0 OK: stored as inbound #{inbound_id}"

    async def refused(self, envelope: Envelope, status: str) -> str:
        """Keep a dead letter for refused DATA; returns the answer to send (a clearer one for oversized mail)."""
        too_big = status.startswith("552")
        reason = "oversized" if too_big else "malformed"
        detail = (
            f"larger than the {self._settings.inbound_max_bytes} byte limit"
            if too_big
            else "a line longer than SMTP allows (RFC 5321 4.5.3.1.6)"
        )
        try:
            await self._inbound.store_dead_letter(_sender(envelope), list(envelope.rcpt_tos), b"", reason, detail)
        except Exception:
            log.exception("could not record a refused inbound message")
        if too_big:
            return f"552 5.3.4 Message too big: the limit is {self._settings.inbound_max_bytes} bytes"
        return status


def _sender(envelope: Envelope) -> str:
    return envelope.mail_from or ""


class InboundGateway:
    """The gateway on settings.inbound_host:inbound_port (port 0 picks a free one; see `port`)."""

    def __init__(
        self,
        settings: Settings,
        pool: asyncpg.Pool,
        client: Client,
        *,
        retry_every: float | None = None,
        reader: ReadingPool | None = None,
        smtp: SmtpSender | None = None,
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._inbound = InboundRepository(pool)
        self._ring = KeyRing.from_settings(settings)
        # The gateway starts and closes its reading pool (made from settings unless one is given).
        self._reader = reader or ReadingPool(
            settings.inbound_readers,
            settings.inbound_read_timeout.total_seconds(),
            limits_of(settings),
            settings.inbound_trusted_authserv_id,
        )
        self._processor = ReplyProcessor(settings, pool, client, self._ring, self._reader)
        self._own_smtp = smtp is None
        self._smtp = smtp or SmtpSender(settings)
        self._notices = NoticeSender(settings, pool, self._ring, self._smtp)
        self._retry_every = settings.inbound_sweep_every.total_seconds() if retry_every is None else retry_every
        self._limits = ClientLimits(settings)
        self._server: asyncio.Server | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._notice_tasks: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None and self._server.sockets, "the gateway is not started"
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        """Listen for SMTP and start the sweep that (re)processes rows still `received`."""
        loop = asyncio.get_running_loop()
        handler = ReplyGatewayHandler(self._settings, self._inbound, self._schedule, self._ring)
        self._server = await loop.create_server(
            lambda: _GatewaySMTP(
                handler,
                self._limits,
                data_size_limit=self._settings.inbound_max_bytes,
                enable_SMTPUTF8=True,
                decode_data=False,
                hostname=self._settings.reply_domain,
                ident="reinterview reply gateway",
                timeout=self._settings.inbound_idle_timeout.total_seconds(),
                loop=loop,
            ),
            host=self._settings.inbound_host,
            port=self._settings.inbound_port,
        )
        log.info("reply gateway listening on %s:%s", self._settings.inbound_host, self.port)
        # After listening: mail is taken while the readers start; its reading waits for the first one.
        await self._reader.start()
        self._sweeper = asyncio.create_task(self._sweep_forever(), name="inbound-sweep")

    async def stop(self) -> None:
        """Stop accepting mail and wait briefly for messages being processed (the rest stay `received`)."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self._sweeper is not None:
            self._sweeper.cancel()
            await asyncio.gather(self._sweeper, return_exceptions=True)
            self._sweeper = None
        busy = [*self._tasks.values(), *self._notice_tasks]
        if busy:
            await asyncio.wait(busy, timeout=10)
            for task in busy:
                task.cancel()
            await asyncio.gather(*busy, return_exceptions=True)
        await self._reader.close()
        if self._own_smtp:
            await self._smtp.close()

    async def __aenter__(self) -> InboundGateway:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def reader(self) -> ReadingPool:
        return self._reader

    async def idle(self) -> None:
        """Wait until no message is being processed and no notice sent (tests and the demo use it)."""
        while self._tasks or self._notice_tasks:
            await asyncio.wait([*self._tasks.values(), *self._notice_tasks])

    async def sweep(self) -> None:
        """Process every row still `received` that is not already being processed; send notices still due."""
        for inbound_id in await self._inbound.pending():
            self._schedule(inbound_id)
        for inbound_id in await repo.notices_due(self._pool):
            if inbound_id not in self._tasks:
                self._notify(inbound_id)

    def _notify(self, inbound_id: int) -> None:
        task = asyncio.create_task(self._send_notice(inbound_id), name=f"inbound-notice-{inbound_id}")
        self._notice_tasks.add(task)
        task.add_done_callback(self._notice_tasks.discard)

    async def _send_notice(self, inbound_id: int) -> None:
        try:
            await self._notices.send(inbound_id)
        except Exception:
            log.exception("the notice for inbound #%s was not sent; the sweep tries again", inbound_id)

    def _schedule(self, inbound_id: int, mail_from: str | None = None) -> None:
        if inbound_id in self._tasks:
            return
        task = asyncio.create_task(self._process(inbound_id, mail_from), name=f"inbound-{inbound_id}")
        self._tasks[inbound_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(inbound_id, None))

    async def _process(self, inbound_id: int, mail_from: str | None) -> None:
        try:
            decision = await self._processor.process(inbound_id, mail_from)
            if decision is not None and decision.notice is not None:
                self._notify(inbound_id)
        except Exception as exc:
            transient = isinstance(exc, TRANSIENT_ERRORS)
            if transient:
                log.warning("inbound #%s stays queued for a retry: %s: %s", inbound_id, type(exc).__name__, exc)
            else:
                log.exception("processing inbound #%s failed", inbound_id)
            try:
                await self._inbound.note_failure(
                    inbound_id, f"{type(exc).__name__}: {exc}", give_up_after=None if transient else MAX_FAILED_ATTEMPTS
                )
            except Exception:
                log.exception("could not record the failure of inbound #%s", inbound_id)

    async def _sweep_forever(self) -> None:
        while True:
            try:
                await self.sweep()
            except Exception:
                log.exception("inbound sweep failed; trying again in %ss", self._retry_every)
            await asyncio.sleep(self._retry_every)


async def run_gateway(
    settings: Settings,
    *,
    pool: asyncpg.Pool | None = None,
    client: Client | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Run the gateway until `stop` is set (or SIGINT/SIGTERM when no event is given)."""
    settings = load_or_create_signing_keys(settings)
    if stop is None:
        stop = stop_on_signals()
    async with open_connections(settings, pool, client) as (db, temporal), InboundGateway(settings, db, temporal):
        await stop.wait()
