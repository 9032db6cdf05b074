# ruff: noqa: E501
"""How blind13's mail clients write a reply: prefixes, attributions, header blocks, quoting, MIME."""

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
    return (m.group(1) if m else doc).strip()


INV_HTML = {lang: _body(d) for lang, d in _FULL.items()}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS = "Re-interview <reinterview@hr.example.com>"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"
REMINDER = {
    "en": 'Reminder: we have not yet heard from you about your re-interview for Support desk.\nPlease reply to the invitation below with "confirm", "2", "3", "reschedule" or "decline".\n\n',
    "zh": "提醒：我们尚未收到您关于「电商客服专员」重新面试的回复。\n请回复「确认」「2」「3」「改期」或「放弃」。\n\n",
}

A = "Re-interview <reinterview@hr.example.com>"
# attribution lines (the invitation went out Thu 26 Nov 2026 09:12 UTC)
ATTR = {
    "gmail": "On Thu, 26 Nov 2026 at 09:12, " + A + " wrote:",
    "gmail-de": "Am Do., 26. Nov. 2026 um 10:12 Uhr schrieb " + A + ":",
    "gmail-fr": "Le jeu. 26 nov. 2026 à 10:12, " + A + " a écrit :",
    "gmail-es": "El jue, 26 nov 2026 a las 10:12, Re-interview (<reinterview@hr.example.com>) escribió:",
    "gmail-pt": "Em qui., 26 de nov. de 2026 às 06:12, " + A + " escreveu:",
    "gmail-it": "Il giorno gio 26 nov 2026 alle ore 10:12 " + A + " ha scritto:",
    "gmail-nl": "Op do 26 nov 2026 om 10:12 schreef " + A + ":",
    "gmail-ja": "2026年11月26日(木) 18:12 " + A + ":",
    "gmail-ko": "2026년 11월 26일 (목) 오후 6:12, " + A + "님이 작성:",
    "gmail-ru": "чт, 26 нояб. 2026 г. в 12:12, " + A + ":",
    "gmail-zh": "Re-interview <reinterview@hr.example.com> 于2026年11月26日周四 17:12写道：",
    "apple": "On 26 Nov 2026, at 09:12, " + A + " wrote:",
    "iphone-zh": "2026年11月26日 下午5:12，Re-interview <reinterview@hr.example.com> 写道：",
    "iphone": "On Nov 26, 2026, at 9:12 AM, " + A + " wrote:",
    "apple-de": "Am 26.11.2026 um 10:12 schrieb " + A + ":",
    "apple-fr": "Le 26 nov. 2026 à 10:12, " + A + " a écrit :",
    "apple-ja": "2026/11/26 18:12、Re-interview <reinterview@hr.example.com>のメール:",
    "apple-zh": "2026年11月26日 17:12，Re-interview <reinterview@hr.example.com> 写道：",
    "thunderbird": "On 26/11/2026 09:12, Re-interview wrote:",
    "thunderbird-ru": "26.11.2026 12:12, Re-interview пишет:",
    "thunderbird-ja": "On 2026/11/26 18:12, Re-interview wrote:",
    "thunderbird-nl": "Op 26-11-2026 om 10:12 schreef Re-interview:",
    "yahoo": "On Thursday, 26 November 2026 at 09:12:40 GMT, Re-interview <reinterview@hr.example.com> wrote:",
    "proton": "On Thursday, November 26th, 2026 at 09:12, Re-interview <reinterview@hr.example.com> wrote:",
    "netease": '在 2026-11-26 17:12:05，"Re-interview" <reinterview@hr.example.com> 写道：',
    "yandex-ru": '26.11.2026, 12:12, "Re-interview" <reinterview@hr.example.com>:',
    "naver-ko": '-----Original Message-----\nFrom: "Re-interview"<reinterview@hr.example.com>\nTo: <'
    + REPLY_TO
    + ">;\nSent: 2026-11-26 (목) 18:12:05 (GMT+09:00)\nSubject: {subject}",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Thursday, November 26, 2026 9:12 AM"),
    "gb": ("From", "Sent", "To", "Subject", "26 November 2026 09:12"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Donnerstag, 26. November 2026 10:12"),
    "fr": ("De ", "Envoyé ", "À ", "Objet ", "jeudi 26 novembre 2026 10:12"),
    "es": ("De", "Enviado", "Para", "Asunto", "jueves, 26 de noviembre de 2026 10:12"),
    "pt": ("De", "Enviado", "Para", "Assunto", "quinta-feira, 26 de novembro de 2026 09:12"),
    "it": ("Da", "Inviato", "A", "Oggetto", "giovedì 26 novembre 2026 10:12"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "donderdag 26 november 2026 10:12"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月26日 17:12"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年11月26日 18:12"),
    "ru": ("От", "Отправлено", "Кому", "Тема", "26 ноября 2026 г. 12:12"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 26일 목요일 오후 6:12"),
}
PREFIX = {
    "outlook": "RE: ",
    "outlook-de": "AW: ",
    "outlook-fr": "RE : ",
    "outlook-it": "R: ",
    "outlook-nl": "RE: ",
    "outlook-zh": "答复: ",
    "qq": "回复：",
    "foxmail": "Re:",
    "netease": "Re:",
    "mailmaster": "回复：",
    "outlook-ja": "RE: ",
    "outlook-ru": "RE: ",
    "outlook-es": "RE: ",
    "outlook-pt": "RE: ",
    "outlook-ko": "RE: ",
    "naver-ko": "RE: ",
}
MAILER = {
    "outlook": "Microsoft Outlook 16.0",
    "foxmail": "Foxmail 7.2.25.228[cn]",
    "qq": None,
    "thunderbird": None,
    "netease": "Coremail Webmail Server Version XT5.0.14",
    "mailmaster": "MailMaster Android 7.17.2",
    "yahoo": None,
}


def _enc(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def part(ctype: str, text: str, charset: str, cte: str) -> tuple[bytes, str, str]:
    if ctype == "text/html" and charset.lower() in ("iso-8859-1", "windows-1252", "koi8-r"):
        # Outlook and webmails keep a legacy charset in HTML and write what it lacks as character references
        payload, cs = text.encode(charset, errors="xmlcharrefreplace"), charset
    else:
        payload, cs = _enc(text, charset)
    if cte in ("8bit", "7bit") and all(b < 128 for b in payload):
        cte = "7bit"
    if cs.lower() == "iso-2022-jp":
        cte = "7bit"
    body = (
        base64.encodebytes(payload)
        if cte == "base64"
        else quopri.encodestring(payload)
        if cte == "quoted-printable"
        else payload
    )
    head = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + body, cs, cte


def hdr(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 encoded words as the clients write them (B for CJK/KOI8, Q for Latin)."""
    if all(ord(c) < 128 for c in value):
        return value
    label = {
        "gbk": "GBK",
        "gb2312": "GB2312",
        "iso-2022-jp": "ISO-2022-JP",
        "koi8-r": "KOI8-R",
        "iso-8859-1": "ISO-8859-1",
        "windows-1252": "windows-1252",
    }.get(charset.lower(), "UTF-8")
    codec = {"GB2312": "gbk"}.get(label, label.lower())

    def enc(s: str) -> str:
        try:
            s.encode(codec)
            lab, cod = label, codec
        except UnicodeEncodeError:
            lab, cod = "UTF-8", "utf-8"
        if lab in ("ISO-8859-1", "windows-1252"):
            return Header(s, lab.lower()).encode(maxlinelen=76)
        words, chunk = [], ""
        for ch in s:
            if len((chunk + ch).encode(cod)) > 36:
                words.append(chunk)
                chunk = ""
            chunk += ch
        words.append(chunk)
        return "\n ".join(f"=?{lab}?B?{base64.b64encode(w.encode(cod)).decode()}?=" for w in words if w)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    return f"{enc(m.group(1))} {m.group(2)}" if m else enc(value)


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def to_html(body: str) -> str:
    return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n"))


def family(client: str) -> str:
    return client.split("-")[0]


def locale(client: str) -> str:
    bits = client.split("-")
    return bits[1] if len(bits) > 1 else ""


def outlook_block(client: str, lang: str, subject: str, html_form: bool = False, cand: str = "") -> str:
    loc = locale(client) or ("zh" if lang == "zh" else "en")
    f, s, t, sub, when = OUTLOOK.get(loc, OUTLOOK["en"])
    cand = cand or ("张三 <zhangsan@example.cn>" if lang == "zh" else "Alice Smith <alice.smith@example.com>")
    rows = [(f, "Re-interview <reinterview@hr.example.com>"), (s, when), (t, cand), (sub, subject)]
    if html_form:
        inner = "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in rows)
        return f'<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{inner}</font><div>&nbsp;</div></div>'
    return "________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows)


def attribution(client: str, subject: str, lang: str = "en") -> str:
    key = client if client in ATTR else family(client)
    if lang == "zh" and not locale(client) and f"{key}-zh" in ATTR:
        key = f"{key}-zh"
    if locale(client) == "tw":
        key = f"{family(client)}-zh"
    return ATTR.get(key, ATTR["gmail"]).replace("{subject}", subject)


def compose(
    client: str,
    lang: str,
    body: str,
    n: int,
    *,
    fmt: str = "alt",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    quote: bool = True,
    refs: bool = True,
    reminder: bool = False,
    auto: bool = False,
    sender: str = "",
) -> tuple[bytes, str]:
    """One reply as `client` writes it; returns (message bytes, format label)."""
    fam = family(client)
    subject = ("Reminder: " if lang == "en" else "提醒：") + SUBJECT[lang] if reminder else SUBJECT[lang]
    inv_txt = (REMINDER[lang] if reminder else "") + INV_TXT[lang]
    inv_html = (to_html(REMINDER[lang]) if reminder else "") + INV_HTML[lang]
    prefix = PREFIX.get(client, PREFIX.get(fam, "Re: "))
    if auto:
        prefix = (
            {"en": "Automatic reply: ", "zh": "自动回复: "}[lang]
            if fam == "outlook"
            else ("Out of Office: " if lang == "en" else "自动回复：")
        )
        quote = False
    # plain text
    if not quote:
        plain = body
        htm = to_html(body)
    elif fam in ("outlook", "foxmail", "qq", "mailmaster", "naver"):
        if fam == "outlook":
            block = outlook_block(client, lang, subject, cand=sender)
            hblock = outlook_block(client, lang, subject, html_form=True, cand=sender)
        elif fam == "qq":
            block = f'------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年11月26日(星期四) 下午5:12\n收件人: "{REPLY_TO}"<{REPLY_TO}>;\n主题: {subject}'
            hblock = "<div>" + "<br>".join(html.escape(x) for x in block.split("\n")) + "</div>"
        elif fam == "foxmail":
            block = f"zhangsan@foxmail.com\n \nFrom: Re-interview\nDate: 2026-11-26 17:12\nTo: {REPLY_TO}\nSubject: {subject}"
            hblock = "<div>" + "<br>".join(html.escape(x) for x in block.split("\n")) + "</div>"
        elif fam == "naver":
            block = attribution(client, subject)
            hblock = "<div>" + "<br>".join(html.escape(x) for x in block.split("\n")) + "</div>"
        else:
            block = f"---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 日期 | 2026年11月26日 17:12 |\n| 至 | {REPLY_TO} |\n| 主题 | {subject} |"
            hblock = "<div>" + "<br>".join(html.escape(x) for x in block.split("\n")) + "</div>"
        plain = f"{body}\n\n{block}\n\n{inv_txt}"
        htm = f"{to_html(body)}<br>{hblock}<div>{inv_html}</div>"
    else:
        att = attribution(client, subject, lang)
        if fam == "thunderbird":
            plain = f"{body}\n\n{att}\n{quoted(inv_txt)}"
        elif fam in ("gmail", "yandex"):
            plain = f"{body}\n\n{att}\n\n{quoted(inv_txt)}"
        else:
            plain = f"{body}\n\n{att}\n\n{quoted(inv_txt)}"
        if fam in ("apple", "iphone"):
            htm = f'<html><body dir="auto">{to_html(body)}<div><br><blockquote type="cite"><div>{html.escape(att)}</div><br>{inv_html}</blockquote></div></body></html>'
        else:
            htm = f'<div dir="ltr">{to_html(body)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(att)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html}</blockquote></div>'
    parts: list[bytes] = []
    used_cs, used_cte = charset, cte
    if fmt in ("plain", "alt"):
        p, used_cs, used_cte = part("text/plain", plain, charset, cte)
        parts.append(p)
    if fmt in ("html", "alt"):
        p, cs2, cte2 = part(
            "text/html", f"<html><body>{htm}</body></html>" if not htm.startswith("<html") else htm, charset, cte
        )
        parts.append(p)
        if fmt == "html":
            used_cs, used_cte = cs2, cte2
    who = sender or ("张三 <zhangsan@example.cn>" if lang == "zh" else "Alice Smith <alice.smith@example.com>")
    date = f"{['Thu', 'Fri', 'Sat', 'Sun', 'Mon'][n % 5]}, {26 + n % 5} Nov 2026 {8 + n % 11:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} +0000"
    lines = [
        f"From: {hdr(who, charset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(prefix + subject, charset)}",
        f"Date: {date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, f'blind13-{n}').hex}@mail.example.com>",
    ]
    if refs:
        lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if MAILER.get(fam):
        lines.append(f"X-Mailer: {MAILER[fam]}")
    if auto:
        lines += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
        if fam == "outlook":
            lines.append("X-MS-Exchange-Inbox-Rules-Loop: alice.smith@example.com")
    head = ("\n".join(lines) + "\n").encode()
    kind = {"alt": "alternative", "plain": "plain", "html": "html"}[fmt]
    label = f"{kind}/{used_cs.lower()}/{used_cte}"
    if len(parts) == 1:
        return head + parts[0], label
    boundary = "----=_Part_" + uuid.uuid5(uuid.NAMESPACE_DNS, f"blind13-{n}").hex[:20]
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode(), label
