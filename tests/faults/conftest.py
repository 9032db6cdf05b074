"""Fault tests: real worker processes, a real SMTP server, PostgreSQL and Temporal, broken on purpose.

Every test module is marked `faults` (deselect with `-m "not faults"` for a quick loop; `make test` runs them) and
adds one line to the "fault injection report" printed at the end of the pytest run.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.processes import FaultSink, WorkerProcess
from tests.faults.runs import FaultReport

REPORTS: list[FaultReport] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "faults: fault injection with real processes (kill -9, outages, restarts)")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not REPORTS:
        return
    terminalreporter.section("fault injection report")
    for report in REPORTS:
        terminalreporter.write_line(report.line())


@pytest.fixture
def fault_report() -> list[FaultReport]:
    """Append this test's FaultReport; it is printed in the terminal summary."""
    return REPORTS


@pytest.fixture
def fault_sink(tmp_path: Path) -> Iterator[FaultSink]:
    sink = FaultSink(mail_dir=tmp_path / "mail")
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def scratch_dir() -> Iterator[Path]:
    """A folder outside pytest's basetemp: the embedded PostgreSQL runs as another user when we are root."""
    root = Path(tempfile.mkdtemp(prefix="reinterview-faults-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
async def workers() -> AsyncIterator[list[WorkerProcess]]:
    """Worker processes a test creates go here; none outlives the test."""
    created: list[WorkerProcess] = []
    yield created
    for worker in created:
        await worker.stop()


def new_worker(workers: list[WorkerProcess], tmp_path: Path, **kw: Any) -> WorkerProcess:
    """A worker process for this test (its logs under tmp_path), stopped when the test ends."""
    (tmp_path / "worker-data").mkdir(exist_ok=True)
    worker = WorkerProcess(data_dir=tmp_path / "worker-data", log_dir=tmp_path, **kw)
    workers.append(worker)
    return worker
