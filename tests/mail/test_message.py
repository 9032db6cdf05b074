"""MIME assembly: alternatives, the calendar part, deterministic Message-ID, header-injection safety."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone

import pytest

from mail.ics import build_ics
from mail.message import build_message, domain_of, make_message_id
from mail.render import RenderedEmail
from schemas.notifications import CalendarInvite

RENDERED = RenderedEmail(
    subject="重新面试邀请：电商客服专员", text="您好：\n正文\n", html="<p>您好：正文</p>\n", locale="zh-CN"
)
SENDER = "Re-interview <reinterview@hr.example.com>"


def roundtrip(msg) -> email.message.EmailMessage:
    return email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)


def test_plain_and_html_alternatives_with_automation_headers() -> None:
    msg = roundtrip(
        build_message(
            RENDERED,
            SENDER,
            "张三",
            "zhangsan@example.com",
            "<abc@hr.example.com>",
            reply_to="r+tok@reply.hr.example.com",
        )
    )

    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content() == RENDERED.text
    assert html.get_content() == RENDERED.html
    assert msg["Subject"] == RENDERED.subject
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Message-ID"] == "<abc@hr.example.com>"
    assert msg["Content-Language"] == "zh-CN"
    assert msg["To"].addresses[0].display_name == "张三"
    assert msg["To"].addresses[0].addr_spec == "zhangsan@example.com"
    assert msg["From"].addresses[0].addr_spec == "reinterview@hr.example.com"
    assert msg["Reply-To"].addresses[0].addr_spec == "r+tok@reply.hr.example.com"
    assert msg["Date"]


def test_invite_adds_calendar_alternative_and_attachment() -> None:
    shanghai = timezone(timedelta(hours=8))
    invite = CalendarInvite(
        uid="u-1@hr.example.com",
        sequence=0,
        method="REQUEST",
        start=datetime(2026, 12, 3, 14, tzinfo=shanghai),
        end=datetime(2026, 12, 3, 15, tzinfo=shanghai),
        summary="Re-interview",
        interviewer_id="i-7",
        candidate_id="c-1",
    )
    ics = build_ics(invite, SENDER, [("张三", "zhangsan@example.com")])
    msg = roundtrip(build_message(RENDERED, SENDER, "张三", "zhangsan@example.com", "<m@x>", None, ics))

    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = list(msg.iter_parts())
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html", "text/calendar"]
    calendar = list(alternative.iter_parts())[2]
    assert calendar.get_param("method") == "REQUEST"
    assert "UID:u-1@hr.example.com" in calendar.get_content()
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content() == ics

    cancel = build_ics(invite.model_copy(update={"method": "CANCEL", "sequence": 1}), SENDER, [])
    msg = roundtrip(build_message(RENDERED, SENDER, "张三", "zhangsan@example.com", "<m@x>", None, cancel))
    assert list(next(msg.iter_parts()).iter_parts())[2].get_param("method") == "CANCEL"


def test_message_id_is_a_deterministic_hash_of_the_key() -> None:
    a = make_message_id("run-1:invitation-1:candidate-c-1", "hr.example.com")
    assert a == make_message_id("run-1:invitation-1:candidate-c-1", "hr.example.com")
    assert a != make_message_id("run-1:invitation-2:candidate-c-1", "hr.example.com")
    assert a.startswith("<") and a.endswith("@hr.example.com>")
    assert "candidate" not in a and "c-1" not in a
    assert domain_of(SENDER) == "hr.example.com"


def test_header_injection_through_a_name_creates_no_header() -> None:
    hostile = "x\r\nBcc: evil@x"
    raw = build_message(RENDERED, SENDER, hostile, "victim@example.com", "<m@x>").as_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)

    assert msg["Bcc"] is None
    assert b"\nBcc:" not in raw and b"\rBcc:" not in raw
    assert [a.addr_spec for a in msg["To"].addresses] == ["victim@example.com"]
    assert msg["To"].addresses[0].display_name == "x Bcc: evil@x"


def test_header_injection_through_subject_or_addresses_is_refused_or_flattened() -> None:
    rendered = RenderedEmail(subject="hi\r\nBcc: evil@x", text="t", html="<p>t</p>")
    raw = build_message(rendered, SENDER, "n", "victim@example.com", "<m@x>").as_bytes()
    assert email.message_from_bytes(raw, policy=email.policy.default)["Bcc"] is None
    with pytest.raises(ValueError, match="malformed email address"):
        build_message(RENDERED, SENDER, "n", "victim@example.com\r\nBcc: evil@x", "<m@x>")
    with pytest.raises(ValueError, match="contains a line break"):
        build_message(RENDERED, SENDER, "n", "victim@example.com", "<m@x>", reply_to="a@b\r\nBcc: evil@x")
    with pytest.raises(ValueError, match="malformed email address"):
        build_message(RENDERED, SENDER, "n", "not-an-address", "<m@x>")
