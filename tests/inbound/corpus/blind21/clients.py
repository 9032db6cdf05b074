"""How each mail client builds a reply (blind21).

Written from what these clients are known to send: header order and quirks, the reply prefix of the subject,
the attribution line or header block above the quoted invitation, the HTML wrapper, charset and transfer
encoding.  Everything is derived from the reply's key, so the bytes are the same on every run.

Every builder takes a `Ctx` and returns `(message_bytes_with_LF, format)`; make.py turns LF into CRLF.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).resolve().parent.parent
SHANGHAI = ZoneInfo("Asia/Shanghai")
INVITATION_ID = "<invitation-1@hr.example.com>"
#: when the invitation went out (Thursday morning, Shanghai)
SENT = datetime(2026, 11, 26, 9, 30, 12, tzinfo=SHANGHAI)

INV = {
    "zh": {"subject": "重新面试邀请：电商客服专员", "from_name": "招聘团队", "from_addr": "recruit@hr.example.com"},
    "en": {
        "subject": "Re-interview invitation: Support desk",
        "from_name": "HR Team",
        "from_addr": "recruit@hr.example.com",
    },
}

# python codec used for a declared charset: Outlook and Foxmail on Chinese Windows label "gb2312" but write cp936
CODEC = {"gb2312": "gbk", "GB2312": "gbk", "GBK": "gbk", "gb18030": "gb18030", "GB18030": "gb18030"}

ZH_WD = "一二三四五六日"
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = [
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
JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"


# --------------------------------------------------------------------------------------------------- invitation


def _read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def inv_text(lang: str) -> str:
    return _read(f"invitation.{lang}.txt")


def inv_html_inner(lang: str) -> str:
    doc = _read(f"invitation.{lang}.html")
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S)
    assert m
    return m.group(1).strip("\n")


def html_to_text(doc: str) -> str:
    """The crude text rendering that webmail/desktop clients put in the text/plain part of a reply."""
    doc = re.sub(r"(?is)<(head|style|title)[^>]*>.*?</\1>", "", doc)
    doc = re.sub(r"(?i)<br\s*/?>", "\n", doc)
    doc = re.sub(r"(?i)</(p|div|h\d|li|tr|ol|ul|table|blockquote)>", "\n", doc)
    doc = re.sub(r"(?i)<(th|td)[^>]*>", " ", doc)
    doc = re.sub(r"(?i)<hr[^>]*>", "\n", doc)
    doc = re.sub(r"<[^>]+>", "", doc)
    doc = html.unescape(doc).replace("\xa0", " ")
    out: list[str] = []
    for line in doc.split("\n"):
        line = line.strip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


# ------------------------------------------------------------------------------------------------ the reply spec


@dataclass
class Reply:
    key: str
    lang: str
    client: str
    intent: str
    slot: int | None
    at: str  # "MM-DD HH:MM", local time of the sender
    name: str
    addr: str
    text: str
    quote: bool = True
    sig: str | None = None
    tz: str | None = None
    kw: dict = field(default_factory=dict)


@dataclass
class Ctx:
    r: Reply
    n: int
    h: str  # hex digest, source of every "random" id
    reply_to: str
    date: datetime
    sent: datetime
    subject: str
    from_name: str
    from_addr: str
    txt: str
    html: str
    html_text: str

    @property
    def body(self) -> str:
        """the candidate's words plus signature, LF lines, no trailing newline"""
        t = self.r.text.strip("\n")
        if self.r.sig:
            t = t + "\n\n" + self.r.sig.strip("\n")
        return t

    def hx(self, salt: str, n: int, upper: bool = False) -> str:
        d = hashlib.sha256((self.h + salt).encode()).hexdigest()
        while len(d) < n:
            d += hashlib.sha256(d.encode()).hexdigest()
        return d[:n].upper() if upper else d[:n]

    def b64id(self, salt: str, n: int) -> str:
        raw = hashlib.sha256((self.h + salt).encode()).digest() * 3
        return base64.b64encode(raw).decode()[:n]


def make_ctx(r: Reply, n: int) -> Ctx:
    tz = ZoneInfo(r.tz or "Asia/Shanghai")
    mm, rest = r.at.split("-")
    dd, hm = rest.split(" ")
    hh, mi = hm.split(":")
    h = hashlib.sha256(r.key.encode()).hexdigest()
    sec = int(h[:4], 16) % 60
    date = datetime(2026, int(mm), int(dd), int(hh), int(mi), sec, tzinfo=tz)
    inv = INV[r.lang]
    doc = _read(f"invitation.{r.lang}.html")
    return Ctx(
        r=r,
        n=n,
        h=h,
        reply_to=f"reply+r{310 + n}.s2.{h[10:16]}@hr.example.com",
        date=date,
        sent=SENT.astimezone(tz),
        subject=inv["subject"],
        from_name=inv["from_name"],
        from_addr=inv["from_addr"],
        txt=inv_text(r.lang),
        html=inv_html_inner(r.lang),
        html_text=html_to_text(doc),
    )


# -------------------------------------------------------------------------------------------------- MIME helpers


def ew(s: str, cs: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded words (never splitting a character), space separated"""
    if s.isascii():
        return s
    codec = CODEC.get(cs, cs)

    def word(x: str) -> str:
        data = x.encode(codec)
        if enc == "B":
            return f"=?{cs}?B?{base64.b64encode(data).decode()}?="
        q = "".join(
            chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else f"={b:02X}")
            for b in data
        )
        return f"=?{cs}?Q?{q}?="

    words: list[str] = []
    cur = ""
    for ch in s:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return " ".join(words)


def fold(name: str, value: str) -> str:
    """fold at spaces so that lines stay under 78 characters where possible"""
    if "\n" in value:  # already folded by the caller
        return f"{name}: {value}"
    line = f"{name}:"
    out: list[str] = []
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > 78 and line.strip() and line != f"{name}:":
            out.append(line)
            line = " " + tok
        else:
            line = line + " " + tok
    out.append(line)
    return "\n".join(out)


def mailbox(name: str | None, addr: str, cs: str = "utf-8", quoted_ew: bool = False) -> str:
    if not name:
        return addr
    if name.isascii():
        if re.search(r"[()<>\[\]:;@\\,.\"]", name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    w = ew(name, cs)
    return f'"{w}" <{addr}>' if quoted_ew else f"{w} <{addr}>"


def encode_body(text: str, cs: str, cte: str) -> bytes:
    data = text.encode(CODEC.get(cs, cs))
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


@dataclass
class Part:
    headers: list[tuple[str, str]]
    body: bytes

    def render(self) -> bytes:
        head = "".join(fold(k, v) + "\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def leaf(ctype: str, text: str, cs: str, cte: str, cte_first: bool = False, extra=()) -> Part:
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if cte_first:
        hs.reverse()
    return Part(hs + list(extra), encode_body(text, cs, cte))


def multipart(ctype: str, boundary: str, parts: list[Part], preamble: str = "", cte: str | None = None) -> Part:
    body = preamble.encode("ascii")
    for p in parts:
        body += f"--{boundary}\n".encode("ascii") + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode("ascii")
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    return Part(hs, body)


def message(headers: list[tuple[str, str | None]], part: Part) -> bytes:
    """headers in client order; ("*", None) marks where the MIME headers of the body part go (else at the end)"""
    out: list[str] = []
    placed = False
    for k, v in headers:
        if k == "*":
            out.extend(fold(a, b) for a, b in part.headers)
            placed = True
        elif v is not None:
            out.append(fold(k, v))
    if not placed:
        out.extend(fold(a, b) for a, b in part.headers)
    return ("\n".join(out) + "\n\n").encode("ascii") + part.body


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def gt(text: str, prefix: str = "> ") -> str:
    """quote every line; empty lines get the bare marker as most clients do"""
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def lines(s: str) -> list[str]:
    return s.split("\n")


def ampm_zh(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{'上午' if dt.hour < 12 else '下午'}{h}:{dt.minute:02d}"


def refs(c: Ctx, irt: bool = True, ref: bool = True) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    if irt:
        out.append(("In-Reply-To", INVITATION_ID))
    if ref:
        out.append(("References", INVITATION_ID))
    return out


def with_attachment(c: Ctx, body: Part, boundary: str, cs: str) -> Part:
    """multipart/mixed around the body with the attachment named in kw['attach'] = (filename, mime type)"""
    fname, mtype = c.r.kw["attach"]
    data = (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" + c.h.encode() * 20 + b"\n%%EOF\n"
    )
    encname = ew(fname, cs)
    att = Part(
        [
            ("Content-Type", f'{mtype};\n\tname="{encname}"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", f'attachment;\n\tfilename="{encname}"'),
        ],
        base64.encodebytes(data),
    )
    return multipart(
        f'multipart/mixed;\n\tboundary="{boundary}"',
        boundary,
        [body, att],
        preamble="This is a multi-part message in MIME format.\n\n",
    )


def inline_mark(c: Ctx, text: str, html_doc: str) -> tuple[str, str]:
    """kw['inline'] = (anchor, note): the candidate typed a note right after a line of the quoted invitation"""
    anchor, note = c.r.kw["inline"]
    out = []
    done = False
    for l in text.split("\n"):
        out.append(l)
        if not done and anchor in l:
            out.append(note)
            done = True
    assert done, anchor
    text = "\n".join(out)
    i = html_doc.find(esc(anchor)) if esc(anchor) in html_doc else html_doc.find(anchor)
    assert i >= 0, anchor
    j = html_doc.find("</li>", i)
    html_doc = html_doc[:j] + f' <span style="color:#FF0000">{esc(note)}</span>' + html_doc[j:]
    return text, html_doc


# ------------------------------------------------------------------------------------------------------ QQ Mail


def _qq_common(c: Ctx, cs: str, boundary: str, xmailer: str) -> list[tuple[str, str | None]]:
    return [
        ("From", mailbox(c.r.name, c.r.addr, cs, quoted_ew=True)),
        ("To", f'"{c.reply_to.split("@")[0]}" <{c.reply_to}>'),
        ("Subject", ew(c.r.kw.get("subject_prefix", "回复：") + c.subject, cs)),
        ("Mime-Version", "1.0"),
        ("*", None),
        ("Date", format_datetime(c.date)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{c.hx('mid', 40, upper=True)}@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", xmailer),
        ("X-QQ-Mailer", xmailer),
        *refs(c),
    ]


def qq_web(c: Ctx) -> tuple[bytes, str]:
    """QQ Mail web, classic: gb18030 base64, '------------------&nbsp;原始邮件&nbsp;------------------' (the
    &nbsp; really ends up in the text part), grey header box, original HTML pasted below."""
    cs = "gb18030"
    b = f"----=_NextPart_{c.hx('b1', 8, True)}_{c.hx('b2', 8, True)}_{c.hx('b3', 8, True)}"
    sent = f"{c.sent.year}年{c.sent.month}月{c.sent.day}日(星期{ZH_WD[c.sent.weekday()]}) {ampm_zh(c.sent)}"
    body = c.body
    text = body + "\n"
    h = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
    h += "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines(body))
    if c.r.quote:
        text += (
            "\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
            f'发件人: "{c.from_name}"<{c.from_addr}>;\n'
            f"发送时间: {sent}\n"
            f'收件人: "{c.r.name}"<{c.r.addr}>;\n\n'
            f"主题: {c.subject}\n\n\n\n" + c.html_text
        )
        h += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{esc(c.from_name)}"&lt;{c.from_addr}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{sent}</div>"
            f'<div><b>收件人:</b>&nbsp;"{esc(c.r.name)}"&lt;{c.r.addr}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{esc(c.subject)}</div></div><div><br></div>" + c.html
        )
    parts = [
        leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, "base64"),
        leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64"),
    ]
    alt = multipart(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        parts,
        preamble="This is a multi-part message in MIME format.\n\n",
        cte="8Bit",
    )
    return message(_qq_common(c, cs, b, "QQMail 2.x"), alt), "alt/gb18030/base64"


def qq_new(c: Ctx) -> tuple[bytes, str]:
    """QQ Mail web, newer editor: UTF-8 base64, 'From/Date/To/Subject' block in a rounded grey card, original in a
    blockquote."""
    cs = "utf-8"
    b = f"----=_NextPart_{c.hx('b1', 8, True)}_{c.hx('b2', 8, True)}_{c.hx('b3', 8, True)}"
    sent = f"{c.sent.year}年{c.sent.month}月{c.sent.day}日 {c.sent:%H:%M}"
    body = c.body
    text = body + "\n"
    h = (
        '<div style="font-family:-apple-system,BlinkMacSystemFont,PingFang SC,Microsoft YaHei,sans-serif;'
        'font-size:14px;">'
    )
    h += "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines(body)) + "</div>"
    if c.r.quote:
        text += (
            "\n\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{c.from_name}" <{c.from_addr}>;\n'
            f"发送时间: {sent}\n"
            f'收件人: "{c.r.name}"<{c.r.addr}>;\n'
            f"主题: {c.subject}\n\n" + c.html_text
        )
        h += (
            '<div><br></div><div id="QQMailSignature"></div><div class="xm_compose_origin_mail_container">'
            '<div style="font-size:12px;color:#888;padding:2px 0;">------------------ 原始邮件 ------------------</div>'
            '<div style="font-size:12px;background:#f5f5f5;padding:8px 12px;border-radius:4px;line-height:20px;">'
            f'<div><b>发件人:</b> "{esc(c.from_name)}" &lt;{c.from_addr}&gt;;</div>'
            f"<div><b>发送时间:</b> {sent}</div>"
            f'<div><b>收件人:</b> "{esc(c.r.name)}"&lt;{c.r.addr}&gt;;</div>'
            f"<div><b>主题:</b> {esc(c.subject)}</div></div><br>"
            '<blockquote style="margin:0 0 0 4px;padding-left:10px;border-left:2px solid #e2e2e2;">'
            + c.html
            + "</blockquote></div>"
        )
    parts = [
        leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, "base64"),
        leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64"),
    ]
    alt = multipart(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        parts,
        preamble="This is a multi-part message in MIME format.\n\n",
        cte="8Bit",
    )
    return message(_qq_common(c, cs, b, "QQMail 2.x"), alt), "alt/utf-8/base64"


def qq_app(c: Ctx) -> tuple[bytes, str]:
    """QQ Mail app (iOS/Android): UTF-8 base64, '---原始邮件---' then 发件人/发送时间/收件人/主题 lines."""
    cs = "utf-8"
    b = f"----=_NextPart_{c.hx('b1', 8, True)}_{c.hx('b2', 8, True)}_{c.hx('b3', 8, True)}"
    sent = f"{c.sent.year}年{c.sent.month}月{c.sent.day}日 {c.sent:%H:%M}"
    body = c.body
    text = body + "\n"
    h = "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines(body))
    if c.r.quote:
        text += (
            "\n\n\n---原始邮件---\n"
            f'发件人: "{c.from_name}"<{c.from_addr}>\n'
            f"发送时间: {sent}\n"
            f'收件人: "{c.r.name}"<{c.r.addr}>;\n'
            f"主题: {c.subject}\n" + c.html_text
        )
        h += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "---原始邮件---</div>"
            f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b> "{esc(c.from_name)}"'
            f"&lt;{c.from_addr}&gt;</div><div><b>发送时间:</b> {sent}</div>"
            f'<div><b>收件人:</b> "{esc(c.r.name)}"&lt;{c.r.addr}&gt;;</div>'
            f"<div><b>主题:</b> {esc(c.subject)}</div></div><div><br></div>" + c.html
        )
    parts = [
        leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, "base64"),
        leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64"),
    ]
    alt = multipart(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        parts,
        preamble="This is a multi-part message in MIME format.\n\n",
        cte="8Bit",
    )
    xm = "QQMail iPhone 6.6.1" if c.r.kw.get("ios", True) else "QQMail Android 6.6.0"
    return message(_qq_common(c, cs, b, xm), alt), "alt/utf-8/base64"


def wecom(c: Ctx) -> tuple[bytes, str]:
    """WeCom (企业微信) mail = Tencent Exmail underneath: QQ-style divider and grey box, UTF-8 base64,
    company address, exmail Message-ID."""
    cs = "utf-8"
    b = f"----=_NextPart_{c.hx('b1', 8, True)}_{c.hx('b2', 8, True)}_{c.hx('b3', 8, True)}"
    sent = f"{c.sent.year}年{c.sent.month}月{c.sent.day}日(星期{ZH_WD[c.sent.weekday()]}) {ampm_zh(c.sent)}"
    body = c.body
    text = body + "\n"
    h = "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines(body))
    if c.r.quote:
        text += (
            "\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{c.from_name}"<{c.from_addr}>;\n'
            f"发送时间: {sent}\n"
            f'收件人: "{c.r.name}"<{c.r.addr}>;\n'
            f"主题: {c.subject}\n\n" + c.html_text
        )
        h += (
            '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{esc(c.from_name)}"&lt;{c.from_addr}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{sent}</div>"
            f'<div><b>收件人:</b>&nbsp;"{esc(c.r.name)}"&lt;{c.r.addr}&gt;;</div>'
            f"<div><b>主题:</b>&nbsp;{esc(c.subject)}</div></div><div><br></div>" + c.html
        )
    hs: list[tuple[str, str | None]] = [
        ("From", mailbox(c.r.name, c.r.addr, cs, quoted_ew=True)),
        ("To", f"<{c.reply_to}>"),
        ("Subject", ew("回复：" + c.subject, cs)),
        ("Mime-Version", "1.0"),
        ("*", None),
        ("Date", format_datetime(c.date)),
        ("Message-ID", f"<tencent_{c.hx('mid', 40, upper=True)}@exmail.qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "WeCom Mail"),
        *refs(c),
    ]
    if c.r.kw.get("html_only"):
        part = leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64")
        return message(hs, part), "html/utf-8/base64"
    parts = [
        leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, "base64"),
        leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64"),
    ]
    alt = multipart(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        parts,
        preamble="This is a multi-part message in MIME format.\n\n",
        cte="8Bit",
    )
    return message(hs, alt), "alt/utf-8/base64"


# -------------------------------------------------------------------------------------------------- NetEase 163


def netease_web(c: Ctx) -> tuple[bytes, str]:
    """163/126 webmail (Coremail XT5): GBK base64, 'Re:' glued to the subject, '在 … 写道：' attribution, text
    part quoted with a bare '>'."""
    cs = "GBK"
    domain = c.r.addr.split("@")[1]
    b = (
        f"----=_Part_{int(c.hx('p', 6), 16) % 900000 + 100000}_{int(c.hx('q', 9), 16) % 900000000 + 100000000}."
        f"{int(c.date.timestamp() * 1000)}"
    )
    att = f'在 {c.sent:%Y-%m-%d %H:%M:%S}，"{c.from_name}" <{c.from_addr}> 写道：'
    body = c.body
    text = body + "\n"
    h = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
    h += "".join(
        f'<div style="margin:0;">{esc(l)}</div>' if l else '<div style="margin:0;"><br></div>' for l in lines(body)
    )
    if c.r.quote:
        text += "\n\n\n\n" + att + "\n" + gt(c.txt, ">")
        h += (
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f"<p>{esc(att)}</p>"
            '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
            'BORDER-LEFT: #ccc 1px solid">' + c.html + "</blockquote>"
        )
    h += "</div>"
    hs: list[tuple[str, str | None]] = [
        ("Date", format_datetime(c.date) + " (CST)"),
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", c.reply_to),
        ("Subject", ew("Re:" + c.subject, cs)),
        ("X-Priority", "3"),
        (
            "X-Mailer",
            "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 "
            f"www.mailtech.cn {domain.split('.')[0]}com",
        ),
        *refs(c),
        ("X-NTES-SC", "AL_Qu2" + c.b64id("sc", 40)),
        ("*", None),
        ("MIME-Version", "1.0"),
        (
            "Message-ID",
            f"<{c.hx('m1', 8)}.{c.hx('m2', 4)}.{c.hx('m3', 11)}.Coremail.{c.r.addr.split('@')[0]}@{domain}>",
        ),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", c.b64id("tr", 24) + "--.1"),
    ]
    parts = [leaf("text/plain; charset=GBK", text, cs, "base64"), leaf("text/html; charset=GBK", h, cs, "base64")]
    alt = multipart(f'multipart/alternative; \n\tboundary="{b}"', b, parts)
    return message(hs, alt), "alt/gbk/base64"


def mailmaster(c: Ctx) -> tuple[bytes, str]:
    """NetEase Mail Master (网易邮箱大师), mobile or PC: UTF-8 base64, '---- 回复的原邮件 ----' followed by a
    | 发件人 | … | table, and the app signature."""
    cs = "UTF-8"
    domain = c.r.addr.split("@")[1]
    b = (
        f"----=_Part_{int(c.hx('p', 6), 16) % 900000 + 100000}_{int(c.hx('q', 9), 16) % 900000000 + 100000000}."
        f"{int(c.date.timestamp() * 1000)}"
    )
    mobile = c.r.kw.get("mobile", True)
    sig = "发自网易邮箱大师" if mobile else None
    body = c.body
    date = f"{c.sent.year}年{c.sent.month}月{c.sent.day}日 {c.sent:%H:%M}"
    text = body + "\n"
    h = (
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
        + "".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines(body))
        + "</div>"
    )
    if sig:
        text += "\n" + sig + "\n"
        h += (
            f'<div id="ntes-iosmail-signature" style="font-size:12px;color:#999;"><div><br></div><div>{sig}</div></div>'
        )
    if c.r.quote:
        rows = [
            ("发件人", f"{c.from_name}<{c.from_addr}>"),
            ("日期", date),
            ("收件人", f"{c.r.name}<{c.r.addr}>"),
            ("主题", c.subject),
        ]
        text += "---- 回复的原邮件 ----\n" + "".join(f"| {k} | {v} |\n" for k, v in rows) + c.html_text
        h += (
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            "border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;"
            "font-family:'微软雅黑';\">"
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
            "---- 回复的原邮件 ----</div>"
            '<table class="J-reply-table" style="width:100%;margin-left:10px;font-size:12px;" cellpadding="0" '
            'cellspacing="0">'
            + "".join(f'<tr><td style="width:60px;color:#999">{k}</td><td>{esc(v)}</td></tr>' for k, v in rows)
            + "</table></div>"
            + c.html
        )
    hs: list[tuple[str, str | None]] = [
        ("Date", format_datetime(c.date)),
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", f'"{c.reply_to}" <{c.reply_to}>'),
        (
            "Message-ID",
            f"<{c.hx('m1', 8)}.{c.hx('m2', 4)}.{c.hx('m3', 11)}.Coremail.{c.r.addr.split('@')[0]}@{domain}>",
        ),
        ("Subject", ew("回复：" + c.subject, cs)),
        *refs(c),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "NetEase Mail Master" + (" iOS 7.19.6" if mobile else " PC 5.2.6")),
    ]
    parts = [leaf("text/plain; charset=UTF-8", text, cs, "base64"), leaf("text/html; charset=UTF-8", h, cs, "base64")]
    alt = multipart(f'multipart/alternative; \n\tboundary="{b}"', b, parts)
    return message(hs, alt), "alt/utf-8/base64"


# ------------------------------------------------------------------------------------------------------ Foxmail


def foxmail(c: Ctx) -> tuple[bytes, str]:
    """Foxmail 7.2 on Windows: GB2312 label (cp936 bytes) base64, address-as-signature above a
    发件人：/发送时间：/收件人：/主题： block with full-width colons; References only."""
    cs = "GB2312"
    b = f"----=_001_NextPart{int(c.hx('b', 10), 16) % 10**12:012d}_=----"
    sent = f"{c.sent:%Y-%m-%d %H:%M}"
    body = c.body
    sig_addr = c.r.kw.get("sigline", c.r.addr)
    text = body + "\n\n\n\n" + sig_addr + "\n"
    h = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: '
        "1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; "
        "font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n"
        + "".join(f"<div>{esc(l)}</div>\n" if l else "<div><br></div>\n" for l in lines(body))
        + '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{esc(sig_addr)}</div>'
        "</div></span></div>\n"
    )
    quoted_text, quoted_html = c.html_text, c.html
    if "inline" in c.r.kw:
        quoted_text, quoted_html = inline_mark(c, quoted_text, quoted_html)
    if c.r.quote:
        text += f" \n发件人： {c.from_name}\n发送时间： {sent}\n收件人： {c.r.addr}\n主题： {c.subject}\n" + quoted_text
        h += (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>发件人：</b>&nbsp;<a href="mailto:{c.from_addr}">{esc(c.from_name)}</a></div>'
            f"<div><b>发送时间：</b>&nbsp;{sent.replace(' ', '&nbsp;')}</div>"
            f'<div><b>收件人：</b>&nbsp;<a href="mailto:{c.r.addr}">{c.r.addr}</a></div>'
            f"<div><b>主题：</b>&nbsp;{esc(c.subject)}</div></div></div><div>&nbsp;</div>"
            f"<div>{quoted_html}</div></blockquote>\n"
        )
    h += "</body></html>"
    hs: list[tuple[str, str | None]] = [
        ("Date", format_datetime(c.date)),
        ("From", mailbox(c.r.name or c.r.addr, c.r.addr, cs) if c.r.name else f'"{c.r.addr}" <{c.r.addr}>'),
        ("To", f'"{c.reply_to}" <{c.reply_to}>'),
        ("Subject", ew("回复: " + c.subject, cs)),
        ("References", INVITATION_ID),
        ("X-Priority", "3"),
        (
            "X-GUID",
            f"{c.hx('g1', 8, True)}-{c.hx('g2', 4, True)}-{c.hx('g3', 4, True)}-{c.hx('g4', 4, True)}-"
            f"{c.hx('g5', 12, True)}",
        ),
        ("X-Has-Attach", "yes" if "attach" in c.r.kw else "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", f"<{c.date:%Y%m%d%H%M%S}{int(c.hx('id', 6), 16) % 10**7:07d}@{c.r.addr.split('@')[1]}>"),
        ("*", None),
    ]
    parts = [
        leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, "base64"),
        leaf(f'text/html;\n\tcharset="{cs}"', h, cs, "base64"),
    ]
    alt = multipart(f'multipart/alternative;\n\tboundary="{b}"', b, parts)
    fmt = "alt/gb2312(cp936)/base64"
    if "attach" in c.r.kw:
        b2 = f"----=_001_NextPart{int(c.hx('c', 10), 16) % 10**12:012d}_=----"
        alt = with_attachment(c, alt, b2, cs)
        fmt = "mixed/" + fmt
    else:
        alt = Part(alt.headers, b"This is a multi-part message in MIME format.\n\n" + alt.body)
    return message(hs, alt), fmt


# ------------------------------------------------------------------------------------------------------ Outlook


OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:等线;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"微软雅黑";
	panose-1:2 11 5 3 2 2 4 2 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle18
	{mso-style-type:personal-reply;
	font-family:等线;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
/* Page Definitions */
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""

OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
    '<head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
    '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
)


def _ol_runs(s: str) -> str:
    """Word wraps every run of Latin text in <span lang=EN-US> inside a Chinese paragraph"""
    out = []
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", s):
        out.append(f"<span lang=EN-US>{esc(run)}</span>" if run.isascii() else esc(run))
    return "".join(out)


def _ol_paras(body: str, zh: bool) -> str:
    out = []
    for l in lines(body):
        if not l:
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            out.append(f"<p class=MsoNormal>{_ol_runs(l) if zh else esc(l)}<span lang=EN-US><o:p></o:p></span></p>")
    return "\n".join(out)


def outlook_desktop(c: Ctx) -> tuple[bytes, str]:
    """Classic Outlook (Word editor). Locale in kw['ui']: zh (答复:/发件人:/发送时间:), en (RE:/From:/Sent:),
    de (AW:/Von:/Gesendet:), ja (RE:/差出人:/送信日時:).  kw['plain'] = Outlook in plain-text mode with the
    '-----邮件原件-----' / '-----Original Message-----' separator."""
    ui = c.r.kw.get("ui", "zh")
    zh = ui == "zh"
    cs = "gb2312" if zh else "utf-8"
    label = "gb2312(cp936)" if zh else cs
    s = c.sent
    if ui == "zh":
        prefix = c.r.kw.get("subject_prefix", "答复: ")
        labels = ("发件人", "发送时间", "收件人", "主题")
        sent = f"{s.year}年{s.month}月{s.day}日 {s.hour}:{s.minute:02d}"
        if c.r.kw.get("new_outlook"):
            sent = f"{s.year}年{s.month}月{s.day}日 星期{ZH_WD[s.weekday()]} {s:%H:%M}"
        sep = "-----邮件原件-----"
    elif ui == "de":
        prefix = "AW: "
        labels = ("Von", "Gesendet", "An", "Betreff")
        sent = f"{DE_WD[s.weekday()]}, {s.day}. {DE_MON[s.month - 1]} {s.year} {s:%H:%M}"
        sep = "-----Ursprüngliche Nachricht-----"
    elif ui == "ja":
        prefix = "RE: "
        labels = ("差出人", "送信日時", "宛先", "件名")
        sent = f"{s.year}年{s.month}月{s.day}日 {s.hour}:{s.minute:02d}"
        sep = "-----Original Message-----"
    else:
        prefix = "RE: "
        labels = ("From", "Sent", "To", "Subject")
        sent = (
            f"{EN_WD[s.weekday()]}, {EN_MON[s.month - 1]} {s.day}, {s.year} {s.hour % 12 or 12}:{s.minute:02d} "
            f"{'AM' if s.hour < 12 else 'PM'}"
        )
        sep = "-----Original Message-----"
    rows = [
        (labels[0], f"{c.from_name} <{c.from_addr}>"),
        (labels[1], sent),
        (labels[2], f"{c.r.name} <{c.r.addr}>"),
        (labels[3], c.subject),
    ]
    body = c.body
    hs: list[tuple[str, str | None]] = [
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", f"<{c.reply_to}>"),
        *refs(c, irt=False),
        ("In-Reply-To", INVITATION_ID),
        ("Subject", ew(prefix + c.subject, cs)),
        ("Date", format_datetime(c.date)),
        ("Message-ID", f"<{c.hx('a', 12)}${c.hx('b', 8)}${c.hx('c', 8)}$@{c.r.addr.split('@')[1]}>"),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH" + c.b64id("ti", 37) + "=="),
        ("Content-Language", {"zh": "zh-cn", "de": "de", "ja": "ja", "en": "en-gb"}[ui]),
    ]
    if c.r.kw.get("plain"):
        text = body + "\n\n"
        if c.r.quote:
            text += sep + "\n" + "".join(f"{k}: {v}\n" for k, v in rows) + "\n" + c.txt
        cte = "base64" if zh else "quoted-printable"
        return message(hs, leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, cte)), f"plain/{label}/{cte}"
    text = body + "\n\n"
    h = (
        OUTLOOK_HEAD.replace("{cs}", cs)
        + OUTLOOK_STYLE
        + "</head>"
        + f'<body lang={"ZH-CN" if zh else "EN-GB"} link="#0563C1" vlink="#954F72" '
        + ("style='text-justify-trim:punctuation'" if zh else "style='word-wrap:break-word'")
        + "><div class=WordSection1>"
        + _ol_paras(body, zh or ui == "ja")
        + "\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
    )
    quoted_text, quoted_html = c.html_text, c.html
    if "inline" in c.r.kw:
        quoted_text, quoted_html = inline_mark(c, quoted_text, quoted_html)
    if c.r.quote:
        text += "".join(f"{k}: {v}\n" for k, v in rows) + "\n" + quoted_text
        inner = "<br>\n".join(
            f"<b>{esc(k)}<span lang=EN-US>:</span></b><span lang=EN-US> </span>{_ol_runs(v)}" for k, v in rows
        )
        h += (
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal align=left style='text-align:left'><span style='font-size:11.0pt;"
            'font-family:"微软雅黑",sans-serif\'>' + inner + "<o:p></o:p></span></p></div></div>\n"
            "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n" + quoted_html
        )
    h += "</div></body></html>"
    b = f"----=_NextPart_000_{c.hx('n1', 4, True)}_{c.hx('n2', 8, True)}.{c.hx('n3', 8, True)}"
    cte = "base64" if zh else "quoted-printable"
    parts = [leaf(f'text/plain;\n\tcharset="{cs}"', text, cs, cte), leaf(f'text/html;\n\tcharset="{cs}"', h, cs, cte)]
    alt = multipart(
        f'multipart/alternative;\n\tboundary="{b}"',
        b,
        parts,
        preamble="This is a multipart message in MIME format.\n\n",
    )
    return message(hs, alt), f"alt/{label}/{cte}"


def outlook_mobile(c: Ctx) -> tuple[bytes, str]:
    """Outlook for iOS/Android on an outlook.com mailbox: UTF-8 base64, '获取 Outlook for iOS' signature, an
    underscore rule and 发件人:/发送时间:/收件人:/主题: (or From:/Sent:/To:/Subject:)."""
    ui = c.r.kw.get("ui", "zh")
    cs = "utf-8"
    s = c.sent
    if ui == "zh":
        prefix = "回复: "
        sig = (
            "获取 Outlook for iOS<https://aka.ms/o0ukef>"
            if c.r.kw.get("ios", True)
            else "获取 Outlook for Android<https://aka.ms/AAb9ysg>"
        )
        labels = ("发件人", "发送时间", "收件人", "主题")
        sent = f"{s.year}年{s.month}月{s.day}日 {s.hour}:{s.minute:02d}"
    else:
        prefix = "Re: "
        sig = (
            "Get Outlook for iOS<https://aka.ms/o0ukef>"
            if c.r.kw.get("ios", True)
            else "Get Outlook for Android<https://aka.ms/AAb9ysg>"
        )
        labels = ("From", "Sent", "To", "Subject")
        sent = (
            f"{EN_WD[s.weekday()]}, {EN_MON[s.month - 1]} {s.day}, {s.year} {s.hour % 12 or 12}:{s.minute:02d}:"
            f"{s.second:02d} {'AM' if s.hour < 12 else 'PM'}"
        )
    rows = [
        (labels[0], f"{c.from_name} <{c.from_addr}>"),
        (labels[1], sent),
        (labels[2], f"{c.r.name} <{c.r.addr}>"),
        (labels[3], c.subject),
    ]
    body = c.body
    sig_text, sig_link = sig.split("<")
    text = body + "\n\n" + sig + "\n"
    h = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + "".join(f'<div dir="auto">{esc(l) or "<br>"}</div>' for l in lines(body))
        + '<div id="ms-outlook-mobile-signature" dir="auto"><div><br></div>'
        + f'{esc(sig_text.split(" Outlook")[0])} <a href="{sig_link[:-1]}">Outlook {sig_text.split("Outlook ")[1]}</a>'
        + "</div>"
    )
    if c.r.quote:
        text += "________________________________\n" + "".join(f"{k}: {v}\n" for k, v in rows) + "\n" + c.html_text
        h += (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "<br>".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows)
            + "</font><div>&nbsp;</div></div>"
            + c.html
        )
    h += "</body></html>"
    host = f"TYZPR06MB{int(c.hx('h', 4), 16) % 9000 + 1000}"
    b = f"_000_{host}{c.hx('bb', 12, True)}_"
    hs: list[tuple[str, str | None]] = [
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", f'"{c.reply_to}" <{c.reply_to}>'),
        ("Subject", ew(prefix + c.subject, cs)),
        ("Thread-Topic", ew(c.subject, cs)),
        ("Thread-Index", "AQHb" + c.b64id("ti", 32) + "="),
        ("Date", format_datetime(c.date.astimezone(ZoneInfo("UTC"))).replace("-0000", "+0000")),
        ("Message-ID", f"<{host}{c.hx('mm', 16, True)}@{host}.apcprd06.prod.outlook.com>"),
        *refs(c, irt=False),
        ("In-Reply-To", INVITATION_ID),
        ("Accept-Language", "zh-CN, en-US" if ui == "zh" else "en-US"),
        ("Content-Language", "zh-CN" if ui == "zh" else "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    parts = [
        leaf('text/plain; charset="utf-8"', text, cs, "base64"),
        leaf('text/html; charset="utf-8"', h, cs, "base64"),
    ]
    alt = multipart(f'multipart/alternative;\n\tboundary="{b}"', b, parts)
    return message(hs, alt), "alt/utf-8/base64"


# ------------------------------------------------------------------------------------------------- Apple (iOS/mac)


def _apple_cte(text: str) -> str:
    non = sum(1 for ch in text if ord(ch) > 127)
    return "base64" if non > len(text) * 0.3 else "quoted-printable"


def apple(c: Ctx) -> tuple[bytes, str]:
    """iPhone Mail (kw mac=False, default) or macOS Mail (mac=True).  UI language in kw['ui'] (zh/en).
    Attribution '在 2026年11月26日，09:30，X <a> 写道：' / 'On 26 Nov 2026, at 09:30, X <a> wrote:', quoted with
    '> ' in text and <blockquote type="cite"> in HTML.  Without the quote iOS sends a single text/plain part."""
    mac = c.r.kw.get("mac", False)
    ui = c.r.kw.get("ui", "zh" if c.r.lang == "zh" else "en")
    s = c.sent
    if ui == "zh":
        prefix = "回复："
        sig = None if mac else c.r.kw.get("device_sig", "发自我的iPhone")
        att = f"在 {s.year}年{s.month}月{s.day}日，{s:%H:%M}，{c.from_name} <{c.from_addr}> 写道："
    else:
        prefix = "Re: "
        sig = None if mac else c.r.kw.get("device_sig", "Sent from my iPhone")
        att = f"On {s.day} {EN_MON[s.month - 1][:3]} {s.year}, at {s:%H:%M}, {c.from_name} <{c.from_addr}> wrote:"
    if c.r.kw.get("no_device_sig"):
        sig = None
    body = c.body
    text = body + "\n"
    if sig:
        text += "\n" + sig + "\n"
    hs: list[tuple[str, str | None]] = []
    mid = (
        f"<{c.hx('u1', 8, True)}-{c.hx('u2', 4, True)}-{c.hx('u3', 4, True)}-{c.hx('u4', 4, True)}-"
        f"{c.hx('u5', 12, True)}@{c.r.addr.split('@')[1]}>"
    )
    b = (
        f"Apple-Mail=_{c.hx('u6', 8, True)}-{c.hx('u7', 4, True)}-{c.hx('u8', 4, True)}-{c.hx('u9', 4, True)}-"
        f"{c.hx('ua', 12, True)}"
        if mac
        else f"Apple-Mail-{c.hx('u6', 8, True)}-{c.hx('u7', 4, True)}-{c.hx('u8', 4, True)}-{c.hx('u9', 4, True)}-"
        f"{c.hx('ua', 12, True)}"
    )
    if mac:
        hs = [
            ("*", None),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
            ("Subject", ew(prefix + c.subject, "utf-8")),
            ("From", mailbox(c.r.name, c.r.addr)),
            ("In-Reply-To", INVITATION_ID),
            ("Date", format_datetime(c.date)),
            ("Cc", ""),
            ("Message-Id", mid),
            ("References", INVITATION_ID),
            ("To", mailbox(c.from_name, c.reply_to)),
            ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
        ]
    else:
        hs = [
            ("*", None),
            ("From", mailbox(c.r.name, c.r.addr)),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", format_datetime(c.date)),
            ("Subject", ew(prefix + c.subject, "utf-8")),
            ("Message-Id", mid),
            ("References", INVITATION_ID),
            ("In-Reply-To", INVITATION_ID),
            ("To", c.reply_to),
            ("X-Mailer", "iPhone Mail (22B91)"),
        ]
    bottom = c.r.kw.get("bottom", False)
    if not c.r.quote:
        cte = _apple_cte(text)
        ct = "text/plain;\n\tcharset=utf-8" if mac else "text/plain; charset=utf-8"
        return message(hs, leaf(ct, text, "utf-8", cte, cte_first=mac)), f"plain/utf-8/{cte}"
    qtext = "\n" + gt(att + "\n\n" + c.txt)
    if bottom:
        text = gt(att + "\n\n" + c.txt) + "\n" + text
    else:
        text += qtext
    body_html = "".join(f'<div dir="ltr">{esc(l) or "<br>"}</div>' for l in lines(body))
    if sig:
        body_html += f'<div dir="ltr"><br></div><div dir="ltr">{esc(sig)}</div>'
    cite = (
        f'<div dir="ltr"><br><blockquote type="cite">{esc(att)}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{c.html}</div></blockquote>'
    )
    if mac:
        h = (
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
            'after-white-space;">'
            + "<br>".join(esc(l) for l in lines(body))
            + f'<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>{esc(att)}</div>'
            f'<br class="Apple-interchange-newline"><div>{c.html}</div></blockquote></div><br></body></html>'
        )
    else:
        h = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + ((cite + body_html) if bottom else (body_html + cite))
            + "</body></html>"
        )
    cte = "quoted-printable"
    if mac:
        parts = [
            leaf("text/plain;\n\tcharset=utf-8", text, "utf-8", cte, cte_first=True),
            leaf("text/html;\n\tcharset=utf-8", h, "utf-8", cte, cte_first=True),
        ]
        alt = multipart(f'multipart/alternative;\n\tboundary="{b}"', b, parts, cte="7bit")
        alt.headers.reverse()
    else:
        parts = [
            leaf("text/plain; charset=utf-8", text, "utf-8", cte),
            leaf("text/html; charset=utf-8", h, "utf-8", cte),
        ]
        alt = multipart(f"multipart/alternative; boundary={b}", b, parts, cte="7bit")
    return message(hs, alt), "alt/utf-8/qp"


# ----------------------------------------------------------------------------------------- Android phone vendors


def android_vendor(c: Ctx) -> tuple[bytes, str]:
    """Huawei (kw vendor='huawei') and Xiaomi ('xiaomi') mail apps, AOSP Email lineage: UTF-8 base64,
    '发自我的华为手机' / '发自我的小米手机', '-------- 原始邮件 --------' and full-width-colon header lines."""
    vendor = c.r.kw.get("vendor", "huawei")
    cs = "UTF-8"
    s = c.sent
    sig = c.r.kw.get("device_sig", {"huawei": "发自我的华为手机", "xiaomi": "发自我的小米手机"}[vendor])
    if vendor == "huawei":
        rows = [
            ("发件人", f"{c.from_name} <{c.from_addr}>"),
            ("日期", f"{s.year}年{s.month}月{s.day}日周{ZH_WD[s.weekday()]} {ampm_zh(s)}"),
            ("收件人", f"{c.r.name} <{c.r.addr}>"),
            ("主题", c.subject),
        ]
    else:
        rows = [
            ("发件人", f'"{c.from_name}" <{c.from_addr}>'),
            ("时间", f"{s:%Y-%m-%d %H:%M}"),
            ("收件人", f"{c.r.addr}"),
            ("主题", c.subject),
        ]
    body = c.body
    text = body + "\n\n" + sig + "\n"
    h = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f"<div>{esc(l) or '<br>'}</div>" for l in lines(body))
        + f"<div><br></div><div>{sig}</div>"
    )
    if c.r.quote:
        text += "\n\n-------- 原始邮件 --------\n" + "".join(f"{k}： {v}\n" for k, v in rows) + "\n" + c.html_text
        h += (
            '<div><br></div><div style="font-size:100%;color:#000000"><!-- originalMessage -->'
            "<div>-------- 原始邮件 --------</div>"
            + "".join(f"<div>{k}： {esc(v)}</div>" for k, v in rows)
            + "<div><br></div></div>"
            + c.html
        )
    h += "</body></html>"
    b = f"--_com.{'huawei.email' if vendor == 'huawei' else 'android.email'}_{int(c.hx('b', 12), 16) % 10**15}"
    hs: list[tuple[str, str | None]] = [
        ("Date", format_datetime(c.date)),
        ("Subject", ew("回复：" + c.subject, cs)),
        ("Message-ID", f"<{c.hx('m', 16)}.{c.hx('n', 6)}@email.android.com>"),
        ("X-Android-Message-ID", f"<{c.hx('m', 16)}.{c.hx('n', 6)}@email.android.com>"),
        *refs(c),
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", c.reply_to),
        ("Importance", "Normal"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("MIME-Version", "1.0"),
        ("*", None),
    ]
    if vendor == "huawei":
        hs.append(("X-Mailer", "HUAWEI Email 12.0"))
    parts = [leaf("text/plain; charset=UTF-8", text, cs, "base64"), leaf("text/html; charset=UTF-8", h, cs, "base64")]
    alt = multipart(f'multipart/alternative; boundary="{b}"', b, parts)
    return message(hs, alt), "alt/utf-8/base64"


# --------------------------------------------------------------------------------------------------------- Feishu


def feishu(c: Ctx) -> tuple[bytes, str]:
    """Feishu (Lark) mail: UTF-8 base64, history-quote card with 发件人:/日期:/主题:/收件人: (subject before
    recipients), original body in a collapsed block."""
    cs = "UTF-8"
    s = c.sent
    rows = [
        ("发件人", f"{c.from_name}<{c.from_addr}>"),
        ("日期", f"{s.year}年{s.month}月{s.day}日 (周{ZH_WD[s.weekday()]}) {s:%H:%M}"),
        ("主题", c.subject),
        ("收件人", f"{c.r.name}<{c.r.addr}>"),
    ]
    body = c.body
    text = body + "\n"
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + "".join(
        f'<div style="white-space:pre-wrap">{esc(l) or "<br>"}</div>' for l in lines(body)
    )
    if c.r.quote:
        qid = c.hx("q", 16)
        text += "\n" + "".join(f"{k}: {v}\n" for k, v in rows) + "\n" + c.html_text
        h += (
            f'<div><br></div><div class="history-quote-wrapper" id="lark-mail-quote-{qid}">'
            '<div data-html-block="quote" data-mail-html-ignore="">'
            '<div style="border-left:none;padding-left:0px" class="adit-html-block adit-html-block--collapsed">'
            '<div><div style="word-break:break-word;padding:12px;background:#f5f6f7;border-radius:4px;'
            'font-size:12px;margin:8px 0" class="history-quote-meta-wrapper history-quote-gap-tag">'
            + "".join(f"<div><b>{k}: </b>{esc(v)}</div>" for k, v in rows)
            + f'</div><div class="history-quote-body">{c.html}</div></div></div></div></div>'
        )
    h += "</body></html>"
    b = c.hx("b", 28)
    hs: list[tuple[str, str | None]] = [
        ("MIME-Version", "1.0"),
        ("Date", format_datetime(c.date)),
        ("From", mailbox(c.r.name, c.r.addr, cs)),
        ("To", f'"{c.reply_to}" <{c.reply_to}>'),
        ("Subject", ew("回复：" + c.subject, cs)),
        ("Message-Id", f"<{c.hx('m', 32)}@{c.r.addr.split('@')[1]}>"),
        *refs(c),
        ("X-Lms-Return-Path", "<lba+2" + c.hx("l", 12) + "@" + c.r.addr.split("@")[1] + ">"),
        ("*", None),
    ]
    parts = [leaf("text/plain; charset=UTF-8", text, cs, "base64"), leaf("text/html; charset=UTF-8", h, cs, "base64")]
    alt = multipart(f"multipart/alternative; boundary={b}", b, parts)
    return message(hs, alt), "alt/utf-8/base64"


# ---------------------------------------------------------------------------------------------------------- Gmail


def gmail(c: Ctx) -> tuple[bytes, str]:
    """Gmail web/app.  UI in kw['ui']: en (US), en-gb, zh, ja, ko, de.  gmail_quote blockquote; text part quoted
    with '> '; UTF-8 quoted-printable (7bit when all ASCII).  kw bottom=True: the reply typed under the quote."""
    ui = c.r.kw.get("ui", "en")
    s = c.sent
    fa = f"{c.from_name} <{c.from_addr}>"
    if ui == "en":
        att = (
            f"On {EN_WD[s.weekday()][:3]}, {EN_MON[s.month - 1][:3]} {s.day}, {s.year} at {s.hour % 12 or 12}:"
            f"{s.minute:02d} {'AM' if s.hour < 12 else 'PM'} {fa} wrote:"
        )
    elif ui == "en-gb":
        att = f"On {EN_WD[s.weekday()][:3]}, {s.day} {EN_MON[s.month - 1][:3]} {s.year} at {s:%H:%M}, {fa} wrote:"
    elif ui == "zh":
        att = f"{fa} 于{s.year}年{s.month}月{s.day}日周{ZH_WD[s.weekday()]} {s:%H:%M}写道："
    elif ui == "ja":
        att = f"{s.year}年{s.month}月{s.day}日({JA_WD[s.weekday()]}) {s.hour}:{s.minute:02d} {fa}:"
    elif ui == "ko":
        att = (
            f"{s.year}년 {s.month}월 {s.day}일 ({KO_WD[s.weekday()]}) {'오전' if s.hour < 12 else '오후'} "
            f"{s.hour % 12 or 12}:{s.minute:02d}, {fa}님이 작성:"
        )
    else:  # de
        de_wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][s.weekday()]
        att = f"Am {de_wd}, {s.day}. {EN_MON[s.month - 1][:3]}. {s.year} um {s:%H:%M} Uhr schrieb {fa}:"
    body = c.body
    bottom = c.r.kw.get("bottom", False)
    quoted_txt = c.txt
    quoted_html = c.html
    if "inline" in c.r.kw:
        quoted_txt, quoted_html = inline_mark(c, quoted_txt, quoted_html)
    text = body + "\n"
    hb = "".join((f"{esc(l)}" if i == 0 else f"<div>{esc(l) or '<br>'}</div>") for i, l in enumerate(lines(body)))
    h = f'<div dir="ltr">{hb}</div>'
    if c.r.quote:
        qt = "\n" + att + "\n\n" + gt(quoted_txt)
        qh = (
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(att)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + quoted_html + "</blockquote></div>"
        )
        if bottom:
            text = att + "\n\n" + gt(quoted_txt) + "\n" + body + "\n"
            h = qh + f'<div dir="ltr">{hb}</div>'
        else:
            text += qt
            h += "<br>" + qh
    cte = "7bit" if (text + h).isascii() else "quoted-printable"
    b = "0000000000" + c.hx("b", 18)
    hs: list[tuple[str, str | None]] = [
        ("MIME-Version", "1.0"),
        *refs(c, irt=False, ref=True),
        ("In-Reply-To", INVITATION_ID),
        ("From", mailbox(c.r.name, c.r.addr)),
        ("Date", format_datetime(c.date)),
        ("Message-ID", f"<CA{c.b64id('g', 44)}@mail.gmail.com>"),
        ("Subject", ew(c.r.kw.get("subject_prefix", "Re: ") + c.subject, "UTF-8")),
        ("To", mailbox(c.from_name, c.reply_to)),
        ("*", None),
    ]
    parts = [
        leaf('text/plain; charset="UTF-8"', text, "utf-8", cte),
        leaf('text/html; charset="UTF-8"', h, "utf-8", cte),
    ]
    alt = multipart(f'multipart/alternative; boundary="{b}"', b, parts)
    return message(hs, alt), f"alt/utf-8/{'qp' if cte != '7bit' else '7bit'}"


# ---------------------------------------------------------------------------------------------------- Thunderbird


def thunderbird(c: Ctx) -> tuple[bytes, str]:
    """Thunderbird, plain text, format=flowed, 8bit; attribution 'On 26/11/2026 01:30, HR Team wrote:';
    usually bottom-posted or answered inline (kw['inline'])."""
    s = c.sent
    att = f"On {s:%d/%m/%Y %H:%M}, {c.from_name} wrote:"
    body = c.body
    q = c.txt
    if "inline" in c.r.kw:
        anchor, note = c.r.kw["inline"]
        out = []
        for l in q.rstrip("\n").split("\n"):
            out.append(("> " + l) if l else ">")
            if anchor in l:
                out.append("")
                out.append(note)
                out.append("")
        text = att + "\n" + "\n".join(out) + "\n\n" + (body + "\n" if body else "")
    elif c.r.kw.get("top"):
        text = body + "\n\n" + att + "\n" + gt(q)
    else:
        text = att + "\n" + gt(q) + "\n" + body + "\n"
    hs: list[tuple[str, str | None]] = [
        (
            "Message-ID",
            f"<{c.hx('u1', 8)}-{c.hx('u2', 4)}-{c.hx('u3', 4)}-{c.hx('u4', 4)}-{c.hx('u5', 12)}@"
            f"{c.r.addr.split('@')[1]}>",
        ),
        ("Date", format_datetime(c.date)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: " + c.subject),
        ("Content-Language", "en-GB"),
        ("To", mailbox(c.from_name, c.reply_to)),
        *refs(c, irt=False),
        ("From", mailbox(c.r.name, c.r.addr)),
        ("In-Reply-To", INVITATION_ID),
        ("*", None),
    ]
    return message(hs, leaf("text/plain; charset=UTF-8; format=flowed", text, "utf-8", "8bit")), "plain/utf-8/8bit"


# ----------------------------------------------------------------------------------------------- Naver / GMX (web)


def naver(c: Ctx) -> tuple[bytes, str]:
    """Naver Mail: HTML only, UTF-8 base64, '-----Original Message-----' with From/To/Cc/Sent/Subject in bold."""
    s = c.sent
    sent = f"{s:%Y-%m-%d} ({KO_WD[s.weekday()]}) {s:%H:%M:%S} (GMT+09:00)"
    body = c.body
    h = (
        '<div style="font-family:나눔고딕, NanumGothic, sans-serif;font-size:10pt;">'
        + "".join(f"<p>{esc(l) or '&nbsp;'}</p>" for l in lines(body))
        + "</div>"
    )
    if c.r.quote:
        h += (
            '<p>&nbsp;</p><div class="__se_mail_quote"><p>-----Original Message-----<br>'
            f'<b>From:</b> "{esc(c.from_name)}"&lt;{c.from_addr}&gt;<br>'
            f"<b>To:</b> &lt;{c.r.addr}&gt;;<br><b>Cc:</b> <br><b>Sent:</b> {sent}<br>"
            f"<b>Subject:</b> {esc(c.subject)}<br></p><p>&nbsp;</p>" + c.html + "</div>"
        )
    hs: list[tuple[str, str | None]] = [
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<{c.hx('m', 20)}.{c.hx('n', 8)}@cweb{int(c.hx('w', 2), 16) % 30:03d}.nm.nfra.io>"),
        ("Date", format_datetime(c.date)),
        ("From", mailbox(c.r.name, c.r.addr, "utf-8")),
        ("To", f"<{c.reply_to}>"),
        ("Subject", "RE: " + c.subject),
        ("X-Originating-IP", "211.249.40.7"),
        *refs(c),
        ("*", None),
    ]
    return message(hs, leaf("text/html; charset=utf-8", h, "utf-8", "base64")), "html/utf-8/base64"


def gmx(c: Ctx) -> tuple[bytes, str]:
    """GMX / web.de: 'Aw: ' subject, quote header with Gesendet: first, then Von/An/Betreff; UTF-8 QP."""
    s = c.sent
    gesendet = f"{DE_WD[s.weekday()]}, {s.day:02d}. {DE_MON[s.month - 1]} {s.year} um {s:%H:%M} Uhr"
    body = c.body
    rows = [
        ("Gesendet", gesendet),
        ("Von", f'"{c.from_name}" <{c.from_addr}>'),
        ("An", c.r.addr),
        ("Betreff", c.subject),
    ]
    text = body + "\n"
    h = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' + "".join(
        f"<div>{esc(l) or '&nbsp;'}</div>" for l in lines(body)
    )
    if c.r.quote:
        text += "\n\n" + "".join(f"{k}: {v}\n" for k, v in rows) + gt(c.txt)
        h += (
            '<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
            "border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: "
            'after-white-space;"><div style="margin:0 0 10px 0;">'
            + "<br/>\n".join(f"<b>{k}:</b>&nbsp;{esc(v)}" for k, v in rows)
            + f'</div>\n<div name="quoted-content">{c.html}</div></div></div></div>'
        )
    h += "</div></body></html>"
    b = f"----=_Part_{int(c.hx('a', 6), 16)}_{c.hx('b', 10)}"
    hs: list[tuple[str, str | None]] = [
        ("MIME-Version", "1.0"),
        (
            "Message-ID",
            f"<trinity-{c.hx('t1', 8)}-{c.hx('t2', 4)}-{c.hx('t3', 4)}-{c.hx('t4', 4)}-"
            f"{c.hx('t5', 12)}-{int(c.date.timestamp() * 1000)}@3c-app-gmx-bap{int(c.hx('n', 2), 16) % 70}>",
        ),
        ("From", mailbox(c.r.name, c.r.addr)),
        ("To", c.reply_to),
        ("Subject", "Aw: " + c.subject),
        ("*", None),
        ("Date", format_datetime(c.date)),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        *refs(c),
        ("X-UI-Message-Type", "mail"),
    ]
    parts = [
        leaf("text/plain; charset=UTF-8", text, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", h, "utf-8", "quoted-printable"),
    ]
    return message(hs, multipart(f'multipart/alternative; boundary="{b}"', b, parts)), "alt/utf-8/qp"


# ---------------------------------------------------------------------------------------------------- automated


def auto_reply(c: Ctx) -> tuple[bytes, str]:
    """Vacation / out-of-office answers.  kw['style']: qq, coremail, exchange-zh, exchange-en, exchange-de,
    gmail, exmail."""
    st = c.r.kw["style"]
    body = c.r.text.strip("\n") + "\n"
    if st == "qq":
        cs = "gb18030"
        hs: list[tuple[str, str | None]] = [
            ("From", mailbox(c.r.name, c.r.addr, cs, quoted_ew=True)),
            ("To", f'"{c.reply_to.split("@")[0]}" <{c.reply_to}>'),
            ("Subject", ew("自动回复: " + c.subject, cs)),
            ("Mime-Version", "1.0"),
            ("*", None),
            ("Date", format_datetime(c.date)),
            ("Message-ID", f"<tencent_{c.hx('mid', 40, upper=True)}@qq.com>"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("In-Reply-To", INVITATION_ID),
            ("X-QQ-AUTOREPLY", "1"),
        ]
        return message(hs, leaf(f'text/plain;\n\tcharset="{cs}"', body, cs, "base64")), "plain/gb18030/base64"
    if st == "coremail":
        cs = "GBK"
        hs = [
            ("Date", format_datetime(c.date) + " (CST)"),
            ("From", mailbox(c.r.name, c.r.addr, cs)),
            ("To", c.reply_to),
            ("Subject", ew("自动回复:" + c.subject, cs)),
            ("Auto-Submitted", "auto-replied"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14"),
            ("In-Reply-To", INVITATION_ID),
            ("MIME-Version", "1.0"),
            (
                "Message-ID",
                f"<{c.hx('m1', 8)}.{c.hx('m2', 4)}.{c.hx('m3', 11)}.Coremail.autoreply@{c.r.addr.split('@')[1]}>",
            ),
            ("*", None),
        ]
        return message(hs, leaf("text/plain; charset=GBK", body, cs, "base64")), "plain/gbk/base64"
    if st == "exmail":
        cs = "utf-8"
        hs = [
            ("From", mailbox(c.r.name, c.r.addr, cs, quoted_ew=True)),
            ("To", f"<{c.reply_to}>"),
            ("Subject", ew("自动回复: " + c.subject, cs)),
            ("Mime-Version", "1.0"),
            ("*", None),
            ("Date", format_datetime(c.date)),
            ("Message-ID", f"<tencent_{c.hx('mid', 40, upper=True)}@exmail.qq.com>"),
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", INVITATION_ID),
        ]
        return message(hs, leaf(f'text/plain;\n\tcharset="{cs}"', body, cs, "base64")), "plain/utf-8/base64"
    if st.startswith("exchange"):
        loc = st.split("-")[1]
        prefix = {"zh": "自动答复: ", "en": "Automatic reply: ", "de": "Automatische Antwort: "}[loc]
        cs = "utf-8"
        host = f"AM9PR0{int(c.hx('h', 2), 16) % 9 + 1}MB{int(c.hx('h2', 4), 16) % 9000 + 1000}"
        h = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + "".join(f"<p>{esc(l) or '&nbsp;'}</p>" for l in lines(body.rstrip()))
            + "</body></html>"
        )
        b = f"_000_{host}{c.hx('b', 10, True)}_"
        hs = [
            ("From", mailbox(c.r.name, c.r.addr, cs)),
            ("To", f"<{c.reply_to}>"),
            ("Subject", ew(prefix + c.subject, cs)),
            ("Thread-Topic", ew(c.subject, cs)),
            ("Thread-Index", "AQHb" + c.b64id("ti", 32) + "="),
            ("Date", format_datetime(c.date.astimezone(ZoneInfo("UTC"))).replace("-0000", "+0000")),
            ("Message-ID", f"<{c.hx('m', 24)}@{host}.eurprd0{int(c.hx('e', 1), 16) % 9 + 1}.prod.outlook.com>"),
            ("In-Reply-To", INVITATION_ID),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Has-Attach", ""),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", c.r.addr),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", {"zh": "zh-CN", "en": "en-GB", "de": "de-DE"}[loc]),
            ("*", None),
            ("MIME-Version", "1.0"),
        ]
        parts = [
            leaf('text/plain; charset="utf-8"', body, cs, "base64"),
            leaf('text/html; charset="utf-8"', h, cs, "base64"),
        ]
        return message(hs, multipart(f'multipart/alternative;\n\tboundary="{b}"', b, parts)), "alt/utf-8/base64"
    if st == "gmail":
        b = "0000000000" + c.hx("b", 18)
        hs = [
            ("MIME-Version", "1.0"),
            ("From", mailbox(c.r.name, c.r.addr)),
            ("Date", format_datetime(c.date)),
            ("Message-ID", f"<CA{c.b64id('g', 44)}@mail.gmail.com>"),
            ("Subject", c.r.kw.get("subject", "Re: " + c.subject)),
            ("To", c.reply_to),
            ("In-Reply-To", INVITATION_ID),
            ("References", INVITATION_ID),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"),
            ("X-Autoreply", "yes"),
            ("*", None),
        ]
        h = '<div dir="ltr">' + "".join(f"<div>{esc(l) or '<br>'}</div>" for l in lines(body.rstrip())) + "</div>"
        parts = [
            leaf('text/plain; charset="UTF-8"', body, "utf-8", "7bit"),
            leaf('text/html; charset="UTF-8"', h, "utf-8", "7bit"),
        ]
        return message(hs, multipart(f'multipart/alternative; boundary="{b}"', b, parts)), "alt/us-ascii/7bit"
    raise ValueError(st)


def bounce(c: Ctx) -> tuple[bytes, str]:
    """A delivery failure report for the invitation itself (kw style 'qq' or 'google'), multipart/report."""
    st = c.r.kw["style"]
    rcpt = c.r.kw["rcpt"]
    inv_headers = (
        f"Return-Path: <{c.reply_to}>\nFrom: {mailbox(c.from_name, c.from_addr, 'utf-8')}\nTo: {rcpt}\n"
        f"Subject: {ew(c.subject, 'utf-8')}\nMessage-ID: {INVITATION_ID}\nDate: {format_datetime(SENT)}\n"
        "MIME-Version: 1.0\n"
    )
    b = ("----=_Bounce_" + c.hx("b", 16)) if st == "qq" else ("000000000000" + c.hx("b", 16))
    if st == "qq":
        cs = "gb18030"
        expl = c.r.text.strip("\n") + "\n"
        status, diag = "5.2.2", "smtp; 552 mailbox is full"
        mta = "mx3.qq.com"
        frm = "MAILER-DAEMON@qq.com"
        subject = "Undelivered Mail Returned to Sender"
    else:
        cs = "UTF-8"
        expl = c.r.text.strip("\n") + "\n"
        status, diag = "5.1.1", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."
        mta = "mx.google.com"
        frm = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        subject = "Delivery Status Notification (Failure)"
    dsn = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(c.date)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {status}\nDiagnostic-Code: {diag}\n"
    )
    parts = [
        leaf(f"text/plain; charset={cs}", expl, cs, "base64" if st == "qq" else "quoted-printable"),
        Part([("Content-Type", "message/delivery-status")], dsn.encode()),
        Part([("Content-Type", "text/rfc822-headers")], inv_headers.encode()),
    ]
    hs: list[tuple[str, str | None]] = [
        ("From", frm),
        ("To", c.reply_to),
        ("Subject", subject),
        ("Date", format_datetime(c.date)),
        ("Message-ID", f"<{c.hx('m', 20)}@{mta}>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("*", None),
    ]
    rep = multipart(f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"', b, parts)
    return message(hs, rep), "report/dsn"


BUILDERS = {
    "qq-web": qq_web,
    "qq-new": qq_new,
    "qq-app": qq_app,
    "wecom": wecom,
    "163": netease_web,
    "126": netease_web,
    "mailmaster": mailmaster,
    "foxmail": foxmail,
    "outlook": outlook_desktop,
    "outlook-mobile": outlook_mobile,
    "iphone": apple,
    "apple-mail": apple,
    "huawei": android_vendor,
    "xiaomi": android_vendor,
    "feishu": feishu,
    "gmail": gmail,
    "thunderbird": thunderbird,
    "naver": naver,
    "gmx": gmx,
    "auto": auto_reply,
    "bounce": bounce,
}


def build(r: Reply, n: int) -> tuple[bytes, str]:
    c = make_ctx(r, n)
    base = r.kw.get("builder") or r.client
    if base not in BUILDERS and base.endswith(("-de", "-ja", "-ko", "-zh", "-en")):
        base, ui = base.rsplit("-", 1)
        r.kw.setdefault("ui", ui)
    data, fmt = BUILDERS[base](c)
    if "fresh_subject" in r.kw:
        data = _fresh(data, r.kw["fresh_subject"], r.kw.get("fresh_cs", "utf-8"))
        fmt += "/newmail"
    return data, fmt


def _fresh(data: bytes, subject: str, cs: str) -> bytes:
    """The candidate copied the address into a new message instead of pressing Reply: no In-Reply-To or
    References, a subject of their own.  Same client otherwise."""
    head, _, body = data.partition(b"\n\n")
    out: list[str] = []
    skip = False
    for line in head.decode("ascii").split("\n"):
        if line[:1] in (" ", "\t"):
            if not skip:
                out.append(line)
            continue
        name = line.split(":", 1)[0].lower()
        skip = name in ("in-reply-to", "references", "subject")
        if name == "subject":
            out.append(fold("Subject", ew(subject, cs)))
        elif not skip:
            out.append(line)
    return "\n".join(out).encode("ascii") + b"\n\n" + body
