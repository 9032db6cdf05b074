"""How each mail client builds a reply to the invitation.

One builder per client family.  Each takes a `Reply` (the candidate's words and a few choices: client UI
locale, where the quote goes, signature, variant) and the `Invitation` it answers, and returns the complete
RFC 5322 message as bytes plus a short `format` tag for the manifest.  The quoting, attribution lines,
header blocks, HTML skeletons, charsets and transfer encodings follow what these clients write (from the
author's own knowledge of them; see README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from .mime import (
    addr,
    body_inner,
    brs,
    can_encode,
    divs,
    esc,
    esc_text,
    ew,
    finish,
    hexseed,
    html_text,
    leaf,
    multipart,
    numseed,
    prefix,
    rfc2822,
    tz,
    uuid_of,
    wrap_flowed,
    wrap_hard,
)

CORPUS = Path(__file__).resolve().parent.parent
INVITE_ID = "<invitation-1@hr.example.com>"
HR_ADDR = "hr@hr.example.com"


# ----------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Invitation:
    lang: str
    subject: str
    from_name: str
    date: datetime
    text: str
    html: str

    @property
    def inner(self) -> str:
        return body_inner(self.html)

    def rendered(self, **kw) -> str:
        return html_text(self.html, **kw)


def invitation(lang: str) -> Invitation:
    text = (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8")
    html = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    if lang == "zh":
        return Invitation(
            "zh", "重新面试邀请：电商客服专员", "招聘团队", datetime(2026, 11, 27, 10, 5, 12, tzinfo=tz(8)), text, html
        )
    return Invitation(
        "en",
        "Re-interview invitation: Support desk",
        "Recruiting Team",
        datetime(2026, 11, 27, 10, 5, 12, tzinfo=tz(0)),
        text,
        html,
    )


@dataclass
class Reply:
    client: str
    intent: str
    slot: int | None
    text: str
    name: str
    email: str
    lang: str = "zh"
    ui: str = ""
    quote: str = "below"  # below | above (reply under the quote) | none | inline
    inline: tuple = ()  # ((anchor substring of a quoted line, note), ...)
    sig: str = ""
    tz: float | None = None
    variant: str = ""
    thread: bool = True
    auto: str = ""  # ooo | bounce | mdn  (automated mail)
    n: int = 0
    # filled by make.py
    date: datetime | None = None
    to: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def seed(self) -> str:
        return f"blind15-{self.n}"

    def h(self, tag: str, n: int = 32) -> str:
        return hexseed(self.seed, tag, n=n)

    def num(self, tag: str, digits: int = 10) -> str:
        return numseed(self.seed, tag, digits=digits)

    def thread_headers(self, refs_first: bool = False) -> list[tuple[str, str]]:
        if not self.thread:
            return []
        pairs = [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
        return pairs[::-1] if refs_first else pairs


def local(inv: Invitation, r: Reply) -> datetime:
    return inv.date.astimezone(r.date.tzinfo)


# ----------------------------------------------------------------------------------------------- locales

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
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MON = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
ZH_WD = "一二三四五六日"
JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"


def h12(dt: datetime) -> tuple[int, str]:
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def zh_ampm(dt: datetime, trad: bool = False) -> str:
    h = dt.hour % 12 or 12
    return f"{'上午' if dt.hour < 12 else '下午'}{h}:{dt:%M}"


def gmt(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    mins = int(off.total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def _cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F or 0xAC00 <= o <= 0xD7AF


# ----------------------------------------------------------------------------------------------- helpers


def body_with_sig(r: Reply, sep: str = "\n\n") -> str:
    return r.text.rstrip("\n") + (sep + r.sig.rstrip("\n") if r.sig else "")


def inline_quote(source: str, inserts: tuple, p: str = "> ", empty: str = ">") -> str:
    """Quote `source` and put the candidate's notes under the lines they answer."""
    out = []
    pending = list(inserts)
    for line in source.rstrip("\n").split("\n"):
        out.append((p + line) if line.strip() else empty)
        for anchor, note in list(pending):
            if anchor in line:
                out.append("")
                out.extend(note.split("\n"))
                out.append("")
                pending.remove((anchor, note))
    return "\n".join(out)


def fmt(structure: str, label: str, ctes: list[str]) -> str:
    short = {"quoted-printable": "qp", "base64": "base64", "7bit": "7bit", "8bit": "8bit"}
    seen: list[str] = []
    for c in ctes:
        s = short[c]
        if s not in seen:
            seen.append(s)
    return f"{structure}/{label.lower()}/{'+'.join(seen)}"


def pick_charset(preferred: str, *texts: str) -> str:
    return preferred if all(can_encode(t, preferred) for t in texts) else "utf-8"


def top_subject(prefix_: str, inv: Invitation, label: str = "utf-8", enc: str = "B", always: bool = False) -> str:
    return ew(prefix_ + inv.subject, label, enc, always=always)


# =============================================================================================== Tencent


def tencent(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Tencent Exmail (腾讯企业邮) web and WeCom (企业微信) mail: QQ Mail engine, 原始邮件 block."""
    wecom = r.client == "wecom"
    label = "utf-8" if wecom else "gb18030"
    d = local(inv, r)
    when = f"{d.year}年{d.month}月{d.day}日(星期{ZH_WD[d.weekday()]}) {zh_ampm(d)}"
    sep = (
        "------------------ 原始邮件 ------------------"
        if wecom
        else "------------------&nbsp;原始邮件&nbsp;------------------"
    )
    from_q = f'"{inv.from_name}"<{HR_ADDR}>;'
    to_q = f'"{r.name}"<{r.email}>;'
    text = r.text.rstrip("\n")
    if r.sig:
        text += "\n\n------------------\n" + r.sig
    if wecom:
        text += "\n\n发自我的企业微信"
    quoted = inv.rendered(links="none")
    if r.quote != "none":
        text += f"\n\n\n{sep}\n发件人: {from_q}\n发送时间: {when}\n收件人: {to_q}\n主题: {inv.subject}\n\n \n\n{quoted}"
    html = '<meta http-equiv="Content-Type" content="text/html; charset=' + label.upper() + '">'
    html += divs(r.text)
    if r.sig:
        html += (
            '<div><br></div><div><sign signid="1"><div style="color:#909090;font-family:Arial Narrow;'
            'font-size:12px">------------------</div><div style="font-size:14px;font-family:Verdana;color:#000;">'
            + divs(r.sig)
            + "</div></sign></div>"
        )
    if wecom:
        html += '<div><br></div><div style="color:#888;font-size:12px">发自我的企业微信</div>'
    if r.quote != "none":
        html += (
            '<div>&nbsp;</div><div><includetail><div style="font:Verdana normal 14px;color:#000;">'
            '<div style="FONT-SIZE: 12px;FONT-FAMILY: Arial Narrow;padding:2px 0 2px 0;">'
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            '<div style="FONT-SIZE: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"{esc_text(inv.from_name)}"&lt;{HR_ADDR}&gt;;</div>'
            f"<div><b>发送时间:</b>&nbsp;{when}</div>"
            f'<div><b>收件人:</b>&nbsp;"{esc_text(r.name)}"&lt;{r.email}&gt;;<wbr></div><div></div>'
            f"<div><b>主题:</b>&nbsp;{esc_text(inv.subject)}</div></div><div>&nbsp;</div>"
            f"{inv.inner}</div></includetail></div>"
        )
    b = f"----=_NextPart_{r.h('b1', 8).upper()}_{r.h('b2', 8).upper()}_{r.h('b3', 8).upper()}"
    parts = [
        leaf("text/plain", text, label, "base64", quoted_label=True, fold=True),
        leaf("text/html", html, label, "base64", quoted_label=True, fold=True),
    ]
    entity = multipart(
        "alternative",
        b,
        parts,
        preamble="This is a multi-part message in MIME format.",
        extra=[("Content-Transfer-Encoding", "8Bit")],
    )
    dom = r.email.split("@")[1]
    top = [
        ("From", addr(r.name, r.email, label, quote_ew=True)),
        ("To", addr(inv.from_name, r.to, label, quote_ew=True)),
        ("Subject", top_subject("回复：", inv, label)),
        ("Mime-Version", "1.0"),
    ]
    tail = [
        ("Date", rfc2822(r.date)),
        ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{r.h('mid', 32).upper()}@{'qq.com' if dom == 'qq.com' else 'exmail.qq.com'}>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ] + r.thread_headers()
    # QQ writes Content-Type right after Mime-Version, the rest after the entity headers
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), fmt("alt", label, ["base64"])


def headers_bytes(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in pairs).encode()


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# =============================================================================================== NetEase


def coremail(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """NetEase enterprise mail web (qiye.163.com, Coremail): GBK base64; text part 'At … wrote:' + '>'."""
    label = "GBK"
    d = local(inv, r)
    stamp = f"{d:%Y-%m-%d %H:%M:%S}"
    quoted = inv.rendered(links="none")
    text = r.text.rstrip("\n")
    if r.sig:
        text += "\n--\n\n" + r.sig
    if r.quote != "none":
        text += f'\n\n\n\n\n\n\nAt {stamp}, "{inv.from_name}" <{HR_ADDR}> wrote:\n' + prefix(quoted, ">", ">")
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
    html += divs(r.text, "p", ' style="margin:0;"')
    if r.sig:
        html += f'<div style="position:relative;zoom:1">--<br>{brs(r.sig)}<div style="clear:both"></div></div>'
    if r.quote != "none":
        html += (
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'<div id="isReplyContent" style="position:relative;zoom:1">在 {stamp}，"{esc_text(inv.from_name)}"'
            f' &lt;{HR_ADDR}&gt; 写道：<br> <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; '
            f'MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv.inner}</blockquote></div>'
        )
    html += '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>'
    b = f"----=_Part_{r.num('p1', 6)}_{r.num('p2', 9)}.{r.num('ms', 13)}"
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; \n\tboundary="{b}"')
    user, dom = r.email.split("@")
    top = (
        [
            ("Date", rfc2822(r.date, "(CST)")),
            ("From", addr(r.name, r.email, label, quote_ew=True)),
            ("To", addr(inv.from_name, r.to, label, quote_ew=True)),
            ("Subject", top_subject("Re:", inv, label)),
            ("X-Priority", "3"),
            (
                "X-Mailer",
                "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n"
                " Copyright (c) 2002-2026 www.mailtech.cn qiye163",
            ),
        ]
        + r.thread_headers()
        + [
            ("X-NTES-SC", "AL_Qu2cAv2fuEoo5CWbYekfmk8TgOg7W8K4uPsg3YVXN5x0pCvlyD8HRlJPIn3k" + r.h("sc", 8)),
            ("MIME-Version", "1.0"),
            ("Message-ID", f"<{r.h('m1', 8)}.{r.h('m2', 4)}.{r.h('m3', 11)}.Coremail.{user}@{dom}>"),
            ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", "_____wD3" + r.h("tid", 20)),
        ]
    )
    return finish(top, entity), fmt("alt", label, ["base64"])


def mailmaster(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """NetEase Mail Master (网易邮箱大师) on a NetEase enterprise account: '---- 回复的原邮件 ----' card."""
    label = "UTF-8"
    d = local(inv, r)
    when = f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"
    text = r.text.rstrip("\n")
    sigtext = r.sig or r.name
    text += f"\n\n\n| |\n{sigtext}\n|\n|\n邮箱：{r.email}\n|\n\n签名由 网易邮箱大师 定制"
    if r.quote != "none":
        text += (
            f"\n\n---- 回复的原邮件 ----\n| 发件人 | {inv.from_name}<{HR_ADDR}> |\n| 日期 | {when} |\n"
            f"| 收件人 | {r.name}<{r.email}> |\n| 主题 | {inv.subject} |\n" + inv.rendered(links="none")
        )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        '<div style="line-height: 1.7;"><div style="font-size: 14px;">' + divs(r.text, attrs="") + "</div>"
        '<div style="clear: both;"></div><div style="line-height: 1.5; font-size: 14px;"><br></div>'
        '<div class="ntes-mailmaster-signature" style="font-size:12px;padding-top:10px;">'
        '<table style="border-collapse:collapse;"><tr><td style="padding:0 10px;border-left:2px solid #2C7DF8">'
        f"<div>{esc_text(sigtext)}</div><div>{r.email}</div></td></tr></table>"
        '<div style="color:#999">签名由 <a href="https://mail.163.com/dashi/">网易邮箱大师</a> 定制</div></div>'
    )
    if r.quote != "none":
        html += (
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            "border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:'微软雅黑';\">"
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
            "---- 回复的原邮件 ----</div>"
            '<table class="J-reply-table" style="font-size:12px;margin-left:10px">'
            f'<tr><td style="color:#a0a0a0">发件人</td><td>{esc_text(inv.from_name)}&lt;{HR_ADDR}&gt;</td></tr>'
            f'<tr><td style="color:#a0a0a0">日期</td><td>{when}</td></tr>'
            f'<tr><td style="color:#a0a0a0">收件人</td><td>{esc_text(r.name)}&lt;{r.email}&gt;</td></tr>'
            f'<tr><td style="color:#a0a0a0">主题</td><td>{esc_text(inv.subject)}</td></tr></table></div>'
            f'<blockquote id="ntes-pcmail-quote" style="margin: 0; padding: 0; font-size: 14px;">{inv.inner}'
            "</blockquote>"
        )
    html += "</div></body></html>"
    b = f"----=_Part_{r.num('p1', 7)}_{r.num('p2', 10)}.{r.num('ms', 13)}"
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; boundary="{b}"')
    top = (
        [
            ("Date", rfc2822(r.date, "(GMT+08:00)")),
            ("From", addr(r.name, r.email, label, quote=False)),
            ("To", addr(inv.from_name, r.to, label, quote=False)),
            ("Message-ID", f"<{r.h('m', 8).upper()}.{r.num('m2', 6)}.{r.num('m3', 13)}@{r.email.split('@')[1]}>"),
            ("Subject", top_subject("回复：", inv, label)),
            ("MIME-Version", "1.0"),
        ]
        + r.thread_headers()
        + [("X-Mailer", "NetEase Flash Mail 2.4.1.32")]
    )
    return finish(top, entity), fmt("alt", label, ["base64"])


# =============================================================================================== Alibaba


def alimail(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Alibaba Mail (阿里邮箱) and DingTalk mail (钉钉邮箱, same engine): dashed line + 发件人/发送时间/收件人/主　题."""
    label = "UTF-8"
    d = local(inv, r)
    when = f"{d.year}年{d.month}月{d.day}日(星期{ZH_WD[d.weekday()]}) {d:%H:%M}"
    text = r.text.rstrip("\n")
    if r.sig:
        text += "\n\n" + r.sig
    if r.client == "dingtalk":
        text += "\n\n——来自钉钉专属商务邮箱"
    if r.quote != "none":
        text += (
            "\n------------------------------------------------------------------\n"
            f"发件人：{inv.from_name} <{HR_ADDR}>\n发送时间：{when}\n收件人：{r.name}<{r.email}>\n"
            f"主　题：{inv.subject}\n\n" + inv.rendered(links="none")
        )
    st = 'style="clear:both;"'
    html = (
        '<div class="__aliyun_email_body_block"><div  style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
        'SimSun;font-size:14.0px;color:#000000;">' + divs(r.text, attrs=f" {st}", blank="<br >")
    )
    if r.sig:
        html += f"<div {st}><br ></div>" + divs(r.sig, attrs=f" {st}", blank="<br >")
    if r.client == "dingtalk":
        html += f'<div {st}><br ></div><div {st}><span style="color:#999999;">——来自钉钉专属商务邮箱</span></div>'
    html += "</div>"
    if r.quote != "none":
        html += (
            '<blockquote  style="margin-right:0;margin-top:0;margin-bottom:0;">'
            f"<div {st}>------------------------------------------------------------------</div>"
            f"<div {st}>发件人：{esc_text(inv.from_name)} &lt;{HR_ADDR}&gt;</div>"
            f"<div {st}>发送时间：{when}</div>"
            f"<div {st}>收件人：{esc_text(r.name)}&lt;{r.email}&gt;</div>"
            f"<div {st}>主　题：{esc_text(inv.subject)}</div><div {st}><br ></div>{inv.inner}</blockquote>"
        )
    html += "</div>"
    b = f"----=ALIBOUNDARY_{r.num('b1', 5)}_{r.h('b2', 12)}_{r.h('b3', 8)}"
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative;\n  boundary="{b}"')
    user = r.email.split("@")[0]
    creator = "W4_" + r.num("c", 7) + "_v3_TW96aWxsYS81LjAgKFdpbmRvd3MgTlQgMTAuMDsgV2luNjQ7IHg2NCkg"
    if r.client == "dingtalk":
        creator = "W2_" + r.num("c", 7) + "_v3_RGluZ1RhbGsvNy42LjMwIChBbmRyb2lkKQ"
    top = [
        ("Date", rfc2822(r.date)),
        ("From", addr(r.name, r.email, label, quote_ew=True)),
        ("To", addr(inv.from_name, r.to, label, quote_ew=True)),
        ("Reply-To", addr(r.name, r.email, label, quote_ew=True)),
        ("Message-ID", f"<{uuid_of(r.seed, 'mid')}.{user}@{r.email.split('@')[1]}>"),
        ("Subject", top_subject("回复：", inv, label)),
        ("X-Mailer", "Alimail-Mailagent revision_" + r.num("rev", 7)),
        ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", creator),
    ] + r.thread_headers(refs_first=True)
    return finish(top, entity), fmt("alt", label, ["base64"])


# =============================================================================================== Feishu


def feishu(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Feishu / Lark Mail: grey meta box (发件人/发送时间/收件人/主题 or From/Date/To/Subject) inside the quote wrapper."""
    label = "UTF-8"
    d = local(inv, r)
    if r.ui == "en":
        labels = ("From", "Date", "To", "Subject")
        when = f"{EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year}, {d:%H:%M}"
        pre = "Re: "
    else:
        labels = ("发件人", "发送时间", "收件人", "主题")
        when = f"{d.year}年{d.month}月{d.day}日(周{ZH_WD[d.weekday()]}) {d:%H:%M}"
        pre = "回复："
    meta = [f'"{inv.from_name}"<{HR_ADDR}>', when, f'"{r.name}"<{r.email}>', inv.subject]
    text = body_with_sig(r)
    if r.quote != "none":
        text += "\n\n" + "\n".join(f"{k}: {v}" for k, v in zip(labels, meta)) + "\n\n" + inv.rendered(links="none")
    html = '<div style="font-size:14px;line-height:1.6;">' + divs(body_with_sig(r)) + "</div>"
    if r.quote != "none":
        qid = r.num("q", 10)
        html += (
            f'<div class="history-quote-wrapper" id="lark-mail-quote-{qid}"><div data-html-block="quote" '
            'data-mail-html-ignore=""><div style="border-left: none; padding-left: 0px;" class="adit-html-block '
            'adit-html-block--collapsed"><div><div style="word-break: break-word;" class="">'
            '<div class="history-quote-meta-wrapper history-quote-gap-tag" style="padding: 12px; background: '
            'rgb(245, 246, 247); color: rgb(31, 35, 41); border-radius: 4px; margin-top: 24px; margin-bottom: 12px;">'
        )
        for k, v in zip(labels, meta):
            html += f'<div style="word-break: break-word;"><span style="white-space: nowrap;">{k}: </span>{esc_text(v)}</div>'
        html += f'</div><div class="history-quote-content">{inv.inner}</div></div></div></div></div></div>'
    html = f"<html><head></head><body>{html}</body></html>"
    b = r.h("b", 40)
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f"multipart/alternative; boundary={b}")
    top = [
        ("Date", rfc2822(r.date)),
        ("From", addr(r.name, r.email, label)),
        ("To", addr(inv.from_name, r.to, label)),
        ("Subject", top_subject(pre, inv, label)),
        ("Message-Id", f"<{r.h('mid', 26)}.{r.num('n', 8)}@{r.email.split('@')[1]}>"),
        ("Mime-Version", "1.0"),
        ("X-Lms-Return-Path", f"<lba+{r.h('lba', 22)}+{r.email.replace('@', '=')}@feishu.cn>"),
        ("X-Mailer", "Lark Mail" if r.ui == "en" else "Feishu Mail"),
    ] + r.thread_headers()
    return finish(top, entity), fmt("alt", label, ["base64"])


# =============================================================================================== Sina / Sohu


def sina(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Sina Mail (新浪邮箱): GBK base64, '----- 原始邮件 -----' with 发件人/收件人/主题/日期."""
    label = "GBK"
    d = local(inv, r)
    when = f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}点{d.minute:02d}分"
    text = body_with_sig(r)
    if r.variant == "mobile":
        text += "\n\n发自新浪邮箱客户端"
    if r.quote != "none":
        text += (
            f'\n\n\n----- 原始邮件 -----\n发件人："{inv.from_name}" <{HR_ADDR}>\n收件人：{r.email}\n'
            f"主题：{inv.subject}\n日期：{when}\n\n" + inv.rendered(links="none")
        )
    html = divs(body_with_sig(r))
    if r.variant == "mobile":
        html += "<div><br></div><div>发自新浪邮箱客户端</div>"
    if r.quote != "none":
        html += (
            '<div><br></div><div><br></div><div style="font-size:12px;color:#666">----- 原始邮件 -----<br>'
            f'发件人："{esc_text(inv.from_name)}" &lt;{HR_ADDR}&gt;<br>收件人：{r.email}<br>'
            f"主题：{esc_text(inv.subject)}<br>日期：{when}</div><br>"
            f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inv.inner}</blockquote>'
        )
    b = f"=-sinamail_alt_{r.h('b', 32)}"
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; boundary="{b}"')
    top = [
        ("Date", rfc2822(r.date)),
        (
            "Message-ID",
            f"<{r.date.astimezone(tz(0)):%Y%m%d%H%M%S}.{r.h('m', 10).upper()}@webmail.sinamail.sina.com.cn>",
        ),
        ("From", addr(r.name, r.email, label, quote=False)),
        ("Subject", top_subject("回复：", inv, label)),
        ("To", addr(inv.from_name, r.to, label)),
        ("X-Priority", "3"),
        ("X-Mailer", "SinaMail 3.0" if r.variant != "mobile" else "SinaMail Android 6.2.1"),
        ("MIME-Version", "1.0"),
    ] + r.thread_headers()
    return finish(top, entity), fmt("alt", label, ["base64"])


def sohu(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Sohu Mail (搜狐邮箱): HTML only, UTF-8 base64, '--------原始邮件--------'."""
    label = "UTF-8"
    d = local(inv, r)
    html = '<html><head><meta charset="utf-8"></head><body>' + divs(body_with_sig(r))
    if r.variant == "mobile":
        html += '<br><p>&nbsp;</p><div><p style="font-size:12px;margin:0;color:#888">发自搜狐邮箱手机版</p></div>'
    if r.quote != "none":
        html += (
            '<br><div style="font-size:12px;line-height:1.6">--------原始邮件--------<br>'
            f"发件人：{esc_text(inv.from_name)} &lt;{HR_ADDR}&gt;<br>发送时间：{d:%Y-%m-%d %H:%M:%S}<br>"
            f"收件人：{esc_text(r.name)} &lt;{r.email}&gt;<br>主题：{esc_text(inv.subject)}<br></div>"
            f'<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px">{inv.inner}</blockquote>'
        )
    html += "</body></html>"
    entity = leaf("text/html", html, label, "base64")
    top = [
        ("From", addr(r.name, r.email, label)),
        ("To", addr(None, r.to)),
        ("Subject", top_subject("Re: ", inv, label)),
        ("Date", rfc2822(r.date)),
        ("Message-ID", f"<{r.num('m', 13)}.{r.h('m2', 6)}@sohu.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "SOHU.COM Web Mail" if r.variant != "mobile" else "SohuMail Android"),
    ] + r.thread_headers()
    return finish(top, entity), fmt("html", label, ["base64"])


# =============================================================================================== Outlook desktop

OUTLOOK = {
    # ui: (subject prefix, charset preference, labels (from, sent, to, subject), date fn, original-message line)
    "zh": ("答复: ", "gb2312", ("发件人", "发送时间", "收件人", "主题"), "-----邮件原件-----"),
    "zh365": ("回复: ", "gb2312", ("发件人", "发送时间", "收件人", "主题"), "-----原始邮件-----"),
    "tw": ("回覆: ", "big5", ("寄件者", "寄件日期", "收件者", "主旨"), "-----原始郵件-----"),
    "en": ("RE: ", "us-ascii", ("From", "Sent", "To", "Subject"), "-----Original Message-----"),
    "de": ("AW: ", "iso-8859-1", ("Von", "Gesendet", "An", "Betreff"), "-----Ursprüngliche Nachricht-----"),
    "fr": (
        "RE : ",
        "iso-8859-1",
        ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "-----Message d'origine-----",
    ),
    "ru": ("RE: ", "koi8-r", ("От", "Отправлено", "Кому", "Тема"), "-----Original Message-----"),
    "ru1251": ("RE: ", "windows-1251", ("От", "Отправлено", "Кому", "Тема"), "-----Original Message-----"),
    "ja": ("RE: ", "iso-2022-jp", ("差出人", "送信日時", "宛先", "件名"), "-----Original Message-----"),
    "ko": ("RE: ", "ks_c_5601-1987", ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "-----Original Message-----"),
    "pt": ("RES: ", "iso-8859-1", ("De", "Enviado", "Para", "Assunto"), "-----Mensagem original-----"),
}


def outlook_date(ui: str, d: datetime) -> str:
    wd, mo = d.weekday(), d.month - 1
    if ui in ("zh", "zh365"):
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d:%M}"
    if ui == "tw":
        return f"{d.year}年{d.month}月{d.day}日 {'上午' if d.hour < 12 else '下午'} {d.hour % 12 or 12:02d}:{d:%M}"
    if ui == "en":
        hh, ap = h12(d)
        return f"{EN_WD[wd]}, {EN_MON[mo]} {d.day}, {d.year} {hh}:{d:%M} {ap}"
    if ui == "de":
        return f"{DE_WD[wd]}, {d.day}. {DE_MON[mo]} {d.year} {d:%H:%M}"
    if ui == "fr":
        return f"{FR_WD[wd]} {d.day} {FR_MON[mo]} {d.year} {d:%H:%M}"
    if ui in ("ru", "ru1251"):
        return f"{RU_WD[wd]}, {d.day} {RU_MON[mo]} {d.year} г. {d.hour}:{d:%M}"
    if ui == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d:%M}"
    if ui == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 {KO_WD[wd]}요일 {'오전' if d.hour < 12 else '오후'} {d.hour % 12 or 12}:{d:%M}"
    if ui == "pt":
        return f"{PT_WD[wd]}, {d.day} de {PT_MON[mo]} de {d.year} {d:%H:%M}"
    raise KeyError(ui)


def _word_runs(s: str, zh: bool) -> str:
    """Word's HTML splits CJK and Latin runs into spans; the labels of the header block come out this way."""
    if not zh:
        return esc_text(s)
    out, cur, cur_cjk = [], "", None
    for ch in s:
        c = _cjk(ch)
        if cur and c != cur_cjk:
            out.append(esc_text(cur) if cur_cjk else f"<span lang=EN-US>{esc_text(cur)}</span>")
            cur = ""
        cur_cjk = c
        cur += ch
    if cur:
        out.append(esc_text(cur) if cur_cjk else f"<span lang=EN-US>{esc_text(cur)}</span>")
    return "".join(out)


def _word_font(ui: str) -> str:
    face = {"zh": "等线", "zh365": "等线", "tw": "新細明體", "ja": "游ゴシック", "ko": "맑은 고딕"}.get(ui)
    if not face:
        return '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
    return f"@font-face\n\t{{font-family:{face};\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}}\n"


def outlook_desktop(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Outlook for Windows (Word editor). variant 'plain' = plain-text mode with the -----Original Message----- line."""
    ui = r.ui or "en"
    pre, pref_cs, labels, orig_line = OUTLOOK[ui]
    d = local(inv, r)
    if r.extra.get("fixed_charset"):
        # "auto-select encoding" switched off: what the locale charset cannot hold becomes '?'
        from .mime import codec as _codec

        def _fit(s: str) -> str:
            return s.encode(_codec(pref_cs), "replace").decode(_codec(pref_cs))

        inv = Invitation(inv.lang, _fit(inv.subject), _fit(inv.from_name), inv.date, _fit(inv.text), _fit(inv.html))
    zh = ui in ("zh", "zh365", "tw")
    sent = outlook_date(ui, d)
    sep = ":" if ui != "fr" else ":"
    hdr_vals = [f"{inv.from_name} <{HR_ADDR}>", sent, f"{r.name} <{r.email}>", inv.subject]
    quoted = inv.rendered(links="angle", bullet="*\t", number="{}.\t", hr="________________________________")
    body = body_with_sig(r, "\n\n")
    plain_mode = r.variant == "plain"
    if r.quote == "none":
        text = body
    elif plain_mode:
        text = (
            body
            + "\n\n"
            + orig_line
            + "\n"
            + "\n".join(f"{k}{sep} {v}" for k, v in zip(labels, hdr_vals))
            + "\n\n"
            + quoted
        )
    else:
        text = body + "\n\n \n\n" + "\n".join(f"{k}{sep} {v}" for k, v in zip(labels, hdr_vals)) + "\n\n \n\n" + quoted
    # Outlook's "auto-select encoding": the locale's charset when everything fits, else UTF-8
    lang_attr = {
        "zh": "ZH-CN",
        "zh365": "ZH-CN",
        "tw": "ZH-TW",
        "en": "EN-GB",
        "de": "DE",
        "fr": "FR",
        "ru": "RU",
        "ru1251": "RU",
        "ja": "JA",
        "ko": "KO",
        "pt": "PT-BR",
    }[ui]
    p = "<p class=MsoNormal>"
    html_reply = "".join(
        (f"{p}{_word_runs(line, zh)}<o:p></o:p></p>\n" if line.strip() else f"{p}<o:p>&nbsp;</o:p></p>\n")
        for line in body.split("\n")
    )
    html_body = html_reply
    if r.quote != "none":
        hb = "".join(
            f"<b>{_word_runs(k, zh)}<span lang=EN-US>{sep}</span></b><span lang=EN-US> </span>{_word_runs(v, zh)}"
            + ("<br>\n" if i < 3 else "<o:p></o:p>")
            for i, (k, v) in enumerate(zip(labels, hdr_vals))
        )
        html_body += (
            f"{p}<o:p>&nbsp;</o:p></p>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal align=left style='text-align:left'>{hb}</p>\n</div>\n{p}<o:p>&nbsp;</o:p></p>\n"
            f"{inv.inner}\n"
        )
    cs = pick_charset(pref_cs, text, html_body, r.name)
    if cs == "us-ascii" and not (text + html_body).isascii():
        cs = "utf-8"
    hdr_cs = pick_charset(pref_cs, r.name, pre + inv.subject) if pref_cs != "us-ascii" else "utf-8"
    hdr_enc = "Q" if hdr_cs == "iso-8859-1" else "B"
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        "/* Font Definitions */\n"
        + _word_font(ui)
        + "@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style></head>"
        f'<body lang={lang_attr} link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
        f"<div class=WordSection1>\n{html_body}</div></body></html>"
    )
    plain_label = cs
    if cs in ("us-ascii", "iso-8859-1", "koi8-r", "windows-1251", "utf-8") and not zh:
        cte = "quoted-printable" if not (cs == "us-ascii") else "7bit"
    else:
        cte = "base64"
    if cs == "iso-2022-jp":
        cte = "7bit"
    b = f"----=_NextPart_000_{r.h('n1', 4).upper()}_01DD{r.h('n2', 4).upper()}.{r.h('n3', 8).upper()}"
    domain = r.email.split("@")[1]
    mid = f"<{r.h('a', 12)}$${r.h('b', 8)}$${r.h('c', 8)}$@{domain}>".replace("$$", "$")
    top = (
        [
            ("From", addr(r.name, r.email, hdr_cs, hdr_enc, quote=False)),
            (
                "To",
                f'"{r.to}" <{r.to}>'
                if r.variant != "named"
                else addr(inv.from_name, r.to, hdr_cs, hdr_enc, quote=False),
            ),
        ]
        + r.thread_headers(refs_first=True)
        + [
            ("Subject", ew(pre + inv.subject, hdr_cs, hdr_enc)),
            ("Date", rfc2822(r.date)),
            ("Message-ID", mid),
            ("MIME-Version", "1.0"),
        ]
    )
    if plain_mode or r.variant == "textonly":
        entity = leaf("text/plain", text, plain_label, cte, quoted_label=True, fold=True)
        structure = "plain"
        ctes = [cte]
    else:
        html_cte = "quoted-printable" if cte in ("7bit", "quoted-printable") else cte
        if cs == "iso-2022-jp":
            html_cte = "7bit"
        parts = [
            leaf("text/plain", text, plain_label, cte, quoted_label=True, fold=True),
            leaf("text/html", html, cs, html_cte, quoted_label=True, fold=True),
        ]
        entity = multipart("alternative", b, parts, preamble="This is a multipart message in MIME format.")
        structure = "alt"
        ctes = [cte, html_cte]
    tail = [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH" + r.h("ti", 20).upper() + "rK" + r.h("ti2", 8)),
        (
            "Content-Language",
            {
                "zh": "zh-cn",
                "zh365": "zh-cn",
                "tw": "zh-tw",
                "en": "en-gb",
                "de": "de",
                "fr": "fr",
                "ru": "ru",
                "ru1251": "ru",
                "ja": "ja",
                "ko": "ko",
                "pt": "pt-br",
            }[ui],
        ),
    ]
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), fmt(structure, cs, ctes)


# =============================================================================================== Outlook mobile


def outlook_mobile(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Outlook for iOS / Android through Exchange Online: 'Get Outlook for …', underscores, From/Sent/To/Subject."""
    label = "utf-8"
    d = local(inv, r)
    android = r.variant == "android"
    zh = r.ui == "zh"
    app = "Outlook for Android" if android else "Outlook for iOS"
    link = "https://aka.ms/AAb9ysg" if android else "https://aka.ms/o0ukef"
    get = "获取" if zh else "Get"
    if zh:
        labels = ("发件人", "发送时间", "收件人", "主题")
        sent = f"{d.year}年{d.month}月{d.day}日 星期{ZH_WD[d.weekday()]} {zh_ampm(d)}:{d:%S}"
        if r.extra.get("en_dates"):
            hh, ap = h12(d)
            sent = f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {hh}:{d:%M}:{d:%S} {ap}"
    else:
        labels = ("From", "Sent", "To", "Subject")
        hh, ap = h12(d)
        sent = f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {hh}:{d:%M}:{d:%S} {ap}"
    vals = [f"{inv.from_name} <{HR_ADDR}>", sent, f"{r.name} <{r.email}>", inv.subject]
    body = body_with_sig(r)
    text = f"{body}\n\n{get} {app}<{link}>"
    if r.quote != "none":
        text += (
            "\n________________________________\n"
            + "\n".join(f"{k}: {v}" for k, v in zip(labels, vals))
            + "\n\n"
            + inv.rendered(links="angle")
        )
    html = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + "".join(f'<div dir="auto">{esc_text(x) if x.strip() else "<br>"}</div>\n' for x in body.split("\n"))
        + '<div dir="auto"><br>\n</div>\n<div dir="auto" id="ms-outlook-mobile-signature">'
        f'{get} <a href="{link}">{app}</a></div>\n'
    )
    if r.quote != "none":
        hb = "<br>\n".join(f"<b>{k}:</b> {esc_text(v)}" for k, v in zip(labels, vals))
        html += (
            '<div id="mail-editor-reference-message-container"><br>\n<hr style="display:inline-block;width:98%" '
            'tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{hb}</font>\n<div>&nbsp;</div>\n</div>\n{inv.inner}\n</div>\n'
        )
    html += "</body>\n</html>\n"
    host = ["SEZPR06MB", "TYZPR03MB", "DB9PR08MB", "PAXPR02MB", "SJ0PR11MB", "AM6PR10MB"][int(r.num("h", 2)) % 6]
    host += r.num("hn", 4)
    region = {
        "SE": "apcprd06",
        "TY": "apcprd03",
        "DB": "eurprd08",
        "PA": "eurprd02",
        "SJ": "namprd11",
        "AM": "eurprd10",
    }[host[:2]]
    mid = f"<{host}{r.h('mid', 28).upper()}@{host}.{region}.prod.outlook.com>"
    b = f"_000_{mid[1:].split('@')[0]}_"
    parts = [
        leaf("text/plain", text, label, "base64", quoted_label=True),
        leaf("text/html", html, label, "base64", quoted_label=True),
    ]
    entity = multipart(
        "alternative", b, parts, ctype=f'multipart/alternative;\n\tboundary="{b}"', extra=[("MIME-Version", "1.0")]
    )
    pre = "回复: " if zh else "Re: "
    top = (
        [
            ("From", addr(r.name, r.email, label, quote=False)),
            ("To", f'"{r.to}" <{r.to}>'),
            ("Subject", ew(pre + inv.subject, label, "B")),
            ("Thread-Topic", ew(inv.subject, label, "B")),
            ("Thread-Index", "AQHb" + r.h("ti", 22)),
            ("Date", rfc2822(r.date.astimezone(tz(0)))),
            ("Message-ID", mid),
        ]
        + r.thread_headers(refs_first=True)
        + [
            ("Accept-Language", "zh-CN, en-US" if zh else "en-GB, en-US"),
            ("Content-Language", "zh-CN" if zh else "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("msip_labels", ""),
        ]
    )
    return finish(top, entity), fmt("alt", label, ["base64"])


# =============================================================================================== Apple Mail


def apple_attr(r: Reply, inv: Invitation, d: datetime) -> str:
    n = f"{inv.from_name} <{HR_ADDR}>"
    if r.ui == "zh":
        return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}，{n} 写道："
    if r.ui == "ja":
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d:%H:%M}、{n}のメール："
    if r.ui == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {d:%H:%M} schrieb {n}:"
    if r.ui == "us":
        hh, ap = h12(d)
        return f"On {EN_MON[d.month - 1][:3]} {d.day}, {d.year}, at {hh}:{d:%M}\u202f{ap}, {n} wrote:"
    return f"On {d.day} {EN_MON[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {n} wrote:"


def apple_mail(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Apple Mail on macOS: blockquote type=cite; the attribution sits inside the quote ('> On … wrote:')."""
    d = local(inv, r)
    attribution = apple_attr(r, inv, d)
    body = body_with_sig(r)
    quoted = inv.rendered(links="space-angle", bullet="•\t", number="{}.\t")
    selection = r.extra.get("selection")
    if selection:  # text selected in the message before pressing Reply: only that is quoted
        quoted = selection
    text = body
    if r.quote != "none":
        text += "\n\n" + prefix(attribution + "\n\n" + quoted, "> ", "> ")
    lines = body.split("\n")
    html_reply = esc_text(lines[0]) + "".join(f"<div>{esc_text(x) if x.strip() else '<br>'}</div>" for x in lines[1:])
    html = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + html_reply
    )
    if r.quote != "none":
        qhtml = f"<div>{esc_text(selection)}</div>" if selection else inv.inner
        html += (
            '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>'
            f'{esc_text(attribution)}</div><br class="Apple-interchange-newline"><div><div>{qhtml}</div></div>'
            "</blockquote></div><br>"
        )
    html += "</body></html>"
    label = (
        "us-ascii"
        if (text + html).isascii()
        else ("windows-1252" if can_encode(text + html, "windows-1252") else "utf-8")
    )
    html = html.replace("charset=utf-8", f"charset={label}", 1)

    def cte_for(s: str) -> str:
        non = sum(1 for c in s if ord(c) > 127)
        return "base64" if non * 3 > len(s) * 0.6 else "quoted-printable"

    c1, c2 = cte_for(text), cte_for(html)
    b = f"Apple-Mail={uuid_of(r.seed, 'b', upper=True).replace('-', '_', 0)}"
    b = f"Apple-Mail=_{uuid_of(r.seed, 'b', upper=True)}"
    parts = [
        leaf("text/plain", text, label, c1 if label != "us-ascii" else "7bit", fold=True, cte_first=True),
        leaf("text/html", html, label, c2 if label != "us-ascii" else "7bit", fold=True, cte_first=True),
    ]
    entity = multipart("alternative", b, parts)
    build = "3826.300.87.4.3"
    top_a = [("From", addr(r.name, r.email, "utf-8", quote=False))]
    ent_head, ent_body = entity.split(b"\n\n", 1)
    mid_dom = r.email.split("@")[1]
    rest = (
        [
            ("Mime-Version", f"1.0 (Mac OS X Mail 16.0 \\({build}\\))"),
            ("Subject", ew("Re: " + inv.subject, "utf-8", "B")),
            ("Date", rfc2822(r.date)),
        ]
        + ([("In-Reply-To", INVITE_ID)] if r.thread else [])
        + [
            ("To", addr(inv.from_name, r.to, "utf-8", quote=False)),
        ]
        + ([("References", INVITE_ID)] if r.thread else [])
        + [
            ("Message-Id", f"<{uuid_of(r.seed, 'mid', upper=True)}@{mid_dom}>"),
            ("X-Mailer", f"Apple Mail (2.{build})"),
        ]
    )
    full = ent_head + b"\n" + headers_bytes(top_a + rest) + b"\n" + ent_body
    return crlf(full), fmt("alt", label, [c1, c2] if label != "us-ascii" else ["7bit"])


# =============================================================================================== Thunderbird


def tb_attr(r: Reply, inv: Invitation, d: datetime) -> str:
    n = inv.from_name
    ui = r.ui or "en"
    if ui == "zh":
        return f"在 {d.year}/{d.month}/{d.day} {d.hour}:{d:%M}, {n} 写道:"
    if ui == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year % 100:02d} um {d:%H:%M} schrieb {n}:"
    if ui == "fr":
        return f"Le {d.day:02d}/{d.month:02d}/{d.year} à {d:%H:%M}, {n} a écrit\u00a0:"
    if ui == "us":
        hh, ap = h12(d)
        return f"On {d.month}/{d.day}/{d.year} {hh}:{d:%M} {ap}, {n} wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}, {n} wrote:"


def thunderbird(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Thunderbird: plain (format=flowed, 8bit, '> ' quotes) or HTML (moz-cite-prefix + blockquote type=cite)."""
    d = local(inv, r)
    attribution = tb_attr(r, inv, d)
    body = r.text.rstrip("\n") + (f"\n\n-- \n{r.sig}" if r.sig else "")
    html_mode = r.variant == "html"
    if r.quote == "inline":
        text = attribution + "\n" + inline_quote(inv.text, r.inline) + "\n" + (("\n" + body) if r.text else "")
    elif r.quote == "above":
        text = attribution + "\n" + prefix(inv.text) + "\n\n" + body
    elif r.quote == "none":
        text = body
    else:
        src = inv.rendered(links="space-angle") if html_mode else inv.text
        text = body + "\n\n" + attribution + "\n" + prefix(src)
    text = wrap_flowed(text) + "\n"
    label = "UTF-8" if not text.isascii() else "UTF-8"
    top = (
        [
            ("Message-ID", f"<{uuid_of(r.seed, 'mid')}@{r.email.split('@')[1]}>"),
            ("Date", "\t".join([]) or rfc2822(r.date)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", ew("Re: " + inv.subject, label, "B")),
            ("Content-Language", {"zh": "zh-CN", "de": "de-DE", "fr": "fr", "us": "en-US"}.get(r.ui, "en-GB")),
            ("To", addr(inv.from_name, r.to, "utf-8", quote=False)),
        ]
        + ([("References", INVITE_ID)] if r.thread else [])
        + [
            ("From", addr(r.name, r.email, label, quote=False)),
        ]
        + ([("In-Reply-To", INVITE_ID)] if r.thread else [])
    )
    if not html_mode:
        entity = leaf("text/plain", text, label, "8bit", params="; format=flowed")
        return finish(top, entity), fmt("plain", label, ["8bit"])
    paras = "".join(f"    <p>{brs(p)}</p>\n" for p in r.text.strip().split("\n\n"))
    if r.sig:
        paras += f'    <div class="moz-signature">-- <br>\n      {brs(r.sig)}</div>\n'
    html = (
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        "  </head>\n  <body>\n" + paras + f'    <div class="moz-cite-prefix">{esc_text(attribution)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{INVITE_ID[1:-1]}">\n{inv.inner}\n    </blockquote>\n'
        "  </body>\n</html>\n"
    )
    b = "------------" + "".join(c for c in r.h("b", 60) if c.isalnum())[:24].upper()
    b = "------------" + r.h("b", 24).upper().replace("E", "e")
    parts = [
        leaf("text/plain", text, label, "8bit", params="; format=flowed"),
        leaf("text/html", html, label, "8bit"),
    ]
    entity = multipart(
        "alternative",
        b,
        parts,
        preamble="This is a multi-part message in MIME format.",
        ctype=f'multipart/alternative;\n boundary="{b}"',
    )
    return finish(top, entity), fmt("alt", label, ["8bit"])


# =============================================================================================== Samsung Email


def samsung(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Samsung Email (Android): signature, then '-------- Original message --------' block."""
    label = "UTF-8"
    d = local(inv, r)
    zh = r.ui == "zh"
    if zh:
        sig_app = "发自我的Galaxy"
        orig = "-------- 原始信息 --------"
        labels = ("发件人：", "日期：", "收件人：", "主题：")
        when = f"{d.year}/{d.month}/{d.day} 周{ZH_WD[d.weekday()]} {d:%H:%M} (GMT{gmt(d)})"
    else:
        sig_app = "Sent from my Galaxy"
        orig = "-------- Original message --------"
        labels = ("From:", "Date:", "To:", "Subject:")
        when = f"{d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M} (GMT{gmt(d)})"
    vals = [f"{inv.from_name} <{HR_ADDR}>", when, r.email, inv.subject]
    body = body_with_sig(r)
    text = f"{body}\n\n\n\n{sig_app}\n\n"
    if r.quote != "none":
        text += f"\n{orig}\n" + "\n".join(f"{k} {v} " for k, v in zip(labels, vals)) + "\n\n" + inv.rendered()
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f'<div dir="auto">{esc_text(x) if x.strip() else "<br>"}</div>' for x in body.split("\n"))
        + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{sig_app}</div></div><div dir="auto"><br></div>'
    )
    if r.quote != "none":
        html += (
            '<div align="left" dir="auto" style="font-size:100%;color:#000000"><!-- originalMessage -->'
            f"<div>{orig}</div>"
            + "".join(f"<div>{k} {esc_text(v)} </div>" for k, v in zip(labels, vals))
            + f"<div><br></div></div>{inv.inner}"
        )
    html += "</body></html>"
    b = f"--_com.samsung.android.email_{r.num('b', 19)}"
    parts = [leaf("text/plain", text, label, "base64"), leaf("text/html", html, label, "base64")]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; boundary="{b}"')
    top = (
        [
            ("Message-ID", f"<{r.h('m', 12)}.{r.num('m2', 5)}@email.android.com>"),
            ("Date", rfc2822(r.date)),
            ("Subject", ew(("回复: " if zh else "Re: ") + inv.subject, label, "B")),
            ("From", addr(r.name, r.email, label, quote=False)),
            ("To", addr(inv.from_name, r.to, label)),
        ]
        + r.thread_headers()
        + [("MIME-Version", "1.0")]
    )
    return finish(top, entity), fmt("alt", label, ["base64"])


# =============================================================================================== Zimbra


def zimbra(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Zimbra web client: '----- Original Message -----' (localised) header block; plain or HTML (hr#zwchr)."""
    d = local(inv, r)
    ui = r.ui or "en"
    hh, ap = h12(d)
    if ui == "zh":
        orig = "----- 原始邮件 -----"
        rows = [
            ("发件人", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("收件人", f'"{r.name}" <{r.email}>'),
            (
                "发送时间",
                f"星期{ZH_WD[d.weekday()]}, {d.year}年 {d.month} 月 {d.day}日 {'上午' if d.hour < 12 else '下午'} {hh}:{d:%M}:{d:%S}",
            ),
            ("主题", inv.subject),
        ]
    elif ui == "fr":
        orig = "----- Mail original -----"
        rows = [
            ("De", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("À", f'"{r.name}" <{r.email}>'),
            (
                "Envoyé",
                f"{FR_WD[d.weekday()].capitalize()} {d.day} {FR_MON[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}",
            ),
            ("Objet", inv.subject),
        ]
    elif ui == "de":
        orig = "----- Ursprüngliche Mail -----"
        rows = [
            ("Von", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("An", f'"{r.name}" <{r.email}>'),
            ("Gesendet", f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} {d:%H:%M:%S}"),
            ("Betreff", inv.subject),
        ]
    else:
        orig = "----- Original Message -----"
        rows = [
            ("From", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("To", f'"{r.name}" <{r.email}>'),
            ("Sent", f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {hh}:{d:%M}:{d:%S} {ap}"),
            ("Subject", inv.subject),
        ]
    body = body_with_sig(r)
    label = "utf-8"
    if r.variant == "html":
        text = body
        if r.quote != "none":
            text += (
                "\n\n" + orig + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inv.rendered(links="paren")
            )
        html = (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + divs(body)
        )
        if r.quote != "none":
            html += (
                '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                + "".join(f"<b>{k}: </b>{esc_text(v)}<br>" for k, v in rows)
                + f'</div><br><div data-marker="__QUOTED_TEXT__">{inv.inner}</div>'
            )
        html += "</div></body></html>"
        b = f"=_{uuid_of(r.seed, 'b')}"
        parts = [
            leaf("text/plain", text, label, "quoted-printable"),
            leaf("text/html", html, label, "quoted-printable"),
        ]
        entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; \n\tboundary="{b}"')
        f = fmt("alt", label, ["quoted-printable"])
    else:
        text = body
        if r.quote != "none":
            text += "\n\n" + orig + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inv.text
        cte = "7bit" if text.isascii() else "quoted-printable"
        entity = leaf("text/plain", text, label, cte)
        f = fmt("plain", label, [cte])
    dom = r.email.split("@")[1]
    ua = "FF132 (Win)" if r.num("ua", 1) in "01234" else "GC131 (Mac)"
    top = (
        [
            ("Date", rfc2822(r.date, f"({'CST' if ui == 'zh' else 'CET' if ui in ('fr', 'de') else 'GMT'})")),
            ("From", addr(r.name, r.email, label, quote=False)),
            ("To", addr(inv.from_name, r.to, label, quote=False)),
            ("Message-ID", f"<{r.num('m1', 9)}.{r.num('m2', 6)}.{r.num('m3', 13)}.JavaMail.zimbra@{dom}>"),
        ]
        + r.thread_headers()
        + [
            ("Subject", ew("Re: " + inv.subject, label, "B")),
            ("MIME-Version", "1.0"),
        ]
    )
    tail = [
        ("X-Originating-IP", f"[10.{int(r.num('ip', 2)) % 250}.3.17]"),
        ("X-Mailer", f"Zimbra 10.0.9_GA_4654 (ZimbraWebClient - {ua}/10.0.9_GA_4654)"),
        ("Thread-Topic", ew(inv.subject, label, "B")),
        ("Thread-Index", r.h("ti", 28)),
    ]
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), f


# =============================================================================================== Roundcube


def roundcube(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Roundcube: plain text format=flowed (reply above or below the quote), or HTML with p#reply-intro."""
    d = local(inv, r)
    when = f"{d:%Y-%m-%d %H:%M}"
    n = inv.from_name
    ui = r.ui or "en"
    attribution = {
        "zh": f"在 {when}，{n} 写道：",
        "de": f"Am {when}, schrieb {n}:",
        "fr": f"Le {when}, {n} a écrit :",
        "ru": f"{n} писал {when}:",
    }.get(ui, f"On {when}, {n} wrote:")
    body = r.text.rstrip("\n") + (f"\n\n-- \n{r.sig}" if r.sig else "")
    if r.quote == "above":
        text = attribution + "\n" + prefix(inv.text) + "\n\n" + body
    elif r.quote == "inline":
        text = attribution + "\n" + inline_quote(inv.text, r.inline) + ("\n\n" + body if r.text else "")
    elif r.quote == "none":
        text = body
    else:
        text = body + "\n\n" + attribution + "\n" + prefix(inv.text)
    text = wrap_flowed(text, 76) + "\n"
    label = "UTF-8" if not text.isascii() else "US-ASCII"
    dom = r.email.split("@")[1]
    top = (
        [
            ("MIME-Version", "1.0"),
            ("Date", rfc2822(r.date)),
            ("From", addr(r.name, r.email, "UTF-8", "Q", quote=False)),
            ("To", addr(inv.from_name, r.to, "UTF-8", "Q", quote=False)),
            ("Subject", ew("Re: " + inv.subject, "UTF-8", "Q")),
        ]
        + r.thread_headers()
        + [
            ("Message-ID", f"<{r.h('mid', 32)}@{dom}>"),
            ("X-Sender", r.email),
            ("User-Agent", "Roundcube Webmail/1.6.9"),
        ]
    )
    if r.variant == "html":
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + "".join(f"<p>{brs(p)}</p>\n" for p in r.text.strip().split("\n\n"))
        )
        if r.sig:
            html += f'<div id="signature">-- <br />{brs(r.sig)}</div>\n'
        html += (
            f'<p id="reply-intro">{esc_text(attribution)}</p>\n<blockquote type="cite" style="padding: 0 0.4em; '
            f'border-left: #1010ff 2px solid; margin: 0">\n{inv.inner}\n</blockquote>\n</body></html>\n'
        )
        b = "=_" + r.h("b", 32)
        plain = wrap_flowed(body + "\n\n" + attribution + "\n" + prefix(inv.rendered(links="paren")), 76) + "\n"
        parts = [
            leaf("text/plain", plain, "UTF-8", "quoted-printable", params="; format=flowed"),
            leaf("text/html", html, "UTF-8", "quoted-printable"),
        ]
        entity = multipart("alternative", b, parts, ctype=f'multipart/alternative;\n boundary="{b}"')
        return finish(top, entity), fmt("alt", "UTF-8", ["quoted-printable"])
    cte = "7bit" if text.isascii() else ("8bit" if r.extra.get("cte") != "qp" else "quoted-printable")
    entity = leaf("text/plain", text, label, cte, params="; format=flowed")
    return finish(top, entity), fmt("plain", label, [cte])


# =============================================================================================== SquirrelMail


def squirrelmail(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """SquirrelMail 1.4: plain text, 8bit, 'X said:' citation; zh_CN locale labels gb2312 (GBK bytes inside)."""
    d = local(inv, r)
    zh = r.ui == "zh"
    label = "gb2312" if zh else "iso-8859-1"
    n = inv.from_name
    if r.variant == "date":
        hh = d.hour % 12 or 12
        ap = "am" if d.hour < 12 else "pm"
        datestr = f"{EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {hh}:{d:%M} {ap}"
        cite = f'在 {datestr}, "{n}" 说：' if zh else f'On {datestr}, "{n}" said:'
    else:
        cite = f'"{n}" 说：' if zh else f'"{n}" said:'
    quoted = prefix(wrap_hard(inv.text, 74))
    body = r.text.rstrip("\n") + (f"\n\n{r.sig}" if r.sig else "")
    if r.quote == "above":
        text = cite + "\n" + quoted + "\n\n" + body
    else:
        text = body + "\n\n" + cite + "\n" + quoted
    text = wrap_hard(text, 76) + "\n"
    if not can_encode(text, label):
        label = "utf-8"
    dom = r.email.split("@")[1]
    top = (
        [
            ("Message-ID", f"<{r.h('mid', 32)}.squirrel@{dom if dom.startswith('webmail.') else 'webmail.' + dom}>"),
        ]
        + r.thread_headers()
        + [
            ("Date", rfc2822(r.date)),
            ("Subject", ew("Re: " + inv.subject, label, "B")),
            ("From", addr(r.name, r.email, label)),
            ("To", addr(n, r.to, label)),
            ("User-Agent", "SquirrelMail/1.4.22"),
            ("MIME-Version", "1.0"),
        ]
    )
    entity = f"Content-Type: text/plain;charset={label}\nContent-Transfer-Encoding: 8bit\nX-Priority: 3 (Normal)\nImportance: Normal\n\n".encode()
    entity += text.encode("gbk" if label == "gb2312" else ("latin-1" if label == "iso-8859-1" else "utf-8"))
    return finish(top, entity), fmt("plain", label, ["8bit"])


# =============================================================================================== Zoho


def zoho(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Zoho Mail: '---- On <date> <name> wrote ---' line, blockquote in div.zmail_extra."""
    d = local(inv, r)
    n = f"{inv.from_name} <{HR_ADDR}>"
    if r.ui == "zh":
        line = f"---- 在 星期{ZH_WD[d.weekday()]}, {d:%Y-%m-%d %H:%M:%S} {n} 撰写 ----"
        pre = "回复: "
    else:
        line = f"---- On {EN_WD[d.weekday()][:3]}, {d.day:02d} {EN_MON[d.month - 1][:3]} {d.year} {d:%H:%M:%S} {rfc2822(d)[-5:]} {n} wrote ---"
        pre = "Re: "
    body = body_with_sig(r)
    text = body
    if r.quote != "none":
        text += "\n\n\n\n" + line + "\n\n\n\n" + inv.rendered(links="paren")
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' + divs(body)
    )
    if r.quote != "none":
        html += (
            '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: '
            '10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" '
            f'data-zmail-ext-exp="true"><div><br></div><div id="Zm-_Id_-Sgn1">{esc_text(line)}<br></div><br>'
            f'<blockquote style="margin: 0px;">{inv.inner}</blockquote></div>'
        )
    html += "<div><br></div></div><br></body></html>"
    b = f"----=_Part_{r.num('p', 6)}_{r.num('p2', 9)}.{r.num('ms', 13)}"
    parts = [
        leaf("text/plain", text, "UTF-8", "quoted-printable"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
    ]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; \n\tboundary="{b}"')
    dom = r.email.split("@")[1]
    top = (
        [
            ("Date", rfc2822(r.date)),
            ("From", addr(r.name, r.email, "UTF-8", quote=False)),
            ("To", addr(inv.from_name, r.to, "UTF-8")),
            ("Message-Id", f"<{r.h('m1', 11)}.{r.h('m2', 16)}.{r.num('m3', 19)}@{dom}>"),
        ]
        + r.thread_headers()
        + [
            ("Subject", ew(pre + inv.subject, "UTF-8", "B")),
            ("MIME-Version", "1.0"),
        ]
    )
    tail = [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), fmt("alt", "UTF-8", ["quoted-printable"])


# =============================================================================================== Spark


def spark(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Spark (Readdle): 'On <date> +0800, Name <addr>, wrote:' then '>' quotes; X-Readdle-Message-ID."""
    d = local(inv, r)
    off = rfc2822(d)[-5:]
    n = f"{inv.from_name} <{HR_ADDR}>"
    if r.ui == "zh":
        attribution = f"在 {d.year}年{d.month}月{d.day}日 {off} {d:%H:%M}，{n}，写道："
    else:
        attribution = f"On {d.day} {EN_MON[d.month - 1][:3]} {d.year} at {d:%H:%M} {off}, {n}, wrote:"
    body = body_with_sig(r)
    if r.variant == "sig":
        body += "\n\nSent with Spark" if r.ui != "zh" else "\n\n通过 Spark 发送"
    text = body
    if r.quote != "none":
        text += "\n\n" + attribution + "\n" + prefix(inv.rendered(links="space-angle"))
    html = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>'
        '<div name="messageBodySection">'
        + "".join(f'<div dir="auto">{esc_text(x) if x.strip() else "<br />"}</div>' for x in body.split("\n"))
        + "</div>"
    )
    if r.quote != "none":
        html += (
            f'<div name="messageReplySection">{esc_text(attribution)}<br />'
            '<blockquote type="cite" style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">'
            f"{inv.inner}</blockquote></div>"
        )
    html += "</body></html>"
    b = f"{r.h('b1', 8)}_{r.h('b2', 8)}_{r.h('b3', 4)}"
    parts = [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; boundary="{b}"')
    mid = uuid_of(r.seed, "mid")
    top = (
        [
            ("Date", rfc2822(r.date)),
            ("From", addr(r.name, r.email, "utf-8", quote=False)),
            ("To", addr(inv.from_name, r.to, "utf-8", quote=False)),
            ("Message-ID", f"<{mid}@Spark>"),
        ]
        + r.thread_headers()
        + [
            ("X-Readdle-Message-ID", f"{mid}@Spark"),
            ("Subject", ew("Re: " + inv.subject, "utf-8", "B")),
            ("MIME-Version", "1.0"),
        ]
    )
    return finish(top, entity), fmt("alt", "utf-8", ["quoted-printable"])


# =============================================================================================== Yahoo


def yahoo(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Yahoo Mail (web / Android / iPhone): indented 'On … wrote:' attribution, no '>' in the text part."""
    d = local(inv, r)
    n = f"{inv.from_name} <{HR_ADDR}>"
    hh, ap = h12(d)
    zone = (
        "GMT"
        if not d.utcoffset()
        else f"GMT{'+' if d.utcoffset() > timedelta(0) else '-'}{abs(int(d.utcoffset().total_seconds()) // 3600)}"
    )
    v = r.variant or "web"
    if r.ui == "tw":
        attribution = f"{inv.from_name} <{HR_ADDR}> 於 {d.year}年{d.month}月{d.day}日 週{ZH_WD[d.weekday()]} {'上午' if d.hour < 12 else '下午'}{hh}:{d:%M}:{d:%S} [{zone.replace('GMT', 'GMT')}] 寫道："
    elif r.ui == "es":
        attribution = (
            f"En {ES_WD[d.weekday()]}, {d.day} de {ES_MON[d.month - 1]} de {d.year}, {d:%H:%M:%S} CET, {n} escribió:"
        )
    elif v == "android":
        attribution = f"On {EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {hh}:{d:%M}, {inv.from_name}<{HR_ADDR}> wrote:"
    elif v == "ios":
        attribution = f"On {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year}, {hh}:{d:%M} {ap}, {n} wrote:"
    else:
        attribution = f"On {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at {hh}:{d:%M}:{d:%S} {ap} {zone}, {n} wrote:"
    body = body_with_sig(r)
    app = {"android": "Sent from Yahoo Mail on Android", "ios": "Sent from Yahoo Mail for iPhone"}.get(v)
    if r.ui == "es" and app:
        app = "Enviado desde Yahoo Mail para iPhone"
    text = body + (f"\n\n{app}" if app else "")
    quoted_lines = inv.rendered(links="none").split("\n")
    if r.quote != "none":
        if v == "android":
            text += f"\n \n  {attribution}   " + "".join(f"\n  {x}" for x in quoted_lines)
        else:
            text += f"\n\n    {attribution}  \n \n " + "\n ".join(quoted_lines)
    pid = r.h("ydp", 8)
    html = (
        f'<html><head></head><body><div class="ydp{pid}yahoo-style-wrap" style="font-family:Helvetica Neue, '
        'Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n        '
        + "".join(
            f'<div dir="ltr" data-setdir="false">{esc_text(x) if x.strip() else "<br>"}</div>' for x in body.split("\n")
        )
    )
    if app:
        html += f'<div><br></div><div class="ydp{pid}signature">{esc_text(app)}</div>'
    html += "</div>"
    if r.quote != "none":
        qn = r.num("q", 7)
        html += (
            f'<div id="ydp{pid}yahoo_quoted_{qn}" class="ydp{pid}yahoo_quoted">\n            '
            "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
            f"\n                \n                <div>\n                        {esc_text(attribution)}\n"
            "                    </div>\n                    <div><br></div>\n                    <div><br></div>\n"
            f'                \n                \n                <div><div id="ydp{pid}yiv{r.num("yiv", 10)}">'
            f"{inv.inner}</div></div>\n            </div>\n        </div>"
        )
    html += "</body></html>"

    def cte_for(s: str) -> str:
        return "base64" if sum(1 for c in s if ord(c) > 127) * 4 > len(s) else "quoted-printable"

    c1, c2 = cte_for(text), cte_for(html)
    b = f"----=_Part_{r.num('p1', 7)}_{r.num('p2', 9)}.{r.num('ms', 13)}"
    parts = [leaf("text/plain", text, "UTF-8", c1), leaf("text/html", html, "UTF-8", c2)]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; \n\tboundary="{b}"')
    mailer = {
        "web": "WebService/1.1.23040 YMailNorrin",
        "android": "WebService/1.1.23040 YMailAndroid",
        "ios": "WebService/1.1.23040 YahooMailIosMobile",
    }[v]
    top = (
        [
            ("Date", rfc2822(r.date.astimezone(tz(0)), "(UTC)")),
            ("From", addr(r.name, r.email, "UTF-8", quote=False)),
            ("Reply-To", addr(r.name, r.email, "UTF-8", quote=False)),
            ("To", addr(inv.from_name, r.to, "UTF-8", quote=False)),
            ("Message-ID", f"<{r.num('m1', 10)}.{r.num('m2', 7)}.{r.num('m3', 13)}@mail.yahoo.com>"),
        ]
        + r.thread_headers()
        + [
            ("Subject", ew("Re: " + inv.subject, "UTF-8", "B")),
            ("MIME-Version", "1.0"),
        ]
    )
    tail = [("X-Mailer", mailer)]
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), fmt("alt", "UTF-8", [c1, c2])


# =============================================================================================== Proton


def proton(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Proton Mail: 'Sent with Proton Mail secure email.' then 'On <Weekday>, <Month> <n>th, … wrote:' + '>' quotes."""
    d = local(inv, r)
    day = d.day
    suf = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    attribution = f"On {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {day}{suf}, {d.year} at {d:%H:%M}, {inv.from_name} <{HR_ADDR}> wrote:"
    body = body_with_sig(r)
    text = body + "\n\nSent with Proton Mail secure email."
    if r.quote != "none":
        text += "\n\n" + attribution + "\n\n" + prefix(inv.rendered(links="paren"), "> ", ">")
    st = 'style="font-family: Arial, sans-serif; font-size: 14px;"'
    html = "".join(f"<div {st}>{esc_text(x) if x.strip() else '<br>'}</div>" for x in body.split("\n"))
    html += (
        f'<div {st}><br></div>\n<div class="protonmail_signature_block" {st}>\n    <div class="protonmail_signature_block-user '
        'protonmail_signature_block-empty">\n        \n            </div>\n    \n            <div class="protonmail_signature_block-proton">\n'
        '        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n'
        "    </div>\n</div>\n"
    )
    if r.quote != "none":
        html += (
            f'<div {st}><br></div><div class="protonmail_quote">\n        {esc_text(attribution)}<br><br>\n'
            f'        <blockquote class="protonmail_quote" type="cite">\n            {inv.inner}\n        </blockquote><br>\n    </div>'
        )
    b = f"b1=_{r.h('b', 43)}"
    parts = [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "base64")]
    alt = multipart("alternative", b + "a", parts, ctype=f'multipart/alternative;\n boundary="{b}a"')
    entity = multipart(
        "mixed",
        b,
        [alt],
        ctype=f'multipart/mixed;\n boundary="{b}"',
        preamble="This is a multi-part message in MIME format.",
    )
    mid = "".join(c for c in (r.h("m1", 64) + r.h("m2", 64)) if c)[:86]
    import base64 as _b64

    mid = (
        _b64.b64encode(bytes.fromhex(r.h("m1", 64) + r.h("m2", 64))).decode().replace("/", "_").replace("+", "-")[:86]
        + "=="
    )
    top = (
        [
            ("Date", rfc2822(r.date.astimezone(tz(0)))),
            ("To", addr(inv.from_name, r.to, "utf-8", quote=False)),
            ("From", addr(r.name, r.email, "utf-8", quote=False)),
            ("Subject", ew("Re: " + inv.subject, "utf-8", "Q")),
            ("Message-ID", f"<{mid}@proton.me>"),
        ]
        + r.thread_headers()
        + [
            ("Feedback-ID", f"{r.num('fb', 8)}:user:proton"),
            ("X-Pm-Message-ID", r.h("pm", 40)),
            ("MIME-Version", "1.0"),
        ]
    )
    return finish(top, entity), fmt("mixed-alt", "utf-8", ["quoted-printable", "base64"])


# =============================================================================================== Fastmail


def fastmail(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Fastmail: 'On Fri, 27 Nov 2026, at 10:05, Name wrote:' and blockquote#qt."""
    d = local(inv, r)
    attribution = (
        f"On {EN_WD[d.weekday()][:3]}, {d.day} {EN_MON[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {inv.from_name} wrote:"
    )
    body = body_with_sig(r)
    if r.quote == "above":
        text = attribution + "\n" + prefix(inv.rendered(links="paren")) + "\n\n" + body
    elif r.quote == "none":
        text = body
    else:
        text = body + "\n\n" + attribution + "\n" + prefix(inv.rendered(links="paren"))
    reply_html = divs(body)
    quote_html = f'<div>{esc_text(attribution)}</div><blockquote type="cite" id="qt" style="">{inv.inner}</blockquote>'
    if r.quote == "above":
        inner = quote_html + "<div><br></div>" + reply_html
    elif r.quote == "none":
        inner = reply_html
    else:
        inner = reply_html + "<div><br></div>" + quote_html + "<div><br></div>"
    html = (
        '<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}'
        f"</style></head><body>{inner}</body></html>"
    )
    b = r.h("b", 32)
    parts = [
        leaf("text/plain", text, "utf-8", "quoted-printable", extra=[]),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ]
    entity = multipart("alternative", b, parts, ctype=f"multipart/alternative;\n boundary={b}")
    top = (
        [
            ("MIME-Version", "1.0"),
            ("Message-Id", f"<{uuid_of(r.seed, 'mid')}@app.fastmail.com>"),
        ]
        + r.thread_headers()
        + [
            ("Date", rfc2822(r.date)),
            ("From", addr(r.name, r.email, "utf-8")),
            ("To", addr(inv.from_name, r.to, "utf-8")),
            ("Subject", ew("Re: " + inv.subject, "utf-8", "Q")),
            ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1154-g7d5e4d6c8-fm-20241120.001-g7d5e4d6c"),
        ]
    )
    return finish(top, entity), fmt("alt", "utf-8", ["quoted-printable"])


# =============================================================================================== Mail.ru / Yandex


def mailru(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Mail.ru: signature widget, blockquote with '>Пятница, 27 ноября 2026, 13:05 +03:00 от …:' ."""
    d = local(inv, r)
    n = f"{inv.from_name} <{HR_ADDR}>"
    if r.ui == "en":
        attribution = f"{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year}, {d:%H:%M} {gmt(d)} from {n}:"
    else:
        attribution = (
            f"{RU_WD[d.weekday()].capitalize()}, {d.day} {RU_MON[d.month - 1]} {d.year}, {d:%H:%M} {gmt(d)} от {n}:"
        )
    text = r.text.rstrip("\n") + "\n \n \n"
    if r.sig:
        text += "--\n" + r.sig + "\n \n"
    if r.quote != "none":
        text += "  \n" + prefix(attribution + "\n \n" + inv.rendered(links="none"), ">", "> ") + "\n> "
    html = "<HTML><BODY>" + divs(r.text, blank="&nbsp;") + "<div>&nbsp;</div>"
    if r.sig:
        html += f'<div data-signature-widget="container"><div data-signature-widget="content"><div>--<br>{brs(r.sig)}</div></div></div>'
    if r.quote != "none":
        html += (
            '<div>&nbsp;</div><div class="mail-quote-collapse"><blockquote style="border-left:1px solid #0857A6; '
            f'margin:10px; padding:0 0 0 10px;">{esc_text(attribution)}<br>&nbsp;<div id=""><div class="js-helper '
            f'js-readmsg-msg"><div><div id="style_{r.num("st", 19)}_BODY">{inv.inner}</div></div></div></div>'
            "</blockquote></div>"
        )
    html += "</BODY></HTML>"
    b = f"--ALT--{r.h('b', 32)}{r.num('ts', 10)}"
    parts = [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")]
    entity = multipart("alternative", b, parts, preamble=f"--{b}", ctype=f'multipart/alternative;\n\tboundary="{b}"')
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative;\n\tboundary="{b}"')
    top = (
        [
            ("From", ew(r.name, "UTF-8", "B") + f" <{r.email}>"),
            ("To", addr(inv.from_name, r.to, "UTF-8", quote=False)),
            ("Subject", ew("Re: " + inv.subject, "UTF-8", "B", always=True)),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Mail.Ru Mailer 1.0"),
            ("Date", rfc2822(r.date)),
            ("Reply-To", ew(r.name, "UTF-8", "B") + f" <{r.email}>"),
            ("X-Priority", "3 (Normal)"),
            ("Message-ID", f"<{r.num('m1', 10)}.{r.num('m2', 9)}@f{int(r.num('f', 3)) % 700}.i.mail.ru>"),
        ]
        + r.thread_headers()
        + [
            ("X-7564579A", "646B95376F6C166E"),
            ("X-77F55803", "4F1203BC0FB41BD9" + r.h("x", 16).upper()),
            ("X-Mras", "Ok"),
        ]
    )
    return finish(top, entity), fmt("alt", "utf-8", ["base64"])


def yandex(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Yandex Mail: '27.11.2026, 13:05, "Name" <addr>:' then blockquote."""
    d = local(inv, r)
    attribution = f'{d:%d.%m.%Y}, {d:%H:%M}, "{inv.from_name}" <{HR_ADDR}>:'
    text = r.text.rstrip("\n") + "\n\n"
    if r.sig:
        text += "-- \n" + r.sig + "\n\n"
    if r.quote != "none":
        text += "\n" + attribution + "\n" + prefix(inv.rendered(links="paren"), "> ", ">") + "\n"
    html = divs(r.text, blank=" ") + "<div> </div>"
    if r.sig:
        html += f"<div>-- <br />{brs(r.sig)}</div><div> </div>"
    if r.quote != "none":
        html += f"<div> </div><div>{esc_text(attribution)}</div><blockquote>{inv.inner}</blockquote>"
    host = f"myt{int(r.num('h', 1)) % 6 + 1}-{r.h('host', 12)}.qloud-c.yandex.net"
    b = f"----==--bound.{r.num('b', 6)}.{host}"
    parts = [
        leaf("text/plain", text, "utf-8", "base64", cte_first=True),
        leaf("text/html", html, "utf-8", "base64", cte_first=True),
    ]
    entity = multipart("alternative", b, parts, ctype=f'multipart/alternative; boundary="{b}"')
    top = (
        [
            ("From", addr(r.name, r.email, "utf-8", quote=False)),
            ("To", addr(inv.from_name, r.to, "utf-8", quote=False)),
        ]
        + r.thread_headers()
        + [
            ("Subject", ew("Re: " + inv.subject, "utf-8", "B")),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
            ("Date", rfc2822(r.date)),
            ("Message-Id", f"<{r.num('m', 6)}{r.num('m2', 10)}@mail.yandex.ru>"),
            ("Content-Transfer-Encoding", "7bit"),
        ]
    )
    return finish(top, entity), fmt("alt", "utf-8", ["base64"])


# =============================================================================================== Naver / Daum


def naver(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Naver Mail: HTML only, '-----Original Message-----' with From/To/Cc/Sent/Subject, read-receipt pixel."""
    d = local(inv, r)
    sent = f"{d:%Y-%m-%d} ({KO_WD[d.weekday()]}) {d:%H:%M:%S} (GMT{gmt(d)})"
    html = "<div style=\"font-family:'나눔고딕',NanumGothic,sans-serif;font-size:10pt;line-height:1.5;\">" + divs(
        body_with_sig(r), "p", blank="<br>"
    )
    if r.quote != "none":
        html += (
            '<p><br></p><p><br></p><blockquote style="padding: 0 0 0 10px; border-left:1px solid #ccc; margin: 0 0 0 7px;">'
            "-----Original Message-----<br>\n"
            f'<b>From:</b> "{esc_text(inv.from_name)}"&lt;{HR_ADDR}&gt;<br>\n'
            f'<b>To:</b> "{esc_text(r.name)}"&lt;{r.email}&gt;;<br>\n<b>Cc:</b> <br>\n'
            f"<b>Sent:</b> {sent}<br>\n<b>Subject:</b> {esc_text(inv.subject)}<br>\n<br>\n{inv.inner}</blockquote>"
        )
    html += (
        f"</div><img src='https://mail.naver.com/readReceipt/notify/?img={r.h('rr', 48)}.gif' "
        'border="0" width="0" height="0" style="border:0;width:0;height:0;display:none"/>'
    )
    entity = leaf("text/html", html, "utf-8", "base64", quoted_label=True)
    top = (
        [
            ("Message-ID", f"<{r.h('mid', 32)}@cweb{int(r.num('c', 2)) % 30:03d}.nm.nfra.io>"),
            ("From", addr(r.name, r.email, "utf-8")),
            ("To", addr(inv.from_name, r.to, "utf-8")),
        ]
        + r.thread_headers()
        + [
            ("Subject", ew("RE: " + inv.subject, "utf-8", "B")),
            ("Date", rfc2822(r.date)),
            ("MIME-Version", "1.0"),
            ("X-Naver-CIP", f"211.{int(r.num('i', 2)) % 200}.44.{int(r.num('j', 2)) % 250}"),
            ("X-Mailer", "Naver Mail"),
        ]
    )
    return finish(top, entity), fmt("html", "utf-8", ["base64"])


def daum(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Daum (Kakao) Mail: HTML only, '--------- 원본 메일 ---------' with 보낸사람/날짜/받는사람/제목."""
    d = local(inv, r)
    html = "<div style=\"font-family:'맑은 고딕';font-size:10pt\">" + divs(body_with_sig(r), blank="<br />")
    if r.quote != "none":
        html += (
            "<div><br /></div><div><br /></div><div>--------- 원본 메일 ---------</div>"
            f'<div>보낸사람: "{esc_text(inv.from_name)}" &lt;{HR_ADDR}&gt;</div>'
            f"<div>날짜: {d.year % 100:02d}.{d.month:02d}.{d.day:02d} {d:%H:%M} GMT {gmt(d).replace(':', '')}</div>"
            f'<div>받는사람: "{esc_text(r.name)}" &lt;{r.email}&gt;</div>'
            f"<div>제목: {esc_text(inv.subject)}</div><div><br /></div>{inv.inner}"
        )
    html += "</div>"
    label = "utf-8"
    if r.variant == "euc-kr":
        # legacy-charset webmail form: what EUC-KR cannot hold arrives as numeric character references
        label = "euc-kr"
        html = html.encode("euc_kr", "xmlcharrefreplace").decode("euc_kr")
    entity = leaf("text/html", html, label, "base64", quoted_label=True)
    top = [
        ("From", addr(r.name, r.email, label)),
        (
            "To",
            addr(inv.from_name, r.to, "utf-8" if label != "euc-kr" else "euc-kr")
            if inv.from_name.isascii()
            else addr(inv.from_name, r.to, "utf-8"),
        ),
        ("Date", rfc2822(r.date, "(KST)")),
        ("Message-Id", f"<{r.date.astimezone(tz(0)):%Y%m%d%H%M%S}.{r.h('m', 12).upper()}@hmail.daum.net>"),
        ("Subject", ew("RE: " + inv.subject, label, "B")),
        ("X-Mailer", "Daum Web Mailer 1.1"),
        ("MIME-Version", "1.0"),
    ] + r.thread_headers()
    return finish(top, entity), fmt("html", label, ["base64"])


# =============================================================================================== GMX / Web.de


def gmx(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """GMX / WEB.DE (trinity): 'Gesendet:' first, then Von/An/Betreff; GMX sends HTML only, WEB.DE plain here."""
    d = local(inv, r)
    ui = r.ui or "de"
    if ui == "en":
        hh, ap = h12(d)
        rows = [
            ("Sent", f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at {hh}:{d:%M} {ap}"),
            ("From", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("To", f'"{r.name}" <{r.email}>'),
            ("Subject", inv.subject),
        ]
        pre = "Re: "
    else:
        rows = [
            ("Gesendet", f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} um {d:%H:%M} Uhr"),
            ("Von", f'"{inv.from_name}" <{HR_ADDR}>'),
            ("An", f'"{r.name}" <{r.email}>'),
            ("Betreff", inv.subject),
        ]
        pre = "Aw: "
    body = body_with_sig(r)
    host = "gmx" if r.client == "gmx" else "webde"
    top = [
        ("MIME-Version", "1.0"),
        (
            "Message-ID",
            f"<trinity-{uuid_of(r.seed, 'mid')}-{r.num('ts', 13)}@3c-app-{host}-bap{int(r.num('b', 2)) % 60:02d}>",
        ),
        ("From", addr(r.name, r.email, "UTF-8")),
        ("To", addr(inv.from_name, r.to, "UTF-8")),
        ("Subject", ew(pre + inv.subject, "UTF-8", "Q")),
    ]
    tail = (
        [
            ("Date", rfc2822(r.date)),
            ("Importance", "normal"),
            ("Sensitivity", "Normal"),
        ]
        + r.thread_headers()
        + [
            ("X-Priority", "3"),
            ("X-Provags-ID", "V03:K1:" + r.h("pv", 40)),
            ("X-UI-Message-Type", "mail"),
        ]
    )
    if r.client == "webde":
        text = body + "\n \n \n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n" + inv.text
        entity = leaf("text/plain", text, "UTF-8", "quoted-printable")
        f = fmt("plain", "UTF-8", ["quoted-printable"])
    else:
        html = (
            '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + divs(body)
            + "\n\n<div>&nbsp;\n<div>&nbsp;\n"
            '<div style="margin: 10.0px 5.0px 5.0px 10.0px;padding: 10.0px 0 10.0px 10.0px;border-left: 2.0px solid rgb(195,217,229);">\n'
            '<div style="margin: 0 0 10.0px 0;">'
            + "<br/>\n".join(f"<b>{k}:</b>&nbsp;{esc(v)}" for k, v in rows)
            + f'</div>\n\n<div name="quoted-content">{inv.inner}</div>\n</div>\n</div>\n</div></div></body></html>\n'
        )
        entity = leaf("text/html", html, "UTF-8", "quoted-printable")
        f = fmt("html", "UTF-8", ["quoted-printable"])
    ent_head, ent_body = entity.split(b"\n\n", 1)
    full = headers_bytes(top) + ent_head + b"\n" + headers_bytes(tail) + b"\n" + ent_body
    return crlf(full), f


# =============================================================================================== Outlook plain non-quoting (legacy charsets)

# the Outlook builder covers ja / ko / ru / tw with quote="none" so that the locale charset is kept


BUILDERS = {
    "exmail": tencent,
    "wecom": tencent,
    "netease": coremail,
    "mailmaster": mailmaster,
    "alimail": alimail,
    "dingtalk": alimail,
    "feishu": feishu,
    "sina": sina,
    "sohu": sohu,
    "outlook": outlook_desktop,
    "outlook-mobile": outlook_mobile,
    "apple-mail": apple_mail,
    "thunderbird": thunderbird,
    "samsung": samsung,
    "zimbra": zimbra,
    "roundcube": roundcube,
    "squirrelmail": squirrelmail,
    "zoho": zoho,
    "spark": spark,
    "yahoo": yahoo,
    "proton": proton,
    "fastmail": fastmail,
    "mailru": mailru,
    "yandex": yandex,
    "naver": naver,
    "daum": daum,
    "gmx": gmx,
    "webde": gmx,
}


# =============================================================================================== automated mail


def _dsn(
    r: Reply,
    inv: Invitation,
    *,
    mta: str,
    sender: str,
    subject: str,
    human: str,
    status: str,
    diag: str,
    label: str = "utf-8",
) -> tuple[bytes, str]:
    """A Postfix-style delivery status notification (multipart/report) for the invitation."""
    b = f"{r.h('q', 10).upper()}.{r.num('t', 10)}/{mta}"
    arrival = rfc2822(r.date - timedelta(seconds=3))
    parts = [
        leaf("text/plain", human, label, "8bit", extra=[("Content-Description", "Notification")]),
        (
            f"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: {r.h('q', 10).upper()}\n"
            f"X-Postfix-Sender: rfc822; {r.to}\nArrival-Date: {arrival}\n\n"
            f"Final-Recipient: rfc822; {r.email}\nOriginal-Recipient: rfc822;{r.email}\nAction: failed\n"
            f"Status: {status}\nDiagnostic-Code: {diag}\n"
        ).encode(),
        (
            f"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"Return-Path: <{r.to}>\nReceived: from mail.hr.example.com (mail.hr.example.com [203.0.113.25])\n"
            f"\tby {mta} with ESMTPS id {r.h('q', 10).upper()}\n\tfor <{r.email}>; {arrival}\n"
            f"From: {ew(inv.from_name, 'utf-8', 'B')} <{HR_ADDR}>\nReply-To: <{r.to}>\nTo: <{r.email}>\n"
            f"Subject: {ew(inv.subject, 'utf-8', 'B')}\nDate: {rfc2822(inv.date)}\nMessage-ID: {INVITE_ID}\n"
            'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="===============1"\n'
        ).encode(),
    ]
    entity = multipart(
        "report",
        b,
        parts,
        preamble="This is a MIME-encapsulated message.",
        ctype=f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
    )
    top = [
        ("Date", rfc2822(r.date)),
        ("From", sender),
        ("Subject", subject),
        ("To", r.to),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{r.date.astimezone(tz(0)):%Y%m%d%H%M%S}.{r.h('q', 10).upper()}@{mta}>"),
    ]
    return finish(top, entity), "report/dsn/" + label + "/8bit"


def auto_exmail_bounce(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    human = (
        "很抱歉，您的邮件未能成功投递给以下收件人。\nThis is the mail system at host mx3.exmail.qq.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{r.email}>: 收件人邮箱空间已满 (mailbox full)\n    host mx3.exmail.qq.com said: 552 5.2.2 Mailbox is full\n"
    )
    return _dsn(
        r,
        inv,
        mta="mx3.exmail.qq.com",
        sender="MAILER-DAEMON@mx3.exmail.qq.com (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        human=human,
        status="5.2.2",
        diag="smtp; 552 5.2.2 Mailbox is full",
    )


def auto_yandex_bounce(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    human = (
        "Это письмо отправлено почтовым роботом Яндекс Почты.\n"
        "This message was created automatically by mail delivery software.\n\n"
        "Ваше письмо не было доставлено по следующим адресам:\n"
        "A message that you sent could not be delivered to one or more of its recipients:\n\n"
        f"<{r.email}>: Почтовый ящик заблокирован / Mailbox is disabled\n"
    )
    return _dsn(
        r,
        inv,
        mta="mx.yandex.ru",
        sender="mailer-daemon@yandex.ru",
        subject=ew("Недоставленное сообщение", "utf-8", "B"),
        human=human,
        status="5.2.1",
        diag="smtp; 550 5.2.1 Mailbox is disabled",
    )


def auto_plain(
    r: Reply,
    inv: Invitation,
    *,
    subject: str,
    label: str,
    cte: str,
    extra: list[tuple[str, str]],
    date_suffix: str = "",
    html: bool = False,
    mid: str,
    boundary: str = "",
) -> tuple[bytes, str]:
    text = r.text.rstrip("\n") + "\n"
    if html:
        b = boundary or f"----=_Part_{r.num('p', 6)}_{r.num('p2', 9)}.{r.num('ms', 13)}"
        parts = [
            leaf("text/plain", text, label, cte),
            leaf("text/html", "<html><body>" + divs(text) + "</body></html>", label, cte),
        ]
        entity = multipart("alternative", b, parts)
        structure = "alt"
    else:
        entity = leaf("text/plain", text, label, cte)
        structure = "plain"
    top = (
        [
            ("Date", rfc2822(r.date, date_suffix)),
            ("From", addr(r.name, r.email, label, quote=False)),
            ("To", r.to),
            ("Subject", subject),
            ("Message-ID", mid),
        ]
        + r.thread_headers()
        + extra
        + [("MIME-Version", "1.0")]
    )
    return finish(top, entity), fmt(structure, label, [cte])


def auto_ooo(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    c = r.client
    dom = r.email.split("@")[1]
    if c == "exmail":
        return auto_plain(
            r,
            inv,
            subject=ew("自动回复: " + inv.subject, "gb18030", "B"),
            label="gb18030",
            cte="base64",
            extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")],
            html=True,
            mid=f"<tencent_{r.h('mid', 32).upper()}@exmail.qq.com>",
            boundary=f"----=_NextPart_{r.h('b1', 8).upper()}_{r.h('b2', 8).upper()}_{r.h('b3', 8).upper()}",
        )
    if c == "netease":
        return auto_plain(
            r,
            inv,
            subject=ew("自动回复：" + inv.subject, "GBK", "B"),
            label="GBK",
            cte="base64",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Autoreply")],
            date_suffix="(CST)",
            mid=f"<{r.h('m', 8)}.{r.h('m2', 4)}.{r.h('m3', 11)}.Coremail.autoreply@{dom}>",
        )
    if c == "alimail":
        return auto_plain(
            r,
            inv,
            subject=ew("自动回复：" + inv.subject, "UTF-8", "B"),
            label="UTF-8",
            cte="base64",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Alimail-Mailagent")],
            html=True,
            mid=f"<{uuid_of(r.seed, 'mid')}.autoreply@{dom}>",
        )
    if c == "yahoo":
        return auto_plain(
            r,
            inv,
            subject="Auto Response",
            label="UTF-8",
            cte="7bit",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "YahooMailAutoResponder")],
            mid=f"<{r.num('m1', 10)}.{r.num('m2', 7)}.{r.num('m3', 13)}@mail.yahoo.com>",
        )
    if c == "proton":
        return auto_plain(
            r,
            inv,
            subject="Auto-Reply: " + inv.subject,
            label="utf-8",
            cte="quoted-printable",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
            mid=f"<{r.h('m', 40)}=@proton.me>",
        )
    if c == "zimbra":
        return auto_plain(
            r,
            inv,
            subject="Re: " + inv.subject,
            label="utf-8",
            cte="7bit",
            extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
            date_suffix="(GMT)",
            mid=f"<{r.num('m1', 9)}.{r.num('m2', 6)}.{r.num('m3', 13)}.JavaMail.zimbra@{dom}>",
        )
    if c == "gmx":
        return auto_plain(
            r,
            inv,
            subject="Abwesenheitsnotiz: " + inv.subject,
            label="UTF-8",
            cte="quoted-printable",
            extra=[("Auto-Submitted", "auto-replied")],
            mid=f"<autoreply-{uuid_of(r.seed, 'mid')}@gmx.net>",
        )
    if c == "mailru":
        return auto_plain(
            r,
            inv,
            subject=ew("Автоответ: " + inv.subject, "UTF-8", "B"),
            label="utf-8",
            cte="base64",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Mail.Ru Autoresponder")],
            mid=f"<{r.num('m1', 10)}.{r.num('m2', 9)}@autoreply.mail.ru>",
        )
    raise KeyError(c)


def auto_outlook_ooo(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Exchange automatic reply (自动答复), HTML + text, with Exchange's auto-reply headers."""
    text = r.text.rstrip("\n")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:等线,sans-serif;font-size:11pt">' + divs(text) + "</div></body></html>"
    )
    host = "SEZPR06MB" + r.num("hn", 4)
    mid = f"<{host}{r.h('mid', 28).upper()}@{host}.apcprd06.prod.outlook.com>"
    b = f"_000_{mid[1:].split('@')[0]}_"
    parts = [
        leaf("text/plain", text + "\n", "utf-8", "base64", quoted_label=True),
        leaf("text/html", html, "utf-8", "base64", quoted_label=True),
    ]
    entity = multipart(
        "alternative", b, parts, ctype=f'multipart/alternative;\n\tboundary="{b}"', extra=[("MIME-Version", "1.0")]
    )
    top = (
        [
            ("From", addr(r.name, r.email, "utf-8", quote=False)),
            ("To", f'"{r.to}" <{r.to}>'),
            ("Subject", ew("自动答复: " + inv.subject, "utf-8", "B")),
            ("Thread-Topic", ew(inv.subject, "utf-8", "B")),
            ("Date", rfc2822(r.date.astimezone(tz(0)))),
            ("Message-ID", mid),
        ]
        + r.thread_headers(refs_first=True)
        + [
            ("Content-Language", "zh-CN"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-AutoResponseSuppress", "All"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", r.email),
        ]
    )
    return finish(top, entity), fmt("alt", "utf-8", ["base64"])


def auto_outlook_mdn(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    """Outlook read receipt (message/disposition-notification)."""
    d0 = inv.date.astimezone(r.date.tzinfo)
    zone = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"

    def long(dt: datetime) -> str:
        hh, ap = h12(dt)
        return f"{EN_WD[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} {hh}:{dt:%M}:{dt:%S} {ap}"

    human = (
        f"Your message\n\n  To: {r.name}\n  Subject: {inv.subject}\n  Sent: {long(d0)} {zone}\n\n"
        f"was read on {long(r.date)} {zone}.\n"
    )
    b = f"----=_NextPart_000_{r.h('n1', 4).upper()}_01DD{r.h('n2', 4).upper()}.{r.h('n3', 8).upper()}"
    dom = r.email.split("@")[1]
    parts = [
        leaf("text/plain", human, "us-ascii", "7bit", quoted_label=True),
        (
            f"Content-Type: message/disposition-notification\n\nReporting-UA: {dom}; Microsoft Outlook 16.0\n"
            f"Final-Recipient: rfc822;{r.email}\nOriginal-Message-ID: {INVITE_ID}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n"
        ).encode(),
    ]
    entity = multipart(
        "report",
        b,
        parts,
        preamble="This is a multipart message in MIME format.",
        ctype=f'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="{b}"',
    )
    top = [
        ("From", addr(r.name, r.email, "utf-8", quote=False)),
        ("To", f'"{r.to}" <{r.to}>'),
        ("Subject", "Read: " + inv.subject),
        ("Date", rfc2822(r.date)),
        ("Message-ID", f"<{r.h('a', 12)}${r.h('b', 8)}${r.h('c', 8)}$@{dom}>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH" + r.h("ti", 24)),
        ("Content-Language", "en-gb"),
    ]
    return finish(top, entity), "report/mdn/us-ascii/7bit"


def build(r: Reply, inv: Invitation) -> tuple[bytes, str]:
    if r.auto == "bounce":
        return {"exmail": auto_exmail_bounce, "yandex": auto_yandex_bounce}[r.client](r, inv)
    if r.auto == "mdn":
        return auto_outlook_mdn(r, inv)
    if r.auto == "ooo":
        return auto_outlook_ooo(r, inv) if r.client == "outlook" else auto_ooo(r, inv)
    return BUILDERS[r.client](r, inv)
