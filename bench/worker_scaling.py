"""Worker scaling: full re-interview runs per second with 1, 2 and 3 worker processes on one task queue.

One dev server, one PostgreSQL and one SMTP sink for every batch; each batch starts N `python worker.py`
processes (configured only by environment, as production runs them), drives `--runs` fresh runs through the
whole path (trigger → analysis → invitation → confirm → booking → result → feedback) with `--concurrency` in
flight, and stops the workers. Figures are runs/s and the ratio to the 1-worker batch of the same round; the
order of the batches alternates between rounds so a change in the machine's load does not favour one size.
On a machine with few cores the workers share them with the server and the database: the ratio says how much
a second and third process add there, not what more machines would add.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import uuid
from contextlib import AsyncExitStack
from typing import Any

import asyncpg

from bench.common import figure, header, load, postgres, temp_dir, temporal_dev_server
from bench.dataset import Sizes, bulk_load
from bench.drive import drive_many, full_path_actions, full_path_start
from bench.processes import reinterview_worker, smtp_sink_process, worker_env
from schemas.contract import StatusView


def _outcome(result: Any) -> str:
    outcome = StatusView.model_validate(result).outcome
    return outcome.value if outcome else "none"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60, help="runs per batch")
    parser.add_argument("--concurrency", type=int, default=30, help="runs driven at the same time")
    parser.add_argument("--workers", default="1,2,3", help="worker counts to compare, the first is the baseline")
    parser.add_argument("--rounds", type=int, default=2, help="every worker count once per round")
    parser.add_argument("--file-backed", action="store_true", help="dev server on a SQLite file (default: memory)")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    total = args.runs * len(counts) * args.rounds
    sizes = Sizes(candidates=total, jobs=max(1, total // 10))
    header(
        "worker scaling (bench/worker_scaling.py)",
        {"runs per batch": args.runs, "concurrency": args.concurrency, "workers": args.workers,
         "rounds": args.rounds, "candidates": sizes.candidates, "jobs": sizes.jobs},
    )  # fmt: skip
    tag = uuid.uuid4().hex[:8]
    rates: dict[int, list[float]] = {n: [] for n in counts}
    with temp_dir("reinterview-bench-scaling-") as run_dir, smtp_sink_process(run_dir / "sink.log") as (_, port):
        async with postgres() as pg, temporal_dev_server(file_backed=args.file_backed) as env:
            conn = await asyncpg.connect(pg.dsn)
            await bulk_load(conn, sizes)
            await conn.close()
            client = env.client
            address = client.service_client.config.target_host
            first = 0
            for round_ in range(1, args.rounds + 1):
                order = counts if round_ % 2 else list(reversed(counts))
                for n in order:
                    queue = f"bench-scaling-{tag}-{round_}-{n}"
                    async with AsyncExitStack() as stack:
                        for w in range(n):
                            environment = worker_env(
                                address=address, task_queue=queue, dsn=pg.dsn, smtp_port=port, data_dir=run_dir
                            )
                            await stack.enter_async_context(
                                reinterview_worker(environment, run_dir / f"worker-{round_}-{n}-{w}.log")
                            )
                        wall, stats = await drive_many(
                            args.runs,
                            full_path_start(client, queue, sizes, tag),
                            full_path_actions(sizes),
                            _outcome,
                            concurrency=args.concurrency,
                            first=first,
                        )
                    first += args.runs
                    done = sum(stats.results.values())
                    rates[n].append(done / wall)
                    figure(
                        f"round {round_}, {n} worker(s)",
                        f"{done} runs in {wall:.1f} s = {done / wall:.2f} runs/s; outcomes {dict(stats.results)}; "
                        f"{load()}",
                    )
                    for failure in stats.failures[:5]:
                        print(f"    failed: {failure}")
    print("== result")
    base = statistics.fmean(rates[counts[0]])
    for n in counts:
        mean = statistics.fmean(rates[n])
        figure(f"{n} worker(s)", f"{mean:.2f} runs/s (mean of rounds) = {mean / base:.2f} x {counts[0]} worker(s)")


if __name__ == "__main__":
    asyncio.run(main())
