"""Dependencies: bounded ranges, lower bounds past known advisories, a lock file with a hash for every pin that the
Makefile (CI's install path) and the Dockerfile install from, and `make deps-check` flagging what needs attention."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tools.deps_check import (
    PLACEHOLDER_DIGEST,
    Finding,
    compose_images,
    dockerfile_images,
    image_findings,
    outdated,
    pins,
    yanked,
)

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Releases with published advisories the lower bounds must exclude (docs/SECURITY.md, "Dependencies").
ADVISORY_FLOORS = {"aiohttp": "3.14.3", "cryptography": "48.0.1", "jinja2": "3.1.6", "aiosmtpd": "1.4.6"}


def requirements(*groups: str) -> list[Requirement]:
    found = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    for group in groups:
        found += [Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"][group]]
    return found


def test_every_dependency_has_an_upper_bound_at_the_next_major_of_its_pin() -> None:
    locked = pins((ROOT / "requirements-dev.lock").read_text(encoding="utf-8"))
    for requirement in requirements("test", "bench"):
        if [s for s in requirement.specifier if s.operator == "=="]:
            continue  # an exact pin (the linters and type checker, so their findings mean the same everywhere)
        uppers = [s for s in requirement.specifier if s.operator == "<"]
        assert uppers and [s for s in requirement.specifier if s.operator == ">="], f"{requirement} needs both bounds"
        high = Version(uppers[0].version)
        pinned = locked.get(requirement.name.lower())
        if pinned is None:  # bench profilers are not in the lock
            continue
        now = Version(pinned)
        # The next major: 5.1 -> 6; pre-1.0 -> 1.0, or the next 0.y for tools that break on minors (ruff).
        assert high.release[:1] == (now.major + 1,) or (now.major == 0 and high.release == (0, now.minor + 1)), (
            requirement,
            pinned,
        )


def test_lower_bounds_exclude_releases_with_known_advisories() -> None:
    by_name = {r.name.lower(): r for r in requirements()}
    for name, fixed in ADVISORY_FLOORS.items():
        spec = by_name[name].specifier
        assert Version(fixed) in spec, (name, spec)
        below = Version(fixed).release
        previous = Version(".".join(map(str, (*below[:-1], below[-1] - 1)))) if below[-1] else None
        if previous is not None:
            assert previous not in spec, f"{name} {previous} (before the fix) is still allowed by {spec}"


@pytest.mark.parametrize(("lock", "groups"), [("requirements.lock", ()), ("requirements-dev.lock", ("test",))])
def test_the_lock_pins_every_dependency_with_hashes_within_the_ranges(lock: str, groups: tuple[str, ...]) -> None:
    text = (ROOT / lock).read_text(encoding="utf-8")
    pinned = pins(text)
    for requirement in requirements(*groups):
        name = requirement.name.lower()
        assert name in pinned, f"{name} is not in {lock}"
        assert Version(pinned[name]) in requirement.specifier, (
            f"{lock} pins {name} {pinned[name]} outside {requirement}"
        )
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[-1])
    for block in blocks:
        if _pin := re.match(r"^([A-Za-z0-9][\w.-]*)==", block):
            assert "--hash=sha256:" in block, f"{_pin.group(1)} has no hash in {lock}"
    assert "file://" not in text and "/tmp/" not in text  # noqa: S108 (a local path leaking into the lock)


def test_ci_and_the_image_install_from_the_lock_with_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    assert "pip install --quiet --require-hashes -r requirements-dev.lock" in recipe
    assert "--no-deps" in recipe and "-e '.[test]'" not in recipe
    assert "requirements-dev.lock" in recipe.splitlines()[0], "a changed lock re-installs"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "pip wheel --no-cache-dir --require-hashes --wheel-dir /wheels -r requirements.lock" in dockerfile
    assert "--no-index --find-links /wheels --require-hashes -r /tmp/requirements.lock" in dockerfile


def test_deps_check_flags_the_placeholder_digest_and_tag_only_images() -> None:
    findings = image_findings(
        (ROOT / "Dockerfile").read_text(encoding="utf-8"), (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    )
    text = [str(f) for f in findings]
    assert any(t.startswith("Dockerfile: python:3.11-slim" + PLACEHOLDER_DIGEST) and "placeholder" in t for t in text)
    assert "docker-compose.yml: postgres: postgres:${POSTGRES_VERSION:-16} is pinned by tag only" in text
    assert not any("REINTERVIEW_IMAGE" in t for t in text), "our own image is built from the Dockerfile"
    digest = "@sha256:" + "ab" * 32
    clean = image_findings(
        f"ARG BASE=python:3.11-slim{digest}\nFROM ${{BASE}} AS build\nFROM build\n",
        f"services:\n  db:\n    image: postgres:16{digest}\n",
    )
    assert clean == []
    assert dockerfile_images("FROM python:3.11-slim AS build\nFROM build\n") == ["python:3.11-slim"]
    assert compose_images("services:\n  a:\n    build: .\n  b:\n    image: x:1\n") == [("b", "x:1")]


def test_deps_check_lists_outdated_and_yanked_pins() -> None:
    pinned = pins("aiohttp==3.14.5 \\\n    --hash=sha256:00\nJinja2==3.1.6 \\\n    --hash=sha256:11\n")
    assert pinned == {"aiohttp": "3.14.5", "jinja2": "3.1.6"}
    assert outdated(pinned, {"aiohttp": "3.14.6"}, "requirements.lock") == [
        Finding("requirements.lock", "aiohttp 3.14.5 is pinned; 3.14.6 is out")
    ]
    report: dict[str, object] = {
        "install": [
            {"is_yanked": True, "metadata": {"name": "aiohttp", "version": "3.14.5"}},
            {"is_yanked": False, "metadata": {"name": "jinja2", "version": "3.1.6"}},
        ]
    }
    assert [str(f) for f in yanked(report, "requirements.lock")] == [
        "requirements.lock: aiohttp 3.14.5 is yanked on PyPI"
    ]
