"""Client-side operations over the public contract, used by starter.py and the demo."""

from __future__ import annotations

from typing import Any

from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkflowIDConflictPolicy

from schemas.contract import (
    CancelRequest,
    CandidateReply,
    FeedbackReport,
    HrDecision,
    Policy,
    ReinterviewInput,
    ReportViewed,
    StatusView,
    SubmitResult,
    SubmitResultAck,
    TrainingCompleted,
    TriggerSignal,
)
from service.names import WORKFLOW_TYPE, reinterview_workflow_id


class TriggerRejected(ValueError):
    """A trigger that CONTRACT's rules refuse before anything is sent."""


async def trigger(
    client: Client, task_queue: str, candidate_id: str, job_id: str, signal: TriggerSignal, policy: Policy | None
) -> WorkflowHandle[Any, Any]:
    """Signal-with-start `trigger`: starts the re-interview, or merges into the running one."""
    problems = signal.problems()
    if problems:
        raise TriggerRejected("; ".join(problems))
    return await client.start_workflow(
        WORKFLOW_TYPE,
        ReinterviewInput(candidate_id=candidate_id, job_id=job_id, policy=policy),
        id=reinterview_workflow_id(job_id, candidate_id),
        task_queue=task_queue,
        start_signal="trigger",
        start_signal_args=[signal],
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        static_summary=static_summary(job_id, candidate_id, signal),
        static_details=static_details(signal),
    )


def static_summary(job_id: str, candidate_id: str, signal: TriggerSignal) -> str:
    """The run's summary in the Temporal UI (set once, by whoever starts it): ids and the trigger, never names."""
    return f"重新面试 / re-interview · job {job_id} · candidate {candidate_id} · {signal.kind}"


def static_details(signal: TriggerSignal) -> str:
    """The run's static details: how it was started (the trigger's kind and ids; no reason text, no scores)."""
    lines = [f"**触发 / Trigger**: {signal.kind}"]
    if signal.interview is not None:
        lines.append(f"**AI 面试 / AI interview**: {signal.interview.interview_id}")
    if signal.change_id:
        lines.append(f"**需求变更 / Requirement change**: {signal.change_id}")
    if signal.requested_by:
        lines.append(f"**发起人 / Requested by**: {signal.requested_by}")
    return "  \n".join(lines)


def handle(client: Client, job_id: str, candidate_id: str) -> WorkflowHandle[Any, Any]:
    return client.get_workflow_handle(reinterview_workflow_id(job_id, candidate_id))


async def status(h: WorkflowHandle[Any, Any]) -> StatusView:
    view: StatusView = await h.query("status", result_type=StatusView)
    return view


async def report(h: WorkflowHandle[Any, Any]) -> FeedbackReport | None:
    # temporalio annotates result_type as `type`; its data converter takes any type hint, this union included.
    feedback: FeedbackReport | None = await h.query("report", result_type=FeedbackReport | None)  # type: ignore[arg-type]
    return feedback


async def reply(h: WorkflowHandle[Any, Any], reply: CandidateReply) -> None:
    await h.signal("candidate_reply", reply)


async def training_completed(h: WorkflowHandle[Any, Any], training: TrainingCompleted) -> None:
    await h.signal("training_completed", training)


async def hr_decision(h: WorkflowHandle[Any, Any], decision: HrDecision) -> None:
    await h.signal("hr_decision", decision)


async def report_viewed(h: WorkflowHandle[Any, Any], viewed: ReportViewed) -> None:
    await h.signal("report_viewed", viewed)


async def cancel(h: WorkflowHandle[Any, Any], request: CancelRequest) -> None:
    await h.signal("cancel", request)


async def submit_result(h: WorkflowHandle[Any, Any], result: SubmitResult) -> SubmitResultAck:
    ack: SubmitResultAck = await h.execute_update("submit_result", result, result_type=SubmitResultAck)
    return ack
