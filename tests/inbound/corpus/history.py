"""Historical first reads: every fresh corpus batch read by the reader as it was just before that batch was
written (the parent of the commit that added it), scored against today's labels.

`python -m tests.inbound.corpus.history read` checks each old reader out into a temporary git worktree
(`/tmp/gate-<batch>`, removed afterwards), reads the batch's mails (today's files, today's invitation
fingerprint) with it in a subprocess, and writes one JSON line per reply to `history.jsonl` beside this file:
the old reading (intent, slot, confidence, rule, extracted text) and whether it was right, a wrong action or a
miss. That is the only honest data there is about mail the rules had not seen; `inbound.gate` is fitted and
cross-validated on it:

`python -m tests.inbound.corpus.history cv` — leave-one-batch-out: the gate's threshold is chosen on all
batches but one and tested on the held-out one; prints wrong actions and right readings before/after.
`python -m tests.inbound.corpus.history apply` — the shipped gate (inbound.gate defaults) on every batch.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.inbound.corpus.evaluate import ACTING, HERE, cases

ROOT = HERE.parents[2]
DATASET = HERE / "history.jsonl"

# The commit that added each fresh batch; the reader just before it is that commit's parent.
BATCHES: dict[str, str] = {
    "twelfth": "6552b38",
    "thirteenth": "55fd9d1",
    "fourteenth": "e7ff8a6",
    "fifteenth": "932b6bc",
    "sixteenth": "e6377d0",
    "i17": "414bf8c",
    "i18": "fdb8a5a",
    "i19": "d42b67e",
    "i20": "bf1693a",
    "i21": "d6fee4d",
}
# The held-out batches written by examiners who never read the reader (tests/inbound/corpus/blind*/): the
# commit whose reader first read each (main when the batch was merged, before any fix it led to). A batch
# written over several merges is read by the oldest of them — a reader older than a batch never saw it.
BLIND: dict[str, str] = {
    "blind": "5212fe5",
    "blind4": "8616e94",
    "blind5": "abe258f",
    "blind6": "214f059",
    "blind7": "ae437d0",
    "blind8": "bd0bb31",
    "blind9": "5cc7a2e",
    "blind10": "1a3f605",
    "blind11": "24238a8",
    "blind12": "0933d29",
    "blind13": "8d83b0b",
    "blind14": "a4cacbb",
    "blind15": "c173205",
    "blind16": "c173205",
    "blind17": "c173205",
    "blind18": "4e559c2",
    "blind19": "4e559c2",
    "blind20": "0c87aa8",
    "blind21": "69df208",
    "blind22": "b868714",
    "blind23": "b868714",
    "blind24": "eeeca1c",
    "blind25": "eeeca1c",
    "blind26": "61a77b8",
    "blind27": "81941b2",
    "blind28": "81941b2",
    "blind29": "f77142d",
    "blind30": "f77142d",
    "blind31": "81941b2",
}

# Run inside the old worktree: its own `inbound` and its own corpus facts (slots), today's invitation text.
_OLD_READER = """
import json, sys
from pathlib import Path
from tests.inbound.corpus import evaluate as ev
from inbound.reading import read_bytes
from dataclasses import fields, replace
ev.HERE = Path(sys.argv[1])
known = {lang: ev.facts(lang) for lang in ("zh", "en")}
if any(f.name == "gate" for f in fields(next(iter(known.values())))):  # the rules' own reading, ungated
    known = {lang: replace(k, gate=False) for lang, k in known.items()}
for line in sys.stdin:
    job = json.loads(line)
    r = read_bytes(Path(job["path"]).read_bytes(), "candidate@example.com", known[job["lang"]])
    print(json.dumps({"file": job["file"], "automated": r.automated is not None, "intent": r.intent,
                      "slot": r.slot, "confidence": r.confidence, "rule": r.rule, "text": r.text,
                      "question": r.question}))
"""


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True)  # noqa: S607
    return done.stdout.strip()


def read_batch(batch: str, commit: str) -> list[dict[str, Any]]:
    """The first reads of one corpus batch by the reader at `commit`^, scored against today's labels."""
    return _read(batch, _git("rev-parse", f"{commit}^"), [c for c in cases() if c.batch == batch], HERE)


def read_blind(name: str, commit: str) -> list[dict[str, Any]]:
    """The first reads of one held-out directory by the reader at `commit`; each row's batch is the manifest's."""
    from tests.inbound.corpus.blind_eval import load as load_blind

    directory = HERE / name
    rows: list[dict[str, Any]] = []
    todo = load_blind(directory)
    for batch in dict.fromkeys(c.batch or name for c in todo):
        rows += _read(batch, _git("rev-parse", commit), [c for c in todo if (c.batch or name) == batch], directory)
    return rows


def _read(batch: str, old: str, todo: list[Any], directory: Path) -> list[dict[str, Any]]:
    tree = Path(tempfile.gettempdir()) / f"gate-{batch}"
    _git("worktree", "add", "--detach", str(tree), old)
    try:
        jobs = "".join(
            json.dumps({"file": c.file, "path": str(directory / c.file), "lang": c.lang}) + "\n" for c in todo
        )
        done = subprocess.run(
            [sys.executable, "-c", _OLD_READER, str(HERE)],
            cwd=tree,
            input=jobs,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        )
    finally:
        _git("worktree", "remove", "--force", str(tree))
    by_file = {c.file: c for c in todo}
    out = []
    for line in done.stdout.splitlines():
        row = json.loads(line)
        case = by_file[row["file"]]
        if directory != HERE:
            row["file"] = f"{directory.name}/{row['file']}"
        got = "automated" if row["automated"] else row["intent"]
        got_slot = (row["slot"] or 1) if got == "confirm" else None
        want_slot = (case.slot or 1) if case.intent == "confirm" else None
        right = got == case.intent and got_slot == want_slot
        row |= {
            "batch": batch,
            "reader": old[:10],
            "lang": case.lang,
            "want": case.intent,
            "want_slot": case.slot,
            "right": right,
            "wrong_action": got in ACTING and not right,
        }
        out.append(row)
    return out


def load() -> list[dict[str, Any]]:
    with DATASET.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass(frozen=True)
class Outcome:
    replies: int
    right: int
    wrong: int
    caught: int  # wrong actions the gate turned into unclear
    lost: int  # right readings the gate turned into unclear


def _acts(row: dict[str, Any]) -> bool:
    return not row["automated"] and row["intent"] in ACTING


def features(row: dict[str, Any]) -> list[str]:
    from inbound.gate import signs

    return signs(row["text"], row["intent"], row["slot"], row["confidence"], row.get("question"), _offered(row["lang"]))


_OFFERED: dict[str, Any] = {}


def _offered(lang: str) -> Any:
    """The corpus invitation's offered times in the reply's language (what the gateway knows of the run)."""
    from tests.inbound.corpus.evaluate import facts

    if lang not in _OFFERED:
        _OFFERED[lang] = facts(lang).offered
    return _OFFERED[lang]


def outcome(rows: Sequence[dict[str, Any]], weights: dict[str, float], bias: float, threshold: float) -> Outcome:
    right = wrong = caught = lost = 0
    for row in rows:
        stopped = _acts(row) and bias + sum(weights[s] for s in features(row)) >= threshold
        if row["wrong_action"]:
            caught += stopped
            wrong += not stopped
        if row["right"]:
            lost += stopped
            right += not stopped
    return Outcome(len(rows), right, wrong, caught, lost)


def fit_weights(rows: Sequence[dict[str, Any]], l2: float = 0.002, steps: int = 2000) -> tuple[dict[str, float], float]:
    """Logistic regression (plain gradient descent, L2) of "wrong action" on the signs, over acting readings."""
    import math

    from inbound.gate import EXPLAINED

    names = list(EXPLAINED)
    data = [([n in set(features(r)) for n in names], bool(r["wrong_action"])) for r in rows if _acts(r)]
    w = [0.0] * len(names)
    b = 0.0
    rate = 2.0
    for _ in range(steps):
        gw = [0.0] * len(names)
        gb = 0.0
        for x, y in data:
            z = b + sum(wi for wi, xi in zip(w, x, strict=True) if xi)
            p = 1 / (1 + math.exp(-z))
            d = p - y
            gb += d
            for i, xi in enumerate(x):
                if xi:
                    gw[i] += d
        n = len(data)
        w = [wi - rate * (g / n + l2 * wi) for wi, g in zip(w, gw, strict=True)]
        b -= rate * gb / n
    return {k: round(v, 2) for k, v in zip(names, w, strict=True)}, round(b, 2)


# The threshold: the one with the least cost on the training batches, a wrong action kept costing 1 and a
# right reading lost LOST_COST (a wrong action moves a re-interview; a lost right reading asks once more).
LOST_COST = 0.35
CANDIDATES = tuple(round(-3 + 0.25 * i, 2) for i in range(25))


def fit(rows: Sequence[dict[str, Any]]) -> tuple[dict[str, float], float, float]:
    weights, bias = fit_weights(rows)
    # Of equally good thresholds the highest: hold back no more than the training batches justify.
    best = min(CANDIDATES, key=lambda t: (_cost(outcome(rows, weights, bias, t)), -t))
    return weights, bias, best


def _cost(o: Outcome) -> float:
    return o.wrong + LOST_COST * o.lost


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def batches(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The batches of the rows, in the order they were read."""
    return list(dict.fromkeys(r["batch"] for r in rows))


def cross_validate(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for batch in batches(rows):
        held = [r for r in rows if r["batch"] == batch]
        train = [r for r in rows if r["batch"] != batch]
        weights, bias, threshold = fit(train)
        out.append(
            {
                "batch": batch,
                "threshold": threshold,
                "before": outcome(held, weights, bias, float("inf")),
                "after": outcome(held, weights, bias, threshold),
            }
        )
    return out


def _table(results: list[dict[str, Any]]) -> None:
    print("| batch | threshold | replies | right before | wrong before | right after | wrong after | lost |")
    print("|---|---|---|---|---|---|---|---|")
    tot = [0, 0, 0, 0, 0, 0]
    for r in results:
        b, a = r["before"], r["after"]
        tot = [x + y for x, y in zip(tot, [b.replies, b.right, b.wrong, a.right, a.wrong, a.lost], strict=True)]
        print(
            f"| {r['batch']} | {r['threshold']} | {b.replies} | {b.right} ({_pct(b.right, b.replies)}) | {b.wrong} "
            f"| {a.right} ({_pct(a.right, a.replies)}) | {a.wrong} | {a.lost} |"
        )
    n, rb, wb, ra, wa, lost = tot
    print(f"| all | | {n} | {rb} ({_pct(rb, n)}) | {wb} | {ra} ({_pct(ra, n)}) | {wa} | {lost} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("read", "cv", "fit", "apply"))
    parser.add_argument("--batch", default=None, help="read only this batch (read appends nothing else)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong actions kept and rights lost")
    args = parser.parse_args()
    if args.what == "read":
        rows: list[dict[str, Any]] = []
        for batch, commit in BATCHES.items():
            if args.batch in (None, batch):
                got = read_batch(batch, commit)
                print(
                    f"{batch}: {len(got)} replies, {sum(r['right'] for r in got)} right, "
                    f"{sum(r['wrong_action'] for r in got)} wrong actions",
                    file=sys.stderr,
                )
                rows += got
        for name, commit in BLIND.items():
            if args.batch in (None, name):
                got = read_blind(name, commit)
                print(
                    f"{name}: {len(got)} replies, {sum(r['right'] for r in got)} right, "
                    f"{sum(r['wrong_action'] for r in got)} wrong actions",
                    file=sys.stderr,
                )
                rows += got
        with DATASET.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    rows = load()
    if args.what == "cv":
        _table(cross_validate(rows))
        return
    if args.what == "fit":
        print(fit(rows))
        return
    from inbound.gate import BIAS, DEFAULT_THRESHOLD, WEIGHTS

    _table(
        [
            {
                "batch": b,
                "threshold": DEFAULT_THRESHOLD,
                "before": outcome([r for r in rows if r["batch"] == b], WEIGHTS, BIAS, float("inf")),
                "after": outcome([r for r in rows if r["batch"] == b], WEIGHTS, BIAS, DEFAULT_THRESHOLD),
            }
            for b in batches(rows)
        ]
    )
    if args.verbose:
        for r in rows:
            if not _acts(r):
                continue
            f = features(r)
            stopped = BIAS + sum(WEIGHTS[s] for s in f) >= DEFAULT_THRESHOLD
            if r["wrong_action"] != stopped:
                tag = "KEPT WRONG" if r["wrong_action"] else ("lost right" if r["right"] else "stopped miss")
                print(f"{tag}: {r['batch']} {r['intent']}/{r['slot']} {r['confidence']} {f} {r['text'][:110]!r}")


if __name__ == "__main__":
    main()
