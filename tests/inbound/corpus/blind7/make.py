# ruff: noqa: E501  (each reply is one line, as written)
"""Write the blind7 batch: `python -m tests.inbound.corpus.blind7.make` (the .eml files and manifest.tsv).

A second realistic week of replies to the re-interview invitation, written by a hand that has not read the
reader. Each case is (client, intent, slot, body, options); the label is what a careful HR person reads
(confirm + the option picked, empty = the proposed option 1). Deterministic: no randomness, fixed dates and
Message-IDs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.inbound.corpus.blind7 import cases_en, cases_zh
from tests.inbound.corpus.blind7.clients import Mail, build

HERE = Path(__file__).resolve().parent
LOCALES = ("de", "fr", "es", "pt", "ja", "ko", "ru", "tw", "it", "nl", "zh", "en", "gb")
DAYS = ["Fri, 27 Nov 2026", "Sat, 28 Nov 2026", "Sun, 29 Nov 2026", "Mon, 30 Nov 2026"]

NAMES_ZH = [
    "李明",
    "王芳",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周婷",
    "吴昊",
    "徐晨",
    "孙悦",
    "马超",
    "朱琳",
    "胡斌",
    "郭敏",
    "何欣",
    "高远",
    "林琪",
    "罗杰",
]
PINYIN = [
    "liming",
    "wangfang",
    "zhangwei",
    "liuyang",
    "chenjing",
    "yangfan",
    "zhaolei",
    "huangli",
    "zhouting",
    "wuhao",
    "xuchen",
    "sunyue",
    "machao",
    "zhulin",
    "hubin",
    "guomin",
    "hexin",
    "gaoyuan",
    "linqi",
    "luojie",
]
NAMES_EN = [
    "Tom Baker",
    "Priya Patel",
    "Sam Green",
    "Olivia Brown",
    "James Wilson",
    "Chloe Evans",
    "Daniel Hughes",
    "Amira Khan",
    "Liam O'Connor",
    "Sophie Turner",
    "Ethan Clarke",
    "Grace Lee",
    "Noah Walker",
    "Isla Murray",
    "Ben Carter",
]
FOREIGN = {
    "de": "Jonas Weber",
    "fr": "Claire Dubois",
    "es": "Lucía Fernández",
    "pt": "João Silva",
    "it": "Marco Rossi",
    "nl": "Sanne de Vries",
    "ja": "佐藤 健",
    "ko": "김민지",
    "ru": "Анна Смирнова",
    "tw": "陳怡君",
}
DOMAIN = {
    "qq": "qq.com",
    "netease": "163.com",
    "gmail": "gmail.com",
    "outlook": "outlook.com",
    "apple": "icloud.com",
    "foxmail": "foxmail.com",
    "exmail": "corp-a.cn",
    "wecom": "corp-b.cn",
    "dingtalk": "corp-c.cn",
    "aliyun": "aliyun.com",
    "feishu": "corp-d.cn",
    "thunderbird": "posteo.de",
    "yahoo": "yahoo.com",
    "samsung": "gmail.com",
    "huawei": "huawei.com",
    "xiaomi": "xiaomi.com",
    "android": "139.com",
    "bare": "sina.com",
}


def sender(i: int, client: str, lang: str) -> str:
    fam = client.split("-")[0]
    loc = client.split("-")[-1]
    dom = DOMAIN[fam]
    if loc in FOREIGN and loc != "tw":
        name = FOREIGN[loc]
        local = {"ja": "k.sato", "ko": "minji.kim", "ru": "anna.smirnova"}.get(
            loc, name.lower().replace(" ", ".").replace("ú", "u").replace("ã", "a").replace("í", "i")
        )
        return f"{name} <{local}{i}@{dom}>"
    if lang == "zh":
        k = i % len(NAMES_ZH)
        local = f"{100000 + i * 7919}" if fam == "qq" else f"{PINYIN[k]}{i}"
        return f"{NAMES_ZH[k]} <{local}@{dom}>"
    k = i % len(NAMES_EN)
    return f"{NAMES_EN[k]} <{NAMES_EN[k].lower().replace(' ', '.').replace(chr(39), '')}{i}@{dom}>"


def date(i: int, lang: str, min_day: int = 0) -> str:
    """A fixed date after the invitation (Fri 27 Nov 09:12); answers to the reminder or to an earlier reply come later."""
    k = max((i * 5) % 4 if i % 9 else 3, min_day)
    day = DAYS[k]
    hh, mm = (10 if k == 0 else 7) + (i * 7) % 13, (i * 13) % 60
    off = "+0800" if lang == "zh" else "+0000"
    return f"{day} {hh:02d}:{mm:02d}:{(i * 17) % 60:02d} {off}"


def main() -> None:
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for old in HERE.glob("*.eml"):
        old.unlink()
    every: list[tuple[str, tuple[Any, ...]]] = [("zh", c) for c in cases_zh.CASES] + [("en", c) for c in cases_en.CASES]
    for i, (lang0, case) in enumerate(every, start=1):
        slug, client, intent, slot, body, *rest = case
        opts: dict[str, Any] = dict(rest[0]) if rest else {}
        lang = opts.pop("lang", lang0)
        loc = client.split("-")[-1]
        ui = opts.pop("ui", "")
        if not ui and loc in LOCALES:
            ui = {"gb": "en-gb"}.get(loc, loc)
            if client.startswith("gmail") and loc == "gb":
                ui = "en-gb"
        who = sender(i, client, lang)
        mod = cases_zh if lang0 == "zh" else cases_en
        _, _, _, _, body, opts2 = mod.expand(
            (slug, client, intent, slot, body, {**opts, **({"lang": lang} if lang != lang0 else {})}),
            who.split("<")[-1].rstrip(">"),
        )
        opts = {k: v for k, v in opts2.items() if k not in ("lang",)}
        later = 2 if (opts.get("quote") or "_chain" in dict(case[5] if len(case) > 5 else {})) else 0
        mail = Mail(
            key=f"blind7-{i}", client=client, lang=lang, body=body, sender=who, date=date(i, lang, later), ui=ui, **opts
        )
        raw, fmt = build(mail)
        name = f"r{i:03d}-{lang}-{client}-{slug}.eml"
        (HERE / name).write_bytes(raw)
        rows.append(f"{name}\t{intent}\t{slot or ''}\t{lang}\t{client}\t{fmt}\tblind7")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies to {HERE}")


if __name__ == "__main__":
    main()
