"""ReinterviewActivities.record_training and open_reinterview over a real (migrated, per-test) PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.reinterview import ReinterviewActivities
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from mail.render import email_environment
from schemas.activities import OpenReinterviewInput, RecordTrainingInput, RunRef
from schemas.contract import Policy, TrainingCompleted, TriggerSignal
from tests.workflows.builders import archive

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _activities(pool: asyncpg.Pool, policy: Policy | None = None) -> ReinterviewActivities:
    return ReinterviewActivities(
        ArchiveRepository(pool), RunRepository(pool), email_environment(), JobRepository(pool), policy=policy
    )


async def _run(pool: asyncpg.Pool) -> RunRef:
    data, ids = archive(NOW)
    await ArchiveRepository(pool).import_archive(data)
    return RunRef(
        workflow_id=f"reinterview-{ids['job']}-{ids['candidate']}",
        run_id="run-1",
        candidate_id=ids["candidate"],
        job_id=ids["job"],
    )


async def test_a_training_the_archive_cannot_hold_fails_once_not_forever(db_pool: asyncpg.Pool) -> None:
    """A payload that got past the contract (e.g. taken by a run under an older one) fails non-retryably,
    naming the field, instead of a ValidationError Temporal would retry for ever."""
    run = await _run(db_pool)
    training = TrainingCompleted.model_construct(
        course_id="bad id", assessment_score=80, completed_at=None, pre_score=None
    )
    with pytest.raises(ApplicationError) as failed:
        await ActivityEnvironment().run(
            _activities(db_pool).record_training, RecordTrainingInput(run=run, training=training, received_at=NOW)
        )
    assert failed.value.non_retryable and failed.value.type == "InvalidTraining"
    assert "course_id: String should match pattern" in failed.value.message
    assert await db_pool.fetchval("SELECT count(*) FROM trainings") == 0


async def test_open_reinterview_hands_the_worker_s_policy_to_the_run(db_pool: asyncpg.Pool) -> None:
    run = await _run(db_pool)
    configured = Policy(reply_reminder_after_s=60, escalate_after_s=120, expire_after_s=180)
    opened = await ActivityEnvironment().run(
        _activities(db_pool, configured).open_reinterview,
        OpenReinterviewInput(run=run, trigger=TriggerSignal(kind="manual", reason="HR decision"), now=NOW),
    )
    assert opened.policy == configured
    default = await ActivityEnvironment().run(
        _activities(db_pool).open_reinterview,
        OpenReinterviewInput(run=run, trigger=TriggerSignal(kind="manual", reason="HR decision"), now=NOW),
    )
    assert default.policy == Policy()
