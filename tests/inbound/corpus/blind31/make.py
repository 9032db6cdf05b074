"""Write the batch's .eml files and manifest.tsv deterministically: python3 -m tests.inbound.corpus.blind31.make"""

from __future__ import annotations

import hashlib
from email.header import Header
from pathlib import Path

from .clients import INV_ID, build
from .replies import R

HERE = Path(__file__).resolve().parent
BATCH = "blind31"
ZH_NAMES = [
    "李娜",
    "王磊",
    "赵敏",
    "陈晨",
    "刘洋",
    "张伟",
    "杨帆",
    "黄蕾",
    "周婷",
    "吴昊",
    "徐静",
    "孙浩",
    "马丽",
    "朱琳",
    "胡军",
]
EN_NAMES = [
    "Tom Hughes",
    "Priya Patel",
    "Daniel Green",
    "Maya Collins",
    "Oliver Bennett",
    "Sarah Khan",
    "James Wright",
    "Emma Clarke",
    "Liam Walsh",
    "Jonas Weber",
    "Camille Durand",
    "Ben Foster",
    "Chloe Martin",
    "Hannah Reid",
]
DOMAIN = {
    "netease": "163.com",
    "netease-zh": "126.com",
    "qq": "qq.com",
    "qq-en": "qq.com",
    "foxmail": "foxmail.com",
    "wechat": "qq.com",
    "gmail": "gmail.com",
    "gmail-zh": "gmail.com",
    "gmail-old": "gmail.com",
    "outlook": "outlook.com",
    "outlook-zh": "hotmail.com",
    "outlook-de": "web-firma.de",
    "outlook-fr": "entreprise.fr",
    "apple": "icloud.com",
    "apple-zh": "icloud.com",
    "yahoo": "yahoo.co.uk",
    "auto-qq": "qq.com",
    "auto-netease": "163.com",
    "auto-outlook": "outlook.com",
    "auto-gmail": "gmail.com",
    "auto-yahoo": "yahoo.com",
}
FMT = {
    "netease": "alt/utf-8/base64",
    "netease-zh": "alt/utf-8/base64",
    "qq": "alt/gb18030/base64",
    "qq-en": "alt/utf-8/base64",
    "foxmail": "alt/gbk/base64",
    "wechat": "plain/utf-8/base64",
    "gmail": "alt/utf-8/qp",
    "gmail-old": "alt/utf-8/qp",
    "gmail-zh": "alt/utf-8/base64+qp",
    "outlook": "alt/utf-8/qp",
    "outlook-de": "alt/utf-8/qp",
    "outlook-fr": "alt/utf-8/qp",
    "outlook-zh": "alt/utf-8/base64",
    "apple": "plain/utf-8/qp",
    "apple-zh": "plain/utf-8/qp",
    "yahoo": "alt/utf-8/qp",
}


def addr(name: str, email: str) -> str:
    try:
        name.encode("ascii")
        return f'"{name}" <{email}>'
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def main() -> None:
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, c in enumerate(R, 1):
        c = dict(c, n=n)
        names = ZH_NAMES if c["lang"] == "zh" else EN_NAMES
        name = names[n % len(names)]
        local = hashlib.sha1(f"{BATCH}{n}".encode()).hexdigest()[:6]
        email = f"cand{n:03d}.{local}@{DOMAIN[c['client']]}"
        c["frm"] = (name, email)
        h, ct, body = build(c)
        token = hashlib.sha1(f"tok{n}".encode()).hexdigest()[:6]
        day = 26 + (n % 5)
        tz = "+0800" if c["lang"] == "zh" else ("+0100" if c["client"] in ("outlook-de", "outlook-fr") else "+0000")
        wd = {26: "Thu", 27: "Fri", 28: "Sat", 29: "Sun", 30: "Mon"}[day]
        lines = [
            f"From: {addr(name, email)}",
            f"To: reply+r1.s{(n % 3) + 1}.{token}@hr.example.com",
            f"Subject: {h.pop('Subject')}",
            f"Date: {wd}, {day} Nov 2026 {9 + n % 10:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} {tz}",
            f"Message-ID: <{token}.{n}.blind31@{DOMAIN[c['client']]}>",
        ]
        if c["client"] not in ("wechat", "auto-yahoo") and not (c["client"] == "auto-qq" and n % 2):
            lines += [f"In-Reply-To: {INV_ID}", f"References: {INV_ID}"]
        lines += [f"{k}: {v}" for k, v in h.items() if k != "Content-Transfer-Encoding"]
        lines += ["MIME-Version: 1.0", f"Content-Type: {ct}"]
        if "Content-Transfer-Encoding" in h:
            lines.append(f"Content-Transfer-Encoding: {h['Content-Transfer-Encoding']}")
        msg = "\n".join(lines) + "\n\n" + body
        fname = f"b31_{n:03d}.eml"
        (HERE / fname).write_bytes(msg.replace("\n", "\r\n").encode("ascii"))
        fmt = FMT.get(c["client"], "plain/utf-8/base64")
        rows.append("\t".join([fname, c["intent"], str(c["slot"] or ""), c["lang"], c["client"], fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
