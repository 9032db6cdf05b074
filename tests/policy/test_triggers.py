"""Trigger rules: classifying AI results (R-T1, R-T2) and attempt limits with cooldown (R-T5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policy.triggers import (
    OBJECTIVE_INCOMPLETE_REASONS,
    VOLUNTARY_INCOMPLETE_REASONS,
    attempt_limit_problem,
    classify_ai_result,
    incomplete_is_objective,
    no_trigger_reason,
    normalize_reason,
)
from schemas.archive import Candidate, CandidateArchive, Interview, Job, PastReinterview
from schemas.contract import AiInterviewResult, TriggerKind

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def make_job(**overrides) -> Job:
    fields = {
        "job_id": "job-ml",
        "title": "机器学习工程师",
        "pass_threshold": 75,
        "weights": {"machine_learning": 0.6, "communication": 0.4},
        "max_attempts": 2,
        "cooldown_days": 0,
    }
    return Job(**{**fields, **overrides})


def archive(job: Job, runs=(), interviews=()) -> CandidateArchive:
    return CandidateArchive(
        candidate=Candidate(candidate_id="cand-1", name="李四"),
        job=job,
        reinterviews=list(runs),
        interviews=list(interviews),
    )


def run(run_id: str, outcome: str | None, ended_days_ago: float | None, started_days_ago: float = 30):
    return PastReinterview(
        workflow_id="reinterview-job-ml-cand-1",
        run_id=run_id,
        started_at=NOW - timedelta(days=started_days_ago),
        ended_at=None if ended_days_ago is None else NOW - timedelta(days=ended_days_ago),
        outcome=outcome,
    )


def imported_reinterview(iid: str, days_ago: float) -> Interview:
    return Interview(
        interview_id=iid,
        candidate_id="cand-1",
        job_id="job-ml",
        source="reinterview",
        taken_at=NOW - timedelta(days=days_ago),
        dimension_scores={"machine_learning": 70},
    )


# --- classify_ai_result ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            AiInterviewResult(interview_id="ai-778", overall_score=72, dimension_scores={"machine_learning": 60}),
            TriggerKind.LOW_SCORE,
        ),
        (AiInterviewResult(interview_id="ai-1", overall_score=75), None),  # exactly the threshold passes
        (AiInterviewResult(interview_id="ai-2", overall_score=74.9), TriggerKind.LOW_SCORE),
        (
            AiInterviewResult(
                interview_id="ai-779",
                completed=False,
                incomplete_reason="network",
                dimension_scores={"communication": 74},
            ),
            TriggerKind.INCOMPLETE,
        ),
        (AiInterviewResult(interview_id="ai-3", completed=False, overall_score=95), TriggerKind.INCOMPLETE),
        # no overall reported: 0.6 × 80 + 0.4 × 70 = 76 → passes; 0.6 × 70 + 0.4 × 80 = 74 → low score
        (AiInterviewResult(interview_id="ai-4", dimension_scores={"machine_learning": 80, "communication": 70}), None),
        (
            AiInterviewResult(interview_id="ai-5", dimension_scores={"machine_learning": 70, "communication": 80}),
            TriggerKind.LOW_SCORE,
        ),
        # a weighed dimension missing from the scores counts 0
        (AiInterviewResult(interview_id="ai-6", dimension_scores={"machine_learning": 100}), TriggerKind.LOW_SCORE),
    ],
)
def test_classify_ai_result(result, expected):
    assert classify_ai_result(make_job(), result) == expected


def test_a_reported_overall_wins_over_the_dimension_scores():
    result = AiInterviewResult(interview_id="ai-7", overall_score=80, dimension_scores={"machine_learning": 10})
    assert classify_ai_result(make_job(), result) is None


# --- attempt_limit_problem -----------------------------------------------------------------------------------


def test_no_history_is_no_problem():
    job = make_job()
    assert attempt_limit_problem(job, archive(job), NOW) is None


def test_max_attempts_reached_by_earlier_runs():
    job = make_job(max_attempts=1)
    problem = attempt_limit_problem(job, archive(job, [run("r1", "not_meeting", 20)]), NOW)
    assert problem == "candidate already had 1 of 1 allowed re-interviews for this job"


def test_runs_that_never_interviewed_do_not_count():
    job = make_job(max_attempts=1)
    runs = [run("r1", "not_needed", 20), run("r2", "rejected_by_hr", 15), run("r3", "limit_reached", 10)]
    assert attempt_limit_problem(job, archive(job, runs), NOW) is None


def test_a_run_the_service_failed_does_not_use_up_an_attempt():
    job = make_job(max_attempts=1)
    assert attempt_limit_problem(job, archive(job, [run("r1", "failed", 5)]), NOW) is None


def test_a_run_that_failed_after_its_interview_still_counts_the_interview():
    job = make_job(max_attempts=1)
    runs = [run("r1", "failed", 20, started_days_ago=25)]
    written_back = [imported_reinterview("reinterview-r1", 21)]
    assert attempt_limit_problem(job, archive(job, runs, written_back), NOW) is not None


@pytest.mark.parametrize("outcome", ["declined", "no_show", "cancelled", "no_response", "recommend_hire"])
def test_runs_that_ran_count_whatever_their_end(outcome):
    job = make_job(max_attempts=1)
    assert attempt_limit_problem(job, archive(job, [run("r1", outcome, 20)]), NOW) is not None


def test_the_current_run_is_not_counted():
    job = make_job(max_attempts=1)
    runs = [run("current", None, None, started_days_ago=0)]
    assert attempt_limit_problem(job, archive(job, runs), NOW, current_run_id="current") is None
    assert attempt_limit_problem(job, archive(job, runs), NOW) is not None


def test_imported_reinterviews_count():
    job = make_job(max_attempts=2)
    interviews = [
        imported_reinterview("old-1", 100),
        imported_reinterview("old-2", 60),
        Interview(interview_id="ai-1", candidate_id="cand-1", job_id="job-ml"),
    ]
    problem = attempt_limit_problem(job, archive(job, interviews=interviews), NOW)
    assert problem == "candidate already had 2 of 2 allowed re-interviews for this job"


def test_a_run_and_the_result_it_wrote_back_count_once():
    job = make_job(max_attempts=2)
    runs = [run("r1", "not_meeting", 20, started_days_ago=25)]
    written_back = [imported_reinterview("reinterview-r1", 21)]
    assert attempt_limit_problem(job, archive(job, runs, written_back), NOW) is None
    by_time = [imported_reinterview("imported-x", 22)]  # within the run's span, other id
    assert attempt_limit_problem(job, archive(job, runs, by_time), NOW) is None
    outside = [imported_reinterview("imported-y", 90)]
    assert attempt_limit_problem(job, archive(job, runs, outside), NOW) is not None


def test_cooldown_blocks_until_the_days_have_passed():
    job = make_job(cooldown_days=14)
    runs = [run("r1", "not_meeting", 3)]
    problem = attempt_limit_problem(job, archive(job, runs), NOW)
    assert problem == "cooldown: next re-interview allowed after 2025-03-21T09:00+00:00"
    assert attempt_limit_problem(job, archive(job, runs), NOW + timedelta(days=11)) is None


def test_cooldown_counts_from_an_imported_reinterview_too():
    job = make_job(cooldown_days=7)
    problem = attempt_limit_problem(job, archive(job, interviews=[imported_reinterview("old", 2)]), NOW)
    assert problem is not None and problem.startswith("cooldown: next re-interview allowed after 2025-03-15T09:00")


def test_cooldown_ignores_runs_that_did_not_interview():
    job = make_job(cooldown_days=30)
    assert attempt_limit_problem(job, archive(job, [run("r1", "rejected_by_hr", 1)]), NOW) is None


def test_the_attempt_limit_is_reported_before_the_cooldown():
    job = make_job(max_attempts=1, cooldown_days=30)
    problem = attempt_limit_problem(job, archive(job, [run("r1", "declined", 1)]), NOW)
    assert problem is not None and problem.startswith("candidate already had 1 of 1")


def test_naive_archive_times_are_read_as_utc():
    job = make_job(cooldown_days=7)
    naive = PastReinterview(
        workflow_id="w",
        run_id="r1",
        started_at=datetime(2025, 3, 1),  # noqa: DTZ001 - naive on purpose
        ended_at=datetime(2025, 3, 8),  # noqa: DTZ001
        outcome="not_meeting",
    )
    assert attempt_limit_problem(job, archive(job, [naive]), NOW) == (
        "cooldown: next re-interview allowed after 2025-03-15T00:00+00:00"
    )


# --- R-T2: only objective reasons re-interview automatically ---------------------------------------------------


def unfinished(reason: str | None) -> AiInterviewResult:
    return AiInterviewResult(
        interview_id="ai-9", completed=False, incomplete_reason=reason, dimension_scores={"communication": 74}
    )


@pytest.mark.parametrize("reason", ["network", "Network drop", "device-failure", "power_outage", None, "other"])
def test_objective_missing_or_unrecognised_reasons_trigger(reason):
    assert incomplete_is_objective(reason)
    assert classify_ai_result(make_job(), unfinished(reason)) == TriggerKind.INCOMPLETE


@pytest.mark.parametrize("reason", ["candidate_quit", "Candidate quit", "voluntary", "abandoned"])
def test_a_candidate_who_quit_is_not_re_interviewed_automatically(reason):
    job = make_job()
    assert job.incomplete_trigger == "objective"  # the default
    assert not incomplete_is_objective(reason)
    assert classify_ai_result(job, unfinished(reason)) is None
    assert no_trigger_reason(job, unfinished(reason)) == (
        "AI interview ai-9 was not finished for a non-objective reason ("
        + normalize_reason(reason)
        + "); the candidate may request a re-interview"
    )


def test_a_job_may_re_interview_any_unfinished_interview():
    job = make_job(incomplete_trigger="any")
    assert classify_ai_result(job, unfinished("candidate_quit")) == TriggerKind.INCOMPLETE


def test_the_objective_list_names_the_seeds_reasons():
    assert {"network", "network_drop", "device", "device_failure"} <= OBJECTIVE_INCOMPLETE_REASONS
    assert not OBJECTIVE_INCOMPLETE_REASONS & VOLUNTARY_INCOMPLETE_REASONS


def test_no_trigger_reason_of_a_passing_result_names_the_score():
    result = AiInterviewResult(interview_id="ai-4", dimension_scores={"machine_learning": 80, "communication": 70})
    assert no_trigger_reason(make_job(), result) == "AI interview ai-4 scored 76, at or above the threshold 75"


def test_a_follow_up_re_interview_is_part_of_the_attempt_that_scheduled_it():
    """A follow-up (merged requirement change after the interview) is not an attempt of its own; the attempt ends
    when its follow-up does, so a cooldown counts from there. Its written-back result counts once, with it."""
    job = make_job(max_attempts=2, cooldown_days=14)
    first = run("r1", "recommend_hire", 10, started_days_ago=20)
    follow_up = run("r2", "not_meeting", 3, started_days_ago=10).model_copy(update={"follow_up": True})
    written_back = [imported_reinterview("reinterview-r1", 11), imported_reinterview("reinterview-r2", 4)]
    pair = archive(job, [first, follow_up], written_back)
    assert attempt_limit_problem(job, pair, NOW + timedelta(days=12)) is None  # 1 of 2 used, cooldown over
    problem = attempt_limit_problem(job, pair, NOW)
    assert problem is not None and problem.startswith("cooldown: next re-interview allowed after 2025-03-21")
    assert attempt_limit_problem(make_job(max_attempts=1), pair, NOW) is not None  # the pair is one attempt
    counted_alone = archive(job, [first, follow_up.model_copy(update={"follow_up": False})], written_back)
    assert attempt_limit_problem(job, counted_alone, NOW + timedelta(days=12)) is not None  # without the flag: 2
