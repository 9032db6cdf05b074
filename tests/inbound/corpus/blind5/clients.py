# ruff: noqa: E501
"""How the mail clients of blind5 quote the invitation (written by the examiner from how the clients behave).

`build()` takes the reply's new text, the client id and the invitation replied to, and returns the raw bytes as
that client sends them plus the manifest's format string (`alt|plain|html/charset/transfer-encoding`). Each
client has its own attribution line or header block (in its UI language), its own quoting (`>` lines, a
blockquote, a separator and no marks, or nothing), its own signature, MIME shape, charset and encoding.
Everything is deterministic: dates come from the reply's number, Message-IDs from a hash.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {lang: (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8") for lang in ("zh", "en")}
_INV_HTML_DOC = {lang: (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8") for lang in ("zh", "en")}


def _body_of(doc: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S)
    return m.group(1).strip() if m else doc


INV_HTML = {lang: _body_of(doc) for lang, doc in _INV_HTML_DOC.items()}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS_NAME = "Re-interview"
OURS_ADDR = "reinterview@hr.example.com"
OURS = f"{OURS_NAME} <{OURS_ADDR}>"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"

# when the invitation was sent, in each candidate's zone
SENT = {
    "zh": datetime(2026, 11, 26, 9, 12, 5, tzinfo=timezone(timedelta(hours=8))),
    "en": datetime(2026, 11, 26, 9, 12, 5, tzinfo=UTC),
}
WD_ZH = "一二三四五六日"
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


# ---------------------------------------------------------------- plumbing


def render_text(lang: str) -> str:
    """The invitation's HTML as a client turns it into text for the plain part of its reply."""
    s = re.sub(r"\s*\n\s*", " ", INV_HTML[lang])
    out: list[str] = []
    numbered, n = False, 0
    for tok in re.split(r"(<ol[^>]*>|<ul[^>]*>|<li[^>]*>)", s):
        if tok.startswith(("<ol", "<ul")):
            numbered, n = tok.startswith("<ol"), 0
            out.append(tok)
        elif tok.startswith("<li"):
            n += 1
            out.append(f"\n{n}. " if numbered else "\n* ")
        else:
            out.append(tok)
    s = "".join(out)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|h3|tr|ul|ol|table|div)>", "\n\n", s)
    s = re.sub(r"</t[dh]>", " ", s)
    s = re.sub(r"<hr[^>]*>", "\n----\n", s)
    s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>([^<]*)</a>", r"\2", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [ln.strip() for ln in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def html_lines(text: str, tag: str = "div") -> str:
    return "".join(f"<{tag}>{html.escape(ln) if ln else '<br>'}</{tag}>" for ln in text.split("\n"))


def encode_text(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"  # the client switches to UTF-8 when its charset lacks a character


def transfer(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


def mime_part(ctype: str, text: str, charset: str, cte: str) -> tuple[bytes, str]:
    payload, cs = encode_text(text, charset)
    if cte in ("8bit", "7bit"):
        cte = "7bit" if all(b < 128 for b in payload) else "8bit"
    if cs.lower() == "iso-2022-jp" and cte == "8bit":
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + transfer(payload, cte), cs


def encoded_words(text: str, charset: str) -> str:
    """RFC 2047 B-encoded words, cut between characters, each under 76 characters."""
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    label = charset.upper()
    return "\n ".join(f"=?{label}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def header_value(value: str, charset: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = charset.lower()
    if cs not in ("gbk", "gb2312", "gb18030", "big5", "iso-2022-jp", "koi8-r", "iso-8859-1"):
        cs = "utf-8"

    def enc(s: str) -> str:
        for candidate in [cs, "gbk"] if cs == "gb2312" else [cs]:
            try:
                s.encode(candidate)
            except UnicodeEncodeError:
                continue
            return encoded_words(s, candidate)
        return encoded_words(s, "utf-8")

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    if m:
        return f"{enc(m.group(1))} {m.group(2)}"
    return enc(value)


def rfc_date(d: datetime) -> str:
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def _hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


# ---------------------------------------------------------------- a client's behaviour


@dataclass
class Style:
    prefix: str
    head: str = ""  # attribution line / header block above the quote (plain)
    head_html: str = ""
    mark: str = "> "  # "" = the original follows the header block without marks
    blockquote: bool = True  # HTML: the original in a blockquote (else a plain div)
    sig: str = ""
    shape: str = "alt"
    charset: str = "utf-8"
    cte: str = "base64"
    mailer: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    domain: str = "mail.example.com"
    rendered: bool = False  # plain quote made from the HTML (else the invitation's own text part)
    join: str = "\n"  # between the header block and the quoted original (plain)
    head_wrap: str = (
        '<div style="font-size:12px;background:#efefef;padding:8px">{}</div>'  # HTML: around the header block
    )
    sig_above_quote: bool = True


def _zh_date(d: datetime, style: str) -> str:
    wd = WD_ZH[d.weekday()]
    h12 = d.hour % 12 or 12
    ap = "上午" if d.hour < 12 else "下午"
    return {
        "qq": f"{d.year}年{d.month}月{d.day}日(星期{wd}) {ap}{h12}:{d.minute:02d}",
        "iso": f"{d:%Y-%m-%d %H:%M:%S}",
        "coremail": f"{d:%Y-%m-%d %H:%M:%S} (星期{wd})",
        "huawei": f"{d.year}年{d.month}月{d.day}日周{wd} {ap}{h12}:{d.minute:02d}",
        "sina": f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}点{d.minute:02d}分",
        "ali": f"{d.year}年{d.month}月{d.day}日(星期{wd}) {d.hour:02d}:{d.minute:02d}",
        "slash": f"{d:%Y/%m/%d} {d:%H:%M}",
        "cn": f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}",
    }[style]


def _en_long(d: datetime) -> str:
    h12 = d.hour % 12 or 12
    return f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {h12}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def _block(rows: list[tuple[str, str]], sep_line: str = "", colon: str = "：") -> str:
    out = [sep_line] if sep_line else []
    out += [f"{k}{colon}{v}" for k, v in rows]
    return "\n".join(out) + "\n"


def _block_html(rows: list[tuple[str, str]], sep_line: str = "", colon: str = "：", bold: bool = True) -> str:
    out = (
        f'<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">{html.escape(sep_line)}</div>'
        if sep_line
        else ""
    )
    for k, v in rows:
        key = f"<b>{html.escape(k)}{colon}</b>" if bold else f"{html.escape(k)}{colon}"
        out += f"<div>{key}{html.escape(v)}</div>"
    return out


def _attr(text: str) -> tuple[str, str]:
    return text + "\n", f"<div>{html.escape(text)}</div>"


def style_for(client: str, lang: str, cand: str, opts: dict[str, str]) -> Style:
    """The client id is family-ui[-variant]: e.g. `139-app`, `huawei-zh`, `outlook-android-de`, `gmail-ios-ja`."""
    d = SENT[lang]
    subj = SUBJECT[lang]
    fam = client
    zre = "回复：" if lang == "zh" else "Re: "

    def hdrs(
        sep: str,
        keys: tuple[str, str, str, str],
        date: str,
        colon: str = "：",
        quoted_name: bool = False,
        semi: bool = False,
        order: str = "fdts",
        bold: bool = True,
    ) -> tuple[str, str]:
        f, dt, t, s = keys
        frm = f'"{OURS_NAME}" <{OURS_ADDR}>' if quoted_name else OURS
        to = cand
        if semi:
            frm = f'"{OURS_NAME}"<{OURS_ADDR}>;'
            to = f'"{cand}"<{cand}>;'
        vals = {"f": (f, frm), "d": (dt, date), "t": (t, to), "s": (s, subj)}
        rows = [vals[c] for c in order]
        return _block(rows, sep, colon), _block_html(rows, sep, colon, bold)

    if fam.startswith("139"):
        h, hh = hdrs("----- 原始邮件 -----", ("发件人", "发送时间", "收件人", "主题"), _zh_date(d, "qq"))
        sig = "来自移动139邮箱" if "app" in fam else ""
        return Style(
            zre,
            h,
            hh,
            mark="",
            blockquote=False,
            sig=sig,
            charset=opts.get("charset", "utf-8"),
            cte="base64",
            mailer="Richmail",
            domain="139.com",
        )
    if fam.startswith("189"):
        h, hh = hdrs(
            "------------------ 原始邮件 ------------------",
            ("发件人", "发送时间", "收件人", "主题"),
            _zh_date(d, "iso"),
        )
        return Style(
            zre,
            h,
            hh,
            mark="",
            blockquote=False,
            sig="来自天翼云邮箱" if "app" in fam else "",
            charset=opts.get("charset", "gb18030" if "app" in fam else "gbk"),
            cte="base64",
            domain="189.cn",
        )
    if fam.startswith("sina"):
        h, hh = hdrs(
            "----- 原始邮件 -----",
            ("发件人", "日期", "收件人", "主题"),
            _zh_date(d, "sina"),
            quoted_name=True,
            order="ftsd",
        )
        sig = "发自新浪邮箱客户端" if "app" in fam else ""
        return Style(
            zre,
            h,
            hh,
            mark="",
            blockquote=False,
            sig=sig,
            charset="gb2312",
            cte="base64",
            mailer="Sina WebMail 4.0",
            domain="sina.com",
        )
    if fam.startswith("sohu"):
        h, hh = hdrs(
            "--------------原始邮件--------------",
            ("发件人", "发送时间", "收件人", "主题"),
            _zh_date(d, "qq"),
            quoted_name=True,
        )
        return Style(
            zre,
            "\n\n" + h,
            hh,
            mark="",
            blockquote=False,
            sig="来自搜狐邮箱" if "app" in fam else "",
            charset="gbk",
            cte="quoted-printable" if "web" in fam else "8bit",
            domain="sohu.com",
        )
    if fam.startswith("wps"):
        a, ah = _attr(f"在 {_zh_date(d, 'cn')}，{OURS_NAME}<{OURS_ADDR}> 写道：")
        return Style(
            zre,
            a,
            ah,
            sig="发自WPS邮箱",
            charset="utf-8",
            cte="base64",
            mailer="WPS Mail",
            domain="wps.cn",
            rendered=True,
        )
    if fam.startswith(("huawei", "honor")):
        if "-en" in fam:
            h, hh = hdrs(
                "-------- Original Message --------",
                ("From", "Date", "To", "Subject"),
                f"{d:%d %b %Y %H:%M}",
                colon=": ",
            )
            sig = "Sent from my HUAWEI phone"
        else:
            h, hh = hdrs(
                "-------- 原始邮件 --------", ("发件人", "日期", "收件人", "主题"), _zh_date(d, "huawei"), colon="： "
            )
            sig = "发自我的荣耀手机" if fam.startswith("honor") else "发自我的华为手机"
        return Style(
            zre,
            h,
            hh,
            mark="",
            blockquote=False,
            sig=opts.get("sig", sig),
            charset="utf-8",
            cte="base64",
            mailer=None,
            domain="huawei-mail.example.com",
            rendered=True,
        )
    if fam.startswith(("xiaomi", "oppo", "vivo")):
        sig = {"xiaomi": "发自我的小米手机", "oppo": "发自我的OPPO手机", "vivo": "发自我的vivo智能手机"}[
            fam.split("-")[0]
        ]
        rows = [("主题", subj), ("发件人", OURS), ("收件人", cand), ("时间", _zh_date(d, "slash"))]
        h, hh = _block(rows, "-------- 原始邮件 --------"), _block_html(rows, "-------- 原始邮件 --------", bold=False)
        return Style(
            zre,
            h,
            hh,
            mark="",
            blockquote=False,
            sig=opts.get("sig", sig),
            shape=opts.get("shape", "alt"),
            charset="utf-8",
            cte=opts.get("cte", "base64"),
            domain="phone.example.com",
            rendered=True,
        )
    if fam.startswith("coremail"):
        rows = [
            ("发件人", f'"{OURS_NAME}" <{OURS_ADDR}>'),
            ("发送时间", _zh_date(d, "coremail")),
            ("收件人", cand),
            ("抄送", ""),
            ("主题", subj),
        ]
        h = "\n\n" + quote(_block(rows, "-----原始邮件-----", colon=": ")) + "\n"
        hh = _block_html(rows, "-----原始邮件-----", colon=": ")
        return Style(
            opts.get("re", zre),
            h,
            hh,
            mark="> ",
            blockquote=True,
            sig=opts.get("sig", ""),
            shape=opts.get("shape", "alt"),
            charset=opts.get("charset", "gbk"),
            cte=opts.get("cte", "base64"),
            mailer="Coremail Webmail Server Version XT5.0.13 build 20210104(ab3a8c3b) Copyright (c) 2002-2026 www.mailtech.cn",
            domain="stu.example.edu.cn",
            join="",
        )
    if fam.startswith("netease-qiye"):
        a, ah = _attr(f'在 {_zh_date(d, "iso")}，"{OURS_NAME}" <{OURS_ADDR}> 写道：')
        return Style(
            zre,
            a,
            ah,
            sig=opts.get("sig", ""),
            charset="gbk",
            cte="base64",
            mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
            domain="qiye.example.com",
            rendered=True,
        )
    if fam.startswith(("exmail-app", "qq-android", "wecom")):
        h, hh = hdrs(
            "------------------ 原始邮件 ------------------",
            ("发件人", "发送时间", "收件人", "主题"),
            _zh_date(d, "qq"),
            colon=": ",
            semi=True,
            bold=False,
        )
        sig = (
            {"exmail-app": "发自腾讯企业邮", "qq-android": "", "wecom": "发自企业微信"}[fam.split("-zh")[0]]
            if fam.split("-zh")[0] in ("exmail-app", "qq-android", "wecom")
            else ""
        )
        return Style(
            zre if fam != "qq-android" else "回复：",
            h,
            hh,
            mark="",
            blockquote=False,
            sig=opts.get("sig", sig),
            charset=opts.get("charset", "gb18030" if fam.startswith("qq") else "utf-8"),
            cte="base64",
            mailer="QQMail 2.x" if fam.startswith("qq") else "Tencent Exmail",
            domain="qq.com",
        )
    if fam.startswith("dingtalk"):
        rows = [("发件人", OURS), ("发送时间", _zh_date(d, "ali")), ("收件人", cand), ("主\u3000题", subj)]
        h = _block(rows, "-" * 66)
        hh = _block_html(rows, "-" * 66, bold=False)
        return Style(
            "回复：",
            h,
            hh,
            mark="",
            blockquote=False,
            sig="",
            charset="utf-8",
            cte="base64",
            mailer="DingTalk Mail",
            domain="dingtalk.example.com",
        )
    if fam.startswith("samsung"):
        ui = fam.split("-")[1]
        lab = {
            "zh": (
                "-------- 原始邮件 --------",
                ("发件人", "日期", "收件人", "主题"),
                f"{d:%Y/%m/%d} {d:%H:%M} (GMT+08:00)",
                "： ",
                "通过三星 Galaxy 智能手机发送。",
            ),
            "en": (
                "-------- Original message --------",
                ("From", "Date", "To", "Subject"),
                f"{d:%d/%m/%Y} {d:%H:%M} (GMT+00:00)",
                ": ",
                "Sent from my Galaxy",
            ),
            "de": (
                "-------- Ursprüngliche Nachricht --------",
                ("Von", "Datum", "An", "Betreff"),
                f"{d:%d.%m.%y} {d:%H:%M} (GMT+01:00)",
                ": ",
                "Von meinem Samsung Galaxy Smartphone gesendet.",
            ),
            "ko": (
                "-------- 원본 메시지 --------",
                ("보낸 사람", "날짜", "받는 사람", "제목"),
                f"{d:%Y/%m/%d} {d:%H:%M} (GMT+09:00)",
                ": ",
                "Samsung Galaxy 스마트폰에서 보냈습니다.",
            ),
        }[ui]
        h, hh = hdrs(lab[0], lab[1], lab[2], colon=lab[3], bold=False)
        return Style(
            zre if ui == "zh" else "Re: ",
            h,
            hh,
            mark="",
            blockquote=False,
            sig=lab[4],
            charset="utf-8",
            cte="base64",
            domain="samsung.example.com",
            rendered=True,
        )
    if fam.startswith("spark"):
        if "-zh" in fam:
            a, ah = _attr(f"在 {d.year}年{d.month}月{d.day}日 {d:%H:%M} {d:%z}，{OURS}，写道：")
        else:
            a, ah = _attr(f"On {d.day} Nov {d.year} at {d:%H:%M} {d:%z}, {OURS}, wrote:")
        return Style(
            zre,
            a,
            ah,
            sig="",
            charset="utf-8",
            cte="quoted-printable",
            mailer=None,
            domain="sparkmail.example.com",
            rendered=True,
            extra={"X-Readdle-Message-ID": f"{_hash(cand, fam)[:12]}@Spark"},
        )
    if fam.startswith("zoho"):
        a = f"---- On {d:%a, %d %b %Y %H:%M:%S %z} {OURS} wrote ---"
        return Style(
            "Re: ",
            a + "\n\n",
            f"<div>---- On {d:%a, %d %b %Y %H:%M:%S %z} <b>{html.escape(OURS)}</b> wrote ---<br></div>",
            sig="",
            charset="utf-8",
            cte="quoted-printable",
            mailer="ZohoMail",
            domain="zoho.example.com",
            extra={"User-Agent": "Zoho Mail"},
        )
    if fam.startswith("proton"):
        a = f"On {WD_EN[d.weekday()]}, November {d.day}th, {d.year} at {d:%H:%M}, {OURS} wrote:"
        return Style(
            "Re: ",
            a + "\n",
            f"<div>{html.escape(a)}<br></div>",
            sig="Sent with Proton Mail secure email.",
            charset="utf-8",
            cte="quoted-printable",
            shape=opts.get("shape", "alt"),
            domain="proton.me",
            rendered=True,
        )
    if fam.startswith("yandex"):
        a = f'{d:%d.%m.%Y}, {d:%H:%M}, "{OURS_NAME}" <{OURS_ADDR}>:'
        return Style(
            "Re: ",
            a + "\n",
            f"<div>{html.escape(a)}</div>",
            sig="-- \nОтправлено из мобильной Яндекс Почты" if "app" in fam else "",
            shape="html" if "web" in fam else "alt",
            charset="utf-8",
            cte="base64",
            domain="yandex.ru",
            rendered=True,
        )
    if fam.startswith("mailru"):
        a = f"Четверг, {d.day} ноября {d.year}, {d:%H:%M} +00:00 от {OURS_NAME} <{OURS_ADDR}>:"
        return Style(
            "Re: ",
            a + "\n",
            f"<div>{html.escape(a)}</div>",
            sig="--\nОтправлено из Почты Mail.ru",
            charset=opts.get("charset", "utf-8"),
            cte="base64",
            domain="mail.ru",
            rendered=True,
        )
    if fam.startswith(("gmx", "webde")):
        rows = [
            ("Gesendet", f"Donnerstag, {d.day}. November {d.year} um {d.hour + 1}:{d.minute:02d} Uhr"),
            ("Von", f'"{OURS_NAME}" <{OURS_ADDR}>'),
            ("An", cand),
            ("Betreff", subj),
        ]
        h = _block(rows, "", colon=": ")
        hh = _block_html(rows, "", colon=": ")
        return Style(
            "AW: " if opts.get("aw") else "Re: ",
            "\n" + h,
            hh,
            mark="> " if opts.get("marks") else "",
            blockquote=True,
            sig="",
            charset=opts.get("charset", "utf-8"),
            cte=opts.get("cte", "quoted-printable"),
            domain="gmx.de" if fam.startswith("gmx") else "web.de",
        )
    if fam.startswith("orange"):
        rows = [("De", f'"{OURS_NAME}" <{OURS_ADDR}>'), ("A", cand), ("Copie à", ""), ("Objet", subj)]
        h = f"Message du {d:%d/%m/%y %H:%M}\n" + _block(rows, "", colon=" : ")
        return Style(
            "Re: ",
            h,
            html_lines(h),
            mark="> ",
            sig="",
            charset=opts.get("charset", "utf-8"),
            cte="quoted-printable",
            domain="orange.fr",
            rendered=True,
            extra={"User-Agent": "Webmail Orange"},
        )
    if fam.startswith("laposte"):
        rows = [
            ("De", f'"{OURS_NAME}" <{OURS_ADDR}>'),
            ("À", cand),
            ("Envoyé", f"Jeudi {d.day} Novembre {d.year} 10:12:05"),
            ("Objet", subj),
        ]
        h = _block(rows, "----- Mail original -----", colon=": ")
        return Style(
            "Re: ",
            h,
            _block_html(rows, "----- Mail original -----", colon=": "),
            mark="",
            blockquote=True,
            charset="utf-8",
            cte="quoted-printable",
            domain="laposte.net",
            rendered=True,
        )
    if fam.startswith(("outlook-android", "outlook-ios")):
        ui = fam.split("-")[2]
        dt = _en_long(d)
        labels = {
            "en": ("From", "Sent", "To", "Subject", "Get Outlook for {os}"),
            "zh": ("发件人", "发送时间", "收件人", "主题", "获取 Outlook for {os}"),
            "de": ("Von", "Gesendet", "An", "Betreff", "Outlook für {os} herunterladen"),
            "fr": ("De", "Envoyé", "À", "Objet", "Obtenir Outlook pour {os}"),
            "es": ("De", "Enviado", "Para", "Asunto", "Obtener Outlook para {os}"),
            "ja": ("差出人", "送信日時", "宛先", "件名", "{os} 版 Outlook を入手"),
            "tw": ("寄件者", "寄件日期", "收件者", "主旨", "取得 {os} 版 Outlook"),
            "it": ("Da", "Inviato", "A", "Oggetto", "Scarica Outlook per {os}"),
            "pt": ("De", "Enviado", "Para", "Assunto", "Obter o Outlook para {os}"),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "Outlook voor {os} downloaden"),
        }[ui]
        os_name = "Android" if "android" in fam else "iOS"
        link = "https://aka.ms/AAb9ysg" if os_name == "Android" else "https://aka.ms/o0ukef"
        rows = [(labels[0], OURS), (labels[1], dt), (labels[2], cand), (labels[3], subj)]
        colon = ": "
        h = "________________________________\n" + _block(rows, "", colon=colon)
        hh = (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}<br>" for k, v in rows)
            + "</font><div>&nbsp;</div></div>"
        )
        sig = labels[4].format(os=os_name) + f"<{link}>"
        prefix = {
            "zh": "回复: ",
            "tw": "回覆: ",
            "de": "AW: ",
            "fr": "RE: ",
            "es": "RE: ",
            "ja": "RE: ",
            "it": "R: ",
            "pt": "RE: ",
            "nl": "RE: ",
        }.get(ui, "Re: ")
        return Style(
            prefix,
            h,
            hh,
            mark="",
            blockquote=False,
            head_wrap="{}",
            sig=sig,
            charset="utf-8",
            cte="base64",
            domain="outlook.com",
            rendered=True,
        )
    if fam.startswith(("gmail-ios", "gmail-android")):
        ui = fam.split("-")[2]
        h12 = d.hour % 12 or 12
        ap_ko = "오전" if d.hour < 12 else "오후"
        attr = {
            "ja": f"{d.year}年{d.month}月{d.day}日(木) {d:%H:%M} {OURS_NAME} <{OURS_ADDR}>:",
            "ko": f"{d.year}년 {d.month}월 {d.day}일 (목) {ap_ko} {h12}:{d.minute:02d}, {OURS_NAME} <{OURS_ADDR}>님이 작성:",
            "en": f"On Thu, {d.day} Nov {d.year} at {d:%H:%M}, {OURS_NAME} <{OURS_ADDR}> wrote:",
            "zh": f"{OURS_NAME} <{OURS_ADDR}> 于{d.year}年{d.month}月{d.day}日周四 {d:%H:%M}写道：",
        }[ui]
        return Style(
            "Re: " if ui != "zh" else "回复：",
            attr + "\n\n",
            f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>',
            charset="utf-8",
            cte="quoted-printable" if ui in ("en", "ja") else "base64",
            domain="mail.gmail.com",
            rendered=True,
        )
    if fam.startswith("apple-ios"):
        ui = fam.split("-")[2]
        attr = {
            "it": f"Il giorno {d.day} nov {d.year}, alle ore {d:%H:%M}, {OURS} ha scritto:",
            "nl": f"Op {d.day} nov {d.year} om {d:%H:%M} heeft {OURS} het volgende geschreven:",
            "pt": f"Em {d.day} de nov. de {d.year}, à(s) {d:%H:%M}, {OURS} escreveu:",
            "es": f"El {d.day} nov {d.year}, a las {d:%H:%M}, {OURS} escribió:",
            "zh": f"在 {d.year}年{d.month}月{d.day}日，{d:%H:%M}，{OURS} 写道：",
        }[ui]
        sig = {
            "it": "Inviato da iPhone",
            "nl": "Verstuurd vanaf mijn iPhone",
            "pt": "Enviado do meu iPhone",
            "es": "Enviado desde mi iPhone",
            "zh": "发自我的iPhone",
        }[ui]
        return Style(
            "Re: " if ui != "zh" else "回复：",
            "\n" + attr + "\n\n",
            f"<div>{html.escape(attr)}</div>",
            sig=sig,
            charset="utf-8",
            cte="quoted-printable",
            domain="icloud.com",
            rendered=True,
        )
    if fam.startswith("thunderbird"):
        if "-zh" in fam:
            a = f"在 {d:%Y/%m/%d} {d:%H:%M}, {OURS_NAME} 写道:"
        else:
            a = f"On {d:%d/%m/%Y} {d:%H:%M}, {OURS_NAME} wrote:"
        return Style(
            "Re: ",
            a + "\n",
            f"<div>{html.escape(a)}</div>",
            shape="plain",
            charset=opts.get("charset", "utf-8"),
            cte=opts.get("cte", "8bit"),
            mailer=None,
            domain="thunderbird.example.com",
            extra={"User-Agent": "Mozilla Thunderbird"},
        )
    if fam.startswith("plainjp"):  # Japanese mobile/Becky-style, no quote, ISO-2022-JP
        return Style(
            "Re: ",
            "",
            "",
            shape="plain",
            charset="iso-2022-jp",
            cte="7bit",
            mailer="Becky! ver. 2.81.04",
            domain="example.ne.jp",
        )
    if fam.startswith("mutt-ru"):
        return Style(
            "Re: ",
            "",
            "",
            shape="plain",
            charset="koi8-r",
            cte="8bit",
            mailer=None,
            domain="example.ru",
            extra={"User-Agent": "Mutt/2.2.12"},
        )
    raise KeyError(client)


# ---------------------------------------------------------------- assemble


def _sig_html(sig: str) -> str:
    return f'<div><br></div><div id="signature">{html_lines(sig)}</div>' if sig else ""


def _linkify_sig(sig: str) -> str:
    m = re.match(r"^(.*)<(https?://[^>]+)>$", sig)
    if m:
        return f'<a href="{m.group(2)}">{html.escape(m.group(1))}</a>'
    return html_lines(sig)


def build(
    *,
    n: int,
    client: str,
    lang: str,
    body: str,
    sender: str,
    cand: str = "candidate@example.com",
    post: str = "top",
    opts: dict[str, str] | None = None,
    inline: list[tuple[str, str]] | None = None,
    body_html: str | None = None,
    extra: dict[str, str] | None = None,
) -> tuple[bytes, str]:
    """Raw bytes of reply number n and its format string. post: top | bottom | none | inline."""
    opts = opts or {}
    st = style_for(client.split("/")[0], lang, cand, opts)
    if "prefix" in opts:
        st.prefix = opts["prefix"]
    if "shape" in opts:
        st.shape = opts["shape"]
    if "charset" in opts:
        st.charset = opts["charset"]
    if "cte" in opts:
        st.cte = opts["cte"]
    if "sig" in opts:
        st.sig = opts["sig"]
    if extra:
        st.extra = {**st.extra, **extra}
    orig = render_text(lang) if st.rendered else INV_TXT[lang]
    if opts.get("fwd"):
        fwd_head = {
            "zh": f"-------- 转发邮件信息 --------\n发件人：{OURS}\n发送日期：{SENT[lang]:%Y-%m-%d %H:%M}\n收件人：{cand}\n主题：{SUBJECT[lang]}\n",
            "en": f"---------- Forwarded message ---------\nFrom: {OURS}\nDate: Thu, 26 Nov 2026 at 09:12\nSubject: {SUBJECT[lang]}\nTo: <{cand}>\n",
        }[lang]
        orig = f"{fwd_head}\n{orig}"
    orig_q = quote(orig, st.mark) if st.mark else orig
    sig_txt = ""
    if st.sig:
        sig_txt = st.sig
    # ---- plain
    if post == "none":
        plain = body + (f"\n\n{sig_txt}" if sig_txt else "")
    elif post == "bottom":
        plain = f"{st.head}{orig_q}\n\n{body}" + (f"\n\n{sig_txt}" if sig_txt else "")
    elif post == "inline":
        lines = orig.split("\n")
        out: list[str] = [st.head.rstrip("\n")]
        pending = list(inline or [])
        for ln in lines:
            out.append(f"{st.mark or '> '}{ln}" if ln else (st.mark or "> ").rstrip())
            while pending and pending[0][0] in ln:
                out.append("")
                out.append(pending.pop(0)[1])
                out.append("")
        if body:
            out.append("")
            out.append(body)
        plain = "\n".join(out)
    else:
        plain = (
            body
            + (f"\n\n{sig_txt}" if sig_txt else "")
            + "\n\n"
            + (f"{st.head}{st.join}{orig_q}" if st.head.startswith("\n") or st.mark == "" else f"{st.head}{orig_q}")
        )
    plain = plain.rstrip("\n") + "\n"
    # ---- html
    inv = INV_HTML[lang]
    quoted_html = (
        f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inv}</blockquote>'
        if st.blockquote
        else st.head_wrap.format(st.head_html) + f"<div>{inv}</div>"
    )
    head_html = st.head_html if st.blockquote else ""
    new_html = body_html if body_html is not None else html_lines(body)
    sig_html = (
        _sig_html(st.sig)
        if st.sig and "<http" not in st.sig
        else (f"<div><br></div><div>{_linkify_sig(st.sig)}</div>" if st.sig else "")
    )
    if post == "none":
        inner = new_html + sig_html
    elif post == "bottom":
        inner = head_html + quoted_html + "<div><br></div>" + new_html + sig_html
    else:
        inner = new_html + sig_html + "<div><br></div>" + head_html + quoted_html
    meta_cs = st.charset if encode_text(inner, st.charset)[1] == st.charset else "utf-8"
    doc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_cs}"></head><body>{inner}</body></html>\n'
    parts: list[bytes] = []
    cs_used = st.charset
    if st.shape in ("alt", "plain") or post == "inline":
        p, cs_used = mime_part("text/plain", plain, st.charset, st.cte)
        parts.append(p)
    if st.shape in ("alt", "html") and post != "inline":
        p, cs_h = mime_part("text/html", doc, st.charset, st.cte)
        if st.shape == "html":
            cs_used = cs_h
        parts.append(p)
    shape = st.shape if post != "inline" else "plain"
    actual_cte = st.cte
    if st.cte in ("7bit", "8bit"):
        actual_cte = "7bit" if all(b"Content-Transfer-Encoding: 7bit" in p for p in parts) else "8bit"
    fmt = f"{shape}/{cs_used.lower()}/{actual_cte}"
    return _message(n=n, sender=sender, lang=lang, st=st, parts=parts, client=client), fmt


def reply_date(n: int, lang: str) -> datetime:
    base = SENT[lang] + timedelta(minutes=47)
    return base + timedelta(minutes=(n * 397) % (4 * 24 * 60 - 600))


def _message(*, n: int, sender: str, lang: str, st: Style, parts: list[bytes], client: str) -> bytes:
    d = reply_date(n, lang)
    subject = st.prefix + SUBJECT[lang]
    hcs = st.charset
    mid = f"<{_hash(str(n), sender, client)[:24]}@{st.domain}>"
    lines = [
        f"From: {header_value(sender, hcs)}",
        f"To: {REPLY_TO}",
        f"Subject: {header_value(subject, hcs)}",
        f"Date: {rfc_date(d)}",
        f"Message-ID: {mid}",
        f"In-Reply-To: {INVITE_ID}",
        f"References: {INVITE_ID}",
        "MIME-Version: 1.0",
    ]
    if st.mailer:
        lines.append(f"X-Mailer: {st.mailer}")
    for k, v in st.extra.items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    boundary = f"----=_Part_{_hash(sender, str(n))[:16]}"
    out = head + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()
