"""Generated messages, from random bytes to plausible MIME with odd charsets and encodings: the processor never
crashes, and every message ends as a signal, an HR hand-over or a dead letter — never stuck, never lost."""

from __future__ import annotations

import asyncio
import base64
import quopri
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inbound.processor import ReplyProcessor, analyse
from inbound.repository import InboundRepository
from inbound.tokens import KeyRing, mint_reply_token
from tests.inbound.conftest import REPLY_DOMAIN
from tests.workflows.conftest import Harness

WORDS = [
    "确认",
    "不能确认",
    "放弃",
    "选2",
    "改到周四下午",
    "请问",
    "confirm",
    "can't make it",
    "option 3",
    "?",
    "2",
    "> 确认",
    "-- ",
    "发自我的iPhone",
    "------------------ 原始邮件 ------------------",
    "On Mon wrote:",
    "写道：",
    "From: x",
    "Sent: y",
    "<b>",
    "</blockquote>",
    "&nbsp;",
    "\r\n",
    "\n",
    " ",
    "=\r\n",
    "=E7=A1",
    "\x00",
]
CHARSETS = ["utf-8", "gbk", "gb2312", "gb18030", "big5", "latin-1", "us-ascii", "x-nonsense", ""]
ENCODINGS = ["8bit", "7bit", "base64", "quoted-printable", "x-uuencode", "garbage"]
TYPES = [
    "text/plain",
    "text/html",
    "multipart/alternative",
    "multipart/mixed",
    "multipart/report",
    "message/rfc822",
    "message/delivery-status",
    "application/octet-stream",
    "text/plain; format=flowed",
    "",
]
HEADERS = [
    "Auto-Submitted",
    "Precedence",
    "X-Auto-Response-Suppress",
    "List-Id",
    "In-Reply-To",
    "References",
    "Message-ID",
    "Subject",
    "From",
    "Date",
    "X-Autoreply",
    "Content-Disposition",
]

header_values = st.one_of(
    st.sampled_from(
        [
            "no",
            "auto-replied",
            "bulk",
            "list",
            "All",
            "<a@b>",
            "=?utf-8?b?56Gu6K6k?=",
            "=?gbk?q?=C8=B7=C8=CF?=",
            "<<>>",
            "",
            "attachment",
        ]
    ),
    st.text(max_size=40),
)
body_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=30)), max_size=12).map("".join)


def _encode(text: str, charset: str, cte: str) -> bytes:
    try:
        payload = text.encode(charset or "utf-8", errors="replace")
    except LookupError:
        payload = text.encode("utf-8", errors="replace")
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


@st.composite
def mime_messages(draw: st.DrawFn) -> bytes:
    lines = [
        f"{name}: {draw(header_values)}".encode("utf-8", "surrogateescape")
        for name in draw(st.lists(st.sampled_from(HEADERS), max_size=6))
    ]
    ctype, charset = draw(st.sampled_from(TYPES)), draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    lines.append(f'Content-Type: {ctype}; charset="{charset}"; boundary="b1"'.encode())
    lines.append(f"Content-Transfer-Encoding: {cte}".encode())
    body = _encode(draw(body_text), charset, cte)
    if ctype.startswith(("multipart", "message")) and draw(st.booleans()):
        inner = _encode(draw(body_text), charset, cte)
        body = (
            b"--b1\r\nContent-Type: text/plain; charset="
            + charset.encode()
            + b"\r\nContent-Transfer-Encoding: "
            + cte.encode()
            + b"\r\n\r\n"
            + inner
            + b"\r\n--b1\r\nContent-Type: text/html\r\n\r\n"
            + body
            + (b"\r\n--b1--\r\n" if draw(st.booleans()) else b"")
        )
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


@st.composite
def replies(draw: st.DrawFn) -> bytes:
    """Plausible human replies: the answer words mixed with noise, in a random charset and transfer encoding."""
    charset, cte = draw(st.sampled_from(CHARSETS[:4])), draw(st.sampled_from(["8bit", "base64", "quoted-printable"]))
    head = (
        f"From: candidate@example.com\r\nSubject: Re: invitation\r\nMessage-ID: <{draw(st.uuids())}@x>\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'
    )
    return head.encode() + _encode(draw(body_text), charset, cte)


raw_messages = st.one_of(st.binary(max_size=1500), mime_messages(), replies())


@settings(max_examples=300, deadline=None)
@given(raw=raw_messages, mail_from=st.sampled_from(["", "zhangsan@example.com", "MAILER-DAEMON@mx.example.com"]))
def test_analysis_never_raises(raw: bytes, mail_from: str) -> None:
    analysis = analyse(raw, mail_from)
    assert analysis.message_id.startswith("<") and analysis.message_id.endswith(">")
    assert analysis.classification.intent in ("confirm", "decline", "reschedule", "question", "unclear")


@settings(max_examples=300, deadline=None)
@given(mime_messages())
def test_well_formed_mime_is_read_without_a_problem(raw: bytes) -> None:
    assert analyse(raw, "zhangsan@example.com").problem is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    raw=raw_messages,
    rcpt=st.sampled_from(["valid", "forged", "expired", "unknown"]),
    mail_from=st.sampled_from(["candidate@example.com", "candidate@example.com", ""]),
)
async def test_every_message_ends_as_a_signal_or_a_dead_letter(
    harness: Harness, ring: KeyRing, raw: bytes, rcpt: str, mail_from: str
) -> None:
    address = await _reply_address(harness)
    token = address.split("+", 1)[1].split("@")[0]
    run_id = await harness.pool.fetchval("SELECT run_id FROM reinterviews LIMIT 1")
    later = datetime.now(UTC) + timedelta(days=1)
    recipients = {
        "valid": address,
        "forged": f"reply+{token[:-2]}{'ab' if not token.endswith('ab') else 'cd'}@{REPLY_DOMAIN}",
        "expired": f"reply+{mint_reply_token(ring, run_id, datetime.now(UTC) - timedelta(seconds=1))}@{REPLY_DOMAIN}",
        "unknown": f"reply+{mint_reply_token(ring, 'no-such-run', later)}@{REPLY_DOMAIN}",
    }
    inbound = InboundRepository(harness.pool)
    inbound_id = await inbound.store(mail_from, [recipients[rcpt]], raw)
    decision = await ReplyProcessor(harness.settings, harness.pool, harness.client, ring).process(inbound_id)
    row = await inbound.get(inbound_id)
    assert decision is not None and row is not None
    event(f"{rcpt}: {row.status} {row.reason}")
    assert row.status == decision.status and row.status in ("signalled", "handed_to_hr", "dead_letter", "held")
    assert row.status == "signalled" or row.reason
    if rcpt != "valid" and row.status != "dead_letter":
        raise AssertionError(f"a {rcpt} token reached {row.status}")


_addresses: dict[str, str] = {}


async def _reply_address(harness: Harness) -> str:
    """The harness run's real reply address (the first example starts the workflow and waits for its invitation)."""
    if harness.task_queue not in _addresses:
        await harness.trigger(harness.low_score())
        for _ in range(200):
            mails = harness.received(harness.candidate_email)
            if mails and mails[0].message["Reply-To"] is not None:
                _addresses[harness.task_queue] = mails[0].message["Reply-To"].addresses[0].addr_spec
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError("no invitation with a Reply-To")
    return _addresses[harness.task_queue]
