"""Recorded histories replay against the release that serves them.

Runs pinned to the previous release are replayed only by its workers, so the histories committed with it
(its `tests/replay/histories/` and `tests/requirement_change/histories/`) must replay against its code: the
Replayer runs in a subprocess inside the release's worktree (`replay_release.py`). This checkout's own histories
replay against this checkout's code in tests/replay and tests/requirement_change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.versioning.releases import V1_COMMIT

SCRIPT = Path(__file__).resolve().parent / "replay_release.py"
HISTORY_DIRS = ("tests/replay/histories", "tests/requirement_change/histories")


def replay_in(tree: Path, *folders: Path) -> dict[str, Any]:
    """Run the Replayer with `tree`'s workflow code over the histories in `folders`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REINTERVIEW_")} | {"PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, folders)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_v1_histories_replay_against_v1_code(v1_tree: Path) -> None:
    folders = [v1_tree / d for d in HISTORY_DIRS if (v1_tree / d).is_dir()]
    assert folders, f"{V1_COMMIT[:12]} has no recorded histories under {', '.join(HISTORY_DIRS)}"
    result = replay_in(v1_tree, *folders)
    assert result["workflows_from"] == str((v1_tree / "workflows").resolve())
    assert len(result["replayed"]) >= 26, result["replayed"]
    assert result["failures"] == {}


def test_a_history_the_release_did_not_write_fails_its_replay(v1_tree: Path, tmp_path: Path) -> None:
    # The check can fail: v1's `hire` history with its first email step turned into another activity diverges.
    events = json.loads((v1_tree / "tests/replay/histories/hire.json").read_text())
    scheduled = [e for e in events["events"] if "activityTaskScheduledEventAttributes" in e]
    email = next(
        e for e in scheduled if e["activityTaskScheduledEventAttributes"]["activityType"]["name"] == "send_email"
    )
    email["activityTaskScheduledEventAttributes"]["activityType"]["name"] = "create_hr_todo"
    (tmp_path / "hire_altered.json").write_text(json.dumps(events))
    result = replay_in(v1_tree, tmp_path)
    [failure] = result["failures"].values()
    assert "NondeterminismError" in failure and "create_hr_todo" in failure, failure
