"""How each mail client of blind20 builds a reply: header set, quoting/attribution, HTML structure, charset, CTE.

Written from what these clients are known to send (localised attribution lines and header blocks, the charsets
they pick, their Message-ID shapes and boundaries). Everything is deterministic: ids, boundaries and dates are
derived from the reply id.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

from .replies import Reply

CORPUS = Path(__file__).resolve().parent.parent
INV_NAME = "Recruiting Team"
INV_ADDR = "recruiting@hr.example.com"
INV_MSGID = "<invitation-1@hr.example.com>"
INV_UTC = datetime(2026, 11, 26, 9, 12, 4, tzinfo=timezone.utc)
INV_SUBJECT = {"en": "Re-interview invitation: Support desk", "zh": "重新面试邀请：电商客服专员"}
INV_GREETING_NAME = {"en": "Alice Smith", "zh": "张三"}

TZ = {
    "en": 0,
    "en-us": -5,
    "de": 1,
    "fr": 1,
    "es": 1,
    "pt": -3,
    "it": 1,
    "nl": 1,
    "ja": 9,
    "ko": 9,
    "ru": 3,
    "zh": 8,
    "zh-tw": 8,
}

CODEC = {
    "utf-8": "utf-8",
    "UTF-8": "utf-8",
    "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252",
    "windows-1251": "cp1251",
    "koi8-r": "koi8_r",
    "iso-2022-jp": "iso2022_jp",
    "ISO-2022-JP": "iso2022_jp",
    "Shift_JIS": "shift_jis",
    "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr",
    "gb2312": "gb2312",
    "GB2312": "gb2312",
    "GBK": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
    "us-ascii": "ascii",
}


# ----------------------------------------------------------------------------------------------- small helpers
def h(seed: str, n: int = 40) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(h(seed, 12), 16) % (hi - lo + 1)


def b64id(seed: str, n: int) -> str:
    raw = base64.b64encode(bytes.fromhex(h(seed, 2 * n))).decode()
    return raw.replace("/", "_")[:n]


def uuid(seed: str, upper: bool = True) -> str:
    x = h(seed, 32)
    u = f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
    return u.upper() if upper else u


def rfcdate(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (
        f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} "
        f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}"
    )


def ew(text: str, charset: str = "UTF-8", mode: str = "B") -> str:
    """RFC 2047 encoded words (split so each stays under 76 characters), or the text itself if ASCII."""
    if all(ord(ch) < 128 for ch in text):
        return text
    codec = CODEC.get(charset, charset)

    def enc(s: str) -> str:
        data = s.encode(codec)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
        out = ""
        for byte in data:
            c = chr(byte)
            if c == " ":
                out += "_"
            elif c.isalnum() and byte < 128 or c in "!*+-/":
                out += c
            else:
                out += f"={byte:02X}"
        return f"=?{charset}?Q?{out}?="

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > 72:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    words.append(enc(cur))
    return "\n ".join(words)


def addr(name: str, address: str, charset: str = "UTF-8", mode: str | None = None, quote: bool = False) -> str:
    if not name:
        return f"<{address}>"
    if mode is None:
        mode = "Q" if sum(ord(c) > 127 for c in name) * 3 < len(name) else "B"
    shown = ew(name, charset, mode)
    if shown == name and (quote or re.search(r"[^\w ]", name)):
        shown = f'"{name}"'
    elif quote and shown != name:
        shown = f'"{shown}"'
    return f"{shown} <{address}>"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def tfields(dt: datetime) -> dict[str, str]:
    h12 = dt.hour % 12 or 12
    return {
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MM": f"{dt.minute:02d}",
        "SS": f"{dt.second:02d}",
        "h12": str(h12),
        "hh12": f"{h12:02d}",
        "AP": "AM" if dt.hour < 12 else "PM",
        "KAP": "오전" if dt.hour < 12 else "오후",
        "ZAP": "上午" if dt.hour < 12 else "下午",
        "GMT": gmt(dt),
    }


def gmt(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"GMT{sign}{mins // 60:02d}:{mins % 60:02d}"


# ----------------------------------------------------------------------------------------------- the invitation
def inv_text(lang: str) -> str:
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


def inv_html_inner(lang: str) -> str:
    full = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    m = re.search(r"<body[^>]*>\s*(.*?)\s*</body>", full, re.S)
    assert m
    return m.group(1)


class _Render(HTMLParser):
    """HTML to text the way a client's plain-text alternative shows a quoted HTML mail."""

    def __init__(self, style: dict):
        super().__init__(convert_charrefs=True)
        self.s = style
        self.lines: list[str] = []
        self.cur = ""
        self.lists: list[list] = []  # [kind, counter]
        self.href: str | None = None
        self.atext = ""
        self.cells = 0

    def _flush(self):
        line = re.sub(r"[ \t]+$", "", self.cur)
        if line.strip() or self.cur == "":
            pass
        self.lines.append(line)
        self.cur = ""

    def _newline(self):
        if self.cur.strip():
            self._flush()
        else:
            self.cur = ""

    def _blank(self):
        self._newline()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("p", "h3", "table"):
            self._blank()
        elif tag == "div":
            self._newline()
        elif tag in ("ol", "ul"):
            self._blank()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._newline()
            kind = self.lists[-1]
            kind[1] += 1
            marker = self.s["ol"].format(n=kind[1]) if kind[0] == "ol" else self.s["ul"]
            self.cur = self.s["indent"] + marker
        elif tag == "tr":
            self._newline()
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.cur += self.s["cell"]
            self.cells += 1
        elif tag == "br":
            self._flush()
        elif tag == "hr":
            self._blank()
            self.lines.append(self.s["hr"])
            self.lines.append("")
        elif tag in ("strong", "b"):
            self.cur += self.s["bold"]
        elif tag == "a":
            self.href = a.get("href")
            self.atext = ""

    def handle_endtag(self, tag):
        if tag in ("p", "h3", "table", "ol", "ul"):
            if tag in ("ol", "ul"):
                self.lists.pop()
            self._blank()
        elif tag in ("div", "li"):
            self._newline()
        elif tag in ("strong", "b"):
            self.cur += self.s["bold"]
        elif tag == "a":
            if self.href:
                if self.s["link"] == "outlook":
                    self.cur += f"<{self.href}>"
                elif self.s["link"] == "gmail" and self.atext.strip() != self.href:
                    self.cur += f" <{self.href}>"
            self.href = None

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data)
        if not self.cur.strip():
            text = text.lstrip() if not self.cur else text.lstrip()
        self.cur += text
        if self.href is not None:
            self.atext += text


STYLE_GMAIL = {
    "ol": "{n}. ",
    "ul": "- ",
    "indent": "   ",
    "bold": "*",
    "link": "gmail",
    "hr": "------------------------------",
    "cell": " ",
}
STYLE_PLAIN = {"ol": "{n}. ", "ul": "- ", "indent": "  ", "bold": "", "link": "none", "hr": "", "cell": "\t"}
STYLE_OUTLOOK = {
    "ol": "{n}.  ",
    "ul": "  *   ",
    "indent": "  ",
    "bold": "",
    "link": "outlook",
    "hr": "________________________________",
    "cell": "\t",
}
STYLE_APPLE = {"ol": "{n}. ", "ul": "• ", "indent": "\t", "bold": "", "link": "none", "hr": "", "cell": "\t"}


def render(lang: str, style: dict) -> list[str]:
    p = _Render(style)
    p.feed(inv_html_inner(lang))
    p.close()
    p._newline()
    lines = p.lines
    while lines and lines[0] == "":
        lines.pop(0)
    while lines and lines[-1] == "":
        lines.pop()
    out: list[str] = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    return out


def gt(lines: list[str], prefix: str = "> ", blank: str = ">") -> str:
    return "\n".join(prefix + ln if ln else blank for ln in lines)


def wrap_gmail(text: str, width: int = 78) -> str:
    out = []
    for ln in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", ln)
        pre, rest = m.group(1), m.group(2)
        if len(ln) <= width or " " not in rest.strip():
            out.append(ln)
            continue
        for piece in textwrap.wrap(rest, width - len(pre), break_long_words=False, break_on_hyphens=False):
            out.append(pre + piece)
    return "\n".join(out)


def flow(text: str, prefix: str = "", width: int = 72) -> list[str]:
    """format=flowed lines: soft breaks keep a trailing space."""
    out = []
    for ln in text.split("\n"):
        if ln == "":
            out.append(prefix.rstrip() if prefix else "")
            continue
        if len(prefix + ln) <= width:
            out.append(prefix + ln)
            continue
        lead = re.match(r"^\s*", ln).group(0)
        pieces = textwrap.wrap(
            ln,
            width - len(prefix),
            break_long_words=False,
            break_on_hyphens=False,
            initial_indent="",
            subsequent_indent="",
            drop_whitespace=True,
        )
        if lead and pieces:
            pieces[0] = lead + pieces[0].lstrip()
        for i, piece in enumerate(pieces):
            out.append(prefix + piece + (" " if i < len(pieces) - 1 else ""))
    return out


# ----------------------------------------------------------------------------------------------- MIME assembly
@dataclass
class Leaf:
    ct: str
    cte: str | None
    text: str
    codec: str
    errors: str = "strict"
    extra: tuple[str, ...] = ()
    order: str = "ct-first"

    def headers(self) -> list[str]:
        hs = [f"Content-Type: {self.ct}"]
        if self.cte:
            hs.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.order == "cte-first":
            hs.reverse()
        return hs + list(self.extra)

    def payload(self) -> bytes:
        text = self.text
        if self.cte == "base64":
            data = text.replace("\n", "\r\n").encode(self.codec, self.errors)
            return base64.encodebytes(data).rstrip(b"\n")
        data = text.encode(self.codec, self.errors)
        if self.cte == "quoted-printable":
            return quopri.encodestring(data).rstrip(b"\n")
        return data


@dataclass
class Multi:
    subtype: str
    boundary: str
    parts: list
    params: str = ""
    preamble: str = ""
    extra: tuple[str, ...] = ()
    quote_boundary: bool = True

    def headers(self) -> list[str]:
        b = f'"{self.boundary}"' if self.quote_boundary else self.boundary
        return [f"Content-Type: multipart/{self.subtype};{self.params}\n\tboundary={b}"] + list(self.extra)

    def payload(self) -> bytes:
        out = self.preamble.encode()
        for p in self.parts:
            out += f"\n--{self.boundary}\n".encode()
            out += "\n".join(p.headers()).encode() + b"\n\n" + p.payload() + b"\n"
        out += f"\n--{self.boundary}--\n".encode()
        return out


def message(headers: list[tuple[str, str]], body, body_first: bool = False) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if body_first:
        lines = body.headers() + lines
    else:
        lines += body.headers()
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + body.payload()
    if not raw.endswith(b"\n"):
        raw += b"\n"
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def fmt_of(node) -> str:
    def leaf_of(n):
        return n if isinstance(n, Leaf) else leaf_of(n.parts[0])

    leaf = leaf_of(node)
    cs = re.search(r'charset="?([^";\s]+)', leaf.ct)
    charset = (cs.group(1) if cs else "us-ascii").lower()
    cte = {"quoted-printable": "qp", None: "7bit"}.get(leaf.cte, (leaf.cte or "7bit").lower())
    if isinstance(node, Multi):
        kind = {"alternative": "alt", "report": "report", "mixed": "mixed"}[node.subtype]
    else:
        kind = "html" if leaf.ct.startswith("text/html") else "plain"
    if "format=flowed" in leaf.ct:
        kind += "-flowed"
    return f"{kind}/{charset}/{cte}"


# ----------------------------------------------------------------------------------------------- context
@dataclass
class Ctx:
    r: Reply
    n: int
    to_addr: str
    sent: datetime
    inv_local: datetime

    @property
    def seed(self) -> str:
        return self.r.id

    @property
    def t(self) -> dict[str, str]:
        return tfields(self.inv_local)

    @property
    def subject(self) -> str:
        return INV_SUBJECT[self.r.inv]

    @property
    def lang(self) -> str:
        return self.r.inv

    def ts(self, ms: bool = True) -> int:
        return int(self.sent.timestamp() * (1000 if ms else 1)) + (num(self.seed + "ms", 0, 999) if ms else 0)


def quoted_block(c: Ctx, attr: str, quote_lines: list[str], prefix="> ", blank=">") -> str:
    """Text part: the reply body and the quote in the order the reply asked for."""
    r = c.r
    q = gt(quote_lines, prefix, blank)
    if r.quote == "none":
        return r.body
    if r.quote == "above":
        return f"{attr}\n{q}\n\n{r.body}"
    return f"{r.body}\n\n{attr}\n{q}"


# ----------------------------------------------------------------------------------------------- Gmail
GMAIL_ATTR = {
    "en": "On Thu, 26 Nov 2026 at {HH}:{MM}, {n} <{a}> wrote:",
    "en-us": "On Thu, Nov 26, 2026 at {h12}:{MM}\u202f{AP} {n} <{a}> wrote:",
    "de": "Am Do., 26. Nov. 2026 um {HH}:{MM} Uhr schrieb {n} <{a}>:",
    "fr": "Le jeu. 26 nov. 2026 à {HH}:{MM}, {n} <{a}> a écrit :",
    "es": "El jue, 26 nov 2026 a las {H}:{MM}, {n} (<{a}>) escribió:",
    "pt": "Em qui., 26 de nov. de 2026 às {HH}:{MM}, {n} <{a}> escreveu:",
    "it": "Il giorno gio 26 nov 2026 alle ore {HH}:{MM} {n} <{a}> ha scritto:",
    "nl": "Op do 26 nov 2026 om {HH}:{MM} schreef {n} <{a}>:",
    "ja": "2026年11月26日(木) {H}:{MM} {n} <{a}>:",
    "ko": "2026년 11월 26일 (목) {KAP} {h12}:{MM}, {n} <{a}>님이 작성:",
    "ru": "чт, 26 нояб. 2026 г. в {HH}:{MM}, {n} <{a}>:",
    "zh": "{n} <{a}> 于2026年11月26日周四 {HH}:{MM}写道：",
}


def gmail_body_html(body: str) -> str:
    lines = body.split("\n")
    first, rest = lines[0], lines[1:]
    inner = esc(first) + "".join("<div><br></div>" if not ln else f"<div>{esc(ln)}</div>" for ln in rest)
    return f'<div dir="ltr">{inner}</div>'


def gmail_headers(c: Ctx, subject: str, extra=()) -> list[tuple[str, str]]:
    r = c.r
    hs = [("MIME-Version", "1.0")]
    hs += [("References", INV_MSGID), ("In-Reply-To", INV_MSGID)]
    hs += [
        ("From", addr(r.name, r.addr)),
        ("Date", rfcdate(c.sent)),
        ("Message-ID", f"<CA{b64id(c.seed + 'gm', 44)}@mail.gmail.com>"),
        ("Subject", ew(subject, "UTF-8", "B")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
    ]
    hs += list(extra)
    return hs


def gmail(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    attr = GMAIL_ATTR[r.loc].format(**c.t, n=INV_NAME, a=INV_ADDR)
    quote = render(c.lang, STYLE_GMAIL)
    text = r.body if r.quote == "none" else f"{r.body}\n\n{attr}\n\n{gt(quote)}"
    text = wrap_gmail(text)
    html_body = gmail_body_html(r.body)
    if r.quote != "none":
        a_html = esc(attr).replace(esc(f"<{INV_ADDR}>"), f'&lt;<a href="mailto:{INV_ADDR}">{INV_ADDR}</a>&gt;')
        html_body += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{a_html}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html_inner(c.lang)}'
            "</blockquote></div>"
        )
    ascii_only = all(ord(ch) < 128 for ch in text + html_body)
    cte = None if ascii_only else "quoted-printable"
    body = Multi(
        "alternative",
        "000000000000" + h(c.seed + "b", 16),
        [
            Leaf('text/plain; charset="UTF-8"', cte, text + "\n", "utf-8"),
            Leaf('text/html; charset="UTF-8"', cte, html_body + "\n", "utf-8"),
        ],
        quote_boundary=True,
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative; boundary="{b.boundary}"']
    return message(gmail_headers(c, "Re: " + c.subject), body), fmt_of(body)


def vacation_gmail(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    body = Multi(
        "alternative",
        "000000000000" + h(c.seed + "b", 16),
        [
            Leaf('text/plain; charset="UTF-8"', None, r.body + "\n", "utf-8"),
            Leaf('text/html; charset="UTF-8"', None, gmail_body_html(r.body) + "\n", "utf-8"),
        ],
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative; boundary="{b.boundary}"']
    hs = gmail_headers(c, "Re: " + c.subject, extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Outlook
OUTLOOK = {
    "en": (("From:", "Sent:", "To:", "Subject:"), "{day}, November 26, 2026 {h12}:{MM} {AP}", "Thursday"),
    "de": (("Von:", "Gesendet:", "An:", "Betreff:"), "Donnerstag, 26. November 2026 {HH}:{MM}", ""),
    "fr": (("De :", "Envoyé :", "À :", "Objet :"), "jeudi 26 novembre 2026 {HH}:{MM}", ""),
    "es": (("De:", "Enviado el:", "Para:", "Asunto:"), "jueves, 26 de noviembre de 2026 {HH}:{MM}", ""),
    "pt": (("De:", "Enviada em:", "Para:", "Assunto:"), "quinta-feira, 26 de novembro de 2026 {HH}:{MM}", ""),
    "it": (("Da:", "Inviato:", "A:", "Oggetto:"), "giovedì 26 novembre 2026 {HH}:{MM}", ""),
    "nl": (("Van:", "Verzonden:", "Aan:", "Onderwerp:"), "donderdag 26 november 2026 {HH}:{MM}", ""),
    "ja": (("差出人:", "送信日時:", "宛先:", "件名:"), "2026年11月26日 {H}:{MM}", ""),
    "ko": (("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"), "2026년 11월 26일 목요일 {KAP} {h12}:{MM}", ""),
    "ru": (("От:", "Отправлено:", "Кому:", "Тема:"), "четверг, 26 ноября 2026 г. {H}:{MM}", ""),
    "zh": (("发件人:", "发送时间:", "收件人:", "主题:"), "2026年11月26日 {H}:{MM}", ""),
    "zh-tw": (("寄件者:", "寄件日期:", "收件者:", "主旨:"), "2026年11月26日 星期四 {ZAP} {hh12}:{MM}", ""),
}
OWA_SENT = {"es": "Enviado:", "pt": "Enviado:"}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "pt": "RE: ",
    "it": "R: ",
    "nl": "RE: ",
    "ja": "RE: ",
    "ko": "RE: ",
    "ru": "RE: ",
    "zh": "答复: ",
    "zh-tw": "回覆: ",
}
OWA_RE = {"fr": "RE: "}
LANG_TAG = {
    "en": "en-GB",
    "en-us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "pt": "pt-BR",
    "it": "it-IT",
    "nl": "nl-NL",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "ru": "ru-RU",
    "zh": "zh-CN",
    "zh-tw": "zh-TW",
}
OOO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "ja": "自動応答: ",
    "ru": "Автоматический ответ: ",
}


def outlook_block(c: Ctx, loc: str, sent_label: str | None = None, seconds: bool = False) -> list[tuple[str, str]]:
    labels, datefmt, day = OUTLOOK[loc]
    t = dict(c.t)
    if seconds:
        t["MM"] = t["MM"] + ":" + t["SS"]
    when = datefmt.format(**t, day=day)
    lab = list(labels)
    if sent_label:
        lab[1] = sent_label
    r = c.r
    return [(lab[0], f"{INV_NAME} <{INV_ADDR}>"), (lab[1], when), (lab[2], f"{r.name} <{r.addr}>"), (lab[3], c.subject)]


def thread_index(seed: str) -> str:
    return base64.b64encode(bytes.fromhex("01dd" + h(seed + "ti", 40))).decode()


def outlook_word_body(lines: str) -> str:
    out = []
    for ln in lines.split("\n"):
        out.append(
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" if not ln else f"<p class=MsoNormal>{esc(ln)}<o:p></o:p></p>"
        )
    return "\n".join(out)


def outlook(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    loc = r.loc
    lk = "en" if loc.startswith("en") else loc
    charset = r.charset if (r.quote == "none" and r.charset) else "utf-8"
    codec = CODEC[charset]
    block = outlook_block(c, lk)
    text = r.body
    if r.quote != "none":
        text += "\n\n" + "\n".join(f"{k} {v}" + (" " if i == 0 else "") for i, (k, v) in enumerate(block))
        text += "\n\n" + "\n".join(render(c.lang, STYLE_OUTLOOK))
    lang_attr = LANG_TAG.get(loc, "en-GB").split("-")[0].upper()
    h_body = outlook_word_body(r.body)
    if r.quote != "none":
        hb = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in block)
        h_body += (
            "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
            f"padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal><span lang={lang_attr}>{hb}<o:p></o:p></span></p>\n"
            f"</div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n{inv_html_inner(c.lang)}"
        )
    html_doc = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
        f'charset={charset}"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        ".MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
        f'<body lang={LANG_TAG.get(loc, "en-GB")} link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
        f"<div class=WordSection1>\n{h_body}\n</div></body></html>"
    )
    if charset in ("iso-2022-jp",):
        cte_t = cte_h = "7bit"
    elif charset in ("ks_c_5601-1987", "big5", "gb2312"):
        cte_t = cte_h = "base64"
    else:
        cte_t = cte_h = "quoted-printable"
    bnd = f"----=_NextPart_000_{h(c.seed + 'np', 4).upper()}_01DD{h(c.seed + 'np2', 4).upper()}.{h(c.seed + 'np3', 8).upper()}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf(f'text/plain;\n\tcharset="{charset}"', cte_t, text + "\n", codec),
            Leaf(f'text/html;\n\tcharset="{charset}"', cte_h, html_doc + "\n", codec),
        ],
    )
    dom = r.addr.split("@")[1]
    subj_prefix = OUTLOOK_RE.get(lk, "RE: ")
    hs = [
        (
            "From",
            addr(
                r.name,
                r.addr,
                charset if charset != "iso-2022-jp" else "iso-2022-jp",
                "B" if any(ord(x) > 0x2000 for x in r.name) else None,
            ),
        ),
        ("To", f"'{INV_NAME}' <{c.to_addr}>"),
        ("References", INV_MSGID),
        ("In-Reply-To", INV_MSGID),
        (
            "Subject",
            ew(subj_prefix + c.subject, charset, "B" if charset not in ("iso-8859-1", "windows-1252") else "Q"),
        ),
        ("Date", rfcdate(c.sent)),
        ("Message-ID", f"<{h(c.seed + 'mid', 12)}${h(c.seed + 'mid2', 8)}${h(c.seed + 'mid3', 8)}@{dom}>"),
        ("MIME-Version", "1.0"),
    ]
    tail = [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(c.seed)),
        ("Content-Language", LANG_TAG.get(loc, "en-gb").lower()),
    ]
    raw = message(hs, body)
    # Outlook puts its X-Mailer/Thread-Index/Content-Language after Content-Type
    head, sep, rest = raw.partition(b"\r\n\r\n")
    head += b"\r\n" + b"\r\n".join(f"{k}: {v}".encode() for k, v in tail)
    return head + sep + rest, fmt_of(body)


def ooo_outlook(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    lk = "en" if r.loc.startswith("en") else r.loc
    h_body = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in r.body.split("\n"))
    html_doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">{h_body}</div></body></html>'
    )
    bnd = f"_000_{h(c.seed + 'x', 8).upper()}{r.addr.split('@')[1].split('.')[0].upper()}_"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf('text/plain; charset="utf-8"', "base64", r.body + "\n", "utf-8"),
            Leaf('text/html; charset="utf-8"', "base64", html_doc + "\n", "utf-8"),
        ],
    )
    subj = OOO_PREFIX[lk] + c.subject
    hs = [
        ("From", addr(r.name, r.addr, "utf-8", "B")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Subject", ew(subj, "utf-8", "B")),
        ("Thread-Topic", ew(c.subject, "utf-8", "B")),
        ("Thread-Index", thread_index(c.seed)),
        ("Date", rfcdate(c.sent)),
        ("Message-ID", f"<{h(c.seed + 'm', 32).upper()}@{r.addr.split('@')[1]}>"),
        ("References", INV_MSGID),
        ("In-Reply-To", INV_MSGID),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", LANG_TAG[r.loc]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, body), fmt_of(body)


OWA_DATES = {
    "en": "Thursday, November 26, 2026 {h12}:{MM} {AP}",
}


def owa_like(c: Ctx, mobile: bool) -> tuple[bytes, str]:
    r = c.r
    loc = r.loc
    lk = "en" if loc.startswith("en") else loc
    block = outlook_block(c, lk, OWA_SENT.get(lk), seconds=mobile)
    quote_text = "\n".join(render(c.lang, STYLE_OUTLOOK))
    sig = "Get Outlook for iOS<https://aka.ms/o0ukef>" if mobile else ""
    text = r.body
    if sig:
        text += "\n\n" + sig
    if r.quote != "none":
        text += "\n" + ("" if mobile else "\n") + "________________________________\n"
        text += "\n".join(f"{k} {v}" for k, v in block) + "\n\n" + quote_text
    lines_html = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(ln) if ln else "<br>"}</div>'
        for ln in r.body.split("\n")
    )
    if mobile:
        lines_html = "".join(f'<div dir="ltr">{esc(ln) if ln else "<br>"}</div>' for ln in r.body.split("\n"))
        lines_html += (
            '<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">'
            'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
        )
    hb = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in block)
    html_doc = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        f'</head>\n<body dir="ltr">\n{lines_html}\n'
    )
    if r.quote != "none":
        html_doc += (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{hb}</font>\n<div>&nbsp;</div>\n</div>\n{inv_html_inner(c.lang)}\n'
        )
    html_doc += "</body>\n</html>"
    tenant = h(c.seed + "t", 4).upper()
    host = f"{'DB9PR' if mobile else 'AS8PR'}0{num(c.seed, 1, 9)}MB{num(c.seed + 'h', 1000, 9999)}"
    bnd = f"_000_{host}{h(c.seed + 'b', 8).upper()}{tenant}_"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf('text/plain; charset="utf-8"', "base64", text + "\n", "utf-8"),
            Leaf('text/html; charset="utf-8"', "base64", html_doc + "\n", "utf-8"),
        ],
        quote_boundary=True,
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"']
    subj_prefix = "Re: " if mobile else OWA_RE.get(lk, OUTLOOK_RE.get(lk, "RE: "))
    hs = [
        ("From", addr(r.name, r.addr)),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Subject", ew(subj_prefix + c.subject)),
        ("Thread-Topic", ew(c.subject)),
        ("Thread-Index", thread_index(c.seed)),
        ("Date", rfcdate(c.sent)),
        ("Message-ID", f"<{host}{h(c.seed + 'mid', 24).upper()}@{host}.eurprd0{num(c.seed, 1, 9)}.prod.outlook.com>"),
        ("References", INV_MSGID),
        ("In-Reply-To", INV_MSGID),
        ("Accept-Language", f"{LANG_TAG[loc]}, en-US"),
        ("Content-Language", LANG_TAG[loc]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    hs.append(("MIME-Version", "1.0"))
    return message(hs, body), fmt_of(body)


def owa(c: Ctx):
    return owa_like(c, False)


def outlook_ios(c: Ctx):
    return owa_like(c, True)


# ----------------------------------------------------------------------------------------------- Apple Mail / iPhone
APPLE_ATTR = {
    "en": "On 26 Nov 2026, at {HH}:{MM}, {n} <{a}> wrote:",
    "en-us": "On Nov 26, 2026, at {h12}:{MM}\u202f{AP}, {n} <{a}> wrote:",
    "de": "Am 26.11.2026 um {HH}:{MM} schrieb {n} <{a}>:",
    "fr": "Le 26 nov. 2026 à {HH}:{MM}, {n} <{a}> a écrit :",
    "es": "El 26 nov 2026, a las {H}:{MM}, {n} <{a}> escribió:",
    "pt": "Em 26 de nov. de 2026, à(s) {HH}:{MM}, {n} <{a}> escreveu:",
    "it": "Il giorno 26 nov 2026, alle ore {HH}:{MM}, {n} <{a}> ha scritto:",
    "nl": "Op 26 nov 2026 om {HH}:{MM} heeft {n} <{a}> het volgende geschreven:",
    "ja": "2026/11/26 {H}:{MM}、{n} <{a}>のメール:",
    "ko": "2026. 11. 26. {KAP} {h12}:{MM}, {n} <{a}> 작성:",
    "ru": "26 нояб. 2026 г., в {HH}:{MM}, {n} <{a}> написал(а):",
    "zh": "在 2026年11月26日，{HH}:{MM}，{n} <{a}> 写道：",
}
IPHONE_SENT = {
    "en": "Sent from my iPhone",
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
}


def apple_like(c: Ctx, phone: bool) -> tuple[bytes, str]:
    r = c.r
    attr = APPLE_ATTR[r.loc].format(**c.t, n=INV_NAME, a=INV_ADDR)
    quote = render(c.lang, STYLE_APPLE)
    lk = "en" if r.loc.startswith("en") else r.loc
    sent = IPHONE_SENT[lk]
    if phone:
        text = r.body + "\n\n" + sent
        if r.quote != "none":
            quote = quote[:]
            quote[0] = "\ufeff" + quote[0]
            text += "\n\n> " + attr + "\n> \n" + gt(quote, "> ", ">")
        lines_html = "".join(f'<div dir="ltr">{esc(ln) if ln else "<br>"}</div>' for ln in r.body.split("\n"))
        html_doc = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{lines_html}<div dir="ltr"><br><div dir="ltr">{esc(sent)}</div>'
        )
        if r.quote != "none":
            html_doc += (
                f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">\ufeff{inv_html_inner(c.lang)}</div></blockquote>'
            )
        html_doc += "</div></body></html>"
    else:
        text = r.body
        if r.quote != "none":
            text += "\n\n> " + attr + "\n> \n" + gt(quote, "> ", ">")
        blines = r.body.split("\n")
        lines_html = esc(blines[0]) + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in blines[1:])
        html_doc = (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{lines_html}<br id="lineBreakAtBeginningOfMessage">'
        )
        if r.quote != "none":
            html_doc += (
                f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{inv_html_inner(c.lang)}</div></blockquote></div><br>"
            )
        html_doc += "</body></html>"
    u = uuid(c.seed + "bnd")
    bnd = f"Apple-Mail-{u}" if phone else f"Apple-Mail=_{u}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf("text/plain;\n\tcharset=utf-8", "quoted-printable", text + "\n", "utf-8", order="cte-first"),
            Leaf("text/html;\n\tcharset=utf-8", "quoted-printable", html_doc + "\n", "utf-8", order="cte-first"),
        ],
    )
    dom = r.addr.split("@")[1]
    if phone:
        body.headers = lambda b=body: [
            f"Content-Type: multipart/alternative; boundary={b.boundary}",
            "Content-Transfer-Encoding: 7bit",
        ]
        hs = [
            ("From", addr(r.name, r.addr)),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", ew("Re: " + c.subject)),
            ("Date", rfcdate(c.sent)),
            ("Message-Id", f"<{uuid(c.seed + 'mid')}@{dom}>"),
            ("References", INV_MSGID),
            ("In-Reply-To", INV_MSGID),
            ("To", f"{INV_NAME} <{c.to_addr}>"),
            ("X-Mailer", "iPhone Mail (22B91)"),
        ]
        return message(hs, body, body_first=True), fmt_of(body)
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"']
    hs = [
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
        ("Subject", ew("Re: " + c.subject)),
        ("From", addr(r.name, r.addr)),
        ("In-Reply-To", INV_MSGID),
        ("Date", rfcdate(c.sent)),
        ("Content-Transfer-Encoding", "7bit"),
        ("Message-Id", f"<{uuid(c.seed + 'mid')}@{dom}>"),
        ("References", INV_MSGID),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ]
    return message(hs, body, body_first=True), fmt_of(body)


def apple(c: Ctx):
    return apple_like(c, False)


def iphone(c: Ctx):
    return apple_like(c, True)


# ----------------------------------------------------------------------------------------------- GMX / WEB.DE
def gmx_like(c: Ctx, host: str, text_mode: bool) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    when = f"Donnerstag, 26. November 2026 um {t['HH']}:{t['MM']} Uhr"
    if text_mode:
        text = r.body
        if r.quote != "none":
            text += (
                "\n \n \n\nGesendet: " + when + f'\nVon: "{INV_NAME}" <{INV_ADDR}>\nAn: {r.addr}\n'
                f"Betreff: {c.subject}\n" + inv_text(c.lang)
            )
        leaf = Leaf("text/plain; charset=UTF-8", "quoted-printable", text + "\n", "utf-8")
    else:
        lines = "".join(f"<div>{esc(ln) if ln else '&nbsp;'}</div>" for ln in r.body.split("\n"))
        doc = f'<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">{lines}\n'
        if r.quote != "none":
            doc += (
                '<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
                "border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; "
                '-webkit-line-break: after-white-space;">\n<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;'
                f"{when}<br/>\n<b>Von:</b>&nbsp;&quot;{INV_NAME}&quot; &lt;{INV_ADDR}&gt;<br/>\n"
                f"<b>An:</b>&nbsp;{r.addr}<br/>\n<b>Betreff:</b>&nbsp;{esc(c.subject)}</div>\n\n"
                f'<div name="quoted-content">{inv_html_inner(c.lang)}</div>\n</div>\n</div>\n</div>'
            )
        doc += "</div></body></html>"
        leaf = Leaf("text/html; charset=UTF-8", "quoted-printable", doc + "\n", "utf-8")
    leaf.headers = lambda lf=leaf: []
    hs = [
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<trinity-{uuid(c.seed + 'tr', False)}-{c.ts()}@3c-app-{host}-bap{num(c.seed, 10, 79)}>"),
        ("From", addr(r.name, r.addr, quote=True)),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", "Aw: " + c.subject),
        ("Content-Type", leaf.ct),
        ("Date", rfcdate(c.sent)),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("X-Priority", "3"),
        ("X-Provags-ID", "V03:K1:" + b64id(c.seed + "pv", 60)),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + b64id(c.seed + "ob", 12) + "=;" + b64id(c.seed + "ob2", 40)),
    ]
    return message(hs, leaf), fmt_of(leaf)


def gmx(c: Ctx):
    return gmx_like(c, "gmx", False)


def gmx_text(c: Ctx):
    return gmx_like(c, "gmx", True)


def webde(c: Ctx):
    return gmx_like(c, "webde", False)


# ----------------------------------------------------------------------------------------------- Thunderbird
TB_ATTR = {
    "en": "On 26/11/2026 {HH}:{MM}, {n} wrote:",
    "de": "Am 26.11.26 um {HH}:{MM} schrieb {n}:",
    "fr": "Le 26/11/2026 à {HH}:{MM}, {n} a écrit :",
    "ja": "On 2026/11/26 {H}:{MM}, {n} wrote:",
}


def thunderbird(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    attr = TB_ATTR["en" if r.loc.startswith("en") else r.loc].format(**c.t, n=INV_NAME)
    src = inv_text(c.lang)
    body_lines = flow(r.body)
    if r.quote == "none":
        lines = body_lines
    elif r.quote == "inline":
        orig = src.split("\n")
        cut = next(i for i, ln in enumerate(orig) if ln.startswith(r.after)) + 1
        lines = (
            [attr] + flow("\n".join(orig[:cut]), "> ") + [""] + body_lines + [""] + flow("\n".join(orig[cut:]), "> ")
        )
    elif r.quote == "above":
        lines = [attr] + flow(src, "> ") + [""] + body_lines
    else:
        lines = body_lines + ["", attr] + flow(src, "> ")
    text = "\n".join(lines) + "\n"
    charset = r.charset or "UTF-8"
    leaf = Leaf(f"text/plain; charset={charset}; format=flowed", "8bit", text, CODEC[charset])
    dom = r.addr.split("@")[1]
    hs = [
        ("Message-ID", f"<{uuid(c.seed + 'tb', False)}@{dom}>"),
        ("Date", rfcdate(c.sent)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", ew("Re: " + c.subject, charset)),
        ("Content-Language", LANG_TAG[r.loc]),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("References", INV_MSGID),
        ("From", addr(r.name, r.addr, charset)),
        ("In-Reply-To", INV_MSGID),
    ]
    return message(hs, leaf), fmt_of(leaf)


# ----------------------------------------------------------------------------------------------- Orange (fr)
def orange(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    block = [
        f"Message du 26/11/26 {t['HH']}:{t['MM']}",
        f'De : "{INV_NAME}" <{INV_ADDR}>',
        f'A : "{r.addr}" <{r.addr}>',
        "Copie à : ",
        f"Objet : {c.subject}",
        "",
    ]
    text = r.body + "\n\n" + gt(block + inv_text(c.lang).split("\n"), "> ", "> ")
    hbody = "<br />".join(esc(ln) for ln in r.body.split("\n"))
    hblock = "<br />".join("&gt; " + esc(ln) for ln in block)
    doc = (
        f"<html><head></head><body><p>{hbody}</p>\n<p>&nbsp;</p>\n"
        '<blockquote style="margin-left: 10px; padding-left: 10px; border-left: solid 1px #0000ff;">\n'
        f"<p>{hblock}</p>\n{inv_html_inner(c.lang)}\n</blockquote></body></html>"
    )
    ts = c.ts()
    body = Multi(
        "alternative",
        f"----=_Part_{num(c.seed, 100000, 999999)}_{num(c.seed + 'p', 10**8, 10**9)}.{ts}",
        [
            Leaf("text/plain; charset=UTF-8", "quoted-printable", text + "\n", "utf-8"),
            Leaf("text/html; charset=UTF-8", "quoted-printable", doc + "\n", "utf-8"),
        ],
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative; \n\tboundary="{b.boundary}"']
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr)),
        ("Reply-To", addr(r.name, r.addr)),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        (
            "Message-ID",
            f"<{num(c.seed, 10**8, 2 * 10**9)}.{num(c.seed + 'x', 1000, 99999)}.{ts}.JavaMail.www@wwinf{num(c.seed, 1, 9)}{num(c.seed + 'w', 100, 999)}>",
        ),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", "RE: " + c.subject),
        ("MIME-Version", "1.0"),
        ("X-Originating-IP", f"[86.{num(c.seed, 192, 254)}.{num(c.seed + 'a', 1, 254)}.{num(c.seed + 'b', 1, 254)}]"),
        ("X-WUM-FROM", "|~|"),
        ("X-WUM-TO", "|~|"),
        ("X-WUM-REPLYTO", "|~|"),
    ]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Libero (it)
def libero(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    block = [
        "----Messaggio originale----",
        f"Da: {INV_ADDR}",
        f"Data: 26-nov-2026 {t['HH']}.{t['MM']}",
        f'A: "{r.addr}"<{r.addr}>',
        f"Ogg: {c.subject}",
        "",
    ]
    text = r.body + "\n\n\n" + "\n".join(block) + "\n" + "\n".join(render(c.lang, STYLE_PLAIN))
    hbody = "<br>".join(esc(ln) for ln in r.body.split("\n"))
    doc = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
        f'<p>{hbody}</p><p><br></p><blockquote style="border-left: #000080 2px solid; margin-left: 5px; '
        f'padding-left: 5px;">'
        + "<br>".join(esc(x) for x in block)
        + f"{inv_html_inner(c.lang)}</blockquote></body></html>"
    )
    ts = c.ts()
    body = Multi(
        "alternative",
        f"----=_Part_{num(c.seed, 1000, 99999)}_{num(c.seed + 'q', 10**8, 10**9)}.{ts}",
        [
            Leaf("text/plain;charset=UTF-8", "quoted-printable", text + "\n", "utf-8"),
            Leaf("text/html;charset=UTF-8", "quoted-printable", doc + "\n", "utf-8"),
        ],
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative; \n\tboundary="{b.boundary}"']
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr)),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Message-ID", f"<{num(c.seed, 10**8, 2 * 10**9)}.{num(c.seed + 'l', 1000, 99999)}.{ts}@mail.libero.it>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", "R: " + c.subject),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("Importance", "Normal"),
    ]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Terra (pt-BR)
def terra(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    charset = r.charset if (r.quote == "none" and r.charset) else "UTF-8"
    codec = CODEC.get(charset, "utf-8")
    attr = f"Em 26/11/2026 {t['HH']}:{t['MM']}, {INV_NAME} <{INV_ADDR}> escreveu:"
    text = r.body
    doc = "<html><body>" + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in r.body.split("\n"))
    if r.quote != "none":
        text += "\n\n" + attr + "\n\n" + gt(inv_text(c.lang).split("\n"), "> ", ">")
        doc += f'<div><br></div><div>{esc(attr)}</div><blockquote type="cite">{inv_html_inner(c.lang)}</blockquote>'
    doc += "</body></html>"
    body = Multi(
        "alternative",
        "=_" + h(c.seed + "t", 32),
        [
            Leaf(f"text/plain; charset={charset}", "quoted-printable", text + "\n", codec),
            Leaf(f"text/html; charset={charset}", "quoted-printable", doc + "\n", codec),
        ],
    )
    hs = [
        ("MIME-Version", "1.0"),
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr, charset, "Q")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Subject", "Re: " + c.subject),
        ("Message-ID", f"<{h(c.seed + 'm', 32)}@terra.com.br>"),
    ]
    if r.quote != "none":
        hs += [("In-Reply-To", INV_MSGID), ("References", INV_MSGID)]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Yandex / Mail.ru / The Bat! (ru)
def yandex(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    lines = "".join(f"<div>{esc(ln) if ln else '&nbsp;'}</div>" for ln in r.body.split("\n"))
    doc = (
        f"<div>{lines}</div><div>&nbsp;</div><div>&nbsp;</div>"
        f'<div>26.11.2026, {t["HH"]}:{t["MM"]}, "{INV_NAME}" &lt;{INV_ADDR}&gt;:</div>'
        f"<blockquote>{inv_html_inner(c.lang)}</blockquote>"
    )
    leaf = Leaf("text/html; charset=utf-8", "8bit", doc + "\n", "utf-8", order="cte-first")
    hs = [
        ("From", addr(r.name, r.addr, "utf-8", "B")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", "Re: " + c.subject),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", rfcdate(c.sent)),
        ("Message-Id", f"<{num(c.seed, 100000, 999999)}{c.ts(False)}@mail.yandex.ru>"),
    ]
    return message(hs, leaf), fmt_of(leaf)


RU_WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def mailru(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    attr = f"Четверг, 26 ноября 2026, {t['HH']}:{t['MM']} +03:00 от {INV_NAME} <{INV_ADDR}>:"
    sig = f"--\n{r.name}"
    quote = render(c.lang, STYLE_PLAIN)
    text = r.body + "\n \n \n" + sig + "\n \n \n" + ">" + attr + "\n> \n" + gt(quote, ">", ">")
    ids = f"style_{c.ts(False)}{num(c.seed, 100, 999)}"
    link = f'<a href="mailto:{INV_ADDR}">{INV_ADDR}</a>'
    linked_attr = esc(attr).replace(INV_ADDR, link)
    doc = (
        "<HTML><BODY>"
        + "".join(f"<div>{esc(ln) if ln else '&nbsp;'}</div>" for ln in r.body.split("\n"))
        + '<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content">'
        f"<div>--<br>{esc(r.name)}</div></div></div><div>&nbsp;</div>"
        '<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
        + linked_attr
        + "<br>&nbsp;"
        + f'<div id=""><div class="js-helper js-readmsg-msg"><div><div id="{ids}_BODY">'
        f"{inv_html_inner(c.lang)}</div></div></div></div></blockquote></BODY></HTML>"
    )
    body = Multi(
        "alternative",
        f"----ALT--{b64id(c.seed + 'alt', 20).replace('+', 'x').replace('_', 'y')}{c.ts(False)}",
        [
            Leaf("text/plain; charset=utf-8", "base64", text + "\n", "utf-8"),
            Leaf("text/html; charset=utf-8", "base64", doc + "\n", "utf-8"),
        ],
    )
    hs = [
        ("From", addr(r.name, r.addr, "UTF-8", "B")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Subject", f"=?UTF-8?B?{base64.b64encode(('Re: ' + c.subject).encode()).decode()}?="),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Mail.Ru Mailer 1.0"),
        ("Date", rfcdate(c.sent)),
        ("Reply-To", addr(r.name, r.addr, "UTF-8", "B")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", f"<{c.ts(False)}.{num(c.seed, 10**8, 10**9 - 1)}@f{num(c.seed, 100, 999)}.i.mail.ru>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
    ]
    return message(hs, body), fmt_of(body)


def thebat(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    charset = r.charset or "koi8-r"
    src = inv_text(c.lang).split("\n")
    q = []
    for ln in src:
        if not ln.strip():
            q.append("")
            continue
        for piece in textwrap.wrap(ln, 72, break_long_words=False, break_on_hyphens=False) or [""]:
            q.append("RT> " + piece)
    first = r.name.split()[0]
    text = (
        f"Здравствуйте, Recruiting.\n\n{r.body}\n\n"
        f"Вы писали 26 ноября 2026 г., {t['H']}:{t['MM']}:{t['SS']}:\n\n"
        + "\n".join(q)
        + f"\n\n\n\n-- \nС уважением,\n {first}                          mailto:{r.addr}\n"
    )
    leaf = Leaf(f"text/plain; charset={charset}", "8bit", text, CODEC[charset], errors="replace")
    s = c.sent
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr, charset, "B")),
        ("Reply-To", addr(r.name, r.addr, charset, "B")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", f"<{num(c.seed, 10**8, 2 * 10**9)}.{s:%Y%m%d%H%M%S}@{r.addr.split('@')[1]}>"),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Subject", "Re: " + c.subject),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "The Bat! (v10.4.5) Professional"),
    ]
    return message(hs, leaf), fmt_of(leaf)


# ----------------------------------------------------------------------------------------------- Naver / Samsung (ko)
def naver(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    charset = r.charset if (r.quote == "none" and r.charset) else "utf-8"
    lines = "".join(f"<p>{esc(ln) if ln else '&nbsp;'}</p>" for ln in r.body.split("\n"))
    doc = f'<div style="font-family: 나눔고딕, NanumGothic, sans-serif; font-size:10pt;">{lines}<p>&nbsp;</p>'
    if r.quote != "none":
        doc += (
            f'<p>-----Original Message-----<br>From: "{INV_NAME}"&lt;{INV_ADDR}&gt;<br>'
            f'To: "{esc(r.name)}"&lt;{r.addr}&gt;;<br>Cc: <br>'
            f"Sent: 2026-11-26 (목) {t['HH']}:{t['MM']}:{t['SS']} (GMT+09:00)<br>Subject: {esc(c.subject)}<br>&nbsp;</p>"
            f"{inv_html_inner(c.lang)}"
        )
    doc += "</div>"
    leaf = Leaf(f'text/html; charset="{charset}"', "base64", doc + "\n", CODEC[charset])
    hs = [
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<{h(c.seed + 'nv', 32)}@cweb0{num(c.seed, 10, 39)}.nm.nfra.io>"),
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr, charset, "B", quote=True)),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", "RE: " + c.subject),
        ("In-Reply-To", INV_MSGID),
        ("X-Naver-ESV", b64id(c.seed + "esv", 40)),
    ]
    return message(hs, leaf), fmt_of(leaf)


def samsung(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    ko = r.loc == "ko"
    if ko:
        sig = "Samsung Galaxy 스마트폰에서 보냄."
        block = [
            "-------- 원본 이메일 --------",
            f"발신: {INV_NAME} <{INV_ADDR}>",
            f"날짜: 26/11/26 {t['KAP']} {t['h12']}:{t['MM']} ({gmt(c.inv_local)})",
            f"수신: {r.addr}",
            f"제목: {c.subject}",
            "",
        ]
    else:
        sig = "Sent from my Galaxy"
        block = [
            "-------- Original message --------",
            f"From: {INV_NAME} <{INV_ADDR}> ",
            f"Date: 26/11/2026 {t['HH']}:{t['MM']} ({gmt(c.inv_local)}) ",
            f"To: {r.addr} ",
            f"Subject: {c.subject} ",
            "",
        ]
    text = r.body + "\n\n\n\n" + sig + "\n\n\n" + "\n".join(block) + "\n" + "\n".join(render(c.lang, STYLE_PLAIN))
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f'<div dir="auto">{esc(ln) if ln else "<br>"}</div>' for ln in r.body.split("\n"))
        + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div><div dir="auto"><br></div>'
        '<div align="left" dir="auto" style="font-size:100%;color:#000000">'
        + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in block)
        + "</div>"
        + inv_html_inner(c.lang)
        + "</body></html>"
    )
    bnd = f"--_com.samsung.android.email_{num(c.seed, 10**17, 10**18 - 1)}{num(c.seed + 's', 10, 99)}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf("text/plain; charset=utf-8", "base64", text + "\n", "utf-8"),
            Leaf("text/html; charset=utf-8", "base64", doc + "\n", "utf-8"),
        ],
    )
    hs = [
        ("Message-ID", f"<{h(c.seed + 'sm', 16)}.{num(c.seed, 10**9, 2 * 10**9)}@email.android.com>"),
        ("Date", rfcdate(c.sent)),
        ("Subject", "Re: " + c.subject),
        ("From", addr(r.name, r.addr, "UTF-8", "B")),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Japan
def yahoojp(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    text = r.body
    if r.quote != "none":
        text += (
            f"\n\n\n----- Original Message -----\n> From: {INV_NAME} <{INV_ADDR}>\n> To: {r.addr}\n"
            f"> Date: 2026/11/26 木 {t['H']}:{t['MM']}\n> Subject: {c.subject}\n> \n"
            + gt(inv_text(c.lang).split("\n"), "> ", "> ")
        )
    # Yahoo! JAPAN sends ISO-2022-JP; what JIS X 0208 cannot hold (simplified hanzi, the en dash) becomes "?"
    leaf = Leaf('text/plain; charset="ISO-2022-JP"', "7bit", text + "\n", "iso2022_jp", errors="replace")
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr, "ISO-2022-JP", "B")),
        ("Reply-To", r.addr),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        (
            "Message-ID",
            f"<{num(c.seed, 10**6, 10**7)}.{num(c.seed + 'y', 10**4, 10**5)}.qm@web{num(c.seed, 100, 999)}.mail.kks.yahoo.co.jp>",
        ),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", "Re: " + c.subject),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, leaf), fmt_of(leaf)


def docomo(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    leaf = Leaf('text/plain; charset="Shift_JIS"', "base64", r.body + "\n", "shift_jis")
    hs = [
        ("From", f"<{r.addr}>"),
        ("To", c.to_addr),
        ("Subject", "Re: " + c.subject),
        ("Date", rfcdate(c.sent)),
        ("Message-ID", f"<{h(c.seed + 'dc', 12)}.{h(c.seed + 'dc2', 8)}@docomo.ne.jp>"),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, leaf), fmt_of(leaf)


# ----------------------------------------------------------------------------------------------- Yahoo / Proton
YAHOO_ATTR = {
    "en": "On Thursday, 26 November 2026 at {HH}:{MM}:{SS} {Z}, {n} <{a}> wrote:",
    "es": "El jueves, 26 de noviembre de 2026, {HH}:{MM}:{SS} {Z}, {n} <{a}> escribió:",
}
ZONE_ABBR = {0: "GMT", 1: "WAT", 2: "SAST", 3: "EAT", -5: "EST", -6: "CST"}


def yahoo(c: Ctx, android: bool = False) -> tuple[bytes, str]:
    r = c.r
    off = int((c.inv_local.utcoffset() or timedelta(0)).total_seconds() // 3600)
    zone = ZONE_ABBR.get(off, "GMT")
    if r.loc == "es" and off == 1:
        zone = "CET"
    attr = YAHOO_ATTR["es" if r.loc == "es" else "en"].format(**c.t, n=INV_NAME, a=INV_ADDR, Z=zone)
    sig = (
        ("Enviado desde Yahoo Mail para Android" if r.loc == "es" else "Sent from Yahoo Mail on Android")
        if android
        else ""
    )
    text = r.body + ("\n\n" + sig if sig else "")
    text += "\n\n    " + attr + "  \n \n " + "\n ".join(render(c.lang, STYLE_PLAIN))
    wrap = h(c.seed + "yd", 8)
    lines = "".join(
        f'<div dir="ltr" data-setdir="false">{esc(ln) if ln else "<br>"}</div>' for ln in r.body.split("\n")
    )
    if sig:
        lines += f'<div><br></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">{esc(sig)}</a></div>'
    qid = num(c.seed, 10**9, 2 * 10**9)
    doc = (
        f'<html><head></head><body><div class="ydp{wrap}yahoo-style-wrap" style="font-family:Helvetica Neue, '
        f'Helvetica, Arial, sans-serif;font-size:13px;">{lines}</div><div id="ydp{wrap}yahoo_quoted_{qid}" '
        f'class="ydp{wrap}yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
        f'font-size:13px;color:#26282a;">\n<div>\n{esc(attr)}\n</div>\n<div><br></div>\n<div><br></div>\n'
        f'<div><div id="ydp{wrap}yiv{qid + 7}">{inv_html_inner(c.lang)}</div></div>\n</div>\n</div></body></html>'
    )
    ts = c.ts()
    body = Multi(
        "alternative",
        f"----=_Part_{num(c.seed, 10**6, 10**7)}_{num(c.seed + 'z', 10**8, 10**9)}.{ts}",
        [
            Leaf("text/plain; charset=UTF-8", "quoted-printable", text + "\n", "utf-8"),
            Leaf("text/html; charset=UTF-8", "quoted-printable", doc + "\n", "utf-8"),
        ],
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative; \n\tboundary="{b.boundary}"']
    xm = "WebService/1.1.24652 YMailNorrin" if not android else "WebService/1.1.24652 YMailAndroidMobile"
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr)),
        ("Reply-To", addr(r.name, r.addr)),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("Message-ID", f"<{num(c.seed, 10**9, 2 * 10**9)}.{num(c.seed + 'k', 10**6, 10**7)}.{ts}@mail.yahoo.com>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", "Re: " + c.subject),
        ("MIME-Version", "1.0"),
        ("X-Mailer", xm),
    ]
    return message(hs, body), fmt_of(body)


def yahoo_android(c: Ctx):
    return yahoo(c, True)


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def proton(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    attr = (
        f"On Thursday, November {ordinal(26)}, 2026 at {t['h12']}:{t['MM']} {t['AP']}, {INV_NAME} <{INV_ADDR}> wrote:"
    )
    sig = "Sent with Proton Mail secure email."
    quote = render(c.lang, STYLE_GMAIL)
    text = f"{r.body}\n\n{sig}\n\n------- Original Message -------\n{attr}\n\n" + gt(quote, "> ", ">")
    fs = 'style="font-family: Arial, sans-serif; font-size: 14px;"'
    lines = "".join(f"<div {fs}>{esc(ln) if ln else '<br>'}</div>" for ln in r.body.split("\n"))
    doc = (
        f'{lines}<div {fs}><br></div><div class="protonmail_signature_block" {fs}>'
        '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">'
        'Proton Mail</a> secure email.</div></div><div class="protonmail_quote">\n'
        f"        ------- Original Message -------<br>\n        {esc(attr)}<br><br>\n"
        f'        <blockquote class="protonmail_quote" type="cite">\n            {inv_html_inner(c.lang)}\n'
        "        </blockquote><br>\n    </div>"
    )
    bnd = "b1=_" + b64id(c.seed + "pb", 40).replace("+", "").replace("_", "")[:40]
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf("text/plain; charset=utf-8", "quoted-printable", text + "\n", "utf-8"),
            Leaf("text/html; charset=utf-8", "quoted-printable", doc + "\n", "utf-8"),
        ],
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative;\n boundary="{b.boundary}"']
    hs = [
        ("Date", rfcdate(c.sent)),
        ("To", f"{INV_NAME} <{c.to_addr}>"),
        ("From", addr(r.name, r.addr)),
        ("Subject", "Re: " + c.subject),
        ("Message-ID", f"<{b64id(c.seed + 'pm', 86)}=@proton.me>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Feedback-ID", f"{b64id(c.seed + 'fb', 86)}==:Ext:ProtonMail"),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- Chinese clients
def qq(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    hh = int(t["H"])
    when = f"2026年11月26日(星期四) {'上午' if hh < 12 else '下午'}{hh % 12 or 12}:{t['MM']}"
    block = [
        f'发件人: "{INV_NAME}" <{INV_ADDR}>;',
        f"发送时间: {when}",
        f'收件人: "{r.name}"<{r.addr}>;',
        "",
        f"主题: {c.subject}",
    ]
    text = (
        r.body
        + "\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
        + "\n".join(block)
        + "\n\n\n\n"
        + "\n".join(render(c.lang, STYLE_PLAIN))
    )
    doc = (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>'
        + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in r.body.split("\n"))
        + "</div><div><br></div>"
        '<div><div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
        f'<div><b>发件人:</b>&nbsp;"{INV_NAME}"&lt;{INV_ADDR}&gt;;</div><div><b>发送时间:</b>&nbsp;{when}</div>'
        f'<div><b>收件人:</b>&nbsp;"{esc(r.name)}"&lt;{r.addr}&gt;;<wbr></div><div></div>'
        f"<div><b>主题:</b>&nbsp;{esc(c.subject)}</div></div><div><br></div>{inv_html_inner(c.lang)}</div>"
    )
    bnd = f"----=_NextPart_{h(c.seed + 'q1', 8).upper()}_{h(c.seed + 'q2', 8).upper()}_{h(c.seed + 'q3', 8).upper()}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf('text/plain;\n\tcharset="gb18030"', "base64", text + "\n", "gb18030"),
            Leaf('text/html;\n\tcharset="gb18030"', "base64", doc + "\n", "gb18030"),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    body.headers = lambda b=body: [
        f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"',
        "Content-Transfer-Encoding: 8Bit",
    ]
    hs = [
        ("From", f'"{ew(r.name, "gb18030", "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", ew("回复：" + c.subject, "gb18030", "B")),
        ("Mime-Version", "1.0"),
    ]
    tail = [
        ("Date", rfcdate(c.sent)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{h(c.seed + 'tx', 40).upper()}@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("References", INV_MSGID),
        ("In-Reply-To", INV_MSGID),
    ]
    raw = message(hs, body)
    head, sep, rest = raw.partition(b"\r\n\r\n")
    head += b"\r\n" + b"\r\n".join(f"{k}: {v}".encode() for k, v in tail)
    return head + sep + rest, fmt_of(body)


def vacation_qq(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    text = "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"
    doc = (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-size:12px;">'
        "这是来自QQ邮箱的假期自动回复邮件。<br>&nbsp;<br>您好，我最近正在休假中，无法亲自回复您的邮件。"
        "我将在假期结束后，尽快给您回复。</div>"
    )
    bnd = f"----=_NextPart_{h(c.seed + 'q1', 8).upper()}_{h(c.seed + 'q2', 8).upper()}_{h(c.seed + 'q3', 8).upper()}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf('text/plain;\n\tcharset="gb18030"', "base64", text + "\n", "gb18030"),
            Leaf('text/html;\n\tcharset="gb18030"', "base64", doc + "\n", "gb18030"),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    body.headers = lambda b=body: [
        f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"',
        "Content-Transfer-Encoding: 8Bit",
    ]
    hs = [
        ("From", f'"{ew(r.name, "gb18030", "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", ew("自动回复: " + c.subject, "gb18030", "B")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate(c.sent)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{h(c.seed + 'tx', 40).upper()}@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    return message(hs, body), fmt_of(body)


def qq_ios(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    when = f"Thu,Nov 26,2026 {t['h12']}:{t['MM']} {t['AP']}"
    block = [
        "------------------ Original ------------------",
        f"From: {INV_NAME} <{INV_ADDR}>",
        f"Date: {when}",
        f"To: {r.name} <{r.addr}>",
        f"Subject: {c.subject}",
        "",
    ]
    text = r.body + "\n\n\n\n发自我的iPhone\n\n\n" + "\n".join(block) + "\n" + "\n".join(render(c.lang, STYLE_PLAIN))
    doc = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        + "".join(f"<div>{esc(ln)}</div>" for ln in r.body.split("\n"))
        + '<div><br></div><div><br></div><div><br></div><div><div style="color:#A0A0A8;">发自我的iPhone</div></div>'
        '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        '------------------ Original ------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
        f"<div><b>From:</b> {INV_NAME} &lt;{INV_ADDR}&gt;</div><div><b>Date:</b> {when}</div>"
        f"<div><b>To:</b> {esc(r.name)} &lt;{r.addr}&gt;</div><div><b>Subject:</b> {esc(c.subject)}</div></div>"
        f"<div><br></div>{inv_html_inner(c.lang)}"
    )
    bnd = f"----=_NextPart_{h(c.seed + 'i1', 8).upper()}_{h(c.seed + 'i2', 8).upper()}_{h(c.seed + 'i3', 8).upper()}"
    body = Multi(
        "alternative",
        bnd,
        [
            Leaf('text/plain;\n\tcharset="utf-8"', "base64", text + "\n", "utf-8"),
            Leaf('text/html;\n\tcharset="utf-8"', "base64", doc + "\n", "utf-8"),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    body.headers = lambda b=body: [
        f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"',
        "Content-Transfer-Encoding: 8Bit",
    ]
    hs = [
        ("From", f'"{ew(r.name, "utf-8", "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", ew("回复：" + c.subject, "utf-8", "B")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate(c.sent)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{h(c.seed + 'tx', 40).upper()}@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "iPhone Mail(20H240)"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
    ]
    return message(hs, body), fmt_of(body)


def netease(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    attr = f'在 2026-11-26 {t["HH"]}:{t["MM"]}:{t["SS"]}，"{INV_NAME}" <{INV_ADDR}> 写道：'
    text = r.body + "\n" * 12 + attr + "\n" + gt(render(c.lang, STYLE_PLAIN), ">", ">")
    doc = (
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
        + "".join(f'<p style="margin:0;">{esc(ln) if ln else "<br>"}</p>' for ln in r.body.split("\n"))
        + '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
        f'<pre><br>{esc(attr)}<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
        f'BORDER-LEFT: #ccc 1px solid">{inv_html_inner(c.lang)}</blockquote></div>'
    )
    ts = c.ts()
    body = Multi(
        "alternative",
        f"----=_Part_{num(c.seed, 10**5, 10**6)}_{num(c.seed + 'n', 10**8, 10**9)}.{ts}",
        [
            Leaf("text/plain; charset=GBK", "base64", text + "\n", "gbk"),
            Leaf("text/html; charset=GBK", "base64", doc + "\n", "gbk"),
        ],
    )
    dom = r.addr.split("@")[1]
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", f'"{ew(r.name, "GBK", "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", ew("Re:" + c.subject, "GBK", "B")),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15) "
            "Copyright (c) 2002-2026 www.mailtech.cn " + dom.split(".")[0] + "com",
        ),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("X-NTES-SC", "AL_Qu2" + b64id(c.seed + "sc", 40)),
        ("MIME-Version", "1.0"),
        (
            "Message-ID",
            f"<{h(c.seed + 'ne', 8)}.{h(c.seed + 'ne2', 4)}.{h(c.seed + 'ne3', 11)}.Coremail.{r.addr.split('@')[0]}@{dom}>",
        ),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", b64id(c.seed + "ct", 36)),
    ]
    return message(hs, body), fmt_of(body)


def mailmaster(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    card = ["| |", r.name, "|", "|", f"{r.addr}", "|"]
    block = [
        "---- 回复的原邮件 ----",
        f"| 发件人 | {INV_NAME}<{INV_ADDR}> |",
        f"| 日期 | 2026年11月26日 {t['HH']}:{t['MM']} |",
        f"| 收件人 | {r.name}<{r.addr}> |",
        f"| 主题 | {c.subject} |",
    ]
    text = r.body + "\n" + "\n".join(card) + "\n" + "\n".join(block) + "\n" + "\n".join(render(c.lang, STYLE_PLAIN))
    rows = [
        ("发件人", f"{INV_NAME}&lt;{INV_ADDR}&gt;"),
        ("日期", f"2026年11月26日 {t['HH']}:{t['MM']}"),
        ("收件人", f"{esc(r.name)}&lt;{r.addr}&gt;"),
        ("主题", esc(c.subject)),
    ]
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f"<div>{esc(ln)}</div>" for ln in r.body.split("\n"))
        + '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
        "border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;"
        "font-family:'微软雅黑';\"><div style=\"font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;"
        'margin-right:10px">---- 回复的原邮件 ----</div><table class="J-mail-card" style="font-size:12px;"><tbody>'
        + "".join(f'<tr><td style="color:#a0a0a0;width:50px;">{k}</td><td>{v}</td></tr>' for k, v in rows)
        + f"</tbody></table></div>{inv_html_inner(c.lang)}</body></html>"
    )
    body = Multi(
        "alternative",
        f"----=_Part_{num(c.seed, 10**5, 10**6)}_{num(c.seed + 'mm', 10**8, 10**9)}.{c.ts()}",
        [
            Leaf("text/plain; charset=UTF-8", "base64", text + "\n", "utf-8"),
            Leaf("text/html; charset=UTF-8", "base64", doc + "\n", "utf-8"),
        ],
    )
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", f'"{ew(r.name, "UTF-8", "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Message-ID", f"<{uuid(c.seed + 'mmid')}@163.com>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", ew("回复：" + c.subject, "UTF-8", "B")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMasterAndroid/7.21.4"),
    ]
    return message(hs, body), fmt_of(body)


def foxmail(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    t = c.t
    block = [
        f"发件人： {INV_NAME}",
        f"发送时间： 2026-11-26 {t['HH']}:{t['MM']}",
        f"收件人： {r.name}",
        f"主题： {c.subject}",
    ]
    text = r.body + "\n\n\n\n" + r.addr + "\n \n" + "\n".join(block) + "\n" + "\n".join(render(c.lang, STYLE_PLAIN))
    doc = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: 1.5; }'
        " blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; } body { font-size: 14px; font-family: "
        "'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n"
        + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in r.body.split("\n"))
        + '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{r.addr}</div></div></span></div>\n'
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
        "PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; "
        f'PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:{INV_ADDR}">{INV_NAME}</a></div>'
        f"<div><b>发送时间：</b>&nbsp;2026-11-26&nbsp;{t['HH']}:{t['MM']}</div>"
        f'<div><b>收件人：</b>&nbsp;<a href="mailto:{r.addr}">{esc(r.name)}</a></div>'
        f"<div><b>主题：</b>&nbsp;{esc(c.subject)}</div></div></div><div>{inv_html_inner(c.lang)}</div></blockquote>\n</body></html>"
    )
    try:
        (text + doc).encode("gb2312")
        charset = "gb2312"
    except UnicodeEncodeError:
        charset = "GBK"
    doc = doc.replace("charset=GB2312", f"charset={charset.upper()}")
    body = Multi(
        "alternative",
        f"----=_001_NextPart{num(c.seed, 10**11, 10**12 - 1)}_=----",
        [
            Leaf(f'text/plain;\n\tcharset="{charset}"', "base64", text + "\n", CODEC[charset]),
            Leaf(f'text/html;\n\tcharset="{charset}"', "base64", doc + "\n", CODEC[charset]),
        ],
        preamble="This is a multi-part message in MIME format.\n",
    )
    body.headers = lambda b=body: [f'Content-Type: multipart/alternative;\n\tboundary="{b.boundary}"']
    s = c.sent
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", f'"{ew(r.name, charset, "B")}" <{r.addr}>'),
        ("To", f'"{INV_NAME}" <{c.to_addr}>'),
        ("Subject", ew("回复: " + c.subject, charset, "B")),
        ("References", INV_MSGID),
        ("X-Priority", "3"),
        ("X-GUID", uuid(c.seed + "guid")),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", f"<{s:%Y%m%d%H%M%S}{num(c.seed, 10**8, 10**9 - 1)}@foxmail.com>"),
    ]
    return message(hs, body), fmt_of(body)


# ----------------------------------------------------------------------------------------------- bounces, other auto-replies
def rfc822_headers(c: Ctx) -> str:
    r = c.r
    return (
        f"Return-Path: <{c.to_addr}>\nFrom: {INV_NAME} <{INV_ADDR}>\nReply-To: {INV_NAME} <{c.to_addr}>\n"
        f"To: {r.addr}\nSubject: {c.subject}\nDate: {rfcdate(INV_UTC)}\nMessage-ID: {INV_MSGID}\n"
        'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="===============inv1=="\n'
    )


def bounce_postfix(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    host = "mx1." + r.addr.split("@")[1]
    qid = h(c.seed + "q", 10).upper()
    text = (
        f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
        "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
        "attached returned message.\n\n                   The mail system\n\n"
        f"<{r.addr}>: host {host}[private/dovecot-lmtp] said: 552 5.2.2\n    <{r.addr}> Mailbox is full / Blocks "
        "limit exceeded / Inode limit\n    exceeded (in reply to end of DATA command)\n"
    )
    status = (
        f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {c.to_addr}\n"
        f"Arrival-Date: {rfcdate(INV_UTC)}\n\nFinal-Recipient: rfc822; {r.addr}\n"
        f"Original-Recipient: rfc822;{r.addr}\nAction: failed\nStatus: 5.2.2\n"
        f"Diagnostic-Code: smtp; 552 5.2.2 <{r.addr}> Mailbox is full / Blocks limit\n"
        "    exceeded / Inode limit exceeded\n"
    )
    bnd = f"{qid}.{int(c.sent.timestamp())}/{host}"
    body = Multi(
        "report",
        bnd,
        [
            Leaf("text/plain; charset=us-ascii", None, text, "ascii", extra=("Content-Description: Notification",)),
            Leaf("message/delivery-status", None, status, "ascii", extra=("Content-Description: Delivery report",)),
            Leaf(
                "text/rfc822-headers",
                None,
                rfc822_headers(c),
                "ascii",
                extra=("Content-Description: Undelivered Message Headers",),
            ),
        ],
        params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n",
    )
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", c.to_addr),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{c.sent:%Y%m%d%H%M%S}.{qid}@{host}>"),
    ]
    return message(hs, body), fmt_of(body)


def bounce_exchange(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    dom = r.addr.split("@")[1]
    text = (
        f"Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:\n\n{r.addr}\n"
        "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie, die "
        "Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.\n\n"
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EX01.{dom.split('.')[0]}.local\n\n"
        f"{r.addr}\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
        "QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent "
        "exception with message Cannot open mailbox.'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n" + rfc822_headers(c)
    )
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p><b><font color="#000066" size="3" face="Arial">Die Nachricht konnte nicht an die folgenden Empfänger '
        f'zugestellt werden:</font></b></p><font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{r.addr}">'
        f'{r.addr}</a><br></font><font color="#000000" size="3" face="Arial">Das Postfach des Empfängers ist voll '
        "und kann derzeit keine Nachrichten annehmen. Versuchen Sie, die Nachricht später erneut zu senden, oder "
        "wenden Sie sich direkt an den Empfänger.</font></p></body></html>"
    )
    status = (
        f"Reporting-MTA: dns;EX01.{dom.split('.')[0]}.local\nReceived-From-MTA: dns;mx.{dom}\n"
        f"Arrival-Date: {rfcdate(INV_UTC)}\n\nFinal-Recipient: rfc822;{r.addr}\nAction: failed\n"
        "Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
        "QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
    )
    alt = Multi(
        "alternative",
        f"_000_{h(c.seed + 'a', 24).upper()}_",
        [
            Leaf('text/plain; charset="utf-8"', "quoted-printable", text, "utf-8"),
            Leaf('text/html; charset="utf-8"', "quoted-printable", doc + "\n", "utf-8"),
        ],
    )
    body = Multi(
        "report",
        f"_{h(c.seed + 'r', 24).upper()}_",
        [
            alt,
            Leaf("message/delivery-status", "7bit", status, "ascii"),
            Leaf("text/rfc822-headers", "7bit", rfc822_headers(c), "ascii"),
        ],
        params=" report-type=delivery-status;",
    )
    hs = [
        ("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
        ("To", c.to_addr),
        ("Date", rfcdate(c.sent)),
        ("Content-Language", "de-DE"),
        ("Message-ID", f"<{uuid(c.seed + 'ndr', False)}@EX01.{dom.split('.')[0]}.local>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Subject", ew("Unzustellbar: " + c.subject, "utf-8", "Q")),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, body), "report/utf-8/qp"


def autoreply_generic(c: Ctx) -> tuple[bytes, str]:
    r = c.r
    leaf = Leaf("text/plain; charset=us-ascii", "7bit", r.body + "\n", "ascii")
    dom = r.addr.split("@")[1]
    hs = [
        ("Date", rfcdate(c.sent)),
        ("From", addr(r.name, r.addr)),
        ("To", c.to_addr),
        ("Subject", "Auto: " + c.subject),
        ("Message-ID", f"<dovecot-sieve-{c.ts()}-{num(c.seed, 1, 9)}@mail.{dom}>"),
        ("In-Reply-To", INV_MSGID),
        ("References", INV_MSGID),
        ("Auto-Submitted", "auto-replied (vacation)"),
        ("Precedence", "bulk"),
        ("X-Sieve", "Pigeonhole Sieve 0.5.21"),
        ("MIME-Version", "1.0"),
    ]
    return message(hs, leaf), fmt_of(leaf)


BUILDERS = {
    "gmail": gmail,
    "vacation-gmail": vacation_gmail,
    "outlook": outlook,
    "ooo-outlook": ooo_outlook,
    "owa": owa,
    "outlook-ios": outlook_ios,
    "apple": apple,
    "iphone": iphone,
    "gmx": gmx,
    "gmx-text": gmx_text,
    "webde": webde,
    "thunderbird": thunderbird,
    "orange": orange,
    "libero": libero,
    "terra": terra,
    "yandex": yandex,
    "mailru": mailru,
    "thebat": thebat,
    "naver": naver,
    "samsung": samsung,
    "yahoojp": yahoojp,
    "docomo": docomo,
    "yahoo": yahoo,
    "yahoo-android": yahoo_android,
    "proton": proton,
    "qq": qq,
    "vacation-qq": vacation_qq,
    "qq-ios": qq_ios,
    "netease": netease,
    "mailmaster": mailmaster,
    "foxmail": foxmail,
    "bounce-postfix": bounce_postfix,
    "bounce-exchange": bounce_exchange,
    "autoreply-generic": autoreply_generic,
}

CHINESE_NATIVE = {"qq", "vacation-qq", "qq-ios", "netease", "mailmaster", "foxmail"}


def client_name(r: Reply) -> str:
    if r.client in CHINESE_NATIVE:
        return r.client
    if r.loc in ("en", "en-us"):
        return r.client
    return f"{r.client}-{r.loc}"
