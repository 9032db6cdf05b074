"""SmtpSender over real sockets: delivery, and which failures are retryable and which are permanent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller

from mail.message import build_message
from mail.render import RenderedEmail
from mail.sink import MailSink
from mail.smtp import PermanentSmtpError, SmtpSender
from service.settings import Settings
from tests.fixtures.smtp import free_port

RENDERED = RenderedEmail(subject="Subject", text="text\n", html="<p>html</p>\n", locale="en")


def message(to: str = "someone@example.com"):
    return build_message(RENDERED, "Re-interview <reinterview@hr.example.com>", "Someone", to, "<id-1@hr.example.com>")


class Refusing:
    """An SMTP server that answers RCPT or DATA with a fixed reply."""

    def __init__(self, rcpt: str | None = None, data: str | None = None) -> None:
        self.rcpt, self.data = rcpt, data

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.rcpt:
            return self.rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        return self.data or "250 OK"


@pytest.fixture
def refusing_server(request) -> Iterator[Settings]:
    port = free_port()
    controller = Controller(Refusing(**request.param), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Settings(smtp_host="127.0.0.1", smtp_port=port)
    finally:
        controller.stop()


async def test_sends_to_the_sink(mail_sink: MailSink, smtp_settings: Settings) -> None:
    await SmtpSender(smtp_settings).send(message())
    [received] = mail_sink.received
    assert received.rcpt_tos == ("someone@example.com",)
    assert received.mail_from == "reinterview@hr.example.com"
    assert received.message["Message-ID"] == "<id-1@hr.example.com>"


async def test_connection_refused_is_a_retryable_error() -> None:
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=free_port()), timeout=5)
    with pytest.raises(aiosmtplib.SMTPConnectError) as caught:
        await sender.send(message())
    assert not isinstance(caught.value, PermanentSmtpError)


@pytest.mark.parametrize("refusing_server", [{"rcpt": "550 5.1.1 <someone@example.com>: no such user"}], indirect=True)
async def test_permanent_recipient_refusal(refusing_server: Settings) -> None:
    with pytest.raises(PermanentSmtpError) as caught:
        await SmtpSender(refusing_server).send(message())
    assert caught.value.code == 550 and caught.value.stage == "recipient"
    assert "someone@example.com" not in str(caught.value)


@pytest.mark.parametrize("refusing_server", [{"data": "554 5.7.1 message rejected"}], indirect=True)
async def test_permanent_message_refusal(refusing_server: Settings) -> None:
    with pytest.raises(PermanentSmtpError, match="code 554"):
        await SmtpSender(refusing_server).send(message())


@pytest.mark.parametrize("refusing_server", [{"rcpt": "451 4.3.0 try again later"}], indirect=True)
async def test_temporary_refusal_stays_retryable(refusing_server: Settings) -> None:
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused):
        await SmtpSender(refusing_server).send(message())


class Counting:
    """Accepts everything; records each EHLO's name and each envelope sender."""

    def __init__(self) -> None:
        self.ehlo: list[str] = []
        self.senders: list[str] = []

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        self.ehlo.append(hostname)
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.senders.append(envelope.mail_from)
        return "250 OK"


@pytest.fixture
def counting_server() -> Iterator[tuple[Counting, Controller]]:
    handler = Counting()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, controller
    finally:
        controller.stop()


async def test_messages_share_a_kept_open_connection(counting_server) -> None:
    handler, controller = counting_server
    settings = Settings(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_local_hostname="worker-1.test")
    sender = SmtpSender(settings, timeout=5)
    for n in range(3):
        await sender.send(message(f"someone{n}@example.com"))
    await sender.send(message(), envelope_from="reply+tok@reply.hr.example.com")
    await sender.close()
    assert handler.ehlo == ["worker-1.test"]  # one connection, named without a DNS lookup
    assert handler.senders == ["reinterview@hr.example.com"] * 3 + ["reply+tok@reply.hr.example.com"]


async def test_concurrent_sends_use_at_most_the_configured_connections(counting_server) -> None:
    handler, controller = counting_server
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_max_connections=2), timeout=5)
    await asyncio.gather(*(sender.send(message(f"someone{n}@example.com")) for n in range(10)))
    await sender.close()
    assert len(handler.senders) == 10
    assert 1 <= len(handler.ehlo) <= 2


async def test_a_connection_the_server_dropped_is_replaced() -> None:
    port = free_port()
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=port), timeout=5)
    first, second = Counting(), Counting()
    controller = Controller(first, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        await sender.send(message())
    finally:
        controller.stop()  # the server goes away with the kept-open connection
    await asyncio.sleep(0.1)
    controller = Controller(second, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        await sender.send(message())
        await sender.close()
    finally:
        controller.stop()
    assert len(first.senders) == 1 and len(second.senders) == 1 and len(second.ehlo) == 1


async def test_an_idle_connection_is_not_reused_after_max_idle(counting_server) -> None:
    handler, controller = counting_server
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=controller.port), timeout=5, max_idle_s=0)
    await sender.send(message())
    await sender.send(message())
    await sender.close()
    assert len(handler.senders) == 2 and len(handler.ehlo) == 2


async def test_a_failed_send_is_not_repeated_and_the_next_one_reconnects() -> None:
    port = free_port()
    sender = SmtpSender(Settings(smtp_host="127.0.0.1", smtp_port=port), timeout=5)
    with pytest.raises(aiosmtplib.SMTPConnectError):
        await sender.send(message())
    handler = Counting()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        await sender.send(message())
        await sender.close()
    finally:
        controller.stop()
    assert handler.senders == ["reinterview@hr.example.com"]
