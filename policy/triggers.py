"""Trigger rules: when an AI result calls for a re-interview (R-T1, R-T2) and attempt limits (R-T5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from policy.scoring import weighted_overall
from schemas.archive import CandidateArchive, Interview, Job, PastReinterview
from schemas.contract import AiInterviewResult, Outcome, TriggerKind

# Runs that ended before any re-interview happened do not use up an attempt. A run that failed (outcome
# "failed", a database-only value: the run itself ended in Temporal's Failed state) is the service's fault, not
# the candidate's; if it failed after the re-interview took place, the interview it wrote back still counts.
RUN_FAILED = "failed"
NOT_AN_ATTEMPT = frozenset(
    {
        Outcome.NOT_NEEDED.value,
        Outcome.REJECTED_BY_HR.value,
        Outcome.REQUEST_EXPIRED.value,
        Outcome.LIMIT_REACHED.value,
        RUN_FAILED,
    }
)


# R-T2: an interview left unfinished for an objective reason is re-interviewed automatically. The AI-interview
# platform names the reason in `incomplete_reason`; these are the values this service knows (compared after
# `normalize_reason`). A missing or unrecognised reason counts as objective: the platform says the interview did
# not finish, and the candidate gets the benefit of the doubt (the reason is shown in the analysis report).
OBJECTIVE_INCOMPLETE_REASONS = frozenset(
    {
        "network",
        "network_drop",
        "network_error",
        "connection_lost",
        "device",
        "device_failure",
        "camera_failure",
        "microphone_failure",
        "browser_crash",
        "power_outage",
        "platform_error",
        "system_error",
    }
)
# Not objective: the candidate chose to stop. Such a candidate can ask for a re-interview in writing
# (`candidate_request`, R-T4, approved by HR); jobs with `incomplete_trigger: "any"` re-interview them anyway.
VOLUNTARY_INCOMPLETE_REASONS = frozenset(
    {
        "candidate_quit",
        "candidate_left",
        "candidate_abandoned",
        "voluntary",
        "voluntary_exit",
        "abandoned",
        "quit",
    }
)


def normalize_reason(reason: str | None) -> str:
    """`"Network drop"`, `"network-drop"` → `"network_drop"`; None → ``."""
    return "_".join((reason or "").strip().lower().replace("-", " ").split())


def incomplete_is_objective(reason: str | None) -> bool:
    """Whether an unfinished interview's reason is objective (anything but a known voluntary exit)."""
    return normalize_reason(reason) not in VOLUNTARY_INCOMPLETE_REASONS


def incomplete_triggers(job: Job, reason: str | None) -> bool:
    """Whether an unfinished interview triggers a re-interview under the job's rule (default: objective only)."""
    return job.incomplete_trigger == "any" or incomplete_is_objective(reason)


def no_trigger_reason(job: Job, result: AiInterviewResult) -> str:
    """Why an AI result calls for no re-interview, for the run's timeline (ids and numbers, no personal data)."""
    if not result.completed:
        return (
            f"AI interview {result.interview_id} was not finished for a non-objective reason "
            f"({normalize_reason(result.incomplete_reason)}); the candidate may request a re-interview"
        )
    overall = result.overall_score
    if overall is None:
        overall = weighted_overall(job.weights, result.dimension_scores)
    return f"AI interview {result.interview_id} scored {overall:g}, at or above the threshold {job.pass_threshold:g}"


def classify_ai_result(job: Job, result: AiInterviewResult) -> TriggerKind | None:
    """INCOMPLETE, LOW_SCORE, or None when the AI interview needs no re-interview.

    An unfinished interview is INCOMPLETE when its reason is objective (or the job re-interviews any); a
    voluntary exit needs no automatic re-interview (see `no_trigger_reason`).
    """
    if not result.completed:
        return TriggerKind.INCOMPLETE if incomplete_triggers(job, result.incomplete_reason) else None
    overall = result.overall_score
    if overall is None:
        overall = weighted_overall(job.weights, result.dimension_scores)
    if overall < job.pass_threshold:
        return TriggerKind.LOW_SCORE
    return None


def _aware(moment: datetime) -> datetime:
    """Naive archive times are taken as UTC so they compare with the workflow's aware clock."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Attempt:
    """One earlier re-interview that counts against the job's limit; `ended_at` is None while unknown."""

    ended_at: datetime | None


def _written_back_by(interview: Interview, run: PastReinterview) -> bool:
    """Whether an archived re-interview result is the one this run wrote back (R-A3)."""
    if interview.extra_fields().get("run_id") == run.run_id or interview.interview_id.endswith(run.run_id):
        return True
    if interview.taken_at is None:
        return False
    taken = _aware(interview.taken_at)
    return _aware(run.started_at) <= taken and (run.ended_at is None or taken <= _aware(run.ended_at))


def earlier_attempts(archive: CandidateArchive, current_run_id: str | None = None) -> list[Attempt]:
    """Earlier re-interviews of this candidate for this job: counted runs plus imported re-interview results."""
    runs = [r for r in archive.reinterviews if r.run_id != current_run_id and (r.outcome or "") not in NOT_AN_ATTEMPT]
    attempts: list[Attempt] = []
    for run in runs:  # in start order
        if run.follow_up and attempts:  # part of the attempt that scheduled it: that attempt ends when it does
            attempts[-1] = Attempt(ended_at=run.ended_at)
        elif not run.follow_up:
            attempts.append(Attempt(ended_at=run.ended_at))
    unmatched_runs = list(runs)
    for interview in archive.interviews:
        if interview.source != "reinterview":
            continue
        match = next((r for r in unmatched_runs if _written_back_by(interview, r)), None)
        if match is not None:
            unmatched_runs.remove(match)
            continue
        if current_run_id and interview.interview_id.endswith(current_run_id):
            continue
        attempts.append(Attempt(ended_at=interview.taken_at))
    return attempts


def attempt_limit_problem(
    job: Job, archive: CandidateArchive, now: datetime, current_run_id: str | None = None
) -> str | None:
    """Why a new re-interview is not allowed yet (max attempts, cooldown), or None when it is."""
    attempts = earlier_attempts(archive, current_run_id)
    if len(attempts) >= job.max_attempts:
        return f"candidate already had {len(attempts)} of {job.max_attempts} allowed re-interviews for this job"
    ends = [_aware(a.ended_at) for a in attempts if a.ended_at is not None]
    if job.cooldown_days and ends:
        allowed_after = max(ends) + timedelta(days=job.cooldown_days)
        if _aware(now) < allowed_after:
            return f"cooldown: next re-interview allowed after {allowed_after.isoformat(timespec='minutes')}"
    return None
