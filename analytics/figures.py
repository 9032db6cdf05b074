"""What re-interviews achieve (R-X1): the figures, as pure functions over plain rows.

PostgreSQL aggregates (db/repositories/analytics.py returns one row per group and figure family); this module
turns those rows into the figures HR reads — rates, per-hour times, uplift with its spread, the with/without-course
comparison with its counts — the same for the page (web/analytics.py), `starter.py analytics` and the tests. No I/O.

A rate whose denominator is 0 is None ("no data"), never 0: HR must see the difference between "nobody" and "0 %".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal, get_args
from zoneinfo import ZoneInfo

GroupBy = Literal["all", "job", "family", "course", "trigger", "month"]
GROUP_BYS: tuple[GroupBy, ...] = get_args(GroupBy)

# Outcomes in funnel order (schemas.contract.Outcome's values; 'failed' is the service's own).
OUTCOMES: tuple[str, ...] = (
    "recommend_hire",
    "needs_further_assessment",
    "not_meeting",
    "declined",
    "no_response",
    "no_show",
    "cancelled",
    "rejected_by_hr",
    "limit_reached",
    "failed",
)
TRIGGER_KINDS: tuple[str, ...] = ("low_score", "incomplete", "requirement_change", "candidate_request", "manual")
RATINGS: tuple[int, ...] = (1, 2, 3, 4, 5)
# A with/without-course number resting on fewer runs than this on either side is flagged `thin`.
THIN_BELOW = 10
# Dates given without a zone are HR's calendar days (db.repositories.people.HR_TIMEZONE).
HR_ZONE = ZoneInfo("Asia/Shanghai")


class FilterError(ValueError):
    """A filter value that cannot be used; the message names the filter and the value."""


@dataclass(frozen=True)
class Filters:
    """Which runs count: by the run's job, the job's family, the trigger kind, a course completed during the run, and
    the run's start in [since, until)."""

    job: str | None = None
    family: str | None = None
    trigger: str | None = None
    course: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def describe(self) -> dict[str, str]:
        values = {
            "job": self.job,
            "family": self.family,
            "trigger": self.trigger,
            "course": self.course,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }
        return {k: v for k, v in values.items() if v is not None}


def parse_day(value: str, what: str, *, end: bool = False) -> datetime:
    """`YYYY-MM-DD` (an HR calendar day) or an ISO timestamp with a zone; `end` makes a day inclusive (its next
    midnight)."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            if end:
                day += timedelta(days=1)
            return datetime.combine(day, time(), HR_ZONE)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{what}: {value!r} is not a date (YYYY-MM-DD) or an ISO timestamp") from None
    if moment.tzinfo is None:
        raise FilterError(f"{what}: {value!r} has no time zone (add +08:00 or Z, or give a date)")
    return moment


def make_filters(
    *,
    job: str | None = None,
    family: str | None = None,
    trigger: str | None = None,
    course: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Filters:
    """Filters from text (a form or the command line): blanks mean "any"; bad values raise FilterError."""

    def clean(value: str | None, what: str) -> str | None:
        if value is None or not value.strip():
            return None
        if len(value) > 128:
            raise FilterError(f"{what}: longer than 128 characters")
        return value.strip()

    kind = clean(trigger, "trigger")
    if kind is not None and kind not in TRIGGER_KINDS:
        raise FilterError(f"trigger: {kind!r} is not one of {', '.join(TRIGGER_KINDS)}")
    start = parse_day(since, "since") if since and since.strip() else None
    stop = parse_day(until, "until", end=True) if until and until.strip() else None
    if start is not None and stop is not None and stop <= start:
        raise FilterError(f"until: {until!r} is not after since {since!r}")
    return Filters(
        job=clean(job, "job"),
        family=clean(family, "family"),
        trigger=kind,
        course=clean(course, "course"),
        since=start,
        until=stop,
    )


def parse_group_by(value: str | None) -> GroupBy:
    if value is None or value == "":
        return "all"
    for candidate in GROUP_BYS:
        if value == candidate:
            return candidate
    raise FilterError(f"by: {value!r} is not one of {', '.join(GROUP_BYS)}")


# ---- rows (what the SQL returns, one dataclass per query) ---------------------------------------------------


@dataclass(frozen=True)
class RunRow:
    """One group's runs: funnel counts, timeline counts and the time percentiles (seconds)."""

    group: str
    triggered: int
    invited: int
    replied: int
    confirmed: int
    interviewed: int
    outcomes: Mapping[str, int]
    reminders: int
    reminded_runs: int
    escalated_runs: int
    reschedules: int
    overdue_results: int
    reply_n: int
    reply_p50_s: float | None
    reply_p90_s: float | None
    confirm_n: int
    confirm_p50_s: float | None
    confirm_p90_s: float | None
    turnaround_n: int
    turnaround_p50_s: float | None
    turnaround_p90_s: float | None


@dataclass(frozen=True)
class UpliftRow:
    """One group's score change (after − before) on one dimension, over the runs with both scores."""

    group: str
    dimension: str
    n: int
    mean: float
    sd: float | None
    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class CourseUpliftRow:
    """Uplift on a course's dimension among runs whose candidate completed the course during the run (`with_course`)
    or not."""

    group: str
    course_id: str
    dimension: str
    with_course: bool
    n: int
    mean: float
    sd: float | None


@dataclass(frozen=True)
class RatingRow:
    group: str
    rating: int
    n: int


@dataclass(frozen=True)
class BaseRow:
    """AI interviews in the group's scope (the re-interview rate's denominator)."""

    group: str
    ai_interviews: int


# ---- figures ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    n: int
    p50_h: float | None
    p90_h: float | None


@dataclass(frozen=True)
class Uplift:
    dimension: str
    n: int
    mean: float
    sd: float | None
    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class Side:
    n: int
    mean: float | None
    sd: float | None


@dataclass(frozen=True)
class CourseEffect:
    """Uplift with vs without a course on one of its dimensions; `difference` = with − without; `thin` when either
    side rests on fewer than THIN_BELOW runs."""

    course_id: str
    dimension: str
    with_course: Side
    without_course: Side
    difference: float | None
    thin: bool


@dataclass(frozen=True)
class Ratings:
    n: int
    average: float | None
    distribution: dict[int, int]


@dataclass(frozen=True)
class GroupFigures:
    group: str
    ai_interviews: int | None
    reinterview_rate: float | None
    funnel: dict[str, int]
    outcomes: dict[str, int]
    recommendation_rate: float | None
    reply_time: Spread
    confirmation_time: Spread
    reminders_per_invited: float | None
    reminded_rate: float | None
    escalation_rate: float | None
    no_response_rate: float | None
    no_show_rate: float | None
    reschedules_per_confirmed: float | None
    turnaround: Spread
    overdue_results: int
    overdue_rate: float | None
    uplift: list[Uplift]
    course_effects: list[CourseEffect]
    ratings: Ratings


@dataclass(frozen=True)
class Report:
    filters: Filters
    by: GroupBy
    groups: list[GroupFigures] = field(default_factory=list)


def ratio(part: float, whole: float) -> float | None:
    """part / whole, None when whole is 0."""
    return None if whole == 0 else part / whole


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 3600


def _empty_run_row(group: str) -> RunRow:
    return RunRow(group, 0, 0, 0, 0, 0, {}, 0, 0, 0, 0, 0, 0, None, None, 0, None, None, 0, None, None)


def course_effects(rows: Iterable[CourseUpliftRow]) -> list[CourseEffect]:
    """Pair each (course, dimension)'s with and without rows; sorted by course, then dimension."""
    sides: dict[tuple[str, str], dict[bool, CourseUpliftRow]] = {}
    for row in rows:
        sides.setdefault((row.course_id, row.dimension), {})[row.with_course] = row
    effects: list[CourseEffect] = []
    for (course_id, dimension), pair in sorted(sides.items()):
        with_row, without_row = pair.get(True), pair.get(False)
        with_side = Side(with_row.n, with_row.mean, with_row.sd) if with_row else Side(0, None, None)
        without_side = Side(without_row.n, without_row.mean, without_row.sd) if without_row else Side(0, None, None)
        difference = (
            with_side.mean - without_side.mean if with_side.mean is not None and without_side.mean is not None else None
        )
        effects.append(
            CourseEffect(
                course_id=course_id,
                dimension=dimension,
                with_course=with_side,
                without_course=without_side,
                difference=difference,
                thin=min(with_side.n, without_side.n) < THIN_BELOW,
            )
        )
    return effects


def ratings(rows: Iterable[RatingRow]) -> Ratings:
    distribution = dict.fromkeys(RATINGS, 0)
    for row in rows:
        if row.rating not in distribution:
            raise ValueError(f"rating {row.rating} of group {row.group!r} is outside 1–5")
        distribution[row.rating] += row.n
    n = sum(distribution.values())
    average = ratio(sum(r * c for r, c in distribution.items()), n)
    return Ratings(n=n, average=average, distribution=distribution)


def group_figures(
    group: str,
    run: RunRow | None,
    base: BaseRow | None,
    uplift: Sequence[UpliftRow],
    courses: Sequence[CourseUpliftRow],
    rated: Sequence[RatingRow],
    *,
    with_base: bool = True,
) -> GroupFigures:
    """One group's figures from its rows (any of which may be missing: a group with ratings but no runs in range)."""
    r = run or _empty_run_row(group)
    outcomes = {o: int(r.outcomes.get(o, 0)) for o in OUTCOMES}
    ai = base.ai_interviews if base is not None else (0 if with_base else None)
    return GroupFigures(
        group=group,
        ai_interviews=ai,
        reinterview_rate=ratio(r.triggered, ai) if ai is not None else None,
        funnel={
            "triggered": r.triggered,
            "invited": r.invited,
            "replied": r.replied,
            "confirmed": r.confirmed,
            "interviewed": r.interviewed,
        },
        outcomes=outcomes,
        recommendation_rate=ratio(outcomes["recommend_hire"], r.interviewed),
        reply_time=Spread(r.reply_n, hours(r.reply_p50_s), hours(r.reply_p90_s)),
        confirmation_time=Spread(r.confirm_n, hours(r.confirm_p50_s), hours(r.confirm_p90_s)),
        reminders_per_invited=ratio(r.reminders, r.invited),
        reminded_rate=ratio(r.reminded_runs, r.invited),
        escalation_rate=ratio(r.escalated_runs, r.invited),
        no_response_rate=ratio(outcomes["no_response"], r.invited),
        no_show_rate=ratio(outcomes["no_show"], r.confirmed),
        reschedules_per_confirmed=ratio(r.reschedules, r.confirmed),
        turnaround=Spread(r.turnaround_n, hours(r.turnaround_p50_s), hours(r.turnaround_p90_s)),
        overdue_results=r.overdue_results,
        overdue_rate=ratio(r.overdue_results, r.confirmed),
        uplift=[Uplift(u.dimension, u.n, u.mean, u.sd, u.p10, u.p50, u.p90) for u in sorted(uplift, key=_by_dim)],
        course_effects=course_effects(courses),
        ratings=ratings(rated),
    )


def _by_dim(row: UpliftRow) -> str:
    return row.dimension


def build_report(
    filters: Filters,
    by: GroupBy,
    runs: Sequence[RunRow],
    bases: Sequence[BaseRow] | None,
    uplift: Sequence[UpliftRow],
    courses: Sequence[CourseUpliftRow],
    rated: Sequence[RatingRow],
) -> Report:
    """Every group that has any row, in group order; `bases` None when the grouping has no AI-interview denominator
    (per course, or filtered by a course)."""
    names = sorted(
        {r.group for r in runs}
        | {b.group for b in bases or ()}
        | {u.group for u in uplift}
        | {c.group for c in courses}
        | {r.group for r in rated}
    )
    run_by = {r.group: r for r in runs}
    base_by = {b.group: b for b in bases or ()}
    groups = [
        group_figures(
            name,
            run_by.get(name),
            base_by.get(name),
            [u for u in uplift if u.group == name],
            [c for c in courses if c.group == name],
            [r for r in rated if r.group == name],
            with_base=bases is not None,
        )
        for name in names
    ]
    return Report(filters=filters, by=by, groups=groups)
