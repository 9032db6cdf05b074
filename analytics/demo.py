"""The demo's analytics: a generated year of past re-interviews (analytics.generate) and the line that points at
the page. Called at the end of `make demo` (devstack.demo.run_demo)."""

from __future__ import annotations

from datetime import UTC, datetime

from analytics.generate import PREFIX, generate, load_archive, remove, write
from db.migrate import apply_migrations
from db.pool import create_pool
from service.settings import Settings
from web.links import hr_base_url

DEMO_RUNS = 3000
DEMO_SEED = 7


async def prepare_analytics(settings: Settings, database_url: str, *, runs: int = DEMO_RUNS) -> str:
    """Generate the demo history once (kept when already there) and return the line naming the page."""
    pool = await create_pool(database_url, min_size=1, max_size=2)
    try:
        await apply_migrations(pool)
        have = await pool.fetchval("SELECT count(*) FROM reinterviews WHERE run_id LIKE $1", PREFIX + "%")
        note = f"{have} generated past re-interviews"
        if have != runs:
            jobs, courses = await load_archive(pool)
            if not jobs:
                return "HR analytics: no jobs imported, so no history was generated (starter.py import data/demo.json)"
            await remove(pool)
            await write(pool, generate(jobs, courses, runs=runs, end=datetime.now(UTC), seed=DEMO_SEED))
            note = f"{runs} past re-interviews generated (starter.py analytics generate --runs {runs} --replace)"
    finally:
        await pool.close()
    return f"HR analytics: {hr_base_url(settings)}/hr/analytics  ({note}; sign in through the HR pages link)"
