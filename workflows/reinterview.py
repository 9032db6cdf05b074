"""ReinterviewWorkflow: one AI-interview re-interview (重新面试), from its trigger to the feedback report.

Read `run` / `_story` top to bottom: judge the trigger, (HR approval), prepare, invite and wait for the reply
(reminder, escalation, expiry), book, remind the day before, wait for the result, report. Who is told what is a
table (policy/notices.py, policy/endings.py), the reminder ladders are pure functions (policy/reminders.py), the
state is one dataclass (workflows/state.py), the contract's signals, update and queries are workflows/contract.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from temporalio import workflow
from temporalio.common import SearchAttributePair, TypedSearchAttributes
from temporalio.exceptions import ActivityError, ApplicationError, is_cancelled_exception

with workflow.unsafe.imports_passed_through():
    from activities.reinterview import ReinterviewActivities
    from codec.plaintext import REFUSAL_MESSAGE, PlaintextPayloadRefused
    from policy import details
    from policy.notices import People, Step
    from policy.reminders import reply_ladder, reply_window_s, result_ladder
    from schemas.activities import (
        BookInput,
        CloseRunInput,
        CompleteInput,
        NoticeFacts,
        OpenReinterviewInput,
        PrepareInput,
        RunRef,
        RunStageInput,
    )
    from schemas.contract import (
        CandidateReply,
        FollowUp,
        Outcome,
        ReadAs,
        ReinterviewInput,
        Stage,
        StatusView,
        TriggerKind,
        TriggerSignal,
    )
    from schemas.plans import Slot
    from service.ids import personal_id_kind
    from service.names import SA_CANDIDATE_ID, SA_JOB_ID
    from workflows.calls import call
    from workflows.contract import ContractSurface
    from workflows.state import RunEnded, describe_failure

# Issue 12 item 3, changed while v2 runs are in flight: replies read from an email or a calendar answer are echoed,
# such a decline waits out a grace period, and a confirm while booked chooses again. Only replies that carry a
# `source` reach these paths, so a recorded v2 history (no source) never asks for the patch.
ECHO_PATCH = "reply-echo-decline-grace"


@workflow.defn(name="ReinterviewWorkflow")
class ReinterviewWorkflow(ContractSurface):
    """One re-interview of one candidate for one job; id `reinterview-{job_id}-{candidate_id}`."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        s = self.state
        if s.input is None:
            s.note(f"invalid workflow input: {s.input_problem}")
            if s.input_problem == REFUSAL_MESSAGE:
                raise PlaintextPayloadRefused()  # readable by a client without the codec: it says what to do
            raise ApplicationError(
                f"invalid workflow input: {s.input_problem}", type="InvalidWorkflowInput", non_retryable=True
            )
        info = workflow.info()
        s.run = RunRef(
            workflow_id=info.workflow_id, run_id=info.run_id, candidate_id=s.input.candidate_id, job_id=s.input.job_id
        )
        s.announce()
        for name, value in (("job id", s.input.job_id), ("candidate id", s.input.candidate_id)):
            if kind := personal_id_kind(value):  # CONTRACT: ids are opaque; the value itself is never echoed
                s.note(f"warning: the {name} looks like {kind}; ids must not carry personal data")
        if s.follow_up_of:
            dimensions = ", ".join(s.added_dimensions)
            s.note(f"follow-up re-interview of {dimensions} (requirement change {', '.join(s.follow_up_of)})")
        try:
            try:
                await self._story()
            except RunEnded as end:
                await self._close(end.outcome, end.reason)
        except ActivityError as failure:
            await self._record_failure(failure)
            raise
        await workflow.wait_condition(workflow.all_handlers_finished)
        self._continue_into_follow_up()
        return self.status()

    def _continue_into_follow_up(self) -> None:
        """Requirement changes merged after the interview had passed: at its end the run continues as new into a
        follow-up re-interview of their dimensions (same workflow id), once the interview's report is out. Ended
        otherwise, the ledger keeps `follow_up_scheduled`, and a re-run of the change starts a new run by the rules."""
        s = self.state
        if not s.follow_up or s.input is None:
            return
        if s.report is None:  # no report (cancelled, taken over, no-show, result missing, failed): no follow-up
            outcome = s.outcome.value if s.outcome is not None else "without an outcome"
            s.note(f"follow-up re-interview not started: the run ended {outcome}")
            return
        dimensions = list(dict.fromkeys(d for dims in s.follow_up.values() for d in dims))
        follow_up = FollowUp(change_ids=list(s.follow_up), added_dimensions=dimensions)
        s.note(f"continuing as a follow-up re-interview of {', '.join(dimensions)}")
        next_input = ReinterviewInput(
            candidate_id=s.input.candidate_id, job_id=s.input.job_id, policy=s.policy, follow_up=follow_up
        )
        # Only the ids carry over: this run's stage, outcome and interview time are not the follow-up's.
        ids = TypedSearchAttributes(
            [SearchAttributePair(SA_JOB_ID, s.ref.job_id), SearchAttributePair(SA_CANDIDATE_ID, s.ref.candidate_id)]
        )
        workflow.continue_as_new(next_input.model_dump(mode="json", exclude_none=True), search_attributes=ids)

    async def _story(self) -> None:
        s = self.state
        trigger = await self._first_trigger()
        opening = await call(
            ReinterviewActivities.open_reinterview,
            OpenReinterviewInput(run=s.ref, trigger=trigger, now=workflow.now(), follow_up_of=s.follow_up_of),
            summary="判断触发 / judge the trigger",
        )
        s.trigger_interview_id = opening.trigger_interview_id
        s.opened = True
        if s.input is not None and s.input.policy is None and opening.policy is not None:
            s.policy = opening.policy  # the worker's configured durations, recorded in history (no policy sent)
        s.kind = opening.trigger_kind
        if opening.end_with is not None:
            raise RunEnded(opening.end_with, opening.reason)
        assert opening.trigger_kind is not None
        if opening.trigger_kind == TriggerKind.CANDIDATE_REQUEST:
            await self._await_hr_approval(trigger.reason or "")

        s.set_stage(Stage.PREPARING, kind=opening.trigger_kind)
        s.prep = await call(
            ReinterviewActivities.prepare_reinterview,
            PrepareInput(
                run=s.ref,
                trigger_kind=opening.trigger_kind,
                trigger_interview_id=opening.trigger_interview_id,
                added_dimensions=list(s.added_dimensions),  # the first trigger's and any merged before now
                now=workflow.now(),
                min_lead_time_s=s.policy.min_lead_time_s,
                interview_duration_s=s.policy.interview_duration_s,
                hold_for_s=reply_window_s(s.policy),
            ),
            timeout_s=60,
            summary="分析差距、培训与备选时间 / gaps, training and times",
        )
        s.note(f"analysis ready: {len(s.prep.analysis.gaps)} gap(s), training plan '{s.prep.training.mode}'")

        slots: list[Slot] | None = s.prep.slots
        while slots is not None:
            await self._invite_until_booked(slots)
            slots = await self._await_interview_time()  # new times to offer, or None: the interview is due

        await self._await_result()
        await self._report_result()

    # ---- the steps -------------------------------------------------------------------------------------------

    async def _first_trigger(self) -> TriggerSignal:
        """Signal-with-start delivers the trigger first; a refused (or no) trigger ends the run `not_needed`."""
        s = self.state
        await s.wait(
            lambda: bool(s.triggers) or s.refused_trigger is not None,
            s.policy.expire_after_s,
            details.TRIGGER,
            extendable=False,
        )
        if not s.triggers:
            why = f"trigger refused: {s.refused_trigger}" if s.refused_trigger is not None else "no trigger arrived"
            raise RunEnded(Outcome.NOT_NEEDED, why)
        return s.triggers[0]

    async def _await_hr_approval(self, reason: str) -> None:
        """R-T4: HR approves or rejects a candidate's own request before anything goes to the candidate."""
        s = self.state
        s.set_stage(Stage.AWAITING_HR_APPROVAL, kind=s.kind)
        timeout = s.policy.hr_decision_timeout_s
        deadline = workflow.now() + timedelta(seconds=timeout)
        await self._notify(Step.APPROVAL_REQUEST, "approval-request", NoticeFacts(reason=reason, deadline=deadline))
        if not await s.wait(lambda: s.hr_decision is not None, timeout, details.HR_DECISION):
            raise RunEnded(Outcome.REQUEST_EXPIRED, "no HR decision in time")
        decision = s.hr_decision
        assert decision is not None
        await self._notify(Step.REQUEST_DECISION, "request-decision", NoticeFacts(approved=decision.approved))
        if not decision.approved:
            raise RunEnded(Outcome.REJECTED_BY_HR, decision.note or f"rejected by {decision.by}")

    async def _invite_until_booked(self, slots: list[Slot]) -> None:
        """Offer times until one is booked; reschedule requests and taken times lead to new offers."""
        s = self.state
        while True:
            s.offered, s.round = slots, s.round + 1
            s.set_stage(Stage.AWAITING_CONFIRMATION)
            step = Step.FIRST_INVITATION if s.round == 1 else Step.INVITATION
            facts = self._offer()
            if s.echo is not None:  # the reply that led to these times, as it was read
                facts, s.echo = facts.model_copy(update={"read_as": s.echo}), None
            await self._notify(step, f"invitation-{s.round}", facts)
            s.note("invitation sent")
            reply = await self._await_reply()
            if reply.intent == "decline":
                reply = await self._declined(reply, booked=False)  # the run ends, or this undid the decline
            if reply.intent == "reschedule" and reply.slot is None:
                s.echo = self._read_as(reply)
                slots = await self._propose(reply.text)
                continue
            number = reply.slot or 1  # `confirm` (or `reschedule`) with a slot picks that time
            chosen = slots[number - 1]
            read_as = self._read_as(reply, number, chosen)
            if await self._book(chosen, read_as):
                return
            s.note("the chosen time was just taken; offering the next free times")
            s.refused.append(chosen)
            s.echo = read_as
            slots = await self._propose("")

    async def _await_reply(self) -> CandidateReply:
        """No reply → a reminder; still none → HR escalation; then the invitation expires (R-W4)."""
        s = self.state
        for wait_s, rung in reply_ladder(s.policy):
            reply = await self._next_reply(
                wait_s, lambda r: r.intent in ("confirm", "decline", "reschedule"), details.REPLY[rung]
            )
            if reply is not None:
                return reply
            if rung == "reminder":
                await self._notify(Step.REPLY_REMINDER, f"reminder-{s.round}", self._offer())
                s.note("second reminder sent")
            elif rung == "escalation":
                expires = workflow.now() + timedelta(seconds=s.policy.expire_after_s)
                facts = self._offer().model_copy(update={"deadline": expires})
                await self._notify(Step.REPLY_ESCALATION, f"reply-escalation-{s.round}", facts)
                s.note("escalated to HR: no reply after the reminder")
        raise RunEnded(Outcome.NO_RESPONSE, "the candidate never replied to the invitation")

    async def _declined(self, reply: CandidateReply, *, booked: bool) -> CandidateReply:
        """A decline (R-M3). By link, from a backend (no source), or with the interview already started: the run ends
        at once. Read from an email or a calendar answer: the candidate is told how it was read and when the run will
        close (`decline_grace_s`, never past the booked interview's start), and it ends `declined` then — unless a
        confirm or a reschedule (any source) withdraws the decline: that reply is returned and handled as any other.
        Meanwhile a decline by link ends the run at once; another read one changes nothing; questions and unclear
        replies are handled as usual."""
        s = self.state
        why = reply.text or "the candidate declined"
        closes_at = workflow.now() + timedelta(seconds=s.policy.decline_grace_s)
        if s.slot is not None:
            closes_at = min(closes_at, s.slot.start)
        read_as = self._read_as(reply, closes_at=closes_at) if closes_at > workflow.now() else None
        if read_as is None:
            raise RunEnded(Outcome.DECLINED, why)
        facts = self._booked() if s.slot is not None else NoticeFacts(trigger_kind=s.kind)
        facts = facts.model_copy(update={"read_as": read_as, "deadline": closes_at})
        await self._notify(Step.DECLINE_PENDING, f"decline-pending-{len(s.timeline)}", facts)
        s.note(f"decline read from {read_as.source}: the run closes at {closes_at.isoformat()} unless undone")
        s.decline_closes_at = closes_at
        try:
            while await s.wait(lambda: bool(s.replies), self._left(closes_at), details.DECLINE_GRACE, extendable=False):
                answer = s.replies.pop(0)
                if await self._aside(answer, booked, check_slot=True):
                    continue
                if answer.intent in ("confirm", "reschedule"):
                    s.note(
                        f"decline withdrawn: the candidate chose {answer.intent} (from {answer.source or 'a backend'})"
                    )
                    return answer
                if answer.source in ("email", "calendar"):
                    s.note("another decline read: nothing changes, the run still closes as announced")
                    continue
                raise RunEnded(Outcome.DECLINED, answer.text or why)
        finally:
            s.decline_closes_at = None
        raise RunEnded(Outcome.DECLINED, why)

    async def _book(self, slot: Slot, read_as: ReadAs | None = None, tag: str | None = None) -> bool:
        """Book the time; the same activity sends the calendar invites, the brief and, moved, the hand-over. The
        candidate's email echoes the reply that chose the time (`read_as`); `tag` keys a move within a round."""
        s = self.state
        before = s.slot
        tag = tag or str(s.round)
        facts = NoticeFacts(trigger_kind=s.kind, slot=slot, previous_slot=before, rescheduled=before is not None)
        if read_as is not None:
            facts = facts.model_copy(update={"read_as": read_as})
        moved = before is not None and before.interviewer_id != slot.interviewer_id
        people = People(s.ref.candidate_id, slot.interviewer_id, before.interviewer_id if before and moved else None)
        notices = [self._notice(Step.SCHEDULED, f"scheduled-{tag}", facts, people)]
        if before is None or moved:
            notices.append(self._notice(Step.BRIEF, "brief" if before is None else f"brief-{tag}", facts, people))
        if moved:
            notices.append(self._notice(Step.HANDED_OVER, f"handed-over-{tag}", facts, people))
        booking = BookInput(run=s.ref, event_uid=s.event_uid, slot=slot, notices=notices)
        summary = "预约面试 → 候选人, 面试官 / book the interview → candidate, interviewer"
        booked = await call(ReinterviewActivities.book_interview, booking, summary=summary)
        if not booked.booked:
            return False
        s.slot, s.sequence = slot, booked.sequence
        s.set_stage(Stage.SCHEDULED, interview_at=slot.start)
        s.note(f"interview booked with {slot.interviewer_id}")
        if moved and before is not None:
            s.note(f"interview handed over from {before.interviewer_id} to {slot.interviewer_id}")
        self._note_failures(*booked.notified)
        return True

    async def _await_interview_time(self) -> list[Slot] | None:
        """Remind both sides a day before (R-W6). New times to offer when the candidate asks for a change or the
        interviewer withdraws (another interviewer, where one is free); None when the interview is due."""
        s = self.state
        assert s.slot is not None
        reminder_at = s.slot.start - timedelta(seconds=s.policy.interview_reminder_before_s)
        for until, remind in ((reminder_at, True), (s.slot.start, False)):
            awaiting = details.DAY_BEFORE if remind else details.INTERVIEW
            while True:
                seconds = (until - workflow.now()).total_seconds()
                reply = await self._next_reply(seconds, self._decisive_once_booked, awaiting, interview=True)
                if s.result is not None or s.no_show is not None:
                    return None
                if reply is not None and reply.intent == "decline":
                    reply = await self._declined(reply, booked=True)  # the run ends, or this undid the decline
                if reply is not None and reply.intent == "confirm":
                    before = s.slot
                    slots = await self._choose_again(reply)
                    if slots:
                        return slots
                    if s.slot != before:
                        return await self._await_interview_time()  # moved: remind of and wait for the new time
                    continue
                if reply is not None:
                    s.refused.append(s.slot)
                    s.echo = self._read_as(reply)
                    slots = await self._propose(reply.text)
                    if slots or not self._new_rules(reply):
                        return slots
                    s.refused.pop()
                    await self._echo_alone("no other time is free: the booking stays")
                    continue
                if s.withdrawn is None:
                    break
                slots = await self._interviewer_withdrew()
                if slots:
                    return slots
            if remind and workflow.now() >= until:
                key = f"interview-reminder-{s.round}" + (f".{s.chosen_again}" if s.chosen_again else "")
                await self._notify(Step.INTERVIEW_REMINDER, key, self._booked())
                s.note("reminders sent for tomorrow's interview")
        return None

    def _decisive_once_booked(self, reply: CandidateReply) -> bool:
        """Once booked, a decline or a reschedule acts; so does a confirm sent from an email, a link or a calendar
        (choosing again). A backend's confirm (no source) is ignored, as before."""
        return reply.intent in ("decline", "reschedule") or (reply.intent == "confirm" and self._new_rules(reply))

    async def _choose_again(self, reply: CandidateReply) -> list[Slot]:
        """A confirm while booked: the booked time (or no time named) keeps the booking; another time of the offer the
        booking came from moves it there (`_book` hands the interview over if the interviewer changes); that time
        taken, new times to offer are returned (none free: the booking stays)."""
        s = self.state
        assert s.slot is not None
        number = reply.slot
        if number is not None and number > len(s.offered):
            s.note(f"reply ignored: time {number} was not offered")
            return []
        if number is None:
            number = s.offered.index(s.slot) + 1 if s.slot in s.offered else None
        chosen = s.offered[number - 1] if number is not None else s.slot
        read_as = self._read_as(reply, number, chosen)
        if chosen == s.slot:
            s.note("the candidate confirmed the booked time: the booking stays")
            if read_as is not None:
                await self._echo_alone(None, read_as)
            return []
        s.chosen_again += 1
        if await self._book(chosen, read_as, tag=f"{s.round}.{s.chosen_again}"):
            s.note(f"the candidate chose time {number} instead: the booking moved")
            return []
        s.note("the chosen time was just taken; offering the next free times")
        s.refused.append(chosen)
        s.echo = read_as
        slots = await self._propose("")
        if not slots:
            await self._echo_alone("no other time is free: the booking stays")
        return slots

    async def _interviewer_withdrew(self) -> list[Slot]:
        """The booked interviewer declined or proposed another time: an HR to-do, then new times with another
        interviewer (the booking moves once the candidate picks one). None free: the booking stays, HR follows up."""
        s = self.state
        answer, s.withdrawn = s.withdrawn, None
        assert answer is not None and s.slot is not None
        s.avoided.add(answer.interviewer_id)
        detail = f"interviewer {answer.interviewer_id}: {answer.response}"
        if answer.proposed_start is not None:
            detail += f", proposes {answer.proposed_start.isoformat()}"
        if answer.text:  # the gateway's words for people: who, which booked time, the proposal, the comment
            detail = f"{detail}\n{answer.text}"
        facts = self._booked().model_copy(update={"detail": detail})
        await self._notify(Step.INTERVIEWER_DECLINED, f"interviewer-{answer.response}-{len(s.timeline)}", facts)
        slots = await self._propose("")
        if not slots:
            s.note("no other interviewer is free: the booking stays; HR asked to follow up")
            return []
        s.refused.append(s.slot)
        s.note(f"interviewer {answer.interviewer_id} withdrew: new times with another interviewer offered")
        return slots

    async def _await_result(self) -> None:
        """The result ladder (R-W7): interviewer reminders, HR escalation; no result at all → `result_missing`."""
        s = self.state
        assert s.slot is not None
        if s.result is None and s.no_show is None:
            s.set_stage(Stage.AWAITING_RESULT)
        ladder = result_ladder(s.policy, s.slot.start)
        shift = timedelta()  # HR's extensions move the rest of the ladder with the current wait
        for step in ladder:
            left = (step.at + shift - workflow.now()).total_seconds()
            waited = await s.wait(self._result_or_no_show, left, details.RESULT[step.rung])
            shift += s.shifted_by
            if waited:
                break
            if step.rung == "give_up":
                raise RunEnded(Outcome.RESULT_MISSING, "no result arrived for the interview")
            if step.rung == "escalation":
                facts = self._booked().model_copy(update={"deadline": ladder[-1].at + shift})
                await self._notify(Step.RESULT_ESCALATION, "result-escalation", facts)
                s.note("escalated to HR: interview result overdue")
            else:
                await self._notify(Step.RESULT_REMINDER, f"result-reminder-{step.number}", self._booked())
                s.note("interviewer reminded to submit the result")
        if s.no_show is not None:
            raise RunEnded(Outcome.NO_SHOW, s.no_show.note or f"reported by {s.no_show.by}")

    async def _report_result(self) -> None:
        """Feedback report (R-R): stored, written back, sent to HR, interviewer and candidate, run closed — one step."""
        s = self.state
        assert s.result is not None and s.slot is not None
        done = await call(
            ReinterviewActivities.complete_reinterview,
            CompleteInput(
                run=s.ref,
                result=s.result,
                interview_at=s.slot.start,
                trainings=s.trainings,
                trigger_kind=s.kind,
                interviewer_id=s.slot.interviewer_id,
                at=workflow.now(),
            ),
            timeout_s=60,
            summary="反馈报告 → HR, 面试官, 候选人 / feedback report → HR, interviewer, candidate",
        )
        s.report = done.report
        s.note("result ready")
        self._note_failures(*done.notified)
        outcome = Outcome(done.report.recommendation.value)
        s.outcome = outcome
        s.set_stage(Stage.COMPLETED, outcome=outcome)
        s.note(f"outcome {outcome.value}: overall {done.report.overall_after:g}")

    # ---- how it ends -----------------------------------------------------------------------------------------

    async def _close(self, outcome: Outcome, reason: str) -> None:
        """R-W8: the final status, then one `close_run` step as policy/endings.py says for the outcome."""
        s = self.state
        s.outcome = outcome
        s.set_stage(Stage.COMPLETED, outcome=outcome, kind=s.kind)
        s.note(f"outcome {outcome.value}: {reason}")
        closed = await call(
            ReinterviewActivities.close_run,
            CloseRunInput(
                run=s.ref,
                trigger_kind=s.kind,
                outcome=outcome,
                reason=reason,
                at=workflow.now(),
                invited=s.round > 0,
                booking=s.slot,
                event_uid=s.event_uid,
                sequence=s.sequence,
            ),
            summary=f"结束 / close: {outcome.value}",
        )
        s.sequence = closed.sequence
        self._note_failures(*closed.notified)

    async def _record_failure(self, failure: ActivityError) -> None:
        """A permanent activity failure fails the run: say why, close its row and release its held times. The caller
        re-raises. (A bug in workflow code fails the workflow *task* instead; Temporal retries it until fixed.)"""
        s = self.state
        if is_cancelled_exception(failure):
            return
        reason = describe_failure(failure)
        s.note(f"run failed in stage {s.stage.value}: {reason}")
        if not s.opened:
            return
        try:
            await call(
                ReinterviewActivities.record_run_stage,
                RunStageInput(run=s.ref, trigger_kind=s.kind, stage=s.stage, at=workflow.now(), failure=reason),
                summary="记录失败 / record the failure",
            )
        except ActivityError as inner:
            s.note(f"the failure could not be recorded: {inner.cause or inner}")

    # ---- talking to people -----------------------------------------------------------------------------------

    def _new_rules(self, reply: CandidateReply) -> bool:
        """Whether this reply follows issue 12's rules (echo, decline grace, choosing again): one with a source, in a
        run past the patch (a recorded v2 history, whose replies carry none, never asks)."""
        return reply.source is not None and workflow.patched(ECHO_PATCH)

    def _read_as(
        self,
        reply: CandidateReply,
        slot: int | None = None,
        chosen: Slot | None = None,
        closes_at: datetime | None = None,
    ) -> ReadAs | None:
        """How a reply the run acts on was read, to echo it to the candidate: only one read from an email or a
        calendar answer (a link is the candidate's own click). Kept for the `choices` query until another reply acts."""
        if reply.source not in ("email", "calendar") or reply.intent not in ("confirm", "decline", "reschedule"):
            self.state.read_as = None  # acted on as sent (a link, a backend): nothing read to show any more
            return None
        if not self._new_rules(reply):
            return None
        intent = cast(Any, reply.intent)
        start = chosen.start if chosen is not None else None
        read = ReadAs(intent=intent, slot=slot, slot_start=start, source=reply.source, closes_at=closes_at)
        self.state.read_as = read
        return read

    async def _echo_alone(self, note: str | None, read_as: ReadAs | None = None) -> None:
        """A reply acted on that sends the candidate nothing else: a short email says how it was read."""
        s = self.state
        echo = read_as or s.echo
        s.echo = None
        if note:
            s.note(note)
        if echo is None:
            return
        facts = self._booked().model_copy(update={"read_as": echo})
        await self._notify(Step.REPLY_ECHO, f"reply-echo-{len(s.timeline)}", facts)

    async def _unclear(self, reply: CandidateReply, booked: bool) -> None:
        """An unclear reply: the candidate is asked back once per offer (their options and the signed links) and
        HR gets a to-do, in one step; a second unclear reply to the same offer is HR's to-do only."""
        s = self.state
        about = f"booking-{s.sequence}" if booked else f"round-{s.round}"
        key = f"unclear-{len(s.timeline)}"
        if about in s.asked_back:
            await self._notify(Step.UNCLEAR_REPLY, key, NoticeFacts(detail=reply.text))
            s.note("unclear reply: HR asked to follow up with the candidate")
            return
        s.asked_back.add(about)
        facts = self._booked() if booked else self._offer()
        update: dict[str, object] = {"detail": reply.text}
        if s.decline_closes_at is not None and s.read_as is not None:  # a read decline waits: say so, and until when
            update["read_as"] = s.read_as
        result = await self._notify(Step.CLARIFY, key, facts.model_copy(update=update))
        if result.failed():
            s.note("unclear reply: the candidate could not be asked back; HR asked to follow up")
        else:
            s.note("unclear reply: the candidate was asked back and HR asked to follow up")

    async def _next_reply(
        self,
        wait_s: float,
        decisive: Callable[[CandidateReply], bool],
        awaiting: details.Awaiting,
        *,
        interview: bool = False,
    ) -> CandidateReply | None:
        """The next decisive reply within `wait_s` (None: none came, or the interview's result did); questions and
        unclear replies become HR to-dos meanwhile (the ask-back email for an unclear one comes later)."""
        s = self.state
        deadline = workflow.now() + timedelta(seconds=wait_s)

        def interrupted() -> bool:  # once booked: the result, a no-show or the interviewer's withdrawal
            return interview and (self._result_or_no_show() or s.withdrawn is not None)

        def arrived() -> bool:
            return bool(s.replies) or interrupted()

        while await s.wait(arrived, (deadline - workflow.now()).total_seconds(), awaiting, extendable=not interview):
            deadline += s.shifted_by
            if interrupted():
                return None
            reply = s.replies.pop(0)
            if not await self._aside(reply, interview, check_slot=not interview) and decisive(reply):
                return reply
        return None

    async def _aside(self, reply: CandidateReply, booked: bool, *, check_slot: bool) -> bool:
        """What any wait for a reply deals with itself (True): a question (an HR to-do), an unclear reply (asked
        back), a time that was never offered (noted, ignored). Anything else is for the waiting step (False)."""
        s = self.state
        if reply.intent == "question":
            await self._notify(Step.QUESTION, f"question-{len(s.timeline)}", NoticeFacts(detail=reply.text))
        elif reply.intent == "unclear":
            await self._unclear(reply, booked)
        elif check_slot and reply.slot is not None and reply.slot > len(s.offered):
            s.note(f"reply ignored: time {reply.slot} was not offered")
        elif not booked and reply.source == "calendar" and reply.intent != "reschedule" and self._new_rules(reply):
            # An Accept or Decline of the event of an earlier booking, arrived while new times are offered: acting
            # on it would pick (or turn down) a time the candidate has not seen. HR follows up.
            key = f"calendar-superseded-{len(s.timeline)}"
            await self._notify(Step.UNCLEAR_REPLY, key, NoticeFacts(detail=reply.text))
            s.note(f"calendar {reply.intent} of an earlier booking not acted on while new times are offered: HR asked")
        else:
            return False
        return True

    @staticmethod
    def _left(until: datetime) -> float:
        return (until - workflow.now()).total_seconds()
