"""Score the reading on the labelled corpus: `python -m tests.inbound.corpus.evaluate [--no-facts] [-v] [--batch B]`.

A reading is *right* when it is what a person reads (for `confirm`, the same option; no option = the proposed
one, 1). A *wrong action* is a reading that would move the re-interview (confirm, decline, reschedule) when
the person meant something else — including the wrong option. `unclear` and `question` never act: they are
misses at worst, never wrong actions. Automated mail is right when the reading says automated.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from inbound.intent import OfferedSlot
from inbound.mime import html_to_text
from inbound.quotes import SentText, fingerprint
from inbound.reading import KnownFacts, Reading, read_bytes

HERE = Path(__file__).parent
TIMEZONE = {"zh": "Asia/Shanghai", "en": "Europe/London"}
ACTING = ("confirm", "decline", "reschedule")


@dataclass(frozen=True)
class Case:
    file: str
    intent: str
    slot: int | None
    lang: str
    client: str
    fmt: str
    batch: str = ""


@dataclass(frozen=True)
class Scored:
    case: Case
    reading: Reading
    right: bool
    wrong_action: bool


def cases() -> list[Case]:
    out: list[Case] = []
    for manifest in (HERE / "manifest.tsv", HERE / "hand" / "manifest.tsv"):
        if not manifest.exists():
            continue
        base = manifest.parent
        with manifest.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out.append(
                    Case(
                        str((base / row["file"]).relative_to(HERE)),
                        row["intent"],
                        int(row["slot"]) if row["slot"] else None,
                        row["lang"],
                        row["client"],
                        row["format"],
                        row.get("batch") or "",
                    )
                )
    return out


def facts(lang: str, *, with_fingerprint: bool = True) -> KnownFacts:
    """What the gateway knows of the corpus invitation: its fingerprint (text) and the three offered times."""
    from tests.inbound.corpus.build import SLOTS_EN, SLOTS_ZH

    zone = ZoneInfo(TIMEZONE[lang])
    slots = SLOTS_ZH if lang == "zh" else SLOTS_EN
    offered = tuple(
        OfferedSlot(int(str(s["number"])), datetime.fromisoformat(str(s["start"])).astimezone(zone)) for s in slots
    )
    text = (HERE / f"invitation.{lang}.txt").read_text(encoding="utf-8")
    html = html_to_text((HERE / f"invitation.{lang}.html").read_text(encoding="utf-8"))
    sent = SentText.of(fingerprint(f"{text}\n{html}"))  # as OutboxRepository.record_fingerprint keeps it
    return KnownFacts(sent if with_fingerprint else None, offered)


def score(case: Case, reading: Reading) -> Scored:
    got = "automated" if reading.automated is not None else reading.intent
    got_slot = (reading.slot or 1) if got == "confirm" else None
    want_slot = (case.slot or 1) if case.intent == "confirm" else None
    right = got == case.intent and got_slot == want_slot
    wrong = got in ACTING and not right
    return Scored(case, reading, right, wrong)


def evaluate(*, with_fingerprint: bool = True, batch: str | None = None) -> list[Scored]:
    known = {lang: facts(lang, with_fingerprint=with_fingerprint) for lang in TIMEZONE}
    out = []
    for case in cases():
        if batch is not None and case.batch != batch:
            continue
        raw = (HERE / case.file).read_bytes()
        out.append(score(case, read_bytes(raw, "candidate@example.com", known[case.lang])))
    return out


def summary(scored: list[Scored]) -> dict[str, Any]:
    total = len(scored)
    right = sum(s.right for s in scored)
    wrong = [s for s in scored if s.wrong_action]
    return {
        "replies": total,
        "right": right,
        "right_pct": round(100 * right / total, 1) if total else 0.0,
        "wrong_actions": len(wrong),
        "unclear_or_question_instead": sum(1 for s in scored if not s.right and not s.wrong_action),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-facts", action="store_true", help="read without the sent-message fingerprint")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--batch", default=None, help="only one later batch (the manifest's batch column)")
    args = parser.parse_args()
    scored = evaluate(with_fingerprint=not args.no_facts, batch=args.batch)
    if args.verbose:
        for s in scored:
            if not s.right:
                tag = "WRONG ACTION" if s.wrong_action else "miss"
                r = s.reading
                print(
                    f"{tag}: {s.case.file} want {s.case.intent}/{s.case.slot} got {r.intent}/{r.slot} "
                    f"({r.rule}; {r.confidence}) text={r.text[:120]!r}"
                )
    print(json.dumps(summary(scored)))


if __name__ == "__main__":
    main()
