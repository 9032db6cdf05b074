"""How each mail client builds a reply (written from knowledge of the clients, not from the reader)."""

from __future__ import annotations

import base64
import hashlib
import html as H
import quopri
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
CST = timezone(timedelta(hours=8))
UTC = timezone.utc

INV = {
    "zh": {
        "subject": "重新面试邀请 · 电商客服专员",
        "from_name": "HR 招聘组",
        "from_addr": "hr@hr.example.com",
        "to_name": "张三",
        "date": datetime(2026, 11, 27, 9, 30, 12, tzinfo=CST),
    },
    "en": {
        "subject": "Re-interview invitation – Support desk",
        "from_name": "Recruiting",
        "from_addr": "hr@hr.example.com",
        "to_name": "Alice Smith",
        "date": datetime(2026, 11, 27, 9, 30, 12, tzinfo=UTC),
    },
}
INV_ID = "<invitation-1@hr.example.com>"


def inv_text(lang: str) -> str:
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


def inv_html(lang: str) -> str:
    raw = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    body = raw.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    return body.strip()


# ---------------------------------------------------------------- encoding helpers
def ew(s: str, cs: str = "utf-8") -> str:
    """RFC 2047 encoded words (B), split so each word stays short."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def addr(name: str, email: str, cs: str = "utf-8", quote: bool = False) -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or " " in name else f"{name} <{email}>"
    return f'"{ew(name, cs)}" <{email}>' if quote else f"{ew(name, cs)} <{email}>"


def enc_body(text: str, cs: str, cte: str) -> str:
    data = text.encode(cs, errors="replace")
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii") + "\n"
    if cte == "8bit":
        return text + "\n"
    return text + "\n"


def leaf(ctype: str, cs: str, cte: str, text: str, extra: str = "") -> str:
    cs_q = f'charset="{cs}"' if '"' not in cs else cs
    head = f"Content-Type: {ctype}; {cs_q}{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + enc_body(text, cs, cte)


def multipart(sub: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    out = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def fits(cs: str, *texts: str) -> bool:
    try:
        for t in texts:
            t.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def hexid(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rfcdate(d: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return (
        f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} "
        f"{d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    )


WEEK_ZH = "一二三四五六日"


def zh_ampm(d: datetime) -> str:
    return f"{'上午' if d.hour < 12 else '下午'}{d.hour if d.hour <= 12 else d.hour - 12}:{d.minute:02d}"


def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def lines_html(text: str, tag: str = "div", style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    out = []
    for l in text.split("\n"):
        out.append(f"<{tag}{st}>{H.escape(l) if l else '<br>'}</{tag}>")
    return "".join(out)


def br_html(text: str) -> str:
    return "<br>".join(H.escape(l) for l in text.split("\n"))


# ---------------------------------------------------------------- message assembly
class R:
    """One reply being built."""

    def __init__(self, n: int, spec: dict, batch: str):
        self.n = n
        self.spec = spec
        self.lang = spec["lang"]
        self.inv = INV[self.lang]
        self.text = spec["text"]
        self.quote = spec.get("quote", True)
        self.sig = spec.get("sig", "")
        self.name = spec.get("name", "")
        self.email = spec.get("email", "")
        self.token = f"reply+r{n}.s{1 + n % 4}.{hexid(batch + str(n), 6)}@hr.example.com"
        base = self.inv["date"]
        self.date = base + timedelta(minutes=37 + (n * 97) % (60 * 60))
        if self.lang == "en" and spec.get("tz8", True):
            self.date = self.date.astimezone(CST)
        self.seed = f"{batch}-{n}"

    def bnd(self, k: int = 0) -> str:
        return hexid(self.seed + "b" + str(k), 24)


def assemble(headers: list[tuple[str, str]], body: str) -> bytes:
    out = "".join(f"{k}: {v}\n" for k, v in headers)
    msg = out + body
    return msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def common(
    r: R,
    subject: str,
    cs: str,
    *,
    refs: bool = True,
    name_quote: bool = False,
    msgid: str,
    extra: list[tuple[str, str]] | None = None,
    date: str | None = None,
) -> list[tuple[str, str]]:
    h = [
        ("From", addr(r.name, r.email, cs, quote=name_quote)),
        ("To", addr(r.inv["from_name"], r.token, cs, quote=name_quote)),
        ("Subject", ew(subject, cs)),
        ("Date", date or rfcdate(r.date)),
        ("Message-ID", msgid),
    ]
    if refs:
        h += [("In-Reply-To", INV_ID), ("References", INV_ID)]
    h += extra or []
    h.append(("MIME-Version", "1.0"))
    return h


# ---------------------------------------------------------------- clients
def qq_web(r: R) -> bytes:
    cs = "gb18030"
    inv = r.inv
    d = inv["date"]
    hdr_txt = (
        f"------------------\u00a0原始邮件\u00a0------------------\n"
        f'发件人: "{inv["from_name"]}"<{inv["from_addr"]}>;\n'
        f"发送时间: {d.year}年{d.month}月{d.day}日(星期{WEEK_ZH[d.weekday()]}) {zh_ampm(d)}\n"
        f'收件人: "{r.name}"<{r.email}>;\n\n'
        f"主题: {inv['subject']}\n\n\n\n"
    )
    txt = r.text + ("\n" + r.sig if r.sig else "")
    htm = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + lines_html(txt)
    if r.quote:
        txt += "\n\n\n\n\n" + hdr_txt + inv_text(r.lang)
        htm += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{H.escape(inv["from_name"])}"&lt;{inv["from_addr"]}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{d.year}年{d.month}月{d.day}日(星期{WEEK_ZH[d.weekday()]}) {zh_ampm(d)}</div>"
            f'<div><b>收件人:</b>&nbsp;"{H.escape(r.name)}"&lt;{r.email}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{H.escape(inv['subject'])}</div></div><div><br></div>" + inv_html(r.lang)
        )
    b = r.bnd()
    body = multipart(
        "alternative",
        f"----=_NextPart_{b[:8].upper()}_{b[8:16].upper()}_{b[16:].upper()}",
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
        preamble="This is a multi-part message in MIME format.",
    )
    h = common(
        r,
        "回复：" + inv["subject"],
        cs,
        name_quote=True,
        msgid=f"<tencent_{hexid(r.seed, 32).upper()}@qq.com>",
        extra=[
            ("X-Priority", "3"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
        ],
    )
    return assemble(h, body)


def qq_app(r: R) -> bytes:
    """QQ Mail app (iOS/Android): English 'Original' block in a grey div."""
    cs = "utf-8"
    inv = r.inv
    d = inv["date"]
    sig = r.sig
    txt = r.text + ("\n\n" + sig if sig else "")
    htm = lines_html(txt)
    if r.quote:
        qh = (
            f"------------------ Original ------------------\n"
            f"From: {inv['from_name']} <{inv['from_addr']}>\n"
            f"Date: {d:%a},{d:%b} {d.day},{d.year} {d:%-I:%M} {d:%p}\n"
            f"To: {r.name} <{r.email}>\n"
            f"Subject: Re: {inv['subject']}\n\n"
        )
        txt += "\n\n\n" + qh + inv_text(r.lang)
        htm += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;Original&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f"<div><b>From: </b>&nbsp;{H.escape(inv['from_name'])} &lt;{inv['from_addr']}&gt;</div>"
            f"<div><b>Date: </b>&nbsp;{d:%a},{d:%b} {d.day},{d.year} {d:%-I:%M} {d:%p}</div>"
            f"<div><b>To: </b>&nbsp;{H.escape(r.name)} &lt;{r.email}&gt;<wbr></div>"
            f"<div><b>Subject: </b>&nbsp;Re: {H.escape(inv['subject'])}</div></div><div>&nbsp;</div>" + inv_html(r.lang)
        )
    body = multipart(
        "alternative",
        "----=_NextPart_" + r.bnd().upper()[:24],
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
    )
    h = common(
        r,
        "回复：" + inv["subject"],
        cs,
        msgid=f"<tencent_{hexid(r.seed, 32).upper()}@qq.com>",
        extra=[
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", r.spec.get("xmailer", "iPhone QQMail 6.5.4")),
            ("X-QQ-Mailer", "QQMail 2.x"),
        ],
    )
    return assemble(h, body)


def wecom(r: R) -> bytes:
    """WeCom (企业微信) mail, Tencent Exmail under the hood: 原始邮件 block."""
    cs = "utf-8"
    inv = r.inv
    d = inv["date"]
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    htm = lines_html(txt)
    if r.quote:
        txt += (
            "\n\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{inv["from_name"]}"<{inv["from_addr"]}>\n'
            f"发送时间: {d.year}年{d.month}月{d.day}日(星期{WEEK_ZH[d.weekday()]}) {d:%H:%M}\n"
            f'收件人: "{r.name}"<{r.email}>\n主题: {inv["subject"]}\n\n' + inv_text(r.lang)
        )
        htm += (
            '<div><br></div><div class="xm_compose_origin_mail_container"><div><br></div>'
            '<div style="font-size: 12px;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{H.escape(inv["from_name"])}"&lt;{inv["from_addr"]}&gt;</div>'
            f"<div><b>发送时间:</b>&nbsp;{d.year}年{d.month}月{d.day}日(星期{WEEK_ZH[d.weekday()]}) {d:%H:%M}</div>"
            f'<div><b>收件人:</b>&nbsp;"{H.escape(r.name)}"&lt;{r.email}&gt;</div>'
            f"<div><b>主题:</b>&nbsp;{H.escape(inv['subject'])}</div></div><div><br></div>"
            + inv_html(r.lang)
            + "</div>"
        )
    body = multipart(
        "alternative",
        "----=_NextPart_" + r.bnd().upper()[:24],
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
    )
    h = common(
        r,
        "回复：" + inv["subject"],
        cs,
        name_quote=True,
        msgid=f"<tencent_{hexid(r.seed, 32).upper()}@qq.com>",
        extra=[("X-Mailer", "WeCom Mail"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")],
    )
    return assemble(h, body)


def netease_web(r: R) -> bytes:
    """163/126 webmail (Coremail): 在 ... 写道： + blockquote#isReplyContent, GBK base64."""
    cs = "GBK"
    inv = r.inv
    d = inv["date"]
    attr = f'在 {d:%Y-%m-%d %H:%M:%S}，"{inv["from_name"]}" <{inv["from_addr"]}> 写道：'
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    inner = lines_html(txt, "div")
    if r.quote:
        txt += "\n\n\n\n\n\n\n\n\n" + attr + "\n" + inv_text(r.lang)
        inner += (
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'<pre><br>{H.escape(attr)}<br></pre><blockquote id="isReplyContent" '
            'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + inv_html(r.lang)
            + "</blockquote>"
        )
    htm = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{inner}</div>'
    dom = r.email.split("@")[1]
    prefix = "Re:" if dom == "163.com" and r.n % 2 else "回复:"
    body = multipart(
        "alternative",
        "----=_Part_"
        + str(int(hexid(r.seed, 8), 16))
        + "_"
        + str(int(hexid(r.seed + "x", 8), 16))
        + "."
        + str(1796000000000 + r.n),
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
    )
    h = common(
        r,
        prefix + inv["subject"],
        cs,
        name_quote=True,
        msgid=f"<{hexid(r.seed, 6)}.{hexid(r.seed + 'm', 4)}.{hexid(r.seed + 'k', 11)}.Coremail.{r.email.split('@')[0]}@{dom}>",
        extra=[
            ("X-Priority", "3"),
            (
                "X-Mailer",
                f"Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn {dom.split('.')[0]}com",
            ),
            ("X-NTES-SC", "AL_Qu2cAPmYu0sv5iSQZOkfmk8Sg+85X8O5v/Qi2YZXOp80tSrm3Q4c"),
        ],
    )
    return assemble(h, body)


def mailmaster(r: R) -> bytes:
    """NetEase Mail Master (网易邮箱大师) app: '---- 回复的原邮件 ----' card table."""
    cs = "utf-8"
    inv = r.inv
    d = inv["date"]
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    htm = lines_html(txt, "div", "")
    if r.quote:
        txt += (
            "\n\n\n---- 回复的原邮件 ----\n"
            f"| 发件人 | {inv['from_name']}<{inv['from_addr']}> |\n"
            f"| 日期 | {d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M} |\n"
            f"| 收件人 | {r.name}<{r.email}> |\n"
            f"| 主题 | {inv['subject']} |\n" + inv_text(r.lang)
        )
        htm += (
            '<div><br></div><div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;'
            "padding-bottom:6px;border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;"
            'font-family:\'微软雅黑\';"><div style="font-size:14px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
            '<span>---- 回复的原邮件 ----</span></div><table class="J-reply-header" style="background-color:#f2f2f2;'
            'font-size:14px;color:black;line-height:1.5;word-break:break-all;border-collapse:collapse;margin:5px 10px">'
            f'<tbody><tr><td style="width:50px">发件人</td><td>{H.escape(inv["from_name"])}&lt;{inv["from_addr"]}&gt;</td></tr>'
            f"<tr><td>日期</td><td>{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}</td></tr>"
            f"<tr><td>收件人</td><td>{H.escape(r.name)}&lt;{r.email}&gt;</td></tr>"
            f"<tr><td>主题</td><td>{H.escape(inv['subject'])}</td></tr></tbody></table></div>" + inv_html(r.lang)
        )
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + htm
        + "</body></html>"
    )
    body = multipart(
        "alternative",
        "----=_Part_" + r.bnd()[:20],
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
    )
    h = common(
        r,
        "回复：" + inv["subject"],
        cs,
        msgid=f"<{hexid(r.seed, 8)}.{hexid(r.seed + 'q', 4)}.{hexid(r.seed + 'z', 11)}@{r.email.split('@')[1]}>",
        extra=[("X-Mailer", r.spec.get("xmailer", "MailMasterAndroid/7.18.6"))],
    )
    return assemble(h, body)


def foxmail(r: R) -> bytes:
    """Foxmail 7.2 (Windows): signature line, grey 发件人：/发送时间：/收件人：/主题： box, GB2312 base64."""
    cs = "GB2312" if r.spec.get("gb2312ok", True) else "GBK"
    inv = r.inv
    d = inv["date"]
    sig = r.sig or r.email
    txt = r.text + "\n\n\n\n" + sig
    htm = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset='
        + cs
        + '"><style>body { line-height: 1.5; }'
        "body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n"
        + lines_html(r.text)
        + '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{H.escape(sig)}</div></div></span></div>'
    )
    if r.quote:
        txt += (
            f"\n \n发件人： {inv['from_name']}\n发送时间： {d:%Y-%m-%d %H:%M}\n"
            f"收件人： {r.name}\n主题： {inv['subject']}\n" + inv_text(r.lang)
        )
        htm += (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
            'PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>发件人：</b>&nbsp;<a href="mailto:{inv["from_addr"]}">{H.escape(inv["from_name"])}</a></div>'
            f"<div><b>发送时间：</b>&nbsp;{d:%Y-%m-%d}&nbsp;{d:%H:%M}</div>"
            f'<div><b>收件人：</b>&nbsp;<a href="mailto:{r.email}">{H.escape(r.name)}</a></div>'
            f"<div><b>主题：</b>&nbsp;{H.escape(inv['subject'])}</div></div></div><div><div>"
            + inv_html(r.lang)
            + "</div></div></blockquote>"
        )
    htm += "\n</body></html>"
    if cs == "GB2312" and not fits(cs, txt, htm, inv["subject"], r.name):
        cs = "GBK"
        htm = htm.replace("charset=GB2312", "charset=GBK")
    body = multipart(
        "alternative",
        "----=_001_NextPart" + str(int(hexid(r.seed, 10), 16))[:12] + "_=----",
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "quoted-printable", htm)],
        preamble="This is a multi-part message in MIME format.",
    )
    ts = r.date.strftime("%Y%m%d%H%M%S")
    h = common(
        r,
        "回复: " + inv["subject"],
        cs,
        msgid=f"<{ts}{int(hexid(r.seed, 6), 16) % 10**7:07d}@{r.email.split('@')[1]}>",
        extra=[
            ("X-Priority", "3"),
            (
                "X-GUID",
                hexid(r.seed + "g", 8).upper()
                + "-"
                + hexid(r.seed + "h", 4).upper()
                + "-4B2C-9E5F-"
                + hexid(r.seed + "i", 12).upper(),
            ),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.25.331[cn]"),
        ],
    )
    return assemble(h, body)


def outlook_desktop(r: R) -> bytes:
    """Outlook (Windows, zh-CN UI): 答复:, header block with border-top, gb2312 QP/base64."""
    cs = "gb2312"
    inv = r.inv
    d = inv["date"]
    en = r.spec.get("ui") == "en"
    if en:
        labels = ("From:", "Sent:", "To:", "Subject:")
        sent = f"{d:%A}, {d:%B} {d.day}, {d.year} {d:%-I:%M} {d:%p}"
        prefix = "RE: "
        cs = "us-ascii" if all(ord(c) < 128 for c in r.text + inv_text(r.lang)) else "utf-8"
    else:
        labels = ("发件人:", "发送时间:", "收件人:", "主题:")
        sent = f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d:%M}"
        prefix = "答复: "
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    body_html = "".join(
        f"<p class=MsoNormal><span lang=ZH-CN style='font-family:\"微软雅黑\",sans-serif'>{H.escape(l) if l else '<o:p>&nbsp;</o:p>'}</span></p>"
        for l in txt.split("\n")
    )
    if r.quote:
        txt += (
            f"\n\n{labels[0]} {inv['from_name']} <{inv['from_addr']}> \n{labels[1]} {sent}\n"
            f"{labels[2]} {r.name} <{r.email}>\n{labels[3]} {inv['subject']}\n\n" + inv_text(r.lang)
        )
        body_html += (
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b><span lang=ZH-CN>{labels[0]}</span></b> {H.escape(inv['from_name'])} &lt;{inv['from_addr']}&gt; <br>"
            f"<b>{labels[1]}</b> {sent}<br><b>{labels[2]}</b> {H.escape(r.name)} &lt;{r.email}&gt;<br>"
            f"<b>{labels[3]}</b> {H.escape(inv['subject'])}<o:p></o:p></p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            + inv_html(r.lang)
        )
    htm = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset='
        + cs
        + '">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\n'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\t"
        'font-size:10.5pt;\n\tfont-family:等线;}\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
        "style='text-justify-trim:punctuation'><div class=WordSection1>" + body_html + "</div></body></html>"
    )
    if cs == "gb2312" and not fits(cs, txt, htm, inv["subject"], r.name):
        cs = "utf-8"
        htm = htm.replace("charset=gb2312", "charset=utf-8")
    cte = "base64" if cs != "us-ascii" else "quoted-printable"
    body = multipart(
        "alternative",
        "_000_" + hexid(r.seed, 40).upper() + "_",
        [
            leaf("text/plain", cs, cte, txt),
            leaf("text/html", cs, "quoted-printable" if cs == "us-ascii" else "base64", htm),
        ],
    )
    h = common(
        r,
        prefix + inv["subject"],
        cs,
        msgid=f"<{hexid(r.seed, 40).upper()}@{hexid(r.seed + 'o', 10).upper()}.namprd03.prod.outlook.com>"
        if r.email.endswith(("outlook.com", "hotmail.com"))
        else f"<000001db{hexid(r.seed, 4)}${hexid(r.seed + 'a', 8)}${hexid(r.seed + 'b', 8)}@{r.email.split('@')[1]}>",
        extra=[
            ("Thread-Topic", ew(inv["subject"], cs)),
            ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(hexid(r.seed + "t", 30))).decode()),
            ("Content-Language", "en-US" if en else "zh-CN"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    return assemble(h, body)


def outlook_mobile(r: R) -> bytes:
    cs = "utf-8"
    inv = r.inv
    d = inv["date"]
    en = r.lang == "en" or r.spec.get("ui") == "en"
    if en:
        labels = ("From:", "Sent:", "To:", "Subject:")
        sent = f"{d:%A}, {d:%B} {d.day}, {d.year} {d:%-I:%M:%S} {d:%p}"
        get = "Get Outlook for iOS<https://aka.ms/o0ukef>"
        geth = 'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a>'
        prefix = "Re: "
    else:
        labels = ("发件人:", "发送时间:", "收件人:", "主题:")
        sent = f"{d.year}年{d.month}月{d.day}日 星期{WEEK_ZH[d.weekday()]} {d:%H:%M}"
        get = "获取 Outlook for Android<https://aka.ms/AAb9ysg>"
        geth = '获取 <a href="https://aka.ms/AAb9ysg">Outlook for Android</a>'
        prefix = "回复: "
    txt = r.text + "\n\n" + (r.sig + "\n\n" if r.sig else "") + get
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">'
        + br_html(r.text)
        + "</div>"
        + (f'<div dir="auto">{br_html(r.sig)}</div>' if r.sig else "")
        + f'<div dir="auto"><br></div><div class="ms-outlook-mobile-signature"><div dir="auto">{geth}</div></div>'
    )
    if r.quote:
        txt += (
            f"\n________________________________\n{labels[0]} {inv['from_name']} <{inv['from_addr']}>\n{labels[1]} {sent}\n"
            f"{labels[2]} {r.name} <{r.email}>\n{labels[3]} {inv['subject']}\n\n" + inv_text(r.lang)
        )
        htm += (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>{labels[0]}</b> {H.escape(inv["from_name"])} &lt;{inv["from_addr"]}&gt;<br>'
            f"<b>{labels[1]}</b> {sent}<br><b>{labels[2]}</b> {H.escape(r.name)} &lt;{r.email}&gt;<br><b>{labels[3]}</b> {H.escape(inv['subject'])}</font>"
            "<div>&nbsp;</div></div>" + inv_html(r.lang)
        )
    htm += "</body></html>"
    body = multipart(
        "alternative",
        "_000_" + hexid(r.seed, 40).upper() + "_",
        [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "base64", htm)],
    )
    h = common(
        r,
        prefix + inv["subject"],
        cs,
        msgid=f"<{hexid(r.seed, 40).upper()}@{hexid(r.seed + 'o', 10).upper()}.apcprd06.prod.outlook.com>",
        extra=[
            ("Thread-Topic", ew(inv["subject"], cs)),
            ("Content-Language", "en-US" if en else "zh-CN"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
    )
    return assemble(h, body)


def iphone(r: R) -> bytes:
    """iOS Mail: text on top, 发自我的iPhone, '在 ...，... 写道：' and '>' quote; plain or alternative."""
    inv = r.inv
    d = inv["date"]
    en = r.spec.get("ui") == "en" or (r.lang == "en" and r.spec.get("ui") != "zh")
    if en:
        sigline = r.sig if r.sig else "Sent from my iPhone"
        attr = f"On {d:%b} {d.day}, {d.year}, at {d:%H:%M}, {inv['from_name']} <{inv['from_addr']}> wrote:"
        prefix = "Re: "
    else:
        sigline = r.sig if r.sig else "发自我的iPhone"
        attr = f"在 {d.year}年{d.month}月{d.day}日，{d:%H:%M}，{inv['from_name']} <{inv['from_addr']}> 写道："
        prefix = "回复："
    txt = r.text + "\n\n" + sigline
    if r.quote:
        txt += "\n\n> " + attr + "\n> \n" + quote_gt(inv_text(r.lang))
    cs = "utf-8"
    b = (
        "Apple-Mail-"
        + hexid(r.seed, 8).upper()
        + "-"
        + hexid(r.seed + "1", 4).upper()
        + "-4C1D-A2B3-"
        + hexid(r.seed + "2", 12).upper()
    )
    if r.spec.get("html") or r.n % 3 == 0:
        htm = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + "".join(f'<div dir="ltr">{H.escape(l) if l else "<br>"}</div>' for l in r.text.split("\n"))
            + f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{H.escape(sigline)}</div>'
        )
        if r.quote:
            htm += (
                f'<div dir="ltr"><br><blockquote type="cite">{H.escape(attr)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{inv_html(r.lang)}</div></blockquote>'
            )
        htm += "</div></body></html>"
        body = multipart(
            "alternative", b, [leaf("text/plain", cs, "base64", txt), leaf("text/html", cs, "quoted-printable", htm)]
        )
    else:
        body = leaf("text/plain", cs, "base64", txt)
    h = common(
        r,
        prefix + inv["subject"],
        cs,
        msgid=f"<{hexid(r.seed, 8).upper()}-{hexid(r.seed + 'u', 4).upper()}-4E6F-8A9B-{hexid(r.seed + 'v', 12).upper()}@{r.email.split('@')[1]}>",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
    )
    h = [(k, "1.0 (1.0)" if k == "MIME-Version" else v) for k, v in h]
    return assemble(h, body)


def android_vendor(r: R) -> bytes:
    """Huawei/Xiaomi/vivo/OPPO/Samsung stock mail: signature then -------- 原始邮件 -------- header block."""
    inv = r.inv
    d = inv["date"]
    vendor = r.spec["vendor"]
    sig = {
        "huawei": "发自我的华为手机",
        "honor": "发自我的荣耀手机",
        "xiaomi": "发自我的小米手机",
        "vivo": "发自我的vivo智能手机",
        "oppo": "发自我的OPPO手机",
        "samsung": "从我的三星Galaxy智能手机发送。",
    }[vendor]
    if r.sig:
        sig = r.sig
    txt = r.text + "\n\n" + sig
    htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + lines_html(
        txt
    )
    if r.quote:
        hb = (
            f"-------- 原始邮件 --------\n发件人： {inv['from_name']} <{inv['from_addr']}>\n"
            f"日期： {d.year}年{d.month}月{d.day}日周{WEEK_ZH[d.weekday()]} {zh_ampm(d)}\n"
            f"收件人： {r.name} <{r.email}>\n主题： {inv['subject']}\n\n"
        )
        txt += "\n\n\n" + hb + inv_text(r.lang)
        htm += "<div><br></div><div><br></div><div>" + br_html(hb.rstrip("\n")) + "</div><br>" + inv_html(r.lang)
    htm += "</body></html>"
    xm = {
        "huawei": "Huawei Mail",
        "honor": "Honor Email",
        "xiaomi": "MIUI Email",
        "vivo": "vivo Email",
        "oppo": "OPPO Mail",
        "samsung": "Samsung Mobile",
    }[vendor]
    prefix = "Re: " if vendor in ("samsung", "oppo") else "回复："
    body = multipart(
        "alternative",
        "--_com.android.email_" + str(int(hexid(r.seed, 12), 16))[:15],
        [leaf("text/plain", "utf-8", "base64", txt), leaf("text/html", "utf-8", "base64", htm)],
    )
    h = common(
        r,
        prefix + inv["subject"],
        "utf-8",
        msgid=f"<{hexid(r.seed, 10)}.{hexid(r.seed + 'w', 8)}@email.android.com>",
        extra=[("X-Mailer", xm)],
        refs=r.spec.get("refs", True),
    )
    return assemble(h, body)


def feishu(r: R) -> bytes:
    """Feishu / Lark Mail: header block quote in a history-quote wrapper, utf-8 QP."""
    inv = r.inv
    d = inv["date"]
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="word-break:break-word;font-family:system-ui;font-size:14px;line-height:1.6">' + lines_html(txt)
    )
    if r.quote:
        hb = (
            f'发件人: "{inv["from_name"]}"<{inv["from_addr"]}>\n'
            f"发送时间: {d.year}年{d.month}月{d.day}日(星期{WEEK_ZH[d.weekday()]}) {d:%H:%M}\n"
            f'收件人: "{r.name}"<{r.email}>\n主题: {inv["subject"]}'
        )
        txt += "\n\n" + hb + "\n\n" + inv_text(r.lang)
        htm += (
            '<div><br></div><div class="history-quote-wrapper" id="lark-mail-quote-' + hexid(r.seed, 20) + '">'
            '<div data-html-block="quote"><div style="border-left:none;padding-left:0px"><div class="adit-html-block adit-html-block--collapsed">'
            '<div style="padding:12px;background:rgb(245,246,247);color:rgb(31,35,41);border-radius:4px;margin-top:24px;margin-bottom:12px">'
            + lines_html(hb)
            + "</div>"
            + inv_html(r.lang)
            + "</div></div></div></div>"
        )
    htm += "</div></body></html>"
    body = multipart(
        "alternative",
        hexid(r.seed, 28),
        [leaf("text/plain", "UTF-8", "quoted-printable", txt), leaf("text/html", "UTF-8", "quoted-printable", htm)],
    )
    h = common(
        r,
        "回复: " + inv["subject"],
        "UTF-8",
        msgid=f"<{hexid(r.seed, 32)}@larksuite.com>",
        extra=[
            ("X-Lms-Return-Path", "<lba+" + hexid(r.seed, 12) + "@" + r.email.split("@")[1] + ">"),
            ("X-Mailer", "Lark Mail"),
        ],
    )
    return assemble(h, body)


def gmail(r: R) -> bytes:
    inv = r.inv
    d = inv["date"]
    zh_ui = r.spec.get("ui") == "zh"
    if zh_ui:
        attr = f"{inv['from_name']} <{inv['from_addr']}> 于{d.year}年{d.month}月{d.day}日周{WEEK_ZH[d.weekday()]} {zh_ampm(d)}写道："
    else:
        attr = f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {inv['from_name']} <{inv['from_addr']}> wrote:"
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    htm = '<div dir="ltr">' + br_html(txt) + "</div>"
    if r.quote:
        txt += "\n\n" + attr + "\n\n" + quote_gt(inv_text(r.lang))
        htm += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + H.escape(attr)
            .replace(" &lt;", ' &lt;<a href="mailto:' + inv["from_addr"] + '">')
            .replace("&gt; ", "</a>&gt; ", 1)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + inv_html(r.lang)
            + "</blockquote></div>"
        )
    cs = "UTF-8"
    ascii_only = all(ord(c) < 128 for c in txt)
    cte = "7bit" if ascii_only else ("quoted-printable" if r.n % 2 else "base64")
    body = multipart(
        "alternative",
        "000000000000" + hexid(r.seed, 16),
        [leaf("text/plain", cs, cte, txt), leaf("text/html", cs, "quoted-printable", htm)],
    )
    h = common(
        r,
        "Re: " + inv["subject"],
        "UTF-8",
        msgid=f"<CA{base64.b64encode(bytes.fromhex(hexid(r.seed, 60))).decode().replace('/', '_').replace('+', '-')}@mail.gmail.com>",
    )
    h = [(k, v) for k, v in h]
    return assemble(h, body)


def apple_mail(r: R) -> bytes:
    """macOS Mail: plain text, '> On ..., at ..., X wrote:' (or zh UI)."""
    inv = r.inv
    d = inv["date"]
    if r.spec.get("ui") == "zh":
        attr = f"{inv['from_name']} <{inv['from_addr']}> 于{d.year}年{d.month}月{d.day}日 {d:%H:%M} 写道："
        prefix = "回复："
    else:
        attr = f"On {d.day} Nov {d.year}, at {d:%H:%M}, {inv['from_name']} <{inv['from_addr']}> wrote:"
        prefix = "Re: "
    txt = r.text + ("\n\n" + r.sig if r.sig else "")
    if r.quote:
        txt += "\n\n> " + attr + "\n> \n" + quote_gt(inv_text(r.lang))
    ascii_only = all(ord(c) < 128 for c in txt)
    body = leaf("text/plain", "utf-8" if not ascii_only else "us-ascii", "quoted-printable", txt)
    h = common(
        r,
        prefix + inv["subject"],
        "utf-8",
        msgid=f"<{hexid(r.seed, 8).upper()}-{hexid(r.seed + 'm', 4).upper()}-4A3B-9C8D-{hexid(r.seed + 'n', 12).upper()}@{r.email.split('@')[1]}>",
        extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    )
    h = [(k, "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))" if k == "MIME-Version" else v) for k, v in h]
    return assemble(h, body)


# ---------------------------------------------------------------- automated
def auto_reply(r: R) -> bytes:
    kind = r.spec["auto"]
    inv = r.inv
    subj_prefix = {
        "qq": "自动回复: ",
        "netease": "自动回复：",
        "exchange": "自动答复: ",
        "exchange_en": "Automatic reply: ",
        "gmail": "Re: ",
        "feishu": "自动回复: ",
    }[kind]
    extra: list[tuple[str, str]] = []
    cs = "utf-8"
    if kind == "exchange" or kind == "exchange_en":
        extra = [
            ("Thread-Topic", ew(inv["subject"], "utf-8")),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", r.email),
            ("Content-Language", "zh-CN" if kind == "exchange" else "en-US"),
        ]
        cs = "gb2312" if kind == "exchange" else "us-ascii"
    elif kind == "gmail":
        extra = [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    elif kind == "netease":
        extra = [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14")]
        cs = "GBK"
    elif kind == "qq":
        extra = [
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
            ("X-QQ-MailFrom", "autoreply"),
        ]
        cs = "gb18030"
    elif kind == "feishu":
        extra = [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Lark Mail")]
    if cs not in ("us-ascii", "utf-8") and not fits(cs, r.text, inv["subject"]):
        cs = "utf-8"
    body = multipart(
        "alternative",
        "----=_Auto_" + r.bnd()[:20],
        [
            leaf("text/plain", cs, "base64" if cs != "us-ascii" else "7bit", r.text),
            leaf(
                "text/html",
                cs,
                "base64" if cs != "us-ascii" else "7bit",
                "<html><body>" + lines_html(r.text) + "</body></html>",
            ),
        ],
    )
    h = common(
        r,
        subj_prefix + inv["subject"],
        cs if cs != "us-ascii" else "utf-8",
        msgid=f"<auto-{hexid(r.seed, 20)}@{r.email.split('@')[1]}>",
        extra=extra,
    )
    return assemble(h, body)


def bounce(r: R) -> bytes:
    inv = r.inv
    b = r.bnd()
    rcpt = r.email
    txt = r.text.replace("{rcpt}", rcpt)
    report = (
        f"Reporting-MTA: dns; {r.spec['mta']}\nArrival-Date: {rfcdate(inv['date'])}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown\n"
    )
    orig_headers = (
        f"From: {ew(inv['from_name'])} <{inv['from_addr']}>\nTo: {rcpt}\nSubject: {ew(inv['subject'])}\n"
        f"Message-ID: {INV_ID}\nDate: {rfcdate(inv['date'])}\n"
    )
    parts = [
        leaf("text/plain", "utf-8", "base64", txt),
        "Content-Type: message/delivery-status\n\n" + report,
        "Content-Type: text/rfc822-headers\n\n" + orig_headers,
    ]
    body = multipart("report; report-type=delivery-status", b, parts)
    h = [
        ("From", f"MAILER-DAEMON@{r.spec['mta']} (Mail Delivery System)"),
        ("To", r.token),
        ("Subject", ew(r.spec.get("subject", "Undelivered Mail Returned to Sender"))),
        ("Date", rfcdate(r.date)),
        ("Message-ID", f"<{hexid(r.seed, 20)}@{r.spec['mta']}>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return assemble(h, body)


CLIENTS = {
    "qq-web": qq_web,
    "qq-app": qq_app,
    "wecom": wecom,
    "163-web": netease_web,
    "126-web": netease_web,
    "mailmaster": mailmaster,
    "foxmail": foxmail,
    "outlook-zh": outlook_desktop,
    "outlook-en": outlook_desktop,
    "outlook-mobile-zh": outlook_mobile,
    "outlook-ios": outlook_mobile,
    "iphone-zh": iphone,
    "iphone": iphone,
    "android": android_vendor,
    "feishu": feishu,
    "gmail": gmail,
    "gmail-zh": gmail,
    "apple-mail": apple_mail,
    "apple-mail-zh": apple_mail,
    "auto": auto_reply,
    "bounce": bounce,
}
