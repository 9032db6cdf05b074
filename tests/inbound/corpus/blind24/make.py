"""Write the blind24 .eml files and manifest.tsv (deterministic).

Run from the worktree root: python3 -m tests.inbound.corpus.blind24.make
"""

from __future__ import annotations

import email
from pathlib import Path

from . import clients
from .replies import EN, ZH

BATCH = "blind24"
HERE = Path(__file__).resolve().parent

NAMES_ZH = [
    "张三",
    "李明",
    "王芳",
    "刘洋",
    "陈静",
    "杨帆",
    "赵敏",
    "黄磊",
    "周婷",
    "吴昊",
    "徐丽",
    "孙浩",
    "马超",
    "朱琳",
    "胡斌",
    "郭佳",
    "何雪",
    "林涛",
    "高远",
    "罗欣",
    "梁晨",
    "宋雨",
    "郑凯",
    "谢婷婷",
    "韩梅",
    "唐杰",
    "冯雪",
    "邓超",
]
PINYIN = [
    "zhangsan",
    "liming",
    "wangfang",
    "liuyang",
    "chenjing",
    "yangfan",
    "zhaomin",
    "huanglei",
    "zhouting",
    "wuhao",
    "xuli",
    "sunhao",
    "machao",
    "zhulin",
    "hubin",
    "guojia",
    "hexue",
    "lintao",
    "gaoyuan",
    "luoxin",
    "liangchen",
    "songyu",
    "zhengkai",
    "xietingting",
    "hanmei",
    "tangjie",
    "fengxue",
    "dengchao",
]
NAMES_EN = [
    "Wang Fang",
    "Chen Yu",
    "Li Na",
    "Zhou Jie",
    "Liu Wei",
    "Sun Hao",
    "Alice Smith",
    "Huang Min",
    "Tony Zhang",
    "Kevin Li",
]

DOMAIN = {
    "qq-web": "qq.com",
    "qq-app": "qq.com",
    "wecom": "xinyuan-tech.cn",
    "163-web": "163.com",
    "126-web": "126.com",
    "mailmaster": "163.com",
    "foxmail": "foxmail.com",
    "outlook-zh": "outlook.com",
    "outlook-en": "outlook.com",
    "outlook-mobile-zh": "hotmail.com",
    "outlook-ios": "outlook.com",
    "iphone-zh": "icloud.com",
    "iphone": "icloud.com",
    "android": "139.com",
    "feishu": "bytelab.cn",
    "gmail": "gmail.com",
    "gmail-zh": "gmail.com",
    "apple-mail": "me.com",
    "apple-mail-zh": "icloud.com",
    "auto": "163.com",
    "bounce": "163.com",
}
AUTO_DOMAIN = {
    "qq": "qq.com",
    "netease": "163.com",
    "exchange": "sh-retail.com.cn",
    "exchange_en": "outlook.com",
    "gmail": "gmail.com",
    "feishu": "bytelab.cn",
}
VENDOR_DOMAIN = {
    "huawei": "huawei-user.example.cn",
    "honor": "163.com",
    "xiaomi": "139.com",
    "vivo": "sina.com",
    "oppo": "126.com",
    "samsung": "qq.com",
}


def identity(i: int, client: str, spec: dict) -> tuple[str, str]:
    if spec["lang"] == "en" and client not in ("qq-web",):
        name = NAMES_EN[i % len(NAMES_EN)]
        local = name.lower().replace(" ", ".")
    else:
        k = (i * 7) % len(NAMES_ZH)
        name, local = NAMES_ZH[k], PINYIN[k]
    dom = DOMAIN[client]
    if client == "android":
        dom = VENDOR_DOMAIN[spec["vendor"]]
    if client in ("auto",):
        dom = AUTO_DOMAIN[spec["auto"]]
    if dom == "qq.com":
        local = str(100000000 + (i * 7919123) % 899999999)
    elif dom in ("163.com", "126.com") and i % 3 == 0:
        local = f"{local}{1990 + i % 12}"
    elif dom == "139.com":
        local = f"13{(i * 37) % 10}{(i * 7654321) % 100000000:08d}"
    return name, f"{local}@{dom}"


def fmt_of(raw: bytes) -> str:
    msg = email.message_from_bytes(raw)
    top = msg.get_content_type()
    shape = {"multipart/alternative": "alt", "text/plain": "plain", "multipart/report": "report"}.get(top, top)
    first = next(p for p in msg.walk() if p.get_content_maintype() == "text")
    cs = (first.get_content_charset() or "us-ascii").lower()
    cte = (first.get("Content-Transfer-Encoding") or "7bit").lower()
    return f"{shape}/{cs}/{cte}"


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    entries = [(c, it, s, t, {**o, "lang": "zh"}) for c, it, s, t, o in ZH] + [
        (c, it, s, t, {**o, "lang": "en"}) for c, it, s, t, o in EN
    ]
    # interleave deterministically so files arrive "as they come", not grouped by label
    order = sorted(range(len(entries)), key=lambda k: clients.hexid(f"{BATCH}-order-{k}", 12))
    for n, k in enumerate(order, start=1):
        client, intent, slot, text, opts = entries[k]
        spec = dict(opts, text=text)
        name, addr_ = identity(n, client, spec)
        spec["name"], spec["email"] = name, addr_
        r = clients.R(n, spec, BATCH)
        raw = clients.CLIENTS[client](r)
        fname = f"b24_{n:03d}.eml"
        (HERE / fname).write_bytes(raw)
        cname = opts.get("client_name") or (f"android-{opts['vendor']}" if client == "android" else client)
        rows.append("\t".join([fname, intent, str(slot) if slot else "", spec["lang"], cname, fmt_of(raw), BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies")


if __name__ == "__main__":
    main()
