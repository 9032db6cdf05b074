"""Low-level MIME helpers shared by the client builders (stdlib only, deterministic).

Everything is assembled by hand rather than through `email.generator`, so that each client can write its
headers, boundaries, charsets and transfer encodings the way that client does.  Lines are built with
"\n" and turned into CRLF when the message is finished.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

# charset label (as written in the header) -> Python codec
CODECS = {
    "utf-8": "utf-8",
    "gbk": "gbk",
    "gb2312": "gbk",  # Chinese clients label gb2312 and write GBK bytes
    "gb18030": "gb18030",
    "big5": "big5",
    "iso-2022-jp": "iso2022_jp",
    "euc-kr": "euc_kr",
    "ks_c_5601-1987": "cp949",
    "koi8-r": "koi8_r",
    "windows-1251": "cp1251",
    "windows-1252": "cp1252",
    "iso-8859-1": "latin-1",
    "us-ascii": "ascii",
}


def codec(label: str) -> str:
    return CODECS[label.lower().strip('"')]


def can_encode(text: str, label: str) -> bool:
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:
        return False
    return True


def hexseed(*parts: object, n: int = 32) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def numseed(*parts: object, digits: int = 10) -> str:
    return str(int(hexseed(*parts, n=30), 16))[:digits]


def uuid_of(*parts: object, upper: bool = False) -> str:
    h = hexseed(*parts)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


def rfc2822(dt: datetime, suffix: str = "") -> str:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt.month - 1]
    off = dt.utcoffset() or timedelta(0)
    sign = "-" if off < timedelta(0) else "+"
    mins = abs(int(off.total_seconds())) // 60
    s = f"{wd}, {dt.day:02d} {mon} {dt.year} {dt:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    return s + (f" {suffix}" if suffix else "")


# ----------------------------------------------------------------------------------------------- headers


def _qword(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def ew(text: str, label: str = "utf-8", enc: str = "B", always: bool = False, width: int = 45) -> str:
    """RFC 2047 encoded words, folded; plain text when ASCII (unless `always`)."""
    if not always and text.isascii():
        return text
    py = codec(label)
    chunks, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(py)) > width:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        data = c.encode(py)
        if enc == "B":
            words.append(f"=?{label}?B?{base64.b64encode(data).decode()}?=")
        else:
            words.append(f"=?{label}?Q?{_qword(data)}?=")
    return "\n ".join(words)


def addr(
    name: str | None, address: str, label: str = "utf-8", enc: str = "B", quote: bool = True, quote_ew: bool = False
) -> str:
    """Display name + address. `quote` quotes plain ASCII names; `quote_ew` puts encoded words in quotes
    (not RFC 2047 conformant, but what QQ/Exmail, Coremail and Alimail write)."""
    if not name:
        return f"<{address}>"
    if name.isascii():
        needs = quote or any(c in name for c in ',.;:()<>@"')
        return f'"{name}" <{address}>' if needs else f"{name} <{address}>"
    w = ew(name, label, enc)
    return f'"{w}" <{address}>' if quote_ew else f"{w} <{address}>"


def headers(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in pairs if v is not None)


# ----------------------------------------------------------------------------------------------- bodies


def encode_body(text: str, label: str, cte: str) -> bytes:
    data = text.encode(codec(label))
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def leaf(
    ctype: str,
    text: str,
    label: str,
    cte: str,
    *,
    params: str = "",
    quoted_label: bool = False,
    fold: bool = False,
    cte_first: bool = False,
    extra: list[tuple[str, str]] | None = None,
    cte_name: str | None = None,
) -> bytes:
    cs = f'"{label}"' if quoted_label else label
    ct = f"{ctype};\n\tcharset={cs}{params}" if fold else f"{ctype}; charset={cs}{params}"
    pairs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_name or cte)]
    if cte_first:
        pairs.reverse()
    head = headers(pairs + (extra or []))
    return head.encode() + b"\n" + encode_body(text, label, cte)


def multipart(
    subtype: str,
    boundary: str,
    parts: list[bytes],
    *,
    preamble: str | None = None,
    ctype: str | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> bytes:
    ct = ctype or f'multipart/{subtype};\n\tboundary="{boundary}"'
    out = headers([("Content-Type", ct)] + (extra or [])).encode() + b"\n"
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += f"--{boundary}\n".encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{boundary}--\n".encode()
    return out


def finish(top: list[tuple[str, str]], entity: bytes) -> bytes:
    """Top-level headers + the body entity (which starts with its own Content-* headers)."""
    raw = headers(top).encode() + entity
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ----------------------------------------------------------------------------------------------- text


def prefix(text: str, p: str = "> ", empty: str = ">") -> str:
    return "\n".join((p + line) if line.strip() else empty for line in text.rstrip("\n").split("\n"))


def wrap_flowed(text: str, width: int = 72) -> str:
    """format=flowed wrapping of lines with spaces (CJK runs are left as they are)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or " " not in line or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def wrap_hard(text: str, width: int = 76) -> str:
    out = []
    for line in text.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def esc_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def divs(text: str, tag: str = "div", attrs: str = "", blank: str = "<br>") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<{tag}{attrs}>{esc_text(line) if line.strip() else blank}</{tag}>")
    return "".join(out)


def brs(text: str) -> str:
    return "<br>\n".join(esc_text(x) for x in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------------------------- html -> text


class _Text(HTMLParser):
    GAP = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "table", "blockquote", "pre"}
    LINE = {"div", "li", "tr"}

    def __init__(self, links: str, bullet: str, number: str, hr: str, cell: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links, self.bullet, self.number, self.hr, self.cell = links, bullet, number, hr, cell
        self.lines: list[str] = []
        self.cur = ""
        self.skip = 0
        self.lists: list[list] = []
        self.href: str | None = None
        self.atext = ""
        self.row_cells = 0

    def _flush(self) -> None:
        line = self.cur.rstrip()
        if line:
            self.lines.append(line)
        self.cur = ""

    def _gap(self) -> None:
        self._flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "title", "script"):
            self.skip += 1
        elif tag == "br":
            self.lines.append(self.cur.rstrip())
            self.cur = ""
        elif tag in self.GAP:
            self._gap()
            if tag in ("ol", "ul"):
                self.lists.append([tag, 0])
        elif tag in self.LINE:
            self._flush()
            if tag == "li" and self.lists:
                lst = self.lists[-1]
                lst[1] += 1
                self.cur = self.number.format(lst[1]) if lst[0] == "ol" else self.bullet
            if tag == "tr":
                self.row_cells = 0
        elif tag in ("td", "th"):
            if self.row_cells:
                self.cur = self.cur.rstrip() + self.cell
            self.row_cells += 1
        elif tag == "hr":
            self._gap()
            if self.hr:
                self.lines.append(self.hr)
                self.lines.append("")
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.atext = ""

    def handle_endtag(self, tag):
        if tag in ("head", "style", "title", "script"):
            self.skip -= 1
        elif tag in self.GAP:
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            self._gap()
        elif tag in self.LINE:
            self._flush()
        elif tag == "a" and self.href:
            if self.links == "angle":
                self.cur += f"<{self.href}>"
            elif self.links == "space-angle" and self.atext.strip() != self.href:
                self.cur += f" <{self.href}>"
            elif self.links == "paren" and self.atext.strip() != self.href:
                self.cur += f" ({self.href})"
            self.href = None

    def handle_data(self, data):
        if self.skip:
            return
        t = re.sub(r"\s+", " ", data)
        if not self.cur.strip():
            t = t.lstrip()
            if self.cur and not self.cur.strip():
                self.cur = ""
            if self.lists and self.cur == "" and not t:
                return
        self.cur += t
        if self.href:
            self.atext += t

    def text(self) -> str:
        self._flush()
        out: list[str] = []
        for line in self.lines:
            if line == "" and (not out or out[-1] == ""):
                continue
            out.append(line)
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"


def html_text(
    html: str, links: str = "none", bullet: str = "* ", number: str = "{}. ", hr: str = "", cell: str = "\t"
) -> str:
    p = _Text(links, bullet, number, hr, cell)
    p.feed(html)
    p.close()
    return p.text()


def body_inner(html: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", html, re.S | re.I)
    return (m.group(1) if m else html).strip()
