# ruff: noqa: E501
"""How the clients of the London support-desk inbox quote our invitation (blind9 batch builder, part 1).

Plumbing (invitation loading, SUBJECT, REPLY_TO, INVITE_ID, MIME helpers) follows blind4; the quoting of each
client is written here from how those clients behave, not from the reader's code.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
import textwrap
import uuid
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {lang: (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8") for lang in ("zh", "en")}
INV_HTML_FULL = {lang: (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8") for lang in ("zh", "en")}
INV_HTML = {
    lang: re.search(r"<body[^>]*>(.*)</body>", doc, re.S).group(1).strip()  # type: ignore[union-attr]
    for lang, doc in INV_HTML_FULL.items()
}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS = "Re-interview <reinterview@hr.example.com>"
OURS_ADDR = "reinterview@hr.example.com"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"
SENT = "Mon, 23 Nov 2026 09:12:41 +0000"


# ---------------------------------------------------------------- MIME plumbing


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def rewrapped(text: str, width: int = 72, mark: str = "> ") -> str:
    """Quote the way clients that re-flow at 72 columns do: long lines broken, each piece re-marked."""
    out: list[str] = []
    for ln in text.split("\n"):
        if not ln:
            out.append(mark.rstrip())
            continue
        for piece in textwrap.wrap(ln, width - len(mark), break_long_words=False, drop_whitespace=True) or [""]:
            out.append(mark + piece)
    return "\n".join(out)


def body_html(body: str, tag: str = "div") -> str:
    return "".join(f"<{tag}>{html.escape(ln) if ln else '<br>'}</{tag}>" for ln in body.split("\n"))


def _enc(text: str, charset: str, lossy: str = "") -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    if lossy:  # old clients put '?' (or a character reference in HTML) for what the legacy charset lacks
        return text.encode(codec, errors=lossy), charset
    try:
        return text.encode(codec), charset
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8"), "utf-8"


def _cte(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload.replace(b"\r\n", b"\n")


def part(ctype: str, text: str, charset: str, cte: str, extra: str = "", lossy: bool = False) -> bytes:
    payload, cs = _enc(
        text,
        charset,
        ("replace" if ctype == "text/plain" else "xmlcharrefreplace") if lossy and charset.lower() != "utf-8" else "",
    )
    if cte in ("8bit", "7bit") and all(b < 128 for b in payload):
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _cte(payload, cte)


def hdr(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value

    def enc(s: str) -> str:
        try:
            return Header(s, charset).encode(maxlinelen=76)
        except (UnicodeEncodeError, LookupError):
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
    mailer: str | None = None,
    hcharset: str = "utf-8",
    extra: dict[str, str] | None = None,
    threaded: bool = True,
    mixed: bool = False,
) -> bytes:
    domain = sender.rsplit("@", 1)[-1].rstrip(">")
    lines = [
        f"From: {hdr(sender, hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcharset)}",
        f"Date: {date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, sender + subject + date + str(len(parts[0]))).hex}@{domain}>",
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
    boundary = "b9_" + uuid.uuid5(uuid.NAMESPACE_DNS, sender + date).hex[:24]
    kind = "mixed" if mixed else "alternative"
    out = head + f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()


# ---------------------------------------------------------------- localised pieces of the clients

GMAIL_ATTR = {
    "en": "On Mon, 23 Nov 2026 at 09:12, Re-interview <reinterview@hr.example.com> wrote:",
    "us": "On Mon, Nov 23, 2026 at 9:12 AM Re-interview <reinterview@hr.example.com> wrote:",
    "de": "Am Mo., 23. Nov. 2026 um 09:12 Uhr schrieb Re-interview <reinterview@hr.example.com>:",
    "fr": "Le lun. 23 nov. 2026 à 09:12, Re-interview <reinterview@hr.example.com> a écrit :",
    "es": "El lun, 23 nov 2026 a las 9:12, Re-interview (<reinterview@hr.example.com>) escribió:",
    "pt": "Em seg., 23 de nov. de 2026 às 09:12, Re-interview <reinterview@hr.example.com> escreveu:",
    "it": "Il giorno lun 23 nov 2026 alle ore 09:12 Re-interview <reinterview@hr.example.com> ha scritto:",
    "nl": "Op ma 23 nov 2026 om 09:12 schreef Re-interview <reinterview@hr.example.com>:",
    "ja": "2026年11月23日(月) 18:12 Re-interview <reinterview@hr.example.com> に書き込みました:",
    "ko": "2026년 11월 23일 (월) 오후 6:12, Re-interview <reinterview@hr.example.com>님이 작성:",
    "ru": "пн, 23 нояб. 2026 г. в 12:12, Re-interview <reinterview@hr.example.com>:",
    "pl": "pon., 23 lis 2026 o 10:12 Re-interview <reinterview@hr.example.com> napisał(a):",
    "zh": "Re-interview <reinterview@hr.example.com> 于2026年11月23日周一 17:12写道：",
    "tw": "Re-interview <reinterview@hr.example.com> 於 2026年11月23日 週一 下午5:12寫道：",
}

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Monday, 23 November 2026 09:12"),
    "us": ("From", "Sent", "To", "Subject", "Monday, November 23, 2026 9:12 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Montag, 23. November 2026 10:12"),
    "fr": ("De", "Envoyé", "À", "Objet", "lundi 23 novembre 2026 10:12"),
    "es": ("De", "Enviado el", "Para", "Asunto", "lunes, 23 de noviembre de 2026 10:12"),
    "pt": ("De", "Enviado", "Para", "Assunto", "segunda-feira, 23 de novembro de 2026 09:12"),
    "it": ("Da", "Inviato", "A", "Oggetto", "lunedì 23 novembre 2026 10:12"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "maandag 23 november 2026 10:12"),
    "ru": ("От", "Отправлено", "Кому", "Тема", "23 ноября 2026 г. 12:12"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "poniedziałek, 23 listopada 2026 10:12"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月23日 17:12"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年11月23日 18:12"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 23일 월요일 오후 6:12"),
}

IPHONE = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "it": "Inviato da iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "ja": "iPhoneから送信",
    "ko": "iPhone에서 보냄",
    "ru": "Отправлено с iPhone",
    "zh": "发自我的iPhone",
    "tw": "從我的 iPhone 傳送",
    "pl": "Wysłane z iPhone'a",
}

APPLE_ATTR = {
    "en": "On 23 Nov 2026, at 09:12, Re-interview <reinterview@hr.example.com> wrote:",
    "us": "On Nov 23, 2026, at 9:12 AM, Re-interview <reinterview@hr.example.com> wrote:",
    "de": "Am 23.11.2026 um 10:12 schrieb Re-interview <reinterview@hr.example.com>:",
    "fr": "Le 23 nov. 2026 à 10:12, Re-interview <reinterview@hr.example.com> a écrit :",
    "es": "El 23 nov 2026, a las 10:12, Re-interview <reinterview@hr.example.com> escribió:",
    "pt": "Em 23 de nov. de 2026, à(s) 09:12, Re-interview <reinterview@hr.example.com> escreveu:",
    "it": "Il giorno 23 nov 2026, alle ore 10:12, Re-interview <reinterview@hr.example.com> ha scritto:",
    "nl": "Op 23 nov 2026 om 10:12 heeft Re-interview <reinterview@hr.example.com> het volgende geschreven:",
    "ja": "2026/11/23 18:12、Re-interview <reinterview@hr.example.com>のメール:",
    "ko": "2026. 11. 23. 오후 6:12, Re-interview <reinterview@hr.example.com> 작성:",
    "ru": "23 нояб. 2026 г., в 12:12, Re-interview <reinterview@hr.example.com> написал(а):",
    "zh": "2026年11月23日 17:12，Re-interview <reinterview@hr.example.com> 写道：",
    "tw": "Re-interview <reinterview@hr.example.com> 於 2026年11月23日 下午5:12 寫道：",
    "pl": "Wiadomość napisana przez Re-interview <reinterview@hr.example.com> w dniu 23.11.2026, o godz. 10:12:",
}

PREFIX: dict[str, dict[str, str]] = {
    "outlook": {
        "en": "RE: ",
        "us": "RE: ",
        "de": "AW: ",
        "it": "R: ",
        "nl": "Antw: ",
        "pt": "RES: ",
        "zh": "回复：",
        "sv": "SV: ",
    },
}

CHARSET_OUTLOOK = {"zh": "gb2312", "ru": "koi8-r", "ja": "iso-2022-jp", "ko": "ks_c_5601-1987", "pl": "iso-8859-2"}


def _prefix(family: str, ui: str) -> str:
    if family in PREFIX:
        return PREFIX[family].get(ui, "RE: ")
    return "Re: "


def _subject(lang: str, prefix: str) -> str:
    return prefix + SUBJECT[lang]


def _inv_block_html(lang: str) -> str:
    return INV_HTML[lang]


# ---------------------------------------------------------------- the clients


def gmail(
    body: str,
    lang: str,
    ui: str,
    sender: str,
    date: str,
    *,
    app: str = "web",
    wrap_attr: bool = False,
    threaded: bool = True,
) -> bytes:
    attr = GMAIL_ATTR[ui]
    text_attr = attr
    if wrap_attr and len(attr) > 60:
        cut = attr.rfind(" ", 0, 60)
        text_attr = attr[:cut] + "\n" + attr[cut + 1 :]
    cjk = any(ord(c) > 0x2000 for c in body) or ui in ("ja", "ko", "ru", "zh", "tw")
    cte = "base64" if cjk else "quoted-printable"
    text = f"{body}\n\n{text_attr}\n\n{quoted(INV_TXT[lang])}\n"
    htm = (
        f'<div dir="ltr">{body_html(body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{_inv_block_html(lang)}</blockquote></div>\n'
    )
    parts = [part("text/plain", text, "utf-8", cte), part("text/html", htm, "utf-8", cte)]
    return message(sender=sender, subject=_subject(lang, "Re: "), date=date, parts=parts, threaded=threaded)


def gmail_mobile_text(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    """Gmail Android 'respond inline' off, plain only (older app via IMAP send)."""
    text = f"{body}\n\n{GMAIL_ATTR[ui]}\n\n{quoted(INV_TXT[lang])}\n"
    return message(
        sender=sender, subject=_subject(lang, "Re: "), date=date, parts=[part("text/plain", text, "utf-8", "base64")]
    )


def _outlook_block_text(ui: str, lang: str) -> str:
    f, s, t, j, when = OUTLOOK_LABELS[ui]
    return f"{f}: Re-interview <{OURS_ADDR}>\n{s}: {when}\n{t}: {REPLY_TO}\n{j}: {SUBJECT[lang]}"


def _outlook_block_html(ui: str, lang: str, new: bool = False) -> str:
    f, s, t, j, when = OUTLOOK_LABELS[ui]
    rows = f"<b>{f}:</b> Re-interview &lt;{OURS_ADDR}&gt;<br><b>{s}:</b> {when}<br><b>{t}:</b> {REPLY_TO}<br><b>{j}:</b> {html.escape(SUBJECT[lang])}"
    if new:
        return f'<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>'
    return f'<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b><span lang="EN-US">{rows}</span></b></p></div></div><p class="MsoNormal">&nbsp;</p>'


def outlook(
    body: str,
    lang: str,
    ui: str,
    sender: str,
    date: str,
    *,
    sig: str = "",
    disclaimer: str = "",
    html_only: bool = False,
    charset: str = "",
) -> bytes:
    cs = charset or CHARSET_OUTLOOK.get(ui, "windows-1252")
    full = body + (f"\n\n{sig}" if sig else "") + (f"\n\n{disclaimer}" if disclaimer else "")
    text = f"{full}\n\n________________________________\n{_outlook_block_text(ui, lang)}\n\n{INV_TXT[lang]}\n"
    paras = "".join(
        f'<p class="MsoNormal">{html.escape(ln) if ln else "&nbsp;"}<o:p></o:p></p>' for ln in full.split("\n")
    )
    htm = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset='
        + cs
        + '"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="EN-GB"><div class="WordSection1">'
        + paras
        + '<p class="MsoNormal">&nbsp;</p>'
        + _outlook_block_html(ui, lang)
        + _inv_block_html(lang)
        + "</div></body></html>\n"
    )
    cte = (
        "7bit"
        if cs == "iso-2022-jp"
        else ("base64" if cs in ("gb2312", "koi8-r", "ks_c_5601-1987") else "quoted-printable")
    )
    hp = part("text/html", htm, cs if cs != "iso-2022-jp" else "utf-8", "base64" if cs == "iso-2022-jp" else cte)
    parts = [hp] if html_only else [part("text/plain", text, cs, cte), hp]
    return message(
        sender=sender,
        subject=_subject(lang, _prefix("outlook", ui)),
        date=date,
        parts=parts,
        mailer="Microsoft Outlook 16.0",
        hcharset=cs if cs in ("gb2312", "koi8-r", "iso-2022-jp") else "utf-8",
        extra={
            "Thread-Index": "AdtdQ1x9Zk3r0b2YQ0u8F3i4pJ7wAg==",
            "Content-Language": {"us": "en-US", "en": "en-GB"}.get(ui, ui),
        },
    )


def owa(body: str, lang: str, ui: str, sender: str, date: str, *, sig: str = "") -> bytes:
    full = body + (f"\n\n{sig}" if sig else "")
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
        f'<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">{body_html(full)}</div>'
        f"{_outlook_block_html(ui, lang, new=True)}<div>{_inv_block_html(lang)}</div></body></html>\n"
    )
    return message(
        sender=sender,
        subject=_subject(lang, _prefix("outlook", ui)),
        date=date,
        parts=[part("text/html", htm, "utf-8", "quoted-printable")],
        extra={
            "X-MS-Exchange-Organization-SCL": "-1",
            "Thread-Topic": SUBJECT[lang] if lang == "en" else "=?utf-8?b?5Zue5aSN?=",
        },
    )


def outlook_mobile(body: str, lang: str, ui: str, sender: str, date: str, *, os: str = "iOS") -> bytes:
    get = {
        "de": f"Outlook für {os} herunterladen",
        "fr": f"Télécharger Outlook pour {os}",
        "es": f"Obtener Outlook para {os}",
        "zh": f"获取 Outlook for {os}",
    }.get(ui, f"Get Outlook for {os}")
    text = f"{body}\n\n{get}<https://aka.ms/o0ukef>\n________________________________\n{_outlook_block_text(ui, lang)}\n\n{INV_TXT[lang]}\n"
    htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">{body_html(body)}</div><div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto"><span>{get}</span></div>{_outlook_block_html(ui, lang, new=True)}{_inv_block_html(lang)}</body></html>\n'
    parts = [part("text/plain", text, "utf-8", "base64"), part("text/html", htm, "utf-8", "base64")]
    return message(sender=sender, subject=_subject(lang, _prefix("outlook", ui)), date=date, parts=parts)


def original_message(
    body: str,
    lang: str,
    ui: str,
    sender: str,
    date: str,
    *,
    charset: str = "windows-1252",
    sig: str = "",
    threaded: bool = True,
) -> bytes:
    """Old Outlook / Lotus-ish plain text with the '-----Original Message-----' separator, quote not marked."""
    f, s, t, j, when = OUTLOOK_LABELS[ui]
    sep = {
        "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----",
        "es": "-----Mensaje original-----",
        "nl": "-----Oorspronkelijk bericht-----",
        "it": "-----Messaggio originale-----",
    }.get(ui, "-----Original Message-----")
    full = body + (f"\n\n{sig}" if sig else "")
    text = f"{full}\n\n{sep}\n{f}: Re-interview [mailto:{OURS_ADDR}]\n{s}: {when}\n{t}: {REPLY_TO}\n{j}: {SUBJECT[lang]}\n\n{INV_TXT[lang]}\n"
    return message(
        sender=sender,
        subject=_subject(lang, _prefix("outlook", ui)),
        date=date,
        parts=[part("text/plain", text, charset, "quoted-printable", lossy=True)],
        mailer="Microsoft Office Outlook 12.0",
        threaded=threaded,
    )


def apple(
    body: str, lang: str, ui: str, sender: str, date: str, *, iphone: bool = True, text_only: bool = False
) -> bytes:
    sig = IPHONE[ui] if iphone else ""
    attr = APPLE_ATTR[ui]
    text = body + (f"\n\n{sig}" if sig else "") + f"\n\n> {attr}\n> \n{quoted(INV_TXT[lang])}\n"
    htm = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{body_html(body)}'
        + (f'<div dir="ltr"><br><div>{html.escape(sig)}</div></div>' if sig else "")
        + f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{_inv_block_html(lang)}</div></blockquote></body></html>\n'
    )
    parts = [part("text/plain", text, "utf-8", "quoted-printable")]
    if not text_only:
        parts.append(part("text/html", htm, "utf-8", "quoted-printable"))
    return message(
        sender=sender,
        subject=_subject(lang, "Re: "),
        date=date,
        parts=parts,
        mailer="iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)",
    )


def yahoo(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    attr = {
        "en": "On Monday 23 November 2026 at 09:12:41 GMT, Re-interview <reinterview@hr.example.com> wrote:",
        "fr": "Le lundi 23 novembre 2026 à 10:12:41 UTC+1, Re-interview <reinterview@hr.example.com> a écrit :",
        "es": "En lunes, 23 de noviembre de 2026, 10:12:41 CET, Re-interview <reinterview@hr.example.com> escribió:",
    }.get(ui, "On Monday, November 23, 2026 at 09:12:41 AM GMT, Re-interview <reinterview@hr.example.com> wrote:")
    indented = "\n".join(" " + ln if ln else "" for ln in INV_TXT[lang].split("\n"))
    text = f"{body}\n\n\n    {attr}  \n \n{indented}\n"
    htm = (
        f'<html><head></head><body><div class="ydp3c8f yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{body_html(body)}</div>'
        f'<div id="yahoo_quoted_1234" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(attr)}</div><div><br></div><div><br></div><div><div dir="ltr">{_inv_block_html(lang)}</div></div></div></div></body></html>\n'
    )
    parts = [part("text/plain", text, "utf-8", "quoted-printable"), part("text/html", htm, "utf-8", "quoted-printable")]
    return message(
        sender=sender, subject=_subject(lang, "Re: "), date=date, parts=parts, mailer="WebService/1.1.23456 YMailNorrin"
    )


def proton(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    attr = "On Monday, 23 November 2026 at 09:12, Re-interview <reinterview@hr.example.com> wrote:"
    text = f"{body}\n\nSent with Proton Mail secure email.\n\n{attr}\n\n{quoted(INV_TXT[lang])}\n"
    htm = (
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{body_html(body)}</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Sent with <a href="https://proton.me/" target="_blank">Proton Mail</a> secure email.</div></div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        f'<div class="protonmail_quote">{html.escape(attr)}<br><br><blockquote class="protonmail_quote" type="cite">{_inv_block_html(lang)}</blockquote><br></div>\n'
    )
    parts = [part("text/plain", text, "utf-8", "quoted-printable"), part("text/html", htm, "utf-8", "base64")]
    return message(sender=sender, subject=_subject(lang, "Re: "), date=date, parts=parts)


def thunderbird(
    body: str, lang: str, ui: str, sender: str, date: str, *, charset: str = "utf-8", cte: str = "8bit"
) -> bytes:
    attr = {
        "en": "On 23/11/2026 09:12, Re-interview wrote:",
        "de": "Am 23.11.26 um 10:12 schrieb Re-interview:",
        "fr": "Le 23/11/2026 à 10:12, Re-interview a écrit :",
        "ru": "23.11.2026 12:12, Re-interview пишет:",
        "ja": "On 2026/11/23 18:12, Re-interview wrote:",
        "pl": "W dniu 23.11.2026 o 10:12, Re-interview pisze:",
        "nl": "Op 23-11-2026 om 10:12 schreef Re-interview:",
    }.get(ui, "On 23/11/2026 09:12, Re-interview wrote:")
    text = f"{body}\n\n{attr}\n{rewrapped(INV_TXT[lang])}\n"
    return message(
        sender=sender,
        subject=_subject(lang, "Re: " if ui != "de" else "AW: "),
        date=date,
        parts=[part("text/plain", text, charset, cte, "; format=flowed", lossy=True)],
        mailer=None,
        hcharset=charset,
        extra={"User-Agent": "Mozilla Thunderbird"},
    )


def fastmail(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    attr = "On Mon, 23 Nov 2026, at 09:12, Re-interview wrote:"
    text = f"{body}\n\n{attr}\n{quoted(INV_TXT[lang])}\n"
    htm = f'<!DOCTYPE html><html><head><title></title></head><body><div>{body_html(body)}</div><div><br></div><div>{html.escape(attr)}</div><blockquote type="cite" id="qt" style="">{_inv_block_html(lang)}</blockquote><div><br></div></body></html>\n'
    parts = [part("text/plain", text, "utf-8", "quoted-printable"), part("text/html", htm, "utf-8", "quoted-printable")]
    return message(
        sender=sender, subject=_subject(lang, "Re: "), date=date, parts=parts, extra={"User-Agent": "Cyrus-JMAP/3.11.0"}
    )


def zoho(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    attr = "---- On Mon, 23 Nov 2026 09:12:41 +0000  Re-interview &lt;reinterview@hr.example.com&gt; wrote ---"
    htm = f'<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>{body_html(body)}</div><div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">{attr}</div><div><br></div><blockquote style="margin: 0px;">{_inv_block_html(lang)}</blockquote></div></div></body></html>\n'
    return message(
        sender=sender,
        subject=_subject(lang, "Re: "),
        date=date,
        parts=[part("text/html", htm, "utf-8", "quoted-printable")],
        extra={"User-Agent": "Zoho Mail"},
    )


def gmx(body: str, lang: str, ui: str, sender: str, date: str, *, charset: str = "iso-8859-1") -> bytes:
    block = f'Gesendet: Montag, 23. November 2026 um 10:12\nVon: "Re-interview" <{OURS_ADDR}>\nAn: {REPLY_TO}\nBetreff: {SUBJECT[lang]}'
    if ui != "de":
        block = f'Sent: Monday, 23 November 2026 at 10:12\nFrom: "Re-interview" <{OURS_ADDR}>\nTo: {REPLY_TO}\nSubject: {SUBJECT[lang]}'
    text = f"{body}\n\n\n{block}\n{quoted(INV_TXT[lang])}\n"
    return message(
        sender=sender,
        subject=_subject(lang, "Aw: " if ui == "de" else "Re: "),
        date=date,
        parts=[part("text/plain", text, charset, "quoted-printable", lossy=True)],
        extra={"Importance": "normal", "Sensitivity": "Normal"},
    )


def orange(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    block = f'> Message du 23/11/26 10:12\n> De : "Re-interview" <{OURS_ADDR}>\n> A : {REPLY_TO}\n> Copie à : \n> Objet : {SUBJECT[lang]}\n> \n'
    text = f"{body}\n\n{block}{quoted(INV_TXT[lang])}\n"
    return message(
        sender=sender,
        subject=_subject(lang, "RE: "),
        date=date,
        parts=[part("text/plain", text, "iso-8859-1", "quoted-printable", lossy=True)],
        mailer="Webmail Orange",
    )


def samsung(body: str, lang: str, ui: str, sender: str, date: str) -> bytes:
    sig = {"fr": "Envoyé depuis mon Galaxy", "de": "Von meinem Galaxy gesendet", "es": "Enviado desde mi Galaxy"}.get(
        ui, "Sent from my Galaxy"
    )
    orig = {
        "fr": "-------- Message d'origine --------\nDe : Re-interview <reinterview@hr.example.com> \nDate : 23/11/2026 10:12 (GMT+01:00) \nÀ : ",
        "de": "-------- Ursprüngliche Nachricht --------\nVon: Re-interview <reinterview@hr.example.com> \nDatum: 23.11.26 10:12 (GMT+01:00) \nAn: ",
    }.get(
        ui,
        "-------- Original message --------\nFrom: Re-interview <reinterview@hr.example.com> \nDate: 23/11/2026 09:12 (GMT+00:00) \nTo: ",
    )
    subj = {"fr": "Objet : ", "de": "Betreff: "}.get(ui, "Subject: ")
    head = f"{orig}{REPLY_TO} \n{subj}{SUBJECT[lang]} \n\n"
    htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{body_html(body)}</div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{sig}</div></div><div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><!-- originalMessage --><div>{html.escape(head).replace(chr(10), "<br>")}</div></div>{_inv_block_html(lang)}</body></html>\n'
    text = f"{body}\n\n{sig}\n\n{head}{INV_TXT[lang]}\n"
    parts = [part("text/plain", text, "utf-8", "base64"), part("text/html", htm, "utf-8", "base64")]
    return message(sender=sender, subject=_subject(lang, "RE: " if ui in ("fr",) else "Re: "), date=date, parts=parts)


def bare(
    body: str,
    lang: str,
    ui: str,
    sender: str,
    date: str,
    *,
    charset: str = "utf-8",
    cte: str = "8bit",
    threaded: bool = True,
    prefix: str = "Re: ",
    ctype: str = "text/plain",
) -> bytes:
    """Top-posted answer only: a client set not to quote, or a reply typed into a fresh message."""
    text = body + "\n" if ctype == "text/plain" else f"<html><body>{body_html(body, 'p')}</body></html>\n"
    return message(
        sender=sender,
        subject=_subject(lang, prefix),
        date=date,
        parts=[part(ctype, text, charset, cte)],
        hcharset=charset,
        threaded=threaded,
    )


def netease(body: str, lang: str, ui: str, sender: str, date: str, *, charset: str = "gbk") -> bytes:
    """163/126 webmail: 在 … 写道： and a blockquote; GBK."""
    attr = f'在 2026-11-23 17:12:41，"Re-interview" &lt;{OURS_ADDR}&gt; 写道：'
    htm = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{body_html(body)}<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>{attr}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{_inv_block_html(lang)}</blockquote></div>\n'
    text = f'{body}\n\n\n在 2026-11-23 17:12:41，"Re-interview" <{OURS_ADDR}> 写道：\n{quoted(INV_TXT[lang])}\n'
    parts = [part("text/plain", text, charset, "base64"), part("text/html", htm, charset, "base64")]
    return message(
        sender=sender,
        subject=_subject(lang, "Re:"),
        date=date,
        parts=parts,
        mailer="Coremail Webmail Server Version XT5.0.14",
        hcharset=charset,
    )


QQ_ROW = '</div><div style="font-size: 12px;background:#efefef;padding:8px;">'


def qqmail(body: str, lang: str, ui: str, sender: str, date: str, *, charset: str = "gb18030") -> bytes:
    """QQ Mail / Foxmail: the ------------------ 原始邮件 ------------------ block, then the invitation, unmarked."""
    block = f'------------------&nbsp;原始邮件&nbsp;------------------\n发件人: "Re-interview" &lt;{OURS_ADDR}&gt;;\n发送时间:&nbsp;2026年11月23日(星期一) 下午5:12\n收件人:&nbsp;&lt;{REPLY_TO}&gt;;\n主题:&nbsp;{html.escape(SUBJECT[lang])}'
    htm = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>{body_html(body)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{block.replace(chr(10), QQ_ROW)}</div><div><br></div>{_inv_block_html(lang)}\n'
    plain_block = html.unescape(block.replace("&nbsp;", " "))
    text = f"{body}\n\n\n{plain_block}\n\n\n\n{INV_TXT[lang]}\n"
    parts = [part("text/plain", text, charset, "base64"), part("text/html", htm, charset, "base64")]
    return message(
        sender=sender, subject=_subject(lang, "回复："), date=date, parts=parts, mailer="QQMail 2.x", hcharset=charset
    )


def mailru(body: str, lang: str, ui: str, sender: str, date: str, *, charset: str = "koi8-r") -> bytes:
    attr = f"Понедельник, 23 ноября 2026, 12:12 +03:00 от Re-interview <{OURS_ADDR}>:"
    text = f"{body}\n\n\n{attr}\n{quoted(INV_TXT[lang])}\n"
    return message(
        sender=sender,
        subject=_subject(lang, "Re: "),
        date=date,
        parts=[part("text/plain", text, charset, "8bit", lossy=True)],
        hcharset=charset,
        mailer="Mail.Ru Mailer 1.0",
    )


def autoreply(
    body: str,
    lang: str,
    ui: str,
    sender: str,
    date: str,
    *,
    prefix: str = "Automatic reply: ",
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
) -> bytes:
    extra = headers if headers is not None else {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
    return message(
        sender=sender,
        subject=_subject(lang, prefix),
        date=date,
        parts=[part("text/plain", body + "\n", charset, "quoted-printable")],
        extra=extra,
        hcharset=charset,
    )


CLIENTS = {
    "gmail": gmail,
    "gmailtext": gmail_mobile_text,
    "outlook": outlook,
    "owa": owa,
    "outlookmobile": outlook_mobile,
    "origmsg": original_message,
    "apple": apple,
    "yahoo": yahoo,
    "proton": proton,
    "thunderbird": thunderbird,
    "fastmail": fastmail,
    "zoho": zoho,
    "gmx": gmx,
    "orange": orange,
    "samsung": samsung,
    "bare": bare,
    "netease": netease,
    "qqmail": qqmail,
    "mailru": mailru,
    "auto": autoreply,
}
