"""Signal `hr_action` (CONTRACT): HR moves the current wait's deadline, or takes the run over (`taken_over`)."""

from __future__ import annotations

from datetime import timedelta

from schemas.contract import CandidateReply
from service import reinterviews
from tests.polling import until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.steps import final


def _events(status, text: str) -> list[str]:
    return [e.event for e in status.timeline if text in e.event]


async def test_an_extended_reply_deadline_holds_the_reminder_until_then(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    waiting = await until_stage(handle, "awaiting_confirmation", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    until = waiting.next_deadline + timedelta(days=3)
    await handle.signal("hr_action", {"action": "extend_deadline", "until": until.isoformat(), "by": "hr:t"})
    moved = await until_event(handle, "deadline extended")
    assert _events(moved, "deadline extended") == [f"deadline extended to {until.isoformat()} by hr:t"]
    assert moved.next_deadline == until
    await harness.env.sleep(timedelta(days=2))  # past the first deadline, before the new one
    held = await reinterviews.status(handle)
    assert _events(held, "second reminder sent") == [] and held.stage.value == "awaiting_confirmation"
    await harness.env.sleep(until - await harness.now() + timedelta(minutes=1))
    reminded = await until_event(handle, "second reminder sent")
    assert reminded.next_deadline is not None and reminded.next_deadline > until  # the ladder goes on from there
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    assert (await final(handle)).outcome.value == "cancelled"  # type: ignore[union-attr]


async def test_past_missing_and_malformed_untils_are_refused_and_noted(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    waiting = await until_stage(handle, "awaiting_confirmation", lambda s: s.next_deadline is not None)
    past = (await harness.now() - timedelta(hours=1)).isoformat()
    await handle.signal("hr_action", {"action": "extend_deadline", "until": past, "by": "hr:t"})
    await handle.signal("hr_action", {"action": "extend_deadline", "by": "hr:t"})
    await handle.signal("hr_action", {"action": "extend_deadline", "until": "2030-05-01T10:00:00", "by": "hr:t"})
    await handle.signal("hr_action", {"action": "extend_deadline", "until": "next tuesday", "by": "hr:t"})
    await handle.signal("hr_action", {"action": "fire_everyone", "by": "hr:t"})
    status = await until_event(handle, "hr_action ignored", count=3)
    refused = _events(status, "refused")
    assert refused == [
        f"deadline extension by hr:t refused: {past} is not in the future",
        "deadline extension by hr:t refused: 'until' is missing",
    ]
    ignored = _events(status, "hr_action ignored")
    assert ignored[0].startswith("hr_action ignored: until: Value error, must be an ISO 8601 time with a UTC offset")
    assert ignored[1].startswith("hr_action ignored: until: Input should be a valid datetime")
    assert ignored[2].startswith("hr_action ignored: action: Input should be 'extend_deadline' or 'take_over'")
    assert status.next_deadline == waiting.next_deadline  # nothing moved
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    await final(handle)


async def test_a_scheduled_interview_has_no_deadline_to_extend(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    until = (await harness.now() + timedelta(days=30)).isoformat()
    await handle.signal("hr_action", {"action": "extend_deadline", "until": until, "by": "hr:t"})
    status = await until_event(handle, "refused")
    assert _events(status, "refused") == [
        "deadline extension by hr:t refused: no deadline to extend in stage scheduled"
    ]
    await handle.signal("cancel", {"reason": "test over", "by": "hr:t"})
    await final(handle)


async def test_an_extended_hr_decision_deadline_keeps_the_request_open(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network dropped"})
    waiting = await until_stage(handle, "awaiting_hr_approval", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    until = waiting.next_deadline + timedelta(days=2)
    await handle.signal("hr_action", {"action": "extend_deadline", "until": until.isoformat(), "by": "hr:t"})
    await until_event(handle, "deadline extended")
    await harness.env.sleep(waiting.next_deadline - await harness.now() + timedelta(hours=1))
    assert (await reinterviews.status(handle)).stage.value == "awaiting_hr_approval"
    ended = await final(handle)  # nobody decides: it expires at the new deadline
    assert ended.outcome and ended.outcome.value == "request_expired"
    assert ended.timeline[-1].at >= until


async def test_an_extended_result_wait_moves_the_escalation_and_the_give_up(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    booked = await until_stage(handle, "scheduled")
    assert booked.interview_at is not None
    await harness.env.sleep(booked.interview_at - await harness.now() + timedelta(minutes=5))
    waiting = await until_stage(handle, "awaiting_result", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    until = waiting.next_deadline + timedelta(days=10)
    await handle.signal("hr_action", {"action": "extend_deadline", "until": until.isoformat(), "by": "hr:t"})
    await until_event(handle, "deadline extended")
    await harness.env.sleep(timedelta(days=5))  # without the extension the run would have ended result_missing
    held = await reinterviews.status(handle)
    assert held.outcome is None and _events(held, "escalated to HR") == []
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "result_missing"
    [escalated] = [e for e in ended.timeline if "escalated to HR: interview result overdue" in e.event]
    assert escalated.at >= until


async def test_take_over_ends_the_run_tells_hr_and_closes_the_waiting_todos(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await handle.signal("hr_action", {"action": "take_over", "until": None, "by": "hr:t", "note": "calling them"})
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "taken_over"
    assert _events(ended, "HR took the run over") == ["HR took the run over (hr:t)"]
    assert ended.timeline[-1].event == "outcome taken_over: calling them"
    outcome_mail = [r for t, r in await harness.sent() if t == "outcome_notice"]
    assert outcome_mail == [harness.settings.hr_email]  # the candidate is not written to; HR continues by hand
    todos = await harness.pool.fetch("SELECT kind, done_at FROM hr_todos WHERE workflow_id = $1", handle.id)
    assert todos and all(t["done_at"] is not None for t in todos)
    row = await harness.pool.fetchrow("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None and row["outcome"] == "taken_over"
    attributes = (await handle.describe()).search_attributes
    assert attributes.get("ReinterviewOutcome") == ["taken_over"]


async def test_take_over_of_a_booked_interview_keeps_the_booking(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    await handle.signal("hr_action", {"action": "take_over", "by": "hr:t"})
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "taken_over"
    assert ended.timeline[-1].event == "outcome taken_over: taken over by hr:t"
    assert "interview_cancelled" not in await harness.templates()
