"""The session fixture stops test PostgreSQL servers whose pytest process died before its teardown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.postgres import OWNER_FILE, TEST_SERVER_PREFIX, sweep_abandoned_servers


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _server_folder(tmp: Path, name: str, owner: int | None, postmaster: int | None = None) -> Path:
    folder = tmp / f"{TEST_SERVER_PREFIX}{name}"
    (folder / "data").mkdir(parents=True)
    if owner is not None:
        (folder / OWNER_FILE).write_text(str(owner))
    if postmaster is not None:
        (folder / "data" / "postmaster.pid").write_text(f"{postmaster}\n/some/data\n")
    return folder


def test_a_server_whose_session_died_is_stopped_and_removed(tmp_path: Path) -> None:
    stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # plays the postmaster
    try:
        abandoned = _server_folder(tmp_path, "a", owner=_dead_pid(), postmaster=stand_in.pid)
        assert sweep_abandoned_servers(tmp_path) == [abandoned]
        assert stand_in.wait(timeout=10) != 0  # stopped by the sweep's SIGINT
        assert not abandoned.exists()
    finally:
        stand_in.kill()


def test_servers_of_live_sessions_and_unknown_folders_are_left_alone(tmp_path: Path) -> None:
    live = _server_folder(tmp_path, "live", owner=os.getpid())
    unknown = _server_folder(tmp_path, "unknown", owner=None)
    gone = _server_folder(tmp_path, "gone", owner=_dead_pid())  # no server left running: just removed
    assert sweep_abandoned_servers(tmp_path) == [gone]
    assert live.exists() and unknown.exists() and not gone.exists()
