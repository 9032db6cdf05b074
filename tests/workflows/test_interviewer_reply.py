"""Signal `interviewer_reply` (CONTRACT): the booked interviewer's DECLINED or COUNTER opens an HR to-do and offers
the candidate new times with another interviewer where one is free; ACCEPTED is noted."""

from __future__ import annotations

from typing import Any

import pytest

from schemas.contract import CandidateReply
from service import reinterviews
from tests.polling import until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.invites import invites
from tests.workflows.steps import final, invitations, scheduled_times


async def _booked(harness: Harness) -> Any:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    return handle


async def _todos(harness: Harness, handle: Any) -> list[tuple[str, str]]:
    rows = await harness.pool.fetch(
        "SELECT kind, detail FROM hr_todos WHERE workflow_id = $1 AND kind = 'interviewer_declined'", handle.id
    )
    return [(r["kind"], r["detail"]) for r in rows]


@pytest.mark.archive(second_interviewer=True)
async def test_a_declining_interviewer_is_replaced_by_one_who_is_free(harness: Harness) -> None:
    await harness.pool.execute(  # the second interviewer is free when the first is
        "INSERT INTO interviewer_availability (interviewer_id, during)"
        " SELECT $2, during FROM interviewer_availability WHERE interviewer_id = $1",
        harness.ids["interviewer"],
        harness.ids["interviewer2"],
    )
    handle = await _booked(harness)
    first, second = harness.ids["interviewer"], harness.ids["interviewer2"]
    await handle.signal(
        "interviewer_reply", {"interviewer_id": first, "response": "declined", "message_id": "<iv-d@x>"}
    )
    offered = await until_stage(handle, "awaiting_confirmation", lambda s: invitations(s) == 2)
    assert f"interviewer {first} replied: declined" in [e.event for e in offered.timeline]
    assert f"interviewer {first} withdrew: new times with another interviewer offered" in [
        e.event for e in offered.timeline
    ]
    assert await _todos(harness, handle) == [("interviewer_declined", f"interviewer {first}: declined")]
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    moved = await until_stage(handle, "scheduled", lambda s: scheduled_times(s) == 2)
    assert f"interview handed over from {first} to {second}" in [e.event for e in moved.timeline]
    left = invites(harness.received(harness.data.interviewers[0].email))
    assert [i.method for i in left] == ["REQUEST", "CANCEL"]
    joined = invites(harness.received(harness.data.interviewers[1].email))
    assert [i.method for i in joined] == ["REQUEST"]
    # The same answer again (its message id) changes nothing.
    await handle.signal(
        "interviewer_reply", {"interviewer_id": first, "response": "declined", "message_id": "<iv-d@x>"}
    )
    await until_event(handle, "duplicate interviewer reply ignored")
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    await final(handle)


async def test_a_counter_with_nobody_else_free_keeps_the_booking_and_tells_hr(harness: Harness) -> None:
    handle = await _booked(harness)
    iv = harness.ids["interviewer"]
    proposed = "2030-01-07T10:00:00+08:00"
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "counter", "proposed_start": proposed})
    status = await until_event(handle, "no other interviewer is free")
    assert status.stage.value == "scheduled" and invitations(status) == 1
    assert await _todos(harness, handle) == [
        ("interviewer_declined", f"interviewer {iv}: counter, proposes {proposed}")
    ]
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "cancelled"


async def test_accepted_others_and_bad_answers_are_noted_only(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    iv = harness.ids["interviewer"]
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "declined"})  # nothing booked yet
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "accepted"})
    await handle.signal("interviewer_reply", {"interviewer_id": "iv-someone-else", "response": "declined"})
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "maybe"})
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "counter", "proposed_start": "soon"})
    status = await until_event(handle, "interviewer_reply ignored", count=2)
    events = [e.event for e in status.timeline]
    assert "interviewer declined ignored: no interview of theirs is ahead (stage awaiting_confirmation)" in events
    assert f"interviewer {iv} replied: accepted" in events
    assert "interviewer declined ignored: iv-someone-else does not hold the booking" in events
    ignored = [e for e in events if e.startswith("interviewer_reply ignored")]
    assert ignored[0].startswith("interviewer_reply ignored: response: Input should be")
    assert ignored[1].startswith("interviewer_reply ignored: proposed_start:")
    assert status.stage.value == "scheduled" and await _todos(harness, handle) == []
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    await final(handle)
