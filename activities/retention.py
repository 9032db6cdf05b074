"""The retention activity: delete raw inbound mail and dead letters (and the like) past the retention period.

What is purged is a list of repository functions `(executor, older_than) -> rows`; another kind of stored data
past retention is one more line in `PURGES`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

import asyncpg
from temporalio import activity

from db.repositories import fingerprints
from inbound import repository as inbound_repo
from schemas.retention import PurgeInput, PurgeResult

Purge = Callable[[asyncpg.Pool, datetime], Awaitable[int]]

PURGES: tuple[tuple[str, Purge], ...] = (
    ("inbound_dead_letters", inbound_repo.purge_dead_letters),
    ("inbound_raw_mail", inbound_repo.purge_raw_mail),
    ("sent_fingerprints", fingerprints.delete_fingerprints_before),
)


class RetentionActivities:
    """Constructed once in worker.py with the pool (and, for tests, another list of purges)."""

    def __init__(self, pool: asyncpg.Pool, purges: tuple[tuple[str, Purge], ...] = PURGES) -> None:
        self._pool = pool
        self._purges = purges

    @activity.defn
    async def purge_expired_mail(self, input: PurgeInput) -> PurgeResult:
        """Deletes dead letters, held replies and sent-email fingerprints, and empties the raw bytes of handled mail,
        older than the cutoff (a fingerprint stays while its run may still get replies: see
        db.repositories.fingerprints.delete_fingerprints_before)."""
        purged: dict[str, int] = {}
        for name, purge in self._purges:
            purged[name] = await purge(self._pool, input.older_than)
        activity.logger.info("retention: purged before %s: %s", input.older_than.isoformat(), purged)
        return PurgeResult(purged=purged)
