"""The release naming and the previous release's checkout: the checks that guard the upgrade test's inputs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pydantic import ValidationError
from temporalio.common import VersioningBehavior

from service import release
from service.deployments import deployment_config, worker_version
from service.settings import Settings
from tests.versioning.releases import (
    OWNER_FILE,
    REPO,
    TREE_PREFIX,
    V1_COMMIT,
    ReleaseMissing,
    git,
    require_commit,
    sweep_abandoned_trees,
)


def test_a_changed_workflow_ships_under_a_new_build_id() -> None:
    """Runs of the previous release stay on its workers only if this checkout's worker is another version."""
    require_commit(V1_COMMIT)
    changed = git(REPO, "diff", "--name-only", V1_COMMIT, "--", "workflows/").stdout.split()
    shown = git(REPO, "show", f"{V1_COMMIT}:service/release.py")
    assert shown.returncode == 0, f"{V1_COMMIT[:12]} has no service/release.py: {shown.stderr.strip()}"
    previous: dict[str, object] = {}
    exec(compile(shown.stdout, "service/release.py@V1_COMMIT", "exec"), previous)
    if changed:
        assert release.BUILD_ID != previous["BUILD_ID"], (
            f"workflows/ changed since {V1_COMMIT[:12]} ({', '.join(changed)}) but the build id is still "
            f"{release.BUILD_ID!r}: bump RELEASE in service/release.py"
        )


def test_settings_name_the_worker_s_version_and_pin_its_runs() -> None:
    settings = Settings(worker_versioning=True, worker_deployment_name="hr", worker_build_id="2027.1")
    config = deployment_config(settings)
    assert config is not None and config.use_worker_versioning
    assert config.version == worker_version(settings) and config.version.to_canonical_string() == "hr.2027.1"
    assert config.default_versioning_behavior == VersioningBehavior.PINNED
    assert deployment_config(Settings(worker_versioning=False)) is None
    defaults = Settings()
    assert (defaults.worker_deployment_name, defaults.worker_build_id) == (release.DEPLOYMENT_NAME, release.BUILD_ID)


def test_versioning_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINTERVIEW_WORKER_VERSIONING", "true")
    monkeypatch.setenv("REINTERVIEW_WORKER_BUILD_ID", "v7")
    settings = Settings()
    assert settings.worker_versioning and worker_version(settings).to_canonical_string() == "reinterview.v7"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("worker_deployment_name", "re.interview"),
        ("worker_deployment_name", ""),
        ("worker_build_id", ""),
        ("worker_build_id", " v1"),
        ("worker_build_id", "__unversioned__"),
        ("worker_build_id", "x" * 256),
    ],
)
def test_a_bad_deployment_name_or_build_id_is_refused_by_name(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Settings.model_validate({field: value})
    assert field in str(refused.value) and repr(value)[:20] in str(refused.value)


def _one_line(error: pytest.ExceptionInfo[ReleaseMissing]) -> str:
    message = str(error.value)
    assert "\n" not in message and "tests/versioning/releases.py: V1_COMMIT" in message
    return message


def test_a_commit_missing_from_the_clone_fails_in_one_line() -> None:
    with pytest.raises(ReleaseMissing) as missing:
        require_commit("0" * 40)
    assert f"commit {'0' * 40}" in _one_line(missing) and "git fetch origin" in str(missing.value)


def test_a_shallow_clone_is_named_as_the_cause(tmp_path: Path) -> None:
    older = git(REPO, "rev-parse", "HEAD~1").stdout.strip()
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{REPO}", str(clone)], check=True, timeout=60)
    with pytest.raises(ReleaseMissing) as missing:
        require_commit(older, clone)
    assert "shallow" in _one_line(missing) and "git fetch --unshallow" in str(missing.value)


def test_a_hash_that_is_not_one_or_a_folder_that_is_no_checkout_fails_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ReleaseMissing) as malformed:
        require_commit("a07339b")
    assert "not a full 40-hex-digit commit hash" in _one_line(malformed)
    with pytest.raises(ReleaseMissing) as not_git:
        require_commit(V1_COMMIT, tmp_path)
    assert "is not a git checkout" in _one_line(not_git)


def test_worktrees_left_by_a_killed_session_are_swept_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    abandoned, live = tmp_path / f"{TREE_PREFIX}dead", tmp_path / f"{TREE_PREFIX}live"
    for holder, pid in ((abandoned, dead.pid), (live, os.getpid())):
        (holder / "v1-abc").mkdir(parents=True)
        (holder / OWNER_FILE).write_text(str(pid))
    assert sweep_abandoned_trees(REPO, tmp_path) == [abandoned]
    assert not abandoned.exists() and (live / "v1-abc").is_dir()
