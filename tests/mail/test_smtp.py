"""SmtpSender over real sockets: delivery, and which failures are retryable and which are permanent."""

from __future__ import annotations

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


@pytest.mark.parametrize("refusing_server", [{"rcpt": "550 5.1.1 <someone@example.com>: no such user"}],
                         indirect=True)
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
