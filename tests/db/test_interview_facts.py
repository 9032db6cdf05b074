"""The archive never loses a fact (CONTRACT, migration 008): re-sent interviews keep what they omit, changes are
versions with source and time, the newest version counts."""

from __future__ import annotations

import asyncio
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from db.importer import ArchiveImportError, import_file
from db.migrate import MIGRATIONS_DIR, apply_migrations
from db.pool import register_json_codecs
from db.repositories.archive import ArchiveRepository, InterviewConflict
from policy.scoring import best_scores
from policy.triggers import classify_ai_result
from schemas.archive import ArchiveImport, Interview
from schemas.contract import AiInterviewResult, SubmitResult, TriggerSignal

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo.json"
RECEIVED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
# CONTRACT.md's own example of a trigger, byte for byte.
CONTRACT_AI_778: dict[str, Any] = {
    "kind": "ai_result",
    "interview": {
        "interview_id": "ai-778",
        "completed": True,
        "overall_score": 72,
        "dimension_scores": {"machine_learning": 60, "communication": 78},
    },
}


@pytest.fixture
async def demo_archive(db_pool: asyncpg.Pool) -> ArchiveRepository:
    repository = ArchiveRepository(db_pool)
    await import_file(db_pool, DEMO)
    return repository


async def _ai_778(repository: ArchiveRepository) -> Interview:
    archive = await repository.fetch_candidate_archive("cand-002", "job-ml-engineer")
    return next(i for i in archive.interviews if i.interview_id == "ai-778")


async def _versions(pool: asyncpg.Pool, interview_id: str) -> list[tuple[str, str, int, object, str]]:
    rows = await pool.fetch(
        "SELECT fact, key, version, value, source FROM interview_facts WHERE interview_id = $1 ORDER BY 1, 2, 3",
        interview_id,
    )
    return [(r["fact"], r["key"], r["version"], r["value"], r["source"]) for r in rows]


async def test_resending_the_contract_example_changes_nothing_already_stored(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository
) -> None:
    before = await _ai_778(demo_archive)
    versions = await _versions(db_pool, "ai-778")
    assert before.dimension_scores == {
        "machine_learning": 60,
        "programming": 85,
        "problem_solving": 72,
        "communication": 78,
    }

    trigger = TriggerSignal.model_validate(CONTRACT_AI_778)
    assert trigger.interview is not None
    recorded = await demo_archive.record_ai_result(
        "cand-002",
        "job-ml-engineer",
        trigger.interview,
        source="trigger:reinterview-job-ml-engineer-cand-002",
        received_at=RECEIVED,
    )

    assert (recorded.created, recorded.changed) == (False, ())
    after = await _ai_778(demo_archive)
    assert after == before
    assert after.dimension_scores["programming"] == 85
    assert after.dimension_scores["problem_solving"] == 72
    assert after.asked_question_ids == [
        "q-machine_learning-2",
        "q-machine_learning-4",
        "q-programming-1",
        "q-problem_solving-1",
        "q-communication-1",
    ]
    assert after.media.references() == {
        "video": "s3://ai-interviews/ai-778/video.mp4",
        "audio": "s3://ai-interviews/ai-778/audio.m4a",
        "transcript": "s3://ai-interviews/ai-778/transcript.json",
    }
    assert after.taken_at == datetime.fromisoformat("2026-11-18T14:30:00+08:00")  # not the time it was re-sent
    assert await _versions(db_pool, "ai-778") == versions
    assert recorded.interview == after


async def test_the_demo_triggers_change_nothing_the_demo_archive_holds(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository
) -> None:
    scenarios = json.loads((DEMO.parent / "demo_scenarios.json").read_text(encoding="utf-8"))
    facts = await db_pool.fetchval("SELECT count(*) FROM interview_facts")
    for scenario in scenarios:
        trigger = TriggerSignal.model_validate(scenario["trigger"])
        if trigger.interview is None:
            continue
        recorded = await demo_archive.record_ai_result(
            scenario["candidate_id"], scenario["job_id"], trigger.interview, source="trigger:demo", received_at=RECEIVED
        )
        assert recorded.changed == () or recorded.created, (scenario["candidate_id"], recorded.changed)
    assert await db_pool.fetchval("SELECT count(*) FROM interview_facts WHERE version > 1") == 0
    assert await db_pool.fetchval("SELECT count(*) FROM interview_facts") >= facts


async def test_a_changed_fact_is_a_new_version_with_source_and_time_and_the_newest_counts(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository
) -> None:
    resent = AiInterviewResult.model_validate(
        {
            "interview_id": "ai-778",
            "overall_score": 70,
            "dimension_scores": {"machine_learning": 50},
            "media": {"video": "s3://ai-interviews/ai-778/video-v2.mp4"},
        }
    )
    recorded = await demo_archive.record_ai_result(
        "cand-002", "job-ml-engineer", resent, source="trigger:wf-1", received_at=RECEIVED
    )
    assert (recorded.created, set(recorded.changed)) == (
        False,
        {"overall_score", "score.machine_learning", "media.video"},
    )

    archive = await demo_archive.fetch_candidate_archive("cand-002", "job-ml-engineer")
    now = next(i for i in archive.interviews if i.interview_id == "ai-778")
    assert now.overall_score == 70
    assert now.dimension_scores == {
        "machine_learning": 50,
        "programming": 85,
        "problem_solving": 72,
        "communication": 78,
    }
    assert now.media.references()["video"] == "s3://ai-interviews/ai-778/video-v2.mp4"
    assert now.media.references()["audio"] == "s3://ai-interviews/ai-778/audio.m4a"

    # The rules read the newest version: the lower score is the best one, not the superseded 60.
    assert best_scores(archive.interviews)["machine_learning"] == 50
    assert classify_ai_result(archive.job, AiInterviewResult.model_validate(now.model_dump())) is not None

    # The whole history comes with the archive: every version of each revised fact, from where and when.
    revisions = [(r.fact, r.key, r.version, r.value, r.source) for r in archive.interview_revisions]
    assert revisions == [
        ("media", "video", 1, "s3://ai-interviews/ai-778/video.mp4", "import:demo.json"),
        ("media", "video", 2, "s3://ai-interviews/ai-778/video-v2.mp4", "trigger:wf-1"),
        ("overall_score", "", 1, 72, "import:demo.json"),
        ("overall_score", "", 2, 70, "trigger:wf-1"),
        ("score", "machine_learning", 1, 60, "import:demo.json"),
        ("score", "machine_learning", 2, 50, "trigger:wf-1"),
    ]
    assert {r.recorded_at for r in archive.interview_revisions if r.version == 2} == {RECEIVED}

    # Sending the same again adds nothing.
    again = await demo_archive.record_ai_result("cand-002", "job-ml-engineer", resent, source="x", received_at=RECEIVED)
    assert again.changed == ()
    assert await db_pool.fetchval("SELECT max(version) FROM interview_facts WHERE interview_id = 'ai-778'") == 2


async def test_a_question_once_asked_stays_asked(db_pool: asyncpg.Pool, demo_archive: ArchiveRepository) -> None:
    subset = AiInterviewResult(interview_id="ai-778", asked_question_ids=["q-programming-1"])
    assert (
        await demo_archive.record_ai_result("cand-002", "job-ml-engineer", subset, source="s", received_at=RECEIVED)
    ).changed == ()

    more = AiInterviewResult(interview_id="ai-778", asked_question_ids=["q-programming-1", "q-programming-3"])
    recorded = await demo_archive.record_ai_result(
        "cand-002", "job-ml-engineer", more, source="s", received_at=RECEIVED
    )
    assert recorded.changed == ("asked_question_ids",)
    assert (await _ai_778(demo_archive)).asked_question_ids == [
        "q-machine_learning-2",
        "q-machine_learning-4",
        "q-programming-1",
        "q-problem_solving-1",
        "q-communication-1",
        "q-programming-3",
    ]


async def test_completion_is_a_fact_only_when_sent(db_pool: asyncpg.Pool, demo_archive: ArchiveRepository) -> None:
    # ai-779-like: an unfinished interview re-sent without `completed` stays unfinished.
    archive = await demo_archive.fetch_candidate_archive("cand-004", "job-data-analyst")
    unfinished = next(i for i in archive.interviews if not i.completed)
    resent = AiInterviewResult(interview_id=unfinished.interview_id, dimension_scores={"communication": 74})
    recorded = await demo_archive.record_ai_result(
        "cand-004", "job-data-analyst", resent, source="s", received_at=RECEIVED
    )
    assert recorded.changed == ()
    assert recorded.interview.completed is False
    assert recorded.interview.incomplete_reason == unfinished.incomplete_reason

    finished = AiInterviewResult(interview_id=unfinished.interview_id, completed=True)
    recorded = await demo_archive.record_ai_result(
        "cand-004", "job-data-analyst", finished, source="s", received_at=RECEIVED
    )
    assert recorded.changed == ("completed",)
    assert recorded.interview.completed is True


async def test_a_new_interview_is_dated_when_received_unless_it_says_when(demo_archive: ArchiveRepository) -> None:
    new = AiInterviewResult(interview_id="ai-900", overall_score=74, dimension_scores={"machine_learning": 70})
    recorded = await demo_archive.record_ai_result("cand-002", "job-ml-engineer", new, source="s", received_at=RECEIVED)
    assert recorded.created
    assert recorded.interview.taken_at == RECEIVED
    assert recorded.interview.completed is True
    later = datetime(2026, 12, 2, tzinfo=UTC)
    again = await demo_archive.record_ai_result("cand-002", "job-ml-engineer", new, source="s", received_at=later)
    assert again.changed == ()
    assert again.interview.taken_at == RECEIVED


async def test_an_id_archived_for_someone_else_is_refused_and_nothing_written(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository
) -> None:
    versions = await _versions(db_pool, "ai-778")
    stolen = AiInterviewResult(interview_id="ai-778", dimension_scores={"sales_negotiation": 99})
    with pytest.raises(
        InterviewConflict, match=r"^interview 'ai-778' is archived for candidate 'cand-002', not 'cand-007'$"
    ):
        await demo_archive.record_ai_result("cand-007", "job-sales", stolen, source="s", received_at=RECEIVED)
    with pytest.raises(InterviewConflict, match="for job 'job-ml-engineer', not 'job-tech-engineer'"):
        await demo_archive.record_ai_result("cand-002", "job-tech-engineer", stolen, source="s", received_at=RECEIVED)
    assert await _versions(db_pool, "ai-778") == versions


async def test_import_of_an_archived_id_follows_the_same_rule(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository, tmp_path: Path
) -> None:
    path = tmp_path / "vendor-resend.json"
    path.write_text(
        json.dumps(
            {
                "interviews": [
                    {
                        "interview_id": "ai-778",
                        "candidate_id": "cand-002",
                        "job_id": "job-ml-engineer",
                        "dimension_scores": {"communication": 80},
                        "vendor_batch": "b-7",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    await import_file(db_pool, path)
    now = await _ai_778(demo_archive)
    assert now.dimension_scores == {
        "machine_learning": 60,
        "programming": 85,
        "problem_solving": 72,
        "communication": 80,
    }
    assert now.overall_score == 72 and now.completed and len(now.asked_question_ids) == 5
    assert now.media.references()["transcript"] == "s3://ai-interviews/ai-778/transcript.json"
    assert now.extra_fields() == {"vendor_batch": "b-7"}
    assert [v for v in await _versions(db_pool, "ai-778") if v[4] == "import:vendor-resend.json"] == [
        ("extra", "vendor_batch", 1, "b-7", "import:vendor-resend.json"),
        ("score", "communication", 2, 80, "import:vendor-resend.json"),
    ]

    # The same file again: nothing new.
    facts = await db_pool.fetchval("SELECT count(*) FROM interview_facts")
    await import_file(db_pool, path)
    assert await db_pool.fetchval("SELECT count(*) FROM interview_facts") == facts


async def test_import_naming_an_archived_id_for_another_candidate_is_refused_whole(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {
                "dimensions": [{"code": "new_dim", "label_zh": "新", "label_en": "New"}],
                "interviews": [
                    {"interview_id": "ai-new-1", "candidate_id": "cand-001", "job_id": "job-ecom-support"},
                    {"interview_id": "ai-778", "candidate_id": "cand-001", "job_id": "job-ml-engineer"},
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ArchiveImportError) as refused:
        await import_file(db_pool, path)
    assert [str(p) for p in refused.value.problems] == [
        "interviews[1].candidate_id: interview 'ai-778' is archived for candidate 'cand-002', not 'cand-001'"
    ]
    assert await db_pool.fetchval("SELECT count(*) FROM interviews WHERE interview_id = 'ai-new-1'") == 0
    assert await db_pool.fetchval("SELECT count(*) FROM dimensions WHERE code = 'new_dim'") == 0


async def test_versions_are_append_only(db_pool: asyncpg.Pool, demo_archive: ArchiveRepository) -> None:
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="append-only: update of interview ai-778"):
        await db_pool.execute("UPDATE interview_facts SET value = '1' WHERE interview_id = 'ai-778'")
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="append-only: delete of interview ai-778"):
        await db_pool.execute("DELETE FROM interview_facts WHERE interview_id = 'ai-778'")
    # Removing an interview (e.g. a candidate's data erased) takes its versions with it.
    async with db_pool.acquire() as conn, conn.transaction():
        await conn.execute("DELETE FROM interview_scores WHERE interview_id = 'ai-778'")
        await conn.execute("DELETE FROM interviews WHERE interview_id = 'ai-778'")
    assert await _versions(db_pool, "ai-778") == []


async def test_concurrent_resends_each_get_their_own_version(
    db_pool: asyncpg.Pool, demo_archive: ArchiveRepository
) -> None:
    sends = [AiInterviewResult(interview_id="ai-778", dimension_scores={"communication": 70 + n}) for n in range(6)]
    await asyncio.gather(
        *(
            demo_archive.record_ai_result("cand-002", "job-ml-engineer", s, source=f"w{n}", received_at=RECEIVED)
            for n, s in enumerate(sends)
        )
    )
    versions = [v for v in await _versions(db_pool, "ai-778") if v[:2] == ("score", "communication")]
    assert [v[2] for v in versions] == list(range(1, len(versions) + 1))
    assert len(versions) >= 2  # 78 → at least one of 70…75 (one of them may repeat the value before it)
    newest = versions[-1][3]
    assert (await _ai_778(demo_archive)).dimension_scores["communication"] == newest


def test_results_carry_media_and_bad_references_are_named() -> None:
    result = SubmitResult.model_validate(
        {"dimension_scores": {"machine_learning": 80}, "media": {"video": "s3://r/1.mp4", "transcript": "s3://r/1.txt"}}
    )
    assert result.media is not None and result.media.references() == {
        "video": "s3://r/1.mp4",
        "transcript": "s3://r/1.txt",
    }
    trigger = TriggerSignal.model_validate(
        {**CONTRACT_AI_778, "interview": {**CONTRACT_AI_778["interview"], "media": {"audio": "a"}}}
    )
    assert trigger.interview is not None and trigger.interview.media is not None
    with pytest.raises(ValueError, match=r"interview\.media\.video"):
        TriggerSignal.model_validate(
            {**CONTRACT_AI_778, "interview": {**CONTRACT_AI_778["interview"], "media": {"video": "x" * 2001}}}
        )


async def test_migration_008_keeps_what_was_archived_as_first_versions(empty_db_dsn: str, tmp_path: Path) -> None:
    before = tmp_path / "migrations"
    before.mkdir()
    for path in sorted(MIGRATIONS_DIR.glob("00[1-7]_*.sql")):
        shutil.copy(path, before / path.name)
    conn = await asyncpg.connect(empty_db_dsn)
    try:
        await register_json_codecs(conn)
        await apply_migrations(conn, before)
        await conn.execute(
            """
            INSERT INTO jobs (job_id, title, pass_threshold, weights, extra)
            VALUES ('job-1', '机器学习工程师', 75, '{"ml": 1}',
                    '{"title_en": "ML Engineer", "invitation_shows_score": true, "interview_location": "3F", "x": 1}');
            INSERT INTO candidates (candidate_id, name, extra) VALUES ('c-1', '李四', '{"phone": "+8613800000000"}');
            INSERT INTO interviewers (interviewer_id, name, email, extra)
            VALUES ('iv-1', 'Michael', 'm@example.com', '{"locale": "en", "timezone": "Europe/London"}');
            INSERT INTO interviews (interview_id, candidate_id, job_id, overall_score, asked_question_ids, media, extra)
            VALUES ('ai-1', 'c-1', 'job-1', 72, '{q-1}', '{"video": "v.mp4", "audio": null}', '{"vendor": "x"}');
            INSERT INTO interview_scores VALUES ('ai-1', 'ml', 60);
            """
        )
        assert await apply_migrations(conn) == ["008_interview_facts"] + [
            p.stem for p in sorted(MIGRATIONS_DIR.glob("*.sql")) if p.stem[:3] > "008"
        ]
        rows = await conn.fetch("SELECT fact, key, version, value, source FROM interview_facts ORDER BY 1, 2")
        assert [(r["fact"], r["key"], r["version"], r["value"]) for r in rows] == [
            ("asked_question_ids", "", 1, ["q-1"]),
            ("completed", "", 1, True),
            ("extra", "vendor", 1, "x"),
            ("media", "video", 1, "v.mp4"),
            ("overall_score", "", 1, 72),
            ("score", "ml", 1, 60),
        ]
        assert {r["source"] for r in rows} == {"migration:008"}
        job = await conn.fetchrow("SELECT title_en, invitation_shows_score, interview_location, extra FROM jobs")
        assert job is not None, "the migrated jobs table is empty"
        assert (job["title_en"], job["invitation_shows_score"], job["interview_location"]) == (
            "ML Engineer",
            True,
            "3F",
        )
        assert job["extra"] == {"x": 1}
        assert await conn.fetchval("SELECT phone FROM candidates") == "+8613800000000"
        interviewer = await conn.fetchrow("SELECT locale, extra FROM interviewers")
        assert interviewer is not None, "the migrated interviewers table is empty"
        assert (interviewer["locale"], interviewer["extra"]) == ("en", {"timezone": "Europe/London"})
    finally:
        await conn.close()


async def test_contract_job_interviewer_and_candidate_fields_are_archived(db_pool: asyncpg.Pool) -> None:
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    repository = ArchiveRepository(db_pool)
    await repository.import_archive(ArchiveImport.model_validate(data))
    archive = await repository.fetch_candidate_archive("cand-002", "job-ml-engineer")
    assert archive.job.title_en == "Machine Learning Engineer"
    assert archive.job.invitation_shows_score is True
    assert archive.job.interview_location == "公司3楼会议室"
    assert archive.job.extra_fields() == {"company": "某人工智能科技公司（500人）"}
    assert archive.candidate.phone == "+8613800138002"
    by_id = {iv.interviewer_id: iv for iv in archive.interviewers}
    assert by_id["iv-004"].locale == "en"
    assert by_id["iv-004"].extra_fields() == {}


async def test_what_a_trigger_omits_survives_the_trip_through_temporal(demo_archive: ArchiveRepository) -> None:
    """The workflow hands the trigger to the activity through the data converter: defaults it never sent (here
    `completed: true`) must not arrive as facts, or an unfinished interview would be marked finished."""
    from temporalio.contrib.pydantic import pydantic_data_converter

    archive = await demo_archive.fetch_candidate_archive("cand-004", "job-data-analyst")
    unfinished = next(i for i in archive.interviews if not i.completed)
    sent = TriggerSignal.model_validate(
        {"kind": "ai_result", "interview": {"interview_id": unfinished.interview_id, "dimension_scores": {}}}
    )
    converter = pydantic_data_converter.payload_converter
    (arrived,) = converter.from_payloads(converter.to_payloads([sent]), [TriggerSignal])
    assert arrived.interview is not None and arrived.interview.model_fields_set == {"interview_id", "dimension_scores"}
    recorded = await demo_archive.record_ai_result(
        "cand-004", "job-data-analyst", arrived.interview, source="s", received_at=RECEIVED
    )
    assert recorded.changed == () and recorded.interview.completed is False


async def test_explicit_nulls_state_nothing(demo_archive: ArchiveRepository) -> None:
    resent = TriggerSignal.model_validate(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": "ai-778",
                "completed": True,
                "incomplete_reason": None,
                "overall_score": None,
                "taken_at": None,
                "media": None,
                "asked_question_ids": [],
                "dimension_scores": {},
            },
        }
    )
    assert resent.interview is not None
    recorded = await demo_archive.record_ai_result(
        "cand-002", "job-ml-engineer", resent.interview, source="s", received_at=RECEIVED
    )
    assert recorded.changed == ()
    assert recorded.interview.overall_score == 72 and recorded.interview.media.references()


async def test_a_results_media_is_archived_with_the_new_attempt(demo_archive: ArchiveRepository) -> None:
    """submit_result's `media` (seed: 自动记录面试过程) goes with the re-interview's own attempt, as
    complete_reinterview writes it; the result again with the transcript added keeps the video, adds the transcript."""
    result = SubmitResult.model_validate(
        {"dimension_scores": {"machine_learning": 80}, "media": {"video": "s3://re/run-1/video.mp4"}}
    )
    assert result.media is not None
    attempt = Interview(
        interview_id="reinterview-run-1",
        candidate_id="cand-002",
        job_id="job-ml-engineer",
        taken_at=RECEIVED,
        overall_score=80,
        dimension_scores=result.dimension_scores,
        media=result.media,
        source="reinterview",
    )
    first = await demo_archive.record_interview(attempt, source="reinterview:run-1", at=RECEIVED)
    assert first.created and "media.video" in first.changed
    later = attempt.model_copy(update={"media": result.media.model_copy(update={"transcript": "s3://re/run-1/t.json"})})
    again = await demo_archive.record_interview(later, source="reinterview:run-1")
    assert again.changed == ("media.transcript",)
    archive = await demo_archive.fetch_candidate_archive("cand-002", "job-ml-engineer")
    newest = archive.interviews[-1]
    assert (newest.interview_id, newest.source) == ("reinterview-run-1", "reinterview")
    assert newest.media.references() == {"video": "s3://re/run-1/video.mp4", "transcript": "s3://re/run-1/t.json"}
