"""Realistic reply emails, built the way Gmail, Outlook, QQ Mail, Foxmail and phones send them."""

from __future__ import annotations

import base64
import quopri
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

CANDIDATE = "张三 <zhangsan@example.com>"

# What the invitation says (and so what a quote of it contains): every answer word appears in it.
INVITATION_ZH = """张三，您好：

感谢您参加「Support desk」岗位的 AI 面试。特邀请您参加重新面试。

面试时间
  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00
  方案 2：2026年12月4日 周五 14:00–15:00
  方案 3：2026年12月5日 周六 10:00–11:00

如何回复
请直接回复本邮件：
  - 回复「确认」接受方案 1；
  - 回复「2」或「3」选择其他方案；
  - 回复「改期」并写明您方便的时间；
  - 回复「放弃」表示不参加。
请于 2026年12月1日 周二 14:00 前回复。

--
此邮件由重新面试服务自动发送。"""

INVITATION_EN = """Dear Alice Smith,

Thank you for taking the AI interview for Support desk. We invite you to a re-interview.

WHEN
  Option 1 (proposed): Thu 3 Dec 2026, 06:00–07:00 (Europe/London)
  Option 2: Fri 4 Dec 2026, 06:00–07:00 (Europe/London)

HOW TO REPLY
Simply reply to this email:
  - "confirm" to accept option 1,
  - "2" to choose another option,
  - "reschedule" with times that suit you better,
  - "decline" if you do not wish to take part.
Please reply by Tue 1 Dec 2026, 06:00 (Europe/London).

--
This message was sent automatically by the re-interview service."""


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def headers(
    to: str,
    subject: str,
    *,
    sender: str = CANDIDATE,
    in_reply_to: str | None = None,
    message_id: str | None = None,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id or f"<{uuid.uuid4().hex}@mail.example.com>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (extra or {}).items():
        msg[name] = value
    return msg


def plain(
    to: str,
    body: str,
    *,
    subject: str = "Re: 重新面试邀请：Support desk",
    charset: str = "utf-8",
    cte: str = "8bit",
    **kw: object,
) -> bytes:
    """A text/plain reply in the given charset and transfer encoding."""
    msg = headers(to, subject, **kw)  # type: ignore[arg-type]
    if charset == "utf-8":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        return msg.as_bytes()
    return _raw_part(msg, "text/plain", body.encode(_codec(charset)), charset, cte)


def html_only(
    to: str,
    html: str,
    *,
    subject: str = "Re: 重新面试邀请：Support desk",
    charset: str = "utf-8",
    cte: str = "base64",
    **kw: object,
) -> bytes:
    """A reply with only a text/html body (Outlook web, some phone clients)."""
    msg = headers(to, subject, **kw)  # type: ignore[arg-type]
    return _raw_part(msg, "text/html", html.encode(_codec(charset)), charset, cte)


def alternative(
    to: str, text: str, html: str, *, subject: str = "Re: 重新面试邀请：Support desk", **kw: object
) -> bytes:
    """multipart/alternative, text and HTML (Gmail, Apple Mail)."""
    msg = headers(to, subject, **kw)  # type: ignore[arg-type]
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    return msg.as_bytes()


def _codec(charset: str) -> str:
    # Clients label GBK text "GB2312" (or "GBK"); the bytes are GBK either way.
    return "gbk" if charset.lower() in ("gb2312", "gbk") else charset


def _raw_part(msg: EmailMessage, content_type: str, payload: bytes, charset: str, cte: str) -> bytes:
    head = msg.as_bytes().split(b"\n\n", 1)[0].replace(b"\r\n", b"\n")
    if cte == "base64":
        body = base64.encodebytes(payload)
    elif cte == "quoted-printable":
        body = quopri.encodestring(payload)
    else:
        body = payload
    return (
        head
        + f'\nMIME-Version: 1.0\nContent-Type: {content_type}; charset="{charset}"\n'
        f"Content-Transfer-Encoding: {cte}\n\n".encode()
        + body
    )
