# ruff: noqa: E501
"""Write the blind14 batch: an ordinary week of replies to the re-interview invitation.

Run: .venv/bin/python -m tests.inbound.corpus.blind14.make  (deterministic: same bytes every run)
"""

from __future__ import annotations

from pathlib import Path

from .clients import autoreply, build
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
DAYS = ["Fri, 27 Nov 2026", "Sat, 28 Nov 2026", "Sun, 29 Nov 2026", "Mon, 30 Nov 2026"]
SENT = {
    "qq": ["2026年11月27日(星期五) 上午9:30", "2026年11月27日(星期五) 上午9:30"],
    "163": ["2026-11-27 09:30:12"],
    "iphonezh": ["2026年11月27日，09:30"],
    "foxmail": ["2026-11-27 09:30"],
    "outlookzh": ["2026年11月27日 9:30"],
    "outlooktw": ["2026年11月27日 上午 09:30"],
    "outlooken": ["27 November 2026 09:30"],
    "owa": ["Friday, November 27, 2026 9:30 AM"],
    "iphoneen": ["27 Nov 2026, at 09:30"],
    "twmail": [""],
    "gmail_en": ["Fri, 27 Nov 2026 at 09:30"],
    "gmail_zh": ["2026年11月27日周五 09:30"],
    "gmailhtml_en": ["Fri, 27 Nov 2026 at 09:30"],
    "gmail_de": ["Fr., 27. Nov. 2026 um 09:30 Uhr"],
    "gmail_fr": ["ven. 27 nov. 2026 à 09:30"],
    "gmail_es": ["vie, 27 nov 2026 a las 9:30"],
    "gmail_pt": ["sex., 27 de nov. de 2026 às 09:30"],
    "gmail_it": ["ven 27 nov 2026 alle ore 09:30"],
    "gmail_nl": ["vr 27 nov 2026 om 09:30"],
    "gmail_ja": ["2026年11月27日(金) 9:30"],
    "gmail_ko": ["2026년 11월 27일 (금) 오전 9:30"],
    "gmail_ru": ["пт, 27 нояб. 2026 г. в 09:30"],
}
MANIFEST_CLIENT = {"outlooktw": "outlook_tw", "gmailhtml_en": "gmail_html", "twmail": "webmail_tw"}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for i, (client, lang, intent, slot, sender, body) in enumerate(REPLIES, 1):
        date = f"{DAYS[i % 4]} {8 + i % 13:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d} +{'0000' if lang == 'en' else '0800'}"
        if client.startswith("auto"):
            prefix = {"auto_zh": "自动回复: ", "auto_en": "Automatic reply: "}[client]
            raw, fmt = autoreply(lang, body, sender, date, prefix, "gbk" if client == "auto_zh" else "utf-8")
        else:
            raw, fmt = build(client, lang, body, sender, date, SENT[client][0], keep_thread=i % 9 != 4)
        name = f"b14_{i:03d}.eml"
        (HERE / name).write_bytes(raw)
        rows.append("\t".join([name, intent, slot, lang, MANIFEST_CLIENT.get(client, client), fmt, "blind14"]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
