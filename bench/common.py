"""What every benchmark shares: the machine line, percentiles, and throw-away servers on free loopback ports.

Every server a benchmark starts lives in a temporary folder and is stopped (and the folder deleted) when the
benchmark ends, also on Ctrl-C. Fixed default ports (7233, 8233, 1025, 2525, 8088) are never used, so a
benchmark can run beside `make up`.
"""

from __future__ import annotations

import asyncio
import os
import platform
import shutil
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import psutil
import temporalio
from temporalio.testing import WorkflowEnvironment

from db.migrate import apply_migrations
from devstack.postgres import EmbeddedPostgres, start_embedded_postgres
from mail.sink import MailSink
from service.names import SEARCH_ATTRIBUTES
from service.settings import Settings
from service.temporal_client import data_converter

VENV_BIN = Path(sys.executable).parent


def run_benchmark(main: Coroutine[Any, Any, None]) -> int:
    """Run a benchmark's `main()`; SIGTERM (`timeout`, `kill`) stops it like Ctrl-C, so everything it started —
    its worker, its PostgreSQL, its dev server, its temporary folders — is stopped and removed. Returns the exit code.
    """

    def as_ctrl_c(signum: int, frame: object) -> None:
        # asyncio.run turns SIGINT into a cancellation of `main`, unwinding every `async with` / `with` in it.
        signal.raise_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGTERM, as_ctrl_c)
    try:
        asyncio.run(main)
    except KeyboardInterrupt:
        print("benchmark interrupted; what it started has been stopped and removed", file=sys.stderr, flush=True)
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def machine() -> str:
    """One line naming what the figures were measured on."""
    cores = os.cpu_count()
    physical = psutil.cpu_count(logical=False)
    ram_gib = psutil.virtual_memory().total / 2**30
    return (
        f"{platform.system()} {platform.machine()}, {cores} cores ({physical} physical), {ram_gib:.1f} GiB RAM, "
        f"Python {platform.python_version()}, temporalio {temporalio.__version__}"
    )


def header(title: str, sizes: dict[str, Any]) -> None:
    """Print the benchmark's title, date, machine and the sizes it runs with."""
    print(f"== {title}")
    print(f"date:    {datetime.now(UTC).isoformat(timespec='seconds')}")
    print(f"machine: {machine()}")
    print("sizes:   " + ", ".join(f"{k}={v}" for k, v in sizes.items()))
    print(f"load:    {load()}")
    sys.stdout.flush()


def load() -> str:
    """Load average now: other work on the machine shifts absolute figures (ratios less so)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min) on {os.cpu_count()} cores"


def figure(name: str, value: str) -> None:
    print(f"  {name:<50} {value}")
    sys.stdout.flush()


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) by the nearest-rank method."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary_ms(values: Sequence[float]) -> str:
    """p50 / p95 / p99 / max of durations in seconds, shown in milliseconds."""
    return (
        f"p50 {percentile(values, 50) * 1000:.2f} ms, p95 {percentile(values, 95) * 1000:.2f} ms, "
        f"p99 {percentile(values, 99) * 1000:.2f} ms, max {max(values) * 1000:.2f} ms, "
        f"mean {statistics.fmean(values) * 1000:.2f} ms (n={len(values)})"
    )


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stopwatch:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started


@contextmanager
def temp_dir(prefix: str) -> Iterator[Path]:
    # Not under a 0700 pytest folder: the embedded PostgreSQL may run as another user when we are root.
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@asynccontextmanager
async def postgres(*, migrated: bool = True) -> AsyncIterator[EmbeddedPostgres]:
    """A fresh embedded PostgreSQL in a temporary folder (migrated unless told otherwise)."""
    with temp_dir("reinterview-bench-pg-") as data_dir:
        server = start_embedded_postgres(data_dir)
        try:
            if migrated:
                conn = await asyncpg.connect(server.dsn)
                try:
                    await apply_migrations(conn)
                finally:
                    await conn.close()
            yield server
        finally:
            server.stop()


@asynccontextmanager
async def temporal_dev_server(
    *, file_backed: bool, metrics_port: int | None = None
) -> AsyncIterator[WorkflowEnvironment]:
    """The venv's `temporal server start-dev` on a free port with our search attributes.

    `file_backed` uses a SQLite file (what `make up` runs); otherwise the server keeps everything in memory.
    `metrics_port`: the server's Prometheus endpoint (its `action` counter) on that loopback port.
    """
    with temp_dir("reinterview-bench-temporal-") as data_dir:
        env = await WorkflowEnvironment.start_local(
            dev_server_existing_path=str(VENV_BIN / "temporal"),
            search_attributes=SEARCH_ATTRIBUTES,
            data_converter=data_converter(Settings()),
            dev_server_database_filename=str(data_dir / "temporal.db") if file_backed else None,
            dev_server_extra_args=["--metrics-port", str(metrics_port)] if metrics_port else [],
        )
        try:
            yield env
        finally:
            await env.shutdown()


@contextmanager
def mail_sink() -> Iterator[MailSink]:
    """An SMTP sink on a free loopback port (messages kept in memory, not written to disk)."""
    sink = CountingSink("127.0.0.1", free_port())
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


class CountingSink(MailSink):
    """A sink that only counts: thousands of parsed messages would otherwise sit in the benchmark's memory."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(host, port)
        self.count = 0

    def _keep(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> None:
        with self._lock:
            self.count += 1


def bench_settings(sink: MailSink, env: WorkflowEnvironment | None = None, **overrides: Any) -> Settings:
    """Settings pointing at the benchmark's own sink (and dev server), never at the fixed default ports."""
    values: dict[str, Any] = {
        "smtp_host": sink.host,
        "smtp_port": sink.port,
        "smtp_user": None,
        "smtp_password": None,
        "smtp_starttls": False,
        "temporal_ui_port": free_port(),
        "smtp_sink_port": sink.port,
        "inbound_port": free_port(),
        "http_port": free_port(),
    }
    if env is not None:
        values["temporal_address"] = env.client.service_client.config.target_host
    return Settings(**{**values, **overrides})


def postgres_processes(server: EmbeddedPostgres) -> list[psutil.Process]:
    """The embedded server's postmaster and its children (backends, background workers)."""
    data_dir = str(server.data_dir)
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = proc.info["cmdline"] or []
        if cmdline and cmdline[0].endswith("/postgres") and data_dir in cmdline:
            return [proc, *proc.children(recursive=True)]
    return []


def temporal_processes() -> list[psutil.Process]:
    """The dev servers this process started (children named `temporal`)."""
    return [p for p in psutil.Process().children(recursive=True) if p.name() == "temporal"]


class CpuMeter:
    """CPU seconds (user + system) used by groups of processes between two snapshots.

    Groups are callables so processes started meanwhile (new PostgreSQL backends) are found at each snapshot.
    """

    def __init__(self, groups: dict[str, Any]) -> None:
        self._groups = groups
        self._start: dict[str, dict[int, float]] = {}
        self._busy_start = 0.0
        self._wall = 0.0

    @staticmethod
    def _sample(processes: list[psutil.Process]) -> dict[int, float]:
        out = {}
        for p in processes:
            try:
                t = p.cpu_times()
                out[p.pid] = t.user + t.system
            except psutil.Error:
                continue
        return out

    @staticmethod
    def _busy() -> float:
        t = psutil.cpu_times()
        return sum(t) - t.idle - getattr(t, "iowait", 0.0)

    def start(self) -> None:
        self._start = {name: self._sample(find()) for name, find in self._groups.items()}
        self._busy_start = self._busy()
        self._wall = time.perf_counter()

    def stop(self) -> dict[str, float]:
        """CPU seconds per group since start(), plus `wall` seconds."""
        used = {}
        for name, find in self._groups.items():
            now = self._sample(find())
            before = self._start.get(name, {})
            used[name] = sum(t - before.get(pid, 0.0) for pid, t in now.items())
        # Everything else the machine did meanwhile (other processes), from the system-wide busy time.
        used["other processes"] = max(0.0, self._busy() - self._busy_start - sum(used.values()))
        used["wall"] = time.perf_counter() - self._wall
        return used


def cpu_line(used: dict[str, float], runs: int) -> str:
    """`group x.x s (y% of a core)` for each group, and the CPU milliseconds per run."""
    wall = used["wall"]
    parts = [
        f"{name} {secs:.1f} s ({secs / wall * 100:.0f}%, {secs / runs * 1000:.0f} ms/run)"
        for name, secs in used.items()
        if name != "wall"
    ]
    return "; ".join(parts)
