"""The comprehensive analysis (R-P3) and the personalized interview plan (R-P4)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from policy.gaps import find_gaps, importance
from policy.questions import recommend_questions
from policy.scoring import best_scores, weighted_overall
from policy.training import course_title, quote_title
from policy.triggers import incomplete_is_objective
from schemas.archive import Assessment, CandidateArchive, Course, Interview, Job, Training
from schemas.contract import TriggerKind
from schemas.plans import (
    Analysis,
    AnalysisBackground,
    AssessmentSummary,
    AttemptSummary,
    CandidateProfile,
    Gap,
    InterviewPlan,
    QuestionKind,
    QuestionPick,
    RubricItem,
    TrainingPlan,
    TrainingRecord,
)

FALLBACK_FOCUS = 3  # dimensions to probe when nothing is below the bar (e.g. a candidate's own request)
RESUME_SUMMARY_CHARS = 300  # the analysis report shows the resume's opening, the archive keeps all of it
ASSESSMENT_FINDINGS = 8  # findings shown per assessment

_TOOLS: dict[QuestionKind, tuple[str, str]] = {
    "situational": ("情景模拟", "Situational simulation"),
    "case": ("案例分析", "Case analysis"),
    "technical": ("技术实操练习", "Technical exercise"),
}
_DEFAULT_TOOLS: tuple[QuestionKind, ...] = ("situational", "case")
# (zh, en, weight); the first is the seed's rubric, the second replaces 情绪管理 for purely technical focus.
_RUBRIC_SOFT = (
    ("逻辑清晰", "Clear reasoning", 0.2),
    ("解决方案有效", "Effective solution", 0.3),
    ("情绪管理", "Emotional composure", 0.2),
    ("专业知识", "Professional knowledge", 0.3),
)
_RUBRIC_TECHNICAL = (
    ("逻辑清晰", "Clear reasoning", 0.2),
    ("解决方案有效", "Effective solution", 0.3),
    ("专业知识", "Professional knowledge", 0.4),
    ("表达沟通", "Clear communication", 0.1),
)


def _text(zh: str, en: str, locale: str) -> str:
    return en if locale == "en" else zh


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _unanswered(job: Job, interview: Interview | None) -> list[str]:
    """The job's dimensions an incomplete interview never scored, most important first."""
    if interview is None:
        return []
    missing = [code for code, w in job.weights.items() if w > 0 and code not in interview.dimension_scores]
    return sorted(missing, key=lambda code: importance(job, code))


def _latest(interviews: Iterable[Interview]) -> Interview | None:
    """The most recent interview (undated ones count as oldest)."""
    return max(interviews, key=lambda i: (i.taken_at is not None, i.taken_at and i.taken_at.timestamp()), default=None)


def _latest_incomplete(interviews: Iterable[Interview]) -> Interview | None:
    return _latest(i for i in interviews if not i.completed)


def interview_overall(job: Job, interview: Interview) -> float | None:
    """An interview's overall as reported (when taken for this job), else computed by the job's rules.

    None when it scored none of the job's dimensions. An interview taken for another job (the one this job was
    upgraded from, R-T3) reported its overall by that job's weights, so it is recomputed by this job's.
    """
    if interview.overall_score is not None and interview.job_id == job.job_id:
        return interview.overall_score
    if not any(code in interview.dimension_scores for code in job.weights):
        return None
    return weighted_overall(job.weights, interview.dimension_scores)


def _retag(gaps: list[Gap], reason: str, codes: Iterable[str]) -> list[Gap]:
    """Name why a never-scored gap exists (an unanswered part, a newly added dimension)."""
    codes = set(codes)
    return [
        g.model_copy(update={"reason": reason}) if g.code in codes and g.reason == "never_scored" else g for g in gaps
    ]


def assessment_tools(questions: Sequence[QuestionPick], locale: str) -> list[str]:
    """Situational simulation / case analysis / technical exercise, by the kinds of the chosen questions."""
    kinds = {q.kind for q in questions} or set(_DEFAULT_TOOLS)
    return [_text(*_TOOLS[kind], locale) for kind in _TOOLS if kind in kinds]


def rubric(questions: Sequence[QuestionPick], locale: str) -> list[RubricItem]:
    """Weighted scoring criteria summing to 1; technical-only focus weighs knowledge over composure."""
    kinds = {q.kind for q in questions}
    items = _RUBRIC_TECHNICAL if kinds and kinds <= {"technical"} else _RUBRIC_SOFT
    return [RubricItem(criterion=_text(zh, en, locale), weight=weight) for zh, en, weight in items]


def analyze(
    archive: CandidateArchive,
    trigger_kind: TriggerKind,
    trigger_interview: Interview | None,
    added_dimensions: Sequence[str],
    locale: str,
) -> Analysis:
    """Scores, gaps, focus, never-asked questions, tools and rubric for one re-interview."""
    job = archive.job
    interviews = list(archive.interviews)
    if trigger_interview is not None and all(i.interview_id != trigger_interview.interview_id for i in interviews):
        interviews.append(trigger_interview)
    best = best_scores(interviews)
    labels = {code: archive.label(code, locale) for code in {*job.weights, *best, *added_dimensions}}
    gaps = find_gaps(job, best, labels)

    # The interview this re-interview answers: the trigger's, else the unfinished one, else the latest on file.
    reference = trigger_interview
    leading: list[str] = []
    if trigger_kind == TriggerKind.INCOMPLETE:
        incomplete = trigger_interview if trigger_interview is not None else _latest_incomplete(interviews)
        reference = incomplete
        leading = _unanswered(job, incomplete)
        gaps = _retag(gaps, "unanswered", leading)
    elif trigger_kind == TriggerKind.REQUIREMENT_CHANGE:
        leading = list(added_dimensions)
        gaps = _retag(gaps, "added_by_change", leading)
        for code in leading:
            if code not in job.weights and code not in best:  # the archive's job is not updated yet
                gaps.append(
                    Gap(
                        code=code,
                        label=labels[code],
                        score=None,
                        bar=job.gap_bar,
                        weight=0.0,
                        core=False,
                        reason="added_by_change",
                    )
                )
    focus = list(dict.fromkeys([*leading, *(g.code for g in gaps)]))
    if not focus:
        scored = [code for code, w in job.weights.items() if w > 0]
        focus = sorted(scored, key=lambda c: (c not in job.core_skills, best.get(c, -1.0), -job.weights[c], c))
        focus = focus[:FALLBACK_FOCUS]

    asked = {qid for i in interviews for qid in i.asked_question_ids}
    questions = recommend_questions(focus, archive.questions, asked, locale)
    if reference is None:
        reference = _latest(interviews)
    return Analysis(
        # CONTRACT: the triggering interview's overall as reported, or computed by the rules — never the best of
        # the history (an earlier 90 must not hide the 50 that triggered this re-interview).
        overall_before=None if reference is None else interview_overall(job, reference),
        threshold=job.pass_threshold,
        best_scores=best,
        weighted_overall=weighted_overall(job.weights, best),
        gaps=gaps,
        focus=focus,
        questions=questions,
        assessment_tools=assessment_tools(questions, locale),
        rubric=rubric(questions, locale),
        incomplete_reason=(reference.incomplete_reason or "unknown")
        if reference is not None and not reference.completed
        else None,
    )


def training_note(training: Training, title: str, dimension: str, locale: str) -> str:
    """One "ask how the training was applied" line with the post-training score."""
    about = f"（{dimension}）" if dimension and locale != "en" else (f" ({dimension})" if dimension else "")
    if locale == "en":
        scores = f"post-training score {_score(training.post_score)}"
        if training.pre_score is not None:
            scores += f" (before: {_score(training.pre_score)})"
        return f"Completed {quote_title(title, locale)}{about}, {scores}: ask how the training was applied in real work"
    scores = f"培训后测评 {_score(training.post_score)} 分"
    if training.pre_score is not None:
        scores += f"（培训前 {_score(training.pre_score)} 分）"
    return f"已完成{quote_title(title, locale)}{about}，{scores}：询问培训内容如何应用到实际工作中"


def build_interview_plan(
    analysis: Analysis,
    training: TrainingPlan,
    completed_trainings: Sequence[Training],
    labels: Mapping[str, str],
    locale: str,
    courses: Sequence[Course] = (),
) -> InterviewPlan:
    """The interviewer's plan: focus, questions, tools, rubric, and a note per completed training.

    Course titles come from the training plan, else from `courses` (the catalog), else the course id.
    """
    planned = {item.course_id: item for item in training.items}
    catalog = {course.course_id: course for course in courses}
    notes: list[str] = []
    seen: set[str] = set()
    for done in completed_trainings:
        if done.course_id in seen or (done.completed_at is None and done.post_score is None):
            continue
        seen.add(done.course_id)
        item, course = planned.get(done.course_id), catalog.get(done.course_id)
        if item is not None:
            title, codes = (item.title_en if locale == "en" and item.title_en else item.title), [item.dimension]
        elif course is not None:
            title, codes = course_title(course, locale), [c for c in course.dimensions if c in labels]
        else:
            title, codes = str(done.extra_fields().get("title") or done.course_id), []
        dimension = (
            "、".join(labels.get(c, c) for c in codes) if locale != "en" else ", ".join(labels.get(c, c) for c in codes)
        )
        notes.append(training_note(done, title, dimension, locale))
    return InterviewPlan(
        dimensions=list(analysis.focus),
        questions=list(analysis.questions),
        assessment_tools=list(analysis.assessment_tools),
        rubric=list(analysis.rubric),
        training_notes=notes,
    )


def _summary(text: str, limit: int) -> str:
    """The opening of a text, cut at `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _findings(assessment: Assessment) -> dict[str, str]:
    """An assessment's result as short `name: value` texts (nested values as compact JSON-ish text)."""
    shown = list(assessment.result.items())[:ASSESSMENT_FINDINGS]
    return {
        str(k): _summary(v if isinstance(v, str) else f"{v:g}" if isinstance(v, float) else str(v), 80)
        for k, v in shown
    }


def report_background(
    archive: CandidateArchive, trigger_interview: Interview | None, locale: str
) -> AnalysisBackground:
    """The analysis report's basic information: profile, resume summary, assessments, attempts with media, training.

    For HR and the interviewer only: it names the candidate, so it goes into stored reports, never into the
    workflow's state.
    """
    job, candidate = archive.job, archive.candidate
    interviews = list(archive.interviews)
    if trigger_interview is not None and all(i.interview_id != trigger_interview.interview_id for i in interviews):
        interviews.append(trigger_interview)
    attempts = [
        AttemptSummary(
            interview_id=i.interview_id,
            job_id=i.job_id,
            source=i.source,
            taken_at=i.taken_at,
            completed=i.completed,
            incomplete_reason=None if i.completed else (i.incomplete_reason or "unknown"),
            incomplete_objective=None if i.completed else incomplete_is_objective(i.incomplete_reason),
            overall_score=interview_overall(job, i),
            overall_reported=i.overall_score is not None and i.job_id == job.job_id,
            dimension_scores=dict(i.dimension_scores),
            video=i.media.video,
            audio=i.media.audio,
            transcript=i.media.transcript,
            trigger=trigger_interview is not None and i.interview_id == trigger_interview.interview_id,
        )
        for i in sorted(interviews, key=lambda i: (i.taken_at is not None, i.taken_at and i.taken_at.timestamp()))
    ]
    catalog = {c.course_id: c for c in archive.courses}
    trainings = [
        TrainingRecord(
            course_id=t.course_id,
            title=course_title(catalog[t.course_id], locale) if t.course_id in catalog else t.course_id,
            completed_at=t.completed_at,
            pre_score=t.pre_score,
            post_score=t.post_score,
        )
        for t in archive.trainings
    ]
    return AnalysisBackground(
        profile=CandidateProfile(
            name=candidate.name,
            education=candidate.education,
            years_experience=candidate.years_experience,
            learning_style=candidate.learning_style,
            locale=candidate.locale,
            timezone=candidate.timezone,
        ),
        resume_summary=_summary(candidate.resume, RESUME_SUMMARY_CHARS),
        attempts=attempts,
        assessments=[
            AssessmentSummary(
                assessment_id=a.assessment_id, kind=a.kind, taken_at=a.taken_at, score=a.score, result=_findings(a)
            )
            for a in archive.assessments
        ],
        trainings=trainings,
    )
