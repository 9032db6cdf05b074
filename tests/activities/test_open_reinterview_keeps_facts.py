"""open_reinterview archives the trigger's interview without losing a fact (CONTRACT, issue 13): CONTRACT's own
`ai-778` example, re-sent over the demo archive and handed over as Temporal hands it, changes nothing stored."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.reinterview import ReinterviewActivities
from db.importer import import_file
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from mail.render import email_environment
from schemas.activities import OpenReinterviewInput, RunRef
from schemas.contract import TriggerSignal

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo.json"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
RUN = RunRef(
    workflow_id="reinterview-job-ml-engineer-cand-002",
    run_id="run-1",
    candidate_id="cand-002",
    job_id="job-ml-engineer",
)


def _as_temporal_delivers(input: OpenReinterviewInput) -> OpenReinterviewInput:
    converter = pydantic_data_converter.payload_converter
    (arrived,) = converter.from_payloads(converter.to_payloads([input]), [OpenReinterviewInput])
    assert isinstance(arrived, OpenReinterviewInput)
    return arrived


async def _open(pool: asyncpg.Pool, trigger: dict[str, Any]) -> None:
    activities = ReinterviewActivities(
        ArchiveRepository(pool), RunRepository(pool), email_environment(), JobRepository(pool)
    )
    input = OpenReinterviewInput(run=RUN, trigger=TriggerSignal.model_validate(trigger), now=NOW)
    await ActivityEnvironment().run(activities.open_reinterview, _as_temporal_delivers(input))


async def _stored(pool: asyncpg.Pool) -> tuple[dict[str, Any], list[tuple[Any, ...]], int]:
    interview = await pool.fetchrow("SELECT * FROM interviews WHERE interview_id = 'ai-778'")
    assert interview is not None, "interview ai-778 is not in the archive"
    scores = await pool.fetch("SELECT dimension, score FROM interview_scores WHERE interview_id = 'ai-778' ORDER BY 1")
    facts = await pool.fetchval("SELECT count(*) FROM interview_facts WHERE interview_id = 'ai-778'")
    return dict(interview), [tuple(s) for s in scores], facts


async def test_resending_contracts_ai_778_changes_nothing_stored(db_pool: asyncpg.Pool) -> None:
    await import_file(db_pool, DEMO)
    before = await _stored(db_pool)
    await _open(
        db_pool,
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": "ai-778",
                "completed": True,
                "overall_score": 72,
                "dimension_scores": {"machine_learning": 60, "communication": 78},
            },
        },
    )
    after = await _stored(db_pool)
    assert after == before
    interview, scores, _ = after
    assert ("programming", 85) in scores and ("problem_solving", 72) in scores
    assert len(interview["asked_question_ids"]) == 5
    assert set(interview["media"]) >= {"video", "audio", "transcript"}


async def test_a_changed_score_from_a_trigger_is_a_version_from_that_run(db_pool: asyncpg.Pool) -> None:
    await import_file(db_pool, DEMO)
    await _open(db_pool, {"kind": "ai_result", "interview": {"interview_id": "ai-778", "overall_score": 70}})
    row = await db_pool.fetchrow(
        "SELECT version, value, source, recorded_at FROM interview_facts"
        " WHERE interview_id = 'ai-778' AND fact = 'overall_score' ORDER BY version DESC LIMIT 1"
    )
    assert row is not None, "no overall_score fact for ai-778"
    assert (row["version"], row["value"], row["source"]) == (2, 70, f"trigger:{RUN.workflow_id}")
    assert row["recorded_at"] == NOW


async def test_an_interview_archived_for_another_candidate_fails_the_activity_once(db_pool: asyncpg.Pool) -> None:
    await import_file(db_pool, DEMO)
    with pytest.raises(ApplicationError) as failed:
        await _open(db_pool, {"kind": "ai_result", "interview": {"interview_id": "ai-770", "overall_score": 70}})
    assert failed.value.non_retryable and failed.value.type == "InvalidInterview"
    assert "archived for candidate 'cand-001', not 'cand-002'" in failed.value.message
