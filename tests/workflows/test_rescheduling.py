"""R-W5 / R-W6 after a reschedule: who holds which calendar event, who has the brief, who is reminded when.

A booked interview can move (the candidate asks for another time), possibly to another interviewer, and a
reschedule round can end without a new time. Each test checks what people's mailboxes and calendars see.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from schemas.contract import CancelRequest, CandidateReply, SubmitResult
from service import reinterviews
from tests.polling import eventually, until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.invites import invites
from tests.workflows.steps import final, invitations, scheduled_times


async def _book(harness: Harness):
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    return handle, await until_stage(handle, "scheduled")


async def _reschedule(handle) -> None:
    await reinterviews.reply(handle, CandidateReply(intent="reschedule", text=""))
    await until_stage(handle, "awaiting_confirmation", lambda s: invitations(s) == 2)


@pytest.mark.archive(second_interviewer=True)
async def test_a_reschedule_to_another_interviewer_moves_invite_brief_and_reminder(harness: Harness) -> None:
    first_iv, second_iv = harness.data.interviewers[0].email, harness.data.interviewers[1].email
    handle, booked = await _book(harness)
    assert booked.interview_at is not None
    # The day before the first time: both sides are reminded of it.
    await harness.env.sleep(booked.interview_at - await harness.now() - timedelta(hours=23))
    await until_event(handle, "reminders sent")

    # The first interviewer's free time is now the second one's: the new time is with the second interviewer.
    await harness.pool.execute(
        "UPDATE interviewer_availability SET interviewer_id = $2 WHERE interviewer_id = $1",
        harness.ids["interviewer"],
        harness.ids["interviewer2"],
    )
    await _reschedule(handle)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    moved = await until_stage(handle, "scheduled", lambda s: scheduled_times(s) == 2)
    assert moved.interview_at is not None and moved.interview_at != booked.interview_at

    left = invites(harness.received(first_iv))
    assert [(i.method, i.sequence, i.start) for i in left] == [
        ("REQUEST", 0, booked.interview_at),
        ("CANCEL", 1, booked.interview_at),
    ]
    joined = invites(harness.received(second_iv))
    assert [(i.method, i.sequence, i.start) for i in joined] == [("REQUEST", 1, moved.interview_at)]
    candidate = invites(harness.received(harness.candidate_email))
    assert [(i.method, i.sequence) for i in candidate] == [("REQUEST", 0), ("REQUEST", 1)]
    assert len({i.uid for i in [*left, *joined, *candidate]}) == 1  # one event, updated and handed over
    sent = await harness.sent()
    assert ("interviewer_brief", second_iv) in sent and ("interviewer_brief", first_iv) in sent
    event = await harness.pool.fetchrow(
        "SELECT interviewer_id, status, sequence FROM calendar_events WHERE workflow_id = $1", handle.id
    )
    assert event is not None and tuple(event) == (harness.ids["interviewer2"], "booked", 1)

    # The day before the new time: reminded again (its own key; the first reminder does not swallow it).
    await harness.env.sleep(moved.interview_at - await harness.now() - timedelta(hours=23))
    await until_event(handle, "reminders sent", count=2)

    async def reminded() -> bool:
        sent = await harness.sent()
        return (
            sent.count(("interview_reminder", harness.candidate_email)) == 2
            and ("interview_reminder", second_iv) in sent
        )

    await eventually(reminded)
    assert (await harness.sent()).count(("interview_reminder", first_iv)) == 1
    ack = await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84}))
    assert ack.outcome is not None
    assert (await final(handle)).outcome == ack.outcome


async def test_a_reschedule_round_without_reply_cancels_the_booked_interview(harness: Harness) -> None:
    handle, booked = await _book(harness)
    await _reschedule(handle)
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "no_response"
    event = await harness.pool.fetchrow(
        "SELECT status, sequence FROM calendar_events WHERE workflow_id = $1", handle.id
    )
    assert event is not None and tuple(event) == ("cancelled", 1)
    for address in (harness.interviewer_email, harness.candidate_email):
        assert [(i.method, i.sequence, i.start) for i in invites(harness.received(address))] == [
            ("REQUEST", 0, booked.interview_at),
            ("CANCEL", 1, booked.interview_at),
        ], address
    sent = await harness.sent()
    assert ("outcome_notice", harness.settings.hr_email) in sent
    assert ("outcome_notice", harness.candidate_email) in sent


async def test_a_reschedule_with_the_same_interviewer_updates_the_invite_with_a_higher_sequence(
    harness: Harness,
) -> None:
    handle, booked = await _book(harness)
    await _reschedule(handle)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=2))
    moved = await until_stage(handle, "scheduled", lambda s: scheduled_times(s) == 2)
    for address in (harness.interviewer_email, harness.candidate_email):
        seen = invites(harness.received(address))
        assert [(i.method, i.sequence, i.start) for i in seen] == [
            ("REQUEST", 0, booked.interview_at),
            ("REQUEST", 1, moved.interview_at),
        ], address
        assert seen[0].uid == seen[1].uid
    templates = await harness.templates()
    assert templates.count("interviewer_brief") == 1 and "interview_cancelled" not in templates

    await reinterviews.cancel(handle, CancelRequest(reason="position filled", by="hr:t"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "cancelled"
    last = invites(harness.received(harness.interviewer_email))[-1]
    assert (last.method, last.sequence, last.start) == ("CANCEL", 2, moved.interview_at)
