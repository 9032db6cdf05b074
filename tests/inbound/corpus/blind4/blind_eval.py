"""Score the reader on a held-out manifest: `python -m tests.inbound.corpus.blind4.blind_eval [--dir DIR] [-v]`.

(A copy of the blind branch's tests/inbound/corpus/blind_eval.py, defaulting to this directory, the blind4 batch.)
DIR holds the .eml files and a manifest.tsv in the corpus's columns (default: this directory). The scoring is
evaluate.py's (`score`, `facts`): right = what a person reads (confirm with the same option, no option named = 1); a
wrong action = confirm/decline/reschedule when the person meant something else. Prints right %, the wrong actions,
the misses (with the text the reader kept and the rule that decided), and right % per client and per language (the
client's locale where the client column names one, else the invitation's). A measurement: no bar is asserted.

To score another checkout's reader (e.g. main) on this batch, run this file with that checkout's interpreter from
its root, so `inbound` and `tests.inbound.corpus.evaluate` come from there:
    cd /work/main && PYTHONDONTWRITEBYTECODE=1 .venv/bin/python -c "import runpy, sys; \\
      sys.argv = ['blind_eval', '--dir', '/work/wt/examiner/tests/inbound/corpus/blind4']; \\
      runpy.run_path('/work/wt/examiner/tests/inbound/corpus/blind4/blind_eval.py', run_name='__main__')"
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from inbound.reading import read_bytes
from tests.inbound.corpus.evaluate import TIMEZONE, Case, Scored, facts, score

DEFAULT_DIR = Path(__file__).parent
LOCALES = ("de", "fr", "es", "pt", "ja", "ko", "ru", "tw")


def load(directory: Path) -> list[Case]:
    manifest = directory / "manifest.tsv"
    if not manifest.is_file():
        raise SystemExit(f"blind_eval: no manifest.tsv in {directory}")
    out: list[Case] = []
    with manifest.open(encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
            if row["lang"] not in TIMEZONE:
                raise SystemExit(
                    f"blind_eval: {manifest}:{line}: lang {row['lang']!r} is not one of {sorted(TIMEZONE)}"
                )
            out.append(
                Case(
                    row["file"],
                    row["intent"],
                    int(row["slot"]) if row["slot"] else None,
                    row["lang"],
                    row["client"],
                    row["format"],
                    row.get("batch") or "",
                )
            )
    return out


def language(case: Case) -> str:
    for part in case.client.split("-"):
        if part in LOCALES:
            return part
    return case.lang


def client_family(case: Case) -> str:
    return case.client.split("-")[0]


def rate(group: list[Scored]) -> dict[str, Any]:
    right = sum(s.right for s in group)
    return {
        "n": len(group),
        "right_pct": round(100 * right / len(group), 1),
        "wrong": sum(s.wrong_action for s in group),
    }


def run(directory: Path, *, with_fingerprint: bool = True, batch: str | None = None) -> list[Scored]:
    known = {lang: facts(lang, with_fingerprint=with_fingerprint) for lang in TIMEZONE}
    out = []
    for case in load(directory):
        if batch is not None and case.batch != batch:
            continue
        raw = (directory / case.file).read_bytes()
        out.append(score(case, read_bytes(raw, "candidate@example.com", known[case.lang])))
    return out


def describe(s: Scored) -> dict[str, Any]:
    r = s.reading
    got = "automated" if r.automated is not None else r.intent
    return {
        "file": s.case.file,
        "want": f"{s.case.intent}/{s.case.slot or ''}",
        "got": f"{got}/{r.slot or ''}",
        "rule": r.rule,
        "confidence": r.confidence,
        "fingerprint": r.used_fingerprint,
        "from_html": r.from_html,
        "text": r.text[:300],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="directory with manifest.tsv and the .eml files")
    parser.add_argument("--no-facts", action="store_true", help="read without the sent-message fingerprint")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss with the text and rule")
    parser.add_argument("--batch", default=None, help="only one batch (the manifest's batch column)")
    parser.add_argument("--json", action="store_true", help="everything as one JSON document")
    args = parser.parse_args(argv)
    scored = run(args.dir.resolve(), with_fingerprint=not args.no_facts, batch=args.batch)
    if not scored:
        raise SystemExit("blind_eval: the manifest lists no replies")
    by_client: dict[str, list[Scored]] = defaultdict(list)
    by_family: dict[str, list[Scored]] = defaultdict(list)
    by_lang: dict[str, list[Scored]] = defaultdict(list)
    by_intent: dict[str, list[Scored]] = defaultdict(list)
    by_batch: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_client[s.case.client].append(s)
        by_family[client_family(s.case)].append(s)
        by_lang[language(s.case)].append(s)
        by_intent[s.case.intent].append(s)
        by_batch[s.case.batch].append(s)
    report = {
        "replies": len(scored),
        "right": sum(s.right for s in scored),
        "right_pct": rate(scored)["right_pct"],
        "wrong_actions": sum(s.wrong_action for s in scored),
        "misses_not_acting": sum(1 for s in scored if not s.right and not s.wrong_action),
        # a person's reply read as automated is kept aside by the gateway (no clarification, no HR to-do)
        "human_read_as_automated": sum(
            1 for s in scored if s.case.intent != "automated" and s.reading.automated is not None
        ),
        "by_batch": {k: rate(v) for k, v in sorted(by_batch.items())},
        "by_intent": {k: rate(v) for k, v in sorted(by_intent.items())},
        "by_language": {k: rate(v) for k, v in sorted(by_lang.items())},
        "by_client_family": {k: rate(v) for k, v in sorted(by_family.items())},
        "by_client": {k: rate(v) for k, v in sorted(by_client.items())},
        "wrong": [describe(s) for s in scored if s.wrong_action],
        "misses": [describe(s) for s in scored if not s.right and not s.wrong_action],
    }
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(
        json.dumps(
            {
                k: report[k]
                for k in (
                    "replies",
                    "right",
                    "right_pct",
                    "wrong_actions",
                    "misses_not_acting",
                    "human_read_as_automated",
                )
            }
        )
    )
    for title in ("by_batch", "by_intent", "by_language", "by_client_family"):
        print(f"\n{title}:")
        for k, v in report[title].items():
            print(f"  {k:<22} {v['n']:>4}  {v['right_pct']:>5}%  wrong {v['wrong']}")
    print("\nWRONG ACTIONS:")
    for w in report["wrong"]:
        print(
            f"  {w['file']}: want {w['want']} got {w['got']} ({w['rule']}; {w['confidence']}) text={w['text'][:160]!r}"
        )
    if args.verbose:
        print("\nmisses (no action):")
        for w in report["misses"]:
            print(
                f"  {w['file']}: want {w['want']} got {w['got']} ({w['rule']}; {w['confidence']})",
                f"text={w['text'][:160]!r}",
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
