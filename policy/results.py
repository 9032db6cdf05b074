"""Checks on a submitted re-interview result (update `submit_result`, R-W7)."""

from __future__ import annotations

import math

from schemas.archive import Job
from schemas.contract import SubmitResult


def result_problems(job: Job, result: SubmitResult, known_dimensions: set[str]) -> list[str]:
    """What is wrong with a result, one message per problem naming the dimension; empty when it is fine."""
    assessed = ", ".join(job.weights)
    if not result.dimension_scores:
        return [f"no dimension scores submitted (the job assesses: {assessed})"]
    problems = []
    for code, score in result.dimension_scores.items():
        if code not in job.weights and code not in known_dimensions:
            problems.append(f"unknown dimension {code!r} (the job assesses: {assessed})")
        if not (math.isfinite(score) and 0 <= score <= 100):
            problems.append(f"score for {code!r} is {score:g}, must be between 0 and 100")
    return problems
