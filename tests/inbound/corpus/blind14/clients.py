# ruff: noqa: E501
"""Mail clients of an ordinary week of replies (blind14): quoting, MIME shape, charset, encoding.

Written from how these clients behave when one presses Reply, not from the reader's code.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
import uuid
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {lang: (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8") for lang in ("zh", "en")}
_FULL = {lang: (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8") for lang in ("zh", "en")}


def _body(doc: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S)
    return m.group(1).strip() if m else doc.strip()


INV_HTML = {lang: _body(d) for lang, d in _FULL.items()}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS_NAME = "Re-interview"
OURS_ADDR = "reinterview@hr.example.com"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"


def _enc(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def part(ctype: str, text: str, charset: str, cte: str) -> bytes:
    payload, cs = _enc(text.replace("\n", "\r\n") if cte != "8bit" else text, charset)
    if cte == "8bit" and all(b < 128 for b in payload):
        cte = "7bit"
    if cte == "base64":
        body = base64.encodebytes(payload)
    elif cte == "quoted-printable":
        body = quopri.encodestring(payload)
    else:
        body = payload
    return f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'.encode() + body


def hdr(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = {
        "gbk": "gb2312",
        "gb2312": "gb2312",
        "gb18030": "gb18030",
        "big5": "big5",
        "iso-2022-jp": "iso-2022-jp",
        "koi8-r": "koi8-r",
        "iso-8859-1": "iso-8859-1",
    }.get(charset.lower(), "utf-8")

    def enc(s: str) -> str:
        try:
            return Header(s, cs).encode(maxlinelen=76)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=76)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    if m:
        return f"{enc(m.group(1))} {m.group(2)}"
    return enc(value)


def message(
    *,
    sender: str,
    subject: str,
    date: str,
    parts: list[bytes],
    hcharset: str = "utf-8",
    mailer: str = "",
    extra: dict[str, str] | None = None,
    threaded: bool = True,
) -> bytes:
    lines = [
        f"From: {hdr(sender, hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcharset)}",
        f"Date: {date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, sender + subject + date).hex}@mail.example.net>",
    ]
    if threaded:
        lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    b = "----=_NextPart_" + uuid.uuid5(uuid.NAMESPACE_DNS, sender + date).hex[:18]
    out = head + f'Content-Type: multipart/alternative; boundary="{b}"\n\n'.encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    return out + f"--{b}--\n".encode()


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def as_html(text: str) -> str:
    return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in text.split("\n"))


OUR = f"{OURS_NAME} <{OURS_ADDR}>"

# ------------------------------------------------------------------ the clients
# Each returns (subject prefix, plain text or None, html or None, charset, cte, mailer, extra headers)


def build(
    client: str, lang: str, body: str, sender: str, date: str, sent: str, *, keep_thread: bool = True
) -> tuple[bytes, str]:
    """Raw bytes of the reply and its manifest format string."""
    inv = INV_TXT[lang]
    invh = INV_HTML[lang]
    subj = SUBJECT[lang]
    fam = client.split("_")[0]
    plain: str | None
    htm: str | None
    extra: dict[str, str] = {}
    mailer = ""
    if fam == "qq":  # QQ Mail web / app: original-mail block, no '>' marks, alt, GB18030 base64
        block = f'------------------&nbsp;原始邮件&nbsp;------------------\n发件人: "{OURS_NAME}"<{OURS_ADDR}>;\n发送时间: {sent}\n收件人: "{sender}";\n主题: {subj}'
        plain = body + "\n\n" + block.replace("&nbsp;", " ") + "\n\n" + inv
        htm = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>{as_html(body)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{block.split(chr(10))[0]}</div><div style="font-size: 12px;background:#efefef;padding:8px;">{"<br>".join(html.escape(x) for x in block.split(chr(10))[1:])}</div><div><br></div>{invh}'
        cs, cte, prefix = "gb18030", "base64", "回复："
        mailer = "QQMail 2.x"
    elif fam == "163":  # NetEase mail: attribution line and > quoting in text, blockquote in html, GBK base64
        attr = f'在 {sent}，"{OURS_NAME}" <{OURS_ADDR}> 写道：'
        plain = body + "\n\n" + attr + "\n" + quoted(inv)
        htm = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{as_html(body)}</div><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>{html.escape(attr)}<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{invh}</blockquote>'
        cs, cte, prefix = "gbk", "base64", "Re:"
        mailer = "Coremail Webmail Server Version XT5.0.14"
    elif fam == "iphonezh":  # iOS Mail, Chinese UI: plain, > quoting, UTF-8 QP
        plain = body + "\n\n发自我的iPhone\n\n" + f"> 在 {sent}，{OURS_NAME} <{OURS_ADDR}> 写道：\n>\n" + quoted(inv)
        htm = None
        cs, cte, prefix = "utf-8", "quoted-printable", "回复："
        mailer = "iPhone Mail (22B91)"
    elif fam == "foxmail":  # Foxmail: its own header block, no > marks, GB2312 base64 alt
        block = f"\n\n{sender.split('<')[-1].rstrip('>')}\n\n发件人： {OURS_NAME}\n发送时间： {sent}\n收件人： {sender.split('<')[-1].rstrip('>')}\n主题： {subj}\n"
        plain = body + block + inv
        htm = f'<html><body><div>{as_html(body)}</div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span>{html.escape(sender.split("<")[-1].rstrip(">"))}</span></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;{OURS_NAME}</div><div><b>发送时间：</b>&nbsp;{sent}</div><div><b>主题：</b>&nbsp;{html.escape(subj)}</div></div></div><div>{invh}</div></blockquote></body></html>'
        cs, cte, prefix = "gb2312", "base64", "回复: "
        mailer = "Foxmail 7.2.25.254[cn]"
    elif fam in ("outlookzh", "outlooktw", "outlooken"):  # Outlook desktop: header block, HTML + text, disclaimer
        lab = {
            "outlookzh": ("发件人", "发送时间", "收件人", "主题", "答复: ", "gb2312", "base64"),
            "outlooktw": ("寄件者", "寄件日期", "收件者", "主旨", "回覆: ", "big5", "base64"),
            "outlooken": ("From", "Sent", "To", "Subject", "RE: ", "utf-8", "quoted-printable"),
        }[fam]
        block = f"{lab[0]}: {OUR}\n{lab[1]}: {sent}\n{lab[2]}: {sender}\n{lab[3]}: {subj}"
        plain = body + "\n\n" + "_" * 32 + "\n" + block + "\n\n" + inv
        paras = "".join(
            f"<p class=MsoNormal>{html.escape(x) if x else '&nbsp;'}<o:p></o:p></p>" for x in body.split("\n")
        )
        hb = "<br>".join(
            f"<b>{html.escape(x.split(': ', 1)[0])}:</b> {html.escape(x.split(': ', 1)[1])}" for x in block.split("\n")
        )
        htm = f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN"><div class="WordSection1">{paras}<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>{hb}</p></div></div>{invh}</div></body></html>'
        prefix, cs, cte = lab[4], lab[5], lab[6]
        mailer = "Microsoft Outlook 16.0"
    elif fam == "twmail":  # a Taiwanese webmail with quoting switched off: plain Big5 text only
        plain, htm = body, None
        cs, cte, prefix = "big5", "base64", "Re: "
    elif fam == "iphoneen":  # iOS Mail English
        plain = (
            body + "\n\nSent from my iPhone\n\n" + f"> On {sent}, {OURS_NAME} <{OURS_ADDR}> wrote:\n>\n" + quoted(inv)
        )
        htm = None
        cs, cte, prefix = "utf-8", "quoted-printable", "Re: "
    elif fam == "owa":  # Outlook on the web / mobile, English UI: HTML only
        block = f"<b>From:</b> {html.escape(OUR)}<br><b>Sent:</b> {sent}<br><b>To:</b> {html.escape(sender)}<br><b>Subject:</b> {html.escape(subj)}"
        plain = None
        htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family: Aptos, sans-serif; font-size: 12pt;">{as_html(body)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{block}</font><div>&nbsp;</div></div>{invh}</body></html>'
        cs, cte, prefix = "utf-8", "base64", "RE: "
    else:  # gmail family, attribution line in the UI language
        ui = client.split("_")[1] if "_" in client else "en"
        attr = {
            "en": f"On {sent}, {OURS_NAME} <{OURS_ADDR}> wrote:",
            "zh": f"{OURS_NAME} <{OURS_ADDR}> 于{sent}写道：",
            "de": f"Am {sent} schrieb {OURS_NAME} <{OURS_ADDR}>:",
            "fr": f"Le {sent}, {OURS_NAME} <{OURS_ADDR}> a écrit :",
            "es": f"El {sent}, {OURS_NAME} (<{OURS_ADDR}>) escribió:",
            "pt": f"Em {sent}, {OURS_NAME} <{OURS_ADDR}> escreveu:",
            "it": f"Il giorno {sent} {OURS_NAME} <{OURS_ADDR}> ha scritto:",
            "nl": f"Op {sent} schreef {OURS_NAME} <{OURS_ADDR}>:",
            "ja": f"{sent} {OURS_NAME} <{OURS_ADDR}>:",
            "ko": f"{sent}, {OURS_NAME} <{OURS_ADDR}>님이 작성:",
            "ru": f"{sent}, {OURS_NAME} <{OURS_ADDR}>:",
        }[ui]
        plain = body + "\n\n" + attr + "\n\n" + quoted(inv)
        htm = f'<div dir="ltr">{as_html(body)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{invh}</blockquote></div>'
        cs = {"ja": "iso-2022-jp", "ru": "koi8-r", "de": "iso-8859-1", "fr": "iso-8859-1"}.get(ui, "utf-8")
        cte = {"iso-2022-jp": "7bit", "koi8-r": "8bit"}.get(cs, "quoted-printable")
        prefix = {
            "de": "AW: ",
            "fr": "RE : ",
            "es": "RE: ",
            "pt": "Re: ",
            "it": "R: ",
            "nl": "Re: ",
            "zh": "回复：",
            "ja": "Re: ",
            "ko": "Re: ",
            "ru": "Re: ",
        }.get(ui, "Re: ")
        if cs != "utf-8":  # a legacy charset: this writer deleted the quote before sending
            plain = body
            htm = f'<div dir="ltr">{as_html(body)}</div>'
        if fam == "gmailhtml":  # HTML-only from a web client that drops the text part
            plain = None
    if fam == "auto":
        raise ValueError
    parts: list[bytes] = []
    actual = _enc(plain if plain is not None else htm or "", cs)[1]
    if actual != cs:  # the text does not fit the legacy charset: the client sends UTF-8
        cs, cte = actual, ("quoted-printable" if cte == "7bit" else cte)
    fmt_cs = cs
    if plain is not None:
        parts.append(part("text/plain", plain, cs, cte))
    if htm is not None:
        hc, hcte = (cs, cte) if cs not in ("iso-2022-jp", "koi8-r") else ("utf-8", "quoted-printable")
        parts.append(part("text/html", htm, hc, hcte))
    shape = "alt" if len(parts) == 2 else ("plain" if plain is not None else "html")
    raw = message(
        sender=sender,
        subject=prefix + subj,
        date=date,
        parts=parts,
        hcharset=cs,
        mailer=mailer,
        extra=extra,
        threaded=keep_thread,
    )
    return raw, f"{shape}/{fmt_cs}/{cte}"


def autoreply(lang: str, body: str, sender: str, date: str, prefix: str, charset: str = "utf-8") -> tuple[bytes, str]:
    """Out-of-office from a mail server: no quoting, Auto-Submitted, prefix in front of our subject."""
    p = part("text/plain", body, charset, "base64")
    raw = message(
        sender=sender,
        subject=prefix + SUBJECT[lang],
        date=date,
        parts=[p],
        hcharset=charset,
        extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    )
    return raw, f"plain/{charset}/base64"
