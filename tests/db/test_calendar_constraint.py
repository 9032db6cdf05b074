"""The calendar's exclusion constraint, and `booked_intervals` reading what it protects."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import asyncpg
import pytest

from db.repositories.archive import ArchiveRepository
from schemas.archive import ArchiveImport
from tests.db import sample_archive

BOOK = """
INSERT INTO calendar_events (event_uid, workflow_id, candidate_id, interviewer_id, interviewer_key, during, status)
SELECT $1, 'reinterview-job-cs-01-cand-001', 'cand-001', interviewer_id, interviewer_key,
       tstzrange($3::timestamptz, $4::timestamptz), $5
FROM interviewers WHERE interviewer_id = $2
"""


@pytest.fixture
async def repository(db_pool: asyncpg.Pool) -> ArchiveRepository:
    """An archive with the sample interviewers."""
    repository = ArchiveRepository(db_pool)
    await repository.import_archive(ArchiveImport.model_validate(sample_archive()))
    return repository


async def book(pool: asyncpg.Pool, interviewer: str, start: str, end: str, status: str = "booked") -> str:
    """Insert one calendar event; return its uid."""
    uid = f"evt-{uuid.uuid4().hex}"
    result = await pool.execute(
        BOOK, uid, interviewer, datetime.fromisoformat(start), datetime.fromisoformat(end), status
    )
    assert result == "INSERT 0 1"
    return uid


async def test_one_interviewer_cannot_be_booked_twice(db_pool: asyncpg.Pool, repository: ArchiveRepository) -> None:
    await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00")
    with pytest.raises(asyncpg.ExclusionViolationError):
        await book(db_pool, "iv-li", "2024-05-08T14:30:00+08:00", "2024-05-08T15:30:00+08:00")
    # Back-to-back is not an overlap: ranges are half-open.
    await book(db_pool, "iv-li", "2024-05-08T15:00:00+08:00", "2024-05-08T16:00:00+08:00")


async def test_two_interviewers_at_the_same_time(db_pool: asyncpg.Pool, repository: ArchiveRepository) -> None:
    await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00")
    await book(db_pool, "iv-wang", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00")
    assert await db_pool.fetchval("SELECT count(*) FROM calendar_events") == 2


async def test_cancelled_slot_can_be_booked_again(db_pool: asyncpg.Pool, repository: ArchiveRepository) -> None:
    uid = await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00")
    await db_pool.execute("UPDATE calendar_events SET status = 'cancelled' WHERE event_uid = $1", uid)
    await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00")
    # A cancelled event may itself overlap a booked one.
    await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00", status="cancelled")


async def test_booked_intervals_lists_only_booked_future_slots(
    db_pool: asyncpg.Pool, repository: ArchiveRepository
) -> None:
    await book(db_pool, "iv-li", "2024-05-01T14:00:00+08:00", "2024-05-01T15:00:00+08:00")  # over before `since`
    await book(db_pool, "iv-li", "2024-05-09T10:00:00+08:00", "2024-05-09T11:00:00+08:00")
    await book(db_pool, "iv-wang", "2024-05-08T09:00:00+08:00", "2024-05-08T10:00:00+08:00")
    await book(db_pool, "iv-li", "2024-05-08T14:00:00+08:00", "2024-05-08T15:00:00+08:00", status="cancelled")

    since = datetime(2024, 5, 7, tzinfo=UTC)
    intervals = await repository.booked_intervals(["iv-li", "iv-wang"], since)
    assert [(i.interviewer_id, i.start.isoformat()) for i in intervals] == [
        ("iv-wang", "2024-05-08T01:00:00+00:00"),
        ("iv-li", "2024-05-09T02:00:00+00:00"),
    ]
    assert intervals[1].end == datetime.fromisoformat("2024-05-09T11:00:00+08:00")
    assert [i.interviewer_id for i in await repository.booked_intervals(["iv-wang"], since)] == ["iv-wang"]
    assert await repository.booked_intervals([], since) == []
