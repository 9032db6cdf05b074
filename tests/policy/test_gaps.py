"""Skill gaps (R-A2): below the job's bar or never scored, most important first."""

from __future__ import annotations

from policy.gaps import find_gaps
from schemas.archive import Job

LABELS = {
    "communication": "沟通能力",
    "teamwork": "团队合作",
    "problem_solving": "问题解决",
    "data_analysis": "数据分析",
}


def make_job(**overrides) -> Job:
    fields = {
        "job_id": "job-pm",
        "title": "项目经理",
        "pass_threshold": 75,
        "gap_bar": 75,
        "weights": {"teamwork": 0.35, "problem_solving": 0.30, "communication": 0.35},
    }
    return Job(**{**fields, **overrides})


def test_seed_communication_65_and_teamwork_70_are_flagged_with_bar_75():
    gaps = find_gaps(make_job(), {"communication": 65, "teamwork": 70, "problem_solving": 80}, LABELS)
    assert [(g.code, g.label, g.score, g.reason) for g in gaps] == [
        ("communication", "沟通能力", 65, "below_bar"),
        ("teamwork", "团队合作", 70, "below_bar"),
    ]
    assert all(g.bar == 75 and not g.core for g in gaps)


def test_equal_weights_order_the_lower_score_first():
    gaps = find_gaps(make_job(), {"communication": 72, "teamwork": 70, "problem_solving": 80}, LABELS)
    assert [g.code for g in gaps] == ["teamwork", "communication"]


def test_a_score_at_the_bar_is_not_a_gap():
    assert find_gaps(make_job(), {"communication": 75, "teamwork": 75, "problem_solving": 75}, LABELS) == []


def test_a_weighed_dimension_never_scored_is_a_gap():
    gaps = find_gaps(make_job(), {"communication": 80, "teamwork": 80}, LABELS)
    assert [(g.code, g.score, g.reason, g.weight) for g in gaps] == [("problem_solving", None, "never_scored", 0.30)]


def test_core_skills_first_then_weight_then_score():
    job = make_job(
        weights={"teamwork": 0.2, "problem_solving": 0.3, "communication": 0.3, "data_analysis": 0.2},
        core_skills=["teamwork"],
    )
    gaps = find_gaps(job, {"teamwork": 74, "problem_solving": 60, "communication": 50}, LABELS)
    assert [g.code for g in gaps] == ["teamwork", "communication", "problem_solving", "data_analysis"]
    assert gaps[0].core and not gaps[1].core


def test_dimensions_the_job_does_not_weigh_are_not_gaps():
    gaps = find_gaps(make_job(), {"communication": 80, "teamwork": 80, "problem_solving": 80, "sales": 10}, LABELS)
    assert gaps == []


def test_a_zero_weight_dimension_is_not_a_gap():
    job = make_job(weights={"teamwork": 0.5, "problem_solving": 0.5, "communication": 0.0})
    assert find_gaps(job, {"teamwork": 80, "problem_solving": 80}, LABELS) == []


def test_an_unlabelled_dimension_is_labelled_by_its_code():
    job = make_job(weights={"sql": 1.0})
    assert find_gaps(job, {}, LABELS)[0].label == "sql"
