"""SQL behind signed links: which links were used, and the stored report an interviewer's link shows."""

from __future__ import annotations

import asyncpg

from web.links import LinkClaims


class LinkRepository:
    """`link_uses` and the `reports` rows a "view report" link reads."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def used(self, digest: str) -> bool:
        return bool(await self._pool.fetchval("SELECT 1 FROM link_uses WHERE token_digest = $1", digest))

    async def record_use(self, digest: str, claims: LinkClaims) -> bool:
        """Count a use of the link; True the first time."""
        return await self._pool.fetchval(
            """
            INSERT INTO link_uses (token_digest, action, workflow_id, run_id) VALUES ($1, $2, $3, $4)
            ON CONFLICT (token_digest) DO UPDATE SET uses = link_uses.uses + 1, last_used_at = now()
            RETURNING (xmax = 0)
            """,
            digest,
            claims.action,
            claims.workflow_id,
            claims.run_id,
        )

    async def uses(self, workflow_id: str) -> list[dict[str, object]]:
        rows = await self._pool.fetch(
            "SELECT action, uses FROM link_uses WHERE workflow_id = $1 ORDER BY first_used_at", workflow_id
        )
        return [dict(r) for r in rows]

    async def report_html(self, run_id: str, kind: str) -> str | None:
        """The internal version of a stored report (analysis or interview plan) of the run."""
        return await self._pool.fetchval(
            "SELECT html FROM reports WHERE run_id = $1 AND kind = $2 AND audience = 'internal'", run_id, kind
        )
