"""The comprehensive analysis (R-P3) and the personalized interview plan (R-P4)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from policy.gaps import find_gaps, importance
from policy.questions import recommend_questions
from policy.scoring import best_scores, weighted_overall
from policy.training import course_title, quote_title
from schemas.archive import CandidateArchive, Course, Interview, Job, Training
from schemas.contract import TriggerKind
from schemas.plans import Analysis, Gap, InterviewPlan, QuestionPick, RubricItem, TrainingPlan

FALLBACK_FOCUS = 3  # dimensions to probe when nothing is below the bar (e.g. a candidate's own request)

_TOOLS = {
    "situational": ("情景模拟", "Situational simulation"),
    "case": ("案例分析", "Case analysis"),
    "technical": ("技术实操练习", "Technical exercise"),
}
_DEFAULT_TOOLS = ("situational", "case")
# (zh, en, weight); the first is the seed's rubric, the second replaces 情绪管理 for purely technical focus.
_RUBRIC_SOFT = (("逻辑清晰", "Clear reasoning", 0.2), ("解决方案有效", "Effective solution", 0.3),
                ("情绪管理", "Emotional composure", 0.2), ("专业知识", "Professional knowledge", 0.3))
_RUBRIC_TECHNICAL = (("逻辑清晰", "Clear reasoning", 0.2), ("解决方案有效", "Effective solution", 0.3),
                     ("专业知识", "Professional knowledge", 0.4), ("表达沟通", "Clear communication", 0.1))


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


def _latest_incomplete(interviews: Iterable[Interview]) -> Interview | None:
    incomplete = [i for i in interviews if not i.completed]
    return max(incomplete, key=lambda i: (i.taken_at is not None, i.taken_at and i.taken_at.timestamp()),
               default=None)


def _retag(gaps: list[Gap], reason: str, codes: Iterable[str]) -> list[Gap]:
    """Name why a never-scored gap exists (an unanswered part, a newly added dimension)."""
    codes = set(codes)
    return [g.model_copy(update={"reason": reason}) if g.code in codes and g.reason == "never_scored" else g
            for g in gaps]


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

    leading: list[str] = []
    if trigger_kind == TriggerKind.INCOMPLETE:
        incomplete = trigger_interview if trigger_interview is not None else _latest_incomplete(interviews)
        leading = _unanswered(job, incomplete)
        gaps = _retag(gaps, "unanswered", leading)
    elif trigger_kind == TriggerKind.REQUIREMENT_CHANGE:
        leading = list(added_dimensions)
        gaps = _retag(gaps, "added_by_change", leading)
        for code in leading:
            if code not in job.weights and code not in best:  # the archive's job is not updated yet
                gaps.append(Gap(code=code, label=labels[code], score=None, bar=job.gap_bar, weight=0.0,
                                core=False, reason="added_by_change"))
    focus = list(dict.fromkeys([*leading, *(g.code for g in gaps)]))
    if not focus:
        scored = [code for code, w in job.weights.items() if w > 0]
        focus = sorted(scored, key=lambda c: (c not in job.core_skills, best.get(c, -1.0), -job.weights[c], c))
        focus = focus[:FALLBACK_FOCUS]

    asked = {qid for i in interviews for qid in i.asked_question_ids}
    questions = recommend_questions(focus, archive.questions, asked, locale)
    scored_for_job = any(code in best for code in job.weights)
    reported = trigger_interview.overall_score if trigger_interview is not None else None
    overall = weighted_overall(job.weights, best)
    return Analysis(
        overall_before=reported if reported is not None else (overall if scored_for_job else None),
        threshold=job.pass_threshold,
        best_scores=best,
        weighted_overall=overall,
        gaps=gaps,
        focus=focus,
        questions=questions,
        assessment_tools=assessment_tools(questions, locale),
        rubric=rubric(questions, locale),
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
        dimension = "、".join(labels.get(c, c) for c in codes) if locale != "en" else ", ".join(
            labels.get(c, c) for c in codes)
        notes.append(training_note(done, title, dimension, locale))
    return InterviewPlan(
        dimensions=list(analysis.focus),
        questions=list(analysis.questions),
        assessment_tools=list(analysis.assessment_tools),
        rubric=list(analysis.rubric),
        training_notes=notes,
    )
