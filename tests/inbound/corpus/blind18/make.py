"""Write the batch: one .eml per reply and manifest.tsv, deterministically.

Run from the worktree root: `python3 -m tests.inbound.corpus.blind18.make`
"""

from __future__ import annotations

from pathlib import Path

from .clients import build, client_name
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind18"
COLUMNS = ["file", "intent", "slot", "lang", "client", "format", "batch"]


def main() -> None:
    for old in HERE.glob("b18_*.eml"):
        old.unlink()
    rows = ["\t".join(COLUMNS)]
    for rep in REPLIES:
        raw, fmt = build(rep)
        name = f"{rep.key}.eml"
        (HERE / name).write_bytes(raw)
        slot = str(rep.slot) if rep.intent == "confirm" and rep.slot in (2, 3) else ""
        rows.append("\t".join([name, rep.intent, slot, rep.lang, client_name(rep), fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
