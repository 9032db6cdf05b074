"""Per-job rules stored in PostgreSQL (migration 007): the further-assessment band (R-R3), the re-interview lead
time (R-L2) and which unfinished interviews re-interview automatically (R-T2), from import to recommendation."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg
import pytest

from db.importer import ArchiveImportError, import_file
from db.repositories.archive import ArchiveRepository
from policy.scoring import recommend
from policy.triggers import classify_ai_result
from schemas.contract import AiInterviewResult, Recommendation, TriggerKind
from tests.db import sample_archive


def write(tmp_path: Path, content: dict, name: str = "archive.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    return path


def with_rules(**rules) -> dict:
    archive = sample_archive()
    archive["jobs"][0].update(rules)
    return archive


async def test_imported_rules_come_back_with_the_archive_and_decide_the_recommendation(
    db_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    await import_file(
        db_pool,
        write(tmp_path, with_rules(further_assessment_band=10, reinterview_lead_days=1, incomplete_trigger="any")),
    )
    repository = ArchiveRepository(db_pool)
    job = (await repository.fetch_candidate_archive("cand-001", "job-cs-01")).job
    assert (job.further_assessment_band, job.reinterview_lead_days, job.incomplete_trigger) == (10, 1, "any")
    assert job.extra_fields() == {"department": "电商事业部"}  # stored in columns, not among the unknown fields

    scores = {"complaint_handling": 80}
    assert recommend(job, 66, scores) == Recommendation.NEEDS_FURTHER_ASSESSMENT  # 75 − 10 ≤ 66
    assert recommend(job, 64.9, scores) == Recommendation.NOT_MEETING
    quit = AiInterviewResult(interview_id="ai-q", completed=False, incomplete_reason="candidate_quit")
    assert classify_ai_result(job, quit) == TriggerKind.INCOMPLETE

    other = (await repository.fetch_candidate_archive("cand-001", "job-ts-01")).job  # no rules in the file
    assert (other.further_assessment_band, other.reinterview_lead_days, other.incomplete_trigger) == (
        5,
        None,
        "objective",
    )
    assert recommend(other, 66, {"troubleshooting": 80}) == Recommendation.NOT_MEETING  # 75 − 5 > 66
    assert classify_ai_result(other, quit) is None


async def test_a_reimport_changes_the_band(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    await import_file(db_pool, write(tmp_path, with_rules(further_assessment_band=10)))
    await import_file(db_pool, write(tmp_path, with_rules(further_assessment_band=2.5), "changed.json"))
    row = await db_pool.fetchrow(
        "SELECT further_assessment_band, reinterview_lead_days, incomplete_trigger, extra FROM jobs "
        "WHERE job_id = 'job-cs-01'"
    )
    assert row is not None
    assert (row["further_assessment_band"], row["reinterview_lead_days"], row["incomplete_trigger"]) == (
        2.5,
        None,
        "objective",
    )
    job = (await ArchiveRepository(db_pool).fetch_candidate_archive("cand-001", "job-cs-01")).job
    assert recommend(job, 72.5, {"complaint_handling": 80}) == Recommendation.NEEDS_FURTHER_ASSESSMENT
    assert recommend(job, 72.4, {"complaint_handling": 80}) == Recommendation.NOT_MEETING


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            {"further_assessment_band": 101},
            "jobs[0].further_assessment_band: Input should be less than or equal to 100 (got 101)",
        ),
        (
            {"further_assessment_band": -1},
            "jobs[0].further_assessment_band: Input should be greater than or equal to 0 (got -1)",
        ),
        (
            {"reinterview_lead_days": 0},
            "jobs[0].reinterview_lead_days: Input should be greater than or equal to 1 (got 0)",
        ),
        (
            {"incomplete_trigger": "never"},
            "jobs[0].incomplete_trigger: Input should be 'objective' or 'any' (got 'never')",
        ),
    ],
)
async def test_bad_rules_are_refused_by_the_import(
    db_pool: asyncpg.Pool, tmp_path: Path, rules: dict, expected: str
) -> None:
    with pytest.raises(ArchiveImportError) as caught:
        await import_file(db_pool, write(tmp_path, with_rules(**rules)))
    assert [str(p) for p in caught.value.problems] == [expected]
    assert await db_pool.fetchval("SELECT count(*) FROM jobs") == 0


async def test_the_database_refuses_a_band_outside_0_to_100(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    await import_file(db_pool, write(tmp_path, sample_archive()))
    with pytest.raises(asyncpg.CheckViolationError):
        await db_pool.execute("UPDATE jobs SET further_assessment_band = 150 WHERE job_id = 'job-cs-01'")
