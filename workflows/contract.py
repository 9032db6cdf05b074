"""ReinterviewWorkflow's public surface from CONTRACT.md: signals, the `submit_result` update and the queries.

The workflow owns its state (`self.state`, workflows/state.py) and a lock: handlers that await (training, report
viewed) take it, so their activities never interleave (samples-python's `safe_message_handlers`). Handlers only
record what arrived and note it on the timeline; the story in workflows/reinterview.py acts on it.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any, TypeVar, cast

from temporalio import workflow
from temporalio.exceptions import ActivityError, is_cancelled_exception

with workflow.unsafe.imports_passed_through():
    from pydantic import BaseModel, ValidationError

    from activities.notifications import NotificationActivities
    from activities.reinterview import ReinterviewActivities
    from codec.plaintext import plaintext_refusal
    from policy.notices import People, Step, notices_for, step_summary
    from policy.reminders import reply_window_s
    from policy.results import result_problems
    from schemas.activities import (
        Addressee,
        LedgerStatus,
        MergeTriggerInput,
        NoticeFacts,
        NotifyInput,
        NotifyResult,
        ProposeSlotsInput,
        RecordTrainingInput,
    )
    from schemas.contract import (
        CancelRequest,
        CandidateReply,
        ChoiceSlot,
        FeedbackReport,
        HrAction,
        HrDecision,
        InterviewerReply,
        NoShowReport,
        Policy,
        ReplyChoices,
        ReportViewed,
        Stage,
        StatusView,
        SubmitResult,
        SubmitResultAck,
        TrainingCompleted,
        TriggerSignal,
    )
    from schemas.plans import Slot
    from workflows.calls import call
    from workflows.state import RunState, describe_failure, read_input, validation_problems

Payload = TypeVar("Payload", bound=BaseModel)


class ContractSurface:
    """State, lock, signals, update and queries of ReinterviewWorkflow (its only base class)."""

    # The input (a ReinterviewInput) is taken as raw JSON and validated here: decoded by the SDK, an input of the
    # wrong shape would fail the workflow *task* on every retry, forever; this way it fails the run, naming fields.
    @workflow.init
    def __init__(self, input: Any) -> None:
        parsed, problem = read_input(input)
        self.state = RunState(
            input=parsed, input_problem=problem, policy=parsed.policy if parsed and parsed.policy else Policy()
        )
        self.lock = asyncio.Lock()
        if parsed is not None and parsed.follow_up is not None:  # continued as new: the follow-up's own trigger
            follow_up = parsed.follow_up
            self.state.follow_up_of = list(follow_up.change_ids)
            self.state.merged_changes = dict.fromkeys(follow_up.change_ids, "started")  # sent again: confirmed
            self.state.added_dimensions = list(follow_up.added_dimensions)
            self.state.triggers.append(
                TriggerSignal(
                    kind="requirement_change",
                    change_id=follow_up.change_ids[-1],
                    added_dimensions=list(follow_up.added_dimensions),
                )
            )

    # ---- helpers of the story and the handlers: notices, facts, new times -------------------------------------

    def _notice(self, step: Step, key: str, facts: NoticeFacts, people: People | None = None) -> NotifyInput:
        """A step's notices to the run's people as the table says (policy/notices.py): ids and facts only."""
        s = self.state
        addressed = notices_for(step, people or s.people())
        recipients = [Addressee(audience=a.notice.audience, id=a.id) for a in addressed]
        ends = s.slot.end if s.slot is not None else None
        return NotifyInput(run=s.ref, step=step, key=key, recipients=recipients, facts=facts, interview_ends_at=ends)

    async def _notify(self, step: Step, key: str, facts: NoticeFacts) -> NotifyResult:
        notice = self._notice(step, key, facts)
        summary = step_summary(step, [r.audience for r in notice.recipients])
        result = await call(NotificationActivities.notify, notice, summary=summary)
        self._note_failures(result)
        return result

    def _note_failures(self, *results: NotifyResult) -> None:
        for result in results:
            for failed in result.failed():
                self.state.note(f"{failed.template} {failed.channel} not sent: {failed.problem}")

    def _note_failure(self, what: str, failure: ActivityError) -> None:
        """A signal's side effect failed for good: say so on the timeline (the run goes on)."""
        if is_cancelled_exception(failure):
            raise failure
        self.state.note(f"{what}: {describe_failure(failure)}")

    def _result_or_no_show(self) -> bool:
        return self.state.result is not None or self.state.no_show is not None

    def _offer(self) -> NoticeFacts:
        s = self.state
        reply_by = workflow.now() + timedelta(seconds=s.policy.reply_reminder_after_s)
        return NoticeFacts(trigger_kind=s.kind, round=s.round, slots=s.offered, reply_by=reply_by)

    def _booked(self) -> NoticeFacts:
        return NoticeFacts(trigger_kind=self.state.kind, slot=self.state.slot, sequence=self.state.sequence)

    async def _propose(self, preference_text: str) -> list[Slot]:
        s = self.state
        slots = await call(
            ReinterviewActivities.propose_slots,
            ProposeSlotsInput(
                run=s.ref,
                now=workflow.now(),
                earliest=workflow.now() + timedelta(seconds=s.policy.min_lead_time_s),
                interview_duration_s=s.policy.interview_duration_s,
                preference_text=preference_text,
                exclude=[*s.offered, *s.refused],
                hold_for_s=reply_window_s(s.policy),
                avoid_interviewers=sorted(s.avoided),
            ),
            summary="新的备选时间 / new times",
        )
        s.note(f"{len(slots)} new time(s) proposed")
        return slots

    def _accept(self, signal: str, model: type[Payload], raw: Any) -> Payload | None:
        """A signal payload validated against the contract, or None with what is wrong noted on the timeline.
        (Taken as raw JSON: decoded by the SDK, a payload of the wrong shape would be dropped unseen.)
        A payload refused by the codec (sent unencrypted where the codec is required) is noted naming that rule."""
        refusal = plaintext_refusal(raw)
        if refusal is not None:
            self.state.note(f"{signal} ignored: {refusal}")
            return None
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            self.state.note(f"{signal} ignored: {validation_problems(exc)}")
            return None

    # ---- signals ---------------------------------------------------------------------------------------------

    @workflow.signal
    async def trigger(self, raw: Any) -> None:
        """A TriggerSignal. A refused first trigger ends the run at once (`not_needed`, naming the field); a later
        one is merged: noted, and its facts kept (`_merge`)."""
        s = self.state
        refusal = plaintext_refusal(raw)
        try:
            trigger: TriggerSignal | None = None if refusal else TriggerSignal.model_validate(raw)
            problems = [refusal] if refusal else (trigger.problems() if trigger is not None else [])
        except ValidationError as exc:
            trigger, problems = None, [validation_problems(exc)]
        if trigger is None or problems:
            s.note(f"trigger ignored: {'; '.join(problems)}")
            if not s.triggers and s.refused_trigger is None:
                s.refused_trigger = "; ".join(problems)
        elif s.triggers or s.refused_trigger is not None:
            s.note(f"trigger merged: {trigger.kind}")
            if s.triggers:
                await self._merge(trigger)
        else:
            s.triggers.append(trigger)
            s.added_dimensions = list(trigger.added_dimensions)
            s.note(f"triggered: {trigger.kind}")

    async def _merge(self, trigger: TriggerSignal) -> None:
        """Issue 13 item 2. A merged `ai_result` is archived; a merged `requirement_change` adds its dimensions while
        the interview is ahead, else schedules a follow-up re-interview for the run's end. Ahead and prepared, the
        analysis and plan are rebuilt and a booked interviewer gets the updated brief. Anything else: noted only."""
        s = self.state
        if trigger.kind not in ("ai_result", "requirement_change"):
            return
        # A merge that lands while the run is being prepared waits for the preparation, then rebuilds it.
        await workflow.wait_condition(
            lambda: not (s.stage == Stage.PREPARING and s.prep is None) or s.outcome is not None
        )
        async with self.lock:
            ledger: LedgerStatus | None = None
            new: list[str] = []
            if trigger.kind == "requirement_change":
                change_id = trigger.change_id or ""
                new = [d for d in trigger.added_dimensions if d not in s.added_dimensions]
                if change_id in s.merged_changes:
                    ledger = cast(LedgerStatus, s.merged_changes[change_id])  # sent again: confirm what was done
                    new = []
                elif not new:
                    ledger = "already_assessed"
                elif s.interview_ahead():
                    ledger = "dimensions_added"
                    s.added_dimensions.extend(new)
                elif s.interview_passed():
                    ledger = "follow_up_scheduled"
                    s.follow_up[change_id] = new
                else:  # ending without an interview: left to a re-run of the change (a new run, by the rules)
                    s.note(f"requirement change {change_id}: not taken in, the run ends without an interview")
                    return
                s.merged_changes.setdefault(change_id, ledger)
            rebuild = s.prep is not None and s.interview_ahead() and (trigger.kind == "ai_result" or bool(new))
            try:
                merged = await call(
                    ReinterviewActivities.merge_trigger,
                    MergeTriggerInput(
                        run=s.ref,
                        trigger=trigger,
                        received_at=workflow.now(),
                        trigger_kind=s.kind,
                        trigger_interview_id=s.trigger_interview_id,
                        added_dimensions=list(s.added_dimensions),
                        rebuild=s.prep if rebuild else None,
                        ledger=ledger,
                    ),
                    timeout_s=60,
                    summary="合并触发：存档 / merged trigger: archive",
                )
            except ActivityError as failure:
                self._note_failure(f"merged {trigger.kind} not kept", failure)
                return
            self._note_merge(trigger, ledger, new, merged.changed)
            if s.prep is None or merged.plan is None or merged.analysis is None or merged.job is None:
                return
            update = {"job": merged.job, "analysis": merged.analysis, "plan": merged.plan}
            s.prep = s.prep.model_copy(update={**update, "known_dimensions": merged.known_dimensions})
            s.note("analysis and interview plan rebuilt")
            if s.slot is None:
                return  # the brief goes out with the booking, from the rebuilt plan
            facts = NoticeFacts(trigger_kind=s.kind, slot=s.slot, trainings=list(s.trainings))
            try:
                result = await self._notify(Step.BRIEF, f"brief-merged-{len(s.timeline)}", facts)
            except ActivityError as failure:
                self._note_failure("updated brief not sent", failure)
                return
            if not result.failed():
                s.note("interviewer sent the updated brief (merged trigger)")

    def _note_merge(self, trigger: TriggerSignal, ledger: str | None, new: list[str], changed: list[str]) -> None:
        s = self.state
        if trigger.kind == "ai_result":
            assert trigger.interview is not None
            what = ", ".join(changed) if changed else "nothing new"
            s.note(f"merged ai_result archived: interview {trigger.interview.interview_id} ({what})")
        elif not new:  # already assessed, or the same change again (what was done with it is confirmed)
            s.note(f"requirement change {trigger.change_id}: nothing to add ({ledger})")
        elif ledger == "dimensions_added":
            s.note(f"requirement change {trigger.change_id}: added {', '.join(new)} to this re-interview")
        else:
            s.note(f"requirement change {trigger.change_id}: follow-up re-interview of {', '.join(new)} scheduled")

    @workflow.signal
    def candidate_reply(self, reply: CandidateReply) -> None:
        s = self.state
        if reply.message_id and reply.message_id in s.seen_message_ids:
            s.note("duplicate reply ignored")
            return
        if reply.message_id:
            s.seen_message_ids.add(reply.message_id)
        s.note(f"candidate replied: {reply.intent}" + (f" (time {reply.slot})" if reply.slot else ""))
        if s.outcome is None:
            s.replies.append(reply)

    @workflow.signal
    async def training_completed(self, raw: Any) -> None:
        """R-L3: into the archive; once an interviewer is booked and the interview is ahead, an updated brief."""
        training = self._accept("training_completed", TrainingCompleted, raw)
        if training is None:
            return
        s = self.state
        s.trainings.append(training)
        s.note(f"training completed: {training.course_id} (assessment {training.assessment_score:g})")
        ahead = s.slot is not None and s.outcome is None and s.stage in (Stage.SCHEDULED, Stage.AWAITING_CONFIRMATION)
        async with self.lock:
            # A permanent problem with one signal must not fail the run, nor leave its handler (and the run) hanging.
            try:
                plan = await call(
                    ReinterviewActivities.record_training,
                    RecordTrainingInput(
                        run=s.ref,
                        training=training,
                        received_at=workflow.now(),
                        refresh_plan=s.prep.training if ahead and s.prep else None,
                    ),
                    summary="记录培训 / record the training",
                )
            except ActivityError as failure:
                self._note_failure(f"training {training.course_id} not recorded", failure)
                return
            if not ahead or s.prep is None or s.slot is None:
                return
            if plan is not None:
                s.prep = s.prep.model_copy(update={"plan": plan})
            facts = NoticeFacts(trigger_kind=s.kind, slot=s.slot, trainings=list(s.trainings))
            try:
                result = await self._notify(Step.BRIEF, f"brief-training-{len(s.trainings)}", facts)
            except ActivityError as failure:
                self._note_failure("updated brief not sent", failure)
                return
            if not result.failed():
                s.note("interviewer sent the updated brief (training results)")

    @workflow.signal
    def hr_decision(self, decision: HrDecision) -> None:
        s = self.state
        s.note(f"HR {'approved' if decision.approved else 'rejected'} ({decision.by})")
        if s.hr_decision is None:
            s.hr_decision = decision

    @workflow.signal
    async def report_viewed(self, raw: Any) -> None:
        """R-V2: the interviewer opened the report (a signed link); the candidate is told once."""
        viewed = self._accept("report_viewed", ReportViewed, raw)
        if viewed is None:
            return
        s = self.state
        s.note(f"report viewed by {viewed.by}")
        if viewed.by != "interviewer" or "interviewer" in s.viewed_by or s.outcome is not None:
            return
        s.viewed_by.add("interviewer")
        async with self.lock:
            try:  # a progress note that cannot go out must not fail the run
                await self._notify(Step.PROGRESS, "progress-report-viewed", NoticeFacts(event="report_viewed"))
            except ActivityError as failure:
                self._note_failure("progress email not sent", failure)

    @workflow.signal
    def interviewer_reply(self, raw: Any) -> None:
        """An interviewer's calendar answer. The booked interviewer's `declined` or `counter` before the interview
        makes the story open an HR to-do and offer new times with another interviewer; `accepted` is noted."""
        answer = self._accept("interviewer_reply", InterviewerReply, raw)
        if answer is None:
            return
        s = self.state
        if answer.message_id and answer.message_id in s.seen_message_ids:
            s.note("duplicate interviewer reply ignored")
            return
        if answer.message_id:
            s.seen_message_ids.add(answer.message_id)
        proposed = f" (proposes {answer.proposed_start.isoformat()})" if answer.proposed_start else ""
        s.note(f"interviewer {answer.interviewer_id} replied: {answer.response}{proposed}")
        if answer.response == "accepted":
            return
        if s.outcome is not None or s.slot is None or s.stage != Stage.SCHEDULED:
            s.note(f"interviewer {answer.response} ignored: no interview of theirs is ahead (stage {s.stage.value})")
        elif answer.interviewer_id != s.slot.interviewer_id:
            s.note(f"interviewer {answer.response} ignored: {answer.interviewer_id} does not hold the booking")
        elif s.withdrawn is None:
            s.withdrawn = answer

    @workflow.signal
    def hr_action(self, raw: Any) -> None:
        """HR extends the current wait's deadline (to a future `until`) or takes the run over (ends `taken_over`)."""
        action = self._accept("hr_action", HrAction, raw)
        if action is None:
            return
        s = self.state
        if s.outcome is not None:
            s.note(f"hr_action {action.action} by {action.by} ignored: the run has ended")
        elif action.action == "take_over":
            s.note(f"HR took the run over ({action.by})")
            if s.take_over is None:
                s.take_over = action
        elif action.until is None:
            s.note(f"deadline extension by {action.by} refused: 'until' is missing")
        elif action.until <= workflow.now():
            s.note(f"deadline extension by {action.by} refused: {action.until.isoformat()} is not in the future")
        elif not s.extendable:
            s.note(f"deadline extension by {action.by} refused: no deadline to extend in stage {s.stage.value}")
        else:
            s.extension = action.until
            s.note(f"deadline extended to {action.until.isoformat()} by {action.by}")

    @workflow.signal
    def cancel(self, request: CancelRequest) -> None:
        s = self.state
        s.note(f"cancel requested by {request.by}")
        if s.cancel is None:
            s.cancel = request

    @workflow.signal
    def no_show(self, report: NoShowReport) -> None:
        """Someone reports that the candidate did not come: the run ends `no_show` (only when a time is booked)."""
        s = self.state
        s.note(f"no-show reported by {report.by}")
        if s.no_show is None and s.slot is not None:
            s.no_show = report

    # ---- update ----------------------------------------------------------------------------------------------

    @workflow.update
    async def submit_result(self, result: SubmitResult) -> SubmitResultAck:
        s = self.state
        s.result = result
        s.note(f"result submitted by {result.submitted_by}")
        await workflow.wait_condition(lambda: s.outcome is not None)
        return SubmitResultAck(accepted=True, outcome=s.outcome)

    @submit_result.validator
    def _validate_result(self, result: SubmitResult) -> None:
        s = self.state
        if s.outcome is not None:
            raise ValueError(f"the re-interview has already ended with outcome {s.outcome.value!r}")
        if s.slot is None or s.prep is None:
            raise ValueError(
                f"no interview is scheduled yet (stage {s.stage.value!r}); a result is accepted once the "
                "candidate has confirmed a time"
            )
        if s.result is not None:
            raise ValueError("a result was already submitted for this re-interview")
        problems = result_problems(s.prep.job, result, set(s.prep.known_dimensions))
        if problems:
            raise ValueError("; ".join(problems))

    # ---- queries ---------------------------------------------------------------------------------------------

    @workflow.query
    def status(self) -> StatusView:
        s = self.state
        return StatusView(
            stage=s.stage,
            outcome=s.outcome,
            trigger_kind=s.kind,
            interview_at=s.interview_at,
            timeline=list(s.timeline),
            next_deadline=s.next_deadline,
        )

    @workflow.query
    def choices(self) -> ReplyChoices:
        """What the candidate can choose now (the choose page): the current offer's times, numbered as offered, the
        booked one marked; how the last reply from an email or calendar was read; a pending decline's close."""
        s = self.state
        booking = s.slot
        started = booking is not None and workflow.now() >= booking.start
        is_open = s.outcome is None and s.stage in (Stage.AWAITING_CONFIRMATION, Stage.SCHEDULED) and not started
        slots = [
            ChoiceSlot(number=n, start=slot.start, end=slot.end, booked=slot == booking)
            for n, slot in enumerate(s.offered, start=1)
        ]
        return ReplyChoices(
            open=is_open,
            stage=s.stage,
            outcome=s.outcome,
            read_as=s.read_as,
            slots=slots,
            decline_closes_at=s.decline_closes_at,
            interview_at=booking.start if booking is not None else None,
        )

    @workflow.query
    def report(self) -> FeedbackReport | None:
        return self.state.report
