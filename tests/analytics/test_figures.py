"""analytics.figures on hand-made rows: rates, spreads, the with/without-course pairing, ratings, filters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from analytics.figures import (
    BaseRow,
    CourseUpliftRow,
    FilterError,
    RatingRow,
    RunRow,
    UpliftRow,
    build_report,
    course_effects,
    make_filters,
    parse_group_by,
    ratings,
)


def run_row(group: str = "all", **kw: object) -> RunRow:
    values: dict[str, object] = {
        "group": group,
        "triggered": 10,
        "invited": 8,
        "replied": 6,
        "confirmed": 5,
        "interviewed": 4,
        "outcomes": {"recommend_hire": 3, "not_meeting": 1, "no_response": 2, "no_show": 1, "declined": 1},
        "reminders": 6,
        "reminded_runs": 4,
        "escalated_runs": 2,
        "reschedules": 2,
        "overdue_results": 1,
        "reply_n": 6,
        "reply_p50_s": 7200.0,
        "reply_p90_s": 36000.0,
        "confirm_n": 5,
        "confirm_p50_s": 10800.0,
        "confirm_p90_s": None,
        "turnaround_n": 4,
        "turnaround_p50_s": 1800.0,
        "turnaround_p90_s": 3600.0,
    }
    values.update(kw)
    return RunRow(**values)  # type: ignore[arg-type]


def test_rates_and_times_from_one_group() -> None:
    report = build_report(make_filters(), "all", [run_row()], [BaseRow("all", 40)], [], [], [])
    (g,) = report.groups
    assert g.reinterview_rate == 10 / 40
    assert g.funnel == {"triggered": 10, "invited": 8, "replied": 6, "confirmed": 5, "interviewed": 4}
    assert g.recommendation_rate == 3 / 4
    assert g.no_response_rate == 2 / 8
    assert g.no_show_rate == 1 / 5
    assert g.reminders_per_invited == 6 / 8
    assert g.reminded_rate == 4 / 8
    assert g.escalation_rate == 2 / 8
    assert g.reschedules_per_confirmed == 2 / 5
    assert g.overdue_rate == 1 / 5
    assert (g.reply_time.n, g.reply_time.p50_h, g.reply_time.p90_h) == (6, 2.0, 10.0)
    assert g.confirmation_time.p90_h is None
    assert g.turnaround.p50_h == 0.5
    assert g.outcomes["cancelled"] == 0 and g.outcomes["recommend_hire"] == 3


def test_no_denominator_means_none_not_zero() -> None:
    empty = run_row(triggered=0, invited=0, replied=0, confirmed=0, interviewed=0, outcomes={}, reminders=0)
    (g,) = build_report(make_filters(), "all", [empty], [BaseRow("all", 0)], [], [], []).groups
    assert g.reinterview_rate is None
    assert g.recommendation_rate is None and g.no_show_rate is None and g.reminders_per_invited is None


def test_groups_are_the_union_of_every_rows_groups() -> None:
    report = build_report(
        make_filters(),
        "job",
        [run_row("job-a")],
        [BaseRow("job-a", 20), BaseRow("job-b", 5)],
        [UpliftRow("job-c", "communication", 3, 4.0, 1.0, 2.0, 4.0, 6.0)],
        [],
        [RatingRow("job-d", 5, 1)],
    )
    assert [g.group for g in report.groups] == ["job-a", "job-b", "job-c", "job-d"]
    b = report.groups[1]
    assert b.funnel["triggered"] == 0 and b.reinterview_rate == 0
    assert report.groups[2].uplift[0].mean == 4.0
    assert report.groups[3].ai_interviews == 0


def test_without_a_denominator_query_the_rate_is_unknown() -> None:
    (g,) = build_report(make_filters(course="crs-x"), "course", [run_row("crs-x")], None, [], [], []).groups
    assert g.ai_interviews is None and g.reinterview_rate is None


def test_course_effects_pair_sides_and_flag_thin_numbers() -> None:
    effects = course_effects(
        [
            CourseUpliftRow("all", "crs-b", "teamwork", True, 3, 9.0, 2.0),
            CourseUpliftRow("all", "crs-a", "communication", True, 40, 8.0, 3.0),
            CourseUpliftRow("all", "crs-a", "communication", False, 60, 3.0, 4.0),
            CourseUpliftRow("all", "crs-b", "teamwork", False, 50, 2.5, None),
        ]
    )
    assert [(e.course_id, e.dimension) for e in effects] == [("crs-a", "communication"), ("crs-b", "teamwork")]
    a, b = effects
    assert a.difference == 5.0 and not a.thin
    assert (a.with_course.n, a.without_course.n) == (40, 60)
    assert b.thin and b.difference == 6.5
    (only,) = course_effects([CourseUpliftRow("all", "crs-c", "x", False, 12, 1.0, 1.0)])
    assert only.with_course.n == 0 and only.with_course.mean is None and only.difference is None and only.thin


def test_ratings_average_and_distribution() -> None:
    r = ratings([RatingRow("all", 5, 3), RatingRow("all", 2, 1)])
    assert r.n == 4 and r.average == (15 + 2) / 4
    assert r.distribution == {1: 0, 2: 1, 3: 0, 4: 0, 5: 3}
    assert ratings([]).average is None
    with pytest.raises(ValueError, match="rating 6"):
        ratings([RatingRow("all", 6, 1)])


def test_filters_from_text() -> None:
    f = make_filters(job=" job-a ", family="", trigger="low_score", since="2026-01-01", until="2026-01-31")
    assert f.job == "job-a" and f.family is None and f.trigger == "low_score"
    assert f.since is not None and f.since.isoformat() == "2026-01-01T00:00:00+08:00"
    assert f.until is not None and f.until.isoformat() == "2026-02-01T00:00:00+08:00"  # the day is inclusive
    assert make_filters(since="2026-01-01T00:00:00Z").since == datetime(2026, 1, 1, tzinfo=UTC)
    assert f.describe()["job"] == "job-a"


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"trigger": "ai_result"}, "trigger: 'ai_result' is not one of"),
        ({"since": "yesterday"}, "since: 'yesterday' is not a date"),
        ({"until": "2026-01-01T10:00"}, "until: .* has no time zone"),
        ({"since": "2026-02-01", "until": "2026-01-01"}, "until: '2026-01-01' is not after since"),
        ({"job": "j" * 129}, "job: longer than 128"),
    ],
)
def test_bad_filters_name_what_is_wrong(kw: dict[str, str], message: str) -> None:
    with pytest.raises(FilterError, match=message):
        make_filters(**kw)


def test_group_by() -> None:
    assert parse_group_by(None) == "all"
    assert parse_group_by("month") == "month"
    with pytest.raises(FilterError, match="by: 'week' is not one of"):
        parse_group_by("week")
