"""Signals from other systems (CONTRACT.md): payloads that break the contract, and permanent failures while
acting on one, are noted on the run's timeline; the run stays healthy and can still end (R-L3, R-V2)."""

from __future__ import annotations

from schemas.activities import Preparation
from schemas.contract import CancelRequest, CandidateReply, SubmitResult, TrainingCompleted
from schemas.plans import Slot
from service import reinterviews
from tests.fixtures.smtp import body_text
from tests.polling import eventually, until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.steps import final


async def _invited(harness: Harness):
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    return handle


async def _offered(harness: Harness, handle) -> list[Slot]:
    """The times the run offered first: the prepare activity's result, read from the run's history."""
    converter = harness.client.data_converter.payload_converter
    prepare = None
    async for event in handle.fetch_history_events():
        scheduled = event.activity_task_scheduled_event_attributes
        if event.HasField("activity_task_scheduled_event_attributes") and scheduled.activity_type.name.startswith(
            "prep"
        ):
            prepare = event.event_id
        done = event.activity_task_completed_event_attributes
        if event.HasField("activity_task_completed_event_attributes") and done.scheduled_event_id == prepare:
            payloads = done.result.payloads
            [result] = converter.from_payloads(payloads, [Preparation])
            return result.slots
    raise AssertionError("no prepare_reinterview result in the history")


async def _cancelled(handle) -> None:
    """The run still ends: no handler is left hanging (all_handlers_finished), nothing failed."""
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    ended = await final(handle, timeout=30)
    assert ended.outcome and ended.outcome.value == "cancelled"


async def test_a_course_id_the_archive_cannot_hold_is_refused_naming_the_field(harness: Harness) -> None:
    handle = await _invited(harness)
    await handle.signal("training_completed", {"course_id": "课程 1/高级", "assessment_score": 80})
    status = await until_event(handle, "training_completed ignored")
    [noted] = [e.event for e in status.timeline if "training_completed ignored" in e.event]
    assert noted.startswith("training_completed ignored: course_id: String should match pattern")
    assert "课程" not in noted  # fields and rules, never the value
    await _cancelled(handle)
    assert (
        await harness.pool.fetchval("SELECT count(*) FROM trainings WHERE candidate_id = $1", harness.ids["candidate"])
        == 0
    )


async def test_times_without_an_offset_are_refused_and_good_ones_taken(harness: Harness) -> None:
    handle = await _invited(harness)
    naive = "2030-05-01T10:00:00"
    await handle.signal("training_completed", {"course_id": "c-h-short", "assessment_score": 80, "completed_at": naive})
    await handle.signal("report_viewed", {"by": "interviewer", "at": naive})
    await handle.signal("report_viewed", {"by": "candidate"})
    await handle.signal("trigger", {"kind": "ai_result", "interview": {"interview_id": "ai-x", "taken_at": naive}})
    status = await until_event(handle, "ignored", count=4)
    ignored = [e.event for e in status.timeline if "ignored" in e.event]
    offset = "must be an ISO 8601 time with a UTC offset"
    assert ignored == [
        (
            f"training_completed ignored: completed_at: Value error, {offset}, e.g. 2025-06-03T14:00:00+08:00 or "
            "2025-06-03T06:00:00Z (a time without one is ambiguous)"
        ),
        (
            f"report_viewed ignored: at: Value error, {offset}, e.g. 2025-06-03T14:00:00+08:00 or "
            "2025-06-03T06:00:00Z (a time without one is ambiguous)"
        ),
        "report_viewed ignored: by: Input should be 'interviewer' or 'hr'",
        (
            f"trigger ignored: interview.taken_at: Value error, {offset}, e.g. 2025-06-03T14:00:00+08:00 or "
            "2025-06-03T06:00:00Z (a time without one is ambiguous)"
        ),
    ]
    assert "progress" not in await harness.templates()

    await handle.signal(
        "training_completed",
        {"course_id": "c-h-short", "assessment_score": 80, "completed_at": "2030-05-01T10:00:00+08:00"},
    )
    await handle.signal("report_viewed", {"by": "interviewer", "at": "2030-05-01T02:00:00Z"})
    await until_event(handle, "training completed: c-h-short")
    await until_event(handle, "report viewed by interviewer")
    row = await eventually(
        lambda: harness.pool.fetchrow(
            "SELECT completed_at, post_score FROM trainings WHERE candidate_id = $1", harness.ids["candidate"]
        )
    )
    assert row is not None
    assert row["completed_at"].isoformat() == "2030-05-01T02:00:00+00:00" and row["post_score"] == 80
    await _cancelled(handle)
    assert ("progress", harness.candidate_email) in await harness.sent()


async def test_a_training_that_cannot_be_recorded_is_noted_and_the_run_goes_on(harness: Harness) -> None:
    """record_training fails for good (here: an archive row written with SQL breaks the schema): the signal
    handler notes why instead of retrying forever, and the run still ends."""
    handle = await _invited(harness)
    await harness.pool.execute(
        "INSERT INTO trainings (candidate_id, course_id, pre_score) VALUES ($1, 'bad id', 5)", harness.ids["candidate"]
    )
    await reinterviews.training_completed(handle, TrainingCompleted(course_id="c-h-short", assessment_score=85))
    status = await until_event(handle, "training c-h-short not recorded")
    assert "not recorded: InvalidArchiveRecord: " in status.timeline[-1].event
    await harness.pool.execute("DELETE FROM trainings WHERE course_id = 'bad id'")
    await _cancelled(handle)


async def test_a_progress_email_that_cannot_go_out_is_noted_and_the_run_goes_on(harness: Harness) -> None:
    handle = await _invited(harness)
    await harness.pool.execute("UPDATE candidates SET email = NULL WHERE candidate_id = $1", harness.ids["candidate"])
    await handle.signal("report_viewed", {"by": "interviewer"})
    status = await until_event(handle, "progress email not sent")
    assert "progress email not sent: RecipientUnavailable: " in status.timeline[-1].event
    await harness.pool.execute(
        "UPDATE candidates SET email = $2 WHERE candidate_id = $1", harness.ids["candidate"], harness.candidate_email
    )
    await _cancelled(handle)


async def test_training_finished_after_scheduling_reaches_the_interviewer(harness: Harness) -> None:
    """R-L3: the post-training score goes into the archive *and* the interviewer's plan, also once booked."""
    handle = await _invited(harness)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    plan = "SELECT body FROM reports WHERE workflow_id = $1 AND kind = 'interview_plan'"
    assert (await harness.pool.fetchval(plan, handle.id))["training_notes"] == []

    await reinterviews.training_completed(
        handle, TrainingCompleted(course_id="c-h-short", assessment_score=85, pre_score=60)
    )
    await until_event(handle, "updated brief")
    briefs = [
        m.message for m in harness.received(harness.interviewer_email) if m.message["Subject"].startswith("面试资料")
    ]
    assert len(briefs) == 2
    update = briefs[1].get_body(("plain",)).get_content()
    assert "60 → 85" in update and "投诉处理速成" in update
    notes = (await harness.pool.fetchval(plan, handle.id))["training_notes"]
    assert len(notes) == 1 and "85" in notes[0]
    assert any(note in update for note in notes)  # the refreshed plan is the one in the brief

    ack = await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84}))
    assert (await final(handle)).outcome == ack.outcome


async def test_an_unclear_reply_is_noted_and_handed_to_hr_and_confirm_with_a_slot_picks_that_time(
    harness: Harness,
) -> None:
    handle = await _invited(harness)
    await reinterviews.reply(handle, CandidateReply(intent="unclear", text="hmm, maybe", message_id="<u@x>"))
    status = await until_event(handle, "unclear reply: the candidate was asked back and HR asked to follow up")
    assert status.stage.value == "awaiting_confirmation" and status.outcome is None
    todo = await harness.pool.fetchrow(
        "SELECT kind, detail, done_at FROM hr_todos WHERE workflow_id = $1 AND kind = 'unclear_reply'", handle.id
    )
    assert todo is not None and todo["detail"] == "hmm, maybe" and todo["done_at"] is None
    # One short email back, in the candidate's language, with the offered times and the signed answer links.
    mails = [m.message for m in harness.received(harness.candidate_email)]
    [asked] = [m for m in mails if "请再确认一下您的回复" in str(m["Subject"])]
    text = body_text(asked)
    assert "没能确定您的意思" in text and "方案 3" in text  # links: tests/activities/test_reply_to.py (keyed)
    # A second unclear reply to the same offer: HR only, the candidate is not asked again.
    await reinterviews.reply(handle, CandidateReply(intent="unclear", text="???", message_id="<u2@x>"))
    await until_event(handle, "unclear reply: HR asked to follow up with the candidate")
    again = [m.message for m in harness.received(harness.candidate_email)]
    assert sum("请再确认一下您的回复" in str(m["Subject"]) for m in again) == 1
    offered = await _offered(harness, handle)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=3))
    booked = await until_stage(handle, "scheduled")
    assert booked.interview_at == offered[2].start, "the third offered time is the one booked"
    await _cancelled(handle)
    # The candidate's unclear reply still needs a person: it stays open after the run ended.
    assert (
        await harness.pool.fetchval(
            "SELECT done_at FROM hr_todos WHERE workflow_id = $1 AND kind = 'unclear_reply'", handle.id
        )
        is None
    )


async def test_an_unclear_reply_once_booked_asks_back_naming_the_booked_time(harness: Harness) -> None:
    handle = await _invited(harness)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    await reinterviews.reply(handle, CandidateReply(intent="unclear", text="嗯……", message_id="<u3@x>"))
    status = await until_event(handle, "unclear reply: the candidate was asked back")
    assert status.stage.value == "scheduled"
    mails = [m.message for m in harness.received(harness.candidate_email)]
    [asked] = [m for m in mails if "请再确认一下您的回复" in str(m["Subject"])]
    assert "仍安排在" in body_text(asked) and "方案" not in body_text(asked)
    await _cancelled(handle)
