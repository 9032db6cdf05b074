"""Scoring rules of CONTRACT.md: best earlier scores, weighted overall, merged scores, recommendation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from schemas.archive import Interview, Job
from schemas.contract import Recommendation


def round1(value: float) -> float:
    """Round to one decimal, halves away from zero (80.25 → 80.3), ignoring binary noise."""
    return float(Decimal(repr(round(value, 9))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def best_scores(interviews: Iterable[Interview]) -> dict[str, float]:
    """Best score per dimension over all earlier attempts."""
    best: dict[str, float] = {}
    for interview in interviews:
        for code, score in interview.dimension_scores.items():
            if code not in best or score > best[code]:
                best[code] = score
    return best


def weighted_overall(weights: Mapping[str, float], scores: Mapping[str, float]) -> float:
    """Σ weight × score over the weighted dimensions (a missing one counts 0), rounded to 1 decimal."""
    return round1(sum(weight * scores.get(code, 0.0) for code, weight in weights.items()))


def overall_after(
    job: Job, earlier_best: Mapping[str, float], new_scores: Mapping[str, float]
) -> tuple[float, dict[str, float]]:
    """Overall after a re-interview: new scores where assessed, best earlier otherwise; plus the merged scores."""
    merged = {**earlier_best, **new_scores}
    return weighted_overall(job.weights, merged), merged


def recommend(job: Job, overall: float, scores: Mapping[str, float]) -> Recommendation:
    """Hire / further assessment / not meeting by the job's threshold, its core skills' bar and its band.

    An overall at most `job.further_assessment_band` points under the threshold (default 5), or one at the
    threshold with a core skill below the bar, asks for more evidence instead of a rejection.
    """
    core_below_bar = any(scores.get(code, -1.0) < job.gap_bar for code in job.core_skills)
    if overall >= job.pass_threshold and not core_below_bar:
        return Recommendation.RECOMMEND_HIRE
    if overall >= round1(job.pass_threshold - job.further_assessment_band):
        return Recommendation.NEEDS_FURTHER_ASSESSMENT
    return Recommendation.NOT_MEETING
