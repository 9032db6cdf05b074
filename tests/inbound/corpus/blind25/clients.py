"""How each mail client builds a reply to the invitation (written from knowledge of the clients' behaviour).

Every builder returns (headers: list[(name, value)], body: str) where body is the full MIME body text
(ASCII only, already transfer-encoded). `make.py` assembles the message.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {l: (CORPUS / f"invitation.{l}.txt").read_text(encoding="utf-8") for l in ("en", "zh")}
_INV_HTML = {l: (CORPUS / f"invitation.{l}.html").read_text(encoding="utf-8") for l in ("en", "zh")}
INV_BODY = {l: re.search(r"<body[^>]*>(.*)</body>", h, re.S).group(1).strip() for l, h in _INV_HTML.items()}

SUBJECT = {"en": "Re-interview invitation – Support desk", "zh": "重新面试邀请 – 电商客服专员"}
HR_NAME = {"en": "Acme Recruiting", "zh": "Acme 招聘团队"}
INV_ID = "<invitation-1@hr.example.com>"


# ---------------------------------------------------------------- encoding helpers
def qp(text: str, charset: str = "utf-8") -> str:
    data = text.replace("\n", "\r\n").encode(charset)
    out = quopri.encodestring(data).decode("ascii")
    return out.replace("\r\n", "\n").replace("=0D\n", "\n").replace("=0D=\n", "=\n")


def b64(text: str, charset: str = "utf-8", width: int = 76) -> str:
    raw = base64.b64encode(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    return "\n".join(raw[i : i + width] for i in range(0, len(raw), width))


def enc(text: str, cte: str, charset: str) -> str:
    if cte == "quoted-printable":
        return qp(text, charset)
    if cte == "base64":
        return b64(text, charset)
    return text  # 7bit / 8bit: make.py writes the bytes


def hdr(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if charset.lower() != "utf-8":
            return Header(value, charset, header_name="Subject").encode()
        from email.message import EmailMessage
        from email.policy import SMTP

        m = EmailMessage(policy=SMTP)
        m["Subject"] = value  # encodes only the words that need it, like most clients
        return m.as_string().split("Subject: ", 1)[1].split("\r\n\r\n")[0].strip().replace("\r\n", "\n")


def addr(name: str, email: str, charset: str = "utf-8", quote: bool = False) -> str:
    try:
        name.encode("ascii")
        n = f'"{name}"' if (quote or re.search(r"[,.()]", name)) else name
        return f"{n} <{email}>"
    except UnicodeEncodeError:
        return f"{hdr(name, charset)} <{email}>"


def part(ctype: str, charset: str, cte: str, text: str, extra: str = "") -> str:
    return (
        f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
        + enc(text, cte, charset).rstrip("\n")
        + "\n"
    )


def alternative(boundary: str, plain: str, htm: str) -> str:
    return f"--{boundary}\n{plain}\n--{boundary}\n{htm}\n--{boundary}--\n"


def quote_lines(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def to_html_lines(text: str, wrap: str = "div") -> str:
    out = []
    for line in text.split("\n"):
        esc = html.escape(line, quote=False)
        out.append(f"<{wrap}>{esc if esc else '<br>'}</{wrap}>")
    return "".join(out)


def br_html(text: str) -> str:
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


# ---------------------------------------------------------------- the context a builder gets
class Ctx:
    """One reply: who, when, what, and the client's choices."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    # set by make.py: name, email, reply_to, lang, text, quote ("q" below, "n" none, "i" bottom-posted),
    # date (email.utils format), when (datetime), mid, boundary, sent (invitation sent datetime), seq


def inv_from(c: Ctx) -> str:
    return f"{HR_NAME[c.lang]} <{c.reply_to}>"


def inv_from_html(c: Ctx) -> str:
    return f'{html.escape(HR_NAME[c.lang])} &lt;<a href="mailto:{c.reply_to}">{c.reply_to}</a>&gt;'


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _d3(dt):
    return EN_DAYS[dt.weekday()][:3]


def _m3(dt):
    return EN_MON[dt.month - 1][:3]


# ---------------------------------------------------------------- attribution lines per client/locale
def gmail_attr(c: Ctx, loc: str) -> str:
    s = c.sent
    h12 = f"{(s.hour % 12) or 12}:{s.minute:02d}\u202f{'AM' if s.hour < 12 else 'PM'}"
    if loc == "en-us":
        return f"On {_d3(s)}, {_m3(s)} {s.day}, {s.year} at {h12} {HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    if loc == "en-gb":
        return f"On {_d3(s)}, {s.day} {_m3(s)} {s.year} at {s:%H:%M}, {HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    if loc == "de":
        wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][s.weekday()]
        return f"Am {wd}, {s.day}. Nov. {s.year} um {s:%H:%M} Uhr schrieb {HR_NAME[c.lang]} <{c.reply_to}>:"
    if loc == "fr":
        wd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][s.weekday()]
        return f"Le {wd} {s.day} nov. {s.year} à {s:%H:%M}, {HR_NAME[c.lang]} <{c.reply_to}> a écrit :"
    if loc == "es":
        wd = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][s.weekday()]
        return (
            f"El {wd}, {s.day} nov {s.year} a las {s.hour}:{s.minute:02d}, {HR_NAME[c.lang]} (<{c.reply_to}>) escribió:"
        )
    if loc == "ja":
        wd = "月火水木金土日"[s.weekday()]
        return f"{s.year}年{s.month}月{s.day}日({wd}) {s.hour}:{s.minute:02d} {HR_NAME[c.lang]} <{c.reply_to}>:"
    if loc == "zh":
        wd = "一二三四五六日"[s.weekday()]
        return f"{HR_NAME[c.lang]} <{c.reply_to}> 于2026年{s.month}月{s.day}日周{wd} {s:%H:%M}写道："
    raise ValueError(loc)


def apple_attr(c: Ctx, loc: str) -> str:
    s = c.sent
    if loc == "en-gb":
        return f"On {s.day} {_m3(s)} {s.year}, at {s:%H:%M}, {HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    if loc == "en-us":
        return f"On {_m3(s)} {s.day}, {s.year}, at {(s.hour % 12) or 12}:{s.minute:02d}\u202f{'AM' if s.hour < 12 else 'PM'}, {HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    if loc == "de":
        return f"Am {s.day:02d}.{s.month:02d}.{s.year} um {s:%H:%M} schrieb {HR_NAME[c.lang]} <{c.reply_to}>:"
    if loc == "ja":
        return f"{s.year}/{s.month:02d}/{s.day:02d} {s:%H:%M}、{HR_NAME[c.lang]} <{c.reply_to}>のメール:"
    if loc == "zh":
        return f"{s.year}年{s.month}月{s.day}日 {s:%H:%M}，{HR_NAME[c.lang]} <{c.reply_to}> 写道："
    raise ValueError(loc)


# ---------------------------------------------------------------- client builders
def _subject(c: Ctx, prefix: str) -> str:
    return f"{prefix}{SUBJECT[c.lang]}"


def _threading(c: Ctx) -> list:
    return [("In-Reply-To", INV_ID), ("References", INV_ID)]


def gmail(c: Ctx, loc: str = "en-gb", app: bool = False) -> tuple[list, str]:
    attr = gmail_attr(c, loc)
    prefix = {"de": "Re: ", "fr": "Re: ", "es": "Re: ", "ja": "Re: ", "zh": "回复：" if app else "Re: "}.get(
        loc, "Re: "
    )
    plain = c.text
    hbody = '<div dir="ltr">' + to_html_lines(c.text) + "</div>"
    if c.quote == "q":
        plain += "\n\n" + attr + "\n\n" + quote_lines(INV_TXT[c.lang], ">") + "\n"
        hattr = html.escape(attr.split(HR_NAME[c.lang])[0]) + inv_from_html(c) + html.escape(attr.split(">", 1)[1])
        hbody += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + hattr
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + INV_BODY[c.lang] + "</blockquote></div>"
        )
    headers = [("MIME-Version", "1.0")] + [("Date", c.date), ("Message-ID", f"<CA{c.token}+{c.seq}x=Q@mail.gmail.com>")]
    headers += _threading(c)
    headers += [
        ("From", addr(c.name, c.email)),
        ("To", inv_from(c) if not c.lang == "zh" else hdr(HR_NAME[c.lang]) + f" <{c.reply_to}>"),
        ("Subject", hdr(_subject(c, prefix))),
        ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
    ]
    cte = "quoted-printable" if not re.search(r"[^\x00-\x7f]", c.text + plain) or loc not in ("ja", "zh") else "base64"
    body = alternative(
        c.boundary, part("text/plain", "UTF-8", cte, plain), part("text/html", "UTF-8", cte, hbody + "\n")
    )
    return headers, body


def _outlook_block(c: Ctx, loc: str, web: bool) -> tuple[list[tuple[str, str]], str]:
    s = c.sent
    names = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado", "Para", "Asunto"),
        "zh": ("发件人", "发送时间", "收件人", "主题"),
    }[loc]
    if loc == "en":
        when = (
            (
                f"{EN_DAYS[s.weekday()]}, {EN_MON[s.month - 1]} {s.day}, {s.year} {(s.hour % 12) or 12}:{s.minute:02d} "
                f"{'AM' if s.hour < 12 else 'PM'}"
            )
            if web
            else f"{EN_DAYS[s.weekday()]}, {s.day} {EN_MON[s.month - 1]} {s.year} {s:%H:%M}"
        )
    elif loc == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][s.weekday()]
        when = f"{wd}, {s.day}. November {s.year} {s:%H:%M}"
    elif loc == "fr":
        wd = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][s.weekday()]
        when = f"{wd} {s.day} novembre {s.year} {s:%H:%M}"
    elif loc == "es":
        wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][s.weekday()]
        when = f"{wd}, {s.day} de noviembre de {s.year} {s:%H:%M}"
    else:
        when = f"{s.year}年{s.month}月{s.day}日 {s:%H:%M}"
    rows = [(names[0], inv_from(c)), (names[1], when), (names[2], f"{c.name} <{c.email}>"), (names[3], SUBJECT[c.lang])]
    sep = " " if loc != "fr" else " : "
    text = "\n".join(f"{k}:{v}" if sep == " " and False else (f"{k}{sep if loc == 'fr' else ': '}{v}") for k, v in rows)
    return rows, text


def outlook(c: Ctx, loc: str = "en", kind: str = "desktop", disclaimer: str = "") -> tuple[list, str]:
    prefix = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "zh": "答复: "}[loc]
    if kind != "desktop":
        prefix = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "zh": "回复: "}[loc]
    rows, block = _outlook_block(c, loc, kind != "desktop")
    sig = ""
    if kind == "ios":
        sig = (
            "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
            if loc == "en"
            else "\n\nOutlook für iOS<https://aka.ms/o0ukef> beziehen"
        )
    if kind == "android":
        sig = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
    plain = c.text + sig
    if disclaimer:
        plain += "\n\n" + disclaimer
    if c.quote == "q":
        plain += (
            "\n\n"
            + ("________________________________\n" if kind != "desktop" else "")
            + block
            + "\n\n"
            + INV_TXT[c.lang]
        )
    # HTML
    fr = "&nbsp;:" if loc == "fr" else ":"
    hrows = "<br>\n".join(f"<b>{k}{fr}</b> {html.escape(v)}" for k, v in rows)
    if kind == "desktop":
        paras = "\n".join(
            f'<p class="MsoNormal"><span lang="EN-GB">{html.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></span></p>'
            for l in c.text.split("\n")
        )
        if disclaimer:
            paras += (
                '\n<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
                + br_html(disclaimer)
                + "</span><o:p></o:p></p>"
            )
        q = ""
        if c.quote == "q":
            q = (
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b><span lang="EN-US">'
                + hrows.replace("<br>", '</span><br><span lang="EN-US">')
                + "<o:p></o:p></span></b></p>\n</div>\n"
                + INV_BODY[c.lang]
                + "\n"
            )
        hbody = (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" '
            'vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + paras
            + "\n"
            + q
            + "</div>\n</body>\n</html>\n"
        )
    else:
        lines = "".join(
            f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
            f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{html.escape(l) if l else "<br>"}</div>'
            for l in c.text.split("\n")
        )
        if kind == "ios":
            lines += '<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
        if kind == "android":
            lines += '<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
        if disclaimer:
            lines += '<div style="font-size:8pt;color:#777777">' + br_html(disclaimer) + "</div>"
        q = ""
        if c.quote == "q":
            q = (
                '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + hrows
                + "</font>\n<div>&nbsp;</div>\n</div>\n"
                + INV_BODY[c.lang]
                + "\n"
            )
        hbody = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + lines + "\n" + q + "</body>\n</html>\n"
        )
    headers = [
        ("From", addr(c.name, c.email)),
        ("To", inv_from(c) if c.lang == "en" else hdr(HR_NAME[c.lang]) + f" <{c.reply_to}>"),
        ("Subject", hdr(_subject(c, prefix))),
        ("Thread-Topic", hdr(SUBJECT[c.lang])),
        ("Thread-Index", "AQHb" + base64.b64encode(c.token.encode()).decode()[:24] + "=="),
        ("Date", c.date),
        ("Message-ID", f"<{c.token.upper()[:10]}{c.seq:04d}@{c.domain_ms}.prod.outlook.com>"),
    ]
    if not (kind == "ios" and c.seq % 3 == 0):
        headers += _threading(c)
    headers += [
        ("Accept-Language", "en-GB, en-US" if loc == "en" else f"{loc}-{loc.upper()}, en-US"),
        ("Content-Language", {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "zh": "zh-CN"}[loc]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
        ("MIME-Version", "1.0"),
    ]
    body = alternative(
        c.boundary,
        part("text/plain", "utf-8", "quoted-printable" if kind == "desktop" else "base64", plain + "\n"),
        part("text/html", "utf-8", "quoted-printable" if kind == "desktop" else "base64", hbody),
    )
    return headers, body


def apple(c: Ctx, loc: str = "en-gb", iphone: bool = False, html_part: bool = True) -> tuple[list, str]:
    attr = apple_attr(c, loc)
    sig = ""
    if iphone:
        sig = {
            "en-gb": "Sent from my iPhone",
            "en-us": "Sent from my iPhone",
            "de": "Von meinem iPhone gesendet",
            "ja": "iPhoneから送信",
            "zh": "发自我的iPhone",
        }[loc]
    plain = c.text + (("\n\n" + sig) if sig else "")
    if c.quote == "q":
        plain += "\n\n" + quote_lines(attr + "\n\n" + INV_TXT[c.lang]) + "\n"
    prefix = {"de": "Re: ", "ja": "Re: ", "zh": "回复："}.get(loc, "Re: ")
    headers = [
        ("Content-Type", None),
        ("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
    ]
    if iphone:
        headers.append(("Content-Transfer-Encoding", None))
    headers += [
        ("Subject", hdr(_subject(c, prefix))),
        ("From", addr(c.name, c.email)),
        ("In-Reply-To", INV_ID),
        ("Date", c.date),
        ("Cc", None),
        ("Content-Transfer-Encoding", None),
        ("Message-Id", f"<{c.token.upper()[:8]}-{c.seq:04d}-4F1A-9C2E-{c.token.upper()[:12]}@{c.mdomain}>"),
        ("References", INV_ID),
        ("To", inv_from(c) if c.lang == "en" else hdr(HR_NAME[c.lang]) + f" <{c.reply_to}>"),
        ("X-Mailer", "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.300.87.4.3)"),
    ]
    headers = [h for h in headers if not (h[0] == "Cc")]
    if not html_part:
        cte = "quoted-printable" if not re.search(r"[^\x00-\x7f]", plain) or loc not in ("zh", "ja") else "base64"
        headers = [(k, v) for k, v in headers if v is not None or k == "Content-Type"]
        headers = [
            ("Content-Type", "text/plain;\n\tcharset=utf-8") if k == "Content-Type" else (k, v) for k, v in headers
        ]
        headers.insert(1, ("Content-Transfer-Encoding", cte))
        return headers, enc(plain + "\n", cte, "utf-8")
    hb = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        if not iphone
        else '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
    )
    hb += (
        "".join(f'<div dir="ltr">{html.escape(l) if l else "<br>"}</div>' for l in c.text.split("\n"))
        if iphone
        else br_html(c.text).replace("\n", "")
    )
    if iphone:
        hb += f'<div dir="ltr"><br></div><div dir="ltr">{html.escape(sig)}</div>'
    if c.quote == "q":
        hb += (
            '<div dir="ltr"><br><blockquote type="cite">'
            if iphone
            else '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        )
        hb += (
            f'<div>{html.escape(attr)}</div><br class="Apple-interchange-newline"><div>'
            + INV_BODY[c.lang]
            + "</div></blockquote></div>"
        )
    hb += "</body></html>\n"
    headers = [(k, v) for k, v in headers if v is not None or k == "Content-Type"]
    headers = [
        ("Content-Type", f'multipart/alternative;\n\tboundary="{c.boundary}"') if k == "Content-Type" else (k, v)
        for k, v in headers
    ]
    body = alternative(
        c.boundary,
        part("text/plain", "utf-8", "quoted-printable", plain + "\n"),
        part("text/html", "utf-8", "quoted-printable", hb),
    )
    return headers, "\n" + body


def yahoo(c: Ctx, app: bool = False) -> tuple[list, str]:
    s = c.sent
    attr = (
        f"On {EN_DAYS[s.weekday()]}, {s.day} {EN_MON[s.month - 1]} {s.year} at {s:%H:%M:%S} GMT, "
        f"{HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    )
    sig = "Sent from Yahoo Mail for iPhone" if app else ""
    plain = c.text + (("\n\n" + sig) if sig else "")
    hb = (
        '<html><head></head><body><div class="ydp4e1c2a7yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
        'Arial, sans-serif;font-size:13px;">' + to_html_lines(c.text) + "</div>"
    )
    if app:
        hb = (
            "<html><head></head><body><div>" + to_html_lines(c.text) + "</div>"
            '<div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature">'
            + sig
            + "</a></div>"
        )
    if c.quote == "q":
        plain += "\n\n\n    " + attr + "  \n \n " + "\n".join(" " + l for l in INV_TXT[c.lang].split("\n"))
        hb += (
            '<div id="yahoo_quoted_8532114077" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
            'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>'
            + html.escape(attr)
            + '</div><div><br></div><div><br></div><div><div id="yiv0987654321">'
            + INV_BODY[c.lang]
            + "</div></div></div></div>"
        )
    hb += "</body></html>\n"
    headers = [
        ("Date", c.date),
        ("From", addr(c.name, c.email)),
        ("To", inv_from(c)),
        ("Message-ID", f"<{c.seq}{c.token[:6]}.{c.seq * 7919}.1764{c.seq:06d}@mail.yahoo.com>"),
        ("In-Reply-To", INV_ID),
        ("References", INV_ID),
        ("Subject", hdr(_subject(c, "Re: "))),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; \n\tboundary="{c.boundary}"'),
        ("X-Mailer", "WebService/1.1.24652 YMailNorrin" if not app else "WebService/1.1.24652 YahooMailIosMobile"),
    ]
    body = alternative(
        c.boundary,
        part("text/plain", "UTF-8", "quoted-printable", plain + "\n"),
        part("text/html", "UTF-8", "quoted-printable", hb),
    )
    return headers, body


def proton(c: Ctx) -> tuple[list, str]:
    s = c.sent
    sfx = (
        "th" if s.day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[s.day]
    )
    attr = f"On {EN_DAYS[s.weekday()]}, {EN_MON[s.month - 1]} {s.day}{sfx}, {s.year} at {s:%H:%M}, {HR_NAME[c.lang]} <{c.reply_to}> wrote:"
    plain = c.text + "\n\nSent with Proton Mail secure email."
    hb = (
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
        + "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in c.text.split("\n"))
        + "</div>"
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
        '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">'
        "Proton Mail</a> secure email.</div></div>"
    )
    if c.quote == "q":
        plain += "\n\n" + attr + "\n\n" + quote_lines(INV_TXT[c.lang]) + "\n"
        hb += (
            '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">\n'
            + html.escape(attr)
            + '<br><br><blockquote class="protonmail_quote" type="cite">\n'
            + INV_BODY[c.lang]
            + "\n</blockquote><br>\n</div>"
        )
    headers = [
        ("Date", c.date),
        ("To", inv_from(c)),
        ("From", addr(c.name, c.email)),
        ("Subject", hdr(_subject(c, "Re: "))),
        ("Message-ID", f"<{base64.urlsafe_b64encode((c.token * 4).encode()).decode()[:60]}=@proton.me>"),
        ("In-Reply-To", INV_ID),
        ("References", INV_ID),
        ("Feedback-ID", "81234567:user:proton"),
        ("X-Pm-Message-ID", c.token),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;\n boundary="{c.boundary}"'),
    ]
    body = "This is a multi-part message in MIME format.\n\n" + alternative(
        c.boundary,
        part("text/plain", "utf-8", "quoted-printable", plain + "\n"),
        part("text/html", "utf-8", "base64", hb + "\n"),
    )
    return headers, body


def thunderbird(c: Ctx, loc: str = "en-gb", html_mode: bool = False) -> tuple[list, str]:
    s = c.sent
    attr = {
        "en-gb": f"On {s.day:02d}/{s.month:02d}/{s.year} {s:%H:%M}, {HR_NAME[c.lang]} wrote:",
        "en-us": f"On {s.month}/{s.day}/{s.year} {(s.hour % 12) or 12}:{s.minute:02d} AM, {HR_NAME[c.lang]} wrote:",
        "de": f"Am {s.day:02d}.{s.month:02d}.{s.year} um {s:%H:%M} schrieb {HR_NAME[c.lang]}:",
        "fr": f"Le {s.day:02d}/{s.month:02d}/{s.year} à {s:%H:%M}, {HR_NAME[c.lang]} a écrit :",
    }[loc]
    sig = f"-- \n{c.name}"
    headers = [
        ("Message-ID", f"<{c.token[:8]}-{c.token[8:12]}-4c{c.seq:02d}-a1b2-{c.token[:12]}@{c.email.split('@')[1]}>"),
        ("Date", c.date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", hdr(_subject(c, "Re: " if loc != "de" else "Re: "))),
        ("To", inv_from(c)),
        ("References", INV_ID),
        ("Content-Language", {"en-gb": "en-GB", "en-us": "en-US", "de": "de-DE", "fr": "fr"}[loc]),
        ("From", addr(c.name, c.email)),
        ("In-Reply-To", INV_ID),
    ]
    if not html_mode:
        quoted = quote_lines(INV_TXT[c.lang], ">")
        if c.quote == "i":
            text = attr + "\n" + quoted + "\n\n" + c.text + "\n\n" + sig + "\n"
        elif c.quote == "q":
            text = c.text + "\n\n" + sig + "\n\n" + attr + "\n" + quoted + "\n"
        else:
            text = c.text + "\n\n" + sig + "\n"
        # format=flowed: soft-wrap long lines of the own text at 72 with trailing space
        out = []
        for line in text.split("\n"):
            if line.startswith(">") or len(line) <= 78 or line == "-- ":
                out.append(line)
                continue
            words, cur = line.split(" "), ""
            for w in words:
                if cur and len(cur) + len(w) + 1 > 72:
                    out.append(cur + " ")
                    cur = w
                else:
                    cur = f"{cur} {w}" if cur else w
            out.append(cur)
        text = "\n".join(out)
        ascii_ok = not re.search(r"[^\x00-\x7f]", text)
        headers += [
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
            ("Content-Transfer-Encoding", "7bit" if ascii_ok else "8bit"),
        ]
        return headers, text
    hb = (
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        "  </head>\n  <body>\n    <p>" + br_html(c.text).replace("\n", "\n      ") + "</p>\n"
    )
    if c.quote == "q":
        hb += (
            f'    <div class="moz-cite-prefix">{html.escape(attr)}<br>\n    </div>\n    <blockquote type="cite" '
            f'cite="mid:{INV_ID[1:-1]}">\n' + INV_BODY[c.lang] + "\n    </blockquote>\n"
        )
    hb += f'    <pre class="moz-signature" cols="72">-- \n{html.escape(c.name)}</pre>\n  </body>\n</html>\n'
    plain = c.text + "\n\n" + sig + "\n"
    if c.quote == "q":
        plain = c.text + "\n\n" + sig + "\n\n" + attr + "\n" + quote_lines(INV_TXT[c.lang], ">") + "\n"
    headers += [("Content-Type", f'multipart/alternative;\n boundary="{c.boundary}"')]
    body = "This is a multi-part message in MIME format.\n" + alternative(
        c.boundary,
        part("text/plain", "UTF-8", "8bit" if re.search(r"[^\x00-\x7f]", plain) else "7bit", plain, "; format=flowed"),
        part("text/html", "UTF-8", "8bit", hb),
    )
    return headers, body


def samsung(c: Ctx) -> tuple[list, str]:
    s = c.sent
    rows = [
        ("From", inv_from(c)),
        ("Date", f"{s.day:02d}/{s.month:02d}/{s.year} {s:%H:%M} (GMT+00:00) "),
        ("To", c.email),
        ("Subject", SUBJECT[c.lang]),
    ]
    plain = c.text + "\n\n\n\nSent from my Galaxy\n"
    hb = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        + "".join(f'<div dir="auto">{html.escape(l) if l else "<br>"}</div>' for l in c.text.split("\n"))
        + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        '<div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
    )
    if c.quote == "q":
        plain += (
            "\n\n-------- Original message --------\n"
            + "\n".join(f"{k}: {v} " for k, v in rows)
            + "\n\n"
            + INV_TXT[c.lang]
        )
        hb += (
            '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
            "-------- Original message --------</div>"
            + "".join(f"<div>{k}: {html.escape(v)} </div>" for k, v in rows)
            + "<div><br></div></div>"
            + INV_BODY[c.lang]
        )
    hb += "</body></html>\n"
    headers = [
        ("Message-ID", f"<{c.token[:6]}.{c.seq}.{c.token}@email.android.com>"),
        ("Date", c.date),
        ("From", addr(c.name, c.email)),
        ("To", inv_from(c)),
        ("Subject", hdr(_subject(c, "Re: "))),
        ("In-Reply-To", INV_ID),
        ("References", INV_ID),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
    ]
    body = alternative(
        c.boundary, part("text/plain", "UTF-8", "base64", plain), part("text/html", "UTF-8", "base64", hb)
    )
    return headers, body


def qq(c: Ctx) -> tuple[list, str]:
    s = c.sent
    when = f"{s.year}年{s.month}月{s.day}日(星期{'一二三四五六日'[s.weekday()]}) {'上午' if s.hour < 12 else '下午'}{(s.hour % 12) or 12}:{s.minute:02d}"
    rows = [
        ("发件人", f'"{HR_NAME[c.lang]}"<{c.reply_to}>;'),
        ("发送时间", when),
        ("收件人", f'"{c.name}"<{c.email}>;'),
        ("主题", SUBJECT[c.lang]),
    ]
    plain = c.text + "\n"
    hb = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in c.text.split("\n")
    )
    if c.quote == "q":
        plain += (
            "\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
            + "\n".join(f"{k}: {v}" for k, v in rows)
            + "\n\n\n\n"
            + INV_TXT[c.lang]
        )
        hb += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
            'padding:8px;">'
            + "".join(f"<div><b>{k}:</b>&nbsp;{html.escape(v)}</div>" for k, v in rows)
            + "</div><div><br></div>"
            + INV_BODY[c.lang]
        )
    headers = [
        (
            "From",
            f'"{hdr(c.name, "gb18030")}" <{c.email}>' if re.search(r"[^\x00-\x7f]", c.name) else addr(c.name, c.email),
        ),
        ("To", f'"{hdr(HR_NAME[c.lang], "gb18030")}" <{c.reply_to}>'),
        ("Subject", hdr(_subject(c, "回复："), "gb18030")),
        ("Mime-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;\n\tboundary="{c.boundary}"'),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", c.date),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{c.token.upper()}{c.seq:04d}A1B2C3@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("References", f"{INV_ID}"),
        ("In-Reply-To", INV_ID),
    ]
    body = "This is a multi-part message in MIME format.\n\n" + alternative(
        c.boundary, part("text/plain", "gb18030", "base64", plain), part("text/html", "gb18030", "base64", hb)
    )
    return headers, body


def netease(c: Ctx, master: bool = False) -> tuple[list, str]:
    s = c.sent
    if master:
        rows = [
            ("发件人", f"{HR_NAME[c.lang]}<{c.reply_to}>"),
            ("日期", f"{s.year}年{s.month:02d}月{s.day:02d}日 {s:%H:%M}"),
            ("收件人", c.email),
            ("主题", SUBJECT[c.lang]),
        ]
        plain = c.text + "\n\n\n\n发自网易邮箱大师\n"
        hb = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:PingFang SC, Arial;">'
            + br_html(c.text)
            + '</div><div style="font-size:12px;color:#aaa;margin-top:20px">'
            '<a href="https://mail.163.com/dashi/dlpro.html?from=mail81" style="color:#aaa">发自网易邮箱大师</a></div>'
        )
        if c.quote == "q":
            plain += (
                "\n---- 回复的原邮件 ----\n" + "\n".join(f"| {k} | {v} |" for k, v in rows) + "\n" + INV_TXT[c.lang]
            )
            hb += (
                '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
                'border-radius:3px;-moz-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:PingFang SC">'
                '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
                '---- 回复的原邮件 ----</div><table class="J-reply-table" style="font-size:12px"><tbody>'
                + "".join(f'<tr><td width="60" valign="top">{k}</td><td>{html.escape(v)}</td></tr>' for k, v in rows)
                + "</tbody></table></div>"
                + INV_BODY[c.lang]
            )
        hb += "</body></html>\n"
        headers = [
            ("Date", c.date),
            ("From", f"{hdr(c.name)} <{c.email}>"),
            ("To", f"{hdr(HR_NAME[c.lang])} <{c.reply_to}>"),
            ("Message-ID", f"<{c.token[:4]}.{c.token[4:10]}.{c.seq}@163.com>"),
            ("In-Reply-To", INV_ID),
            ("References", INV_ID),
            ("Subject", hdr(_subject(c, "回复："))),
            ("MIME-Version", "1.0"),
            ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
            ("X-Mailer", "NetEase MailMaster 6.x"),
        ]
        body = alternative(
            c.boundary, part("text/plain", "UTF-8", "base64", plain), part("text/html", "UTF-8", "base64", hb)
        )
        return headers, body
    stamp = f"{s.year}-{s.month:02d}-{s.day:02d} {s:%H:%M:%S}"
    plain = c.text + "\n"
    hb = (
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
        + br_html(c.text).replace("\n", "")
        + "</div>"
    )
    if c.quote == "q":
        plain += (
            f'\n\n\n\n\n\n\n\n\nAt {stamp}, "{HR_NAME[c.lang]}" <{c.reply_to}> wrote:\n'
            + quote_lines(INV_TXT[c.lang], ">")
            + "\n"
        )
        hb += (
            f'<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'在 {stamp}，"{html.escape(HR_NAME[c.lang])}" &lt;{c.reply_to}&gt; 写道：<br> <blockquote id="isReplyContent" '
            'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + INV_BODY[c.lang]
            + "</blockquote>"
        )
    hb += "\n"
    headers = [
        ("Date", c.date),
        ("From", f'"{hdr(c.name, "gbk")}" <{c.email}>'),
        ("To", f'"{hdr(HR_NAME[c.lang], "gbk")}" <{c.reply_to}>'),
        ("Subject", hdr(_subject(c, "Re:"), "gbk")),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15) Copyright (c) 2002-2026 www.mailtech.cn 163com",
        ),
        ("In-Reply-To", INV_ID),
        ("References", INV_ID),
        ("Content-Type", f'multipart/alternative; \n\tboundary="{c.boundary}"'),
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<{c.token[:6]}.{c.seq:04d}.19a{c.token[6:12]}.Coremail.{c.email.split('@')[0]}@163.com>"),
    ]
    body = alternative(c.boundary, part("text/plain", "GBK", "base64", plain), part("text/html", "GBK", "base64", hb))
    return headers, body


# ---------------------------------------------------------------- automated replies
def auto(c: Ctx, kind: str) -> tuple[list, str]:
    """Out-of-office / autoresponders as the systems really send them."""
    if kind == "exchange-ooo" or kind == "exchange-ooo-de":
        de = kind.endswith("-de")
        subj = ("Automatische Antwort: " if de else "Automatic reply: ") + SUBJECT[c.lang]
        hb = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + br_html(c.text)
            + "</div>\n</body>\n</html>\n"
        )
        headers = [
            ("From", addr(c.name, c.email)),
            ("To", inv_from(c)),
            ("Subject", hdr(subj)),
            ("Thread-Topic", hdr(SUBJECT[c.lang])),
            ("Thread-Index", "AQHbX2Nq" + c.token[:12] + "=="),
            ("Date", c.date),
            ("Message-ID", f"<{c.token.upper()[:12]}{c.seq:04d}@{c.domain_ms}.prod.outlook.com>"),
            ("In-Reply-To", INV_ID),
            ("References", INV_ID),
            ("Content-Language", "de-DE" if de else "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AutoResponseSuppress", "All"),
            ("X-Auto-Response-Suppress", "All"),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", c.email),
            ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
            ("MIME-Version", "1.0"),
        ]
        body = alternative(
            c.boundary,
            part("text/plain", "utf-8", "quoted-printable", c.text + "\n"),
            part("text/html", "utf-8", "quoted-printable", hb),
        )
        return headers, body
    if kind == "gmail-vacation":
        headers = [
            ("MIME-Version", "1.0"),
            ("Date", c.date),
            ("References", INV_ID),
            ("In-Reply-To", INV_ID),
            ("Message-ID", f"<CA{c.token}vac{c.seq}@mail.gmail.com>"),
            ("Subject", hdr(_subject(c, "Re: "))),
            ("From", addr(c.name, c.email)),
            ("To", inv_from(c)),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"),
            ("X-Autoreply", "yes"),
            ("Content-Type", f'multipart/alternative; boundary="{c.boundary}"'),
        ]
        body = alternative(
            c.boundary,
            part("text/plain", "UTF-8", "quoted-printable", c.text + "\n"),
            part("text/html", "UTF-8", "quoted-printable", '<div dir="ltr">' + to_html_lines(c.text) + "</div>\n"),
        )
        return headers, body
    if kind == "icloud-vacation":
        headers = [
            ("From", addr(c.name, c.email)),
            ("To", inv_from(c)),
            ("Subject", hdr(_subject(c, "Re: "))),
            ("Date", c.date),
            ("Message-ID", f"<{c.token}.{c.seq}@icloud.com>"),
            ("In-Reply-To", INV_ID),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "7bit"),
        ]
        return headers, c.text + "\n"
    if kind == "helpdesk":
        headers = [
            ("From", addr(c.name, c.email)),
            ("Reply-To", c.email),
            ("To", c.reply_to),
            ("Subject", hdr(f"[Ticket #{40210 + c.seq}] {_subject(c, 'Re: ')}")),
            ("Date", c.date),
            ("Message-ID", f"<ticket-{40210 + c.seq}-{c.token[:8]}@{c.email.split('@')[1]}>"),
            ("In-Reply-To", INV_ID),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "auto_reply"),
            ("X-Mailer", "Zendesk Mailer"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        return headers, qp(c.text + "\n")
    if kind == "qq-vacation":
        headers = [
            ("From", f'"{hdr(c.name, "gb18030")}" <{c.email}>'),
            ("To", c.reply_to),
            ("Subject", hdr("自动回复: " + SUBJECT[c.lang], "gb18030")),
            ("Mime-Version", "1.0"),
            ("Content-Type", 'text/plain;\n\tcharset="gb18030"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Date", c.date),
            ("Message-ID", f"<tencent_AUTO{c.token.upper()}{c.seq:03d}@qq.com>"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("In-Reply-To", INV_ID),
        ]
        return headers, b64(c.text + "\n", "gb18030")
    if kind == "netease-vacation":
        headers = [
            ("Date", c.date),
            ("From", f'"{hdr(c.name, "gbk")}" <{c.email}>'),
            ("To", c.reply_to),
            ("Subject", hdr("自动回复:" + SUBJECT[c.lang], "gbk")),
            ("Auto-Submitted", "auto-replied"),
            ("X-Mailer", "Coremail Webmail Server"),
            ("Message-ID", f"<auto.{c.token[:10]}.{c.seq}@163.com>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=GBK"),
            ("Content-Transfer-Encoding", "base64"),
        ]
        return headers, b64(c.text + "\n", "gbk")
    raise ValueError(kind)


def build(c: Ctx) -> tuple[list, str, str]:
    """Dispatch on c.client; returns headers, body, format label."""
    cl = c.client
    table = {
        "gmail": (lambda: gmail(c, "en-gb"), "alt/utf-8/qp"),
        "gmail-us": (lambda: gmail(c, "en-us"), "alt/utf-8/qp"),
        "gmail-app": (lambda: gmail(c, "en-us", app=True), "alt/utf-8/qp"),
        "gmail-de": (lambda: gmail(c, "de"), "alt/utf-8/qp"),
        "gmail-fr": (lambda: gmail(c, "fr"), "alt/utf-8/qp"),
        "gmail-es": (lambda: gmail(c, "es"), "alt/utf-8/qp"),
        "gmail-ja": (lambda: gmail(c, "ja"), "alt/utf-8/base64"),
        "gmail-zh": (lambda: gmail(c, "zh"), "alt/utf-8/base64"),
        "outlook": (lambda: outlook(c, "en", "desktop", c.disclaimer), "alt/utf-8/qp"),
        "outlook-de": (lambda: outlook(c, "de", "desktop", c.disclaimer), "alt/utf-8/qp"),
        "outlook-fr": (lambda: outlook(c, "fr", "desktop", c.disclaimer), "alt/utf-8/qp"),
        "outlook-es": (lambda: outlook(c, "es", "desktop", c.disclaimer), "alt/utf-8/qp"),
        "outlook-zh": (lambda: outlook(c, "zh", "desktop", c.disclaimer), "alt/utf-8/qp"),
        "outlook-web": (lambda: outlook(c, "en", "web", c.disclaimer), "alt/utf-8/base64"),
        "outlook-ios": (lambda: outlook(c, "en", "ios", c.disclaimer), "alt/utf-8/base64"),
        "outlook-android": (lambda: outlook(c, "en", "android", c.disclaimer), "alt/utf-8/base64"),
        "apple-mail": (lambda: apple(c, "en-gb"), "alt/utf-8/qp"),
        "apple-mail-us": (lambda: apple(c, "en-us"), "alt/utf-8/qp"),
        "apple-mail-de": (lambda: apple(c, "de"), "alt/utf-8/qp"),
        "iphone": (lambda: apple(c, "en-gb", iphone=True, html_part=False), "plain/utf-8/qp"),
        "iphone-us": (lambda: apple(c, "en-us", iphone=True), "alt/utf-8/qp"),
        "iphone-ja": (lambda: apple(c, "ja", iphone=True, html_part=False), "plain/utf-8/base64"),
        "iphone-zh": (lambda: apple(c, "zh", iphone=True, html_part=False), "plain/utf-8/base64"),
        "yahoo": (lambda: yahoo(c), "alt/utf-8/qp"),
        "yahoo-app": (lambda: yahoo(c, app=True), "alt/utf-8/qp"),
        "proton": (lambda: proton(c), "alt/utf-8/qp+base64"),
        "thunderbird": (lambda: thunderbird(c, "en-gb"), "plain/utf-8/flowed"),
        "thunderbird-de": (lambda: thunderbird(c, "de"), "plain/utf-8/flowed"),
        "thunderbird-html": (lambda: thunderbird(c, "en-us", html_mode=True), "alt/utf-8/8bit"),
        "samsung": (lambda: samsung(c), "alt/utf-8/base64"),
        "qq": (lambda: qq(c), "alt/gb18030/base64"),
        "netease": (lambda: netease(c), "alt/gbk/base64"),
        "netease-master": (lambda: netease(c, master=True), "alt/utf-8/base64"),
    }
    if cl.startswith("auto:"):
        kind = cl[5:]
        fmt = {
            "exchange-ooo": "alt/utf-8/qp",
            "exchange-ooo-de": "alt/utf-8/qp",
            "gmail-vacation": "alt/utf-8/qp",
            "icloud-vacation": "plain/utf-8/7bit",
            "helpdesk": "plain/utf-8/qp",
            "qq-vacation": "plain/gb18030/base64",
            "netease-vacation": "plain/gbk/base64",
        }[kind]
        h, b = auto(c, kind)
        return h, b, fmt
    fn, fmt = table[cl]
    h, b = fn()
    return h, b, fmt
