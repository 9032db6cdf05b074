"""Write blind21's .eml files and manifest.tsv (deterministic: same bytes on every run).

python3 -m tests.inbound.corpus.blind21.make      (from the worktree root)
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .clients import Reply, build
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind21"
PREFIX = "b21"


def instant(spec: dict) -> datetime:
    """when the reply was sent (the files are numbered in the order the replies arrived during the week)"""
    mm, rest = spec["at"].split("-")
    dd, hm = rest.split(" ")
    hh, mi = hm.split(":")
    return datetime(2026, int(mm), int(dd), int(hh), int(mi), tzinfo=ZoneInfo(spec["tz"] or "Asia/Shanghai"))


def main() -> None:
    for old in HERE.glob(f"{PREFIX}_*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for i, spec in enumerate(sorted(REPLIES, key=instant), start=1):
        key = f"{PREFIX}_{i:03d}"
        kw = dict(spec["kw"])
        mclient = kw.pop("mclient", None)
        r = Reply(
            key=f"{BATCH}/{key}",
            lang=spec["lang"],
            client=spec["client"],
            intent=spec["intent"],
            slot=spec["slot"],
            at=spec["at"],
            name=spec["name"],
            addr=spec["addr"],
            text=spec["text"],
            quote=spec["quote"],
            sig=spec["sig"],
            tz=spec["tz"],
            kw=kw,
        )
        data, fmt = build(r, i)
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        name = f"{key}.eml"
        (HERE / name).write_bytes(data)
        fmt = fmt.replace("quoted-printable", "qp")
        if not spec["quote"]:
            fmt += "/noquote"
        slot = str(spec["slot"]) if spec["slot"] else ""
        rows.append("\t".join([name, spec["intent"], slot, spec["lang"], mclient or spec["client"], fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies")


if __name__ == "__main__":
    main()
