"""Write batch blind16: `python3 -m tests.inbound.corpus.blind16.make` from the worktree root.

Deterministic: the same bytes on every run (no clock, no randomness; ids derive from the reply number).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

from .clients import CST, Reply, build
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind16"

# (name, pinyin) — simplified names for mainland candidates, traditional for HK/TW ones
NAMES = [
    ("张伟", "zhangwei"),
    ("王芳", "wangfang"),
    ("李娜", "lina"),
    ("刘洋", "liuyang"),
    ("陈静", "chenjing"),
    ("杨帆", "yangfan"),
    ("赵磊", "zhaolei"),
    ("黄晓丽", "huangxiaoli"),
    ("周杰", "zhoujie"),
    ("吴婷婷", "wutingting"),
    ("徐明", "xuming"),
    ("孙悦", "sunyue"),
    ("马超", "machao"),
    ("朱琳", "zhulin"),
    ("胡斌", "hubin"),
    ("郭敏", "guomin"),
    ("何佳怡", "hejiayi"),
    ("高翔", "gaoxiang"),
    ("林雪", "linxue"),
    ("罗浩", "luohao"),
    ("郑爽", "zhengshuang"),
    ("梁宇", "liangyu"),
    ("谢晨", "xiechen"),
    ("宋佳", "songjia"),
    ("唐亮", "tangliang"),
    ("韩梅", "hanmei"),
    ("冯涛", "fengtao"),
    ("邓丽君", "denglijun"),
    ("曹阳", "caoyang"),
    ("彭丹", "pengdan"),
    ("曾凡", "zengfan"),
    ("肖瑶", "xiaoyao"),
    ("田野", "tianye"),
    ("董倩", "dongqian"),
    ("潘越", "panyue"),
    ("袁博", "yuanbo"),
    ("蒋欣", "jiangxin"),
    ("蔡文", "caiwen"),
    ("余晖", "yuhui"),
    ("杜鹃", "dujuan"),
    ("叶子涵", "yezihan"),
    ("程诚", "chengcheng"),
    ("魏然", "weiran"),
    ("苏晴", "suqing"),
    ("吕俊", "lvjun"),
]
NAMES_TRAD = [
    ("陳嘉欣", "chan.kayan"),
    ("黃志明", "wong.chiming"),
    ("李詠詩", "lee.wingsze"),
    ("張家豪", "cheung.kahou"),
    ("林怡君", "lin.yichun"),
    ("王冠宇", "wang.kuanyu"),
    ("吳佩珊", "wu.peishan"),
    ("劉建宏", "liu.chienhung"),
    ("黃冠宇", "huang.kuanyu"),
]
EXTRA_NAMES = [("李伟", "liwei")]

DOMAINS = {
    "qqmail-app": ["qq.com", "qq.com", "foxmail.com"],
    "qqmail-web": ["qq.com"],
    "qqmail-autoreply": ["qq.com"],
    "wecom-mail": ["yunfan-tech.com", "hdkf-service.cn", "jiaxin-retail.com"],
    "exmail-autoreply": ["mingrui-logistics.com"],
    "mailmaster": ["163.com", "126.com", "163.com", "yeah.net"],
    "163-app": ["163.com"],
    "163-web": ["163.com"],
    "163-autoreply": ["163.com"],
    "126-web": ["126.com"],
    "iphone-mail-zh": ["icloud.com", "163.com", "qq.com", "me.com"],
    "iphone-mail-hk": ["gmail.com", "yahoo.com.hk", "netvigator.com"],
    "iphone-mail-tw": ["gmail.com", "yahoo.com.tw"],
    "huawei-mail": ["163.com", "qq.com", "139.com", "huaweicloud.com"],
    "honor-mail": ["163.com", "sina.com"],
    "vivo-mail": ["qq.com", "163.com"],
    "xiaomi-mail": ["qq.com", "163.com", "139.com", "sina.cn"],
    "oppo-mail": ["163.com", "qq.com", "126.com"],
    "feishu-mail": ["lingxi-tech.cn", "feishu-corp.cn"],
    "feishu-autoreply": ["lingxi-tech.cn"],
    "foxmail": ["foxmail.com", "qq.com"],
    "outlook-ios-zh": ["outlook.com", "hotmail.com"],
    "outlook-android-zh": ["outlook.com", "hotmail.com", "live.cn"],
    "outlook-desktop-zh": ["sh-huayu.com.cn"],
    "outlook-desktop-tw": ["tpe-digital.com.tw"],
    "outlook-oof-zh": ["huaxin-group.com.cn"],
    "outlook-oof-en": ["sinotrans-demo.com"],
    "gmail-android-zh": ["gmail.com"],
    "openwebmail-tw": ["ms25.hinet.net"],
}

TRAD = {"iphone-mail-hk", "iphone-mail-tw", "outlook-desktop-tw", "openwebmail-tw"}

DAY0 = datetime(2026, 11, 27, tzinfo=CST)  # the invitation went out Fri 27 Nov 10:00; the deadline is Mon 30 Nov 18:00


def _h(n: int, tag: str) -> int:
    return int(hashlib.sha256(f"blind16|{n}|{tag}".encode()).hexdigest()[:8], 16)


def person(n: int, client: str, opts: dict) -> tuple[str, str]:
    if "addr" in opts:
        return opts.get("name", ""), opts["addr"]
    if client == "163-bounce":
        return "Mail Delivery Subsystem", "postmaster@163.com"
    if client == "qq-bounce":
        return "Mail Delivery System", "MAILER-DAEMON@qq.com"
    pool = NAMES_TRAD if client in TRAD else NAMES
    name, py = pool[_h(n, "name") % len(pool)]
    if "name" in opts:
        name = opts["name"]
        py = dict(NAMES + NAMES_TRAD + EXTRA_NAMES)[name]
    doms = DOMAINS[client]
    dom = doms[_h(n, "dom") % len(doms)]
    if dom == "qq.com" and _h(n, "num") % 2:
        local = str(100000000 + _h(n, "qq") % 2900000000)
    elif dom in ("163.com", "126.com", "sina.com", "sina.cn", "yeah.net", "139.com"):
        local = f"{py}{(1988 + _h(n, 'yr') % 14) if _h(n, 'y') % 3 else _h(n, 'd') % 1000}"
        if dom == "139.com":
            local = "1" + str(3800000000 + _h(n, "m") % 999999999)[:10]
    elif "." in py:  # HK/TW romanised names
        local = py
    else:
        local = f"{py}{'' if _h(n, 's') % 2 else _h(n, 's2') % 100}"
    return name, f"{local}@{dom}"


def when(n: int, opts: dict) -> datetime:
    if "date" in opts:
        d = datetime.strptime(opts["date"], "%Y-%m-%d %H:%M").replace(tzinfo=CST)
        return d + timedelta(seconds=_h(n, "sec") % 60)
    pick = _h(n, "day") % 100
    day = 0 if pick < 38 else 1 if pick < 62 else 2 if pick < 80 else 3
    first = 10 * 60 + 17 if day == 0 else 7 * 60 + 35
    last = 17 * 60 + 40 if day == 3 else 23 * 60 + 50
    if day in (1, 2) and _h(n, "owl") % 100 < 6:  # a few answer after midnight
        first, last = 0, 90
    minute = first + _h(n, "min") % (last - first)
    return DAY0 + timedelta(days=day, minutes=minute, seconds=_h(n, "sec") % 60)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for i, (intent, slot, lang, client, text, opts) in enumerate(REPLIES, start=1):
        name, address = person(i, client, opts)
        if "bounced" in opts:
            text = text.replace("{bounced}", opts["bounced"])
        r = Reply(i, intent, slot, lang, client, text, name, address, when(i, opts), opts)
        raw, fmt = build(r)
        fname = f"{i:03d}-{client}.eml"
        (HERE / fname).write_bytes(raw)
        rows.append("\t".join([fname, intent, str(slot) if slot else "", lang, client, fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(REPLIES)} replies written to {HERE}")


if __name__ == "__main__":
    main()
