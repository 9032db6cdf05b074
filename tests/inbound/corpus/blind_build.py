"""Write the blind batch: `python -m tests.inbound.corpus.blind_build` → tests/inbound/corpus/blind/*.eml + manifest.tsv.

A held-out measurement (issue 12): replies written by the examiner (helper `blind`) without reading the reader's
rules or the development corpus, as real candidates and real mail clients produce them. Each reply quotes the
invitation we actually send (invitation.{zh,en}.txt / .html). The manifest's `lang` is the invitation's language
(it selects the known facts); the client column carries the client's locale (`outlook-de`, `gmail-ja`, ...).
Labels are what a person reads (evaluate.py's rules). This batch is a measurement: it is not in the corpus manifest
and no test asserts a bar on it.
"""

# ruff: noqa: E501  (mail text and client markup kept verbatim on one line)
from __future__ import annotations

import base64
import html
import quopri
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "blind"
TO = "reply+k1.corpus@reply.hr.example.com"
OUR_ID = "<corpus-invitation@hr.example.com>"
SUBJECT = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
US = "Re-interview <reinterview@hr.example.com>"
US_HTML = "Re-interview &lt;reinterview@hr.example.com&gt;"
ME = {"zh": "张三 <zhangsan@example.com>", "en": "Alice Smith <alice@example.com>"}
ME_NAME = {"zh": "张三", "en": "Alice Smith"}
ME_ADDR = {"zh": "zhangsan@example.com", "en": "alice@example.com"}


def inv(lang: str) -> str:
    return (HERE / f"invitation.{lang}.txt").read_text(encoding="utf-8").rstrip("\n")


def inv_html(lang: str) -> str:
    text = (HERE / f"invitation.{lang}.html").read_text(encoding="utf-8")
    start, end = text.find("<body"), text.rfind("</body>")
    return text[text.find(">", start) + 1 : end]


def client_text(lang: str, stars: bool = False) -> str:
    """The invitation's HTML as a client renders it to plain text when it quotes it (Gmail: *bold*)."""
    h = inv_html(lang)
    h = re.sub(r"\s*\n\s*", " ", h)
    if stars:
        h = re.sub(r"</?strong>", "*", h)
    out: list[str] = []
    n = 0
    for tag, body in re.findall(r"<(p|h3|li|ol|ul|tr|hr)[^>]*>(.*?)(?=<(?:/?p|h3|li|/li|/ol|/ul|/tr|hr)[ >])", h):
        if tag in ("ol",):
            n = 0
            continue
        txt = html.unescape(re.sub(r"<br>", "\n", body))
        txt = re.sub(r"<a href=\"([^\"]+)\">[^<]*</a>", r"\1", txt)
        txt = re.sub(r"<[^>]+>", "", txt).strip()
        if tag == "li":
            n += 1
            out.append(f"   {n}. {txt}" if "建议" in txt or re.search(r"20\d\d", txt) else f"   - {txt}")
        elif tag == "tr":
            cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", body)
            out.append(" ".join(html.unescape(re.sub(r"<[^>]+>", "", c)) for c in cells))
        elif tag == "hr":
            out.append("------------------------------")
        elif txt:
            out.append(txt)
            out.append("")
    return "\n".join(out).strip()


def gt(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


def paras(text: str) -> str:
    """New text as a client's HTML editor writes it."""
    return "".join(f"<div>{html.escape(line)}</div>" if line else "<div><br></div>" for line in text.split("\n"))


# ---- clients: (plain, html) bodies for a reply whose new text is `t` ---------------------------------------------
# Each returns (plain or None, html or None). Dates: the invitation went out Fri 27 Nov 2026 10:00 local.

BLOCK = {
    "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:00 AM"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:00"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:00"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 10:00"),
    "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 10:00"),
    "es": ("De", "Enviado", "Para", "Asunto", "viernes, 27 de noviembre de 2026 10:00"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "sexta-feira, 27 de novembro de 2026 10:00"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年11月27日 10:00"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 11월 27일 금요일 오전 10:00"),
    "ru": ("От", "Отправлено", "Кому", "Тема", "27 ноября 2026 г. 10:00"),
}


def outlook_block(loc: str, lang: str) -> str:
    f, s, t, subj, date = BLOCK[loc]
    sep = " : " if loc == "fr" else ": "
    return f"{f}{sep}{US}\n{s}{sep}{date}\n{t}{sep}{ME[lang]}\n{subj}{sep}{SUBJECT[lang]}"


def outlook_block_html(loc: str, lang: str) -> str:
    f, s, t, subj, date = BLOCK[loc]
    sep = " :" if loc == "fr" else ":"
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>{f}{sep}</b> {US_HTML}<br><b>{s}{sep}</b> {date}<br>'
        f"<b>{t}{sep}</b> {html.escape(ME[lang])}<br><b>{subj}{sep}</b> {SUBJECT[lang]}<o:p></o:p></p></div>"
    )


def outlook(loc: str, *, rule: bool = True, html_only: bool = False, disclaimer: str = ""):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        tail = f"\n\n{disclaimer}" if disclaimer else ""
        plain = (
            f"{t}{tail}\n\n"
            + ("________________________________\n" if rule else "")
            + outlook_block(loc, lang)
            + "\n\n"
            + client_text(lang)
        )
        htm = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-CN">'
            '<div class="WordSection1">'
            + "".join(
                f'<p class="MsoNormal">{html.escape(x) or "<o:p>&nbsp;</o:p>"}</p>' for x in (t + tail).split("\n")
            )
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            + outlook_block_html(loc, lang)
            + inv_html(lang)
            + "</div></body></html>"
        )
        return (None if html_only else plain), htm

    return make


def owa(loc: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        f, s, to, subj, date = BLOCK[loc]
        plain = f"{t}\n\n________________________________\n" + outlook_block(loc, lang) + "\n\n" + client_text(lang)
        htm = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">{paras(t)}</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"<b>{f}:</b> {US_HTML}<br><b>{s}:</b> {date}<br><b>{to}:</b> {html.escape(ME[lang])}<br>"
            f"<b>{subj}:</b> {SUBJECT[lang]}</font><div>&nbsp;</div></div>" + inv_html(lang) + "</body></html>"
        )
        return plain, htm

    return make


def outlook_ios(loc: str):
    sig = {"en": "Get Outlook for iOS<https://aka.ms/o0ukef>", "zh": "获取 Outlook for iOS<https://aka.ms/o0ukef>"}[
        "zh" if loc == "zh" else "en"
    ]

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        return f"{t}\n\n{sig}\n________________________________\n" + outlook_block(loc, lang) + "\n\n" + client_text(
            lang
        ), None

    return make


GMAIL_ATTR = {
    "zh": f"{US} 于2026年11月27日周五 10:00写道：",
    "en": f"On Fri, Nov 27, 2026 at 10:00 AM {US}\nwrote:",
    "de": f"Am Fr., 27. Nov. 2026 um 10:00 Uhr schrieb {US}:",
    "fr": f"Le ven. 27 nov. 2026 à 10:00, {US} a\nécrit :",
    "es": "El vie, 27 nov 2026 a las 10:00, Re-interview (<reinterview@hr.example.com>)\nescribió:",
    "pt": f"Em sex., 27 de nov. de 2026 às 10:00, {US}\nescreveu:",
    "ja": f"2026年11月27日(金) 10:00 {US}:",
    "ko": f"2026년 11월 27일 (금) 오전 10:00, {US}님이 작성:",
    "ru": f"пт, 27 нояб. 2026 г. в 10:00, {US}:",
    "android-en": "On Fri, 27 Nov 2026, 10:00 Re-interview, <reinterview@hr.example.com> wrote:",
    "android-zh": f"{US}于2026年11月27日 周五10:00写道：",
    "ios-en": f"On Fri, Nov 27, 2026 at 10:00 {US} wrote:",
}


def gmail(loc: str, *, sig: str = "", stars: bool = True, html_part: bool = True):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        s = f"\n\n{sig}" if sig else ""
        plain = f"{t}{s}\n\n{GMAIL_ATTR[loc]}\n\n" + gt(client_text(lang, stars=stars))
        htm = (
            f'<div dir="ltr">{paras(t + s)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"{html.escape(GMAIL_ATTR[loc]).replace(chr(10), ' ')}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{inv_html(lang)}</blockquote></div>'
        )
        return plain, (htm if html_part else None)

    return make


APPLE_ATTR = {
    "zh-mac": f"2026年11月27日 上午10:00，{US} 写道：",
    "en-mac": f"On Nov 27, 2026, at 10:00 AM, {US} wrote:",
    "zh-ios": f"在 2026年11月27日，10:00，{US} 写道：",
    "en-ios": f"On Nov 27, 2026, at 10:00, {US} wrote:",
    "de-ios": f"Am 27.11.2026 um 10:00 schrieb {US}:",
    "fr-ios": f"Le 27 nov. 2026 à 10:00, {US} a écrit :",
    "es-ios": f"El 27 nov 2026, a las 10:00, {US} escribió:",
    "pt-ios": f"Em 27 de nov. de 2026, à(s) 10:00, {US} escreveu:",
    "ja-ios": f"2026/11/27 10:00、{US}のメール:",
    "ko-ios": f"2026. 11. 27. 오전 10:00, {US} 작성:",
}
IPHONE_SIG = {
    "zh": "发自我的iPhone",
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "ja": "iPhoneから送信",
    "ko": "내 iPhone에서 보냄",
}


def apple(loc: str, *, ios: bool, html_part: bool = False):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        quoted = client_text(lang)
        if ios:
            attr = APPLE_ATTR[f"{loc}-ios"]
            plain = f"{t}\n\n{IPHONE_SIG[loc]}\n\n> {attr}\n> \n" + gt(quoted)
        else:
            attr = APPLE_ATTR[f"{loc}-mac"]
            plain = f"{t}\n\n{attr}\n\n" + gt(quoted)
        htm = (
            f'<html><body dir="auto">{paras(t)}<div><br><blockquote type="cite"><div dir="ltr">{html.escape(attr)}</div>'
            f"{inv_html(lang)}</blockquote></div></body></html>"
        )
        return plain, (htm if html_part else None)

    return make


def qq_classic(t: str, lang: str) -> tuple[str | None, str | None]:
    head = (
        "------------------ 原始邮件 ------------------\n"
        f'发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年11月27日(星期五) 上午10:00\n'
        f'收件人: "{ME_NAME[lang]}"<{ME_ADDR[lang]}>;\n\n主题: {SUBJECT[lang]}'
    )
    plain = f"{t}\n\n\n{head}\n\n\n\n{client_text(lang)}"
    htm = (
        f"{paras(t)}<div><br></div><div><br></div>"
        '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        "------------------&nbsp;原始邮件&nbsp;------------------</div>"
        '<div style="font-size: 12px;background:#efefef;padding:8px;">'
        '<div><b>发件人:</b>&nbsp;"Re-interview"&lt;reinterview@hr.example.com&gt;;</div>'
        "<div><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午10:00</div>"
        f'<div><b>收件人:</b>&nbsp;"{ME_NAME[lang]}"&lt;{ME_ADDR[lang]}&gt;;<wbr></div><div></div>'
        f"<div><b>主题:</b>&nbsp;{SUBJECT[lang]}</div></div><div><br></div>{inv_html(lang)}"
    )
    return plain, htm


def qq_card(word: str):
    """QQ Mail's newer reply card ("原始邮件" / "Original"), as the app and new web client write it."""

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        if word == "Original":
            rows = [
                ("From", "Re-interview <reinterview@hr.example.com>"),
                ("Date", "Fri, Nov 27, 2026 10:00 AM"),
                ("To", f"{ME_NAME[lang]} <{ME_ADDR[lang]}>"),
                ("Subject", SUBJECT[lang]),
            ]
            sep = ": "
        else:
            rows = [
                ("发件人", "Re-interview <reinterview@hr.example.com>"),
                ("发件时间", "2026年11月27日 10:00"),
                ("收件人", f"{ME_NAME[lang]} <{ME_ADDR[lang]}>"),
                ("主题", SUBJECT[lang]),
            ]
            sep = "："
        plain = f"{t}\n\n" + " " * 56 + "\n" + " " * 8 + f"\n{word}\n" + " " * 24 + "\n"
        plain += "\n".join(f"{k}{sep}{v}" for k, v in rows) + "\n\n\n\n" + client_text(lang)
        htm = (
            f'<div style="font-family:-apple-system,BlinkMacSystemFont;">{paras(t)}</div><div><br></div>'
            '<div style="font-size:12px;padding:2px 0;color:#8d8e90;">'
            f'<div style="font-weight:bold;color:#000;">{word}</div>'
            + "".join(f'<div><span style="color:#8d8e90;">{k}{sep}</span>{html.escape(v)}</div>' for k, v in rows)
            + f"</div><div><br></div>{inv_html(lang)}"
        )
        return plain, htm

    return make


def netease_web(box: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        attr = '在 2026-11-27 10:00:00，"Re-interview" <reinterview@hr.example.com> 写道：'
        plain = f"{t}\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n{attr}\n" + gt(client_text(lang), ">")
        htm = (
            f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{paras(t)}'
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            f'<pre><br>{html.escape(attr)}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; '
            f'MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv_html(lang)}</blockquote></div>'
        )
        return plain, htm

    return make


def mailmaster(word: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        if word == "zh":
            head = "---- 回复的原邮件 ----\n" + "\n".join(
                f"| {k} | {v} |"
                for k, v in (
                    ("发件人", "Re-interview<reinterview@hr.example.com>"),
                    ("日期", "2026年11月27日 10:00"),
                    ("收件人", f"{ME_NAME[lang]}<{ME_ADDR[lang]}>"),
                    ("主题", SUBJECT[lang]),
                )
            )
            sig = f"| |\n{ME_NAME[lang]}\n|\n|\n{ME_ADDR[lang]}\n|\n签名由网易邮箱大师定制"
        else:
            head = "---- Replied Message ----\n" + "\n".join(
                f"| {k} | {v} |"
                for k, v in (
                    ("From", "Re-interview<reinterview@hr.example.com>"),
                    ("Date", "11/27/2026 10:00"),
                    ("To", f"{ME_NAME[lang]}<{ME_ADDR[lang]}>"),
                    ("Subject", SUBJECT[lang]),
                )
            )
            sig = f"| |\n{ME_NAME[lang]}\n|\n|\n{ME_ADDR[lang]}\n|"
        return f"{t}\n\n{sig}\n{head}\n{client_text(lang)}", None

    return make


def foxmail(t: str, lang: str) -> tuple[str | None, str | None]:
    plain = (
        f"{t}\n\n\n\n{ME_ADDR[lang]}\n \n发件人： Re-interview\n发送时间： 2026-11-27 10:00\n收件人： {ME_NAME[lang]}\n"
        f"主题： {SUBJECT[lang]}\n{client_text(lang)}"
    )
    htm = (
        f'<html><body>{paras(t)}<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" '
        f'align="left"><div><span>{ME_ADDR[lang]}</span></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; '
        'margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
        'padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;'
        'FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f"<div><b>发件人：</b>&nbsp;Re-interview</div><div><b>发送时间：</b>&nbsp;2026-11-27&nbsp;10:00</div>"
        f"<div><b>收件人：</b>&nbsp;{ME_NAME[lang]}</div><div><b>主题：</b>&nbsp;{SUBJECT[lang]}</div></div></div>"
        f"<div>{inv_html(lang)}</div></blockquote></body></html>"
    )
    return plain, htm


TB_ATTR = {
    "zh": "在 2026/11/27 10:00, Re-interview 写道:",
    "en": "On 11/27/26 10:00 AM, Re-interview wrote:",
    "de": "Am 27.11.26 um 10:00 schrieb Re-interview:",
}


def thunderbird(loc: str, *, bottom: bool = False):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        q = f"{TB_ATTR[loc]}\n" + gt(inv(lang))
        return (f"{q}\n\n{t}\n" if bottom else f"{t}\n\n{q}"), None

    return make


def yahoo(*, android: bool):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        if android:
            plain = (
                f"{t}\n\nSent from Yahoo Mail on Android \n \n  On Fri, Nov 27, 2026 at 10:00, "
                f"Re-interview<reinterview@hr.example.com> wrote:   " + client_text(lang).replace("\n", "\n ") + "  "
            )
        else:
            plain = (
                f"{t}\n\n\n    On Friday, November 27, 2026 at 10:00:00 AM GMT, Re-interview "
                f"<reinterview@hr.example.com> wrote:  \n \n " + client_text(lang).replace("\n", "\n ") + "\n  "
            )
        htm = (
            f'<html><body><div class="ydp1"><div>{paras(t)}</div><div><br></div>'
            '<div id="yahoo_quoted_1" class="yahoo_quoted"><div style="font-family:Helvetica, Arial, sans-serif;'
            'font-size:13px;color:#26282a;"><div>On Friday, November 27, 2026 at 10:00:00 AM GMT, Re-interview '
            f"&lt;reinterview@hr.example.com&gt; wrote:</div><div><br></div><div><br></div><div>{inv_html(lang)}"
            "</div></div></div></div></body></html>"
        )
        return plain, htm

    return make


def plain_sig(sig: str, quote: str = "gt-zh"):
    """Android stock / vendor clients: short signature, Gmail-like attribution."""

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        attr = {
            "gt-zh": f"-------- 原始邮件 --------\n发件人： {US}\n日期： 2026年11月27日周五 10:00\n收件人： {ME[lang]}\n主题： {SUBJECT[lang]}\n",
            "gt-en": f"-------- Original message --------\nFrom: {US} \nDate: 27/11/2026 10:00 (GMT+00:00) \nTo: {ME[lang]} \nSubject: {SUBJECT[lang]} \n",
            "ru": '\n27.11.2026, 10:00, "Re-interview" <reinterview@hr.example.com>:\n',
        }[quote]
        body = gt(inv(lang)) if quote == "ru" else client_text(lang)
        return f"{t}\n\n{sig}\n\n{attr}\n{body}", None

    return make


def wechat_paste(part: str):
    """Text copied from the invitation (seen in WeChat's mail preview) pasted above the answer, no markers."""

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        full = inv(lang)
        if part == "all":
            pasted = full
        elif part == "options":
            pasted = "\n".join(
                line.strip() for line in full.split("\n") if "方案" in line and "：" in line and "20" in line
            )
        else:  # how to reply
            start = full.index("如何回复")
            pasted = full[start : full.index("\n--")]
        return f"{pasted}\n\n{t}", None

    return make


def inline(after: str, loc_attr: str = "zh"):
    """Answer written inside the quote, right under the quoted line containing `after`."""

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        attr = GMAIL_ATTR[loc_attr]
        lines = gt(inv(lang)).split("\n")
        out: list[str] = []
        done = False
        for line in lines:
            out.append(line)
            if not done and after in line:
                out.extend(["", t, ""])
                done = True
        assert done, after
        return f"{attr}\n\n" + "\n".join(out), None

    return make


def bare(t: str, lang: str) -> tuple[str | None, str | None]:
    return t, None


# ---- clients added for blind2 -----------------------------------------------------------------------------------

BLOCK.update(
    {
        "it": ("Da", "Inviato", "A", "Oggetto", "venerdì 27 novembre 2026 10:00"),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "vrijdag 27 november 2026 10:00"),
    }
)
GMAIL_ATTR["nl"] = f"Op vr 27 nov 2026 om 10:00 schreef {US}:"


def outlook_original(loc: str):
    """Outlook in plain-text mode (and older Outlook): '-----Original Message-----' / '-----邮件原件-----'."""

    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        sep = "-----邮件原件-----" if loc == "zh" else "-----Original Message-----"
        return f"{t}\n\n{sep}\n" + outlook_block(loc, lang) + "\n\n" + inv(lang), None

    return make


def outlook_mac(loc: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        if loc == "zh":
            block = f"发件人: {US}\n日期: 2026年11月27日 星期五 10:00\n收件人: {ME[lang]}\n主题: {SUBJECT[lang]}"
        else:
            block = f"From: {US}\nDate: Friday, 27 November 2026 at 10:00\nTo: {ME[lang]}\nSubject: {SUBJECT[lang]}"
        plain = f"{t}\n\n{block}\n\n{client_text(lang)}"
        htm = (
            f'<html><body><div>{paras(t)}</div><div><br></div><div id="mail-editor-reference-message-container">'
            '<div style="border-top:1pt solid #B5C4DF;padding:3pt 0 0 0">'
            + "<br>".join(
                f"<b>{html.escape(k)}: </b>{html.escape(v)}"
                for k, v in (line.split(": ", 1) for line in block.split("\n"))
            )
            + f"</div><br>{inv_html(lang)}</div></body></html>"
        )
        return plain, htm

    return make


def outlook_android(t: str, lang: str) -> tuple[str | None, str | None]:
    block = outlook_block("en", lang).replace(
        "Friday, November 27, 2026 10:00 AM", "Friday, November 27, 2026 10:00:00 AM"
    )
    return (
        f"{t}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\n{block}\n\n{client_text(lang)}",
        None,
    )


def aliyun(t: str, lang: str) -> tuple[str | None, str | None]:
    """Alibaba Mail (阿里邮箱 / 企业邮箱)."""
    block = (
        "------------------------------------------------------------------\n"
        f"发件人：{US}\n发送时间：2026年11月27日(星期五) 10:00\n收件人：{ME[lang]}\n主　题：{SUBJECT[lang]}"
    )
    plain = f"{t}\n{block}\n\n{client_text(lang)}"
    htm = (
        f'<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;'
        f'font-size:14.0px;color:#000000;">{paras(t)}</div></div>'
        '<blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">'
        "<div><div>------------------------------------------------------------------</div>"
        f"<div>发件人：{US_HTML}</div><div>发送时间：2026年11月27日(星期五) 10:00</div>"
        f"<div>收件人：{html.escape(ME[lang])}</div><div>主　题：{SUBJECT[lang]}</div><div><br></div>"
        f"{inv_html(lang)}</div></blockquote>"
    )
    return plain, htm


def exmail(t: str, lang: str) -> tuple[str | None, str | None]:
    """Tencent Exmail (腾讯企业邮): QQ Mail's classic separator, with the company signature."""
    sig = f"\n\n{ME_NAME[lang]}\n{ME_ADDR[lang]}"
    plain, htm = qq_classic(t + sig, lang)
    return plain, htm


def samsung(loc: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        if loc == "zh":
            head_ = (
                f"发自我的Galaxy\n\n\n-------- 原始信息 --------\n发件人： {US}\n日期： 2026/11/27 10:00 (GMT+08:00)\n"
                f"收件人： {ME[lang]}\n主题： {SUBJECT[lang]}"
            )
        else:
            head_ = (
                f"Sent from my Galaxy\n\n\n-------- Original message --------\nFrom: {US} \n"
                f"Date: 27/11/2026 10:00 (GMT+00:00) \nTo: {ME[lang]} \nSubject: {SUBJECT[lang]} "
            )
        return f"{t}\n\n\n\n{head_}\n\n{client_text(lang)}", None

    return make


def mailmaster_mobile(t: str, lang: str) -> tuple[str | None, str | None]:
    """Older NetEase Mail Master on phones: signature, '在…写道：', the original unprefixed."""
    return (
        f"{t}\n\n发自网易邮箱大师\n在2026年11月27日 10:00，Re-interview<reinterview@hr.example.com> 写道：\n{inv(lang)}",
        None,
    )


def sina(t: str, lang: str) -> tuple[str | None, str | None]:
    block = (
        f'----- 原始邮件 -----\n发件人："Re-interview" <reinterview@hr.example.com>\n收件人：{ME[lang]}\n'
        f"主题：{SUBJECT[lang]}\n日期：2026年11月27日 10点00分"
    )
    return f"{t}\n\n\n{block}\n\n{client_text(lang)}", None


def gmail_bottom(loc: str):
    def make(t: str, lang: str) -> tuple[str | None, str | None]:
        return f"{GMAIL_ATTR[loc]}\n\n{gt(client_text(lang, stars=True))}\n\n{t}\n", None

    return make


# ---- writing an .eml --------------------------------------------------------------------------------------------


def encode(text: str, charset: str, cte: str, *, replace: bool = False) -> tuple[bytes, str, str]:
    codec = {"gb2312": "gbk", "us-ascii": "ascii"}.get(charset.lower(), charset)
    try:
        data = text.encode(codec, errors="replace" if replace else "strict")
    except UnicodeEncodeError:
        data, charset = text.encode("utf-8"), "utf-8"
    if cte == "base64":
        return base64.encodebytes(data), charset, cte
    if cte == "quoted-printable":
        return quopri.encodestring(data), charset, cte
    if cte == "7bit" and not data.isascii():  # 7bit cannot carry it: QP, as a real client does
        return quopri.encodestring(data), charset, "quoted-printable"
    return data, charset, cte


def head(r: Reply, n: int, ctype_line: str) -> bytes:
    subj = (
        r.subject
        or ("回复：" if r.lang == "zh" and r.client.startswith(("qq", "netease", "foxmail", "mailmaster")) else "Re: ")
        + SUBJECT[r.lang]
    )
    from email.header import Header

    enc_subj = Header(subj, "utf-8").encode() if not subj.isascii() else subj
    sender = r.sender or ME[r.lang]
    name, addr = sender.rsplit(" <", 1)
    from_h = f"{Header(name, 'utf-8').encode() if not name.isascii() else name} <{addr}"
    lines = [
        f"From: {from_h}",
        f"To: {TO}",
        f"Subject: {enc_subj}",
        f"Date: {r.date or f'Sat, 28 Nov 2026 09:{n % 60:02d}:00 +0800'}",
        f"Message-ID: <blind-{n:04d}@mail.example.net>",
    ]
    if r.threaded:
        lines += [f"In-Reply-To: {OUR_ID}", f"References: {OUR_ID}"]
    lines += list(r.extra_headers)
    lines += ["MIME-Version: 1.0", ctype_line]
    return ("\n".join(lines) + "\n").encode()


@dataclass(frozen=True)
class Reply:
    slug: str
    lang: str  # the invitation's language (zh / en)
    client: str
    make: object
    text: str
    intent: str
    slot: int | None = None
    charset: str = "utf-8"
    cte: str = "base64"
    shape: str = "alt"  # plain / html / alt (alt falls back to plain when the client writes no HTML)
    subject: str = ""
    sender: str = ""
    date: str = ""
    threaded: bool = True
    extra_headers: tuple[str, ...] = ()
    replace: bool = False
    raw_body: str = ""  # a whole hand-written MIME body (read receipts)


def render(r: Reply, n: int) -> tuple[bytes, str]:
    if r.raw_body:
        ctype, body = r.raw_body.split("\n\n", 1)
        return head(r, n, ctype) + b"\n" + body.encode(), "report"
    plain, htm = r.make(r.text, r.lang)  # type: ignore[operator]
    if htm is not None and r.charset.lower() != "utf-8":
        htm = htm.replace("charset=utf-8", f"charset={r.charset.lower()}")
    shape = r.shape
    if shape == "alt" and htm is None:
        shape = "plain"
    if shape == "html" and htm is None:
        raise ValueError(f"{r.slug}: client writes no HTML")
    if shape == "plain" or (shape == "alt" and plain is None):
        assert plain is not None
        payload, cs, cte = encode(plain, r.charset, r.cte, replace=r.replace)
        return head(
            r, n, f'Content-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: {cte}'
        ) + b"\n" + payload, f"plain/{cs}/{cte}"
    if shape == "html":
        assert htm is not None
        payload, cs, hcte = encode(htm, r.charset, r.cte, replace=r.replace)
        return head(
            r, n, f'Content-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: {hcte}'
        ) + b"\n" + payload, f"html/{cs}/{hcte}"
    assert plain is not None and htm is not None
    boundary = f"----=_NextPart_blind_{n:04d}"
    t, tc, tcte = encode(plain, r.charset, r.cte, replace=r.replace)
    h, hc, _ = encode(htm, r.charset, "base64", replace=r.replace)
    out = head(r, n, f'Content-Type: multipart/alternative; boundary="{boundary}"') + b"\n"
    out += f'--{boundary}\nContent-Type: text/plain; charset="{tc}"\nContent-Transfer-Encoding: {tcte}\n\n'.encode() + t
    out += (
        f'\n--{boundary}\nContent-Type: text/html; charset="{hc}"\nContent-Transfer-Encoding: base64\n\n'.encode() + h
    )
    out += f"\n--{boundary}--\n".encode()
    return out, f"alt/{tc}/{tcte}"


def main() -> None:
    from tests.inbound.corpus.blind_replies import BATCHES

    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    seen: set[str] = set()
    batched = [(batch, r) for batch, replies in BATCHES for r in replies]
    for n, (batch, r) in enumerate(batched, 1):
        assert r.slug not in seen, r.slug
        seen.add(r.slug)
        raw, fmt = render(r, n)
        name = f"b{n:03d}-{r.lang}-{r.client}-{r.slug}.eml"
        (OUT / name).write_bytes(raw)
        rows.append(f"{name}\t{r.intent}\t{r.slot or ''}\t{r.lang}\t{r.client}\t{fmt}\t{batch}")
    (OUT / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(batched)} replies written to {OUT}")


if __name__ == "__main__":
    main()
