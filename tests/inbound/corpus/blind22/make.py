"""Write blind22's .eml files and manifest.tsv (deterministic: same bytes every run).

Run from the worktree root:  python3 -m tests.inbound.corpus.blind22.make
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from .clients import build
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind22"
CTE = {"quoted-printable": "qp", "base64": "base64", "7bit": "7bit", "8bit": "8bit"}
TOP = {
    "text/plain": "plain",
    "text/html": "html",
    "multipart/alternative": "alt",
    "multipart/mixed": "mixed",
    "multipart/related": "related",
    "multipart/report": "report",
}


def describe(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    top = TOP.get(msg.get_content_type(), msg.get_content_type())
    first = next(p for p in msg.walk() if p.get_content_maintype() == "text")
    charset = (first.get_content_charset() or "us-ascii").lower()
    cte = CTE.get((first.get("Content-Transfer-Encoding") or "7bit").lower(), "7bit")
    fmt = f"{top}/{charset}/{cte}"
    if "format=flowed" in (first.get("Content-Type") or "").lower():
        fmt += "/flowed"
    return fmt


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, r in enumerate(REPLIES, start=1):
        raw = build(n, r)
        name = f"{n:03d}-{r['lang']}-{r['client']}.eml"
        (HERE / name).write_bytes(raw)
        slot = str(r["slot"]) if r["intent"] == "confirm" and r["slot"] else ""
        rows.append("\t".join([name, r["intent"], slot, r["lang"], r["client"], describe(raw), BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
