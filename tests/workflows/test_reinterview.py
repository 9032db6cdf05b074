"""ReinterviewWorkflow on the time-skipping test server with real PostgreSQL and real SMTP.

Each test drives one re-interview through the public contract (signal-with-start, signals, update, queries)
and checks what a user would notice: the stage, the outcome, the emails that went out, the rows written.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError, WorkflowUpdateFailedError
from temporalio.exceptions import ActivityError, ApplicationError

from schemas.contract import (
    CancelRequest,
    CandidateReply,
    HrDecision,
    Policy,
    ReportViewed,
    StatusView,
    SubmitResult,
    TrainingCompleted,
)
from service import reinterviews
from tests.polling import eventually, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.history import patches


async def _status(handle) -> StatusView:
    return await reinterviews.status(handle)


async def _final(handle) -> StatusView:
    """Wait for the run to end (this lets the test server skip time) and return its final status."""
    return StatusView.model_validate(await handle.result())


async def test_low_score_goes_from_trigger_to_hire_recommendation(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    status = await until_stage(handle, "awaiting_confirmation")
    assert status.trigger_kind and status.trigger_kind.value == "low_score"
    assert status.next_deadline is not None
    waited = status.next_deadline - await harness.now()
    assert timedelta(hours=23) < waited <= timedelta(hours=24)

    assert await harness.templates() == ["invitation", "hr_reply_check"]
    invitation = harness.received(harness.candidate_email)[0].message
    assert "重新面试" in invitation["Subject"] or "面试" in invitation["Subject"]
    todo = await harness.pool.fetchval("SELECT kind FROM hr_todos WHERE workflow_id = $1", handle.id)
    assert todo == "check_reply"

    with pytest.raises(WorkflowUpdateFailedError):  # nothing scheduled yet
        await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 90}))

    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=2, message_id="<m1@x>"))
    status = await until_stage(handle, "scheduled")
    assert status.interview_at is not None

    refused: list[tuple[dict[str, float], str]] = [
        ({"handling": 120}, "between 0 and 100"),
        ({"juggling": 80}, "unknown dimension 'juggling'"),
    ]
    for bad, says in refused:
        with pytest.raises(WorkflowUpdateFailedError) as err:
            await reinterviews.submit_result(handle, SubmitResult(dimension_scores=bad))
        assert says in str(err.value.cause)

    ack = await reinterviews.submit_result(
        handle, SubmitResult(dimension_scores={"handling": 84}, comments="clear, calm", submitted_by="interviewer:t")
    )
    assert ack.outcome and ack.outcome.value == "recommend_hire"
    report = await reinterviews.report(handle)
    assert report is not None
    assert report.overall_before == 71
    assert report.overall_after == 83.2
    assert report.threshold == 78
    handling = next(d for d in report.dimensions if d.code == "handling")
    assert (handling.before, handling.after) == (58, 84)

    final = await _final(handle)
    assert final.stage.value == "completed" and final.outcome and final.outcome.value == "recommend_hire"
    templates = await harness.templates()
    assert templates.count("interview_scheduled") == 2
    assert "interviewer_brief" in templates
    assert templates.count("feedback_internal") == 2 and templates.count("feedback_candidate") == 1
    scheduled = [
        m.message
        for m in harness.received(harness.interviewer_email)
        if any(p.get_content_type() == "text/calendar" for p in m.message.walk())
    ]
    assert scheduled, "the interviewer's invite carries an .ics"
    written_back = await harness.pool.fetchrow(
        "SELECT overall_score, source FROM interviews WHERE candidate_id = $1 AND source = 'reinterview'",
        harness.ids["candidate"],
    )
    assert written_back is not None
    assert written_back["overall_score"] == 83.2
    stored = await harness.pool.fetch("SELECT kind, audience FROM reports WHERE workflow_id = $1", handle.id)
    assert {(r["kind"], r["audience"]) for r in stored} == {
        ("analysis", "internal"),
        ("interview_plan", "internal"),
        ("feedback", "internal"),
        ("feedback", "candidate"),
    }
    run = await harness.pool.fetchrow("SELECT stage, outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert run is not None
    assert (run["stage"], run["outcome"]) == ("completed", "recommend_hire")
    attributes = (await handle.describe()).search_attributes
    assert {k: attributes.get(k) for k in ("TriggerKind", "ReinterviewStage", "ReinterviewOutcome")} == {
        "TriggerKind": ["low_score"],
        "ReinterviewStage": ["completed"],
        "ReinterviewOutcome": ["recommend_hire"],
    }


async def test_no_reply_reminds_escalates_and_expires(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "no_response"
    templates = await harness.templates()
    assert templates[:2] == ["invitation", "hr_reply_check"]
    assert "reply_reminder" in templates and "hr_escalation" in templates
    assert templates.count("outcome_notice") == 2  # candidate and HR told
    events = [e.event for e in final.timeline]
    reminder_at = next(e.at for e in final.timeline if "second reminder" in e.event)
    invited_at = next(e.at for e in final.timeline if "invitation sent" in e.event)
    assert timedelta(hours=24) <= reminder_at - invited_at < timedelta(hours=24, minutes=1)
    assert any("escalated to HR" in e for e in events)
    todos = await harness.pool.fetch("SELECT kind, done_at FROM hr_todos WHERE workflow_id = $1", handle.id)
    assert {r["kind"] for r in todos} == {"check_reply", "reply_escalation"}
    assert all(r["done_at"] is not None for r in todos), "an ended run leaves no to-do waiting on it"


async def test_short_policy_durations_come_from_the_input(harness: Harness) -> None:
    policy = Policy(reply_reminder_after_s=60, escalate_after_s=60, expire_after_s=60)
    handle = await harness.trigger(harness.low_score(), policy)
    final = await _final(handle)
    invited_at = next(e.at for e in final.timeline if "invitation sent" in e.event)
    ended_at = final.timeline[-1].at
    assert final.outcome and final.outcome.value == "no_response"
    assert ended_at - invited_at < timedelta(minutes=4)


async def test_score_at_threshold_is_recorded_and_not_needed(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score(overall=78))
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "not_needed"
    assert await harness.templates() == []
    recorded = await harness.pool.fetchval(
        "SELECT overall_score FROM interviews WHERE interview_id = $1", f"ai-new-{harness.ids['candidate']}"
    )
    assert recorded == 78


async def test_incomplete_interview_is_its_own_trigger_kind(harness: Harness) -> None:
    handle = await harness.trigger(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"ai-inc-{harness.ids['candidate']}",
                "completed": False,
                "incomplete_reason": "network",
                "dimension_scores": {"talk": 74},
            },
        }
    )
    status = await until_stage(handle, "awaiting_confirmation")
    assert status.trigger_kind and status.trigger_kind.value == "incomplete"
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "cancelled"


async def test_an_interview_the_candidate_quit_needs_no_automatic_reinterview(harness: Harness) -> None:
    interview_id = f"ai-quit-{harness.ids['candidate']}"
    handle = await harness.trigger(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": interview_id,
                "completed": False,
                "incomplete_reason": "candidate_quit",
                "dimension_scores": {"talk": 74},
            },
        }
    )
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "not_needed"
    assert any(f"{interview_id} was not finished for a non-objective reason" in e.event for e in final.timeline)
    assert await harness.templates() == []


async def test_decline_ends_declined_and_tells_hr(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="decline", text="放弃"))
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "declined"
    assert (await harness.sent())[-1] == ("outcome_notice", harness.settings.hr_email)


async def test_candidate_request_waits_for_hr_and_rejection_ends_it(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "第三题答得不好，希望再试一次"})
    status = await until_stage(handle, "awaiting_hr_approval")
    assert status.trigger_kind and status.trigger_kind.value == "candidate_request"
    assert await harness.templates() == ["hr_approval_request"]
    await reinterviews.hr_decision(handle, HrDecision(approved=False, note="not this round", by="hr:t"))
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "rejected_by_hr"
    assert "request_decision" in await harness.templates()
    assert "invitation" not in await harness.templates()


async def test_candidate_request_approved_goes_on_to_invitation(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network was bad"})
    await until_stage(handle, "awaiting_hr_approval")
    await reinterviews.hr_decision(handle, HrDecision(approved=True, by="hr:t"))
    await until_stage(handle, "awaiting_confirmation")
    assert "invitation" in await harness.templates()
    await reinterviews.cancel(handle, CancelRequest(reason="done", by="hr:t"))
    await _final(handle)


async def test_second_trigger_is_merged_not_a_second_run(harness: Harness) -> None:
    first = await harness.trigger(harness.low_score())
    await until_stage(first, "awaiting_confirmation")
    second = await harness.trigger({"kind": "manual", "reason": "again", "requested_by": "hr:t"})
    assert second.id == first.id
    assert second.result_run_id == first.result_run_id
    status = await _status(first)
    assert any(e.event == "trigger merged: manual" for e in status.timeline)
    assert (await harness.templates()).count("invitation") == 1
    await reinterviews.cancel(first, CancelRequest(reason="done"))
    await _final(first)


@pytest.mark.archive(max_attempts=1)
async def test_attempt_limit_ends_limit_reached(harness: Harness) -> None:
    await harness.pool.execute(
        "UPDATE interviews SET source = 'reinterview' WHERE interview_id = $1", harness.ids["interview"]
    )
    handle = await harness.trigger({"kind": "manual", "reason": "try again"})
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "limit_reached"
    assert await harness.templates() == ["outcome_notice"]


async def test_duplicate_reply_message_id_is_ignored(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="question", text="where?", message_id="<q@x>"))
    await reinterviews.reply(handle, CandidateReply(intent="question", text="where?", message_id="<q@x>"))
    await asyncio.sleep(0.5)
    status = await _status(handle)
    assert [e.event for e in status.timeline].count("duplicate reply ignored") == 1
    questions = await harness.pool.fetch("SELECT kind FROM hr_todos WHERE kind = 'candidate_question'")
    assert len(questions) == 1
    await reinterviews.cancel(handle, CancelRequest(reason="done"))
    await _final(handle)
    todos = {
        r["kind"]: r["done_at"]
        for r in await harness.pool.fetch("SELECT kind, done_at FROM hr_todos WHERE workflow_id = $1", handle.id)
    }
    assert todos["check_reply"] is not None  # the run no longer waits for a reply
    assert todos["candidate_question"] is None  # the candidate's question still needs an answer


async def test_reschedule_offers_new_times_then_cancel_sends_calendar_cancel(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="reschedule", text="改到周四下午"))

    async def invited_twice() -> bool:
        return (await harness.templates()).count("invitation") == 2

    await eventually(invited_twice)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    await reinterviews.cancel(handle, CancelRequest(reason="position filled", by="hr:t"))
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "cancelled"
    assert (await harness.templates()).count("interview_cancelled") == 2
    status = await harness.pool.fetchval("SELECT status FROM calendar_events WHERE workflow_id = $1", handle.id)
    assert status == "cancelled"


async def test_scheduled_without_result_reminds_escalates_and_ends_result_missing(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm"))
    await until_stage(handle, "scheduled")
    final = await _final(handle)
    assert final.outcome and final.outcome.value == "result_missing"  # nobody reported a no-show: nobody blamed
    templates = await harness.templates()
    assert templates.count("interview_reminder") == 2
    assert templates.count("result_reminder") >= 2
    assert "hr_result_escalation" in templates
    reminder = next(e.at for e in final.timeline if "reminders sent" in e.event)
    assert final.interview_at is not None
    assert timedelta(hours=23, minutes=59) < final.interview_at - reminder <= timedelta(hours=24)


async def test_training_completion_is_recorded_in_the_archive(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.training_completed(
        handle, TrainingCompleted(course_id="c-h-short", assessment_score=85, pre_score=60)
    )

    async def recorded():
        return await harness.pool.fetchrow(
            "SELECT pre_score, post_score FROM trainings WHERE candidate_id = $1", harness.ids["candidate"]
        )

    await eventually(recorded)
    row = await recorded()
    assert (row["pre_score"], row["post_score"]) == (60, 85)
    await reinterviews.cancel(handle, CancelRequest(reason="done"))
    await _final(handle)


async def test_report_viewed_tells_the_candidate(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.report_viewed(handle, ReportViewed(by="interviewer"))
    await reinterviews.cancel(handle, CancelRequest(reason="done"))
    await _final(handle)
    assert ("progress", harness.candidate_email) in await harness.sent()


async def test_a_run_that_fails_closes_its_row_and_releases_its_held_times(harness: Harness) -> None:
    """A permanent activity error (here: no free time left for a reschedule) fails the run, and a compensating
    step first closes its row with outcome 'failed' and why, and releases the times it held for the candidate."""
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    holds = "SELECT count(*) FROM slot_holds WHERE workflow_id = $1"
    assert await harness.pool.fetchval(holds, handle.id) == 3
    await harness.pool.execute(
        "DELETE FROM interviewer_availability WHERE interviewer_id = $1", harness.ids["interviewer"]
    )
    await reinterviews.reply(handle, CandidateReply(intent="reschedule", text="next week please"))

    with pytest.raises(WorkflowFailureError) as failed:
        await asyncio.wait_for(handle.result(), 60)
    activity = failed.value.cause
    assert isinstance(activity, ActivityError) and isinstance(activity.cause, ApplicationError)
    assert activity.cause.type == "NoAvailability" and activity.cause.non_retryable
    row = await harness.pool.fetchrow(
        "SELECT stage, outcome, failure, ended_at FROM reinterviews WHERE workflow_id = $1", handle.id
    )
    assert row is not None
    assert (row["stage"], row["outcome"]) == ("awaiting_confirmation", "failed") and row["ended_at"] is not None
    assert row["failure"].startswith(f"NoAvailability: no interviewer for job '{harness.ids['job']}' has a free slot")
    assert await harness.pool.fetchval(holds, handle.id) == 0
    todos = {
        r["kind"]: r
        for r in await harness.pool.fetch(
            "SELECT kind, detail, done_at FROM hr_todos WHERE workflow_id = $1", handle.id
        )
    }
    assert todos["check_reply"]["done_at"] is not None  # nothing waits for a reply any more
    assert todos["run_failed"]["done_at"] is None  # HR is asked to take over
    assert todos["run_failed"]["detail"].startswith("stage awaiting_confirmation: NoAvailability: ")
    status = await _status(handle)  # a failed run still answers its status query
    assert status.outcome is None and status.stage.value == "awaiting_confirmation"
    assert status.timeline[-1].event.startswith("run failed in stage awaiting_confirmation: NoAvailability: ")
    events = (await handle.fetch_history()).events
    assert patches(events) == []  # v2 carries no `workflow.patched` (a new worker deployment version instead)
    activities = [
        e.activity_task_scheduled_event_attributes.activity_type.name
        for e in events
        if e.HasField("activity_task_scheduled_event_attributes")
    ]
    assert activities[-2:] == ["propose_slots", "record_run_stage"]


async def test_the_harness_terminates_the_runs_a_test_leaves_open(harness: Harness) -> None:
    """What the harness does at teardown: a run left waiting (its timers due later) is terminated, so it cannot
    stall time skipping for the tests after this one; finished runs are left alone."""
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    assert await harness.terminate_open_runs() == [handle.id]
    assert (await handle.describe()).status == WorkflowExecutionStatus.TERMINATED
    assert await harness.terminate_open_runs() == []
