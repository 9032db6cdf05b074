"""(d) Worker memory: RSS of `python worker.py` with N re-interviews parked on the 24-hour reply timer.

    .venv/bin/python -m bench.worker_memory [--workflows 2000] [--stages 8] [--skip-baseline] [--file-backed]

A fresh embedded PostgreSQL bulk-loaded with N candidates (ten per job, two interviewers per job), an SMTP sink
process and a dev server on free ports. The worker is measured as its own process (psutil: RSS and USS).

Baseline: a bare Temporal worker (`python -m bench.noop_worker`, same SDK, same data converter) with N no-op
workflows parked on a 24-hour timer after five no-op activities. Then `python worker.py` with N low-score
re-interviews (default policy: 24 h reply timer) parked in `awaiting_confirmation` (invitation sent, HR to-do
written). Runs are started in `stages` equal batches; after each batch has fully parked the memory is read,
so each reading is "k runs parked", not a moment mid-start. The worker's workflow cache (`--cache`, by default
the setting's default, 500; the bare worker keeps the SDK's 1,000) keeps at most that many parked runs in memory;
older ones are evicted and replayed from history when their timer fires or a reply arrives.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import psutil
from temporalio.client import Client

from bench.common import Stopwatch, figure, header, postgres, temp_dir, temporal_dev_server
from bench.dataset import Sizes, bulk_load, candidate_id, job_of
from bench.drive import low_score
from bench.noop_workflow import NoopPlan, NoopReinterviewWorkflow
from bench.processes import noop_worker, reinterview_worker, smtp_sink_process, worker_env
from service import reinterviews
from service.settings import Settings

TARGET_MB = 300
MB = 1024 * 1024


def _memory(proc: psutil.Popen) -> tuple[float, float]:
    info = proc.memory_full_info()
    return info.rss / MB, info.uss / MB


async def _park_in_stages(
    name: str,
    client: Client,
    worker: psutil.Popen,
    queue: str,
    n: int,
    stages: int,
    start: Callable[[int], Awaitable[Any]],
    concurrency: int,
) -> list[tuple[int, float, float]]:
    """Start n runs in `stages` batches; after each batch has parked, read the worker's memory."""
    await asyncio.sleep(3)
    rss, uss = _memory(worker)
    figure(f"{name}: idle (0 parked)", f"RSS {rss:6.1f} MB, USS {uss:6.1f} MB")
    readings = [(0, rss, uss)]
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            await start(i)

    query = f"ReinterviewStage = 'awaiting_confirmation' AND TaskQueue = '{queue}'"
    clock = Stopwatch()
    bounds = [round(n * s / stages) for s in range(stages + 1)]
    for low, high in itertools.pairwise(bounds):
        await asyncio.gather(*(one(i) for i in range(low, high)))
        while (parked := (await client.count_workflows(query)).count) < high:
            await asyncio.sleep(0.5)
        await asyncio.sleep(2)  # the last e-mails of the batch go out, the allocator settles
        rss, uss = _memory(worker)
        readings.append((parked, rss, uss))
        figure(f"{name}: {parked:>6} parked (after {clock.elapsed:4.0f} s)", f"RSS {rss:6.1f} MB, USS {uss:6.1f} MB")
    figure(f"{name}: time to park {n}", f"{clock.elapsed:.0f} s = {n / clock.elapsed:.1f} runs/s")
    return readings


def _slope(readings: list[tuple[int, float, float]], upto: int) -> str:
    """MB per 1,000 parked runs between 0 and the last reading at or below `upto` runs."""
    below = [r for r in readings if 0 < r[0] <= upto]
    if not below:
        return "n/a"
    k, rss, _ = below[-1]
    per_run_mb = (rss - readings[0][1]) / k
    return f"{per_run_mb * 1000:.0f} MB per 1,000 runs ({per_run_mb * 1024:.0f} KB each, up to {k} parked)"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workflows", type=int, default=2000, help="runs parked on the reply timer (N)")
    parser.add_argument("--stages", type=int, default=8, help="batches; memory is read after each")
    parser.add_argument("--start-concurrency", type=int, default=32, help="start calls in flight")
    parser.add_argument(
        "--cache",
        type=int,
        default=Settings().worker_max_cached_workflows,
        help="worker.py's workflow cache (REINTERVIEW_WORKER_MAX_CACHED_WORKFLOWS; default: the "
        "setting's default); the bare worker keeps the SDK's 1,000",
    )
    parser.add_argument("--skip-baseline", action="store_true", help="skip the bare-worker baseline")
    parser.add_argument("--file-backed", action="store_true", help="dev server on a SQLite file (default: memory)")
    args = parser.parse_args()
    n = args.workflows
    sizes = Sizes(candidates=n, jobs=max(1, n // 10))
    header(
        "worker memory (bench/worker_memory.py)",
        {
            "parked runs": n,
            "stages": args.stages,
            "candidates": n,
            "jobs": sizes.jobs,
            "dev server": "SQLite file" if args.file_backed else "in memory",
            "policy": "default (24 h reply timer)",
            "worker.py workflow cache": args.cache,
        },
    )
    tag = uuid.uuid4().hex[:8]
    queue, noop_queue = f"bench-memory-{tag}", f"bench-memory-noop-{tag}"

    with temp_dir("reinterview-bench-run-") as run_dir, smtp_sink_process(run_dir / "sink.log") as (_, smtp_port):
        async with postgres() as pg, temporal_dev_server(file_backed=args.file_backed) as env:
            conn = await asyncpg.connect(pg.dsn)
            await bulk_load(conn, sizes)
            await conn.close()
            client = env.client

            def env_for(q: str) -> dict[str, str]:
                return worker_env(
                    address=client.service_client.config.target_host,
                    task_queue=q,
                    dsn=pg.dsn,
                    smtp_port=smtp_port,
                    data_dir=run_dir,
                )

            baseline: list[tuple[int, float, float]] = []
            if not args.skip_baseline:
                plan = NoopPlan(segments=[5, 0, 0], wait_s=24 * 3600, mark_parked=True)

                async def start_noop(i: int) -> Any:
                    return await client.start_workflow(
                        NoopReinterviewWorkflow.run,
                        plan,
                        id=f"noop-{tag}-{i}",
                        task_queue=noop_queue,
                        start_signal="trigger",
                        start_signal_args=[low_score(i, sizes, tag)],
                    )

                async with noop_worker(env_for(noop_queue), run_dir / "noop.log") as bare:
                    baseline = await _park_in_stages(
                        "bare worker, no-op runs",
                        client,
                        bare,
                        noop_queue,
                        n,
                        args.stages,
                        start_noop,
                        args.start_concurrency,
                    )

            async def start_real(i: int) -> Any:
                return await reinterviews.trigger(
                    client, queue, candidate_id(i), job_of(i, sizes), low_score(i, sizes, tag), None
                )

            worker_vars = {**env_for(queue), "REINTERVIEW_WORKER_MAX_CACHED_WORKFLOWS": str(args.cache)}
            async with reinterview_worker(worker_vars, run_dir / "worker.log") as worker:
                readings = await _park_in_stages(
                    "worker.py, re-interviews",
                    client,
                    worker,
                    queue,
                    n,
                    args.stages,
                    start_real,
                    args.start_concurrency,
                )

    print("== result")
    if baseline:
        figure("bare worker: idle / at N parked", f"{baseline[0][1]:.1f} MB / {baseline[-1][1]:.1f} MB RSS")
        figure("bare worker: growth while all runs fit the cache", _slope(baseline, 1000))
    figure("worker.py: idle / at N parked", f"{readings[0][1]:.1f} MB / {readings[-1][1]:.1f} MB RSS")
    figure("worker.py: growth while all runs fit the cache", _slope(readings, args.cache))
    half = min(readings, key=lambda r: abs(r[0] - n / 2))
    figure(
        "worker.py RSS at 0 / N/2 / N",
        f"{readings[0][1]:.1f} / {half[1]:.1f} (at {half[0]}) / {readings[-1][1]:.1f} MB",
    )
    final = readings[-1][1]
    verdict = "met" if final <= TARGET_MB else "NOT met"
    figure(
        f"target <= {TARGET_MB} MB with 10,000 parked",
        f"{final:.1f} MB at {n}: {verdict}"
        + ("" if n >= 10_000 else f" (N={n}; beyond the {args.cache}-run cache the curve is flat)"),
    )


if __name__ == "__main__":
    watch = Stopwatch()
    asyncio.run(main())
    print(f"  (benchmark took {watch.elapsed:.0f} s)")
