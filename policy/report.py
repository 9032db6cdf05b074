"""The feedback report (R-R1–R-R3): before/after per dimension, recommendation, strengths, next training."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from policy.gaps import importance
from policy.scoring import overall_after, recommend
from policy.training import course_title, quote_title
from policy.triggers import earlier_attempts
from schemas.archive import CandidateArchive, Course, Training
from schemas.contract import DimensionChange, FeedbackReport, SubmitResult
from schemas.plans import Analysis, Gap

STRONG_SCORE = 85.0  # a strength even when it did not rise


def _n(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _completed(trainings: Iterable[Training]) -> set[str]:
    return {t.course_id for t in trainings if t.completed_at is not None or t.post_score is not None}


def _first_course(courses: Sequence[Course], code: str, skip: set[str], level: str | None) -> Course | None:
    """The catalog's first course for a dimension not in `skip`; `level` only, or "basic" preferred if None."""
    fitting = [c for c in courses if code in c.dimensions and c.course_id not in skip]
    if level is not None:
        return next((c for c in fitting if c.extra_fields().get("level") == level), None)
    return min(fitting, key=lambda c: c.extra_fields().get("level") != "basic", default=None)


def next_training(archive: CandidateArchive, weaknesses: Sequence[str], completed: set[str], locale: str) -> list[str]:
    """A basic course per weakness; with none, one advanced course for a core skill (《高级客户服务技巧》)."""
    picked: list[Course] = []
    for code in weaknesses:
        course = _first_course(archive.courses, code, completed | {c.course_id for c in picked}, None)
        if course is not None:
            picked.append(course)
    if not weaknesses:
        core = sorted(archive.job.core_skills, key=lambda c: importance(archive.job, c))
        advanced = (_first_course(archive.courses, code, completed, "advanced") for code in core)
        picked = [course for course in advanced if course is not None][:1]
    return [quote_title(course_title(c, locale), locale) for c in picked]


def _training_applied(archive: CandidateArchive, trainings: Sequence[Training], locale: str) -> list[str]:
    """One line per assessed training: course title, pre → post score."""
    catalog = {c.course_id: c for c in archive.courses}
    lines: list[str] = []
    for done in {t.course_id: t for t in trainings if t.post_score is not None}.values():
        course = catalog.get(done.course_id)
        title = quote_title(course_title(course, locale) if course else done.course_id, locale)
        if done.pre_score is None:
            after = f"{_n(done.post_score)} after training" if locale == "en" else f"培训后 {_n(done.post_score)} 分"
            lines.append(f"{title}: {after}" if locale == "en" else f"{title}：{after}")
        else:
            sep = ": " if locale == "en" else "："
            lines.append(f"{title}{sep}{_n(done.pre_score)} → {_n(done.post_score)}")
    return lines


def _internal_notes(
    archive: CandidateArchive,
    analysis: Analysis,
    result: SubmitResult,
    merged: dict[str, float],
    overall: float,
    locale: str,
) -> str:
    """HR/interviewer-only lines: comments, attempt count, history, gaps closed and still open."""
    job, en = archive.job, locale == "en"
    attempt = sum(1 for a in earlier_attempts(archive) if a.ended_at is not None) + 1
    closed = [g for g in analysis.gaps if merged.get(g.code, -1.0) >= job.gap_bar]
    still_open = [g for g in analysis.gaps if g not in closed]

    def changes(gaps: list[Gap]) -> str:
        return ("; " if en else "；").join(
            f"{archive.label(g.code, locale)} {_n(g.score)} → {_n(merged.get(g.code))}" for g in gaps
        ) or ("none" if en else "无")

    comments = result.comments.strip() or ("(none)" if en else "（无）")
    if en:
        lines = [
            f"Interviewer comments ({result.submitted_by}): {comments}",
            (
                f"Re-interview attempt {attempt} of {job.max_attempts} allowed; {len(archive.interviews)} earlier "
                "interview(s) on file"
            ),
            f"Overall {_n(analysis.overall_before)} → {_n(overall)} (threshold {_n(job.pass_threshold)})",
            f"Gaps closed: {changes(closed)}",
            f"Gaps still open: {changes(still_open)}",
        ]
    else:
        lines = [
            f"面试官评语（{result.submitted_by}）：{comments}",
            f"重新面试次数：第 {attempt} 次（上限 {job.max_attempts} 次）；历史面试记录 {len(archive.interviews)} 次",
            f"综合得分：{_n(analysis.overall_before)} → {_n(overall)}（岗位阈值 {_n(job.pass_threshold)}）",
            f"已弥补的短板：{changes(closed)}",
            f"仍存在的短板：{changes(still_open)}",
        ]
    return "\n".join(lines)


def build_feedback_report(
    archive: CandidateArchive,
    analysis: Analysis,
    result: SubmitResult,
    trainings: Sequence[Training],
    locale: str,
) -> FeedbackReport:
    """The re-interview's feedback report; `analysis.best_scores` are the scores before it."""
    job = archive.job
    earlier = analysis.best_scores
    overall, merged = overall_after(job, earlier, result.dimension_scores)
    codes = sorted(job.weights, key=lambda c: importance(job, c))
    codes += sorted(c for c in result.dimension_scores if c not in job.weights)
    dimensions = [
        DimensionChange(
            code=c,
            label=archive.label(c, locale),
            before=earlier.get(c),
            after=merged.get(c),
            weight=job.weights.get(c, 0.0),
        )
        for c in codes
    ]
    strengths = [
        d
        for d in dimensions
        if d.after is not None
        and (d.after >= STRONG_SCORE or (d.after >= job.gap_bar and (d.before is None or d.after > d.before)))
    ]
    weaknesses = [
        d for d in dimensions if (d.after is None and d.weight > 0) or (d.after is not None and d.after < job.gap_bar)
    ]
    completed = _completed([*archive.trainings, *trainings])
    return FeedbackReport(
        overall_before=analysis.overall_before,
        overall_after=overall,
        threshold=job.pass_threshold,
        dimensions=dimensions,
        recommendation=recommend(job, overall, merged),
        strengths=[d.label for d in strengths],
        weaknesses=[d.label for d in weaknesses],
        next_training=next_training(archive, [d.code for d in weaknesses], completed, locale),
        training_applied=_training_applied(archive, trainings, locale),
        comments=result.comments,
        internal_notes=_internal_notes(archive, analysis, result, merged, overall, locale),
    )
