"""How each mail client builds its reply (written from how these clients behave; stdlib only, deterministic)."""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {l: (CORPUS / f"invitation.{l}.txt").read_text(encoding="utf-8") for l in ("en", "zh")}
_INV_HTML = {l: (CORPUS / f"invitation.{l}.html").read_text(encoding="utf-8") for l in ("en", "zh")}
INV_BODY = {l: re.search(r"<body[^>]*>(.*)</body>", h, re.S).group(1).strip() for l, h in _INV_HTML.items()}
SUBJECT = {"en": "Re-interview invitation: Support desk", "zh": "重新面试邀请：电商客服专员"}
HR = {"en": ("HR Team", "hr@hr.example.com"), "zh": ("招聘团队", "hr@hr.example.com")}
CAND = {"en": ("Alice Smith", "alice.smith@example.net"), "zh": ("张三", "zhangsan@example.cn")}
INV_ID = "<invitation-1@hr.example.com>"

EN_NAMES = [
    "James Wilson",
    "Olivia Brown",
    "Priya Patel",
    "Tom Harris",
    "Daniel Reed",
    "Hannah Moore",
    "Aisha Khan",
    "Mark Evans",
    "Chloe Turner",
    "Simon Clarke",
    "Emma Walsh",
    "Robert Hughes",
    "Sophie Green",
    "Ben Carter",
    "Lukas Becker",
    "Camille Laurent",
    "Lucia Gomez",
    "Sanne de Vries",
    "Yuki Yamada",
    "Marie Keller",
]
ZH_NAMES = [
    ("李娜", "lina"),
    ("王强", "wangqiang"),
    ("刘洋", "liuyang"),
    ("陈静", "chenjing"),
    ("杨帆", "yangfan"),
    ("赵磊", "zhaolei"),
    ("黄丽", "huangli"),
    ("周杰", "zhoujie"),
    ("吴敏", "wumin"),
    ("孙浩", "sunhao"),
]
DOMAIN = {
    "gmail": "gmail.com",
    "outlook": "outlook.com",
    "owa": "hotmail.co.uk",
    "outlook-ios": "outlook.com",
    "apple": "icloud.com",
    "iphone": "me.com",
    "yahoo": "yahoo.co.uk",
    "proton": "proton.me",
    "thunderbird": "posteo.net",
    "gmail-app": "gmail.com",
    "qq": "qq.com",
    "qq-app": "qq.com",
    "netease": "163.com",
    "mailmaster": "126.com",
    "foxmail": "foxmail.com",
}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def h(i: int, salt: str, n: int = 16) -> str:
    return hashlib.sha256(f"blind28/{i}/{salt}".encode()).hexdigest()[:n]


def ew(s: str, cs: str = "UTF-8", enc: str = "B") -> str:
    """RFC 2047 encoded words when needed, split so each word stays short."""
    if all(ord(c) < 128 for c in s):
        return s
    out, chunk = [], ""
    for c in s:
        if len((chunk + c).encode(cs)) > 39:
            out.append(chunk)
            chunk = ""
        chunk += c
    out.append(chunk)
    words = []
    for p in out:
        b = p.encode(cs)
        if enc == "B":
            words.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(
                chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else f"={x:02X}")
                for x in b
            )
            words.append(f"=?{cs}?Q?{q}?=")
    return "\r\n ".join(words)


def addr(name: str, email: str, cs: str = "UTF-8", quote: bool = True) -> str:
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote else f"{name} <{email}>"
    return f"{ew(name, cs)} <{email}>"


def encode_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    """Encode text; fall back to a charset that can hold it (as clients do)."""
    for cs in (charset, "gb18030" if charset.lower() in ("gb2312", "gbk") else "utf-8"):
        try:
            raw = text.encode(cs)
            break
        except UnicodeEncodeError:
            continue
    if cs.lower() == "utf-8" and charset.lower() == "iso-2022-jp":
        cte = "quoted-printable"
    if cte == "base64":
        data = base64.encodebytes(text.replace("\n", "\r\n").encode(cs)).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw).replace(b"\n", b"\r\n")
    else:
        data = raw.replace(b"\n", b"\r\n")
    if cte in ("7bit",) and any(b > 127 for b in data):
        cte = "8bit"
    return data, cs, cte


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> tuple[bytes, str]:
    data, cs, cte = encode_body(text, charset, cte)
    head = f'Content-Type: {ctype}; charset="{cs}"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return head.encode() + data, f"{cs.lower()}/{cte}"


def alternative(plain: tuple[bytes, str], rich: tuple[bytes, str], boundary: str) -> bytes:
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode()
        + f"--{boundary}\r\n".encode()
        + plain[0]
        + f"\r\n--{boundary}\r\n".encode()
        + rich[0]
        + f"\r\n--{boundary}--\r\n".encode()
    )


def gt(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def esc_lines(text: str, tag: str = "div") -> str:
    out = []
    for l in text.split("\n"):
        out.append(f"<{tag}>{html.escape(l) if l else '<br>'}</{tag}>")
    return "\n".join(out)


# ------------------------------------------------------------------ attribution lines


def attribution(family: str, loc: str, lang: str) -> str:
    name, mail = HR[lang]
    sent_london = (9, 0)  # invitation sent Mon 23 Nov 2026 09:00 UTC == 17:00 Shanghai
    if family in ("gmail", "gmail-app"):
        return {
            "en": f"On Mon, 23 Nov 2026 at 09:00, {name} <{mail}> wrote:",
            "de": f"Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb {name} <{mail}>:",
            "fr": f"Le lun. 23 nov. 2026 à 10:00, {name} <{mail}> a écrit :",
            "es": f"El lun, 23 nov 2026 a las 10:00, {name} (<{mail}>) escribió:",
            "nl": f"Op ma 23 nov 2026 om 10:00 schreef {name} <{mail}>:",
            "zh": f"{name} <{mail}> 于2026年11月23日周一 17:00写道：",
        }[loc]
    if family in ("apple", "iphone"):
        return {
            "en": f"On 23 Nov 2026, at 09:00, {name} <{mail}> wrote:",
            "de": f"Am 23.11.2026 um 10:00 schrieb {name} <{mail}>:",
            "fr": f"Le 23 nov. 2026 à 10:00, {name} <{mail}> a écrit :",
            "nl": f"Op 23 nov 2026 om 10:00 heeft {name} <{mail}> het volgende geschreven:",
            "ja": f"2026/11/23 18:00、{name} <{mail}>のメール：",
            "zh": f"在 2026年11月23日，17:00，{name} <{mail}> 写道：",
        }[loc]
    if family == "thunderbird":
        return {"en": f"On 23/11/2026 09:00, {name} wrote:", "de": f"Am 23.11.26 um 10:00 schrieb {name}:"}[loc]
    if family == "yahoo":
        return f"On Monday, 23 November 2026 at 09:00:00 GMT, {name} <{mail}> wrote:"
    if family == "proton":
        return f"On Monday, November 23rd, 2026 at 09:00, {name} <{mail}> wrote:"
    raise KeyError(family)


def outlook_header(loc: str, lang: str) -> list[tuple[str, str]]:
    name, mail = HR[lang]
    cname, cmail = CAND[lang]
    subj = SUBJECT[lang]
    if loc == "de":
        return [
            ("Von", f"{name} <{mail}>"),
            ("Gesendet", "Montag, 23. November 2026 10:00"),
            ("An", f"{cname} <{cmail}>"),
            ("Betreff", subj),
        ]
    if loc == "zh":
        return [
            ("发件人", f"{name} <{mail}>"),
            ("发送时间", "2026年11月23日 17:00"),
            ("收件人", f"{cname} <{cmail}>"),
            ("主题", subj),
        ]
    return [
        ("From", f"{name} <{mail}>"),
        ("Sent", "Monday, November 23, 2026 9:00 AM"),
        ("To", f"{cname} <{cmail}>"),
        ("Subject", subj),
    ]


# ------------------------------------------------------------------ per-client bodies
# each returns (mime_bytes, format, subject_prefix, extra_headers)


def _split(client: str) -> tuple[str, str]:
    for loc in ("de", "fr", "es", "nl", "ja", "zh"):
        if client.endswith("-" + loc):
            return client[: -len(loc) - 1], loc
    return client, "en"


def gmail(i, text, lang, loc, quote, app=False):
    attr = attribution("gmail", loc, lang)
    plain = text
    rich = (
        '<div dir="ltr">'
        + "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))
        + "</div>"
    )
    if quote == "q":
        plain += "\n\n" + attr + "\n\n" + gt(INV_TXT[lang]) + "\n"
        rich += (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(attr)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + INV_BODY[lang] + "</blockquote></div>"
        )
    b = f"000000000000{h(i, 'b', 12)}"
    ascii_only = all(ord(c) < 128 for c in plain + rich)
    cte = "7bit" if ascii_only else "quoted-printable"
    p = leaf("text/plain", plain + "\n", "UTF-8", cte)
    r = leaf("text/html", rich + "\n", "UTF-8", cte)
    pre = {"de": "Re: ", "fr": "Re: ", "es": "Re: ", "nl": "Re: ", "zh": "Re: "}.get(loc, "Re: ")
    return alternative(p, r, b), f"alt/utf-8/{p[1].split('/')[1]}", pre, []


def outlook(i, text, lang, loc, quote, kind="desktop"):
    hdr = outlook_header(loc, lang)
    pre = {"de": "AW: ", "zh": "答复: "}.get(loc, "RE: ")
    sig = ""
    if kind == "ios":
        sig = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
        pre = "Re: "
    plain = text + sig
    if kind == "desktop":
        rich_reply = "\n".join(
            f'<p class="MsoNormal">{html.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
            for l in text.split("\n")
        )
    else:
        rich_reply = "\n".join(
            f'<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            f'font-size: 12pt; color: rgb(0, 0, 0);">{html.escape(l) if l else "<br>"}</div>'
            for l in text.split("\n")
        )
        if kind == "ios":
            rich_reply += '\n<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
    if quote == "q":
        block = "\n".join(f"{k}: {v}" for k, v in hdr)
        if kind == "desktop":
            plain += "\n\n" + block + "\n\n" + INV_TXT[lang]
            bits = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in hdr)
            rich_reply += (
                '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div><div style="border:none;border-top:solid '
                '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><span lang="EN-US">'
                + bits
                + '<o:p></o:p></span></p>\n</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                + INV_BODY[lang]
            )
        else:
            plain += "\n" + "_" * 32 + "\n" + block + "\n\n" + INV_TXT[lang]
            bits = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in hdr)
            rich_reply += (
                '\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" '
                'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + bits
                + "</font>\n<div>&nbsp;</div></div>\n<div>"
                + INV_BODY[lang]
                + "</div>"
            )
    if kind == "desktop":
        rich = (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            'div.WordSection1 {page:WordSection1;}\n--></style></head><body lang="EN-GB" link="#0563C1" '
            'vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n'
            + rich_reply
            + "\n</div></body></html>"
        )
        charset = "iso-8859-1" if loc == "de" else ("gb2312" if loc == "zh" else "utf-8")
        cte = "base64" if loc == "zh" else "quoted-printable"
    else:
        rich = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
            + rich_reply
            + "\n</body></html>"
        )
        charset, cte = "utf-8", "quoted-printable"
    p = leaf("text/plain", plain + "\n", charset, cte)
    r = leaf("text/html", rich + "\n", charset, cte)
    extra = [
        ("Thread-Topic", ew(SUBJECT[lang])),
        ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(h(i, "ti", 24))).decode()),
        ("Accept-Language", {"de": "de-DE, en-US", "zh": "zh-CN, en-US"}.get(loc, "en-GB, en-US")),
        ("Content-Language", {"de": "de-DE", "zh": "zh-CN"}.get(loc, "en-GB")),
    ]
    if kind == "desktop":
        extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
    return alternative(p, r, f"_000_{h(i, 'b', 20).upper()}_"), f"alt/{p[1]}", pre, extra


def apple(i, text, lang, loc, quote, iphone=False):
    attr = attribution("apple", loc, lang)
    sig = {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "ja": "iPhoneから送信",
        "zh": "发自我的iPhone",
    }[loc]
    plain = text + (("\n\n" + sig) if iphone else "")
    rich_reply = "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))
    if iphone:
        rich_reply += f'<div><br></div><div dir="ltr">{html.escape(sig)}</div>'
    rich_q = ""
    if quote == "q":
        if iphone:
            plain += "\n\n" + gt(attr + "\n\n" + INV_TXT[lang]) + "\n"
            rich_q = (
                f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{INV_BODY[lang]}</div></blockquote>'
            )
        else:
            plain += "\n\n" + attr + "\n\n" + gt(INV_TXT[lang]) + "\n"
            rich_q = (
                f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{INV_BODY[lang]}</div></blockquote></div><br>"
            )
    rich = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
        + (' dir="auto"' if iphone else "")
        + ">"
        + rich_reply
        + rich_q
        + "</body></html>"
    )
    charset = "iso-2022-jp" if loc == "ja" else "utf-8"
    cte = "7bit" if loc == "ja" else "quoted-printable"
    b = f"Apple-Mail-{h(i, 'u', 8).upper()}-{h(i, 'v', 4).upper()}-{h(i, 'w', 4).upper()}-{h(i, 'x', 12).upper()}"
    if quote == "n" and not iphone:
        p = leaf("text/plain", plain + "\n", charset, cte)
        return p[0], f"plain/{p[1]}", "Re: ", [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    p = leaf("text/plain", plain + "\n", charset, cte)
    r = leaf("text/html", rich + "\n", "utf-8" if loc == "ja" else charset, "quoted-printable")
    mailer = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.300.87.4.3)"
    return alternative(p, r, b), f"alt/{p[1]}", "Re: ", [("X-Mailer", mailer)]


def yahoo(i, text, lang, loc, quote):
    attr = attribution("yahoo", loc, lang)
    plain = text
    rich = (
        '<html><head></head><body><div class="ydp1c2d3e4fyahoo-style-wrap" style="font-family:Helvetica Neue, '
        'Helvetica, Arial, sans-serif;font-size:13px;">'
        + "".join(
            f'<div dir="ltr" data-setdir="false">{html.escape(l) if l else "<br>"}</div>' for l in text.split("\n")
        )
        + "</div>"
    )
    if quote == "q":
        plain += "\n\n\n    " + attr + "  \n\n" + INV_TXT[lang]
        rich += (
            '<div id="yahoo_quoted_' + h(i, "y", 10) + '" class="yahoo_quoted"><div style="font-family:\'Helvetica '
            "Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>"
            + html.escape(attr)
            + '</div><div><br></div><div><br></div><div><div id="yiv'
            + h(i, "z", 10)
            + '">'
            + INV_BODY[lang]
            + "</div></div></div></div>"
        )
    rich += "</body></html>"
    p = leaf("text/plain", plain + "\n", "UTF-8", "quoted-printable")
    r = leaf("text/html", rich + "\n", "UTF-8", "quoted-printable")
    return (
        alternative(p, r, f"----=_Part_{int(h(i, 'n', 6), 16)}_{int(h(i, 'm', 8), 16)}.{1700000000000 + i}"),
        "alt/utf-8/quoted-printable",
        "Re: ",
        [("X-Mailer", "WebService/1.1.22876 YMailNorrin")],
    )


def proton(i, text, lang, loc, quote):
    attr = attribution("proton", loc, lang)
    plain = text + "\n\nSent with Proton Mail secure email."
    rich = (
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
        + "<br>".join(html.escape(l) for l in text.split("\n"))
        + '</div><div style="font-family: Arial, sans-serif; '
        'font-size: 14px;"><br></div>\n<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; '
        'font-size: 14px;"><div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
        'href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
    )
    if quote == "q":
        plain += (
            "\n\n------- Original Message -------\nOn Monday, November 23rd, 2026 at 09:00, "
            + attr.split(", 2026 at 09:00, ", 1)[1]
            + "\n\n"
            + gt(INV_TXT[lang])
            + "\n"
        )
        rich += (
            '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">\n'
            + html.escape(attr)
            + '<br><br><blockquote class="protonmail_quote" type="cite">\n'
            + INV_BODY[lang]
            + "\n</blockquote><br>\n</div>"
        )
    p = leaf("text/plain", plain + "\n", "utf-8", "quoted-printable")
    r = leaf("text/html", rich + "\n", "utf-8", "quoted-printable")
    return alternative(p, r, f"b1=_{h(i, 'b', 40)}"), "alt/utf-8/quoted-printable", "Re: ", []


def thunderbird(i, text, lang, loc, quote):
    attr = attribution("thunderbird", loc, lang)
    if quote == "q":
        body = text + "\n\n" + attr + "\n" + gt(INV_TXT[lang]) + "\n"
    elif quote == "b":
        body = attr + "\n" + gt(INV_TXT[lang]) + "\n\n" + text + "\n"
    else:
        body = text + "\n"
    p = leaf("text/plain", body, "UTF-8", "8bit", "; format=flowed")
    return p[0], f"plain/{p[1]}+flowed", "Re: ", [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]


def qq(i, text, lang, loc, quote, app=False):
    name, mail = HR[lang]
    cname, cmail = CAND[lang]
    plain = text + ("\n\n\n\n发自我的iPhone" if app else "")
    rich = "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))
    if app:
        rich += "<div><br></div><div><br></div><div>发自我的iPhone</div>"
    if quote == "q":
        plain += (
            "\n\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{name}" <{mail}>;\n发送时间: 2026年11月23日(星期一) 下午5:00\n'
            f'收件人: "{cname}"<{cmail}>;\n主题: {SUBJECT[lang]}\n\n\n\n' + INV_TXT[lang]
        )
        rich += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
            f'padding:8px;"><div><b>发件人:</b>&nbsp;"{html.escape(name)}"&lt;{mail}&gt;;</div>'
            "<div><b>发送时间:</b>&nbsp;2026年11月23日(星期一) 下午5:00</div>"
            f'<div><b>收件人:</b>&nbsp;"{html.escape(cname)}"&lt;{cmail}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{html.escape(SUBJECT[lang])}</div></div><div><br></div>" + INV_BODY[lang]
        )
    rich = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + rich
    p = leaf("text/plain", plain + "\n", "gb18030", "base64")
    r = leaf("text/html", rich + "\n", "gb18030", "base64")
    extra = [("X-Mailer", "iPhone Mail (22B91)" if app else "QQMail 2.x"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")]
    return (
        alternative(p, r, f"----=_NextPart_{h(i, 'q', 8).upper()}_{h(i, 'r', 8).upper()}_{h(i, 's', 8).upper()}"),
        "alt/gb18030/base64",
        "回复：",
        extra,
    )


def netease(i, text, lang, loc, quote):
    name, mail = HR[lang]
    attr = f'在 2026-11-23 17:00:00，"{name}" <{mail}> 写道：'
    plain = text
    rich = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n")
    )
    if quote == "q":
        plain += "\n\n\n\n\n\n\n\n" + attr + "\n" + gt(INV_TXT[lang]) + "\n"
        rich += (
            '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre>'
            + html.escape(attr)
            + '</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px '
            '0.8ex; BORDER-LEFT: #ccc 1px solid">' + INV_BODY[lang] + "</blockquote>"
        )
    rich += "</div>"
    p = leaf("text/plain", plain + "\n", "GBK", "base64")
    r = leaf("text/html", rich + "\n", "GBK", "base64")
    return (
        alternative(p, r, f"----=_Part_{int(h(i, 'n', 6), 16)}_{int(h(i, 'm', 8), 16)}.{1795000000000 + i}"),
        f"alt/{p[1]}",
        "Re:",
        [
            ("X-Priority", "3"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
            ("X-NTES-SC", "AL_Qu2" + h(i, "nt", 20)),
        ],
    )


def mailmaster(i, text, lang, loc, quote):
    name, mail = HR[lang]
    cname, cmail = CAND[lang]
    plain = text
    rich = "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))
    if quote == "q":
        plain += (
            "\n\n---- 回复的原邮件 ----\n"
            f"| 发件人 | {name}<{mail}> |\n| 日期 | 2026年11月23日 17:00 |\n| 收件人 | {cname}<{cmail}> |\n"
            f"| 主题 | {SUBJECT[lang]} |\n" + INV_TXT[lang]
        )
        rich += (
            '<div><br></div><div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;'
            "padding-bottom:6px;border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;"
            "margin-bottom:20px;font-family:'微软雅黑';\"><div style=\"font-size:12px;line-height:1.5;word-break:break-all;"
            'margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div><table class="J-mail-card" '
            'style="font-size:12px;margin-left:10px"><tbody>'
            f"<tr><td>发件人</td><td>{html.escape(name)}&lt;{mail}&gt;</td></tr>"
            "<tr><td>日期</td><td>2026年11月23日 17:00</td></tr>"
            f"<tr><td>收件人</td><td>{html.escape(cname)}&lt;{cmail}&gt;</td></tr>"
            f"<tr><td>主题</td><td>{html.escape(SUBJECT[lang])}</td></tr></tbody></table></div>" + INV_BODY[lang]
        )
    p = leaf("text/plain", plain + "\n", "UTF-8", "base64")
    r = leaf("text/html", rich + "\n", "UTF-8", "base64")
    return (
        alternative(p, r, f"----=_Part_{h(i, 'mm', 12)}"),
        "alt/utf-8/base64",
        "回复：",
        [("X-Mailer", "MailMaster_Android 7.19.4")],
    )


def foxmail(i, text, lang, loc, quote):
    name, mail = HR[lang]
    cname, cmail = CAND[lang]
    me = "foxmail"
    plain = text + "\n\n\n" + me
    rich = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: 1.5; }'
        "</style></head><body>\n"
        + "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))
        + '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>'
        + me
        + "</div></div></span></div>"
    )
    if quote == "q":
        plain += (
            f"\n\n发件人： {name}\n发送时间： 2026-11-23 17:00\n收件人： {cname}\n主题： {SUBJECT[lang]}\n"
            + INV_TXT[lang]
        )
        rich += (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
            "PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; "
            f'PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:{mail}">{html.escape(name)}</a></div>'
            "<div><b>发送时间：</b>&nbsp;2026-11-23&nbsp;17:00</div>"
            f'<div><b>收件人：</b>&nbsp;<a href="mailto:{cmail}">{html.escape(cname)}</a></div>'
            f"<div><b>主题：</b>&nbsp;{html.escape(SUBJECT[lang])}</div></div></div><div><div>"
            + INV_BODY[lang]
            + "</div></div></blockquote>"
        )
    rich += "\n</body></html>"
    p = leaf("text/plain", plain + "\n", "gb2312", "base64")
    r = leaf("text/html", rich + "\n", "gb2312", "base64")
    return (
        alternative(p, r, f"----=_001_NextPart{h(i, 'f', 12)}_=----"),
        f"alt/{p[1]}",
        "回复: ",
        [("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("X-Priority", "3"), ("X-Has-Attach", "no")],
    )


# ------------------------------------------------------------------ auto-replies and a bounce


def auto(i, kind, text, lang):
    subj = SUBJECT[lang]
    if kind == "outlook-oof":
        p = leaf("text/plain", text + "\n", "utf-8", "quoted-printable")
        r = leaf(
            "text/html",
            "<html><body><div>" + "<br>".join(html.escape(l) for l in text.split("\n")) + "</div></body></html>\n",
            "utf-8",
            "quoted-printable",
        )
        return (
            alternative(p, r, f"_000_{h(i, 'b', 20).upper()}_"),
            "alt/utf-8/quoted-printable",
            "Automatic reply: ",
            [
                ("Auto-Submitted", "auto-generated"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
            ],
            True,
        )
    if kind == "outlook-oof-de":
        p = leaf("text/plain", text + "\n", "iso-8859-1", "quoted-printable")
        r = leaf(
            "text/html",
            "<html><body><div>" + "<br>".join(html.escape(l) for l in text.split("\n")) + "</div></body></html>\n",
            "iso-8859-1",
            "quoted-printable",
        )
        return (
            alternative(p, r, f"_000_{h(i, 'b', 20).upper()}_"),
            "alt/iso-8859-1/quoted-printable",
            "Automatische Antwort: ",
            [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
            True,
        )
    if kind == "outlook-oof-zh":
        p = leaf("text/plain", text + "\n", "gb2312", "base64")
        r = leaf(
            "text/html",
            "<html><body><div>" + "<br>".join(html.escape(l) for l in text.split("\n")) + "</div></body></html>\n",
            "gb2312",
            "base64",
        )
        return (
            alternative(p, r, f"_000_{h(i, 'b', 20).upper()}_"),
            "alt/gb2312/base64",
            "自动答复: ",
            [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
            True,
        )
    if kind == "gmail-vacation":
        p = leaf("text/plain", text + "\n", "UTF-8", "7bit")
        r = leaf("text/html", f'<div dir="ltr">{html.escape(text)}</div>\n', "UTF-8", "7bit")
        return (
            alternative(p, r, f"000000000000{h(i, 'b', 12)}"),
            "alt/utf-8/7bit",
            "Re: ",
            [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
            True,
        )
    if kind == "yahoo-vacation":
        p = leaf("text/plain", text + "\n", "UTF-8", "7bit")
        return p[0], "plain/utf-8/7bit", "Auto Reply: ", [("Auto-Submitted", "auto-replied")], True
    if kind == "proton-auto":
        p = leaf("text/plain", text + "\n", "utf-8", "quoted-printable")
        return (
            p[0],
            "plain/utf-8/quoted-printable",
            "Auto-Reply: ",
            [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
            True,
        )
    if kind == "qq-auto":
        p = leaf(
            "text/html",
            '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            + "<br>".join(html.escape(l) for l in text.split("\n"))
            + "\n",
            "gb18030",
            "base64",
        )
        return (
            p[0],
            "html/gb18030/base64",
            "自动回复: ",
            [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")],
            True,
        )
    if kind == "netease-auto":
        p = leaf("text/plain", text + "\n", "GBK", "base64")
        return (
            p[0],
            "plain/gbk/base64",
            "自动回复：",
            [("X-Mailer", "Coremail Webmail Server Version XT5.0.14"), ("Auto-Submitted", "auto-replied")],
            True,
        )
    raise KeyError(kind)


def bounce(i, lang):
    b = f"{h(i, 'db', 10)}.1795430400/mx.example.org"
    failed = "a.wilson@example.org"
    human = (
        f"This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\n"
        f"be delivered to one or more recipients. It's attached below.\n\n<{failed}>: host mx.example.org[203.0.113.7] said:\n"
        "    550 5.1.1 <"
        + failed
        + ">: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n"
    )
    status = (
        f"Reporting-MTA: dns; mx.example.org\nX-Postfix-Queue-ID: 4ABC12345\nArrival-Date: Mon, 23 Nov 2026 09:00:04 +0000 (UTC)\n\n"
        f"Final-Recipient: rfc822; {failed}\nOriginal-Recipient: rfc822;{failed}\nAction: failed\nStatus: 5.1.1\n"
        f"Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <{failed}>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table\n"
    )
    orig = (
        f"Return-Path: <bounce+r{i}@hr.example.com>\nFrom: HR Team <hr@hr.example.com>\nTo: {failed}\n"
        f"Subject: {SUBJECT[lang]}\nMessage-ID: {INV_ID}\nDate: Mon, 23 Nov 2026 09:00:00 +0000\n"
    )
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n boundary="{b}"\r\n\r\n'
        "This is a MIME-encapsulated message.\r\n\r\n"
        f"--{b}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + human.replace("\n", "\r\n")
        + f"\r\n--{b}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status.replace("\n", "\r\n")
        + f"\r\n--{b}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + orig.replace("\n", "\r\n")
        + f"\r\n--{b}--\r\n"
    )
    return body.encode(), "report/us-ascii/7bit"


# ------------------------------------------------------------------ the whole message

DISPATCH = {
    "gmail": lambda i, t, l, loc, q: gmail(i, t, l, loc, q),
    "gmail-app": lambda i, t, l, loc, q: gmail(i, t, l, loc, q, app=True),
    "outlook": lambda i, t, l, loc, q: outlook(i, t, l, loc, q, "desktop"),
    "owa": lambda i, t, l, loc, q: outlook(i, t, l, loc, q, "web"),
    "outlook-ios": lambda i, t, l, loc, q: outlook(i, t, l, loc, q, "ios"),
    "apple": lambda i, t, l, loc, q: apple(i, t, l, loc, q),
    "iphone": lambda i, t, l, loc, q: apple(i, t, l, loc, q, iphone=True),
    "yahoo": yahoo,
    "proton": proton,
    "thunderbird": thunderbird,
    "qq": lambda i, t, l, loc, q: qq(i, t, l, loc, q),
    "qq-app": lambda i, t, l, loc, q: qq(i, t, l, loc, q, app=True),
    "netease": netease,
    "mailmaster": mailmaster,
    "foxmail": foxmail,
}


def message_id(i: int, family: str, domain: str) -> str:
    if family.startswith("gmail"):
        return f"<CA+{base64.b64encode(bytes.fromhex(h(i, 'mid', 40))).decode().rstrip('=').replace('/', '_')}@mail.gmail.com>"
    if family.startswith("outlook") or family == "owa":
        return f"<DB9PR0{i % 9}MB{h(i, 'mid', 4).upper()}{h(i, 'm2', 20).upper()}@DB9PR0{i % 9}MB{h(i, 'mid', 4).upper()}.eurprd0{i % 7}.prod.outlook.com>"
    if family in ("apple", "iphone"):
        u = h(i, "mid", 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if family.startswith("qq"):
        return f"<tencent_{h(i, 'mid', 36).upper()}@qq.com>"
    if family in ("netease", "mailmaster") or family.startswith("netease"):
        return f"<{h(i, 'mid', 8)}.{int(h(i, 'n2', 5), 16)}.{int(h(i, 'n3', 10), 16)}.Coremail.{h(i, 'u', 6)}@{domain}>"
    if family == "foxmail":
        return f"<{2026112317}{h(i, 'mid', 10)}.{i}@foxmail.com>"
    if family.startswith("proton"):
        return f"<{base64.urlsafe_b64encode(bytes.fromhex(h(i, 'mid', 60))).decode()}=@proton.me>"
    if family.startswith("yahoo"):
        return f"<{int(h(i, 'mid', 12), 16)}.{int(h(i, 'n', 6), 16)}@mail.yahoo.com>"
    return f"<{h(i, 'mid', 8)}-{h(i, 'a', 4)}-{h(i, 'b', 4)}-{h(i, 'c', 4)}-{h(i, 'd', 12)}@{domain}>"


def build(i: int, lang: str, client: str, quote: str, text: str) -> tuple[bytes, str]:
    family, loc = _split(client)
    if lang == "zh":
        zname, zmail = ZH_NAMES[i % len(ZH_NAMES)]
        name = zname
        local = zmail if family not in ("qq", "qq-app", "qq-auto") else str(1000000 + int(h(i, "qq", 6), 16))
    else:
        name = EN_NAMES[i % len(EN_NAMES)]
        local = name.lower().replace(" ", ".")
    dom_family = {
        "gmail-vacation": "gmail",
        "yahoo-vacation": "yahoo",
        "proton-auto": "proton",
        "qq-auto": "qq",
        "netease-auto": "netease",
        "outlook-oof": "outlook",
        "iphone-zh": "iphone",
    }.get(family, family)
    domain = DOMAIN.get(dom_family, "example.org")
    if family == "outlook-oof" and loc == "de":
        domain = "firma-wolf.de"
    if family == "outlook-oof" and loc == "zh":
        domain = "corp.example.cn"
    if family == "outlook" and loc in ("de", "zh"):
        domain = {"de": "web.de", "zh": "outlook.com"}[loc]
    frm_email = f"{local}@{domain}"
    day = 23 + (i % 5)
    hour = 9 + (i * 7) % 11
    minute = (i * 13) % 60
    offset = (
        "+0800"
        if lang == "zh"
        else ("+0100" if loc in ("de", "fr", "es", "nl") else ("+0900" if loc == "ja" else "+0000"))
    )
    wd = WD[(day - 23) % 7]
    date = f"{wd}, {day} Nov 2026 {hour:02d}:{minute:02d}:{(i * 17) % 60:02d} {offset}"
    to = f"reply+r{i}.s2.{h(i, 'tok', 6)}@hr.example.com"
    threaded = True
    extra: list[tuple[str, str]]
    if family == "bounce":
        body, fmt = bounce(i, lang)
        headers = [
            ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
            ("To", f"bounce+r{i}.s2.{h(i, 'tok', 6)}@hr.example.com"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date),
            ("Message-ID", f"<20261123090005.{h(i, 'x', 8).upper()}@mx.example.org>"),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
        ]
        return _join(headers, body), fmt
    if family in ("outlook-oof", "gmail-vacation", "yahoo-vacation", "proton-auto", "qq-auto", "netease-auto"):
        kind = family + (f"-{loc}" if family == "outlook-oof" and loc != "en" else "")
        body, fmt, pre, extra, threaded = auto(i, kind, text, lang)
    else:
        body, fmt, pre, extra = DISPATCH[family](i, text, lang, loc, quote)
    cs_hdr = (
        "GBK"
        if family.startswith("netease")
        else ("gb2312" if family == "foxmail" else ("gb18030" if family.startswith("qq") else "UTF-8"))
    )
    subj = pre + SUBJECT[lang]
    headers = [
        ("From", addr(name, frm_email, cs_hdr)),
        ("To", to),
        ("Subject", ew(subj, cs_hdr)),
        ("Date", date),
        ("Message-ID", message_id(i, family, domain)),
    ]
    drop_thread = family in ("mailmaster",) and i % 2 == 0
    if threaded and not drop_thread:
        headers += [("In-Reply-To", INV_ID), ("References", INV_ID)]
    headers.append(("MIME-Version", "1.0"))
    headers += extra
    return _join(headers, body), fmt


def _join(headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return head.encode("ascii") + body
