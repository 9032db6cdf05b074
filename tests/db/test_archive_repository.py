"""ArchiveRepository: the whole history in one round trip (R-A1) and results written back (R-A3)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import asyncpg
import pytest

from db.repositories.archive import ArchiveRepository
from schemas.archive import ArchiveImport, Interview, Training
from tests.db import sample_archive


@pytest.fixture
async def repository(db_pool: asyncpg.Pool) -> ArchiveRepository:
    """A repository over the sample archive plus two earlier re-interview runs."""
    repository = ArchiveRepository(db_pool)
    await repository.import_archive(ArchiveImport.model_validate(sample_archive()))
    await db_pool.executemany(
        """
        INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,
                                  started_at, updated_at, ended_at)
        VALUES ($1, $2, $3, $4, $5, 'completed', $6, $7, $7, $7)
        """,
        [
            (
                "run-2",
                "reinterview-job-cs-01-cand-001",
                "cand-001",
                "job-cs-01",
                "low_score",
                "no_response",
                datetime(2024, 5, 4, tzinfo=UTC),
            ),
            (
                "run-1",
                "reinterview-job-cs-01-cand-001",
                "cand-001",
                "job-cs-01",
                "incomplete",
                "not_needed",
                datetime(2024, 5, 2, tzinfo=UTC),
            ),
            (
                "run-x",
                "reinterview-job-ts-01-cand-001",
                "cand-001",
                "job-ts-01",
                "low_score",
                "declined",
                datetime(2024, 5, 2, tzinfo=UTC),
            ),
        ],
    )
    return repository


async def test_archive_holds_the_whole_history_for_one_job(repository: ArchiveRepository) -> None:
    archive = await repository.fetch_candidate_archive("cand-001", "job-cs-01")

    assert archive.candidate.name == "张三"
    assert archive.candidate.years_experience == 2
    assert archive.candidate.extra_fields() == {"ats_ref": {"system": "moka", "id": 4471}}
    assert archive.job.job_id == "job-cs-01"
    assert archive.job.weights == {"complaint_handling": 0.5, "communication": 0.3, "teamwork": 0.2}
    assert archive.job.core_skills == ["complaint_handling"]
    assert archive.job.extra_fields() == {"department": "电商事业部"}
    assert set(archive.dimensions) == {
        "complaint_handling",
        "communication",
        "teamwork",
        "data_analysis",
        "troubleshooting",
    }
    assert archive.label("communication") == "沟通能力"

    # Only this job's interviews, oldest first, each with its scores and media.
    assert [i.interview_id for i in archive.interviews] == ["ai-001", "ai-002"]
    first, second = archive.interviews
    assert (first.completed, first.incomplete_reason, first.overall_score) == (False, "network", None)
    assert first.dimension_scores == {"communication": 74}
    assert first.media.audio == "s3://ai/ai-001.mp3"
    assert second.dimension_scores == {"complaint_handling": 60, "communication": 65, "teamwork": 70}
    assert second.asked_question_ids == ["q-ch-1"]
    assert (second.media.video, second.media.transcript) == ("s3://ai/ai-002.mp4", "s3://ai/ai-002.txt")
    assert second.taken_at == datetime.fromisoformat("2024-05-03T10:00:00+08:00")
    assert second.extra_fields() == {"vendor_score_raw": 0.7}

    assert [(a.assessment_id, a.kind) for a in archive.assessments] == [("as-1", "personality"), ("as-2", "skill_test")]
    assert archive.assessments[0].result == {"type": "ESFJ"}
    assert [(t.course_id, t.pre_score, t.post_score) for t in archive.trainings] == [("crs-complaints", 60, 85)]
    assert archive.trainings[0].extra_fields() == {"lms_ref": "lms-88"}
    assert [(r.run_id, r.outcome) for r in archive.reinterviews] == [("run-1", "not_needed"), ("run-2", "no_response")]

    # Courses and questions for the job's weighted dimensions only.
    assert [c.course_id for c in archive.courses] == ["crs-complaints", "crs-emotions"]
    assert [q.question_id for q in archive.questions] == ["q-ch-1", "q-tw-1"]
    assert [iv.interviewer_id for iv in archive.interviewers] == ["iv-li"]
    interviewer = archive.interviewers[0]
    assert interviewer.extra_fields() == {"room": "3F-A"}
    assert [(w.start, w.end) for w in interviewer.availability] == [
        (datetime.fromisoformat("2024-05-08T14:00:00+08:00"), datetime.fromisoformat("2024-05-08T18:00:00+08:00")),
        (datetime.fromisoformat("2024-05-10T09:00:00+08:00"), datetime.fromisoformat("2024-05-10T12:00:00+08:00")),
    ]


async def test_other_job_sees_its_own_slice(repository: ArchiveRepository) -> None:
    archive = await repository.fetch_candidate_archive("cand-001", "job-ts-01")
    assert [i.interview_id for i in archive.interviews] == ["ai-ts-9"]
    assert [c.course_id for c in archive.courses] == ["crs-emotions", "crs-hardware"]
    assert [iv.interviewer_id for iv in archive.interviewers] == ["iv-wang"]
    assert archive.interviewers[0].availability == []
    assert [r.run_id for r in archive.reinterviews] == ["run-x"]


async def test_extra_dimensions_bring_their_courses_and_questions(repository: ArchiveRepository) -> None:
    archive = await repository.fetch_candidate_archive("cand-001", "job-cs-01", ["data_analysis", "troubleshooting"])
    assert [q.question_id for q in archive.questions] == ["q-ch-1", "q-da-1", "q-tw-1"]
    assert [c.course_id for c in archive.courses] == ["crs-complaints", "crs-emotions", "crs-hardware"]


async def test_candidate_without_history_gets_empty_lists(repository: ArchiveRepository) -> None:
    archive = await repository.fetch_candidate_archive("cand-002", "job-cs-01")
    assert archive.candidate.locale == "en"
    assert archive.candidate.extra_fields() == {}
    assert (archive.interviews, archive.assessments, archive.trainings, archive.reinterviews) == ([], [], [], [])


async def test_archive_is_read_in_exactly_one_round_trip(db_pool: asyncpg.Pool, repository: ArchiveRepository) -> None:
    statements: list[str] = []

    def log(query: asyncpg.connection.LoggedQuery) -> None:
        statements.append(query.query)

    async def logged() -> int:
        """How many statements reached the server so far (asyncpg calls loggers on the next loop turn)."""
        await asyncio.sleep(0)
        return len(statements)

    async with db_pool.acquire() as conn:
        conn.add_query_logger(log)
        try:
            on_conn = ArchiveRepository(conn)
            archive = await on_conn.fetch_candidate_archive("cand-001", "job-cs-01")
            assert await logged() == 1
            assert "jsonb_build_object" in statements[0]
            assert len(archive.interviews) == 2

            # The logger does see every statement: a write-back takes several.
            statements.clear()
            await on_conn.record_training(Training(candidate_id="cand-001", course_id="crs-emotions"))
            assert await logged() == 1
            statements.clear()
            await on_conn.record_interview(archive.interviews[0])
            assert await logged() > 1
        finally:
            conn.remove_query_logger(log)


@pytest.mark.parametrize(
    ("candidate_id", "job_id", "message"),
    [
        ("cand-x", "job-cs-01", "unknown candidate 'cand-x'"),
        ("cand-001", "job-y", "unknown job 'job-y'"),
        ("cand-x", "job-y", "unknown candidate 'cand-x'; unknown job 'job-y'"),
    ],
)
async def test_unknown_ids_are_named(
    repository: ArchiveRepository, candidate_id: str, job_id: str, message: str
) -> None:
    with pytest.raises(LookupError) as caught:
        await repository.fetch_candidate_archive(candidate_id, job_id)
    assert str(caught.value) == message


async def test_recorded_reinterview_is_the_next_attempt(repository: ArchiveRepository) -> None:
    result = Interview.model_validate(
        {
            "interview_id": "re-001",
            "candidate_id": "cand-001",
            "job_id": "job-cs-01",
            "taken_at": datetime.fromisoformat("2024-05-08T14:00:00+08:00"),
            "overall_score": 80,
            "dimension_scores": {"complaint_handling": 85, "communication": 80},
            "asked_question_ids": ["q-tw-1"],
            "source": "reinterview",
            "submitted_by": "interviewer:li",  # an unknown field, kept in extra
        }
    )
    await repository.record_interview(result)

    archive = await repository.fetch_candidate_archive("cand-001", "job-cs-01")
    assert [i.interview_id for i in archive.interviews] == ["ai-001", "ai-002", "re-001"]
    latest = archive.interviews[-1]
    assert latest.source == "reinterview"
    assert latest.dimension_scores == {"complaint_handling": 85, "communication": 80}
    assert latest.extra_fields() == {"submitted_by": "interviewer:li"}

    # Recording again replaces the scores instead of adding to them.
    await repository.record_interview(result.model_copy(update={"dimension_scores": {"complaint_handling": 90}}))
    archive = await repository.fetch_candidate_archive("cand-001", "job-cs-01")
    assert archive.interviews[-1].dimension_scores == {"complaint_handling": 90}
    assert len(archive.interviews) == 3


async def test_record_interview_for_unknown_candidate_writes_nothing(
    db_pool: asyncpg.Pool, repository: ArchiveRepository
) -> None:
    orphan = Interview(interview_id="re-x", candidate_id="cand-x", job_id="job-cs-01", dimension_scores={"teamwork": 1})
    with pytest.raises(LookupError, match=r"^interview 're-x': unknown candidate 'cand-x'$"):
        await repository.record_interview(orphan)
    with pytest.raises(LookupError, match=r"^interview 're-x': unknown job 'job-y'$"):
        await repository.record_interview(orphan.model_copy(update={"candidate_id": "cand-001", "job_id": "job-y"}))
    assert await db_pool.fetchval("SELECT count(*) FROM interview_scores WHERE interview_id = 're-x'") == 0


async def test_recorded_training_updates_the_archive(repository: ArchiveRepository) -> None:
    done = datetime.fromisoformat("2024-05-07T21:00:00+08:00")
    await repository.record_training(
        Training(candidate_id="cand-001", course_id="crs-complaints", completed_at=done, pre_score=60, post_score=88)
    )
    await repository.record_training(Training(candidate_id="cand-001", course_id="crs-emotions", post_score=75))
    archive = await repository.fetch_candidate_archive("cand-001", "job-cs-01")
    assert [(t.course_id, t.post_score) for t in archive.trainings] == [("crs-emotions", 75), ("crs-complaints", 88)]
    assert archive.trainings[1].completed_at == done
