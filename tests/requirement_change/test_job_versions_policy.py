"""policy.job_versions: adding a weighted dimension renormalises the job's weights into its next version."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.job_versions import (
    FINAL_HIRING_OUTCOMES,
    addition_problems,
    default_change_id,
    next_version,
    renormalise,
    same_change,
)
from schemas.archive import Job
from schemas.contract import Outcome

OPS_JUNIOR = Job(
    job_id="job-ops-junior",
    title="初级运营",
    level="junior",
    pass_threshold=70,
    weights={"operations_planning": 0.4, "communication": 0.35, "teamwork": 0.25},
    core_skills=["operations_planning"],
)


def test_junior_to_mid_operations_adds_data_analysis() -> None:
    mid = next_version(OPS_JUNIOR, {"data_analysis": 0.2}, version=2, level="mid")
    assert mid.weights == {"operations_planning": 0.32, "communication": 0.28, "teamwork": 0.2, "data_analysis": 0.2}
    assert (mid.version, mid.level, mid.core_skills) == (2, "mid", ["operations_planning"])
    assert OPS_JUNIOR.weights["operations_planning"] == 0.4  # the old version is untouched


def test_rounding_remainder_goes_to_the_largest_weight() -> None:
    weights = renormalise({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}, {"d": 0.1})
    assert math.isclose(sum(weights.values()), 1.0, abs_tol=1e-9)
    assert weights["d"] == 0.1 and max(weights.values()) == weights["a"]


@given(
    existing=st.lists(st.floats(min_value=0.01, max_value=1), min_size=1, max_size=8),
    added=st.lists(st.floats(min_value=0.001, max_value=0.3), min_size=1, max_size=3),
)
def test_renormalised_weights_always_make_a_valid_job(existing: list[float], added: list[float]) -> None:
    total = sum(existing)
    weights = {f"d{i}": round(w / total, 6) for i, w in enumerate(existing)}
    weights["d0"] = round(weights["d0"] + 1 - sum(weights.values()), 6)
    additions = {f"new{i}": w for i, w in enumerate(added)}
    job = Job(job_id="j", title="t", pass_threshold=70, weights=weights)
    changed = next_version(job, additions, version=2)  # the Job validator refuses weights that do not sum to 1
    assert set(changed.weights) == set(weights) | set(additions)
    assert all(0 <= w <= 1 for w in changed.weights.values())


@pytest.mark.parametrize(
    ("additions", "message"),
    [
        ({}, "at least one dimension"),
        ({"communication": 0.2}, "already weighted 0.35"),
        ({"data_analysis": 1.0}, "between 0 and 1"),
        ({"data_analysis": 0.6, "sql": 0.5}, "sum to 1.1"),
        ({"astrology": 0.1}, "unknown dimension 'astrology'"),
    ],
)
def test_additions_that_cannot_be_a_version(additions: dict[str, float], message: str) -> None:
    problems = addition_problems(OPS_JUNIOR, additions, {"data_analysis", "sql", "communication"})
    assert any(message in p for p in problems), problems


def test_default_change_id_names_the_change_not_the_moment() -> None:
    first = default_change_id("job-ops-junior", {"data_analysis": 0.2}, "mid")
    assert first == default_change_id("job-ops-junior", {"data_analysis": 0.20000001}, "mid")
    assert first != default_change_id("job-ops-junior", {"data_analysis": 0.25}, "mid")
    assert first != default_change_id("job-ops-junior", {"data_analysis": 0.2}, None)
    assert first.startswith("chg-") and len(first) == 16


def test_same_change() -> None:
    assert same_change({"data_analysis": 0.2}, "mid", {"data_analysis": 0.2}, "mid")
    assert same_change({"data_analysis": 0.2}, "mid", {"data_analysis": 0.2}, None)
    assert not same_change({"data_analysis": 0.2}, "mid", {"data_analysis": 0.3}, "mid")
    assert not same_change({"data_analysis": 0.2}, "mid", {"data_analysis": 0.2}, "senior")


def test_final_hiring_outcomes_are_the_verdicts() -> None:
    assert {Outcome.RECOMMEND_HIRE, Outcome.NOT_MEETING} == FINAL_HIRING_OUTCOMES
