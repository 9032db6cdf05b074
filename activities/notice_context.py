"""What each email of a step says, built on the activity side from the step's facts and the archive.

The workflow sends facts (ids, times, codes); here they meet what only the database knows: the job's title in the
recipient's language and its rules, people's names, the interview's place, the stored analysis and plans.
Pure functions over already-loaded data (activities/notifications.py loads it once per step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policy.notices import Notice, Step
from schemas.activities import NoticeFacts
from schemas.archive import CandidateArchive, Interviewer, Job
from schemas.contract import FeedbackReport
from schemas.plans import Slot


@dataclass(frozen=True)
class StepData:
    """What a step's recipients' contexts are built from (loaded once per step)."""

    archive: CandidateArchive
    job: Job
    workflow_id: str
    default_place: str = ""
    analysis: dict[str, Any] | None = None  # the stored analysis report's body (with the training plan)
    plan: dict[str, Any] | None = None  # the stored interview plan
    report: FeedbackReport | None = None  # the feedback report, for the FEEDBACK step
    extra: dict[str, Any] = field(default_factory=dict)


def optional(record: Any, name: str) -> Any:
    """An optional archive field: a declared one, or one kept from the import as an unknown field."""
    value = getattr(record, name, None)
    return value if value not in ("", None) else None


def job_title(job: Job, locale: str) -> str:
    """The job's title in the recipient's language (`title_en` for English readers, when the job has one)."""
    english = optional(job, "title_en")
    return str(english) if locale == "en" and english else job.title


def interviewer_of(archive: CandidateArchive, interviewer_id: str | None) -> Interviewer | None:
    return next((i for i in archive.interviewers if i.interviewer_id == interviewer_id), None)


def place(job: Job, interviewer: Interviewer | None, default: str) -> tuple[str, str]:
    """(location, online link) of an interview: the interviewer's room or video room, else the job's
    `interview_location` (`online`: held online, the link from the default when it is one), else the configured
    neutral default (a room, or a link)."""
    room = optional(interviewer, "location") if interviewer else None
    link = optional(interviewer, "meeting_url") if interviewer else None
    job_place = optional(job, "interview_location")
    if room or link:
        return str(room or ""), str(link or "")
    default_link = default if default.startswith("http") else ""
    if job_place == "online":
        return "online", default_link
    if job_place:
        return str(job_place), ""
    return ("", default_link) if default_link else (default, "")


def _slot(slot: Slot) -> dict[str, Any]:
    return {"start": slot.start.isoformat(), "end": slot.end.isoformat(), "interviewer_id": slot.interviewer_id}


def context(step: Step, notice: Notice, locale: str, facts: NoticeFacts, data: StepData) -> dict[str, Any]:
    """The template context of one recipient's message of `step` (names of the recipient are added on sending)."""
    archive, job = data.archive, data.job
    ctx: dict[str, Any] = {
        "job_title": job_title(job, locale),
        "job_title_en": optional(job, "title_en") or "",
        "job_id": job.job_id,
        "candidate_id": archive.candidate.candidate_id,
        "candidate_name": archive.candidate.name,
        "workflow_id": data.workflow_id,
        "pass_threshold": job.pass_threshold,
        "trigger_kind": facts.trigger_kind.value if facts.trigger_kind else None,
        "labels": {code: archive.label(code, locale) for code in archive.dimensions},
    }
    analysis = data.analysis or {}
    training = analysis.get("training")
    slot = facts.previous_slot if step == Step.HANDED_OVER else facts.slot
    if slot is not None:
        interviewer = interviewer_of(archive, slot.interviewer_id)
        location, link = place(job, interviewer, data.default_place)
        ctx.update(_slot(slot))
        ctx.update(
            location=location,
            online_link=link,
            interviewer_name=interviewer.name if interviewer else slot.interviewer_id,
            training=training,
            training_applies=bool(training and training.get("items")),
            rescheduled=facts.rescheduled,
        )
    if facts.slots:
        first = interviewer_of(archive, facts.slots[0].interviewer_id)
        location, link = place(job, first, data.default_place)
        ctx.update(
            round=facts.round,
            slots=[{"number": n, **_slot(s)} for n, s in enumerate(facts.slots, start=1)],
            location=location,
            online_link=link,
            training=training,
            reply_by=facts.reply_by.isoformat() if facts.reply_by else None,
        )
        shows_score = bool(optional(job, "invitation_shows_score"))
        ctx["invitation_shows_score"] = shows_score
        if shows_score and analysis.get("overall_before") is not None:
            ctx["ai_score"] = analysis["overall_before"]
    if facts.deadline is not None:
        deadline = facts.deadline.isoformat()
        ctx.update(decide_by=deadline, expires_at=deadline, ends_at=deadline, no_show_at=deadline)
    if step == Step.BRIEF:
        ctx.update(_brief(facts, analysis, data.plan or {}))
    if step == Step.FEEDBACK and data.report is not None:
        report = data.report
        if notice.audience == "candidate":
            report = report.model_copy(update={"internal_notes": ""})
        ctx["report"] = report.model_dump(mode="json")
    ctx.update(
        reason=facts.reason or ctx.get("reason", ""),
        outcome=facts.outcome.value if facts.outcome else None,
        approved=facts.approved,
        event=facts.event,
    )
    if facts.read_as is not None and notice.audience == "candidate":  # the reply this email echoes (R-M3)
        ctx["read_as"] = facts.read_as.model_dump(mode="json")
    if step == Step.HANDED_OVER and not facts.reason:
        ctx["reason"] = "reassigned"
    return ctx


def _brief(facts: NoticeFacts, analysis: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    """The interviewer's brief: the analysis, the plan, and the training finished since (ask how it was applied)."""
    training = analysis.get("training") or {}
    titles = {item["course_id"]: item["title"] for item in training.get("items", [])}
    results = [
        {"title": titles.get(t.course_id, t.course_id), "pre_score": t.pre_score, "post_score": t.assessment_score}
        for t in facts.trainings
    ]
    return {
        "analysis": {k: v for k, v in analysis.items() if k not in ("background", "training")},
        "plan": plan,
        "training": training or None,
        "training_results": results,
    }
