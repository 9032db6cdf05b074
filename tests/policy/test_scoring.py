"""Scoring rules: best scores, weighted overall, merged overall after a re-interview, recommendation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.scoring import best_scores, overall_after, recommend, round1, weighted_overall
from schemas.archive import Interview, Job
from schemas.contract import Recommendation

WEIGHTS = {"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25}


def make_job(**overrides) -> Job:
    fields = {
        "job_id": "job-ecs",
        "title": "电商客服",
        "pass_threshold": 75,
        "weights": WEIGHTS,
        "core_skills": ["complaint_handling"],
        "gap_bar": 70,
    }
    return Job(**{**fields, **overrides})


def interview(iid: str, **scores: float) -> Interview:
    return Interview(interview_id=iid, candidate_id="cand-1", job_id="job-ecs", dimension_scores=scores)


def test_best_scores_takes_the_best_per_dimension_over_attempts():
    best = best_scores(
        [
            interview("a", communication=65, teamwork=70),
            interview("b", communication=72),
            interview("c", teamwork=60, data_analysis=50),
        ]
    )
    assert best == {"communication": 72, "teamwork": 70, "data_analysis": 50}


def test_best_scores_of_no_interviews_is_empty():
    assert best_scores([]) == {}


def test_weighted_overall_of_the_seed_before_scores_is_70():
    assert weighted_overall(WEIGHTS, {"complaint_handling": 60, "communication": 80, "teamwork": 72}) == 70.0


def test_weighted_overall_counts_a_missing_dimension_as_zero_and_ignores_unweighted_ones():
    assert weighted_overall(WEIGHTS, {"communication": 80, "machine_learning": 100}) == 28.0


@pytest.mark.parametrize(
    ("weights", "scores", "expected"),
    [
        ({"a": 0.5, "b": 0.5}, {"a": 80.5, "b": 80}, 80.3),  # 80.25 rounds half up, not to even
        ({"a": 0.5, "b": 0.5}, {"a": 80.3, "b": 80}, 80.2),  # 80.15 stored as 80.1499… still rounds up
        ({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}, {"a": 70, "b": 70, "c": 71}, 70.3),
        ({"a": 1.0}, {"a": 100}, 100.0),
        ({"a": 1.0}, {}, 0.0),
    ],
)
def test_weighted_overall_rounds_to_one_decimal_half_up(weights, scores, expected):
    assert weighted_overall(weights, scores) == expected


def test_round1_ignores_binary_noise():
    assert round1(0.35 * 80 + 0.25 * 72 + 0.4 * 60) == 70.0
    assert round1(2.675) == 2.7


@st.composite
def weights_and_scores(draw):
    codes = draw(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=8, unique=True))
    raw = draw(st.lists(st.floats(0.01, 1), min_size=len(codes), max_size=len(codes)))
    weights = {c: w / sum(raw) for c, w in zip(codes, raw, strict=True)}
    scored = draw(st.lists(st.sampled_from(codes), unique=True))
    scores = {c: draw(st.floats(0, 100)) for c in scored}
    return weights, scores


@given(weights_and_scores())
def test_weighted_overall_stays_within_0_and_100(case):
    weights, scores = case
    overall = weighted_overall(weights, scores)
    assert 0 <= overall <= 100
    assert overall == round(overall, 1)


def test_overall_after_takes_new_scores_where_assessed_and_best_earlier_otherwise():
    overall, merged = overall_after(
        make_job(), {"complaint_handling": 60, "communication": 80, "teamwork": 72}, {"complaint_handling": 85}
    )
    assert overall == 80.0
    assert merged == {"complaint_handling": 85, "communication": 80, "teamwork": 72}


def test_overall_after_uses_a_lower_new_score_too():
    overall, merged = overall_after(
        make_job(), {"complaint_handling": 60, "communication": 80, "teamwork": 72}, {"communication": 70}
    )
    assert merged["communication"] == 70
    assert overall == 66.5


def test_overall_after_keeps_extra_assessed_dimensions_out_of_the_overall():
    overall, merged = overall_after(
        make_job(), {"complaint_handling": 60, "communication": 80, "teamwork": 72}, {"data_analysis": 90}
    )
    assert merged["data_analysis"] == 90
    assert overall == 70.0


@pytest.mark.parametrize(
    ("overall", "core_score", "expected"),
    [
        (75.0, 70, Recommendation.RECOMMEND_HIRE),  # exactly the threshold, core exactly at the bar
        (74.9, 90, Recommendation.NEEDS_FURTHER_ASSESSMENT),
        (70.0, 90, Recommendation.NEEDS_FURTHER_ASSESSMENT),  # exactly threshold − 5
        (69.9, 90, Recommendation.NOT_MEETING),
        (90.0, 69.9, Recommendation.NEEDS_FURTHER_ASSESSMENT),  # a core skill below the bar blocks a hire
        (68.0, 60, Recommendation.NOT_MEETING),
    ],
)
def test_recommend_boundaries(overall, core_score, expected):
    assert recommend(make_job(), overall, {"complaint_handling": core_score}) == expected


def test_recommend_counts_an_unscored_core_skill_as_below_the_bar():
    assert recommend(make_job(), 90, {"communication": 95}) == Recommendation.NEEDS_FURTHER_ASSESSMENT


def test_recommend_without_core_skills_goes_by_the_overall_alone():
    assert recommend(make_job(core_skills=[]), 75, {}) == Recommendation.RECOMMEND_HIRE


@pytest.mark.parametrize(
    ("band", "overall", "expected"),
    [
        (5, 70.0, Recommendation.NEEDS_FURTHER_ASSESSMENT),  # the default band, spelled out
        (10, 65.0, Recommendation.NEEDS_FURTHER_ASSESSMENT),  # a wider band: exactly threshold − 10
        (10, 64.9, Recommendation.NOT_MEETING),
        (2.5, 72.5, Recommendation.NEEDS_FURTHER_ASSESSMENT),
        (2.5, 72.4, Recommendation.NOT_MEETING),
        (0, 74.9, Recommendation.NOT_MEETING),  # no band: under the threshold does not meet it
        (0, 75.0, Recommendation.RECOMMEND_HIRE),
    ],
)
def test_the_further_assessment_band_is_the_jobs(band, overall, expected):
    job = make_job(further_assessment_band=band)
    assert recommend(job, overall, {"complaint_handling": 80}) == expected


def test_the_band_defaults_to_5_and_must_be_a_score():
    assert make_job().further_assessment_band == 5
    for bad in (-1, 101):
        with pytest.raises(ValueError, match="further_assessment_band"):
            make_job(further_assessment_band=bad)


def test_a_core_skill_below_the_bar_still_needs_further_assessment_with_no_band():
    job = make_job(further_assessment_band=0)
    assert recommend(job, 80, {"complaint_handling": 60}) == Recommendation.NEEDS_FURTHER_ASSESSMENT
