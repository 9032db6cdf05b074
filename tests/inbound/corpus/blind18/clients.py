"""How each mail client builds a reply to the re-interview invitation.

Written from memory of how these clients really compose replies: the quote divider or attribution line in the
UI language, the header block, the HTML container around the quoted original, charset, transfer encoding,
Message-ID and boundary shapes, and the headers the client usually adds. Everything is deterministic: every
"random" value comes from a `random.Random` seeded with the reply's key.
"""

from __future__ import annotations

import base64
import hashlib
import html as H
import quopri
import random
import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INVITE_ID = "<invitation-1@hr.example.com>"
INVITE_AT = datetime(2026, 11, 27, 1, 30, 12, tzinfo=timezone.utc)  # Fri 27 Nov 2026 09:30:12 +0800

# UI locale -> the candidate's UTC offset in late November
OFFSET = {
    "zh": 8,
    "zh-tw": 8,
    "en": -5,
    "en-gb": 0,
    "en-sg": 8,
    "de": 1,
    "fr": 1,
    "es": 1,
    "ja": 9,
    "ru": 3,
}


def _read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _inner(doc: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S)
    return m.group(1).strip() if m else doc


INV = {
    "zh": {
        "subject": "【重新面试邀请】电商客服专员",
        "name": "Example HR 招聘",
        "addr": "recruiting@hr.example.com",
    },
    "en": {
        "subject": "Re-interview invitation: Support desk",
        "name": "Example HR Recruiting",
        "addr": "recruiting@hr.example.com",
    },
}
for _lang, _d in INV.items():
    _d["txt"] = _read(f"invitation.{_lang}.txt").rstrip("\n")
    _d["html"] = _read(f"invitation.{_lang}.html")
    _d["inner"] = _inner(_d["html"])


# ---------------------------------------------------------------------------------------------------------------
# The reply as the candidate wrote it


@dataclass
class Reply:
    key: str
    lang: str  # invitation replied to: zh | en
    client: str  # builder name
    loc: str  # UI locale of the client
    intent: str
    slot: int | None
    text: str  # the candidate's own words
    name: str = ""
    addr: str = ""
    quote: str = "below"  # below | none | bottom | inline
    anchor: str = ""  # inline: the quoted line after which the candidate wrote
    sig: str | None = None  # None = the client's default footer (if any); "" = none
    refs: bool = True
    subject: str | None = None
    wrap: int = 76
    when: datetime | None = None
    opts: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------------------
# Small encoders


def enc_bytes(text: str, charset: str) -> bytes:
    codec = {"gb2312*": "gbk"}.get(charset, charset)
    return text.encode(codec)


def label(charset: str) -> str:
    return {"gb2312*": "gb2312"}.get(charset, charset)


def b64body(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qpbody(data: bytes) -> str:
    data = data.replace(b"\r\n", b"\n")
    return quopri.encodestring(data).decode("ascii").rstrip("\n")


def cte_body(text: str, charset: str, cte: str) -> str:
    data = enc_bytes(text, charset)
    if cte == "base64":
        return b64body(data)
    if cte == "quoted-printable":
        return qpbody(data)
    if cte in ("7bit", "8bit"):
        return data.decode(charset if charset not in ("gb2312*",) else "gbk")
    raise ValueError(cte)


def ew(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words (folded with CRLF SP), or the text itself when ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = label(charset)
    words: list[str] = []
    chunk = ""
    limit = 75 - len(cs) - 7
    for ch in text:
        trial = chunk + ch
        if mode == "B":
            size = (len(enc_bytes(trial, charset)) + 2) // 3 * 4
        else:
            size = len(_qword(enc_bytes(trial, charset)))
        if size > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        data = enc_bytes(w, charset)
        payload = base64.b64encode(data).decode("ascii") if mode == "B" else _qword(data)
        out.append(f"=?{cs}?{mode}?{payload}?=")
    return "\r\n ".join(out)


def _qword(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def addr(name: str, address: str, charset: str = "utf-8", style: str = "plain") -> str:
    """A mailbox as the client writes it. style: plain | quoted | qq (encoded word inside quotes) | outlook."""
    if not name:
        return address
    ascii_name = all(ord(c) < 128 for c in name)
    if style == "qq":
        return f'"{ew(name, charset)}" <{address}>'
    if ascii_name:
        if style in ("quoted", "outlook") or re.search(r"[(),.:;<>@\[\]\"']", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset)} <{address}>"


def subject_header(text: str, charset: str, mode: str = "B") -> str:
    return ew(text, charset, mode)


def rfc_date(dt: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return (
        f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} "
        f"{dt:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    )


def local(dt: datetime, loc: str) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=OFFSET[loc])))


def rng_for(key: str, salt: str = "") -> random.Random:
    return random.Random(f"blind18:{key}:{salt}")


def hexs(r: random.Random, n: int, upper: bool = False) -> str:
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid_upper(r: random.Random) -> str:
    h = hexs(r, 32, upper=True)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def reply_address(rep: Reply) -> str:
    d = hashlib.sha256(rep.key.encode()).hexdigest()
    r = int(d[:4], 16) % 900 + 100
    s = int(d[4:6], 16) % 5 + 1
    return f"reply+r{r}.s{s}.{d[8:14]}@hr.example.com"


# ---------------------------------------------------------------------------------------------------------------
# Rendering the invitation's HTML as a client's plain-text part shows it


class _Render(HTMLParser):
    def __init__(self, ol: str = "{n}. ", ul: str = "- ", indent: str = "  ", cell: str = "\t", hr: str = ""):
        super().__init__(convert_charrefs=True)
        self.ol, self.ul, self.indent, self.cell, self.hrline = ol, ul, indent, cell, hr
        self.lines: list[str] = [""]
        self.lists: list[list] = []
        self.skip = 0
        self.first_cell = True

    def _nl(self, blank: bool = False) -> None:
        if self.lines[-1].strip():
            self.lines.append("")
        if blank and len(self.lines) > 1 and self.lines[-2].strip():
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title", "head"):
            self.skip += 1
        elif tag in ("p", "h3", "table"):
            self._nl(blank=True)
        elif tag in ("div",):
            self._nl()
        elif tag in ("ol", "ul"):
            self._nl(blank=True)
            self.lists.append([tag, 0])
        elif tag == "li":
            self._nl()
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            mark = self.ol.format(n=kind[1]) if kind[0] == "ol" else self.ul
            self.lines[-1] = self.indent + mark
        elif tag == "br":
            self.lines.append("")
        elif tag == "tr":
            self._nl()
            self.first_cell = True
        elif tag in ("td", "th"):
            if not self.first_cell:
                self.lines[-1] += self.cell
            self.first_cell = False
        elif tag == "hr":
            self._nl(blank=True)
            if self.hrline:
                self.lines[-1] = self.hrline
                self.lines.append("")

    def handle_endtag(self, tag):
        if tag in ("style", "title", "head"):
            self.skip -= 1
        elif tag in ("p", "h3", "table"):
            self._nl(blank=True)
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self._nl(blank=True)
        elif tag in ("div", "li"):
            self._nl()

    def handle_data(self, data):
        if self.skip:
            return
        text = re.sub(r"\s+", " ", data)
        if not self.lines[-1].strip() and not self.lines[-1].endswith(tuple("-.) ")):
            text = text.lstrip()
        elif self.lines[-1].endswith(" "):
            text = text.lstrip()
        self.lines[-1] += text

    def text(self) -> str:
        out: list[str] = []
        for line in self.lines:
            line = line.rstrip()
            if not line and out and not out[-1]:
                continue
            out.append(line)
        while out and not out[0]:
            out.pop(0)
        while out and not out[-1]:
            out.pop()
        return "\n".join(out)


def rendered(lang: str, **kw) -> str:
    p = _Render(**kw)
    p.feed(INV[lang]["inner"])
    p.close()
    return p.text()


def gt_quote(text: str, prefix: str = "> ", blank: str = ">") -> str:
    return "\n".join(prefix + line if line else blank for line in text.split("\n"))


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def esc(s: str) -> str:
    return H.escape(s, quote=False)


def lines_html(text: str, tag: str = "div", attrs: str = "", blank: str = "<br>") -> str:
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}{attrs}>{esc(line) if line else blank}</{tag}>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# MIME assembly


@dataclass
class Part:
    ctype: str  # text/plain, text/html, image/jpeg ...
    body: str  # already transfer-encoded
    charset: str | None = None
    cte: str = "7bit"
    extra: list[tuple[str, str]] = field(default_factory=list)
    params: str = ""  # e.g. '; format=flowed' or '; name="x.jpg"'

    def render(self, ctype_style: str = "std") -> str:
        if self.charset:
            if ctype_style == "quoted":
                ct = f'{self.ctype}; charset="{label(self.charset)}"{self.params}'
            elif ctype_style == "outlook":
                ct = f'{self.ctype};\r\n\tcharset="{label(self.charset)}"{self.params}'
            else:
                ct = f"{self.ctype}; charset={label(self.charset)}{self.params}"
        else:
            ct = f"{self.ctype}{self.params}"
        head = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)] + self.extra
        return "\r\n".join(f"{k}: {v}" for k, v in head) + "\r\n\r\n" + crlf(self.body)


def text_part(text: str, charset: str, cte: str, **kw) -> Part:
    return Part("text/plain", cte_body(text, charset, cte), charset, cte, **kw)


def html_part(doc: str, charset: str, cte: str, **kw) -> Part:
    return Part("text/html", cte_body(doc, charset, cte), charset, cte, **kw)


def multipart(
    subtype: str, boundary: str, parts: list, ctype_style: str = "std", preamble: str = ""
) -> tuple[str, str]:
    """Returns (Content-Type header value, body)."""
    chunks = []
    for p in parts:
        if isinstance(p, Part):
            chunks.append(p.render(ctype_style))
        else:  # nested (ctype, body)
            chunks.append(f"Content-Type: {p[0]}\r\n\r\n{p[1]}")
    body = (preamble + "\r\n" if preamble else "") + "".join(f"--{boundary}\r\n{c}\r\n\r\n" for c in chunks)
    body += f"--{boundary}--\r\n"
    if ctype_style == "outlook":
        ct = f'multipart/{subtype};\r\n\tboundary="{boundary}"'
    else:
        ct = f'multipart/{subtype}; boundary="{boundary}"'
    return ct, body


def message(headers: list[tuple[str, str]], body: str) -> bytes:
    head = "\r\n".join(f"{k}: {v}" for k, v in headers if v is not None)
    return (head + "\r\n\r\n" + crlf(body)).encode("ascii")


def refs(rep: Reply, order: str = "irt-ref") -> list[tuple[str, str]]:
    if not rep.refs:
        return []
    if order == "ref-irt":
        return [("References", INVITE_ID), ("In-Reply-To", INVITE_ID)]
    return [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]


# ---------------------------------------------------------------------------------------------------------------
# Date strings inside quote headers / attribution lines


WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = [
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
WD_ZH = "一二三四五六日"


def h12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def inv_local(rep: Reply) -> datetime:
    return local(INVITE_AT, rep.loc)


# ---------------------------------------------------------------------------------------------------------------
# Client builders. Each returns (raw bytes, format string).


def _sig(rep: Reply, default: str) -> str:
    return default if rep.sig is None else rep.sig


def _with_sig(text: str, sig: str, sep: str = "\n\n") -> str:
    return text + (sep + sig if sig else "")


def _subj(rep: Reply, prefix: str) -> str:
    return rep.subject if rep.subject is not None else prefix + INV[rep.lang]["subject"]


def _inline_text(rep: Reply, quoted_lines: list[str], prefix: str, blank: str) -> str:
    """The candidate wrote inside the quote, right after the line containing rep.anchor."""
    out = []
    done = False
    for line in quoted_lines:
        out.append(prefix + line if line else blank)
        if not done and rep.anchor and rep.anchor in line:
            out.append("")
            out.append(rep.text)
            out.append("")
            done = True
    assert done, rep.key
    return "\n".join(out)


# --- Gmail -------------------------------------------------------------------------------------------------------

GMAIL_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}


def gmail_attr(rep: Reply) -> str:
    d = inv_local(rep)
    name, a = INV[rep.lang]["name"], INV[rep.lang]["addr"]
    loc = rep.loc
    if rep.opts.get("old_attr"):
        # the older Gmail form: "2026-11-27 9:30 GMT+08:00 Name <addr>:"
        off = OFFSET[loc]
        return f"{d:%Y-%m-%d} {d.hour}:{d:%M} GMT{'+' if off >= 0 else '-'}{abs(off):02d}:00 {name} <{a}>:"
    if loc == "zh":
        return f"{name} <{a}> 于{d.year}年{d.month}月{d.day}日周{WD_ZH[d.weekday()]} {d:%H:%M}写道："
    if loc == "en":
        return f"On {GMAIL_DAYS['en'][d.weekday()]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} at {h12(d)} {name} <{a}> wrote:"
    if loc in ("en-gb", "en-sg"):
        return f"On {GMAIL_DAYS['en'][d.weekday()]}, {d.day} {MON_EN[d.month - 1][:3]} {d.year} at {d:%H:%M}, {name} <{a}> wrote:"
    if loc == "de":
        return f"Am {GMAIL_DAYS['de'][d.weekday()]}, {d.day}. Nov. {d.year} um {d:%H:%M} Uhr schrieb {name} <{a}>:"
    if loc == "fr":
        return f"Le {GMAIL_DAYS['fr'][d.weekday()]} {d.day} nov. {d.year} à {d:%H:%M}, {name} <{a}> a écrit :"
    if loc == "es":
        return (
            f"El {GMAIL_DAYS['es'][d.weekday()]}, {d.day} nov {d.year} a las {d.hour}:{d:%M}, {name} (<{a}>) escribió:"
        )
    if loc == "ru":
        return f"{GMAIL_DAYS['ru'][d.weekday()]}, {d.day} нояб. {d.year} г. в {d:%H:%M}, {name} <{a}>:"
    if loc == "ja":
        return f"{d.year}年{d.month}月{d.day}日({GMAIL_DAYS['ja'][d.weekday()]}) {d.hour}:{d:%M} {name} <{a}>:"
    raise ValueError(loc)


def _wrap_attr(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    return "\n".join(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))


def gmail(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    app = rep.opts.get("app", False)
    plain_only = rep.opts.get("plain", False) or rep.quote in ("inline", "bottom")
    attr = gmail_attr(rep)
    qtext = rendered(rep.lang, ol="{n}. ", ul="- ", indent="   ", cell="\t")
    own = rep.text
    if plain_only:
        # plain-text mode: Gmail quotes the original's text/plain part
        qlines = INV[rep.lang]["txt"].split("\n")
        if rep.quote == "inline":
            text = _wrap_attr(attr, rep.wrap) + "\n\n" + _inline_text(rep, qlines, "> ", ">")
            if rep.opts.get("lead"):
                text = rep.opts["lead"] + "\n\n" + text
        elif rep.quote == "bottom":
            text = _wrap_attr(attr, rep.wrap) + "\n\n" + gt_quote("\n".join(qlines)) + "\n\n" + own
        elif rep.quote == "none":
            text = own
        else:
            text = own + "\n\n" + _wrap_attr(attr, rep.wrap) + "\n\n" + gt_quote("\n".join(qlines))
    else:
        sig = _sig(rep, "")
        own = _with_sig(own, sig, "\n\n--\n" if sig and not sig.startswith("Sent") else "\n\n")
        if rep.quote == "none":
            text = own
        else:
            text = own + "\n\n" + _wrap_attr(attr, rep.wrap) + "\n\n" + gt_quote(qtext)
    text += "\n"
    nonascii = any(ord(c) > 127 for c in text)
    tcte = "quoted-printable" if nonascii else "7bit"
    bnd = "000000000000" + hexs(r, 12)
    ctype_plain = 'text/plain; charset="UTF-8"'
    subject = _subj(rep, "Re: ")
    me = addr(rep.name, rep.addr)
    hr = addr(INV[rep.lang]["name"], reply_address(rep))
    msgid = (
        "<CA"
        + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(60))
        + "@mail.gmail.com>"
    )
    headers = [("MIME-Version", "1.0")]
    if rep.refs:
        headers += [("References", INVITE_ID), ("In-Reply-To", INVITE_ID)]
    headers += [
        ("From", me),
        ("Date", rfc_date(rep.when)),
        ("Message-ID", msgid),
        ("Subject", subject_header(subject, "utf-8")),
        ("To", hr),
    ]
    if plain_only:
        headers += [("Content-Type", ctype_plain), ("Content-Transfer-Encoding", tcte)]
        body = cte_body(text, "utf-8", tcte)
        return message(headers, body), f"plain/utf-8/{'qp' if nonascii else '7bit'}"
    div = 'dir="auto"' if app else 'dir="ltr"'
    own_lines = own.split("\n")
    if len(own_lines) == 1:
        own_html = f"<div {div}>{esc(own)}</div>"
    else:
        own_html = (
            f"<div {div}>" + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in own_lines) + "</div>"
        )
    if rep.quote == "none":
        doc = own_html + "\n"
    else:
        doc = (
            own_html
            + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(attr)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + INV[rep.lang]["inner"]
            + "</blockquote></div>\n"
        )
    ct, body = multipart(
        "alternative",
        bnd,
        [text_part(text, "utf-8", tcte), html_part(doc, "utf-8", "quoted-printable")],
        ctype_style="quoted",
    )
    headers.append(("Content-Type", ct))
    body = body.replace('charset="utf-8"', 'charset="UTF-8"')
    return message(headers, body), f"alt/utf-8/{'qp' if nonascii else '7bit'}"


# --- Apple Mail (iPhone / Mac) -----------------------------------------------------------------------------------


def apple_attr(rep: Reply, ios: bool) -> str:
    d = inv_local(rep)
    name, a = INV[rep.lang]["name"], INV[rep.lang]["addr"]
    if rep.loc == "zh":
        if ios:
            return f"在 {d.year}年{d.month}月{d.day}日，{d:%H:%M}，{name} <{a}> 写道："
        return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}，{name} <{a}> 写道："
    if rep.loc == "en":
        return f"On {MON_EN[d.month - 1][:3]} {d.day}, {d.year}, at {h12(d)}, {name} <{a}> wrote:"
    return f"On {d.day} {MON_EN[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {name} <{a}> wrote:"


def apple(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    ios = rep.client == "iphone"
    attr = apple_attr(rep, ios)
    default_sig = ("发自我的iPhone" if rep.loc == "zh" else "Sent from my iPhone") if ios else ""
    sig = _sig(rep, default_sig)
    own = _with_sig(rep.text, sig)
    orig = INV[rep.lang]["txt"]
    if rep.quote == "none":
        text = own
    elif ios:
        qlines = orig.split("\n")
        qlines[0] = "\ufeff" + qlines[0]
        text = own + "\n\n" + gt_quote(attr + "\n\n" + "\n".join(qlines))
    else:
        text = own + "\n\n" + attr + "\n\n" + gt_quote(orig)
    text += "\n"
    cjk = any(ord(c) > 0x2FFF for c in rep.text)
    tcte = "base64" if (ios and cjk) else "quoted-printable"
    plain_only = rep.opts.get("plain", False)
    bnd = "Apple-Mail-" + uuid_upper(r)
    subj_prefix = "回复：" if (rep.loc == "zh" and ios) else "Re: "
    subject = _subj(rep, subj_prefix)
    domain = rep.addr.split("@")[1]
    headers = []
    if ios:
        headers.append(("Content-Type", None))
        headers.append(("Content-Transfer-Encoding", None))
        headers += [
            ("From", addr(rep.name, rep.addr)),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", rfc_date(rep.when)),
            ("Subject", subject_header(subject, "utf-8")),
            ("Message-Id", f"<{uuid_upper(r)}@{domain}>"),
        ]
        headers += refs(rep, "ref-irt")
        headers += [("To", addr(INV[rep.lang]["name"], reply_address(rep))), ("X-Mailer", "iPhone Mail (22B91)")]
    else:
        headers.append(("Content-Type", None))
        headers += [
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("Subject", subject_header(subject, "utf-8")),
            ("From", addr(rep.name, rep.addr)),
        ]
        headers += refs(rep, "irt-ref")
        headers += [
            ("Date", rfc_date(rep.when)),
            ("Content-Transfer-Encoding", None),
            ("Message-Id", f"<{uuid_upper(r)}@{domain}>"),
            ("To", addr(INV[rep.lang]["name"], reply_address(rep))),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ]
    if plain_only:
        body = cte_body(text, "utf-8", tcte)
        headers = _fill(headers, {"Content-Type": "text/plain;\r\n\tcharset=utf-8", "Content-Transfer-Encoding": tcte})
        return message(headers, body), f"plain/utf-8/{'base64' if tcte == 'base64' else 'qp'}"
    # HTML
    if ios:
        own_html = "".join(f'<div dir="ltr">{esc(line) if line else "<br>"}</div>' for line in own.split("\n"))
        if rep.quote == "none":
            doc_body = own_html
        else:
            doc_body = (
                own_html + f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">\ufeff{INV[rep.lang]["inner"]}</div></blockquote>'
            )
        doc = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{doc_body}</body></html>'
        )
    else:
        own_html = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in own.split("\n"))
        if rep.quote == "none":
            doc_body = own_html
        else:
            doc_body = (
                own_html + f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br '
                'class="Apple-interchange-newline"><div><meta charset="UTF-8">'
                f"{INV[rep.lang]['inner']}</div></blockquote></div><br>"
            )
        doc = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{doc_body}</body></html>"
        )
    tp = Part("text/plain", cte_body(text, "utf-8", tcte), None, tcte)
    tp.ctype = "text/plain;\r\n\tcharset=utf-8"
    hp = Part("text/html", cte_body(doc, "utf-8", "quoted-printable"), None, "quoted-printable")
    hp.ctype = "text/html;\r\n\tcharset=utf-8"
    parts = [tp, hp]
    # Apple writes Content-Transfer-Encoding before Content-Type in parts
    body = (
        "".join(
            f"--{bnd}\r\nContent-Transfer-Encoding: {p.cte}\r\nContent-Type: {p.ctype}\r\n\r\n{crlf(p.body)}\r\n\r\n"
            for p in parts
        )
        + f"--{bnd}--\r\n"
    )
    headers = _fill(
        headers, {"Content-Type": f"multipart/alternative; boundary={bnd}", "Content-Transfer-Encoding": "7bit"}
    )
    return message(headers, body), f"alt/utf-8/{'base64' if tcte == 'base64' else 'qp'}"


def _fill(headers, values):
    return [(k, values.get(k, v) if v is None else v) for k, v in headers]


# --- Outlook desktop ---------------------------------------------------------------------------------------------

OL_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "RE: "),
    "en-gb": ("From:", "Sent:", "To:", "Subject:", "RE: "),
    "en-sg": ("From:", "Sent:", "To:", "Subject:", "RE: "),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:", "答复: "),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "AW: "),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "RE : "),
}
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def outlook_sent(rep: Reply, owa: bool = False, mobile: bool = False) -> str:
    d = inv_local(rep)
    if rep.loc == "zh":
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d:%M}"
    if rep.loc == "en":
        if mobile:
            return f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {h12(d)[:-3]}:{d:%S} {h12(d)[-2:]}"
        return f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {h12(d) if not owa else d.strftime('%H:%M')}"
    if rep.loc in ("en-gb", "en-sg"):
        if owa:
            return f"{WD_EN[d.weekday()]}, {d.day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M}"
        return f"{d.day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M}"
    if rep.loc == "de":
        return f"{WD_DE[d.weekday()]}, {d.day}. November {d.year} {d:%H:%M}"
    if rep.loc == "fr":
        return f"{WD_FR[d.weekday()]} {d.day} novembre {d.year} {d:%H:%M}"
    raise ValueError(rep.loc)


def _ol_thread_index(r: random.Random) -> str:
    return base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()


def outlook(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    lf, ls, lt, lsub, prefix = OL_LABELS[rep.loc]
    inv = INV[rep.lang]
    to_me = f"{rep.name} <{rep.addr}>" if rep.name else rep.addr
    old = rep.opts.get("old", False)
    hdr_lines = [
        f"{lf} {inv['name']} <{inv['addr']}> ",
        f"{ls} {outlook_sent(rep)}",
        f"{lt} {to_me}",
        f"{lsub} {inv['subject']}",
    ]
    if old:
        divider = {
            "zh": "-----邮件原件-----",
            "de": "-----Ursprüngliche Nachricht-----",
            "fr": "-----Message d'origine-----",
        }.get(rep.loc, "-----Original Message-----")
        hdr_lines = [divider] + [h.rstrip() for h in hdr_lines]
    qtext = rendered(rep.lang, ol="{n}.  ", ul="·         ", indent="", cell="\t")
    sig = _sig(rep, "")
    own = _with_sig(rep.text, sig)
    if rep.quote == "none":
        text = own + "\n"
    else:
        text = own + "\n\n" + "\n".join(hdr_lines) + "\n\n" + qtext + "\n\n"
    charset = rep.opts.get("charset", "utf-8")
    tcte = "base64" if rep.loc == "zh" else "quoted-printable"
    # Word HTML
    lang_attr = {"zh": "ZH-CN", "de": "DE", "fr": "FR"}.get(rep.loc, "EN-GB" if rep.loc != "en" else "EN-US")
    own_html = "".join(
        f"<p class=MsoNormal><span lang=EN-US>{esc(line)}</span><o:p></o:p></p>"
        if line
        else "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        for line in own.split("\n")
    )
    if rep.opts.get("logo"):
        own_html += (
            "<p class=MsoNormal><span lang=EN-US><img width=120 height=32 style='width:1.25in;height:.3333in' "
            'id="Picture_x0020_1" src="cid:image001.png@01DB6211.4F2A3C10"></span><o:p></o:p></p>'
        )
    if rep.quote == "none":
        quote_html = ""
    else:

        def row(lab, val, br=True):
            return f"<b>{esc(lab)}</b> {esc(val)}{'<br>' if br else ''}"

        quote_html = (
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal>"
            + row(lf, f"{inv['name']} <{inv['addr']}>")
            + row(ls, outlook_sent(rep))
            + row(lt, to_me)
            + row(lsub, inv["subject"], br=False)
            + "<o:p></o:p></p></div></div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" + _wordify(inv["inner"])
        )
    doc = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
        f'charset={label(charset)}"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face\n\t{font-family:DengXian;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
        "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        "\tfont-family:DengXian;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n"
        "\ttext-decoration:underline;}\nspan.EmailStyle20\n\t{mso-style-type:personal-reply;\n"
        "\tfont-family:DengXian;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n"
        "\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults "
        'v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n'
        '<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]--></head>'
        f"<body lang={lang_attr} link=blue vlink=purple style='word-wrap:break-word'><div class=WordSection1>"
        + own_html
        + quote_html
        + "</div></body></html>"
    )
    bnd = f"----=_NextPart_000_{r.randrange(16**4):04X}_01DB{hexs(r, 4, True)}.{hexs(r, 8, True)}"
    parts = [text_part(text, charset, tcte), html_part(doc, charset, tcte)]
    dom = rep.addr.split("@")[1]
    sig_img = rep.opts.get("logo")
    if sig_img:
        rel_bnd = f"----=_NextPart_001_{r.randrange(16**4):04X}_01DB{hexs(r, 4, True)}.{hexs(r, 8, True)}"
        alt_ct, alt_body = multipart("alternative", rel_bnd, parts, ctype_style="outlook")
        img = Part(
            "image/png",
            b64body(_fake_png(r)),
            None,
            "base64",
            extra=[("Content-ID", "<image001.png@01DB6211.4F2A3C10>")],
            params=';\r\n\tname="image001.png"',
        )
        top_ct, body = multipart("related", bnd, [(alt_ct, alt_body.rstrip("\r\n")), img], ctype_style="outlook")
        fmt_struct = "related-alt"
    else:
        top_ct, body = multipart("alternative", bnd, parts, ctype_style="outlook")
        fmt_struct = "alt"
    body = "This is a multipart message in MIME format.\r\n\r\n" + body
    tidx = _ol_thread_index(r)
    headers = [
        ("From", addr(rep.name, rep.addr, charset, "outlook")),
        (
            "To",
            addr(
                "'" + inv["name"] + "'" if all(ord(c) < 128 for c in inv["name"]) else inv["name"],
                reply_address(rep),
                charset,
                "outlook",
            ),
        ),
    ]
    headers += refs(rep, "ref-irt")
    headers += [
        ("Subject", subject_header(_subj(rep, prefix), charset)),
        ("Date", rfc_date(rep.when)),
        ("Message-ID", f"<00{hexs(r, 2)}01db{hexs(r, 4)}${hexs(r, 8)}${hexs(r, 8)}$@{dom}>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", top_ct),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", tidx),
        ("Content-Language", {"zh": "zh-cn", "de": "de", "fr": "fr", "en": "en-us"}.get(rep.loc, "en-gb")),
    ]
    cs_fmt = "gb2312(gbk)" if charset == "gb2312*" else label(charset)
    return message(headers, body), f"{fmt_struct}/{cs_fmt}/{'base64' if tcte == 'base64' else 'qp'}"


def _wordify(inner: str) -> str:
    """Outlook turns the quoted HTML into Word paragraphs; keep it simple but recognisably Word."""
    s = re.sub(r"<p>\s*", "<p class=MsoNormal>", inner)
    s = re.sub(r"<h3>", "<h3 style='mso-margin-top-alt:auto;mso-margin-bottom-alt:auto'>", s)
    s = s.replace("<li>", "<li class=MsoNormal style='mso-list:l0 level1 lfo1'>")
    return s


def _fake_png(r: random.Random) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(180))


# --- Outlook on the web / Outlook mobile ------------------------------------------------------------------------


def owa(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    mobile = rep.client == "olmobile"
    inv = INV[rep.lang]
    if rep.loc == "zh":
        labs = ("发件人:", "发送时间:", "收件人:", "主题:")
        prefix = "回复: "
    else:
        labs = ("From:", "Sent:", "To:", "Subject:")
        prefix = "Re: "
    to_me = f"{rep.name} <{rep.addr}>" if rep.name else rep.addr
    hdr = [
        f"{labs[0]} {inv['name']} <{inv['addr']}>",
        f"{labs[1]} {outlook_sent(rep, owa=True, mobile=mobile)}",
        f"{labs[2]} {to_me}",
        f"{labs[3]} {inv['subject']}",
    ]
    default_sig = (
        (
            "Get Outlook for iOS<https://aka.ms/o0ukef>"
            if rep.opts.get("ios", True)
            else "Get Outlook for Android<https://aka.ms/AAb9ysg>"
        )
        if mobile
        else ""
    )
    sig = _sig(rep, default_sig)
    own = _with_sig(rep.text, sig)
    qtext = rendered(rep.lang, ol="{n}.  ", ul="  *   ", indent="", cell="\t")
    if rep.quote == "none":
        text = own + "\n"
    else:
        text = own + "\n" + "_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + qtext + "\n"
    own_html = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(line) if line else "<br>"}</div>'
        for line in own.split("\n")
    )
    if rep.quote == "none":
        quote_html = ""
    else:
        quote_html = (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>{labs[0]}</b> {esc(inv["name"])} &lt;{inv["addr"]}&gt;<br><b>{labs[1]}</b> '
            f"{esc(outlook_sent(rep, owa=True, mobile=mobile))}<br><b>{labs[2]}</b> {esc(to_me)}<br><b>{labs[3]}</b> "
            f"{esc(inv['subject'])}</font><div>&nbsp;</div></div>" + inv["inner"]
        )
    doc = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        f'</head>\n<body dir="ltr">\n{own_html}\n{quote_html}\n</body>\n</html>\n'
    )
    tag = hexs(r, 16, True)
    server = f"{r.choice(['DB9PR07MB', 'AM6PR10MB', 'PAXPR04MB', 'TYZPR06MB', 'SEZPR03MB'])}{r.randrange(1000, 9999)}"
    region = {"zh": "apcprd06", "en-sg": "apcprd03"}.get(rep.loc, "eurprd07")
    bnd = f"_000_{server}{tag}{server.lower()}{region}prodoutlook_"
    mid = f"<{server}{tag}@{server}.{region}.prod.outlook.com>"
    ct, body = multipart(
        "alternative",
        bnd,
        [text_part(text, "utf-8", "base64"), html_part(doc, "utf-8", "base64")],
        ctype_style="quoted",
    )
    subject = _subj(rep, prefix)
    headers = [
        ("From", addr(rep.name, rep.addr)),
        ("To", addr(inv["name"], reply_address(rep))),
        ("Subject", subject_header(subject, "utf-8")),
        ("Thread-Topic", subject_header(inv["subject"], "utf-8")),
        ("Thread-Index", _ol_thread_index(r)),
        ("Date", rfc_date(rep.when)),
        ("Message-ID", mid),
    ]
    headers += refs(rep, "ref-irt")
    headers += [
        ("Accept-Language", "zh-CN, en-US" if rep.loc == "zh" else "en-GB, en-US"),
        ("Content-Language", "zh-CN" if rep.loc == "zh" else "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", ct),
        ("MIME-Version", "1.0"),
    ]
    headers = [(k, v) for k, v in headers]
    raw = (
        message(headers, body)
        .replace(b"X-MS-Has-Attach: \r\n", b"X-MS-Has-Attach:\r\n")
        .replace(b"X-MS-TNEF-Correlator: \r\n", b"X-MS-TNEF-Correlator:\r\n")
    )
    return raw, "alt/utf-8/base64"


# --- NetEase: Mail Master and 163/126 webmail --------------------------------------------------------------------


def _coremail_ids(r: random.Random, rep: Reply) -> tuple[str, str]:
    ms = int(rep.when.timestamp() * 1000) + r.randrange(1000)
    mid = f"<{hexs(r, 8)}.{hexs(r, 4)}.{ms:x}.Coremail.{rep.addr}>"
    bnd = f"----=_Part_{r.randrange(100000, 999999)}_{r.randrange(10**8, 10**9)}.{ms}"
    return mid, bnd


def mailmaster(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    en_ui = rep.client == "mm_en"
    d = inv_local(rep)
    if en_ui:
        title = "---- Replied Message ----"
        rows = [
            ("From", f"{inv['name']}<{inv['addr']}>"),
            ("Date", f"{d:%m/%d/%Y %H:%M}"),
            ("To", f"{rep.name}<{rep.addr}>"),
            ("Subject", inv["subject"]),
        ]
    else:
        title = "---- 回复的原邮件 ----"
        rows = [
            ("发件人", f"{inv['name']}<{inv['addr']}>"),
            ("日期", f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"),
            ("收件人", f"{rep.name}<{rep.addr}>"),
            ("主题", inv["subject"]),
        ]
    card = rep.opts.get("card")  # signature card (name + address)
    sig = _sig(rep, "")
    own = rep.text
    if card:
        own += f"\n\n\n| |\n{rep.name}\n|\n|\n{rep.addr}\n|"
    elif sig:
        own += "\n\n" + sig
    qtext = rendered(rep.lang, ol="{n}. ", ul="", indent="", cell="\t")
    if rep.quote == "none":
        text = own + "\n"
    else:
        text = own + "\n\n" + title + "\n" + "\n".join(f"| {k} | {v} |" for k, v in rows) + "\n" + qtext + "\n"
    own_html = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in rep.text.split("\n"))
    if card:
        own_html += (
            '<div><br></div><div class="J-signature" id="ntes-pcmac-signature" style="font-family:\'微软雅黑\'">'
            '<div style="font-size:14px; padding: 0; margin:0;line-height:14px;"><div style="padding-bottom:6px;'
            'margin-bottom:10px;display:inline-block;"><a href="https://maas.mail.163.com/dashi-web-extend/html/'
            'proSignature.html" style="display:block;background:#fff; max-width: 400px; _width: 400px;padding:15px '
            "0 10px 0;text-decoration: none; outline:none;-webkit-tap-highlight-color:transparent;-webkit-text-size-"
            'adjust:none !important;text-size-adjust:none !important;"><table cellpadding="0" style="width: 100%; '
            "max-width: 100%; table-layout: fixed; border-collapse: collapse;color: #9b9ea1;font-size: 14px;"
            'line-height:1.3;-webkit-text-size-adjust:none !important;text-size-adjust:none !important;"><tbody '
            "style=\"font-family: 'PingFang SC', 'Hiragino Sans GB','WenQuanYi Micro Hei', 'Microsoft Yahei', "
            "'微软雅黑', verdana !important; word-wrap:break-word; word-break:break-all;-webkit-text-size-adjust:"
            'none !important;text-size-adjust:none !important;"><tr class="firstRow"><td width="38" style="padding:0;'
            ' box-sizing: border-box; width: 38px;"><img width="38" height="38" style="vertical-align:middle; '
            'width: 38px; height: 38px; border-radius:50%;" src="https://mail-online.nosdn.127.net/qiyelogo/'
            'defaultAvatar.png"></td><td style="padding: 0 0 0 10px; color: #31353b;"><div style="font-size: 16px;'
            f'font-weight:bold; width:100%; white-space: nowrap; overflow:hidden;text-overflow: ellipsis;">{esc(rep.name)}'
            '</div></td></tr><tr width="100%" style="font-size: 14px !important; width: 100%;"><td colspan="2" '
            'style="padding:10px 0 0 0; font-size:14px !important; width: 100%;"><div style="width: 100%;font-size:'
            f' 14px !important;word-wrap:break-word;word-break:break-all;">{esc(rep.addr)}</div></td></tr></tbody>'
            "</table></a></div></div></div>"
        )
    elif sig:
        own_html += f'<div><br></div><div id="ntes-iosmail-signature" style="font-size:12px">{esc(sig)}</div>'
    if rep.quote == "none":
        quote_html = ""
    else:
        trs = "".join(
            f'<tr><td width="52" style="font-size:12px;color:#a0a0a0;vertical-align:top;padding-right:4px;'
            f'word-break:keep-all;white-space:nowrap">{esc(k)}</td><td style="font-size:12px;color:#333;word-break:'
            f'break-all">{esc(v)}</td></tr>'
            for k, v in rows
        )
        quote_html = (
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            "border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;"
            "font-family:'微软雅黑';\"><div style=\"font-size:12px;line-height:1.5;word-break:break-all;margin-left:"
            f'10px;margin-right:10px">{title}</div><table class="J-reply-header" style="margin-left:10px;'
            f'margin-right:10px;border-collapse:collapse" cellpadding="0" cellspacing="0"><tbody>{trs}</tbody>'
            f"</table></div>{inv['inner']}"
        )
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div style="line-height: 1.7;">{own_html}</div>{quote_html}</body></html>'
    )
    mid, bnd = _coremail_ids(r, rep)
    ct, body = multipart("alternative", bnd, [text_part(text, "UTF-8", "base64"), html_part(doc, "UTF-8", "base64")])
    subject = _subj(rep, "Re: " if en_ui else "回复：")
    headers = [
        ("Date", rfc_date(rep.when) + " (CST)"),
        ("From", addr(rep.name, rep.addr, "UTF-8")),
        ("To", addr(inv["name"], reply_address(rep), "UTF-8", "quoted")),
        ("Message-ID", mid),
    ]
    headers += refs(rep)
    headers += [
        ("Subject", subject_header(subject, "UTF-8")),
        ("MIME-Version", "1.0"),
        ("Content-Type", ct),
        ("X-NTES-SC", "AL_Qu2c" + hexs(r, 24, True)),
        ("X-CM-TRANSID", f"_____wD{hexs(r, 18)}--.{r.randrange(10**6)}S2"),
    ]
    return message(headers, body), "alt/utf-8/base64"


def netease_web(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    d = inv_local(rep)
    en_ui = rep.loc != "zh"
    dom = rep.addr.split("@")[1]
    if en_ui:
        attr = f'At {d:%Y-%m-%d %H:%M:%S}, "{inv["name"]}" <{inv["addr"]}> wrote:'
    else:
        attr = f'在 {d:%Y-%m-%d %H:%M:%S}，"{inv["name"]}" <{inv["addr"]}> 写道：'
    sig = _sig(rep, "")
    own = _with_sig(rep.text, sig)
    plain = rep.client == "netease_text" or rep.quote == "inline"
    qlines = inv["txt"].split("\n")
    if rep.quote == "none":
        text = own
    elif rep.quote == "inline":
        text = (
            (rep.opts.get("lead", "") + "\n\n" if rep.opts.get("lead") else "")
            + attr
            + "\n"
            + _inline_text(rep, qlines, ">", ">")
        )
    else:
        text = own + "\n\n\n\n\n\n\n\n" + attr + "\n" + gt_quote("\n".join(qlines), ">", ">")
    text += "\n"
    charset = "GBK"
    mid, bnd = _coremail_ids(r, rep)
    subject = _subj(rep, "Re:")
    mailer = (
        f"Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 "
        f"www.mailtech.cn {dom.split('.')[0]}com"
    )
    headers = [
        ("Date", rfc_date(rep.when) + " (CST)"),
        ("From", addr(rep.name, rep.addr, charset)),
        ("To", addr(inv["name"], reply_address(rep), charset, "quoted")),
        ("Subject", subject_header(subject, charset)),
        ("X-Priority", "3"),
        ("X-Mailer", mailer),
    ]
    headers += refs(rep)
    if plain:
        headers += [
            ("Content-Type", "text/plain; charset=GBK"),
            ("Content-Transfer-Encoding", "base64"),
            ("MIME-Version", "1.0"),
            ("Message-ID", mid),
            ("X-Coremail-Locale", "en_US" if en_ui else "zh_CN"),
        ]
        return message(headers, cte_body(text, "gbk", "base64")), "plain/gbk/base64"
    own_html = (
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
        + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in own.split("\n"))
        + "</div>"
    )
    if rep.quote == "none":
        doc_body = own_html
    else:
        doc_body = (
            own_html + '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div>'
            f'<br><pre><br>{esc(attr)}<br> </pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: '
            f'0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv["inner"]}</blockquote>'
        )
    doc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>{doc_body}</body></html>'
    doc = doc.replace('charset="utf-8"', 'charset="GBK"').replace('<meta charset="utf-8">', "")
    ct, body = multipart("alternative", bnd, [text_part(text, "gbk", "base64"), html_part(doc, "gbk", "base64")])
    body = body.replace("charset=gbk", "charset=GBK")
    headers += [
        ("Content-Type", ct),
        ("MIME-Version", "1.0"),
        ("Message-ID", mid),
        ("X-Coremail-Locale", "en_US" if en_ui else "zh_CN"),
        ("X-CM-TRANSID", f"_____wD{hexs(r, 18)}--.{r.randrange(10**6)}S2"),
    ]
    return message(headers, body), "alt/gbk/base64"


# --- QQ Mail -----------------------------------------------------------------------------------------------------

WD_QQ = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def _qq_ids(r: random.Random, rep: Reply) -> tuple[str, str]:
    mid = "<tencent_" + hexs(r, 40, True) + "@qq.com>"
    bnd = f"----=_NextPart_{hexs(r, 8, True)}_{hexs(r, 8, True)}_{hexs(r, 8, True)}"
    return mid, bnd


def qq(rep: Reply) -> tuple[bytes, str]:
    """QQ Mail: the classic web block, the newer card, and the mobile app."""
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    d = inv_local(rep)
    kind = rep.client  # qq | qq_card | qq_card_en | qq_app
    ampm = "上午" if d.hour < 12 else "下午"
    h = d.hour % 12 or 12
    qtext = rendered(rep.lang, ol="{n}. ", ul="", indent="", cell="\t")
    sig = _sig(rep, "")
    own = _with_sig(rep.text, sig)
    me_q = f'"{rep.name}"<{rep.addr}>'
    if kind == "qq":
        if rep.loc == "zh":
            lines = [
                "------------------&nbsp;原始邮件&nbsp;------------------",
                f'发件人:                                                                                                                        "{inv["name"]}"                                                                                    <{inv["addr"]}&gt;;',
                f"发送时间:&nbsp;{d.year}年{d.month}月{d.day}日({WD_QQ[d.weekday()]}) {ampm}{h}:{d:%M}",
                f'收件人:&nbsp;"{rep.name}"<{rep.addr}&gt;;',
                "",
                f"主题:&nbsp;{inv['subject']}",
            ]
            hrows = [
                ("发件人:", f'"{inv["name"]}"&lt;{inv["addr"]}&gt;;'),
                ("发送时间:", f"{d.year}年{d.month}月{d.day}日({WD_QQ[d.weekday()]}) {ampm}{h}:{d:%M}"),
                ("收件人:", f'"{esc(rep.name)}"&lt;{rep.addr}&gt;;<wbr>'),
                ("主题:", esc(inv["subject"])),
            ]
            title = "------------------&nbsp;原始邮件&nbsp;------------------"
        else:
            dd = f"{WD_EN[d.weekday()][:3]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} {h12(d)}"
            lines = [
                "------------------&nbsp;Original&nbsp;------------------",
                f'From:                                                                                                                        "{inv["name"]}"                                                                                    <{inv["addr"]}&gt;;',
                f"Date:&nbsp;{dd}",
                f'To:&nbsp;"{rep.name}"<{rep.addr}&gt;;',
                "",
                f"Subject:&nbsp;{inv['subject']}",
            ]
            hrows = [
                ("From:", f'"{inv["name"]}"&lt;{inv["addr"]}&gt;;'),
                ("Date:", dd),
                ("To:", f'"{esc(rep.name)}"&lt;{rep.addr}&gt;;<wbr>'),
                ("Subject:", esc(inv["subject"])),
            ]
            title = "------------------&nbsp;Original&nbsp;------------------"
        qhtml_head = (
            f'<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{title}</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join(
                f"<div><b>{k}</b>&nbsp;{v}</div>" + ("<div></div>" if k.startswith("收件人") or k == "To:" else "")
                for k, v in hrows
            )
            + "</div><div><br></div>"
        )
        text_head = "\n".join(lines)
        charset = "gb18030"
        own_text = own
        text = own_text + "\n\n\n\n" + text_head + "\n\n\n\n" + qtext + "\n"
    elif kind in ("qq_card", "qq_card_en"):
        if kind == "qq_card":
            t, labs = "原始邮件", ("发件人：", "发件时间：", "收件人：", "主题：")
            dd = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
        else:
            t, labs = "Original", ("From: ", "Date: ", "To: ", "Subject: ")
            dd = f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} {h12(d)}"
        vals = (f"{inv['name']} <{inv['addr']}>", dd, f"{rep.name} <{rep.addr}>", inv["subject"])
        text_head = "\n".join([t, ""] + [lab + v for lab, v in zip(labs, vals)])
        qhtml_head = (
            '<div style="padding-top: 12px;"><div class="xm_compose_origin_mail_container" '
            'style="font-size: 12px; line-height: 20px; color: #13181d;">'
            f'<div style="font-size: 12px; color: #878c91; margin-bottom: 4px;">{t}</div>'
            '<div style="padding: 10px 12px; border-radius: 4px; background: rgba(19, 24, 29, 0.04);">'
            + "".join(
                f'<div><span style="color: #878c91;">{esc(lab)}</span>{esc(v)}</div>' for lab, v in zip(labs, vals)
            )
            + "</div></div></div><div><br></div>"
        )
        charset = "utf-8"
        text = own + "\n\n\n" + text_head + "\n\n\n" + qtext + "\n"
    else:  # qq_app
        if rep.loc == "zh":
            t = "------------------ 原始邮件 ------------------"
            labs = ("发件人: ", "发送时间: ", "收件人: ", "主题: ")
            dd = f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
        else:
            t = "------------------ Original ------------------"
            labs = ("From: ", "Date: ", "To: ", "Subject: ")
            dd = f"{WD_EN[d.weekday()][:3]},{MON_EN[d.month - 1][:3]} {d.day},{d.year} {h12(d)}"
        vals = (f"{inv['name']} <{inv['addr']}>", dd, f"{rep.name} <{rep.addr}>", inv["subject"])
        text_head = "\n".join([t] + [lab + v for lab, v in zip(labs, vals)])
        qhtml_head = (
            f'<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{t.replace(" ", "&nbsp;", 1)}</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join(f"<div><b>{esc(lab.strip())}</b> {esc(v)}</div>" for lab, v in zip(labs, vals))
            + "</div><div><br></div>"
        )
        charset = "utf-8"
        text = own + "\n\n\n" + text_head + "\n\n\n\n" + qtext + "\n"
    if rep.quote == "none":
        text = own + "\n"
    own_html = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in own.split("\n"))
    if kind == "qq_app":
        own_html = "<div>" + own_html + "</div>"
    if rep.quote == "none":
        doc = f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}">{own_html}'
    else:
        doc = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}">{own_html}'
            f"<div><br></div><div><br></div>{qhtml_head}{inv['inner']}"
        )
    mid, bnd = _qq_ids(r, rep)
    attach = rep.opts.get("attach")
    parts = [text_part(text, charset, "base64"), html_part(doc, charset, "base64")]
    alt_ct, alt_body = multipart("alternative", bnd, parts, ctype_style="quoted")
    fmt = f"alt/{charset}/base64"
    if attach:
        mbnd = f"----=_NextPart_{hexs(r, 8, True)}_{hexs(r, 8, True)}_{hexs(r, 8, True)}"
        fname = attach
        img = Part(
            "application/octet-stream",
            b64body(_fake_jpeg(r)),
            None,
            "base64",
            extra=[("Content-Disposition", f'attachment; filename="{ew(fname, charset)}"')],
            params=f';\r\n\tname="{ew(fname, charset)}"',
        )
        top_ct, body = multipart("mixed", mbnd, [(alt_ct, alt_body.rstrip("\r\n")), img])
        fmt = f"mixed-alt/{charset}/base64"
    else:
        top_ct, body = alt_ct, alt_body
    body = "This is a multi-part message in MIME format.\r\n\r\n" + body
    prefix = "回复：" if (rep.loc == "zh" and kind != "qq_card_en") else "Re: "
    subject = _subj(rep, prefix)
    headers = [
        ("From", addr(rep.name, rep.addr, charset, "qq")),
        ("To", addr(inv["name"], reply_address(rep), charset, "qq")),
        ("Subject", subject_header(subject, charset)),
        ("Mime-Version", "1.0"),
        ("Content-Type", top_ct),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", rfc_date(rep.when)),
        ("X-Priority", "3"),
        ("Message-ID", mid),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x" if kind != "qq_app" else "iPhone Mail (QQMail)"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    headers += refs(rep, "ref-irt")
    return message(headers, body), fmt


def _fake_jpeg(r: random.Random) -> bytes:
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + bytes(r.randrange(256) for _ in range(600))
        + b"\xff\xd9"
    )


# --- Foxmail -----------------------------------------------------------------------------------------------------


def foxmail(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    d = inv_local(rep)
    charset = rep.opts.get("charset", "utf-8")
    if rep.loc == "zh":
        labs = ("发件人：", "发送时间：", "收件人：", "主题：")
        prefix = "回复: "
    else:
        labs = ("From:", "Date:", "To:", "Subject:")
        prefix = "Re: "
    sig = _sig(rep, rep.addr)
    dd = f"{d:%Y-%m-%d %H:%M}"
    vals = (inv["name"], dd, rep.name or rep.addr, inv["subject"])
    hdr_text = "\n".join(f"{lab} {v}" for lab, v in zip(labs, vals))
    qtext = rendered(rep.lang, ol="{n}. ", ul="", indent="", cell="\t")
    if rep.quote == "none":
        text = rep.text + ("\n\n\n\n" + sig if sig else "") + "\n"
    else:
        text = rep.text + "\n\n\n\n" + (sig + "\n" if sig else "") + " \n" + hdr_text + "\n" + qtext + "\n"
    own_html = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in rep.text.split("\n"))
    sig_html = (
        '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{esc(sig)}</div></div>'
        "</span></div>"
        if sig
        else ""
    )
    if rep.quote == "none":
        qhtml = ""
    else:
        qhtml = (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>{labs[0]}</b>&nbsp;<a href="mailto:{inv["addr"]}">{esc(inv["name"])}</a></div>'
            f"<div><b>{labs[1]}</b>&nbsp;{dd.replace(' ', '&nbsp;')}</div>"
            f'<div><b>{labs[2]}</b>&nbsp;<a href="mailto:{rep.addr}">{esc(rep.name or rep.addr)}</a></div>'
            f"<div><b>{labs[3]}</b>&nbsp;{esc(inv['subject'])}</div></div></div>"
            f"<div>{inv['inner']}</div></blockquote>"
        )
    doc = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={label(charset)}"><style>'
        "body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }"
        "body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }"
        f"</style></head><body>\n{own_html}{sig_html}{qhtml}</body></html>"
    )
    stamp = rep.when.strftime("%Y%m%d%H%M%S")
    mid = f"<{stamp}{r.randrange(10**6, 10**7)}@{rep.addr.split('@')[1]}>"
    bnd = f"----=_001_NextPart{r.randrange(10**11, 10**12)}_=----"
    ct, body = multipart(
        "alternative",
        bnd,
        [text_part(text, charset, "base64"), html_part(doc, charset, "base64")],
        ctype_style="quoted",
    )
    body = "This is a multi-part message in MIME format.\r\n\r\n" + body
    headers = [
        ("Date", rfc_date(rep.when)),
        ("From", addr(rep.name or rep.addr, rep.addr, charset, "quoted")),
        ("To", addr(inv["name"], reply_address(rep), charset, "quoted")),
        ("Subject", subject_header(_subj(rep, prefix), charset)),
    ]
    if rep.refs:
        headers += [("References", INVITE_ID), ("In-Reply-To", INVITE_ID)]
    headers += [
        ("X-Priority", "3"),
        ("X-GUID", uuid_upper(r)),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("Content-Type", ct),
    ]
    cs_fmt = "gb2312(gbk)" if charset == "gb2312*" else label(charset)
    return message(headers, body), f"alt/{cs_fmt}/base64"


# --- Yahoo -------------------------------------------------------------------------------------------------------


def yahoo(rep: Reply) -> tuple[bytes, str]:
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    d = inv_local(rep)
    app = rep.client == "yahoo_app"
    off = OFFSET[rep.loc]
    tzs = "GMT" if off == 0 else f"GMT{'+' if off > 0 else '-'}{abs(off)}"
    attr = (
        f"On {WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} at {d.hour % 12 or 12:02d}:{d:%M:%S} "
        f"{'AM' if d.hour < 12 else 'PM'} {tzs}, {inv['name']} <{inv['addr']}> wrote:"
    )
    default_sig = "Sent from Yahoo Mail for iPhone" if app else ""
    sig = _sig(rep, default_sig)
    own = _with_sig(rep.text, sig)
    qtext = rendered(rep.lang, ol="{n}. ", ul="   - ", indent="   ", cell=" ")
    if rep.quote == "none":
        text = own + "\n"
    else:
        qt = "\n".join(" " + line if line else " " for line in qtext.split("\n"))
        text = own + "\n\n    " + attr + "  \n \n" + qt + "\n  \n"
    own_html = "".join(
        f'<div dir="ltr" data-setdir="false">{esc(line) if line else "<br>"}</div>' for line in rep.text.split("\n")
    )
    if sig:
        own_html += (
            '<div><br></div><div class="ydp' + hexs(r, 8) + 'yahoo-signature"><a style="font-size:12px" '
            'href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_'
            f"Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;"
            f'af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">{esc(sig)}</a></div>'
        )
    yid = hexs(r, 8)
    if rep.quote == "none":
        qhtml = ""
    else:
        qhtml = (
            f'<div id="ydp{yid}yahoo_quoted_{r.randrange(10**9, 10**10)}" class="ydp{yid}yahoo_quoted">'
            "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
            f'<div>{esc(attr)}</div><div><br></div><div><br></div><div><div dir="ltr">{inv["inner"]}</div></div>'
            "</div></div>"
        )
    doc = (
        '<html><head></head><body><div class="ydp' + yid + 'yahoo-style-wrap" style="font-family:Helvetica Neue, '
        f'Helvetica, Arial, sans-serif;font-size:13px;">{own_html}</div>{qhtml}</body></html>'
    )
    ms = int(rep.when.timestamp() * 1000)
    bnd = f"----=_Part_{r.randrange(10**6, 10**7)}_{r.randrange(10**8, 10**9)}.{ms}"
    ct, body = multipart(
        "alternative", bnd, [text_part(text, "utf-8", "quoted-printable"), html_part(doc, "utf-8", "quoted-printable")]
    )
    body = body.replace("charset=utf-8", "charset=UTF-8")
    headers = [
        ("Date", rfc_date(rep.when)),
        ("From", addr(rep.name, rep.addr)),
        ("To", addr(inv["name"], reply_address(rep))),
        ("Message-ID", f"<{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{ms}@mail.yahoo.com>"),
    ]
    headers += refs(rep)
    headers += [
        ("Subject", subject_header(_subj(rep, "Re: "), "UTF-8")),
        ("MIME-Version", "1.0"),
        ("Content-Type", ct),
        ("X-Mailer", "WebService/1.1.24562 YahooMailIosMobile" if app else "WebService/1.1.24562 YMailNorrin"),
    ]
    return message(headers, body), "alt/utf-8/qp"


# --- Auto-replies (no RFC 3834 headers) --------------------------------------------------------------------------


def auto(rep: Reply) -> tuple[bytes, str]:
    """Out-of-office / acknowledgement auto-replies as their systems send them, without Auto-Submitted."""
    r = rng_for(rep.key)
    inv = INV[rep.lang]
    style = rep.opts["style"]
    subject = rep.subject or INV[rep.lang]["subject"]
    text = rep.text + "\n"
    if style == "outlook":
        charset = "utf-8"
        doc = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">'
            + lines_html(rep.text, "p", "")
            + "</div></body></html>"
        )
        bnd = f"_000_{hexs(r, 24, True)}_"
        ct, body = multipart(
            "alternative",
            bnd,
            [text_part(text, charset, "base64"), html_part(doc, charset, "base64")],
            ctype_style="quoted",
        )
        dom = rep.addr.split("@")[1]
        headers = [
            ("From", addr(rep.name, rep.addr)),
            ("To", addr(inv["name"], reply_address(rep))),
            ("Subject", subject_header(subject, "utf-8")),
            ("Thread-Topic", subject_header(inv["subject"], "utf-8")),
            ("Thread-Index", _ol_thread_index(r)),
            ("Date", rfc_date(rep.when)),
            ("Message-ID", f"<{hexs(r, 32)}@{dom}>"),
            ("In-Reply-To", INVITE_ID),
            ("Content-Language", {"de": "de-DE", "zh": "zh-CN"}.get(rep.loc, "en-US")),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Type", ct),
            ("MIME-Version", "1.0"),
        ]
        raw = (
            message(headers, body)
            .replace(b"X-MS-Has-Attach: \r\n", b"X-MS-Has-Attach:\r\n")
            .replace(b"X-MS-TNEF-Correlator: \r\n", b"X-MS-TNEF-Correlator:\r\n")
        )
        return raw, "alt/utf-8/base64"
    if style == "qq":
        mid, bnd = _qq_ids(r, rep)
        doc = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + lines_html(rep.text)
        ct, body = multipart(
            "alternative",
            bnd,
            [text_part(text, "gb18030", "base64"), html_part(doc, "gb18030", "base64")],
            ctype_style="quoted",
        )
        headers = [
            ("From", addr(rep.name, rep.addr, "gb18030", "qq")),
            ("To", addr(inv["name"], reply_address(rep), "gb18030", "qq")),
            ("Subject", subject_header(subject, "gb18030")),
            ("Mime-Version", "1.0"),
            ("Content-Type", ct),
            ("Content-Transfer-Encoding", "8Bit"),
            ("Date", rfc_date(rep.when)),
            ("Message-ID", mid),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
        ]
        return message(headers, body), "alt/gb18030/base64"
    if style == "coremail":
        mid, bnd = _coremail_ids(r, rep)
        headers = [
            ("Date", rfc_date(rep.when) + " (CST)"),
            ("From", addr(rep.name, rep.addr, "GBK")),
            ("To", reply_address(rep)),
            ("Subject", subject_header(subject, "GBK")),
            ("Content-Type", "text/plain; charset=GBK"),
            ("Content-Transfer-Encoding", "base64"),
            ("MIME-Version", "1.0"),
            ("Message-ID", mid),
            ("In-Reply-To", INVITE_ID),
        ]
        return message(headers, cte_body(text, "gbk", "base64")), "plain/gbk/base64"
    if style == "plain":  # corporate or hosted gateway, plain text
        dom = rep.addr.split("@")[1]
        charset = rep.opts.get("charset", "utf-8")
        cte = "base64" if charset != "us-ascii" else "7bit"
        headers = [
            ("From", addr(rep.name, rep.addr, charset)),
            ("To", reply_address(rep)),
            ("Subject", subject_header(subject, charset)),
            ("Date", rfc_date(rep.when)),
            ("Message-ID", f"<{hexs(r, 12)}.{r.randrange(10**5, 10**6)}@{dom}>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", f"text/plain; charset={charset}"),
            ("Content-Transfer-Encoding", cte),
            ("X-Mailer", rep.opts.get("mailer", "")) if rep.opts.get("mailer") else ("X-Mailer", None),
        ]
        body = cte_body(text, charset if charset != "us-ascii" else "ascii", cte if cte != "7bit" else "7bit")
        return message(headers, body), f"plain/{charset}/{cte}"
    raise ValueError(style)


BUILDERS = {
    "gmail": gmail,
    "iphone": apple,
    "mac": apple,
    "outlook": outlook,
    "owa": owa,
    "olmobile": owa,
    "mm": mailmaster,
    "mm_en": mailmaster,
    "netease": netease_web,
    "netease_text": netease_web,
    "qq": qq,
    "qq_card": qq,
    "qq_card_en": qq,
    "qq_app": qq,
    "foxmail": foxmail,
    "yahoo": yahoo,
    "yahoo_app": yahoo,
    "auto": auto,
}


def client_name(rep: Reply) -> str:
    """The manifest's short client name."""
    base = {
        "gmail": "gmail-app"
        if rep.opts.get("app")
        else ("gmail-plain" if rep.opts.get("plain") or rep.quote in ("inline", "bottom") else "gmail"),
        "iphone": "apple-ios",
        "mac": "apple-mac",
        "outlook": "outlook",
        "owa": "outlook-web",
        "olmobile": "outlook-mobile",
        "mm": "mailmaster",
        "mm_en": "mailmaster",
        "netease": "netease-web",
        "netease_text": "netease-web-plain",
        "qq": "qqmail",
        "qq_card": "qqmail-card",
        "qq_card_en": "qqmail-card",
        "qq_app": "qqmail-app",
        "foxmail": "foxmail",
        "yahoo": "yahoo",
        "yahoo_app": "yahoo-app",
    }.get(rep.client)
    if rep.client == "auto":
        base = "auto-" + rep.opts["style"]
    if rep.opts.get("old_attr"):
        base += "-old"
    if rep.opts.get("wechat"):
        base += "+wechat"
    loc = {
        "zh": "zh",
        "en": "",
        "en-gb": "",
        "en-sg": "",
        "de": "de",
        "fr": "fr",
        "es": "es",
        "ja": "ja",
        "ru": "ru",
        "zh-tw": "zhtw",
    }[rep.loc]
    if rep.client == "mm_en" or rep.client == "qq_card_en":
        loc = "en"
    elif loc == "zh" and rep.client in ("mm", "netease", "netease_text", "qq", "qq_card", "qq_app", "foxmail"):
        loc = ""  # Chinese is these clients' own UI
    return base + (f"-{loc}" if loc else "")


def build(rep: Reply) -> tuple[bytes, str]:
    return BUILDERS[rep.client](rep)
