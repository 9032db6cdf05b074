# ruff: noqa: E501  (the clients' HTML and header blocks are kept on one line each, as they are sent)
"""How the mail clients of a real week of replies quote our invitation (blind4 batch builder, part 1).

Each client function takes the candidate's new text and the invitation language and returns the raw message
bytes as that client sends it: its quoting (attribution line, header block in the client's language, ">" or a
blockquote or nothing), its MIME shape (text only, HTML only, alternative) and its charset and transfer
encoding. Written from how these clients behave, not from the reader's code.
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
OVERRIDE: list = []  # [subject prefix, extra headers] while writing an auto-reply


def render(lang: str, *, bold: str = "") -> str:
    """The invitation's HTML as a client renders it to text when it writes the plain part of a reply."""
    s = re.sub(r"\s*\n\s*", " ", INV_HTML[lang])
    parts = re.split(r"(<ol[^>]*>|</ol>|<li[^>]*>)", s)
    in_ol = False
    out = []
    n = 0
    for tok in parts:
        if tok.startswith("<ol"):
            in_ol, n = True, 0
            continue
        if tok == "</ol>":
            in_ol = False
            out.append("\n")
            continue
        if tok.startswith("<li"):
            n += 1
            out.append(f"\n   {n}. " if in_ol else "\n   - ")
            continue
        out.append(tok)
    s = "".join(out)
    s = re.sub(r"<strong>(.*?)</strong>", lambda m: f"{bold}{m.group(1)}{bold}", s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|h3|tr|div|ul|table)>", "\n\n", s)
    s = re.sub(r"<h3[^>]*>", "\n", s)
    s = re.sub(r"</t[dh]>", "\t", s)
    s = re.sub(r"<hr[^>]*>", "\n------------------------------\n", s)
    s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>([^<]*)</a>", r"\2 <\1>", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [ln.rstrip() if re.match(r"^\s+(\d+\.|-) ", ln) else ln.strip() for ln in s.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def body_html(body: str, tag: str = "div") -> str:
    return "".join(f"<{tag}>{html.escape(ln) if ln else '<br>'}</{tag}>" for ln in body.split("\n"))


def _enc(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        if charset.lower() == "big5":  # old clients put '?' for what the legacy charset lacks
            return text.encode("big5", errors="replace"), charset
        return text.encode("utf-8"), "utf-8"  # the client falls back to UTF-8 (emoji, rare characters)


def _cte(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload.replace(b"\r\n", b"\n")


def part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    payload, cs = _enc(text, charset)
    if cte == "8bit" and all(b < 128 for b in payload):
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _cte(payload, cte)


def hdr(value: str, charset: str = "utf-8") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = _hc(charset) if charset.lower() in ("gbk", "gb2312", "gb18030", "big5") else "utf-8"

    def enc(s: str) -> str:
        try:
            return Header(s, cs).encode(maxlinelen=76)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=76)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    if m:
        return f"{enc(m.group(1))} {m.group(2)}"
    return enc(value)


def _hc(charset: str) -> str:
    return {"gbk": "gb2312", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5"}[charset.lower()]


def message(
    *,
    sender: str,
    subject: str,
    date: str,
    parts: list[bytes],
    mailer: str | None = None,
    hcharset: str = "utf-8",
    extra: dict[str, str] | None = None,
    domain: str = "mail.example.com",
) -> bytes:
    if OVERRIDE:
        for base in SUBJECT.values():
            if subject.endswith(base):
                subject = OVERRIDE[0] + base
        extra = {**(extra or {}), **OVERRIDE[1]}
    lines = [
        f"From: {hdr(sender, hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcharset)}",
        f"Date: {date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, sender + subject + date + str(len(parts[0]))).hex}@{domain}>",
        f"In-Reply-To: {INVITE_ID}",
        f"References: {INVITE_ID}",
        "MIME-Version: 1.0",
    ]
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    boundary = "----=_Part_" + uuid.uuid5(uuid.NAMESPACE_DNS, sender + date).hex[:20]
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()


# ---------------------------------------------------------------- attribution and header blocks


def gmail_attr(ui: str, wrapped: bool = False, mobile: str = "") -> str:
    if ui == "zh":
        return f"{OURS} 于2026年11月27日周五 10:05写道："
    if ui == "tw":
        return f"{OURS} 於 2026年11月27日 週五 上午10:05寫道："
    if ui == "ja":
        return f"2026年11月27日(金) 10:05 Re-interview <{OURS_ADDR}>:"
    if ui == "es":
        return f"El vie, 27 nov 2026 a las 10:05, Re-interview (<{OURS_ADDR}>) escribió:"
    if ui == "pt":
        return f"Em sex., 27 de nov. de 2026 às 10:05, Re-interview <{OURS_ADDR}> escreveu:"
    if ui == "ko":
        return f"2026년 11월 27일 (금) 오전 10:05, Re-interview <{OURS_ADDR}>님이 작성:"
    if mobile == "ios":
        return f"On Fri, Nov 27, 2026 at 10:05 AM Re-interview <{OURS_ADDR}> wrote:"
    if mobile == "android":
        return f"On Fri, 27 Nov 2026, 10:05 Re-interview, <{OURS_ADDR}> wrote:"
    if wrapped:
        return f"On Fri, 27 Nov 2026 at 10:05, Re-interview <{OURS_ADDR}>\nwrote:"
    return f"On Fri, 27 Nov 2026 at 10:05, Re-interview <{OURS_ADDR}> wrote:"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:05 AM"),
    "gb": ("From", "Sent", "To", "Subject", "27 November 2026 10:05"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:05"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:05"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 10:05"),
    "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 10:05"),
    "es": ("De", "Enviado el", "Para", "Asunto", "viernes, 27 de noviembre de 2026 10:05"),
}


def outlook_block(ui: str, lang: str, to: str, sep: str = "line", seconds: bool = False) -> str:
    f, s, t, sub, date = OUTLOOK_LABELS[ui]
    if seconds:
        date = (
            date.replace("10:05 AM", "10:05:12 AM").replace("10:05", "10:05:12")
            if "AM" not in date
            else date.replace("10:05 AM", "10:05:12 AM")
        )
    head = "________________________________" if sep == "line" else "-----Original Message-----"
    colon = "：" if ui in ("zh", "tw") and sep == "fullwidth" else ":"
    if sep == "fullwidth":
        head = "________________________________"
    return f"{head}\n{f}{colon} {OURS}\n{s}{colon} {date}\n{t}{colon} {to}\n{sub}{colon} {SUBJECT[lang]}\n"


def outlook_block_html(ui: str, lang: str, to: str) -> str:
    f, s, t, sub, date = OUTLOOK_LABELS[ui]
    e = html.escape
    return (
        '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>{f}:</b> {e(OURS)}<br>'
        f"<b>{s}:</b> {date}<br><b>{t}:</b> {e(to)}<br><b>{sub}:</b> {e(SUBJECT[lang])}</font>"
        "<div>&nbsp;</div></div>"
    )


def mso_html(body: str, block: str, lang: str, sig: str = "", disclaimer: str = "") -> str:
    paras = "".join(
        f'<p class="MsoNormal">{html.escape(ln) if ln else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
        for ln in body.split("\n")
    )
    sigp = "".join(
        f'<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">{html.escape(ln)}</span></p>'
        for ln in sig.split("\n")
        if sig
    )
    disc = (
        f'<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">{html.escape(disclaimer)}</span></p>'
        if disclaimer
        else ""
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
        f'<body lang="ZH-CN" link="#0563C1"><div class="WordSection1">{paras}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{sigp}'
        f"{disc}{block}{INV_HTML[lang]}</div></body></html>"
    )


# ---------------------------------------------------------------- the clients

DISCLAIMER_ZH = (
    "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用（包括但不限于"
    "全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！"
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you "
    "are not the intended recipient, please notify the sender immediately by return e-mail, delete this e-mail and "
    "do not copy, use or disclose it. Please consider the environment before printing this e-mail."
)


def build(
    client: str, body: str, lang: str, sender: str, date: str, *, sig: str = "", mode: str = "top"
) -> tuple[bytes, str]:
    """The reply `body` (the candidate's own text) sent by `client`; returns (raw bytes, format label)."""
    name, addr = re.match(r"^(.*?)\s*<([^>]+)>$", sender).groups()  # type: ignore[union-attr]
    subj = SUBJECT[lang]
    fam = client.split("-")[0]
    s = f"\n\n{sig}" if sig else ""

    def alt(
        text: str,
        htm: str,
        *,
        charset: str = "utf-8",
        tcte: str = "quoted-printable",
        hcte: str = "base64",
        prefix: str = "Re: ",
        mailer: str | None = None,
        hcharset: str = "utf-8",
        extra: dict[str, str] | None = None,
        domain: str = "mail.gmail.com",
    ) -> tuple[bytes, str]:
        raw = message(
            sender=sender,
            subject=prefix + subj,
            date=date,
            parts=[part("text/plain", text, charset, tcte), part("text/html", htm, charset, hcte)],
            mailer=mailer,
            hcharset=hcharset,
            extra=extra,
            domain=domain,
        )
        return raw, f"alt/{charset}/{tcte}"

    def plain(
        text: str,
        *,
        charset: str = "utf-8",
        cte: str = "base64",
        prefix: str = "Re: ",
        mailer: str | None = None,
        flowed: bool = False,
        extra: dict[str, str] | None = None,
        domain: str = "mail.example.com",
    ) -> tuple[bytes, str]:
        raw = message(
            sender=sender,
            subject=prefix + subj,
            date=date,
            parts=[part("text/plain", text, charset, cte, "; format=flowed" if flowed else "")],
            mailer=mailer,
            hcharset=charset,
            extra=extra,
            domain=domain,
        )
        return raw, f"plain/{charset}/{cte}"

    def html_only(
        htm: str,
        *,
        charset: str = "utf-8",
        cte: str = "base64",
        prefix: str = "RE: ",
        mailer: str | None = None,
        domain: str = "outlook.com",
    ) -> tuple[bytes, str]:
        raw = message(
            sender=sender,
            subject=prefix + subj,
            date=date,
            parts=[part("text/html", htm, charset, cte)],
            mailer=mailer,
            domain=domain,
        )
        return raw, f"html/{charset}/{cte}"

    if fam == "gmail":
        # gmail-web-zh, gmail-web-en, gmail-web-en-wrapped, gmail-android-en, gmail-ios-en, gmail-web-ja/es/pt/ko/tw
        parts = client.split("-")
        kind, ui = parts[1], parts[2]
        attr = gmail_attr(ui, wrapped="wrapped" in client, mobile=kind if kind in ("ios", "android") else "")
        q = quoted(render(lang, bold="*"))
        if mode == "bottom":
            text = f"{attr}\n\n{q}\n\n{body}{s}\n"
            htm = f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_HTML[lang]}</blockquote></div><div dir="ltr">{body_html(body)}</div>'
        else:
            text = f"{body}{s}\n\n{attr}\n\n{q}\n"
            htm = f'<div dir="ltr">{body_html(body)}{body_html(sig) if sig else ""}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr).replace(chr(10), " ")}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_HTML[lang]}</blockquote></div>'
        if ui == "tw" and "big5" in client:
            return alt(text, htm, charset="big5", tcte="base64", prefix="回覆：" if False else "Re: ", hcharset="big5")
        return alt(text, htm, tcte="quoted-printable" if len(body) % 2 else "base64")

    if fam in ("outlook", "exchange"):
        # outlook-desktop-<ui>[-plain|-orig], outlook-owa-<ui>, outlook-ios-<ui>, outlook-android-<ui>, outlook-mac-<ui>, exchange-<ui>
        parts = client.split("-")
        kind = parts[1] if fam == "outlook" else "desktop"
        ui = parts[2] if fam == "outlook" else parts[1]
        prefix = {
            "en": "RE: ",
            "gb": "RE: ",
            "zh": "答复: ",
            "tw": "回覆: ",
            "de": "AW: ",
            "fr": "RE : ",
            "es": "RE: ",
        }[ui]
        disclaimer = (DISCLAIMER_ZH if ui == "zh" else DISCLAIMER_EN) if fam == "exchange" else ""
        if kind == "mac":
            if ui == "zh":
                block = f"发件人: {OURS}\n日期: 2026年11月27日 星期五 10:05\n收件人: {name} <{addr}>\n主题: {subj}\n"
            else:
                block = f"From: {OURS}\nDate: Friday, 27 November 2026 at 10:05\nTo: {name} <{addr}>\nSubject: {subj}\n"
            text = f"{body}{s}\n\n{block}\n{render(lang)}\n"
            bh = (
                "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                + "".join(
                    f"<p class=MsoNormal><b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}</p>"
                    for line in block.strip().split("\n")
                )
                + "</div>"
            )
            return alt(
                text,
                mso_html(body + s, bh, lang),
                prefix="Re: " if ui != "zh" else "回复: ",
                mailer="Microsoft-MacOutlook/16.91.24111020",
                domain="outlook.com",
            )
        if kind in ("ios", "android"):
            get = {
                "ios": "Get Outlook for iOS<https://aka.ms/o0ukef>",
                "android": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
            }[kind]
            if ui == "zh":
                get = "获取 Outlook for " + ("iOS" if kind == "ios" else "Android")
            block = outlook_block_html(ui, lang, f"{name} <{addr}>")
            htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">{body_html(body)}</div><div dir="auto"><br></div><div dir="auto">{html.escape(get)}</div>{block}{INV_HTML[lang]}</body></html>'
            return html_only(htm, prefix="Re: " if kind == "ios" else "RE: ")
        if kind == "owa":
            block = outlook_block_html(ui, lang, f"{name} <{addr}>")
            htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{body_html(body + s)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">{block}{INV_HTML[lang]}</body></html>'
            return html_only(htm, prefix=prefix, domain="namprd05.prod.outlook.com")
        sep = "orig" if "orig" in client else "line"
        block = outlook_block(ui, lang, f"{name} <{addr}>", sep=sep)
        disc = f"\n\n{disclaimer}" if disclaimer else ""
        text = f"{body}{s}{disc}\n\n{block}\n{render(lang)}\n"
        if "plain" in client:
            charset = (
                "gb2312"
                if ui == "zh"
                else ("big5" if ui == "tw" else "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8")
            )
            if ui == "zh" and "18030" in client:
                charset = "gb18030"
            return plain(
                text,
                charset=charset,
                cte="base64" if ui in ("zh", "tw") else "quoted-printable",
                prefix=prefix,
                mailer="Microsoft Outlook 16.0",
                domain="corp.example.cn",
            )
        bh = outlook_block_html(ui, lang, f"{name} <{addr}>").replace(
            '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">',
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>",
        )
        return alt(
            text,
            mso_html(body, bh, lang, sig=sig, disclaimer=disclaimer),
            charset="gb2312" if ui == "zh" and "gbk" in client else "utf-8",
            tcte="base64" if ui == "zh" else "quoted-printable",
            prefix=prefix,
            mailer="Microsoft Outlook 16.0",
            domain="corp.example.cn",
        )

    if fam == "apple":
        # apple-iphone-zh, apple-iphone-en, apple-mac-zh, apple-mac-en, apple-ipad-zh
        ui = client.split("-")[2]
        dev = client.split("-")[1]
        sent = {
            "zh": {"iphone": "发自我的iPhone", "ipad": "发自我的iPad", "mac": ""},
            "en": {"iphone": "Sent from my iPhone", "ipad": "Sent from my iPad", "mac": ""},
        }[ui][dev]
        if ui == "zh":
            attr = (
                f"在 2026年11月27日，10:05，Re-interview <{OURS_ADDR}> 写道："
                if dev == "mac"
                else f"2026年11月27日 10:05，Re-interview <{OURS_ADDR}> 写道："
            )
        else:
            attr = f"On 27 Nov 2026, at 10:05, Re-interview <{OURS_ADDR}> wrote:"
        own = body + s + (f"\n\n{sent}" if sent else "")
        q = quoted(attr + "\n\n" + render(lang)) if dev != "mac" else attr + "\n\n" + quoted(render(lang))
        if mode == "bottom":
            text = f"{q}\n\n{own}\n"
        elif mode == "inline":
            text = body  # body already holds the interleaved quote
        else:
            text = f"{own}\n\n{q}\n"
        htm = (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">{body_html(own) if mode != "inline" else "<pre>" + html.escape(body) + "</pre>"}</div>'
            + (
                ""
                if mode == "inline"
                else f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{INV_HTML[lang]}</div></blockquote>'
            )
            + "</body></html>"
        )
        if mode == "inline":
            return plain(
                text,
                cte="quoted-printable",
                mailer="iPhone Mail (22B91)" if dev != "mac" else "Apple Mail (2.3826.300.87.4.3)",
                domain="icloud.com",
            )
        return alt(
            text,
            htm,
            tcte="quoted-printable",
            hcte="quoted-printable",
            mailer="iPhone Mail (22B91)" if dev != "mac" else "Apple Mail (2.3826.300.87.4.3)",
            domain="icloud.com",
        )

    if fam == "qq":
        # qq-classic (GB18030/GBK), qq-card (new), qq-iphone
        kind = client.split("-")[1]
        if kind == "classic":
            text = f'{body}{s}\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n发件人: "Re-interview"<{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "{name}"<{addr}>;\n\n主题: {subj}\n\n\n\n{render(lang)}\n'
            htm = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>{body_html(body + s)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Re-interview"&lt;{OURS_ADDR}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午10:05</div><div><b>收件人:</b>&nbsp;"{html.escape(name)}"&lt;{addr}&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;{html.escape(subj)}</div></div><div><br></div>{INV_HTML[lang]}'
            cs = "gb18030" if "18030" in client else "gbk"
            return alt(text, htm, charset=cs, tcte="base64", prefix="回复：", mailer=None, hcharset=cs, domain="qq.com")
        if kind == "iphone":
            text = f"{body}\n\n\n\n发自我的iPhone\n\n\n------------------ 原始邮件 ------------------\n发件人: Re-interview <{OURS_ADDR}>\n发送时间: 2026年11月27日 10:05\n收件人: {name} <{addr}>\n主题: {subj}\n\n{INV_TXT[lang]}\n"
            htm = f'<div>{body_html(body)}</div><div><br></div><div>发自我的iPhone</div><div><br></div><div><br></div><div style="font-size: 12px;padding:2px 0 2px 0;">------------------ 原始邮件 ------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b> Re-interview &lt;{OURS_ADDR}&gt;</div><div><b>发送时间:</b> 2026年11月27日 10:05</div><div><b>收件人:</b> {html.escape(name)} &lt;{addr}&gt;</div><div><b>主题:</b> {html.escape(subj)}</div></div><div><br></div>{INV_HTML[lang]}'
            return alt(text, htm, tcte="base64", prefix="回复：", mailer="iPhone Mail (QQMail)", domain="qq.com")
        text = f"{body}{s}\n\n\n\n\n原始邮件\n\n\n发件人：Re-interview <{OURS_ADDR}>\n发件时间：2026年11月27日 10:05\n收件人：{name} <{addr}>\n\n\n\n{render(lang)}\n"
        htm = f'<div>{body_html(body + s)}</div><div><br></div><div class="xm_compose_origin_mail_container"><div style="font-size:12px;padding:2px 0;">原始邮件</div><div style="background:#f5f5f5;padding:8px;border-radius:6px;"><div><span style="color:#888">发件人：</span>Re-interview &lt;{OURS_ADDR}&gt;</div><div><span style="color:#888">发件时间：</span>2026年11月27日 10:05</div><div><span style="color:#888">收件人：</span>{html.escape(name)} &lt;{addr}&gt;</div></div><div><br></div>{INV_HTML[lang]}</div>'
        return alt(text, htm, tcte="base64", prefix="回复：", domain="qq.com")

    if fam in ("163", "126"):
        attr = f'在 2026-11-27 10:05:12，"Re-interview" <{OURS_ADDR}> 写道：'
        text = f"{body}{s}\n\n\n\n\n\n\n\n\n\n{attr}\n{quoted(render(lang)) if fam == '126' else render(lang)}\n"
        htm = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{body_html(body + s, "p")}<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>{html.escape(attr)}<br> <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{INV_HTML[lang]}</blockquote></div>'
        return alt(
            text,
            htm,
            charset="gbk",
            tcte="base64",
            prefix="Re:",
            mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
            hcharset="gbk",
            domain="163.com",
        )

    if fam == "mailmaster":
        ui = client.split("-")[1]
        if ui == "zh":
            block = f"---- 回复的原邮件 ----\n| 发件人 | Re-interview<{OURS_ADDR}> |\n| 日期 | 2026年11月27日 10:05 |\n| 收件人 | {name}<{addr}> |\n| 主题 | {subj} |\n"
        else:
            block = f"---- Replied Message ----\n| From | Re-interview<{OURS_ADDR}> |\n| Date | 11/27/2026 10:05 |\n| To | {name}<{addr}> |\n| Subject | {subj} |\n"
        text = f"{body}\n\n\n\n\n| |\n{name}\n|\n|\n{addr}\n|\n\n\n{block}{render(lang)}\n"
        htm = (
            f'<div style="font-size: 14px;">{body_html(body)}</div><div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;margin-top:45px;margin-bottom:20px;">'
            + ("<div>---- 回复的原邮件 ----</div>" if ui == "zh" else "<div>---- Replied Message ----</div>")
            + '<table width="100%" style="font-size:14px;">'
            + "".join(
                f"<tr><td>{html.escape(r.split('|')[1].strip())}</td><td>{html.escape(r.split('|')[2].strip())}</td></tr>"
                for r in block.strip().split("\n")[1:]
            )
            + f"</table></div>{INV_HTML[lang]}"
        )
        return alt(
            text,
            htm,
            tcte="base64",
            prefix="回复：" if ui == "zh" else "Re: ",
            mailer="NetEase Mail Master",
            domain="163.com",
        )

    if fam == "foxmail":
        ui = client.split("-")[1]
        if ui == "zh":
            block = f"发件人： Re-interview\n发送时间： 2026-11-27 10:05\n收件人： {name}\n主题： {subj}"
        else:
            block = f"From: Re-interview\nDate: 2026-11-27 10:05\nTo: {name}\nSubject: {subj}"
        text = f"{body}\n\n\n\n{addr}\n \n{block}\n{render(lang)}\n"
        htm = (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"></head><body><div>{body_html(body)}</div><hr align="left" style="margin: 0 0 10px 0;border: 0;border-bottom:1px solid #E4E4E4;height:0;line-height:0;font-size:0;padding: 20px 0 0 0;width: 50px;"><div>{html.escape(addr)}</div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + "".join(
                f"<div><b>{html.escape(line.split(' ', 1)[0])}</b>&nbsp;{html.escape(line.split(' ', 1)[1])}</div>"
                for line in block.split("\n")
            )
            + f"</div><div>{INV_HTML[lang]}</div></blockquote></body></html>"
        )
        return alt(
            text,
            htm,
            charset="gb2312",
            tcte="base64",
            prefix="回复: " if ui == "zh" else "Re: ",
            mailer="Foxmail 7.2.25.228[cn]",
            hcharset="gb2312",
            domain="foxmail.com",
        )

    if fam == "exmail":
        text = f'{body}{s}\n\n\n------------------ Original ------------------\nFrom:  "Re-interview"<{OURS_ADDR}>;\nDate:  Fri, Nov 27, 2026 10:05 AM\nTo:  "{name}"<{addr}>;\n\nSubject:  {subj}\n\n\n\n{render(lang)}\n'
        htm = f'<div>{body_html(body + s)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;Original&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>From: </b>&nbsp;"Re-interview"&lt;{OURS_ADDR}&gt;;</div><div><b>Date: </b>&nbsp;Fri, Nov 27, 2026 10:05 AM</div><div><b>To: </b>&nbsp;"{html.escape(name)}"&lt;{addr}&gt;;<wbr></div><div><b>Subject: </b>&nbsp;{html.escape(subj)}</div></div><div><br></div>{INV_HTML[lang]}'
        return alt(
            text, htm, charset="gb18030", tcte="base64", prefix="回复：", hcharset="gb18030", domain="exmail.qq.com"
        )

    if fam in ("aliyun", "dingtalk"):
        block = f"------------------------------------------------------------------\n发件人：Re-interview <{OURS_ADDR}>\n发送时间：2026年11月27日(星期五) 10:05\n收件人：{name} <{addr}>\n主　题：{subj}\n"
        text = f"{body}{s}\n{block}\n{render(lang)}\n"
        htm = f'<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-size:14px;font-family:Tahoma,Arial,STHeiti,SimSun;color:#000000;">{body_html(body + s)}</div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;"><div style="line-height:20.0px;clear:both;"><div>------------------------------------------------------------------</div><div>发件人：Re-interview &lt;{OURS_ADDR}&gt;</div><div>发送时间：2026年11月27日(星期五) 10:05</div><div>收件人：{html.escape(name)} &lt;{addr}&gt;</div><div>主　题：{html.escape(subj)}</div><div><br></div>{INV_HTML[lang]}</div></blockquote></div>'
        return alt(
            text,
            htm,
            tcte="base64",
            prefix="回复：",
            mailer="Alimail-Mailagent" if fam == "aliyun" else "DingTalk Mail",
            domain="aliyun.com" if fam == "aliyun" else "dingtalk.com",
        )

    if fam in ("feishu", "lark"):
        if fam == "feishu":
            block = f"发件人: Re-interview <{OURS_ADDR}>\n日期: 2026年11月27日(周五) 10:05\n主题: {subj}\n收件人: {name}<{addr}>"
        else:
            block = (
                f"From: Re-interview <{OURS_ADDR}>\nDate: Fri, Nov 27, 2026, 10:05\nSubject: {subj}\nTo: {name}<{addr}>"
            )
        text = f"{body}{s}\n\n{block}\n\n{render(lang)}\n"
        htm = (
            f'<div>{body_html(body + s)}</div><div class="history-quote-wrapper"><div style="list-style-type:none;padding:8px 0 8px 12px;border-left:2px solid #bbbfc4;">'
            + "".join(f"<div><span>{html.escape(line)}</span></div>" for line in block.split("\n"))
            + f'<div class="history-quote-content">{INV_HTML[lang]}</div></div></div>'
        )
        return alt(
            text,
            htm,
            tcte="quoted-printable",
            prefix="回复：" if fam == "feishu" else "Re: ",
            mailer=None,
            domain="feishu.cn" if fam == "feishu" else "larksuite.com",
        )

    if fam == "thunderbird":
        ui = client.split("-")[1]
        attr = "在 2026/11/27 10:05, Re-interview 写道:" if ui == "zh" else "On 27/11/2026 10:05, Re-interview wrote:"
        q = quoted(INV_TXT[lang])
        if mode == "bottom":
            text = f"{attr}\n{q}\n\n{body}{s}\n"
        elif mode == "inline":
            text = body
        else:
            text = f"{body}{s}\n\n{attr}\n{q}\n"
        return plain(
            text,
            cte="8bit",
            flowed=True,
            mailer=None,
            extra={"User-Agent": "Mozilla Thunderbird"},
            domain="example.org",
        )

    if fam == "yahoo":
        attr = f"On Friday, 27 November 2026 at 10:05:12 GMT, Re-interview <{OURS_ADDR}> wrote:"
        text = f"{body}{s}\n\n\n    {attr}  \n \n {render(lang)}\n"
        htm = f'<html><head></head><body><div class="ydp2b7f yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{body_html(body + s)}</div><div id="ydp-yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(attr)}</div><div><br></div><div><br></div><div><div id="yiv">{INV_HTML[lang]}</div></div></div></div></body></html>'
        return alt(
            text,
            htm,
            tcte="quoted-printable",
            prefix="Re: ",
            mailer="WebService/1.1.22806 YMailNorrin",
            domain="yahoo.com",
        )

    if fam == "android":
        # android-huawei-zh, android-samsung-en, android-xiaomi-zh
        kind = client.split("-")[1]
        if kind == "samsung":
            block = f"-------- Original message --------\nFrom: Re-interview <{OURS_ADDR}> \nDate: 27/11/2026  10:05  (GMT+00:00) \nTo: {name} <{addr}> \nSubject: {subj} \n"
            foot = "Sent from my Galaxy"
        elif kind == "huawei":
            block = f"-------- 原始邮件 --------\n发件人： Re-interview <{OURS_ADDR}>\n日期： 2026年11月27日周五 上午10:05\n收件人： {name} <{addr}>\n主 题： {subj}\n"
            foot = "发自我的华为手机"
        else:
            block = f"-------- 原始邮件 --------\n发件人：Re-interview <{OURS_ADDR}>\n时间：2026年11月27日 10:05\n收件人：{name} <{addr}>\n主题：{subj}\n"
            foot = "发自我的小米手机"
        text = f"{body}\n\n\n\n{foot}\n\n\n{block}\n{INV_TXT[lang]}\n"
        return plain(text, cte="base64", prefix="回复：" if kind != "samsung" else "RE: ", domain="example.com")

    if fam == "wechat":
        # text pasted from a WeChat chat into the iPhone mail app: the chat's quote, then the answer
        snippet = body.split("\n@@\n")[0]
        answer = body.split("\n@@\n")[1]
        own = f"{snippet}\n- - - - - - - - - - - - - - -\n{answer}\n\n发自我的iPhone"
        attr = f"2026年11月27日 10:05，Re-interview <{OURS_ADDR}> 写道："
        text = f"{own}\n\n{quoted(attr + chr(10) + chr(10) + render(lang))}\n"
        return plain(text, cte="quoted-printable", mailer="iPhone Mail (22B91)", domain="icloud.com")

    raise ValueError(f"unknown client {client!r}")
