"""Training plans (R-L1, R-L2): by days until the re-interview, learning style, core skills first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

import pytest

from policy.slots import choose_slots
from policy.training import days_until, plan_training, reinterview_lead_time, training_days_needed
from schemas.archive import AvailabilityWindow, Course, Interviewer, Job
from schemas.plans import Gap

JOB = Job(
    job_id="job-ecs",
    title="电商客服",
    pass_threshold=75,
    core_skills=["complaint_handling"],
    weights={"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25},
)


def course(
    cid: str,
    dims: list[str],
    fmt: Literal["online", "workshop", "blended"],
    media: Literal["video", "text"],
    hours: float,
) -> Course:
    return Course(course_id=cid, title=f"课程{cid}", dimensions=dims, format=fmt, media=media, hours=hours)


CATALOG = [
    course("complaint-long", ["complaint_handling"], "online", "video", 6),
    course("complaint-video", ["complaint_handling"], "online", "video", 2),  # 《客户投诉处理技巧》 2 h
    course("complaint-text", ["complaint_handling"], "online", "text", 1.5),
    course("complaint-workshop", ["complaint_handling"], "workshop", "video", 4),
    course("emotion-video", ["communication"], "online", "video", 1),  # 《情绪管理》
    course("emotion-text", ["communication"], "online", "text", 3),
    course("team-blended", ["teamwork"], "blended", "video", 8),
]


def gap(code: str, score: float | None, core: bool = False) -> Gap:
    return Gap(
        code=code,
        label=code,
        score=score,
        bar=70,
        weight=JOB.weights.get(code, 0),
        core=core,
        reason="below_bar" if score is not None else "never_scored",
    )


GAPS = [gap("communication", 65), gap("complaint_handling", 60, core=True)]  # core skill deliberately second


def plan(days: int, style: str = "video", gaps=GAPS, completed: set[str] | None = None):
    return plan_training(gaps, JOB, CATALOG, style, days, completed or set())


def items(p) -> list[tuple[str, str]]:
    return [(i.dimension, i.course_id) for i in p.items]


def test_two_days_is_an_intensive_short_online_plan_core_skill_first():
    p = plan(2)
    assert p.mode == "intensive" and p.days_available == 2
    assert items(p) == [("complaint_handling", "complaint-video"), ("communication", "emotion-video")]
    assert all(i.format == "online" and i.hours <= 2 for i in p.items)
    assert p.total_hours == 3.0
    assert {"case_study", "simulation"} <= set(p.activities)
    assert p.items[0].core and not p.items[1].core


def test_intensive_text_learner_gets_text_unless_only_a_long_text_course_exists():
    p = plan(3, style="text")
    assert items(p) == [("complaint_handling", "complaint-text"), ("communication", "emotion-video")]


def test_ten_days_is_blended_online_plus_workshop_with_mock_interview():
    p = plan(10)
    assert p.mode == "blended"
    assert items(p) == [
        ("complaint_handling", "complaint-video"),
        ("complaint_handling", "complaint-workshop"),
        ("communication", "emotion-video"),
    ]
    assert {"workshop", "mock_interview"} <= set(p.activities)


def test_seven_days_is_already_blended():
    assert plan(7).mode == "blended"


def test_five_days_is_standard_one_online_course_per_gap_in_the_learning_style():
    p = plan(5, style="text")
    assert p.mode == "standard"
    assert items(p) == [("complaint_handling", "complaint-text"), ("communication", "emotion-text")]
    assert "practice" in p.activities
    assert p.total_hours == 4.5


def test_video_learner_standard_plan_prefers_video():
    assert items(plan(4)) == [("complaint_handling", "complaint-video"), ("communication", "emotion-video")]


@pytest.mark.parametrize(
    ("days", "mode"),
    [
        (-1, "intensive"),
        (0, "intensive"),
        (3, "intensive"),
        (4, "standard"),
        (6, "standard"),
        (7, "blended"),
        (30, "blended"),
    ],
)
def test_mode_by_days(days, mode):
    assert plan(days).mode == mode


def test_completed_courses_are_skipped():
    p = plan(2, completed={"complaint-video", "complaint-text"})
    assert items(p)[0] == ("complaint_handling", "complaint-long")  # the only online one left
    assert all(i.course_id not in {"complaint-video", "complaint-text"} for i in p.items)


def test_a_gap_without_any_open_course_gets_no_item():
    p = plan(5, completed={"emotion-video", "emotion-text"})
    assert items(p) == [("complaint_handling", "complaint-video")]


def test_a_course_covering_two_gaps_is_planned_once():
    catalog = [course("soft-skills", ["communication", "teamwork"], "online", "video", 2)]
    p = plan_training([gap("communication", 60), gap("teamwork", 60)], JOB, catalog, "video", 5, set())
    assert items(p) == [("communication", "soft-skills")]


def test_blended_with_only_a_blended_course_uses_it():
    p = plan(10, gaps=[gap("teamwork", 55)])
    assert items(p) == [("teamwork", "team-blended")]


def test_no_gaps_no_training():
    p = plan(10, gaps=[])
    assert p.mode == "none" and p.items == [] and p.activities == [] and p.total_hours == 0


def test_training_days_needed():
    assert training_days_needed([]) == 0
    assert training_days_needed(GAPS) == 2


# --- R-L2 in the running flow: the job's lead time → the earliest time offered → the plan ---------------------

TWO_DAYS_S = 2 * 24 * 3600  # the workflow policy's default minimum lead time
THURSDAY = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
FRIDAY_EVENING = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)  # 19:00 in Shanghai, after the last interview
WEDNESDAY_EVENING = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


def weekday_interviewer(start: datetime, days: int = 30) -> Interviewer:
    """Free 09:00–12:00 and 14:00–18:00 Shanghai time on weekdays, like the demo's interviewers."""
    windows = []
    first = datetime(start.year, start.month, start.day, tzinfo=UTC)
    for d in range(days):
        day = first + timedelta(days=d)
        if day.weekday() < 5:
            for a, b in ((1, 4), (6, 10)):  # UTC hours of 09–12 and 14–18 in Asia/Shanghai
                windows.append(AvailabilityWindow(start=day + timedelta(hours=a), end=day + timedelta(hours=b)))
    return Interviewer(
        interviewer_id="iv-1", name="面试官", email="iv@example.com", job_ids=["job-ecs"], availability=windows
    )


def plan_as_prepared(job: Job, now: datetime, gaps=GAPS):
    """What prepare_reinterview does: earliest time from the lead time, slots offered, plan by days until slot 1."""
    earliest = now + reinterview_lead_time(job, gaps, TWO_DAYS_S)
    slots = choose_slots([weekday_interviewer(now)], [], earliest, timedelta(hours=1), timezone="Asia/Shanghai")
    return slots[0], plan_training(gaps, job, CATALOG, "video", days_until(slots[0].start, now), set())


def test_by_default_the_lead_time_is_the_policys_minimum_plus_the_training_days():
    assert reinterview_lead_time(JOB, GAPS, TWO_DAYS_S) == timedelta(days=4)
    assert reinterview_lead_time(JOB, [], TWO_DAYS_S) == timedelta(days=2)
    first, p = plan_as_prepared(JOB, THURSDAY)
    assert first.start == datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00, four days on
    assert (p.mode, p.days_available) == ("standard", 4)


def test_a_job_that_re_interviews_within_a_day_gets_an_intensive_plan():
    urgent = JOB.model_copy(update={"reinterview_lead_days": 1})
    assert reinterview_lead_time(urgent, GAPS, TWO_DAYS_S) == timedelta(days=1)
    first, p = plan_as_prepared(urgent, THURSDAY)
    assert first.start == datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00
    assert (p.mode, p.days_available) == ("intensive", 1)
    assert [i.course_id for i in p.items] == ["complaint-video", "emotion-video"]  # 2-hour online courses
    assert all(i.hours <= 2 and i.format == "online" for i in p.items)
    assert p.activities == ["case_study", "simulation"]


def test_an_intensive_job_stays_intensive_over_a_weekend():
    urgent = JOB.model_copy(update={"reinterview_lead_days": 1})
    first, p = plan_as_prepared(urgent, FRIDAY_EVENING)
    assert first.start == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00
    assert (p.mode, p.days_available) == ("intensive", 2)


def test_a_job_that_re_interviews_after_a_week_gets_a_blended_plan():
    relaxed = JOB.model_copy(update={"reinterview_lead_days": 7})
    first, p = plan_as_prepared(relaxed, THURSDAY)
    assert first.start >= THURSDAY + timedelta(days=7)
    assert (p.mode, p.days_available) == ("blended", 7)
    assert {i.format for i in p.items} == {"online", "workshop"}
    assert p.activities == ["workshop", "mock_interview"]


def test_the_plan_follows_the_time_offered_not_the_lead_time_asked():
    """A lead of 3 days from Wednesday evening lands on a Saturday: the interview is 4½ days away, standard."""
    job = JOB.model_copy(update={"reinterview_lead_days": 3})
    first, p = plan_as_prepared(job, WEDNESDAY_EVENING)
    assert first.start == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00
    assert (p.mode, p.days_available) == ("standard", 4)


@pytest.mark.parametrize("bad", [0, 91, -1])
def test_the_lead_time_is_whole_days_from_1_to_90(bad):
    with pytest.raises(ValueError, match="reinterview_lead_days"):
        JOB.model_validate({**JOB.model_dump(), "reinterview_lead_days": bad})
