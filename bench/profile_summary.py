"""Summarise a py-spy `--format raw` profile: where the CPU went, ours versus libraries and the engine's SDK.

    .venv/bin/python -m bench.profile_summary FILE [--top 25] [--focus our|temporalio|...]

Every sample is one on-CPU stack. It is attributed (1) by its innermost frame (self time) and (2) to the
outermost frame that belongs to one of our packages, if any (inclusive time of our code, by function).
Record with `--gil` so only Python CPU is sampled (idle pool threads otherwise look busy in some containers).
Categories are by file: ours (activities/, workflows/, db/, mail/, policy/, schemas/, service/, …),
the Temporal SDK, pydantic, asyncpg, jinja2, aiosmtplib, and the rest (asyncio, stdlib, the benchmark driver).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

# worker.py is left out: its main() is the outermost frame of everything the worker process does.
OURS = ("activities/", "workflows/", "db/", "mail/", "policy/", "schemas/", "service/", "codec/", "inbound/")
LIBRARIES = {
    "temporalio SDK": ("temporalio/",),
    "pydantic": ("pydantic/", "pydantic_core/"),
    "asyncpg": ("asyncpg/",),
    "jinja2 / markupsafe": ("jinja2/", "markupsafe/", "<template>"),
    "aiosmtplib / aiosmtpd / email": ("aiosmtplib/", "aiosmtpd/", "email/"),
    "icalendar": ("icalendar/",),
    "json": ("json/",),
    "asyncio event loop": ("asyncio/", "selectors.py"),
    "bench driver": ("bench/",),
}
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^():]+)(?::\d+)?\)$")


def _file(frame: str) -> str:
    match = _FRAME.match(frame.strip())
    return match["file"] if match else frame


def _is_ours(frame: str) -> bool:
    return _file(frame).startswith(OURS)


def category(frame: str) -> str:
    file = _file(frame)
    if file.startswith(OURS):
        return "ours"
    for name, prefixes in LIBRARIES.items():
        if file.startswith(prefixes) or any(f"/{p}" in file for p in prefixes):
            return name
    return "other (stdlib, threads)"


def summarise(path: Path, top: int) -> None:
    self_by_frame: Counter[str] = Counter()
    self_by_category: Counter[str] = Counter()
    ours_inclusive: Counter[str] = Counter()
    under_ours_by_category: Counter[str] = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        total += count
        leaf = frames[-1]
        self_by_frame[leaf] += count
        self_by_category[category(leaf)] += count
        outer_ours = next((f for f in frames if _is_ours(f)), None)
        if outer_ours is not None:
            ours_inclusive[re.sub(r":\d+\)$", ")", outer_ours)] += count
            under_ours_by_category[category(leaf)] += count
    if not total:
        raise SystemExit(f"{path}: no samples")
    print(f"{total} samples")
    print("\nself time by category:")
    for name, n in self_by_category.most_common():
        print(f"  {n / total:6.1%}  {name}")
    under = sum(under_ours_by_category.values())
    print(f"\nsamples with one of our frames on the stack: {under / total:.1%}; their innermost frames:")
    for name, n in under_ours_by_category.most_common():
        print(f"  {n / total:6.1%}  {name}")
    print(f"\nour outermost functions (inclusive), top {top}:")
    for frame, n in ours_inclusive.most_common(top):
        print(f"  {n / total:6.1%}  {frame}")
    print(f"\nhottest frames (self time), top {top}:")
    for frame, n in self_by_frame.most_common(top):
        print(f"  {n / total:6.1%}  {frame}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    summarise(args.profile, args.top)


if __name__ == "__main__":
    main()
