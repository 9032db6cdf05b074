"""Write blind17's .eml files and manifest.tsv (same bytes on every run).

python3 -m tests.inbound.corpus.blind17.make      (from the worktree root)
"""

from __future__ import annotations

import hashlib
from datetime import timedelta, timezone
from pathlib import Path

from .clients import BUILDERS, INVITATIONS, Ctx
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind17"
DEADLINE_MIN = 96 * 60 - 40  # stay before the reply deadline (Mon 30 Nov) unless a reply says otherwise

CLIENT_NAME = {
    "gmail-fwd": "gmail",
    "exchange-oof": "outlook-autoreply",
    "exchange-ndr": "exchange-ndr",
}


def reply_address(i: int, key: str) -> str:
    tok = hashlib.sha256(f"blind17-token/{key}".encode()).hexdigest()[:6]
    return f"reply+r{1700 + i}.s1.{tok}@hr.example.com"


def when(i: int, r) -> "datetime":  # noqa: F821
    inv = INVITATIONS[r.lang]
    after = r.after if r.after is not None else 14 + (i * 547 + 131) % DEADLINE_MIN
    sec = int(hashlib.sha256(f"sec/{r.key}".encode()).hexdigest()[:4], 16) % 60
    dt = inv.sent.astimezone(timezone.utc) + timedelta(minutes=after, seconds=sec)
    return dt.astimezone(timezone(timedelta(minutes=r.who.tz)))


def client_name(r) -> str:
    base = CLIENT_NAME.get(r.client, r.client)
    if r.who.loc in ("de", "zh") and r.client not in ("exchange-ndr",):
        base += "-" + r.who.loc
    return base


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    keys = set()
    for i, r in enumerate(REPLIES, 1):
        assert r.key not in keys, r.key
        keys.add(r.key)
        assert r.intent in ("confirm", "decline", "reschedule", "question", "unclear", "automated"), r.key
        assert r.slot in (None, 2, 3) and (r.slot is None or r.intent == "confirm"), r.key
        ctx = Ctx(
            i, r.key, INVITATIONS[r.lang], r.who, when(i, r), r.body, r.quote, reply_address(i, r.key), dict(r.extra)
        )
        raw, fmt = BUILDERS[r.client](ctx)
        name = f"{i:03d}-{r.key}.eml"
        (HERE / name).write_bytes(raw)
        rows.append("\t".join([name, r.intent, str(r.slot or ""), r.lang, client_name(r), fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
