"""Write blind27's .eml files and manifest.tsv deterministically: python3 -m tests.inbound.corpus.blind27.make"""

from __future__ import annotations

import hashlib
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr
from pathlib import Path

from .clients import CLIENTS, HR_ADDR, INV_ID, SUBJ, WHEN, esc, part
from .replies import REPLIES

HERE = Path(__file__).resolve().parent
BATCH = "blind27"
NAMES_ZH = ["王磊", "李晓雯", "陈思远", "张伟", "刘洋", "赵敏", "孙婷", "周杰", "吴芳", "郑浩", "黄丽", "何静"]
AUTO = {
    "qq-autoreply": ("QQ邮箱自动回复", "qq.com", "自动回复: ", "gb18030", "Auto-Submitted: auto-replied"),
    "163-autoreply": ("网易自动回复", "163.com", "自动回复：", "gbk", "X-Autoreply: yes"),
    "outlook-zh-ooo": ("Outlook 中文外出", "outlook.com", "自动答复: ", "utf-8", "X-Auto-Response-Suppress: All"),
    "wecom-autoreply": ("企业微信自动回复", "corp.example.cn", "自动回复：", "gb18030", "Auto-Submitted: auto-replied"),
    "foxmail-autoreply": ("Foxmail 自动回复", "foxmail.com", "自动回复: ", "gb18030", "Auto-Submitted: auto-replied"),
    "gmail-ooo": ("Gmail vacation", "gmail.com", "Out of Office: Re: ", "utf-8", "Auto-Submitted: auto-replied"),
    "outlook-ooo": ("Outlook OOO", "outlook.com", "Automatic reply: ", "utf-8", "X-Auto-Response-Suppress: All"),
}


def hdr(name, charset="utf-8"):
    return Header(name, charset).encode() if any(ord(c) > 127 for c in name) else name


def token(n):
    return f"reply+r{n}.s2.{hashlib.sha256(f'{BATCH}-{n}'.encode()).hexdigest()[:6]}@hr.example.com"


def date(n, lang):
    day = 26 + (n % 4)
    h, m = 10 + (n % 11), (n * 7) % 60
    tz = "+0800" if lang == "zh" else "+0000"
    wd = {26: "Thu", 27: "Fri", 28: "Sat", 29: "Sun"}[day]
    return f"{wd}, {day} Nov 2026 {h:02d}:{m:02d}:{(n * 13) % 60:02d} {tz}"


def sender(n, lang, domain):
    if lang == "en":
        return "Alice Smith", f"alice.smith{n}@{domain}"
    name = NAMES_ZH[n % len(NAMES_ZH)]
    local = f"{100000 + n * 7919}" if domain in ("qq.com", "foxmail.com") else f"cand{n:03d}"
    return name, f"{local}@{domain}"


def headers(msg, n, lang, name, addr, subject, charset, irt=True, mailer=None):
    msg["From"] = formataddr((hdr(name, charset), addr)) if name else addr
    msg["To"] = token(n)
    msg["Subject"] = hdr(subject, charset)
    msg["Date"] = date(n, lang)
    msg["Message-ID"] = f"<{BATCH}.{n:03d}.{hashlib.md5(str(n).encode()).hexdigest()[:10]}@mail.{addr.split('@')[1]}>"
    if irt:
        msg["In-Reply-To"] = INV_ID
        msg["References"] = INV_ID
    if mailer:
        msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"


def reply(n, lang, client, body, quote):
    label, domain, prefix, struct, cs, cte, qf, _sig, irt, mailer = CLIENTS[client]
    name, addr = sender(n, lang, domain)
    pt = ht = None
    if quote and qf:
        pt, ht = qf(lang, WHEN[lang])
        pt = pt.replace("{me}", addr)
        ht = ht.replace("{me}", addr) if ht else None
    text = body + (pt or "")
    if client in ("huawei", "xiaomi", "oppo", "vivo") and not quote:
        text = body
    if struct == "plain" or ht is None and struct == "plain":
        msg = part("plain", text, cs, cte)
        fmt = f"plain/{cs}/{cte if cte != 'quoted-printable' else 'qp'}"
    else:
        msg = MIMEMultipart("alternative", boundary=f"----=_Part_{n:03d}_{BATCH}")
        msg.attach(part("plain", text, cs, cte))
        inner = f"<div>{esc(body)}</div>" + (ht or "")
        msg.attach(
            part(
                "html",
                f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{inner}</body></html>',
                cs,
                cte,
            )
        )
        fmt = f"alt/{cs}/{cte if cte != 'quoted-printable' else 'qp'}"
    headers(msg, n, lang, name, addr, prefix + SUBJ[lang], "utf-8" if cs == "gb18030" else cs, irt, mailer)
    return msg, fmt


def auto(n, lang, client, body):
    label, domain, prefix, cs, flag = AUTO[client]
    name, addr = sender(n, lang, domain)
    msg = part("plain", body, cs, "base64")
    headers(msg, n, lang, name, addr, prefix + SUBJ[lang], "utf-8" if cs == "gb18030" else cs, True, None)
    k, v = flag.split(": ", 1)
    msg[k] = v
    return msg, f"plain/{cs}/base64"


def bounce(n, lang):
    rcpt = f"nobody{n}@{'163.com' if lang == 'zh' else 'example.org'}"
    msg = MIMEMultipart("report", boundary=f"----=_Bounce_{n:03d}")
    msg.set_param("report-type", "delivery-status")
    if lang == "zh":
        txt = (
            f"很抱歉您的邮件没能成功发送，系统已自动退回。\n原因：收件人 {rcpt} 不存在。\n\n"
            "This is the mail system at host mx.163.com. I'm sorry to have to inform you that your message could not be delivered."
        )
    else:
        txt = f"This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<{rcpt}>: host said: 550 5.1.1 User unknown"
    msg.attach(part("plain", txt, "utf-8", "base64"))
    from email.mime.base import MIMEBase

    ds = MIMEBase("message", "delivery-status")
    from email.message import Message

    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; mx.example"
    b2["Final-Recipient"] = f"rfc822; {rcpt}"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds.set_payload([b1, b2])
    msg.attach(ds)
    from email.mime.text import MIMEText

    hdrs = MIMEBase("text", "rfc822-headers")
    hdrs.set_payload(f"From: recruiting@hr.example.com\nTo: {rcpt}\nSubject: invitation\nMessage-ID: {INV_ID}\n")
    msg.attach(hdrs)
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example>"
    msg["To"] = token(n)
    msg["Subject"] = "Undelivered Mail Returned to Sender" if lang == "en" else hdr("系统退信", "utf-8")
    msg["Date"] = date(n, lang)
    msg["Message-ID"] = f"<{BATCH}.{n:03d}.bounce@mx.example>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    return msg, "report/utf-8/base64"


def main():
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for old in HERE.glob("*.eml"):
        old.unlink()
    for i, (lang, client, intent, slot, body, quote) in enumerate(REPLIES, 1):
        if client.startswith("bounce"):
            msg, fmt = bounce(i, lang)
        elif client in AUTO:
            msg, fmt = auto(i, lang, client, body)
        else:
            msg, fmt = reply(i, lang, client, body, quote)
        fname = f"{i:03d}-{lang}-{client}-{intent}.eml"
        (HERE / fname).write_bytes(msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        rows.append("\t".join([fname, intent, str(slot or ""), lang, client, fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows) - 1, "replies written")


if __name__ == "__main__":
    main()
