# ruff: noqa: E501  (fixture data: client quoting reproduced verbatim, one line each)
"""Fresh held-out batches of replies, each written out message by message the way one real client writes it.

`python -m tests.inbound.corpus.fresh` writes `mail/<batch>-NNN-<client>.eml` for every batch here and puts their
rows into `manifest.tsv` (replacing that batch's rows, keeping every other row). Unlike `build.py`'s rotation, each
message names its client, its attribution or header block (in the client's language), its signature, its HTML,
charset and transfer encoding explicitly. Each batch was written before the reader was changed for it and measured
once as it came (docs/BENCHMARKS.md (g)): `python -m tests.inbound.corpus.evaluate --batch q17`.
"""

from __future__ import annotations

import base64
import quopri
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from email.header import Header
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "mail"
TO = "reply+k1.corpus@reply.hr.example.com"
OUR_ID = "<corpus-invitation@hr.example.com>"
SUBJECT = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
SENDER = {"zh": "张三 <zhangsan@example.com>", "en": "Alice Smith <alice@example.com>"}
OURS = "Re-interview <reinterview@hr.example.com>"
OURS_HTML = "Re-interview &lt;reinterview@hr.example.com&gt;"


def inv(lang: str) -> str:
    return (HERE / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


def inv_html(lang: str) -> str:
    """The invitation's HTML body as clients embed it (inside <body>)."""
    page = (HERE / f"invitation.{lang}.html").read_text(encoding="utf-8")
    return page.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]


def gt(text: str, prefix: str = "> ", blank: str = ">") -> str:
    return "\n".join(prefix + line if line.strip() else blank for line in text.split("\n"))


def rewrap(text: str, width: int) -> str:
    """Re-wrap long lines the way a client does before quoting (words kept whole, CJK cut anywhere)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        elif " " in line.strip() and not re.search(r"[\u4e00-\u9fff]{8}", line):
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.extend(line[i : i + width] for i in range(0, len(line), width))
    return "\n".join(out)


def flatten(text: str) -> str:
    """Yahoo Mail for Android's plain part: the quoted message run together on one line."""
    return "   ".join(line.strip() for line in text.split("\n") if line.strip())


# ---- clients: each returns (plain or None, html or None) for the new text ---------------------------------
Body = tuple[str | None, str | None]


def gmail_attr_en(lang: str, wrap: int = 0) -> str:
    a = f"On Tue, Dec 1, 2026 at 10:00 AM {OURS} wrote:"
    if wrap == 2:
        a = "On Tue, Dec 1, 2026 at 10:00 AM Re-interview <\nreinterview@hr.example.com> wrote:"
    if wrap == 3:
        a = "On Tue, Dec 1, 2026 at 10:00 AM Re-interview Service\n<reinterview@hr.example.com>\nwrote:"
    return a


def gmail(text: str, lang: str, attr: str, *, html: bool = True, width: int = 0) -> Body:
    quoted = inv(lang) if not width else rewrap(inv(lang), width)
    plain = f"{text}\n\n{attr}\n\n{gt(quoted)}\n"
    if not html:
        return plain, None
    h = (
        f'<div dir="ltr">{_p(text)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{_esc(attr).replace(chr(10), " ")}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html(lang)}</blockquote></div>'
    )
    return plain, h


def gmail_html_only(text: str, lang: str, attr: str) -> Body:
    return None, gmail(text, lang, attr)[1]


def outlook_block(labels: tuple[str, str, str, str], sent: str, lang: str, sep: str = "") -> str:
    f, s, t, subj = labels
    to = SENDER[lang]
    return f"{sep}{f} {OURS}\n{s} {sent}\n{t} {to}\n{subj} {SUBJECT[lang]}"


def outlook_plain(text: str, lang: str, block: str, *, sig: str = "") -> Body:
    return f"{text}\n{sig}\n{block}\n\n{inv(lang)}\n", None


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(text: str) -> str:
    return "".join(f"<div>{_esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def owa_html(text: str, lang: str, labels: tuple[str, str, str, str], sent: str) -> Body:
    f, s, t, subj = labels
    h = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        f'<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{_p(text)}</div>'
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"<b>{f}</b> {OURS_HTML}<br><b>{s}</b> {sent}<br><b>{t}</b> {_esc(SENDER[lang])}<br><b>{subj}</b> {SUBJECT[lang]}</font>"
        f"<div>&nbsp;</div></div><div>{inv_html(lang)}</div></body></html>"
    )
    return None, h


def outlook_desktop_html(text: str, lang: str, labels: tuple[str, str, str, str], sent: str) -> Body:
    f, s, t, subj = labels
    h = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
        '<body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>'
        + "".join(
            f"<p class=MsoNormal><span lang=EN-US>{_esc(line) or '<o:p>&nbsp;</o:p>'}<o:p></o:p></span></p>"
            for line in text.split("\n")
        )
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"<p class=MsoNormal><b><span lang=EN-US>{f}</span></b><span lang=EN-US> {OURS_HTML} <br><b>{s}</b> {sent}<br><b>{t}</b> {_esc(SENDER[lang])}<br><b>{subj}</b> {SUBJECT[lang]}<o:p></o:p></span></p></div>"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{inv_html(lang)}</div></body></html>"
    )
    return None, h


def apple(
    text: str, lang: str, attr: str, *, sig: str = "", sig_first: bool = False, attr_quoted: bool = False
) -> Body:
    a = gt(attr) if attr_quoted else attr
    head = f"{text}\n\n{sig}\n\n" if sig and not sig_first else f"{text}\n\n"
    if sig_first:
        head = f"{text}\n\n{sig}\n\n"
    return f"{head}{a}\n{'>' if attr_quoted else ''}\n{gt(inv(lang))}\n", None


EN = ("From:", "Sent:", "To:", "Subject:")
ZH = ("发件人:", "发送时间:", "收件人:", "主题:")
DE = ("Von:", "Gesendet:", "An:", "Betreff:")
FR = ("De :", "Envoyé :", "À :", "Objet :")
ES = ("De:", "Enviado el:", "Para:", "Asunto:")
PT = ("De:", "Enviada em:", "Para:", "Assunto:")
IT = ("Da:", "Inviato:", "A:", "Oggetto:")
NL = ("Van:", "Verzonden:", "Aan:", "Onderwerp:")
JA = ("差出人:", "送信日時:", "宛先:", "件名:")
KO = ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:")
RU = ("От:", "Отправлено:", "Кому:", "Тема:")
SENT = {
    "en": "Tuesday, December 1, 2026 10:00 AM",
    "zh": "2026年12月1日 10:00",
    "de": "Dienstag, 1. Dezember 2026 10:00",
    "fr": "mardi 1 décembre 2026 10:00",
    "es": "martes, 1 de diciembre de 2026 10:00",
    "pt": "terça-feira, 1 de dezembro de 2026 10:00",
    "it": "martedì 1 dicembre 2026 10:00",
    "nl": "dinsdag 1 december 2026 10:00",
    "ja": "2026年12月1日 10:00",
    "ko": "2026년 12월 1일 화요일 오전 10:00",
    "ru": "1 декабря 2026 г. 10:00",
}
UNDERSCORES = "________________________________\n"


@dataclass(frozen=True)
class Fresh:
    client: str
    lang: str  # the invitation's language (zh or en)
    intent: str
    slot: int | None
    body: Body
    charset: str = "utf-8"
    cte: str = "base64"
    subject: str = "Re: "
    threaded: bool = True
    attach_pdf: bool = False  # multipart/mixed: the text, then a PDF attachment


# ---- encoding ---------------------------------------------------------------------------------------------
def _part(ctype: str, text: str, charset: str, cte: str) -> bytes:
    # an HTML part writes what its charset lacks as character references, as Outlook does; a text part cannot
    data = text.replace("\n", "\r\n").encode(charset, "xmlcharrefreplace" if ctype == "text/html" else "strict")
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    head = f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'
    return head.encode() + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def render(m: Fresh, batch: str, n: int) -> bytes:
    subj = Header(m.subject + SUBJECT[m.lang], "utf-8").encode()
    head = (
        f"From: {Header(SENDER[m.lang], 'utf-8').encode() if m.lang == 'zh' else SENDER[m.lang]}\r\n"
        f"To: {TO}\r\nSubject: {subj}\r\nDate: Tue, 01 Dec 2026 0{n % 10}:{n % 60:02d}:00 +0000\r\n"
        f"Message-ID: <{batch}-{n:03d}@mail.example.com>\r\n"
    )
    if m.threaded:
        head += f"In-Reply-To: {OUR_ID}\r\nReferences: {OUR_ID}\r\n"
    head += "MIME-Version: 1.0\r\n"
    if m.attach_pdf:
        outer = f"----=_mixed_{batch}_{n:03d}"
        inner = render(Fresh(m.client, m.lang, m.intent, m.slot, m.body, m.charset, m.cte), batch, n)
        inner_part = inner.split(b"MIME-Version: 1.0\r\n", 1)[1]
        pdf = base64.encodebytes(b"%PDF-1.4\n% portfolio\n%%EOF\n").replace(b"\n", b"\r\n")
        return (
            head.encode()
            + f'Content-Type: multipart/mixed; boundary="{outer}"\r\n\r\n--{outer}\r\n'.encode()
            + inner_part
            + f'\r\n--{outer}\r\nContent-Type: application/pdf; name="portfolio.pdf"\r\n'.encode()
            + b'Content-Disposition: attachment; filename="portfolio.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + pdf
            + f"\r\n--{outer}--\r\n".encode()
        )
    plain, html = m.body
    if plain is not None and html is not None:
        b = f"----=_fresh_{batch}_{n:03d}"
        return (
            head.encode()
            + f'Content-Type: multipart/alternative; boundary="{b}"\r\n\r\n--{b}\r\n'.encode()
            + _part("text/plain", plain, m.charset, m.cte)
            + f"\r\n--{b}\r\n".encode()
            + _part("text/html", html, m.charset, "base64" if m.cte == "8bit" else m.cte)
            + f"\r\n--{b}--\r\n".encode()
        )
    if html is not None:
        return head.encode() + _part("text/html", html, m.charset, m.cte)
    assert plain is not None
    return head.encode() + _part("text/plain", plain, m.charset, m.cte)


def fmt(m: Fresh) -> str:
    plain, html = m.body
    form = "multipart" if plain is not None and html is not None else "html" if html is not None else "plain"
    form = "multipart" if m.attach_pdf else form
    return f"{form}/{m.charset}/{m.cte}"


# ---- batch q17 --------------------------------------------------------------------------------------------
def _q17() -> list[Fresh]:
    zh, en = "zh", "en"
    z_gmail = f"{OURS} 于2026年12月1日周二 10:00写道："
    out: list[Fresh] = [
        # Gmail, zh invitation
        Fresh("gmail-web-zh", zh, "confirm", 2, gmail("好的，我确认参加方案 2。", zh, z_gmail), "utf-8", "base64"),
        Fresh(
            "gmail-android-zh-wrapped",
            zh,
            "confirm",
            3,
            gmail("方案3可以", zh, "HR <reinterview@hr.example.com> 于2026年12月1日周二\n上午10:00写道：", html=False),
            "GBK",
            "base64",
        ),
        Fresh(
            "gmail-ios-en-on-zh",
            zh,
            "decline",
            None,
            gmail(
                "不好意思，我已经找到工作了，不参加了。",
                zh,
                "On Tue, Dec 1, 2026 at 10:00 AM 重新面试服务 <\nreinterview@hr.example.com> wrote:",
                html=False,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-zh-rewrapped",
            zh,
            "confirm",
            1,
            gmail("方案1确认", zh, z_gmail, html=False, width=38),
            "gb18030",
            "base64",
        ),
        Fresh(
            "gmail-zh-bottom-posted",
            zh,
            "confirm",
            1,
            (f"{z_gmail}\n\n{gt(inv(zh))}\n\n确认方案1，谢谢\n", None),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "gmail-zh-html-only",
            zh,
            "decline",
            None,
            gmail_html_only("不好意思，我不参加了", zh, z_gmail),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-zh-forwarded-then-replied",
            zh,
            "confirm",
            1,
            (
                "这个邮件我转到了私人邮箱。我确认参加方案1。\n\n张三 <zhangsan@work.example.com> 于2026年12月1日周二 11:20写道：\n\n"
                + gt(
                    f"---------- Forwarded message ---------\n发件人： {OURS}\nDate: 2026年12月1日周二 10:00\nSubject: {SUBJECT[zh]}\nTo: <zhangsan@work.example.com>\n\n\n{inv(zh)}"
                )
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-zh-entities",
            zh,
            "confirm",
            2,
            (
                "收到，我确认方案2\n\n"
                + z_gmail.replace("<", "&lt;").replace(">", "&gt;")
                + "\n\n"
                + gt(inv(zh), prefix="&gt; ", blank="&gt;").replace("  ", "&nbsp; ")
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        # Outlook, zh
        Fresh(
            "outlook-zh-underscores",
            zh,
            "reschedule",
            None,
            outlook_plain("周四我要上班，能不能改到下周一下午？", zh, outlook_block(ZH, SENT["zh"], zh, UNDERSCORES)),
            "GBK",
            "quoted-printable",
            "答复: ",
        ),
        Fresh(
            "outlook-owa-zh-html",
            zh,
            "confirm",
            1,
            owa_html("确认方案1", zh, ("发件人:", "发送时间:", "收件人:", "主题:"), SENT["zh"]),
            "gb18030",
            "base64",
            "答复: ",
        ),
        Fresh(
            "outlook-desktop-zh-html",
            zh,
            "question",
            None,
            outlook_desktop_html(
                "我想问一下线上面试需要准备摄像头吗？",
                zh,
                ("发件人:", "发送时间:", "收件人:", "主题:"),
                "2026年12月1日 星期二 10:00",
            ),
            "utf-8",
            "quoted-printable",
            "答复: ",
        ),
        Fresh(
            "outlook-zh-original-message",
            zh,
            "question",
            None,
            outlook_plain("请问可以线上参加吗？", zh, "-----原始邮件-----\n" + outlook_block(ZH, SENT["zh"], zh)),
            "GBK",
            "quoted-printable",
            "答复: ",
        ),
        Fresh(
            "outlook-mac-en-on-zh",
            zh,
            "reschedule",
            None,
            outlook_plain(
                "改期，我下周三下午有空",
                zh,
                outlook_block(("From:", "Date:", "To:", "Subject:"), "Tuesday, 1 December 2026 at 10:00", zh),
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "outlook-ios-zh",
            zh,
            "confirm",
            1,
            outlook_plain(
                "好",
                zh,
                outlook_block(ZH, "Tuesday, December 1, 2026 10:00:00 AM", zh, UNDERSCORES),
                sig="\n获取 Outlook for iOS<https://aka.ms/o0ukef>",
            ),
            "utf-8",
            "base64",
            "回复: ",
        ),
        Fresh(
            "outlook-owa-zh-gb2312-qp",
            zh,
            "confirm",
            3,
            owa_html("方案三", zh, ("发件人:", "发送时间:", "收件人:", "主题:"), SENT["zh"]),
            "gb18030",
            "quoted-printable",
            "答复: ",
        ),
        Fresh(
            "outlook-big5-html",
            zh,
            "confirm",
            2,
            (
                None,
                owa_html(
                    "好的，我選方案二。", zh, ("寄件者:", "寄件日期:", "收件者:", "主旨:"), "2026年12月1日 上午 10:00"
                )[1],
            ),
            "big5",
            "base64",
            "回覆: ",
        ),
        # QQ Mail
        Fresh(
            "qq-classic",
            zh,
            "confirm",
            1,
            (
                '好的\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年12月1日(星期二) 上午10:00\n收件人: "张三"<zhangsan@qq.com>;\n\n主题: 重新面试邀请：电商客服专员\n\n\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复：",
        ),
        Fresh(
            "qq-classic-nbsp",
            zh,
            "decline",
            None,
            (
                '不去了，谢谢\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n发件人:&nbsp;"Re-interview"<reinterview@hr.example.com>;\n发送时间:&nbsp;2026年12月1日(星期二) 上午10:00\n收件人:&nbsp;"张三"<zhangsan@qq.com>;\n主题:&nbsp;重新面试邀请：电商客服专员\n\n'
                + inv(zh).replace("  ", "&nbsp;&nbsp;")
                + "\n",
                None,
            ),
            "gb18030",
            "base64",
            "回复：",
        ),
        Fresh(
            "qq-new-original",
            zh,
            "confirm",
            2,
            (
                '第二个时间可以\n\n\n\n张三\nzhangsan@qq.com\n\n\n\n------------------ Original ------------------\nFrom: "Re-interview" <reinterview@hr.example.com>;\nDate: Tue, Dec 1, 2026 10:00 AM\nTo: "张三"<zhangsan@qq.com>;\nSubject: 重新面试邀请：电商客服专员\n\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "Re: ",
        ),
        Fresh(
            "qq-new-card-html",
            zh,
            "confirm",
            3,
            (
                None,
                (
                    '<div>3</div><div><br></div><div style="font-size:12px;padding:2px 0;"><div style="color:#000;">原始邮件</div></div>'
                    '<div style="font-size:12px;background:#efefef;padding:8px;"><div><b>发件人：</b></div><div>"Re-interview"&lt;reinterview@hr.example.com&gt;</div>'
                    '<div><b>发送时间：</b></div><div>2026年12月1日 10:00</div><div><b>收件人：</b></div><div>"张三"&lt;zhangsan@qq.com&gt;</div>'
                    f"<div><b>主题：</b></div><div>重新面试邀请：电商客服专员</div></div><div><br></div>{inv_html(zh)}"
                ),
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "exmail-tencent",
            zh,
            "confirm",
            1,
            (
                '您好，收到邀请，周四下午两点我准时参加。\n\n张三\n手机：138 0000 0000\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年12月1日(星期二) 上午10:00\n收件人: "张三"<zhangsan@corp.example.com>;\n主题: 重新面试邀请：电商客服专员\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "quoted-printable",
            "回复：",
        ),
        Fresh(
            "qq-mobile",
            zh,
            "confirm",
            2,
            (
                '2\n\n\n\n---原始邮件---\n发件人: "Re-interview"<reinterview@hr.example.com>\n发送时间: 2026年12月1日(周二) 上午10:00\n收件人: "张三"<zhangsan@qq.com>;\n主题: 重新面试邀请：电商客服专员\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        # NetEase
        Fresh(
            "netease-master-replied",
            zh,
            "confirm",
            2,
            (
                "可以，周五那个\n\n\n| |\n张三\n|\n|\nzhangsan@163.com\n|\n签名由网易邮箱大师定制\n\n---- Replied Message ----\n| From | Re-interview<reinterview@hr.example.com> |\n| Date | 12/01/2026 10:00 |\n| To | 张三<zhangsan@163.com> |\n| Subject | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "netease-master-zh-table",
            zh,
            "decline",
            None,
            (
                "我放弃这次机会了\n\n\n\n---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 发送日期 | 2026年12月01日 10:00 |\n| 收件人 | 张三<zhangsan@163.com> |\n| 主题 | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复:",
        ),
        Fresh(
            "netease-master-cloud-sig",
            zh,
            "decline",
            None,
            (
                "不参加了\n\n从网易邮箱大师发来的云邮件\n\n\n---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 日期 | 2026年12月01日 10:00 |\n| 收件人 | 张三<zhangsan@126.com> |\n| 主题 | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "8bit",
            "回复:",
        ),
        Fresh(
            "netease-master-ios",
            zh,
            "confirm",
            2,
            (
                "周五的可以\n\n发自网易邮箱大师\n---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 发送日期 | 2026年12月01日 10:00 |\n| 收件人 | 张三<zhangsan@163.com> |\n| 主题 | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "gb18030",
            "base64",
            "回复:",
        ),
        Fresh(
            "netease-163-web",
            zh,
            "reschedule",
            None,
            (
                '改到下周二上午可以吗\n\n\n\n\n\n在 2026-12-01 10:00:00，"Re-interview" <reinterview@hr.example.com> 写道：\n'
                + gt(inv(zh), prefix=">", blank=">")
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "Re:",
        ),
        Fresh(
            "netease-163-html",
            zh,
            "confirm",
            1,
            (
                None,
                '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>确认参加，谢谢！</div></div><br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>在 2026-12-01 10:00:00，"Re-interview" &lt;reinterview@hr.example.com&gt; 写道：<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
                + inv_html(zh)
                + "</blockquote>",
            ),
            "GBK",
            "base64",
            "Re:",
        ),
        # Foxmail, Sina, Aliyun, Thunderbird, Yahoo
        Fresh(
            "foxmail-zh",
            zh,
            "confirm",
            2,
            (
                "方案二\n\n\n\n张三\nzhangsan@foxmail.com\n\n发件人： Re-interview\n发送时间： 2026-12-01 10:00\n收件人： 张三\n主题： 重新面试邀请：电商客服专员\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复: ",
        ),
        Fresh(
            "foxmail-en-labels",
            zh,
            "reschedule",
            None,
            (
                "这几个时间都不行，我12月10号以后都有空\n\n\n\nzhangsan@foxmail.com\n\nFrom: Re-interview\nDate: 2026-12-01 10:00\nTo: 张三\nSubject: 重新面试邀请：电商客服专员\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "gb18030",
            "quoted-printable",
            "Re: ",
        ),
        Fresh(
            "sina",
            zh,
            "decline",
            None,
            (
                '有事去不了，抱歉\n\n\n----- 原始邮件 -----\n发件人："Re-interview" <reinterview@hr.example.com>\n收件人：zhangsan@sina.com\n主题：重新面试邀请：电商客服专员\n日期：2026年12月01日 10点00分\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复：",
        ),
        Fresh(
            "aliyun",
            zh,
            "reschedule",
            None,
            (
                "我想改个时间，12月8号下午行吗\n\n\n------------------------------------------------------------------\n发件人：Re-interview <reinterview@hr.example.com>\n发送时间：2026年12月1日(星期二) 10:00\n收件人：张三<zhangsan@aliyun.com>\n主　题：重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "thunderbird-zh",
            zh,
            "reschedule",
            None,
            (
                "我周四周五都要考试，周六也不太行，可以下周再约吗？\n\n在 2026/12/1 10:00, Re-interview 写道:\n"
                + gt(inv(zh))
                + "\n",
                None,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "yahoo-zh",
            zh,
            "confirm",
            2,
            (
                "第2个\n\n    在 2026年12月1日星期二 10:00:00 [GMT+8], Re-interview <reinterview@hr.example.com> 写道：  \n\n "
                + inv(zh).replace("\n", "\n ")
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        # Apple Mail
        Fresh(
            "apple-iphone-zh",
            zh,
            "confirm",
            3,
            apple(
                "好的，周六上午那个我可以",
                zh,
                "在 2026年12月1日，上午10:00，HR <reinterview@hr.example.com> 写道：",
                sig="发自我的iPhone",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "apple-ipad-zh-split",
            zh,
            "decline",
            None,
            apple(
                "不好意思，这次不参加了。",
                zh,
                "在 2026年12月1日，上午10:00，重新面试服务\n<reinterview@hr.example.com> 写道：",
                sig="发自我的 iPad",
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "apple-zh-quoted-attr",
            zh,
            "confirm",
            1,
            apple(
                "确认",
                zh,
                "在 2026年12月1日，10:00，Re-interview <reinterview@hr.example.com> 写道：",
                sig="发自我的iPhone",
                attr_quoted=True,
            ),
            "utf-8",
            "8bit",
        ),
        # WeChat pastes: the quote first, the answer last
        Fresh(
            "wechat-unmarked-pasted-full",
            zh,
            "confirm",
            2,
            (inv(zh) + "\n\n我选2\n", None),
            "utf-8",
            "base64",
            "",
            False,
        ),
        Fresh(
            "wechat-quote-card",
            zh,
            "confirm",
            1,
            ("「重新面试服务：" + inv(zh).replace("\n", " ") + "」\n- - - - - - - - - - - - - - -\n好的，确认\n", None),
            "utf-8",
            "base64",
            "",
            False,
        ),
        Fresh(
            "wechat-unmarked-pasted-times",
            zh,
            "confirm",
            3,
            (
                "面试时间\n  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n  方案 2：2026年12月4日 周五 14:00–15:00\n  方案 3：2026年12月5日 周六 10:00–11:00\n\n第三个\n",
                None,
            ),
            "utf-8",
            "base64",
            "",
            False,
        ),
        # inline answer
        Fresh(
            "inline-zh",
            zh,
            "confirm",
            2,
            (
                f"{z_gmail}\n\n"
                + gt(inv(zh)).replace(
                    ">   方案 2：2026年12月4日 周五 14:00–15:00",
                    ">   方案 2：2026年12月4日 周五 14:00–15:00\n\n就方案2吧\n",
                )
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        # automated (no RFC 3834 headers)
        Fresh(
            "autoreply-zh-quoted",
            zh,
            "automated",
            None,
            outlook_plain(
                "【自动回复】您好，我正在休假，12月7日返回，期间邮件可能无法及时回复，谢谢。",
                zh,
                "-----原始邮件-----\n" + outlook_block(ZH, SENT["zh"], zh),
            ),
            "GBK",
            "base64",
            "自动回复: ",
        ),
        # ---- English invitation: Gmail in many languages
        Fresh(
            "gmail-en-wrapped",
            en,
            "confirm",
            2,
            gmail("Option 2 please.", en, gmail_attr_en(en, 2)),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-en-three-line",
            en,
            "decline",
            None,
            gmail(
                "I'm sorry but I have to decline, I've accepted another offer.", en, gmail_attr_en(en, 3), html=False
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "gmail-de",
            en,
            "confirm",
            3,
            gmail(
                "Option 3 works for me, thanks!",
                en,
                "Am Di., 1. Dez. 2026 um 10:00 Uhr schrieb Re-interview <\nreinterview@hr.example.com>:",
            ),
            "utf-8",
            "quoted-printable",
            "Re: ",
        ),
        Fresh(
            "gmail-fr",
            en,
            "reschedule",
            None,
            gmail(
                "Could we move it to the week after? I'm travelling until the 6th.",
                en,
                "Le mar. 1 déc. 2026 à 10:00, Re-interview <reinterview@hr.example.com> a\nécrit :",
                html=False,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "gmail-es",
            en,
            "confirm",
            1,
            gmail(
                "confirm",
                en,
                "El mar, 1 dic 2026 a las 10:00, Re-interview (<reinterview@hr.example.com>)\nescribió:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-ja",
            en,
            "question",
            None,
            gmail(
                "Is the interview in English or Chinese?",
                en,
                "2026年12月1日(火) 10:00 Re-interview <reinterview@hr.example.com>:",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-old-date",
            en,
            "confirm",
            2,
            gmail(
                "Friday works.", en, "2026-12-01 10:00 GMT+00:00 Re-interview <reinterview@hr.example.com>:", html=False
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-pt",
            en,
            "reschedule",
            None,
            gmail(
                "I can't make any of these, I'm abroad until mid December. Could we do the week of the 14th?",
                en,
                "Em ter., 1 de dez. de 2026 às 10:00, Re-interview <\nreinterview@hr.example.com> escreveu:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-it",
            en,
            "confirm",
            3,
            gmail(
                "I'll take the Saturday slot.",
                en,
                "Il giorno mar 1 dic 2026 alle ore 10:00 Re-interview <\nreinterview@hr.example.com> ha scritto:",
                html=False,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-nl",
            en,
            "decline",
            None,
            gmail(
                "No thank you, I'm no longer interested.",
                en,
                "Op di 1 dec 2026 om 10:00 schreef Re-interview <reinterview@hr.example.com>:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-ru",
            en,
            "confirm",
            1,
            gmail(
                "Yes, the proposed time is fine.",
                en,
                "вт, 1 дек. 2026 г. в 10:00, Re-interview <reinterview@hr.example.com>:",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-ko",
            en,
            "confirm",
            2,
            gmail(
                "Option 2.",
                en,
                "2026년 12월 1일 (화) 오전 10:00, Re-interview <reinterview@hr.example.com>님이 작성:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-en-html-only",
            en,
            "decline",
            None,
            gmail_html_only("Can't make it, sorry. Please take me off the list.", en, gmail_attr_en(en)),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-en-rewrapped",
            en,
            "confirm",
            3,
            gmail("I can do Saturday", en, gmail_attr_en(en), html=False, width=60),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-en-forwarded-then-replied",
            en,
            "confirm",
            3,
            (
                "Forwarding from my work account - I confirm option 3.\n\nOn Tue, Dec 1, 2026 at 11:20 AM Alice Smith <alice@work.example.com> wrote:\n\n"
                + gt(
                    f"---------- Forwarded message ---------\nFrom: {OURS}\nDate: Tue, Dec 1, 2026 at 10:00 AM\nSubject: {SUBJECT[en]}\nTo: <alice@work.example.com>\n\n\n{inv(en)}"
                )
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-en-entities",
            en,
            "confirm",
            1,
            (
                "Works for me - option 1\n\n"
                + _esc(gmail_attr_en(en))
                + "\n\n"
                + gt(inv(en), prefix="&gt; ", blank="&gt;").replace("  ", "&nbsp; ")
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-en-bottom",
            en,
            "reschedule",
            None,
            (f"{gmail_attr_en(en)}\n\n{gt(inv(en))}\n\nI'd like to reschedule to next week if possible.\n", None),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "gmail-en-inline",
            en,
            "confirm",
            2,
            (
                f"{gmail_attr_en(en)}\n\n"
                + gt(inv(en)).replace(
                    ">   Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)",
                    ">   Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)\n\nThis one for me.\n",
                )
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        # Outlook in many languages
        Fresh(
            "outlook-en-underscores",
            en,
            "confirm",
            1,
            outlook_plain("Thursday is good, see you then.", en, outlook_block(EN, SENT["en"], en, UNDERSCORES)),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "outlook-de",
            en,
            "decline",
            None,
            outlook_plain("I would like to decline the invitation.", en, outlook_block(DE, SENT["de"], en)),
            "utf-8",
            "quoted-printable",
            "AW: ",
        ),
        Fresh(
            "outlook-fr",
            en,
            "confirm",
            2,
            outlook_plain("Option 2 please", en, outlook_block(FR, SENT["fr"], en, UNDERSCORES)),
            "utf-8",
            "quoted-printable",
            "RE : ",
        ),
        Fresh(
            "outlook-es",
            en,
            "question",
            None,
            outlook_plain("Would it be possible to do it online?", en, outlook_block(ES, SENT["es"], en)),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-pt",
            en,
            "confirm",
            2,
            outlook_plain("Confirmed for Friday 4 Dec at 14:00.", en, outlook_block(PT, SENT["pt"], en)),
            "utf-8",
            "base64",
            "RES: ",
        ),
        Fresh(
            "outlook-it",
            en,
            "decline",
            None,
            outlook_plain("Sorry, I won't be able to attend.", en, outlook_block(IT, SENT["it"], en, UNDERSCORES)),
            "utf-8",
            "quoted-printable",
            "R: ",
        ),
        Fresh(
            "outlook-nl",
            en,
            "reschedule",
            None,
            outlook_plain("Could we do Monday 7 Dec instead?", en, outlook_block(NL, SENT["nl"], en)),
            "utf-8",
            "base64",
            "Antw: ",
        ),
        Fresh(
            "outlook-ja",
            en,
            "confirm",
            3,
            outlook_plain("3 please", en, outlook_block(JA, SENT["ja"], en)),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-ko",
            en,
            "confirm",
            1,
            outlook_plain("I confirm option 1.", en, outlook_block(KO, SENT["ko"], en, UNDERSCORES)),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-ru",
            en,
            "decline",
            None,
            outlook_plain("Not this time, thank you.", en, outlook_block(RU, SENT["ru"], en)),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "outlook-owa-en-html",
            en,
            "confirm",
            1,
            owa_html("Yes I'll be there on Thursday.", en, EN, SENT["en"]),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "outlook-desktop-de-html",
            en,
            "confirm",
            3,
            outlook_desktop_html("Saturday 10am please", en, DE, SENT["de"]),
            "utf-8",
            "base64",
            "AW: ",
        ),
        Fresh(
            "outlook-desktop-fr-html",
            en,
            "question",
            None,
            outlook_desktop_html("Is parking available at the office?", en, FR, SENT["fr"]),
            "utf-8",
            "quoted-printable",
            "RE : ",
        ),
        Fresh(
            "outlook-original-message",
            en,
            "confirm",
            2,
            outlook_plain(
                "Count me in for option 2", en, "-----Original Message-----\n" + outlook_block(EN, SENT["en"], en)
            ),
            "utf-8",
            "8bit",
            "RE: ",
        ),
        Fresh(
            "outlook-ursprungliche",
            en,
            "reschedule",
            None,
            outlook_plain(
                "Please reschedule, I'm ill this week.",
                en,
                "-----Ursprüngliche Nachricht-----\n" + outlook_block(DE, SENT["de"], en),
            ),
            "utf-8",
            "quoted-printable",
            "AW: ",
        ),
        Fresh(
            "outlook-message-dorigine",
            en,
            "decline",
            None,
            outlook_plain(
                "I can't attend, please withdraw my application.",
                en,
                "-----Message d'origine-----\n" + outlook_block(FR, SENT["fr"], en),
            ),
            "utf-8",
            "base64",
            "RE : ",
        ),
        Fresh(
            "outlook-ios-en",
            en,
            "confirm",
            1,
            outlook_plain(
                "Option 1 is fine",
                en,
                outlook_block(EN, "Tuesday, December 1, 2026 10:00:00 AM", en, UNDERSCORES),
                sig="\nGet Outlook for iOS<https://aka.ms/o0ukef>",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "outlook-android-en",
            en,
            "confirm",
            2,
            outlook_plain(
                "Friday please",
                en,
                outlook_block(EN, "Tuesday, December 1, 2026 10:00:00 AM", en, UNDERSCORES),
                sig="\nGet Outlook for Android<https://aka.ms/AAb9ysg>",
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "outlook-mac-en",
            en,
            "confirm",
            1,
            outlook_plain(
                "Thursday 3 Dec 14:00 confirmed.",
                en,
                outlook_block(("From:", "Date:", "To:", "Subject:"), "Tuesday, 1 December 2026 at 10:00", en),
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "autoreply-en-outlook",
            en,
            "automated",
            None,
            outlook_plain(
                "I am out of the office until 8 December with limited access to email. I will respond to your message when I return.",
                en,
                outlook_block(EN, SENT["en"], en, UNDERSCORES),
            ),
            "utf-8",
            "quoted-printable",
            "Automatic reply: ",
        ),
        # Apple Mail
        Fresh(
            "apple-iphone-en",
            en,
            "confirm",
            3,
            apple(
                "I'll take option 3.",
                en,
                f"On 1 Dec 2026, at 10:00, {OURS} wrote:",
                sig="Sent from my iPhone",
                attr_quoted=True,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "apple-iphone-de",
            en,
            "decline",
            None,
            apple(
                "I have to decline, sorry.",
                en,
                f"Am 01.12.2026 um 10:00 schrieb {OURS}:",
                sig="Von meinem iPhone gesendet",
                attr_quoted=True,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "apple-iphone-fr",
            en,
            "confirm",
            2,
            apple(
                "Friday works for me",
                en,
                f"Le 1 déc. 2026 à 10:00, {OURS} a écrit :",
                sig="Envoyé de mon iPhone",
                attr_quoted=True,
            ),
            "utf-8",
            "base64",
        ),
        # Thunderbird, Yahoo, Zoho, Proton
        Fresh(
            "thunderbird-en",
            en,
            "reschedule",
            None,
            (
                "Can we do it a week later? Same time is fine.\n\nOn 01/12/2026 10:00, Re-interview wrote:\n"
                + gt(rewrap(inv(en), 72))
                + "\n",
                None,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "thunderbird-de",
            en,
            "confirm",
            1,
            ("Confirm.\n\nAm 01.12.26 um 10:00 schrieb Re-interview:\n" + gt(rewrap(inv(en), 72)) + "\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "yahoo-web",
            en,
            "confirm",
            2,
            (
                "I'll go with option 2.\n\n    On Tuesday, December 1, 2026 at 10:00:00 AM GMT, Re-interview <reinterview@hr.example.com> wrote:  \n \n "
                + inv(en).replace("\n", "\n ")
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "yahoo-android-flat",
            en,
            "confirm",
            1,
            (
                "Yes I confirm\n\nSent from Yahoo Mail on Android \n \n  On Tue, Dec 1, 2026 at 10:00, Re-interview<reinterview@hr.example.com> wrote:   "
                + flatten(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "zoho",
            en,
            "decline",
            None,
            (
                "Please count me out, I've taken another job.\n\n\n\n---- On Tue, 01 Dec 2026 10:00:00 +0000 Re-interview <reinterview@hr.example.com> wrote ----\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "proton",
            en,
            "confirm",
            3,
            (
                "Option 3 please\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\nOn Tuesday, December 1st, 2026 at 10:00 AM, Re-interview <reinterview@hr.example.com> wrote:\n\n\n"
                + gt(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "wechat-unmarked-pasted-en",
            en,
            "confirm",
            1,
            (inv(en) + "\n\nok confirm\n", None),
            "utf-8",
            "base64",
            "",
            False,
        ),
    ]
    return out


# ---- batch q18 (written after q17's fixes, before looking at them again) -----------------------------------
def insert_after(text: str, needle: str, answer: str) -> str:
    """An inline answer: `answer` on its own paragraph below the (quoted) line containing `needle`."""
    at = text.index(needle)
    end = text.index("\n", at)
    return f"{text[:end]}\n\n{answer}\n{text[end:]}"


def samsung(text: str, lang: str, sig: str, divider: str, labels: tuple[str, str, str, str], date: str) -> Body:
    f, d, t, s = labels
    return (
        f"{text}\n\n\n\n{sig}\n\n\n{divider}\n{f} {OURS} \n{d} {date} \n{t} {SENDER[lang]} \n{s} {SUBJECT[lang]} \n\n{inv(lang)}\n",
        None,
    )


def lotus_notes(text: str, lang: str) -> Body:
    return (
        f"{text}\n\n\n\n\nRe-interview <reinterview@hr.example.com> \n2026-12-01 10:00\n\nTo\n{SENDER[lang]}\ncc\n\nSubject\n{SUBJECT[lang]}\n\n\n\n\n{inv(lang)}\n",
        None,
    )


def apple_html(text: str, lang: str, attr: str) -> Body:
    return None, (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{_p(text)}'
        f'<div dir="ltr"><br><blockquote type="cite">{_esc(attr)}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{inv_html(lang)}</div></blockquote></body></html>'
    )


def thunderbird_html(text: str, lang: str, attr: str) -> Body:
    return None, (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><p>{_esc(text)}</p>'
        f'<div class="moz-cite-prefix">{_esc(attr)}<br></div><blockquote type="cite" cite="mid:corpus-invitation@hr.example.com">'
        f"{inv_html(lang)}</blockquote></body></html>"
    )


def yahoo_html(text: str, lang: str, attr: str) -> Body:
    return None, (
        f'<html><head></head><body><div class="ydp1a2b3c4yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
        f'<div dir="ltr" data-setdir="false">{_esc(text)}</div></div><div id="ydp5d6e7f8yahoo_quoted_1234" class="ydp5d6e7f8yahoo_quoted">'
        f'<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{_esc(attr)}</div><div><br></div><div><br></div>'
        f"<div>{inv_html(lang)}</div></div></div></body></html>"
    )


def new_outlook_html(text: str, lang: str, labels: tuple[str, str, str, str], sent: str) -> Body:
    f, s, t, subj = labels
    return None, (
        f'<html><head></head><body><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">{_p(text)}</div>'
        '<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message skipProofing"><br></div>'
        '<div style="border-width:1pt medium medium;border-style:solid none none;padding:3pt 0in 0in;border-color:rgb(181,196,223) currentcolor currentcolor;font-family:Aptos;font-size:12pt;color:black;">'
        f"<b>{f} </b>{OURS_HTML}<br><b>{s} </b>{sent}<br><b>{t} </b>{_esc(SENDER[lang])}<br><b>{subj} </b>{SUBJECT[lang]}<br><br></div>"
        f"{inv_html(lang)}</div></body></html>"
    )


def outlook_2010_html(text: str, lang: str, labels: tuple[str, str, str, str], sent: str) -> Body:
    f, s, t, subj = labels
    return None, (
        "<html><body lang=ZH-CN link=blue vlink=purple><div class=WordSection1>"
        + "".join(
            f"<p class=MsoNormal><span style='font-size:10.5pt'>{_esc(x) or '&nbsp;'}<o:p></o:p></span></p>"
            for x in text.split("\n")
        )
        + "<p class=MsoNormal><span style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>"
        "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        f"<p class=MsoNormal><b><span style='font-size:10.0pt'>{f}</span></b><span style='font-size:10.0pt'> {OURS_HTML} </span></p>"
        f"<p class=MsoNormal><b><span style='font-size:10.0pt'>{s}</span></b><span style='font-size:10.0pt'> {sent}</span></p>"
        f"<p class=MsoNormal><b><span style='font-size:10.0pt'>{t}</span></b><span style='font-size:10.0pt'> {_esc(SENDER[lang])}</span></p>"
        f"<p class=MsoNormal><b><span style='font-size:10.0pt'>{subj}</span></b><span style='font-size:10.0pt'> {SUBJECT[lang]}<o:p></o:p></span></p>"
        f"</div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>{inv_html(lang)}</div></body></html>"
    )


def _q18() -> list[Fresh]:
    zh, en = "zh", "en"
    z_attr = f"{OURS} 于2026年12月1日周二 10:00写道："
    e_attr = f"On Tue, Dec 1, 2026 at 10:00 AM {OURS} wrote:"
    thread_en = (
        "OK, option 2 then.\n\nOn Wed, Dec 2, 2026 at 9:00 AM Re-interview <reinterview@hr.example.com> wrote:\n"
        "> Thank you. Which option would you like?\n>\n> On Tue, Dec 1, 2026 at 8:00 PM Alice Smith <alice@example.com> wrote:\n"
        ">> I'll decline\n>>\n>> " + e_attr + "\n" + gt(gt(inv(en)), prefix=">", blank=">>") + "\n"
    )
    thread_zh = (
        '那我选方案3吧\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n'
        '发送时间: 2026年12月2日(星期三) 上午9:00\n收件人: "张三"<zhangsan@qq.com>;\n主题: 回复：重新面试邀请：电商客服专员\n\n'
        '您好，请问您选择哪个方案？\n\n\n------------------ 原始邮件 ------------------\n发件人: "张三"<zhangsan@qq.com>;\n'
        '发送时间: 2026年12月1日(星期二) 晚上8:00\n收件人: "Re-interview"<reinterview@hr.example.com>;\n主题: 回复：重新面试邀请：电商客服专员\n\n'
        '我放弃\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n'
        '发送时间: 2026年12月1日(星期二) 上午10:00\n收件人: "张三"<zhangsan@qq.com>;\n主题: 重新面试邀请：电商客服专员\n\n'
        + inv(zh)
        + "\n"
    )
    return [
        # zh invitation
        Fresh(
            "samsung-zh",
            zh,
            "confirm",
            1,
            samsung(
                "确定参加，周四见",
                zh,
                "发自我的Galaxy",
                "-------- 原始邮件 --------",
                ("发件人：", "日期：", "收件人：", "主题："),
                "2026/12/1 10:00 (GMT+08:00)",
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "huawei-zh",
            zh,
            "decline",
            None,
            samsung(
                "谢谢，不过我已经决定不去了",
                zh,
                "发自我的华为手机",
                "-------- 原始邮件 --------",
                ("发件人：", "日期：", "收件人：", "主题："),
                "2026年12月1日周二 上午10:00",
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "outlook-mac-zh",
            zh,
            "confirm",
            2,
            outlook_plain(
                "周五下午两点可以",
                zh,
                outlook_block(("发件人:", "日期:", "收件人:", "主题:"), "2026年12月1日 星期二 上午10:00", zh),
            ),
            "utf-8",
            "quoted-printable",
            "回复: ",
        ),
        Fresh(
            "outlook-2010-zh-html",
            zh,
            "reschedule",
            None,
            outlook_2010_html(
                "您好，这三个时间我都在外地，能否安排在12月9日之后？",
                zh,
                ("发件人:", "发送时间:", "收件人:", "主题:"),
                "2026年12月1日 10:00",
            ),
            "gb2312",
            "base64",
            "答复: ",
        ),
        Fresh(
            "new-outlook-zh-html",
            zh,
            "confirm",
            3,
            new_outlook_html(
                "周六上午10点的我可以参加", zh, ("发件人:", "发送时间:", "收件人:", "主题:"), "2026年12月1日 10:00"
            ),
            "utf-8",
            "base64",
            "回复: ",
        ),
        Fresh(
            "outlook-mailto-zh",
            zh,
            "question",
            None,
            outlook_plain(
                "请问面试大概多长时间？需要带简历吗？",
                zh,
                "From: Re-interview [mailto:reinterview@hr.example.com]\nSent: 2026年12月1日 10:00\nTo: 张三\nSubject: 重新面试邀请：电商客服专员",
            ),
            "GBK",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "qq-ios-original",
            zh,
            "confirm",
            1,
            (
                "好的我参加\n\n\n发自我的iPhone\n\n\n------------------ Original ------------------\nFrom: Re-interview <reinterview@hr.example.com>\nDate: Tue,Dec 1,2026 10:00 AM\nTo: 张三 <zhangsan@qq.com>\nSubject: Re: 重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh("qq-thread", zh, "confirm", 3, (thread_zh, None), "GBK", "base64", "回复："),
        Fresh(
            "netease-master-android",
            zh,
            "reschedule",
            None,
            (
                "能不能换到下周四下午，这周实在走不开\n\n\n\n\n| |\nzhangsan\n|\n|\n邮箱：zhangsan@163.com\n|\n\n签名由 网易邮箱大师 定制\n\n\n\n\n---- Replied Message ----\n| From | Re-interview<reinterview@hr.example.com> |\n| Date | 12/01/2026 10:00 |\n| To | zhangsan@163.com |\n| Subject | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "Re: ",
        ),
        Fresh(
            "126-web",
            zh,
            "confirm",
            2,
            (
                '您好，我选择方案2，谢谢。\n\n\n\n\n\n\n\n\n\n\n\n在 2026-12-01 10:00:00，"Re-interview" <reinterview@hr.example.com> 写道：\n'
                + gt(inv(zh), prefix=">", blank=">")
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "Re:",
        ),
        Fresh(
            "apple-html-zh",
            zh,
            "decline",
            None,
            apple_html(
                "已收到，我不再参加这次面试了，谢谢。",
                zh,
                "在 2026年12月1日，10:00，Re-interview <reinterview@hr.example.com> 写道：",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "thunderbird-html-zh",
            zh,
            "confirm",
            1,
            thunderbird_html("确认，周四下午两点准时到。", zh, "在 2026/12/1 10:00, Re-interview 写道:"),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-ios-zh-signature",
            zh,
            "confirm",
            2,
            gmail("周五的可以。\n\n张三\n138-0000-0000", zh, z_attr),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-zh-tw",
            zh,
            "confirm",
            3,
            gmail(
                "我選週六那個時段。",
                zh,
                "Re-interview <reinterview@hr.example.com> 於 2026年12月1日 週二 上午10:00寫道：",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "wechat-unmarked-pasted-tail",
            zh,
            "decline",
            None,
            (
                "如何回复\n请直接回复本邮件：\n  - 回复「确认」接受方案 1；\n  - 回复「2」或「3」选择其他方案；\n  - 回复「改期」并写明您方便的时间；\n  - 回复「放弃」表示不参加。\n请于 2026年11月30日 周一 18:00 前回复。\n\n我就不参加了，谢谢\n",
                None,
            ),
            "utf-8",
            "base64",
            "",
            False,
        ),
        Fresh(
            "wechat-quote-card-tail",
            zh,
            "reschedule",
            None,
            (
                "「Re-interview：面试时间 方案 1（建议时间）：2026年12月3日 周四 14:00–15:00 方案 2：2026年12月4日 周五 14:00–15:00 方案 3：2026年12月5日 周六 10:00–11:00」\n- - - - - - - - - - - - - - -\n都不太方便，能改到下周吗\n",
                None,
            ),
            "utf-8",
            "base64",
            "",
            False,
        ),
        Fresh(
            "inline-zh-below-how-to-reply",
            zh,
            "confirm",
            2,
            (z_attr + "\n\n" + insert_after(gt(inv(zh)), "方案 3：2026年12月5日", "我选方案2") + "\n", None),
            "utf-8",
            "base64",
        ),
        Fresh(
            "indented-quote-zh",
            zh,
            "confirm",
            1,
            (
                "确认方案一\n\n    -----原始邮件-----\n    发件人: Re-interview <reinterview@hr.example.com>\n    发送时间: 2026年12月1日 10:00\n    收件人: 张三\n    主题: 重新面试邀请：电商客服专员\n\n"
                + "\n".join("    " + x for x in inv(zh).split("\n"))
                + "\n",
                None,
            ),
            "gb18030",
            "quoted-printable",
        ),
        Fresh(
            "sohu-zh",
            zh,
            "decline",
            None,
            (
                "这次先不参加了。\n\n\n\n--------------------------------------------------------------------------------\n\n发件人：Re-interview <reinterview@hr.example.com>\n发送时间：2026-12-01 10:00:00\n收件人：zhangsan@sohu.com\n主题：重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复：",
        ),
        Fresh(
            "outlook-zh-rewrapped-76",
            zh,
            "confirm",
            3,
            (
                ("方案3\n\n" + UNDERSCORES + outlook_block(ZH, SENT["zh"], zh) + "\n\n" + rewrap(inv(zh), 30) + "\n"),
                None,
            ),
            "GBK",
            "base64",
            "答复: ",
        ),
        # en invitation
        Fresh(
            "samsung-en",
            en,
            "confirm",
            2,
            samsung(
                "Friday 2pm is perfect",
                en,
                "Sent from my Galaxy",
                "-------- Original message --------",
                ("From:", "Date:", "To:", "Subject:"),
                "01/12/2026 10:00 (GMT+00:00)",
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "lotus-notes",
            en,
            "decline",
            None,
            lotus_notes("Thank you, but I have decided to withdraw.", en),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "groupwise",
            en,
            "confirm",
            1,
            (
                "Thursday works.\n\n>>> Re-interview <reinterview@hr.example.com> 12/1/2026 10:00 AM >>>\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "mutt",
            en,
            "reschedule",
            None,
            (
                "Could we push it back by a week? Any afternoon works.\n\n* Re-interview <reinterview@hr.example.com> [2026-12-01 10:00 +0000]:\n"
                + gt(rewrap(inv(en), 70))
                + "\n\n-- \nAlice\n",
                None,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "mailru",
            en,
            "confirm",
            3,
            (
                "Saturday morning please.\n\n\n>Вторник, 1 декабря 2026, 10:00 +03:00 от Re-interview <reinterview@hr.example.com>:\n>\n"
                + gt(inv(en), prefix=">", blank=">")
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "yandex",
            en,
            "decline",
            None,
            (
                'Please withdraw my candidacy, thanks.\n\n01.12.2026, 10:00, "Re-interview" <reinterview@hr.example.com>:\n'
                + gt(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "fastmail",
            en,
            "confirm",
            1,
            ("Confirming option 1.\n\nOn Tue, Dec 1, 2026, at 10:00, Re-interview wrote:\n" + gt(inv(en)) + "\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "apple-html-en",
            en,
            "confirm",
            2,
            apple_html("Option 2 works, thank you!", en, f"On Dec 1, 2026, at 10:00, {OURS} wrote:"),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "thunderbird-html-de",
            en,
            "reschedule",
            None,
            thunderbird_html(
                "None of these work for me, could you offer something the week of 7 December?",
                en,
                "Am 01.12.26 um 10:00 schrieb Re-interview:",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "yahoo-html",
            en,
            "decline",
            None,
            yahoo_html(
                "I'm no longer available for this position, sorry.",
                en,
                "On Tuesday, December 1, 2026 at 10:00:00 AM GMT, Re-interview <reinterview@hr.example.com> wrote:",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "new-outlook-en-html",
            en,
            "confirm",
            3,
            new_outlook_html("Saturday please.", en, EN, SENT["en"]),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-2010-fr-html",
            en,
            "confirm",
            1,
            outlook_2010_html("Option 1 is fine for me.", en, FR, SENT["fr"]),
            "utf-8",
            "quoted-printable",
            "RE : ",
        ),
        Fresh(
            "outlook-cc-fr",
            en,
            "question",
            None,
            (
                "Will the interviewer be the same as last time?\n\n"
                "De : Re-interview <reinterview@hr.example.com>\nEnvoyé : mardi 1 décembre 2026 10:00\nÀ : Alice Smith <alice@example.com>\nCc : HR Team <hr@hr.example.com>\nObjet : Re-interview invitation: Support desk\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "RE : ",
        ),
        Fresh("gmail-en-thread", en, "confirm", 2, (thread_en, None), "utf-8", "quoted-printable"),
        Fresh(
            "gmail-ja-wrapped",
            en,
            "confirm",
            1,
            gmail(
                "Thursday 3 Dec works.",
                en,
                "2026年12月1日(火) 10:00 Re-interview <\nreinterview@hr.example.com>:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-en-signature-block",
            en,
            "reschedule",
            None,
            gmail(
                "Hi,\n\nI'm on a business trip that week. Could we do Tuesday 8 Dec or Wednesday 9 Dec instead?\n\nBest regards,\nAlice Smith\n+44 7700 900123",
                en,
                e_attr,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "outlook-plain-fwd-then-reply",
            en,
            "confirm",
            3,
            (
                "I'll go for the Saturday one.\n\n"
                + UNDERSCORES
                + "From: Alice Smith <alice@work.example.com>\nSent: Tuesday, December 1, 2026 11:00 AM\nTo: Alice Smith <alice@example.com>\nSubject: FW: Re-interview invitation: Support desk\n\n\n\n"
                + UNDERSCORES
                + outlook_block(EN, SENT["en"], en)
                + "\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-plain-rewrapped",
            en,
            "decline",
            None,
            (
                "I will not attend, please cancel.\n\n"
                + UNDERSCORES
                + outlook_block(EN, SENT["en"], en)
                + "\n\n"
                + rewrap(inv(en), 76)
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "apple-en-bottom-posted",
            en,
            "confirm",
            3,
            (
                f"> On 1 Dec 2026, at 10:00, {OURS} wrote:\n>\n"
                + gt(inv(en))
                + "\n\nSaturday is best for me.\n\nSent from my iPad\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-en-inline-howto",
            en,
            "decline",
            None,
            (
                e_attr
                + "\n\n"
                + insert_after(gt(inv(en)), "to choose another option", "Sorry - I'm out, I took another role.")
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "pipe-quoted",
            en,
            "confirm",
            2,
            ("Friday 4 Dec, 14:00 please.\n\n" + e_attr + "\n" + gt(inv(en), prefix="| ", blank="|") + "\n", None),
            "utf-8",
            "base64",
        ),
        Fresh(
            "html-entities-outlook-en",
            en,
            "question",
            None,
            (
                "Can I bring my portfolio on a USB stick?\n\n________________________________\nFrom: Re-interview &lt;reinterview@hr.example.com&gt;\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: Alice Smith &lt;alice@example.com&gt;\nSubject: Re-interview invitation: Support desk\n\n"
                + inv(en).replace("  ", "&nbsp; ")
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
    ]


# ---- batch q19 (written after q18's fixes, before looking at them again) -----------------------------------
def _q19() -> list[Fresh]:
    zh, en = "zh", "en"
    e_attr = f"On Tue, Dec 1, 2026 at 10:00 AM {OURS} wrote:"
    z_attr = f"{OURS} 于2026年12月1日周二 10:00写道："
    naver = (
        '-----Original Message-----\nFrom: "Re-interview"<reinterview@hr.example.com>\nTo: "Alice Smith"<alice@naver.com>;\n'
        "Cc: \nSent: 2026-12-01 (화) 10:00:00 (GMT+09:00)\nSubject: Re-interview invitation: Support desk\n\n"
    )
    return [
        Fresh(
            "daum-original",
            en,
            "confirm",
            2,
            (
                "Option 2, thank you.\n\n\n----- 원본 메일 -----\n보낸사람: Re-interview <reinterview@hr.example.com>\n받는사람: alice@daum.net\n날짜: 2026년 12월 1일 화요일, 10시 00분 00초 +0900\n제목: Re-interview invitation: Support desk\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "naver",
            en,
            "decline",
            None,
            ("I have decided not to continue with the process.\n\n" + naver + inv(en) + "\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "becky-wrote-on",
            en,
            "confirm",
            3,
            (
                "Saturday 10:00 is fine.\n\nRe-interview wrote on Tue, 01 Dec 2026 10:00:00 +0000:\n"
                + gt(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "yandex-mobile",
            en,
            "confirm",
            1,
            (
                'Thursday works\n\n-- \nОтправлено из мобильной Яндекс.Почты\n\n01.12.2026, 10:00, "Re-interview" <reinterview@hr.example.com>:\n'
                + gt(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmx-date-first-de",
            en,
            "reschedule",
            None,
            (
                'Could we move it to the following Monday afternoon?\n\n\nGesendet: Dienstag, 01. Dezember 2026 um 10:00 Uhr\nVon: "Re-interview" <reinterview@hr.example.com>\nAn: alice@gmx.de\nBetreff: Re-interview invitation: Support desk\n'
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "orange-fr",
            en,
            "confirm",
            2,
            (
                'Vendredi / Friday is good for me.\n\n> Message du 01/12/26 10:00\n> De : "Re-interview" <reinterview@hr.example.com>\n> A : alice@orange.fr\n> Copie à : \n> Objet : Re-interview invitation: Support desk\n>\n'
                + gt(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "libero-it",
            en,
            "decline",
            None,
            (
                "Not interested anymore, sorry.\n\n\n----Messaggio originale----\nDa: reinterview@hr.example.com\nData: 1-dic-2026 10.00\nA: <alice@libero.it>\nOgg: Re-interview invitation: Support desk\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "outlook-ja-html",
            en,
            "confirm",
            1,
            outlook_desktop_html(
                "Thursday is fine. Thank you.", en, ("差出人:", "送信日時:", "宛先:", "件名:"), "2026年12月1日 10:00"
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-bottom-posted-unmarked",
            en,
            "confirm",
            3,
            (
                outlook_block(("From:", "Date:", "To:", "Subject:"), "Tuesday, 1 December 2026 at 10:00", en)
                + "\n\n"
                + inv(en)
                + "\n\nI'll take option 3.\n\nAlice\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-signature-dashes",
            en,
            "reschedule",
            None,
            gmail(
                "None of those days work, sorry. Would the week of 14 December be possible?\n\n--\nAlice Smith\nSupport engineer",
                en,
                e_attr,
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-html-signature",
            en,
            "confirm",
            2,
            (
                None,
                '<div dir="ltr">Friday at 2pm works for me.<br clear="all"><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Alice Smith<br>+44 7700 900123</div></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + _esc(e_attr)
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + inv_html(en)
                + "</blockquote></div>",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "multipart-blank-plain",
            en,
            "decline",
            None,
            (" \r\n", owa_html("Please withdraw me, thanks.", en, EN, SENT["en"])[1]),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "fullwidth-quote-marks",
            en,
            "confirm",
            1,
            ("Option 1 please.\n\n" + e_attr + "\n" + gt(inv(en), prefix="＞ ", blank="＞") + "\n", None),
            "utf-8",
            "base64",
        ),
        Fresh(
            "empty-reply-only-quote",
            en,
            "unclear",
            None,
            ("\n\n" + e_attr + "\n\n" + gt(inv(en)) + "\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "inline-unmarked-bracketed",
            en,
            "confirm",
            2,
            (
                "See my answer below.\n\n"
                + outlook_block(EN, SENT["en"], en, UNDERSCORES)
                + "\n\n"
                + insert_after(inv(en), "Option 3: Sat 5 Dec", "[Alice] I'd like option 2 please.")
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "attachment-pdf",
            en,
            "confirm",
            3,
            ("Saturday suits me. My portfolio is attached.\n\n" + e_attr + "\n\n" + gt(inv(en)) + "\n", None),
            "utf-8",
            "quoted-printable",
            attach_pdf=True,
        ),
        # zh invitation
        Fresh(
            "139-mail",
            zh,
            "confirm",
            2,
            (
                '周五下午两点，我准时到。\n\n发自139邮箱\n\n\n----邮件原文----\n发件人：Re-interview <reinterview@hr.example.com>\n收件人："张三" <zhangsan@139.com>\n抄　送：\n发送时间：2026-12-01 10:00:00\n主题：重新面试邀请：电商客服专员\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "回复：",
        ),
        Fresh(
            "dingtalk",
            zh,
            "decline",
            None,
            (
                '抱歉，我已入职其他公司，这次就不参加了。\n\n发自钉钉专业版\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年12月1日(星期二) 上午10:00\n收件人: "张三"<zhangsan@example.com>;\n主题: 重新面试邀请：电商客服专员\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "outlook-zh-wrapped-from",
            zh,
            "confirm",
            1,
            (
                "确认周四下午参加\n\n"
                + UNDERSCORES
                + "发件人: Re-interview\n<reinterview@hr.example.com>\n发送时间: 2026年12月1日 10:00\n收件人: 张三\n主题: 重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "GBK",
            "quoted-printable",
            "答复: ",
        ),
        Fresh(
            "apple-html-zh-sig",
            zh,
            "confirm",
            3,
            (
                None,
                '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">我选周六上午</div><div dir="ltr"><br><div dir="ltr">发自我的iPhone</div><div dir="ltr"><br><blockquote type="cite">在 2026年12月1日，10:00，Re-interview &lt;reinterview@hr.example.com&gt; 写道：<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                + inv_html(zh)
                + "</div></blockquote></div></body></html>",
            ),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "qq-html-classic",
            zh,
            "reschedule",
            None,
            (
                None,
                '<div>这周都没空，下周一到周三任何时间都可以。</div><div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Re-interview"&lt;reinterview@hr.example.com&gt;;</div><div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 上午10:00</div><div><b>收件人:</b>&nbsp;"张三"&lt;zhangsan@qq.com&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;重新面试邀请：电商客服专员</div></div><div><br></div>'
                + inv_html(zh),
            ),
            "GBK",
            "base64",
            "回复：",
        ),
        Fresh(
            "netease-html-master",
            zh,
            "confirm",
            2,
            (
                None,
                '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">第二个方案可以</div><div id="ntes-pcmail-signature" style="font-family:\'微软雅黑\'"><div style="font-size:14px; padding: 0; margin:0;line-height:14px;"><div style="padding-bottom:6px;margin-bottom:10px;display:inline-block"><a href="https://maas.mail.163.com/dashi-web-extend/html/proSignature.html" style="display:block;"><table><tr><td>张三</td></tr><tr><td>zhangsan@163.com</td></tr></table></a></div></div></div><div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';"><div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div><table class="J-mail-reply"><tr><td>发件人</td><td>Re-interview&lt;reinterview@hr.example.com&gt;</td></tr><tr><td>发送日期</td><td>2026年12月01日 10:00</td></tr><tr><td>收件人</td><td>张三&lt;zhangsan@163.com&gt;</td></tr><tr><td>主题</td><td>重新面试邀请：电商客服专员</td></tr></table></div>'
                + inv_html(zh),
            ),
            "utf-8",
            "base64",
            "回复:",
        ),
        Fresh(
            "wechat-unmarked-pasted-header-then-answer",
            zh,
            "confirm",
            1,
            (
                "发件人：Re-interview\n时间：2026年12月1日 10:00\n主题：重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n\n好的，确认参加周四的面试。\n",
                None,
            ),
            "utf-8",
            "base64",
            "",
            False,
        ),
        Fresh(
            "gmail-zh-three-line",
            zh,
            "decline",
            None,
            gmail(
                "不好意思，我决定放弃这次机会了。",
                zh,
                "Re-interview Service of the Company <\nreinterview@hr.example.com> 于2026年12月1日周二\n10:00写道：",
                html=False,
            ),
            "gb18030",
            "base64",
        ),
        Fresh(
            "zh-bottom-posted-inline-sig",
            zh,
            "confirm",
            3,
            (z_attr + "\n\n" + gt(inv(zh)) + "\n\n周六上午那个我可以。\n\n--\n张三\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "zh-empty-reply",
            zh,
            "unclear",
            None,
            ("\n\n\n\n" + z_attr + "\n\n" + gt(inv(zh)) + "\n", None),
            "utf-8",
            "base64",
        ),
        Fresh(
            "outlook-zh-rewrapped-prefixed",
            zh,
            "reschedule",
            None,
            (
                "时间都冲突了，能否12月10日下午？\n\n"
                "-----原始邮件-----\n"
                + outlook_block(ZH, SENT["zh"], zh)
                + "\n\n"
                + gt(rewrap(inv(zh), 24), prefix="| ", blank="|")
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "答复: ",
        ),
        Fresh(
            "sina-mobile",
            zh,
            "question",
            None,
            (
                '请问线上面试用什么软件？\n\n\n发自新浪邮箱客户端\n\n\n在 2026年12月1日 10:00，"Re-interview"<reinterview@hr.example.com> 写道：\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "huawei-email-en-labels-zh",
            zh,
            "confirm",
            2,
            (
                "周五可以参加\n\n\n\n\n\nFrom: Re-interview <reinterview@hr.example.com>\nTo: 张三 <zhangsan@example.com>\nDate: 2026-12-01 10:00:00\nSubject: 重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "outlook-vi-html",
            en,
            "confirm",
            3,
            owa_html(
                "Saturday please.", en, ("Từ:", "Đã gửi:", "Đến:", "Chủ đề:"), "Thứ Ba, ngày 1 tháng 12 năm 2026 10:00"
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-id-plain",
            en,
            "decline",
            None,
            outlook_plain(
                "Mohon maaf, I can't join. Please cancel my interview.",
                en,
                outlook_block(
                    ("Dari:", "Dikirim:", "Kepada:", "Subjek:"), "Selasa, 01 Desember 2026 10.00", en, UNDERSCORES
                ),
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "outlook-pl",
            en,
            "confirm",
            1,
            outlook_plain(
                "Option 1, thank you.",
                en,
                outlook_block(("Od:", "Wysłano:", "Do:", "Temat:"), "wtorek, 1 grudnia 2026 10:00", en),
            ),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "outlook-tr",
            en,
            "question",
            None,
            outlook_plain(
                "Do I need to bring a printed CV?",
                en,
                outlook_block(("Kimden:", "Gönderildi:", "Kime:", "Konu:"), "1 Aralık 2026 Salı 10:00", en),
            ),
            "utf-8",
            "base64",
            "YNT: ",
        ),
        Fresh(
            "gmail-sv",
            en,
            "reschedule",
            None,
            gmail(
                "Is there any chance of a slot in the week of 7 December instead?",
                en,
                "Den tis 1 dec. 2026 kl 10:00 skrev Re-interview <\nreinterview@hr.example.com>:",
                html=False,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "gmail-pl",
            en,
            "confirm",
            2,
            gmail(
                "Friday suits me.",
                en,
                "wt., 1 gru 2026 o 10:00 Re-interview <reinterview@hr.example.com>\nnapisał(a):",
                html=False,
            ),
            "utf-8",
            "quoted-printable",
        ),
    ]


# ---- batch q20: short answers, where any leak of our words would decide (written after q19's fixes) --------
def outlook_text_of_html(lang: str) -> str:
    """Outlook's plain-text rendering of our HTML email: numbered list items, *bold*, links followed by <url>."""
    from inbound.mime import html_to_text

    page = (HERE / f"invitation.{lang}.html").read_text(encoding="utf-8")
    text = html_to_text(page.replace("<strong>", "*").replace("</strong>", "*"))
    out, n = [], 0
    for raw in text.split("\n"):
        line = raw
        if line.startswith(("Thu 3 Dec", "Fri 4 Dec", "Sat 5 Dec", "2026年12月3日", "2026年12月4日", "2026年12月5日")):
            n += 1
            line = f"  {n}.  {line}"
        out.append(
            line.replace("https://meet.example.com/r/1", "https://meet.example.com/r/1<https://meet.example.com/r/1>")
        )
    return "\n".join(out)


def _q20() -> list[Fresh]:
    zh, en = "zh", "en"
    e_attr = f"On Tue, Dec 1, 2026 at 10:00 AM {OURS} wrote:"
    disclaimer_en = "CONFIDENTIALITY NOTICE: This email and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it; do not copy or forward it."
    disclaimer_zh = "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即通知发件人并删除本邮件，不得转发。"
    return [
        Fresh(
            "outlook-text-of-html-en",
            en,
            "unclear",
            None,
            (
                "ok\n\n" + UNDERSCORES + outlook_block(EN, SENT["en"], en) + "\n\n" + outlook_text_of_html(en) + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "outlook-text-of-html-zh",
            zh,
            "confirm",
            None,
            (
                "好的\n\n" + UNDERSCORES + outlook_block(ZH, SENT["zh"], zh) + "\n\n" + outlook_text_of_html(zh) + "\n",
                None,
            ),
            "GBK",
            "base64",
            "答复: ",
        ),
        Fresh(
            "owa-vi-no-address",
            en,
            "confirm",
            2,
            (
                "2\n\n"
                + UNDERSCORES
                + "Từ: Re-interview\nĐã gửi: Thứ Ba, 1 tháng 12, 2026 10:00\nĐến: Alice Smith\nChủ đề: Re-interview invitation: Support desk\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "gmail-zh-old-attr",
            zh,
            "confirm",
            None,
            gmail(
                "可以", zh, "在 2026年12月1日 上午10:00，Re-interview <reinterview@hr.example.com>写道：", html=False
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "apple-no-blank-before-attr",
            en,
            "confirm",
            None,
            (f"yes\nOn 1 Dec 2026, at 10:00, {OURS} wrote:\n\n" + gt(inv(en)) + "\n", None),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "gmail-sig-then-iphone",
            en,
            "confirm",
            2,
            ("Friday\n\n-- \nAlice\nSent from my iPhone\n\n" + e_attr + "\n\n" + gt(inv(en)) + "\n", None),
            "utf-8",
            "base64",
        ),
        Fresh(
            "html-border-left-div",
            en,
            "confirm",
            None,
            (
                None,
                f'<div>Yes</div><div><br></div><div>{_esc(e_attr)}</div><div style="border-left:2px solid #ccc;padding-left:8px">{inv_html(en)}</div>',
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "html-hr-no-attr-zh",
            zh,
            "confirm",
            None,
            (None, f"<div>好</div><hr>{inv_html(zh)}"),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "yahoo-android-flat-2",
            en,
            "confirm",
            2,
            (
                "2\n\nSent from Yahoo Mail on Android \n \n  On Tue, Dec 1, 2026 at 10:00, Re-interview<reinterview@hr.example.com> wrote:   "
                + flatten(inv(en))
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "qq-card-decline",
            zh,
            "decline",
            None,
            (
                '放弃\n\n\n------------------ Original ------------------\nFrom: "Re-interview" <reinterview@hr.example.com>;\nDate: Tue, Dec 1, 2026 10:00 AM\nTo: "张三"<zhangsan@qq.com>;\nSubject: 重新面试邀请：电商客服专员\n\n'
                + inv(zh)
                + "\n",
                None,
            ),
            "gb18030",
            "quoted-printable",
            "回复：",
        ),
        Fresh(
            "netease-confirm-short",
            zh,
            "confirm",
            None,
            (
                "确认\n\n\n---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 日期 | 2026年12月01日 10:00 |\n| 收件人 | 张三<zhangsan@163.com> |\n| 主题 | 重新面试邀请：电商客服专员 |\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复:",
        ),
        Fresh(
            "outlook-de-decline-short",
            en,
            "decline",
            None,
            outlook_plain("decline", en, outlook_block(DE, SENT["de"], en, UNDERSCORES)),
            "utf-8",
            "quoted-printable",
            "AW: ",
        ),
        Fresh(
            "new-outlook-confirm-short",
            en,
            "confirm",
            None,
            new_outlook_html("Confirm", en, EN, SENT["en"]),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh("wechat-unmarked-pasted-3", zh, "confirm", 3, (inv(zh) + "\n3\n", None), "utf-8", "base64", "", False),
        Fresh(
            "163-reschedule-short",
            zh,
            "reschedule",
            None,
            (
                '改期\n\n在 2026-12-01 10:00:00，"Re-interview" <reinterview@hr.example.com> 写道：\n'
                + gt(inv(zh), prefix=">", blank=">")
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "Re:",
        ),
        Fresh(
            "thunderbird-reschedule-short",
            en,
            "reschedule",
            None,
            ("reschedule please\n\nOn 01/12/2026 10:00, Re-interview wrote:\n" + gt(rewrap(inv(en), 72)) + "\n", None),
            "utf-8",
            "8bit",
        ),
        Fresh(
            "exchange-disclaimer-en",
            en,
            "unclear",
            None,
            (
                "ok\n\n"
                + UNDERSCORES
                + outlook_block(EN, SENT["en"], en)
                + "\n\n"
                + inv(en)
                + "\n\n"
                + disclaimer_en
                + "\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
            "RE: ",
        ),
        Fresh(
            "exchange-disclaimer-zh",
            zh,
            "confirm",
            None,
            (
                "好的\n\n"
                + UNDERSCORES
                + outlook_block(ZH, SENT["zh"], zh)
                + "\n\n"
                + inv(zh)
                + "\n\n"
                + disclaimer_zh
                + "\n",
                None,
            ),
            "GBK",
            "base64",
            "答复: ",
        ),
        Fresh(
            "forwarded-to-self-then-yes",
            en,
            "confirm",
            None,
            (
                "yes\n\n"
                + UNDERSCORES
                + "From: Alice Smith <alice@work.example.com>\nSent: Tuesday, December 1, 2026 11:00 AM\nTo: Alice Smith <alice@example.com>\nSubject: FW: Re-interview invitation: Support desk\n\n\n"
                + UNDERSCORES
                + outlook_block(EN, SENT["en"], en)
                + "\n\n"
                + inv(en)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "RE: ",
        ),
        Fresh(
            "gmail-rewrapped-40-2",
            en,
            "confirm",
            2,
            gmail("2", en, e_attr, html=False, width=40),
            "utf-8",
            "quoted-printable",
        ),
        Fresh(
            "qq-card-html-gb18030-qp",
            zh,
            "confirm",
            None,
            (
                None,
                '<div>好的</div><div><br></div><div style="font-size:12px;padding:2px 0;"><div>原始邮件</div></div><div style="font-size:12px;background:#efefef;padding:8px;"><div><b>发件人：</b>"Re-interview"&lt;reinterview@hr.example.com&gt;</div><div><b>发送时间：</b>2026年12月1日 10:00</div><div><b>收件人：</b>"张三"&lt;zhangsan@qq.com&gt;</div><div><b>主题：</b>重新面试邀请：电商客服专员</div></div><div><br></div>'
                + inv_html(zh),
            ),
            "gb18030",
            "quoted-printable",
            "回复：",
        ),
        Fresh("lotus-ok", en, "unclear", None, lotus_notes("OK", en), "utf-8", "8bit"),
        Fresh(
            "samsung-yes",
            en,
            "confirm",
            None,
            samsung(
                "yes",
                en,
                "Sent from my Galaxy",
                "-------- Original message --------",
                ("From:", "Date:", "To:", "Subject:"),
                "01/12/2026 10:00 (GMT+00:00)",
            ),
            "utf-8",
            "base64",
        ),
        Fresh(
            "huawei-will-attend",
            zh,
            "confirm",
            None,
            samsung(
                "好的，我会参加",
                zh,
                "发自我的华为手机",
                "-------- 原始邮件 --------",
                ("发件人：", "日期：", "收件人：", "主题："),
                "2026年12月1日周二 上午10:00",
            ),
            "utf-8",
            "base64",
            "回复：",
        ),
        Fresh(
            "outlook-fr-html-thursday",
            en,
            "confirm",
            1,
            outlook_desktop_html("Thursday", en, FR, SENT["fr"]),
            "utf-8",
            "quoted-printable",
            "RE : ",
        ),
        Fresh(
            "outlook-mac-zh-no-address",
            zh,
            "confirm",
            3,
            (
                "3\n\n发件人: Re-interview\n日期: 2026年12月1日 星期二 上午10:00\n收件人: 张三\n主题: 重新面试邀请：电商客服专员\n\n"
                + inv(zh)
                + "\n",
                None,
            ),
            "utf-8",
            "base64",
            "回复: ",
        ),
        Fresh(
            "gmail-html-only-zh-short",
            zh,
            "confirm",
            2,
            gmail_html_only("2", zh, f"{OURS} 于2026年12月1日周二 10:00写道："),
            "utf-8",
            "base64",
        ),
        Fresh(
            "apple-zh-bottom-short",
            zh,
            "decline",
            None,
            (
                "在 2026年12月1日，10:00，Re-interview <reinterview@hr.example.com> 写道：\n\n"
                + gt(inv(zh))
                + "\n\n不去了\n\n发自我的iPhone\n",
                None,
            ),
            "utf-8",
            "quoted-printable",
        ),
    ]


BATCHES: dict[str, Callable[[], list[Fresh]]] = {"q17": _q17, "q18": _q18, "q19": _q19, "q20": _q20}


def main() -> None:
    manifest = HERE / "manifest.tsv"
    lines = manifest.read_text(encoding="utf-8").rstrip("\n").split("\n")
    header, rows = lines[0], lines[1:]
    for batch, make in BATCHES.items():
        for old in OUT.glob(f"{batch}-*.eml"):
            old.unlink()
        rows = [r for r in rows if r.split("\t")[-1] != batch]
        for n, m in enumerate(make(), 1):
            name = f"{batch}-{n:03d}-{m.lang}-{m.client}"
            (OUT / f"{name}.eml").write_bytes(render(m, batch, n))
            rows.append(f"mail/{name}.eml\t{m.intent}\t{m.slot or ''}\t{m.lang}\t{m.client}\t{fmt(m)}\t{batch}")
        print(f"{batch}: {len(make())} replies")
    manifest.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
