# ruff: noqa: E501  (fixture data: client quoting reproduced verbatim, one line each)
"""Build the labelled reply corpus: `python -m tests.inbound.corpus.build` writes `mail/*.eml` and `manifest.tsv`.

Each reply of `replies.py` (what a candidate wrote, and what a person reads in it) is wrapped the way a mail
client sends it — its quoting of our invitation (the real template, rendered into `invitation.*.txt`), its
attribution or header block in its language, its signature, HTML or plain or both, its charset and transfer
encoding — so the reading is tested on the bytes a client sends. The assignment of reply to client is
deterministic (a fixed rotation), so rebuilding gives the same files. The hard cases a rotation cannot
produce are hand-written in `hand/` and listed in `hand/manifest.tsv`; this script copies their labels in.
"""

from __future__ import annotations

import base64
import html
import quopri
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.inbound.corpus.replies import (
    AUTOMATED,
    EIGHTH,
    ELEVENTH,
    EN,
    FIFTEENTH,
    FIFTH,
    FOURTEENTH,
    FOURTH,
    I17,
    I18,
    I19,
    I20,
    I21,
    NINTH,
    SECOND,
    SEVENTH,
    SIXTEENTH,
    SIXTH,
    TENTH,
    THIRD,
    THIRTEENTH,
    TWELFTH,
    ZH,
    Reply,
)

HERE = Path(__file__).parent
OUT = HERE / "mail"
TO = "reply+k1.corpus@reply.hr.example.com"
OUR_ID = "<corpus-invitation@hr.example.com>"
SUBJECT = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
SLOTS_ZH = [  # Asia/Shanghai: Thu 3 Dec 14:00, Fri 4 Dec 14:00, Sat 5 Dec 10:00
    {"number": 1, "start": "2026-12-03T06:00:00+00:00", "end": "2026-12-03T07:00:00+00:00"},
    {"number": 2, "start": "2026-12-04T06:00:00+00:00", "end": "2026-12-04T07:00:00+00:00"},
    {"number": 3, "start": "2026-12-05T02:00:00+00:00", "end": "2026-12-05T03:00:00+00:00"},
]
SLOTS_EN = [  # Europe/London: Thu 3 Dec 14:00, Fri 4 Dec 14:00, Sat 5 Dec 10:00
    {"number": 1, "start": "2026-12-03T14:00:00+00:00", "end": "2026-12-03T15:00:00+00:00"},
    {"number": 2, "start": "2026-12-04T14:00:00+00:00", "end": "2026-12-04T15:00:00+00:00"},
    {"number": 3, "start": "2026-12-05T10:00:00+00:00", "end": "2026-12-05T11:00:00+00:00"},
]
TIMEZONE = {"zh": "Asia/Shanghai", "en": "Europe/London"}
SENDER = {"zh": "张三 <zhangsan@example.com>", "en": "Alice Smith <alice@example.com>"}


def render_invitations() -> None:
    """The invitation as the service renders it (text and HTML), in both languages."""
    from mail.render import email_environment, render_email
    from tests.mail.test_templates import context_for

    env = email_environment()
    for lang, locale, slots in (("zh", "zh-CN", SLOTS_ZH), ("en", "en", SLOTS_EN)):
        context = context_for(
            "invitation",
            slots=slots,
            timezone=TIMEZONE[lang],
            recipient_name="张三" if lang == "zh" else "Alice Smith",
            job_title="电商客服专员" if lang == "zh" else "Support desk",
        )
        rendered = render_email(env, "invitation", locale, context)
        (HERE / f"invitation.{lang}.txt").write_text(rendered.text, encoding="utf-8")
        (HERE / f"invitation.{lang}.html").write_text(rendered.html, encoding="utf-8")


def invitation(lang: str) -> str:
    return (HERE / f"invitation.{lang}.txt").read_text(encoding="utf-8")


def invitation_html(lang: str) -> str:
    text = (HERE / f"invitation.{lang}.html").read_text(encoding="utf-8")
    start, end = text.find("<body"), text.rfind("</body>")
    body = text[text.find(">", start) + 1 : end] if start >= 0 and end > start else text
    return body


# ---- how clients quote ------------------------------------------------------------------------------------


def gt(text: str, width: int | None = None) -> str:
    lines = text.split("\n")
    if width:
        lines = [w for line in lines for w in (textwrap.wrap(line, width) or [""])]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def rewrap(text: str, width: int) -> str:
    return "\n".join(w for line in text.split("\n") for w in (textwrap.wrap(line, width) or [""]))


ZH_HEADER = "发件人: Re-interview <reinterview@hr.example.com>\n发送时间: 2026年12月1日 10:00\n收件人: 张三 <zhangsan@example.com>\n主题: 重新面试邀请：电商客服专员\n"
EN_HEADER = "From: Re-interview <reinterview@hr.example.com>\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: Alice Smith <alice@example.com>\nSubject: Re-interview invitation: Support desk\n"

# Plain-text clients: (name, languages, body(new, lang) -> text).
PlainClient = tuple[str, tuple[str, ...], Callable[[str, str], str]]
PLAIN: list[PlainClient] = [
    (
        "gmail-zh",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\nRe-interview <reinterview@hr.example.com> 于2026年12月1日周二 10:00写道：\n\n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "gmail-en-wrapped",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}\n\nOn Tue, Dec 1, 2026 at 10:00 AM Re-interview <\nreinterview@hr.example.com> wrote:\n\n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "gmail-old-date",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}\n\n2026-12-01 10:00 GMT+08:00 Re-interview <reinterview@hr.example.com>:\n\n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "gmail-three-line",
        ("en",),
        lambda n, lang: (
            f"{n}\n\nOn Tue, Dec 1, 2026 at 10:00 AM Re-interview service of the\nHuman Resources department <\nreinterview@hr.example.com> wrote:\n\n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "outlook-en",
        ("en", "zh"),
        lambda n, lang: f"{n}\n\n________________________________\n{EN_HEADER}\n{invitation(lang)}\n",
    ),
    ("outlook-no-rule", ("en",), lambda n, lang: f"{n}\n\n{EN_HEADER}\n{invitation(lang)}\n"),
    (
        "outlook-date-first",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}\n\nDate: Tue, 1 Dec 2026 10:00:00 +0800\nFrom: Re-interview <reinterview@hr.example.com>\nTo: {SENDER[lang]}\nSubject: {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "outlook-lowercase-sent",
        ("en",),
        lambda n, lang: (
            f"{n}\n\nfrom: reinterview@hr.example.com\nsent: 01 December 2026 10:00\nto: alice@example.com\nsubject: {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    ("outlook-zh", ("zh",), lambda n, lang: f"{n}\n\n{ZH_HEADER}\n{invitation(lang)}\n"),
    (
        "outlook-split-from",
        ("en",),
        lambda n, lang: (
            f"{n}\n\nFrom: Re-interview\n<reinterview@hr.example.com>\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: Alice Smith\nSubject: {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "original-message",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}\n\n-----Original Message-----\nFrom: Re-interview <reinterview@hr.example.com>\nTo: {SENDER[lang]}\nSent: Tue, Dec 1, 2026 10:00 am\nSubject: {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "qq-classic",
        ("zh",),
        lambda n, lang: (
            f'{n}\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年12月1日(星期二) 上午10:00\n收件人: "张三"<zhangsan@example.com>;\n主题: {SUBJECT[lang]}\n\n{invitation(lang)}\n'
        ),
    ),
    (
        "qq-card-original",
        ("zh", "en"),
        lambda n, lang: (
            f"{n}\n\n\nOriginal\n\nFrom: Re-interview <reinterview@hr.example.com>\nDate: 2026年12月1日 10:00\nTo: {SENDER[lang]}\nSubject: {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "qq-card-zh",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\n原始邮件\n\n发件人：Re-interview <reinterview@hr.example.com>\n发件时间：2026年12月1日 10:00\n收件人：张三 <zhangsan@example.com>\n主题：{SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "netease-replied",
        ("zh", "en"),
        lambda n, lang: (
            f"{n}\n\n---- Replied Message ----\n| From | Re-interview<reinterview@hr.example.com> |\n| Date | 12/01/2026 10:00 |\n| To | {SENDER[lang]} |\n| Subject | {SUBJECT[lang]} |\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "netease-zh",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\n---- 回复的原邮件 ----\n| 发件人 | Re-interview<reinterview@hr.example.com> |\n| 日期 | 2026年12月01日 10:00 |\n| 收件人 | {SENDER[lang]} |\n| 主题 | {SUBJECT[lang]} |\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "netease-signature",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\n| |\n张三\n|\n|\nzhangsan@163.com\n|\n签名由网易邮箱大师定制\n\n---- Replied Message ----\n| From | Re-interview<reinterview@hr.example.com> |\n| Date | 12/01/2026 10:00 |\n| To | {SENDER[lang]} |\n| Subject | {SUBJECT[lang]} |\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "foxmail",
        ("zh",),
        lambda n, lang: (
            f'{n}\n\n\n\nzhangsan@example.com\n\n------------------ Original ------------------\nFrom:  "Re-interview"<reinterview@hr.example.com>;\nDate:  Tue, Dec 1, 2026 10:00 AM\nTo:  "张三"<zhangsan@example.com>;\nSubject:  {SUBJECT[lang]}\n\n{invitation(lang)}\n'
        ),
    ),
    (
        "apple-en",
        ("en",),
        lambda n, lang: (
            f"{n}\n\n> On Dec 1, 2026, at 10:00, Re-interview <reinterview@hr.example.com> wrote:\n> \n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "apple-zh-iphone",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\n发自我的iPhone\n\n> 在 2026年12月1日，10:00，Re-interview <reinterview@hr.example.com> 写道：\n> \n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "iphone-en",
        ("en",),
        lambda n, lang: (
            f"{n}\n\nSent from my iPhone\n\n> On Dec 1, 2026, at 10:00 AM, Re-interview <reinterview@hr.example.com> wrote:\n>\n{gt(invitation(lang))}\n"
        ),
    ),
    (
        "thunderbird",
        ("en", "zh"),
        lambda n, lang: f"{n}\n\nOn 12/1/26 10:00 AM, Re-interview wrote:\n{gt(invitation(lang), 72)}\n",
    ),
    (
        "thunderbird-de",
        ("en", "zh"),
        lambda n, lang: f"{n}\n\nAm 01.12.26 um 10:00 schrieb Re-interview:\n{gt(invitation(lang), 72)}\n",
    ),
    (
        "yahoo",
        ("en",),
        lambda n, lang: (
            f"{n}\n\n\nOn Tuesday, December 1, 2026, 10:00:00 AM GMT+8, Re-interview <reinterview@hr.example.com> wrote:\n\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "bottom-posted",
        ("en", "zh"),
        lambda n, lang: (
            f"On Tue, Dec 1, 2026 at 10:00 AM Re-interview <reinterview@hr.example.com> wrote:\n{gt(invitation(lang))}\n\n{n}\n"
        ),
    ),
    (
        "wechat-paste",
        ("zh",),
        lambda n, lang: (
            f"「Re-interview：{invitation(lang).replace(chr(10), ' ')[:300]}」\n- - - - - - - - - - - - - - -\n{n}\n"
        ),
    ),
    (
        "android-huawei",
        ("zh",),
        lambda n, lang: (
            f"{n}\n\n发自我的华为手机\n\n\n-------- 原始邮件 --------\n发件人： Re-interview <reinterview@hr.example.com>\n日期： 2026年12月1日周二 上午10:00\n收件人： 张三 <zhangsan@example.com>\n主 题： {SUBJECT[lang]}\n\n{invitation(lang)}\n"
        ),
    ),
    (
        "no-markers-rewrapped",
        ("zh", "en"),
        lambda n, lang: f"{n}\n\n{rewrap(invitation(lang), 38 if lang == 'zh' else 60)}\n",
    ),
    (
        "gt-rewrapped-60",
        ("en", "zh"),
        lambda n, lang: f"{n}\n\nRe-interview wrote:\n{gt(invitation(lang), 30 if lang == 'zh' else 60)}\n",
    ),
    (
        "entities-in-text",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}&nbsp;\n\nOn Tue, Dec 1, 2026 at 10:00 AM Re-interview &lt;reinterview@hr.example.com&gt; wrote:\n\n"
            + "\n".join(f"&gt; {x}" for x in invitation(lang).split("\n"))
            + "\n"
        ),
    ),
    (
        "signature-dash",
        ("en", "zh"),
        lambda n, lang: (
            f"{n}\n\n-- \n{SENDER[lang].split(' <')[0]}\n+86 138 0000 0000\n\n{EN_HEADER}\n{invitation(lang)}\n"
        ),
    ),
]

# Outlook and webmail header blocks in other languages (the reply itself is in zh or en).
OTHER_LANGS: dict[str, str] = {
    "de": "-----Ursprüngliche Nachricht-----\nVon: Re-interview <reinterview@hr.example.com>\nGesendet: Dienstag, 1. Dezember 2026 10:00\nAn: Alice Smith <alice@example.com>\nBetreff: Re-interview invitation: Support desk\n",
    "fr": "De : Re-interview <reinterview@hr.example.com>\nEnvoyé : mardi 1 décembre 2026 10:00\nÀ : Alice Smith <alice@example.com>\nObjet : Re-interview invitation: Support desk\n",
    "fr-attr": "Le mar. 1 déc. 2026 à 10:00, Re-interview <reinterview@hr.example.com>\na écrit :\n",
    "es": "De: Re-interview <reinterview@hr.example.com>\nEnviado: martes, 1 de diciembre de 2026 10:00\nPara: Alice Smith <alice@example.com>\nAsunto: Re-interview invitation: Support desk\n",
    "es-attr": "El mar, 1 dic 2026 a las 10:00, Re-interview (<reinterview@hr.example.com>) escribió:\n",
    "pt": "Em ter., 1 de dez. de 2026 às 10:00, Re-interview <\nreinterview@hr.example.com> escreveu:\n",
    "pt-header": "De: Re-interview <reinterview@hr.example.com>\nEnviado: terça-feira, 1 de dezembro de 2026 10:00\nPara: Alice Smith <alice@example.com>\nAssunto: Re-interview invitation: Support desk\n",
    "it": "Il giorno mar 1 dic 2026 alle ore 10:00 Re-interview <\nreinterview@hr.example.com> ha scritto:\n",
    "it-header": "Da: Re-interview <reinterview@hr.example.com>\nInviato: martedì 1 dicembre 2026 10:00\nA: Alice Smith <alice@example.com>\nOggetto: Re-interview invitation: Support desk\n",
    "nl": "Op di 1 dec. 2026 om 10:00 schreef Re-interview <reinterview@hr.example.com>:\n",
    "nl-header": "Van: Re-interview <reinterview@hr.example.com>\nVerzonden: dinsdag 1 december 2026 10:00\nAan: Alice Smith <alice@example.com>\nOnderwerp: Re-interview invitation: Support desk\n",
    "ja": "2026年12月1日(火) 10:00 Re-interview <reinterview@hr.example.com>:\n",
    "ja-header": "差出人: Re-interview <reinterview@hr.example.com>\n送信日時: 2026年12月1日 10:00\n宛先: Alice Smith <alice@example.com>\n件名: Re-interview invitation: Support desk\n",
    "ko": "2026년 12월 1일 (화) 오전 10:00, Re-interview <reinterview@hr.example.com>님이 작성:\n",
    "ko-header": "보낸 사람: Re-interview <reinterview@hr.example.com>\n보낸 날짜: 2026년 12월 1일 화요일 오전 10:00\n받는 사람: Alice Smith <alice@example.com>\n제목: Re-interview invitation: Support desk\n",
    "ru": "вт, 1 дек. 2026 г. в 10:00, Re-interview <reinterview@hr.example.com>:\n",
    "ru-header": "От: Re-interview <reinterview@hr.example.com>\nОтправлено: 1 декабря 2026 г. 10:00\nКому: Alice Smith <alice@example.com>\nТема: Re-interview invitation: Support desk\n",
    "ru-android": '01.12.2026 10:00 пользователь "Re-interview" <\nreinterview@hr.example.com> написал:\n',
}


def other_lang(kind: str) -> Callable[[str, str], str]:
    block = OTHER_LANGS[kind]
    if kind.endswith("header") or kind in ("de", "fr", "es"):
        return lambda n, lang: f"{n}\n\n{block}\n{invitation(lang)}\n"
    return lambda n, lang: f"{n}\n\n{block}\n{gt(invitation(lang))}\n"


PLAIN += [(f"lang-{k}", ("en",), other_lang(k)) for k in OTHER_LANGS]

# HTML clients: (name, languages, html(new, lang) -> html).
HtmlClient = tuple[str, tuple[str, ...], Callable[[str, str], str]]


def _p(text: str) -> str:
    return "<br>".join(html.escape(x) for x in text.split("\n"))


HTML: list[HtmlClient] = [
    (
        "html-unmarked-quote",
        ("en", "zh"),
        lambda n, lang: (
            f"<html><body><div>{_p(n)}</div><div><br></div><div>{invitation_html(lang)}</div></body></html>"
        ),
    ),
    (
        "gmail-html",
        ("en", "zh"),
        lambda n, lang: (
            f'<div dir="ltr">{_p(n)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Dec 1, 2026 at 10:00 AM Re-interview &lt;<a href="mailto:reinterview@hr.example.com">reinterview@hr.example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{invitation_html(lang)}</blockquote></div>'
        ),
    ),
    (
        "outlook-html",
        ("en", "zh"),
        lambda n, lang: (
            f'<html><body><div class="WordSection1"><p class="MsoNormal">{_p(n)}<o:p></o:p></p><div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt"><b>From:</b> Re-interview &lt;reinterview@hr.example.com&gt;<br><b>Sent:</b> Tuesday, December 1, 2026 10:00 AM<br><b>To:</b> {html.escape(SENDER[lang])}<br><b>Subject:</b> {SUBJECT[lang]}</font><div>&nbsp;</div></div>{invitation_html(lang)}</div></body></html>'
        ),
    ),
    (
        "outlook-html-de",
        ("en",),
        lambda n, lang: (
            f'<html><body><p class="MsoNormal">{_p(n)}</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Von:</b> Re-interview &lt;reinterview@hr.example.com&gt;<br><b>Gesendet:</b> Dienstag, 1. Dezember 2026 10:00<br><b>An:</b> Alice Smith<br><b>Betreff:</b> {SUBJECT[lang]}</p></div>{invitation_html(lang)}</body></html>'
        ),
    ),
    (
        "outlook-html-fr",
        ("en",),
        lambda n, lang: (
            f"<html><body><p>{_p(n)}</p><div><p><b>De&nbsp;:</b> Re-interview &lt;reinterview@hr.example.com&gt;<br><b>Envoyé&nbsp;:</b> mardi 1 décembre 2026 10:00<br><b>À&nbsp;:</b> Alice Smith<br><b>Objet&nbsp;:</b> {SUBJECT[lang]}</p></div>{invitation_html(lang)}</body></html>"
        ),
    ),
    (
        "qq-html-classic",
        ("zh",),
        lambda n, lang: (
            f'<div>{_p(n)}</div><div><br></div><div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Re-interview"&lt;reinterview@hr.example.com&gt;;</div><div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 上午10:00</div><div><b>收件人:</b>&nbsp;"张三"&lt;zhangsan@example.com&gt;;</div><div><b>主题:</b>&nbsp;{SUBJECT[lang]}</div></div><div><br></div>{invitation_html(lang)}</div>'
        ),
    ),
    (
        "qq-html-card",
        ("zh", "en"),
        lambda n, lang: (
            f'<div>{_p(n)}</div><div><br></div><div class="xm_compose_origin_mail_container"><div><br></div><div style="font-size:12px;padding:2px 0;color:#8d8d8d">Original</div><div style="font-size:12px;background:#f2f2f2;padding:8px"><div><b>From:</b> Re-interview &lt;reinterview@hr.example.com&gt;</div><div><b>Date:</b> 2026年12月1日 10:00</div><div><b>To:</b> {html.escape(SENDER[lang])}</div><div><b>Subject:</b> {SUBJECT[lang]}</div></div><div><br></div>{invitation_html(lang)}</div>'
        ),
    ),
    (
        "netease-html",
        ("zh",),
        lambda n, lang: (
            f'<div style="line-height:1.7;font-size:14px">{_p(n)}</div><div id="isReplyContent"><p style="font-size:12px">---- Replied Message ----</p><table><tr><td>From</td><td>Re-interview&lt;reinterview@hr.example.com&gt;</td></tr><tr><td>Date</td><td>12/01/2026 10:00</td></tr><tr><td>To</td><td>{html.escape(SENDER[lang])}</td></tr><tr><td>Subject</td><td>{SUBJECT[lang]}</td></tr></table>{invitation_html(lang)}</div>'
        ),
    ),
    (
        "apple-html",
        ("en", "zh"),
        lambda n, lang: (
            f'<html><body dir="auto"><div>{_p(n)}</div><div><br><blockquote type="cite">On Dec 1, 2026, at 10:00, Re-interview &lt;reinterview@hr.example.com&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div>{invitation_html(lang)}</div></blockquote></body></html>'
        ),
    ),
    (
        "thunderbird-html",
        ("en",),
        lambda n, lang: (
            f'<html><body><p>{_p(n)}</p><div class="moz-cite-prefix">On 12/1/26 10:00 AM, Re-interview wrote:<br></div><blockquote type="cite" cite="mid:{OUR_ID[1:-1]}">{invitation_html(lang)}</blockquote></body></html>'
        ),
    ),
    (
        "yahoo-html",
        ("en",),
        lambda n, lang: (
            f'<html><body><div class="ydp"><div>{_p(n)}</div></div><div id="yahoo_quoted_123" class="yahoo_quoted"><div>On Tuesday, December 1, 2026, 10:00:00 AM GMT+8, Re-interview &lt;reinterview@hr.example.com&gt; wrote:</div><div><br></div>{invitation_html(lang)}</div></body></html>'
        ),
    ),
]


# ---- encodings --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Encoding:
    charset: str
    cte: str


ZH_ENCODINGS = [
    Encoding("utf-8", "base64"),
    Encoding("GBK", "base64"),
    Encoding("gb18030", "quoted-printable"),
    Encoding("utf-8", "quoted-printable"),
    Encoding("GB2312", "8bit"),
    Encoding("utf-8", "8bit"),
]
EN_ENCODINGS = [Encoding("utf-8", "quoted-printable"), Encoding("us-ascii", "7bit"), Encoding("utf-8", "base64")]


def _encode(text: str, enc: Encoding) -> tuple[bytes, str]:
    codec = {"gb2312": "gbk", "us-ascii": "utf-8"}.get(enc.charset.lower(), enc.charset)
    charset = enc.charset
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data, charset = text.encode("utf-8"), "utf-8"
    if charset == "us-ascii" and not data.isascii():
        charset = "utf-8"
    if enc.cte == "base64":
        return base64.encodebytes(data), charset
    if enc.cte == "quoted-printable":
        return quopri.encodestring(data), charset
    if enc.cte == "7bit" and not data.isascii():
        return quopri.encodestring(data), charset  # 7bit cannot carry it: QP as a real client would
    return data, charset


def _head(lang: str, subject: str, n: int) -> str:
    msg = EmailMessage()
    msg["From"] = SENDER[lang]
    msg["To"] = TO
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 3, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<corpus-{n:04d}@mail.example.com>"
    msg["In-Reply-To"] = OUR_ID
    msg["References"] = OUR_ID
    msg["MIME-Version"] = "1.0"
    return msg.as_string().split("\n\n", 1)[0].replace("\r\n", "\n")


def single(lang: str, subject: str, n: int, ctype: str, text: str, enc: Encoding) -> bytes:
    body, charset = _encode(text, enc)
    cte = "quoted-printable" if enc.cte == "7bit" and charset == "utf-8" else enc.cte
    head = (
        f'{_head(lang, subject, n)}\nContent-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    )
    return head.encode() + body


def alternative(lang: str, subject: str, n: int, text: str, html_body: str, enc: Encoding) -> bytes:
    boundary = f"----=_Part_{n:04d}_corpus"
    t, tc = _encode(text, enc)
    h, hc = _encode(html_body, Encoding(enc.charset, "base64"))
    cte = "quoted-printable" if enc.cte == "7bit" and tc == "utf-8" else enc.cte
    head = f'{_head(lang, subject, n)}\nContent-Type: multipart/alternative; boundary="{boundary}"\n\n'
    return (
        head.encode()
        + f'--{boundary}\nContent-Type: text/plain; charset="{tc}"\nContent-Transfer-Encoding: {cte}\n\n'.encode()
        + t
        + f'\n--{boundary}\nContent-Type: text/html; charset="{hc}"\nContent-Transfer-Encoding: base64\n\n'.encode()
        + h
        + f"\n--{boundary}--\n".encode()
    )


# ---- the corpus -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Built:
    name: str
    raw: bytes
    intent: str
    slot: int | None
    lang: str
    client: str
    fmt: str
    batch: str = ""


# Batches written after the reader was tuned on the ones above, each measured once before any change it prompted
# (docs/BENCHMARKS.md (g)); built after everything else, so adding one renames no earlier file.
LATER_BATCHES: tuple[tuple[str, list[Reply]], ...] = (
    ("twelfth", TWELFTH),
    ("thirteenth", THIRTEENTH),
    ("fourteenth", FOURTEENTH),
    ("fifteenth", FIFTEENTH),
    ("sixteenth", SIXTEENTH),
    ("i17", I17),
    ("i18", I18),
    ("i19", I19),
    ("i20", I20),
    ("i21", I21),
)


def build() -> list[Built]:
    out: list[Built] = []
    n = 0
    plain_by_lang = {lang: [c for c in PLAIN if lang in c[1]] for lang in ("zh", "en")}
    html_by_lang = {lang: [c for c in HTML if lang in c[1]] for lang in ("zh", "en")}
    counters = {"zh": 0, "en": 0}

    def add(reply: Reply, form: str, batch: str = "") -> None:
        nonlocal n
        text, intent, slot, lang = reply
        k = counters[lang]
        counters[lang] += 1
        encodings = ZH_ENCODINGS if lang == "zh" else EN_ENCODINGS
        enc = encodings[k % len(encodings)]
        subject = ("Re: " if k % 2 else "回复：" if lang == "zh" else "RE: ") + SUBJECT[lang]
        n += 1
        if form == "plain":
            name, _, make = plain_by_lang[lang][k % len(plain_by_lang[lang])]
            raw = single(lang, subject, n, "text/plain", make(text, lang), enc)
        elif form == "html":
            name, _, make = html_by_lang[lang][k % len(html_by_lang[lang])]
            raw = single(lang, subject, n, "text/html", make(text, lang), enc)
        else:
            pname, _, pmake = plain_by_lang[lang][(k * 7) % len(plain_by_lang[lang])]
            hname, _, hmake = html_by_lang[lang][k % len(html_by_lang[lang])]
            name = f"{pname}+{hname}"
            raw = alternative(lang, subject, n, pmake(text, lang), hmake(text, lang), enc)
        label = f"{n:03d}-{lang}-{form}-{name}"
        out.append(Built(label, raw, intent, slot, lang, name, f"{form}/{enc.charset}/{enc.cte}", batch))

    for reply in ZH + EN + SECOND + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH:
        add(reply, "plain")
    for i, reply in enumerate(ZH + EN):
        add(reply, "html" if i % 2 else "multipart")
    for text, subject, lang in AUTOMATED:
        n += 1
        body_lang = "zh" if lang == "zh" else "en"
        raw = single(
            body_lang, subject, n, "text/plain", f"{text}\n\n{gt(invitation(body_lang))}\n", Encoding("utf-8", "base64")
        )
        out.append(Built(f"{n:03d}-{lang}-auto", raw, "automated", None, body_lang, "auto-reply", "plain/utf-8/base64"))
    for batch, replies in LATER_BATCHES:
        for i, reply in enumerate(replies):
            add(reply, "multipart" if i % 5 == 4 else "plain", batch)
    return out


def main() -> None:
    render_invitations()
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("[0-9]*.eml"):  # only what this script writes: fresh batches (q17-…, fresh.py) stay
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    manifest = HERE / "manifest.tsv"
    kept = [
        row
        for row in (manifest.read_text(encoding="utf-8").splitlines()[1:] if manifest.exists() else [])
        if row and not row.split("/", 1)[-1][:1].isdigit()
    ]
    for item in build():
        (OUT / f"{item.name}.eml").write_bytes(item.raw)
        rows.append(
            f"mail/{item.name}.eml\t{item.intent}\t{item.slot or ''}\t{item.lang}\t{item.client}\t{item.fmt}"
            f"\t{item.batch}"
        )
    print(f"{len(rows) - 1} replies written to {OUT} ({len(kept)} rows of fresh batches kept)")
    manifest.write_text("\n".join(rows + kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
