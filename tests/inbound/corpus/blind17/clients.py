"""How each mail client builds a reply (blind17).

Written from what these clients are known to send: their header order, Message-ID and boundary shapes,
how they render the quoted HTML invitation into their text/plain alternative, their attribution lines or
header blocks in the UI language, their HTML wrappers, charsets and transfer encodings. Everything is
derived from a reply's key, so the output is the same bytes on every run.

A builder gets a `Ctx` and returns `(raw_bytes, format)`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INVITE_ID = "<invitation-1@hr.example.com>"

# --------------------------------------------------------------------------------------------------------------
# the invitation being replied to


@dataclass(frozen=True)
class Invitation:
    lang: str
    from_name: str
    from_addr: str
    subject: str
    sent: datetime
    text: str
    html: str


def _read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


INVITATIONS = {
    "en": Invitation(
        "en",
        "Recruiting Team",
        "hr@hr.example.com",
        "Re-interview invitation: Support desk",
        datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc),
        _read("invitation.en.txt"),
        _read("invitation.en.html"),
    ),
    "zh": Invitation(
        "zh",
        "招聘团队",
        "hr@hr.example.com",
        "重新面试邀请：电商客服专员",
        datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=8))),
        _read("invitation.zh.txt"),
        _read("invitation.zh.html"),
    ),
}


@dataclass(frozen=True)
class Writer:
    name: str
    addr: str
    tz: int  # minutes east of UTC (fixed: no DST change between 26 Nov and 5 Dec)
    loc: str  # us | gb | de | zh  (UI language and date style of the client)
    org: str = ""  # organisation, for corporate Exchange message ids


@dataclass
class Ctx:
    n: int
    key: str
    inv: Invitation
    who: Writer
    date: datetime
    body: str
    quote: str  # top | bottom | none | inline
    to_addr: str
    extra: dict = field(default_factory=dict)

    def h(self, salt: str = "") -> str:
        return hashlib.sha256(f"blind17/{self.key}/{salt}".encode()).hexdigest()

    @property
    def local_sent(self) -> datetime:
        return self.inv.sent.astimezone(timezone(timedelta(minutes=self.who.tz)))


# --------------------------------------------------------------------------------------------------------------
# small helpers: encodings and headers

CRLF = "\r\n"


def codec(charset: str) -> str:
    c = charset.lower()
    return {"gb2312": "gbk", "us-ascii": "ascii", "iso-8859-1": "latin-1"}.get(c, c)  # Outlook writes cp936 as gb2312


def payload(text: str, charset: str, cte: str) -> str:
    data = text.replace("\r\n", "\n").encode(codec(charset))
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        out = data
    s = out.decode("utf-8") if cte == "8bit" else out.decode("ascii")
    s = s.replace("\n", CRLF)
    if not s.endswith(CRLF):
        s += CRLF
    return s


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def ew(s: str, charset: str = "UTF-8", enc: str = "B") -> str:
    """RFC 2047 encoded words, split on character boundaries so no word exceeds 75 chars."""
    words: list[str] = []
    chunk = ""

    def word(t: str) -> str:
        b = t.encode(codec(charset))
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        q = "".join(
            chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "!*+-/" else ("_" if x == 32 else f"={x:02X}")
            for x in b
        )
        return f"=?{charset}?Q?{q}?="

    for ch in s:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return (CRLF + " ").join(words)


def addr(name: str, email: str, charset: str = "UTF-8", enc: str = "B") -> str:
    if not name:
        return email
    if not is_ascii(name):
        return f"{ew(name, charset, enc)} <{email}>"
    if re.search(r'[,.;:@"()\[\]<>]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s: str, charset: str = "UTF-8", enc: str = "B") -> str:
    return s if is_ascii(s) else ew(s, charset, enc)


def fold(name: str, value: str) -> str:
    """Fold a long unstructured ASCII header at spaces (values already encoded are passed through)."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "=?" in value or CRLF in value:
        return line
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return CRLF.join(out)


def headers(pairs: list[tuple[str, str]]) -> str:
    return CRLF.join(fold(k, v) for k, v in pairs) + CRLF


def date_hdr(dt: datetime, yahoo: bool = False) -> str:
    s = format_datetime(dt)
    return s + " (UTC)" if yahoo and dt.utcoffset() == timedelta(0) else s


def uuid_upper(h: str) -> str:
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}".upper()


def uuid_lower(h: str) -> str:
    return uuid_upper(h).lower()


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b62(h: str, n: int) -> str:
    v = int(h, 16)
    out = []
    for _ in range(n):
        v, r = divmod(v, 62)
        out.append(B62[r])
    return "".join(out)


def digits(h: str, n: int) -> str:
    return str(int(h, 16))[:n].rjust(n, "7")


def ms(dt: datetime) -> str:
    return str(int(dt.timestamp() * 1000) + int(digits("abc", 3)) % 1000)


# --------------------------------------------------------------------------------------------------------------
# dates as each client writes them

MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = "January February March April May June July August September October November December".split()
DOW = "Mon Tue Wed Thu Fri Sat Sun".split()
DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
TAG = "Mo Di Mi Do Fr Sa So".split()
TAG_LONG = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MONAT = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
MONAT_LONG = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
ZHW = "一二三四五六日"


def h12(dt: datetime, sep: str = " ", secs: bool = False) -> str:
    h = dt.hour % 12 or 12
    s = f":{dt.second:02d}" if secs else ""
    return f"{h}:{dt.minute:02d}{s}{sep}{'AM' if dt.hour < 12 else 'PM'}"


def h24(dt: datetime, secs: bool = False) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}" + (f":{dt.second:02d}" if secs else "")


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def tzname_yahoo(dt: datetime) -> str:
    off = int(dt.utcoffset().total_seconds() // 60)
    names = {0: "GMT", -300: "EST", -360: "CST", -480: "PST", 60: "WAT", 330: "IST", 660: "AEDT"}
    if off in names:
        return names[off]
    h, m = divmod(abs(off), 60)
    return f"GMT{'+' if off >= 0 else '-'}{h}" + (f":{m:02d}" if m else "")


def gmt_paren(dt: datetime) -> str:
    off = int(dt.utcoffset().total_seconds() // 60)
    h, m = divmod(abs(off), 60)
    return f"(GMT{'+' if off >= 0 else '-'}{h:02d}:{m:02d})"


# --------------------------------------------------------------------------------------------------------------
# the invitation's HTML, parsed once into blocks, then rendered as each client renders HTML to text


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list = []
        self.cur: list | None = None
        self.bold = 0
        self.href: str | None = None
        self.lst: tuple | None = None
        self.table: list | None = None
        self.row: list | None = None
        self.cell: list | None = None
        self.body = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.body = True
        if not self.body:
            return
        if tag in ("p", "h3", "li"):
            self.cur = []
        elif tag in ("ol", "ul"):
            self.lst = (tag, [])
        elif tag == "strong":
            self.bold += 1
        elif tag == "br" and self.cur is not None:
            self.cur.append(("br",))
        elif tag == "a":
            self.href = a.get("href")
        elif tag == "table":
            self.table = []
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "hr":
            self.blocks.append(("hr",))

    def handle_endtag(self, tag):
        if tag == "p":
            self.blocks.append(("p", self.cur))
            self.cur = None
        elif tag == "h3":
            self.blocks.append(("h", self.cur))
            self.cur = None
        elif tag == "li":
            self.lst[1].append(self.cur)
            self.cur = None
        elif tag in ("ol", "ul"):
            self.blocks.append(self.lst)
            self.lst = None
        elif tag == "strong":
            self.bold -= 1
        elif tag == "a":
            self.href = None
        elif tag in ("td", "th"):
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr":
            self.table.append(self.row)
        elif tag == "table":
            self.blocks.append(("table", self.table))
            self.table = None

    def handle_data(self, data):
        target = self.cell if self.cell is not None else self.cur
        if target is None:
            return
        text = re.sub(r"\s+", " ", data)
        if self.href:
            target.append(("a", text, self.href))
        else:
            target.append(("t", text, self.bold > 0))


@dataclass(frozen=True)
class TextStyle:
    bold: str = ""
    ol: str = "{n}. {t}"
    ul: str = "- {t}"
    cell_sep: str | None = "\t"  # None: one cell per line
    hr: str = ""
    link: str = "plain"  # plain | angle | outlook
    wrap: int = 0


STYLES = {
    "gmail": TextStyle(
        bold="*", ol="   {n}. {t}", ul="   - {t}", cell_sep=" ", hr="------------------------------", wrap=76
    ),
    "outlook": TextStyle(
        ol="  {n}.  {t}", ul="  *   {t}", cell_sep=None, hr="________________________________", link="outlook"
    ),
    "apple": TextStyle(ol="{n}. {t}", ul="• {t}", cell_sep="\t"),
    "tb": TextStyle(bold="*", ol=" {n}. {t}", ul=" * {t}", cell_sep="\t", hr="-" * 72),
    "yahoo": TextStyle(ol="    - {t}", ul="    - {t}", cell_sep=" "),
    "samsung": TextStyle(ol="{n}. {t}", ul="- {t}", cell_sep=" "),
    "proton": TextStyle(ol="{n}. {t}", ul="- {t}", cell_sep=" | ", hr="---", link="plain"),
}


def _runs(runs: list, st: TextStyle) -> list[str]:
    out = ""
    for r in runs:
        if r[0] == "br":
            out += "\n"
        elif r[0] == "a":
            t, href = r[1].strip(), r[2]
            if st.link == "outlook":
                out += f"{t}<{href}>"
            elif st.link == "angle" or t != href:
                out += f"{t} <{href}>"
            else:
                out += t
        else:
            t, b = r[1], r[2]
            if b and st.bold and t.strip():
                lead = " " if t.startswith(" ") else ""
                trail = " " if t.endswith(" ") else ""
                t = f"{lead}{st.bold}{t.strip()}{st.bold}{trail}"
            out += t
    return [re.sub(" +", " ", x).strip() for x in out.split("\n")]


def render_invitation(inv: Invitation, style: str) -> list[str]:
    """The invitation's HTML as the client renders it to text, one paragraph after another."""
    st = STYLES[style]
    p = _Blocks()
    p.feed(inv.html)
    lines: list[str] = []
    for b in p.blocks:
        kind = b[0]
        if kind in ("p", "h"):
            lines += [x for x in _runs(b[1], st) if x or True]
        elif kind in ("ol", "ul"):
            for i, item in enumerate(b[1], 1):
                t = " ".join(_runs(item, st))
                lines.append((st.ol if kind == "ol" else st.ul).format(n=i, t=t))
        elif kind == "table":
            for row in b[1]:
                cells = [" ".join(_runs(c, st)) for c in row]
                if st.cell_sep is None:
                    lines += cells
                else:
                    lines.append(st.cell_sep.join(cells))
        elif kind == "hr":
            if not st.hr:
                continue
            lines.append(st.hr)
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    if st.wrap:
        wrapped: list[str] = []
        for ln in lines:
            if len(ln) <= st.wrap:
                wrapped.append(ln)
                continue
            m = re.match(r"(\s*(?:\d+\.|-|\*)?\s*)", ln)
            ind = " " * len(m.group(1)) if m and m.group(1).strip() else ""
            wrapped += textwrap.wrap(ln, st.wrap, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)
        lines = wrapped
    return lines


def invitation_inner(inv: Invitation) -> str:
    """The invitation's <body> content (its one styled <div>)."""
    m = re.search(r"<body[^>]*>\s*(.*?)\s*</body>", inv.html, re.S)
    return m.group(1)


def invitation_word(inv: Invitation) -> str:
    """The invitation's HTML after Outlook's Word engine has re-saved it inside a reply."""
    s = invitation_inner(inv)
    s = s.replace("<p>", '<p class="MsoNormal">').replace("<p style=", '<p class="MsoNormal" style=')
    s = s.replace(
        "<li>",
        '<li class="MsoNormal" style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto;mso-list:l0 level1 lfo1">',
    )
    s = s.replace("</p>", "<o:p></o:p></p>").replace("</li>", "<o:p></o:p></li>")
    return f'<div>\n<div style="max-width:480.0pt;margin-left:auto;margin-right:auto">\n{s}\n</div>\n</div>'


def quoted(lines: list[str], prefix: str = "> ", blank: str = ">") -> list[str]:
    return [prefix + ln if ln else blank for ln in lines]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def wrap_typed(body: str, width: int) -> list[str]:
    out: list[str] = []
    for ln in body.split("\n"):
        if len(ln) <= width:
            out.append(ln)
        else:
            out += textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False)
    return out


# --------------------------------------------------------------------------------------------------------------
# attribution lines and header blocks


def gmail_attr(ctx: Ctx, app: str = "web") -> tuple[str, str]:
    """(text, html) of Gmail's attribution line."""
    d, inv = ctx.local_sent, ctx.inv
    name, a = inv.from_name, inv.from_addr
    loc = ctx.who.loc
    link = f'<a href="mailto:{a}">{a}</a>'
    if loc == "zh":
        sp = " " if app == "android" else ""
        core = f"于{sp}{d.year}年{d.month}月{d.day}日周{ZHW[d.weekday()]} {h24(d)}写道："
        return f"{name} <{a}> {core}", f"{esc(name)} &lt;{link}&gt; {core}"
    if loc == "de":
        core = f"Am {TAG[d.weekday()]}., {d.day}. {MONAT[d.month - 1]} {d.year} um {h24(d)} Uhr schrieb"
        return f"{core} {name} <{a}>:", f"{core} {esc(name)} &lt;{link}&gt;:"
    if app == "android":
        if loc == "us":
            head = f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year}, {h12(d)} {name}"
        else:
            head = f"On {DOW[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year}, {h24(d)} {name},"
    elif loc == "us":
        head = f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h12(d)} {name}"
    else:
        head = f"On {DOW[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} at {h24(d)}, {name}"
    return f"{head} <{a}> wrote:", f"{esc(head)} &lt;{link}&gt; wrote:"


def apple_attr(ctx: Ctx, ios: bool) -> str:
    d, inv = ctx.local_sent, ctx.inv
    who = f"{inv.from_name} <{inv.from_addr}>"
    loc = ctx.who.loc
    if loc == "zh":
        if ios:
            return f"在 {d.year}年{d.month}月{d.day}日，{h24(d)}，{who} 写道："
        return f"{d.year}年{d.month}月{d.day}日 {h24(d)}，{who} 写道："
    if loc == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {h24(d)} schrieb {who}:"
    if loc == "us":
        return f"On {MON[d.month - 1]} {d.day}, {d.year}, at {h12(d, sep=chr(0x202F))}, {who} wrote:"
    return f"On {d.day} {MON[d.month - 1]} {d.year}, at {h24(d)}, {who} wrote:"


def outlook_block(ctx: Ctx, mobile: bool = False) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject block, labels and date in the UI language."""
    d, inv, w = ctx.local_sent, ctx.inv, ctx.who
    frm = f"{inv.from_name} <{inv.from_addr}>"
    to = f"{w.name} <{w.addr}>"
    if w.loc == "de":
        sent = f"{TAG_LONG[d.weekday()]}, {d.day}. {MONAT_LONG[d.month - 1]} {d.year} {h24(d)}"
        return [("Von", frm), ("Gesendet", sent), ("An", to), ("Betreff", inv.subject)]
    if w.loc == "zh":
        sent = f"{d.year}年{d.month}月{d.day}日 {h24(d)}"
        return [("发件人", frm), ("发送时间", sent), ("收件人", to), ("主题", inv.subject)]
    if mobile:
        sent = f"{DAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year} {h12(d, secs=True)}"
    elif w.loc == "us":
        sent = f"{DAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year} {h12(d)}"
    else:
        sent = f"{DAY[d.weekday()]}, {d.day} {MONTH[d.month - 1]} {d.year} {h24(d)}"
    return [("From", frm), ("Sent", sent), ("To", to), ("Subject", inv.subject)]


def re_prefix(ctx: Ctx, client: str) -> str:
    loc = ctx.who.loc
    if client in ("outlook", "owa", "outlook-mobile"):
        return {"de": "AW: ", "zh": "答复: "}.get(loc, "RE: " if client == "outlook" else "Re: ")
    if client in ("apple", "ios") and loc == "zh":
        return "回复："
    if client == "tb" and loc == "de":
        return "AW: " if ctx.extra.get("tb_aw") else "Re: "
    return "Re: "


def to_hdr(ctx: Ctx, charset: str = "UTF-8", enc: str = "B") -> str:
    name = ctx.inv.from_name
    return addr(name, ctx.to_addr, charset, enc)


def thread_hdrs(ctx: Ctx) -> list[tuple[str, str]]:
    if ctx.extra.get("no_thread"):
        return []
    return [("References", INVITE_ID), ("In-Reply-To", INVITE_ID)]


def disclaimer(ctx: Ctx) -> tuple[str, str]:
    """A footer the sender's mail gateway appends to every outgoing message, below everything."""
    d = ctx.extra.get("gateway_disclaimer")
    if not d:
        return "", ""
    text = "\n\n" + d
    htm = (
        '<p style="font-size:8pt;color:#808080;font-family:Arial,sans-serif">'
        + "<br>\n".join(esc(x) for x in d.split("\n"))
        + "</p>"
    )
    return text, htm


def attach_part(ctx: Ctx, boundary: str) -> str:
    att = ctx.extra.get("attach")
    if not att:
        return ""
    fname, ctype, seed = att
    data = hashlib.sha256(seed.encode()).digest() * 40
    if ctype == "application/pdf":
        data = (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + data + b"\n%%EOF\n"
        )
    b64 = base64.encodebytes(data).decode().replace("\n", CRLF)
    return (
        f"--{boundary}{CRLF}"
        f'Content-Type: {ctype}; name="{fname}"{CRLF}'
        f'Content-Disposition: attachment; filename="{fname}"{CRLF}'
        f"Content-Transfer-Encoding: base64{CRLF}"
        f"X-Attachment-Id: f_{ctx.h('att')[:11]}{CRLF}"
        f"Content-ID: <f_{ctx.h('att')[:11]}>{CRLF}{CRLF}"
        f"{b64}"
    )


def finish(hdrs: str, body: str) -> bytes:
    return (hdrs + CRLF + body).encode("utf-8")


def cte_for(text: str, always: bool = False) -> str | None:
    if always or not is_ascii(text) or any(len(x) > 76 for x in text.split("\n")):
        return "quoted-printable"
    return None


def alt(boundary: str, parts: list[tuple[str, str | None, str, str]]) -> str:
    """parts: (content-type line(s), cte or None, charset, text)"""
    out = ""
    for ctype, cte, charset, text in parts:
        out += f"--{boundary}{CRLF}{ctype}{CRLF}"
        if cte:
            out += f"Content-Transfer-Encoding: {cte}{CRLF}"
        out += CRLF + payload(text, charset, cte or "7bit") + CRLF
    return out + f"--{boundary}--{CRLF}"


def fmt_name(kind: str, charset: str, cte: str | None) -> str:
    c = {"quoted-printable": "qp", "base64": "base64", None: "7bit", "7bit": "7bit", "8bit": "8bit"}[cte]
    return f"{kind}/{charset.lower()}/{c}"


# --------------------------------------------------------------------------------------------------------------
# Gmail (web, Android, iOS)


def gmail_html_lines(body: str, dir_: str = "ltr") -> str:
    lines = body.split("\n")
    if dir_ == "auto":
        return "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>' for x in lines)
    first, rest = lines[0], lines[1:]
    out = esc(first)
    for x in rest:
        out += f"<div>{esc(x) if x else '<br>'}</div>"
    return f'<div dir="ltr">{out}</div>'


def gmail(ctx: Ctx, app: str = "web") -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    typed, sig = ctx.body, ctx.extra.get("gmail_sig")
    text_lines = wrap_typed(typed, 78) if app == "web" else typed.split("\n")
    if sig:
        text_lines += ["", "-- ", *sig.split("\n")]
    body_html = gmail_html_lines(typed, "ltr" if app == "web" else "auto")
    if sig:
        body_html += (
            '<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
            + "".join(f"<div>{esc(x)}</div>" for x in sig.split("\n"))
            + "</div></div>"
        )
    if ctx.quote == "none":
        text = "\n".join(text_lines) + "\n"
        htm = body_html + "\n"
    else:
        at_text, at_html = gmail_attr(ctx, app)
        at_lines = textwrap.wrap(at_text, 78, break_long_words=False) if app == "web" else [at_text]
        q = quoted(render_invitation(inv, "gmail"))
        block_html = (
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{at_html}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex"><div style="margin:0;padding:0;background:#f4f5f7">{invitation_inner(inv)}</div>'
            "</blockquote></div>"
        )
        if ctx.quote == "bottom":
            text = "\n".join(at_lines + ["", *q, "", *text_lines]) + "\n"
            htm = block_html + "<div><br></div>" + body_html + "\n"
        else:
            text = "\n".join(text_lines + ["", *at_lines, "", *q]) + "\n"
            htm = body_html + "<br>" + block_html + "\n"
    dt, dh = disclaimer(ctx)
    text += dt
    htm += dh
    mid = f"<CA{b62(ctx.h('mid'), 41)}{'=' if int(ctx.h()[0], 16) % 3 == 0 else ''}{b62(ctx.h('mid3'), 3)}@mail.gmail.com>"
    bnd = "000000000000" + ctx.h("b")[:16]
    subject = ctx.extra.get("subject") or "Re: " + inv.subject
    hdr = [("MIME-Version", "1.0")]
    hdr += thread_hdrs(ctx)
    hdr += [
        ("From", addr(w.name, w.addr)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        ("Subject", subj(subject)),
        ("To", to_hdr(ctx)),
    ]
    for k, v in ctx.extra.get("more_headers", []):
        hdr.append((k, v))
    cte_t, cte_h = cte_for(text), cte_for(htm)
    inner = alt(
        bnd,
        [
            ('Content-Type: text/plain; charset="UTF-8"', cte_t, "utf-8", text),
            ('Content-Type: text/html; charset="UTF-8"', cte_h, "utf-8", htm),
        ],
    )
    if ctx.extra.get("attach"):
        mixed = "000000000000" + ctx.h("m")[:16]
        hdr.append(("Content-Type", f'multipart/mixed; boundary="{mixed}"'))
        body = (
            f'--{mixed}{CRLF}Content-Type: multipart/alternative; boundary="{bnd}"{CRLF}{CRLF}{inner}{CRLF}'
            + attach_part(ctx, mixed)
            + f"--{mixed}--{CRLF}"
        )
        kind = "mixed/alt"
    else:
        hdr.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
        body = inner
        kind = "alt"
    return finish(headers(hdr), body), fmt_name(kind, "utf-8", cte_t)


def gmail_android(ctx: Ctx) -> tuple[bytes, str]:
    return gmail(ctx, "android")


def gmail_ios(ctx: Ctx) -> tuple[bytes, str]:
    return gmail(ctx, "ios")


def gmail_forward(ctx: Ctx) -> tuple[bytes, str]:
    """Gmail web 'Forward' of a message that was itself forwarded to the writer: no In-Reply-To, 'Fwd:' subject."""
    w, inv = ctx.who, ctx.inv
    fw_name, fw_addr, fw_when = ctx.extra["forwarded_by"]
    fw_when = fw_when or inv.sent + timedelta(minutes=25)
    d = ctx.local_sent
    orig_date = f"{DOW[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} at {h24(d)}"
    fw_d = fw_when.astimezone(timezone(timedelta(minutes=w.tz)))
    fw_date = f"{DOW[fw_d.weekday()]}, {fw_d.day} {MON[fw_d.month - 1]} {fw_d.year} at {h24(fw_d)}"
    inner_text = render_invitation(inv, "gmail")
    text_lines = wrap_typed(ctx.body, 78) + [
        "",
        "---------- Forwarded message ---------",
        f"From: {fw_name} <{fw_addr}>",
        f"Date: {fw_date}",
        f"Subject: Fwd: {inv.subject}",
        f"To: {w.name} <{w.addr}>",
        "",
        "",
        "",
        "---------- Forwarded message ---------",
        f"From: {inv.from_name} <{inv.from_addr}>",
        f"Date: {orig_date}",
        f"Subject: {inv.subject}",
        f"To: {fw_name} <{fw_addr}>",
        "",
        "",
        *inner_text,
    ]
    text = "\n".join(text_lines) + "\n"

    def fhead(n, a, dt, s, tn, ta):
        return (
            '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            f'From: <strong class="gmail_sendername" dir="auto">{esc(n)}</strong> '
            f'<span dir="auto">&lt;<a href="mailto:{a}">{a}</a>&gt;</span><br>Date: {dt}<br>Subject: {esc(s)}<br>'
            f'To: {esc(tn)} &lt;<a href="mailto:{ta}">{ta}</a>&gt;<br></div><br><br>'
        )

    htm = (
        gmail_html_lines(ctx.body)
        + '<br><div class="gmail_quote gmail_quote_container">'
        + fhead(fw_name, fw_addr, fw_date, "Fwd: " + inv.subject, w.name, w.addr)
        + '<div dir="ltr"><br><br><div class="gmail_quote gmail_quote_container">'
        + fhead(inv.from_name, inv.from_addr, orig_date, inv.subject, fw_name, fw_addr)
        + f'<div style="margin:0;padding:0;background:#f4f5f7">{invitation_inner(inv)}</div>'
        + "</div></div></div>\n"
    )
    mid = f"<CA{b62(ctx.h('mid'), 44)}@mail.gmail.com>"
    bnd = "000000000000" + ctx.h("b")[:16]
    hdr = [
        ("MIME-Version", "1.0"),
        ("References", f"<CA{b62(ctx.h('fwref'), 44)}@mail.gmail.com>"),
        ("In-Reply-To", f"<CA{b62(ctx.h('fwref'), 44)}@mail.gmail.com>"),
        ("From", addr(w.name, w.addr)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        ("Subject", "Fwd: Fwd: " + inv.subject),
        ("To", to_hdr(ctx)),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ]
    body = alt(
        bnd,
        [
            ('Content-Type: text/plain; charset="UTF-8"', "quoted-printable", "utf-8", text),
            ('Content-Type: text/html; charset="UTF-8"', "quoted-printable", "utf-8", htm),
        ],
    )
    return finish(headers(hdr), body), "alt/utf-8/qp"


def gmail_vacation(ctx: Ctx) -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    text = ctx.body + "\n"
    htm = gmail_html_lines(ctx.body) + "\n"
    mid = f"<CA{b62(ctx.h('mid'), 44)}@mail.gmail.com>"
    bnd = "000000000000" + ctx.h("b")[:16]
    subject = ctx.extra.get("subject") or "Re: " + inv.subject
    hdr = [
        ("MIME-Version", "1.0"),
        ("From", addr(w.name, w.addr)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        ("Subject", subj(subject)),
        ("To", to_hdr(ctx)),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ]
    cte_t, cte_h = cte_for(text), cte_for(htm)
    body = alt(
        bnd,
        [
            ('Content-Type: text/plain; charset="UTF-8"', cte_t, "utf-8", text),
            ('Content-Type: text/html; charset="UTF-8"', cte_h, "utf-8", htm),
        ],
    )
    return finish(headers(hdr), body), fmt_name("alt", "utf-8", cte_t)


# --------------------------------------------------------------------------------------------------------------
# Outlook for Windows (Microsoft 365 / on-premises Exchange), plain-text mode, Outlook on the web, Outlook mobile

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:{font};
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
{extra_fonts}/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"{font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:{fareast};}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle20
	{{mso-style-type:personal-reply;
	font-family:"{font}",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:{page};
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

EXCH = {
    "us": ("BN", "namprd11", "en-US", "EN-US"),
    "gb": ("LO", "GBRP123", "en-GB", "EN-GB"),
    "in": ("PN", "INDPRD01", "en-IN", "EN-IN"),
    "au": ("SY", "AUSP282", "en-AU", "EN-AU"),
    "sg": ("SI", "apcprd06", "en-SG", "EN-SG"),
    "ph": ("PS", "apcprd03", "en-US", "EN-US"),
    "ng": ("AM", "eurprd04", "en-GB", "EN-GB"),
    "de": ("FR", "DEUP281", "de-DE", "DE"),
    "zh": ("SE", "apcprd02", "zh-CN", "ZH-CN"),
}


def region(ctx: Ctx) -> str:
    return ctx.extra.get("region") or ctx.who.loc


def exch_mid(ctx: Ctx) -> str:
    if ctx.extra.get("onprem"):
        host = ctx.extra["onprem"]
        return f"<{ctx.h('mid')[:32]}@{host}>"
    pfx, dom, *_ = EXCH.get(region(ctx), EXCH["gb"])
    srv = f"{pfx}{int(ctx.h('s')[:2], 16) % 9 + 1}PR{int(ctx.h('s')[2:4], 16) % 9 + 1:02d}MB{int(ctx.h('s')[4:8], 16) % 9000 + 1000}"
    return f"<{srv}{ctx.h('mid')[:26].upper()}@{srv}.{dom}.prod.outlook.com>"


def thread_index(ctx: Ctx) -> str:
    raw = bytes.fromhex(ctx.h("ti")[:44])
    return base64.b64encode(raw).decode()


def outlook_lang(ctx: Ctx) -> tuple[str, str]:
    _, _, cl, body_lang = EXCH.get(region(ctx), EXCH["gb"])
    return cl, body_lang


def word_para(x: str, lang: str) -> str:
    if not x:
        return '<p class="MsoNormal"><span lang="' + lang + '"><o:p>&nbsp;</o:p></span></p>\n'
    return f'<p class="MsoNormal"><span lang="{lang}">{esc(x)}<o:p></o:p></span></p>\n'


def outlook(ctx: Ctx) -> tuple[bytes, str]:
    """Outlook for Windows: Word HTML, header block under a grey rule, text part with the same block unquoted."""
    w, inv = ctx.who, ctx.inv
    charset = ctx.extra.get("charset", "utf-8")
    cte = ctx.extra.get("cte", "quoted-printable")
    cl, blang = outlook_lang(ctx)
    font = "Aptos" if not ctx.extra.get("old_outlook") else "Calibri"
    block = outlook_block(ctx)
    text = ctx.body
    htm = WORD_HEAD.format(
        charset=charset,
        font=font,
        fareast="ZH-CN" if w.loc == "zh" else "EN-US",
        extra_fonts=(
            "@font-face\n\t{font-family:DengXian;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
            '@font-face\n\t{font-family:"\\@DengXian";\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            if w.loc == "zh"
            else ""
        ),
        page="595.3pt 841.9pt" if w.loc not in ("us", "ph") else "612.0pt 792.0pt",
        lang=blang,
    )
    htm += "".join(word_para(x, blang) for x in ctx.body.split("\n"))
    htm += word_para("", blang)
    if ctx.quote != "none":
        text += "\n\n" + "\n".join(f"{k}: {v}" for k, v in block) + "\n\n"
        text += "\n".join(render_invitation(inv, "outlook")) + "\n"
        rows = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in block[1:])
        k0, v0 = block[0]
        htm += (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span lang="{blang}" style="font-family:&quot;Calibri&quot;,sans-serif">{esc(k0)}:</span></b>'
            f'<span lang="{blang}" style="font-family:&quot;Calibri&quot;,sans-serif"> {esc(v0)} <br>\n{rows}<o:p></o:p></span></p>\n'
            "</div>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + invitation_word(inv) + "\n"
        )
    else:
        text += "\n"
    htm += "</div>\n"
    dt, dh = disclaimer(ctx)
    text += dt
    htm += dh + "</body>\n</html>\n"
    subject = ctx.extra.get("subject") or re_prefix(ctx, "outlook") + inv.subject
    sub_cs = "gb2312" if charset == "gb2312" else "utf-8"
    if ctx.extra.get("imap"):
        return outlook_imap(ctx, text, htm, subject, charset, cte)
    mid = exch_mid(ctx)
    local = mid[1:].split("@")[0]
    bnd = f"_000_{local}_"
    hdr = [
        ("From", addr(w.name, w.addr, sub_cs if not is_ascii(w.name) else "utf-8")),
        ("To", to_hdr(ctx, sub_cs)),
        ("Subject", subj(subject, sub_cs)),
        ("Thread-Topic", subj(inv.subject, sub_cs)),
        ("Thread-Index", thread_index(ctx)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
    ]
    hdr += thread_hdrs(ctx)[::-1]
    hdr += [
        ("Accept-Language", f"{cl}, en-US" if cl != "en-US" else "en-US"),
        ("Content-Language", cl),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'),
        ("MIME-Version", "1.0"),
    ]
    body = alt(
        bnd,
        [
            (f'Content-Type: text/plain; charset="{charset}"', cte, charset, text),
            (f'Content-Type: text/html; charset="{charset}"', cte, charset, htm),
        ],
    )
    return finish(
        headers(hdr)
        .replace("X-MS-Has-Attach: \r\n", "X-MS-Has-Attach:\r\n")
        .replace("X-MS-TNEF-Correlator: \r\n", "X-MS-TNEF-Correlator:\r\n"),
        body,
    ), fmt_name("alt", charset, cte)


def outlook_imap(ctx: Ctx, text: str, htm: str, subject: str, charset: str, cte: str) -> tuple[bytes, str]:
    """Outlook for Windows sending through a POP/IMAP account (GMX, T-Online...): no Exchange headers, its own
    Message-ID and NextPart boundary, the recipient's display name wrapped in single quotes."""
    w, inv = ctx.who, ctx.inv
    h = ctx.h("imap")
    mid = f"<00{h[:2]}01dd{h[4:8]}${h[8:16]}${h[16:24]}$@{w.addr.split('@')[1]}>"
    bnd = f"----=_NextPart_000_{h[24:28].upper()}_01DD{h[28:32].upper()}.{h[32:40].upper()}"
    hdr = [
        ("From", f'"{w.name}" <{w.addr}>' if is_ascii(w.name) else addr(w.name, w.addr, "iso-8859-1", "Q")),
        ("To", f"\"'{inv.from_name}'\" <{ctx.to_addr}>"),
        *thread_hdrs(ctx),
        ("Subject", subj(subject)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", {"de": "de", "us": "en-us"}.get(ctx.who.loc, "en-gb")),
        ("Thread-Index", "AQ" + thread_index(ctx)[2:]),
    ]
    body = (
        "This is a multipart message in MIME format."
        + CRLF
        + CRLF
        + alt(
            bnd,
            [
                (f'Content-Type: text/plain;{CRLF}\tcharset="{charset}"', cte, charset, text),
                (f'Content-Type: text/html;{CRLF}\tcharset="{charset}"', cte, charset, htm),
            ],
        )
    )
    return finish(headers(hdr), body), fmt_name("alt", charset, cte)


def outlook_plain(ctx: Ctx) -> tuple[bytes, str]:
    """Outlook in plain-text compose mode: '-----Original Message-----' and the original as text, unquoted."""
    w, inv = ctx.who, ctx.inv
    block = outlook_block(ctx)
    text = ctx.body
    if ctx.quote != "none":
        text += "\n\n-----Original Message-----\n"
        text += "\n".join(f"{k}: {v}" + (" " if k in ("From", "Von", "发件人") else "") for k, v in block) + "\n\n"
        text += "\n".join(render_invitation(inv, "outlook")) + "\n"
    dt, _ = disclaimer(ctx)
    text += dt + ("\n" if dt else "")
    charset = "us-ascii" if is_ascii(text) else "utf-8"
    cte = "7bit" if charset == "us-ascii" else "quoted-printable"
    cl, _ = outlook_lang(ctx)
    hdr = [
        ("From", addr(w.name, w.addr)),
        ("To", to_hdr(ctx)),
        ("Subject", re_prefix(ctx, "outlook") + inv.subject),
        ("Thread-Topic", inv.subject),
        ("Thread-Index", thread_index(ctx)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", exch_mid(ctx)),
        *thread_hdrs(ctx)[::-1],
        ("Accept-Language", "en-US"),
        ("Content-Language", cl),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Type", f'text/plain; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
        ("MIME-Version", "1.0"),
    ]
    h = (
        headers(hdr)
        .replace("X-MS-Has-Attach: \r\n", "X-MS-Has-Attach:\r\n")
        .replace("X-MS-TNEF-Correlator: \r\n", "X-MS-TNEF-Correlator:\r\n")
    )
    return finish(h, payload(text, charset, cte)), fmt_name("plain", charset, cte)


OWA_DIV = (
    '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
    'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
)


def owa(ctx: Ctx, mobile: str = "") -> tuple[bytes, str]:
    """Outlook on the web / new Outlook, and Outlook for iOS/Android (mobile='iOS'|'Android')."""
    w, inv = ctx.who, ctx.inv
    block = outlook_block(ctx, mobile=bool(mobile))
    text = ctx.body
    if mobile:
        text += "\n\n" + f"Get Outlook for {mobile}<https://aka.ms/{'o0ukef' if mobile == 'iOS' else 'AAb9ysg'}>"
        lines_html = "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>\n' for x in ctx.body.split("\n"))
        lines_html += (
            '<div dir="auto"><br></div>\n<div class="ms-outlook-mobile-signature">'
            f'<div dir="ltr">Get <a href="https://aka.ms/{"o0ukef" if mobile == "iOS" else "AAb9ysg"}">Outlook for {mobile}</a></div></div>\n'
        )
    else:
        lines_html = "".join(f"{OWA_DIV}\n{esc(x) if x else '<br>'}</div>\n" for x in ctx.body.split("\n"))
    htm = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n' + lines_html
    )
    if ctx.quote != "none":
        text += "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in block) + "\n\n"
        text += "\n".join(render_invitation(inv, "outlook")) + "\n"
        rows = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in block)
        htm += (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"{rows}</font>\n<div>&nbsp;</div>\n</div>\n" + invitation_inner(inv) + "\n"
        )
    else:
        text += "\n"
    dt, dh = disclaimer(ctx)
    text += dt
    htm += dh + "</body>\n</html>\n"
    mid = exch_mid(ctx)
    local = mid[1:].split("@")[0]
    bnd = f"_000_{local}_"
    cl, _ = outlook_lang(ctx)
    subject = ctx.extra.get("subject") or re_prefix(ctx, "owa") + inv.subject
    hdr = [
        ("From", addr(w.name, w.addr)),
        ("To", to_hdr(ctx)),
        ("Subject", subj(subject)),
        ("Thread-Topic", subj(inv.subject)),
        ("Thread-Index", thread_index(ctx)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        *thread_hdrs(ctx)[::-1],
        ("Accept-Language", "en-US"),
        ("Content-Language", cl),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'),
        ("MIME-Version", "1.0"),
    ]
    body = alt(
        bnd,
        [
            ('Content-Type: text/plain; charset="utf-8"', "base64" if mobile else "quoted-printable", "utf-8", text),
            ('Content-Type: text/html; charset="utf-8"', "base64" if mobile else "quoted-printable", "utf-8", htm),
        ],
    )
    h = headers(hdr)
    for k in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator", "msip_labels"):
        h = h.replace(f"{k}: \r\n", f"{k}:\r\n")
    return finish(h, body), "alt/utf-8/" + ("base64" if mobile else "qp")


def outlook_ios(ctx: Ctx) -> tuple[bytes, str]:
    return owa(ctx, "iOS")


def outlook_android(ctx: Ctx) -> tuple[bytes, str]:
    return owa(ctx, "Android")


def exchange_oof(ctx: Ctx) -> tuple[bytes, str]:
    """Exchange / Microsoft 365 automatic reply (out of office)."""
    w, inv = ctx.who, ctx.inv
    label = {"de": "Automatische Antwort: ", "zh": "自动答复: "}.get(w.loc, "Automatic reply: ")
    text = ctx.body + "\n"
    htm = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
        '<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt; color:rgb(0,0,0)">\n'
        + "".join(f"<p>{esc(x)}</p>\n" if x else "<p><br></p>\n" for x in ctx.body.split("\n"))
        + "</div>\n</body>\n</html>\n"
    )
    mid = exch_mid(ctx)
    bnd = f"_000_{mid[1:].split('@')[0]}_"
    cl, _ = outlook_lang(ctx)
    hdr = [
        ("From", addr(w.name, w.addr)),
        ("To", to_hdr(ctx)),
        ("Subject", subj(label + inv.subject)),
        ("Thread-Topic", subj(inv.subject)),
        ("Thread-Index", thread_index(ctx)),
        ("Date", date_hdr(ctx.date)),
        ("Message-ID", mid),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("Content-Language", cl),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Inbox-Rules-Loop", w.addr),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{bnd}"'),
        ("MIME-Version", "1.0"),
    ]
    body = alt(
        bnd,
        [
            ('Content-Type: text/plain; charset="utf-8"', "base64", "utf-8", text),
            ('Content-Type: text/html; charset="utf-8"', "base64", "utf-8", htm),
        ],
    )
    h = headers(hdr)
    for k in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        h = h.replace(f"{k}: \r\n", f"{k}:\r\n")
    return finish(h, body), "alt/utf-8/base64"


def exchange_ndr(ctx: Ctx) -> tuple[bytes, str]:
    """Exchange Online non-delivery report for the invitation, which the candidate's mailbox rule forwarded on."""
    w, inv = ctx.who, ctx.inv
    dead = ctx.extra["dead"]
    dom = w.addr.split("@")[1]
    mid = exch_mid(ctx)
    mta = mid[1:-1].split("@")[1]
    bnd = f"_{ctx.h('nb')[:8]}-{ctx.h('nb')[8:12]}-{ctx.h('nb')[12:16]}-{ctx.h('nb')[16:20]}-{ctx.h('nb')[20:32]}_"
    alt_b = f"_{ctx.h('na')[:8]}-{ctx.h('na')[8:12]}-{ctx.h('na')[12:16]}-{ctx.h('na')[16:20]}-{ctx.h('na')[20:32]}_"
    text = (
        "Your message to " + dead + " couldn't be delivered.\n\n"
        f"{dead.split('@')[1]} couldn't confirm that the recipient exists.\n\n"
        f"{w.name.split()[0]}\tOffice 365\t{dead.split('@')[1]}\nAction Required\t\t\tRecipient\n\n"
        "Unknown To address\n\nHow to Fix It\n"
        "The address may be misspelled or may not exist. Try one or more of the following:\n"
        "- Retype the recipient's address, then resend the message.\n"
        "- If you continue to experience the problem, contact your email admin.\n\n"
        "More Info for Email Admins\n"
        f"Status code: 550 5.1.1\n\nOriginal Message Details\nCreated Date:\t{format_datetime(ctx.date)}\n"
        f"Sender Address:\t{w.addr}\nRecipient Address:\t{dead}\nSubject:\t{inv.subject}\n\n"
        "Error Details\nReported error:\t550 5.1.1 <" + dead + ">: Recipient address rejected: User unknown\n"
    )
    htm = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + "".join(f"<p>{esc(x)}</p>\n" for x in text.split("\n\n"))
        + "</body>\n</html>\n"
    )
    status = (
        f"Reporting-MTA: dns;{mta}\n"
        f"Received-From-MTA: dns;{mta}\n"
        f"Arrival-Date: {format_datetime(ctx.date)}\n\n"
        f"Final-Recipient: rfc822;{dead}\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp;550 5.1.1 <{dead}>: Recipient address rejected: User unknown\n"
        f"Remote-MTA: dns;mx.{dead.split('@')[1]}\n"
    )
    orig = (
        f"From: {inv.from_name} <{inv.from_addr}>\n"
        f"To: {w.name} <{w.addr}>\n"
        f"Subject: {inv.subject}\n"
        f"Date: {format_datetime(inv.sent)}\n"
        f"Message-ID: {INVITE_ID}\n"
        f"Reply-To: {inv.from_name} <{ctx.to_addr}>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="=_inv_1"\n'
    )
    hdr = [
        ("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
        ("To", f"<{ctx.to_addr}>"),
        ("Date", date_hdr(ctx.date)),
        ("Content-Type", f'multipart/report; report-type=delivery-status;{CRLF}\tboundary="{bnd}"'),
        ("Content-Language", "en-US"),
        ("Message-ID", mid),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Subject", "Undeliverable: " + inv.subject),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    body = (
        f'--{bnd}{CRLF}Content-Type: multipart/alternative; differences=Content-Type;{CRLF}\tboundary="{alt_b}"{CRLF}{CRLF}'
        + alt(
            alt_b,
            [
                ('Content-Type: text/plain; charset="us-ascii"', "quoted-printable", "us-ascii", text),
                ('Content-Type: text/html; charset="us-ascii"', "quoted-printable", "us-ascii", htm),
            ],
        )
        + f"{CRLF}--{bnd}{CRLF}Content-Type: message/delivery-status{CRLF}{CRLF}"
        + status.replace("\n", CRLF)
        + f"{CRLF}--{bnd}{CRLF}Content-Type: text/rfc822-headers{CRLF}{CRLF}"
        + orig.replace("\n", CRLF)
        + f"{CRLF}--{bnd}--{CRLF}"
    )
    h = headers(hdr).replace("X-MS-Exchange-Message-Is-Ndr: \r\n", "X-MS-Exchange-Message-Is-Ndr:\r\n")
    return finish(h, body), "report/us-ascii/qp"


# --------------------------------------------------------------------------------------------------------------
# Apple Mail (macOS) and Mail on iPhone


def apple(ctx: Ctx, ios: bool = False) -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    sig = ctx.extra.get("ios_sig", "发自我的iPhone" if w.loc == "zh" else "Sent from my iPhone") if ios else None
    if ctx.extra.get("no_sig"):
        sig = None
    at = apple_attr(ctx, ios)
    typed_lines = ctx.body.split("\n")
    text_lines = list(typed_lines)
    if sig:
        text_lines += ["", sig]
    bom = "\ufeff" if ios and ctx.extra.get("bom", True) else ""
    qlines = render_invitation(inv, "apple")
    if ctx.quote != "none":
        q = quoted([at, "", bom + qlines[0], *qlines[1:]], "> ", "> ")
        text_lines += ["", *q]
    text = "\n".join(text_lines) + "\n"
    uuid = uuid_upper(ctx.h("u"))
    dom = w.addr.split("@")[1]
    if ios:
        bnd = "Apple-Mail-" + uuid_upper(ctx.h("b"))
        inner = "".join(f'<div dir="ltr">{esc(x) if x else "<br>"}</div>' for x in typed_lines)
        htm = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + inner
        )
        if sig:
            htm += f'<div dir="ltr"><br><div dir="ltr">{esc(sig)}</div>'
        else:
            htm += '<div dir="ltr">'
        if ctx.quote != "none":
            htm += (
                f'<div dir="ltr"><br><blockquote type="cite">{esc(at)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{bom}{invitation_inner(inv)}</div></blockquote>'
            )
        htm += "</div></body></html>"
    else:
        bnd = "Apple-Mail=_" + uuid_upper(ctx.h("b"))
        first, *rest = typed_lines
        inner = esc(first) + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in rest)
        htm = (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + inner
        )
        if ctx.quote != "none":
            htm += (
                '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
                f'<div>{esc(at)}</div><br class="Apple-interchange-newline"><div><meta charset="UTF-8">'
                f"{invitation_inner(inv)}</div></blockquote></div><br>"
            )
        htm += "</body></html>"
    dt, dh = disclaimer(ctx)
    text += dt
    subject = ctx.extra.get("subject") or re_prefix(ctx, "ios" if ios else "apple") + inv.subject
    plain_only = ios and ctx.quote == "none" and is_ascii(text)
    hdr = [
        ("From", addr(w.name, w.addr, "utf-8", "Q")),
    ]
    if plain_only:
        hdr += [("Content-Type", f"text/plain;{CRLF}\tcharset=us-ascii"), ("Content-Transfer-Encoding", "7bit")]
    else:
        hdr += [
            (
                "Content-Type",
                f'multipart/alternative;{CRLF}\tboundary="{bnd}"'
                if not ios
                else f"multipart/alternative; boundary={bnd}",
            )
        ]
    if ios:
        hdr += [("Mime-Version", "1.0 (1.0)")]
    else:
        hdr += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]
    hdr += [
        ("Subject", subj(subject, "utf-8", "B")),
        ("Date", date_hdr(ctx.date)),
    ]
    if not ctx.extra.get("no_thread"):
        hdr += [("References", INVITE_ID)]
    hdr += [("To", to_hdr(ctx, "utf-8", "B"))]
    if not ctx.extra.get("no_thread"):
        hdr += [("In-Reply-To", INVITE_ID)]
    hdr += [
        ("Message-Id", f"<{uuid}@{dom}>"),
        ("X-Mailer", "iPhone Mail (22B83)" if ios else "Apple Mail (2.3826.300.87.4.3)"),
    ]
    if plain_only:
        return finish(headers(hdr), payload(text, "us-ascii", "7bit")), "plain/us-ascii/7bit"
    parts = ""
    for ctype, t in (("text/plain", text), ("text/html", htm)):
        parts += (
            f"--{bnd}{CRLF}Content-Type: {ctype};{CRLF}\tcharset=utf-8{CRLF}"
            f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}" + payload(t, "utf-8", "quoted-printable") + CRLF
        )
    parts += f"--{bnd}--{CRLF}"
    if not ios:
        parts = CRLF + parts
    return finish(headers(hdr), parts), "alt/utf-8/qp"


def apple_mail(ctx: Ctx) -> tuple[bytes, str]:
    return apple(ctx, False)


def ios_mail(ctx: Ctx) -> tuple[bytes, str]:
    return apple(ctx, True)


# --------------------------------------------------------------------------------------------------------------
# Yahoo Mail (web and apps)


def yahoo(ctx: Ctx, app: str = "") -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    d = ctx.local_sent
    name, a = inv.from_name, inv.from_addr
    if app:
        when = (
            f"{DAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year}, {h12(d)}"
            if w.loc == "us"
            else f"{DAY[d.weekday()]}, {d.day} {MONTH[d.month - 1]} {d.year}, {h24(d)}"
        )
        at = f"On {when}, {name}<{a}> wrote:"
    else:
        when = (
            f"{DAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year} at {h12(d, secs=True).replace(':', ':', 2)}"
            if w.loc == "us"
            else f"{DAY[d.weekday()]}, {d.day} {MONTH[d.month - 1]} {d.year} at {h24(d, secs=True)}"
        )
        if w.loc == "us":
            hh = d.hour % 12 or 12
            when = f"{DAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year} at {hh:02d}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"
        at = f"On {when} {tzname_yahoo(d)}, {name} <{a}> wrote:"
    sig = {"iPhone": "Sent from Yahoo Mail for iPhone", "Android": "Sent from Yahoo Mail on Android"}.get(app)
    text = ctx.body + "\n"
    if sig:
        text += "\n" + sig + "\n"
    qlines = render_invitation(inv, "yahoo")
    if ctx.quote != "none":
        text += "\n    " + at + "  \n \n" + "\n".join(" " + x if x else " " for x in qlines) + "\n"
    yid = ctx.h("y")[:10]
    body_divs = "".join(
        f'<div dir="ltr" data-setdir="false">{esc(x) if x else "<br>"}</div>' for x in ctx.body.split("\n")
    )
    if app:
        htm = f'<html><head></head><body><div dir="ltr">{body_divs}</div>'
        if sig:
            link = "https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315_Internal_EmailSignature&af_sub1=Acquisition&af_sub2=Global_YMktg&af_sub3=&af_sub4=100000604&af_sub5=EmailSignature__Static_"
            sid = "ymail_iphone_signature" if app == "iPhone" else "ymail_android_signature"
            htm += f'<div><br></div><div id="{sid}"><a id="{sid}_link" href="{esc(link)}">{esc(sig)}</a></div>'
        if ctx.quote != "none":
            htm += (
                f'<div><br></div><div><br></div><div class="yahoo_quoted" id="yahoo_quoted_{yid}">'
                f"<div>{esc(at)}</div><div><br></div><div><br></div>"
                f'<blockquote style="margin: 0 0 20px 0;"><div><div id="yiv{yid}">{invitation_inner(inv)}</div></div></blockquote></div>'
            )
        htm += "</body></html>"
    else:
        htm = (
            f'<html><head></head><body><div class="ydp{yid[:8]}yahoo-style-wrap" style="font-family:Helvetica Neue, '
            f'Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n        {body_divs}</div>'
        )
        if ctx.quote != "none":
            htm += (
                f'<div id="ydp{yid[:8]}yahoo_quoted_{yid}" class="ydp{yid[:8]}yahoo_quoted">\n'
                "            <div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">\n"
                "                \n                <div>\n"
                f"                    {esc(at)}\n"
                "                </div>\n                <div><br></div>\n                <div><br></div>\n"
                f'                <div><div id="ydp{yid[:8]}yiv{yid}"><div>{invitation_inner(inv)}</div></div>\n'
                "            </div>\n            </div></div>"
            )
        htm += "</body></html>"
    bnd = f"----=_Part_{digits(ctx.h('p'), 7)}_{digits(ctx.h('q'), 9)}.{ms(ctx.date)}"
    mid = f"<{digits(ctx.h('m1'), 10)}.{digits(ctx.h('m2'), 7)}.{ms(ctx.date)}@mail.yahoo.com>"
    hdr = [
        ("Date", date_hdr(ctx.date, yahoo=True)),
        ("From", addr(w.name, w.addr)),
        ("To", to_hdr(ctx)),
        ("Message-ID", mid),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Subject", subj("Re: " + inv.subject)),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; {CRLF}\tboundary="{bnd}"'),
    ]
    if app:
        hdr.append(
            (
                "X-Mailer",
                f"WebService/1.1.24754 YahooMailIosMobile"
                if app == "iPhone"
                else "WebService/1.1.24754 YahooMailAndroidMobile",
            )
        )
    else:
        hdr.append(("X-Mailer", "WebService/1.1.24754 YMailNorrin"))
    body = alt(
        bnd,
        [
            ("Content-Type: text/plain; charset=UTF-8", "quoted-printable", "utf-8", text),
            ("Content-Type: text/html; charset=UTF-8", "quoted-printable", "utf-8", htm),
        ],
    )
    return finish(headers(hdr), body), "alt/utf-8/qp"


def yahoo_web(ctx: Ctx) -> tuple[bytes, str]:
    return yahoo(ctx, "")


def yahoo_ios(ctx: Ctx) -> tuple[bytes, str]:
    return yahoo(ctx, "iPhone")


def yahoo_android(ctx: Ctx) -> tuple[bytes, str]:
    return yahoo(ctx, "Android")


# --------------------------------------------------------------------------------------------------------------
# Proton Mail


def proton(ctx: Ctx) -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    d = ctx.local_sent
    t = h12(d) if w.loc == "us" else h24(d)
    at = f"On {DAY[d.weekday()]}, {MONTH[d.month - 1]} {ordinal(d.day)}, {d.year} at {t}, {inv.from_name} <{inv.from_addr}> wrote:"
    sig_text = "Sent with Proton Mail secure email."
    text = ctx.body + "\n\n" + "Sent with [Proton Mail](https://proton.me/mail/home) secure email.\n"
    if ctx.quote != "none":
        text += "\n" + at + "\n\n" + "\n".join(quoted(render_invitation(inv, "proton"))) + "\n"
    div = '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
    htm = "".join(f"{div}{esc(x) if x else '<br>'}</div>" for x in ctx.body.split("\n"))
    htm += (
        f'{div}<br></div>\n<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n'
        '    <div class="protonmail_signature_block-user protonmail_signature_block-empty">\n        \n            </div>\n    \n'
        '            <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n'
        "    </div>\n</div>\n"
    )
    if ctx.quote != "none":
        htm += (
            f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">\n'
            f"        {esc(at)}<br><br>\n"
            f'        <blockquote class="protonmail_quote" type="cite">\n            {invitation_inner(inv)}\n'
            "        </blockquote><br>\n    </div>"
        )
    del sig_text
    bnd = "b1=_" + b62(ctx.h("b"), 43)
    mid = f"<{b62(ctx.h('m'), 43)}=@proton.me>"
    hdr = [
        ("Date", date_hdr(ctx.date)),
        ("To", to_hdr(ctx)),
        ("From", addr(w.name, w.addr)),
        ("Subject", subj("Re: " + inv.subject)),
        ("Message-ID", mid),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Feedback-ID", f"{b62(ctx.h('f'), 43)}==:Ext:ProtonMail"),
        ("X-Pm-Message-ID", ctx.h("x")[:40]),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;{CRLF} boundary="{bnd}"'),
    ]
    body = (
        "This is a multi-part message in MIME format."
        + CRLF
        + CRLF
        + alt(
            bnd,
            [
                ("Content-Type: text/plain; charset=utf-8", "quoted-printable", "utf-8", text),
                ("Content-Type: text/html; charset=utf-8", "base64", "utf-8", htm),
            ],
        )
    )
    return finish(headers(hdr), body), "alt/utf-8/qp+base64"


# --------------------------------------------------------------------------------------------------------------
# Thunderbird (HTML compose -> multipart/alternative with format=flowed text; or plain text compose)


def flowed(lines: list[str], width: int = 72) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln == "-- ":
            out.append(ln)
            continue
        m = re.match(r"^(>+ ?)", ln)
        prefix = m.group(1) if m else ""
        content = ln[len(prefix) :]
        if not prefix and (content.startswith(" ") or content.startswith("From ") or content.startswith(">")):
            content = " " + content
        if len(prefix + content) <= width:
            out.append((prefix + content).rstrip(" ") if content.strip() else prefix.rstrip())
            continue
        words = content.split(" ")
        cur = ""
        pieces = []
        for wd in words:
            if cur and len(prefix) + len(cur) + len(wd) + 1 > width:
                pieces.append(cur + " ")
                cur = wd
            else:
                cur = f"{cur} {wd}" if cur else wd
        pieces.append(cur)
        out += [prefix + p for p in pieces]
    return out


def tb_attr(ctx: Ctx) -> str:
    d, inv = ctx.local_sent, ctx.inv
    if ctx.who.loc == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{str(d.year)[2:]} um {h24(d)} schrieb {inv.from_name}:"
    if ctx.who.loc == "us":
        return f"On {d.month}/{d.day}/{str(d.year)[2:]} {h12(d)}, {inv.from_name} wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {h24(d)}, {inv.from_name} wrote:"


def thunderbird(ctx: Ctx) -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    at = tb_attr(ctx)
    plain_only = ctx.extra.get("tb_plain", False)
    sig = ctx.extra.get("tb_sig")
    typed = ctx.body.split("\n")
    if sig:
        typed += ["", "-- ", *sig.split("\n")]
    if ctx.quote == "inline":
        # the writer kept only the quoted lines they answer; body holds '{attr}' and '> ...' lines already
        text_lines = [x.replace("{attr}", at) for x in ctx.body.split("\n")]
        if sig:
            text_lines += ["", "-- ", *sig.split("\n")]
    else:
        src = inv.text.rstrip("\n").split("\n") if plain_only else render_invitation(inv, "tb")
        q = [at, *quoted(src)]
        if ctx.quote == "none":
            text_lines = typed
        elif ctx.quote == "bottom":
            text_lines = q + [""] + typed
        else:
            text_lines = typed + [""] + q
    text = "\n".join(flowed(text_lines)) + "\n"
    dom = w.addr.split("@")[1]
    mid = f"<{uuid_lower(ctx.h('m'))}@{dom}>"
    hdr = [
        ("Message-ID", mid),
        ("Date", date_hdr(ctx.date)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", subj(re_prefix(ctx, "tb") + inv.subject)),
        ("Content-Language", {"de": "de-DE", "us": "en-US"}.get(w.loc, "en-GB")),
        ("To", to_hdr(ctx, "UTF-8", "Q")),
        ("References", INVITE_ID),
        ("From", addr(w.name, w.addr, "UTF-8", "Q")),
        ("In-Reply-To", INVITE_ID),
    ]
    eight = not is_ascii(text)
    cte = "8bit" if eight else "7bit"
    if plain_only:
        hdr += [("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", cte)]
        return finish(headers(hdr), payload(text, "utf-8", cte)), f"plain/utf-8/{cte}-flowed"
    paras = ctx.body.split("\n\n")
    mine = "".join("    <p>" + "<br>\n      ".join(esc(x) for x in p.split("\n")) + "</p>\n" for p in paras)
    if sig:
        mine += '    <pre class="moz-signature" cols="72">-- \n' + esc(sig) + "</pre>\n"
    cite = (
        f'    <div class="moz-cite-prefix">{esc(at)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{INVITE_ID[1:-1]}">\n      {invitation_inner(inv)}\n    </blockquote>\n'
    )
    if ctx.quote == "none":
        inner = mine
    elif ctx.quote == "bottom":
        inner = cite + mine
    else:
        inner = mine + cite
    htm = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
        + inner
        + "  </body>\n</html>\n"
    )
    bnd = "------------" + b62(ctx.h("b"), 24)
    hdr += [("Content-Type", f'multipart/alternative;{CRLF} boundary="{bnd}"')]
    body = (
        "This is a multi-part message in MIME format."
        + CRLF
        + alt(
            bnd,
            [
                ("Content-Type: text/plain; charset=UTF-8; format=flowed", cte, "utf-8", text),
                ("Content-Type: text/html; charset=UTF-8", "8bit" if not is_ascii(htm) else "7bit", "utf-8", htm),
            ],
        )
    )
    return finish(headers(hdr), body), f"alt/utf-8/{cte}-flowed"


# --------------------------------------------------------------------------------------------------------------
# Samsung Email (Android)


def samsung(ctx: Ctx) -> tuple[bytes, str]:
    w, inv = ctx.who, ctx.inv
    d = ctx.local_sent
    if w.loc == "us":
        when = f"{d.month}/{d.day}/{str(d.year)[2:]}  {h12(d)}  {gmt_paren(d)} "
    else:
        when = f"{d.day:02d}/{d.month:02d}/{d.year}  {h24(d)}  {gmt_paren(d)} "
    sig = ctx.extra.get("samsung_sig", "Sent from my Galaxy")
    block = [
        "-------- Original message --------",
        f"From: {inv.from_name} <{inv.from_addr}> ",
        f"Date: {when}",
        f"To: {w.name} <{w.addr}> ",
        f"Subject: {inv.subject} ",
    ]
    text = ctx.body + "\n\n\n\n" + sig + "\n"
    if ctx.quote != "none":
        text += "\n\n" + "\n".join(block) + "\n\n" + "\n".join(render_invitation(inv, "samsung")) + "\n"
    htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
    htm += "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>' for x in ctx.body.split("\n"))
    htm += '<div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div>'
    htm += f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{esc(sig)}</div></div>'
    if ctx.quote != "none":
        htm += '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        htm += "".join(f"<div>{esc(x)}</div>" for x in block) + "<div><br></div></div>"
        htm += invitation_inner(inv)
    htm += "</body></html>"
    bnd = f"--_com.samsung.android.email_{digits(ctx.h('b'), 19)}"
    mid = f"<{b62(ctx.h('m'), 24).lower()}.{ms(ctx.date)}@email.android.com>"
    hdr = [
        ("Message-ID", mid),
        ("Date", date_hdr(ctx.date)),
        ("Subject", subj("Re: " + inv.subject)),
        ("From", addr(w.name, w.addr)),
        ("To", to_hdr(ctx)),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ]
    body = alt(
        bnd,
        [
            ("Content-Type: text/plain; charset=utf-8", "base64", "utf-8", text),
            ("Content-Type: text/html; charset=utf-8", "base64", "utf-8", htm),
        ],
    )
    return finish(headers(hdr), body), "alt/utf-8/base64"


BUILDERS = {
    "gmail": gmail,
    "gmail-android": gmail_android,
    "gmail-ios": gmail_ios,
    "gmail-fwd": gmail_forward,
    "gmail-vacation": gmail_vacation,
    "outlook": outlook,
    "outlook-plain": outlook_plain,
    "owa": owa,
    "outlook-ios": outlook_ios,
    "outlook-android": outlook_android,
    "exchange-oof": exchange_oof,
    "exchange-ndr": exchange_ndr,
    "apple-mail": apple_mail,
    "ios-mail": ios_mail,
    "yahoo": yahoo_web,
    "yahoo-ios": yahoo_ios,
    "yahoo-android": yahoo_android,
    "proton": proton,
    "thunderbird": thunderbird,
    "samsung": samsung,
}
