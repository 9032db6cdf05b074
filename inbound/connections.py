"""The PostgreSQL pool and Temporal client a standalone gateway or web process needs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from temporalio.client import Client

from service.settings import Settings


@asynccontextmanager
async def open_connections(
    settings: Settings, pool: asyncpg.Pool | None = None, client: Client | None = None
) -> AsyncIterator[tuple[asyncpg.Pool, Client]]:
    """The caller's pool and client, or ones made from settings (a pool made here is migrated, and closed on exit)."""
    own_pool = pool is None
    if pool is None:
        from db.migrate import apply_migrations
        from db.pool import create_pool
        from worker import database_url

        pool = await create_pool(await database_url(settings))
        await apply_migrations(pool)
    if client is None:
        from service.temporal_client import connect

        client = await connect(settings)
    try:
        yield pool, client
    finally:
        if own_pool:
            await pool.close()
