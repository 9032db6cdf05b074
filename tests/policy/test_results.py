"""Checks on a submitted re-interview result (update `submit_result`)."""

from __future__ import annotations

import pytest

from policy.results import result_problems
from schemas.archive import Job
from schemas.contract import SubmitResult

JOB = Job(
    job_id="job-ecs",
    title="电商客服",
    pass_threshold=75,
    weights={"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25},
)
KNOWN = {"complaint_handling", "communication", "teamwork", "empathy"}


def problems(scores: dict[str, float]) -> list[str]:
    return result_problems(JOB, SubmitResult(dimension_scores=scores), KNOWN)


def test_a_good_result_has_no_problems():
    assert problems({"complaint_handling": 85, "communication": 80}) == []


def test_a_known_dimension_the_job_does_not_weigh_is_accepted():
    assert problems({"empathy": 70}) == []


def test_boundaries_0_and_100_are_accepted():
    assert problems({"complaint_handling": 0, "communication": 100}) == []


def test_unknown_dimension_names_what_the_job_assesses():
    assert problems({"complaint_handling": 85, "machine_learnin": 70}) == [
        "unknown dimension 'machine_learnin' (the job assesses: complaint_handling, communication, teamwork)"
    ]


@pytest.mark.parametrize(("score", "shown"), [(120, "120"), (-5, "-5"), (100.5, "100.5"), (float("nan"), "nan")])
def test_score_out_of_range(score, shown):
    assert problems({"communication": score}) == [f"score for 'communication' is {shown}, must be between 0 and 100"]


def test_every_problem_is_reported():
    assert len(problems({"x": 120, "teamwork": 101})) == 3


def test_empty_scores():
    assert problems({}) == [
        "no dimension scores submitted (the job assesses: complaint_handling, communication, teamwork)"
    ]
