"""R-W8 and R-T5: how runs end that the main path does not reach, each with its status and the right people told."""

from __future__ import annotations

from datetime import timedelta

import pytest

from schemas.contract import CancelRequest, CandidateReply, HrDecision, NoShowReport, TriggerSignal
from service import reinterviews
from tests.polling import until_event, until_stage, until_status
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


async def test_no_result_at_all_ends_result_missing_telling_the_interviewer_and_hr(harness: Harness) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "result_missing"
    assert ended.timeline[-1].event == "outcome result_missing: no result arrived for the interview"
    notices = [to for template, to in await harness.sent() if template == "outcome_notice"]
    assert sorted(notices) == sorted([harness.interviewer_email, harness.settings.hr_email])
    # The interview was due: its calendar event stays; the run's row and search attribute say result_missing.
    assert [i.method for i in invites(harness.received(harness.interviewer_email))] == ["REQUEST"]
    row = await harness.pool.fetchrow("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None, f"no reinterviews row for {handle.id}"
    assert row["outcome"] == "result_missing"
    assert (await handle.describe()).search_attributes.get("ReinterviewOutcome") == ["result_missing"]
    subjects = [str(m.message["Subject"]) for m in harness.received(harness.settings.hr_email)]
    assert any("未收到面试结果" in subject for subject in subjects), subjects  # HR's notice names the outcome


async def test_a_candidate_request_without_an_hr_decision_ends_request_expired(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network dropped"})
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "request_expired"
    assert ended.timeline[-1].event == "outcome request_expired: no HR decision in time"
    assert sorted(await harness.sent()) == sorted(
        [
            ("hr_approval_request", harness.settings.hr_email),
            ("outcome_notice", harness.candidate_email),
            ("outcome_notice", harness.settings.hr_email),
        ]
    )
    row = await harness.pool.fetchrow("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert row is not None, f"no reinterviews row for {handle.id}"
    assert row["outcome"] == "request_expired"
    attributes = (await handle.describe()).search_attributes
    assert (attributes.get("ReinterviewOutcome"), attributes.get("TriggerKind")) == (
        ["request_expired"],
        ["candidate_request"],
    )
    todo = await harness.pool.fetchrow("SELECT kind, done_at FROM hr_todos WHERE workflow_id = $1", handle.id)
    assert todo is not None, f"no HR to-do for {handle.id}"
    assert todo["kind"] == "approve_request" and todo["done_at"] is not None


async def test_an_hr_rejection_ends_rejected_by_hr_and_tells_the_candidate_by_the_decision(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network dropped"})
    await until_stage(handle, "awaiting_hr_approval")
    await reinterviews.hr_decision(handle, HrDecision(approved=False, note="not this round", by="hr:t"))
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "rejected_by_hr"
    assert sorted(await harness.sent()) == sorted(
        [
            ("hr_approval_request", harness.settings.hr_email),
            ("request_decision", harness.candidate_email),
            ("outcome_notice", harness.settings.hr_email),
        ]
    )


async def test_a_run_whose_only_trigger_is_refused_ends_at_once_naming_the_field(harness: Harness) -> None:
    start = await harness.now()
    # Sent raw (service.reinterviews refuses it before sending): as another system's SDK or the CLI would.
    handle = await harness.client.start_workflow(
        "ReinterviewWorkflow",
        {"candidate_id": harness.ids["candidate"], "job_id": harness.ids["job"]},
        id=f"reinterview-{harness.ids['job']}-{harness.ids['candidate']}",
        task_queue=harness.task_queue,
        start_signal="trigger",
        start_signal_args=[{"kind": "requirement_change", "change_id": "chg-x"}],
    )
    ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "not_needed"
    assert ended.timeline[-1].event == (
        "outcome not_needed: trigger refused: trigger kind 'requirement_change' needs at least one entry in "
        "'added_dimensions'"
    )
    assert ended.timeline[-1].at - start < timedelta(minutes=1), "no idle wait"
    assert await harness.sent() == []


async def test_a_manual_trigger_needs_no_reason(harness: Harness) -> None:
    handle = await harness.trigger({"kind": "manual", "requested_by": "hr:t"})
    status = await until_stage(handle, "awaiting_confirmation")
    assert status.trigger_kind is not None and status.trigger_kind.value == "manual"
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    await final(handle)


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


async def test_a_personal_looking_id_is_warned_about_on_the_timeline_without_its_value(harness: Harness) -> None:
    """CONTRACT: ids are opaque. A candidate id that looks like a phone number is noted on the run's timeline as a
    warning, naming the kind of data but never echoing the value (the run itself fails: no such candidate)."""
    phone_like = "13800138000"
    handle = await reinterviews.trigger(
        harness.client,
        harness.task_queue,
        phone_like,
        harness.ids["job"],
        TriggerSignal.model_validate(harness.low_score()),
        None,
    )
    harness.workflow_ids.add(handle.id)
    status = await until_status(handle, lambda s: any(e.event.startswith("warning:") for e in s.timeline))
    warnings = [e.event for e in status.timeline if e.event.startswith("warning:")]
    assert warnings == ["warning: the candidate id looks like a phone number; ids must not carry personal data"], (
        warnings
    )
    assert not any(phone_like in e.event for e in status.timeline), status.timeline


async def test_to_dos_are_settled_as_soon_as_what_they_watch_for_happens(harness: Harness) -> None:
    """The HR inbox shows only what still needs a person: approving a request settles `approve_request`, and a
    booking (the candidate answered) settles `check_reply`, long before the run ends."""
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network dropped"})
    await until_stage(handle, "awaiting_hr_approval")
    await reinterviews.hr_decision(handle, HrDecision(approved=True, note="ok", by="hr:t"))
    await until_stage(handle, "awaiting_confirmation")

    async def open_kinds() -> set[str]:
        rows = await harness.pool.fetch(
            "SELECT kind FROM hr_todos WHERE workflow_id = $1 AND done_at IS NULL", handle.id
        )
        return {r["kind"] for r in rows}

    assert "approve_request" not in await open_kinds()
    assert "check_reply" in await open_kinds()
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1))
    await until_stage(handle, "scheduled")
    assert "check_reply" not in await open_kinds()
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
