"""R-W8 and R-T5: how runs end that the main path does not reach, each with its status and the right people told."""

from __future__ import annotations

import pytest

from schemas.contract import CancelRequest, CandidateReply, NoShowReport
from service import reinterviews
from tests.polling import until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.invites import invites
from tests.workflows.steps import final


@pytest.mark.archive(max_attempts=3, cooldown_days=30)
async def test_a_trigger_inside_the_cooldown_ends_limit_reached_and_tells_hr(harness: Harness) -> None:
    # The candidate's last re-interview for this job was three days ago; the job wants 30 days between them.
    await harness.pool.execute(
        "UPDATE interviews SET source = 'reinterview' WHERE interview_id = $1", harness.ids["interview"]
    )
    handle = await harness.trigger({"kind": "manual", "reason": "try again", "requested_by": "hr:t"})
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "limit_reached"
    assert any(
        e.event.startswith("outcome limit_reached: cooldown: next re-interview allowed after ") for e in ended.timeline
    )
    assert await harness.sent() == [("outcome_notice", harness.settings.hr_email)]
    row = await harness.pool.fetchrow("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None
    assert row["outcome"] == "limit_reached"


async def test_a_reported_no_show_ends_no_show_and_tells_the_interviewer_and_hr(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await handle.signal("no_show", NoShowReport(by="interviewer:t", note="too early"))  # nothing booked yet
    await until_event(handle, "no-show reported by interviewer:t")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    before = len(await harness.sent())

    await handle.signal("no_show", NoShowReport(by="interviewer:t", note="did not join"))
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "no_show"
    assert ended.timeline[-1].event == "outcome no_show: did not join"
    told = (await harness.sent())[before:]
    assert sorted(told) == sorted(
        [("outcome_notice", harness.interviewer_email), ("outcome_notice", harness.settings.hr_email)]
    )
    # The interview was due: its calendar event stays (no CANCEL), the run's row says no_show.
    assert [i.method for i in invites(harness.received(harness.interviewer_email))] == ["REQUEST"]
    row = await harness.pool.fetchrow("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None
    assert row["outcome"] == "no_show"


async def test_no_result_at_all_ends_no_show_telling_the_interviewer_and_hr(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "no_show"
    notices = [to for template, to in await harness.sent() if template == "outcome_notice"]
    assert sorted(notices) == sorted([harness.interviewer_email, harness.settings.hr_email])


async def test_cancel_while_awaiting_hr_approval_ends_cancelled_before_anything_reaches_the_candidate(
    harness: Harness,
) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network dropped"})
    await until_stage(handle, "awaiting_hr_approval")
    await reinterviews.cancel(handle, CancelRequest(reason="position filled", by="hr:t"))
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "cancelled"
    assert ended.timeline[-1].event == "outcome cancelled: position filled"
    assert await harness.sent() == [
        ("hr_approval_request", harness.settings.hr_email),
        ("outcome_notice", harness.settings.hr_email),
    ]
    assert await harness.pool.fetchval("SELECT count(*) FROM calendar_events WHERE workflow_id = $1", handle.id) == 0
    row = await harness.pool.fetchrow("SELECT stage, outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None
    assert (row["stage"], row["outcome"]) == ("completed", "cancelled")
