# ruff: noqa: E501
"""Mail clients for the blind12 batch: each takes the candidate's text and returns (raw bytes, format).

Quoting written from how the clients behave (QQ Mail, Foxmail, NetEase 163/Mail Master, Outlook, Gmail,
Apple Mail / iPhone, WeCom mail), not from the reader's code.
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


def _body(doc_: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", doc_, re.S)
    return (m.group(1) if m else doc_).strip()


INV_HTML = {lang: _body(d) for lang, d in _FULL.items()}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS = "Re-interview <reinterview@hr.example.com>"
OURS_ADDR = "reinterview@hr.example.com"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"


def _enc(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset, charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def part(ctype: str, text: str, charset: str, cte: str) -> tuple[bytes, str]:
    payload, cs = _enc(text.replace("\n", "\r\n") if cte == "base64" else text, charset)
    if cte == "base64":
        body = base64.encodebytes(payload)
    elif cte == "quoted-printable":
        body = quopri.encodestring(payload)
    else:
        body = payload
        if all(b < 128 for b in payload):
            cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + body, f"{cs}/{cte}"


def hdr(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = charset if charset in ("gb2312", "gb18030", "big5") else "utf-8"
    if cs == "gbk":
        cs = "gb2312"

    def enc(s: str) -> str:
        try:
            return Header(s, cs).encode(maxlinelen=76)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=76)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    return f"{enc(m.group(1))} {m.group(2)}" if m else enc(value)


def message(
    *,
    sender: str,
    subject: str,
    date: str,
    parts: list[bytes],
    mailer: str = "",
    hcs: str = "utf-8",
    threaded: bool = True,
    extra: dict[str, str] | None = None,
) -> bytes:
    lines = [
        f"From: {hdr(sender, hcs)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcs)}",
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
    b = "----=_NextPart_" + uuid.uuid5(uuid.NAMESPACE_DNS, sender + date).hex[:24]
    out = (
        head
        + f'Content-Type: multipart/alternative; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n\n'.encode()
    )
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    return out + f"--{b}--\n".encode()


def gt(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def as_html(body: str) -> str:
    return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n"))


def doc(inner: str, charset: str) -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>{inner}</body></html>'


# ------------------------------------------------------------------ clients
# each: (body, lang, sender, date, **opts) -> (bytes, format)


def qq(body: str, lang: str, sender: str, date: str, cs: str = "gb18030") -> tuple[bytes, str]:
    """QQ Mail web: HTML + text alternative, GB18030 base64, '原始邮件' divider and header block."""
    block = f"------------------&nbsp;原始邮件&nbsp;------------------<br><b>发件人:</b> &quot;Re-interview&quot;&lt;{OURS_ADDR}&gt;;<br><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午10:05<br><b>收件人:</b>&nbsp;&quot;{html.escape(sender)}&quot;;<br><b>主题:</b>&nbsp;{html.escape(SUBJECT[lang])}<br>"
    h = doc(
        f'{as_html(body)}<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{block}</div><br>{INV_HTML[lang]}',
        cs,
    )
    t = f'{body}\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "{sender}";\n主题: {SUBJECT[lang]}\n\n{INV_TXT[lang]}'
    p1, f = part("text/plain", t, cs, "base64")
    p2, _ = part("text/html", h, cs, "base64")
    return message(sender=sender, subject="回复：" + SUBJECT[lang], date=date, parts=[p1, p2], hcs=cs), "alt/" + f


def qq_mobile(body: str, lang: str, sender: str, date: str) -> tuple[bytes, str]:
    """QQ Mail app: plain, UTF-8 base64, short original block, no In-Reply-To sometimes."""
    t = f"{body}\n\n\n\n------------------ Original ------------------\nFrom: Re-interview <{OURS_ADDR}>\nDate: Fri,Nov 27,2026 10:05 AM\nTo: {sender}\nSubject: Re: {SUBJECT[lang]}\n\n{INV_TXT[lang]}"
    p, f = part("text/plain", t, "utf-8", "base64")
    return message(sender=sender, subject="Re: " + SUBJECT[lang], date=date, parts=[p], threaded=False), "plain/" + f


def foxmail(body: str, lang: str, sender: str, date: str) -> tuple[bytes, str]:
    """Foxmail 7: alternative GB2312 base64, signature, '发件人：' block after a rule."""
    sig = "\n\n\n" + sender.split("<")[0].strip() if "<" in sender else ""
    t = f"{body}{sig}\n\n\n发件人： Re-interview\n发送时间： 2026-11-27 10:05\n收件人： {sender}\n主题： {SUBJECT[lang]}\n{INV_TXT[lang]}"
    h = doc(
        f'{as_html(body + sig)}<hr style="width:210px;height:1px" align="left"><div><b>发件人：</b>&nbsp;Re-interview</div><div><b>发送时间：</b>&nbsp;2026-11-27&nbsp;10:05</div><div><b>收件人：</b>&nbsp;{html.escape(sender)}</div><div><b>主题：</b>&nbsp;{html.escape(SUBJECT[lang])}</div><blockquote style="margin-top:0px;margin-bottom:0px;margin-left:0.5em">{INV_HTML[lang]}</blockquote>',
        "gb2312",
    )
    p1, f = part("text/plain", t, "gb2312", "base64")
    p2, _ = part("text/html", h, "gb2312", "base64")
    return message(
        sender=sender,
        subject="回复: " + SUBJECT[lang],
        date=date,
        parts=[p1, p2],
        mailer="Foxmail 7.2.25.228[cn]",
        hcs="gb2312",
    ), "alt/" + f


def netease(body: str, lang: str, sender: str, date: str) -> tuple[bytes, str]:
    """163 web mail: alternative UTF-8 base64, '在 ... 写道：' then a blockquote / '>' lines."""
    attr = f'在 2026-11-27 10:05:12，"Re-interview" <{OURS_ADDR}> 写道：'
    t = f"{body}\n\n\n\n\n\n\n\n\n\n\n\n{attr}\n{gt(INV_TXT[lang])}"
    h = doc(
        f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{as_html(body)}</div><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>{html.escape(attr)}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{INV_HTML[lang]}</blockquote>',
        "UTF-8",
    )
    p1, f = part("text/plain", t, "utf-8", "base64")
    p2, _ = part("text/html", h, "utf-8", "base64")
    return message(
        sender=sender,
        subject="Re:" + SUBJECT[lang],
        date=date,
        parts=[p1, p2],
        mailer="Coremail Webmail Server Version XT5.0.14",
    ), "alt/" + f


def mailmaster(body: str, lang: str, sender: str, date: str) -> tuple[bytes, str]:
    """NetEase Mail Master (mobile): HTML only, UTF-8 base64, '---- 回复的原邮件 ----' card."""
    card = f'<div style="font-size:12px;padding:2px 0">---- 回复的原邮件 ----</div><table><tr><td>发件人</td><td>Re-interview&lt;{OURS_ADDR}&gt;</td></tr><tr><td>日期</td><td>2026年11月27日 10:05</td></tr><tr><td>收件人</td><td>{html.escape(sender)}</td></tr><tr><td>主题</td><td>{html.escape(SUBJECT[lang])}</td></tr></table>'
    h = doc(
        f'{as_html(body)}<div><br></div><div style="color:#909090">发自 网易邮箱大师</div><br>{card}{INV_HTML[lang]}',
        "UTF-8",
    )
    p, f = part("text/html", h, "utf-8", "base64")
    return message(
        sender=sender, subject="回复:" + SUBJECT[lang], date=date, parts=[p], mailer="MailMaster_Android_6.22.3"
    ), "html/" + f


def outlook(body: str, lang: str, sender: str, date: str, ui: str = "en", cs: str = "utf-8") -> tuple[bytes, str]:
    """Outlook desktop: alternative, QP, underscore rule + header block in the UI language."""
    labels = {
        "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:05 AM", "RE: "),
        "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:05", "答复: "),
        "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:05", "回覆: "),
        "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 10:05", "AW: "),
        "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 10:05", "RE : "),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "vrijdag 27 november 2026 10:05", "RE: "),
    }[ui]
    fr, se, to, su, when, pre = labels
    sep = ": "
    blk = f"{fr}{sep}Re-interview <{OURS_ADDR}>\n{se}{sep}{when}\n{to}{sep}{sender}\n{su}{sep}{SUBJECT[lang]}"
    t = f"{body}\n\n________________________________\n{blk}\n\n{INV_TXT[lang]}"
    hb = "".join(
        f"<b>{html.escape(ln.split(sep, 1)[0])}:</b> {html.escape(ln.split(sep, 1)[1])}<br>" for ln in blk.split("\n")
    )
    paras = "".join("<p class=MsoNormal>" + (html.escape(ln) or "&nbsp;") + "</p>" for ln in body.split("\n"))
    h = doc(
        f'<div class="WordSection1">{paras}<p class=MsoNormal>&nbsp;</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal>{hb}</p></div>{INV_HTML[lang]}</div>',
        cs,
    )
    p1, f = part("text/plain", t, cs, "quoted-printable")
    p2, _ = part("text/html", h, cs, "quoted-printable")
    return message(
        sender=sender,
        subject=pre + SUBJECT[lang],
        date=date,
        parts=[p1, p2],
        mailer="Microsoft Outlook 16.0",
        hcs=cs,
        extra={"Thread-Index": "AdnQ1x2Zk7e8W3xTQmK9"},
    ), "alt/" + f


def owa(body: str, lang: str, sender: str, date: str) -> tuple[bytes, str]:
    """Outlook on the web / new Outlook: HTML only, UTF-8 QP, divRplyFwdMsg block."""
    blk = f"<b>From:</b> Re-interview &lt;{OURS_ADDR}&gt;<br><b>Sent:</b> 27 November 2026 10:05<br><b>To:</b> {html.escape(sender)}<br><b>Subject:</b> {html.escape(SUBJECT[lang])}"
    h = doc(
        f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">{as_html(body)}</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{blk}</font><div>&nbsp;</div></div>{INV_HTML[lang]}',
        "utf-8",
    )
    p, f = part("text/html", h, "utf-8", "quoted-printable")
    return message(sender=sender, subject="Re: " + SUBJECT[lang], date=date, parts=[p]), "html/" + f


def gmail(body: str, lang: str, sender: str, date: str, ui: str = "en") -> tuple[bytes, str]:
    """Gmail web: alternative UTF-8 QP, attribution line in the UI language, '>' / gmail_quote."""
    attr = {
        "en": f"On Fri, 27 Nov 2026 at 10:05, {OURS} wrote:",
        "zh": f"{OURS} 于2026年11月27日周五 10:05写道：",
        "es": f"El vie, 27 nov 2026 a las 10:05, {OURS} escribió:",
        "pt": f"Em sex., 27 de nov. de 2026 às 10:05, {OURS} escreveu:",
        "it": f"Il giorno ven 27 nov 2026 alle ore 10:05 {OURS} ha scritto:",
        "ru": f"пт, 27 нояб. 2026 г. в 10:05, {OURS}:",
        "ko": f"2026년 11월 27일 (금) 오전 10:05, {OURS}님이 작성:",
        "ja": f"2026年11月27日(金) 10:05 {OURS}:",
    }[ui]
    t = f"{body}\n\n{attr}\n\n{gt(INV_TXT[lang])}"
    h = doc(
        f'<div dir="ltr">{as_html(body)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_HTML[lang]}</blockquote></div>',
        "UTF-8",
    )
    p1, f = part("text/plain", t, "utf-8", "quoted-printable")
    p2, _ = part("text/html", h, "utf-8", "quoted-printable")
    return message(sender=sender, subject="Re: " + SUBJECT[lang], date=date, parts=[p1, p2]), "alt/" + f


def iphone(body: str, lang: str, sender: str, date: str, ui: str = "en") -> tuple[bytes, str]:
    """iPhone Mail: plain UTF-8 QP, 'Sent from my iPhone' then the attribution and '>' quote."""
    sent, attr = {
        "en": ("Sent from my iPhone", f"On 27 Nov 2026, at 10:05, {OURS} wrote:"),
        "zh": ("发自我的iPhone", f"在 2026年11月27日，10:05，{OURS} 写道："),
    }[ui]
    t = f"{body}\n\n{sent}\n\n> {attr}\n>\n{gt(INV_TXT[lang])}"
    p, f = part("text/plain", t, "utf-8", "quoted-printable")
    return message(
        sender=sender, subject="Re: " + SUBJECT[lang], date=date, parts=[p], mailer="iPhone Mail (21F90)"
    ), "plain/" + f


def plain(
    body: str,
    lang: str,
    sender: str,
    date: str,
    cs: str = "utf-8",
    cte: str = "8bit",
    quote: bool = False,
    threaded: bool = True,
    prefix: str = "Re: ",
) -> tuple[bytes, str]:
    """Thunderbird / a bare client: plain text, optional '>' quote, configurable charset."""
    t = body + (
        f"\n\n在 2026/11/27 10:05, Re-interview 写道:\n{gt(INV_TXT[lang])}"
        if quote and lang == "zh"
        else f"\n\nOn 27/11/2026 10:05, Re-interview wrote:\n{gt(INV_TXT[lang])}"
        if quote
        else ""
    )
    p, f = part("text/plain", t, cs, cte)
    return message(
        sender=sender,
        subject=prefix + SUBJECT[lang],
        date=date,
        parts=[p],
        hcs=cs,
        threaded=threaded,
        mailer="Mozilla Thunderbird" if quote else "",
    ), "plain/" + f


def auto(body: str, lang: str, sender: str, date: str, prefix: str = "自动回复: ") -> tuple[bytes, str]:
    """An out-of-office / auto-reply with RFC 3834 headers."""
    p, f = part("text/plain", body, "utf-8", "base64")
    return message(
        sender=sender,
        subject=prefix + SUBJECT[lang],
        date=date,
        parts=[p],
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ), "plain/" + f
