"""The workflow's public surface from CONTRACT.md: signals, the `submit_result` update and the queries.

Handlers only record what arrived (and note it on the timeline); the story in `reinterview.py` acts on it.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from pydantic import ValidationError

    from activities.reinterview import ReinterviewActivities
    from policy.results import result_problems
    from schemas.activities import RecordTrainingInput
    from schemas.contract import (
        CancelRequest,
        CandidateReply,
        FeedbackReport,
        HrDecision,
        NoShowReport,
        ReportViewed,
        StatusView,
        SubmitResult,
        SubmitResultAck,
        TrainingCompleted,
        TriggerSignal,
    )
    from workflows.run_state import RunState, validation_problems


class ContractHandlers(RunState):
    """Signals, update and queries of ReinterviewWorkflow."""

    @workflow.signal
    def trigger(self, raw: Any) -> None:
        """A TriggerSignal, taken as raw JSON: one of the wrong shape is noted on the timeline, not dropped unseen."""
        try:
            trigger = TriggerSignal.model_validate(raw)
        except ValidationError as exc:
            self._note(f"trigger ignored: {validation_problems(exc)}")
            return
        problems = trigger.problems()
        if problems:
            self._note(f"trigger ignored: {'; '.join(problems)}")
        elif self._triggers:
            self._note(f"trigger merged: {trigger.kind}")
        else:
            self._triggers.append(trigger)
            self._note(f"triggered: {trigger.kind}")

    @workflow.signal
    def candidate_reply(self, reply: CandidateReply) -> None:
        if reply.message_id and reply.message_id in self._seen_message_ids:
            self._note("duplicate reply ignored")
            return
        if reply.message_id:
            self._seen_message_ids.add(reply.message_id)
        self._note(f"candidate replied: {reply.intent}" + (f" (time {reply.slot})" if reply.slot else ""))
        if self._outcome is None:
            self._replies.append(reply)

    @workflow.signal
    async def training_completed(self, training: TrainingCompleted) -> None:
        self._trainings.append(training)
        self._note(f"training completed: {training.course_id} (assessment {training.assessment_score:g})")
        await self._act(
            ReinterviewActivities.record_training,
            RecordTrainingInput(run=self._run, training=training, received_at=workflow.now()),
        )

    @workflow.signal
    def hr_decision(self, decision: HrDecision) -> None:
        self._note(f"HR {'approved' if decision.approved else 'rejected'} ({decision.by})")
        if self._hr_decision is None:
            self._hr_decision = decision

    @workflow.signal
    async def report_viewed(self, viewed: ReportViewed) -> None:
        self._note(f"report viewed by {viewed.by}")
        if viewed.by == "interviewer" and "interviewer" not in self._viewed_by and self._outcome is None:
            self._viewed_by.add("interviewer")
            await self._email("progress-report-viewed", "progress", self.CANDIDATE,
                              {**self._job_context(), "event": "report_viewed"})

    @workflow.signal
    def cancel(self, request: CancelRequest) -> None:
        self._note(f"cancel requested by {request.by}")
        if self._cancel is None:
            self._cancel = request

    @workflow.signal
    def no_show(self, report: NoShowReport) -> None:
        self._note(f"no-show reported by {report.by}")
        if self._no_show is None and self._slot is not None:
            self._no_show = report

    @workflow.update
    async def submit_result(self, result: SubmitResult) -> SubmitResultAck:
        self._result = result
        self._note(f"result submitted by {result.submitted_by}")
        await workflow.wait_condition(lambda: self._outcome is not None)
        return SubmitResultAck(accepted=True, outcome=self._outcome)

    @submit_result.validator
    def _validate_result(self, result: SubmitResult) -> None:
        if self._outcome is not None:
            raise ValueError(f"the re-interview has already ended with outcome {self._outcome.value!r}")
        if self._slot is None or self._prep is None:
            raise ValueError(
                f"no interview is scheduled yet (stage {self._stage.value!r}); a result is accepted once the "
                "candidate has confirmed a time"
            )
        if self._result is not None:
            raise ValueError("a result was already submitted for this re-interview")
        problems = result_problems(self._prep.job, result, set(self._prep.known_dimensions))
        if problems:
            raise ValueError("; ".join(problems))

    @workflow.query
    def status(self) -> StatusView:
        return StatusView(
            stage=self._stage, outcome=self._outcome, trigger_kind=self._kind, interview_at=self._interview_at,
            timeline=list(self._timeline), next_deadline=self._next_deadline,
        )

    @workflow.query
    def report(self) -> FeedbackReport | None:
        return self._report

