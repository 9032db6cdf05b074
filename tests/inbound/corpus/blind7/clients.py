# ruff: noqa: E501  (header blocks and HTML are kept on one line each, as clients send them)
"""How the mail clients of the blind7 week quote the invitation they answer (blind7 batch builder, part 1).

`build(client, lang, body, ...)` returns the raw bytes of a reply as that client family sends it: its quote
(attribution line in the client's UI language, header block, ">" lines, blockquote, bordered div or nothing),
its MIME shape (plain, HTML only, multipart/alternative), charset and transfer encoding. Written from how the
clients behave, by a hand that has not read the reader.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {lang: (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8") for lang in ("zh", "en")}
_INV_DOC = {lang: (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8") for lang in ("zh", "en")}
INV_HTML = {lang: re.search(r"<body[^>]*>(.*)</body>", doc, re.S).group(1).strip() for lang, doc in _INV_DOC.items()}  # type: ignore[union-attr]
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS_NAME = "Re-interview"
OURS_ADDR = "reinterview@hr.example.com"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"
REMINDER_ID = "<rem-7f3a9c21e0@hr.example.com>"

# The invitation went out on Fri 27 Nov 2026 09:12 (Shanghai) / 09:12 (London).
REMINDER = {
    "zh": "张三，您好：\n\n我们尚未收到您对重新面试邀请的回复。请于 2026年11月30日 周一 18:00 前直接回复本邮件：回复「确认」接受方案 1，回复「2」或「3」选择其他方案，回复「改期」并写明方便的时间，回复「放弃」表示不参加。\n\n可选时间：\n  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n  方案 2：2026年12月4日 周五 14:00–15:00\n  方案 3：2026年12月5日 周六 10:00–11:00\n\n--\n此邮件由重新面试服务自动发送。",
    "en": 'Dear Alice Smith,\n\nWe have not yet heard from you about the re-interview. Please reply to this email by Mon 30 Nov 2026, 10:00 (Europe/London): "confirm" for option 1, "2" or "3" for another option, "reschedule" with times that suit you, or "decline".\n\nThe times:\n  Option 1 (proposed): Thu 3 Dec 2026, 14:00–15:00 (Europe/London)\n  Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)\n  Option 3: Sat 5 Dec 2026, 10:00–11:00 (Europe/London)\n\n--\nThis message was sent automatically by the re-interview service.',
}


def rendered(lang: str) -> str:
    """The HTML invitation as a desktop client turns it into text for the plain part of a reply."""
    s = re.sub(r"\s*\n\s*", " ", INV_HTML[lang])
    n = 0

    def li(m: re.Match[str]) -> str:
        nonlocal n
        n += 1
        return f"\n{n}.  "

    chunks = re.split(r"(<ol[^>]*>.*?</ol>)", s)
    out = []
    for ch in chunks:
        if ch.startswith("<ol"):
            n = 0
            out.append(re.sub(r"<li[^>]*>", li, ch))
        else:
            out.append(re.sub(r"<li[^>]*>", "\n·       ", ch))
    s = "".join(out)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|h3|tr|ol|ul|table|div)>", "\n\n", s)
    s = re.sub(r"<h3[^>]*>", "\n", s)
    s = re.sub(r"</t[dh]>", " ", s)
    s = re.sub(r"<hr[^>]*>", "\n________________________________\n", s)
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>', r"\2<\1>", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [ln.strip() for ln in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def gt(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def as_html(body: str, tag: str = "div") -> str:
    return "".join(f"<{tag}>{html.escape(ln) if ln else '<br>'}</{tag}>" for ln in body.split("\n"))


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- MIME plumbing


def _encode(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk", "iso-2022-jp": "iso2022_jp"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        if charset.lower() in ("big5", "gb2312", "gbk"):
            return text.encode(codec, errors="replace"), charset  # legacy clients put '?' for what the charset lacks
        return text.encode("utf-8"), "utf-8"


def _transfer(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


def part(ctype: str, text: str, charset: str, cte: str, params: str = "") -> bytes:
    text = text.replace("\r\n", "\n")
    payload, cs = _encode(text, charset)
    if cte == "8bit" and all(b < 128 for b in payload):
        cte = "7bit"
    if cs.lower() == "iso-2022-jp" and cte == "8bit":
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{cs}"{params}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _transfer(payload, cte)


def hdr(value: str, charset: str = "utf-8") -> str:
    """An RFC 2047 header value in the client's charset (UTF-8 when the charset lacks a character)."""
    if all(ord(c) < 128 for c in value):
        return value
    label = charset.lower()
    codec = {"gb2312": "gbk", "iso-2022-jp": "iso2022_jp"}.get(label, label)
    try:
        value.encode(codec)
    except (UnicodeEncodeError, LookupError):
        label, codec = "utf-8", "utf-8"
    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    if m and all(ord(c) < 128 for c in m.group(1)):
        return value
    text, addr = (m.group(1), " " + m.group(2)) if m else (value, "")
    words, chunk = [], ""
    for ch in text:
        if len(base64.b64encode((chunk + ch).encode(codec))) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    enc = "\n ".join(f"=?{label}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)
    return enc + addr


def message(
    *,
    key: str,
    sender: str,
    subject: str,
    date: str,
    parts: list[bytes],
    hcharset: str = "utf-8",
    mailer: str | None = None,
    threaded: bool = True,
    extra: dict[str, str] | None = None,
    domain: str = "mail.example.com",
    references: str = INVITE_ID,
) -> bytes:
    digest = hashlib.sha256(key.encode()).hexdigest()
    lines = [
        f"From: {hdr(sender, hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcharset)}",
        f"Date: {date}",
        f"Message-ID: <{digest[:24]}@{domain}>",
    ]
    if threaded:
        lines += [f"In-Reply-To: {references.split()[-1]}", f"References: {references}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    boundary = f"----=_NextPart_{digest[24:40]}"
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    return out + f"--{boundary}--\n".encode()


# ---------------------------------------------------------------- attribution lines (Gmail and friends)

OURS = f"{OURS_NAME} <{OURS_ADDR}>"

GMAIL_ATTR = {
    "en": f"On Fri, Nov 27, 2026 at 9:12 AM {OURS} wrote:",
    "en-gb": f"On Fri, 27 Nov 2026 at 09:12, {OURS} wrote:",
    "zh": f"{OURS} 于2026年11月27日周五 09:12写道：",
    "zh-old": f"在 2026年11月27日 上午9:12，{OURS}写道：",
    "tw": f"{OURS} 於 2026年11月27日 週五 上午9:12寫道：",
    "de": f"Am Fr., 27. Nov. 2026 um 09:12 Uhr schrieb {OURS}:",
    "fr": f"Le ven. 27 nov. 2026 à 09:12, {OURS} a écrit :",
    "es": f"El vie, 27 nov 2026 a las 9:12, {OURS_NAME} (<{OURS_ADDR}>) escribió:",
    "pt": f"Em sex., 27 de nov. de 2026 às 09:12, {OURS} escreveu:",
    "it": f"Il giorno ven 27 nov 2026 alle ore 09:12 {OURS} ha scritto:",
    "nl": f"Op vr 27 nov 2026 om 09:12 schreef {OURS}:",
    "ja": f"2026年11月27日(金) 9:12 {OURS}:",
    "ko": f"2026년 11월 27일 (금) 오전 9:12, {OURS}님이 작성:",
    "ru": f"пт, 27 нояб. 2026 г. в 09:12, {OURS}:",
}


def wrap_attr(line: str, width: int = 72) -> str:
    """Gmail's plain part wraps a long attribution line like any other line."""
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width)
    if cut <= 0:
        cut = width
    return line[:cut] + "\n" + line[cut:].lstrip()


# ---------------------------------------------------------------- Outlook header blocks

OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 9:12 AM"),
    "gb": ("From", "Sent", "To", "Subject", "27 November 2026 09:12"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 9:12"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 09:12"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 09:12"),
    "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 09:12"),
    "es": ("De", "Enviado", "Para", "Asunto", "viernes, 27 de noviembre de 2026 9:12"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "sexta-feira, 27 de novembro de 2026 09:12"),
    "it": ("Da", "Inviato", "A", "Oggetto", "venerdì 27 novembre 2026 09:12"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "vrijdag 27 november 2026 09:12"),
}


def outlook_block(ui: str, lang: str, me: str, *, sep: str = "_" * 32, colon: str = ": ") -> str:
    f, s, t, sub, when = OUTLOOK[ui]
    if ui == "fr":
        colon = " : "
    head = f"{f}{colon}{OURS}\n{s}{colon}{when}\n{t}{colon}{me}\n{sub}{colon}{SUBJECT[lang]}"
    return f"{sep}\n{head}" if sep else head


def outlook_block_html(ui: str, lang: str, me: str) -> str:
    f, s, t, sub, when = OUTLOOK[ui]
    c = " :" if ui == "fr" else ":"
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b><span lang="EN-US">{f}{c}</span></b><span lang="EN-US"> {esc(OURS)}<br>'
        f"<b>{s}{c}</b> {esc(when)}<br><b>{t}{c}</b> {esc(me)}<br><b>{sub}{c}</b> {esc(SUBJECT[lang])}<o:p></o:p></span></p></div>"
    )


def mso_doc(body_html: str) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>'
        f'<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">{body_html}</div></body></html>'
    )


def mso_paras(body: str) -> str:
    return "".join(
        f'<p class="MsoNormal">{esc(ln) if ln else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for ln in body.split("\n")
    )


# ---------------------------------------------------------------- one reply


@dataclass
class Mail:
    """What one case asks of its client; the client fills in the rest."""

    key: str
    client: str
    lang: str
    body: str
    sender: str
    date: str
    shape: str = ""  # alt | plain | html ('' = the client's usual)
    charset: str = ""
    cte: str = ""
    prefix: str = ""  # subject prefix ('' = the client's usual)
    threaded: bool = True
    bottom: bool = False  # the new text under the quote
    quote: str = ""  # the quoted text when it is not the invitation (a reminder, an earlier reply)
    quote_html: str = ""
    plain_override: str = ""  # a fully written plain body (inline answers, chains)
    html_override: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    ui: str = ""  # the client's UI language where it differs from the invitation
    noquote: bool = False  # the quote deleted by hand, or an auto-reply that never quotes


def _q(m: Mail) -> tuple[str, str]:
    """The quoted text and HTML: the invitation unless the case says otherwise."""
    return (m.quote or INV_TXT[m.lang]), (m.quote_html or INV_HTML[m.lang])


def me_of(m: Mail) -> str:
    return "张三 <" + m.sender.split("<")[-1] if m.lang == "zh" else "Alice Smith <" + m.sender.split("<")[-1]


def _family(client: str) -> str:
    return client.split("-")[0]


def compose(m: Mail) -> tuple[str, str | None, dict[str, object]]:
    """Plain text, HTML (or None) and the client's defaults for one reply."""
    fam = _family(m.client)
    qt, qh = _q(m)
    b = m.body
    d: dict[str, object] = {}
    ui = m.ui or ("zh" if m.lang == "zh" else "en")
    if fam == "gmail":
        attr = GMAIL_ATTR[ui]
        plain = f"{b}\n\n{wrap_attr(attr)}\n\n{gt(qt)}\n" if not m.bottom else f"{wrap_attr(attr)}\n\n{gt(qt)}\n\n{b}\n"
        quote_html = f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>'
        new_html = f'<div dir="ltr">{as_html(b)}</div>'
        h = (new_html + "<br>" + quote_html) if not m.bottom else (quote_html + new_html)
        d = {
            "shape": "alt",
            "charset": "utf-8",
            "cte": "quoted-printable",
            "prefix": "Re: ",
            "domain": "mail.gmail.com",
        }
        if m.client.startswith("gmail-android") or m.client.startswith("gmail-ios"):
            d["cte"] = "base64"
        if ui == "de":
            d["prefix"] = "Re: "
        return plain, f'<div dir="ltr">{h}</div>', d
    if fam in ("outlook",):
        me = me_of(m)
        oui = {"zh-old": "zh", "en-gb": "gb", "ko": "en", "ja": "en", "ru": "en"}.get(ui, ui)
        if m.client.startswith("outlook-ios") or m.client.startswith("outlook-android"):
            sig = {
                "zh": "获取 Outlook for iOS",
                "en": "Get Outlook for iOS",
                "de": "Outlook für iOS beziehen",
                "fr": "Télécharger Outlook pour iOS",
                "es": "Obtener Outlook para iOS",
            }.get(oui, "Get Outlook for iOS")
            if m.client.startswith("outlook-android"):
                sig = sig.replace("iOS", "Android")
            f, s, t, sub, when = OUTLOOK[oui]
            head = f"{f}: {OURS}\n{s}: {when}\n{t}: {me}\n{sub}: {SUBJECT[m.lang]}"
            plain = f"{b}\n\n{sig}\n{'_' * 32}\n{head}\n\n{rendered(m.lang) if not m.quote else qt}\n"
            hb = f'<div dir="ltr">{as_html(b)}</div><div><br></div><div dir="ltr">{esc(sig)}</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>{f}:</b> {esc(OURS)}<br><b>{s}:</b> {esc(when)}<br><b>{t}:</b> {esc(me)}<br><b>{sub}:</b> {esc(SUBJECT[m.lang])}</font><div>&nbsp;</div></div><div>{qh}</div>'
            d = {
                "shape": "alt",
                "charset": "utf-8",
                "cte": "base64",
                "prefix": "RE: "
                if oui in ("en", "gb")
                else {"zh": "回复: ", "tw": "回覆: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}.get(oui, "RE: "),
                "domain": "outlook.com",
            }
            return plain, f"<html><body>{hb}</body></html>", d
        if m.client.startswith("outlook-owa") or m.client.startswith("outlook-web"):
            f, s, t, sub, when = OUTLOOK[oui]
            hb = f'<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">{as_html(b)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size:11pt"><b>{f}:</b> {esc(OURS)}<br><b>{s}:</b> {esc(when)}<br><b>{t}:</b> {esc(me)}<br><b>{sub}:</b> {esc(SUBJECT[m.lang])}</font><div>&nbsp;</div></div>{qh}'
            plain = f"{b}\n\n{'_' * 32}\n{f}: {OURS}\n{s}: {when}\n{t}: {me}\n{sub}: {SUBJECT[m.lang]}\n\n{rendered(m.lang)}\n"
            d = {
                "shape": "alt",
                "charset": "utf-8",
                "cte": "quoted-printable",
                "prefix": "RE: "
                if oui in ("en", "gb")
                else {
                    "zh": "答复: ",
                    "de": "AW: ",
                    "fr": "RE : ",
                    "es": "RE: ",
                    "nl": "RE: ",
                    "it": "R: ",
                    "pt": "RE: ",
                    "tw": "回覆: ",
                }[oui],
                "domain": "outlook.com",
            }
            return plain, f"<html><head></head><body>{hb}</body></html>", d
        # desktop
        old = m.client.endswith("-old") or "-2010" in m.client
        block = (
            outlook_block(
                oui,
                m.lang,
                me,
                sep="-----Original Message-----"
                if old and oui == "en"
                else ("-----邮件原件-----" if old and oui == "zh" else "_" * 32),
            )
            if True
            else ""
        )
        if old:
            block = block.replace("Sent:", "Sent:") if oui != "zh" else block.replace("发送时间", "发送时间")
        plain = f"{b}\n\n{block}\n\n{rendered(m.lang) if not m.quote else qt}\n"
        hb = (
            mso_paras(b)
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            + outlook_block_html(oui, m.lang, me)
            + f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{qh}'
        )
        d = {
            "shape": "alt",
            "charset": "utf-8",
            "cte": "base64" if oui == "zh" else "quoted-printable",
            "prefix": {
                "zh": "答复: ",
                "tw": "回覆: ",
                "de": "AW: ",
                "fr": "RE : ",
                "es": "RE: ",
                "it": "R: ",
                "nl": "RE: ",
                "pt": "RE: ",
            }.get(oui, "RE: "),
            "mailer": "Microsoft Outlook 16.0",
            "domain": "exchange.example.com",
        }
        return plain, mso_doc(hb), d
    if fam == "apple":
        aui = ui
        attr = {
            "zh": f"在 2026年11月27日，09:12，{OURS} 写道：",
            "tw": f"{OURS} 於 2026年11月27日 上午9:12 寫道：",
            "en": f"On 27 Nov 2026, at 09:12, {OURS} wrote:",
            "de": f"Am 27.11.2026 um 09:12 schrieb {OURS}:",
            "fr": f"Le 27 nov. 2026 à 09:12, {OURS} a écrit :",
            "ja": f"2026/11/27 9:12、{OURS}のメール:",
            "it": f"Il giorno 27 nov 2026, alle ore 09:12, {OURS} ha scritto:",
            "es": f"El 27 nov 2026, a las 9:12, {OURS} escribió:",
        }.get(aui, f"On Nov 27, 2026, at 9:12 AM, {OURS} wrote:")
        iphone = "iphone" in m.client or "ipad" in m.client
        sig = ""
        if iphone:
            sig = {
                "zh": "发自我的iPhone",
                "tw": "從我的 iPhone 傳送",
                "de": "Von meinem iPhone gesendet",
                "fr": "Envoyé de mon iPhone",
                "ja": "iPhoneから送信",
                "es": "Enviado desde mi iPhone",
                "it": "Inviato da iPhone",
            }.get(aui, "Sent from my iPhone")
        top = b + (f"\n\n{sig}" if sig else "")
        qbody = rendered(m.lang) if not m.quote else qt
        plain = f"{top}\n\n> {attr}\n>\n{gt(qbody)}\n" if not m.bottom else f"> {attr}\n>\n{gt(qbody)}\n\n{top}\n"
        newh = as_html(b) + (f"<div><br></div><div>{esc(sig)}</div>" if sig else "")
        qhtml = f'<div><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div><blockquote type="cite"><div>{qh}</div></blockquote>'
        hb = (newh + qhtml) if not m.bottom else (qhtml + newh)
        d = {
            "shape": "alt" if not iphone else "plain",
            "charset": "utf-8",
            "cte": "quoted-printable",
            "prefix": "Re: " if aui not in ("zh", "tw") else ("回复：" if aui == "zh" else "回覆："),
            "mailer": "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.300.87.4.3)",
            "domain": "icloud.com",
        }
        if iphone:
            d["cte"] = "8bit"
        return (
            plain,
            f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{hb}</body></html>',
            d,
        )
    if fam in ("qq", "exmail", "wecom", "dingtalk"):
        # QQ Mail and Tencent Exmail: the "原始邮件" divider and a grey header box
        if m.client.startswith("qq-iphone") or m.client.startswith("qq-android"):
            div = "------------------ Original ------------------"
            head = (
                f"From: {OURS_NAME} <{OURS_ADDR}>\nDate: Fri,Nov 27,2026 9:12 AM\nTo: 张三 <{me_of(m).split('<')[-1]}\nSubject: Re: {SUBJECT[m.lang]}"
                if False
                else f"From: {OURS_NAME} <{OURS_ADDR}>\nDate: Fri,Nov 27,2026 9:12 AM\nTo: {me_of(m)}\nSubject: {SUBJECT[m.lang]}"
            )
            plain = f"{b}\n\n\n{div}\n{head}\n\n\n\n{qt}\n"
            hb = f'<div>{as_html(b)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;Original&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>From:</b>&nbsp;{esc(OURS)}</div><div><b>Date:</b>&nbsp;Fri,Nov 27,2026 9:12 AM</div><div><b>To:</b>&nbsp;{esc(me_of(m))}</div><div><b>Subject:</b>&nbsp;{esc(SUBJECT[m.lang])}</div></div><div>&nbsp;</div>{qh}'
            d = {
                "shape": "alt",
                "charset": "gb18030",
                "cte": "base64",
                "prefix": "回复：",
                "mailer": "QQMail iPhone 6.7.2",
                "domain": "qq.com",
            }
            return plain, f"<html><body>{hb}</body></html>", d
        label = "原始邮件"
        lines = [
            f'发件人: "{OURS_NAME}"<{OURS_ADDR}>;',
            "发送时间: 2026年11月27日(星期五) 上午9:12",
            f'收件人: "{me_of(m).split(" <")[0]}"<{me_of(m).split("<")[-1].rstrip(">")}>;',
            f"主题: {SUBJECT[m.lang]}",
        ]
        if fam == "dingtalk":
            label = "原始邮件"
            lines = [
                f"发件人：{OURS}",
                "发送时间：2026年11月27日(星期五) 09:12",
                f"收件人：{me_of(m)}",
                f"主　题：{SUBJECT[m.lang]}",
            ]
        if fam == "wecom":
            lines = [
                f"发件人：{OURS}",
                "时　间：2026年11月27日(周五) 09:12",
                f"收件人：{me_of(m)}",
                f"主　题：{SUBJECT[m.lang]}",
            ]
        divider = f"------------------ {label} ------------------" if fam != "wecom" else "---- 原始邮件 ----"
        plain = f"{b}\n\n\n{divider}\n" + "\n".join(lines) + f"\n\n\n\n{rendered(m.lang) if not m.quote else qt}\n"
        box = "".join(
            f"<div><b>{esc(ln.split(':')[0].split('：')[0])}:</b>&nbsp;{esc(re.split('[:：]', ln, maxsplit=1)[1].strip())}</div>"
            for ln in lines
        )
        hb = f'<div>{as_html(b)}</div><div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{esc(divider).replace(" ", "&nbsp;")}</div><div style="font-size: 12px;background:#efefef;padding:8px;">{box}</div><div><br></div>{qh}'
        d = {
            "shape": "alt",
            "charset": "gb18030" if fam == "qq" else "utf-8",
            "cte": "base64",
            "prefix": "回复：",
            "mailer": {
                "qq": "QQMail 2.x",
                "exmail": "Tencent Exmail",
                "wecom": "WeCom Mail",
                "dingtalk": "DingTalk Mail",
            }[fam],
            "domain": {
                "qq": "qq.com",
                "exmail": "exmail.qq.com",
                "wecom": "work.weixin.qq.com",
                "dingtalk": "dingtalk.com",
            }[fam],
        }
        return (
            plain,
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>{hb}</body></html>',
            d,
        )
    if fam in ("netease",):
        # 163/126 web and phone: "在 …，"…" <…> 写道：" and a blockquote; Mail Master: the "回复的原邮件" table
        if "master" in m.client:
            rows = [
                ("发件人", f"{OURS_NAME}<{OURS_ADDR}>"),
                ("日期", "2026年11月27日 09:12"),
                ("收件人", me_of(m)),
                ("主题", SUBJECT[m.lang]),
            ]
            plain = (
                f"{b}\n\n\n| |\n{'来自网易邮箱大师' if 'phone' in m.client else ''}\n---- 回复的原邮件 ----\n"
                + "\n".join(f"| {k} | {v} |" for k, v in rows)
                + f"\n\n{qt}\n"
            )
            table = "".join(f'<tr><td style="color:#939393;width:60px">{k}</td><td>{esc(v)}</td></tr>' for k, v in rows)
            hb = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{as_html(b)}</div><br><div class="J-reply" style="background-color:#f8f8f8;padding:8px;border-radius:4px;font-size:12px;color:#3d3d3d">---- 回复的原邮件 ----<table style="font-size:12px">{table}</table></div><div>{qh}</div>'
            d = {
                "shape": "alt",
                "charset": "utf-8",
                "cte": "base64",
                "prefix": "回复:",
                "mailer": "MailMaster",
                "domain": "163.com",
            }
            return plain, f"<html><body>{hb}</body></html>", d
        attr = f'在 2026-11-27 09:12:05，"{OURS_NAME}" <{OURS_ADDR}> 写道：'
        sig = "\n\n发自网易邮箱手机版" if "phone" in m.client else ""
        plain = f"{b}{sig}\n\n\n\n\n\n{attr}\n{gt(qt) if 'phone' not in m.client else qt}\n"
        hb = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{as_html(b)}<br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>{esc(attr)}<br> <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{qh}</blockquote></div>'
        d = {
            "shape": "alt",
            "charset": "gbk",
            "cte": "base64",
            "prefix": "Re:",
            "mailer": "Coremail Webmail Server Version XT5.0.14",
            "domain": "163.com" if "126" not in m.client else "126.com",
        }
        return plain, f"<html><body>{hb}</body></html>", d
    if fam == "foxmail":
        me = me_of(m)
        if ui == "zh":
            head = f"发件人： {OURS_NAME}\n发送时间： 2026-11-27 09:12\n收件人： {me.split(' <')[0]}\n主题： {SUBJECT[m.lang]}"
        else:
            head = f"From: {OURS_NAME}\nDate: 2026-11-27 09:12\nTo: {me.split(' <')[0]}\nSubject: {SUBJECT[m.lang]}"
        addr = m.sender.split("<")[-1].rstrip(">")
        plain = f"{b}\n\n\n\n{addr}\n \n{head}\n{gt(rendered(m.lang) if not m.quote else qt)}\n"
        hb = (
            f'<div>{as_html(b)}</div><div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span>{esc(addr)}</span></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            + "".join(
                f"<div><b>{esc(ln.split(':')[0].split('：')[0])}:</b>&nbsp;{esc(re.split('[:：]', ln, maxsplit=1)[1].strip())}</div>"
                for ln in head.split("\n")
            )
            + f'</div></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em"><div>{qh}</div></blockquote></blockquote>'
        )
        d = {
            "shape": "alt",
            "charset": "gb2312",
            "cte": "base64",
            "prefix": "回复: " if ui == "zh" else "Re: ",
            "mailer": "Foxmail 7.2.25.375[cn]",
            "domain": "foxmail.com",
        }
        return plain, f"<html><body>{hb}</body></html>", d
    if fam in ("aliyun", "feishu"):
        me = me_of(m)
        if fam == "aliyun":
            head = f"------------------------------------------------------------------\n发件人：{OURS}\n发送时间：2026年11月27日(星期五) 09:12\n收件人：{me}\n主　题：{SUBJECT[m.lang]}"
            plain = f"{b}\n\n\n{head}\n\n{rendered(m.lang) if not m.quote else qt}\n"
            hb = f'<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14.0px;color:#000000;">{as_html(b)}</div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;"><div style="margin:0;padding:0;font-size:12px;">------------------------------------------------------------------<br>发件人：{esc(OURS)}<br>发送时间：2026年11月27日(星期五) 09:12<br>收件人：{esc(me)}<br>主　题：{esc(SUBJECT[m.lang])}<br><br></div>{qh}</blockquote></div>'
            d = {
                "shape": "alt",
                "charset": "utf-8",
                "cte": "base64",
                "prefix": "回复：",
                "mailer": "Alimail Web",
                "domain": "aliyun.com",
            }
            return plain, f"<html><body>{hb}</body></html>", d
        # Feishu / Lark: a bordered div with a small header card
        labels = ("发件人", "日期", "收件人", "主题") if ui == "zh" else ("From", "Date", "To", "Subject")
        when = "2026年11月27日 (周五) 09:12" if ui == "zh" else "Fri, Nov 27, 2026, 09:12"
        head = f"{labels[0]}: {OURS}\n{labels[1]}: {when}\n{labels[2]}: {me}\n{labels[3]}: {SUBJECT[m.lang]}"
        plain = f"{b}\n\n{head}\n\n{qt}\n"
        hb = (
            f'<div>{as_html(b)}</div><div><br></div><div class="history-quote-wrapper" style="border-left:2px solid #bbbfc4;padding-left:12px;margin-top:8px;color:#646a73"><div style="font-size:12px;background:#f5f6f7;padding:8px 12px;border-radius:4px">'
            + "".join(
                f"<div><b>{esc(k)}:</b> {esc(v)}</div>"
                for k, v in zip(labels, (OURS, when, me, SUBJECT[m.lang]), strict=True)
            )
            + f'</div><div class="history-quote-content">{qh}</div></div>'
        )
        d = {
            "shape": "html",
            "charset": "utf-8",
            "cte": "base64",
            "prefix": "回复：" if ui == "zh" else "Re: ",
            "mailer": "Lark Mail",
            "domain": "feishu.cn",
        }
        return plain, f"<html><body>{hb}</body></html>", d
    if fam == "thunderbird":
        attr = {
            "en": f"On 27/11/2026 09:12, {OURS_NAME} wrote:",
            "de": f"Am 27.11.26 um 09:12 schrieb {OURS_NAME}:",
            "fr": f"Le 27/11/2026 à 09:12, {OURS_NAME} a écrit :",
            "ru": f"27.11.2026 09:12, {OURS_NAME} пишет:",
            "ja": f"On 2026/11/27 9:12, {OURS_NAME} wrote:",
            "zh": f"在 2026/11/27 09:12, {OURS_NAME} 写道:",
            "nl": f"Op 27-11-2026 om 09:12 schreef {OURS_NAME}:",
        }.get(ui, f"On 27/11/2026 09:12, {OURS_NAME} wrote:")
        if ui == "ja" and "kaki" in m.client:
            attr = f"{OURS_NAME} さんは 2026/11/27 9:12 に書き込みました:"
        plain = f"{attr}\n{gt(qt, '> ')}\n\n{b}\n" if m.bottom else f"{b}\n\n{attr}\n{gt(qt, '> ')}\n"
        hb = f'<div class="moz-cite-prefix">{esc(attr)}<br></div><blockquote type="cite" cite="mid:{INVITE_ID[1:-1]}">{qh}</blockquote>'
        hb = (hb + f"<p>{as_html(b, 'span')}</p>") if m.bottom else (f"<p>{esc(b).replace(chr(10), '<br>')}</p>" + hb)
        d = {
            "shape": "plain",
            "charset": "utf-8",
            "cte": "8bit",
            "prefix": "Re: ",
            "mailer": None,
            "domain": "example.org",
            "params": "; format=flowed",
        }
        return plain, f"<html><body>{hb}</body></html>", d
    if fam == "yahoo":
        attr = (
            "On Friday, November 27, 2026 at 09:12:05 AM GMT, Re-interview <reinterview@hr.example.com> wrote:"
            if ui != "fr"
            else "Le vendredi 27 novembre 2026 à 09:12:05 UTC, Re-interview <reinterview@hr.example.com> a écrit :"
        )
        plain = f"{b}\n\n    {attr}  \n \n {qt}\n"
        hb = f'<div class="ydp" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">{as_html(b)}</div><div><br></div><div id="yahoo_quoted_7719" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div><div><br></div><div><div id="yiv1">{qh}</div></div></div></div></div>'
        d = {
            "shape": "alt",
            "charset": "utf-8",
            "cte": "quoted-printable",
            "prefix": "Re: ",
            "mailer": "WebService/1.1.22900 YMailNorrin",
            "domain": "yahoo.com",
        }
        return plain, f"<html><head></head><body>{hb}</body></html>", d
    if fam in ("samsung", "huawei", "android", "xiaomi"):
        me = me_of(m)
        if fam == "samsung":
            if ui == "zh":
                sig, div, labels = (
                    "从我的三星Galaxy智能手机发送。",
                    "-------- 原始信息 --------",
                    ("发件人", "日期", "收件人", "主题"),
                )
            elif ui == "de":
                sig, div, labels = (
                    "Von meinem/meiner Galaxy gesendet",
                    "-------- Ursprüngliche Nachricht --------",
                    ("Von", "Datum", "An", "Betreff"),
                )
            else:
                sig, div, labels = (
                    "Sent from my Galaxy",
                    "-------- Original message --------",
                    ("From", "Date", "To", "Subject"),
                )
            when = "27/11/2026 09:12 (GMT+08:00)" if m.lang == "zh" else "27/11/2026 09:12 (GMT+00:00)"
        else:
            sig = (
                {"huawei": "发自我的华为手机", "xiaomi": "发自我的小米手机", "android": "发自我的手机"}[fam]
                if ui == "zh"
                else {
                    "huawei": "Sent from my HUAWEI phone",
                    "xiaomi": "Sent from my Xiaomi",
                    "android": "Sent from my phone",
                }[fam]
            )
            div = "-------- 原始邮件 --------" if ui == "zh" else "-------- Original Message --------"
            labels = ("发件人", "时间", "收件人", "主题") if ui == "zh" else ("From", "Date", "To", "Subject")
            when = "2026年11月27日周五 09:12" if ui == "zh" else "Friday, Nov 27, 2026 09:12"
        head = "\n".join(
            f"{k}: {v} " if ui != "zh" else f"{k}：{v}"
            for k, v in zip(labels, (OURS, when, me, SUBJECT[m.lang]), strict=True)
        )
        plain = f"{b}\n\n\n\n{sig}\n\n\n{div}\n{head}\n\n{qt}\n"
        hb = (
            f'<div dir="auto">{as_html(b)}</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div><div dir="auto"><br></div><div style="font-size:100%;color:#000000"><div>{esc(div)}</div>'
            + "".join(
                f"<div>{esc(k)}: {esc(v)} </div>"
                for k, v in zip(labels, (OURS, when, me, SUBJECT[m.lang]), strict=True)
            )
            + f"<div><br></div>{qh}</div>"
        )
        d = {
            "shape": "alt" if fam == "samsung" else "plain",
            "charset": "utf-8",
            "cte": "base64",
            "prefix": "回复：" if ui == "zh" else ("AW: " if ui == "de" else "Re: "),
            "mailer": None,
            "domain": {"samsung": "gmail.com", "huawei": "huawei.com", "xiaomi": "xiaomi.com", "android": "139.com"}[
                fam
            ],
        }
        return plain, f"<html><body>{hb}</body></html>", d
    if fam == "bare":
        # no quote at all: a fresh mail, a web form, text pasted from WeChat or a phone note
        d = {
            "shape": "plain",
            "charset": "utf-8",
            "cte": "8bit",
            "prefix": "Re: " if m.lang == "en" else "回复：",
            "mailer": None,
            "domain": "example.net",
        }
        return b + "\n", f"<div>{as_html(b)}</div>", d
    raise KeyError(m.client)


def build(m: Mail) -> tuple[bytes, str]:
    """The raw reply and its format string (shape/charset/cte)."""
    plain, h, d = compose(m)
    if m.plain_override:
        plain = m.plain_override
    if m.html_override:
        h = m.html_override
    if m.noquote:
        plain, h = m.body + "\n", f"<html><body>{as_html(m.body)}</body></html>"
    shape = m.shape or str(d["shape"])
    charset = _encode(plain + (h or "") + m.sender, m.charset or str(d["charset"]))[1]
    cte = m.cte or str(d["cte"])
    params = str(d.get("params", ""))
    parts: list[bytes] = []
    if shape in ("plain", "alt"):
        parts.append(part("text/plain", plain, charset, cte, params))
    if shape in ("html", "alt") and h is not None:
        hc = h.replace("charset=GB18030", f"charset={charset}").replace("charset=utf-8", f"charset={charset}")
        parts.append(part("text/html", hc, charset, cte))
    prefix = m.prefix or str(d["prefix"])
    subject = prefix + SUBJECT[m.lang] if prefix != "-" else SUBJECT[m.lang]
    if m.quote and m.quote in REMINDER.values():
        subject = prefix + ("提醒：" if m.lang == "zh" else "Reminder: ") + SUBJECT[m.lang]
    refs = INVITE_ID + (f" {REMINDER_ID}" if m.quote and m.quote in REMINDER.values() else "")
    raw = message(
        key=m.key,
        sender=m.sender,
        subject=subject,
        date=m.date,
        parts=parts,
        hcharset=charset,
        mailer=d.get("mailer") if isinstance(d.get("mailer"), str) else None,  # type: ignore[arg-type]
        threaded=m.threaded,
        extra=m.extra,
        domain=str(d.get("domain", "mail.example.com")),
        references=refs,
    )
    fmt = f"{shape}/{charset.lower()}/{cte}"
    return raw, fmt


# ---------------------------------------------------------------- answers written between the quoted lines


def inline_plain(lang: str, lead: str, answers: dict[str, str], attr: str, tail: str = "") -> str:
    """A reply written between the quoted lines: each answer goes under the first quoted line containing its key."""
    out = [lead, "", attr] if lead else [attr]
    pending = dict(answers)
    for ln in INV_TXT[lang].split("\n"):
        out.append(f"> {ln}" if ln else ">")
        for key in list(pending):
            if key in ln:
                out += ["", pending.pop(key), ""]
    if tail:
        out += ["", tail]
    return "\n".join(out) + "\n"


def inline_html(plain: str) -> str:
    """The same inline reply as an HTML client keeps it: quoted runs in blockquotes, answers between them."""
    out, run = [], []
    for ln in plain.split("\n"):
        if ln.startswith(">"):
            run.append(html.escape(ln[1:].lstrip()) or "<br>")
            continue
        if run:
            out.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + "<br>".join(run)
                + "</blockquote>"
            )
            run = []
        out.append(f"<div>{html.escape(ln) if ln else '<br>'}</div>")
    if run:
        out.append(
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + "<br>".join(run)
            + "</blockquote>"
        )
    return '<div dir="ltr">' + "".join(out) + "</div>"
