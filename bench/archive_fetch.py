"""(c) Archive fetch: latency of one candidate's history and round trips per call, on a large archive.

    .venv/bin/python -m bench.archive_fetch [--candidates 100000] [--calls 3000] [--explain]

A fresh embedded PostgreSQL in a temporary folder is migrated and bulk-loaded with set-based SQL
(bench/dataset.py: by default 100,000 candidates, 200,000 interviews, 1,000,000 dimension scores). Then
`ArchiveRepository.fetch_candidate_archive` is called for random candidates, one call at a time, the way an
activity calls it (through the worker's pool). The baseline is `SELECT 1` through the same pool, same run.
Round trips are counted twice: statements seen by an asyncpg query logger, and writes to the socket.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from bench.common import Stopwatch, figure, header, percentile, postgres, summary_ms
from bench.dataset import Sizes, bulk_load, candidate_id, job_of
from db.pool import create_pool, register_json_codecs
from db.repositories import archive as archive_module
from db.repositories.archive import ArchiveRepository
from schemas.archive import CandidateArchive


class RoundTrips:
    """Counts statements (query logger) and socket writes on the connections it is attached to."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.writes = 0

    def attach(self, conn: asyncpg.Connection) -> None:
        conn.add_query_logger(lambda q: self.statements.append(q.query.strip().split("\n")[0][:60]))
        # asyncpg keeps its asyncio transport private; the bench counts the bytes that go through it.
        transport = conn._transport  # type: ignore[attr-defined]  # asyncio transport: every protocol message batch goes through write()
        write = transport.write

        def counting_write(data: Any) -> None:
            self.writes += 1
            write(data)

        transport.write = counting_write

    def reset(self) -> None:
        self.statements.clear()
        self.writes = 0


async def _latencies(call: Callable[[int], Awaitable[Any]], calls: int, warmup: int) -> list[float]:
    for i in range(warmup):
        await call(i)
    out = []
    for i in range(calls):
        started = time.perf_counter()
        await call(i)
        out.append(time.perf_counter() - started)
    return out


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--interviews-per-candidate", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--calls", type=int, default=3000, help="measured calls per case")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--explain", action="store_true", help="print the full EXPLAIN ANALYZE plan")
    args = parser.parse_args()
    sizes = Sizes(candidates=args.candidates, jobs=args.jobs, interviews_per_candidate=args.interviews_per_candidate)
    header(
        "archive fetch (bench/archive_fetch.py)",
        {
            "candidates": f"{sizes.candidates:,}",
            "dimension scores": f"{sizes.scores:,}",
            "jobs": sizes.jobs,
            "calls per case": args.calls,
            "warm-up calls": args.warmup,
        },
    )
    rng = random.Random(7)
    picks = [rng.randrange(sizes.candidates) for _ in range(args.calls + args.warmup)]

    async with postgres() as pg:
        conn = await asyncpg.connect(pg.dsn)
        load = Stopwatch()
        counts = await bulk_load(conn, sizes, report=True)
        await conn.close()
        figure(
            "bulk load (generate_series, one transaction)", f"{load.elapsed:.1f} s for {sum(counts.values()):,} rows"
        )

        trips = RoundTrips()
        pool = await create_pool(pg.dsn, min_size=1, max_size=1, init=_attach(trips))
        direct = await asyncpg.connect(pg.dsn)
        await register_json_codecs(direct)
        try:
            repo = ArchiveRepository(pool)
            on_conn = ArchiveRepository(direct)

            async def fetch(i: int, r: ArchiveRepository = repo) -> Any:
                c = picks[i % len(picks)]
                return await r.fetch_candidate_archive(candidate_id(c), job_of(c, sizes))

            async def sql_only(i: int) -> Any:
                c = picks[i % len(picks)]
                return await direct.fetchval(archive_module._CANDIDATE_ARCHIVE, candidate_id(c), job_of(c, sizes), [])

            baseline = await _latencies(lambda i: pool.fetchval("SELECT 1"), args.calls, args.warmup)
            figure("baseline: SELECT 1 through the pool", summary_ms(baseline))
            baseline_conn = await _latencies(lambda i: direct.fetchval("SELECT 1"), args.calls, args.warmup)
            figure("SELECT 1 on one connection (no pool)", summary_ms(baseline_conn))

            latencies = await _latencies(fetch, args.calls, args.warmup)
            figure("fetch_candidate_archive (pool, as activities)", summary_ms(latencies))
            figure(
                "  ratio to baseline p50 / p99",
                f"{percentile(latencies, 50) / percentile(baseline, 50):.1f} x / "
                f"{percentile(latencies, 99) / percentile(baseline, 99):.1f} x",
            )
            on_connection = await _latencies(lambda i: fetch(i, on_conn), args.calls, args.warmup)
            figure("fetch_candidate_archive (one connection)", summary_ms(on_connection))
            raw = await _latencies(sql_only, args.calls, args.warmup)
            figure("  the SQL alone (fetchval + JSON decode)", summary_ms(raw))
            validate_times = []
            for i in range(min(args.calls, 1000)):
                c = picks[i]
                doc = await direct.fetchval(archive_module._CANDIDATE_ARCHIVE, candidate_id(c), job_of(c, sizes), [])
                started = time.perf_counter()
                CandidateArchive.model_validate(doc)
                validate_times.append(time.perf_counter() - started)
            figure("  CandidateArchive.model_validate alone", summary_ms(validate_times))

            # What-if: a pool that skips asyncpg's reset query on release (transactions are still rolled back).
            no_reset_trips = RoundTrips()
            no_reset_pool = await create_pool(
                pg.dsn, min_size=1, max_size=1, init=_attach(no_reset_trips), reset=_keep_session
            )
            try:
                no_reset = await _latencies(
                    lambda i: fetch(i, ArchiveRepository(no_reset_pool)), args.calls, args.warmup
                )
                figure("  what-if: pool with reset=no-op", summary_ms(no_reset))
                no_reset_trips.reset()
                await ArchiveRepository(no_reset_pool).fetch_candidate_archive(candidate_id(0), job_of(0, sizes))
                figure(
                    "  what-if: statements / socket writes per call",
                    f"{len(no_reset_trips.statements)} / {no_reset_trips.writes}",
                )
            finally:
                await no_reset_pool.close()

            c = picks[0]
            trips.reset()
            sample = await repo.fetch_candidate_archive(candidate_id(c), job_of(c, sizes))
            statements = list(trips.statements)
            figure("statements per call (query logger, pool)", f"{len(statements)}: {statements}")
            figure("socket writes per call (pool)", str(trips.writes))
            trips.reset()
            await pool.fetchval("SELECT 1")
            figure("statements / socket writes per SELECT 1 (pool)", f"{len(trips.statements)} / {trips.writes}")
            size = len(json.dumps(sample.model_dump(mode="json"), ensure_ascii=False).encode())
            figure(
                "one archive as JSON",
                f"{size:,} bytes, {len(sample.interviews)} interviews, "
                f"{len(sample.interviewers)} interviewers, "
                f"{sum(len(iv.availability) for iv in sample.interviewers)} availability windows, "
                f"{len(sample.courses)} courses, {len(sample.questions)} questions",
            )

            plan = await direct.fetchval(
                "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + archive_module._CANDIDATE_ARCHIVE,
                candidate_id(c),
                job_of(c, sizes),
                [],
            )
            plan = plan if isinstance(plan, list) else json.loads(plan)
            figure(
                "EXPLAIN ANALYZE: planning / execution",
                f"{plan[0]['Planning Time']:.2f} ms / {plan[0]['Execution Time']:.2f} ms",
            )
            for node in _slowest_nodes(plan[0]["Plan"])[:5]:
                print(f"    {node}")
            seq_scans = sorted({n for n in _node_names(plan[0]["Plan"]) if n.startswith("Seq Scan")})
            figure("sequential scans in the plan", ", ".join(seq_scans) or "none")
            if args.explain:
                text = await direct.fetch(
                    "EXPLAIN (ANALYZE, BUFFERS) " + archive_module._CANDIDATE_ARCHIVE,
                    candidate_id(c),
                    job_of(c, sizes),
                    [],
                )
                print("\n".join(r[0] for r in text))
            figure("target p99 <= 10 ms", "met" if percentile(latencies, 99) <= 0.010 else "NOT met")
            figure(
                "target 1 round trip",
                "met: one statement"
                if len(statements) == 1
                else f"the archive is 1 statement; the pool adds {len(statements) - 1} (reset on release)",
            )
        finally:
            await direct.close()
            await pool.close()


async def _keep_session(conn: asyncpg.Connection) -> None:
    """No reset query: our code keeps no session state (no SET, LISTEN, cursors or leftover advisory locks)."""


def _attach(trips: RoundTrips) -> Callable[[asyncpg.Connection], Awaitable[None]]:
    async def init(conn: asyncpg.Connection) -> None:
        trips.attach(conn)

    return init


def _node_names(node: dict) -> list[str]:
    name = node["Node Type"] + (f" on {node['Relation Name']}" if "Relation Name" in node else "")
    return [name, *(n for child in node.get("Plans", []) for n in _node_names(child))]


def _slowest_nodes(node: dict) -> list[str]:
    """Plan nodes by the time spent in the node itself (children excluded, × loops), largest first."""
    found: list[tuple[float, str]] = []

    def walk(n: dict) -> float:
        total = n.get("Actual Total Time", 0.0) * n.get("Actual Loops", 1)
        children = sum(walk(child) for child in n.get("Plans", []))
        own = max(total - children, 0.0)
        name = n["Node Type"] + (f" on {n['Relation Name']}" if "Relation Name" in n else "")
        if "Index Name" in n:
            name += f" using {n['Index Name']}"
        found.append(
            (own, f"{own:8.3f} ms own time  {name} (loops {n.get('Actual Loops', 1)}, rows {n.get('Actual Rows', 0)})")
        )
        return total

    walk(node)
    return [line for _, line in sorted(found, reverse=True)]


if __name__ == "__main__":
    asyncio.run(main())
