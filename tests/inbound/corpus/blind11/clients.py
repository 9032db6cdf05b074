# ruff: noqa: E501
"""blind11 mail clients: how each client quotes the invitation and encodes its reply.

Plumbing (invitation files, subject, reply address, invitation Message-ID) as in blind4; the quoting is written
independently from how these clients behave.
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
INV_HTML = {lang: re.search(r"<body[^>]*>(.*)</body>", doc, re.S).group(1).strip() for lang, doc in _FULL.items()}  # type: ignore[union-attr]
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS_ADDR = "reinterview@hr.example.com"
OURS = f"Re-interview <{OURS_ADDR}>"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"

PY_CODEC = {
    "gb2312": "gbk",
    "gbk": "gbk",
    "big5": "big5",
    "iso-2022-jp": "iso2022_jp",
    "koi8-r": "koi8_r",
    "iso-8859-1": "latin-1",
    "windows-1252": "cp1252",
    "utf-8": "utf-8",
}


def text_of_html(lang: str) -> str:
    """The invitation HTML flattened to text the way a client does when it builds the plain alternative."""
    s = re.sub(r"\s*\n\s*", " ", INV_HTML[lang])
    s = re.sub(r"<li[^>]*>", "\n* ", s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|h3|tr|ul|ol|table|div)>", "\n\n", s)
    s = re.sub(r"</t[dh]>", " ", s)
    s = re.sub(r"<hr[^>]*>", "\n--\n", s)
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>', r"\2 <\1>", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    s = "\n".join(ln.strip() for ln in s.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", s).strip()


def gt(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + ln if ln else mark.rstrip() for ln in text.split("\n"))


def rewrap(text: str, width: int = 72) -> str:
    """Old clients hard-wrap the quoted text at ~72 columns."""
    out: list[str] = []
    for line in text.split("\n"):
        rest = line
        while len(rest) > width:
            cut = rest.rfind(" ", 0, width)
            cut = cut if cut > 20 else width
            out.append(rest[:cut])
            rest = rest[cut:].lstrip()
        out.append(rest)
    return "\n".join(out)


def para_html(body: str) -> str:
    return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n"))


def encode(text: str, charset: str, *, is_html: bool = False) -> tuple[bytes, str]:
    codec = PY_CODEC.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        if is_html:
            return text.encode(codec, errors="xmlcharrefreplace"), charset
        if charset.lower() in ("iso-8859-1", "koi8-r", "iso-2022-jp"):
            return text.encode(codec, errors="replace"), charset
        return text.encode("utf-8"), "utf-8"


def part(ctype: str, text: str, charset: str, cte: str, flowed: bool = False) -> tuple[bytes, str]:
    payload, cs = encode(text, charset, is_html=ctype == "text/html")
    if cte == "base64":
        body = base64.encodebytes(payload)
    elif cte == "quoted-printable":
        body = quopri.encodestring(payload)
    else:
        cte = "7bit" if all(b < 128 for b in payload) else cte
        body = payload
    extra = "; format=flowed" if flowed else ""
    head = f'Content-Type: {ctype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + body, f"{cs.lower()}/{cte}"


def hdr(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = {"gbk": "gb2312", "gb2312": "gb2312", "big5": "big5", "iso-2022-jp": "iso-2022-jp", "koi8-r": "koi8-r"}.get(
        charset.lower(), "utf-8"
    )

    def enc(s: str) -> str:
        try:
            return Header(s, cs).encode(maxlinelen=76)
        except (UnicodeEncodeError, LookupError):
            return Header(s, "utf-8").encode(maxlinelen=76)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    return f"{enc(m.group(1))} {m.group(2)}" if m else enc(value)


class Msg:
    """What make.py hands a client: who writes, what, when, to which invitation."""

    def __init__(
        self,
        sender: str,
        body: str,
        lang: str,
        date: str,
        threaded: bool = True,
        subject: str | None = None,
        extra: dict[str, str] | None = None,
    ):
        self.sender, self.body, self.lang, self.date, self.threaded = sender, body, lang, date, threaded
        self.subject, self.extra = subject, extra or {}


def build(
    m: Msg,
    prefix: str,
    parts: list[tuple[bytes, str]],
    mailer: str = "",
    hcharset: str = "utf-8",
    kind: str = "alternative",
) -> tuple[bytes, str]:
    subject = m.subject if m.subject is not None else prefix + SUBJECT[m.lang]
    lines = [
        f"From: {hdr(m.sender, hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcharset)}",
        f"Date: {m.date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, m.sender + m.date + m.body).hex[:24]}@mail.example.net>",
    ]
    if m.threaded:
        lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    lines += [f"{k}: {v}" for k, v in m.extra.items()]
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        p, fmt = parts[0]
        shape = "html" if p.startswith(b"Content-Type: text/html") else "plain"
        return head + p, f"{shape}/{fmt}"
    boundary = "_b11_" + uuid.uuid5(uuid.NAMESPACE_DNS, m.sender + m.date).hex[:18]
    out = head + f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n'.encode()
    for p, _ in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    out += f"--{boundary}--\n".encode()
    return out, f"{kind}/{parts[0][1]}"


def name_addr(sender: str) -> tuple[str, str]:
    m = re.match(r"^(.*?)\s*<([^>]+)>$", sender)
    return (m.group(1), m.group(2)) if m else (sender, sender)


# ------------------------------------------------------------------ attribution lines / header blocks

GMAIL_ATTR = {
    "en": "On Fri, 27 Nov 2026 at 10:05, Re-interview <{a}> wrote:",
    "us": "On Fri, Nov 27, 2026 at 10:05 AM Re-interview <{a}> wrote:",
    "zh": "Re-interview <{a}> 于2026年11月27日周五 10:05写道：",
    "tw": "Re-interview <{a}> 於 2026年11月27日 週五 上午10:05寫道：",
    "de": "Am Fr., 27. Nov. 2026 um 10:05 Uhr schrieb Re-interview <{a}>:",
    "fr": "Le ven. 27 nov. 2026 à 10:05, Re-interview <{a}> a écrit :",
    "es": "El vie, 27 nov 2026 a las 10:05, Re-interview (<{a}>) escribió:",
    "pt": "Em sex., 27 de nov. de 2026 às 10:05, Re-interview <{a}> escreveu:",
    "it": "Il giorno ven 27 nov 2026 alle ore 10:05 Re-interview <{a}> ha scritto:",
    "nl": "Op vr 27 nov 2026 om 10:05 schreef Re-interview <{a}>:",
    "ja": "2026年11月27日(金) 10:05 Re-interview <{a}>:",
    "ko": "2026년 11월 27일 (금) 오전 10:05, Re-interview <{a}>님이 작성:",
    "ru": "пт, 27 нояб. 2026 г. в 10:05, Re-interview <{a}>:",
}

OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:05 AM", "RE: "),
    "gb": ("From", "Sent", "To", "Subject", "27 November 2026 10:05", "RE: "),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:05", "答复: "),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:05", "回覆: "),
    "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 10:05", "AW: "),
    "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 10:05", "RE : "),
    "es": ("De", "Enviado el", "Para", "Asunto", "viernes, 27 de noviembre de 2026 10:05", "RE: "),
    "pt": ("De", "Enviado", "Para", "Assunto", "sexta-feira, 27 de novembro de 2026 10:05", "RE: "),
    "it": ("Da", "Inviato", "A", "Oggetto", "venerdì 27 novembre 2026 10:05", "R: "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "vrijdag 27 november 2026 10:05", "RE: "),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年11月27日 10:05", "RE: "),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 27일 금요일 오전 10:05", "RE: "),
    "ru": ("От", "Отправлено", "Кому", "Тема", "27 ноября 2026 г. 10:05", "RE: "),
}


def outlook_block(ui: str, lang: str, to: str, *, html_form: bool) -> str:
    f, s, t, subj, when, _ = OUTLOOK_HDR[ui]
    rows = [(f, OURS), (s, when), (t, to), (subj, SUBJECT[lang])]
    if html_form:
        cells = "<br>".join(f"<b>{k}:</b> {html.escape(v)}" for k, v in rows)
        return f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri,sans-serif">{cells}</span></p></div>'
    return "\n".join(f"{k}: {v}" for k, v in rows)


# ------------------------------------------------------------------ clients


def gmail(m: Msg, ui: str = "en", mobile: str = "", cte: str = "quoted-printable") -> tuple[bytes, str]:
    attr = GMAIL_ATTR[ui].format(a=OURS_ADDR)
    sig = {"ios": "\n\nSent from Gmail Mobile", "android": ""}.get(mobile, "")
    plain = f"{m.body}{sig}\n\n{attr}\n\n{gt(text_of_html(m.lang))}\n"
    h = f'<div dir="ltr">{para_html(m.body + sig)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_HTML[m.lang]}</blockquote></div>\n'
    return build(m, "Re: ", [part("text/plain", plain, "utf-8", cte), part("text/html", h, "utf-8", cte)])


def outlook(
    m: Msg,
    ui: str = "en",
    charset: str = "utf-8",
    original_message: bool = False,
    disclaimer: str = "",
    html_only: bool = False,
) -> tuple[bytes, str]:
    prefix = OUTLOOK_HDR[ui][5]
    disc = f"\n\n{disclaimer}" if disclaimer else ""
    sep = "-----Original Message-----\n" if original_message else "________________________________\n"
    plain = f"{m.body}{disc}\n\n{sep}{outlook_block(ui, m.lang, name_addr(m.sender)[0], html_form=False)}\n\n{INV_TXT[m.lang]}\n"
    body_p = "".join(
        f'<p class="MsoNormal">{html.escape(ln) if ln else "&nbsp;"}<o:p></o:p></p>'
        for ln in (m.body + disc).split("\n")
    )
    h = f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">{body_p}<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div>{outlook_block(ui, m.lang, name_addr(m.sender)[0], html_form=True)}</div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>{INV_HTML[m.lang]}</div></body></html>\n'
    hp = part("text/html", h, charset, "quoted-printable")
    parts = [hp] if html_only else [part("text/plain", plain, charset, "quoted-printable"), hp]
    return build(m, prefix, parts, mailer="Microsoft Outlook 16.0", hcharset=charset)


def owa(m: Msg, ui: str = "en", mobile: bool = False) -> tuple[bytes, str]:
    prefix = OUTLOOK_HDR[ui][5]
    sig = '<div><br></div><div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>' if mobile else ""
    h = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">{para_html(m.body)}</div>{sig}<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{outlook_block(ui, m.lang, name_addr(m.sender)[0], html_form=True)}</font><div>&nbsp;</div></div>{INV_HTML[m.lang]}</body></html>\n'
    return build(m, prefix, [part("text/html", h, "utf-8", "base64")])


def apple(m: Msg, device: str = "iphone", ui: str = "en", cte: str = "quoted-printable") -> tuple[bytes, str]:
    sig = {"iphone": "\n\nSent from my iPhone", "ipad": "\n\nSent from my iPad", "mac": ""}[device]
    if ui == "zh":
        sig = sig and "\n\n发自我的iPhone"
        attr = f"在 2026年11月27日，10:05，Re-interview <{OURS_ADDR}> 写道："
    elif ui == "de":
        sig = sig and "\n\nVon meinem iPhone gesendet"
        attr = f"Am 27.11.2026 um 10:05 schrieb Re-interview <{OURS_ADDR}>:"
    elif ui == "fr":
        sig = sig and "\n\nEnvoyé de mon iPhone"
        attr = f"Le 27 nov. 2026 à 10:05, Re-interview <{OURS_ADDR}> a écrit :"
    elif ui == "ja":
        sig = sig and "\n\niPhoneから送信"
        attr = f"2026/11/27 10:05、Re-interview <{OURS_ADDR}>のメール:"
    else:
        attr = f"On 27 Nov 2026, at 10:05, Re-interview <{OURS_ADDR}> wrote:"
    if device == "iphone":
        plain = f"{m.body}{sig}\n\n> {attr}\n> \n{gt(INV_TXT[m.lang])}\n"
        return build(m, "Re: ", [part("text/plain", plain, "utf-8", cte)], mailer="iPhone Mail (22B91)")
    plain = f"{m.body}{sig}\n\n> {attr}\n> \n{gt(INV_TXT[m.lang])}\n"
    h = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{para_html(m.body + sig)}<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{INV_HTML[m.lang]}</div></blockquote></body></html>\n'
    return build(
        m,
        "Re: ",
        [part("text/plain", plain, "utf-8", cte), part("text/html", h, "utf-8", cte)],
        mailer="Apple Mail (2.3826.300.87)",
    )


def yahoo(m: Msg) -> tuple[bytes, str]:
    attr = f"On Friday, 27 November 2026 at 10:05:11 GMT, Re-interview <{OURS_ADDR}> wrote:"
    plain = f"{m.body}\n\n    {attr}\n\n{text_of_html(m.lang)}\n"
    h = f'<html><head></head><body><div class="ydp3f1yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{para_html(m.body)}</div><div id="yahoo_quoted_1" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(attr)}</div><div><br></div><div><br></div><div>{INV_HTML[m.lang]}</div></div></div></body></html>\n'
    return build(
        m,
        "Re: ",
        [part("text/plain", plain, "utf-8", "quoted-printable"), part("text/html", h, "utf-8", "quoted-printable")],
        mailer="WebService/1.1.24562 YMailNorrin",
    )


def proton(m: Msg) -> tuple[bytes, str]:
    attr = f"On Friday, November 27th, 2026 at 10:05, Re-interview <{OURS_ADDR}> wrote:"
    plain = f"{m.body}\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\n{attr}\n\n{gt(text_of_html(m.lang))}\n"
    h = f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{para_html(m.body)}</div><div class="protonmail_signature_block"><div>Sent with <a href="https://proton.me/">Proton Mail</a> secure email.</div></div><div class="protonmail_quote">------- Original Message -------<br>{html.escape(attr)}<br><br><blockquote class="protonmail_quote" type="cite">{INV_HTML[m.lang]}</blockquote><br></div>\n'
    return build(
        m, "Re: ", [part("text/plain", plain, "utf-8", "quoted-printable"), part("text/html", h, "utf-8", "base64")]
    )


def thunderbird(m: Msg, charset: str = "utf-8", ui: str = "en", cte: str = "8bit") -> tuple[bytes, str]:
    attr = {
        "en": "On 27/11/2026 10:05, Re-interview wrote:",
        "de": "Am 27.11.26 um 10:05 schrieb Re-interview:",
        "fr": "Le 27/11/2026 à 10:05, Re-interview a écrit :",
        "ru": "27.11.2026 10:05, Re-interview пишет:",
        "ja": "On 2026/11/27 10:05, Re-interview wrote:",
        "nl": "Op 27-11-2026 om 10:05 schreef Re-interview:",
        "it": "Il 27/11/2026 10:05, Re-interview ha scritto:",
    }[ui]
    plain = f"{m.body}\n\n{attr}\n{gt(rewrap(INV_TXT[m.lang]), '>')}\n"
    plain = re.sub(r"^>(?=[^>\n])", "> ", plain, flags=re.M)
    return build(
        m,
        "Re: ",
        [part("text/plain", plain, charset, cte, flowed=True)],
        mailer="Mozilla Thunderbird",
        hcharset=charset,
    )


def samsung(m: Msg) -> tuple[bytes, str]:
    block = f"-------- Original message --------\nFrom: Re-interview <{OURS_ADDR}> \nDate: 27/11/2026 10:05 (GMT+00:00) \nTo: {name_addr(m.sender)[1]} \nSubject: {SUBJECT[m.lang]} \n"
    plain = f"{m.body}\n\n\n\nSent from my Galaxy\n\n\n{block}\n{text_of_html(m.lang)}\n"
    h = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{para_html(m.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div><div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(block).replace(chr(10), "<br>")}</div></div>{INV_HTML[m.lang]}</body></html>\n'
    return build(m, "Re: ", [part("text/plain", plain, "utf-8", "base64"), part("text/html", h, "utf-8", "base64")])


def qq(m: Msg, charset: str = "gb18030") -> tuple[bytes, str]:
    block = f'------------------&nbsp;原始邮件&nbsp;------------------<br><b>发件人:</b> "Re-interview" &lt;{OURS_ADDR}&gt;;<br><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午10:05<br><b>收件人:</b>&nbsp;"{html.escape(name_addr(m.sender)[1])}";<br><b>主题:</b>&nbsp;{html.escape(SUBJECT[m.lang])}'
    h = f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}"><div>{para_html(m.body)}</div><div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{block}</div><div><br></div>{INV_HTML[m.lang]}\n'
    plain_block = f'------------------ 原始邮件 ------------------\n发件人: "Re-interview" <{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "{name_addr(m.sender)[1]}";\n主题: {SUBJECT[m.lang]}\n'
    plain = f"{m.body}\n\n\n{plain_block}\n\n{text_of_html(m.lang)}\n"
    return build(
        m,
        "回复：",
        [part("text/plain", plain, charset, "base64"), part("text/html", h, charset, "base64")],
        mailer="QQMail 2.x",
        hcharset="gbk",
    )


def netease(m: Msg, charset: str = "gbk") -> tuple[bytes, str]:
    attr = f'在 2026-11-27 10:05:12，"Re-interview" &lt;{OURS_ADDR}&gt; 写道：'
    h = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{para_html(m.body)}<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>{attr}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{INV_HTML[m.lang]}</blockquote></div>\n'
    plain = (
        f'{m.body}\n\n在 2026-11-27 10:05:12，"Re-interview" <{OURS_ADDR}> 写道：\n{gt(text_of_html(m.lang), ">")}\n'
    )
    return build(
        m,
        "Re:",
        [part("text/plain", plain, charset, "base64"), part("text/html", h, charset, "base64")],
        mailer="Coremail Webmail Server Version XT5.0.14",
        hcharset="gbk",
    )


def foxmail(m: Msg, charset: str = "gb2312", ui: str = "zh") -> tuple[bytes, str]:
    if ui == "tw":
        labels = ("寄件者", "寄件日期", "收件者", "主旨")
        prefix = "回覆: "
    else:
        labels = ("发件人", "发送时间", "收件人", "主题")
        prefix = "回复: "
    sig = "\n\n\n\n" + name_addr(m.sender)[1]
    block = f"{labels[0]}： Re-interview\n{labels[1]}： 2026-11-27 10:05\n{labels[2]}： {name_addr(m.sender)[1]}\n{labels[3]}： {SUBJECT[m.lang]}"
    plain = f"{m.body}{sig}\n \n{block}\n{INV_TXT[m.lang]}\n"
    h = f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head><body><div>{para_html(m.body)}</div><hr align="left" style="width:210px;height:1px" color="#b5c4df" size="1"><div><span>{name_addr(m.sender)[1]}</span></div><blockquote style="margin-Top:0px;margin-Bottom:0px;margin-Left:0.5em"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:8px;PADDING-LEFT:8px;FONT-SIZE:12px;FONT-FAMILY:tahoma;COLOR:#000000;BACKGROUND:#efefef;PADDING-BOTTOM:8px;PADDING-TOP:8px">{html.escape(block).replace(chr(10), "<br>")}</div></div><div><br></div>{INV_HTML[m.lang]}</blockquote></body></html>\n'
    return build(
        m,
        prefix,
        [part("text/plain", plain, charset, "base64"), part("text/html", h, charset, "base64")],
        mailer="Foxmail 7.2.25.375[cn]",
        hcharset=charset,
    )


def bare(m: Msg, charset: str = "utf-8", cte: str = "8bit", prefix: str = "Re: ") -> tuple[bytes, str]:
    """A client that does not quote (or a candidate who deleted the quote)."""
    return build(m, prefix, [part("text/plain", m.body + "\n", charset, cte)])


def autoreply(m: Msg, prefix: str, charset: str = "utf-8", exchange: bool = True) -> tuple[bytes, str]:
    m.extra = {
        "Auto-Submitted": "auto-replied",
        **({"X-Auto-Response-Suppress": "All"} if exchange else {"Precedence": "auto_reply"}),
    }
    return build(
        m,
        prefix,
        [part("text/plain", m.body + "\n", charset, "quoted-printable")],
        mailer="Microsoft Exchange" if exchange else "",
    )
