"""The inbound reply gateway: an SMTP server (aiosmtpd) for candidates' replies to `reply+TOKEN@<reply domain>`.

RCPT refuses every other recipient. DATA is stored in PostgreSQL before the 250 answer (451 when it cannot be,
so the sender's server retries). Processing runs after the answer; rows left `received` (the gateway stopped,
Temporal was unreachable) are picked up again by a periodic sweep. Everything runs on the caller's event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import asyncpg
from aiosmtpd.smtp import SMTP, Envelope, Session
from temporalio.client import Client
from temporalio.service import RPCError

from inbound.calendar_tokens import organizer_token_of
from inbound.connections import open_connections
from inbound.processor import ReplyProcessor
from inbound.repository import InboundRepository
from inbound.tokens import KeyRing, load_or_create_signing_keys, reply_token_of
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


class _GatewaySMTP(SMTP):
    """aiosmtpd's SMTP session, plus a dead-letter record of DATA it refuses as too big or with over-long lines.

    aiosmtpd discards such data without calling a handler hook; its refusal is the one place we learn of it.
    """

    def __init__(self, handler: ReplyGatewayHandler, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._gateway_handler = handler

    async def push(self, status: Any) -> None:
        text = status.decode("utf-8", "replace") if isinstance(status, bytes) else str(status)
        if self.envelope is not None and self.envelope.rcpt_tos and text.startswith(_REFUSED_DATA):
            text = await self._gateway_handler.refused(self.envelope, text)
        await super().push(text)


class ReplyGatewayHandler:
    """aiosmtpd hooks: recipient check at RCPT, store-then-answer at DATA."""

    def __init__(self, settings: Settings, inbound: InboundRepository, on_stored: Callable[[int], None]) -> None:
        self._settings = settings
        self._inbound = inbound
        self._on_stored = on_stored

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        """Accept only reply and calendar organizer addresses of our reply domain (tokens are checked after storing)."""
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        # Calendar answers go to the event's signed organizer (cal+TOKEN@, inbound/calendar_tokens.py).
        if reply_token_of(self._settings, address) is None and organizer_token_of(self._settings, address) is None:
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
        self._on_stored(inbound_id)
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

    def __init__(self, settings: Settings, pool: asyncpg.Pool, client: Client, *, retry_every: float = 30.0) -> None:
        self._settings = settings
        self._inbound = InboundRepository(pool)
        self._processor = ReplyProcessor(settings, pool, client, KeyRing.from_settings(settings))
        self._retry_every = retry_every
        self._server: asyncio.Server | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self._tasks: dict[int, asyncio.Task[None]] = {}

    @property
    def port(self) -> int:
        assert self._server is not None and self._server.sockets, "the gateway is not started"
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        """Listen for SMTP and start the sweep that (re)processes rows still `received`."""
        loop = asyncio.get_running_loop()
        handler = ReplyGatewayHandler(self._settings, self._inbound, self._schedule)
        self._server = await loop.create_server(
            lambda: _GatewaySMTP(
                handler,
                data_size_limit=self._settings.inbound_max_bytes,
                enable_SMTPUTF8=True,
                decode_data=False,
                hostname=self._settings.reply_domain,
                ident="reinterview reply gateway",
                timeout=120,
                loop=loop,
            ),
            host=self._settings.inbound_host,
            port=self._settings.inbound_port,
        )
        self._sweeper = asyncio.create_task(self._sweep_forever(), name="inbound-sweep")
        log.info("reply gateway listening on %s:%s", self._settings.inbound_host, self.port)

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
        if self._tasks:
            await asyncio.wait(list(self._tasks.values()), timeout=10)
            for task in self._tasks.values():
                task.cancel()

    async def __aenter__(self) -> InboundGateway:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def idle(self) -> None:
        """Wait until no message is being processed (tests and the demo use it)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks.values()))

    async def sweep(self) -> None:
        """Process every row still `received` that is not already being processed."""
        for inbound_id in await self._inbound.pending():
            self._schedule(inbound_id)

    def _schedule(self, inbound_id: int) -> None:
        if inbound_id in self._tasks:
            return
        task = asyncio.create_task(self._process(inbound_id), name=f"inbound-{inbound_id}")
        self._tasks[inbound_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(inbound_id, None))

    async def _process(self, inbound_id: int) -> None:
        try:
            await self._processor.process(inbound_id)
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
