"""What a run gets before its story starts: search attributes (R-V3) and its timers' policy (R-W4).

Other systems start runs with just the two ids (CONTRACT.md); these runs must be as findable, and wait as long,
as runs started through starter.py.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from temporalio.client import WorkflowFailureError

from service.names import SA_CANDIDATE_ID, SA_JOB_ID, SA_STAGE, SA_TRIGGER_KIND
from tests.polling import eventually
from tests.workflows.conftest import Harness
from tests.workflows.steps import final
from worker import build_worker


def _workflow_id(harness: Harness) -> str:
    return f"reinterview-{harness.ids['job']}-{harness.ids['candidate']}"


async def test_a_run_started_with_only_ids_uses_the_worker_s_configured_timers(harness: Harness) -> None:
    settings = harness.settings.model_copy(
        update={
            "reply_reminder_after": timedelta(minutes=1),
            "escalate_after": timedelta(minutes=1),
            "expire_after": timedelta(minutes=1),
        }
    )
    task_queue = f"tq-{uuid.uuid4().hex[:12]}"
    async with build_worker(harness.client, settings, harness.pool, task_queue=task_queue):
        handle = await harness.client.start_workflow(  # as the temporal CLI or another SDK would: plain JSON
            "ReinterviewWorkflow",
            {"candidate_id": harness.ids["candidate"], "job_id": harness.ids["job"]},
            id=_workflow_id(harness),
            task_queue=task_queue,
            start_signal="trigger",
            start_signal_args=[harness.low_score()],
        )
        ended = await final(handle)
    assert ended.outcome and ended.outcome.value == "no_response"
    invited = next(e.at for e in ended.timeline if "invitation sent" in e.event)
    reminded = next(e.at for e in ended.timeline if "second reminder" in e.event)
    assert timedelta(minutes=1) <= reminded - invited < timedelta(minutes=2)
    assert ended.timeline[-1].at - invited < timedelta(minutes=4)


async def test_a_run_waiting_for_its_trigger_is_findable_by_job_candidate_and_stage(harness: Harness) -> None:
    handle = await harness.client.start_workflow(  # started, but no trigger yet
        "ReinterviewWorkflow",
        {"candidate_id": harness.ids["candidate"], "job_id": harness.ids["job"]},
        id=_workflow_id(harness),
        task_queue=harness.task_queue,
    )

    async def attributes():
        found = (await handle.describe()).typed_search_attributes
        return found if found.get(SA_JOB_ID) else None

    found = await eventually(attributes)
    assert (found.get(SA_JOB_ID), found.get(SA_CANDIDATE_ID), found.get(SA_STAGE)) == (
        harness.ids["job"],
        harness.ids["candidate"],
        "triggered",
    )
    assert found.get(SA_TRIGGER_KIND) is None  # not judged yet


async def test_a_run_that_fails_at_once_is_still_findable(harness: Harness) -> None:
    handle = await harness.client.start_workflow(
        "ReinterviewWorkflow",
        {"candidate_id": "cand-nobody", "job_id": harness.ids["job"]},
        id=f"reinterview-{harness.ids['job']}-cand-nobody",
        task_queue=harness.task_queue,
        start_signal="trigger",
        start_signal_args=[{"kind": "manual", "reason": "HR decision"}],
    )
    harness.workflow_ids.add(handle.id)
    try:
        await final(handle)
        raise AssertionError("the run should have failed: the candidate is unknown")
    except WorkflowFailureError:
        pass
    found = (await handle.describe()).typed_search_attributes
    assert (found.get(SA_JOB_ID), found.get(SA_CANDIDATE_ID), found.get(SA_STAGE)) == (
        harness.ids["job"],
        "cand-nobody",
        "triggered",
    )
