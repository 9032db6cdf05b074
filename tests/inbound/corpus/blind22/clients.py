"""How each mail client builds its reply to the corpus invitation.

Written from knowledge of how the clients behave: header order and Message-ID shapes, the
attribution line or header block each one writes above the quoted invitation, how it renders the
quoted HTML invitation in its text/plain alternative, its HTML wrapper, charset and transfer
encoding. Everything is derived from the reply's number, so output is byte-identical on every run.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import quopri
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INVITATION_ID = "<invitation-1@hr.example.com>"
GMT = timezone.utc
CST = timezone(timedelta(hours=8))

INV = {
    "en": {
        "subject": "Re-interview invitation \u2013 Support desk",
        "from_name": "Talent Acquisition",
        "from_addr": "talent@hr.example.com",
        "date": datetime(2026, 11, 26, 9, 12, 5, tzinfo=GMT),
        "text": (CORPUS / "invitation.en.txt").read_text(encoding="utf-8"),
        "html": (CORPUS / "invitation.en.html").read_text(encoding="utf-8"),
    },
    "zh": {
        "subject": "重新面试邀请：电商客服专员",
        "from_name": "招聘团队",
        "from_addr": "talent@hr.example.com",
        "date": datetime(2026, 11, 26, 17, 12, 5, tzinfo=CST),
        "text": (CORPUS / "invitation.zh.txt").read_text(encoding="utf-8"),
        "html": (CORPUS / "invitation.zh.html").read_text(encoding="utf-8"),
    },
}
for _inv in INV.values():
    _m = re.search(r"<body[^>]*>(.*)</body>", _inv["html"], re.S)
    assert _m
    _inv["inner"] = _m.group(1).strip("\n")
    _inv["body_style"] = re.search(r"<body style=\"([^\"]*)\"", _inv["html"]).group(1)

WEEKDAYS = {"Thu": 26, "Fri": 27, "Sat": 28, "Sun": 29, "Mon": 30, "Tue": 31, "Wed": 32}


# --------------------------------------------------------------------------- deterministic ids


def digest(*parts: object) -> bytes:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()


def hexid(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uuid_of(seed: str) -> str:
    return str(uuid.UUID(bytes=digest("uuid", seed)[:16])).upper()


def alnum(seed: str, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    out, i = [], 0
    while len(out) < n:
        for b in digest("alnum", seed, i):
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def digits(seed: str, n: int) -> str:
    return alnum(seed, n, "0123456789")


# --------------------------------------------------------------------------- encodings


def encode_body(text: str, codec: str, cte: str) -> bytes:
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        raw.decode("ascii")
    return raw if raw.endswith(b"\n") else raw + b"\n"


def can(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def _b_words(s: str, label: str, codec: str) -> list[str]:
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(codec))) + len(label) + 7 > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return [f"=?{label}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words]


def _q(s: str, codec: str) -> str:
    out = []
    for b in s.encode(codec):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def ew(s: str, label: str = "UTF-8", codec: str = "utf-8", mode: str = "words") -> str:
    """Encode a header text the way a client does: only the non-ASCII words, the whole value
    in base64 ("whole_b") or in Q ("whole_q", "words_q")."""
    if s.isascii():
        return s
    if mode == "whole_b":
        return " ".join(_b_words(s, label, codec))
    if mode == "whole_q":
        return f"=?{label}?Q?{_q(s, codec)}?="
    # encode runs of words that contain non-ASCII; keep ASCII words as they are
    tokens = s.split(" ")
    out: list[str] = []
    run: list[str] = []
    for t in tokens + [None]:
        if t is not None and not t.isascii():
            run.append(t)
            continue
        if run:
            text = " ".join(run)
            if mode == "words_q":
                out.append(f"=?{label}?Q?{_q(text, codec)}?=")
            else:
                out.extend(_b_words(text, label, codec))
            run = []
        if t is not None:
            out.append(t)
    return " ".join(out)


def addr(name: str, address: str, label: str = "UTF-8", codec: str = "utf-8", quote_ew: bool = False) -> str:
    if not name:
        return address
    if name.isascii():
        if re.search(r"[,.;:@()]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    enc = " ".join(_b_words(name, label, codec))
    return f'"{enc}" <{address}>' if quote_ew else f"{enc} <{address}>"


def fold(name: str, value: str) -> str:
    line = f"{name}: {value}"
    if len(line) <= 78 or " " not in value:
        return line
    toks = value.split(" ")
    out, cur = [], f"{name}: {toks[0]}"
    for tok in toks[1:]:
        if len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n ".join(out)


# --------------------------------------------------------------------------- MIME tree


@dataclass
class Leaf:
    ctype: str
    cte: str
    text: str
    codec: str
    extra: tuple[str, ...] = ()


@dataclass
class Multi:
    ctype: str  # e.g. 'multipart/alternative; boundary="X"'
    boundary: str
    parts: list
    preamble: str = ""
    epilogue: str = ""


def render_node(node, top_headers: list[str] | None = None) -> bytes:
    heads = list(top_headers or [])
    if isinstance(node, Leaf):
        heads = heads + [f"Content-Type: {node.ctype}", f"Content-Transfer-Encoding: {node.cte}"] + list(node.extra)
        if top_headers is not None:
            heads = [h for h in heads if h]
        return ("\n".join(heads) + "\n\n").encode() + encode_body(node.text, node.codec, node.cte)
    heads = heads + [f"Content-Type: {node.ctype}"]
    out = ("\n".join(heads) + "\n\n").encode()
    if node.preamble:
        out += node.preamble.encode() + b"\n"
    for p in node.parts:
        out += f"--{node.boundary}\n".encode()
        out += render_node(p, [])
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n" if not out.endswith(b"\n\n") else b""
    out += f"--{node.boundary}--\n".encode()
    if node.epilogue:
        out += node.epilogue.encode()
    return out


def message(headers: list[tuple[str, str]], node) -> bytes:
    lines = [fold(k, v) for k, v in headers if v is not None]
    body = render_node(node, lines)
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------- HTML -> text, per client style


@dataclass(frozen=True)
class TextStyle:
    bold: str = ""
    ol: str = "\x00\x00\x00{n}. "
    ul: str = "\x00\x00\x00- "
    link: str = "once"  # once | angle | angle_tight
    cell: str = "\t"
    hr: str = ""


GMAIL_TEXT = TextStyle(bold="*", ol="\x00\x00\x00{n}. ", ul="\x00\x00\x00- ")
OUTLOOK_TEXT = TextStyle(
    ol="{n}.\x00\x00\x00\x00\x00 ", ul="\x00\x00*\x00\x00 ", link="angle_tight", hr="________________________________"
)
APPLE_TEXT = TextStyle(ol="{n}. ", ul="• ", link="once")
TB_TEXT = TextStyle(bold="*", ol="\x00\x00{n}. ", ul="\x00\x00* ", link="angle", hr="-" * 72)
YAHOO_TEXT = TextStyle(ol="\x00\x00\x00{n}. ", ul="\x00\x00\x00- ", link="once")
PROTON_TEXT = TextStyle(ol="\x00\x00\x00\x00{n}. ", ul="\x00\x00\x00\x00- ", link="angle")
SAMSUNG_TEXT = TextStyle(ol="", ul="", link="once", cell=" ")
QQ_TEXT = TextStyle(ol="", ul="", link="once", cell=" ")
NETEASE_TEXT = TextStyle(ol="{n}.", ul="", link="once", cell=" ")
FOX_TEXT = TextStyle(ol="\x00\x00{n}. ", ul="\x00\x00· ", link="once", cell="\t")


class _Plain(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "ol", "ul", "table", "blockquote", "pre"}

    def __init__(self, style: TextStyle):
        super().__init__(convert_charrefs=True)
        self.s = style
        self.out: list[str] = []
        self.skip = 0
        self.lists: list[list] = []
        self.href: str | None = None
        self.link_at = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("head", "style", "title", "script"):
            self.skip += 1
            return
        if tag in self.BLOCK:
            self.out.append("\n\n")
        if tag in ("ol", "ul"):
            self.lists.append([tag, 0])
        elif tag == "li":
            cur = self.lists[-1]
            cur[1] += 1
            self.out.append("\n" + (self.s.ol.format(n=cur[1]) if cur[0] == "ol" else self.s.ul))
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("strong", "b"):
            self.out.append(self.s.bold)
        elif tag == "a":
            self.href = a.get("href")
            self.link_at = len(self.out)
        elif tag == "tr":
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\x01")
        elif tag == "hr":
            self.out.append("\n\n" + self.s.hr + "\n\n")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "title", "script"):
            self.skip -= 1
            return
        if tag in self.BLOCK:
            self.out.append("\n\n")
        if tag in ("ol", "ul"):
            self.lists.pop()
        elif tag in ("strong", "b"):
            self.out.append(self.s.bold)
        elif tag == "a" and self.href:
            text = "".join(self.out[self.link_at :]).strip()
            href = self.href
            if self.s.link == "angle":
                self.out.append(f" <{href}>")
            elif self.s.link == "angle_tight":
                self.out.append(f"<{href}>")
            elif text != href:
                self.out.append(f" <{href}>")
            self.href = None

    def handle_data(self, data):
        if self.skip:
            return
        self.out.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        raw = "".join(self.out)
        lines = []
        for line in raw.split("\n"):
            line = line.strip(" ")
            line = re.sub(r" *\x01 *", "\x01", line).lstrip("\x01").replace("\x01", self.s.cell)
            lines.append(line.replace("\x00", " ").rstrip())
        txt = "\n".join(lines)
        txt = re.sub(r"\n{3,}", "\n\n", txt)
        return txt.strip("\n")


def html_text(fragment: str, style: TextStyle) -> str:
    p = _Plain(style)
    p.feed(fragment)
    p.close()
    return p.text()


def prefixed(text: str, prefix: str = "> ", blank: str = ">") -> str:
    return "\n".join(prefix + line if line else blank for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """format=flowed (RFC 3676) as Thunderbird writes it, quoted lines included."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)", line)
        prefix = ""
        body = line
        if m:
            prefix = m.group(1).replace(" ", "") + " "
            body = line[len(m.group(1)) :]
        if line == "-- ":
            out.append(line)
            continue
        body = body.rstrip(" ")
        if not prefix and (body.startswith(" ") or body.startswith("From ") or body.startswith(">")):
            body = " " + body
        if len(prefix + body) <= width:
            out.append((prefix + body) if body or not prefix else prefix.rstrip())
            continue
        words = body.split(" ")
        cur = ""
        segs = []
        for w in words:
            if cur and len(prefix + cur + w) > width:
                segs.append(cur)
                cur = w + " "
            else:
                cur += w + " "
        segs.append(cur.rstrip(" "))
        out.extend(prefix + s for s in segs)
    return "\n".join(out)


def text_to_divs(text: str, line_tpl: str = "<div>{}</div>", blank: str = "<div><br></div>") -> str:
    return "\n".join(line_tpl.format(htmlmod.escape(l, quote=False)) if l.strip() else blank for l in text.split("\n"))


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


# --------------------------------------------------------------------------- dates in the clients' locales

EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


def h12(d: datetime, sec: bool = False) -> str:
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if sec else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def inv_local(lang: str, tz) -> datetime:
    return INV[lang]["date"].astimezone(tz)


# --------------------------------------------------------------------------- the reply context


@dataclass
class Ctx:
    n: int
    r: dict
    lang: str
    name: str
    address: str
    to: str
    date: datetime
    seed: str
    to_addr: str = ""

    @property
    def inv(self) -> dict:
        return INV[self.lang]

    @property
    def to_header(self) -> str:
        return self.to

    def to_as(self, label: str, codec: str, quote_ew: bool = False) -> str:
        """The To header as this client encodes the invitation's Reply-To display name."""
        style = self.r.get("to_style", "named")
        if style != "named":
            return self.to
        return addr(self.inv["from_name"], self.to_addr, label, codec, quote_ew=quote_ew)

    @property
    def inv_from(self) -> str:
        return f"{self.inv['from_name']} <{self.inv['from_addr']}>"

    @property
    def text(self) -> str:
        return self.r["text"].strip("\n")

    @property
    def quote(self) -> str:
        return self.r.get("quote", "below")

    def subject(self, prefix: str) -> str:
        s = self.r.get("subject_base") or self.inv["subject"]
        if self.r.get("external_tag"):
            s = "[EXTERNAL] " + s
        return prefix + s

    def refs(self) -> tuple[str | None, str | None]:
        if self.r.get("no_refs"):
            return None, None
        return INVITATION_ID, INVITATION_ID


BANNER = (
    "CAUTION: This email originated from outside of the organisation. Do not click links or open "
    "attachments unless you recognise the sender and know the content is safe."
)
BANNER_HTML = (
    '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background:#FFEB9C">'
    '<tr><td style="padding:4px 6px"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:#9C6500">'
    + esc(BANNER)
    + "</span></b></p></td></tr></table>"
)

DISCLAIMERS = {
    "harrowgate": (
        "This email and any attachments are confidential and may be legally privileged. If you are not the "
        "intended recipient, please notify the sender immediately and delete it; you must not copy, forward "
        "or disclose its contents. Harrowgate Capital LLP is authorised and regulated by the Financial Conduct "
        "Authority. Registered in England and Wales, No. OC412789. Registered office: 25 Canada Square, "
        "London E14 5LQ."
    ),
    "meridian": (
        "Meridian Health Partners Ltd | Registered in England No. 08812345 | 1 King William Street, London EC4N 7AR\n"
        "The information in this email is confidential and intended solely for the addressee. Any views or "
        "opinions expressed are those of the author and do not necessarily represent those of Meridian Health "
        "Partners. Please consider the environment before printing this email."
    ),
    "kestrel": (
        "********************************************************************\n"
        "DISCLAIMER: This e-mail (including any attachments) is intended for the named recipient(s) only. "
        "It may contain information which is privileged and/or confidential. If you have received it in "
        "error, please notify postmaster@kestrel-logistics.co.uk and delete it from your system. "
        "Kestrel Logistics Ltd, Unit 4 Thames Gateway Park, Dagenham RM9 6SB. Company No. 04455667.\n"
        "********************************************************************"
    ),
    "bramley": (
        "Bramley & Finch LLP is a limited liability partnership registered in England and Wales "
        "(OC300123) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). "
        "A list of members is available at our registered office, 40 Holborn Viaduct, London EC1N 2PB. "
        "We will never change our bank details by email. This message is confidential; if you have received "
        "it in error please tell us and delete it."
    ),
    "camden": (
        "London Borough of Camden - this email and any files transmitted with it are confidential and intended "
        "solely for the use of the individual or entity to whom they are addressed. Camden Council monitors "
        "emails to ensure compliance with its policies. Views expressed may not be those of the Council."
    ),
}


def disclaimer(c: Ctx) -> str | None:
    key = c.r.get("disclaimer")
    return DISCLAIMERS[key] if key else None


# =========================================================================== Gmail

GMAIL_ATTR = {
    "en-GB": lambda d, n, a: f"On {d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}, {n} <{a}> wrote:",
    "en-US": lambda d, n, a: f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h12(d)} {n} <{a}> wrote:",
    "android": lambda d, n, a: f"On {d:%a}, {d.day} {d:%b %Y}, {d:%H:%M} {n}, <{a}> wrote:",
    "fr": lambda d, n, a: f"Le jeu. {d.day} nov. {d.year} à {d:%H:%M}, {n} <{a}> a écrit :",
    "es": lambda d, n, a: f"El jue, {d.day} nov {d.year} a las {d.hour}:{d.minute:02d}, {n} (<{a}>) escribió:",
    "pt": lambda d, n, a: f"Em qui., {d.day} de nov. de {d.year} às {d:%H:%M}, {n} <{a}> escreveu:",
    "it": lambda d, n, a: f"Il giorno gio {d.day} nov {d.year} alle ore {d:%H:%M} {n} <{a}> ha scritto:",
    "nl": lambda d, n, a: f"Op do {d.day} nov {d.year} om {d:%H:%M} schreef {n} <{a}>:",
    "ru": lambda d, n, a: f"чт, {d.day} нояб. {d.year} г. в {d:%H:%M}, {n} <{a}>:",
    "zh": lambda d, n, a: f"{n} <{a}> 于{d.year}年{d.month}月{d.day}日周四 {d:%H:%M}写道：",
}


def gmail_wrap(line: str, width: int = 78) -> str:
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width)
    return line[:cut] + "\n" + gmail_wrap(line[cut + 1 :], width)


def gmail(c: Ctx, variant: str = "en-GB", mobile: bool = False) -> bytes:
    tz = GMT if c.lang == "en" or c.r.get("tz") == "london" else CST
    d = inv_local(c.lang, tz)
    attr = GMAIL_ATTR[variant](d, c.inv["from_name"], c.inv["from_addr"])
    text = c.text
    inner = c.inv["inner"]
    if c.r.get("fwd"):
        fwd_hdr = (
            "---------- Forwarded message ---------\n"
            f"From: {c.inv['from_name']} <{c.inv['from_addr']}>\n"
            f"Date: {d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}\n"
            f"Subject: {c.inv['subject']}\n"
            f"To: <{c.r['fwd']}>\n"
        )
        plain = text + "\n\n" + fwd_hdr + "\n\n" + html_text(inner, GMAIL_TEXT) + "\n"
        fwd_html = (
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            f'From: <strong class="gmail_sendername" dir="auto">{esc(c.inv["from_name"])}</strong> <span dir="auto">&lt;<a href="mailto:{c.inv["from_addr"]}">{c.inv["from_addr"]}</a>&gt;</span><br>'
            f"Date: {d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}<br>Subject: {esc(c.inv['subject'])}<br>"
            f'To: &lt;<a href="mailto:{c.r["fwd"]}">{c.r["fwd"]}</a>&gt;<br></div><br><br>'
            f'<div style="{c.inv["body_style"]}">{inner}</div></div>'
        )
    wrapper = '<div dir="auto">' if mobile else '<div dir="ltr">'
    lines = text.split("\n")
    body_html = (
        wrapper
        + esc(lines[0])
        + "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in lines[1:])
        + "</div>"
    )
    if c.r.get("fwd"):
        plain_full = plain
        html_full = body_html + "<br>" + fwd_html + "\n"
    elif c.quote == "none":
        plain_full = text + "\n"
        html_full = body_html + "\n"
    else:
        q = html_text(inner, GMAIL_TEXT)
        plain_full = text + "\n\n" + (gmail_wrap(attr) if not mobile else attr) + "\n\n" + prefixed(q) + "\n"
        html_full = (
            body_html
            + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(attr).replace(
                esc(f"<{c.inv['from_addr']}>"),
                f'&lt;<a href="mailto:{c.inv["from_addr"]}">{c.inv["from_addr"]}</a>&gt;',
            )
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + f'<div style="{c.inv["body_style"]}">{inner}</div></blockquote></div>\n'
        )
    cjk = c.r.get("cjk_body", c.lang == "zh" and not c.text.isascii())
    cte_plain = "base64" if cjk else ("7bit" if plain_full.isascii() else "quoted-printable")
    cte_html = "base64" if cjk else ("7bit" if html_full.isascii() else "quoted-printable")
    b = "000000000000" + hexid(c.seed + "b", 16)
    node = Multi(
        f'multipart/alternative; boundary="{b}"',
        b,
        [
            Leaf('text/plain; charset="UTF-8"', cte_plain, plain_full, "utf-8"),
            Leaf('text/html; charset="UTF-8"', cte_html, html_full, "utf-8"),
        ],
    )
    irt, refs = c.refs()
    if c.r.get("fwd"):
        prefix = "Fwd: "
    else:
        prefix = "Re: "
    headers = [
        ("MIME-Version", "1.0"),
        ("References", refs),
        ("In-Reply-To", irt),
        ("From", addr(c.name, c.address)),
        ("Date", format_datetime(c.date)),
        (
            "Message-ID",
            f"<CA{alnum(c.seed + 'mid', 10)}{alnum(c.seed + 'mid2', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-')}@mail.gmail.com>",
        ),
        ("Subject", ew(c.subject(prefix), "UTF-8")),
        ("To", c.to_header),
        (None, None),
    ]
    headers = [(k, v) for k, v in headers if k]
    return message(headers, node)


# =========================================================================== Outlook (desktop, web, mobile)

OL_LABELS = {
    "en-GB": (
        "From:",
        "Sent:",
        "To:",
        "Subject:",
        "RE: ",
        lambda d: f"{d.day} {EN_MON[d.month - 1]} {d.year} {d:%H:%M}",
        "EN-GB",
    ),
    "en-US": (
        "From:",
        "Sent:",
        "To:",
        "Subject:",
        "RE: ",
        lambda d: f"{EN_DAY[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h12(d)}",
        "EN-US",
    ),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "RE : ", lambda d: f"jeudi {d.day} novembre {d.year} {d:%H:%M}", "FR"),
    "nl": (
        "Van:",
        "Verzonden:",
        "Aan:",
        "Onderwerp:",
        "RE: ",
        lambda d: f"donderdag {d.day} november {d.year} {d:%H:%M}",
        "NL",
    ),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "R: ", lambda d: f"giovedì {d.day} novembre {d.year} {d:%H:%M}", "IT"),
    "ru": (
        "От:",
        "Отправлено:",
        "Кому:",
        "Тема:",
        "RE: ",
        lambda d: f"{d.day} ноября {d.year} г. {d.hour}:{d.minute:02d}",
        "RU",
    ),
    "zh": (
        "发件人:",
        "发送时间:",
        "收件人:",
        "主题:",
        "答复: ",
        lambda d: f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}",
        "ZH-CN",
    ),
}

OL_AUTO_PREFIX = {
    "en-GB": "Automatic reply: ",
    "en-US": "Automatic reply: ",
    "fr": "Réponse automatique : ",
    "nl": "Automatisch antwoord: ",
    "zh": "自动答复: ",
}

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
    "@font-face\n\t{{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}\n"
    "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\t"
    'font-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}}\n'
    "a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}}\n"
    'span.EmailStyle19\n\t{{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}}\n'
    ".MsoChpDefault\n\t{{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}}\n"
    "@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n"
    'div.WordSection1\n\t{{page:WordSection1;}}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
    '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
    '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def word_paras(text: str, lang: str) -> str:
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append(f'<p class="MsoNormal"><span lang="{lang}">{esc(l)}<o:p></o:p></span></p>')
        else:
            out.append(f'<p class="MsoNormal"><span lang="{lang}"><o:p>&nbsp;</o:p></span></p>')
    return "\n".join(out)


def _ol_headers(c: Ctx, prefix: str, extra: list[tuple[str, str]], mid: str, locale: str) -> list[tuple[str, str]]:
    irt, refs = c.refs()
    ti = base64.b64encode(b"\x01" + digest(c.seed, "thread")[:21]).decode()
    if c.r.get("onprem"):
        return [
            ("From", addr(c.name, c.address, "utf-8", "utf-8")),
            ("To", c.to_as("utf-8", "utf-8")),
            ("References", refs),
            ("In-Reply-To", irt),
            ("Subject", ew(c.subject(prefix), "utf-8", "utf-8", "whole_b")),
            ("Date", format_datetime(c.date)),
            ("Message-ID", mid),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", ti),
            ("Content-Language", "en-gb"),
        ] + extra
    return (
        [
            ("From", addr(c.name, c.address, "utf-8", "utf-8")),
            ("To", c.to_as("utf-8", "utf-8")),
            ("Subject", ew(c.subject(prefix), "utf-8", "utf-8", "whole_b")),
            ("Thread-Topic", ew(c.subject(""), "utf-8", "utf-8", "whole_b")),
            ("Thread-Index", ti),
            ("Date", format_datetime(c.date)),
            ("Message-ID", mid),
            ("References", refs),
            ("In-Reply-To", irt),
            ("Accept-Language", locale if locale == "en-US" else f"{locale}, en-US"),
            ("Content-Language", locale),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
        + extra
        + [("MIME-Version", "1.0")]
    )


def exo_mid(c: Ctx, region: str = "LO2P265", dom: str = "GBRP265.PROD.OUTLOOK.COM") -> str:
    box = f"{region}MB{digits(c.seed + 'box', 4)}"
    return f"<{box}{hexid(c.seed + 'mid', 12).upper()}{digits(c.seed + 'm2', 5)}@{box}.{dom}>"


def outlook_block(c: Ctx, locale: str, tz, style: str) -> tuple[str, str]:
    """(plain, html) of the reply header block Outlook writes above the quoted message."""
    fl, sl, tl, subl, _, fmt, _ = OL_LABELS[locale]
    d = inv_local(c.lang, tz)
    sent = fmt(d)
    if style == "mobile":
        sent = f"{EN_DAY[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h12(d, sec=True)}"
    from_v = f"{c.inv['from_name']} <{c.inv['from_addr']}>"
    to_v = f"{c.name} <{c.r.get('orig_to', c.address)}>"
    plain = f"{fl} {from_v}\n{sl} {sent}\n{tl} {to_v}\n{subl} {c.subject('')}"
    if style == "desktop":
        html = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span lang="EN-US">{esc(fl)}</span></b><span lang="EN-US"> {esc(from_v)} <br>\n'
            f"<b>{esc(sl)}</b> {esc(sent)}<br>\n<b>{esc(tl)}</b> {esc(to_v)}<br>\n<b>{esc(subl)}</b> {esc(c.subject(''))}<o:p></o:p></span></p>\n"
            "</div>\n</div>\n"
        )
    else:
        html = (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"<b>{esc(fl)}</b> {esc(from_v)}<br>\n<b>{esc(sl)}</b> {esc(sent)}<br>\n<b>{esc(tl)}</b> {esc(to_v)}<br>\n"
            f"<b>{esc(subl)}</b> {esc(c.subject(''))}</font>\n<div>&nbsp;</div>\n</div>\n"
        )
    return plain, html


def _quoted_original(c: Ctx, style: TextStyle) -> tuple[str, str]:
    plain = html_text(c.inv["inner"], style)
    html = f'<div style="{c.inv["body_style"]}">\n{c.inv["inner"]}\n</div>'
    if c.r.get("banner"):
        plain = BANNER + "\n\n" + plain
        html = BANNER_HTML + "\n" + html
    ins = c.r.get("inline_outlook")
    if ins:
        plain_anchor, html_anchor, answer = ins
        lines = plain.split("\n")
        for i, l in enumerate(lines):
            if plain_anchor in l:
                lines[i] = l + "  " + answer
                break
        else:
            raise ValueError("anchor")
        plain = "\n".join(lines)
        assert html_anchor in html
        html = html.replace(html_anchor, html_anchor + f' <b><span style="color:#0070C0">{esc(answer)}</span></b>', 1)
    return plain, html


def outlook_desktop(c: Ctx, locale: str = "en-GB", tz=GMT, auto: bool = False, plain_only: bool = False) -> bytes:
    fl, sl, tl, subl, prefix, fmt, wl = OL_LABELS[locale]
    text = c.text
    disc = disclaimer(c)
    disc_pos = c.r.get("disclaimer_pos", "sig")
    zh = c.lang == "zh" or locale == "zh"
    if zh:
        plain_cs, plain_cte = ("gb2312", "base64")
    else:
        plain_cs, plain_cte = ("us-ascii", "quoted-printable")
    if c.r.get("onprem"):
        mid = f"<0000{hexid(c.seed + 'op', 8)}${hexid(c.seed + 'op2', 8)}${hexid(c.seed + 'op3', 8)}$@{c.address.split('@')[1]}>"
    elif locale == "zh" and c.r.get("tz") != "london":
        mid = exo_mid(c, "SG2PR06", "apcprd06.prod.outlook.com")
    else:
        mid = exo_mid(c)
    extra: list[tuple[str, str]] = []
    if auto:
        prefix = OL_AUTO_PREFIX[locale]
        extra = [
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ]
    if plain_only:
        q = c.inv["text"].strip("\n")
        head = (
            "-----Original Message-----\n"
            f"From: {c.inv['from_name']} <{c.inv['from_addr']}> \n"
            f"Sent: {OL_LABELS['en-GB'][5](inv_local(c.lang, tz))}\nTo: {c.name} <{c.address}>\n"
            f"Subject: {c.subject('')}\n\n"
        )
        plain = text + "\n\n" + head + q + "\n"
        cs = "us-ascii" if plain.isascii() else "utf-8"
        node = Leaf(f'text/plain; charset="{cs}"', "quoted-printable" if cs != "us-ascii" else "7bit", plain, cs)
        return message(_ol_headers(c, prefix, extra, mid, "en-GB"), node)
    body_plain = text
    body_html = word_paras(text, wl)
    if disc and disc_pos == "sig":
        body_plain += "\n\n" + disc
        body_html += "\n" + word_paras(disc, wl).replace(
            "<span lang", '<span style="font-size:8.0pt;color:#7F7F7F" lang'
        )
    if auto or c.quote == "none":
        plain = body_plain + "\n"
        html_mid = ""
    else:
        qp_, qh = _quoted_original(c, OUTLOOK_TEXT)
        bp, bh = outlook_block(c, locale, tz, "desktop")
        plain = body_plain + "\n\n" + bp + "\n\n" + qp_ + "\n"
        html_mid = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n' + bh + qh + "\n"
    html = WORD_HEAD.format(cs="utf-8", lang=wl) + body_html + "\n" + html_mid + "</div>\n"
    if disc and disc_pos == "end":
        plain += "\n" + disc + "\n"
        html += '<p style="font-size:8pt;color:#808080;font-family:Arial">' + esc(disc).replace("\n", "<br>") + "</p>\n"
    html += "</body>\n</html>\n"
    if not can(plain, plain_cs):
        plain_cs = "utf-8"
    b = f"_000_{mid[1:].split('@')[0].replace('$', '')}_"
    node = Multi(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        [
            Leaf(f'text/plain; charset="{plain_cs}"', plain_cte, plain, plain_cs),
            Leaf('text/html; charset="utf-8"', "quoted-printable", html, "utf-8"),
        ],
    )
    return message(
        _ol_headers(
            c,
            prefix,
            extra,
            mid,
            {"zh": "zh-CN", "en-US": "en-US"}.get(locale, "en-GB")
            if locale in ("zh", "en-US", "en-GB")
            else f"{locale}-{locale.upper()}",
        ),
        node,
    )


OWA_DIV = (
    '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
    'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{}</div>'
)


def outlook_web(c: Ctx, locale: str = "en-GB", tz=GMT, mobile: str | None = None) -> bytes:
    fl, sl, tl, subl, prefix, fmt, wl = OL_LABELS[locale]
    text = c.text
    sig_plain = sig_html = ""
    if mobile == "ios":
        sig_plain = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
        sig_html = '<div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
    elif mobile == "android":
        sig_plain = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
        sig_html = '<div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
    if mobile:
        body_html = "\n".join(f'<div dir="auto">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
    else:
        body_html = "\n".join(OWA_DIV.format(esc(l) if l.strip() else "<br>") for l in text.split("\n"))
    disc = disclaimer(c)
    if c.quote == "none":
        plain = text + sig_plain + "\n"
        html_q = ""
    else:
        qp_, qh = _quoted_original(c, OUTLOOK_TEXT)
        bp, bh = outlook_block(c, locale, tz, "mobile" if mobile else "web")
        plain = text + sig_plain + "\n" + "________________________________\n" + bp + "\n\n" + qp_ + "\n"
        html_q = bh + qh + "\n"
    if disc:
        plain += "\n" + disc + "\n"
    html = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        + body_html
        + "\n"
        + sig_html
        + "\n"
        + html_q
        + (f'<p style="font-size:8pt;color:#808080">{esc(disc)}</p>\n' if disc else "")
        + "</body>\n</html>\n"
    )
    mid = exo_mid(
        c,
        "PAXP193" if not c.address.endswith(".co.uk") else "CWLP123",
        "EURP193.PROD.OUTLOOK.COM" if not c.address.endswith(".co.uk") else "GBRP123.PROD.OUTLOOK.COM",
    )
    b = f"_000_{mid[1:].split('@')[0]}_"
    node = Multi(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        [
            Leaf('text/plain; charset="utf-8"', "base64", plain, "utf-8"),
            Leaf('text/html; charset="utf-8"', "base64", html, "utf-8"),
        ],
    )
    loc = {"en-US": "en-US", "en-GB": "en-GB"}.get(locale, locale)
    return message(_ol_headers(c, prefix, [], mid, loc), node)


# =========================================================================== Apple Mail (Mac) and iPhone Mail

APPLE_ATTR = {
    "en-GB": lambda d, n, a: f"On {d.day} {d:%b %Y}, at {d:%H:%M}, {n} <{a}> wrote:",
    "en-US": lambda d, n, a: f"On {d:%b} {d.day}, {d.year}, at {h12(d)}, {n} <{a}> wrote:",
    "it": lambda d, n, a: f"Il giorno {d.day} nov {d.year}, alle ore {d:%H:%M}, {n} <{a}> ha scritto:",
    "fr": lambda d, n, a: f"Le {d.day} nov. {d.year} à {d:%H:%M}, {n} <{a}> a écrit\u00a0:",
    "zh": lambda d, n, a: f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}，{n} <{a}> 写道：",
}
IPHONE_SIG = {
    "en-GB": "Sent from my iPhone",
    "en-US": "Sent from my iPhone",
    "zh": "发自我的iPhone",
    "it": "Inviato da iPhone",
    "fr": "Envoyé de mon iPhone",
}


def apple(c: Ctx, variant: str = "en-GB", iphone: bool = False) -> bytes:
    tz = GMT if c.lang == "en" or c.r.get("tz") == "london" else CST
    d = inv_local(c.lang, tz)
    attr = APPLE_ATTR[variant](d, c.inv["from_name"], c.inv["from_addr"])
    text = c.text
    sig = IPHONE_SIG[variant] if iphone and not c.r.get("no_sig") else ""
    plain = text + ("\n\n" + sig if sig else "")
    zh_body = c.lang == "zh" and not text.isascii()
    if iphone:
        body_html = "".join(f'<div dir="ltr">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
        if sig:
            body_html += f'<div dir="ltr"><br></div><div dir="ltr">{esc(sig)}</div>'
    else:
        body_html = text_to_divs(text).replace("\n", "")
    if c.quote == "none":
        if iphone:
            cs = "us-ascii" if plain.isascii() else "utf-8"
            cte = "7bit" if plain.isascii() else ("base64" if zh_body else "quoted-printable")
            node = Leaf(f"text/plain;\n\tcharset={cs}", cte, plain + "\n", cs)
            return _apple_msg(c, node, iphone)
        plain_full = plain + "\n"
        html_inner = body_html
    else:
        q = html_text(c.inv["inner"], APPLE_TEXT)
        plain_full = plain + "\n\n" + prefixed("" + attr + "\n\n" + q, "> ", "> ") + "\n"
        if iphone:
            html_inner = (
                body_html
                + f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
                + f'<blockquote type="cite"><div dir="ltr"><div style="{c.inv["body_style"]}">{c.inv["inner"]}</div></div></blockquote>'
            )
        else:
            html_inner = (
                body_html
                + f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                + f'<div><div style="{c.inv["body_style"]}">{c.inv["inner"]}</div></div></blockquote></div><br>'
            )
    body_attr = (
        'dir="auto"'
        if iphone
        else 'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
    )
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f"<body {body_attr}>{html_inner}</body></html>"
    )
    cte = "base64" if zh_body else "quoted-printable"
    b = ("Apple-Mail-" if iphone else "Apple-Mail=_") + uuid_of(c.seed)
    node = Multi(
        f'multipart/alternative;\n\tboundary="{b}"' if not iphone else f"multipart/alternative; boundary={b}",
        b,
        [
            Leaf("text/plain;\n\tcharset=utf-8", cte, plain_full, "utf-8"),
            Leaf("text/html;\n\tcharset=utf-8", cte, html + "\n", "utf-8"),
        ],
    )
    return _apple_msg(c, node, iphone)


def _apple_msg(c: Ctx, node, iphone: bool) -> bytes:
    irt, refs = c.refs()
    dom = c.address.split("@")[1]
    mid = f"<{uuid_of(c.seed + 'mid')}@{dom}>"
    subj = ew(c.subject("Re: "), "utf-8", "utf-8", "words_q")
    if iphone:
        top = node if isinstance(node, Leaf) else node
        headers = [
            ("Content-Transfer-Encoding", "7bit" if isinstance(node, Multi) else None),
            ("From", addr(c.name, c.address, "utf-8")),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", subj),
            ("Date", format_datetime(c.date)),
            ("Message-Id", mid),
            ("References", refs),
            ("In-Reply-To", irt),
            ("To", c.to_as("utf-8", "utf-8")),
            ("X-Mailer", "iPhone Mail (22B91)" if c.date.month == 11 else "iPhone Mail (22C152)"),
        ]
    else:
        headers = [
            ("From", addr(c.name, c.address, "utf-8")),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
            ("Subject", subj),
            ("Date", format_datetime(c.date)),
            ("References", refs),
            ("To", c.to_as("utf-8", "utf-8")),
            ("In-Reply-To", irt),
            ("Message-Id", mid),
            ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
        ]
    headers = [(k, v) for k, v in headers if v is not None]
    return message(headers, node)


# =========================================================================== Yahoo Mail


def yahoo(c: Ctx, mobile: bool = False) -> bytes:
    d = inv_local(c.lang, GMT)
    n, a = c.inv["from_name"], c.inv["from_addr"]
    if mobile:
        attr = f"On Thu, {d.day} Nov {d.year} at {d.hour}:{d.minute:02d}, {n}<{a}> wrote:"
    else:
        attr = f"On Thursday, {d.day} November {d.year} at {d:%H:%M:%S} GMT, {n} <{a}> wrote:"
    text = c.text
    cls = "ydp" + hexid(c.seed + "ydp", 8)
    sig = "\n\nSent from Yahoo Mail on Android" if mobile else ""
    if mobile:
        body_html = "".join(f'<div dir="ltr">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
        body_html += '<br><br><div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">Sent from Yahoo Mail on Android</a></div>'
    else:
        body_html = (
            f'<div class="{cls}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join(
                f'<div dir="ltr" data-setdir="false">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n")
            )
            + "</div>"
        )
    if c.quote == "none":
        plain = text + sig + "\n"
        html_q = ""
    else:
        q = html_text(c.inv["inner"], YAHOO_TEXT)
        plain = text + sig + "\n\n    " + attr + "  \n \n " + q.replace("\n", "\n ") + "\n"
        html_q = (
            f'<div id="{cls}yahoo_quoted_{digits(c.seed, 10)}" class="{cls}yahoo_quoted">'
            "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
            f"<div>{esc(attr)}</div><div><br></div><div><br></div>"
            f'<div><div id="{cls}yiv{digits(c.seed + "y", 10)}"><div style="{c.inv["body_style"]}">{c.inv["inner"]}</div></div></div></div></div>'
        )
    html = f"<html><head></head><body>{body_html}<br><br>{html_q}</body></html>\n"
    ms = int(c.date.timestamp() * 1000)
    b = f"----=_Part_{digits(c.seed + 'p', 7)}_{digits(c.seed + 'q', 9)}.{ms}"
    node = Multi(
        f'multipart/alternative; \n\tboundary="{b}"',
        b,
        [
            Leaf("text/plain; charset=UTF-8", "quoted-printable", plain, "utf-8"),
            Leaf("text/html; charset=UTF-8", "quoted-printable", html, "utf-8"),
        ],
    )
    irt, refs = c.refs()
    headers = [
        ("Date", format_datetime(c.date)),
        ("From", addr(c.name, c.address)),
        ("To", c.to_header),
        ("Message-ID", f"<{digits(c.seed + 'm', 10)}.{digits(c.seed + 'n', 7)}.{ms}@mail.yahoo.com>"),
        ("In-Reply-To", irt),
        ("References", refs),
        ("Subject", ew(c.subject("Re: "), "UTF-8", "utf-8", "whole_q")),
        ("MIME-Version", "1.0"),
        (
            "X-Mailer",
            "WebService/1.1.24652 YMailNorrin" if not mobile else "WebService/1.1.24652 YahooMailAndroidMobile",
        ),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== Proton Mail


def proton(c: Ctx) -> bytes:
    d = inv_local(c.lang, GMT)
    attr = f"On Thursday, {d.day} November {d.year} at {d:%H:%M}, {c.inv['from_name']} <{c.inv['from_addr']}> wrote:"
    text = c.text
    sig = "Sent with Proton Mail secure email."
    body_html = "\n".join(
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{esc(l) if l.strip() else "<br>"}</div>'
        for l in text.split("\n")
    )
    sig_html = (
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n'
        '    <div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>\n'
        '    <div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div>\n</div>\n'
    )
    if c.quote == "none":
        plain = text + "\n\n" + sig + "\n"
        q_html = ""
    else:
        q = html_text(c.inv["inner"], PROTON_TEXT)
        plain = text + "\n\n" + sig + "\n\n" + attr + "\n\n" + prefixed(q, "> ", ">") + "\n"
        q_html = (
            f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">\n'
            f'        {esc(attr)}<br>\n        <blockquote class="protonmail_quote" type="cite">\n'
            f'            <div style="{c.inv["body_style"]}">{c.inv["inner"]}</div>\n        </blockquote><br>\n    </div>'
        )
    html = body_html + "\n" + sig_html + q_html + "\n"
    b = "b1=_" + alnum(c.seed + "b", 43)
    node = Multi(
        f'multipart/alternative;\n boundary="{b}"',
        b,
        [
            Leaf("text/plain; charset=utf-8", "quoted-printable", plain, "utf-8"),
            Leaf("text/html; charset=utf-8", "base64", html, "utf-8"),
        ],
    )
    irt, refs = c.refs()
    headers = [
        ("Date", format_datetime(c.date)),
        ("To", c.to_header),
        ("From", addr(c.name, c.address)),
        ("Subject", ew(c.subject("Re: "), "utf-8", "utf-8", "words_q")),
        (
            "Message-ID",
            f"<{alnum(c.seed + 'pm', 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}=@proton.me>",
        ),
        ("In-Reply-To", irt),
        ("References", refs),
        ("Feedback-ID", f"{digits(c.seed + 'f', 8)}:user:proton"),
        ("X-Pm-Message-ID", hexid(c.seed + "x", 40)),
        ("MIME-Version", "1.0"),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== Thunderbird

TB_ATTR = {
    "en-GB": lambda d, n: f"On {d:%d/%m/%Y} {d:%H:%M}, {n} wrote:",
    "en-US": lambda d, n: f"On {d.month}/{d.day}/{d.year} {h12(d)}, {n} wrote:",
    "ru": lambda d, n: f"{d:%d.%m.%Y} {d:%H:%M}, {n} пишет:",
    "fr": lambda d, n: f"Le {d:%d/%m/%Y} à {d:%H:%M}, {n} a écrit\u00a0:",
}


def thunderbird(c: Ctx, variant: str = "en-GB") -> bytes:
    d = inv_local(c.lang, GMT if c.lang == "en" else CST)
    attr = TB_ATTR[variant](d, c.inv["from_name"])
    text = c.text
    src = c.inv["text"].strip("\n") if c.r.get("tb_source", "text") == "text" else html_text(c.inv["inner"], TB_TEXT)
    qlines = src.split("\n")
    if c.r.get("trim_after"):
        idx = next(i for i, l in enumerate(qlines) if c.r["trim_after"] in l)
        qlines = qlines[: idx + 1]
    mode = c.quote
    if mode == "none":
        body = text
    elif mode == "inline":
        out = [attr]
        answers = list(c.r["inline"])
        for l in qlines:
            out.append(("> " + l) if l else ">")
            if answers and answers[0][0] in l:
                out.append("")
                out.append(answers.pop(0)[1])
                out.append("")
        assert not answers, "inline anchor not found"
        body = (text + "\n\n" if text else "") + "\n".join(out).rstrip("\n")
        if c.r.get("after"):
            body += "\n\n" + c.r["after"]
    elif mode == "above":
        body = attr + "\n" + "\n".join(("> " + l) if l else ">" for l in qlines) + "\n\n" + text
    else:
        body = text + "\n\n" + attr + "\n" + "\n".join(("> " + l) if l else ">" for l in qlines)
    body = flowed(body) + "\n"
    node = Leaf("text/plain; charset=UTF-8; format=flowed", "8bit", body, "utf-8")
    irt, refs = c.refs()
    dom = c.address.split("@")[1]
    headers = [
        ("Message-ID", f"<{uuid_of(c.seed + 'tb').lower()}@{dom}>"),
        ("Date", format_datetime(c.date)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", ew(c.subject("Re: "), "UTF-8", "utf-8", "words_q")),
        ("To", c.to_header),
        ("References", refs),
        ("Content-Language", {"ru": "ru", "fr": "fr"}.get(variant, variant)),
        ("From", addr(c.name, c.address)),
        ("In-Reply-To", irt),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== Samsung Email


def samsung(c: Ctx) -> bytes:
    d = inv_local(c.lang, GMT)
    text = c.text
    sig = c.r.get("samsung_sig", "Sent from my Galaxy")
    to_v = f"{c.name} <{c.address}>"
    head = (
        f"-------- Original message --------\nFrom: {c.inv['from_name']} <{c.inv['from_addr']}> \n"
        f"Date: {d:%d/%m/%Y} {d:%H:%M} (GMT+00:00) \nTo: {to_v} \nSubject: {c.inv['subject']} \n"
    )
    body_html = "".join(f'<div dir="auto">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
    body_html += (
        '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div>'
    )
    if c.quote == "none":
        plain = text + "\n\n\n\n" + sig + "\n"
        q_html = ""
    else:
        q = html_text(c.inv["inner"], SAMSUNG_TEXT)
        plain = text + "\n\n\n\n" + sig + "\n\n\n" + head + "\n" + q + "\n"
        q_html = (
            '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
            "<div>-------- Original message --------</div>"
            f"<div>From: {esc(c.inv['from_name'])} &lt;{c.inv['from_addr']}&gt; </div>"
            f"<div>Date: {d:%d/%m/%Y}  {d:%H:%M}  (GMT+00:00) </div><div>To: {esc(to_v)} </div>"
            f"<div>Subject: {esc(c.inv['subject'])} </div><div><br></div></div>"
            f'<div style="{c.inv["body_style"]}">{c.inv["inner"]}</div>'
        )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + body_html
        + q_html
        + "</body></html>\n"
    )
    b = f"--_com.samsung.android.email_{digits(c.seed + 'b', 15)}"
    node = Multi(
        f'multipart/alternative; boundary="{b}"',
        b,
        [
            Leaf("text/plain; charset=utf-8", "base64", plain, "utf-8"),
            Leaf("text/html; charset=utf-8", "base64", html, "utf-8"),
        ],
    )
    irt, refs = c.refs()
    headers = [
        ("Date", format_datetime(c.date)),
        ("Subject", ew(c.subject("Re: "), "UTF-8", "utf-8", "whole_b")),
        (
            "Message-ID",
            f"<{hexid(c.seed + 'm', 8)}-{hexid(c.seed + 'n', 4)}-{hexid(c.seed + 'o', 4)}-{hexid(c.seed + 'p', 4)}-{hexid(c.seed + 'q', 12)}@email.android.com>",
        ),
        ("Importance", "normal"),
        ("From", addr(c.name, c.address)),
        ("To", c.to_header),
        ("In-Reply-To", irt),
        ("References", refs),
        ("MIME-Version", "1.0"),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== QQ Mail

ZH_WEEK = "一二三四五六日"


def qq(c: Ctx) -> bytes:
    d = inv_local(c.lang, CST)
    cs = c.r.get("charset", "gb18030")
    label = "gb18030" if cs == "gb18030" else "utf-8"
    codec = "gb18030" if cs == "gb18030" else "utf-8"
    text = c.text
    me = c.r.get("qq_name", c.name)
    ampm = "下午" if d.hour >= 12 else "上午"
    sent = f"{d.year}年{d.month}月{d.day}日(星期{ZH_WEEK[d.weekday()]}) {ampm}{d.hour % 12 or 12}:{d.minute:02d}"
    if c.lang == "en":
        sent = f"Thursday, Nov {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} PM"
    to_q = c.to_header
    if c.r["client"] == "qqmail-wechat-paste":
        # text pasted from the WeChat desktop app keeps WeChat's inline style and its [emoji] codes
        span = (
            '<span style="caret-color: rgba(0, 0, 0, 0.9); color: rgba(0, 0, 0, 0.9); font-family: PingFangSC-Regular, '
            "&quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif; font-size: 14px; white-space: pre-wrap; "
            'background-color: rgb(255, 255, 255);">{}</span>'
        )
        body_html = "".join(
            f"<div>{span.format(esc(l))}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n")
        )
    else:
        body_html = "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n"))
    if c.r.get("qq_sig"):
        body_html += f'<div><br></div><div><sign signid="0"><div style="color:#909090;font-family:Arial Narrow;font-size:12px">------------------</div><div style="font-size:14px;font-family:Verdana;color:#000;">{esc(c.r["qq_sig"])}</div></sign></div>'
        text = text + "\n\n------------------\n" + c.r["qq_sig"]
    if c.quote == "none":
        plain = text + "\n"
        html_q = ""
    else:
        q = html_text(c.inv["inner"], QQ_TEXT)
        plain = (
            text + "\n\n\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{c.inv["from_name"]}"<{c.inv["from_addr"]}>;\n发送时间: {sent}\n'
            f'收件人: "{me}"<{c.address}>;\n\n主题: {c.inv["subject"]}\n\n\n\n' + q + "\n"
        )
        html_q = (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{esc(c.inv["from_name"])}"&lt;{c.inv["from_addr"]}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{sent}</div>"
            f'<div><b>收件人:</b>&nbsp;"{esc(me)}"&lt;{c.address}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{esc(c.inv['subject'])}</div></div><div><br></div>"
            f'<div style="{c.inv["body_style"]}">{c.inv["inner"]}</div>'
        )
    html = f'<meta http-equiv="Content-Type" content="text/html; charset={label.upper()}">' + body_html + html_q + "\n"
    if not can(plain + html, codec):
        label, codec = "utf-8", "utf-8"
        html = html.replace("charset=GB18030", "charset=UTF-8")
    b = f"----=_NextPart_{hexid(c.seed + 'a', 8).upper()}_{hexid(c.seed + 'b', 8).upper()}_{hexid(c.seed + 'c', 8).upper()}"
    node = Multi(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        [
            Leaf(f'text/plain;\n\tcharset="{label}"', "base64", plain, codec),
            Leaf(f'text/html;\n\tcharset="{label}"', "base64", html, codec),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    irt, refs = c.refs()
    subj_prefix = c.r.get("subject_prefix", "回复：")
    headers = [
        ("From", addr(me, c.address, label, codec, quote_ew=True)),
        ("To", c.to_as(label, codec, quote_ew=True)),
        ("Subject", ew(c.subject(subj_prefix), label, codec, "whole_b")),
        ("Mime-Version", "1.0"),
        ("Content-Transfer-Encoding", None),
        ("Date", format_datetime(c.date)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{hexid(c.seed + 't', 32).upper()}{hexid(c.seed + 'u', 4).upper()}@qq.com>"),
        ("In-Reply-To", irt),
        ("References", refs),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    headers = [(k, v) for k, v in headers if v]
    headers.insert(4, ("Content-Transfer-Encoding", "8Bit"))
    return _with_ct_after(headers, node, after="Mime-Version")


def _with_ct_after(headers, node, after):
    """Put the top-level Content-Type right after `after`, as some clients order it."""
    lines = [fold(k, v) for k, v in headers]
    body = render_node(node, [])
    head, _, rest = body.partition(b"\n\n")
    ct = head.decode()
    i = next(i for i, l in enumerate(lines) if l.startswith(after + ":")) + 1
    lines.insert(i, ct)
    out = ("\n".join(lines) + "\n\n").encode() + rest
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# =========================================================================== NetEase 163/126 webmail and Mail Master


def netease(c: Ctx) -> bytes:
    d = inv_local(c.lang, CST)
    cs = c.r.get("charset", "GBK")
    codec = "gbk" if cs.upper() == "GBK" else "utf-8"
    text = c.text
    attr = f'在 {d:%Y-%m-%d %H:%M:%S}，"{c.inv["from_name"]}" <{c.inv["from_addr"]}> 写道：'
    body_html = "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n"))
    if c.quote == "none":
        plain = text + "\n"
        html = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{body_html}</div>\n'
    else:
        q = html_text(c.inv["inner"], NETEASE_TEXT)
        plain = text + "\n\n\n\n\n\n\n\n\n\n" + attr + "\n" + prefixed(q, ">", ">") + "\n"
        html = (
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + body_html
            + '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>'
            + esc(attr).replace("&quot;", '"')
            + '<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + f'<div style="{c.inv["body_style"]}">{c.inv["inner"]}</div></blockquote></div>\n'
        )
    if not can(plain + html, codec):
        cs, codec = "UTF-8", "utf-8"
    ms = int(c.date.timestamp() * 1000)
    b = f"----=_Part_{digits(c.seed + 'p', 6)}_{digits(c.seed + 'q', 9)}.{ms}"
    node = Multi(
        f'multipart/alternative; \n\tboundary="{b}"',
        b,
        [
            Leaf(f"text/plain; charset={cs}", "base64", plain, codec),
            Leaf(f"text/html; charset={cs}", "base64", html, codec),
        ],
    )
    irt, refs = c.refs()
    user = c.address.split("@")[0]
    headers = [
        ("Date", c.date.strftime("%a, %d %b %Y %H:%M:%S %z (CST)")),
        ("From", addr(c.name, c.address, cs, codec)),
        ("To", c.to_as(cs, codec)),
        ("Subject", ew(c.subject(c.r.get("subject_prefix", "Re:")), cs, codec, "whole_b")),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn 163com",
        ),
        ("In-Reply-To", irt),
        ("References", refs),
        ("X-NTES-SC", "AL_Qu2cAf" + alnum(c.seed + "ntes", 40)),
        ("MIME-Version", "1.0"),
        (
            "Message-ID",
            f"<{hexid(c.seed + 'a', 8)}.{hexid(c.seed + 'b', 4)}.{hexid(c.seed + 'c', 11)}.Coremail.{user}@{c.address.split('@')[1]}>",
        ),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    return message([(k, v) for k, v in headers if v], node)


def mailmaster(c: Ctx) -> bytes:
    d = inv_local(c.lang, CST)
    text = c.text
    sig = "发自网易邮箱大师" if not c.r.get("no_sig") else ""
    body_html = "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n"))
    if sig:
        body_html += f'<div><br></div><div class="J-reply" style="color:#909090;font-size:12px">{sig}</div>'
    table = (
        f"| 发件人 | {c.inv['from_name']}<{c.inv['from_addr']}> |\n| 日期 | {d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M} |\n"
        f"| 收件人 | {c.name}<{c.address}> |\n| 主题 | {c.inv['subject']} |"
    )
    if c.quote == "none":
        plain = text + ("\n\n" + sig if sig else "") + "\n"
        html_q = ""
    else:
        q = html_text(c.inv["inner"], NETEASE_TEXT)
        plain = text + ("\n\n" + sig if sig else "") + "\n---- 回复的原邮件 ----\n" + table + "\n" + q + "\n"
        html_q = (
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';">'
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div>'
            '<table class="J-reply-table" style="width:100%;font-size:12px;">'
            f'<tr><td style="width:60px;text-align:right;color:#909090">发件人</td><td>{esc(c.inv["from_name"])}&lt;{c.inv["from_addr"]}&gt;</td></tr>'
            f'<tr><td style="text-align:right;color:#909090">日期</td><td>{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}</td></tr>'
            f'<tr><td style="text-align:right;color:#909090">收件人</td><td>{esc(c.name)}&lt;{c.address}&gt;</td></tr>'
            f'<tr><td style="text-align:right;color:#909090">主题</td><td>{esc(c.inv["subject"])}</td></tr></table></div>'
            f'<div style="{c.inv["body_style"]}">{c.inv["inner"]}</div>'
        )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + body_html
        + html_q
        + "</body></html>\n"
    )
    b = f"----=_Part_{digits(c.seed + 'p', 6)}_{digits(c.seed + 'q', 10)}"
    node = Multi(
        f'multipart/alternative; boundary="{b}"',
        b,
        [
            Leaf("text/plain; charset=UTF-8", "base64", plain, "utf-8"),
            Leaf("text/html; charset=UTF-8", "base64", html, "utf-8"),
        ],
    )
    irt, refs = c.refs()
    headers = [
        ("Date", format_datetime(c.date)),
        ("From", addr(c.name, c.address)),
        ("To", c.to_header),
        ("Message-ID", f"<{uuid_of(c.seed + 'mm').lower()}@{c.address.split('@')[1]}>"),
        ("In-Reply-To", irt),
        ("References", refs),
        ("Subject", ew(c.subject("回复："), "UTF-8", "utf-8", "whole_b")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMaster_Android/7.19.3"),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== Foxmail


def foxmail(c: Ctx, ui: str = "zh") -> bytes:
    d = inv_local(c.lang, CST)
    label, codec = "GB2312", "gb2312"
    text = c.text
    sig = c.r.get("fox_sig", c.address)
    if ui == "zh":
        head = f"发件人： {c.inv['from_name']}\n发送时间： {d:%Y-%m-%d %H:%M}\n收件人： {c.address}\n主题： {c.inv['subject']}"
        lab = ("发件人：", "发送时间：", "收件人：", "主题：")
    else:
        head = f"From: {c.inv['from_name']}\nDate: {d:%Y-%m-%d %H:%M}\nTo: {c.address}\nSubject: {c.inv['subject']}"
        lab = ("From:", "Date:", "To:", "Subject:")
    body_html = "\n".join(
        f"<div><span></span>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n")
    )
    q = html_text(c.inv["inner"], FOX_TEXT)
    if c.quote == "none":
        plain = text + "\n\n\n\n" + sig + "\n"
        q_html = ""
    else:
        plain = text + "\n\n\n\n" + sig + "\n \n" + head + "\n" + q + "\n"
        q_html = (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>{lab[0]}</b>&nbsp;<a href="mailto:{c.inv["from_addr"]}">{esc(c.inv["from_name"])}</a></div>'
            f"<div><b>{lab[1]}</b>&nbsp;{d:%Y-%m-%d}&nbsp;{d:%H:%M}</div>"
            f'<div><b>{lab[2]}</b>&nbsp;<a href="mailto:{c.address}">{c.address}</a></div>'
            f"<div><b>{lab[3]}</b>&nbsp;{esc(c.inv['subject'])}</div></div></div>"
            f'<div><div class="FoxDiv{digits(c.seed + "fd", 14)}"><div style="{c.inv["body_style"]}">{c.inv["inner"]}</div></div></div></blockquote>'
        )
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"><style>body { line-height: 1.5; }'
        'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
        + body_html
        + '\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{esc(sig)}</div></div></span></div>\n'
        + q_html
        + "\n</body></html>\n"
    )
    if not can(plain + html, codec):
        label, codec = "utf-8", "utf-8"
    html = html.replace("{cs}", label)
    b = f"----=_001_NextPart{digits(c.seed + 'np', 12)}_=----"
    node = Multi(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        [
            Leaf(f'text/plain;\n\tcharset="{label}"', "base64", plain, codec),
            Leaf(f'text/html;\n\tcharset="{label}"', "base64", html, codec),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    irt, refs = c.refs()
    ts = c.date.astimezone(CST)
    headers = [
        ("Date", c.date.strftime("%a, %d %b %Y %H:%M:%S %z")),
        ("From", addr(c.name, c.address, label, codec)),
        ("To", c.to_as(label, codec)),
        ("Subject", ew(c.subject("回复: " if ui == "zh" else "Re: "), label, codec, "whole_b")),
        ("References", refs),
        ("In-Reply-To", irt),
        ("X-Priority", "3"),
        ("X-GUID", uuid_of(c.seed + "guid")),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", f"<{ts:%Y%m%d%H%M%S}{digits(c.seed + 'fm', 7)}@{c.address.split('@')[1]}>"),
    ]
    return message([(k, v) for k, v in headers if v], node)


# =========================================================================== auto-replies and bounces


def auto_simple(c: Ctx, kind: str) -> bytes:
    """Vacation responders that are not Outlook: Gmail, iCloud, QQ, NetEase."""
    text = c.text
    irt, refs = c.refs()
    if kind == "gmail":
        b = "000000000000" + hexid(c.seed + "b", 16)
        node = Multi(
            f'multipart/alternative; boundary="{b}"',
            b,
            [
                Leaf(
                    'text/plain; charset="UTF-8"',
                    "7bit" if text.isascii() else "quoted-printable",
                    text + "\n",
                    "utf-8",
                ),
                Leaf(
                    'text/html; charset="UTF-8"',
                    "7bit" if text.isascii() else "quoted-printable",
                    "<div>" + esc(text).replace("\n", "<br>") + "</div>\n",
                    "utf-8",
                ),
            ],
        )
        headers = [
            ("MIME-Version", "1.0"),
            ("From", addr(c.name, c.address)),
            ("Date", format_datetime(c.date)),
            ("Message-ID", f"<auto-{alnum(c.seed, 20)}@mail.gmail.com>"),
            ("Subject", c.r.get("subject_override", c.subject("Re: "))),
            ("To", c.to_header),
            ("In-Reply-To", irt),
            ("References", refs),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
        ]
        headers = [(k, ew(v) if k == "Subject" else v) for k, v in headers if v]
        return message(headers, node)
    if kind == "icloud":
        node = Leaf("text/plain; charset=utf-8", "quoted-printable", text + "\n", "utf-8")
        headers = [
            ("From", addr(c.name, c.address)),
            ("To", c.to_header),
            ("Subject", ew(c.r.get("subject_override", c.subject("Re: ")), "utf-8", "utf-8", "words_q")),
            ("Date", format_datetime(c.date)),
            ("Message-Id", f"<{uuid_of(c.seed)}@icloud.com>"),
            ("In-Reply-To", irt),
            ("Auto-Submitted", "auto-replied (vacation)"),
            ("X-Autoreply", "YES"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0"),
        ]
        return message([(k, v) for k, v in headers if v], node)
    if kind == "qq":
        node = Leaf(
            'text/html; charset="gb18030"',
            "base64",
            "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in text.split("\n")) + "\n",
            "gb18030",
        )
        headers = [
            ("From", addr(c.name, c.address, "gb18030", "gb18030", quote_ew=True)),
            ("To", c.to_as("gb18030", "gb18030", quote_ew=True)),
            ("Subject", ew("自动回复: " + c.inv["subject"], "gb18030", "gb18030", "whole_b")),
            ("Mime-Version", "1.0"),
            ("Date", format_datetime(c.date)),
            ("Message-ID", f"<tencent_{hexid(c.seed + 't', 36).upper()}@qq.com>"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
            ("X-QQ-AutoReply", "1"),
        ]
        return message(headers, node)
    if kind == "netease":
        node = Leaf("text/plain; charset=GBK", "base64", text + "\n", "gbk")
        headers = [
            ("Date", c.date.strftime("%a, %d %b %Y %H:%M:%S %z (CST)")),
            ("From", addr(c.name, c.address, "GBK", "gbk")),
            ("To", c.to_as("GBK", "gbk")),
            ("Subject", ew("自动回复：" + c.inv["subject"], "GBK", "gbk", "whole_b")),
            ("Message-ID", f"<{hexid(c.seed, 8)}.{hexid(c.seed + 'x', 5)}.autoreply@163.com>"),
            ("In-Reply-To", irt),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Coremail Webmail Server"),
        ]
        return message([(k, v) for k, v in headers if v], node)
    raise ValueError(kind)


def bounce(c: Ctx, kind: str) -> bytes:
    inv = c.inv
    orig_headers = (
        f"From: {addr(inv['from_name'], inv['from_addr'], 'utf-8', 'utf-8')}\n"
        f"Reply-To: {addr(inv['from_name'], c.to_addr, 'utf-8', 'utf-8')}\n"
        f"To: {c.r['rcpt']}\n"
        f"Subject: {ew(inv['subject'], 'utf-8', 'utf-8', 'whole_b')}\n"
        f"Date: {format_datetime(inv['date'])}\n"
        f"Message-ID: {INVITATION_ID}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="===============inv1=="\n'
    )
    if kind == "gmail":
        human = (
            "\n** Address not found **\n\n"
            f"Your message wasn't delivered to {c.r['rcpt']} because the address couldn't be found, or is unable to receive mail.\n\n"
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response was:\n\n"
            f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {alnum(c.seed, 20)}.1 - gsmtp\n"
        )
        status = (
            "Reporting-MTA: dns; googlemail.com\n"
            f"Arrival-Date: {format_datetime(inv['date'])}\n\n"
            f"Final-Recipient: rfc822; {c.r['rcpt']}\n"
            "Action: failed\nStatus: 5.1.1\n"
            "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)\n"
            "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
            f"Last-Attempt-Date: {format_datetime(c.date)}\n"
        )
        b = "000000000000" + hexid(c.seed + "b", 16)
        from_v = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        subj = "Delivery Status Notification (Failure)"
        mid = f"<{alnum(c.seed + 'd', 24)}.bounce@mx.google.com>"
        extra = [("X-Failed-Recipients", c.r["rcpt"]), ("Auto-Submitted", "auto-replied")]
        charset = "UTF-8"
    else:
        human = (
            "很抱歉您的邮件没有发送成功。\n\n"
            f"收件人：{c.r['rcpt']}\n"
            "退信原因：收件人邮箱空间已满（552 Requested mail action aborted: exceeded mailsize limit / mailbox full）\n\n"
            "建议解决方案：请联系收件人清理邮箱空间后重新发送。\n\n"
            "此邮件为系统自动发送，请勿直接回复。\n"
        )
        status = (
            "Reporting-MTA: dns; 163.com\n\n"
            f"Final-Recipient: rfc822; {c.r['rcpt']}\n"
            "Action: failed\nStatus: 5.2.2\n"
            "Diagnostic-Code: smtp; 552 Requested mail action aborted: exceeded mailsize limit\n"
        )
        b = f"----=_Part_bounce_{digits(c.seed, 9)}"
        from_v = "postmaster@163.com"
        subj = ew("系统退信", "UTF-8", "utf-8", "whole_b")
        mid = f"<bounce.{hexid(c.seed, 16)}@163.com>"
        extra = [("Auto-Submitted", "auto-replied")]
        charset = "UTF-8"
    node = Multi(
        f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
        b,
        [
            Leaf(f'text/plain; charset="{charset}"', "base64" if not human.isascii() else "7bit", human, "utf-8"),
            Leaf("message/delivery-status", "7bit", status, "ascii"),
            Leaf("text/rfc822-headers", "7bit", orig_headers, "ascii"),
        ],
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", from_v),
        ("To", c.to_addr),
        ("Subject", subj),
        ("Date", format_datetime(c.date)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ] + extra
    return message(headers, node)


# =========================================================================== dispatch

CLIENTS = {
    # English-invitation clients
    "gmail-web": lambda c: gmail(c, "en-GB"),
    "gmail-web-us": lambda c: gmail(c, "en-US"),
    "gmail-android": lambda c: gmail(c, "android", mobile=True),
    "gmail-ios": lambda c: gmail(c, "en-GB", mobile=True),
    "gmail-web-fr": lambda c: gmail(c, "fr"),
    "gmail-web-es": lambda c: gmail(c, "es"),
    "gmail-web-pt": lambda c: gmail(c, "pt"),
    "gmail-web-it": lambda c: gmail(c, "it"),
    "gmail-web-zh": lambda c: gmail(c, "zh"),
    "gmail-fwd": lambda c: gmail(c, "en-GB"),
    "outlook-desktop": lambda c: outlook_desktop(c, "en-GB"),
    "outlook-desktop-us": lambda c: outlook_desktop(c, "en-US"),
    "outlook-desktop-fr": lambda c: outlook_desktop(c, "fr"),
    "outlook-desktop-nl": lambda c: outlook_desktop(c, "nl"),
    "outlook-desktop-it": lambda c: outlook_desktop(c, "it"),
    "outlook-desktop-ru": lambda c: outlook_desktop(c, "ru"),
    "outlook-desktop-zh": lambda c: outlook_desktop(c, "zh", CST if c.r.get("tz") != "london" else GMT),
    "outlook-plaintext": lambda c: outlook_desktop(c, "en-GB", plain_only=True),
    "outlook-ooo": lambda c: outlook_desktop(c, "en-GB", auto=True),
    "outlook-ooo-fr": lambda c: outlook_desktop(c, "fr", auto=True),
    "outlook-ooo-nl": lambda c: outlook_desktop(c, "nl", auto=True),
    "outlook-ooo-zh": lambda c: outlook_desktop(c, "zh", CST, auto=True),
    "outlook-web": lambda c: outlook_web(c, "en-GB"),
    "outlook-web-us": lambda c: outlook_web(c, "en-US"),
    "outlook-ios": lambda c: outlook_web(c, "en-US", mobile="ios"),
    "outlook-android": lambda c: outlook_web(c, "en-US", mobile="android"),
    "apple-mail": lambda c: apple(c, "en-GB"),
    "apple-mail-us": lambda c: apple(c, "en-US"),
    "apple-mail-it": lambda c: apple(c, "it"),
    "apple-mail-zh": lambda c: apple(c, "zh"),
    "iphone-mail": lambda c: apple(c, "en-GB", iphone=True),
    "iphone-mail-us": lambda c: apple(c, "en-US", iphone=True),
    "iphone-mail-zh": lambda c: apple(c, "zh", iphone=True),
    "yahoo-web": lambda c: yahoo(c),
    "yahoo-android": lambda c: yahoo(c, mobile=True),
    "proton": proton,
    "thunderbird": lambda c: thunderbird(c, "en-GB"),
    "thunderbird-ru": lambda c: thunderbird(c, "ru"),
    "samsung-email": samsung,
    "gmail-vacation": lambda c: auto_simple(c, "gmail"),
    "icloud-vacation": lambda c: auto_simple(c, "icloud"),
    "bounce-gmail": lambda c: bounce(c, "gmail"),
    # Chinese-invitation clients
    "qqmail-web": qq,
    "qqmail-wechat-paste": qq,
    "qqmail-autoreply": lambda c: auto_simple(c, "qq"),
    "163-web": netease,
    "126-web": netease,
    "163-autoreply": lambda c: auto_simple(c, "netease"),
    "bounce-163": lambda c: bounce(c, "163"),
    "mailmaster-android": mailmaster,
    "foxmail": lambda c: foxmail(c, "zh"),
    "foxmail-en": lambda c: foxmail(c, "en"),
}


def build(n: int, r: dict) -> bytes:
    day, hm = r["at"].split()
    hh, mm = (int(x) for x in hm.split(":"))
    dom = WEEKDAYS[day]
    month, dd = (11, dom) if dom <= 30 else (12, dom - 30)
    tz = GMT if (r["lang"] == "en" or r.get("tz") == "london") else CST
    sec = digest("sec", n)[0] % 60
    date = datetime(2026, month, dd, hh, mm, sec, tzinfo=tz)
    token = hexid(f"blind22-token-{n}", 6)
    to_name = INV[r["lang"]]["from_name"]
    to_addr = f"reply+r{100 + n}.s2.{token}@hr.example.com"
    style = r.get("to_style", "named")
    if style == "named":
        to = addr(to_name, to_addr, "UTF-8", "utf-8")
    elif style == "bare":
        to = to_addr
    else:
        to = f"<{to_addr}>"
    c = Ctx(n, r, r["lang"], r["name"], r["addr"], to, date, f"blind22-{n}", to_addr)
    return CLIENTS[r["client"]](c)
