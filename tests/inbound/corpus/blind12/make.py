"""Write the blind12 batch: `.venv/bin/python -m tests.inbound.corpus.blind12.make` (deterministic)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from . import clients as c
from .replies_a import ROWS_A
from .replies_b import ROWS_B

HERE = Path(__file__).resolve().parent
Client = Callable[..., tuple[bytes, str]]

CLIENTS: dict[str, tuple[str, Client]] = {
    "qq": ("qqmail", c.qq),
    "qqgbk": ("qqmail", partial(c.qq, cs="gbk")),
    "qqm": ("qqmail-app", c.qq_mobile),
    "fox": ("foxmail", c.foxmail),
    "163": ("netease163", c.netease),
    "mm": ("mailmaster", c.mailmaster),
    "olzh": ("outlook-zh", partial(c.outlook, ui="zh", cs="gb2312")),
    "olen": ("outlook", c.outlook),
    "oltw": ("outlook-tw", partial(c.outlook, ui="tw", cs="big5")),
    "olde": ("outlook-de", partial(c.outlook, ui="de")),
    "olfr": ("outlook-fr", partial(c.outlook, ui="fr")),
    "olnl": ("outlook-nl", partial(c.outlook, ui="nl")),
    "owa": ("owa", c.owa),
    "gm": ("gmail", c.gmail),
    "gmzh": ("gmail-zh", partial(c.gmail, ui="zh")),
    "gmes": ("gmail-es", partial(c.gmail, ui="es")),
    "gmpt": ("gmail-pt", partial(c.gmail, ui="pt")),
    "gmit": ("gmail-it", partial(c.gmail, ui="it")),
    "gmru": ("gmail-ru", partial(c.gmail, ui="ru")),
    "gmko": ("gmail-ko", partial(c.gmail, ui="ko")),
    "gmja": ("gmail-ja", partial(c.gmail, ui="ja")),
    "ip": ("iphone", c.iphone),
    "ipzh": ("iphone-zh", partial(c.iphone, ui="zh")),
    "tb": ("thunderbird", partial(c.plain, quote=True)),
    "bare": ("plain", partial(c.plain, threaded=False)),
    "gb": ("plain-gb18030", partial(c.plain, cs="gb18030", cte="base64", prefix="回复：")),
    "big5": ("plain-tw", partial(c.plain, cs="big5", cte="8bit", prefix="回覆：")),
    "auto": ("autoreply", c.auto),
    "autoen": ("autoreply", partial(c.auto, prefix="Automatic reply: ")),
}

NAMES = [
    "王磊",
    "李娜",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵敏",
    "黄强",
    "周婷",
    "吴昊",
    "徐丽",
    "孙鹏",
    "马超",
    "朱琳",
    "胡斌",
    "郭佳",
]
EN = [
    "Oliver Smith",
    "Amelia Jones",
    "Harry Taylor",
    "Isla Brown",
    "Jack Wilson",
    "Emily Davies",
    "George Evans",
    "Sophie Clarke",
]


def main() -> None:
    rows = ROWS_A + ROWS_B
    manifest = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for old in HERE.glob("*.eml"):
        old.unlink()
    for i, (key, lang, intent, slot, text) in enumerate(rows, 1):
        cid, fn = CLIENTS[key]
        if (lang == "zh" and not key.startswith(("gm", "ol", "ip"))) or key in ("gmzh", "olzh", "ipzh", "oltw"):
            name = NAMES[i % len(NAMES)]
            sender = f"{name} <cand{i:03d}@{['qq.com', '163.com', 'foxmail.com', '126.com'][i % 4]}>"
        else:
            name = EN[i % len(EN)]
            sender = f"{name} <cand{i:03d}@{['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'][i % 4]}>"
        date = (
            f"Sat, 28 Nov 2026 {8 + i % 12:02d}:{i % 60:02d}:{(i * 7) % 60:02d} +{'0800' if lang == 'zh' else '0000'}"
        )
        raw, fmt = fn(text.strip("\n"), lang, sender, date)
        fname = f"b12_{i:03d}_{cid}.eml"
        (HERE / fname).write_bytes(raw)
        manifest.append(f"{fname}\t{intent}\t{slot}\t{lang}\t{cid}\t{fmt}\tblind12")
    (HERE / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} replies")


if __name__ == "__main__":
    main()
