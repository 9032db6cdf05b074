"""How each mail client builds a reply (blind23).

Written from what these clients are known to send: header order and names, subject prefixes, attribution
lines / header blocks / dividers, how the HTML part nests the quoted invitation, how the text/plain
alternative renders that HTML, charsets and transfer encodings. Everything is deterministic: every id,
boundary and token is derived from the reply's key.

A client function takes a ``Spec`` (the candidate's words and how they wrote them) and a ``Quoted`` (the
message being replied to or forwarded) and returns a ``Built`` (raw bytes plus what a later reply would
quote of it).
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
import textwrap
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent

CST = timezone(timedelta(hours=8))
GMT = timezone.utc
CET = timezone(timedelta(hours=1))

INVITE_ID = "<invitation-1@hr.example.com>"
INVITE_FROM = {"zh": ("招聘团队", "hr@hr.example.com"), "en": ("Recruiting Team", "hr@hr.example.com")}
INVITE_SUBJECT = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
INVITE_DATE = {"zh": datetime(2026, 11, 26, 10, 0, 0, tzinfo=CST), "en": datetime(2026, 11, 26, 9, 30, 0, tzinfo=GMT)}

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
WD_ZH = ["一", "二", "三", "四", "五", "六", "日"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WD_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


# --------------------------------------------------------------------------------------------------------------
# data


@dataclass
class Quoted:
    """A message someone is replying to (or forwarding)."""

    from_name: str
    from_addr: str
    to_name: str
    to_addr: str
    date: datetime
    subject: str
    html: str  # body fragment as it would be embedded in a quote
    msgid: str | None
    refs: list[str]
    plain: str | None = None  # when set, the text quoted in text/plain (own earlier mail); else rendered from html

    def text(self, style: str) -> str:
        return self.plain if self.plain is not None else html_to_text(self.html, style)


@dataclass
class Spec:
    key: str
    lang: str
    client: str
    name: str
    addr: str
    when: datetime
    body: str = ""
    mode: str = "top"  # top | bottom | inline | none
    inline: list[tuple[str, str]] = field(default_factory=list)
    token: str = ""
    subject: str | None = None
    auto: bool = False


@dataclass
class Built:
    raw: bytes
    fmt: str
    quoted: Quoted  # this message, as a later reply would see it


def invitation(lang: str, to_name: str, to_addr: str) -> Quoted:
    src = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    m = re.search(r"<body[^>]*>(.*)</body>", src, re.S)
    frag = m.group(1).strip() if m else src
    name, addr = INVITE_FROM[lang]
    return Quoted(name, addr, to_name, to_addr, INVITE_DATE[lang], INVITE_SUBJECT[lang], frag, INVITE_ID, [])


def invitation_plain(lang: str) -> str:
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


# --------------------------------------------------------------------------------------------------------------
# deterministic ids


def h(key: str, salt: str, n: int = 40) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"blind23|{key}|{salt}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def huuid(key: str, salt: str) -> str:
    return str(uuid.UUID(h(key, salt, 32))).upper()


def b64id(key: str, salt: str, n: int) -> str:
    raw = hashlib.sha256(f"{key}|{salt}".encode()).digest() * 3
    s = base64.b64encode(raw).decode()
    return s.replace("/", "_").replace("+", "-")[:n]


# --------------------------------------------------------------------------------------------------------------
# encodings


def enc_word(s: str, charset: str = "UTF-8", quoted: bool = False) -> str:
    """RFC 2047 B-encoded words, split on character boundaries (<= 75 chars each)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    codec = codec_of(charset)
    words: list[str] = []
    cur = ""
    for ch in s:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(codec))) + len(charset) + 7 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = "\r\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)
    return f'"{out}"' if quoted else out


def codec_of(charset: str) -> str:
    c = charset.lower()
    return {"gb2312": "gbk", "utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}.get(c, c)


def addr(name: str, address: str, charset: str = "UTF-8", quote_name: bool = False) -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{address}>'
        return f'"{name}" <{address}>' if quote_name else f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{enc_word(name, charset, quoted=quote_name)} <{address}>"


def rfc_date(d: datetime, suffix: str = "") -> str:
    off = d.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return (
        f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day} "
        f"{MON_EN[d.month - 1][:3]} {d.year} {d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}{suffix}"
    )


def encode_body(text: str, charset: str, cte: str) -> tuple[str, str]:
    """Returns (charset actually labelled, encoded body with \\n newlines)."""
    codec = codec_of(charset)
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        charset, codec = "utf-8", "utf-8"
        data = text.encode(codec)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte in ("7bit", "8bit", ""):
        enc = data.replace(b"\r\n", b"\n").decode(codec)
    else:
        raise ValueError(cte)
    return charset, enc


def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def finish(headers: list[tuple[str, str]], body: str) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    msg = "\n".join(lines) + "\n\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    if not msg.endswith("\r\n"):
        msg += "\r\n"
    return msg.encode("utf-8")


def part(
    ctype: str, charset: str, cte: str, text: str, *, apple: bool = False, cs_quote: bool = True, fold: bool = False
) -> tuple[str, str]:
    """One leaf part. Returns (charset label actually used, part text)."""
    cs, enc = encode_body(text, charset, cte)
    csv = f'"{cs}"' if cs_quote else cs
    ct = f"{ctype};\n\tcharset={csv}" if fold else f"{ctype}; charset={csv}"
    if apple:
        head = f"Content-Transfer-Encoding: {cte}\nContent-Type: {ct}"
    elif cte:
        head = f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}"
    else:
        head = f"Content-Type: {ct}"
    return cs, head + "\n\n" + enc


def alternative(boundary: str, parts: list[str], preamble: str = "") -> str:
    out = preamble + ("\n" if preamble else "")
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    out += f"--{boundary}--\n"
    return out


def fmt_of(structure: str, charset: str, cte: str) -> str:
    return f"{structure}/{charset.lower()}/{cte or '7bit'}"


# --------------------------------------------------------------------------------------------------------------
# HTML -> text, the way each client renders its text/plain alternative


@dataclass(frozen=True)
class TStyle:
    bold: str = ""
    ol: str = "{n}. "
    ul: str = "- "
    link: str = "{text}"  # or "{text} <{href}>" / "{text}<{href}>"
    link_same: bool = False  # repeat the URL even when it equals the text
    hr: str = ""
    cell: str = "\t"
    para: bool = True


STYLES = {
    "gmail": TStyle(
        bold="*", ol="   {n}. ", ul="   - ", link="{text} <{href}>", hr="------------------------------", cell=" "
    ),
    "outlook": TStyle(
        ol="  {n}.  ",
        ul="  *   ",
        link="{text}<{href}>",
        link_same=True,
        hr="________________________________",
        cell="\n",
    ),
    "apple": TStyle(ol="\t{n}.\t", ul="\t•\t", link="{text} <{href}>", hr="", cell="\t"),
    "qq": TStyle(ol="", ul="", link="{text}", hr="", cell="\t", para=False),
    "netease": TStyle(ol="", ul="", link="{text}", hr="", cell=" ", para=False),
    "foxmail": TStyle(ol="", ul="", link="{text}", hr="", cell=" ", para=True),
    "yahoo": TStyle(ol="   - ", ul="   - ", link="{text}", hr="", cell="\t"),
}


class _Render(HTMLParser):
    def __init__(self, st: TStyle) -> None:
        super().__init__(convert_charrefs=True)
        self.st = st
        self.buf: list[str] = []
        self.lists: list[list] = []
        self.skip = 0
        self.href: str | None = None
        self.amark = 0
        self.cell = 0

    def _tail_newlines(self) -> int:
        text = "".join(self.buf[-6:])
        return len(text) - len(text.rstrip("\n"))

    def nl(self, n: int = 1) -> None:
        if not "".join(self.buf).strip():
            return
        k = self._tail_newlines()
        if k < n:
            self.buf.append("\n" * (n - k))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("head", "style", "title", "script"):
            self.skip += 1
            return
        if self.skip:
            return
        para = 2 if self.st.para else 1
        if tag in ("p", "h1", "h2", "h3", "h4"):
            self.nl(para)
        elif tag in ("div", "table", "blockquote", "pre"):
            self.nl(1)
        elif tag == "tr":
            self.nl(1)
            self.cell = 0
        elif tag in ("ol", "ul"):
            self.nl(1)
            self.lists.append([tag, 0])
        elif tag == "li":
            self.nl(1)
            if self.lists:
                cur = self.lists[-1]
                cur[1] += 1
                self.buf.append(self.st.ol.format(n=cur[1]) if cur[0] == "ol" else self.st.ul)
        elif tag == "br":
            self.buf.append("\n")
        elif tag in ("strong", "b"):
            self.buf.append(self.st.bold)
        elif tag == "a":
            self.href = a.get("href")
            self.amark = len(self.buf)
        elif tag in ("td", "th"):
            while self.buf and self.buf[-1].strip(" ") == "" and "\n" not in self.buf[-1]:
                self.buf.pop()
            if self.buf:
                self.buf[-1] = self.buf[-1].rstrip(" ")
            if self.cell:
                self.buf.append(self.st.cell)
            self.cell += 1
        elif tag == "hr":
            self.nl(1)
            if self.st.hr:
                self.buf.append(self.st.hr)
                self.nl(1)

    def handle_endtag(self, tag):
        if tag in ("head", "style", "title", "script"):
            self.skip -= 1
            return
        if self.skip:
            return
        para = 2 if self.st.para else 1
        if tag in ("p", "h1", "h2", "h3", "h4"):
            self.nl(para)
        elif tag in ("div", "li", "tr", "table", "blockquote", "pre"):
            self.nl(1)
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self.nl(para)
        elif tag in ("strong", "b"):
            self.buf.append(self.st.bold)
        elif tag == "a" and self.href:
            text = "".join(self.buf[self.amark :])
            href = self.href.replace("mailto:", "") if self.href.startswith("mailto:") else self.href
            if text.strip() == href and not self.st.link_same:
                pass
            else:
                self.buf[self.amark :] = [self.st.link.format(text=text, href=self.href)]
            self.href = None

    def handle_data(self, data):
        if self.skip:
            return
        d = re.sub(r"[ \t\r\n]+", " ", data)
        joined = "".join(self.buf[-3:])
        if not self.buf or joined.endswith(("\n", "\t", " ")) or (self.st.cell and joined.endswith(self.st.cell)):
            d = d.lstrip(" ")
        if d.strip() == "" and self.cell and self.lists == []:
            # whitespace between table cells
            if joined.endswith(("\n", "\t", " ")) or not self.buf:
                d = ""
        if d:
            self.buf.append(d)


def html_to_text(fragment: str, style: str) -> str:
    r = _Render(STYLES[style])
    r.feed(fragment)
    r.close()
    text = "".join(r.buf)
    text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------------------------------------------
# small text helpers


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def gt(text: str, prefix: str = "> ", bare: str = ">") -> str:
    out = []
    for line in text.split("\n"):
        if not line:
            out.append(bare)
        elif line.startswith(">") and prefix.strip() == ">":
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def has_cjk(s: str) -> bool:
    return bool(re.search(r"[\u3000-\u9fff\uff00-\uffef]", s))


def wrap78(text: str, width: int = 76) -> str:
    """Gmail hard-wraps the text/plain alternative (latin lines; CJK lines left alone)."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        pre, rest = m.group(1), m.group(2)
        if len(line) <= width or has_cjk(line) or not rest.strip():
            out.append(line)
            continue
        lead = re.match(r"^\s*", rest).group(0)
        wrapped = textwrap.wrap(
            rest,
            width=width - len(pre),
            break_long_words=False,
            break_on_hyphens=False,
            subsequent_indent="" if not lead else "",
        )
        out.extend(pre + w for w in wrapped)
    return "\n".join(out)


def split_sig(body: str) -> tuple[str, str]:
    if "\n-- \n" in body:
        a, b = body.split("\n-- \n", 1)
        return a, b
    return body, ""


def plain_body(body: str) -> str:
    return body


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def inline_merge(quoted_text: str, inline: list[tuple[str, str]], qfmt) -> list[tuple[str, str]]:
    """Split the quoted text at anchors: returns [("q", chunk), ("a", answer), ...]."""
    lines = quoted_text.split("\n")
    pieces: list[tuple[str, str]] = []
    start = 0
    for anchor, answer in inline:
        idx = None
        for i in range(start, len(lines)):
            if anchor in lines[i]:
                idx = i
                break
        if idx is None:
            raise ValueError(f"anchor not found: {anchor!r}")
        pieces.append(("q", "\n".join(lines[start : idx + 1])))
        pieces.append(("a", answer))
        start = idx + 1
    if start < len(lines):
        pieces.append(("q", "\n".join(lines[start:])))
    return pieces


def zh_ampm(d: datetime) -> str:
    hh = d.hour
    tag = "上午" if hh < 12 else "下午"
    h12 = hh if hh <= 12 else hh - 12
    return f"{tag}{h12}:{d.minute:02d}"


def en_ampm(d: datetime, secs: bool = False) -> str:
    hh = d.hour % 12 or 12
    s = f":{d.second:02d}" if secs else ""
    return f"{hh}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def local(d: datetime, tz: timezone) -> datetime:
    return d.astimezone(tz)


def reply_subject(prefix: str, subject: str, collapse: bool = True) -> str:
    if collapse:
        base = re.sub(r"^(?:(?:re|aw|回复|答复)\s*[:：]\s*)+", "", subject, flags=re.I)
        if base != subject and prefix.strip().lower().rstrip(":：") in ("re", "aw", "回复", "答复"):
            return prefix + base
    return prefix + subject


# --------------------------------------------------------------------------------------------------------------
# Gmail (web / Android), several UI locales


def gmail_attr(q: Quoted, loc: str, tz: timezone) -> str:
    d = local(q.date, tz)
    who = f"{q.from_name} <{q.from_addr}>"
    if loc == "en":
        return f"On {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day} {MON_EN[d.month - 1][:3]} {d.year} at {d:%H:%M}, {who} wrote:"
    if loc == "us":
        return f"On {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} at {en_ampm(d)} {who} wrote:"
    if loc == "zh":
        return f"{who} 于{d.year}年{d.month}月{d.day}日周{WD_ZH[d.weekday()]} {d:%H:%M}写道："
    if loc == "de":
        return f"Am {WD_DE[d.weekday()][:2]}., {d.day}. {MON_DE[d.month - 1][:3]}. {d.year} um {d:%H:%M} Uhr schrieb {who}:"
    if loc == "fr":
        return f"Le {WD_FR[d.weekday()]} {d.day} {MON_FR[d.month - 1]} {d.year} à {d:%H:%M}, {who} a écrit :"
    raise ValueError(loc)


def gmail_fwd_block(q: Quoted, loc: str, tz: timezone) -> tuple[str, str]:
    d = local(q.date, tz)
    if loc == "zh":
        date = f"{d.year}年{d.month}月{d.day}日周{WD_ZH[d.weekday()]} {d:%H:%M}"
        labels = ("---------- Forwarded message ---------", "From: ", "Date: ", "Subject: ", "To: ")
    else:
        date = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day} {MON_EN[d.month - 1][:3]} {d.year} at {d:%H:%M}"
        labels = ("---------- Forwarded message ---------", "From: ", "Date: ", "Subject: ", "To: ")
    plain = (
        f"{labels[0]}\n{labels[1]}{q.from_name} <{q.from_addr}>\n{labels[2]}{date}\n"
        f"{labels[3]}{q.subject}\n{labels[4]}{q.to_name} <{q.to_addr}>\n"
    )
    hb = (
        f'<div dir="ltr" class="gmail_attr">{labels[0]}<br>{labels[1]}<strong class="gmail_sendername" dir="auto">'
        f'{esc(q.from_name)}</strong> <span dir="auto">&lt;<a href="mailto:{q.from_addr}">{q.from_addr}</a>&gt;</span><br>'
        f'{labels[2]}{date}<br>{labels[3]}{esc(q.subject)}<br>{labels[4]}{esc(q.to_name)} &lt;<a href="mailto:{q.to_addr}">'
        f"{q.to_addr}</a>&gt;<br></div>"
    )
    return plain, hb


def gmail_compose_html(text: str) -> str:
    ls = text.split("\n")
    if not ls:
        return ""
    out = esc(ls[0]) if ls[0] else "<br>"
    for line in ls[1:]:
        out += f"<div>{esc(line) if line else '<br>'}</div>"
    return out


def gmail(spec: Spec, q: Quoted, loc: str = "en", plain_only: bool = False, forward: bool = False) -> Built:
    tz = spec.when.tzinfo
    body, sig = split_sig(spec.body)
    qtext = q.text("gmail")
    if forward:
        fplain, fhtml = gmail_fwd_block(q, loc, tz)
        plain = f"{body}\n\n{fplain}\n\n{qtext}\n"
        htm = (
            f'<div dir="ltr">{gmail_compose_html(body)}<br><br><div class="gmail_quote gmail_quote_container">'
            f"{fhtml}<br><br>{q.html}</div></div>\n"
        )
    else:
        attr = gmail_attr(q, loc, tz)
        quote_plain = f"{attr}\n\n{gt(qtext)}"
        quote_html = (
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{q.html}</blockquote></div>'
        )
        sig_plain = f"\n\n-- \n{sig}" if sig else ""
        sig_html = (
            (
                f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                f'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{gmail_compose_html(sig)}'
                f"</div></div>"
            )
            if sig
            else ""
        )
        if spec.mode == "none":
            plain = body + sig_plain + "\n"
            htm = f'<div dir="ltr">{gmail_compose_html(body)}{sig_html}</div>\n'
        elif spec.mode == "bottom":
            plain = f"{quote_plain}\n\n{body}{sig_plain}\n"
            htm = (
                f'<div dir="ltr"><br></div><br>{quote_html}<div><br></div><div>{gmail_compose_html(body)}</div>'
                f"{sig_html}\n"
            )
        elif spec.mode == "inline":
            pieces = inline_merge(qtext, spec.inline, None)
            pp = [f"{body}\n\n{attr}\n" if body else f"{attr}\n"]
            hh = [
                f'<div dir="ltr">{gmail_compose_html(body)}</div><br>' if body else '<div dir="ltr"><br></div><br>',
                f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>',
            ]
            for kind, chunk in pieces:
                if kind == "q":
                    pp.append("\n" + gt(chunk) + "\n")
                    hh.append(
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                        'rgb(204,204,204);padding-left:1ex">'
                        + "<br>".join(esc(x) for x in chunk.split("\n"))
                        + "</blockquote>"
                    )
                else:
                    pp.append("\n" + chunk + "\n")
                    hh.append(f"<div><br></div><div>{gmail_compose_html(chunk)}</div><div><br></div>")
            hh.append("</div>")
            plain = "".join(pp).strip("\n") + sig_plain + "\n"
            htm = "".join(hh) + "\n"
        else:
            plain = f"{body}{sig_plain}\n\n{quote_plain}\n"
            htm = f'<div dir="ltr">{gmail_compose_html(body)}{sig_html}</div><br>{quote_html}\n'
    plain = wrap78(plain)
    if forward:
        subj = "Fwd: " + q.subject
    else:
        subj = spec.subject or reply_subject("Re: ", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    msgid = f"<CA{b64id(spec.key, 'gmail-id', 44)}@mail.gmail.com>"
    headers = [("MIME-Version", "1.0")]
    if refs:
        headers += [("References", " ".join(refs)), ("In-Reply-To", q.msgid or refs[-1])]
    headers += [
        ("From", addr(spec.name, spec.addr)),
        ("Date", rfc_date(spec.when)),
        ("Message-ID", msgid),
        ("Subject", enc_word(subj)),
        ("To", spec.token),
    ]
    if spec.auto:
        headers.append(("Auto-Submitted", "auto-replied"))
    pcte = "" if is_ascii(plain) and max(len(x) for x in plain.split("\n")) <= 76 else "quoted-printable"
    cs, p1 = part("text/plain", "UTF-8", pcte, plain)
    if plain_only:
        headers.append(("Content-Type", 'text/plain; charset="UTF-8"'))
        if pcte:
            headers.append(("Content-Transfer-Encoding", pcte))
        body_raw = encode_body(plain, "UTF-8", pcte)[1]
        fmt = fmt_of("plain", "utf-8", pcte)
    else:
        boundary = "0000000000" + h(spec.key, "gmail-b", 16)
        _, p2 = part("text/html", "UTF-8", "quoted-printable", htm)
        headers.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        body_raw = alternative(boundary, [p1, p2])
        fmt = fmt_of("alt", "utf-8", pcte)
    raw = finish(headers, body_raw)
    return Built(
        raw, fmt, Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, htm, msgid, refs, plain.rstrip("\n"))
    )


# --------------------------------------------------------------------------------------------------------------
# Outlook: desktop (Word HTML), Outlook on the web / new Outlook, Outlook for iOS; en-GB, en-US, zh-CN, de-DE

OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "RE: ", "FW: ", "Automatic reply: "),
    "us": ("From:", "Sent:", "To:", "Subject:", "RE: ", "FW: ", "Automatic reply: "),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:", "答复: ", "转发: ", "自动答复: "),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "AW: ", "WG: ", "Automatische Antwort: "),
}


def outlook_sent(d: datetime, loc: str, web: bool = False, mobile: bool = False) -> str:
    if loc == "en":
        return (
            f"{WD_EN[d.weekday()]}, {d.day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M}"
            if web
            else f"{d.day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M}"
        )
    if loc == "us":
        return f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {en_ampm(d, secs=mobile)}"
    if loc == "zh":
        return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}" if not web else f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
    if loc == "de":
        return f"{WD_DE[d.weekday()]}, {d.day}. {MON_DE[d.month - 1]} {d.year} {d:%H:%M}"
    raise ValueError(loc)


OUTLOOK_STYLE_EN = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle20
\t{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>"""

OUTLOOK_STYLE_ZH = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:等线;
\tpanose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
\t{font-family:"\\@等线";
\tpanose-1:2 1 6 0 3 1 1 1 1 1;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\ttext-align:justify;
\ttext-justify:inter-ideograph;
\tfont-size:10.5pt;
\tfont-family:等线;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle19
\t{mso-style-type:personal-reply;
\tfont-family:等线;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>"""


def word_p(line: str, lang: str) -> str:
    if not line:
        return (
            '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
            if lang == "zh"
            else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        )
    if lang == "zh":
        return f'<p class="MsoNormal"><span lang="EN-US">{esc(line)}<o:p></o:p></span></p>'
    return f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>'


def outlook(spec: Spec, q: Quoted, loc: str = "en", kind: str = "desktop", forward: bool = False) -> Built:
    """kind: desktop | web | ios."""
    tz = spec.when.tzinfo
    lab = OUTLOOK_LABELS[loc]
    zh = loc == "zh"
    qd = local(q.date, tz)
    sent = outlook_sent(qd, loc, web=kind != "desktop", mobile=kind == "ios")
    to_line = f"{q.to_name} <{q.to_addr}>" if q.to_name else q.to_addr
    hdr_plain = f"{lab[0]} {q.from_name} <{q.from_addr}>\n{lab[1]} {sent}\n{lab[2]} {to_line}\n{lab[3]} {q.subject}"
    style = "outlook"
    qtext = q.text(style)
    body = spec.body.replace("\n-- \n", "\n")
    sigline = ""
    if kind == "ios":
        sigline = "获取 Outlook for iOS<https://aka.ms/o0ukef>" if zh else "Get Outlook for iOS<https://aka.ms/o0ukef>"

    # ---- text/plain
    if spec.auto:
        plain = body + "\n"
    elif spec.mode == "none":
        plain = body + (f"\n\n{sigline}" if sigline else "") + "\n"
    elif spec.mode == "inline":
        pieces = inline_merge(qtext, spec.inline, None)
        chunks = [f"{body}\n\n" if body else "\n"]
        if kind != "desktop":
            chunks.append("________________________________\n")
        chunks.append(hdr_plain + "\n\n")
        for k, c in pieces:
            chunks.append((c + "\n") if k == "q" else (c + "\n\n"))
        plain = "".join(chunks).rstrip("\n") + "\n"
    else:
        sep = "\n________________________________\n" if kind != "desktop" else "\n"
        if kind == "ios":
            sep = f"\n{sigline}\n________________________________\n"
        quote = f"{sep}{hdr_plain}\n\n{qtext}\n"
        if spec.mode == "bottom":
            plain = f"{quote.lstrip(chr(10))}\n{body}\n"
        else:
            plain = f"{body}\n{quote}"

    # ---- text/html
    if kind == "desktop":
        meta_cs = "gb2312" if zh else ("us-ascii" if is_ascii(spec.body) and is_ascii(q.html) else "utf-8")
        paras = "\n".join(word_p(x, "zh" if zh else "en") for x in body.split("\n"))
        hdr_html = (
            f'<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span lang="EN-US">{lab[0]}</span></b><span lang="EN-US"> {esc(q.from_name)} '
            f"&lt;{q.from_addr}&gt; <br>\n<b>{lab[1]}</b> {sent}<br>\n<b>{lab[2]}</b> {esc(to_line)}<br>\n"
            f"<b>{lab[3]}</b> {esc(q.subject)}<o:p></o:p></span></p>\n</div>\n</div>\n"
            f'<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n'
        )
        if spec.auto:
            inner = paras
        elif spec.mode == "none":
            inner = paras
        elif spec.mode == "inline":
            pieces = inline_merge(qtext, spec.inline, None)
            segs = []
            for k, c in pieces:
                if k == "q":
                    segs.extend(word_p(x, "zh" if zh else "en") for x in c.split("\n"))
                else:
                    for x in c.split("\n"):
                        segs.append(
                            f'<p class="MsoNormal"><b><span style="color:#C00000">{esc(x)}</span></b>'
                            f'<span lang="EN-US"><o:p></o:p></span></p>'
                        )
            inner = paras + "\n" + hdr_html + "\n".join(segs)
        elif spec.mode == "bottom":
            inner = hdr_html + q.html + "\n" + paras
        else:
            inner = paras + "\n" + hdr_html + q.html
        htm = (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f"{OUTLOOK_STYLE_ZH if zh else OUTLOOK_STYLE_EN}<!--[if gte mso 9]><xml>\n"
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
            f'</head>\n<body lang="{"ZH-CN" if zh else "EN-GB"}" link="#0563C1" vlink="#954F72" '
            f'style="word-wrap:break-word{";text-justify-trim:punctuation" if zh else ""}">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
        )
        frag = inner
    else:
        font = (
            "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
            "font-size: 12pt; color: rgb(0, 0, 0);"
        )
        paras = "\n".join(
            f'<div class="elementToProof" style="{font}">{esc(x) if x else "<br>"}</div>' for x in body.split("\n")
        )
        if kind == "ios":
            paras = "\n".join(f'<div dir="ltr">{esc(x) if x else "<br>"}</div>' for x in body.split("\n"))
            paras += (
                '\n<div dir="ltr"><br></div>\n<div class="ms-outlook-mobile-signature"><div dir="ltr">'
                + (
                    '获取 <a href="https://aka.ms/o0ukef">Outlook for iOS</a>'
                    if zh
                    else 'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a>'
                )
                + "</div></div>"
            )
        hdr_html = (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>{lab[0]}</b> {esc(q.from_name)} &lt;{q.from_addr}&gt;<br>\n<b>{lab[1]}</b> '
            f"{sent}<br>\n<b>{lab[2]}</b> {esc(to_line)}<br>\n<b>{lab[3]}</b> {esc(q.subject)}</font>\n"
            "<div>&nbsp;</div>\n</div>\n"
        )
        if spec.auto or spec.mode == "none":
            inner = paras
        elif spec.mode == "bottom":
            inner = hdr_html + q.html + "\n" + paras
        elif spec.mode == "inline":
            pieces = inline_merge(qtext, spec.inline, None)
            segs = []
            for k, c in pieces:
                if k == "q":
                    segs.append("<div>" + "<br>\n".join(esc(x) for x in c.split("\n")) + "</div>")
                else:
                    segs.append(
                        f'<div style="color: rgb(192, 0, 0);"><b>{"<br>".join(esc(x) for x in c.split(chr(10)))}'
                        "</b></div>"
                    )
            inner = paras + "\n" + hdr_html + "\n".join(segs)
        else:
            inner = paras + "\n" + hdr_html + q.html
        htm = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{inner}\n</body>\n</html>\n'
        )
        frag = inner

    # ---- headers
    if spec.auto:
        subj = lab[6] + q.subject
    elif forward:
        subj = lab[5] + q.subject
    else:
        subj = spec.subject or reply_subject(lab[4], q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    host = {"zh": "SG2PR06MB", "de": "FR3P281MB", "en": "DB9PR01MB", "us": "BN8PR12MB"}[loc]
    server = f"{host}{int(h(spec.key, 'ol-srv', 6), 16) % 9000 + 1000}"
    msgid = f"<{server}{h(spec.key, 'ol-id', 24).upper()}@{server}.{'apcprd06' if zh else 'eurprd01'}.prod.outlook.com>"
    if kind == "desktop":
        cs = "gb2312" if zh else ("us-ascii" if is_ascii(plain) else "utf-8")
        cte = "base64" if zh else "quoted-printable"
    else:
        cs = "utf-8" if not is_ascii(plain) else "iso-8859-1"
        cte = "base64" if zh else "quoted-printable"
    hcs = "gb2312" if zh else "utf-8"
    tidx = base64.b64encode(bytes.fromhex(h(spec.key, "ol-ti", 44))).decode()
    headers = [
        ("From", addr(spec.name, spec.addr, hcs)),
        ("To", f'"{spec.token}"\n\t<{spec.token}>'),
        ("Subject", enc_word(subj, hcs)),
        ("Thread-Topic", enc_word(q.subject if not spec.auto else subj, hcs)),
        ("Thread-Index", tidx),
        ("Date", rfc_date(spec.when)),
        ("Message-ID", msgid),
    ]
    if refs and not forward:
        headers += [("References", " ".join(refs)), ("In-Reply-To", q.msgid or refs[-1])]
    lang_hdr = {"zh": "zh-CN", "en": "en-GB", "us": "en-US", "de": "de-DE"}[loc]
    headers += [("Accept-Language", f"{lang_hdr}, en-US"), ("Content-Language", lang_hdr)]
    if spec.auto:
        headers += [
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", spec.addr),
        ]
    headers += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if kind != "desktop":
        headers.append(("msip_labels", ""))
    boundary = f"_000_{server}{h(spec.key, 'ol-b', 20).upper()}_"
    cs1, p1 = part("text/plain", cs, cte, plain)
    html_cs = cs if kind == "desktop" else "utf-8"
    cs2, p2 = part("text/html", html_cs, cte, htm)
    headers += [("Content-Type", f'multipart/alternative;\n\tboundary="{boundary}"'), ("MIME-Version", "1.0")]
    raw = finish(headers, alternative(boundary, [p1, p2]))
    client_fmt = fmt_of("alt", cs1, cte)
    return Built(
        raw,
        client_fmt,
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, frag, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# Apple Mail (macOS) and iPhone Mail (iOS)


def apple_attr(q: Quoted, loc: str, tz: timezone, ios: bool) -> str:
    d = local(q.date, tz)
    who = f"{q.from_name} <{q.from_addr}>"
    if loc == "zh":
        if ios:
            return f"在 {d.year}年{d.month}月{d.day}日，{d:%H:%M}，{who} 写道："
        return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}，{who} 写道："
    if loc == "us":
        return f"On {MON_EN[d.month - 1][:3]} {d.day}, {d.year}, at {en_ampm(d)}, {who} wrote:"
    return f"On {d.day} {MON_EN[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {who} wrote:"


def apple_compose_html(text: str, ios: bool) -> str:
    ls = text.split("\n")
    if ios:
        return "".join(f'<div dir="ltr">{esc(x) if x else "<br>"}</div>' for x in ls)
    out = esc(ls[0]) if ls[0] else "<br>"
    for line in ls[1:]:
        out += f"<div>{esc(line) if line else '<br>'}</div>"
    return out


def apple(spec: Spec, q: Quoted, loc: str = "en", ios: bool = False) -> Built:
    tz = spec.when.tzinfo
    attr = apple_attr(q, loc, tz, ios)
    qtext = q.text("apple")
    body = spec.body.replace("\n-- \n", "\n-- \n")
    sent_from = ("发自我的iPhone" if loc == "zh" else "Sent from my iPhone") if ios else ""
    bom = "\ufeff" if ios else ""
    qblock = gt(f"{attr}\n\n{bom}{qtext}", "> ", "> ")
    # ---- plain
    if spec.mode == "none":
        plain = body + (f"\n\n{sent_from}" if sent_from else "") + "\n"
    elif spec.mode == "bottom":
        plain = f"{qblock}\n\n{body}" + (f"\n\n{sent_from}" if sent_from else "") + "\n"
    elif spec.mode == "inline":
        pieces = inline_merge(f"{attr}\n\n{bom}{qtext}", spec.inline, None)
        out = [body + "\n\n" if body else ""]
        for k, c in pieces:
            out.append(gt(c, "> ", "> ") + "\n" if k == "q" else "\n" + c + "\n\n")
        plain = "".join(out).rstrip("\n") + "\n"
    else:
        plain = body + (f"\n\n{sent_from}" if sent_from else "") + f"\n\n{qblock}\n"
    # ---- html
    comp = apple_compose_html(body, ios)
    if ios:
        sf = f'<div dir="ltr"><br><div dir="ltr">{esc(sent_from)}</div>'
        qh = (
            f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{bom}{q.html}</div></blockquote>'
        )
        if spec.mode == "none":
            inner = f"{comp}{sf}</div>"
        elif spec.mode == "bottom":
            inner = f"{qh}{comp}{sf}</div>"
        elif spec.mode == "inline":
            raise ValueError("inline on iOS not used")
        else:
            inner = f"{comp}{sf}{qh}</div>"
        htm = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{inner}</body></html>'
        )
    else:
        qh = (
            f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
            f"<div>{q.html}</div></blockquote></div><br>"
        )
        if spec.mode == "none":
            inner = comp
        elif spec.mode == "bottom":
            inner = (
                f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{q.html}</div></blockquote></div><div><br></div><div>{comp}</div>"
            )
        elif spec.mode == "inline":
            pieces = inline_merge(f"{attr}\n\n{qtext}", spec.inline, None)
            segs = [comp + "<div><br></div>" if body else ""]
            for k, c in pieces:
                if k == "q":
                    segs.append(
                        '<blockquote type="cite"><div>'
                        + "<br>".join(esc(x) for x in c.split("\n"))
                        + "</div></blockquote>"
                    )
                else:
                    segs.append(f"<div><br></div><div>{apple_compose_html(c, False)}</div><div><br></div>")
            inner = "".join(segs)
        else:
            inner = comp + qh
        htm = (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{inner}</body></html>'
        )
    subj = spec.subject or reply_subject("回复：" if loc == "zh" else "Re: ", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    msgid = (
        f"<{huuid(spec.key, 'apple-id')}@icloud.com>"
        if ios or spec.addr.endswith(("icloud.com", "me.com"))
        else f"<{huuid(spec.key, 'apple-id')}@{spec.addr.split('@')[1]}>"
    )
    if ios:
        boundary = f"Apple-Mail-{huuid(spec.key, 'apple-b')}"
        headers = [
            ("Content-Type", f"multipart/alternative; boundary={boundary}"),
            ("Content-Transfer-Encoding", "7bit"),
            ("From", addr(spec.name, spec.addr, "utf-8")),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", rfc_date(spec.when)),
            ("Subject", enc_word(subj, "utf-8")),
            ("Message-Id", msgid),
        ]
        if refs:
            headers += [("References", " ".join(refs)), ("In-Reply-To", q.msgid)]
        headers += [("To", spec.token), ("X-Mailer", "iPhone Mail (22B91)")]
    else:
        boundary = f"Apple-Mail={huuid(spec.key, 'apple-b')}"
        headers = [
            ("Content-Type", f'multipart/alternative;\n\tboundary="{boundary}"'),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
            ("Subject", enc_word(subj, "utf-8")),
            ("From", addr(spec.name, spec.addr, "utf-8")),
        ]
        if refs:
            headers.append(("In-Reply-To", q.msgid))
        headers += [("Date", rfc_date(spec.when)), ("Content-Transfer-Encoding", "7bit"), ("Message-Id", msgid)]
        if refs:
            headers.append(("References", " ".join(refs)))
        headers += [("To", spec.token), ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    cs1, p1 = part("text/plain", "utf-8", "quoted-printable", plain, apple=True, cs_quote=False, fold=not ios)
    _, p2 = part("text/html", "utf-8", "quoted-printable", htm, apple=True, cs_quote=False, fold=not ios)
    raw = finish(headers, alternative(boundary, [p1, p2]))
    return Built(
        raw,
        fmt_of("alt", cs1, "quoted-printable"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, inner, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# QQ Mail (web, zh and en UI), QQ Mail app; "wechat" = text pasted from WeChat into the QQ Mail app


def qq_block(q: Quoted, tz: timezone, en: bool, app: bool) -> tuple[str, str]:
    d = local(q.date, tz)
    nb = " " if app else "&nbsp;"
    if en:
        date = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        labs = ("Original", "From:", "Date:", "To:", "Subject:")
    else:
        date = (
            f"{d.year}年{d.month}月{d.day}日(星期{WD_ZH[d.weekday()]}) {zh_ampm(d)}"
            if not app
            else f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
        )
        labs = ("原始邮件", "发件人:", "发送时间:", "收件人:", "主题:")
    to = f'"{q.to_name}"<{q.to_addr}>' if q.to_name else f"<{q.to_addr}>"
    if app:
        plain = (
            f"------------------ {labs[0]} ------------------\n{labs[1]} {q.from_name} <{q.from_addr}>\n"
            f"{labs[2]} {date}\n{labs[3]} {to}\n{labs[4]} {q.subject}\n"
        )
    else:
        plain = (
            f'------------------{nb}{labs[0]}{nb}------------------\n{labs[1]} "{q.from_name}"'
            f"<{q.from_addr}>;\n{labs[2]}{nb}{date}\n{labs[3]}{nb}{to};\n\n{labs[4]}{nb}{q.subject}\n"
        )
    hb = (
        '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;'
        f'{labs[0]}&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
        f'<div><b>{labs[1]}</b>&nbsp;"{esc(q.from_name)}"&lt;{q.from_addr}&gt;;</div>'
        f"<div><b>{labs[2]}</b>&nbsp;{date}</div><div><b>{labs[3]}</b>&nbsp;{esc(to)};<wbr></div><div></div>"
        f"<div><b>{labs[4]}</b>&nbsp;{esc(q.subject)}</div></div><div><br></div>"
    )
    return plain, hb


def qq(spec: Spec, q: Quoted, en: bool = False, app: bool = False, forward: bool = False) -> Built:
    tz = spec.when.tzinfo
    bplain, bhtml = qq_block(q, tz, en, app)
    qtext = q.text("qq")
    body = spec.body
    if spec.mode == "none" or spec.auto:
        plain = body + "\n"
        htm_inner = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    else:
        gap = "\n\n\n\n" if app else "\n\n\n\n\n\n"
        plain = f"{body}{gap}{bplain}\n\n\n{qtext}\n"
        htm_inner = (
            "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
            + "<div><br></div><div><br></div>"
            + bhtml
            + q.html
        )
    charset = "utf-8" if app else "gb18030"
    htm = f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}">{htm_inner}'
    if forward:
        subj = ("Fw:" if en else "转发：") + q.subject
    elif spec.auto:
        subj = "自动回复：" + q.subject
    else:
        subj = spec.subject or (("Re:" if en else "回复：") + q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    msgid = f"<tencent_{h(spec.key, 'qq-id', 40).upper()}@qq.com>"
    boundary = f"----=_NextPart_{h(spec.key, 'qq-b1', 8).upper()}_{h(spec.key, 'qq-b2', 8).upper()}_{h(spec.key, 'qq-b3', 8).upper()}"
    headers = [
        ("From", addr(spec.name, spec.addr, charset, quote_name=True)),
        ("To", f'"{spec.token}"<{spec.token}>'),
        ("Subject", enc_word(subj, charset)),
        ("Mime-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;\n\tboundary="{boundary}"'),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", rfc_date(spec.when)),
        ("X-Priority", "3"),
        ("Message-ID", msgid),
    ]
    if refs and not forward:
        headers += [("References", " ".join(refs)), ("In-Reply-To", q.msgid)]
    headers += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    cs1, p1 = part("text/plain", charset, "base64", plain, fold=True)
    _, p2 = part("text/html", charset, "base64", htm, fold=True)
    raw = finish(headers, alternative(boundary, [p1, p2], "This is a multi-part message in MIME format.\n"))
    return Built(
        raw,
        fmt_of("alt", cs1, "base64"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, htm_inner, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# NetEase: 163 webmail (Coremail) and Mail Master (网易邮箱大师)


def netease(spec: Spec, q: Quoted) -> Built:
    tz = spec.when.tzinfo
    d = local(q.date, tz)
    attr = f'在 {d:%Y-%m-%d %H:%M:%S}，"{q.from_name}" <{q.from_addr}> 写道：'
    qtext = q.text("netease")
    body = spec.body
    comp = "".join(f'<p style="margin: 0;">{esc(x) if x else "<br>"}</p>' for x in body.split("\n"))
    qh = (
        f'<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
        f'<p>{esc(attr)}</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
        f'BORDER-LEFT: #ccc 1px solid">{q.html}</blockquote>'
    )
    if spec.mode == "none":
        plain = body + "\n"
        inner = comp
    elif spec.mode == "bottom":
        plain = f"{attr}\n{gt(qtext, '>', '>')}\n\n{body}\n"
        inner = qh + "<br>" + comp
    else:
        plain = f"{body}\n\n\n\n\n\n\n\n\n\n\n\n\n{attr}\n{gt(qtext, '>', '>')}\n"
        inner = comp + qh
    htm = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{inner}</div>'
    subj = spec.subject or reply_subject("Re:", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    user = spec.addr.split("@")[0]
    msgid = f"<{h(spec.key, 'ne-1', 8)}.{h(spec.key, 'ne-2', 4)}.19{h(spec.key, 'ne-3', 9)}.Coremail.{user}@163.com>"
    stamp = int(spec.when.timestamp() * 1000)
    boundary = f"----=_Part_{int(h(spec.key, 'ne-b', 6), 16) % 900000 + 100000}_{int(h(spec.key, 'ne-c', 8), 16) % 900000000 + 100000000}.{stamp}"
    headers = [
        ("Date", rfc_date(spec.when, " (CST)")),
        ("From", addr(spec.name, spec.addr, "GBK", quote_name=False)),
        ("To", spec.token),
        ("Subject", enc_word(subj, "GBK")),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n Copyright (c) 2002-2026 www.mailtech.cn 163com",
        ),
    ]
    if refs:
        headers += [("In-Reply-To", q.msgid), ("References", " ".join(refs))]
    headers += [
        ("X-NTES-SC", "AL_Qu2" + b64id(spec.key, "ntes", 60)),
        ("Content-Type", f'multipart/alternative; \n\tboundary="{boundary}"'),
        ("MIME-Version", "1.0"),
        ("Message-ID", msgid),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    cs1, p1 = part("text/plain", "GBK", "base64", plain, cs_quote=False)
    _, p2 = part("text/html", "GBK", "base64", htm, cs_quote=False)
    raw = finish(headers, alternative(boundary, [p1, p2]))
    return Built(
        raw,
        fmt_of("alt", cs1, "base64"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, inner, msgid, refs, plain.rstrip("\n")),
    )


def mailmaster(spec: Spec, q: Quoted) -> Built:
    tz = spec.when.tzinfo
    d = local(q.date, tz)
    date = f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"
    to = f"{q.to_name}<{q.to_addr}>" if q.to_name else q.to_addr
    card_plain = (
        f"---- 回复的原邮件 ----\n| 发件人 | {q.from_name}<{q.from_addr}> |\n| 日期 | {date} |\n"
        f"| 收件人 | {to} |\n| 主题 | {q.subject} |"
    )
    qtext = q.text("netease")
    body = spec.body
    sig = "发自网易邮箱大师"
    plain = f"{body}\n\n{sig}\n{card_plain}\n{qtext}\n"
    comp = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    card = (
        '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
        "border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;"
        "font-family:'微软雅黑';\"><div style=\"font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;"
        'margin-right:10px">---- 回复的原邮件 ----</div><table class="J-mail-card" style="font-size:12px;'
        'margin-left:10px;"><tbody>'
        f'<tr><td style="color:#a0a0a0;">发件人</td><td>{esc(q.from_name)}&lt;{q.from_addr}&gt;</td></tr>'
        f'<tr><td style="color:#a0a0a0;">日期</td><td>{date}</td></tr>'
        f'<tr><td style="color:#a0a0a0;">收件人</td><td>{esc(to)}</td></tr>'
        f'<tr><td style="color:#a0a0a0;">主题</td><td>{esc(q.subject)}</td></tr></tbody></table></div>'
    )
    inner = (
        comp
        + f'<div class="NETEASEMAILMASTERLOCALSIGNATURE"><div style="font-size:14px;">{sig}</div></div>'
        + card
        + f'<blockquote id="ntes-iosmail-quote" style="margin: 0">{q.html}</blockquote>'
    )
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div style="font-size: 14px;">{inner}</div></body></html>'
    )
    subj = spec.subject or reply_subject("回复：", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    msgid = f"<{h(spec.key, 'mm-1', 8)}.{h(spec.key, 'mm-2', 4)}.19{h(spec.key, 'mm-3', 9)}.Coremail.{spec.addr.split('@')[0]}@163.com>"
    boundary = f"----=_Part_{h(spec.key, 'mm-b', 16)}"
    headers = [
        ("Date", rfc_date(spec.when)),
        ("From", addr(spec.name, spec.addr, "UTF-8")),
        ("To", spec.token),
        ("Message-ID", msgid),
    ]
    if refs:
        headers += [("In-Reply-To", q.msgid), ("References", " ".join(refs))]
    headers += [
        ("Subject", enc_word(subj, "UTF-8")),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
        ("X-Mailer", "MailMaster(iOS) 7.19.4"),
    ]
    cs1, p1 = part("text/plain", "UTF-8", "base64", plain)
    _, p2 = part("text/html", "UTF-8", "base64", htm)
    raw = finish(headers, alternative(boundary, [p1, p2]))
    return Built(
        raw,
        fmt_of("alt", cs1, "base64"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, inner, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# Foxmail (Windows, 7.2)


def foxmail(spec: Spec, q: Quoted) -> Built:
    tz = spec.when.tzinfo
    d = local(q.date, tz)
    sent = f"{d:%Y-%m-%d} {d:%H:%M}"
    to = q.to_name or q.to_addr
    body = spec.body
    today = f"{spec.when:%Y-%m-%d}"
    sig_plain = f"\n\n{today}\n\n\n\n{spec.addr}\n"
    card_plain = f" \n发件人： {q.from_name}\n发送时间： {sent}\n收件人： {to}\n主题： {q.subject}\n"
    qtext = q.text("foxmail")
    if spec.mode == "none":
        plain = f"{body}\n{sig_plain}"
    else:
        plain = f"{body}\n{sig_plain}{card_plain}{qtext}\n"
    comp = "".join(f"<div>{('<span></span>' + esc(x)) if x else '<br>'}</div>\n" for x in body.split("\n"))
    sig_html = (
        '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{today}</div>'
        f"<div><br></div><div>{spec.addr}</div></div></span></div>\n"
    )
    card = (
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
        '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
        'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f'<div><b>发件人：</b>&nbsp;<a href="mailto:{q.from_addr}">{esc(q.from_name)}</a></div>'
        f"<div><b>发送时间：</b>&nbsp;{d:%Y-%m-%d}&nbsp;{d:%H:%M}</div>"
        f'<div><b>收件人：</b>&nbsp;<a href="mailto:{q.to_addr}">{esc(to)}</a></div>'
        f"<div><b>主题：</b>&nbsp;{esc(q.subject)}</div></div></div><div><div>{q.html}</div></div></blockquote>\n"
    )
    inner = comp + sig_html + ("" if spec.mode == "none" else card)
    htm = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { '
        "line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { "
        'font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
        f"</head><body>\n{inner}</body></html>"
    )
    subj = spec.subject or reply_subject("回复: ", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    stamp = spec.when.strftime("%Y%m%d%H%M%S")
    msgid = f"<{stamp}{int(h(spec.key, 'fx-id', 8), 16) % 10**7:07d}@foxmail.com>"
    boundary = f"----=_001_NextPart{int(h(spec.key, 'fx-b', 10), 16) % 10**12:012d}_=----"
    headers = [
        ("Date", rfc_date(spec.when)),
        ("From", f'"{spec.addr}" <{spec.addr}>'),
        ("To", spec.token),
        ("Subject", enc_word(subj, "GB2312")),
    ]
    if refs:
        headers.append(("References", " ".join(refs)))
    headers += [
        ("X-Priority", "3"),
        ("X-GUID", huuid(spec.key, "fx-guid")),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", msgid),
        ("Content-Type", f'multipart/alternative;\n\tboundary="{boundary}"'),
    ]
    cs1, p1 = part("text/plain", "GB2312", "base64", plain, fold=True)
    _, p2 = part("text/html", "GB2312", "quoted-printable", htm, fold=True)
    raw = finish(headers, alternative(boundary, [p1, p2], "This is a multi-part message in MIME format.\n"))
    return Built(
        raw,
        fmt_of("alt", cs1, "base64"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, inner, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# Yahoo Mail (web, Android app)


def yahoo(spec: Spec, q: Quoted, android: bool = False) -> Built:
    tz = spec.when.tzinfo
    d = local(q.date, tz)
    tzname = "GMT" if (d.utcoffset() or timedelta(0)) == timedelta(0) else d.strftime("%z")
    if android:
        attr = f"On {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day} {MON_EN[d.month - 1][:3]} {d.year} at {d.hour}:{d.minute:02d}, {q.from_name}<{q.from_addr}> wrote:"
    else:
        attr = f"On {WD_EN[d.weekday()]}, {d.day} {MON_EN[d.month - 1]} {d.year} at {d:%H:%M:%S} {tzname}, {q.from_name} <{q.from_addr}> wrote:"
    qtext = q.text("yahoo")
    body = spec.body
    sent_from = "Sent from Yahoo Mail on Android" if android else ""
    comp = "".join(f'<div dir="ltr" data-setdir="false">{esc(x) if x else "<br>"}</div>' for x in body.split("\n"))
    qid = int(h(spec.key, "y-q", 8), 16) % 10**10
    if android:
        quote_plain = f"  {attr}  \n{gt(qtext, '  ', '  ')}"
        qh = (
            f'<div id="yahoo_quoted_{qid}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
            f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div>'
            f"<div><br></div><div>{q.html}</div></div></div>"
        )
    else:
        quote_plain = f"    {attr}  \n \n \n{qtext}"
        qh = (
            f'<div id="yahoo_quoted_{qid}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
            f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div>'
            f"<div><br></div><div>{q.html}</div></div></div>"
        )
    sf_plain = f"\n\n{sent_from}" if sent_from else ""
    sf_html = (
        (
            f'<div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement'
            f"&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;"
            f'af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">'
            f"Sent from Yahoo Mail on Android</a></div>"
        )
        if sent_from
        else ""
    )
    if spec.mode == "none":
        plain = f"{body}{sf_plain}\n"
        inner = comp + sf_html
    elif spec.mode == "bottom":
        plain = f"{quote_plain}\n\n{body}{sf_plain}\n"
        inner = qh + comp + sf_html
    else:
        plain = f"{body}{sf_plain}\n\n{quote_plain}\n"
        inner = comp + sf_html + "<br><br>" + qh
    htm = (
        '<html><head></head><body><div class="ydp'
        + h(spec.key, "ydp", 8)
        + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + inner
        + "</div></body></html>"
    )
    subj = spec.subject or reply_subject("Re: ", q.subject)
    refs = [r for r in (q.refs + [q.msgid]) if r]
    stamp = int(spec.when.timestamp() * 1000)
    msgid = f"<{int(h(spec.key, 'y-id', 10), 16) % 10**10}.{int(h(spec.key, 'y-id2', 8), 16) % 10**7}.{stamp}@mail.yahoo.com>"
    boundary = f"----=_Part_{int(h(spec.key, 'y-b', 8), 16) % 10**7}_{int(h(spec.key, 'y-b2', 8), 16) % 10**9}.{stamp}"
    headers = [
        ("Date", rfc_date(spec.when, " (UTC)")),
        ("From", addr(spec.name, spec.addr)),
        ("To", f'"{spec.token}" <{spec.token}>'),
        ("Message-ID", msgid),
    ]
    if refs:
        headers += [("In-Reply-To", q.msgid), ("References", " ".join(refs))]
    headers += [
        ("Subject", enc_word(subj)),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; \n\tboundary="{boundary}"'),
        ("X-Mailer", "WebService/1.1.24652 YMailNorrin" if not android else "WebService/1.1.24652 YMailAndroidMobile"),
    ]
    cs1, p1 = part("text/plain", "UTF-8", "quoted-printable", plain)
    _, p2 = part("text/html", "UTF-8", "quoted-printable", htm)
    raw = finish(headers, alternative(boundary, [p1, p2]))
    return Built(
        raw,
        fmt_of("alt", cs1, "quoted-printable"),
        Quoted(spec.name, spec.addr, "", spec.token, spec.when, subj, inner, msgid, refs, plain.rstrip("\n")),
    )


# --------------------------------------------------------------------------------------------------------------
# dispatch

CLIENTS = {
    "gmail": lambda s, q: gmail(s, q, "en"),
    "gmail-us": lambda s, q: gmail(s, q, "us"),
    "gmail-zh": lambda s, q: gmail(s, q, "zh"),
    "gmail-de": lambda s, q: gmail(s, q, "de"),
    "gmail-fr": lambda s, q: gmail(s, q, "fr"),
    "gmail-plain": lambda s, q: gmail(s, q, "en", plain_only=True),
    "outlook": lambda s, q: outlook(s, q, "en", "desktop"),
    "outlook-us": lambda s, q: outlook(s, q, "us", "desktop"),
    "outlook-zh": lambda s, q: outlook(s, q, "zh", "desktop"),
    "outlook-de": lambda s, q: outlook(s, q, "de", "desktop"),
    "owa": lambda s, q: outlook(s, q, "us", "web"),
    "owa-zh": lambda s, q: outlook(s, q, "zh", "web"),
    "outlook-ios": lambda s, q: outlook(s, q, "us", "ios"),
    "apple": lambda s, q: apple(s, q, "en"),
    "apple-zh": lambda s, q: apple(s, q, "zh"),
    "iphone": lambda s, q: apple(s, q, "en", ios=True),
    "iphone-zh": lambda s, q: apple(s, q, "zh", ios=True),
    "qq": lambda s, q: qq(s, q),
    "qq-en": lambda s, q: qq(s, q, en=True),
    "qq-app": lambda s, q: qq(s, q, app=True),
    "wechat": lambda s, q: qq(s, q, app=True),
    "163": lambda s, q: netease(s, q),
    "mailmaster": lambda s, q: mailmaster(s, q),
    "foxmail": lambda s, q: foxmail(s, q),
    "yahoo": lambda s, q: yahoo(s, q),
    "yahoo-android": lambda s, q: yahoo(s, q, android=True),
}

FORWARDERS = {
    "gmail": lambda s, q: gmail(s, q, "en", forward=True),
    "gmail-zh": lambda s, q: gmail(s, q, "zh", forward=True),
    "outlook": lambda s, q: outlook(s, q, "en", "desktop", forward=True),
    "outlook-zh": lambda s, q: outlook(s, q, "zh", "desktop", forward=True),
    "owa": lambda s, q: outlook(s, q, "us", "web", forward=True),
    "qq": lambda s, q: qq(s, q, forward=True),
}
