"""Write the blind8 batch: `python -m tests.inbound.corpus.blind8.make` (deterministic: fixed dates and ids).

Replies to the re-interview invitation as the Chinese inbox receives them (most to the zh invitation, some to
the en one, a few in other languages), each labelled with what a careful HR person reads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tests.inbound.corpus.blind8 import clients as c
from tests.inbound.corpus.blind8.replies_a import A
from tests.inbound.corpus.blind8.replies_b import B
from tests.inbound.corpus.blind8.replies_b2 import B2
from tests.inbound.corpus.blind8.replies_c import C

HERE = Path(__file__).resolve().parent

# client id (without its locale part) -> (function, mail domain)
CLIENTS: dict[str, tuple[Callable[..., tuple[bytes, str]], str]] = {
    "qq-web": (c.qq_web, "qq.com"),
    "qq-web-gbk": (partial(c.qq_web, cs="gbk"), "qq.com"),
    "qq-card": (c.qq_card, "qq.com"),
    "qq-mobile": (c.qq_mobile, "qq.com"),
    "163-web": (c.netease_web, "163.com"),
    "126-web": (c.netease_web, "126.com"),
    "163-web-utf8": (partial(c.netease_web, cs="utf-8"), "163.com"),
    "163-dashi": (c.netease_dashi, "163.com"),
    "foxmail": (c.foxmail, "foxmail.com"),
    "foxmail-gb18030": (partial(c.foxmail, cs="gb18030"), "foxmail.com"),
    "outlook-zh": (c.outlook, "outlook.com"),
    "outlook-zh-qp": (partial(c.outlook, cte="quoted-printable"), "hotmail.com"),
    "outlook-zh-corp": (c.outlook, "corp.example.cn"),
    "outlook-tw": (c.big5_outlook, "yahoo.com.tw"),
    "iphone": (c.iphone, "icloud.com"),
    "iphone-b64": (partial(c.iphone, cte="base64"), "icloud.com"),
    "iphone-html": (partial(c.iphone, html_too=True), "icloud.com"),
    "iphone-8bit": (partial(c.iphone, cte="8bit"), "me.com"),
    "huawei-mail": (partial(c.android_cn, brand="huawei"), "163.com"),
    "honor-mail": (partial(c.android_cn, brand="honor"), "126.com"),
    "xiaomi-mail": (partial(c.android_cn, brand="xiaomi"), "qq.com"),
    "oppo-mail": (partial(c.android_cn, brand="oppo"), "163.com"),
    "vivo-mail": (partial(c.android_cn, brand="vivo"), "qq.com"),
    "exmail": (c.exmail, "techco.cn"),
    "wecom": (c.wecom, "retail-group.cn"),
    "alimail": (c.alimail, "aliyun.com"),
    "dingtalk": (partial(c.alimail, app="dingtalk"), "shopgroup.com.cn"),
    "feishu": (c.feishu, "bytelane.cn"),
    "gmail": (c.gmail, "gmail.com"),
    "gmail-qp": (partial(c.gmail, cte="quoted-printable"), "gmail.com"),
    "gmail-android": (partial(c.gmail, cte="quoted-printable"), "gmail.com"),
    "outlook": (partial(c.outlook, ui="en", cs="utf-8", cte="quoted-printable"), "outlook.com"),
    "outlook-corp": (partial(c.outlook, ui="en", cs="utf-8", cte="base64"), "contoso.co.uk"),
    "outlook-ios": (c.outlook_mobile, "outlook.com"),
    "apple-mail": (c.apple_mail, "icloud.com"),
    "thunderbird": (c.thunderbird, "posteo.de"),
    "yahoo-jp": (c.yahoo_ja, "yahoo.co.jp"),
    "pasted": (c.pasted, "163.com"),
    "pasted-gbk": (partial(c.pasted, cs="gbk", cte="base64"), "sina.com"),
    "pasted-big5": (partial(c.pasted, cs="big5", cte="base64", subject_prefix="回覆："), "yahoo.com.tw"),
    "pasted-qq": (partial(c.pasted, cte="base64"), "qq.com"),
    "autoreply": (c.autoreply, "corp.example.cn"),
    "autoreply-qq": (partial(c.autoreply, prefix="自动回复: ", cs="gb18030"), "qq.com"),
    "autoreply-en": (partial(c.autoreply, prefix="Automatic reply: ", cs="utf-8"), "contoso.co.uk"),
}
LOCALES = ("de", "fr", "es", "pt", "ja", "ko", "ru", "tw", "it", "nl", "en", "zh")


def client_of(cid: str) -> tuple[Callable[..., tuple[bytes, str]], str, str | None]:
    if cid in CLIENTS:
        return CLIENTS[cid][0], CLIENTS[cid][1], None
    base, _, loc = cid.rpartition("-")
    if loc in LOCALES and base in CLIENTS:
        fn, dom = CLIENTS[base]
        return fn, dom, loc
    fn, dom = CLIENTS[cid]
    return fn, dom, None


def main() -> None:
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for old in HERE.glob("*.eml"):
        old.unlink()
    for i, r in enumerate(A + B + B2 + C, 1):
        fn, dom, loc = client_of(r["client"])
        kw: dict[str, Any] = dict(r.get("kw") or {})
        base_fn = fn.func if isinstance(fn, partial) else fn
        if loc and base_fn in (c.outlook, c.outlook_mobile, c.gmail, c.iphone, c.thunderbird):
            kw.setdefault("ui", loc)
        day = r.get("day") or 27 + i % 4
        hh, mm = 8 + (i * 7) % 14, (i * 13) % 60
        tz = r.get("tz") or ("+0800" if r["lang"] == "zh" else "+0000")
        wd = {27: "Fri", 28: "Sat", 29: "Sun", 30: "Mon", 1: "Tue", 2: "Wed"}[day]
        mon = "Nov" if day > 20 else "Dec"
        who = c.Who(
            name=r["name"],
            addr=r.get("addr") or f"{r['handle']}@{dom}",
            date=f"{wd}, {day:02d} {mon} 2026 {hh:02d}:{mm:02d}:{(i * 7) % 60:02d} {tz}",
            thread=r.get("thread", True),
            auto=r["intent"] == "automated",
        )
        raw, fmt = fn(r["body"], r["lang"], who, **kw)
        if fmt.endswith("/8bit") and b"Content-Transfer-Encoding: 8bit" not in raw:
            fmt = fmt[: -len("8bit")] + "7bit"
        name = f"b8_{i:03d}_{r['lang']}_{r['intent']}.eml"
        (HERE / name).write_bytes(raw.replace(b"\r\n", b"\n"))
        slot = "" if r.get("slot") is None else str(r["slot"])
        rows.append(f"{name}\t{r['intent']}\t{slot}\t{r['lang']}\t{r['client']}\t{fmt}\tblind8")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies to {HERE}")


if __name__ == "__main__":
    main()
