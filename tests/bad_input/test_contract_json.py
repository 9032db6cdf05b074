"""Malformed plain JSON from the `temporal` CLI (any backend, any language) against a dev server and real worker.

What must hold: a run that receives a malformed trigger stays healthy — no failing workflow task, queries answer,
the timeline says which trigger was ignored and why, a later good trigger starts it as usual, and one that never
gets a usable trigger ends `not_needed` by its own timer. Workflow input of the wrong shape fails the run at once
with a non-retryable error naming the field. JSON the CLI cannot parse is refused before anything reaches
Temporal; a result of the wrong shape is refused with pydantic's message naming the field.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from typing import Any

import asyncpg
import pytest
from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from service.settings import Settings
from tests.e2e.test_temporal_cli import TEMPORAL, acli, query_status, wait_for
from tests.polling import eventually
from tests.workflows.builders import archive
from worker import build_worker

# Each malformed trigger, and what the timeline says about it (after "trigger ignored: ").
MALFORMED_TRIGGERS: list[tuple[Any, str]] = [
    ({"kind": "bogus"}, "kind: Input should be 'ai_result', 'requirement_change', 'candidate_request' or 'manual'"),
    (
        {"kind": "ai_result", "interview": {"interview_id": "ai-x", "overall_score": "high"}},  # a score that is text
        "interview.overall_score: Input should be a valid number",
    ),
    (
        {"kind": "ai_result", "interview": {"interview_id": "ai-x", "overall_score": 140}},  # out of range
        "interview.overall_score: Input should be less than or equal to 100",
    ),
    ([1, 2], "Input should be a valid dictionary"),  # not an object
    ("manual", "Input should be a valid dictionary"),  # a bare string
    ({}, "kind: Field required"),  # no kind
]


async def run_cli(env: WorkflowEnvironment, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a thread: the worker runs on this event loop and must keep serving meanwhile."""
    return await asyncio.to_thread(
        subprocess.run,
        [TEMPORAL, *args, "--address", env.client.service_client.config.target_host],
        capture_output=True,
        text=True,
        timeout=60,
    )


async def signal_with_start(
    env: WorkflowEnvironment, task_queue: str, workflow_id: str, input: Any, trigger: Any
) -> None:
    await acli(
        env,
        "workflow",
        "signal-with-start",
        "--type",
        "ReinterviewWorkflow",
        "--task-queue",
        task_queue,
        "--workflow-id",
        workflow_id,
        "--input",
        json.dumps(input),
        "--signal-name",
        "trigger",
        "--signal-input",
        json.dumps(trigger),
    )


async def no_failed_workflow_task(env: WorkflowEnvironment, workflow_id: str) -> None:
    async for event in env.client.get_workflow_handle(workflow_id).fetch_history_events():
        assert not event.HasField("workflow_task_failed_event_attributes"), event


@pytest.fixture
async def world(
    dev_env: WorkflowEnvironment, db_pool: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings, task_queue: str
):
    data, ids = archive(await dev_env.get_current_time(), locale="en")
    await ArchiveRepository(db_pool).import_archive(data)
    async with build_worker(dev_env.client, smtp_settings, db_pool, task_queue=task_queue):
        yield ids


async def test_each_malformed_trigger_ends_its_run_at_once_naming_the_field_and_a_good_one_starts_anew(
    dev_env: WorkflowEnvironment, world: dict[str, str], task_queue: str, mail_sink: MailSink
) -> None:
    """CONTRACT: a trigger that fails validation is refused naming the field; a run whose only trigger was refused
    ends at once (`not_needed`), never idling. The next good trigger starts a fresh run."""
    workflow_id = f"reinterview-{world['job']}-{world['candidate']}"
    ids = {"candidate_id": world["candidate"], "job_id": world["job"]}
    handle = dev_env.client.get_workflow_handle(workflow_id)
    for trigger, says in MALFORMED_TRIGGERS:
        await signal_with_start(dev_env, task_queue, workflow_id, ids, trigger)
        result = await asyncio.wait_for(dev_env.client.get_workflow_handle(workflow_id).result(), 30)
        events = [e["event"] for e in result["timeline"]]
        assert result["outcome"] == "not_needed", events
        assert events[0].startswith(f"trigger ignored: {says}"), (events, says)
        assert events[-1].startswith(f"outcome not_needed: trigger refused: {says}"), events
        assert not any("high" in e or "bogus" in e for e in events)  # fields and rules, never the values sent
        await no_failed_workflow_task(dev_env, workflow_id)
    assert mail_sink.received == []

    await signal_with_start(dev_env, task_queue, workflow_id, ids, {"kind": "manual"})  # a reason is optional
    status = await wait_for(dev_env, workflow_id, "awaiting_confirmation")
    assert status["trigger_kind"] == "manual"
    await acli(dev_env, "workflow", "signal", "-w", workflow_id, "--name", "cancel", "--input", '{"reason": "done"}')
    handle = dev_env.client.get_workflow_handle(workflow_id)
    assert (await handle.result())["outcome"] == "cancelled"
    await no_failed_workflow_task(dev_env, workflow_id)


async def test_a_run_with_only_a_malformed_trigger_ends_not_needed_at_once(
    dev_env: WorkflowEnvironment, world: dict[str, str], task_queue: str
) -> None:
    workflow_id = f"reinterview-{world['job']}-{world['candidate']}"
    ids = {"candidate_id": world["candidate"], "job_id": world["job"]}  # the default 24 h policy: no idling
    await signal_with_start(dev_env, task_queue, workflow_id, ids, {"kind": "bogus"})
    result = await asyncio.wait_for(dev_env.client.get_workflow_handle(workflow_id).result(), 30)
    assert result["outcome"] == "not_needed"
    assert result["timeline"][-1]["event"].startswith("outcome not_needed: trigger refused: kind: Input should be")


async def test_json_the_cli_cannot_parse_is_refused_before_anything_starts(
    dev_env: WorkflowEnvironment, world: dict[str, str], task_queue: str
) -> None:
    workflow_id = f"reinterview-{world['job']}-{world['candidate']}"
    for input, trigger in (
        ("{candidate_id: 'x'}", '{"kind": "manual", "reason": "x"}'),
        (json.dumps({"candidate_id": world["candidate"], "job_id": world["job"]}), '{"kind": "manual", reason: }'),
    ):
        done = await run_cli(
            dev_env,
            "workflow",
            "signal-with-start",
            "--type",
            "ReinterviewWorkflow",
            "--task-queue",
            task_queue,
            "--workflow-id",
            workflow_id,
            "--input",
            input,
            "--signal-name",
            "trigger",
            "--signal-input",
            trigger,
        )
        assert done.returncode != 0
        assert "json" in done.stderr.lower() or "invalid character" in done.stderr.lower(), done.stderr
    with pytest.raises(RPCError):  # no workflow was created
        await dev_env.client.get_workflow_handle(workflow_id).describe()


async def test_a_result_of_the_wrong_shape_is_refused_naming_the_field(
    dev_env: WorkflowEnvironment, world: dict[str, str], task_queue: str
) -> None:
    workflow_id = f"reinterview-{world['job']}-{world['candidate']}"
    ids = {"candidate_id": world["candidate"], "job_id": world["job"]}
    await signal_with_start(dev_env, task_queue, workflow_id, ids, {"kind": "manual", "reason": "HR decision"})
    await acli(
        dev_env,
        "workflow",
        "signal",
        "-w",
        workflow_id,
        "--name",
        "candidate_reply",
        "--input",
        '{"intent": "confirm", "slot": 1}',
    )
    await wait_for(dev_env, workflow_id, "scheduled")
    for result, says in (
        ({"dimension_scores": {"handling": "high"}}, "dimension_scores.handling"),
        ({"dimension_scores": "all good"}, "dimension_scores"),
        ({"scores": {"handling": 80}}, "dimension_scores"),
        ({"dimension_scores": {"handling": 101}}, "score for 'handling' is 101, must be between 0 and 100"),
        ({"dimension_scores": {"teamwork": 80}}, "unknown dimension 'teamwork'"),
    ):
        done = await run_cli(
            dev_env,
            "workflow",
            "update",
            "execute",
            "-w",
            workflow_id,
            "--name",
            "submit_result",
            "--input",
            json.dumps(result),
        )
        assert done.returncode != 0, done.stdout
        assert says in done.stderr, (result, done.stderr)
    status = await query_status(dev_env, workflow_id)
    assert status["stage"] == "scheduled" and not any("result submitted" in e["event"] for e in status["timeline"])
    await no_failed_workflow_task(dev_env, workflow_id)
    await acli(dev_env, "workflow", "signal", "-w", workflow_id, "--name", "cancel", "--input", '{"reason": "done"}')
    await dev_env.client.get_workflow_handle(workflow_id).result()


@pytest.mark.parametrize(
    ("input", "says"),
    [
        ({"candidate_id": "cand"}, "job_id: Field required"),
        ({"candidate_id": "", "job_id": "job"}, "candidate_id: String should have at least 1 character"),
        ({"candidate_id": "cand", "job_id": ["job"]}, "job_id: Input should be a valid string"),
        ([1, 2], "Input should be a valid dictionary"),
    ],
    ids=["no-job_id", "empty-candidate_id", "array-job_id", "array"],
)
async def test_workflow_input_of_the_wrong_shape_fails_the_run_naming_the_field(
    dev_env: WorkflowEnvironment, world: dict[str, str], task_queue: str, mail_sink: MailSink, input: Any, says: str
) -> None:
    workflow_id = f"reinterview-{world['job']}-{world['candidate']}"
    await signal_with_start(dev_env, task_queue, workflow_id, input, {"kind": "manual", "reason": "HR decision"})
    handle = dev_env.client.get_workflow_handle(workflow_id)
    ended = None
    try:
        ended = await eventually(
            handle.describe,
            lambda d: d.status != WorkflowExecutionStatus.RUNNING,
            what="the run's end (it may be stuck retrying its first task)",
            interval=0.1,
        )
        assert ended.status == WorkflowExecutionStatus.FAILED
    finally:
        if ended is None:
            await handle.terminate("test over")
    with pytest.raises(WorkflowFailureError) as failed:
        await handle.result()
    error = failed.value.cause
    assert isinstance(error, ApplicationError), failed.value
    assert error.type == "InvalidWorkflowInput" and error.non_retryable
    assert error.message.startswith(f"invalid workflow input: {says}"), error.message
    assert "schemas/json/workflow.ReinterviewWorkflow.input.json" in error.message
    await no_failed_workflow_task(dev_env, workflow_id)  # the run failed; no task was retried
    status = await query_status(dev_env, workflow_id)  # a failed run still answers, and says why
    assert status["timeline"][-1]["event"].startswith(f"invalid workflow input: {says}")
    assert mail_sink.received == []
