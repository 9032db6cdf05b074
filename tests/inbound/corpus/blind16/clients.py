"""How each mail client of batch blind16 builds its reply.

Written from memory of what these clients put on the wire (Chinese phone mail apps above all): the header
block and its order, Message-ID shape, subject prefix, the quote divider / attribution / header card, the
signature the app appends, the HTML skeleton, the charset and the transfer encoding.  Every value that would
be random in real life (ids, boundaries) is derived from the reply number, so a run gives the same bytes.

A builder takes a `Reply` and returns ``(raw_bytes, format)`` where format is ``structure/charset/encoding``.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import quopri
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
CST = timezone(timedelta(hours=8))
UTC = timezone.utc
INVITATION_ID = "<invitation-1@hr.example.com>"
WEEK = "一二三四五六日"
CRLF = b"\r\n"

CODEC = {"gb18030": "gb18030", "gbk": "gbk", "gb2312": "gb2312", "big5": "big5", "utf-8": "utf-8", "us-ascii": "ascii"}


# --------------------------------------------------------------------------- the invitation being answered


@dataclass(frozen=True)
class Invitation:
    lang: str
    subject: str
    from_name: str
    from_addr: str
    date: datetime
    text: str
    html: str  # the inner <div> of the invitation's <body>


def _load(lang: str, subject: str, from_name: str, date: datetime) -> Invitation:
    text = (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")
    page = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    start = page.index(">", page.index("<body")) + 1
    inner = page[start : page.index("</body>")].strip("\n")
    return Invitation(lang, subject, from_name, "hr@hr.example.com", date, text, inner)


INV = {
    "zh": _load("zh", "重新面试邀请：电商客服专员", "招聘团队", datetime(2026, 11, 27, 10, 0, 0, tzinfo=CST)),
    "en": _load(
        "en", "Re-interview invitation: Support desk", "Recruiting Team", datetime(2026, 11, 27, 9, 30, 0, tzinfo=UTC)
    ),
}


# --------------------------------------------------------------------------- one reply


@dataclass
class Reply:
    n: int
    intent: str
    slot: int | None
    lang: str
    client: str
    text: str
    name: str = ""
    addr: str = ""
    date: datetime | None = None
    opts: dict = field(default_factory=dict)

    @property
    def inv(self) -> Invitation:
        return INV[self.lang]

    def hx(self, tag: str, k: int) -> str:
        out = ""
        i = 0
        while len(out) < k:
            out += hashlib.sha256(f"blind16|{self.n}|{tag}|{i}".encode()).hexdigest()
            i += 1
        return out[:k]

    def digits(self, tag: str, k: int) -> str:
        return str(int(self.hx(tag, 24), 16))[:k].rjust(k, "7")

    def uuid(self, tag: str) -> str:
        h = self.hx(tag, 32).upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    @property
    def to_addr(self) -> str:
        return f"reply+r{self.n}.s{1 + self.n % 3}.{self.hx('tok', 6)}@hr.example.com"

    @property
    def quote(self) -> str:
        return self.opts.get("quote", "below")

    @property
    def refs(self) -> bool:
        # deleting the quoted text keeps In-Reply-To; only a fresh message (or a forward) has none
        return bool(self.opts.get("refs", True))

    def subject(self, prefix: str) -> str:
        if "subject" in self.opts:
            return self.opts["subject"]
        return prefix + self.inv.subject

    def sig(self, default: str) -> str:
        return self.opts.get("sig", default)

    @property
    def ms(self) -> int:
        assert self.date is not None
        return int(self.date.timestamp() * 1000) + int(self.hx("ms", 3), 16) % 1000


# --------------------------------------------------------------------------- MIME helpers


def ascii_only(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def ew(s: str, label: str) -> str:
    """RFC 2047 B-encoded words, split at character boundaries, folded."""
    if ascii_only(s):
        return s
    codec = CODEC[label.lower()]
    words: list[str] = []
    cur = ""

    def word(t: str) -> str:
        return f"=?{label}?B?{base64.b64encode(t.encode(codec)).decode()}?="

    for ch in s:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\r\n ".join(words)


def header_label(s: str, label: str, fallback: str = "utf-8") -> str:
    try:
        s.encode(CODEC[label.lower()])
        return label
    except UnicodeEncodeError:
        return fallback


def hdr(s: str, label: str, fallback: str = "utf-8") -> str:
    return ew(s, header_label(s, label, fallback))


def addr(name: str, email: str, label: str, style: str = "plain") -> str:
    if not name:
        return f"<{email}>" if style != "bare" else email
    enc = hdr(name, label)
    if style == "quoted":  # QQ / Tencent: quotes around the encoded word, no space
        return f'"{enc}" <{email}>'
    if style == "quoted-tight":
        return f'"{enc}"<{email}>'
    if ascii_only(name) and any(c in name for c in ",.;:@"):
        return f'"{name}" <{email}>'
    return f"{enc} <{email}>"


def fits(texts: list[str], label: str) -> bool:
    try:
        for t in texts:
            t.encode(CODEC[label.lower()])
        return True
    except UnicodeEncodeError:
        return False


def pick(texts: list[str], *labels: str) -> str:
    for label in labels:
        if fits(texts, label):
            return label
    return "utf-8"


def encode_body(text: str, codec: str, cte: str) -> bytes:
    data = text.replace("\r\n", "\n").encode(codec)
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", CRLF)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out.replace(b"\n", CRLF) + (b"" if out.endswith(b"\n") else CRLF)
    body = data.replace(b"\n", CRLF)
    return body if body.endswith(CRLF) else body + CRLF


@dataclass
class Part:
    headers: list[str]
    body: bytes

    def bytes(self) -> bytes:
        return "\r\n".join(self.headers).encode("ascii") + CRLF + CRLF + self.body


def leaf(
    ctype: str,
    text: str,
    label: str,
    cte: str,
    *,
    style: str = "quoted",
    codec: str | None = None,
    extra: list[str] | None = None,
) -> Part:
    if style == "quoted":
        ct = f'Content-Type: {ctype}; charset="{label}"'
    elif style == "bare":
        ct = f"Content-Type: {ctype}; charset={label}"
    elif style == "tab":  # Tencent
        ct = f'Content-Type: {ctype};\r\n\tcharset="{label}"'
    else:
        raise ValueError(style)
    return Part(
        [ct, f"Content-Transfer-Encoding: {cte}", *(extra or [])], encode_body(text, codec or CODEC[label.lower()], cte)
    )


def multipart(
    subtype: str,
    boundary: str,
    parts: list[Part],
    *,
    style: str = "quoted",
    preamble: str | None = None,
    extra: list[str] | None = None,
) -> Part:
    if style == "quoted":
        ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
    elif style == "bare":
        ct = f"Content-Type: multipart/{subtype}; boundary={boundary}"
    elif style == "tab":
        ct = f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"'
    elif style == "fold":
        ct = f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"'
    else:
        ct = style.format(boundary=boundary)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.bytes() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([ct, *(extra or [])], body)


def message(headers: list[str], root: Part, *, root_first: bool = False) -> bytes:
    lines = (root.headers + headers) if root_first else (headers + root.headers)
    for line in lines:
        line.encode("ascii")
    return "\r\n".join(lines).encode("ascii") + CRLF + CRLF + root.body


def fmt(structure: str, label: str, cte: str) -> str:
    short = {"quoted-printable": "qp"}.get(cte, cte)
    return f"{structure}/{label.lower()}/{short}"


# --------------------------------------------------------------------------- text helpers


def local(d: datetime) -> datetime:
    return d.astimezone(CST)


def ampm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{'上午' if d.hour < 12 else '下午'}{h}:{d.minute:02d}"


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def divs(text: str, tag: str = "div", attrs: str = "") -> str:
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}{attrs}>{esc(line) if line.strip() else '<br>'}</{tag}>")
    return "".join(out)


def brs(text: str) -> str:
    return "<br>".join(esc(line) for line in text.split("\n"))


def gt(text: str, prefix: str = "> ", empty: str = ">") -> str:
    return "\n".join(prefix + line if line else empty for line in text.split("\n"))


def quote_block(r: Reply) -> bool:
    return r.quote != "none"


def inline_split(r: Reply) -> tuple[str, str, str, str]:
    """Invitation text and HTML split after the list of offered times (where an inline answer goes)."""
    inv = r.inv
    t_marker = "方案 3" if r.lang == "zh" else "Option 3"
    lines = inv.text.split("\n")
    cut = next(i for i, line in enumerate(lines) if t_marker in line) + 1
    h_cut = inv.html.index("</ol>") + len("</ol>")
    return "\n".join(lines[:cut]), "\n".join(lines[cut:]), inv.html[:h_cut], inv.html[h_cut:]


def refs_headers(r: Reply, *, order: str = "irt-first") -> list[str]:
    if not r.refs:
        return []
    irt = f"In-Reply-To: {INVITATION_ID}"
    ref = f"References: {INVITATION_ID}"
    return [irt, ref] if order == "irt-first" else [ref, irt]


# =========================================================================== Tencent: QQ Mail / exmail / WeCom


def tencent(
    r: Reply, *, label: str, domain: str, xmailer: str | None, prefix: str = "回复：", sig: str = ""
) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    sent = f"{ld.year}年{ld.month}月{ld.day}日(星期{WEEK[ld.weekday()]}) {ampm(ld)}"
    subject = r.subject(prefix)
    signature = r.sig(sig)
    text = r.text
    if signature:
        text += "\n\n\n" + signature
    h = "<div>" + "</div><div>".join(esc(x) if x.strip() else "<br>" for x in r.text.split("\n")) + "</div>"
    if signature:
        h += "<div><br></div><div><br></div><div>" + brs(signature) + "</div>"
    if quote_block(r):
        text += (
            "\n\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
            f'发件人: "{inv.from_name}"<{inv.from_addr}>;\n'
            f"发送时间: {sent}\n"
            f'收件人: "{r.name}"<{r.addr}>;\n\n'
            f"主题: {inv.subject}\n\n\n\n{inv.text}\n"
        )
        h += (
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{esc(inv.from_name)}"&lt;{inv.from_addr}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{sent}</div>"
            f'<div><b>收件人:</b>&nbsp;"{esc(r.name)}"&lt;{r.addr}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{esc(inv.subject)}</div></div><div><br></div>{inv.html}"
        )
    label = pick([text, h], label, "gb18030") if label.lower() != "utf-8" else "utf-8"
    html_doc = f'<meta http-equiv="Content-Type" content="text/html; charset={label.upper()}">{h}'
    b = f"----=_NextPart_{r.hx('b1', 8).upper()}_{r.hx('b2', 8).upper()}_{r.hx('b3', 8).upper()}"
    root = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, label, "base64", style="tab"),
            leaf("text/html", html_doc, label, "base64", style="tab"),
        ],
        style="tab",
        preamble="This is a multi-part message in MIME format.",
    )
    headers = [
        f"From: {addr(r.name, r.addr, label, 'quoted-tight')}",
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, label, 'quoted-tight')}",
        f"Subject: {hdr(subject, label)}",
        "Mime-Version: 1.0",
        *root.headers,
        "Content-Transfer-Encoding: 8Bit",
        f"Date: {format_datetime(r.date)}",
    ]
    if xmailer:
        headers.append("X-Priority: 3")
    headers.append(f"Message-ID: <tencent_{r.hx('mid', 38).upper()}@{domain}>")
    if xmailer:
        headers += ["X-QQ-MIME: TCMime 1.0 by Tencent", f"X-Mailer: {xmailer}", f"X-QQ-Mailer: {xmailer}"]
    headers += refs_headers(r)
    return message(headers, Part([], root.body)), fmt("alt", label, "base64")


def qqmail_web(r: Reply) -> tuple[bytes, str]:
    return tencent(r, label="gb18030", domain="qq.com", xmailer="QQMail 2.x")


def qqmail_app(r: Reply) -> tuple[bytes, str]:
    # The phone app writes UTF-8 (the iOS build) or GB18030 (older Android builds), no X-Mailer of note.
    label = r.opts.get("charset", "utf-8")
    return tencent(r, label=label, domain="qq.com", xmailer=None)


def wecom_mail(r: Reply) -> tuple[bytes, str]:
    return tencent(
        r, label=r.opts.get("charset", "utf-8"), domain="exmail.qq.com", xmailer=None, sig=r.opts.get("company_sig", "")
    )


# =========================================================================== NetEase: Mail Master, 163 app, 163/126 web


def mailmaster(r: Reply, *, sig: str = "发自网易邮箱大师", flavour: str = "card") -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    when = f"{ld.year}年{ld.month}月{ld.day}日 {ld.hour:02d}:{ld.minute:02d}"
    user, dom = r.addr.split("@")
    signature = r.sig(sig)
    text = r.text + (f"\n\n{signature}" if signature else "")
    h = '<div id="original-content">' + divs(r.text)
    if signature:
        if "网易邮箱大师" in signature:
            s_html = signature.replace(
                "网易邮箱大师",
                '<a href="https://mail.163.com/dashi/dlpro.html?from=mail81" '
                'style="color:#4f8cff;text-decoration:none;">网易邮箱大师</a>',
            )
        else:
            s_html = esc(signature)
        h += f'<div><br></div><div id="ntes-iosmail-signature" style="font-size:12px;color:#7a7a7a;">{s_html}</div>'
    h += "</div>"
    if quote_block(r):
        if flavour == "card":
            text += (
                "\n---- 回复的原邮件 ----\n"
                f"| 发件人 | {inv.from_name}<{inv.from_addr}> |\n"
                f"| 日期 | {when} |\n"
                f"| 收件人 | {r.name}<{r.addr}> |\n"
                f"| 主题 | {inv.subject} |\n"
                f"{inv.text}\n"
            )
            row = (
                '<tr><td style="font-size:12px;color:#999;width:52px;vertical-align:top;">{k}</td>'
                '<td style="font-size:12px;color:#333;word-break:break-all;">{v}</td></tr>'
            )
            h += (
                '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
                'border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;">'
                '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
                "---- 回复的原邮件 ----</div>"
                '<table class="J-reply-table" style="margin-left:10px;">'
                + row.format(
                    k="发件人",
                    v=f'<a class="mail-from" href="mailto:{inv.from_addr}">{esc(inv.from_name)}</a>'
                    f"&lt;{inv.from_addr}&gt;",
                )
                + row.format(k="日期", v=f'<span class="mail-date">{when}</span>')
                + row.format(
                    k="收件人", v=f'<a class="mail-to" href="mailto:{r.addr}">{esc(r.name)}</a>&lt;{r.addr}&gt;'
                )
                + row.format(k="主题", v=esc(inv.subject))
                + "</table></div>"
                f'<blockquote id="ntes-iosmail-quote" style="margin: 0">{inv.html}</blockquote>'
            )
        else:  # the older "写道" attribution of the iOS build
            text += f"\n\n在{when}，{inv.from_name}<{inv.from_addr}> 写道：\n{gt(inv.text, '> ', '>')}\n"
            h += (
                '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
                'border-radius:3px;margin-top:45px;margin-bottom:20px;"><div style="font-size:12px;line-height:1.5;'
                'word-break:break-all;margin-left:10px;margin-right:10px">'
                f'在<span class="mail-date">{when}</span>，<a class="mail-from" href="mailto:{inv.from_addr}">'
                f"{esc(inv.from_name)}</a> 写道：</div></div>"
                f'<blockquote id="ntes-iosmail-quote" style="margin: 0">{inv.html}</blockquote>'
            )
    html_doc = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>{h}</body></html>'
    )
    b = f"----=_Part_{r.digits('p1', 6)}_{r.digits('p2', 9)}.{r.ms}"
    root = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, "UTF-8", "base64", style="bare"),
            leaf("text/html", html_doc, "UTF-8", "base64", style="bare"),
        ],
        style="fold",
    )
    token = base64.b64encode(bytes.fromhex(r.hx("hm", 36))).decode().replace("/", "A").replace("+", "B")[:24]
    headers = [
        f"Date: {format_datetime(r.date)} (CST)",
        f"From: {addr(r.name, r.addr, 'UTF-8')}",
        f"To: {addr(r.opts.get('to_name', ''), r.to_addr, 'UTF-8')}",
        f"Message-ID: <{token}.{1 + r.n % 4}.{r.ms}.Hmail.{user}@{dom}>",
        *refs_headers(r),
        f"Subject: {hdr(r.subject('回复：'), 'UTF-8')}",
        "MIME-Version: 1.0",
    ]
    return message(headers, root), fmt("alt", "utf-8", "base64")


def mailmaster_app(r: Reply) -> tuple[bytes, str]:
    return mailmaster(r, flavour=r.opts.get("flavour", "card"))


def netease_app(r: Reply) -> tuple[bytes, str]:
    return mailmaster(r, sig="发自网易邮箱手机版", flavour="card")


def coremail_web(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    when = ld.strftime("%Y-%m-%d %H:%M:%S")
    user, dom = r.addr.split("@")
    text = r.text
    h = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + divs(r.text)
    if r.quote == "bottom":
        raise ValueError("163 web puts the cursor above the quote")
    if quote_block(r):
        text += f'\n\n\n\n\n\n\n在 {when}，"{inv.from_name}" <{inv.from_addr}> 写道：\n{gt(inv.text, ">", ">")}\n'
        h += (
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f"<pre><br>在 {when}，&quot;{esc(inv.from_name)}&quot; &lt;{inv.from_addr}&gt; 写道：<br></pre>"
            '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            f"{inv.html}</blockquote>"
        )
    h += "</div><br>"
    label = pick([text, h], "GBK")
    b = f"----=_Part_{r.digits('p1', 6)}_{r.digits('p2', 10)}.{r.ms}"
    root = multipart(
        "alternative",
        b,
        [leaf("text/plain", text, label, "base64", style="bare"), leaf("text/html", h, label, "base64", style="bare")],
        style="fold",
    )
    headers = [
        f"Date: {format_datetime(r.date)} (CST)",
        f"From: {addr(r.name, r.addr, label)}",
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, label)}",
        f"Subject: {hdr(r.subject('Re:'), label)}",
        f"X-Priority: 3",
        f"X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\r\n"
        f" Copyright (c) 2002-2026 www.mailtech.cn {dom.split('.')[0]}com",
        *refs_headers(r),
        "X-NTES-SC: AL_Qu2cAf2fv0gr4yGdZOkfmUwQh+w4WMK0vfQn3YBTOZk0uCvtxzAwbXdTP3bW/8mVGzyXpjiPuf3FVX5zk5YR",
        "MIME-Version: 1.0",
        f"Message-ID: <{r.hx('c1', 8)}.{r.hx('c2', 4)}.{r.hx('c3', 11)}.Coremail.{user}@{dom}>",
        f"X-Coremail-Locale: zh_CN",
        f"X-CM-TRANSID:{r.hx('tid', 4)}{base64.b64encode(bytes.fromhex(r.hx('tb', 30))).decode()[:36]}",
    ]
    return message(headers, root), fmt("alt", label, "base64")


# =========================================================================== Apple Mail on iPhone (zh-Hans / zh-Hant)

APPLE = {
    "zh": ("回复：", "发自我的iPhone", "在 {y}年{m}月{d}日，{t}，{name} <{addr}> 写道：", False),
    "hk": ("回覆：", "從我的 iPhone 傳送", "在 {y}年{m}月{d}日，{t}，{name} <{addr}> 寫道：", True),
    "tw": ("回覆：", "從我的 iPhone 傳送", "在 {y}年{m}月{d}日 {t}，{name} <{addr}> 寫道：", True),
    "en": ("Re: ", "Sent from my iPhone", "On {d} {mon} {y}, at {t}, {name} <{addr}> wrote:", False),
}


def iphone_mail(r: Reply, loc: str) -> tuple[bytes, str]:
    inv = r.inv
    prefix, default_sig, attr_fmt, twelve = APPLE[loc]
    ld = local(inv.date)
    t = ampm(ld) if twelve else f"{ld.hour:02d}:{ld.minute:02d}"
    attribution = attr_fmt.format(
        y=ld.year, m=ld.month, d=ld.day, mon=ld.strftime("%b"), t=t, name=inv.from_name, addr=inv.from_addr
    )
    signature = r.sig(default_sig)
    top = r.text if r.quote != "inline" else ""
    text = top
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
    if top:
        h += '<div dir="ltr">' + brs(top) + "</div>"
    if signature:
        text += ("\n\n" if text else "") + signature
        h += f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{esc(signature)}</div>'
    else:
        h += '<div dir="ltr">'
    if quote_block(r):
        text += f"\n\n> {attribution}\n> \n"
        h += f'<div dir="ltr"><br><blockquote type="cite">{esc(attribution)}<br><br></blockquote></div></div>'
        if r.quote == "inline":
            t1, t2, h1, h2 = inline_split(r)
            text += gt("\ufeff" + t1) + "\n\n" + r.text + "\n\n" + gt(t2.lstrip("\n")) + "\n"
            h += (
                f'<blockquote type="cite"><div dir="ltr">\ufeff{h1}</div></blockquote>'
                f'<div dir="ltr"><br></div><div dir="ltr">{brs(r.text)}</div><div dir="ltr"><br></div>'
                f'<blockquote type="cite"><div dir="ltr">{h2}</div></blockquote>'
            )
        else:
            text += gt("\ufeff" + inv.text) + "\n"
            h += f'<blockquote type="cite"><div dir="ltr">\ufeff{inv.html}</div></blockquote>'
    else:
        h += "</div>"
    h += "</body></html>"
    b = f"Apple-Mail-{r.uuid('b')}"
    root = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, "utf-8", "quoted-printable", style="bare"),
            leaf("text/html", h, "utf-8", "quoted-printable", style="bare"),
        ],
        style="bare",
        extra=["Content-Transfer-Encoding: 7bit"],
    )
    dom = r.addr.split("@")[1]
    headers = [
        f"From: {addr(r.name, r.addr, 'utf-8')}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {format_datetime(r.date)}",
        f"Subject: {hdr(r.subject(prefix), 'utf-8')}",
        f"Message-Id: <{r.uuid('mid')}@{dom}>",
        *refs_headers(r, order="refs-first"),
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, 'utf-8')}",
        f"X-Mailer: iPhone Mail ({r.opts.get('build', '22B91')})",
    ]
    return message(headers, root, root_first=True), fmt("alt", "utf-8", "quoted-printable")


def iphone_zh(r: Reply) -> tuple[bytes, str]:
    return iphone_mail(r, "zh")


def iphone_hk(r: Reply) -> tuple[bytes, str]:
    return iphone_mail(r, "hk")


def iphone_tw(r: Reply) -> tuple[bytes, str]:
    return iphone_mail(r, "tw")


# =========================================================================== Android system mail apps (AOSP Email lineage)

ANDROID = {
    # client: (signature, divider, labels(from, date, to, subject), date style, structure)
    "huawei-mail": (
        "发自我的华为手机",
        "-------- 原始邮件 --------",
        ("发件人：", "日期：", "收件人：", "主题："),
        "week",
        "alt",
    ),
    "honor-mail": (
        "发自我的荣耀手机",
        "-------- 原始邮件 --------",
        ("发件人：", "日期：", "收件人：", "主题："),
        "week",
        "alt",
    ),
    "vivo-mail": (
        "发自我的vivo手机",
        "-------- 原始邮件 --------",
        ("发件人：", "发送时间：", "收件人：", "主题："),
        "plain",
        "alt",
    ),
    "xiaomi-mail": (
        "发自我的小米手机",
        "-------- 原始邮件 --------",
        ("发件人：", "时间：", "收件人：", "主题："),
        "plain",
        "plain",
    ),
}


def android_mail(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    default_sig, divider, labels, dstyle, structure = ANDROID[r.client]
    ld = local(inv.date)
    if dstyle == "week":
        when = f"{ld.year}年{ld.month}月{ld.day}日周{WEEK[ld.weekday()]} {ampm(ld)}"
    else:
        when = f"{ld.year}年{ld.month}月{ld.day}日 {ld.hour:02d}:{ld.minute:02d}"
    signature = r.sig(default_sig)
    sp = " " if structure == "alt" else ""
    text = r.text + (f"\n\n{signature}" if signature else "")
    h = "<div>" + brs(r.text) + "</div>"
    if signature:
        h += f'<div><br></div><div id="signature_content">{esc(signature)}</div>'
    if quote_block(r):
        rows = [
            (labels[0], f"{inv.from_name} <{inv.from_addr}>"),
            (labels[1], when),
            (labels[2], f"{r.name} <{r.addr}>"),
            (labels[3], inv.subject),
        ]
        text += f"\n\n{divider}\n" + "".join(f"{k}{sp}{v}\n" for k, v in rows) + "\n" + inv.text + "\n"
        h += (
            f'<div><br></div><div class="quote"><div>{divider}</div>'
            + "".join(f"<div>{k}{sp}{esc(v)}</div>" for k, v in rows)
            + f"<div><br></div>{inv.html}</div>"
        )
    html_doc = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>{h}</body></html>'
    )
    if structure == "plain":
        cte = r.opts.get("cte", "8bit")
        root = leaf("text/plain", text, "UTF-8", cte, style="bare")
        out_fmt = fmt("plain", "utf-8", cte)
    else:
        b = f"--_com.android.email_{r.digits('b', 15)}"
        root = multipart(
            "alternative",
            b,
            [
                leaf("text/plain", text, "utf-8", "base64", style="bare"),
                leaf("text/html", html_doc, "utf-8", "base64", style="bare"),
            ],
        )
        out_fmt = fmt("alt", "utf-8", "base64")
    headers = [
        "MIME-Version: 1.0",
        f"Subject: {hdr(r.subject('回复：'), 'UTF-8')}",
        f"From: {addr(r.name, r.addr, 'UTF-8')}",
        f"To: {addr(r.opts.get('to_name', ''), r.to_addr, 'UTF-8', 'bare')}",
        f"Date: {format_datetime(r.date)}",
        f"Message-ID: <{r.hx('m', 24)}@email.android.com>",
        *refs_headers(r),
    ]
    return message(headers, root), out_fmt


def oppo_mail(r: Reply) -> tuple[bytes, str]:
    """ColorOS mail: sends the HTML alone."""
    inv = r.inv
    ld = local(inv.date)
    when = f"{ld.year}年{ld.month}月{ld.day}日 {ld.hour:02d}:{ld.minute:02d}"
    signature = r.sig("发自我的OPPO手机")
    h = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<div style="font-size:16px;">{brs(r.text)}</div>'
    )
    if signature:
        h += f'<div><br></div><div style="font-size:14px;color:#8a8a8a;">{esc(signature)}</div>'
    if quote_block(r):
        h += (
            f"<div><br></div><div>在 {when}，{esc(inv.from_name)} &lt;{inv.from_addr}&gt; 写道：</div>"
            f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inv.html}</blockquote>'
        )
    h += "</body></html>"
    root = leaf("text/html", h, "utf-8", "base64", style="bare")
    headers = [
        f"Date: {format_datetime(r.date)}",
        f"From: {addr(r.name, r.addr, 'utf-8')}",
        f"To: {r.to_addr}",
        f"Message-ID: <{r.hx('m', 16)}.{r.ms}@oppo.com>",
        *refs_headers(r),
        f"Subject: {hdr(r.subject('回复：'), 'utf-8')}",
        "MIME-Version: 1.0",
    ]
    return message(headers, root), fmt("html", "utf-8", "base64")


# =========================================================================== Feishu / Lark mail


def feishu_mail(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    when = f"{ld.year}年{ld.month}月{ld.day}日(周{WEEK[ld.weekday()]}) {ld.hour:02d}:{ld.minute:02d}"
    qid = r.hx("q", 10)
    text = r.text
    h = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-size:14px;color:#1f2329;line-height:1.6;">' + divs(r.text) + "</div>"
    )
    if quote_block(r):
        text += (
            f'\n\n发件人: "{inv.from_name}"<{inv.from_addr}>\n发送时间: {when}\n主题: {inv.subject}\n'
            f"收件人: <{r.addr}>\n\n{inv.text}\n"
        )
        meta = (
            f'<div style="word-break: break-word;"><span style="white-space: nowrap;">发件人: </span>'
            f'<span>"{esc(inv.from_name)}"&lt;{inv.from_addr}&gt;</span></div>'
            f'<div><span style="white-space: nowrap;">发送时间: </span><span>{when}</span></div>'
            f'<div><span style="white-space: nowrap;">主题: </span><span>{esc(inv.subject)}</span></div>'
            f'<div><span style="white-space: nowrap;">收件人: </span><span>&lt;{r.addr}&gt;</span></div>'
        )
        h += (
            f'<div class="history-quote-wrapper" id="lark-mail-quote-{qid}"><div data-html-block="quote" '
            'data-mail-html-ignore=""><div style="border-left:none;padding-left:0px;" class="adit-html-block '
            'adit-html-block--collapsed"><div><div class="adit-html-block__attr history-quote-meta-wrapper '
            f'history-quote-gap-tag" id="lark-mail-meta-{qid}" style="padding: 12px; background: rgb(245, 246, 247); '
            'color: rgb(31, 35, 41); border-radius: 4px; margin-top: 24px; margin-bottom: 12px;">'
            f'{meta}</div><div class="history-quote-content">{inv.html}</div></div></div></div></div>'
        )
    h += "</body></html>"
    b = r.hx("b", 28)
    root = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, "UTF-8", "quoted-printable", style="bare"),
            leaf("text/html", h, "UTF-8", "quoted-printable", style="bare"),
        ],
        style="bare",
    )
    headers = [
        f"Date: {format_datetime(r.date)}",
        f"From: {addr(r.name, r.addr, 'UTF-8')}",
        f"To: {addr('', r.to_addr, 'UTF-8')}",
        f"Subject: {hdr(r.subject('回复: '), 'UTF-8')}",
        f"Message-Id: <{r.hx('m', 32)}@feishu.cn>",
        *refs_headers(r),
        "Mime-Version: 1.0",
        "X-Lms-Return-Path: <lba+267a8b5c1.{0}@feishu.cn>".format(r.hx("lms", 12)),
    ]
    return message(headers, root), fmt("alt", "utf-8", "quoted-printable")


# =========================================================================== Foxmail (Windows)


def foxmail(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    when = f"{ld.year}-{ld.month:02d}-{ld.day:02d} {ld.hour:02d}:{ld.minute:02d}"
    signature = r.sig(f"{r.addr}")
    sd = local(r.date)
    text = r.text + f"\n\n\n{sd.year}-{sd.month:02d}-{sd.day:02d}\n\n\n\n{signature}\n"
    h = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"><style>body { line-height: 1.5; }'
        " blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; } body { font-size: 14px; font-family: "
        "'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>"
        + divs(r.text, "div", "")
        + f'<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{esc(signature)}</div>'
        "</div></span></div>"
    )
    if quote_block(r):
        text += (
            f"\n发件人： {inv.from_name}\n发送时间： {when}\n收件人： {r.addr.split('@')[0]}\n主题： {inv.subject}\n"
            f"{inv.text}\n"
        )
        h += (
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            f'<div><b>发件人：</b>&nbsp;<a href="mailto:{inv.from_addr}">{esc(inv.from_name)}</a></div>'
            f"<div><b>发送时间：</b>&nbsp;{when.replace(' ', '&nbsp;')}</div>"
            f'<div><b>收件人：</b>&nbsp;<a href="mailto:{r.addr}">{r.addr.split("@")[0]}</a></div>'
            f"<div><b>主题：</b>&nbsp;{esc(inv.subject)}</div></div></div><div><div>{inv.html}</div></div></blockquote>"
        )
    h += "</body></html>\n"
    # Foxmail labels its text GB2312 and writes GBK bytes when a character is outside GB2312.
    if fits([text, h], "gbk"):
        label, codec = "GB2312", ("gb2312" if fits([text, h], "gb2312") else "gbk")
    else:
        label, codec = "utf-8", "utf-8"
        h = h.replace("charset=GB2312", "charset=utf-8")
    b = f"----=_001_NextPart{r.digits('b', 12)}_=----"
    root = multipart(
        "alternative",
        b,
        [leaf("text/plain", text, label, "base64", codec=codec), leaf("text/html", h, label, "base64", codec=codec)],
        style="fold",
        preamble="This is a multi-part message in MIME format.",
    )
    sd_id = sd.strftime("%Y%m%d%H%M%S")
    headers = [
        f"Date: {format_datetime(r.date)}",
        f"From: {addr(r.name, r.addr, label if label != 'GB2312' else 'gb2312', 'quoted')}",
        f"To: {addr(inv.from_name, r.to_addr, label if label != 'GB2312' else 'gb2312', 'quoted')}",
        f"Subject: {hdr(r.subject('回复: '), 'gb2312')}",
        *refs_headers(r),
        "X-Priority: 3",
        "X-GUID: " + r.uuid("guid"),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.331[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: <{sd_id}{r.digits('fm', 7)}@{r.addr.split('@')[1]}>",
    ]
    return message(headers, root), fmt("alt", label, "base64")


# =========================================================================== Outlook (mobile zh-CN, desktop zh-CN / zh-TW)


def _outlook_ids(r: Reply) -> tuple[str, str, str]:
    host = f"TYZPR06MB{r.digits('host', 4)}"
    mid = f"<{host}{r.hx('mid', 28).upper()}@{host}.apcprd06.prod.outlook.com>"
    boundary = f"_000_{host}{r.hx('mid', 28).upper()}{host}apcp_"
    tindex = base64.b64encode(bytes.fromhex(r.hx("ti", 44))).decode()
    return mid, boundary, tindex


def outlook_mobile(r: Reply, os_name: str) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    when = f"{ld.year}年{ld.month}月{ld.day}日 {ampm(ld)}"
    link = "https://aka.ms/o0ukef" if os_name == "iOS" else "https://aka.ms/AAb9ysg"
    signature = r.sig(f"获取 Outlook for {os_name}")
    text = r.text + (
        f"\n\n{signature}<{link}>"
        if signature and signature.startswith("获取 Outlook")
        else (f"\n\n{signature}" if signature else "")
    )
    h = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + "".join(f'<div dir="auto">{esc(x) if x.strip() else "<br>"}</div>\n' for x in r.text.split("\n"))
    )
    if signature:
        sig_h = (
            f'获取 <a href="{link}">Outlook for {os_name}</a>'
            if signature.startswith("获取 Outlook")
            else esc(signature)
        )
        h += f'<div dir="auto"><br></div>\n<div class="ms-outlook-mobile-signature">{sig_h}</div>\n'
    if quote_block(r):
        text += (
            f"\n________________________________\n发件人: {inv.from_name} <{inv.from_addr}>\n"
            f"发送时间: {when}\n收件人: {r.name} <{r.addr}>\n主题: {inv.subject}\n\n{inv.text}\n"
        )
        h += (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"<b>发件人:</b> {esc(inv.from_name)} &lt;{inv.from_addr}&gt;<br>\n<b>发送时间:</b> {when}<br>\n"
            f"<b>收件人:</b> {esc(r.name)} &lt;{r.addr}&gt;<br>\n<b>主题:</b> {esc(inv.subject)}</font>\n"
            f"<div>&nbsp;</div>\n</div>\n{inv.html}\n"
        )
    h += "</body>\n</html>\n"
    mid, b, tindex = _outlook_ids(r)
    root = multipart(
        "alternative",
        b,
        [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", h, "utf-8", "base64")],
        style="fold",
    )
    headers = [
        f"From: {addr(r.name, r.addr, 'utf-8')}",
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, 'utf-8')}",
        f"Subject: {hdr(r.subject('回复: '), 'utf-8')}",
        f"Thread-Topic: {hdr(inv.subject, 'utf-8')}",
        f"Thread-Index: {tindex}",
        f"Date: {format_datetime(r.date)}",
        f"Message-ID: {mid}",
        *refs_headers(r, order="refs-first"),
        "Accept-Language: zh-CN, en-US",
        "Content-Language: zh-CN",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ]
    return message(headers, root), fmt("alt", "utf-8", "base64")


def outlook_ios_zh(r: Reply) -> tuple[bytes, str]:
    return outlook_mobile(r, "iOS")


def outlook_android_zh(r: Reply) -> tuple[bytes, str]:
    return outlook_mobile(r, "Android")


OUTLOOK_DESKTOP = {
    "outlook-desktop-zh": ("答复: ", "gb2312", ("发件人:", "发送时间:", "收件人:", "主题:"), "zh-CN", "微软雅黑"),
    "outlook-desktop-tw": ("回覆: ", "big5", ("寄件者:", "寄件日期:", "收件者:", "主旨:"), "zh-TW", "新細明體"),
}


def outlook_desktop(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    prefix, native, labels, lang, font = OUTLOOK_DESKTOP[r.client]
    ld = local(inv.date)
    if lang == "zh-TW":
        when = f"{ld.year}年{ld.month}月{ld.day}日 {'上午' if ld.hour < 12 else '下午'} {ld.hour % 12 or 12}:{ld.minute:02d}"
    else:
        when = f"{ld.year}年{ld.month}月{ld.day}日 {ld.hour}:{ld.minute:02d}"
    text = r.text
    body_p = "".join(
        f'<p class="MsoNormal"><span lang="{lang}">{esc(x) if x.strip() else "<o:p>&nbsp;</o:p>"}'
        f"<o:p></o:p></span></p>\n"
        for x in r.text.split("\n")
    )
    h_quote = ""
    if quote_block(r):
        rows = [
            (labels[0], f"{inv.from_name} <{inv.from_addr}>"),
            (labels[1], when),
            (labels[2], f"{r.name} <{r.addr}>"),
            (labels[3], inv.subject),
        ]
        text += "\n\n" + "".join(f"{k} {v}\n" for k, v in rows) + "\n" + inv.text + "\n"
        h_quote = (
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">'
            + "<br>\n".join(f"<b>{k}</b> {esc(v)}" for k, v in rows)
            + "<o:p></o:p></p>\n</div>\n</div>\n"
            + inv.html
            + "\n"
        )
    label = native if fits([text, body_p, h_quote], native) else "utf-8"
    h = (
        f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        f'charset={label}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        f"<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:{font};}}\np.MsoNormal, li.MsoNormal, "
        f"div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:{font};}}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;'
        f'text-justify-trim:punctuation">\n<div class="WordSection1">\n{body_p}'
        f'<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n{h_quote}</div>\n</body>\n</html>\n'
    )
    mid, b, tindex = _outlook_ids(r)
    root = multipart(
        "alternative",
        b,
        [leaf("text/plain", text, label, "base64"), leaf("text/html", h, label, "base64")],
        style="fold",
    )
    headers = [
        f"From: {addr(r.name, r.addr, label)}",
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, label)}",
        f"Subject: {hdr(r.subject(prefix), label)}",
        f"Thread-Topic: {hdr(inv.subject, label)}",
        f"Thread-Index: {tindex}",
        f"Date: {format_datetime(r.date)}",
        f"Message-ID: {mid}",
        *refs_headers(r, order="refs-first"),
        f"Accept-Language: {lang}, en-US",
        f"Content-Language: {lang}",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ]
    return message(headers, root), fmt("alt", label, "base64")


# =========================================================================== Gmail app (zh-CN UI)


def gmail_android_zh(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    ld = local(inv.date)
    attribution = (
        f"{inv.from_name} <{inv.from_addr}> 于{ld.year}年{ld.month}月{ld.day}日周{WEEK[ld.weekday()]} {ampm(ld)}写道："
    )
    h_attr = (
        f'{esc(inv.from_name)} &lt;<a href="mailto:{inv.from_addr}">{inv.from_addr}</a>&gt; '
        f"于{ld.year}年{ld.month}月{ld.day}日周{WEEK[ld.weekday()]} {ampm(ld)}写道：<br>"
    )
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    mine_t = r.text
    mine_h = '<div dir="auto">' + brs(r.text) + "</div>"
    if not quote_block(r):
        text, h = mine_t + "\n", mine_h + "\n"
    elif r.quote == "bottom":
        text = f"{attribution}\n\n{gt(inv.text)}\n\n{mine_t}\n"
        h = (
            f'<div dir="auto"><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{h_attr}</div>'
            f'{bq}{inv.html}</blockquote></div></div><div dir="auto"><br></div>{mine_h}\n'
        )
    else:
        text = f"{mine_t}\n\n{attribution}\n\n{gt(inv.text)}\n"
        h = (
            f'{mine_h}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{h_attr}</div>'
            f"{bq}{inv.html}</blockquote></div>\n"
        )
    cte = "quoted-printable" if sum(ord(c) > 127 for c in text) * 5 < len(text) else "base64"
    b = f"000000000000{r.hx('b', 16)}"
    root = multipart(
        "alternative",
        b,
        [leaf("text/plain", text, "UTF-8", "base64" if cte == "base64" else cte), leaf("text/html", h, "UTF-8", cte)],
        style="quoted",
    )
    token = base64.b64encode(bytes.fromhex(r.hx("g", 42))).decode().replace("/", "_")
    headers = [
        "MIME-Version: 1.0",
        *refs_headers(r, order="refs-first"),
        f"From: {addr(r.name, r.addr, 'UTF-8')}",
        f"Date: {format_datetime(r.date)}",
        f"Message-ID: <CA+{token}@mail.gmail.com>",
        f"Subject: {hdr(r.subject('Re: '), 'UTF-8')}",
        f"To: {addr(r.opts.get('to_name', inv.from_name), r.to_addr, 'UTF-8')}",
    ]
    return message(headers, root), fmt("alt", "utf-8", cte)


# =========================================================================== Big5 webmail (Open WebMail, Taiwan)


def openwebmail_tw(r: Reply) -> tuple[bytes, str]:
    inv = r.inv
    text = r.text + "\n"
    label = pick([text], "big5")
    root = leaf("text/plain", text, label, "8bit", style="quoted")
    dom = r.addr.split("@")[1]
    headers = [
        f"From: {addr(r.name, r.addr, label)}",
        f"To: {r.to_addr}",
        f"Subject: {hdr(r.subject('Re: '), label)}",
        f"Date: {format_datetime(r.date)}",
        f"Message-Id: <{local(r.date).strftime('%Y%m%d%H%M%S')}.M{r.digits('ow', 5)}@{dom}>",
        *refs_headers(r),
        f"X-Mailer: Open WebMail 2.53 20080123",
        f"X-OriginatingIP: 140.112.{int(r.hx('ip', 2), 16)}.{int(r.hx('ip2', 2), 16) % 250} ({r.addr.split('@')[0]})",
        "MIME-Version: 1.0",
    ]
    return message(headers, root), fmt("plain", label, "8bit")


# =========================================================================== automated mail


def auto_reply(r: Reply) -> tuple[bytes, str]:
    """Vacation / out-of-office answers and bounces, as the candidate's mail system sends them."""
    inv = r.inv
    kind = r.client
    dom = r.addr.split("@")[1]
    if kind == "qqmail-autoreply":
        label = "gb18030"
        body = r.text
        h = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{divs(body)}'
        b = f"----=_NextPart_{r.hx('b1', 8).upper()}_{r.hx('b2', 8).upper()}_{r.hx('b3', 8).upper()}"
        root = multipart(
            "alternative",
            b,
            [
                leaf("text/plain", body, label, "base64", style="tab"),
                leaf("text/html", h, label, "base64", style="tab"),
            ],
            style="tab",
            preamble="This is a multi-part message in MIME format.",
        )
        headers = [
            f"From: {addr(r.name, r.addr, label, 'quoted-tight')}",
            f"To: {r.to_addr}",
            f"Subject: {hdr('自动回复: ' + inv.subject, label)}",
            "Mime-Version: 1.0",
            *root.headers,
            "Content-Transfer-Encoding: 8Bit",
            f"Date: {format_datetime(r.date)}",
            f"Message-ID: <tencent_{r.hx('mid', 38).upper()}@qq.com>",
            *refs_headers(r),
        ]
        return message(headers, Part([], root.body)), fmt("alt", label, "base64")
    if kind in ("163-autoreply", "exmail-autoreply", "feishu-autoreply"):
        prefix = {"163-autoreply": "自动回复：", "exmail-autoreply": "自动回复: ", "feishu-autoreply": "自动回复："}[
            kind
        ]
        label = {"163-autoreply": "GBK", "exmail-autoreply": "utf-8", "feishu-autoreply": "UTF-8"}[kind]
        root = leaf("text/plain", r.text + "\n", label, "base64", style="quoted")
        headers = [
            f"Date: {format_datetime(r.date)}",
            f"From: {addr(r.name, r.addr, label)}",
            f"To: {r.to_addr}",
            f"Subject: {hdr(prefix + inv.subject, label)}",
            f"Message-ID: <{r.hx('m', 20)}.auto@{dom}>",
            *refs_headers(r),
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        if kind == "exmail-autoreply":
            headers.insert(0, "X-QQ-AUTO-REPLY: 1")
        return message(headers, root), fmt("plain", label, "base64")
    if kind in ("outlook-oof-zh", "outlook-oof-en"):
        zh = kind == "outlook-oof-zh"
        subject = ("自动答复: " if zh else "Automatic reply: ") + inv.subject
        mid, b, tindex = _outlook_ids(r)
        h = (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;">'
            f"{brs(r.text)}</div></div>\n</body>\n</html>\n"
        )
        root = multipart(
            "alternative",
            b,
            [leaf("text/plain", r.text + "\n", "utf-8", "base64"), leaf("text/html", h, "utf-8", "base64")],
            style="fold",
        )
        headers = [
            f"From: {addr(r.name, r.addr, 'utf-8')}",
            f"To: {addr(inv.from_name, r.to_addr, 'utf-8')}",
            f"Subject: {hdr(subject, 'utf-8')}",
            f"Thread-Topic: {hdr(inv.subject, 'utf-8')}",
            f"Thread-Index: {tindex}",
            f"Date: {format_datetime(r.date)}",
            f"Message-ID: {mid}",
            *refs_headers(r, order="refs-first"),
            "Content-Language: zh-CN" if zh else "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "MIME-Version: 1.0",
        ]
        return message(headers, root), fmt("alt", "utf-8", "base64")
    if kind in ("163-bounce", "qq-bounce"):
        reporter = "m16.mail.163.com" if kind == "163-bounce" else "mx1.qq.com"
        label = "GBK" if kind == "163-bounce" else "gb18030"
        human = leaf("text/plain", r.text + "\n", label, "base64")
        status = Part(
            ["Content-Type: message/delivery-status"],
            (
                f"Reporting-MTA: dns; {reporter}\r\nArrival-Date: {format_datetime(r.date)}\r\n\r\n"
                f"Final-Recipient: rfc822; {r.opts['bounced']}\r\nOriginal-Recipient: rfc822; {r.opts['bounced']}\r\n"
                f"Action: failed\r\nStatus: {r.opts.get('status', '5.1.1')}\r\n"
                f"Diagnostic-Code: smtp; 550 {r.opts.get('diag', 'User not found')}\r\n"
            ).encode(),
        )
        orig = Part(
            ["Content-Type: text/rfc822-headers"],
            (
                f"Date: {format_datetime(inv.date)}\r\n"
                f"From: {addr(inv.from_name, inv.from_addr, 'utf-8')}\r\nReply-To: {r.to_addr}\r\n"
                f"To: {r.opts['bounced']}\r\nSubject: {hdr(inv.subject, 'utf-8')}\r\n"
                f"Message-ID: {INVITATION_ID}\r\n"
            ).encode(),
        )
        b = f"{r.hx('b', 12).upper()}.{int(r.date.timestamp())}/{reporter}"
        root = multipart(
            "report",
            b,
            [human, status, orig],
            style='Content-Type: multipart/report; report-type=delivery-status;\r\n boundary="{boundary}"',
            preamble="This is a MIME-encapsulated message.",
        )
        subject = "系统退信" if kind == "163-bounce" else "退信：" + inv.subject
        headers = [
            "Return-Path: <>",
            f"Date: {format_datetime(r.date)}",
            f"From: {addr(r.name, r.addr, label)}",
            f"Subject: {hdr(subject, label)}",
            f"To: {r.to_addr}",
            "Auto-Submitted: auto-replied",
            f"Message-Id: <{r.hx('m', 12).upper()}.{int(r.date.timestamp())}@{reporter}>",
            "MIME-Version: 1.0",
        ]
        return message(headers, root), fmt("report", label, "base64")
    raise ValueError(kind)


# --------------------------------------------------------------------------- dispatch

BUILDERS = {
    "qqmail-app": qqmail_app,
    "qqmail-web": qqmail_web,
    "wecom-mail": wecom_mail,
    "mailmaster": mailmaster_app,
    "163-app": netease_app,
    "163-web": coremail_web,
    "126-web": coremail_web,
    "iphone-mail-zh": iphone_zh,
    "iphone-mail-hk": iphone_hk,
    "iphone-mail-tw": iphone_tw,
    "huawei-mail": android_mail,
    "honor-mail": android_mail,
    "vivo-mail": android_mail,
    "xiaomi-mail": android_mail,
    "oppo-mail": oppo_mail,
    "feishu-mail": feishu_mail,
    "foxmail": foxmail,
    "outlook-ios-zh": outlook_ios_zh,
    "outlook-android-zh": outlook_android_zh,
    "outlook-desktop-zh": outlook_desktop,
    "outlook-desktop-tw": outlook_desktop,
    "gmail-android-zh": gmail_android_zh,
    "openwebmail-tw": openwebmail_tw,
    "qqmail-autoreply": auto_reply,
    "163-autoreply": auto_reply,
    "exmail-autoreply": auto_reply,
    "feishu-autoreply": auto_reply,
    "outlook-oof-zh": auto_reply,
    "outlook-oof-en": auto_reply,
    "163-bounce": auto_reply,
    "qq-bounce": auto_reply,
}


def build(r: Reply) -> tuple[bytes, str]:
    return BUILDERS[r.client](r)
