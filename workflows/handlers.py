"""The workflow's public surface from CONTRACT.md: signals, the `submit_result` update and the queries.

Handlers only record what arrived (and note it on the timeline); the story in `reinterview.py` acts on it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from pydantic import BaseModel, ValidationError

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
        Stage,
        StatusView,
        SubmitResult,
        SubmitResultAck,
        TrainingCompleted,
        TriggerSignal,
    )
    from workflows.run_state import (
        STRICT_SIGNAL_TIMES,
        TRAINING_UPDATE_BRIEF,
        RunState,
        validation_problems,
    )

Payload = TypeVar("Payload", bound=BaseModel)


class ContractHandlers(RunState):
    """Signals, update and queries of ReinterviewWorkflow."""

    def _accept(self, signal: str, model: type[Payload], raw: Any) -> Payload | None:
        """A signal payload validated against the contract, or None with what is wrong noted on the timeline.

        Signals with rules beyond their JSON types are taken as raw JSON: decoded by the SDK, a payload of the wrong
        shape would be dropped unseen. Runs that accepted a time without an offset before the contract was
        enforced keep accepting it (their histories must replay); new runs refuse it.
        """
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            problems = validation_problems(exc)
        try:
            legacy = model.model_validate(raw, context={"accept_naive_times": True})
        except ValidationError:
            legacy = None
        if legacy is not None and not workflow.patched(STRICT_SIGNAL_TIMES):
            return legacy
        self._note(f"{signal} ignored: {problems}")
        return None

    @workflow.signal
    def trigger(self, raw: Any) -> None:
        """A TriggerSignal, taken as raw JSON: one of the wrong shape is noted on the timeline, not dropped unseen."""
        trigger = self._accept("trigger", TriggerSignal, raw)
        if trigger is None:
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
    async def training_completed(self, raw: Any) -> None:
        """R-L3: into the archive; once an interviewer is booked, to them too (an updated brief)."""
        training = self._accept("training_completed", TrainingCompleted, raw)
        if training is None:
            return
        self._trainings.append(training)
        self._note(f"training completed: {training.course_id} (assessment {training.assessment_score:g})")
        update = self._briefing_trainings()
        # A permanent problem with one signal must not fail the run, nor leave its handler (and the run) hanging.
        try:
            plan = await self._act(
                ReinterviewActivities.record_training,
                RecordTrainingInput(
                    run=self._run,
                    training=training,
                    received_at=workflow.now(),
                    refresh_plan=self._prep.training if update and self._prep else None,
                ),
            )
        except ActivityError as failure:
            self._note_failure(f"training {training.course_id} not recorded", failure)
            return
        if update and self._prep is not None and self._slot is not None:
            if plan is not None:
                self._prep = self._prep.model_copy(update={"plan": plan})
            try:
                await self._email(
                    f"brief-training-{len(self._trainings)}",
                    "interviewer_brief",
                    self._interviewer(),
                    self._brief_context(self._trainings),
                )
            except ActivityError as failure:
                self._note_failure("updated brief not sent", failure)
                return
            self._note("interviewer sent the updated brief (training results)")

    def _briefing_trainings(self) -> bool:
        """Whether a training arriving now goes to the booked interviewer: the interview is still ahead."""
        booked_ahead = (
            self._slot is not None
            and self._outcome is None
            and self._stage in (Stage.SCHEDULED, Stage.AWAITING_CONFIRMATION)
        )  # (awaiting confirmation of a reschedule)
        return booked_ahead and workflow.patched(TRAINING_UPDATE_BRIEF)

    @workflow.signal
    def hr_decision(self, decision: HrDecision) -> None:
        self._note(f"HR {'approved' if decision.approved else 'rejected'} ({decision.by})")
        if self._hr_decision is None:
            self._hr_decision = decision

    @workflow.signal
    async def report_viewed(self, raw: Any) -> None:
        """R-V2: the interviewer opened the report (a signed link); the candidate is told once."""
        viewed = self._accept("report_viewed", ReportViewed, raw)
        if viewed is None:
            return
        self._note(f"report viewed by {viewed.by}")
        if viewed.by == "interviewer" and "interviewer" not in self._viewed_by and self._outcome is None:
            self._viewed_by.add("interviewer")
            try:
                await self._email(
                    "progress-report-viewed",
                    "progress",
                    self.CANDIDATE,
                    {**self._job_context(), "event": "report_viewed"},
                )
            except ActivityError as failure:  # a progress note that cannot go out must not fail the run
                self._note_failure("progress email not sent", failure)

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
            stage=self._stage,
            outcome=self._outcome,
            trigger_kind=self._kind,
            interview_at=self._interview_at,
            timeline=list(self._timeline),
            next_deadline=self._next_deadline,
        )

    @workflow.query
    def report(self) -> FeedbackReport | None:
        return self._report
