"""How each mail client builds a reply to the invitation: header block, attribution, quoting, HTML, charset and
transfer encoding. Written from how these clients behave in the wild (Gmail web/Android, Outlook desktop/web/
mobile/Mac, Apple Mail macOS/iOS, QQ Mail web/app, NetEase 163/126 web and Mail Master, Foxmail, Yahoo,
Thunderbird), not from anything in the reader.

Every builder takes a `Ctx` and returns `(bytes, format)`; all randomness comes from `ctx.rng`, seeded by the
reply's key, so the output is the same on every run.
"""

from __future__ import annotations

import base64
import html
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import quoprimime
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

CORPUS = Path(__file__).resolve().parent.parent
CRLF = "\r\n"
INVITE_ID = "<invitation-1@hr.example.com>"

INVITE = {
    "zh": {
        "subject": "重新面试邀请：电商客服专员",
        "from_name": "招聘团队",
        "from_addr": "recruiting@hr.example.com",
        "to_name": "张三",
        "utc": datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc),
    },
    "en": {
        "subject": "Re-interview invitation: Support desk",
        "from_name": "Recruiting Team",
        "from_addr": "recruiting@hr.example.com",
        "to_name": "Alice Smith",
        "utc": datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc),
    },
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = [
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
ZWD = "一二三四五六日"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------------------------- context


@dataclass
class Ctx:
    n: int
    key: str
    lang: str
    body: str  # the candidate's own words, "\n" line ends
    name: str  # From display name
    addr: str  # From address
    sent: datetime  # aware, in the sender's zone
    token: str  # reply+...@hr.example.com
    rng: random.Random
    quote: str = "top"  # top | none | bottom | inline:<text of the quoted line to answer under>
    sig: str | None = None  # None = the client's default signature
    subject: str | None = None  # overrides the client's own "Re: ..." (auto-replies)
    tzname: str = ""  # what Yahoo prints after the time (GMT, EST, ...)

    @property
    def inv(self) -> dict:
        return INVITE[self.lang]

    @property
    def inv_local(self) -> datetime:
        return self.inv["utc"].astimezone(self.sent.tzinfo)

    def hexs(self, k: int, upper: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(k))
        return s.upper() if upper else s

    def alnum(self, k: int) -> str:
        return "".join(
            self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k)
        )

    def digits(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    def uuid(self) -> str:
        h = self.hexs(32, upper=True)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------------------------------------- encoders


def b64(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i : i + 76] for i in range(0, len(s), 76)).encode("ascii") + CRLF.encode()


def qp(data: bytes) -> bytes:
    text = data.replace(b"\r\n", b"\n").decode("latin-1")
    return quoprimime.body_encode(text, maxlinelen=76, eol=CRLF).encode("ascii") + CRLF.encode()


def codec(charset: str) -> str:
    # Windows code page 936 is labelled gb2312 by Outlook and Foxmail but carries GBK bytes.
    return {"gb2312": "gbk"}.get(charset.lower(), charset)


def encode_text(text: str, charset: str, cte: str) -> bytes:
    data = text.replace("\r\n", "\n").encode(codec(charset))
    if cte == "base64":
        return b64(data.replace(b"\n", b"\r\n"))
    if cte == "quoted-printable":
        return qp(data)
    out = data.replace(b"\n", b"\r\n")
    return out if out.endswith(b"\r\n") else out + b"\r\n"


def ew(text: str, charset: str = "UTF-8", fold: str = CRLF + " ") -> str:
    """RFC 2047 encoded words (B), split on character boundaries."""
    if text.isascii():
        return text
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(codec(charset))) > 45:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return fold.join(f"=?{charset}?B?{base64.b64encode(w.encode(codec(charset))).decode()}?=" for w in words)


def ew_q(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 Q encoding, as Apple Mail and Thunderbird write short non-ASCII names."""
    if text.isascii():
        return text
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def addr(name: str, address: str, charset: str = "UTF-8", quote_ew: bool = False, q: bool = False) -> str:
    if not name:
        return address
    if name.isascii():
        if any(c in name for c in ",.;:@()\"'"):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    word = ew_q(name, charset) if q else ew(name, charset)
    return f'"{word}" <{address}>' if quote_ew else f"{word} <{address}>"


def headers(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}{CRLF}" for k, v in pairs if v is not None).encode("ascii")


def leaf(ctype: str, charset: str, cte: str, text: str, ctype_fold: bool = False, extra: str = "") -> bytes:
    sep = ";" + CRLF + "\t" if ctype_fold else "; "
    cs = f'charset="{charset}"' if ctype_fold or charset.lower().startswith("gb") else f"charset={charset}"
    h = [("Content-Type", f"{ctype}{sep}{cs}{extra}"), ("Content-Transfer-Encoding", cte)]
    return headers(h) + CRLF.encode() + encode_text(text, charset, cte)


def multipart(boundary: str, parts: list[bytes], preamble: str | None = None) -> bytes:
    out = b""
    if preamble:
        out += preamble.encode() + CRLF.encode() + CRLF.encode()
    for p in parts:
        out += f"--{boundary}{CRLF}".encode() + p
        if not p.endswith(b"\r\n"):
            out += CRLF.encode()
    out += f"--{boundary}--{CRLF}".encode()
    return out


def message(top: list[tuple[str, str]], body: bytes) -> bytes:
    return headers(top) + CRLF.encode() + body


def pick_cte(text: str, kind: str = "gmail") -> str:
    """Gmail/Apple: ASCII → 7bit, mostly Latin → quoted-printable, mostly CJK → base64."""
    if text.isascii():
        return "7bit"
    non = sum(1 for c in text if ord(c) > 127)
    return "base64" if non > len(text) / 6 else "quoted-printable"


# ---------------------------------------------------------------------------------------------- invitation


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self.cur: dict | None = None
        self.bold = 0
        self.href: str | None = None
        self.lists: list[list] = []
        self.in_body = False

    def _open(self, kind: str, **kw) -> None:
        self.cur = {"kind": kind, "runs": [], **kw}
        self.blocks.append(self.cur)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.in_body = True
        elif tag in ("p", "h3"):
            self._open(tag, small="font-size:12px" in (a.get("style") or ""))
        elif tag in ("ol", "ul"):
            self.lists.append([tag, 0])
        elif tag == "li":
            self.lists[-1][1] += 1
            self._open("li", list=self.lists[-1][0], num=self.lists[-1][1])
        elif tag == "tr":
            self._open("tr", cells=[])
        elif tag in ("td", "th"):
            self.cur["cells"].append([])
        elif tag == "br" and self.cur is not None:
            self._run("\n")
        elif tag == "strong":
            self.bold += 1
        elif tag == "a":
            self.href = a.get("href")
        elif tag == "hr":
            self.blocks.append({"kind": "hr", "runs": []})
            self.cur = None

    def handle_endtag(self, tag):
        if tag in ("p", "h3", "li", "tr"):
            self.cur = None
        elif tag in ("ol", "ul"):
            self.lists.pop()
        elif tag == "strong":
            self.bold -= 1
        elif tag == "a":
            self.href = None

    def _run(self, text: str) -> None:
        target = self.cur["cells"][-1] if self.cur["kind"] == "tr" else self.cur["runs"]
        target.append((text, self.bold > 0, self.href))

    def handle_data(self, data):
        if not self.in_body or self.cur is None:
            return
        if self.cur["kind"] == "tr" and not self.cur["cells"]:
            return
        self._run(re.sub(r"\s+", " ", data))


_BLOCKS: dict[str, list[dict]] = {}


def blocks(lang: str) -> list[dict]:
    if lang not in _BLOCKS:
        p = _Blocks()
        p.feed((CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8"))
        _BLOCKS[lang] = p.blocks
    return _BLOCKS[lang]


def _inline(runs, style: str) -> str:
    out = []
    for text, bold, href in runs:
        if href and text.strip():
            t = text.strip()
            if style == "outlook":
                text = f"{t}<{href}>"
            elif style in ("gmail", "apple") and t != href:
                text = f"{t} <{href}>"
        if bold and style == "gmail" and text.strip():
            text = f"*{text.strip()}*"
        out.append(text)
    s = "".join(out)
    return "\n".join(" ".join(line.split()) if line.strip() else "" for line in s.split("\n")).strip("\n ")


def render(lang: str, style: str) -> list[str]:
    """The invitation's HTML as the client turns it into text when it quotes it (styles: gmail, outlook,
    apple, plain)."""
    lines: list[str] = []
    prev = None
    for b in blocks(lang):
        k = b["kind"]
        if k == "li":
            t = _inline(b["runs"], style)
            if b["list"] == "ol":
                bullet = {"gmail": f"   {b['num']}. ", "outlook": f"  {b['num']}.  ", "apple": f"\t{b['num']}.\t"}
            else:
                bullet = {"gmail": "   - ", "outlook": "  *   ", "apple": "\t•\t"}
            if prev != "li":
                lines.append("")
            lines.append(bullet.get(style, f"{b['num']}. " if b["list"] == "ol" else "") + t)
        elif k == "tr":
            cells = [_inline(c, style) for c in b["cells"]]
            if prev != "tr":
                lines.append("")
            lines.append(("\t" if style in ("outlook", "apple") else " ").join(cells))
        elif k == "hr":
            lines.append("")
            lines.append({"gmail": "-" * 30, "outlook": "_" * 32}.get(style, ""))
        else:
            t = _inline(b["runs"], style)
            if not t:
                continue
            lines.append("")
            lines.extend(t.split("\n"))
        prev = k
    while lines and not lines[0]:
        lines.pop(0)
    # collapse runs of blank lines
    out: list[str] = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    return out


def plain(lang: str) -> list[str]:
    """The invitation's text/plain part, as clients that read the plain part quote it."""
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")


def inv_inner_html(lang: str) -> str:
    h = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    i = h.index(">", h.index("<body")) + 1
    j = h.index("</body>")
    return h[i:j].strip("\n")


def word_html(lang: str) -> str:
    """The invitation as Outlook (Word) re-renders it inside a reply."""
    zh = lang == "zh"
    span = (
        "<span lang=ZH-CN style='font-family:\"Microsoft YaHei\",sans-serif'>"
        if zh
        else "<span style='font-family:\"Segoe UI\",sans-serif'>"
    )
    out = []
    for b in blocks(lang):
        k = b["kind"]

        def runs_html(runs):
            s = ""
            for text, bold, href in runs:
                t = esc(text).replace("\n", "<br>")
                if href:
                    t = f'<a href="{href}">{t}</a>'
                if bold:
                    t = f"<b>{t}</b>"
                s += t
            return s.strip()

        if k == "li":
            marker = f"{b['num']}." if b["list"] == "ol" else "·"
            out.append(
                f"<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l{0 if b['list'] == 'ol' else 1} level1 lfo{1 if b['list'] == 'ol' else 2}'>"
                f"<![if !supportLists]>{span}{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
                f"{span}{runs_html(b['runs'])}<o:p></o:p></span></p>"
            )
        elif k == "tr":
            cells = "".join(
                f"<td style='padding:4.5pt 4.5pt 4.5pt 4.5pt'><p class=MsoNormal>{span}{runs_html(c)}<o:p></o:p></span></p></td>"
                for c in b["cells"]
            )
            out.append(f"<table class=MsoNormalTable border=0 cellpadding=0><tr>{cells}</tr></table>")
        elif k == "hr":
            out.append(
                "<div class=MsoNormal align=center style='text-align:center'><hr size=1 width=\"100%\" align=center></div>"
            )
        elif k == "h3":
            out.append(f"<h3>{span}{runs_html(b['runs'])}<o:p></o:p></span></h3>")
        else:
            out.append(f"<p>{span}{runs_html(b['runs'])}<o:p></o:p></span></p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- helpers


def quoted(lines: list[str], prefix: str = "> ", empty: str = ">") -> list[str]:
    return [prefix + ln if ln else empty for ln in lines]


def body_lines(c: Ctx) -> list[str]:
    return c.body.split("\n")


def with_sig(c: Ctx, lines: list[str], default: str) -> list[str]:
    sig = default if c.sig is None else c.sig
    if sig:
        return lines + [""] + sig.split("\n")
    return lines


def inline_merge(c: Ctx, qlines: list[str]) -> list[str]:
    """An answer written under one quoted line (the rest of the quote around it)."""
    anchor = c.quote.split(":", 1)[1]
    out, done = [], False
    for ln in qlines:
        out.append(ln)
        if not done and anchor in ln:
            out += [""] + body_lines(c) + [""]
            done = True
    assert done, (c.key, anchor)
    return out


def compose(c: Ctx, own: list[str], attribution: list[str], qlines: list[str]) -> list[str]:
    if c.quote == "none":
        return own
    if c.quote == "bottom":
        return attribution + qlines + [""] + own
    if c.quote.startswith("inline:"):
        return attribution + inline_merge(c, qlines)
    return own + [""] + attribution + qlines


def t12(d: datetime, sec: bool = False) -> str:
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if sec else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def zh_ampm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{'上午' if d.hour < 12 else '下午'}{h:d}:{d.minute:02d}"


def esc_lines(lines: list[str]) -> list[str]:
    return [esc(ln) for ln in lines]


def to_header(c: Ctx, charset: str = "UTF-8", quote_ew: bool = False) -> str:
    return addr(c.inv["from_name"], c.token, charset, quote_ew)


def ref_headers(c: Ctx, drop: bool = False) -> list[tuple[str, str]]:
    if drop:
        return []
    return [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]


def subj(c: Ctx, prefix: str, charset: str = "UTF-8") -> str:
    return ew(c.subject if c.subject is not None else prefix + c.inv["subject"], charset)


# ---------------------------------------------------------------------------------------------- Gmail


def gmail_attr(c: Ctx, variant: str) -> str:
    d, f = c.inv_local, c.inv
    who = f"{f['from_name']} <{f['from_addr']}>"
    if variant == "zh":
        return f"{who} 于{d.year}年{d.month}月{d.day}日周{ZWD[d.weekday()]} {d.hour:02d}:{d.minute:02d}写道："
    if variant == "gb":
        return f"On {WD[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}, {who} wrote:"
    if variant == "android":
        return f"On {WD[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d} {f['from_name']}, <{f['from_addr']}> wrote:"
    return f"On {WD[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {t12(d)} {who} wrote:"


def gmail_html_body(lines: list[str]) -> str:
    if not lines:
        return ""
    first, rest = lines[0], lines[1:]
    s = esc(first) if first else "<br>"
    for ln in rest:
        s += f"<div>{esc(ln) if ln else '<br>'}</div>"
    return s


def build_gmail(c: Ctx, variant: str = "us") -> tuple[bytes, str]:
    own = with_sig(c, body_lines(c), "")
    attr = gmail_attr(c, variant)
    q = quoted(render(c.lang, "gmail"))
    if c.quote == "bottom" or c.quote.startswith("inline:"):
        raise ValueError("Gmail composes on top")
    if c.quote == "none":
        text = "\n".join(own) + "\n"
    else:
        # Gmail puts a blank line between the attribution and the quote
        text = "\n".join(own + ["", attr, ""] + q) + "\n"
    html_body = f'<div dir="ltr">{gmail_html_body(own)}</div>'
    if c.quote != "none":
        html_body += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{esc(attr)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{inv_inner_html(c.lang)}</blockquote></div>"
        )
    html_body += "\n"
    cte_t, cte_h = pick_cte(text), pick_cte(html_body)
    boundary = "0000000000" + c.hexs(18)
    parts = [leaf("text/plain", "UTF-8", cte_t, text), leaf("text/html", "UTF-8", cte_h, html_body)]
    # Gmail writes charset="UTF-8" with quotes
    parts = [p.replace(b"charset=UTF-8", b'charset="UTF-8"') for p in parts]
    mid = f"<CA{c.alnum(2)}{c.alnum(10)}{c.alnum(20)}{c.rng.choice(['=', '+', '_', '-'])}{c.alnum(12)}@mail.gmail.com>"
    prefix = "Re: "
    top = [
        ("MIME-Version", "1.0"),
        ("Date", format_datetime(c.sent)),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("Message-ID", mid),
        ("Subject", subj(c, prefix)),
        ("From", addr(c.name, c.addr)),
        ("To", to_header(c)),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    fmt = f"alt/utf-8/{cte_t}"
    return message(top, multipart(boundary, parts)), fmt


def build_gmail_vacation(c: Ctx) -> tuple[bytes, str]:
    text = c.body + "\n"
    html_body = f'<div dir="ltr">{gmail_html_body(body_lines(c))}</div>\n'
    cte = pick_cte(text)
    boundary = "0000000000" + c.hexs(18)
    parts = [leaf("text/plain", "UTF-8", cte, text), leaf("text/html", "UTF-8", pick_cte(html_body), html_body)]
    parts = [p.replace(b"charset=UTF-8", b'charset="UTF-8"') for p in parts]
    mid = f"<CA{c.alnum(40)}@mail.gmail.com>"
    top = [
        ("MIME-Version", "1.0"),
        ("Date", format_datetime(c.sent)),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", mid),
        ("Subject", subj(c, "")),
        ("From", addr(c.name, c.addr)),
        ("To", c.token),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    return message(top, multipart(boundary, parts)), f"alt/utf-8/{cte}"


# ---------------------------------------------------------------------------------------------- Outlook


def outlook_block(c: Ctx, variant: str) -> tuple[list[str], str]:
    """The From/Sent/To/Subject block (text lines, HTML)."""
    d, f = c.inv_local, c.inv
    frm = f"{f['from_name']} <{f['from_addr']}>"
    to = f"{f['to_name']} <{c.addr}>"
    if variant == "zh":
        labels = ("发件人", "发送时间", "收件人", "主题")
        sent = f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"
    elif variant == "gb":
        labels = ("From", "Sent", "To", "Subject")
        sent = f"{d.day:02d} {MONL[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"
    elif variant == "mobile":
        labels = ("From", "Sent", "To", "Subject")
        sent = f"{WDL[d.weekday()]}, {MONL[d.month - 1]} {d.day}, {d.year} {t12(d, sec=True)}"
    elif variant == "owa":
        labels = ("From", "Sent", "To", "Subject")
        sent = f"{WDL[d.weekday()]}, {MONL[d.month - 1]} {d.day}, {d.year} {d.hour:02d}:{d.minute:02d}"
    elif variant == "owa-zh":
        labels = ("发件人", "发送时间", "收件人", "主题")
        sent = f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"
    elif variant == "mac":
        labels = ("From", "Date", "To", "Subject")
        sent = f"{WDL[d.weekday()]}, {d.day} {MONL[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}"
    else:
        labels = ("From", "Sent", "To", "Subject")
        sent = f"{WDL[d.weekday()]}, {MONL[d.month - 1]} {d.day}, {d.year} {t12(d)}"
    vals = (frm, sent, to, f["subject"])
    text = [f"{labels[0]}: {vals[0]}" + (" " if variant in ("us", "gb", "zh") else "")] + [
        f"{k}: {v}" for k, v in zip(labels[1:], vals[1:])
    ]
    htm = "<br>".join(f"<b>{k}:</b> {esc(v)}" for k, v in zip(labels, vals))
    return text, htm


def word_doc(c: Ctx, own_html: str, block_html: str) -> str:
    zh = c.lang == "zh" or any(ord(ch) > 0x2E80 for ch in c.body)
    lang = "ZH-CN" if zh else "EN-GB"
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face\n\t{font-family:DengXian;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
        '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n\ttext-decoration:underline;}\n"
        'span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
        ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
    )
    body = (
        f'<body lang="{lang}" link="blue" vlink="purple" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{own_html}\n"
    )
    if block_html:
        body += (
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{block_html}<o:p></o:p></p>\n</div>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_html(c.lang) + "\n"
        )
    return head + body + "</div>\n</body>\n</html>\n"


def word_paras(lines: list[str], zh: bool) -> str:
    span = '<span lang="ZH-CN">' if zh else '<span lang="EN-US">'
    out = []
    for ln in lines:
        if ln:
            out.append(f'<p class="MsoNormal">{span}{esc(ln)}<o:p></o:p></span></p>')
        else:
            out.append(f'<p class="MsoNormal">{span}<o:p>&nbsp;</o:p></span></p>')
    return "\n".join(out)


def exchange_mid(c: Ctx, region: str) -> str:
    srv = {"eu": ("DB9PR", "eurprd"), "us": ("SN6PR", "namprd"), "ap": ("TYZPR", "apcprd"), "uk": ("LO2P", "GBRP")}[
        region
    ]
    num = c.digits(2)
    host = f"{srv[0]}{num}MB{c.digits(4)}"
    dom = f"{srv[1]}{num}.prod.outlook.com" if region != "uk" else f"{host}.{srv[1]}{c.digits(3)}.PROD.OUTLOOK.COM"
    return (
        f"<{host}{c.hexs(32, upper=True)}@{host}.{dom}>"
        if region != "uk"
        else f"<{host}{c.hexs(32, upper=True)}@{dom}>"
    )


def thread_index(c: Ctx) -> str:
    raw = bytes(c.rng.randrange(256) for _ in range(22 + 5))
    return base64.b64encode(raw).decode()


def build_outlook(
    c: Ctx, variant: str = "us", charset: str = "utf-8", region: str = "eu", mode: str = "desktop"
) -> tuple[bytes, str]:
    zh = variant in ("zh", "owa-zh")
    own = with_sig(c, body_lines(c), "")
    block_text, block_html = outlook_block(c, variant)
    q = render(c.lang, "outlook")
    if mode in ("desktop", "mac"):
        divider = []
    elif mode == "mobile":
        divider = ["_" * 32]
    else:  # owa
        divider = ["_" * 32]
    if mode == "mobile":
        own = with_sig(c, body_lines(c), "Get Outlook for iOS<https://aka.ms/o0ukef>")
    if c.quote == "none":
        text_lines = own
    else:
        text_lines = own + [""] + divider + block_text + [""] + q
    text = "\n".join(text_lines) + "\n"
    if mode == "desktop":
        doc = word_doc(
            c, word_paras(own, zh or any(ord(ch) > 0x2E80 for ch in c.body)), "" if c.quote == "none" else block_html
        )
    else:
        font = (
            "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"
            if mode == "owa"
            else "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"
        )
        own_html = "".join(
            f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">'
            f"{esc(ln) if ln else '<br>'}</div>"
            for ln in own
        )
        if mode == "mobile":
            own_html = "".join(f'<div dir="auto">{esc(ln) if ln else "<br>"}</div>' for ln in body_lines(c))
            own_html += (
                '<div dir="auto"><br></div><div id="ms-outlook-mobile-signature" dir="auto">Get '
                '<a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
            )
        doc = (
            '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{own_html}\n'
        )
        if c.quote != "none":
            doc += (
                '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f"{block_html}</font>\n<div>&nbsp;</div>\n</div>\n{inv_inner_html(c.lang)}\n"
            )
        doc += "</body>\n</html>\n"
    cte_t = "base64" if (charset.lower() != "utf-8" or zh or pick_cte(text) == "base64") else "quoted-printable"
    if mode != "desktop" and not zh and text.isascii():
        cte_t = "quoted-printable"
    cte_h = "base64" if cte_t == "base64" else "quoted-printable"
    boundary = f"_000_{c.hexs(10, upper=True)}{c.hexs(30, upper=True)}_"
    parts = [
        leaf("text/plain", charset, cte_t, text),
        leaf("text/html", charset, cte_h, doc.replace("charset=utf-8", f"charset={charset}")),
    ]
    parts = [p.replace(f"charset={charset}".encode(), f'charset="{charset}"'.encode(), 1) for p in parts]
    if variant == "zh":
        prefix = "答复: "
    elif variant == "owa-zh":
        prefix = "回复: "
    elif mode == "desktop" and variant != "mac":
        prefix = "RE: "
    else:
        prefix = "Re: "
    hcs = "gb2312" if charset.lower() == "gb2312" else "utf-8"
    mid = (
        exchange_mid(c, region)
        if region
        else f"<00{c.hexs(2)}01dd{c.hexs(6)}${c.hexs(8)}${c.hexs(8)}$@{c.addr.split('@')[1]}>"
    )
    clang = "zh-CN" if zh else ("en-GB" if variant in ("gb",) else "en-US")
    top = [
        ("From", addr(c.name, c.addr, hcs)),
        ("To", to_header(c, hcs)),
        ("Subject", subj(c, prefix, hcs)),
        ("Thread-Topic", ew(c.inv["subject"], hcs)),
        ("Thread-Index", thread_index(c)),
        ("Date", format_datetime(c.sent)),
        ("Message-ID", mid),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("Accept-Language", f"{clang}, en-US" if clang != "en-US" else "en-US"),
        ("Content-Language", clang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if variant == "mac":
        top.append(("user-agent", "Microsoft-MacOutlook/16.91.24111020"))
    if mode == "desktop" and variant != "mac" and not region:
        top = [t for t in top if t[0] not in ("Thread-Index",)] + [
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(c)),
        ]
        top = [t for t in top if not t[0].startswith("X-MS-") and t[0] != "Accept-Language"]
    top += [("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{boundary}"'), ("MIME-Version", "1.0")]
    return message(top, multipart(boundary, parts)), f"alt/{charset.lower()}/{cte_t}"


def build_outlook_oof(c: Ctx, variant: str = "us", auto: str = "auto-replied") -> tuple[bytes, str]:
    zh = variant == "zh"
    own = body_lines(c)
    text = "\n".join(own) + "\n"
    doc = word_doc(c, word_paras(own, zh), "")
    cte = "base64" if zh else "quoted-printable"
    boundary = f"_000_{c.hexs(40, upper=True)}_"
    parts = [leaf("text/plain", "utf-8", cte, text), leaf("text/html", "utf-8", cte, doc)]
    parts = [p.replace(b"charset=utf-8", b'charset="utf-8"', 1) for p in parts]
    prefix = "自动答复: " if zh else "Automatic reply: "
    top = [
        ("From", addr(c.name, c.addr)),
        ("To", addr(c.inv["from_name"], c.token)),
        ("Subject", subj(c, prefix)),
        ("Thread-Topic", ew(c.inv["subject"])),
        ("Thread-Index", thread_index(c)),
        ("Date", format_datetime(c.sent)),
        ("Message-ID", exchange_mid(c, "ap" if zh else "eu")),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("Content-Language", "zh-CN" if zh else "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Auto-Submitted", auto),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", c.addr),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{boundary}"'),
        ("MIME-Version", "1.0"),
    ]
    return message(top, multipart(boundary, parts)), f"alt/utf-8/{cte}"


# ---------------------------------------------------------------------------------------------- Apple Mail


def apple_attr(c: Ctx, variant: str) -> str:
    d, f = c.inv_local, c.inv
    who = f"{f['from_name']} <{f['from_addr']}>"
    if variant == "zh":
        return f"在 {d.year}年{d.month}月{d.day}日，{d.hour:02d}:{d.minute:02d}，{who} 写道："
    if variant == "gb":
        return f"On {d.day} {MON[d.month - 1]} {d.year}, at {d.hour:02d}:{d.minute:02d}, {who} wrote:"
    return f"On {MON[d.month - 1]} {d.day}, {d.year}, at {t12(d)}, {who} wrote:"


def build_apple(c: Ctx, variant: str = "us", device: str = "ios") -> tuple[bytes, str]:
    default_sig = {"ios": "发自我的iPhone" if variant == "zh" else "Sent from my iPhone", "mac": ""}[device]
    own = with_sig(c, body_lines(c), default_sig)
    attr = apple_attr(c, variant)
    q = render(c.lang, "apple")
    if device == "ios":
        q = list(q)
        q[0] = "\ufeff" + q[0]
        qlines = quoted([attr, ""] + q, "> ", "> ")
        text_lines = own if c.quote == "none" else own + [""] + qlines
    else:
        qlines = quoted(q, "> ", "> ")
        text_lines = compose(c, own, [attr, ""], qlines) if c.quote != "top" else own + ["", attr, ""] + qlines
    text = "\n".join(text_lines) + "\n"
    own_html = "".join(f'<div dir="ltr">{esc(ln) if ln else "<br>"}</div>' for ln in body_lines(c))
    sig = default_sig if c.sig is None else c.sig
    if device == "ios":
        doc = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{own_html}'
        )
        if sig:
            doc += f'<div dir="ltr"><br><div dir="ltr">{esc(sig)}</div>'
        if c.quote != "none":
            doc += f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            doc += f'<blockquote type="cite"><div dir="ltr">\ufeff{inv_inner_html(c.lang)}</div></blockquote>'
        if sig:
            doc += "</div>"
        doc += "</body></html>"
    else:
        doc = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{own_html}"
        )
        if sig:
            doc += "<div><br></div>" + "".join(f"<div>{esc(s)}</div>" for s in sig.split("\n"))
        if c.quote != "none":
            doc += (
                f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{inv_inner_html(c.lang)}</div></blockquote></div><br>"
            )
        doc += "</body></html>"
    cte_t = pick_cte(text)
    cte_t = "quoted-printable" if cte_t == "7bit" else cte_t
    cte_h = pick_cte(doc)
    cte_h = "quoted-printable" if cte_h == "7bit" else cte_h
    boundary = f"Apple-Mail-{c.uuid()}"
    parts = [leaf("text/plain", "utf-8", cte_t, text), leaf("text/html", "utf-8", cte_h, doc)]
    mailer = "iPhone Mail (22B91)" if device == "ios" else None
    mid = f"<{c.uuid()}@{c.addr.split('@')[1]}>"
    prefix = "回复：" if (variant == "zh" and device == "ios") else "Re: "
    top = [
        ("Content-Type", f"multipart/alternative; boundary={boundary}"),
        ("Content-Transfer-Encoding", "7bit"),
        ("From", addr(c.name, c.addr, q=True)),
        ("Mime-Version", "1.0 (1.0)" if device == "ios" else "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"),
        ("Subject", subj(c, prefix)),
        ("Date", format_datetime(c.sent)),
        ("Message-Id", mid),
    ]
    top += ref_headers(c)
    top += [("To", to_header(c))]
    if mailer:
        top.append(("X-Mailer", mailer))
    else:
        top.append(("X-Mailer", "Apple Mail (2.3826.200.121)"))
    return message(top, multipart(boundary, parts)), f"alt/utf-8/{cte_t}"


# ---------------------------------------------------------------------------------------------- QQ Mail


def qq_time(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日(星期{'一二三四五六天'[d.weekday()]}) {zh_ampm(d)}"


def build_qq(c: Ctx, variant: str = "web") -> tuple[bytes, str]:
    f, d = c.inv, c.inv_local
    own = with_sig(c, body_lines(c), "")
    nb = "&nbsp;" if variant == "web" else " "
    if variant == "en":
        block = [
            "------------------ Original ------------------",
            f'From:  "{f["from_name"]}"<{f["from_addr"]}>;',
            f"Date:  {WD[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} {t12(d).rjust(8, '0')}",
            f'To:  "{c.name}"<{c.addr}>;',
            "",
            f"Subject:  {f['subject']}",
            "",
        ]
        bl_html = [
            ("From", f"&quot;{esc(f['from_name'])}&quot;&lt;{f['from_addr']}&gt;;"),
            ("Date", block[2][7:]),
            ("To", f"&quot;{esc(c.name)}&quot;&lt;{c.addr}&gt;;"),
            ("Subject", esc(f["subject"])),
        ]
        head = "------------------&nbsp;Original&nbsp;------------------"
    else:
        block = [
            f"------------------{nb}原始邮件{nb}------------------",
            f'发件人: "{f["from_name"]}"<{f["from_addr"]}>;',
            f"发送时间: {qq_time(d)}",
            f'收件人: "{c.name}"<{c.addr}>;',
            "",
            f"主题: {f['subject']}",
            "",
        ]
        bl_html = [
            ("发件人", f"&quot;{esc(f['from_name'])}&quot;&lt;{f['from_addr']}&gt;;"),
            ("发送时间", qq_time(d)),
            ("收件人", f"&quot;{esc(c.name)}&quot;&lt;{c.addr}&gt;;"),
            ("主题", esc(f["subject"])),
        ]
        head = "------------------&nbsp;原始邮件&nbsp;------------------"
    q = render(c.lang, "plain")
    if c.quote == "none":
        text_lines = own
    else:
        text_lines = own + ["", "", "", ""] + block + ["", ""] + q
    text = "\n".join(text_lines) + "\n"
    own_html = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own)
    doc = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{own_html}'
    if c.quote != "none":
        doc += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            f'{head}</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
            + "".join(f"<div><b>{k}:</b>&nbsp;{v}</div>" for k, v in bl_html)
            + "</div><div><br></div>"
            + inv_inner_html(c.lang)
        )
    boundary = f"----=_NextPart_{c.hexs(8, True)}_{c.hexs(8, True)}_{c.hexs(8, True)}"
    parts = [
        leaf("text/plain", "gb18030", "base64", text, ctype_fold=True),
        leaf("text/html", "gb18030", "base64", doc, ctype_fold=True),
    ]
    ts = c.sent
    mid = f"<tencent_{c.hexs(32, True)}{c.hexs(4, True)}@qq.com>"
    prefix = "Re: " if variant == "en" else "回复："
    top = [
        ("X-QQ-FEAT", c.alnum(60)),
        ("X-QQ-SSF", "00000000000000F000000000000000H"),
        ("X-QQ-XMAILINFO", c.alnum(72)),
        ("X-QQ-STYLE", ""),
        ("X-QQ-mid", f"webmail{c.digits(3)}t{int(ts.timestamp())}t{c.digits(7)}"),
        ("From", addr(c.name, c.addr, "gb18030", quote_ew=True)),
        ("To", f'"{ew(f["from_name"], "gb18030")}" <{c.token}>'),
        ("Subject", subj(c, prefix, "gb18030")),
        ("Mime-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{boundary}"'),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", format_datetime(ts)),
        ("X-Priority", "3"),
        ("Message-ID", mid),
    ]
    if variant != "app":
        top += [("References", INVITE_ID), ("In-Reply-To", INVITE_ID)]
    top += [
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x" if variant != "app" else "QQMail iPhone 6.6.1"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    return message(
        top, multipart(boundary, parts, "This is a multi-part message in MIME format.")
    ), "alt/gb18030/base64"


def build_qq_auto(c: Ctx) -> tuple[bytes, str]:
    text = c.body + "\n"
    doc = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + "".join(
        f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in body_lines(c)
    )
    boundary = f"----=_NextPart_{c.hexs(8, True)}_{c.hexs(8, True)}_{c.hexs(8, True)}"
    parts = [
        leaf("text/plain", "gb18030", "base64", text, ctype_fold=True),
        leaf("text/html", "gb18030", "base64", doc, ctype_fold=True),
    ]
    top = [
        ("From", addr(c.name, c.addr, "gb18030", quote_ew=True)),
        ("To", c.token),
        ("Subject", subj(c, "自动回复: ", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{boundary}"'),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", format_datetime(c.sent)),
        ("Message-ID", f"<tencent_{c.hexs(36, True)}@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    return message(
        top, multipart(boundary, parts, "This is a multi-part message in MIME format.")
    ), "alt/gb18030/base64"


# ---------------------------------------------------------------------------------------------- NetEase


def coremail_mid(c: Ctx) -> str:
    return f"<{c.hexs(8)}.{c.hexs(4)}.{c.hexs(11)}.Coremail.{c.addr.split('@')[0]}@{c.addr.split('@')[1]}>"


def build_netease(c: Ctx) -> tuple[bytes, str]:
    f, d = c.inv, c.inv_local
    own = with_sig(c, body_lines(c), "")
    attr = f'在 {d:%Y-%m-%d %H:%M:%S}，"{f["from_name"]}" <{f["from_addr"]}> 写道：'
    q = quoted(render(c.lang, "plain"), ">", ">")
    text_lines = own if c.quote == "none" else own + [""] * 8 + [attr] + q
    text = "\n".join(text_lines) + "\n"
    own_html = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own)
    doc = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{own_html}'
    if c.quote != "none":
        doc += (
            '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f"<pre><br>{esc(attr)}<br></pre>"
            '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            f"{inv_inner_html(c.lang)}</blockquote>"
        )
    doc += "</div>"
    ms = int(c.sent.timestamp() * 1000) + c.rng.randrange(1000)
    boundary = f"----=_Part_{c.digits(6)}_{c.digits(9)}.{ms}"
    parts = [leaf("text/plain", "GBK", "base64", text), leaf("text/html", "GBK", "base64", doc)]
    top = [
        ("Date", format_datetime(c.sent) + " (CST)"),
        ("From", addr(c.name, c.addr, "GBK")),
        ("To", addr(f["from_name"], c.token, "GBK", quote_ew=True)),
        ("Subject", subj(c, "Re:", "GBK")),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            f"Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15){CRLF} Copyright (c) 2002-2026 www.mailtech.cn {c.addr.split('@')[1].split('.')[0]}com",
        ),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("X-NTES-SC", "AL_" + c.alnum(70)),
        ("Content-Type", f'multipart/alternative; {CRLF}\tboundary="{boundary}"'),
        ("MIME-Version", "1.0"),
        ("Message-ID", coremail_mid(c)),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", c.alnum(40)),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2Kfnx"),
    ]
    return message(top, multipart(boundary, parts)), "alt/gbk/base64"


def build_netease_auto(c: Ctx) -> tuple[bytes, str]:
    text = c.body + "\n"
    top = [
        ("Date", format_datetime(c.sent) + " (CST)"),
        ("From", addr(c.name, c.addr, "GBK")),
        ("To", c.token),
        ("Subject", subj(c, "自动回复:", "GBK")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
        ("Message-ID", coremail_mid(c)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=GBK"),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return message(top, encode_text(text, "GBK", "base64")), "plain/gbk/base64"


def build_mailmaster(c: Ctx) -> tuple[bytes, str]:
    f, d = c.inv, c.inv_local
    own = body_lines(c)
    card = ["", "| |", c.name, "|", "|", f"邮箱：{c.addr}", "|", "", "签名由 网易邮箱大师 定制"]
    if c.sig == "":
        card = []
    block = [
        "---- 回复的原邮件 ----",
        f"| 发件人 | {f['from_name']}<{f['from_addr']}> |",
        f"| 日期 | {d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}:{d.minute:02d} |",
        f"| 收件人 | {c.name}<{c.addr}> |",
        f"| 主题 | {f['subject']} |",
    ]
    q = render(c.lang, "plain")
    text_lines = own + card if c.quote == "none" else own + card + [""] + block + q
    text = "\n".join(text_lines) + "\n"
    own_html = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own)
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div style="line-height: 1.7;"><div style="font-size:14px;font-family:微软雅黑;">{own_html}</div>'
    )
    if card:
        doc += (
            '<div class="J-signature"><table style="font-family:\'微软雅黑\';font-size:14px"><tr><td>'
            f"{esc(c.name)}</td></tr><tr><td>邮箱：{esc(c.addr)}</td></tr></table>"
            '<div style="font-size:12px;color:#b5b9bd">签名由 <a href="https://mail.163.com/dashi/">网易邮箱大师</a> 定制</div></div>'
        )
    if c.quote != "none":
        rows = [
            ("发件人", f"{f['from_name']}&lt;{f['from_addr']}&gt;"),
            ("日期", f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}:{d.minute:02d}"),
            ("收件人", f"{esc(c.name)}&lt;{c.addr}&gt;"),
            ("主题", esc(f["subject"])),
        ]
        doc += (
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            "border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:'微软雅黑';\">"
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
            '<span style="color:#616161;">---- 回复的原邮件 ----</span></div>'
            '<table class="J-reply-header" style="background-color:#f2f2f2;font-size:12px;line-height:1.5;margin-left:10px">'
            + "".join(f'<tr><td style="color:#616161;padding-right:6px">{k}</td><td>{v}</td></tr>' for k, v in rows)
            + f"</table></div>{inv_inner_html(c.lang)}"
        )
    doc += "</div></body></html>"
    boundary = f"----=_Part_{c.digits(7)}_{c.digits(10)}.{int(c.sent.timestamp() * 1000)}"
    parts = [leaf("text/plain", "UTF-8", "base64", text), leaf("text/html", "UTF-8", "base64", doc)]
    top = [
        ("Date", format_datetime(c.sent)),
        ("From", addr(c.name, c.addr)),
        ("To", addr(f["from_name"], c.token)),
        ("Message-ID", f"<{c.uuid().lower()}@{c.addr.split('@')[1]}>"),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Subject", subj(c, "回复：")),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; {CRLF}\tboundary="{boundary}"'),
        ("X-Mailer", "MailMasterAndroid/7.19.3"),
    ]
    return message(top, multipart(boundary, parts)), "alt/utf-8/base64"


# ---------------------------------------------------------------------------------------------- Foxmail


def build_foxmail(c: Ctx) -> tuple[bytes, str]:
    f, d = c.inv, c.inv_local
    own = body_lines(c)
    datel = f"{c.sent:%Y-%m-%d}"
    sig = [c.addr] if c.sig is None else ([] if not c.sig else c.sig.split("\n"))
    head = [
        "发件人： " + f["from_name"],
        f"发送时间： {d:%Y-%m-%d %H:%M}",
        "收件人： " + c.inv["to_name"],
        "主题： " + f["subject"],
    ]
    q = render(c.lang, "plain")
    mine = own + ["", "", datel, "", ""] + sig
    text_lines = mine if c.quote == "none" else mine + [" "] + head + q
    text = "\n".join(text_lines) + "\n"
    own_html = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in own)
    doc = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: 1.5; }'
        " blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; } body { font-size: 14px; "
        'font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
        f'{own_html}<div><br></div><div style="font-size:14px">{datel}</div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        + "".join(f"<div><span>{esc(s)}</span></div>" for s in sig)
    )
    if c.quote != "none":
        doc += (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>发件人：</b>&nbsp;<a href="mailto:{f["from_addr"]}">{f["from_name"]}</a></div>'
            f"<div><b>发送时间：</b>&nbsp;{d:%Y-%m-%d}&nbsp;{d:%H:%M}</div>"
            f'<div><b>收件人：</b>&nbsp;<a href="mailto:{c.addr}">{c.inv["to_name"]}</a></div>'
            f"<div><b>主题：</b>&nbsp;{esc(f['subject'])}</div></div></div>"
            f"<div>{inv_inner_html(c.lang)}</div></blockquote>"
        )
    doc += "\n</body></html>\n"
    boundary = f"----=_001_NextPart{c.digits(12)}_=----"
    parts = [leaf("text/plain", "GB2312", "base64", text), leaf("text/html", "GB2312", "base64", doc)]
    mid = f"<{c.sent:%Y%m%d%H%M%S}{c.digits(7)}@{c.addr.split('@')[1]}>"
    top = [
        ("Date", format_datetime(c.sent)),
        ("From", addr(c.name or c.addr, c.addr, "GB2312") if c.name else f'"{c.addr}" <{c.addr}>'),
        ("To", addr(f["from_name"], c.token, "GB2312", quote_ew=True)),
        ("Subject", subj(c, "回复: ", "GB2312")),
        ("References", INVITE_ID),
        ("In-Reply-To", INVITE_ID),
        ("X-Priority", "3"),
        ("X-GUID", c.uuid()),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("Content-Type", f'multipart/alternative;{CRLF}\tboundary="{boundary}"'),
    ]
    return message(top, multipart(boundary, parts, "This is a multi-part message in MIME format.")), "alt/gb2312/base64"


# ---------------------------------------------------------------------------------------------- Yahoo


def yahoo_attr(c: Ctx, variant: str) -> str:
    d, f = c.inv_local, c.inv
    if variant == "zh-tw":
        return (
            f"於 {d.year}年{d.month}月{d.day}日 星期{ZWD[d.weekday()]} {zh_ampm(d)}:00 [{c.tzname}]，"
            f"{f['from_name']} <{f['from_addr']}> 寫道："
        )
    return (
        f"On {WDL[d.weekday()]}, {MONL[d.month - 1]} {d.day}, {d.year} at {t12(d, sec=True).rjust(11, '0')} "
        f"{c.tzname}, {f['from_name']} <{f['from_addr']}> wrote:"
    )


def build_yahoo(c: Ctx, variant: str = "web") -> tuple[bytes, str]:
    default_sig = {
        "web": "",
        "android": "Sent from Yahoo Mail on Android",
        "ios": "Sent from Yahoo Mail for iPhone",
        "zh-tw": "",
    }[variant]
    own = with_sig(c, body_lines(c), default_sig)
    attr = yahoo_attr(c, "zh-tw" if variant == "zh-tw" else "en")
    q = [" " + ln if ln else " " for ln in render(c.lang, "plain")]
    text_lines = own if c.quote == "none" else own + ["", "", "    " + attr + "  ", " ", ""] + q
    text = "\n".join(text_lines) + "\n"
    cls = f"ydp{c.hexs(8)}"
    own_html = "".join(f'<div dir="ltr" data-setdir="false">{esc(ln) if ln else "<br>"}</div>' for ln in own)
    doc = (
        '<html><head></head><body><div class="' + cls + 'yahoo-style-wrap" style="font-family:Helvetica Neue, '
        f'Helvetica, Arial, sans-serif;font-size:13px;">{own_html}</div>'
    )
    if c.quote != "none":
        yq = c.digits(10)
        doc += (
            f'<div id="{cls}yahoo_quoted_{yq}" class="{cls}yahoo_quoted">'
            "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
            f"<div>{esc(attr)}</div><div><br></div><div><br></div>"
            f'<div><div id="{cls}yiv{c.digits(10)}">{inv_inner_html(c.lang)}</div></div></div></div>'
        )
    doc += "</body></html>"
    ms = int(c.sent.timestamp() * 1000)
    boundary = f"----=_Part_{c.digits(7)}_{c.digits(9)}.{ms - 1}"
    parts = [leaf("text/plain", "UTF-8", "quoted-printable", text), leaf("text/html", "UTF-8", "quoted-printable", doc)]
    utc = c.sent.astimezone(timezone.utc)
    mailer = {
        "web": "WebService/1.1.24652 YMailNorrin",
        "android": "WebService/1.1.24652 YMailNorrin",
        "ios": "WebService/1.1.24652 YahooMailIosMobile",
        "zh-tw": "WebService/1.1.24652 YMailNorrin",
    }[variant]
    top = [
        ("Date", format_datetime(utc).replace("-0000", "+0000") + " (UTC)"),
        ("From", addr(c.name, c.addr)),
        ("Reply-To", addr(c.name, c.addr)),
        ("To", addr(c.inv["from_name"], c.token)),
        ("Message-ID", f"<{c.digits(10)}.{c.digits(7)}.{ms}@mail.yahoo.com>"),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Subject", subj(c, "Re: ")),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; {CRLF}\tboundary="{boundary}"'),
        ("X-Mailer", mailer),
    ]
    return message(top, multipart(boundary, parts)), "alt/utf-8/qp"


# ---------------------------------------------------------------------------------------------- Thunderbird


def build_thunderbird(c: Ctx, variant: str = "gb") -> tuple[bytes, str]:
    d, f = c.inv_local, c.inv
    if variant == "zh":
        attr = f"在 {d:%Y/%m/%d} {d:%H:%M}, {f['from_name']} 写道:"
    else:
        attr = f"On {d:%d/%m/%Y} {d:%H:%M}, {f['from_name']} wrote:"
    own = with_sig(c, body_lines(c), "")
    qsrc = plain(c.lang)
    q = quoted(qsrc, "> ", ">")
    if c.quote.startswith("inline:"):
        text_lines = [attr] + inline_merge(c, q)
    elif c.quote == "bottom":
        text_lines = [attr] + q + [""] + own
    elif c.quote == "none":
        text_lines = own
    else:
        text_lines = own + ["", attr] + q
    text = "\n".join(text_lines) + "\n"
    top = [
        ("Message-ID", f"<{c.uuid().lower()}@{c.addr.split('@')[1]}>"),
        ("Date", format_datetime(c.sent)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", subj(c, "Re: ")),
        ("To", addr(f["from_name"], c.token)),
        ("References", INVITE_ID),
        ("Content-Language", "zh-CN" if variant == "zh" else "en-GB"),
        ("From", addr(c.name, c.addr, q=True)),
        ("In-Reply-To", INVITE_ID),
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    return message(top, encode_text(text, "utf-8", "8bit")), "plain/utf-8/8bit"


BUILDERS: dict[str, Callable[[Ctx], tuple[bytes, str]]] = {
    "gmail": lambda c: build_gmail(c, "us"),
    "gmail-gb": lambda c: build_gmail(c, "gb"),
    "gmail-zh": lambda c: build_gmail(c, "zh"),
    "gmail-android": lambda c: build_gmail(c, "android"),
    "gmail-vacation": build_gmail_vacation,
    "outlook": lambda c: build_outlook(c, "us", region="us"),
    "outlook-gb": lambda c: build_outlook(c, "gb", region="uk"),
    "outlook-zh": lambda c: build_outlook(c, "zh", region="ap"),
    "outlook-zh-gb2312": lambda c: build_outlook(c, "zh", charset="gb2312", region=""),
    "outlook-mac": lambda c: build_outlook(c, "mac", region="eu", mode="mac"),
    "outlook-ios": lambda c: build_outlook(c, "mobile", region="eu", mode="mobile"),
    "owa": lambda c: build_outlook(c, "owa", region="eu", mode="owa"),
    "owa-zh": lambda c: build_outlook(c, "owa-zh", region="ap", mode="owa"),
    "outlook-oof": lambda c: build_outlook_oof(c, "us"),
    "outlook-oof-zh": lambda c: build_outlook_oof(c, "zh"),
    "exchange-oof": lambda c: build_outlook_oof(c, "us", auto="auto-generated"),
    "apple-ios": lambda c: build_apple(c, "us", "ios"),
    "apple-ios-gb": lambda c: build_apple(c, "gb", "ios"),
    "apple-ios-zh": lambda c: build_apple(c, "zh", "ios"),
    "apple-mac": lambda c: build_apple(c, "gb", "mac"),
    "apple-mac-zh": lambda c: build_apple(c, "zh", "mac"),
    "qq": lambda c: build_qq(c, "web"),
    "qq-app": lambda c: build_qq(c, "app"),
    "qq-en": lambda c: build_qq(c, "en"),
    "qq-wechat": lambda c: build_qq(c, "app"),
    "qq-auto": build_qq_auto,
    "netease163": build_netease,
    "netease126": build_netease,
    "netease-auto": build_netease_auto,
    "mailmaster": build_mailmaster,
    "foxmail": build_foxmail,
    "yahoo": lambda c: build_yahoo(c, "web"),
    "yahoo-android": lambda c: build_yahoo(c, "android"),
    "yahoo-ios": lambda c: build_yahoo(c, "ios"),
    "yahoo-zh-tw": lambda c: build_yahoo(c, "zh-tw"),
    "thunderbird": lambda c: build_thunderbird(c, "gb"),
    "thunderbird-zh": lambda c: build_thunderbird(c, "zh"),
}


def build(c: Ctx, client: str) -> tuple[bytes, str]:
    return BUILDERS[client](c)
