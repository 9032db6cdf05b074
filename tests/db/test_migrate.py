"""Migrations: applied once and recorded, serialised by an advisory lock, misnamed files refused."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest

from db.migrate import MIGRATION_LOCK_KEY, MigrationError, apply_migrations, discover_migrations


async def test_fresh_database_gets_every_migration_recorded_once(empty_db_dsn: str) -> None:
    expected = [m.label for m in discover_migrations()]
    conn = await asyncpg.connect(empty_db_dsn)
    try:
        assert await apply_migrations(conn) == expected
        rows = await conn.fetch("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        assert [f"{r['version']:03d}_{r['name']}" for r in rows] == expected
        assert all(r["applied_at"] is not None for r in rows)
        tables = {
            r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        assert {"candidates", "jobs", "interviews", "calendar_events", "reinterviews"} <= tables

        assert await apply_migrations(conn) == []
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") == len(expected)
    finally:
        await conn.close()


async def test_accepts_a_pool(empty_db_dsn: str) -> None:
    pool = await asyncpg.create_pool(empty_db_dsn, min_size=1, max_size=2)
    try:
        assert await apply_migrations(pool) == [m.label for m in discover_migrations()]
        assert await apply_migrations(pool) == []
    finally:
        await pool.close()


async def test_two_concurrent_appliers_apply_each_file_once(empty_db_dsn: str) -> None:
    first, second = await asyncpg.connect(empty_db_dsn), await asyncpg.connect(empty_db_dsn)
    try:
        results = await asyncio.gather(apply_migrations(first), apply_migrations(second))
        expected = [m.label for m in discover_migrations()]
        assert sorted(results, key=len) == [[], expected]
        assert await first.fetchval("SELECT count(*) FROM schema_migrations") == len(expected)
    finally:
        await first.close()
        await second.close()


async def test_applier_waits_while_another_holds_the_lock(empty_db_dsn: str) -> None:
    holder, applier = await asyncpg.connect(empty_db_dsn), await asyncpg.connect(empty_db_dsn)
    try:
        await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        task = asyncio.create_task(apply_migrations(applier))
        await asyncio.sleep(0.3)
        assert not task.done()
        assert await holder.fetchval("SELECT to_regclass('schema_migrations')") is None

        await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
        assert await asyncio.wait_for(task, 30) == [m.label for m in discover_migrations()]
        # The applier released the lock: the holder can take it again at once.
        assert await holder.fetchval("SELECT pg_try_advisory_lock($1)", MIGRATION_LOCK_KEY)
    finally:
        await holder.close()
        await applier.close()


async def test_failed_migration_rolls_back_alone(empty_db_dsn: str, tmp_path: Path) -> None:
    (tmp_path / "001_first.sql").write_text("CREATE TABLE first_table (id int);")
    (tmp_path / "002_broken.sql").write_text("CREATE TABLE second_table (id int); SELECT no_such_column;")
    conn = await asyncpg.connect(empty_db_dsn)
    try:
        with pytest.raises(MigrationError, match=r"002_broken\.sql failed and was rolled back"):
            await apply_migrations(conn, tmp_path)
        assert await conn.fetchval("SELECT array_agg(version) FROM schema_migrations") == [1]
        assert await conn.fetchval("SELECT to_regclass('first_table')::text") == "first_table"
        assert await conn.fetchval("SELECT to_regclass('second_table')") is None

        (tmp_path / "002_broken.sql").write_text("CREATE TABLE second_table (id int);")
        assert await apply_migrations(conn, tmp_path) == ["002_broken"]
    finally:
        await conn.close()


@pytest.mark.parametrize("bad_name", ["1_short.sql", "004-dash.sql", "005_Upper.sql", "006_notes.txt", "README"])
def test_misnamed_file_is_refused(tmp_path: Path, bad_name: str) -> None:
    (tmp_path / "001_ok.sql").write_text("SELECT 1;")
    (tmp_path / bad_name).write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=f"{bad_name}: migration files must be named NNN_name.sql"):
        discover_migrations(tmp_path)


def test_duplicate_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "003_one.sql").write_text("SELECT 1;")
    (tmp_path / "003_two.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=r"version 003 is also used by 003_one\.sql"):
        discover_migrations(tmp_path)


async def test_bad_directory_refused_before_touching_the_database(empty_db_dsn: str, tmp_path: Path) -> None:
    (tmp_path / "7_bad.sql").write_text("CREATE TABLE never (id int);")
    conn = await asyncpg.connect(empty_db_dsn)
    try:
        with pytest.raises(MigrationError, match=r"7_bad\.sql"):
            await apply_migrations(conn, tmp_path)
        assert await conn.fetchval("SELECT to_regclass('schema_migrations')") is None
    finally:
        await conn.close()
