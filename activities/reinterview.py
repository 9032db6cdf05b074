"""The re-interview's own activities: archive reads and writes, analysis, slots, calendar, to-dos, reports.

Thin I/O around the pure policy functions in `policy/`. Temporal owns retries; permanent problems raise
non-retryable ApplicationErrors whose messages name ids, never personal data.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import jinja2
from pydantic import ValidationError
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.notifications import NotificationActivities
from db.repositories.archive import ArchiveRepository, InterviewConflict, InvalidArchiveRecord
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from policy.analysis import analyze, build_interview_plan, report_background
from policy.endings import ending_plan
from policy.notices import Audience, People, Step, notices_for
from policy.report import build_feedback_report
from policy.slots import choose_slots, parse_time_preference
from policy.training import days_until, plan_training, reinterview_lead_time
from policy.triggers import attempt_limit_problem, classify_ai_result, no_trigger_reason
from schemas.activities import (
    Addressee,
    BookInput,
    BookResult,
    CloseRunInput,
    CloseRunResult,
    CompleteInput,
    CompleteResult,
    MergeTriggerInput,
    MergeTriggerResult,
    NoticeFacts,
    NotifyInput,
    NotifyResult,
    OpenReinterviewInput,
    OpenReinterviewResult,
    Preparation,
    PrepareInput,
    ProposeSlotsInput,
    RecordTrainingInput,
    RunRef,
    RunStageInput,
)
from schemas.archive import CandidateArchive, Interview, Media, Training
from schemas.contract import FeedbackReport, Outcome, Policy, Stage, TriggerKind
from schemas.errors import describe_validation_error, validation_problems
from schemas.plans import Analysis, InterviewPlan, Slot, TrainingPlan
from service.metrics import ServiceMetrics

# HR to-dos that ask HR to act on a waiting run; once the run has ended they are done. Candidate questions and
# undeliverable-email notices stay open: they still need a person's answer.
WAITING_TODOS = ("approve_request", "check_reply", "reply_escalation", "result_escalation")

_FIXED_KINDS = {
    "requirement_change": TriggerKind.REQUIREMENT_CHANGE,
    "candidate_request": TriggerKind.CANDIDATE_REQUEST,
    "manual": TriggerKind.MANUAL,
}


def _problems(error: Exception) -> str:
    """What is wrong, by field and never by value (values may be personal data)."""
    if isinstance(error, ValidationError):
        return describe_validation_error(error, whole="(record)")
    return str(error)


def _addressees(step: Step, people: People, audiences: frozenset[Audience] | None = None) -> list[Addressee]:
    return [Addressee(audience=a.notice.audience, id=a.id) for a in notices_for(step, people, audiences)]


def _invalid_archive(where: str, problems: list[str]) -> ApplicationError:
    return ApplicationError(
        f"the archive of {where} has invalid data; fix it (e.g. re-import the record) and trigger again: "
        + "; ".join(problems),
        type="InvalidArchiveRecord",
        non_retryable=True,
    )


class ReinterviewActivities:
    """Activities over the archive and the run's tables; built once in worker.py."""

    def __init__(
        self,
        archive: ArchiveRepository,
        runs: RunRepository,
        reports: jinja2.Environment,
        jobs: JobRepository,
        metrics: ServiceMetrics | None = None,
        *,
        policy: Policy | None = None,
        notifier: NotificationActivities | None = None,
    ) -> None:
        self._archive = archive
        self._runs = runs
        self._reports = reports
        self._jobs = jobs
        self._metrics = metrics
        # The worker's durations (settings.policy()); handed to runs whose input has none (open_reinterview).
        self._policy = policy or Policy()
        # Book, complete and close send their step's notices themselves, in the same activity (one billable action).
        self._notifier = notifier

    async def _fetch(self, run: RunRef, extra_dimensions: list[str] | None = None) -> CandidateArchive:
        """The archive, with the job as the version this run started with (a later change doesn't move it).

        Archive rows that break the schema (e.g. a name with a line break written with SQL) are permanent
        problems: retrying cannot fix them, so they fail the run naming the record and field, never the value.
        """
        try:
            archive = await self._archive.fetch_candidate_archive(run.candidate_id, run.job_id, extra_dimensions or ())
        except LookupError as exc:
            raise ApplicationError(str(exc), type="UnknownArchiveRecord", non_retryable=True) from exc
        except InvalidArchiveRecord as exc:
            raise _invalid_archive(f"candidate {run.candidate_id!r} / job {run.job_id!r}", exc.problems) from None
        try:
            pinned = await self._jobs.pinned_job(run.run_id)
        except ValidationError as exc:
            problems = validation_problems(exc, whole="(record)")
            raise _invalid_archive(f"the pinned version of job {run.job_id!r}", problems) from None
        return archive if pinned is None else archive.model_copy(update={"job": pinned})

    @activity.defn
    async def open_reinterview(self, input: OpenReinterviewInput) -> OpenReinterviewResult:
        """Record an AI result in the archive, judge the trigger by the job's rules and write the run's row."""
        run, trigger = input.run, input.trigger
        archive = await self._fetch(run)
        job = archive.job
        if not archive.candidate.email:
            raise ApplicationError(
                f"candidate {run.candidate_id!r} has no email address; add one to the archive and trigger again",
                type="CandidateWithoutEmail",
                non_retryable=True,
            )
        interview_id = None
        overall = None
        if trigger.kind == "ai_result":
            assert trigger.interview is not None  # TriggerSignal.problems() guarantees it
            result = trigger.interview
            interview_id, overall = result.interview_id, result.overall_score
            try:  # keeps what the trigger omits; a changed fact becomes a new version (the archive never loses one)
                await self._archive.record_ai_result(
                    run.candidate_id, run.job_id, result, source=f"trigger:{run.workflow_id}", received_at=input.now
                )
            except (InterviewConflict, ValidationError) as exc:  # retrying cannot fix either
                raise ApplicationError(
                    f"interview {result.interview_id!r} cannot be archived: {_problems(exc)}",
                    type="InvalidInterview",
                    non_retryable=True,
                ) from None
            kind = classify_ai_result(job, result)
            if kind is None:
                return OpenReinterviewResult(
                    trigger_kind=None,
                    end_with=Outcome.NOT_NEEDED,
                    reason=no_trigger_reason(job, result),
                    trigger_interview_id=interview_id,
                    overall_reported=overall,
                    threshold=job.pass_threshold,
                    policy=self._policy,
                )
        else:
            kind = _FIXED_KINDS[trigger.kind]
        # A follow-up of merged requirement changes is part of the attempt that scheduled it: no cooldown, no limit.
        problem = None if input.follow_up_of else attempt_limit_problem(job, archive, input.now, run.run_id)
        await self._runs.record_run(
            run_id=run.run_id,
            workflow_id=run.workflow_id,
            candidate_id=run.candidate_id,
            job_id=run.job_id,
            trigger_kind=kind.value,
            stage="triggered",
            outcome=Outcome.LIMIT_REACHED.value if problem else None,
            at=input.now,
        )
        if input.follow_up_of:
            await self._jobs.mark_follow_up(run.run_id)
        for change_id in input.follow_up_of:  # the ledger: the follow-up the earlier run scheduled has started
            await self._jobs.record_merge(run.job_id, change_id, run.candidate_id, "started", run.run_id)
        return OpenReinterviewResult(
            trigger_kind=kind,
            end_with=Outcome.LIMIT_REACHED if problem else None,
            reason=problem or "",
            trigger_interview_id=interview_id,
            overall_reported=overall,
            threshold=job.pass_threshold,
            policy=self._policy,
        )

    @activity.defn
    async def prepare_reinterview(self, input: PrepareInput) -> Preparation:
        """Analyse the archive, plan training, choose slots; store the analysis report and interview plan."""
        run = input.run
        archive = await self._fetch(run, input.added_dimensions)
        locale = archive.candidate.locale
        trigger_interview = next((i for i in archive.interviews if i.interview_id == input.trigger_interview_id), None)
        analysis = analyze(archive, input.trigger_kind, trigger_interview, input.added_dimensions, locale)
        # R-L2: the plan follows the days until the earliest time actually offered; the job's lead time decides them.
        earliest = input.now + reinterview_lead_time(archive.job, analysis.gaps, input.min_lead_time_s)
        slots = await self._slots(
            run, archive, earliest, input.interview_duration_s, "", [], input.now, input.hold_for_s
        )
        days_available = days_until(slots[0].start, input.now)
        training = plan_training(
            analysis.gaps,
            archive.job,
            archive.courses,
            archive.candidate.learning_style,
            days_available,
            {t.course_id for t in archive.trainings if t.completed_at is not None},
        )
        labels = {code: archive.label(code, locale) for code in archive.dimensions}
        plan = build_interview_plan(analysis, training, archive.trainings, labels, locale, archive.courses)
        known = list(dict.fromkeys([*archive.job.weights, *input.added_dimensions]))
        preparation = Preparation(  # the job's unknown fields stay in the archive, out of the workflow's history
            job=archive.job.without_extra_fields(),
            analysis=analysis,
            training=training,
            plan=plan,
            slots=slots,
            known_dimensions=known,
        )
        await self._store_reports(run, archive, trigger_interview, preparation, input.trigger_kind, labels)
        return preparation

    async def _store_reports(
        self,
        run: RunRef,
        archive: CandidateArchive,
        trigger_interview: Interview | None,
        preparation: Preparation,
        trigger_kind: TriggerKind,
        labels: dict[str, str],
    ) -> None:
        """Store the run's analysis (with the training plan: the notify step reads it for invitations and briefs)
        and interview plan, as data and as the pages HR and the interviewer open. The report's basic information
        names the candidate: it is stored here and stays out of the Preparation the workflow keeps."""
        locale = archive.candidate.locale
        background = report_background(archive, trigger_interview, locale).model_dump(mode="json")
        context = {
            "prep": preparation.model_dump(mode="json"),
            "labels": labels,
            "locale": locale,
            "run": run.model_dump(),
            "trigger_kind": trigger_kind.value,
            "background": background,
        }
        await self._runs.store_report(
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            kind="analysis",
            audience="internal",
            body={
                **preparation.analysis.model_dump(mode="json"),
                "background": background,
                "training": preparation.training.model_dump(mode="json"),
            },
            html=self._render("analysis.html", context),
        )
        await self._runs.store_report(
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            kind="interview_plan",
            audience="internal",
            body=preparation.plan.model_dump(mode="json"),
            html=self._render("interview_plan.html", context),
        )

    @activity.defn
    async def merge_trigger(self, input: MergeTriggerInput) -> MergeTriggerResult:
        """A trigger merged into a running run keeps its facts (issue 13 item 2): an `ai_result` is archived; a
        `requirement_change` moves the run to the job's current version and its ledger row says what the run did.
        With `rebuild` (the interview is still ahead) the analysis and interview plan are rebuilt and stored (the
        brief reads them) and returned, with the dimensions a result may now score."""
        run, trigger = input.run, input.trigger
        result = MergeTriggerResult()
        if trigger.kind == "ai_result":
            assert trigger.interview is not None  # TriggerSignal.problems() guarantees it
            try:
                recorded = await self._archive.record_ai_result(
                    run.candidate_id,
                    run.job_id,
                    trigger.interview,
                    source=f"trigger:{run.workflow_id}",
                    received_at=input.received_at,
                )
            except (InterviewConflict, ValidationError) as exc:  # retrying cannot fix either
                raise ApplicationError(
                    f"interview {trigger.interview.interview_id!r} cannot be archived: {_problems(exc)}",
                    type="InvalidInterview",
                    non_retryable=True,
                ) from None
            result.changed = ["created"] if recorded.created else list(recorded.changed)
            if not result.changed:
                return result  # nothing new: the picture is the same
        if trigger.kind == "requirement_change":
            if input.rebuild is not None:
                await self._jobs.repin_run(run.run_id)
            if input.ledger is not None and trigger.change_id:
                await self._jobs.record_merge(run.job_id, trigger.change_id, run.candidate_id, input.ledger, run.run_id)
        if input.rebuild is None or input.trigger_kind is None:
            return result
        archive = await self._fetch(run, input.added_dimensions)
        locale = archive.candidate.locale
        trigger_interview = next((i for i in archive.interviews if i.interview_id == input.trigger_interview_id), None)
        analysis = analyze(archive, input.trigger_kind, trigger_interview, input.added_dimensions, locale)
        labels = {code: archive.label(code, locale) for code in archive.dimensions}
        training = input.rebuild.training
        plan = build_interview_plan(analysis, training, archive.trainings, labels, locale, archive.courses)
        job = archive.job.without_extra_fields()
        known = list(dict.fromkeys([*job.weights, *input.added_dimensions]))
        preparation = input.rebuild.model_copy(
            update={"job": job, "analysis": analysis, "plan": plan, "known_dimensions": known}
        )
        await self._store_reports(run, archive, trigger_interview, preparation, input.trigger_kind, labels)
        result.job, result.analysis, result.plan, result.known_dimensions = job, analysis, plan, known
        return result

    @activity.defn
    async def propose_slots(self, input: ProposeSlotsInput) -> list[Slot]:
        """Read interviewers' availability and bookings; choose new slots (honouring a stated preference)."""
        archive = await self._fetch(input.run)
        return await self._slots(
            input.run,
            archive,
            input.earliest,
            input.interview_duration_s,
            input.preference_text,
            input.exclude,
            input.now,
            input.hold_for_s,
            avoid=frozenset(input.avoid_interviewers),
        )

    async def _slots(
        self,
        run: RunRef,
        archive: CandidateArchive,
        earliest: datetime,
        duration_s: float,
        preference_text: str,
        exclude: list[Slot],
        now: datetime,
        hold_for_s: float,
        avoid: frozenset[str] = frozenset(),
    ) -> list[Slot]:
        """Free times for this candidate; what other open invitations hold counts as taken, and ours are held.
        Interviewers in `avoid` are left out; with any left out, no free time is an empty answer, not a failure."""
        interviewers = [i for i in archive.interviewers if i.interviewer_id not in avoid]
        ids = [i.interviewer_id for i in interviewers]
        duration = timedelta(seconds=duration_s)
        timezone = archive.candidate.timezone
        preference = parse_time_preference(preference_text, now, timezone) if preference_text else None
        # Bookings are read first, on a connection of their own: the locked transaction below must not wait for a
        # second pool connection while it holds one (the database itself refuses double bookings anyway).
        booked = await self._archive.booked_intervals(ids, earliest)
        async with self._runs.choosing_slots(ids) as choice:  # read the holds and hold ours, one run at a time
            booked += await choice.held_by_others(ids, earliest, now, run.workflow_id)
            slots = choose_slots(interviewers, booked, earliest, duration, 3, preference, exclude, timezone=timezone)
            if not slots and preference is not None:
                slots = choose_slots(interviewers, booked, earliest, duration, 3, None, exclude, timezone=timezone)
            if not slots and avoid:
                return []
            if not slots:
                raise ApplicationError(
                    f"no interviewer for job {archive.job.job_id!r} has a free slot after {earliest.isoformat()}; "
                    "add availability to the archive",
                    type="NoAvailability",
                    non_retryable=True,
                )
            await choice.hold(
                workflow_id=run.workflow_id,
                slots=[(s.interviewer_id, s.start, s.end) for s in slots],
                until=now + timedelta(seconds=hold_for_s),
            )
        return slots

    @activity.defn
    async def book_interview(self, input: BookInput) -> BookResult:
        """Book (or move) the run's calendar event; the database refuses a double booking."""
        sequence = await self._runs.book(
            event_uid=input.event_uid,
            workflow_id=input.run.workflow_id,
            candidate_id=input.run.candidate_id,
            interviewer_id=input.slot.interviewer_id,
            start=input.slot.start,
            end=input.slot.end,
        )
        if sequence is None:
            return BookResult(booked=False)
        await self._runs.release_holds(input.run.workflow_id)
        waited = await self._runs.seconds_since_start(input.run.run_id)
        if self._metrics is not None and waited is not None and sequence == 0:
            self._metrics.confirmed_after(waited)
        notified = []
        for notice in input.notices:  # the invites carry the booking's SEQUENCE, known only now
            facts = notice.facts.model_copy(update={"sequence": sequence})
            notified.append(await self._notify(notice.model_copy(update={"facts": facts})))
        return BookResult(booked=True, sequence=sequence, notified=notified)

    async def _notify(self, notice: NotifyInput, report: FeedbackReport | None = None) -> NotifyResult:
        if self._notifier is None:
            raise ApplicationError("this worker has no notifier wired", type="WorkerMisconfigured")
        return await self._notifier.deliver(notice, report)

    @activity.defn
    async def record_training(self, input: RecordTrainingInput) -> InterviewPlan | None:
        """Write a completed course and its post-training assessment score to the archive (R-L3); with
        `refresh_plan`, rebuild and store the interview plan with it and return the plan."""
        run = input.run
        archive = await self._fetch(run)
        earlier = next((t for t in archive.trainings if t.course_id == input.training.course_id), None)
        pre = input.training.pre_score
        if pre is None and earlier is not None:
            pre = earlier.pre_score
        try:
            training = Training(
                candidate_id=run.candidate_id,
                course_id=input.training.course_id,
                completed_at=input.training.completed_at or input.received_at,
                pre_score=pre,
                post_score=input.training.assessment_score,
            )
            await self._archive.record_training(training)
        except (ValidationError, LookupError) as exc:  # retrying cannot fix either: fail once, naming the fields
            raise ApplicationError(
                f"training {input.training.course_id[:128]!r} of candidate {run.candidate_id!r} cannot be recorded: "
                + _problems(exc),
                type="InvalidTraining",
                non_retryable=True,
            ) from None
        if input.refresh_plan is None:
            return None
        return await self._refresh_plan(run, archive, training, input.refresh_plan)

    async def _refresh_plan(
        self, run: RunRef, archive: CandidateArchive, training: Training, training_plan: TrainingPlan
    ) -> InterviewPlan | None:
        """The stored interview plan rebuilt with the trainings completed so far (“ask how it was applied”)."""
        stored = await self._runs.report(run.run_id, "analysis")
        if stored is None:
            return None
        analysis = Analysis.model_validate(stored)
        trainings = [*(t for t in archive.trainings if t.course_id != training.course_id), training]
        locale = archive.candidate.locale
        labels = {code: archive.label(code, locale) for code in archive.dimensions}
        plan = build_interview_plan(analysis, training_plan, trainings, labels, locale, archive.courses)
        context = {
            "prep": {"plan": plan.model_dump(mode="json"), "job": {"title": archive.job.title}},
            "labels": labels,
            "locale": locale,
            "run": run.model_dump(),
            "trigger_kind": None,
        }
        await self._runs.store_report(
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            kind="interview_plan",
            audience="internal",
            body=plan.model_dump(mode="json"),
            html=self._render("interview_plan.html", context),
        )
        return plan

    @activity.defn
    async def complete_reinterview(self, input: CompleteInput) -> CompleteResult:
        """Build the feedback report, store both versions and write the result back as a new attempt (R-A3)."""
        run = input.run
        archive = await self._fetch(run)
        stored = await self._runs.report(run.run_id, "analysis")
        if stored is None:
            raise ApplicationError(f"run {run.run_id} has no stored analysis", non_retryable=True)
        analysis = Analysis.model_validate(stored)
        interview_id = f"reinterview-{run.run_id}"
        earlier = [i for i in archive.interviews if i.interview_id != interview_id]
        archive = archive.model_copy(update={"interviews": earlier})
        locale = archive.candidate.locale
        report = build_feedback_report(archive, analysis, input.result, archive.trainings, locale)
        plan = await self._runs.report(run.run_id, "interview_plan") or {}
        await self._archive.record_interview(
            Interview(
                interview_id=interview_id,
                candidate_id=run.candidate_id,
                job_id=run.job_id,
                taken_at=input.interview_at,
                completed=True,
                overall_score=report.overall_after,
                dimension_scores=input.result.dimension_scores,
                asked_question_ids=[q["question_id"] for q in plan.get("questions", [])],
                media=input.result.media or Media(),
                source="reinterview",
            ),
            source=f"reinterview:{run.run_id}",
        )
        labels = {code: archive.label(code, locale) for code in archive.dimensions}
        candidate_view = report.model_copy(update={"internal_notes": ""})
        for audience, version in (("internal", report), ("candidate", candidate_view)):
            context = {
                "report": version.model_dump(mode="json"),
                "labels": labels,
                "locale": locale,
                "audience": audience,
                "job_title": archive.job.title,
            }
            await self._runs.store_report(
                workflow_id=run.workflow_id,
                run_id=run.run_id,
                kind="feedback",
                audience=audience,
                body=version.model_dump(mode="json"),
                html=self._render("feedback.html", context),
            )
        # R-R4: the report to HR, the interviewer and the candidate, and the run closed, in the same step.
        feedback = NotifyInput(
            run=run,
            step=Step.FEEDBACK,
            key="feedback",
            recipients=_addressees(Step.FEEDBACK, People(run.candidate_id, input.interviewer_id)),
            facts=NoticeFacts(trigger_kind=input.trigger_kind),
        )
        notified = [await self._notify(feedback, report)]
        await self._record_end(run, input.trigger_kind, Outcome(report.recommendation.value), input.at)
        return CompleteResult(report=report, interview_id=interview_id, notified=notified)

    @activity.defn
    async def close_run(self, input: CloseRunInput) -> CloseRunResult:
        """End the run as policy/endings.py says for its outcome: call a booking off, tell the people, record it."""
        run = input.run
        plan = ending_plan(input.outcome, invited=input.invited, booked=input.booking is not None)
        facts = NoticeFacts(trigger_kind=input.trigger_kind, outcome=input.outcome, reason=input.reason)
        notified: list[NotifyResult] = []
        sequence = input.sequence
        if plan.call_off and input.booking is not None:
            sequence = await self._runs.cancel_booking(input.event_uid) or sequence + 1
            called_off = NotifyInput(
                run=run,
                step=Step.CALLED_OFF,
                key="interview-cancelled",
                recipients=_addressees(Step.CALLED_OFF, People(run.candidate_id, input.booking.interviewer_id)),
                facts=facts.model_copy(update={"slot": input.booking, "sequence": sequence}),
            )
            notified.append(await self._notify(called_off))
        people = People(run.candidate_id, input.booking.interviewer_id if input.booking else None)
        told = _addressees(Step.OUTCOME, people, plan.tell)
        if told:
            outcome = NotifyInput(run=run, step=Step.OUTCOME, key="outcome", recipients=told, facts=facts)
            notified.append(await self._notify(outcome))
        await self._record_end(run, input.trigger_kind, input.outcome, input.at)
        return CloseRunResult(called_off=plan.call_off, sequence=sequence, notified=notified)

    async def _record_end(self, run: RunRef, kind: TriggerKind | None, outcome: Outcome, at: datetime) -> None:
        await self.record_run_stage(
            RunStageInput(run=run, trigger_kind=kind, stage=Stage.COMPLETED, outcome=outcome, at=at)
        )

    @activity.defn
    async def record_run_stage(self, input: RunStageInput) -> None:
        """Update the run's row in PostgreSQL (stage, outcome, end time); an ended run holds no times.

        With `failure` set the run has failed: its row (if it got one) is closed with outcome 'failed' and why.
        """
        run = input.run
        if input.failure is not None or input.outcome is not None:
            await self._runs.end_waits(run.workflow_id, WAITING_TODOS, input.at)
        if input.failure is not None:
            closed = await self._runs.record_failure(
                run_id=run.run_id, stage=input.stage.value, failure=input.failure, at=input.at
            )
            if closed:  # a run HR knew of stopped: a person takes over (its booking, if any, is still in place)
                await self._runs.create_todo(
                    todo_key=f"{run.run_id}:run-failed",
                    workflow_id=run.workflow_id,
                    candidate_id=run.candidate_id,
                    job_id=run.job_id,
                    kind="run_failed",
                    title="The re-interview stopped on an error; take it over",
                    detail=f"stage {input.stage.value}: {input.failure}",
                )
            return
        if input.outcome is not None and self._metrics is not None:
            self._metrics.outcome(input.outcome, input.trigger_kind)
        await self._runs.record_run(
            run_id=run.run_id,
            workflow_id=run.workflow_id,
            candidate_id=run.candidate_id,
            job_id=run.job_id,
            trigger_kind=input.trigger_kind.value if input.trigger_kind else None,
            stage=input.stage.value,
            outcome=input.outcome.value if input.outcome else None,
            at=input.at,
        )

    def _render(self, name: str, context: dict[str, Any]) -> str:
        try:
            return self._reports.get_template(f"reports/{name}").render(**context)
        except (jinja2.TemplateError, TypeError, KeyError) as exc:
            raise ApplicationError(
                f"report template {name!r} failed: {exc}", type="ReportTemplateError", non_retryable=True
            ) from exc
