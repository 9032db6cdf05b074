# ruff: noqa: E501
"""How the mail clients of blind10 send a reply to our invitation (written from how the clients behave).

`build(client, lang, text, ...)` returns the raw bytes of a reply: the client's quoting (or none), its
signature, its MIME shape (plain, HTML only, alternative), charset and transfer encoding. Plumbing (subject,
reply address, invitation id) is the corpus's; the quoting is written here.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
import uuid
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {lang: (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8") for lang in ("zh", "en")}
_DOC = {lang: (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8") for lang in ("zh", "en")}


def _body(doc: str) -> str:
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S)
    return m.group(1).strip() if m else doc


INV_HTML = {lang: _body(d) for lang, d in _DOC.items()}
SUBJECT = {
    "zh": "重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    "en": "Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
}
OURS_NAME = "Re-interview"
OURS_ADDR = "reinterview@hr.example.com"
REPLY_TO = "reply+r7Kq2.s3.Zx81fQ@hr.example.com"
INVITE_ID = "<inv-7f3a9c21e0@hr.example.com>"

# client id -> (family, reply prefix, mime shape, charset, cte, mailer)
#   shape: plain | html | alt
CLIENTS: dict[str, tuple[str, str, str, str, str, str | None]] = {
    "qq": ("qq", "回复：", "alt", "gb18030", "base64", None),
    "qq-utf8": ("qq", "回复：", "alt", "utf-8", "base64", None),
    "qq-mobile": ("qq", "回复：", "alt", "utf-8", "base64", None),
    "163": (
        "netease",
        "Re:",
        "alt",
        "gbk",
        "base64",
        "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
    ),
    "126": (
        "netease",
        "Re:",
        "alt",
        "gbk",
        "base64",
        "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
    ),
    "mailmaster": ("mailmaster", "回复:", "alt", "utf-8", "base64", "MailMasterAndroid/7.18.3"),
    "mailmaster-ios": ("mailmaster", "回复:", "alt", "utf-8", "base64", "MailMasteriOS/7.12.1"),
    "foxmail": ("foxmail", "回复: ", "alt", "gb2312", "base64", "Foxmail 7.2.25.228[cn]"),
    "outlook-zh": ("outlook", "答复: ", "alt", "gb2312", "base64", None),
    "outlook-en": ("outlook", "RE: ", "alt", "utf-8", "quoted-printable", None),
    "outlook-gb": ("outlook", "RE: ", "alt", "utf-8", "quoted-printable", None),
    "outlookcom-en": ("outlookcom", "Re: ", "html", "utf-8", "quoted-printable", None),
    "outlook-tw": ("outlook", "回覆: ", "alt", "big5", "quoted-printable", None),
    "iphone-zh": ("iphone", "回复：", "plain", "utf-8", "quoted-printable", "iPhone Mail (21F90)"),
    "iphone-en": ("iphone", "Re: ", "plain", "utf-8", "quoted-printable", "iPhone Mail (21F90)"),
    "gmail-zh": ("gmail", "回复：", "alt", "utf-8", "base64", None),
    "gmail-en": ("gmail", "Re: ", "alt", "utf-8", "quoted-printable", None),
    "gmail-android-en": ("gmail", "Re: ", "alt", "utf-8", "base64", None),
    "wecom": ("wecom", "回复：", "alt", "utf-8", "base64", None),
    "dingtalk": ("dingtalk", "回复：", "alt", "utf-8", "base64", "Alimail Web 2.0"),
    "feishu": ("feishu", "回复: ", "html", "utf-8", "base64", None),
    "huawei": ("huawei", "回复：", "alt", "utf-8", "base64", "Huawei Email"),
    "samsung-en": ("samsung", "Re: ", "alt", "utf-8", "base64", None),
    "samsung-zh": ("samsung", "回复: ", "alt", "utf-8", "base64", None),
    "yahoo-en": ("yahoo", "Re: ", "alt", "utf-8", "quoted-printable", "WebService/1.1.21952 YahooMailAndroidMobile"),
    "bare-zh": ("bare", "Re: ", "plain", "utf-8", "8bit", None),
    "bare-gbk": ("bare", "Re:", "plain", "gbk", "8bit", None),
    "bare-en": ("bare", "Re: ", "plain", "utf-8", "7bit", None),
    "auto": ("auto", "自动回复: ", "plain", "utf-8", "base64", None),
    "auto-en": ("auto", "Automatic reply: ", "plain", "utf-8", "quoted-printable", None),
    # other languages: the locale is part of the id
    "gmail-de": ("gmail", "Re: ", "alt", "utf-8", "quoted-printable", None),
    "outlook-fr": ("outlook", "RE : ", "alt", "utf-8", "quoted-printable", None),
    "gmail-es": ("gmail", "Re: ", "alt", "utf-8", "quoted-printable", None),
    "iphone-pt": ("iphone", "Re: ", "plain", "utf-8", "quoted-printable", "iPhone Mail (21F90)"),
    "iphone-ja": ("iphone", "Re: ", "plain", "utf-8", "quoted-printable", "iPhone Mail (21F90)"),
    "gmail-ko": ("gmail", "Re: ", "alt", "utf-8", "base64", None),
    "yandex-ru": ("yandex", "Re: ", "alt", "utf-8", "base64", None),
    "outlook-it": ("outlook", "R: ", "alt", "utf-8", "quoted-printable", None),
    "gmail-nl": ("gmail", "Re: ", "alt", "utf-8", "quoted-printable", None),
    "gmail-tw": ("gmail", "回覆：", "alt", "big5", "base64", None),
}


def invitation_text(lang: str) -> str:
    return INV_TXT[lang].rstrip("\n")


def gt(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{ln}" if ln else mark.rstrip() for ln in text.split("\n"))


def _quote(family: str, cid: str, lang: str) -> tuple[str, str]:
    """(plain quote block, html quote block) the way the client writes them."""
    inv = invitation_text(lang)
    inv_h = INV_HTML[lang]
    subj = SUBJECT[lang]
    ours = f"{OURS_NAME} <{OURS_ADDR}>"
    if family == "qq":
        head = f'------------------&nbsp;原始邮件&nbsp;------------------\n发件人: "{OURS_NAME}"<{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "张三"<candidate@example.com>;\n\n主题: {subj}'
        if cid == "qq-mobile":
            head = head.replace("&nbsp;", " ")
        p = head.replace("&nbsp;", " ") + "\n\n" + inv
        h = f'<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"{OURS_NAME}"&lt;{OURS_ADDR}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午10:05</div><div><b>收件人:</b>&nbsp;"张三"&lt;candidate@example.com&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;{html.escape(subj)}</div></div><div><br></div>{inv_h}'
        return p, h
    if family == "netease":
        attr = f'在 2026-11-27 10:05:12，"{OURS_NAME}" <{OURS_ADDR}> 写道：'
        return (
            f"{attr}\n{gt(inv)}",
            f'<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>{html.escape(attr)}<br> <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv_h}</blockquote>',
        )
    if family == "mailmaster":
        p = f"---- 回复的原邮件 ----\n| 发件人 | {OURS_NAME}<{OURS_ADDR}> |\n| 日期 | 2026年11月27日 10:05 |\n| 收件人 | 张三<candidate@example.com> |\n| 主题 | {subj} |\n{inv}"
        h = f'<div style="font-size:14px;">---- 回复的原邮件 ----</div><table><tr><td>发件人</td><td>{OURS_NAME}&lt;{OURS_ADDR}&gt;</td></tr><tr><td>日期</td><td>2026年11月27日 10:05</td></tr><tr><td>收件人</td><td>张三&lt;candidate@example.com&gt;</td></tr><tr><td>主题</td><td>{html.escape(subj)}</td></tr></table>{inv_h}'
        return p, h
    if family == "foxmail":
        p = f"\n发件人： {OURS_NAME}\n发送时间： 2026-11-27 10:05\n收件人： 张三\n主题： {subj}\n{inv}"
        h = f'<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span><div style="MARGIN: 0cm 0cm 0pt"><div style="FONT-SIZE: 12px;FONT-FAMILY: Arial Narrow;padding:2px 0 2px 0;"><b>发件人：</b>&nbsp;{OURS_NAME}</div><div><b>发送时间：</b>&nbsp;2026-11-27&nbsp;10:05</div><div><b>收件人：</b>&nbsp;张三</div><div><b>主题：</b>&nbsp;{html.escape(subj)}</div></div></span></div><div>{inv_h}</div>'
        return "-" * 20 + p, h
    if family == "outlook":
        labels = {
            "outlook-zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:05"),
            "outlook-tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:05"),
            "outlook-fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 10:05"),
            "outlook-it": ("Da", "Inviato", "A", "Oggetto", "venerdì 27 novembre 2026 10:05"),
            "outlook-gb": ("From", "Sent", "To", "Subject", "27 November 2026 10:05"),
        }.get(cid, ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:05 AM"))
        f, s, t, sj, d = labels
        colon = "：" if cid in ("outlook-zh", "outlook-tw") else ":"
        p = f"{'_' * 32}\n{f}{colon} {OURS_NAME} <{OURS_ADDR}>\n{s}{colon} {d}\n{t}{colon} 张三 <candidate@example.com>\n{sj}{colon} {subj}\n\n{inv}"
        h = f'<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>{f}{colon}</b> {OURS_NAME} &lt;{OURS_ADDR}&gt;<br><b>{s}{colon}</b> {d}<br><b>{t}{colon}</b> 张三 &lt;candidate@example.com&gt;<br><b>{sj}{colon}</b> {html.escape(subj)}</font><div>&nbsp;</div></div>{inv_h}'
        return p, h
    if family == "outlookcom":
        p = f"{'_' * 32}\nFrom: {OURS_NAME} <{OURS_ADDR}>\nSent: Friday, November 27, 2026 10:05\nTo: Alice Smith <candidate@example.com>\nSubject: {subj}\n\n{inv}"
        h = f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> {OURS_NAME} &lt;{OURS_ADDR}&gt;<br><b>Sent:</b> Friday, November 27, 2026 10:05<br><b>To:</b> Alice Smith &lt;candidate@example.com&gt;<br><b>Subject:</b> {html.escape(subj)}</font><div>&nbsp;</div></div>{inv_h}'
        return p, h
    if family == "iphone":
        attr = {
            "iphone-zh": f"在 2026年11月27日，10:05，{ours} 写道：",
            "iphone-pt": f"Em 27 de nov. de 2026, à(s) 10:05, {ours} escreveu:",
            "iphone-ja": f"2026/11/27 10:05、{ours}のメール:",
        }.get(cid, f"On 27 Nov 2026, at 10:05, {ours} wrote:")
        return gt(attr + "\n\n" + inv), ""
    if family == "gmail":
        attr = {
            "gmail-zh": f"{ours} 于2026年11月27日周五 10:05写道：",
            "gmail-tw": f"{ours} 於 2026年11月27日 週五 上午10:05寫道：",
            "gmail-de": f"Am Fr., 27. Nov. 2026 um 10:05 Uhr schrieb {ours}:",
            "gmail-es": f"El vie, 27 nov 2026 a las 10:05, {OURS_NAME} (<{OURS_ADDR}>) escribió:",
            "gmail-ko": f"2026년 11월 27일 (금) 오전 10:05, {ours}님이 작성:",
            "gmail-nl": f"Op vr 27 nov 2026 om 10:05 schreef {ours}:",
            "gmail-android-en": f"On Fri, 27 Nov 2026, 10:05 {OURS_NAME}, <{OURS_ADDR}> wrote:",
        }.get(cid, f"On Fri, 27 Nov 2026 at 10:05, {ours} wrote:")
        return (
            f"{attr}\n\n{gt(inv)}",
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_h}</blockquote></div>',
        )
    if family == "yandex":
        attr = f'27.11.2026, 10:05, "{OURS_NAME}" <{OURS_ADDR}>:'
        return f"{attr}\n{gt(inv)}", f"<div>{html.escape(attr)}</div><blockquote>{inv_h}</blockquote>"
    if family == "wecom":
        p = f'------------------ Original ------------------\nFrom:  "{OURS_NAME}"<{OURS_ADDR}>;\nDate:  Fri, Nov 27, 2026 10:05 AM\nTo:  "张三"<candidate@example.com>;\n\nSubject:  {subj}\n\n{inv}'
        h = f'<div style="font-size: 12px;">------------------&nbsp;Original&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>From: </b>&nbsp;"{OURS_NAME}"&lt;{OURS_ADDR}&gt;;</div><div><b>Date: </b>&nbsp;Fri, Nov 27, 2026 10:05 AM</div><div><b>To: </b>&nbsp;"张三"&lt;candidate@example.com&gt;;</div><div><b>Subject: </b>&nbsp;{html.escape(subj)}</div></div><div><br></div>{inv_h}'
        return p, h
    if family == "dingtalk":
        p = f"{'-' * 66}\n发件人：{OURS_NAME} <{OURS_ADDR}>\n发送时间：2026年11月27日(星期五) 10:05\n收件人：张三 <candidate@example.com>\n主　题：{subj}\n\n{inv}"
        h = f'<blockquote style="margin-left:0.5em;padding-left:0.5em;border-left:1px solid #ccc;margin-top:0;margin-bottom:0;"><div style="margin:14px 0;">{"-" * 66}<br><b>发件人：</b>{OURS_NAME} &lt;{OURS_ADDR}&gt;<br><b>发送时间：</b>2026年11月27日(星期五) 10:05<br><b>收件人：</b>张三 &lt;candidate@example.com&gt;<br><b>主　题：</b>{html.escape(subj)}<br></div>{inv_h}</blockquote>'
        return p, h
    if family == "feishu":
        h = f'<div class="history-quote-wrapper"><div style="border-left:2px solid #bbbfc4;padding-left:10px;"><div style="font-size:12px;color:#8f959e;">发件人: &quot;{OURS_NAME}&quot;&lt;{OURS_ADDR}&gt;<br>发送时间: 2026年11月27日 10:05<br>收件人: &quot;张三&quot;&lt;candidate@example.com&gt;<br>主题: {html.escape(subj)}</div>{inv_h}</div></div>'
        return "", h
    if family == "huawei":
        p = f"-------- 原始邮件 --------\n发件人： {OURS_NAME} <{OURS_ADDR}>\n日期： 2026年11月27日周五 上午10:05\n收件人： 张三 <candidate@example.com>\n主题： {subj}\n\n{inv}"
        h = f"<div>-------- 原始邮件 --------</div><div>发件人： {OURS_NAME} &lt;{OURS_ADDR}&gt;</div><div>日期： 2026年11月27日周五 上午10:05</div><div>收件人： 张三 &lt;candidate@example.com&gt;</div><div>主题： {html.escape(subj)}</div><br>{inv_h}"
        return p, h
    if family == "samsung":
        if lang == "zh" or cid == "samsung-zh":
            p = f"-------- 原始信息 --------\n由： {OURS_NAME} <{OURS_ADDR}>\n日期： 2026/11/27 10:05 (GMT+08:00)\n至： 张三 <candidate@example.com>\n主旨： {subj}\n\n{inv}"
        else:
            p = f"-------- Original message --------\nFrom: {OURS_NAME} <{OURS_ADDR}>\nDate: 27/11/2026 10:05 (GMT+00:00)\nTo: Alice Smith <candidate@example.com>\nSubject: {subj}\n\n{inv}"
        h = "<div>" + "<br>".join(html.escape(x) for x in p.split("\n\n", 1)[0].split("\n")) + f"<br></div>{inv_h}"
        return p, h
    if family == "yahoo":
        attr = f"On Friday, 27 November 2026 at 10:05:12 GMT, {OURS_NAME} <{OURS_ADDR}> wrote:"
        return (
            f"{attr}\n\n\n{inv}",
            f'<div id="ydp_quote" class="yahoo_quoted"><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(attr)}</div><div><br></div><div><br></div>{inv_h}</div></div>',
        )
    return "", ""


def _enc(text: str, charset: str) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk"}.get(charset.lower(), charset)
    try:
        return text.encode(codec), charset
    except UnicodeEncodeError:
        if charset.lower() == "big5":
            return text.encode("big5", errors="replace"), charset
        return text.encode("utf-8"), "utf-8"


def _cte(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


USED: list[str] = []


def part(ctype: str, text: str, charset: str, cte: str) -> bytes:
    payload, cs = _enc(text, charset)
    USED.append(cs)
    if cte == "8bit" and all(b < 128 for b in payload):
        cte = "7bit"
    if cte == "7bit" and any(b >= 128 for b in payload):
        cte = "8bit"
    head = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _cte(payload, cte)


def hdr(value: str, charset: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    cs = charset.lower() if charset.lower() in ("gb2312", "gbk", "gb18030", "big5", "iso-2022-jp") else "utf-8"
    cs = {"gbk": "gb2312"}.get(cs, cs)

    def enc(s: str) -> str:
        try:
            return Header(s, cs).encode(maxlinelen=76)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=76)

    m = re.match(r"^(.*?)\s*(<[^>]+>)$", value)
    return f"{enc(m.group(1))} {m.group(2)}" if m else enc(value)


SIGNATURES = {
    "iphone": {"zh": "发自我的iPhone", "en": "Sent from my iPhone"},
    "huawei": {"zh": "发自我的华为手机", "en": "Sent from my HUAWEI phone"},
    "samsung": {"zh": "从我的 Galaxy 发送", "en": "Sent from my Galaxy"},
    "yahoo": {"en": "Sent from Yahoo Mail for iPhone"},
    "qq-mobile": {"zh": "发自我的手机QQ邮箱"},
    "mailmaster": {"zh": "| |\n{name}\n|\n|\n{addr}\n|\n签名由网易邮箱大师定制"},
    "163": {"zh": "发自网易邮箱手机版"},
    "outlook-mobile": {"en": "Get Outlook for iOS<https://aka.ms/o0ukef>"},
}


def build(
    cid: str,
    lang: str,
    text: str,
    *,
    name: str,
    addr: str,
    n: int,
    quote: bool = True,
    sig: str | None = None,
    threaded: bool = True,
    subject: str | None = None,
    extra: dict[str, str] | None = None,
) -> tuple[bytes, str]:
    """The raw reply and its format string (shape/charset/cte)."""
    family, prefix, shape, charset, cte, mailer = CLIENTS[cid]
    if sig is None:
        s = SIGNATURES.get(cid) or SIGNATURES.get(family) or {}
        sig = s.get(lang if lang in s else next(iter(s), ""), "") if s else ""
    sig = sig.replace("{name}", name).replace("{addr}", addr)
    qp, qh = _quote(family, cid, lang) if quote else ("", "")
    body = text.strip("\n")
    if sig:
        body += "\n\n" + sig
    if family == "iphone" and sig:
        plain = body + ("\n\n" + qp if qp else "") + "\n"
    else:
        plain = body + ("\n\n\n" + qp if qp else "") + "\n"
    if family == "foxmail" and sig == "":
        plain = body + "\n\n\n" + addr + ("\n" + qp if qp else "") + "\n"
    hbody = "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n"))
    if family == "foxmail":
        hbody += f'<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span>{html.escape(addr)}</span></div>'
    hdoc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>{hbody}<div><br></div>{qh}</body></html>'
    USED.clear()
    if shape == "plain":
        parts = [part("text/plain", plain, charset, cte)]
        fmt = f"plain/{charset}/{cte}"
    elif shape == "html":
        parts = [part("text/html", hdoc, charset, cte)]
        fmt = f"html/{charset}/{cte}"
    else:
        parts = [part("text/plain", plain, charset, cte), part("text/html", hdoc, charset, cte)]
        fmt = f"alt/{charset}/{cte}"
    charset = USED[0] if len(set(USED)) == 1 else "mixed"
    fmt = fmt.split("/")[0] + f"/{charset}/" + fmt.split("/")[-1]
    subj = subject if subject is not None else prefix + SUBJECT[lang]
    day = 27 + (n % 4)
    date = f"{['Fri', 'Sat', 'Sun', 'Mon'][n % 4]}, {day if day <= 30 else 30} Nov 2026 {8 + n % 13:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} {'+0800' if lang == 'zh' else '+0000'}"
    dom = addr.split("@", 1)[1]
    lines = [
        f"From: {hdr(f'{name} <{addr}>', charset)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subj, charset)}",
        f"Date: {date}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, f'blind10-{n}').hex}@{dom}>",
    ]
    if threaded:
        lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    head = "\n".join(lines) + "\n"
    if len(parts) == 1:
        raw = head.encode() + parts[0]
    else:
        b = f"----=_Part_{uuid.uuid5(uuid.NAMESPACE_DNS, f'b10-{n}').hex[:24]}"
        raw = head.encode() + f'Content-Type: multipart/alternative; boundary="{b}"\n\n'.encode()
        for p in parts:
            raw += f"--{b}\n".encode() + p + b"\n"
        raw += f"--{b}--\n".encode()
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), fmt
