"""Write blind20's .eml files and manifest.tsv (deterministic): `python3 -m tests.inbound.corpus.blind20.make`."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

from .clients import BUILDERS, INV_UTC, TZ, Ctx, client_name, h, num
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind20"


def context(i: int, r) -> Ctx:
    tz = timezone(timedelta(hours=r.tz if r.tz is not None else TZ[r.loc]))
    if r.hours is not None:
        delay = timedelta(hours=r.hours, seconds=num(r.id + "s", 3, 50))
    else:
        u = num(r.id + "d", 0, 10000) / 10000
        delay = timedelta(hours=0.3 + 70 * u * u, seconds=num(r.id + "s", 0, 59))
    sent = (INV_UTC + delay).astimezone(tz)
    if sent.hour < 7 and (r.hours is None):
        sent += timedelta(hours=8)
    return Ctx(r, i + 1, f"reply+r{i + 1}.s1.{h(r.id + 'tok', 6)}@hr.example.com", sent, INV_UTC.astimezone(tz))


def main() -> None:
    ids = [r.id for r in REPLIES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for i, r in enumerate(REPLIES):
        assert r.intent in ("confirm", "decline", "reschedule", "question", "unclear", "automated"), r.id
        assert r.slot in (None, 2, 3) and (r.slot is None or r.intent == "confirm"), r.id
        raw, fmt = BUILDERS[r.client](context(i, r))
        name = f"{r.id}-{r.client}.eml"
        (HERE / name).write_bytes(raw)
        rows.append("\t".join([name, r.intent, str(r.slot or ""), r.inv, client_name(r), fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written")


if __name__ == "__main__":
    main()
