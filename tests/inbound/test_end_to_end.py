"""A real reply to a real invitation: the worker sends the invitation (with its signed Reply-To) to the SMTP sink,
a real SMTP client answers it through the gateway, and the workflow moves on the time-skipping server."""

from __future__ import annotations

import re

import aiosmtplib
import pytest

from inbound.gateway import InboundGateway
from inbound.repository import InboundRepository, list_dead_letters
from service import reinterviews
from tests.inbound.mails import quoted
from tests.polling import until_stage, until_true
from tests.workflows.conftest import Harness


async def invitation_of(harness: Harness):
    def invitations() -> list:
        return [
            r.message for r in harness.received(harness.candidate_email) if "Support desk" in str(r.message["Subject"])
        ]

    return (await until_true(invitations, what="an invitation to the candidate"))[-1]


def reply_to(invitation, body: str, subject_prefix: str = "Re: ", sender: str | None = None) -> bytes:
    """What a mail client sends when the candidate (or `sender`) presses Reply and types `body` above the quote."""
    from email.message import EmailMessage

    original = invitation.get_body(("plain",)).get_content()
    msg = EmailMessage()
    msg["From"] = sender or str(invitation["To"])
    msg["To"] = str(invitation["Reply-To"])
    msg["Subject"] = subject_prefix + str(invitation["Subject"])
    msg["Message-ID"] = "<reply-1-" + invitation["Message-ID"].strip("<>").split("@")[0] + "@mail.example.com>"
    msg["In-Reply-To"] = invitation["Message-ID"]
    msg["References"] = invitation["Message-ID"]
    msg.set_content(
        f"{body}\n\nOn Tue, Dec 1, 2026 at 10:00 AM Re-interview wrote:\n{quoted(original)}\n",
        charset="utf-8",
        cte="quoted-printable",
    )
    return msg.as_bytes()


async def smtp_reply(gateway: InboundGateway, raw: bytes, to: str) -> None:
    await aiosmtplib.send(
        raw,
        sender="candidate@example.com",
        recipients=[to],
        hostname="127.0.0.1",
        port=gateway.port,
        start_tls=False,
        timeout=10,
    )


async def test_a_chinese_email_reply_confirms_and_a_resend_changes_nothing(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    invitation = await invitation_of(harness)
    address = invitation["Reply-To"].addresses[0].addr_spec
    assert re.fullmatch(r"reply\+[a-z0-9]+\.[a-z2-7]+@reply\.hr\.example\.com", address)
    text = invitation.get_body(("plain",)).get_content()
    assert "也可以点击链接直接回复" in text and "http://links.test/l/" in text

    raw = reply_to(invitation, "确认参加，谢谢！请问需要带身份证原件吗？")
    await smtp_reply(gateway, raw, address)
    status = await until_stage(handle, "scheduled", waiting=False)
    assert any(e.event == "candidate replied: confirm" for e in status.timeline)
    assert status.interview_at is not None
    await gateway.idle()
    [row] = await InboundRepository(harness.pool).all()
    assert (row.status, row.intent, row.workflow_id) == ("signalled", "confirm", handle.id)
    question = await harness.pool.fetchval(
        "SELECT detail FROM hr_todos WHERE workflow_id = $1 AND kind = 'candidate_question'", handle.id
    )
    assert "身份证原件" in question

    # The sender's server delivers the same message again: kept as a duplicate, never a second signal.
    await smtp_reply(gateway, raw, address)
    await gateway.idle()
    [duplicate] = await list_dead_letters(harness.pool)
    assert duplicate.reason == "duplicate" and duplicate.message_id == row.message_id
    status = await reinterviews.status(handle)
    assert sum(e.event.startswith("candidate replied") for e in status.timeline) == 1


@pytest.mark.archive(locale="en")
async def test_an_english_outlook_style_reply_picks_option_two(harness: Harness, gateway: InboundGateway) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    invitation = await invitation_of(harness)
    assert invitation["Subject"].startswith("Re-interview invitation")
    raw = reply_to(invitation, "Option 2 please, thanks.\n\nSent from my iPhone", subject_prefix="RE: ")
    await smtp_reply(gateway, raw, invitation["Reply-To"].addresses[0].addr_spec)

    status = await until_stage(handle, "scheduled", waiting=False)
    assert any(e.event == "candidate replied: confirm (time 2)" for e in status.timeline)
    options = re.findall(r"Option \d[^:]*: (.+)", invitation.get_body(("plain",)).get_content())
    assert len(options) >= 2 and status.interview_at is not None
    second_day = options[1].split(",")[0]

    def confirmed() -> bool:
        return any(
            second_day in r.message.get_body(("plain",)).get_content()
            for r in harness.received(harness.candidate_email)
            if r.message["Message-ID"] != invitation["Message-ID"]
        )

    await until_true(confirmed, what=f"a confirmation for {second_day} to the candidate")


async def test_an_unclear_reply_is_asked_back_never_acted_on(harness: Harness, gateway: InboundGateway) -> None:
    """A hedge ("can't confirm yet, I'll answer by Monday") is signalled as `unclear`: the run stays where it was,
    the candidate is asked back by email and HR gets a to-do; the inbound row keeps the rule that decided."""
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    invitation = await invitation_of(harness)
    address = invitation["Reply-To"].addresses[0].addr_spec
    await smtp_reply(gateway, reply_to(invitation, "目前还确认不了，下周一前给您答复"), address)

    status = await until_stage(
        handle, "awaiting_confirmation", lambda s: any("asked back" in e.event for e in s.timeline), waiting=False
    )
    assert status.interview_at is None and not any(e.event == "stage: scheduled" for e in status.timeline)
    await gateway.idle()
    [row] = await InboundRepository(harness.pool).all()
    assert (row.status, row.intent, row.workflow_id) == ("signalled", "unclear", handle.id)
    kept = await harness.pool.fetchval("SELECT reply_text FROM inbound_mail WHERE id = $1", row.id)
    assert kept.startswith("目前还确认不了") and "[read as unclear: hedge" in kept
    kinds = await harness.pool.fetch("SELECT kind FROM hr_todos WHERE workflow_id = $1", handle.id)
    assert "unclear_reply" in {k["kind"] for k in kinds}
    asked = await until_true(
        lambda: [
            r for r in harness.received(harness.candidate_email) if r.message["Message-ID"] != invitation["Message-ID"]
        ],
        what="the clarification email to the candidate",
    )
    assert asked
