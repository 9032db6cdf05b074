"""(b) Fan-out: a requirement change over N candidates against a bare loop of N start_workflow calls.

    .venv/bin/python -m bench.fanout [--candidates 10000] [--page-size 100] [--page-interval 0.4]
                                     [--concurrency 20] [--file-backed] [--py-spy FILE]

A fresh embedded PostgreSQL bulk-loaded with three jobs of N active candidates each, an SMTP sink process, a
dev server and `python worker.py` on free ports. Baseline: a client loop signal-with-starting N
ReinterviewWorkflows with a `requirement_change` trigger (exactly the call the fan-out makes per candidate,
`concurrency` in flight), once before the fan-out (job-1) and once after it (job-2), because the server slows
down a little as it fills up. Measured: RequirementChangeWorkflow for job-0 (`starter.py requirement-change`
starts the same workflow) from its start until its result: record the job version, page through the active
candidates, claim each in the ledger, signal-with-start its re-interview, settle the ledger row. Started
re-interviews go to task queues no worker polls, so every side measures starting, not running, N re-interviews.
Start rates per second come from the runs' start times, listed after each phase (nothing polls the server
while a phase is timed); refusals (RESOURCE_EXHAUSTED and other RPC errors) are counted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import uuid
from collections import Counter
from pathlib import Path

import asyncpg
import psutil
from temporalio.client import Client
from temporalio.service import RPCError

from bench.common import (
    CpuMeter,
    Stopwatch,
    cpu_line,
    figure,
    header,
    postgres,
    postgres_processes,
    run_benchmark,
    temp_dir,
    temporal_dev_server,
    temporal_processes,
)
from bench.dataset import Sizes, bulk_load, candidate_id
from bench.processes import reinterview_worker, smtp_sink_process, start_py_spy, stop_py_spy, worker_env
from schemas.contract import TriggerSignal
from schemas.requirement_change import RequirementChangeInput, RequirementChangeProgress
from service import reinterviews
from workflows.requirement_change import RequirementChangeWorkflow, requirement_change_workflow_id

TARGET = 1.3
JOBS = 3


async def _start_rates(client: Client, queue: str) -> str:
    """Per-second start rates of the runs on `queue`, from their start times (first and last second left out)."""
    per_second: Counter[int] = Counter()
    async for execution in client.list_workflows(f"TaskQueue = '{queue}'", page_size=1000):
        per_second[int(execution.start_time.timestamp())] += 1
    if len(per_second) < 3:
        return "too short to sample"
    first, last = min(per_second), max(per_second)
    rates = [per_second.get(second, 0) for second in range(first + 1, last)]
    ordered = sorted(rates)
    return (
        f"median {statistics.median(rates):.0f}/s, slowest second {ordered[0]}/s, fastest {ordered[-1]}/s "
        f"over {len(rates)} s"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000, help="active candidates per job (N)")
    defaults = {name: field.default for name, field in RequirementChangeInput.model_fields.items()}
    parser.add_argument(
        "--page-size",
        type=int,
        default=defaults["page_size"],
        help=f"fan-out page size (workflow default {defaults['page_size']})",
    )
    parser.add_argument(
        "--page-interval",
        type=float,
        default=defaults["page_interval_s"],
        help=f"fan-out seconds per page, its rate limit (workflow default {defaults['page_interval_s']}; 0 = no limit)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=defaults["concurrency"],
        help=f"starts in flight (fan-out default {defaults['concurrency']})",
    )
    parser.add_argument("--file-backed", action="store_true", help="dev server on a SQLite file (default: memory)")
    parser.add_argument("--py-spy", type=Path, metavar="FILE", help="record the worker during the fan-out with py-spy")
    args = parser.parse_args()
    n = args.candidates
    sizes = Sizes(candidates=JOBS * n, jobs=JOBS, interviews_per_candidate=1, reinterview_every=0)
    header(
        "requirement-change fan-out (bench/fanout.py)",
        {
            "candidates per job": n,
            "page size": args.page_size,
            "page interval": f"{args.page_interval} s",
            "concurrency": args.concurrency,
            "dev server": "SQLite file" if args.file_backed else "in memory",
        },
    )
    tag = uuid.uuid4().hex[:8]
    queue = f"bench-fanout-{tag}"

    with temp_dir("reinterview-bench-run-") as run_dir, smtp_sink_process(run_dir / "sink.log") as (_, smtp_port):
        async with postgres() as pg, temporal_dev_server(file_backed=args.file_backed) as env:
            conn = await asyncpg.connect(pg.dsn)
            await bulk_load(conn, sizes)
            client = env.client
            worker_vars = worker_env(
                address=client.service_client.config.target_host,
                task_queue=queue,
                dsn=pg.dsn,
                smtp_port=smtp_port,
                data_dir=run_dir,
            )
            signal = TriggerSignal(kind="requirement_change", change_id=f"bench-{tag}", added_dimensions=["dim-10"])

            async def bare_loop(job: int) -> float:
                """N signal-with-starts for the job's candidates from a plain client; returns the wall time."""
                parked = f"parked-bare-{job}-{tag}"
                refused: Counter[str] = Counter()
                started = 0
                gate = asyncio.Semaphore(args.concurrency)

                async def start(i: int) -> None:
                    nonlocal started
                    async with gate:
                        try:
                            await reinterviews.trigger(client, parked, candidate_id(i), f"job-{job}", signal, None)
                            started += 1
                        except RPCError as exc:
                            refused[exc.status.name if exc.status else "unknown"] += 1

                meter = CpuMeter(
                    {
                        "temporal server": temporal_processes,
                        "client loop": lambda: [psutil.Process()],
                        "postgres": lambda: postgres_processes(pg),
                    }
                )
                meter.start()
                clock = Stopwatch()
                await asyncio.gather(*(start(i) for i in range(job, JOBS * n, JOBS)))
                wall = clock.elapsed
                used = meter.stop()
                figure(
                    f"bare loop of signal-with-starts (job-{job})",
                    f"{wall:.1f} s for {started} started = {started / wall:.0f}/s; refused {dict(refused) or 'none'}",
                )
                figure("  start rate", await _start_rates(client, parked))
                figure("  CPU", cpu_line(used, n).replace("ms/run", "ms/start"))
                return wall

            before = await bare_loop(1)

            # The fan-out, job-0, run by `python worker.py`.
            fanout_queue = f"parked-fanout-{tag}"
            async with reinterview_worker(worker_vars, run_dir / "worker.log") as worker:
                change = RequirementChangeInput(
                    job_id="job-0",
                    change_id=f"bench-{tag}",
                    add_dimensions={"dim-10": 0.2},
                    page_size=args.page_size,
                    page_interval_s=args.page_interval,
                    concurrency=args.concurrency,
                    reinterview_task_queue=fanout_queue,
                )
                profiler = start_py_spy(worker.pid, args.py_spy) if args.py_spy else None
                meter = CpuMeter(
                    {
                        "temporal server": temporal_processes,
                        "worker": lambda: [worker],
                        "postgres": lambda: postgres_processes(pg),
                        "client": lambda: [psutil.Process()],
                    }
                )
                meter.start()
                clock = Stopwatch()
                handle = await client.start_workflow(
                    RequirementChangeWorkflow.run,
                    change,
                    task_queue=queue,
                    id=requirement_change_workflow_id(change.job_id, change.change_id),
                )
                progress: RequirementChangeProgress = await handle.result()
                fanout = clock.elapsed
                used = meter.stop()
                if profiler is not None:
                    stop_py_spy(profiler, args.py_spy)
            figure(
                "requirement change (RequirementChangeWorkflow)",
                f"{fanout:.1f} s: {progress.started} started, {progress.merged} merged, {progress.failed} failed "
                f"of {progress.total_active} active; {progress.pages} pages in {progress.runs} runs "
                f"(continue-as-new)",
            )
            figure("  start rate", await _start_rates(client, fanout_queue))
            figure("  CPU", cpu_line(used, n).replace("ms/run", "ms/start"))
            ledger = await conn.fetch(
                "SELECT status, count(*) FROM requirement_change_targets WHERE change_id = $1 GROUP BY status",
                change.change_id,
            )
            figure("  ledger rows by status", ", ".join(f"{r['status']} {r['count']}" for r in ledger))

            after = await bare_loop(2)
            await conn.close()

    bare = (before + after) / 2
    ratio = fanout / bare
    verdict = "met" if ratio <= TARGET else "NOT met"
    print("== result")
    figure("bare loop, mean of before and after", f"{bare:.1f} s ({before:.1f} s / {after:.1f} s)")
    figure("ratio of total times fan-out / bare loop", f"{ratio:.2f} (target <= {TARGET}: {verdict})")
    if args.page_interval:
        limit = args.page_size / args.page_interval
        figure(
            "fan-out's own rate limit (page size / interval)",
            f"{limit:.0f} starts/s, so at least {n / limit:.0f} s for {n}",
        )
    else:
        figure("fan-out's own rate limit", "none (--page-interval 0)")


if __name__ == "__main__":
    watch = Stopwatch()
    code = run_benchmark(main())
    print(f"  (benchmark took {watch.elapsed:.0f} s)")
    sys.exit(code)
