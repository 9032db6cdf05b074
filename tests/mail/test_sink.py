"""The development SMTP sink keeps every message in memory and, with a folder, as .eml files."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import aiosmtplib

from mail.message import build_message
from mail.render import RenderedEmail
from mail.sink import MailSink
from tests.fixtures.smtp import free_port


async def test_keeps_messages_with_envelope_and_saves_eml(tmp_path: Path) -> None:
    mail_dir = tmp_path / "run" / "mail"
    with MailSink("127.0.0.1", free_port(), mail_dir) as sink:
        for n in (1, 2):
            msg = build_message(
                RenderedEmail(f"主题 {n}", "正文\n", "<p>正文</p>\n"),
                "hr@hr.example.com",
                "张三",
                "zhangsan@example.com",
                f"<m{n}@hr.example.com>",
            )
            await aiosmtplib.send(msg, hostname=sink.host, port=sink.port)
        messages = await sink.wait_for(2)

    assert [m["Subject"] for m in messages] == ["主题 1", "主题 2"]
    assert sink.received[0].rcpt_tos == ("zhangsan@example.com",)
    assert sink.received[0].mail_from == "hr@hr.example.com"
    files = sorted(mail_dir.glob("*.eml"))
    assert [f.name.rsplit("-", 1)[1] for f in files] == ["1.eml", "2.eml"]
    saved = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert saved["Message-ID"] == "<m1@hr.example.com>"
    body = saved.get_body(("plain",))
    assert body is not None and body.get_content().splitlines() == ["正文"]
    assert not list(mail_dir.glob("*.part"))


async def test_without_a_folder_only_memory(tmp_path: Path) -> None:
    with MailSink("127.0.0.1", free_port()) as sink:
        await aiosmtplib.send(
            "Subject: hi\r\n\r\nbody\r\n", sender="a@x.org", recipients=["b@y.org"], hostname=sink.host, port=sink.port
        )
        [msg] = await sink.wait_for(1)
    assert msg["Subject"] == "hi"
    assert sink.received[0].path is None
    sink.clear()
    assert sink.messages == []


async def test_a_transaction_without_message_data_is_refused_and_nothing_kept(tmp_path: Path) -> None:
    from aiosmtpd.smtp import Envelope

    from mail.sink import _SinkHandler

    sink = MailSink("127.0.0.1", free_port(), tmp_path)
    envelope = Envelope()
    envelope.mail_from, envelope.rcpt_tos = "a@x", ["b@x"]
    reply = await _SinkHandler(sink).handle_DATA(None, None, envelope)  # type: ignore[arg-type]  # unused by it
    assert reply.startswith("554 ")
    assert sink.messages == [] and list(tmp_path.iterdir()) == []
