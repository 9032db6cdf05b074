"""`make deps-check`: what in the pinned dependencies needs attention — pins with a newer release, pins that were
yanked, and container images pinned by tag only (a tag can be moved; a digest cannot).

It asks PyPI through pip (the ordinary client) and changes nothing; exit status 1 when anything is listed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = (ROOT / "requirements.lock", ROOT / "requirements-dev.lock")
DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")
PLACEHOLDER_DIGEST = "@sha256:" + "0" * 64
_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)")
_FROM = re.compile(r"^\s*FROM\s+(?:--platform=\S+\s+)?(?P<image>\S+)", re.IGNORECASE | re.MULTILINE)
_ARG = re.compile(r"^\s*ARG\s+(?P<name>\w+)=(?P<value>\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def pins(lock_text: str) -> dict[str, str]:
    """{name: version} of every `name==version` line of a pip-compile lock file."""
    return {m["name"].lower(): m["version"] for line in lock_text.splitlines() if (m := _PIN.match(line))}


def outdated(pinned: dict[str, str], latest: dict[str, str], where: str) -> list[Finding]:
    """Pins behind the newest release (`latest` from `pip list --outdated`)."""
    return [
        Finding(where, f"{name} {version} is pinned; {latest[name]} is out")
        for name, version in sorted(pinned.items())
        if name in latest and latest[name] != version
    ]


def yanked(report: dict[str, object], where: str) -> list[Finding]:
    """Pins PyPI marks as yanked, from pip's installation report (`pip install --dry-run --report`)."""
    found = []
    items = report.get("install")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("is_yanked"):
            meta = item.get("metadata", {})
            found.append(Finding(where, f"{meta.get('name')} {meta.get('version')} is yanked on PyPI"))
    return found


def dockerfile_images(text: str) -> list[str]:
    """The images the Dockerfile's FROM lines pull (ARG defaults substituted; build stages left out)."""
    args = {m["name"]: m["value"] for m in _ARG.finditer(text)}
    stages = {m.group(1).lower() for m in re.finditer(r"^\s*FROM\s+\S+\s+AS\s+(\S+)", text, re.I | re.M)}
    images = []
    for match in _FROM.finditer(text):
        image = re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), match["image"])
        if image.lower() not in stages:
            images.append(image)
    return images


_SERVICE = re.compile(r"^  (?P<name>[A-Za-z0-9][\w.-]*):\s*$")
_IMAGE = re.compile(r"^    image:\s*(?P<image>\S+)\s*$")


def compose_images(text: str) -> list[tuple[str, str]]:
    """(service, image) of every service with an `image:` (variables left as written), read line by line."""
    found, service, in_services = [], "", False
    for line in text.splitlines():
        if not line.startswith(" ") and line.strip():
            in_services = line.rstrip() == "services:"
            continue
        if not in_services:
            continue
        if match := _SERVICE.match(line):
            service = match["name"]
        elif (match := _IMAGE.match(line)) and service:
            found.append((service, match["image"].strip("\"'")))
    return found


def image_findings(dockerfile: str, compose: str) -> list[Finding]:
    """Images pinned by tag only, and digests still at the documented placeholder."""
    found = []
    for image in dockerfile_images(dockerfile):
        if image.endswith(PLACEHOLDER_DIGEST):
            found.append(Finding("Dockerfile", f"{image}: the digest is the placeholder; pin the real one"))
        elif not DIGEST.search(image):
            found.append(Finding("Dockerfile", f"{image}: pinned by tag only"))
    seen: set[str] = set()
    for service, image in compose_images(compose):
        if image in seen or image.startswith("${REINTERVIEW_IMAGE"):  # our own image, built from the Dockerfile
            continue
        seen.add(image)
        if not DIGEST.search(image):
            found.append(Finding("docker-compose.yml", f"{service}: {image} is pinned by tag only"))
    return found


def _pip(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pip {' '.join(args)} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout


def main() -> int:
    findings = image_findings(
        (ROOT / "Dockerfile").read_text(encoding="utf-8"), (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    )
    latest = {
        entry["name"].lower(): entry["latest_version"]
        for entry in json.loads(_pip("list", "--outdated", "--format=json", "--disable-pip-version-check"))
    }
    for lock in LOCKS:
        where = lock.name
        findings += outdated(pins(lock.read_text(encoding="utf-8")), latest, where)
        report = json.loads(
            _pip("install", "--dry-run", "--ignore-installed", "--no-deps", "--quiet", "--report", "-", "-r", str(lock))
        )
        findings += yanked(report, where)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
