"""How each mail client builds a reply (quoting, attribution, header block, HTML, charset, encoding).

Written from general knowledge of the clients; everything is built by hand so the bytes are deterministic.
"""

from __future__ import annotations

import base64
import html as H
import quopri
import re
from email.header import Header
from email.utils import formataddr
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_FROM = {"zh": ("招聘团队", "hr@hr.example.com"), "en": ("Recruiting team", "hr@hr.example.com")}
INV_SUBJECT = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
INV_MSGID = "<invitation-1@hr.example.com>"


def inv_text(lang: str) -> str:
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


def inv_html(lang: str) -> str:
    src = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    m = re.search(r"<body[^>]*>(.*)</body>", src, re.S)
    return m.group(1).strip() if m else src


# ---------------------------------------------------------------- low level MIME


def hdr(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


def encode(text: str, charset: str, cte: str) -> str:
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        return "\n".join(b[i : i + 76] for i in range(0, len(b), 76))
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> str:
    return (
        f'Content-Type: {ctype}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{encode(text, charset, cte).rstrip()}\n"
    )


def alt(plain: str, html: str, charset: str, cte: str, boundary: str, html_cte: str | None = None) -> str:
    return (
        f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"\n\n'
        f"--{boundary}\n{leaf('text/plain', plain, charset, cte)}\n"
        f"--{boundary}\n{leaf('text/html', html, charset, html_cte or cte)}\n"
        f"--{boundary}--\n"
    )


def message(headers: list[tuple[str, str]], body: str) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    out = "\n".join(lines) + "\nMIME-Version: 1.0\n" + body
    out = out.replace("\n", "\r\n")
    return out.encode("utf-8")


def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def html_esc_lines(text: str) -> str:
    return "<br>".join(H.escape(l) for l in text.split("\n"))


# ---------------------------------------------------------------- reply context


class R:
    """One reply as the client sees it."""

    def __init__(self, n: int, spec: dict):
        self.n = n
        self.s = spec
        self.lang = spec["lang"]
        self.name, self.email = spec["frm"]
        self.text = spec["text"].strip("\n")
        self.quote = spec.get("quote", True)
        self.token = f"reply+r1.s2.{['abcdef', 'b7c3d9', 'c41e08', 'd92af1'][n % 4]}@hr.example.com"
        day = 27 + (n % 4)
        hh = 9 + (n * 7) % 12
        mm = (n * 13) % 60
        wd = {27: "Fri", 28: "Sat", 29: "Sun", 30: "Mon"}[day]
        self.date = f"{wd}, {day} Nov 2026 {hh:02d}:{mm:02d}:{(n * 17) % 60:02d} {spec.get('tz', '+0800')}"
        self.inv_name, self.inv_addr = INV_FROM[self.lang]
        self.inv_subject = INV_SUBJECT[self.lang]

    def base_headers(
        self, subject: str, mid_domain: str, charset: str = "utf-8", refs: bool = True, xmailer: str | None = None
    ) -> list[tuple[str, str]]:
        h = [
            ("From", addr(self.name, self.email, charset)),
            ("To", self.token),
            ("Subject", hdr(subject, charset)),
            ("Date", self.date),
            ("Message-ID", f"<b26.{self.n:03d}.{abs(hash_s(self.email)) % 99991}@{mid_domain}>"),
        ]
        if refs:
            h += [("In-Reply-To", INV_MSGID), ("References", INV_MSGID)]
        if xmailer:
            h.append(("X-Mailer", xmailer))
        return h


def hash_s(s: str) -> int:
    v = 7
    for ch in s:
        v = (v * 131 + ord(ch)) % 1000003
    return v


def own_html(text: str, font: str = "") -> str:
    style = f' style="{font}"' if font else ""
    return "".join(f"<div{style}>{H.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))


INV_DATES = {
    "zh": "2026年11月27日 09:30",
    "en": "11/27/2026 09:30",
}

# ---------------------------------------------------------------- clients


def netease_mm(r: R) -> tuple[bytes, str]:
    """NetEase Mail Master: '---- Replied Message ----' / '---- 回复的原邮件 ----' table; HTML alt, often GBK base64."""
    zh_ui = r.s.get("ui", "zh") == "zh"
    charset = r.s.get("charset", "GBK" if zh_ui else "UTF-8")
    cte = "base64"
    divider = "---- 回复的原邮件 ----" if zh_ui else "---- Replied Message ----"
    labels = ("发件人", "日期", "收件人", "主题") if zh_ui else ("From", "Date", "To", "Subject")
    date = "2026年11月27日 09:30" if zh_ui else "11/27/2026 09:30"
    rows = [
        (labels[0], f"{r.inv_name}<{r.inv_addr}>"),
        (labels[1], date),
        (labels[2], f"{r.name}<{r.email}>"),
        (labels[3], r.inv_subject),
    ]
    plain = r.text + "\n"
    if r.quote:
        plain += "\n" + divider + "\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n\n" + inv_text(r.lang) + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head><body>'
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + own_html(r.text) + "</div>"
    )
    if r.quote:
        html += (
            '<div id="ntes-pcmail-signature" style="font-family:\'微软雅黑\'"></div>'
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            'border-radius:3px;margin-top:45px;margin-bottom:20px;">'
            f'<div style="font-size:12px;line-height:1.5;margin-left:10px;margin-right:10px">{divider}</div>'
            '<table class="mail-quote-table" style="font-size:12px;margin-left:10px" cellpadding="0" cellspacing="0">'
            + "".join(
                f'<tr><td style="color:#888888;padding-right:8px" valign="top">{H.escape(a)}</td>'
                f"<td>{H.escape(b)}</td></tr>"
                for a, b in rows
            )
            + "</table></div>"
            + inv_html(r.lang)
        )
    html += "</body></html>"
    subj = ("回复:" if zh_ui else "Re:") + r.inv_subject
    body = alt(plain, html, charset, cte, f"----=_Part_{r.n}_1144530523.1796{r.n:06d}")
    return message(
        r.base_headers(subj, "163.com", charset, xmailer="NetEase Mail Master 5.2.2.1006"), body
    ), f"alt/{charset.lower()}/base64"


def netease_web(r: R) -> tuple[bytes, str]:
    """163/126 webmail: '在 2026-11-27 09:30:12，"招聘团队" <hr@...> 写道：' + blockquote; GBK base64."""
    att = f'在 2026-11-27 09:30:12，"{r.inv_name}" &lt;{r.inv_addr}&gt; 写道：'
    att_plain = f'在 2026-11-27 09:30:12，"{r.inv_name}" <{r.inv_addr}> 写道：'
    plain = r.text + "\n"
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + own_html(r.text)
    if r.quote:
        plain += "\n\n\n\n\n" + att_plain + "\n" + quote_gt(inv_text(r.lang)) + "\n"
        html += (
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'<pre><br>{att}<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
            f'BORDER-LEFT: #ccc 1px solid">{inv_html(r.lang)}</blockquote>'
        )
    html += "</div><br>"
    subj = "Re:" + r.inv_subject
    body = alt(plain, html, "GBK", "base64", f"----=_Part_{r.n}_2093.1796{r.n:06d}")
    return message(
        r.base_headers(subj, "126.com", "GBK", xmailer="Coremail Webmail Server Version XT5.0.14"), body
    ), "alt/gbk/base64"


def qq(r: R) -> tuple[bytes, str]:
    """QQ Mail: '------------------ 原始邮件 ------------------' / 'Original' card; gb18030 base64."""
    zh_ui = r.s.get("ui", "zh") == "zh"
    if zh_ui:
        div = "------------------ 原始邮件 ------------------"
        rows = [
            ("发件人", f'"{r.inv_name}"<{r.inv_addr}>;'),
            ("发送时间", "2026年11月27日(星期五) 上午9:30"),
            ("收件人", f'"{r.name}"<{r.email}>;'),
            ("主题", r.inv_subject),
        ]
        subj = "回复：" + r.inv_subject
    else:
        div = "------------------ Original ------------------"
        rows = [
            ("From", f'"{r.inv_name}" <{r.inv_addr}>;'),
            ("Date", "Fri, Nov 27, 2026 09:30 AM"),
            ("To", f'"{r.name}"<{r.email}>;'),
            ("Subject", r.inv_subject),
        ]
        subj = "Re: " + r.inv_subject
    plain = r.text + "\n"
    html = own_html(r.text, "")
    if r.quote:
        plain += "\n\n\n" + div + "\n" + "\n".join(f"{a}: {b}" for a, b in rows) + "\n\n\n\n" + inv_text(r.lang) + "\n"
        html += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            + H.escape(div).replace(" 原始邮件 ", "&nbsp;原始邮件&nbsp;").replace(" Original ", "&nbsp;Original&nbsp;")
            + '</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join(f"<div><b>{a}:</b>&nbsp;{H.escape(b)}</div>" for a, b in rows)
            + "</div><div><br></div>"
            + inv_html(r.lang)
        )
    html = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + html
    body = alt(plain, html, "gb18030", "base64", f"----=_NextPart_6767{r.n:04d}_0A2B_3C4D5E6F")
    hs = r.base_headers(subj, "qq.com", "gb18030", xmailer="QQMail 2.x")
    return message(hs, body), "alt/gb18030/base64"


def wechat_paste(r: R) -> tuple[bytes, str]:
    """Text copied out of the WeChat/QQ-mail app: the pasted invitation lines first, the answer after them.

    Sent from the QQ Mail iPhone app as plain UTF-8 base64; no attribution, sometimes no References."""
    text = r.s["paste"].strip("\n") + "\n\n" + r.text + "\n"
    hs = r.base_headers(
        "回复：" + r.inv_subject if r.lang == "zh" else "Re: " + r.inv_subject,
        "qq.com",
        refs=r.s.get("refs", True),
        xmailer="iPhone Mail (QQMail)",
    )
    return message(hs, leaf("text/plain", text, "utf-8", "base64")), "plain/utf-8/base64"


def gmail(r: R) -> tuple[bytes, str]:
    """Gmail: attribution 'On …, Name <addr> wrote:' wrapped over lines, or '2026-11-27 9:30 GMT+08:00 Name <addr>:'.
    multipart/alternative, UTF-8, quoted-printable (base64 when mostly CJK)."""
    style = r.s.get("att", "en")
    if style == "en":
        att = f"On Fri, Nov 27, 2026 at 9:30 AM {r.inv_name} <\n{r.inv_addr}> wrote:"
        att_html = f'On Fri, Nov 27, 2026 at 9:30 AM {H.escape(r.inv_name)} &lt;<a href="mailto:{r.inv_addr}">{r.inv_addr}</a>&gt; wrote:'
    elif style == "en2":
        att = f"On Fri, 27 Nov 2026 at 09:30, {r.inv_name}\n<{r.inv_addr}> wrote:"
        att_html = f'On Fri, 27 Nov 2026 at 09:30, {H.escape(r.inv_name)} &lt;<a href="mailto:{r.inv_addr}">{r.inv_addr}</a>&gt; wrote:'
    elif style == "zh":
        att = f"{r.inv_name} <{r.inv_addr}> 于2026年11月27日周五 09:30写道："
        att_html = f'{H.escape(r.inv_name)} &lt;<a href="mailto:{r.inv_addr}">{r.inv_addr}</a>&gt; 于2026年11月27日周五 09:30写道：<br>'
    elif style == "old":
        att = f"2026-11-27 9:30 GMT+08:00 {r.inv_name} <{r.inv_addr}>:"
        att_html = f'2026-11-27 9:30 GMT+08:00 {H.escape(r.inv_name)} <span dir="ltr">&lt;<a href="mailto:{r.inv_addr}">{r.inv_addr}</a>&gt;</span>:<br>'
    else:  # other-language Gmail UI: (de, fr, es, ...) given literally
        att = style.format(name=r.inv_name, addr=r.inv_addr)
        att_html = H.escape(att.replace("\n", " "))
    plain = r.text + "\n"
    html = (
        '<div dir="ltr">' + "".join(f"<div>{H.escape(l) if l else '<br>'}</div>" for l in r.text.split("\n")) + "</div>"
    )
    if r.quote:
        plain += "\n" + att + "\n\n" + quote_gt(inv_text(r.lang)) + "\n"
        html += (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + att_html
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + inv_html(r.lang) + "</blockquote></div>"
        )
    cjk = sum(1 for c in r.text if ord(c) > 0x2E80) > len(r.text) / 3
    cte = "base64" if cjk else "quoted-printable"
    b = f"000000000000{r.n:04d}a1b2c3d4e5f6"
    body = alt(plain, html, "UTF-8", cte, b)
    subj = "Re: " + r.inv_subject
    return message(r.base_headers(subj, "mail.gmail.com"), body), f"alt/utf-8/{'base64' if cte == 'base64' else 'qp'}"


OUTLOOK_BLOCK = {
    "en": (("From", "Sent", "To", "Subject"), "Friday, November 27, 2026 9:30 AM", "RE: "),
    "zh": (("发件人", "发送时间", "收件人", "主题"), "2026年11月27日 9:30", "答复: "),
    "de": (("Von", "Gesendet", "An", "Betreff"), "Freitag, 27. November 2026 09:30", "AW: "),
    "fr": (("De", "Envoyé", "À", "Objet"), "vendredi 27 novembre 2026 09:30", "RE : "),
    "es": (("De", "Enviado el", "Para", "Asunto"), "viernes, 27 de noviembre de 2026 9:30", "RE: "),
    "nl": (("Van", "Verzonden", "Aan", "Onderwerp"), "vrijdag 27 november 2026 09:30", "RE: "),
    "it": (("Da", "Inviato", "A", "Oggetto"), "venerdì 27 novembre 2026 09:30", "R: "),
}


def outlook(r: R) -> tuple[bytes, str]:
    """Outlook desktop/OWA: separator line + From/Sent/To/Subject block in the UI language; HTML with divRplyFwdMsg."""
    ui = r.s.get("ui", "en")
    labels, date, prefix = OUTLOOK_BLOCK[ui]
    sep_colon = " : " if ui == "fr" else ": "
    rows = [
        (labels[0], f"{r.inv_name} <{r.inv_addr}>"),
        (labels[1], date),
        (labels[2], f"{r.name} <{r.email}>"),
        (labels[3], r.inv_subject),
    ]
    plain = r.text + "\n"
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
        '</head><body lang="'
        + ui
        + '"><div class="WordSection1">'
        + "".join(f'<p class="MsoNormal">{H.escape(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in r.text.split("\n"))
        + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    )
    if r.quote:
        plain += (
            "\n" + "_" * 32 + "\n" + "\n".join(f"{a}{sep_colon}{b}" for a, b in rows) + "\n\n" + inv_text(r.lang) + "\n"
        )
        html += (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div id="divRplyFwdMsg">'
            '<p class="MsoNormal">'
            + "<br>".join(f"<b>{H.escape(a)}{sep_colon}</b>{H.escape(b)}" for a, b in rows)
            + "</p></div></div>"
            + inv_html(r.lang)
        )
    html += "</div></body></html>"
    charset = r.s.get("charset", "utf-8")
    cte = r.s.get("cte", "quoted-printable" if ui != "zh" else "base64")
    subj = prefix + r.inv_subject
    hs = r.base_headers(subj, "EXCH01.corp.example.net", charset)
    hs += [("Thread-Topic", hdr(r.inv_subject, charset)), ("Thread-Index", f"AdrH{r.n:04d}Q2Ux3m9ZkR7eLaqBbnPyXw==")]
    hs.append(
        (
            "Content-Language",
            {"en": "en-US", "zh": "zh-CN", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "nl": "nl-NL", "it": "it-IT"}[
                ui
            ],
        )
    )
    body = alt(plain, html, charset, cte, f"_000_AM0PR{r.n:04d}EXCH01corpexam_")
    return message(hs, body), f"alt/{charset}/{'qp' if cte == 'quoted-printable' else cte}"


APPLE_ATT = {
    "en": "On 27 Nov 2026, at 09:30, {name} <{addr}> wrote:",
    "en-us": "On Nov 27, 2026, at 9:30 AM, {name} <{addr}> wrote:",
    "zh": "{name} <{addr}> 于2026年11月27日 09:30 写道：",
    "zh2": "2026年11月27日 09:30，{name} <{addr}> 写道：",
    "de": "Am 27.11.2026 um 09:30 schrieb {name} <{addr}>:",
    "fr": "Le 27 nov. 2026 à 09:30, {name} <{addr}> a écrit :",
    "ja": "2026/11/27 9:30、{name} <{addr}>のメール:",
    "pt": "Em 27 de nov. de 2026, à(s) 09:30, {name} <{addr}> escreveu:",
    "ko": "2026. 11. 27. 오전 9:30, {name} <{addr}> 작성:",
    "ru": "27 нояб. 2026 г., в 09:30, {name} <{addr}> написал(а):",
}


def apple(r: R) -> tuple[bytes, str]:
    """Apple Mail / iPhone: plain text with '> ' quotes under the attribution, or multipart with <blockquote type=cite>."""
    ui = r.s.get("ui", "en")
    att = APPLE_ATT[ui].format(name=r.inv_name, addr=r.inv_addr)
    sig = r.s.get("sig", "")
    text = r.text + ("\n\n" + sig if sig else "")
    subj = ("回复：" if ui.startswith("zh") else "Re: ") + r.inv_subject
    hs = r.base_headers(subj, "icloud.com")
    hs.append(("X-Mailer", "iPhone Mail (22B83)"))
    if r.s.get("html"):
        plain = text + "\n\n" + (att + "\n\n" + quote_gt(inv_text(r.lang)) + "\n" if r.quote else "")
        html = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + "".join(f'<div dir="ltr">{H.escape(l) if l else "<br>"}</div>' for l in text.split("\n"))
        )
        if r.quote:
            html += (
                f'<div dir="ltr"><br><blockquote type="cite">{H.escape(att)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{inv_html(r.lang)}</div></blockquote>'
            )
        html += "</body></html>"
        body = alt(plain, html, "utf-8", "quoted-printable", f"Apple-Mail-{r.n:04d}-4E2B-9C1A-7F3D")
        return message(hs, body), "alt/utf-8/qp"
    plain = text + "\n"
    if r.quote:
        plain += "\n" + att + "\n\n" + quote_gt(inv_text(r.lang)) + "\n"
    return message(hs, leaf("text/plain", plain, "utf-8", "quoted-printable")), "plain/utf-8/qp"


def yahoo(r: R) -> tuple[bytes, str]:
    """Yahoo Mail: '--- On Friday, November 27, 2026 at 09:30:00 AM GMT+8, Name <addr> wrote:' in yahoo_quoted."""
    att = f"On Friday, November 27, 2026 at 09:30:00 AM GMT+8, {r.inv_name} <{r.inv_addr}> wrote:"
    plain = r.text + "\n"
    html = (
        '<html><head></head><body><div class="ydp4f1c2e9ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
        'Arial, sans-serif;font-size:13px;">'
        + "".join(f"<div>{H.escape(l) if l else '<br>'}</div>" for l in r.text.split("\n"))
        + "</div>"
    )
    if r.quote:
        plain += (
            "\n    " + att + "\n\n" + "\n".join("" if not l else " " + l for l in inv_text(r.lang).split("\n")) + "\n"
        )
        html += (
            '<div id="yahoo_quoted_'
            + f"{r.n:010d}"
            + '" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
            'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>'
            + H.escape(att)
            + "</div><div><br></div><div><br></div><div>"
            + inv_html(r.lang)
            + "</div></div></div>"
        )
    html += "</body></html>"
    body = alt(plain, html, "UTF-8", "quoted-printable", f"----=_Part_{r.n}_{r.n * 7919}.1796")
    hs = r.base_headers("Re: " + r.inv_subject, "mail.yahoo.com", xmailer="WebService/1.1.22 YMailNorrin")
    return message(hs, body), "alt/utf-8/qp"


def autoreply(r: R) -> tuple[bytes, str]:
    """Auto-replies written by servers/clients that set no Auto-Submitted / RFC 3834 header."""
    subj = r.s["subject"]
    charset = r.s.get("charset", "utf-8")
    cte = r.s.get("cte", "base64")
    hs = r.base_headers(subj, r.s.get("domain", "mx.example.org"), charset, refs=r.s.get("refs", False))
    if r.s.get("x"):
        hs.append(r.s["x"])
    return message(
        hs, leaf("text/plain", r.text + "\n", charset, cte)
    ), f"plain/{charset.lower()}/{cte if cte != 'quoted-printable' else 'qp'}"


def plain_noquote(r: R) -> tuple[bytes, str]:
    """Small webmail / Android client: plain UTF-8 8bit, quote deleted (or never added)."""
    subj = ("回复: " if r.lang == "zh" else "Re: ") + r.inv_subject
    hs = r.base_headers(subj, r.s.get("domain", "mail.example.org"), refs=r.s.get("refs", True))
    return message(hs, leaf("text/plain", r.text + "\n", "utf-8", "8bit")), "plain/utf-8/8bit"


CLIENTS = {
    "netease-mm": netease_mm,
    "netease-web": netease_web,
    "qq": qq,
    "wechat-paste": wechat_paste,
    "gmail": gmail,
    "outlook": outlook,
    "apple": apple,
    "yahoo": yahoo,
    "autoreply": autoreply,
    "plain": plain_noquote,
}
