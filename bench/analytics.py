"""(g) Analytics: every figure of the HR analytics page for one job and for all jobs, on a year of history.

    .venv/bin/python -m bench.analytics [--runs 100000] [--calls 20] [--explain]

A fresh embedded PostgreSQL in a temporary folder is migrated, given the demo archive (data/demo.json) and a
generated history (analytics.generate, seed 1) of `--runs` re-interviews over 12 months; with the default
`--ai-per-run 1.4` that is about 1,000,000 dimension scores. Then, `--calls` times each (after 2 warm-up calls):

- page: `GET /hr/analytics[?job=J]` over real HTTP (aiohttp, an HR session), the whole handler: filter choices,
  labels, every figure family, the SVG charts and the template;
- CLI: `starter.py analytics [--job J] --format json` in-process (`starter.main`: pool, migrations check, every
  figure, JSON) — and, 3 times, as a subprocess (`python starter.py …`, with the interpreter's start).

`--explain` prints EXPLAIN (ANALYZE, BUFFERS) of each figure family's statement for one job and for all jobs.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import io
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from aiohttp.test_utils import TestClient, TestServer
from temporalio.client import Client

import starter
from analytics.figures import make_filters
from analytics.generate import generate, load_archive, write
from bench.common import figure, header, load, postgres, summary_ms
from db.pool import create_pool
from db.repositories.analytics import base_sql, course_uplift_sql, ratings_sql, runs_sql, uplift_sql
from db.repositories.archive import ArchiveRepository
from inbound.tokens import KeyRing
from schemas.archive import ArchiveImport
from service.settings import Settings
from web.app import build_web_app
from web.links import hr_login_link

ROOT = Path(__file__).resolve().parents[1]
ONE_JOB = "job-customer-service"
END = datetime(2026, 12, 1, tzinfo=UTC)


def _settings(dsn: str) -> Settings:
    values: dict[str, Any] = {
        "database_url": dsn,
        "signing_keys": {"bench1": base64.b64encode(b"b" * 32).decode()},
        "signing_key_id": "bench1",
        "public_base_url": "http://bench.test",
    }
    return Settings(**values)


async def _timed(call: Any, calls: int) -> list[float]:
    for _ in range(2):
        await call()
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        await call()
        out.append(time.perf_counter() - started)
    return out


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--ai-per-run", type=float, default=1.4)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    header("analytics figures", {"runs": args.runs, "ai_per_run": args.ai_per_run, "calls": args.calls})
    async with postgres() as server:
        pool = await create_pool(server.dsn, min_size=1, max_size=8)
        try:
            data = json.loads((ROOT / "data" / "demo.json").read_text(encoding="utf-8"))
            await ArchiveRepository(pool).import_archive(ArchiveImport.model_validate(data))
            jobs, courses = await load_archive(pool)
            started = time.perf_counter()
            history = generate(jobs, courses, runs=args.runs, end=END, seed=1, ai_per_run=args.ai_per_run)
            counts = await write(pool, history)
            del history
            figure("generated and written", f"{time.perf_counter() - started:.1f} s: {counts}")
            settings = _settings(server.dsn)
            app = build_web_app(settings, cast(Client, None), pool)
            client = TestClient(TestServer(app))
            await client.start_server()
            try:
                login = hr_login_link(settings, KeyRing.from_settings(settings), datetime.now(UTC))
                await client.get(urlsplit(login).path, allow_redirects=False)
                for label, query in (("one job", f"?job={ONE_JOB}"), ("all jobs", "")):

                    async def page(query: str = query) -> None:
                        response = await client.get(f"/hr/analytics{query}")
                        assert response.status == 200, response.status
                        await response.read()

                    figure(f"page {label}", summary_ms(await _timed(page, args.calls)))
                    cli_args = ["analytics", "--format", "json", *(["--job", ONE_JOB] if query else [])]

                    async def cli(cli_args: list[str] = cli_args) -> None:
                        with contextlib.redirect_stdout(io.StringIO()):
                            assert await starter.main(cli_args, settings) == 0

                    figure(f"CLI in-process {label}", summary_ms(await _timed(cli, args.calls)))
                    env = os.environ | {"DATABASE_URL": server.dsn}
                    walls = []
                    for _ in range(3):
                        started = time.perf_counter()
                        subprocess.run(  # noqa: ASYNC221 - the wall time of the command is what is measured
                            [sys.executable, "starter.py", *cli_args],
                            cwd=ROOT,
                            env=env,
                            check=True,
                            capture_output=True,
                        )
                        walls.append(time.perf_counter() - started)
                    figure(f"CLI subprocess {label} (3 runs)", ", ".join(f"{w * 1000:.0f} ms" for w in walls))
            finally:
                await client.close()
            figure("load", load())
            if args.explain:
                for label, job in (("one job", ONE_JOB), ("all jobs", None)):
                    f = make_filters(job=job)
                    params = (f.job, f.family, f.trigger, f.course, f.since, f.until)
                    for name, sql in (
                        ("runs", runs_sql("all")),
                        ("uplift", uplift_sql("all")),
                        ("course uplift", course_uplift_sql("all")),
                        ("ratings", ratings_sql("all")),
                    ):
                        plan = await pool.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *params)
                        print(f"\n--- {name}, {label}")
                        print("\n".join(r[0] for r in plan))
                    plan = await pool.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {base_sql('all')}", job, None, None, None)
                    print(f"\n--- AI interviews, {label}")
                    print("\n".join(r[0] for r in plan))
        finally:
            await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
