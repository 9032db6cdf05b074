"""Write the blind28 .eml files and manifest.tsv: python3 -m tests.inbound.corpus.blind28.make"""

from __future__ import annotations

from pathlib import Path

from .clients import build
from .replies import R

HERE = Path(__file__).parent


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, (lang, intent, slot, client, quote, text) in enumerate(R, 1):
        raw, fmt = build(n, lang, client, quote, text)
        name = f"b28-{n:03d}-{client}.eml"
        (HERE / name).write_bytes(raw)
        rows.append(f"{name}\t{intent}\t{slot or ''}\t{lang}\t{client}\t{fmt}\tblind28")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(R)} replies")


if __name__ == "__main__":
    main()
