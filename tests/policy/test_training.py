"""Training plans (R-L1, R-L2): by days until the re-interview, learning style, core skills first."""

from __future__ import annotations

import pytest

from policy.training import plan_training, training_days_needed
from schemas.archive import Course, Job
from schemas.plans import Gap

JOB = Job(job_id="job-ecs", title="电商客服", pass_threshold=75, core_skills=["complaint_handling"],
          weights={"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25})


def course(cid: str, dims: list[str], fmt: str, media: str, hours: float) -> Course:
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
    return Gap(code=code, label=code, score=score, bar=70, weight=JOB.weights.get(code, 0), core=core,
               reason="below_bar" if score is not None else "never_scored")


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


@pytest.mark.parametrize(("days", "mode"), [(-1, "intensive"), (0, "intensive"), (3, "intensive"),
                                            (4, "standard"), (6, "standard"), (7, "blended"), (30, "blended")])
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
