"""Check quote removal on the fixtures of public reply-parser projects (not stored here: fetch them yourself).

    python -m tests.inbound.corpus.public_fixtures DIR...

Reads every `*.txt`, `*.eml` and `*.html` under the directories (e.g. the `test/fixtures` of
crisp-oss/email-reply-parser, `test/emails` of zapier/email-reply-parser, `tests/fixtures/standard_replies` and
`html_replies` of mailgun/talon) and prints, per file, the new text's first line and whether a quote marker
(an attribution, a header field, a divider) is left in it; then the count.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from inbound.mime import html_to_text
from inbound.quotes import new_text
from inbound.reading import read_bytes

_LEFT = re.compile(
    r"wrote:|schrieb|a écrit|escribió|escreveu|ha scritto|написал|^\s*(?:from|von|de|van|fra|от|sent|gesendet|date)"
    r"\s?:|original message|^-{4,}\s*\S",
    re.IGNORECASE | re.MULTILINE,
)


def extract(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".eml":
        return read_bytes(data, "sender@example.com").text
    text = data.decode("utf-8", errors="replace")
    return new_text(html_to_text(text) if path.suffix == ".html" else text)


def main(dirs: list[str]) -> int:
    files = sorted(p for d in dirs for p in Path(d).rglob("*") if p.suffix in (".txt", ".eml", ".html"))
    left = 0
    for path in files:
        out = extract(path)
        marker = _LEFT.search(out)
        left += marker is not None
        first = out.split("\n", 1)[0][:60]
        print(
            f"{'LEFT ' if marker else 'ok   '}{path.name:50} {first!r}"
            + (f"  <- {marker.group(0)!r}" if marker else "")
        )
    print(f"{len(files)} fixtures, {left} with a quote marker left in the new text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
