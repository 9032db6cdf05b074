"""ReinterviewWorkflow: one AI-interview re-interview (重新面试), from its trigger to the feedback report.

Read `run` / `_story` top to bottom: judge the trigger, (HR approval), prepare, invite and wait for the reply
(24 h reminder, escalation, expiry), book, remind the day before, wait for the result, report. Waiting and
talking to people live in small helpers below; rules live in `policy/`, I/O in `activities/`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from activities.reinterview import ReinterviewActivities
    from schemas.activities import (
        CompleteInput,
        OpenReinterviewInput,
        PrepareInput,
        RunRef,
        RunStageInput,
    )
    from schemas.contract import (
        CandidateReply,
        Outcome,
        Policy,
        Stage,
        StatusView,
        TriggerKind,
        TriggerSignal,
    )
    from schemas.plans import Slot
    from workflows.handlers import ContractHandlers
    from workflows.run_state import INTERVIEWER_HAND_OVER, RunEnded, read_input


@workflow.defn(name="ReinterviewWorkflow")
class ReinterviewWorkflow(ContractHandlers):
    """One re-interview of one candidate for one job; id `reinterview-{job_id}-{candidate_id}`."""

    # The input (a ReinterviewInput) is taken as raw JSON and validated in `read_input`: decoded by the SDK, an
    # input of the wrong shape would fail the workflow *task* on every retry, forever; here it fails the run.
    @workflow.init
    def __init__(self, input: Any) -> None:
        self._input, self._input_problem = read_input(input)
        super().__init__(self._input.policy if self._input and self._input.policy else Policy())

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        if self._input is None:
            self._note(f"invalid workflow input: {self._input_problem}")
            raise ApplicationError(
                f"invalid workflow input: {self._input_problem}", type="InvalidWorkflowInput", non_retryable=True
            )
        self._run = RunRef(
            workflow_id=workflow.info().workflow_id,
            run_id=workflow.info().run_id,
            candidate_id=self._input.candidate_id,
            job_id=self._input.job_id,
        )
        self._announce_run()
        try:
            try:
                await self._story()
            except RunEnded as end:
                await self._finish(end.outcome, end.reason)
        except ActivityError as failure:
            await self._record_failure(failure)
            raise
        await workflow.wait_condition(workflow.all_handlers_finished)
        return self.status()

    async def _story(self) -> None:
        assert self._input is not None
        trigger = await self._first_trigger()
        opening = await self._act(
            ReinterviewActivities.open_reinterview,
            OpenReinterviewInput(run=self._run, trigger=trigger, now=workflow.now()),
        )
        self._opened = True
        if self._input.policy is None and opening.policy is not None:
            self._policy = opening.policy  # the worker's configured durations, recorded in history (no policy sent)
        self._set_trigger_kind(opening.trigger_kind)
        if opening.end_with is not None:
            raise RunEnded(opening.end_with, opening.reason)
        if opening.trigger_kind == TriggerKind.CANDIDATE_REQUEST:
            await self._await_hr_approval(trigger.reason or "")

        self._set_stage(Stage.PREPARING)
        self._prep = await self._act(
            ReinterviewActivities.prepare_reinterview,
            PrepareInput(
                run=self._run,
                trigger_kind=opening.trigger_kind,
                trigger_interview_id=opening.trigger_interview_id,
                added_dimensions=trigger.added_dimensions,
                now=workflow.now(),
                min_lead_time_s=self._policy.min_lead_time_s,
                interview_duration_s=self._policy.interview_duration_s,
                hold_for_s=self._reply_window_s(),
            ),
            timeout_s=60,
        )
        self._note(
            f"analysis ready: {len(self._prep.analysis.gaps)} gap(s), training plan '{self._prep.training.mode}'"
        )

        slots = self._prep.slots
        while True:
            slot = await self._invite_until_confirmed(slots)
            await self._schedule(slot)
            reschedule = await self._await_interview_time()
            if reschedule is None:
                break
            slots = await self._propose(reschedule.text)

        await self._await_result()
        await self._report_result()

    # ---- the steps -------------------------------------------------------------------------------------------

    async def _first_trigger(self) -> TriggerSignal:
        """Signal-with-start delivers the trigger first; a run with no usable trigger ends `not_needed`."""
        if not await self._wait(lambda: bool(self._triggers), self._policy.expire_after_s):
            raise RunEnded(Outcome.NOT_NEEDED, "no usable trigger arrived")
        return self._triggers[0]

    async def _await_hr_approval(self, reason: str) -> None:
        """R-T4: HR approves or rejects a candidate's own request before anything goes to the candidate."""
        self._set_stage(Stage.AWAITING_HR_APPROVAL)
        await self._todo("approve_request", "approve_request", "Approve or reject a re-interview request", reason)
        await self._email("approval-request", "hr_approval_request", self.HR, {**self._job_context(), "reason": reason})
        if not await self._wait(lambda: self._hr_decision is not None, self._policy.hr_decision_timeout_s):
            raise RunEnded(Outcome.REJECTED_BY_HR, "no HR decision in time")
        decision = self._hr_decision
        assert decision is not None
        await self._email(
            "request-decision",
            "request_decision",
            self.CANDIDATE,
            {**self._job_context(), "approved": decision.approved},
        )
        if not decision.approved:
            raise RunEnded(Outcome.REJECTED_BY_HR, decision.note or f"rejected by {decision.by}")

    async def _invite_until_confirmed(self, slots: list[Slot]) -> Slot:
        """Offer slots and wait for a usable reply; reschedule requests and taken slots lead to new offers."""
        while True:
            self._offered = slots
            self._round += 1
            self._set_stage(Stage.AWAITING_CONFIRMATION)
            await self._email(f"invitation-{self._round}", "invitation", self.CANDIDATE, self._invitation_context())
            self._note("面试通知已发送 / invitation sent")
            if self._round == 1:
                await self._todo("check_reply", "check_reply", "Check the candidate's reply to the invitation")
                await self._email("reply-check", "hr_reply_check", self.HR, self._invitation_context())
            reply = await self._await_reply()
            if reply.intent == "decline":
                raise RunEnded(Outcome.DECLINED, reply.text or "the candidate declined")
            if reply.intent == "reschedule" and reply.slot is None:
                slots = await self._propose(reply.text)
                continue
            chosen = slots[(reply.slot or 1) - 1]
            if await self._book(chosen):
                return chosen
            self._note("the chosen time was just taken; offering the next free times")
            self._refused.append(chosen)
            slots = await self._propose("")

    async def _await_reply(self) -> CandidateReply:
        """No reply in 24 h → second reminder; still none → escalate to HR; then expire (R-W4)."""
        steps = (
            (self._policy.reply_reminder_after_s, "reminder"),
            (self._policy.escalate_after_s, "escalation"),
            (self._policy.expire_after_s, "expiry"),
        )
        for wait_s, step in steps:
            reply = await self._next_decisive_reply(wait_s)
            if reply is not None:
                return reply
            if step == "reminder":
                await self._email(
                    f"reminder-{self._round}", "reply_reminder", self.CANDIDATE, self._invitation_context()
                )
                self._note("二次提醒已发送 / second reminder sent")
            elif step == "escalation":
                await self._todo(
                    f"reply-escalation-{self._round}",
                    "reply_escalation",
                    "Candidate has not replied after the reminder",
                )
                await self._email(
                    f"reply-escalation-{self._round}", "hr_escalation", self.HR, self._invitation_context()
                )
                self._note("escalated to HR: no reply after the reminder")
        raise RunEnded(Outcome.NO_RESPONSE, "the candidate never replied to the invitation")

    async def _next_decisive_reply(self, wait_s: float) -> CandidateReply | None:
        """The next confirm/decline/reschedule within `wait_s`; questions become HR to-dos meanwhile."""
        deadline = workflow.now() + timedelta(seconds=wait_s)
        while await self._wait(lambda: bool(self._replies), (deadline - workflow.now()).total_seconds()):
            reply = self._replies.pop(0)
            if reply.intent == "question":
                await self._todo(
                    f"question-{len(self._timeline)}",
                    "candidate_question",
                    "The candidate asked a question",
                    reply.text,
                )
            elif reply.slot is not None and reply.slot > len(self._offered):
                self._note(f"reply ignored: time {reply.slot} was not offered")
            else:
                return reply
        return None

    async def _schedule(self, slot: Slot) -> None:
        """Calendar invites to both sides (an update when moved), the interviewer's brief, InterviewAt set."""
        before, self._slot = self._slot, slot
        self._set_stage(Stage.SCHEDULED, interview_at=slot.start)
        key = f"scheduled-{self._sequence}"
        invite = self._invite("REQUEST")
        context = {**self._slot_context(), "rescheduled": before is not None}
        await self._email(key, "interview_scheduled", self.CANDIDATE, context, invite)
        await self._email(key, "interview_scheduled", self._interviewer(), context, invite)
        if before is None:
            await self._email("brief", "interviewer_brief", self._interviewer(), self._brief_context(self._trainings))
        elif before.interviewer_id != slot.interviewer_id and workflow.patched(INTERVIEWER_HAND_OVER):
            await self._hand_over(before)

    async def _await_interview_time(self) -> CandidateReply | None:
        """Remind both sides a day before (R-W6); return a reschedule request if one comes first."""
        assert self._slot is not None
        reminder_at = self._slot.start - timedelta(seconds=self._policy.interview_reminder_before_s)
        for until, reminder in ((reminder_at, True), (self._slot.start, False)):
            while await self._wait(self._interview_interrupted, (until - workflow.now()).total_seconds()):
                if self._result is not None or self._no_show is not None:
                    return None
                reply = self._replies.pop(0)
                if reply.intent == "decline":
                    raise RunEnded(Outcome.DECLINED, reply.text or "the candidate declined")
                if reply.intent == "reschedule":
                    self._refused.append(self._slot)
                    return reply
                if reply.intent == "question":
                    await self._todo(
                        f"question-{len(self._timeline)}",
                        "candidate_question",
                        "The candidate asked a question",
                        reply.text,
                    )
            if reminder and workflow.now() >= until:
                context, step = self._slot_context(), self._reminder_step()
                await self._email(step, "interview_reminder", self.CANDIDATE, context)
                await self._email(step, "interview_reminder", self._interviewer(), context)
                self._note("reminders sent for tomorrow's interview")
        return None

    def _interview_interrupted(self) -> bool:
        return bool(self._replies) or self._result is not None or self._no_show is not None

    async def _await_result(self) -> None:
        """Interviewer reminded 1 h after, then daily; HR escalation; no result at all → `no_show`."""
        assert self._slot is not None
        if self._result is None and self._no_show is None:
            self._set_stage(Stage.AWAITING_RESULT)
        start = self._slot.start
        next_reminder = start + timedelta(seconds=self._policy.result_first_reminder_after_s)
        escalate_at = start + timedelta(seconds=self._policy.result_escalate_after_s)
        give_up_at = start + timedelta(seconds=self._policy.result_no_show_after_s)
        escalated = False
        reminders = 0
        while self._result is None and self._no_show is None:
            upcoming = min(next_reminder, give_up_at, give_up_at if escalated else escalate_at)
            if await self._wait(
                lambda: self._result is not None or self._no_show is not None,
                (upcoming - workflow.now()).total_seconds(),
            ):
                break
            now = workflow.now()
            if now >= give_up_at:
                raise RunEnded(Outcome.NO_SHOW, "no result arrived for the interview")
            if not escalated and now >= escalate_at:
                escalated = True
                await self._todo("result-escalation", "result_escalation", "Interview result is overdue")
                await self._email("result-escalation", "hr_result_escalation", self.HR, self._slot_context())
                self._note("escalated to HR: interview result overdue")
            if now >= next_reminder:
                reminders += 1
                await self._email(
                    f"result-reminder-{reminders}", "result_reminder", self._interviewer(), self._slot_context()
                )
                self._note("interviewer reminded to submit the result")
                next_reminder += timedelta(seconds=self._policy.result_reminder_every_s)
        if self._no_show is not None:
            raise RunEnded(Outcome.NO_SHOW, self._no_show.note or f"reported by {self._no_show.by}")

    async def _report_result(self) -> None:
        """Feedback report (R-R): stored, written back to the archive, sent to HR, interviewer and candidate."""
        assert self._result is not None and self._slot is not None
        done = await self._act(
            ReinterviewActivities.complete_reinterview,
            CompleteInput(run=self._run, result=self._result, interview_at=self._slot.start, trainings=self._trainings),
            timeout_s=60,
        )
        self._report = done.report
        internal = {"report": done.report.model_dump(mode="json"), **self._job_context()}
        candidate = {
            "report": done.report.model_copy(update={"internal_notes": ""}).model_dump(mode="json"),
            **self._job_context(),
        }
        await self._email("feedback", "feedback_internal", self.HR, internal)
        await self._email("feedback", "feedback_internal", self._interviewer(), internal)
        await self._email("feedback", "feedback_candidate", self.CANDIDATE, candidate)
        self._note("面试结果已生成 / result ready")
        raise RunEnded(Outcome(done.report.recommendation.value), f"overall {done.report.overall_after:g}")

    # ---- how it ends -----------------------------------------------------------------------------------------

    async def _finish(self, outcome: Outcome, reason: str) -> None:
        """Give the run its final status and tell the right people (R-W8)."""
        self._outcome = outcome
        self._set_stage(Stage.COMPLETED, outcome=outcome)
        self._note(f"outcome {outcome.value}: {reason}")
        context = {**self._job_context(), "outcome": outcome.value, "reason": reason}
        if self._calls_off_booking(outcome):
            await self._call_off_booking(reason)
        elif outcome == Outcome.CANCELLED and self._round > 0:
            await self._email("outcome", "outcome_notice", self.CANDIDATE, context)
        if outcome == Outcome.NO_RESPONSE:
            await self._email("outcome", "outcome_notice", self.CANDIDATE, context)
        if outcome == Outcome.NO_SHOW and self._slot is not None:
            await self._email("outcome", "outcome_notice", self._interviewer(), context)
        if outcome not in (
            Outcome.NOT_NEEDED,
            Outcome.RECOMMEND_HIRE,
            Outcome.NEEDS_FURTHER_ASSESSMENT,
            Outcome.NOT_MEETING,
        ):
            await self._email("outcome", "outcome_notice", self.HR, context)
        await self._act(
            ReinterviewActivities.record_run_stage,
            RunStageInput(
                run=self._run, trigger_kind=self._kind, stage=Stage.COMPLETED, outcome=outcome, at=workflow.now()
            ),
        )
