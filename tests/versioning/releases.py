"""The previous release, checked out from git into a temporary worktree for the upgrade and replay tests.

`V1_COMMIT` is the one place that names it: the commit whose worker serves the runs already in flight when this
checkout is deployed (it must run a versioned worker: REINTERVIEW_WORKER_VERSIONING). Move it forward when a
release ships. A clone without that commit (shallow, or not fetched) fails the tests with one line saying so.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

V1_COMMIT = "a07339b3842bfd1e48686f10699c9e9ca5f123a6"

REPO = Path(__file__).resolve().parents[2]
TREE_PREFIX = "reinterview-release-"
OWNER_FILE = "owner.pid"


class ReleaseMissing(Exception):
    """The previous release cannot be checked out; the message (one line) says what is missing and how to get it."""


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=60)


def require_commit(commit: str, repo: Path = REPO) -> None:
    """Raise ReleaseMissing unless `commit` is a full hash whose tree this clone holds."""
    where = "tests/versioning/releases.py: V1_COMMIT"
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise ReleaseMissing(f"{where} is {commit!r}, not a full 40-hex-digit commit hash")
    inside = git(repo, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise ReleaseMissing(
            f"{repo} is not a git checkout, so the previous release {commit[:12]} ({where}) is missing"
        )
    if git(repo, "cat-file", "-e", f"{commit}^{{tree}}").returncode == 0:
        return
    if git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        hint = "this clone is shallow: run `git fetch --unshallow` (CI: checkout with fetch-depth 0)"
    else:
        hint = f"fetch it: `git fetch origin {commit}`"
    raise ReleaseMissing(f"the previous release's commit {commit} ({where}) is not in {repo}: {hint}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_tree(holder: Path, repo: Path = REPO) -> None:
    """Remove a release worktree and git's record of it; safe to call twice (also from a signal handler)."""
    for tree in holder.glob("v1-*"):
        git(repo, "worktree", "remove", "--force", str(tree))
    shutil.rmtree(holder, ignore_errors=True)
    git(repo, "worktree", "prune")


def sweep_abandoned_trees(repo: Path = REPO, tmp: Path | None = None) -> list[Path]:
    """Remove release worktrees whose pytest process is gone (killed before its cleanup ran)."""
    removed = []
    for holder in sorted(Path(tmp or tempfile.gettempdir()).glob(f"{TREE_PREFIX}*")):
        try:
            owner = int((holder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        if not _alive(owner):
            remove_tree(holder, repo)
            removed.append(holder)
    return removed


@contextlib.contextmanager
def release_tree(commit: str = V1_COMMIT, repo: Path = REPO) -> Iterator[Path]:
    """`commit` checked out (detached) into a temporary git worktree, removed afterwards."""
    require_commit(commit, repo)
    sweep_abandoned_trees(repo)
    holder = Path(tempfile.mkdtemp(prefix=TREE_PREFIX))
    (holder / OWNER_FILE).write_text(str(os.getpid()))
    tree = holder / f"v1-{commit[:12]}"
    try:
        added = git(repo, "worktree", "add", "--detach", "--quiet", str(tree), commit)
        if added.returncode != 0:
            raise ReleaseMissing(f"git worktree add {commit[:12]} failed: {added.stderr.strip().splitlines()[-1:]}")
        yield tree
    finally:
        remove_tree(holder, repo)
