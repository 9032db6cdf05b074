"""Names masked in every process's logs: loaded from the archive at start and reloaded as they are imported.

Names cannot be recognised by a pattern, so each long-running process (worker, reply gateway, HTTP service, the
embedded stack) reads them from PostgreSQL when it starts, listens on the `reinterview_names` channel (migration
012 notifies it whenever candidates or interviewers are added or renamed) and reloads them then, and also every
`settings.log_names_refresh` in case a notification was missed (a dropped connection).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable
from datetime import timedelta
from typing import TypeVar

import asyncpg

from db.repositories.names import NAMES_CHANNEL, all_names
from service.logging import remember_names

T = TypeVar("T")

# Several statements of one import notify one after the other: reload once they have settled.
SETTLE_SECONDS = 0.3

log = logging.getLogger(__name__)


async def remember_archive_names(conn: asyncpg.Connection | asyncpg.Pool) -> int:
    """Tell the log mask every name in the archive; returns how many names were read."""
    names = await all_names(conn)
    remember_names(names)
    return len(names)


@contextlib.asynccontextmanager
async def archive_names_masked(dsn: str, refresh: timedelta) -> AsyncIterator[None]:
    """Around a process's life: names loaded now (before anything is logged about anyone), then kept current."""
    changed = asyncio.Event()
    conn = await _listening(dsn, changed)
    task = asyncio.create_task(_keep_current(conn, dsn, changed, refresh.total_seconds()), name="log-name-mask")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task


async def _listening(dsn: str, changed: asyncio.Event) -> asyncpg.Connection:
    """A connection listening for name changes, and the names loaded through it (listening first: none is missed)."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.add_listener(NAMES_CHANNEL, lambda *_: changed.set())
        await remember_archive_names(conn)
    except BaseException:
        await conn.close()
        raise
    return conn


async def run_with_archive_names(dsn: str | None, refresh: timedelta, main: Awaitable[T]) -> T:
    """`await main` with the archive's names masked in the logs (nothing to load without a database URL)."""
    if not dsn:
        return await main
    async with archive_names_masked(dsn, refresh):
        return await main


async def _keep_current(conn: asyncpg.Connection, dsn: str, changed: asyncio.Event, every: float) -> None:
    try:
        while True:
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), every)
                    await asyncio.sleep(SETTLE_SECONDS)
                changed.clear()
                await remember_archive_names(conn)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
                log.warning("reloading names for the log mask failed (%s); retrying in %.0f s", error, every)
                await conn.close()
                await asyncio.sleep(every)
                with contextlib.suppress(OSError, asyncpg.PostgresError):
                    conn = await _listening(dsn, changed)
    finally:
        await conn.close()
