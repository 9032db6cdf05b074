"""Skill gaps (R-A2): dimensions the job weighs that are below its bar or were never scored."""

from __future__ import annotations

from collections.abc import Mapping

from schemas.archive import Job
from schemas.plans import Gap


def importance(job: Job, code: str, score: float | None = None) -> tuple[bool, float, float, str]:
    """Sort key: core skills first, then heavier weight, then lower score (never scored lowest), then code."""
    return (code not in job.core_skills, -job.weights.get(code, 0.0), -1.0 if score is None else score, code)


def find_gaps(job: Job, best: Mapping[str, float], labels: Mapping[str, str]) -> list[Gap]:
    """Gaps over the job's weighted dimensions, most important first."""
    gaps = []
    for code, weight in job.weights.items():
        if weight <= 0:  # listed but not weighed: nothing to close
            continue
        score = best.get(code)
        if score is not None and score >= job.gap_bar:
            continue
        gaps.append(
            Gap(
                code=code,
                label=labels.get(code, code),
                score=score,
                bar=job.gap_bar,
                weight=weight,
                core=code in job.core_skills,
                reason="never_scored" if score is None else "below_bar",
            )
        )
    return sorted(gaps, key=lambda g: importance(job, g.code, g.score))
