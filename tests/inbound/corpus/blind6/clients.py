# ruff: noqa: E501
"""How the mail clients of one week of an HR inbox send a reply to our invitation (blind6 batch builder, part 1).

`build(reply)` returns the raw bytes of the reply as the reply's client sends it: attribution line or header
block in the client's UI language, `>` quotes, a blockquote, a card or nothing, the client's signature, its MIME
shape (text only, HTML only, alternative), charset and transfer encoding. Written from how these clients behave;
only the plumbing (the invitation texts, subject, reply address, MIME helpers) comes from blind4/clients.py.
"""

from __future__ import annotations

import html
import re
import uuid
from dataclasses import dataclass, field

from tests.inbound.corpus.blind4.clients import INV_HTML, INV_TXT, INVITE_ID, REPLY_TO, SUBJECT, hdr, part, render

OURS_NAME = "Re-interview"
OURS_ADDR = "reinterview@hr.example.com"
REMINDER_ID = "<rem-7f3a9c21e0@hr.example.com>"
REMINDER_NOTE = {
    "zh": "您好：\n\n我们还没有收到您对重新面试邀请的回复。请在 2026年11月30日 周一 18:00 前直接回复本邮件，告诉我们您选择的面试时间。以下是原邀请。\n\n",
    "en": "Hello,\n\nWe have not received your answer to our re-interview invitation yet. Please reply to this email by Mon 30 Nov 2026, 10:00 (Europe/London) and tell us which time suits you. The original invitation follows.\n\n",
}
REMINDER_SUBJECT = {"zh": "提醒：", "en": "Reminder: "}


@dataclass
class Reply:
    """One candidate's reply: what they wrote, who they are, and what a person reading it understands."""

    slug: str
    intent: str
    slot: int | None
    lang: str  # the invitation replied to
    client: str  # family + UI/locale suffix, e.g. gmail-web-fr
    body: str  # the new text as typed (plain)
    name: str
    addr: str
    date: str
    prefix: str | None = None  # subject prefix override ("Re: ", "回复：", "AW: " ...)
    threaded: bool = True  # In-Reply-To / References present
    reminder: bool = False  # replying to the reminder, not the invitation
    inline: str | None = None  # full plain text for inline (interleaved) replies; replaces body + quote
    charset: str | None = None
    cte: str | None = None
    shape: str | None = None  # plain | html | alt
    extra: dict[str, str] = field(default_factory=dict)
    sig: str = ""  # the person's own signature under their text
    no_quote: bool = False
    subject_text: str | None = None  # a whole subject typed by hand (new mail, no "Re:")


# ------------------------------------------------------------------ helpers


def quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln.strip() else mark.rstrip() for ln in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def divs(text: str, tag: str = "div", style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return "".join(f"<{tag}{st}>{esc(ln) if ln.strip() else '<br>'}</{tag}>" for ln in text.split("\n"))


def subject(r: Reply) -> str:
    if r.subject_text is not None:
        return r.subject_text
    base = SUBJECT[r.lang]
    if r.reminder:
        base = REMINDER_SUBJECT[r.lang] + base
    return (r.prefix if r.prefix is not None else default_prefix(r)) + base


def default_prefix(r: Reply) -> str:
    ui = ui_of(r)
    fam = family(r.client)
    if fam.startswith("outlook") or fam in ("exmail",):
        return {
            "zh": "答复: ",
            "tw": "回覆: ",
            "de": "AW: ",
            "fr": "RE : ",
            "es": "RE: ",
            "it": "R: ",
            "nl": "RE: ",
        }.get(ui, "RE: ")
    if fam.startswith("qq") or fam in ("wework", "foxmail"):
        return {"zh": "回复：", "tw": "回覆："}.get(ui, "Re: ")
    if fam in ("163-web", "126-web", "mailmaster", "alimail", "dingtalk", "feishu", "huawei"):
        return {"zh": "回复：", "tw": "回覆："}.get(ui, "Re: ")
    return {"de": "Re: ", "fr": "Re: "}.get(ui, "Re: ")


def inv_text(r: Reply, *, rendered: bool = False) -> str:
    text = render(r.lang) if rendered else INV_TXT[r.lang].rstrip("\n")
    return (REMINDER_NOTE[r.lang] + text) if r.reminder else text


def inv_html(r: Reply) -> str:
    note = ""
    if r.reminder:
        note = divs(REMINDER_NOTE[r.lang].rstrip("\n"), "p")
    return note + INV_HTML[r.lang]


FAMILIES = (
    "qq-web",
    "qq-card",
    "qq-app",
    "163-web",
    "126-web",
    "mailmaster",
    "gmail-web",
    "gmail-android",
    "gmail-ios",
    "outlook-desktop",
    "outlook-web",
    "outlook-ios",
    "outlook-android",
    "outlook-mac",
    "apple-iphone",
    "apple-mac",
    "foxmail",
    "exmail",
    "wework",
    "alimail",
    "dingtalk",
    "feishu",
    "lark",
    "thunderbird",
    "yahoo",
    "samsung",
    "huawei",
    "pasted",
    "autoreply",
)


def family(client: str) -> str:
    for f in sorted(FAMILIES, key=len, reverse=True):
        if client == f or client.startswith(f + "-"):
            return f
    raise ValueError(client)


def ui_of(r: Reply) -> str:
    fam = family(r.client)
    rest = r.client[len(fam) :].lstrip("-")
    for tok in rest.split("-"):
        if tok in ("zh", "en", "tw", "de", "fr", "es", "pt", "ja", "ko", "ru", "it", "nl"):
            return tok
    return "zh" if r.lang == "zh" else "en"


def to_line(r: Reply) -> str:
    return f"{r.name} <{r.addr}>"


# when our invitation was sent, as each client shows it (zh: Asia/Shanghai, en: Europe/London)
def when(r: Reply) -> tuple[int, int]:
    if r.reminder:
        return (28, 10) if r.lang == "zh" else (28, 9)
    return (27, 10) if r.lang == "zh" else (27, 9)


WD_EN = {27: "Fri", 28: "Sat"}
WD_EN_LONG = {27: "Friday", 28: "Saturday"}
WD_ZH = {27: "五", 28: "六"}


def gmail_attr(r: Reply, mobile: bool = False) -> str:
    d, h = when(r)
    ui = ui_of(r)
    who = f"{OURS_NAME} <{OURS_ADDR}>"
    return {
        "zh": f"{who} 于{2026}年11月{d}日周{WD_ZH[d]} {h:02d}:00写道：",
        "tw": f"{who} 於 2026年11月{d}日 週{WD_ZH[d]} 上午{h}:00寫道：",
        "fr": f"Le {'ven.' if d == 27 else 'sam.'} {d} nov. 2026 à {h:02d}:00, {who} a écrit :",
        "de": f"Am {'Fr.' if d == 27 else 'Sa.'}, {d}. Nov. 2026 um {h:02d}:00 Uhr schrieb {who}:",
        "es": f"El {'vie' if d == 27 else 'sáb'}, {d} nov 2026 a las {h}:00, {OURS_NAME} (<{OURS_ADDR}>) escribió:",
        "pt": f"Em {'sex.' if d == 27 else 'sáb.'}, {d} de nov. de 2026 às {h:02d}:00, {who} escreveu:",
        "ja": f"2026年11月{d}日({'金' if d == 27 else '土'}) {h}:00 {who}:",
        "ko": f"2026년 11월 {d}일 ({'금' if d == 27 else '토'}) 오전 {h}:00, {who}님이 작성:",
        "ru": f"{'пт' if d == 27 else 'сб'}, {d} нояб. 2026 г. в {h:02d}:00, {who}:",
        "it": f"Il giorno {'ven' if d == 27 else 'sab'} {d} nov 2026 alle ore {h:02d}:00 {who} ha scritto:",
        "nl": f"Op {'vr' if d == 27 else 'za'} {d} nov 2026 om {h:02d}:00 schreef {who}:",
    }.get(
        ui,
        f"On {WD_EN[d]}, {d} Nov 2026, {h:02d}:00 {OURS_NAME}, <{OURS_ADDR}> wrote:"
        if mobile
        else f"On {WD_EN[d]}, Nov {d}, 2026 at {h}:00\u202fAM {who} wrote:",
    )


def wrap_attr(line: str, width: int = 76) -> str:
    """Gmail and Thunderbird wrap a long attribution in the plain part."""
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width)
    if cut <= 0:
        return line
    return line[:cut] + "\n" + line[cut + 1 :]


# ------------------------------------------------------------------ message assembly


def mid(r: Reply, domain: str) -> str:
    return f"<{uuid.uuid5(uuid.NAMESPACE_URL, 'blind6/' + r.slug).hex[:24]}@{domain}>"


def assemble(
    r: Reply,
    parts: list[bytes],
    *,
    mailer: str | None = None,
    hcharset: str = "utf-8",
    domain: str = "",
    extra: dict[str, str] | None = None,
    mixed: bytes | None = None,
) -> bytes:
    dom = domain or r.addr.split("@")[1]
    lines = [
        f"From: {hdr(f'{r.name} <{r.addr}>', hcharset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject(r), hcharset)}",
        f"Date: {r.date}",
        f"Message-ID: {mid(r, dom)}",
    ]
    if r.threaded:
        if r.reminder:
            lines += [f"In-Reply-To: {REMINDER_ID}", f"References: {INVITE_ID} {REMINDER_ID}"]
        else:
            lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for k, v in {**(extra or {}), **r.extra}.items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    boundary = "----=_Part_" + uuid.uuid5(uuid.NAMESPACE_DNS, "blind6/" + r.slug).hex[:22]
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()


def emit(
    r: Reply,
    plain: str | None,
    htm: str | None,
    *,
    charset: str,
    cte: str,
    shape: str = "alt",
    flowed: bool = False,
    **kw: object,
) -> tuple[bytes, str]:
    charset = r.charset or charset
    cte = r.cte or cte
    shape = r.shape or shape
    if charset.lower() == "big5":
        try:
            for t in (plain or "", htm or ""):
                t.encode("big5")
        except UnicodeEncodeError:
            charset = "utf-8"  # Outlook/Foxmail pick UTF-8 when the text (the simplified quote) is not all in Big5
    parts: list[bytes] = []
    if shape in ("plain", "alt") and plain is not None:
        parts.append(
            part(
                "text/plain",
                plain.replace("\n", "\r\n") if cte != "8bit" else plain,
                charset,
                cte,
                "; format=flowed" if flowed else "",
            )
        )
    if shape in ("html", "alt") and htm is not None:
        parts.append(part("text/html", htm, charset, cte))
    kinds = {"plain": "plain", "html": "html", "alt": "alt"}[shape]
    raw = assemble(r, parts, hcharset=charset, **kw)  # type: ignore[arg-type]
    # the charset the part really went out in (a client falls back to UTF-8 when the legacy one lacks a character)
    m = re.search(rb'charset="([^"]+)"', raw)
    real = m.group(1).decode() if m else charset
    return raw, f"{kinds}/{real.lower()}/{cte}"


def body_plain(r: Reply) -> str:
    return r.body + (("\n\n" + r.sig) if r.sig else "")


# ------------------------------------------------------------------ the clients


def qq_web(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    if ui == "en":
        head = [
            "------------------ Original ------------------",
            f'From: "{OURS_NAME}"<{OURS_ADDR}>;',
            f"Date: {WD_EN[d]}, Nov {d}, 2026 {h}:00 AM",
            f'To: "{r.name}"<{r.addr}>;',
            f"Subject: {subject_of_invite(r)}",
        ]
    else:
        head = [
            "------------------ 原始邮件 ------------------",
            f'发件人: "{OURS_NAME}"<{OURS_ADDR}>;',
            f"发送时间: 2026年11月{d}日(星期{WD_ZH[d]}) 上午{h}:00",
            f'收件人: "{r.name}"<{r.addr}>;',
            "",
            f"主题: {subject_of_invite(r)}",
        ]
    plain = body_plain(r) + "\n\n\n" + "\n".join(head) + "\n\n\n\n" + inv_text(r, rendered=True)
    block = "".join(f"<div><b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}</div>" for x in head[1:] if x)
    htm = (
        f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{divs(body_plain(r))}<div><br></div><div><br></div>'
        f'<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{esc(head[0]).replace(" ", "&nbsp;")}</div>'
        f'<div style="font-size: 12px;background:#efefef;padding:8px;">{block}</div><div><br></div>{inv_html(r)}'
    )
    return emit(r, plain, htm, charset="gb18030", cte="base64", mailer=None, domain="qq.com")


def subject_of_invite(r: Reply) -> str:
    return (REMINDER_SUBJECT[r.lang] if r.reminder else "") + SUBJECT[r.lang]


def qq_card(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    plain = (
        body_plain(r)
        + "\n\n\n\n\n\n原始邮件\n\n\n"
        + f"发件人：{OURS_NAME} <{OURS_ADDR}>\n发件时间：2026年11月{d}日 {h:02d}:00\n收件人：{r.name} <{r.addr}>\n\n\n\n"
        + inv_text(r, rendered=True)
    )
    htm = (
        f'<div>{divs(body_plain(r))}</div><div><br></div><div><br></div><div class="xm_write_card" id="write-custom-companyCard">'
        f'<div style="width:100%;background:#f2f2f2;border-radius:4px;padding:12px 16px;box-sizing:border-box;">'
        f'<div style="font-size:12px;color:#a0a0a0;margin-bottom:8px;">原始邮件</div>'
        f'<div style="font-size:12px;color:#5a5a5a;line-height:20px;"><span style="color:#a0a0a0">发件人：</span>{esc(OURS_NAME)} &lt;{OURS_ADDR}&gt;</div>'
        f'<div style="font-size:12px;color:#5a5a5a;line-height:20px;"><span style="color:#a0a0a0">发件时间：</span>2026年11月{d}日 {h:02d}:00</div>'
        f'<div style="font-size:12px;color:#5a5a5a;line-height:20px;"><span style="color:#a0a0a0">收件人：</span>{esc(r.name)} &lt;{r.addr}&gt;</div>'
        f"</div></div><div><br></div>{inv_html(r)}"
    )
    return emit(r, plain, htm, charset="utf-8", cte="base64", domain="qq.com")


def qq_app(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    sig = {"zh": "发自我的iPhone", "tw": "從我的iPhone傳送", "en": "Sent from my iPhone"}.get(ui, "")
    if "android" in r.client:
        sig = {"zh": "发自我的手机QQ邮箱", "en": "Sent from QQ Mail"}.get(ui, "")
    if ui == "en":
        head = f"------------------ Original ------------------\nFrom: {OURS_NAME} <{OURS_ADDR}>\nDate: {WD_EN[d]},Nov {d},2026 {h}:00 AM\nTo: {r.name} <{r.addr}>\nSubject: {subject_of_invite(r)}"
    else:
        head = f"------------------ 原始邮件 ------------------\n发件人: {OURS_NAME} <{OURS_ADDR}>\n发送时间: 2026年11月{d}日 {h:02d}:00\n收件人: {r.name} <{r.addr}>\n主题: {subject_of_invite(r)}"
    plain = body_plain(r) + "\n\n" + sig + "\n\n\n" + head + "\n\n\n\n" + inv_text(r, rendered=True)
    htm = f"{divs(body_plain(r))}<div><br></div><div>{esc(sig)}</div><div><br></div><div><br></div><div>{'<br>'.join(esc(x) for x in head.split(chr(10)))}</div><div><br></div>{inv_html(r)}"
    return emit(r, plain, htm, charset="utf-8", cte="base64", domain="qq.com")


def netease_web(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    attr = (
        f'在 2026-11-{d} {h:02d}:00:00，"{OURS_NAME}" <{OURS_ADDR}> 写道：'
        if ui != "en"
        else f'At 2026-11-{d} {h:02d}:00:00, "{OURS_NAME}" <{OURS_ADDR}> wrote:'
    )
    plain = body_plain(r) + "\n\n\n\n\n\n\n\n\n\n\n\n\n" + attr + "\n" + quoted(inv_text(r, rendered=True))
    htm = (
        f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{divs(body_plain(r))}<br><br><br>'
        f'<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
        f"<pre><br>{esc(attr)}<br></pre>"
        f'<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv_html(r)}</blockquote></div>'
    )
    dom = "163.com" if r.client.startswith("163") else "126.com"
    return emit(
        r,
        plain,
        htm,
        charset="gbk",
        cte="base64",
        mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        domain=dom,
    )


def mailmaster(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    user = r.addr.split("@")[0]
    if ui == "en":
        card = f"| |\n{user}\n|\n|\n{r.addr}\n|\n"
        head = f"---- Replied Message ----\n| From | {OURS_NAME}<{OURS_ADDR}> |\n| Date | 11/{d}/2026 {h:02d}:00 |\n| To | {r.name}<{r.addr}> |\n| Subject | {subject_of_invite(r)} |"
    else:
        card = f"| |\n{user}\n|\n|\n{r.addr}\n|\n签名由网易邮箱大师定制"
        head = f"---- 回复的原邮件 ----\n| 发件人 | {OURS_NAME}<{OURS_ADDR}> |\n| 日期 | 2026年11月{d:02d}日 {h:02d}:00 |\n| 收件人 | {r.name}<{r.addr}> |\n| 主题 | {subject_of_invite(r)} |"
    plain = body_plain(r) + "\n\n\n\n" + card + "\n\n" + head + "\n" + inv_text(r, rendered=True)
    rows = "".join(
        f"<tr><td>{esc(c.split('|')[1].strip())}</td><td>{esc(c.split('|')[2].strip())}</td></tr>"
        for c in head.split("\n")[1:]
    )
    htm = (
        f'<div style="font-size:14px;">{divs(body_plain(r))}</div><div><br></div>'
        f'<div class="J-reply" style="background-color:#f8f8f8;padding-top:10px;padding-bottom:10px;border-radius:5px;margin-bottom:15px;">'
        f'<div style="font-size:12px;color:#999;">{esc(head.split(chr(10))[0])}</div><table class="J-mail-table">{rows}</table></div>'
        f"{inv_html(r)}"
    )
    return emit(r, plain, htm, charset="utf-8", cte="base64", mailer="NetEase Mail Master", domain="163.com")


def gmail(r: Reply) -> tuple[bytes, str]:
    fam = family(r.client)
    attr = gmail_attr(r, mobile=(fam == "gmail-android"))
    plain = body_plain(r) + "\n\n" + wrap_attr(attr) + "\n\n" + quoted(inv_text(r, rendered=True)) + "\n"
    htm = (
        f'<div dir="ltr">{divs(body_plain(r))}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html(r)}</blockquote></div>'
    )
    cte = "quoted-printable" if all(ord(c) < 0x3000 for c in r.body) else "base64"
    return emit(r, plain, htm, charset="UTF-8", cte=cte, domain="mail.gmail.com")


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", lambda d, h: f"{WD_EN_LONG[d]}, November {d}, 2026 {h}:00 AM"),
    "zh": ("发件人", "发送时间", "收件人", "主题", lambda d, h: f"2026年11月{d}日 {h}:00"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", lambda d, h: f"2026年11月{d}日 上午 {h:02d}:00"),
    "de": (
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        lambda d, h: f"{'Freitag' if d == 27 else 'Samstag'}, {d}. November 2026 {h:02d}:00",
    ),
    "fr": (
        "De",
        "Envoyé",
        "À",
        "Objet",
        lambda d, h: f"{'vendredi' if d == 27 else 'samedi'} {d} novembre 2026 {h:02d}:00",
    ),
    "es": (
        "De",
        "Enviado",
        "Para",
        "Asunto",
        lambda d, h: f"{'viernes' if d == 27 else 'sábado'}, {d} de noviembre de 2026 {h}:00",
    ),
    "it": (
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        lambda d, h: f"{'venerdì' if d == 27 else 'sabato'} {d} novembre 2026 {h:02d}:00",
    ),
    "nl": (
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        lambda d, h: f"{'vrijdag' if d == 27 else 'zaterdag'} {d} november 2026 {h:02d}:00",
    ),
    "pt": (
        "De",
        "Enviado",
        "Para",
        "Assunto",
        lambda d, h: f"{'sexta-feira' if d == 27 else 'sábado'}, {d} de novembro de 2026 {h:02d}:00",
    ),
}


def outlook_lines(r: Reply, *, seconds: bool = False) -> list[str]:
    ui = ui_of(r)
    f, s, t, j, dt = OUTLOOK.get(ui, OUTLOOK["en"])
    d, h = when(r)
    colon = " : " if ui == "fr" else ": "
    stamp = dt(d, h)
    if seconds and ui == "en":
        stamp = f"{WD_EN_LONG[d]}, November {d}, 2026 {h}:00:00 AM"
    return [
        f"{f}{colon}{OURS_NAME} <{OURS_ADDR}>",
        f"{s}{colon}{stamp}",
        f"{t}{colon}{r.name} <{r.addr}>",
        f"{j}{colon}{subject_of_invite(r)}",
    ]


def mso(r: Reply, lines: list[str], top: str = "", cs: str = "utf-8") -> str:
    blk = "<br>".join(f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" for x in lines)
    body = "".join(
        f'<p class="MsoNormal">{esc(ln) if ln.strip() else "&nbsp;"}<o:p></o:p></p>' for ln in body_plain(r).split("\n")
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
        f'<body lang="ZH-CN" link="#0563C1" vlink="#954F72"><div class="WordSection1">{body}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{top}'
        f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">{blk}<o:p></o:p></p></div>'
        f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{inv_html(r)}</div></body></html>'
    )


def outlook_desktop(r: Reply) -> tuple[bytes, str]:
    lines = outlook_lines(r)
    plain = body_plain(r) + "\n\n" + "\n".join(lines) + "\n\n" + inv_text(r, rendered=True)
    cs = {"zh": "gb2312", "tw": "big5"}.get(ui_of(r), "utf-8")
    return emit(
        r,
        plain,
        mso(r, lines, cs=r.charset or cs),
        charset=cs,
        cte="base64",
        mailer="Microsoft Outlook 16.0",
        domain=r.addr.split("@")[1],
        extra={
            "Thread-Index": "AdrB" + uuid.uuid5(uuid.NAMESPACE_OID, r.slug).hex[:20],
            "Content-Language": {"zh": "zh-cn", "tw": "zh-tw"}.get(ui_of(r), "en-us"),
        },
    )


def outlook_web(r: Reply) -> tuple[bytes, str]:
    lines = outlook_lines(r)
    plain = body_plain(r) + "\n\n" + "_" * 32 + "\n" + "\n".join(lines) + "\n\n" + inv_text(r, rendered=True)
    blk = "<br>".join(f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" for x in lines)
    htm = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
        f'<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">{divs(body_plain(r))}</div>'
        f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{blk}</font><div>&nbsp;</div></div>'
        f"<div>{inv_html(r)}</div></body></html>"
    )
    return emit(r, plain, htm, charset="utf-8", cte="quoted-printable", domain="outlook.com")


def outlook_mobile(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    ios = family(r.client) == "outlook-ios"
    link = "https://aka.ms/o0ukef" if ios else "https://aka.ms/AAb9ysg"
    get = {
        "en": f"Get Outlook for {'iOS' if ios else 'Android'}<{link}>",
        "zh": f"从 {'iOS' if ios else 'Android'} 版 Outlook 获取<{link}>",
        "tw": f"從 {'iOS' if ios else 'Android'} 版 Outlook 取得<{link}>",
        "fr": f"Obtenir Outlook pour {'iOS' if ios else 'Android'}<{link}>",
        "de": f"Outlook für {'iOS' if ios else 'Android'}<{link}> herunterladen",
        "es": f"Obtener Outlook para {'iOS' if ios else 'Android'}<{link}>",
    }.get(ui, f"Get Outlook for {'iOS' if ios else 'Android'}<{link}>")
    lines = outlook_lines(r, seconds=True)
    plain = (
        body_plain(r) + "\n\n" + get + "\n" + "_" * 32 + "\n" + "\n".join(lines) + "\n\n" + inv_text(r, rendered=True)
    )
    blk = "<br>".join(f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" for x in lines)
    htm = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">{divs(body_plain(r))}</div>'
        f'<div dir="auto"><br></div><div class="ms-outlook-mobile-signature">{esc(get.split("<")[0])}</div>'
        f'<div id="ms-outlook-mobile-body-separator-line" dir="auto"><hr style="display:inline-block;width:98%" tabindex="-1"></div>'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{blk}</font><div>&nbsp;</div></div>{inv_html(r)}</body></html>'
    )
    return emit(r, plain, htm, charset="utf-8", cte="base64", domain="outlook.com")


def outlook_mac(r: Reply) -> tuple[bytes, str]:
    lines = outlook_lines(r)
    plain = body_plain(r) + "\n\n" + "\n".join(lines) + "\n\n" + inv_text(r, rendered=True)
    blk = "<br>".join(
        f'<b><span style="font-size:12.0pt;color:black">{esc(x.split(":", 1)[0])}: </span></b><span style="font-size:12.0pt;color:black">{esc(x.split(":", 1)[1].strip())}</span>'
        for x in lines
    )
    htm = f'<html><body><div class="WordSection1">{divs(body_plain(r), "p")}<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt">{blk}</p></div>{inv_html(r)}</div></div></div></body></html>'
    return emit(
        r,
        plain,
        htm,
        charset="utf-8",
        cte="quoted-printable",
        mailer="Microsoft-MacOutlook/16.91.24111020",
        domain=r.addr.split("@")[1],
    )


def apple(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    who = f"{OURS_NAME} <{OURS_ADDR}>"
    iphone = family(r.client) == "apple-iphone"
    sent = (
        {
            "zh": "发自我的iPhone",
            "tw": "從我的 iPhone 傳送",
            "en": "Sent from my iPhone",
            "fr": "Envoyé de mon iPhone",
            "de": "Von meinem iPhone gesendet",
            "es": "Enviado desde mi iPhone",
            "ja": "iPhoneから送信",
            "ko": "iPhone에서 보냄",
            "pt": "Enviado do meu iPhone",
            "it": "Inviato da iPhone",
            "nl": "Verstuurd vanaf mijn iPhone",
            "ru": "Отправлено с iPhone",
        }.get(ui, "Sent from my iPhone")
        if iphone
        else ""
    )
    attr = {
        "zh": f"在 2026年11月{d}日，{h:02d}:00，{who} 写道：",
        "tw": f"{who} 於 2026年11月{d}日 上午{h}:00 寫道：",
        "fr": f"Le {d} nov. 2026 à {h:02d}:00, {who} a écrit :",
        "de": f"Am {d}.11.2026 um {h:02d}:00 schrieb {who}:",
        "es": f"El {d} nov 2026, a las {h}:00, {who} escribió:",
        "ja": f"2026/11/{d} {h}:00、{who}のメール:",
        "ko": f"2026. 11. {d}. 오전 {h}:00, {who} 작성:",
        "pt": f"Em {d} de nov. de 2026, à(s) {h:02d}:00, {who} escreveu:",
        "it": f"Il giorno {d} nov 2026, alle ore {h:02d}:00, {who} ha scritto:",
        "nl": f"Op {d} nov 2026 om {h:02d}:00 heeft {who} het volgende geschreven:",
        "ru": f"{d} нояб. 2026 г., в {h}:00, {who} написал(а):",
    }.get(
        ui,
        f"On Nov {d}, 2026, at {h}:00\u202fAM, {who} wrote:"
        if iphone
        else f"On {d} Nov 2026, at {h:02d}:00, {who} wrote:",
    )
    top = body_plain(r) + (f"\n\n{sent}" if sent else "")
    plain = top + "\n\n> " + attr + "\n> \n" + quoted(inv_text(r, rendered=True)) + "\n"
    htm = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{divs(top)}'
        f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{inv_html(r)}</div></blockquote></body></html>'
    )
    mailer = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)"
    return emit(r, plain, htm, charset="utf-8", cte="quoted-printable", mailer=mailer, domain=r.addr.split("@")[1])


def foxmail(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    if ui == "en":
        head = f"From: {OURS_NAME}\nDate: 2026-11-{d} {h:02d}:00\nTo: {r.name}\nSubject: {subject_of_invite(r)}"
    elif ui == "tw":
        head = (
            f"寄件人： {OURS_NAME}\n發送時間： 2026-11-{d} {h:02d}:00\n收件人： {r.name}\n主題： {subject_of_invite(r)}"
        )
    else:
        head = (
            f"发件人： {OURS_NAME}\n发送时间： 2026-11-{d} {h:02d}:00\n收件人： {r.name}\n主题： {subject_of_invite(r)}"
        )
    sig = r.sig or r.addr
    plain = r.body + "\n\n\n" + sig + "\n \n" + head + "\n" + inv_text(r, rendered=True)
    bl = "<br>".join(
        f"<b>{esc(x.split('：' if '：' in x else ':', 1)[0])}：</b>{esc(x.split('：' if '：' in x else ':', 1)[1])}"
        for x in head.split("\n")
    )
    htm = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=GB2312"></head><body><div>{divs(r.body, "div", "font-family:微软雅黑")}</div>'
        f'<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{esc(sig)}</div></div></span></div>'
        f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">{bl}</div></div>'
        f"<div>{inv_html(r)}</div></blockquote></body></html>"
    )
    cs = "big5" if ui == "tw" else "gb2312"
    return emit(r, plain, htm, charset=cs, cte="base64", mailer="Foxmail 7.2.25.375[cn]", domain=r.addr.split("@")[1])


def exmail(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    head = [
        "------------------ 原始邮件 ------------------",
        f'发件人: "{OURS_NAME}"<{OURS_ADDR}>;',
        f"发送时间: 2026年11月{d}日(星期{WD_ZH[d]}) 上午{h}:00",
        f'收件人: "{r.name}"<{r.addr}>;',
        "",
        f"主题: {subject_of_invite(r)}",
    ]
    plain = body_plain(r) + "\n\n\n" + "\n".join(head) + "\n\n\n\n" + inv_text(r, rendered=True)
    block = "".join(f"<div><b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}</div>" for x in head[1:] if x)
    htm = f'{divs(body_plain(r))}<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">{block}</div><div><br></div>{inv_html(r)}'
    return emit(r, plain, htm, charset="gb18030", cte="base64", domain=r.addr.split("@")[1])


def wework(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    head = f"原始邮件\n\n发件人：{OURS_NAME} <{OURS_ADDR}>\n发件时间：2026年11月{d}日 {h:02d}:00\n收件人：{r.name} <{r.addr}>\n主题：{subject_of_invite(r)}"
    plain = body_plain(r) + "\n\n\n\n" + head + "\n\n" + inv_text(r, rendered=True)
    htm = f'<div>{divs(body_plain(r))}</div><div><br></div><div><br></div><div class="wework-mail-quote" style="background:#f5f5f5;padding:10px;font-size:12px;color:#888">{"<br>".join(esc(x) for x in head.split(chr(10)) if x)}</div><div><br></div>{inv_html(r)}'
    return emit(r, plain, htm, charset="utf-8", cte="base64", mailer="WeCom Mail", domain=r.addr.split("@")[1])


def alimail(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    dt = family(r.client) == "dingtalk"
    head = f"{'-' * 66}\n发件人：{OURS_NAME} <{OURS_ADDR}>\n发送时间：2026年11月{d}日(星期{WD_ZH[d]}) {h:02d}:00\n收件人：{r.name}<{r.addr}>\n主　题：{subject_of_invite(r)}"
    plain = body_plain(r) + "\n" + head + "\n\n" + inv_text(r, rendered=True)
    htm = (
        f'<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:微软雅黑;font-size:14px;">{divs(body_plain(r))}</div>'
        f'<blockquote style="margin-right:0;margin-top:0;margin-bottom:0;"><div style="clear:both;">{"<br>".join(esc(x) for x in head.split(chr(10)))}</div><div style="clear:both;"><br></div>{inv_html(r)}</blockquote></div>'
    )
    return emit(
        r,
        plain,
        htm,
        charset="utf-8",
        cte="base64",
        mailer="DingTalk Mail" if dt else "Alimail",
        domain=r.addr.split("@")[1],
        extra={
            "X-Alimail-AntiSpam": "AC=CONTINUE;BC=0.07436259|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0164922;FP=0|0|0|0|0|-1|-1|-1;HT=ay29a033018047209;MF="
            + r.addr
            + ";NM=1;PH=DS;RN=1;RT=1;SR=0"
        },
    )


def feishu(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    en = family(r.client) == "lark" or ui_of(r) == "en"
    if en:
        head = f"From: {OURS_NAME}<{OURS_ADDR}>\nDate: {WD_EN[d]}, Nov {d}, 2026, {h:02d}:00\nSubject: {subject_of_invite(r)}\nTo: {r.name}<{r.addr}>"
    else:
        head = f"发件人：{OURS_NAME}<{OURS_ADDR}>\n发送时间：2026年11月{d}日(周{WD_ZH[d]}) {h:02d}:00\n主题：{subject_of_invite(r)}\n收件人：{r.name}<{r.addr}>"
    plain = body_plain(r) + "\n\n" + head + "\n\n" + inv_text(r, rendered=True)
    htm = f'<div><div style="white-space:pre-wrap">{divs(body_plain(r))}</div><div class="history-quote-wrapper"><div data-html-block="quote"><div style="padding:12px;background:rgb(245,246,247);color:rgb(31,35,41);border-radius:4px;margin-top:24px;margin-bottom:12px;"><div class="adit-html-block__attr history-quote-meta-wrapper">{"".join(f"<div>{esc(x)}</div>" for x in head.split(chr(10)))}</div></div><div class="history-quote-gap-tag"></div><blockquote style="border-left:none;padding-left:0;margin-left:0">{inv_html(r)}</blockquote></div></div></div>'
    return emit(
        r,
        plain,
        htm,
        charset="utf-8",
        cte="base64",
        mailer="Lark Mail" if en else "Feishu Mail",
        domain=r.addr.split("@")[1],
    )


def thunderbird(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    attr = {
        "zh": f"在 2026/11/{d} {h:02d}:00, {OURS_NAME} 写道:",
        "de": f"Am {d}.11.26 um {h:02d}:00 schrieb {OURS_NAME}:",
        "fr": f"Le {d}/11/2026 à {h:02d}:00, {OURS_NAME} a écrit :",
        "ru": f"{d}.11.2026 {h:02d}:00, {OURS_NAME} пишет:",
    }.get(ui, f"On {d}/11/2026 {h:02d}:00, {OURS_NAME} wrote:")
    plain = body_plain(r) + "\n\n" + attr + "\n" + quoted(inv_text(r)) + "\n"
    if r.inline is not None:
        plain = r.inline.replace("{attr}", attr)
    return emit(
        r,
        plain,
        None,
        charset="utf-8",
        cte="8bit",
        shape="plain",
        flowed=True,
        extra={"User-Agent": "Mozilla Thunderbird"},
        domain=r.addr.split("@")[1],
    )


def yahoo(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    attr = f"On {WD_EN_LONG[d]}, November {d}, 2026 at {h:02d}:00:00 GMT, {OURS_NAME} <{OURS_ADDR}> wrote:"
    mob = "Sent from Yahoo Mail on Android" if "android" in r.client else ""
    top = body_plain(r) + (f"\n\n{mob}" if mob else "")
    plain = top + "\n\n    " + attr + "  \n\n " + "\n".join(" " + ln for ln in inv_text(r, rendered=True).split("\n"))
    htm = f'<html><head></head><body><div class="ydp1a2b3c4yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{divs(top)}</div><div id="yahoo_quoted_1234567890" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div><div><br></div><div>{inv_html(r)}</div></div></div></body></html>'
    return emit(r, plain, htm, charset="UTF-8", cte="quoted-printable", domain="yahoo.com")


def samsung(r: Reply) -> tuple[bytes, str]:
    ui = ui_of(r)
    d, h = when(r)
    if ui == "zh":
        head = f"-------- 原始信息 --------\n发件人： {OURS_NAME} <{OURS_ADDR}>\n日期： 2026/11/{d} {h:02d}:00 (GMT+08:00)\n收件人： {r.addr}\n主题： {subject_of_invite(r)}"
        sent = "通过三星 Galaxy 智能手机发送。"
    else:
        head = f"-------- Original message --------\nFrom: {OURS_NAME} <{OURS_ADDR}> \nDate: {d}/11/2026 {h:02d}:00 (GMT+00:00) \nTo: {r.addr} \nSubject: {subject_of_invite(r)} \n"
        sent = "Sent from my Galaxy"
    plain = body_plain(r) + "\n\n\n\n" + sent + "\n\n\n" + head + "\n" + inv_text(r, rendered=True)
    htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{divs(body_plain(r))}</div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sent)}</div></div><div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{"<br>".join(esc(x) for x in head.split(chr(10)))}</div>{inv_html(r)}</body></html>'
    return emit(r, plain, htm, charset="UTF-8", cte="base64", domain=r.addr.split("@")[1])


def huawei(r: Reply) -> tuple[bytes, str]:
    d, h = when(r)
    head = f"-------- 原始邮件 --------\n发件人： {OURS_NAME} <{OURS_ADDR}>\n日期： 2026年11月{d}日周{WD_ZH[d]} 上午{h}:00\n收件人： {r.name} <{r.addr}>\n主 题： {subject_of_invite(r)}"
    plain = body_plain(r) + "\n\n\n\n发自我的华为手机\n\n\n" + head + "\n\n" + inv_text(r, rendered=True)
    htm = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>{divs(body_plain(r))}<br><br><br><div id="signature">发自我的华为手机</div><br><br><div class="quote">{"<br>".join(esc(x) for x in head.split(chr(10)))}<br><br>{inv_html(r)}</div></body></html>'
    return emit(r, plain, htm, charset="UTF-8", cte="base64", mailer="Huawei Email", domain=r.addr.split("@")[1])


def pasted(r: Reply) -> tuple[bytes, str]:
    """A new mail typed (or pasted from WeChat notes) in some webmail, nothing quoted."""
    return emit(
        r,
        body_plain(r),
        None,
        charset=r.charset or "utf-8",
        cte=r.cte or "base64",
        shape="plain",
        domain=r.addr.split("@")[1],
    )


def autoreply(r: Reply) -> tuple[bytes, str]:
    """Auto-replies: r.extra carries the headers the auto-responder sets (or none); r.prefix the subject prefix."""
    plain = body_plain(r)
    if r.shape == "html":
        return emit(
            r,
            None,
            f"<html><body>{divs(plain, 'p')}</body></html>",
            charset=r.charset or "utf-8",
            cte=r.cte or "base64",
            shape="html",
            domain=r.addr.split("@")[1],
        )
    return emit(
        r, plain, None, charset=r.charset or "utf-8", cte=r.cte or "base64", shape="plain", domain=r.addr.split("@")[1]
    )


CLIENTS = {
    "qq-web": qq_web,
    "qq-card": qq_card,
    "qq-app": qq_app,
    "163-web": netease_web,
    "126-web": netease_web,
    "mailmaster": mailmaster,
    "gmail-web": gmail,
    "gmail-android": gmail,
    "gmail-ios": gmail,
    "outlook-desktop": outlook_desktop,
    "outlook-web": outlook_web,
    "outlook-ios": outlook_mobile,
    "outlook-android": outlook_mobile,
    "outlook-mac": outlook_mac,
    "apple-iphone": apple,
    "apple-mac": apple,
    "foxmail": foxmail,
    "exmail": exmail,
    "wework": wework,
    "alimail": alimail,
    "dingtalk": alimail,
    "feishu": feishu,
    "lark": feishu,
    "thunderbird": thunderbird,
    "yahoo": yahoo,
    "samsung": samsung,
    "huawei": huawei,
    "pasted": pasted,
    "autoreply": autoreply,
}


def build(r: Reply) -> tuple[bytes, str]:
    if r.inline is not None and family(r.client) != "thunderbird":
        # inline replies: the plain part is exactly what was typed around the quote lines
        return emit(
            r,
            r.inline,
            f"<html><body>{divs(r.inline)}</body></html>",
            charset=r.charset or "utf-8",
            cte=r.cte or "quoted-printable",
            shape=r.shape or "plain",
            domain=r.addr.split("@")[1],
        )
    if r.no_quote:
        return pasted(r)
    return CLIENTS[family(r.client)](r)
