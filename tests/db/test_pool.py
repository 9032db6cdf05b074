"""The service's asyncpg pool: one round trip per repository call, and nothing leaks from one use to the next."""

from __future__ import annotations

import asyncpg

from db.pool import create_pool


async def _pool_logging(dsn: str, statements: list[str]) -> asyncpg.Pool:
    async def init(conn: asyncpg.Connection) -> None:
        conn.add_query_logger(lambda q: statements.append(q.query))

    return await create_pool(dsn, min_size=1, max_size=1, init=init)


async def test_a_pooled_call_is_one_statement(db_dsn: str) -> None:
    statements: list[str] = []
    pool = await _pool_logging(db_dsn, statements)
    try:
        await pool.fetchval("SELECT 1")
        statements.clear()
        assert await pool.fetchval("SELECT 2") == 2
        assert statements == ["SELECT 2"]  # no reset query on release
    finally:
        await pool.close()


async def test_an_open_transaction_is_rolled_back_on_release(db_dsn: str) -> None:
    pool = await create_pool(db_dsn, min_size=1, max_size=1)
    try:
        await pool.execute("CREATE TABLE pool_probe (n int)")
        conn = await pool.acquire()
        await conn.execute("BEGIN")
        await conn.execute("INSERT INTO pool_probe VALUES (1)")
        await pool.release(conn)
        async with pool.acquire() as again:
            assert not again.is_in_transaction()
            assert await again.fetchval("SELECT count(*) FROM pool_probe") == 0
    finally:
        await pool.close()


async def test_json_codecs_and_a_managed_transaction_still_work(db_dsn: str) -> None:
    pool = await create_pool(db_dsn, min_size=1, max_size=1)
    try:
        async with pool.acquire() as conn, conn.transaction():
            assert await conn.fetchval("SELECT $1::jsonb", {"名": [1, 2]}) == {"名": [1, 2]}
        assert await pool.fetchval("SELECT '{\"a\": 1}'::json") == {"a": 1}
    finally:
        await pool.close()
