"""The versioning tests leave nothing behind when pytest is stopped with SIGTERM (CI cancelling a job): no git
worktree, no dev server, no worker process. A child pytest runs the probe below (skipped otherwise) and is
terminated once the probe holds all three."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from temporalio.client import Client
from temporalio.common import WorkerDeploymentVersion

from tests.fixtures.smtp import free_port
from tests.versioning.processes import ReleaseWorker
from tests.versioning.releases import REPO, git

PROBE = "REINTERVIEW_VERSIONING_PROBE"  # the marker file the probe writes; set only for the child pytest
PROBE_DSN = "REINTERVIEW_VERSIONING_PROBE_DSN"


def _cmdline(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:  # ended meanwhile
        return []


@pytest.mark.skipif(PROBE not in os.environ, reason="run in a child pytest by the test below")
async def test_probe_holds_a_worktree_a_dev_server_and_a_worker(
    v1_tree: Path, versioned_server: Client, release_workers: list[ReleaseWorker], scratch: Path
) -> None:
    worker = ReleaseWorker(
        v1_tree,
        WorkerDeploymentVersion("probe", "v1"),
        temporal_address=versioned_server.service_client.config.target_host,
        task_queue="probe",
        database_url=os.environ[PROBE_DSN],
        smtp_port=free_port(),
        data_dir=scratch / "probe",
    )
    release_workers.append(worker)
    await worker.start(versioned_server)
    Path(os.environ[PROBE]).write_text(json.dumps({"tree": str(v1_tree), "worker": worker.pid}))
    await asyncio.sleep(120)


def test_sigterm_removes_the_worktree_and_stops_every_process(db_dsn: str, tmp_path: Path) -> None:
    marker = tmp_path / "holding.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REINTERVIEW_")}
    env |= {PROBE: str(marker), PROBE_DSN: db_dsn}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::{test_probe_holds_a_worktree_a_dev_server_and_a_worker.__name__}",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while not marker.exists():
            assert child.poll() is None, child.communicate()[0][-3000:]
            assert time.monotonic() < deadline, "the probe did not start its worker within 90 s"
            time.sleep(0.2)
        holding = json.loads(marker.read_text())
        started = psutil.Process(child.pid).children(recursive=True)
        assert holding["worker"] in {p.pid for p in started}
        assert any("start-dev" in " ".join(_cmdline(p)) for p in started), [_cmdline(p) for p in started]
        child.send_signal(signal.SIGTERM)
        output = child.communicate(timeout=30)[0]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGTERM, output[-3000:]
    _, alive = psutil.wait_procs(started, timeout=10)
    assert alive == [], [_cmdline(p) for p in alive]
    tree = Path(holding["tree"])
    assert not tree.parent.exists()
    assert str(tree) not in git(REPO, "worktree", "list", "--porcelain").stdout
