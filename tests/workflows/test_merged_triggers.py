"""A trigger sent to a running re-interview is merged and keeps its facts (issue 13 item 2, CONTRACT.md): a merged
`ai_result` is archived (and, the interview ahead, rebuilds the plan and the brief); a merged `requirement_change`
adds its dimensions while the interview is ahead, or schedules a follow-up re-interview that the run continues as
new into at its end. The fan-out's ledger row for the candidate says which."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from temporalio.client import WorkflowExecutionStatus, WorkflowUpdateFailedError

from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from schemas.archive import ArchiveImport
from schemas.contract import CancelRequest, CandidateReply, HrDecision, SubmitResult
from service import reinterviews
from tests.polling import until_event, until_stage
from tests.workflows.conftest import Harness
from tests.workflows.steps import final

CHANGE = "chg-merge"


async def _scheduled(harness: Harness) -> Any:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm"))
    await until_stage(handle, "scheduled")
    return handle


async def _change_job(harness: Harness) -> int:
    """A new dimension and the job's next version adding it (as the fan-out records it), with the ledger row the
    fan-out claims before it signals the candidate's run."""
    dimension = {"code": "data", "label_zh": "数据分析", "label_en": "Data analysis"}
    await ArchiveRepository(harness.pool).import_archive(ArchiveImport.model_validate({"dimensions": [dimension]}))
    jobs = JobRepository(harness.pool)
    version = await jobs.record_change(harness.ids["job"], CHANGE, {"data": 0.2})
    await jobs.claim_targets(harness.ids["job"], CHANGE, version.version, [harness.ids["candidate"]])
    return version.version


def _change() -> dict[str, Any]:
    return {"kind": "requirement_change", "change_id": CHANGE, "added_dimensions": ["data"]}


async def _ledger(harness: Harness) -> tuple[str, str | None]:
    row = await harness.pool.fetchrow(
        "SELECT status, run_id FROM requirement_change_targets WHERE job_id = $1 AND change_id = $2",
        harness.ids["job"],
        CHANGE,
    )
    assert row is not None
    return row["status"], row["run_id"]


async def _briefs(harness: Harness) -> int:
    return (await harness.templates()).count("interviewer_brief")


async def test_merged_ai_result_is_archived_and_rebuilds_the_brief(harness: Harness) -> None:
    handle = await _scheduled(harness)
    assert await _briefs(harness) == 1
    resent = harness.low_score()
    resent["interview"]["dimension_scores"] = {"handling": 66}  # a corrected score for an assessed dimension
    await harness.trigger(resent)

    status = await until_event(handle, "interviewer sent the updated brief (merged trigger)")
    events = [e.event for e in status.timeline]
    interview_id = resent["interview"]["interview_id"]
    assert "trigger merged: ai_result" in events
    assert f"merged ai_result archived: interview {interview_id} (score.handling)" in events
    assert "analysis and interview plan rebuilt" in events
    assert await _briefs(harness) == 2
    archive = await ArchiveRepository(harness.pool).fetch_candidate_archive(
        harness.ids["candidate"], harness.ids["job"]
    )
    archived = next(i for i in archive.interviews if i.interview_id == interview_id)
    assert archived.dimension_scores == {"handling": 66, "talk": 80, "calm": 86}  # omitted scores kept
    analysis = await harness.pool.fetchval(
        "SELECT body FROM reports WHERE workflow_id = $1 AND kind = 'analysis'", handle.id
    )
    assert analysis is not None

    # The same facts again: archived as nothing new, no rebuild, no brief.
    await harness.trigger(resent)
    await until_event(handle, f"merged ai_result archived: interview {interview_id} (nothing new)")
    assert await _briefs(harness) == 2
    assert (
        sum(e.event == "analysis and interview plan rebuilt" for e in (await reinterviews.status(handle)).timeline) == 1
    )
    await reinterviews.cancel(handle, CancelRequest(reason="done", by="hr:t"))
    assert (await final(handle)).outcome is not None


async def test_merged_ai_result_that_cannot_be_archived_is_noted_and_the_run_goes_on(harness: Harness) -> None:
    handle = await _scheduled(harness)
    # The interview id is archived for this candidate under another job: a merged trigger naming it conflicts.
    other_job = harness.data.jobs[0].model_copy(update={"job_id": harness.ids["job"] + "-other"})
    taken = harness.data.interviews[0].model_copy(update={"interview_id": "ai-elsewhere", "job_id": other_job.job_id})
    await ArchiveRepository(harness.pool).import_archive(ArchiveImport(jobs=[other_job], interviews=[taken]))
    resent = harness.low_score()
    resent["interview"]["interview_id"] = "ai-elsewhere"
    await harness.trigger(resent)
    status = await until_event(handle, "merged ai_result not kept: InvalidInterview")
    assert status.stage.value == "scheduled" and status.outcome is None
    assert await _briefs(harness) == 1
    await reinterviews.cancel(handle, CancelRequest(reason="done", by="hr:t"))
    assert (await final(handle)).outcome is not None


async def test_merged_requirement_change_adds_its_dimensions_while_the_interview_is_ahead(harness: Harness) -> None:
    handle = await _scheduled(harness)
    with pytest.raises(WorkflowUpdateFailedError) as refused:  # before the change, a score for `data` is refused
        await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84, "data": 75}))
    assert "unknown dimension 'data'" in str(refused.value.cause)
    version = await _change_job(harness)
    await harness.trigger(_change())

    status = await until_event(handle, "interviewer sent the updated brief (merged trigger)")
    events = [e.event for e in status.timeline]
    assert f"requirement change {CHANGE}: added data to this re-interview" in events
    assert await _ledger(harness) == ("dimensions_added", handle.result_run_id)
    pinned = await harness.pool.fetchval("SELECT job_version FROM reinterviews WHERE workflow_id = $1", handle.id)
    assert pinned == version  # the run now works to the changed job
    plan = await harness.pool.fetchval(
        "SELECT body FROM reports WHERE workflow_id = $1 AND kind = 'interview_plan'", handle.id
    )
    assert plan is not None and "data" in str(plan)

    # The same change again (a re-run of the fan-out): confirmed, nothing added twice.
    await harness.trigger(_change())
    await until_event(handle, "trigger merged: requirement_change", count=2)
    await until_event(handle, f"requirement change {CHANGE}: nothing to add (dimensions_added)")
    assert await _briefs(harness) == 2

    ack = await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84, "data": 75}))
    assert ack.accepted
    report = await reinterviews.report(handle)
    assert report is not None and "data" in {d.code for d in report.dimensions}
    assert (await final(handle)).outcome is not None


@pytest.mark.archive(max_attempts=1, cooldown_days=30)
async def test_merged_requirement_change_after_the_interview_continues_into_a_follow_up(harness: Harness) -> None:
    handle = await _scheduled(harness)
    first_run = handle.result_run_id
    status = await reinterviews.status(handle)
    assert status.interview_at is not None
    await harness.env.sleep(status.interview_at - await harness.now() + timedelta(minutes=5))
    await until_stage(handle, "awaiting_result")
    await _change_job(harness)
    await harness.trigger(_change())
    await until_event(handle, f"requirement change {CHANGE}: follow-up re-interview of data scheduled")
    assert await _ledger(harness) == ("follow_up_scheduled", first_run)

    ack = await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84}))
    assert ack.accepted and ack.outcome is not None
    first = harness.client.get_workflow_handle(handle.id, run_id=first_run)
    assert (await first.describe()).status == WorkflowExecutionStatus.CONTINUED_AS_NEW
    ended = await reinterviews.status(first)
    assert ended.timeline[-1].event == "continuing as a follow-up re-interview of data"

    # The follow-up: same workflow id, its own run; no cooldown, not refused by max_attempts=1.
    latest = harness.client.get_workflow_handle(handle.id)
    follow_up = await until_stage(latest, "awaiting_confirmation")
    assert f"follow-up re-interview of data (requirement change {CHANGE})" in [e.event for e in follow_up.timeline]
    assert follow_up.trigger_kind is not None and follow_up.trigger_kind.value == "requirement_change"
    described = await latest.describe()
    run_id = described.run_id
    assert run_id != first_run
    attributes = {k.name: v for k, v in described.typed_search_attributes}  # not the first run's outcome
    assert attributes["ReinterviewStage"] == "awaiting_confirmation" and "ReinterviewOutcome" not in attributes
    assert await _ledger(harness) == ("started", run_id)
    focus = await harness.pool.fetchval(
        "SELECT body->'focus' FROM reports WHERE run_id = $1 AND kind = 'analysis'", run_id
    )
    assert focus is not None and "data" in str(focus)
    assert (await harness.templates()).count("invitation") == 2
    flags = {
        r["run_id"]: r["follow_up"]
        for r in await harness.pool.fetch(
            "SELECT run_id, follow_up FROM reinterviews WHERE workflow_id = $1", handle.id
        )
    }
    assert flags == {first_run: False, run_id: True}
    await reinterviews.cancel(latest, CancelRequest(reason="done", by="hr:t"))
    assert (await final(latest)).outcome is not None


async def test_a_requirement_change_merged_before_preparation_is_prepared_with(harness: Harness) -> None:
    """A change that arrives while HR still has to approve the request: the run is prepared with its dimensions."""
    await _change_job(harness)
    handle = await harness.trigger({"kind": "candidate_request", "reason": "network was bad"})
    await until_stage(handle, "awaiting_hr_approval")
    await harness.trigger(_change())
    await until_event(handle, f"requirement change {CHANGE}: added data to this re-interview")
    assert (await _ledger(harness))[0] == "dimensions_added"
    await reinterviews.hr_decision(handle, HrDecision(approved=True, by="hr:t"))
    await until_stage(handle, "awaiting_confirmation")
    plan = await harness.pool.fetchval(
        "SELECT body FROM reports WHERE workflow_id = $1 AND kind = 'interview_plan'", handle.id
    )
    assert plan is not None and "data" in str(plan)
    await reinterviews.cancel(handle, CancelRequest(reason="done", by="hr:t"))
    await final(handle)


async def test_a_follow_up_is_not_started_when_the_run_ends_without_a_report(harness: Harness) -> None:
    """Cancelled after the change was merged: no follow-up; the ledger keeps `follow_up_scheduled`, which a re-run of
    the change sends again (a new run, by the job's rules)."""
    handle = await _scheduled(harness)
    status = await reinterviews.status(handle)
    assert status.interview_at is not None
    await harness.env.sleep(status.interview_at - await harness.now() + timedelta(minutes=5))
    await until_stage(handle, "awaiting_result")
    await _change_job(harness)
    await harness.trigger(_change())
    await until_event(handle, f"requirement change {CHANGE}: follow-up re-interview of data scheduled")
    await reinterviews.cancel(handle, CancelRequest(reason="position filled", by="hr:t"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "cancelled"
    assert ended.timeline[-1].event == "follow-up re-interview not started: the run ended cancelled"
    assert (await handle.describe()).status == WorkflowExecutionStatus.COMPLETED
    assert await _ledger(harness) == ("follow_up_scheduled", handle.result_run_id)
