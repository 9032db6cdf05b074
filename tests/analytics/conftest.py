"""Fixtures: the demo archive imported into a fresh database, and a generated history on top of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from analytics.generate import generate, load_archive, write
from db.repositories.archive import ArchiveRepository
from schemas.archive import ArchiveImport

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo.json"
END = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.fixture
async def archive_pool(db_pool: asyncpg.Pool) -> asyncpg.Pool:
    await ArchiveRepository(db_pool).import_archive(ArchiveImport.model_validate(json.loads(DEMO.read_text())))
    return db_pool


@pytest.fixture
async def history_pool(archive_pool: asyncpg.Pool) -> asyncpg.Pool:
    """300 generated runs over 12 months before END (seed 11)."""
    jobs, courses = await load_archive(archive_pool)
    await write(archive_pool, generate(jobs, courses, runs=300, end=END, seed=11))
    return archive_pool
