"""Write blind19's .eml files and manifest.tsv (same bytes every run).

python3 -m tests.inbound.corpus.blind19.make        (from the worktree root)
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .clients import Ctx, build
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind19"


def tz(offset: str) -> timezone:
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, r in enumerate(REPLIES, 1):
        rng = random.Random(f"{BATCH}:{n}:{r.client}:{r.addr}")
        month, rest = r.when.split("-")
        day, hm = rest.split(" ")
        hh, mm = hm.split(":")
        sent = datetime(2026, int(month), int(day), int(hh), int(mm), rng.randrange(60), tzinfo=tz(r.tz))
        token = f"reply+r{n}.s1.{rng.randrange(16**6):06x}@hr.example.com"
        ctx = Ctx(
            n=n,
            key=f"{n:03d}",
            lang=r.lang,
            body=r.body,
            name=r.name,
            addr=r.addr,
            sent=sent,
            token=token,
            rng=rng,
            quote=r.quote,
            sig=r.sig,
            subject=r.subject,
            tzname=r.tzname,
        )
        raw, fmt = build(ctx, r.client)
        fmt = fmt.replace("quoted-printable", "qp")
        name = f"{n:03d}-{r.lang}-{r.client}.eml"
        (HERE / name).write_bytes(raw)
        slot = str(r.slot) if (r.intent == "confirm" and r.slot) else ""
        rows.append(f"{name}\t{r.intent}\t{slot}\t{r.lang}\t{r.client}\t{fmt}\t{BATCH}")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
