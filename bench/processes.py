"""Separate processes for the parts whose CPU and memory the benchmarks measure on their own.

The worker runs as `python worker.py` (exactly what production runs), configured only through its
environment; the no-op baseline worker and the SMTP sink run as small modules of bench/. Each is started with
its output in a log file, awaited until it says it is ready, and stopped with SIGTERM (then SIGKILL).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from pathlib import Path

import psutil

from bench.common import free_port

ROOT = Path(__file__).resolve().parent.parent
READY_WORKER = "worker polling task queue"
READY_SINK = "sink listening"


class ChildFailed(RuntimeError):
    pass


@asynccontextmanager
async def child(
    command: list[str], *, env: dict[str, str], log: Path, ready: str, timeout: float = 60
) -> AsyncIterator[psutil.Popen]:
    """Run `command`, wait for `ready` in its output, yield it; stop it (SIGTERM, then SIGKILL) afterwards."""
    with log.open("wb") as out:
        proc = psutil.Popen(command, env={**os.environ, **env}, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while ready not in log.read_text(errors="replace"):
            if proc.poll() is not None:
                raise ChildFailed(f"{command[1:3]} exited with {proc.returncode}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                raise ChildFailed(f"{command[1:3]} not ready within {timeout:.0f} s:\n{_tail(log)}")
            await asyncio.sleep(0.1)
        yield proc
    finally:
        _stop(proc)


def _stop(proc: psutil.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def worker_env(*, address: str, task_queue: str, dsn: str, smtp_port: int, data_dir: Path) -> dict[str, str]:
    """Environment for `python worker.py` against the benchmark's own servers (no default ports)."""
    return {
        "REINTERVIEW_TEMPORAL_ADDRESS": address,
        "REINTERVIEW_TASK_QUEUE": task_queue,
        "DATABASE_URL": dsn,
        "REINTERVIEW_SMTP_HOST": "127.0.0.1",
        "REINTERVIEW_SMTP_PORT": str(smtp_port),
        "REINTERVIEW_DATA_DIR": str(data_dir),
        "REINTERVIEW_INBOUND_PORT": str(free_port()),
        "REINTERVIEW_HTTP_PORT": str(free_port()),
        "REINTERVIEW_TEMPORAL_UI_PORT": str(free_port()),
        "REINTERVIEW_SMTP_SINK_PORT": str(smtp_port),
        "PYTHONUNBUFFERED": "1",
    }


def reinterview_worker(env: dict[str, str], log: Path) -> AbstractAsyncContextManager[psutil.Popen]:
    """`python worker.py`: the production worker."""
    return child([sys.executable, str(ROOT / "worker.py")], env=env, log=log, ready=READY_WORKER)


def noop_worker(env: dict[str, str], log: Path) -> AbstractAsyncContextManager[psutil.Popen]:
    """The baseline's worker (bench/noop_worker.py), same environment variables."""
    return child([sys.executable, "-m", "bench.noop_worker"], env=env, log=log, ready=READY_WORKER)


@contextmanager
def smtp_sink_process(log: Path) -> Iterator[tuple[psutil.Popen, int]]:
    """The SMTP sink in its own process, so its CPU is not counted as the worker's; yields (process, port)."""
    port = free_port()
    with log.open("wb") as out:
        proc = psutil.Popen(
            [sys.executable, "-m", "bench.smtp_sink", "--port", str(port)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        deadline = time.monotonic() + 30
        while READY_SINK not in log.read_text(errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise ChildFailed(f"SMTP sink did not start:\n{_tail(log)}")
            time.sleep(0.05)
        yield proc, port
    finally:
        _stop(proc)


def start_py_spy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    """py-spy (optional: `.venv/bin/pip install py-spy`) sampling process `pid` until stop_py_spy.

    `--gil` keeps only samples of the thread holding the GIL: Python CPU, without idle pool threads."""
    binary = Path(sys.executable).parent / "py-spy"
    return subprocess.Popen(
        [str(binary), "record", "--pid", str(pid), "--format", "raw", "--rate", "100", "--gil", "--output", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop_py_spy(profiler: subprocess.Popen[bytes], out: Path) -> None:
    profiler.send_signal(signal.SIGINT)
    profiler.wait(timeout=60)
    print(f"  profile written to {out} (summarise: .venv/bin/python -m bench.profile_summary {out})", flush=True)
