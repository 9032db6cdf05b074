"""Training plans (R-L1, R-L2): courses per gap by days until the re-interview and by learning style."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from policy.gaps import importance
from schemas.archive import Course, Job
from schemas.plans import Gap, TrainingItem, TrainingMode, TrainingPlan

SHORT_COURSE_HOURS = 2.0  # an intensive plan's course: "线上课程，时长2小时"
INTENSIVE_MAX_DAYS = 3
BLENDED_MIN_DAYS = 7
LEAD_DAYS_FOR_TRAINING = 2  # enough for one short course with case practice and a simulation

# Activity codes (templates localize them).
ACTIVITIES = {
    "none": [],
    "intensive": ["case_study", "simulation"],
    "standard": ["practice"],
    "blended": ["workshop", "mock_interview"],
}


def training_days_needed(gaps: Sequence[Gap]) -> int:
    """Days of lead time the training plan wants before the re-interview (0 when there is nothing to train)."""
    return LEAD_DAYS_FOR_TRAINING if gaps else 0


def reinterview_lead_time(job: Job, gaps: Sequence[Gap], min_lead_time_s: float) -> timedelta:
    """How long after the trigger the earliest re-interview time is; the training plan follows from the time offered.

    The job's `reinterview_lead_days` when set (1 day → an intensive plan, 7 → blended); otherwise the policy's
    minimum lead time plus the days the training plan asks for (`training_days_needed`).
    """
    if job.reinterview_lead_days is not None:
        return timedelta(days=job.reinterview_lead_days)
    return timedelta(seconds=min_lead_time_s, days=training_days_needed(gaps))


def days_until(moment: datetime, now: datetime) -> int:
    """Whole days from now until a moment (the re-interview), never negative."""
    return max(0, (moment - now).days)


def training_mode(gaps: Sequence[Gap], days_available: int) -> TrainingMode:
    """none / intensive (≤ 3 days) / standard (4–6 days) / blended (≥ 7 days)."""
    if not gaps:
        return "none"
    if days_available <= INTENSIVE_MAX_DAYS:
        return "intensive"
    if days_available >= BLENDED_MIN_DAYS:
        return "blended"
    return "standard"


def preferred_media(learning_style: str) -> str:
    """ "text" for readers (e-book, document), "video" for everyone else (visual learners)."""
    return "text" if learning_style.lower() in {"text", "reading", "ebook", "document"} else "video"


def course_title(course: Course, locale: str) -> str:
    """The course's title in the locale (the English title when the catalog has one)."""
    return course.title_en if locale == "en" and course.title_en else course.title


def quote_title(title: str, locale: str) -> str:
    """A title as readers expect it: 《…》 in Chinese, “…” in English."""
    bare = title.strip().strip('《》“”"')
    return f"“{bare}”" if locale == "en" else f"《{bare}》"


def _best(courses: Iterable[Course], media: str, short_first: bool) -> Course | None:
    """The course that fits: (short first,) preferred media, fewer hours, then course_id."""

    def key(c: Course) -> tuple[bool, bool, float, str]:
        return (short_first and c.hours > SHORT_COURSE_HOURS, c.media != media, c.hours, c.course_id)

    return min(courses, key=key, default=None)


def _item(course: Course, gap: Gap) -> TrainingItem:
    return TrainingItem(
        course_id=course.course_id,
        title=course.title,
        title_en=course.title_en,
        dimension=gap.code,
        format=course.format,
        media=course.media,
        hours=course.hours,
        core=gap.core,
    )


def plan_training(
    gaps: Sequence[Gap],
    job: Job,
    courses: Sequence[Course],
    learning_style: str,
    days_available: int,
    completed_course_ids: set[str],
) -> TrainingPlan:
    """A course list per gap (core skills first, completed courses skipped) shaped by the days available."""
    days = max(0, days_available)
    mode = training_mode(gaps, days)
    media = preferred_media(learning_style)
    ordered = sorted(gaps, key=lambda g: (not g.core, *importance(job, g.code, g.score)))
    items: list[TrainingItem] = []
    for gap in ordered:
        open_courses = [c for c in courses if gap.code in c.dimensions and c.course_id not in completed_course_ids]
        planned = {i.course_id for i in items}
        kinds = [("online",), ("workshop", "blended")] if mode == "blended" else [("online",)]
        for formats in kinds:
            fitting = [c for c in open_courses if c.format in formats]
            if any(c.course_id in planned for c in fitting):
                continue  # a course already in the plan covers this gap too
            course = _best(fitting, media, short_first=mode == "intensive")
            if course is not None:
                items.append(_item(course, gap))
    return TrainingPlan(
        mode=mode,
        days_available=days,
        items=items,
        total_hours=round(sum(i.hours for i in items), 1),
        activities=list(ACTIVITIES[mode]),
    )
