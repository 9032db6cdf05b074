"""Mail no person wrote: RFC 3834 auto-replies, vendor out-of-office notes, lists, read receipts and bounces."""

from __future__ import annotations

import pytest

from inbound.processor import analyse
from tests.inbound.mails import plain

TO = "reply+ktest01.abc@reply.hr.example.com"


def dsn(original_message_id: str, action: str = "failed", status: str = "5.1.1") -> bytes:
    """An RFC 3464 delivery status notification as Postfix sends it, returning the original headers."""
    return f"""From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: {TO}
Subject: Undelivered Mail Returned to Sender
Message-ID: <dsn-{original_message_id.strip("<>")}@mx.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com. I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; zhangsan@example.com
Action: {action}
Status: {status}
Diagnostic-Code: smtp; 550 5.1.1 <zhangsan@example.com>: Recipient address rejected: User unknown

--B
Content-Type: text/rfc822-headers

From: Re-interview <reinterview@hr.example.com>
To: zhangsan@example.com
Subject: =?utf-8?b?6YeN5paw6Z2i6K+V6YKA6K+3?=
Message-ID: {original_message_id}

--B--
""".replace("\n", "\r\n").encode()


AUTO = [
    (
        "rfc 3834 auto-replied",
        plain(TO, "我正在休假，12月10日返回。", extra={"Auto-Submitted": "auto-replied"}),
        "auto_reply",
    ),
    (
        "outlook out of office",
        plain(
            TO,
            "I am out of the office until Monday.",
            subject="Automatic reply: invitation",
            extra={"X-Auto-Response-Suppress": "All"},
        ),
        "auto_reply",
    ),
    (
        "qq auto reply by subject",
        plain(TO, "您好，您的邮件已收到，我会尽快回复。", subject="自动回复: 重新面试邀请"),
        "auto_reply",
    ),
    ("x-autoreply", plain(TO, "Thanks for your email.", extra={"X-Autoreply": "yes"}), "auto_reply"),
    ("precedence bulk", plain(TO, "Newsletter", extra={"Precedence": "bulk"}), "auto_reply"),
    ("mailing list", plain(TO, "确认", extra={"List-Id": "<hr.lists.example.com>"}), "mailing_list"),
    (
        "read receipt",
        b"From: zhangsan@example.com\r\nTo: " + TO.encode() + b"\r\nSubject: Read: invitation\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=X\r\n\r\n"
        b"--X\r\nContent-Type: text/plain\r\n\r\nRead\r\n--X\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n--X--\r\n",
        "read_receipt",
    ),
    ("delayed dsn", dsn("<abc@hr.example.com>", action="delayed", status="4.4.7"), "delivery_delayed"),
]


@pytest.mark.parametrize(("name", "raw", "kind"), AUTO, ids=[a[0] for a in AUTO])
def test_automated_mail_is_recognised(name: str, raw: bytes, kind: str) -> None:
    analysis = analyse(raw, "someone@example.com")
    assert analysis.automated is not None and analysis.automated.kind == kind


def test_auto_submitted_no_is_a_person() -> None:
    analysis = analyse(plain(TO, "确认", extra={"Auto-Submitted": "no"}), "zhangsan@example.com")
    assert analysis.automated is None and analysis.classification.intent == "confirm"


def test_bounce_names_the_bounced_email() -> None:
    analysis = analyse(dsn("<inv-1@hr.example.com>"), "")
    assert analysis.automated is not None and analysis.automated.kind == "bounce"
    assert "<inv-1@hr.example.com>" in analysis.automated.original_ids
    assert "Status 5.1.1" in analysis.automated.detail


def test_informal_bounce_from_a_null_sender() -> None:
    raw = (
        b"From: postmaster@mx.qq.com\r\nTo: " + TO.encode() + b"\r\nSubject: =?utf-8?b?57O757uf6YCA5L+h?=\r\n"
        b"In-Reply-To: <inv-2@hr.example.com>\r\n\r\nThe message could not be delivered.\r\n"
    )
    analysis = analyse(raw, "")
    assert analysis.automated is not None and analysis.automated.kind == "bounce"
    assert analysis.automated.original_ids == ["<inv-2@hr.example.com>"]


def test_a_person_writing_about_their_holiday_to_move_the_interview_is_a_person() -> None:
    body = (
        "Thank you for the invitation and the training plan. I'm currently on holiday in Spain and won't be back "
        "until 9 December.\n\nI'd be grateful if we could arrange a time after that – Thursday 10 or Friday 11 "
        "December would be ideal.\n\nKind regards,\nClaire"
    )
    assert analyse(plain(TO, body), "claire@example.com").automated is None


@pytest.mark.parametrize(
    "body",
    [
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff.",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 3 décembre inclus. Je traiterai votre message à mon retour.",
    ],
)
def test_absence_notices_in_german_and_french_without_headers_are_automated(body: str) -> None:
    analysis = analyse(plain(TO, body), "someone@example.com")
    assert analysis.automated is not None and analysis.automated.kind == "auto_reply"
