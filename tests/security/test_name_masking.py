"""Names masked in logs in every process: read from the archive at start, and again as soon as an import adds more
(migration 012's notification), so a name logged a moment after its import is masked already."""

from __future__ import annotations

import asyncio
import io
import logging
import time
from datetime import timedelta

import asyncpg

from db.repositories.archive import ArchiveRepository
from service.logging import PiiMask, configure_logging
from service.name_masking import archive_names_masked
from service.settings import Settings
from tests.workflows.builders import archive


def _mask() -> PiiMask:
    return next(f for h in logging.getLogger().handlers for f in h.filters if isinstance(f, PiiMask))


async def _until_masked(name: str, timeout: float) -> float:
    started = time.monotonic()
    while _mask().mask(f"x {name} y") != "x [name] y":
        assert time.monotonic() - started < timeout, f"{name!r} not masked within {timeout} s"
        await asyncio.sleep(0.05)
    return time.monotonic() - started


async def test_names_in_the_archive_at_start_and_imported_later_are_masked(
    restore_root_logging: None, db_dsn: str, db_pool: asyncpg.Pool
) -> None:
    stream = io.StringIO()
    configure_logging(Settings(), stream=stream)
    data, _ = archive()
    await ArchiveRepository(db_pool).import_archive(data)
    first = data.candidates[0].name
    # A refresh interval far longer than the test: only the import's notification can explain a quick update.
    async with archive_names_masked(db_dsn, timedelta(hours=1)):
        assert _mask().mask(f"x {first} y") == "x [name] y"
        await db_pool.execute(
            "INSERT INTO candidates (candidate_id, name, email) VALUES ('cand-later', '欧阳娜娜', 'nana@example.com')"
        )
        took = await _until_masked("欧阳娜娜", timeout=10)
        await db_pool.execute(
            "UPDATE interviewers SET name = 'Grace Hopper' WHERE interviewer_id = $1",
            data.interviewers[0].interviewer_id,
        )
        await _until_masked("Grace Hopper", timeout=10)
    logging.getLogger("tests.security").warning("booked 欧阳娜娜 with Grace Hopper (%s)", first)
    out = stream.getvalue()
    assert "欧阳娜娜" not in out and "Grace" not in out and first not in out
    assert took < 5


def test_masking_many_names_stays_cheap() -> None:
    """The mask uses sets, not one regex of every name: 100,000 names cost little per line."""
    names = [f"Given{i} Family{i}" for i in range(50_000)] + [
        f"名{chr(0x4E00 + i % 2000)}{chr(0x4E00 + i // 2000)}" for i in range(50_000)
    ]
    mask = PiiMask(names=names)
    line = "sent invitation to cand-001 for job-ecom-support at 2026-01-01T10:00:00+08:00 to Given777 Family777"
    started = time.perf_counter()
    for _ in range(200):
        masked = mask.mask(line)
    per_line = (time.perf_counter() - started) / 200
    assert masked.endswith("to [name]")
    assert per_line < 0.005, f"{per_line * 1000:.2f} ms per line"
