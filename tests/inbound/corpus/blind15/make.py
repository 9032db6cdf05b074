"""Write blind15's .eml files and manifest.tsv: `python3 -m tests.inbound.corpus.blind15.make` (deterministic)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from .clients import build, invitation, tz
from .mime import hexseed
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind15"

DEFAULT_UI = {
    "exmail": "zh",
    "wecom": "zh",
    "netease": "zh",
    "mailmaster": "zh",
    "alimail": "zh",
    "dingtalk": "zh",
    "feishu": "zh",
    "sina": "zh",
    "sohu": "zh",
    "mailru": "ru",
    "yandex": "ru",
    "naver": "ko",
    "daum": "ko",
    "gmx": "de",
    "webde": "de",
}
UI_TAG = {"zh365": "zh", "ru1251": "ru", "us": "", "en": "", "tw": "tw"}


def client_name(r) -> str:
    if r.client == "feishu" and r.ui == "en":
        return "lark"
    ui = r.ui or DEFAULT_UI.get(r.client, "")
    if ui == DEFAULT_UI.get(r.client, "en"):
        return r.client
    tag = UI_TAG.get(ui, ui)
    return f"{r.client}-{tag}" if tag else r.client


def local_tz(r) -> float:
    if r.tz is not None:
        return r.tz
    return 8 if r.lang == "zh" else 0


def reply_date(r, inv) -> datetime:
    zone = tz(local_tz(r))
    n = r.n
    if r.auto == "bounce":
        return (inv.date + timedelta(seconds=38 + n % 20)).astimezone(zone)
    if r.auto == "ooo":
        return (inv.date + timedelta(minutes=1 + n % 4, seconds=(n * 7) % 60)).astimezone(zone)
    if r.auto == "mdn":
        return (inv.date + timedelta(hours=1, minutes=37, seconds=51)).astimezone(zone)
    day = 27 + n % 3
    hour = 8 + (n * 5) % 14
    d = datetime(2026, 11, day, hour, (n * 17) % 60, (n * 31) % 60, tzinfo=zone)
    if d <= inv.date + timedelta(minutes=20):
        d += timedelta(days=1)
    return d


def main() -> None:
    for old in HERE.glob("b15_*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    invs = {lang: invitation(lang) for lang in ("zh", "en")}
    for i, r in enumerate(REPLIES, 1):
        r.n = i
        inv = invs[r.lang]
        r.date = reply_date(r, inv)
        r.to = f"reply+r{i}.s2.{hexseed('blind15-token', i, n=6)}@hr.example.com"
        raw, fmt = build(r, inv)
        name = f"b15_{i:03d}.eml"
        (HERE / name).write_bytes(raw)
        slot = str(r.slot) if r.intent == "confirm" and r.slot else ""
        rows.append("\t".join([name, r.intent, slot, r.lang, client_name(r), fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
