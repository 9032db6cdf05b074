"""How each mail client builds its reply (headers, quote style, MIME, charset, transfer encoding).

Written from knowledge of how these clients behave; a tiny serializer keeps full control of the bytes.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {l: (CORPUS / f"invitation.{l}.txt").read_text(encoding="utf-8") for l in ("zh", "en")}
_raw = {l: (CORPUS / f"invitation.{l}.html").read_text(encoding="utf-8") for l in ("zh", "en")}
INV_BODY = {l: re.search(r"<body[^>]*>(.*)</body>", s, re.S).group(1).strip() for l, s in _raw.items()}
INV_SUBJ = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
INV_FROM = {
    "zh": ("重新面试服务", "reinterview@hr.example.com"),
    "en": ("Re-interview service", "reinterview@hr.example.com"),
}
INV_TO = {"zh": ("张三", "zhangsan@example.cn"), "en": ("Alice Smith", "alice.smith@example.com")}
INV_ID = "<invitation-1@hr.example.com>"


# ---------------------------------------------------------------- serializer
def enc_word(s: str, charset: str = "utf-8", b: bool = True) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    data = s.encode(charset)
    if b:
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    return Header(s, charset).encode()


def addr(name: str, email: str, charset: str = "utf-8", quote: bool = True) -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote else f"{name} <{email}>"
    return f'"{enc_word(name, charset)}" <{email}>' if quote else f"{enc_word(name, charset)} <{email}>"


def body_bytes(text: str, charset: str, cte: str) -> bytes:
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\n", b"\r\n"))
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw.replace(b"\n", b"\r\n")


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    body = body_bytes(text, charset, cte)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return head.encode() + body


def multipart(sub: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    out = f'Content-Type: multipart/{sub};{extra}\r\n\tboundary="{boundary}"\r\n\r\n'.encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p
    out += f"--{boundary}--\r\n".encode()
    return out


def message(headers: list[tuple[str, str]], mime: bytes) -> bytes:
    out = b""
    for k, v in headers:
        out += f"{k}: {v}\r\n".encode("ascii")
    out += b"MIME-Version: 1.0\r\n"
    return out + mime


# ---------------------------------------------------------------- helpers
def html_lines(text: str, tag: str = "div") -> str:
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{html.escape(line) if line else '<br>'}</{tag}>")
    return "".join(out)


def gt(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def std_headers(
    c: dict,
    subject: str,
    charset: str = "utf-8",
    xmailer: str | None = None,
    refs: bool = True,
    extra: list | None = None,
) -> list:
    h = [
        ("From", addr(c["name"], c["email"], charset)),
        ("To", c["to"]),
        ("Subject", enc_word(subject, charset)),
        ("Date", c["date"]),
        ("Message-ID", c["msgid"]),
    ]
    if refs:
        h += [("In-Reply-To", INV_ID), ("References", INV_ID)]
    if xmailer:
        h.append(("X-Mailer", xmailer))
    return h + (extra or [])


def compose(c, plain_top, quote_plain, html_top, quote_html, sep_plain="\n\n", sep_html=""):
    """Reply placed according to c['quote']."""
    q = c["quote"]
    if q == "none":
        return plain_top, html_top
    if q == "bottom":
        return quote_plain + "\n\n" + plain_top, quote_html + html_top
    return plain_top + sep_plain + quote_plain, html_top + sep_html + quote_html


def wrap_html(inner: str, meta: bool = True) -> str:
    m = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' if meta else ""
    return f"<html><head>{m}</head><body>{inner}</body></html>"


# ---------------------------------------------------------------- zh clients
def qq_web(c):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    hdr_plain = (
        f'------------------ 原始邮件 ------------------\n发件人: "{fn}"<{fe}>;\n'
        f'发送时间: 2026年11月23日(星期一) 上午10:02\n收件人: "{tn}"<{te}>;\n\n主题: {INV_SUBJ[lang]}\n\n'
    )
    plain_q = hdr_plain + INV_TXT[lang]
    hdr_html = (
        '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        "------------------&nbsp;原始邮件&nbsp;------------------</div>"
        '<div style="font-size: 12px;background:#efefef;padding:8px;">'
        f'<div><b>发件人:</b>&nbsp;"{fn}"&lt;{fe}&gt;;</div>'
        "<div><b>发送时间:</b>&nbsp;2026年11月23日(星期一) 上午10:02</div>"
        f'<div><b>收件人:</b>&nbsp;"{tn}"&lt;{te}&gt;;<wbr></div><div></div>'
        f"<div><b>主题:</b>&nbsp;{INV_SUBJ[lang]}</div></div><div><br></div>"
    )
    p, h = compose(c, c["text"], plain_q, html_lines(c["text"]), hdr_html + INV_BODY[lang])
    h = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{h}'
    cs = "GB18030"
    mime = multipart(
        "alternative",
        f"----=_NextPart_6A3B{c['n']:04d}_0E2F1A40_57C1D2E3",
        [leaf("text/plain", p, cs, "base64"), leaf("text/html", h, cs, "base64")],
    )
    return message(
        std_headers(
            c,
            "回复：" + INV_SUBJ[lang],
            cs,
            extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")],
        ),
        mime,
    )


def qq_app(c):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    sig = "\n\n\n\n发自我的iPhone" if c["n"] % 2 else "\n\n\n\n发自QQ邮箱手机版"
    text = c["text"] + sig
    plain_q = (
        f"------------------ 原始邮件 ------------------\n发件人: {fn} <{fe}>\n发送时间: 2026年11月23日 10:02\n"
        f"收件人: {INV_TO[lang][0]} <{INV_TO[lang][1]}>\n主题: {INV_SUBJ[lang]}\n\n"
    ) + INV_TXT[lang]
    html_q = (
        '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        '------------------ 原始邮件 ------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
        f"<div><b>发件人:</b> {fn} &lt;{fe}&gt;</div><div><b>发送时间:</b> 2026年11月23日 10:02</div>"
        f"<div><b>收件人:</b> {INV_TO[lang][0]} &lt;{INV_TO[lang][1]}&gt;</div><div><b>主题:</b> {INV_SUBJ[lang]}</div></div>"
        f"<div><br></div>{INV_BODY[lang]}"
    )
    p, h = compose(c, text, plain_q, html_lines(text), html_q)
    mime = multipart(
        "alternative",
        f"----=_NextPart_{c['n']:04d}A1B2C3D4E5F6",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, "回复：" + INV_SUBJ[lang], "utf-8", "QQMail_iPhone 6.6.1"), mime)


def qq_card(c):
    """Newer QQ Mail app: the original shown as a grey card with 原始邮件 header lines (no dashes)."""
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    plain_q = (
        f"原始邮件\n\n发件人：{fn} <{fe}>\n发件时间：2026年11月23日 10:02\n收件人：{INV_TO[lang][0]} <{INV_TO[lang][1]}>\n"
        f"主题：{INV_SUBJ[lang]}\n\n"
    ) + INV_TXT[lang]
    html_q = (
        '<div class="xm_compose_origin_mail_container"><div style="height:1px;background:#e8e8e8;margin:20px 0"></div>'
        '<div style="font-size:12px;color:#888;background:#f7f7f7;border-radius:6px;padding:10px 12px;">'
        '<div style="font-weight:bold;color:#333;">原始邮件</div>'
        f"<div>发件人：{fn} &lt;{fe}&gt;</div><div>发件时间：2026年11月23日 10:02</div>"
        f"<div>收件人：{INV_TO[lang][0]} &lt;{INV_TO[lang][1]}&gt;</div><div>主题：{INV_SUBJ[lang]}</div></div>"
        f'<div style="margin-top:10px">{INV_BODY[lang]}</div></div>'
    )
    p, h = compose(c, c["text"], plain_q, f'<div style="font-size:14px">{html_lines(c["text"])}</div>', html_q)
    mime = multipart(
        "alternative",
        f"----=_NextPart_{c['n']:04d}F00DBEEF",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, "回复：" + INV_SUBJ[lang], "utf-8", "QQMail_Android 6.5.2"), mime)


def wechat_paste(c):
    """Text typed in WeChat and pasted into the QQ Mail app (WeChat emoji codes survive as [..])."""
    return qq_app(dict(c, text=c["text"]))


def _netease(c, domain):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    attrib = f'在 2026-11-23 10:02:11，"{fn}" <{fe}> 写道：'
    plain_q = attrib + "\n" + gt(INV_TXT[lang])
    html_q = (
        '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
        f'<pre><br>在 2026-11-23 10:02:11，"{fn}" &lt;{fe}&gt; 写道：<br></pre>'
        '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
        f"{INV_BODY[lang]}</blockquote>"
    )
    top = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{html_lines(c["text"])}'
    p, h = compose(c, c["text"], plain_q, top, html_q + "</div>")
    if c["quote"] == "none":
        h += "</div>"
    cs = "GBK"
    mime = multipart(
        "alternative",
        f"----=_Part_{c['n'] * 7919}_{c['n'] * 104729}.1764000000000",
        [
            leaf("text/plain", p, cs, "base64"),
            leaf("text/html", h + '<br><br><span title="neteasefooter"><p>&nbsp;</p></span>', cs, "base64"),
        ],
    )
    return message(
        std_headers(
            c,
            "Re:" + INV_SUBJ[lang],
            cs,
            f"Coremail Webmail Server Version XT5.0.14 build 20230109({domain})",
            extra=[
                (
                    "X-NTES-SC",
                    "AL_Qu2bBP+bvE8j4yScYOkXn0oTju85XMCzuPkg1YJXOp80tyXoxQ4dY0NvM0X93sOkKjyQvTuZUAVLxsFWQL98UYEVc/1jVtn55YpBEjjZV7R1mw==",
                )
            ],
        ),
        mime,
    )


def n163_web(c):
    return _netease(c, "163com")


def n126_web(c):
    return _netease(c, "126com")


def mailmaster_pc(c):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    top = html_lines(c["text"])
    sig = (
        '<div><br></div><div style="font-size:12px;color:#888">'
        + html.escape(c["name"])
        + '</div><div style="font-size:12px;color:#888">'
        + c["email"]
        + "</div>"
    )
    html_q = (
        '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;'
        "-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:'微软雅黑';\">"
        '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
        '在 <span class="mail-date">2026年11月23日 10:02</span>，'
        f'<a class="mail-from" style="text-decoration:none;color:#2a83f2;" href="mailto:{fe}">{fn}&lt;{fe}&gt;</a> 写道：</div></div>'
        f'<blockquote id="ntes-pcmail-quote" style="margin: 0; padding: 0; font-size: 14px; font-family: \'微软雅黑\';">{INV_BODY[lang]}</blockquote>'
    )
    plain_q = f"在 2026年11月23日 10:02，{fn}<{fe}> 写道：\n" + INV_TXT[lang]
    p, h = compose(
        c,
        c["text"] + "\n\n" + c["name"] + "\n" + c["email"],
        plain_q,
        f'<div style="font-family:微软雅黑;font-size:14px">{top}{sig}</div>',
        html_q,
    )
    mime = multipart(
        "alternative",
        f"----=_Part_MM{c['n']:05d}_PC",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, "回复：" + INV_SUBJ[lang], "utf-8", "NetEase Flash Mail 2.4.1.32"), mime)


def mailmaster_app(c):
    """Mail Master mobile: '---- 回复的原邮件 ----' followed by a header table."""
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    rows = [
        ("发件人", f"{fn}<{fe}>"),
        ("日期", "2026年11月23日 10:02"),
        ("收件人", f"{tn}<{te}>"),
        ("主题", INV_SUBJ[lang]),
    ]
    plain_q = "---- 回复的原邮件 ----\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n" + INV_TXT[lang]
    trs = "".join(
        f'<tr><td style="padding:0 10px 0 0;color:#888;white-space:nowrap;vertical-align:top">{a}</td>'
        f'<td style="word-break:break-all">{html.escape(b)}</td></tr>'
        for a, b in rows
    )
    html_q = (
        '<div id="ntes-mobile-quote"><div style="font-size:12px;color:#999;margin:16px 0 8px">---- 回复的原邮件 ----</div>'
        f'<table style="font-size:12px;width:100%;table-layout:fixed" cellpadding="0" cellspacing="0">{trs}</table>'
        f'<div style="margin-top:8px">{INV_BODY[lang]}</div></div>'
    )
    text = c["text"] + "\n\n发自 网易邮箱大师"
    p, h = compose(c, text, plain_q, html_lines(text), html_q)
    mime = multipart(
        "alternative",
        f"--_NmP-{c['n']:04d}a7f3c2e1d0-Part_1",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, "回复：" + INV_SUBJ[lang], "utf-8", "MailMaster Android/7.13.5"), mime)


def foxmail(c):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    plain_top = c["text"] + "\n\n\n" + c["email"]
    plain_q = (
        f" \n发件人： {fn}\n发送时间： 2026-11-23 10:02\n收件人： {c['email']}\n主题： {INV_SUBJ[lang]}\n"
    ) + INV_TXT[lang]
    top = (
        f'<div>{html_lines(c["text"])}</div><div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{c["email"]}</div></div></span></div>'
    )
    html_q = (
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f'<div><b>发件人：</b>&nbsp;<a href="mailto:{fe}">{fn}</a></div><div><b>发送时间：</b>&nbsp;2026-11-23&nbsp;10:02</div>'
        f'<div><b>收件人：</b>&nbsp;<a href="mailto:{c["email"]}">{c["email"]}</a></div>'
        f"<div><b>主题：</b>&nbsp;{INV_SUBJ[lang]}</div></div></div><div>&nbsp;</div>{INV_BODY[lang]}</blockquote>"
    )
    p, h = compose(c, plain_top, plain_q, top, html_q, sep_plain="\n \n")
    h = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: 1.5; }'
        "blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>"
        + h
        + "</body></html>"
    )
    cs = "gb18030"  # Foxmail labels GB2312 but the en dash needs more; real Foxmail falls back the same way
    mime = multipart(
        "alternative",
        f"----=_001_NextPart{c['n'] * 1234567:010d}_=----",
        [leaf("text/plain", p, cs, "base64"), leaf("text/html", h, cs, "base64")],
    )
    return message(std_headers(c, "回复: " + INV_SUBJ[lang], cs, "Foxmail 7.2.25.228[cn]"), mime)


def _outlook(c, owa: bool, lang_ui: str):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    if lang_ui == "zh":
        rows = [
            ("发件人", f"{fn} <{fe}>"),
            ("发送时间", "2026年11月23日 10:02" if not owa else "2026年11月23日 星期一 10:02"),
            ("收件人", f"{tn} <{te}>"),
            ("主题", INV_SUBJ[lang]),
        ]
        prefix = "答复: "
        colon = ": "
    else:
        rows = [
            ("From", f"{fn} <{fe}>"),
            ("Sent", "Monday, November 23, 2026 10:02 AM"),
            ("To", f"{tn} <{te}>"),
            ("Subject", INV_SUBJ[lang]),
        ]
        prefix = "RE: "
        colon = ": "
    sep = "________________________________" if owa else ""
    plain_q = (sep + "\n" if sep else "") + "\n".join(f"{a}{colon}{b}" for a, b in rows) + "\n\n" + INV_TXT[lang]
    if owa:
        hq = (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "<br>".join(f"<b>{a}:</b> {html.escape(b)}" for a, b in rows)
            + "</font><div>&nbsp;</div></div>"
        )
    else:
        hq = (
            '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b><span lang="ZH-CN">'
            + "<br>".join(
                f'{a}:</span></b><span lang="ZH-CN"> {html.escape(b)}' + ("<b>" if i < len(rows) - 1 else "")
                for i, (a, b) in enumerate(rows)
            )
            + '</span></p></div></div><p class="MsoNormal">&nbsp;</p>'
        )
    top = "".join(
        f'<p class="MsoNormal"><span lang="ZH-CN">{html.escape(l) if l else "&nbsp;"}</span></p>'
        for l in c["text"].split("\n")
    )
    p, h = compose(
        c,
        c["text"],
        plain_q,
        f'<div class="WordSection1">{top}<p class="MsoNormal">&nbsp;</p>',
        hq + INV_BODY[lang] + "</div>",
    )
    if c["quote"] == "none":
        h += "</div>"
    h = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN" link="#0563C1" vlink="#954F72">'
        + h
        + "</body></html>"
    )
    b = f"_000_{'PSAPR06MB4567' if owa else 'SG2PR03MB6789'}{c['n']:04d}APCP_"
    cs = "utf-8" if owa or lang_ui != "zh" else "gb2312"
    if cs == "gb2312":
        cs = "gb18030"
    mime = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", p, cs, "base64" if cs != "utf-8" else "quoted-printable"),
            leaf("text/html", h, "utf-8", "quoted-printable"),
        ],
    )
    extra = [
        ("Thread-Topic", enc_word(INV_SUBJ[lang], "utf-8")),
        ("Thread-Index", "AQHZ" + f"{c['n']:04d}" + "nK3vXa2b8UeKq1c9TgA=="),
        ("Content-Language", "zh-CN" if lang_ui == "zh" else "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if not owa:
        extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
    return message(std_headers(c, prefix + INV_SUBJ[lang], "utf-8", extra=extra), mime)


def outlook_zh(c):
    return _outlook(c, False, "zh")


def owa_zh(c):
    return _outlook(c, True, "zh")


def outlook_en(c):
    return _outlook(c, c["n"] % 2 == 0, "en")


def _apple(c, attrib, sig, subj_prefix, xmailer, alt: bool):
    lang = c["lang"]
    text = c["text"] + sig
    plain_q = gt(attrib) + "\n>\n" + gt(INV_TXT[lang])
    p, _ = compose(c, text, plain_q, "", "")
    if not alt:
        body = leaf("text/plain", p, "utf-8", "quoted-printable")
    else:
        hq = (
            f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attrib)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{INV_BODY[lang]}</div></blockquote>'
        )
        _, h = compose(c, "", "", f'<div dir="ltr">{html_lines(text)}</div>', hq)
        h = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{h}</body></html>'
        body = multipart(
            "alternative",
            f"Apple-Mail-{c['n']:04d}B2E1-7C0A-4F2B-9D11-3E5A8C6F{c['n']:04d}",
            [leaf("text/plain", p, "utf-8", "quoted-printable"), leaf("text/html", h, "utf-8", "quoted-printable")],
        )
    return message(std_headers(c, subj_prefix + INV_SUBJ[lang], "utf-8", xmailer), body)


def iphone_zh(c):
    fn, fe = INV_FROM[c["lang"]]
    return _apple(
        c,
        f"在 2026年11月23日，10:02，{fn} <{fe}> 写道：",
        "\n\n发自我的iPhone",
        "回复：",
        "iPhone Mail (22B91)",
        c["n"] % 3 == 0,
    )


def iphone_en(c):
    fn, fe = INV_FROM[c["lang"]]
    return _apple(
        c,
        f"On 23 Nov 2026, at 10:02, {fn} <{fe}> wrote:",
        "\n\nSent from my iPhone",
        "Re: ",
        "iPhone Mail (22B91)",
        c["n"] % 2 == 0,
    )


def apple_mail(c):
    fn, fe = INV_FROM[c["lang"]]
    return _apple(
        c, f"On 23 Nov 2026, at 10:02, {fn} <{fe}> wrote:", "", "Re: ", "Apple Mail (2.3826.300.87.4.3)", True
    )


def _android(c, sep, rows, sig, subj_prefix, xmailer=None):
    lang = c["lang"]
    text = c["text"] + sig
    plain_q = sep + "\n" + "\n".join(rows) + "\n\n" + INV_TXT[lang]
    hq = (
        f"<div><br></div><div>{html.escape(sep)}<br>"
        + "<br>".join(html.escape(r) for r in rows)
        + f"<br></div><br>{INV_BODY[lang]}"
    )
    p, h = compose(c, text, plain_q, html_lines(text), hq)
    mime = multipart(
        "alternative",
        f"--_com.android.email_{c['n'] * 31337}",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, subj_prefix + INV_SUBJ[lang], "utf-8", xmailer), mime)


def _rows_zh(c, k=("发件人：", "日期：", "收件人：", "主题：")):
    fn, fe = INV_FROM[c["lang"]]
    tn, te = INV_TO[c["lang"]]
    return [
        f"{k[0]}{fn} <{fe}>",
        f"{k[1]}2026年11月23日周一 上午10:02",
        f"{k[2]}{tn} <{te}>",
        f"{k[3]}{INV_SUBJ[c['lang']]}",
    ]


def huawei(c):
    return _android(c, "-------- 原始邮件 --------", _rows_zh(c), "\n\n发自我的华为手机", "回复：")


def xiaomi(c):
    return _android(c, "---- 原始邮件 ----", _rows_zh(c), "\n\n发自小米手机", "回复：")


def samsung_zh(c):
    return _android(c, "-------- 原始信息 --------", _rows_zh(c), "\n\n\n\n通过三星 Galaxy 智能手机发送。", "回复：")


def vivo(c):
    return _android(c, "----- 原始邮件 -----", _rows_zh(c), "\n\n来自vivo邮件", "Re: ")


def wecom(c):
    """WeCom mail (Tencent Exmail engine): QQ-style original-mail block, 企业微信 signature."""
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    text = c["text"] + "\n\n\n发自企业微信"
    plain_q = (
        f"------------------ Original ------------------\nFrom: {fn} <{fe}>\nDate: Mon, Nov 23, 2026 10:02 AM\n"
        f"To: {tn} <{te}>\nSubject: {INV_SUBJ[lang]}\n\n"
    ) + INV_TXT[lang]
    hq = (
        '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------ Original ------------------</div>'
        f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>From: </b>&nbsp;{fn} &lt;{fe}&gt;</div>'
        f"<div><b>Date: </b>&nbsp;Mon, Nov 23, 2026 10:02 AM</div><div><b>To: </b>&nbsp;{tn} &lt;{te}&gt;</div>"
        f"<div><b>Subject: </b>&nbsp;{INV_SUBJ[lang]}</div></div><div><br></div>{INV_BODY[lang]}"
    )
    p, h = compose(c, text, plain_q, html_lines(text), hq)
    mime = multipart(
        "alternative",
        f"----=_NextPart_WXWORK_{c['n']:06d}",
        [leaf("text/plain", p, "utf-8", "base64"), leaf("text/html", wrap_html(h), "utf-8", "base64")],
    )
    return message(std_headers(c, "回复：" + INV_SUBJ[lang], "utf-8", "WXWork 4.1.30"), mime)


def feishu(c):
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    rows = [
        ("发件人", f'"{fn}"<{fe}>'),
        ("日期", "2026年11月23日(周一) 10:02"),
        ("收件人", f'"{tn}"<{te}>'),
        ("主题", INV_SUBJ[lang]),
    ]
    plain_q = "\n".join(f"{a}：{b}" for a, b in rows) + "\n\n" + INV_TXT[lang]
    hq = (
        '<div class="history-quote-wrapper"><div data-html-block="quote" data-mail-html-ignore="">'
        '<div style="border-left:none;padding-left:0"><div class="adit-html-block adit-html-block--collapsed">'
        '<div style="padding:12px;background:#f5f6f7;color:#1f2329;border-radius:4px;margin-top:24px;margin-bottom:12px;font-size:14px">'
        + "".join(
            f'<div style="word-break:break-word"><span style="white-space:nowrap">{a}：</span>{html.escape(b)}</div>'
            for a, b in rows
        )
        + f"</div><div><div>{INV_BODY[lang]}</div></div></div></div></div></div>"
    )
    top = f'<div style="white-space:pre-wrap">{html.escape(c["text"])}</div>'
    p, h = compose(c, c["text"], plain_q, top, hq)
    mime = multipart(
        "alternative",
        f"{c['n']:08x}9f2a4b1e8d3c7f60",
        [
            leaf("text/plain", p, "UTF-8", "quoted-printable"),
            leaf("text/html", wrap_html(h, False), "UTF-8", "quoted-printable"),
        ],
    )
    return message(
        std_headers(
            c, "回复：" + INV_SUBJ[lang], "UTF-8", extra=[("X-Lms-Return-Path", "<lba+2674a1b2c.0e1f@larksuite.com>")]
        ),
        mime,
    )


def dingtalk(c):
    """DingTalk mail (Alibaba mail engine): dashed rule and 主　题 with a full-width space."""
    lang = c["lang"]
    fn, fe = INV_FROM[lang]
    tn, te = INV_TO[lang]
    rows = [
        f"发件人：{fn} <{fe}>",
        "发送时间：2026年11月23日(星期一) 10:02",
        f"收件人：{tn} <{te}>",
        f"主　题：{INV_SUBJ[lang]}",
    ]
    sep = "-" * 66
    plain_q = sep + "\n" + "\n".join(rows) + "\n\n" + INV_TXT[lang]
    hq = (
        f'<div class="__aliyun_email_body_block"><div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0">'
        f'<div style="clear:both;">{sep}</div><div style="clear:both;">'
        + "<br>".join(html.escape(r) for r in rows)
        + f"</div><div><br></div>{INV_BODY[lang]}</blockquote></div>"
    )
    dl = "".join(
        '<div  style="line-height:20px;clear:both;"><span  style="font-family:Tahoma,Arial;">'
        + (html.escape(l) or "<br>")
        + "</span></div>"
        for l in c["text"].split("\n")
    )
    top = '<div class="__aliyun_email_body_block">' + dl + "</div>"
    p, h = compose(c, c["text"], plain_q, top, hq)
    mime = multipart(
        "alternative",
        f"----=ALIBOUNDARY_{c['n'] * 9973}_{c['n']:04d}",
        [leaf("text/plain", p, "UTF-8", "base64"), leaf("text/html", wrap_html(h, False), "UTF-8", "base64")],
    )
    return message(
        std_headers(c, "回复：" + INV_SUBJ[lang], "UTF-8", "Alimail-Mailagent revision 1026; DingTalk"), mime
    )


# ---------------------------------------------------------------- en clients
def _gmail(c, attrib, subj_prefix):
    lang = c["lang"]
    plain_q = attrib + "\n\n" + gt(INV_TXT[lang], "> ")
    hq = (
        f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attrib)}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_BODY[lang]}</blockquote></div>'
    )
    top = '<div dir="ltr">' + "<br>".join(html.escape(l) for l in c["text"].split("\n")) + "</div>"
    p, h = compose(c, c["text"], plain_q, top, hq)
    mime = multipart(
        "alternative",
        f"0000000000{c['n']:04d}a1b2c3d40623f1e9",
        [leaf("text/plain", p, "UTF-8", "quoted-printable"), leaf("text/html", h, "UTF-8", "quoted-printable")],
    )
    return message(std_headers(c, subj_prefix + INV_SUBJ[lang], "UTF-8"), mime)


def gmail(c):
    fn, fe = INV_FROM[c["lang"]]
    return _gmail(c, f"On Mon, 23 Nov 2026 at 10:02, {fn} <{fe}> wrote:", "Re: ")


def gmail_zh(c):
    fn, fe = INV_FROM[c["lang"]]
    return _gmail(c, f"{fn} <{fe}> 于2026年11月23日周一 10:02写道：", "Re: ")


# ---------------------------------------------------------------- automated
def _auto(c, subject, charset, extra, from_=None):
    hdr = [
        ("From", from_ or addr(c["name"], c["email"], charset)),
        ("To", c["to"]),
        ("Subject", enc_word(subject, charset)),
        ("Date", c["date"]),
        ("Message-ID", c["msgid"]),
    ] + extra
    return message(hdr, leaf("text/plain", c["text"], charset, "base64"))


def auto_qq(c):
    return _auto(
        c,
        "自动回复: " + INV_SUBJ["zh"],
        "GB18030",
        [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-QQ-Auto-Reply", "1"), ("In-Reply-To", INV_ID)],
    )


def auto_outlook_zh(c):
    return _auto(
        c,
        "自动答复: " + INV_SUBJ["zh"],
        "utf-8",
        [
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", c["email"]),
            ("In-Reply-To", INV_ID),
        ],
    )


def auto_163(c):
    return _auto(
        c,
        "自动回复：" + INV_SUBJ["zh"],
        "GBK",
        [
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(163com)"),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "auto_reply"),
        ],
    )


def auto_exmail(c):
    return _auto(
        c,
        "【自动回复】Re:" + INV_SUBJ["zh"],
        "utf-8",
        [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("In-Reply-To", INV_ID), ("References", INV_ID)],
    )


def auto_gmail(c):
    return _auto(
        c,
        "Out of office Re: " + INV_SUBJ["en"],
        "UTF-8",
        [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("In-Reply-To", INV_ID), ("References", INV_ID)],
    )


def auto_outlook_en(c):
    return _auto(
        c,
        "Automatic reply: " + INV_SUBJ["en"],
        "utf-8",
        [
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", INV_SUBJ["en"]),
            ("In-Reply-To", INV_ID),
        ],
    )


def _bounce(c, lang, mta_from, human, status, diag):
    b = f"{c['n']:04d}.1764000000/bounce.example"
    orig = (
        f"From: {addr(*INV_FROM[lang])}\r\nReply-To: {c['to']}\r\nTo: {addr(c['name'], c['email'])}\r\n"
        f"Subject: {enc_word(INV_SUBJ[lang])}\r\nMessage-ID: {INV_ID}\r\n"
    )
    dsn = (
        f"Reporting-MTA: dns; {mta_from.split('@')[1]}\r\n\r\nFinal-Recipient: rfc822; {c['email']}\r\nAction: failed\r\n"
        f"Status: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n"
    )
    parts = [
        leaf("text/plain", human, "utf-8", "base64"),
        b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + orig.encode(),
    ]
    subj = "系统退信" if lang == "zh" else "Undelivered Mail Returned to Sender"
    hdr = [
        ("From", mta_from),
        ("To", c["to"]),
        ("Subject", enc_word(subj)),
        ("Date", c["date"]),
        ("Message-ID", c["msgid"]),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hdr, multipart("report", b, parts, " report-type=delivery-status;"))


def bounce_zh(c):
    human = (
        "很抱歉，您发送的邮件未能成功投递。\n\n收件人："
        + c["email"]
        + "\n退信原因：对方服务器暂时无法接收，已多次重试仍失败。\n\n"
        "此邮件为系统自动发出，请勿直接回复。"
    )
    return _bounce(c, "zh", "MAILER-DAEMON@mx.qq.example.com", human, "4.4.7", "451 Requested action aborted: timeout")


def bounce_en(c):
    human = (
        "This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n<"
        + c["email"]
        + ">: host "
        + c["email"].split("@")[1]
        + " said: 552 5.2.2 mailbox full"
    )
    return _bounce(c, "en", "MAILER-DAEMON@mail.example.org", human, "5.2.2", "552 5.2.2 mailbox full")


CLIENTS = {
    k: v
    for k, v in globals().items()
    if callable(v)
    and not k.startswith("_")
    and k
    not in {
        "enc_word",
        "addr",
        "body_bytes",
        "leaf",
        "multipart",
        "message",
        "html_lines",
        "gt",
        "std_headers",
        "compose",
        "wrap_html",
        "Header",
        "Path",
        "annotations",
    }
}

FORMAT = {
    "qq_web": "alt/gb18030/base64",
    "qq_app": "alt/utf-8/base64",
    "qq_card": "alt/utf-8/base64",
    "wechat_paste": "alt/utf-8/base64",
    "n163_web": "alt/gbk/base64",
    "n126_web": "alt/gbk/base64",
    "mailmaster_pc": "alt/utf-8/base64",
    "mailmaster_app": "alt/utf-8/base64",
    "foxmail": "alt/gb18030/base64",
    "outlook_zh": "alt/gb18030+utf-8/base64+qp",
    "owa_zh": "alt/utf-8/qp",
    "outlook_en": "alt/utf-8/qp",
    "iphone_zh": "plain-or-alt/utf-8/qp",
    "iphone_en": "plain-or-alt/utf-8/qp",
    "apple_mail": "alt/utf-8/qp",
    "huawei": "alt/utf-8/base64",
    "xiaomi": "alt/utf-8/base64",
    "samsung_zh": "alt/utf-8/base64",
    "vivo": "alt/utf-8/base64",
    "wecom": "alt/utf-8/base64",
    "feishu": "alt/utf-8/qp",
    "dingtalk": "alt/utf-8/base64",
    "gmail": "alt/utf-8/qp",
    "gmail_zh": "alt/utf-8/qp",
    "auto_qq": "plain/gb18030/base64",
    "auto_outlook_zh": "plain/utf-8/base64",
    "auto_163": "plain/gbk/base64",
    "auto_exmail": "plain/utf-8/base64",
    "auto_gmail": "plain/utf-8/base64",
    "auto_outlook_en": "plain/utf-8/base64",
    "bounce_zh": "report/utf-8/base64",
    "bounce_en": "report/utf-8/base64",
}
