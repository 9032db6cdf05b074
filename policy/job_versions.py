"""Job versions (R-T3): a requirement change adds weighted dimensions and renormalises the rest.

Pure rules: the repository (db/repositories/jobs.py) stores what these functions compute.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping

from schemas.archive import Job
from schemas.contract import Outcome

WEIGHT_DECIMALS = 4


def renormalise(weights: Mapping[str, float], additions: Mapping[str, float]) -> dict[str, float]:
    """Existing weights scaled by (1 − Σ added) so that, with the added ones, they sum to exactly 1.

    Weights are rounded to WEIGHT_DECIMALS places; the rounding remainder goes to the largest existing weight,
    so `{"a": 0.4, "b": 0.35, "c": 0.25}` + `{"d": 0.2}` → `{"a": 0.32, "b": 0.28, "c": 0.2, "d": 0.2}`.
    """
    added_total = sum(additions.values())
    scale = 1.0 - added_total
    result = {code: round(weight * scale, WEIGHT_DECIMALS) for code, weight in weights.items()}
    result.update({code: round(weight, WEIGHT_DECIMALS) for code, weight in additions.items()})
    remainder = round(1.0 - sum(result.values()), WEIGHT_DECIMALS)
    if remainder and weights:
        largest = max(weights, key=lambda code: (result[code], -list(weights).index(code)))
        result[largest] = round(result[largest] + remainder, WEIGHT_DECIMALS)
    return result


def addition_problems(job: Job, additions: Mapping[str, float], known_dimensions: Collection[str]) -> list[str]:
    """Why these additions cannot become the job's next version (empty when they can)."""
    problems = []
    if not additions:
        problems.append("a requirement change adds at least one dimension with a weight")
    for code, weight in additions.items():
        if code in job.weights:
            problems.append(
                f"dimension {code!r} is already weighted {job.weights[code]:g} in job {job.job_id!r}; "
                "a requirement change adds dimensions the job does not have"
            )
        if code not in known_dimensions:
            problems.append(f"unknown dimension {code!r}: import it (dimensions array) first")
        if not 0 < weight < 1:
            problems.append(f"weight of {code!r} must be between 0 and 1 (exclusive), got {weight:g}")
    total = sum(additions.values())
    if additions and total >= 1:
        problems.append(f"added weights sum to {total:g}; they must leave room for the job's existing dimensions")
    return problems


def next_version(job: Job, additions: Mapping[str, float], *, version: int, level: str | None = None) -> Job:
    """The job as version `version`: weights renormalised with the additions, level changed when given."""
    return job.model_copy(
        update={
            "weights": renormalise(job.weights, additions),
            "level": level if level is not None else job.level,
            "version": version,
        }
    )


def default_change_id(job_id: str, additions: Mapping[str, float], level: str | None) -> str:
    """A change id derived from the change itself, so typing the same command twice names the same change."""
    canonical = json.dumps(
        {"job": job_id, "add": {k: round(v, WEIGHT_DECIMALS) for k, v in sorted(additions.items())}, "level": level},
        sort_keys=True,
    )
    return "chg-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def same_change(
    recorded: Mapping[str, float], recorded_level: str | None, additions: Mapping[str, float], level: str | None
) -> bool:
    """Whether a change id already recorded with `recorded` / `recorded_level` describes the same change."""
    rounded = {k: round(v, WEIGHT_DECIMALS) for k, v in additions.items()}
    return dict(recorded) == rounded and (level is None or level == recorded_level)


# A candidate is *active* for a job while they have an interview for it (or for the job it was upgraded from)
# and no re-interview for it has ended with one of these: a final hiring outcome. `needs_further_assessment`
# is not final (the candidate is still being assessed), nor are endings without a verdict (declined, no_response…).
FINAL_HIRING_OUTCOMES = frozenset({Outcome.RECOMMEND_HIRE, Outcome.NOT_MEETING})
