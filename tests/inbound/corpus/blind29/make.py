"""Write blind29's .eml files and manifest.tsv deterministically.

Run from the worktree root: python3 -m tests.inbound.corpus.blind29.make
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from pathlib import Path

from .clients import CLIENTS
from .replies import R

HERE = Path(__file__).resolve().parent
BATCH = "blind29"

ZH_NAMES = [
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈晨",
    "杨静",
    "赵敏",
    "黄磊",
    "周婷",
    "吴昊",
    "徐丽",
    "孙浩",
    "马超",
    "朱琳",
    "胡杰",
    "郭佳",
    "何雪",
    "林峰",
    "高翔",
    "罗曼",
]
ZH_MAIL = {
    "qq": "qq.com",
    "n163": "163.com",
    "n126": "126.com",
    "foxmail": "foxmail.com",
    "wecom": "corp-example.cn",
    "feishu": "larkmail.example.cn",
    "dingtalk": "dingtalk.example.cn",
}
EN_NAMES = ["Alice Smith", "Tom Baker", "Priya Patel", "Wei Chen", "Olivia Brown", "James Wright", "Sara Kowalski"]

CLIENT_NAME = {
    "qq_web": "qqmail-web",
    "qq_app": "qqmail-app",
    "qq_card": "qqmail-card",
    "wechat_paste": "qqmail-app-wechat",
    "n163_web": "163-web",
    "n126_web": "126-web",
    "mailmaster_pc": "mailmaster-pc",
    "mailmaster_app": "mailmaster-app",
    "outlook_zh": "outlook-zh",
    "owa_zh": "owa-zh",
    "outlook_en": "outlook",
    "iphone_zh": "iphone-zh",
    "iphone_en": "iphone",
    "apple_mail": "apple-mail",
    "samsung_zh": "samsung-zh",
    "gmail_zh": "gmail-zh",
}


def mailbox(i: int, lang: str, client: str) -> tuple[str, str]:
    h = hashlib.sha256(f"{BATCH}-{i}".encode()).hexdigest()
    if lang == "en":
        name = EN_NAMES[i % len(EN_NAMES)]
        dom = (
            "gmail.com"
            if "gmail" in client
            else ("icloud.com" if "apple" in client or "iphone" in client else "outlook.com")
        )
        return name, f"{name.split()[0].lower()}.{name.split()[1].lower()}{int(h[:2], 16) % 90}@{dom}"
    name = ZH_NAMES[i % len(ZH_NAMES)]
    key = client.split("_")[0]
    dom = ZH_MAIL.get(
        key,
        {
            "outlook": "outlook.com",
            "owa": "hotmail.com",
            "iphone": "icloud.com",
            "huawei": "huawei.example.cn",
            "xiaomi": "139.com",
            "samsung": "sina.com",
            "vivo": "yeah.net",
            "mailmaster": "163.com",
            "wechat": "qq.com",
            "auto": "qq.com",
            "bounce": "163.com",
        }.get(key, "example.cn"),
    )
    if dom == "qq.com" or key == "foxmail":
        local = str(10000000 + int(h[:8], 16) % 899999999)
    else:
        local = f"cand{h[:6]}"
    return name, f"{local}@{dom}"


def fmt_of(raw: bytes) -> str:
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    top = m.get_content_subtype()
    kind = {"alternative": "alt", "plain": "plain", "report": "report", "mixed": "mixed"}.get(top, top)
    leafs = [p for p in m.walk() if p.get_content_maintype() == "text"]
    cs = sorted({(p.get_content_charset() or "us-ascii").lower() for p in leafs})
    ctes = sorted(
        {(p.get("Content-Transfer-Encoding") or "7bit").lower().replace("quoted-printable", "qp") for p in leafs}
    )
    return f"{kind}/{'+'.join(cs)}/{'+'.join(ctes)}"


def build() -> list[tuple]:
    rows = []
    for i, (intent, slot, lang, client, text, quote) in enumerate(R, 1):
        name, mail = mailbox(i, lang, client)
        tok = hashlib.sha256(f"{BATCH}/{i}".encode()).hexdigest()[:6]
        hh, mm = 7 + (i * 7) % 15, (i * 13) % 60
        tz = "+0800" if lang == "zh" else "+0000"
        c = {
            "n": i,
            "lang": lang,
            "text": text,
            "quote": quote,
            "name": name,
            "email": mail,
            "to": f"reply+r{i}.s2.{tok}@hr.example.com",
            "date": f"Tue, 24 Nov 2026 {hh:02d}:{mm:02d}:{(i * 29) % 60:02d} {tz}",
            "msgid": f"<{hashlib.sha256(f'mid{i}'.encode()).hexdigest()[:20]}.{i}@{mail.split('@')[1]}>",
        }
        raw = CLIENTS[client](c)
        fname = f"b29_{i:03d}_{client}.eml"
        (HERE / fname).write_bytes(raw)
        rows.append(
            (
                fname,
                intent,
                str(slot) if slot else "",
                lang,
                CLIENT_NAME.get(client, client.replace("_", "-")),
                fmt_of(raw),
                BATCH,
            )
        )
    with open(HERE / "manifest.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tintent\tslot\tlang\tclient\tformat\tbatch\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return rows


if __name__ == "__main__":
    print(len(build()), "replies written")
