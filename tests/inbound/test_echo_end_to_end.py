"""Issue 12 item 3 end to end: a decline written in a real reply goes through the gateway as `source: email` and
waits out its grace period (the candidate is told how it was read); a confirm written next withdraws it."""

from __future__ import annotations

from inbound.gateway import InboundGateway
from tests.inbound.test_calendar_answers import signals_named
from tests.inbound.test_end_to_end import invitation_of, reply_to, smtp_reply
from tests.polling import until_event, until_stage, until_true
from tests.workflows.conftest import Harness


async def test_a_written_decline_waits_and_a_written_confirm_undoes_it(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    invitation = await invitation_of(harness)
    address = invitation["Reply-To"].addresses[0].addr_spec

    await smtp_reply(gateway, reply_to(invitation, "不好意思，我决定放弃这次面试。"), address)
    pending = await until_event(handle, "decline read from email")
    assert pending.stage.value == "awaiting_confirmation" and pending.outcome is None
    [decline] = await signals_named(harness, handle.id, "candidate_reply")
    assert (decline["intent"], decline["source"]) == ("decline", "email")

    def echoed() -> list[str]:
        return [
            r.message.get_body(("plain",)).get_content()
            for r in harness.received(harness.candidate_email)
            if "放弃" in str(r.message["Subject"])
        ]

    [text] = await until_true(echoed, what="the decline's echo to the candidate")
    assert "我们理解为：放弃本次重新面试。" in text and "本次重新面试将于届时关闭" in text

    again = reply_to(invitation, "我改主意了，确认参加方案 2。").replace(b"reply-1-", b"reply-2-")
    await smtp_reply(gateway, again, address)
    booked = await until_stage(handle, "scheduled", waiting=False)
    assert any(e.event.startswith("decline withdrawn") for e in booked.timeline)
    await until_true(
        lambda: any(
            "我们理解为：确认方案 2" in r.message.get_body(("plain",)).get_content()
            for r in harness.received(harness.candidate_email)
        ),
        what="the booking's email echoing the confirm",
    )
