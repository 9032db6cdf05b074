"""Reading time wishes from candidates' replies, in Chinese and English."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from policy.slots import TimePreference, parse_time_preference

# Tuesday 4 March 2025, 10:00 in Shanghai (02:00 UTC).
NOW = datetime(2025, 3, 4, 2, 0, tzinfo=UTC)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("text", "weekdays", "part", "day"),
    [
        ("改到周四下午", {THU}, "afternoon", None),
        ("周五上午可以吗", {FRI}, "morning", None),
        ("下周一", set(), None, date(2025, 3, 10)),
        ("下个星期三上午", set(), "morning", date(2025, 3, 12)),
        ("星期三", {WED}, None, None),
        ("礼拜二下午", {TUE}, "afternoon", None),
        ("周日晚上", {SUN}, "evening", None),
        ("星期天", {SUN}, None, None),
        ("这周五", set(), None, date(2025, 3, 7)),
        ("明天下午", set(), "afternoon", date(2025, 3, 5)),
        ("后天上午", set(), "morning", date(2025, 3, 6)),
        ("明晚", set(), "evening", date(2025, 3, 5)),
        ("周一到周三都可以", {MON, TUE, WED}, None, None),
        ("周末", {SAT, SUN}, None, None),
        ("周四或周五下午", {THU, FRI}, "afternoon", None),
        ("周四下午3点", {THU}, "afternoon", None),
        ("能不能改到周四下午", {THU}, "afternoon", None),
        ("周四不行，周五上午可以", {FRI}, "morning", None),
        ("下午可以吗", set(), "afternoon", None),
        ("Thursday afternoon", {THU}, "afternoon", None),
        ("next Monday morning", set(), "morning", date(2025, 3, 10)),
        ("next Thursday", set(), None, date(2025, 3, 13)),
        ("this Friday", set(), None, date(2025, 3, 7)),
        ("tomorrow", set(), None, date(2025, 3, 5)),
        ("Tomorrow evening works", set(), "evening", date(2025, 3, 5)),
        ("the day after tomorrow", set(), None, date(2025, 3, 6)),
        ("Fri am", {FRI}, "morning", None),
        ("Wednesday p.m. please.", {WED}, "afternoon", None),
        ("Thurs 10am", {THU}, "morning", None),
        ("I am free on Wed at 3pm", {WED}, "afternoon", None),
        ("Tue or Wed", {TUE, WED}, None, None),
        ("any weekday", set(range(5)), None, None),
        ("I can't do Thursday, but Friday works", {FRI}, None, None),
    ],
)
def test_recognised(text, weekdays, part, day):
    assert parse_time_preference(text, NOW, "Asia/Shanghai") == TimePreference(
        weekdays=weekdays, part_of_day=part, timezone="Asia/Shanghai", date=day
    )


@pytest.mark.parametrize(
    "text", ["", "好的，谢谢", "确认参加", "I am happy to confirm", "周四不行", "Sunday is no good", "Thanks, see you"]
)
def test_nothing_recognised_is_none(text):
    assert parse_time_preference(text, NOW, "Asia/Shanghai") is None


def recognised(text: str, now: datetime, timezone: str) -> TimePreference:
    preference = parse_time_preference(text, now, timezone)
    assert preference is not None, f"nothing recognised in {text!r}"
    return preference


def test_relative_days_are_local_to_the_candidate():
    late_evening_utc = datetime(2025, 3, 4, 17, 0, tzinfo=UTC)  # already Wednesday 01:00 in Shanghai
    assert recognised("明天", late_evening_utc, "Asia/Shanghai").date == date(2025, 3, 6)
    assert recognised("tomorrow", late_evening_utc, "Europe/London").date == date(2025, 3, 5)


def test_next_week_from_a_sunday():
    sunday = datetime(2025, 3, 9, 4, 0, tzinfo=UTC)
    assert recognised("下周一", sunday, "Asia/Shanghai").date == date(2025, 3, 10)
    assert recognised("下周五", sunday, "Asia/Shanghai").date == date(2025, 3, 14)


def test_the_preference_carries_the_time_zone():
    preference = parse_time_preference("Monday", NOW, "Europe/London")
    assert preference is not None and preference.timezone == "Europe/London"
