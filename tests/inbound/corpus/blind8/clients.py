# ruff: noqa: E501
"""How the clients of the Chinese inbox (and a few others) send a reply to our invitation (blind8).

Only the plumbing (the invitation texts, subject, reply-to, invite id, charset/transfer-encoding helpers) comes
from blind4's clients module; the quoting of each client below is written from how these clients behave.
Every client function returns (raw bytes, format) for a reply text.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass

from tests.inbound.corpus.blind4.clients import INV_HTML, INV_TXT, INVITE_ID, REPLY_TO, SUBJECT, hdr, part, quoted

OURS = "Re-interview <reinterview@hr.example.com>"
OURS_ADDR = "reinterview@hr.example.com"


@dataclass(frozen=True)
class Who:
    name: str
    addr: str
    date: str  # RFC 2822 date of the reply
    thread: bool = True  # In-Reply-To/References present
    auto: bool = False  # an auto-reply (adds Auto-Submitted)


def _divs(body: str) -> str:
    return "".join(f"<div>{html.escape(ln) if ln else '<br>'}</div>" for ln in body.split("\n"))


def _msg(
    who: Who,
    subject: str,
    parts: list[bytes],
    *,
    mailer: str = "",
    hcs: str = "utf-8",
    extra: dict[str, str] | None = None,
    kind: str = "alternative",
) -> bytes:
    mid = uuid.uuid5(uuid.NAMESPACE_URL, who.addr + who.date + subject).hex
    dom = who.addr.split("@")[1]
    lines = [
        f"From: {hdr(f'{who.name} <{who.addr}>', hcs)}",
        f"To: {REPLY_TO}",
        f"Subject: {hdr(subject, hcs)}",
        f"Date: {who.date}",
        f"Message-ID: <{mid}@{dom}>",
    ]
    if who.thread:
        lines += [f"In-Reply-To: {INVITE_ID}", f"References: {INVITE_ID}"]
    lines.append("MIME-Version: 1.0")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    if who.auto:
        lines += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n").encode()
    if len(parts) == 1:
        return head + parts[0]
    b = "----=_NextPart_" + mid[:24]
    out = head + f'Content-Type: multipart/{kind}; boundary="{b}"\n\n'.encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    return out + f"--{b}--\n".encode()


def _alt(who: Who, subject: str, plain: str, htm: str, cs: str, cte: str, **kw: object) -> tuple[bytes, str]:
    ps = [part("text/plain", plain, cs, cte), part("text/html", htm, cs, cte)]
    return _msg(who, subject, ps, hcs=cs, **kw), f"alt/{cs}/{cte}"  # type: ignore[arg-type]


def _html(who: Who, subject: str, htm: str, cs: str, cte: str, **kw: object) -> tuple[bytes, str]:
    return _msg(who, subject, [part("text/html", htm, cs, cte)], hcs=cs, **kw), f"html/{cs}/{cte}"  # type: ignore[arg-type]


def _plain(who: Who, subject: str, plain: str, cs: str, cte: str, ctx: str = "", **kw: object) -> tuple[bytes, str]:
    return _msg(who, subject, [part("text/plain", plain, cs, cte, ctx)], hcs=cs, **kw), f"plain/{cs}/{cte}"  # type: ignore[arg-type]


def _doc(inner: str, cs: str = "utf-8") -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{inner}</body></html>'


# ---------------------------------------------------------------- QQ 邮箱


def qq_web(body: str, lang: str, who: Who, cs: str = "gb18030") -> tuple[bytes, str]:
    """QQ 邮箱网页版（经典）: '原始邮件' grey header box, the invitation below it, not '>'-quoted."""
    head = f'发件人: "Re-interview"<{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "{who.name}"<{who.addr}>;\n\n主题: {SUBJECT[lang]}\n'
    plain = f"{body}\n\n\n------------------ 原始邮件 ------------------\n{head}\n\n{INV_TXT[lang]}"
    box = "".join(
        f"<div><b>{html.escape(ln.split(': ', 1)[0])}:</b>&nbsp;{html.escape(ln.split(': ', 1)[1])}</div>"
        for ln in head.split("\n")
        if ": " in ln
    )
    htm = _doc(
        f'{_divs(body)}<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
        f'<div style="font-size: 12px;background:#efefef;padding:8px;">{box}</div><div><br></div>{INV_HTML[lang]}',
        cs,
    )
    return _alt(
        who,
        "回复：" + SUBJECT[lang],
        plain,
        htm,
        cs,
        "base64",
        mailer="QQMail 2.x",
        extra={"X-QQ-MIME": "TCMime 1.0 by Tencent", "X-QQ-Mailer": "QQMail 2.x"},
    )


def qq_card(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    """新版 QQ 邮箱: HTML only, the original shown as a card with 发件人/时间/收件人."""
    card = (
        '<div class="xm_compose_origin_mail_container"><div style="padding:12px;background:#f2f2f2;border-radius:6px">'
        f'<div style="font-weight:bold">原始邮件</div><div>发件人：Re-interview &lt;{OURS_ADDR}&gt;</div><div>发件时间：2026年11月27日 10:05</div>'
        f"<div>收件人：{html.escape(who.name)} &lt;{who.addr}&gt;</div><div>主题：{html.escape(SUBJECT[lang])}</div></div><div><br></div>{INV_HTML[lang]}</div>"
    )
    return _html(
        who,
        "回复：" + SUBJECT[lang],
        _doc(_divs(body) + "<div><br></div>" + card),
        "utf-8",
        "base64",
        extra={"X-QQ-mid": "xmsezb" + who.addr[:6]},
    )


def qq_mobile(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    head = f'------------------ 原始邮件 ------------------\n发件人: "Re-interview" <{OURS_ADDR}>;\n发送时间: 2026年11月27日(星期五) 上午10:05\n收件人: "{who.name}"<{who.addr}>;\n主题: {SUBJECT[lang]}\n'
    plain = f"{body}\n\n\n\n{head}\n\n\n{INV_TXT[lang]}"
    htm = _doc(
        f"{_divs(body)}<div><br></div><div><br></div><div>{head.replace(chr(10), '<br>')}</div><div><br></div>{INV_HTML[lang]}"
    )
    return _alt(who, "回复：" + SUBJECT[lang], plain, htm, "utf-8", "base64", mailer="QQMail-iPhone")


# ---------------------------------------------------------------- 网易


def netease_web(body: str, lang: str, who: Who, cs: str = "gbk") -> tuple[bytes, str]:
    """网易 163/126 网页版: '在 ... 写道：' and a blockquote; plain part '>'-quoted."""
    attr = f'在 2026-11-27 10:05:00，"Re-interview" <{OURS_ADDR}> 写道：'
    plain = f"{body}\n\n\n\n\n\n\n\n{attr}\n{quoted(INV_TXT[lang])}"
    htm = _doc(
        f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{_divs(body)}<br><br><br>'
        f'<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>{html.escape(attr)}</pre>'
        f'<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{INV_HTML[lang]}</blockquote></div>',
        cs,
    )
    return _alt(
        who,
        "Re:" + SUBJECT[lang],
        plain,
        htm,
        cs,
        "base64",
        mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        extra={"X-Originating-IP": "[180.160.12.77]"},
    )


def netease_dashi(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    """网易邮箱大师 (mobile): HTML only, '回复的原邮件' table, '发自网易邮箱大师'."""
    table = (
        '<div style="font-size:12px;padding:2px 0;color:#888">---- 回复的原邮件 ----</div><table style="font-size:12px;background:#f7f7f7;width:100%">'
        f'<tr><td width="60">发件人</td><td>Re-interview&lt;{OURS_ADDR}&gt;</td></tr><tr><td>日期</td><td>2026年11月27日 10:05</td></tr>'
        f"<tr><td>收件人</td><td>{html.escape(who.name)}&lt;{who.addr}&gt;</td></tr><tr><td>主题</td><td>{html.escape(SUBJECT[lang])}</td></tr></table>"
    )
    inner = f'{_divs(body)}<div><br></div><div style="color:#909090;font-size:12px">发自网易邮箱大师</div><div><br></div>{table}<blockquote>{INV_HTML[lang]}</blockquote>'
    return _html(who, "回复:" + SUBJECT[lang], _doc(inner), "utf-8", "base64", mailer="MailMasterAndroid/7.18.6")


# ---------------------------------------------------------------- Foxmail, Outlook


def foxmail(body: str, lang: str, who: Who, cs: str = "gb2312") -> tuple[bytes, str]:
    head = f"发件人： Re-interview\n发送时间： 2026-11-27 10:05\n收件人： {who.name}\n主题： {SUBJECT[lang]}"
    plain = f"{body}\n\n\n{who.addr}\n \n{head}\n{INV_TXT[lang]}"
    htm = _doc(
        f'{_divs(body)}<div><br></div><hr style="width:210px;height:1px" align="left" color="#b5c4df" size="1"><div><span>{who.addr}</span></div>'
        f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f"<div><b>发件人：</b>&nbsp;Re-interview</div><div><b>发送时间：</b>&nbsp;2026-11-27&nbsp;10:05</div><div><b>收件人：</b>&nbsp;{html.escape(who.name)}</div>"
        f"<div><b>主题：</b>&nbsp;{html.escape(SUBJECT[lang])}</div></div></div><div><br></div>{INV_HTML[lang]}</blockquote>",
        cs,
    )
    return _alt(who, "回复: " + SUBJECT[lang], plain, htm, cs, "base64", mailer="Foxmail 7.2.25.228[cn]")


OL = {
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年11月27日 10:05"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨", "2026年11月27日 上午 10:05"),
    "en": ("From", "Sent", "To", "Subject", "Friday, November 27, 2026 10:05 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 27. November 2026 11:05"),
    "fr": ("De", "Envoyé", "À", "Objet", "vendredi 27 novembre 2026 11:05"),
    "es": ("De", "Enviado el", "Para", "Asunto", "viernes, 27 de noviembre de 2026 11:05"),
    "it": ("Da", "Inviato", "A", "Oggetto", "venerdì 27 novembre 2026 11:05"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "vrijdag 27 november 2026 11:05"),
}
OL_PREFIX = {
    "zh": "答复: ",
    "tw": "回覆: ",
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE: ",
    "es": "RE: ",
    "it": "R: ",
    "nl": "RE: ",
}


def outlook(
    body: str,
    lang: str,
    who: Who,
    ui: str = "zh",
    cs: str = "gb2312",
    cte: str = "base64",
    sig: str = "",
    disclaimer: str = "",
) -> tuple[bytes, str]:
    """Outlook desktop: body, signature, the ruled header block in the UI language, the invitation unquoted."""
    f, s, t, sub, d = OL[ui]
    block = f"________________________________\n{f}: {OURS}\n{s}: {d}\n{t}: {who.name} <{who.addr}>\n{sub}: {SUBJECT[lang]}\n"
    tail = (f"\n\n{sig}" if sig else "") + (f"\n\n{disclaimer}" if disclaimer else "")
    plain = f"{body}{tail}\n\n{block}\n{INV_TXT[lang]}"
    e = html.escape
    paras = "".join(
        f'<p class="MsoNormal">{e(ln) if ln else "<o:p>&nbsp;</o:p>"}</p>' for ln in (body + tail).split("\n")
    )
    hb = (
        f'<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"<b>{f}:</b> {e(OURS)}<br><b>{s}:</b> {d}<br><b>{t}:</b> {e(who.name)} &lt;{who.addr}&gt;<br><b>{sub}:</b> {e(SUBJECT[lang])}</font><div>&nbsp;</div></div>"
    )
    htm = _doc(
        f'<div class="WordSection1">{paras}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{hb}{INV_HTML[lang]}</div>', cs
    )
    extra = {
        "Thread-Topic": hdr(SUBJECT[lang], cs),
        "Thread-Index": "AdtA" + who.addr[:8].encode().hex()[:20],
        "Content-Language": {"zh": "zh-CN", "tw": "zh-TW", "en": "en-GB"}.get(ui, ui),
    }
    return _alt(who, OL_PREFIX[ui] + SUBJECT[lang], plain, htm, cs, cte, mailer="Microsoft Outlook 16.0", extra=extra)


def outlook_mobile(body: str, lang: str, who: Who, ui: str = "en") -> tuple[bytes, str]:
    """Outlook for iOS/Android: HTML only, 'Get Outlook for iOS', a From/Sent/To/Subject block."""
    f, s, t, sub, d = OL[ui]
    getit = {
        "zh": "获取 Outlook for iOS",
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "it": "Scarica Outlook per iOS",
        "nl": "Outlook voor iOS downloaden",
    }[ui]
    e = html.escape
    inner = (
        f'<div dir="auto">{_divs(body)}</div><div><br></div><div dir="ltr">{e(getit)}</div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg"><font face="Calibri, sans-serif"><b>{f}:</b> {e(OURS)}<br><b>{s}:</b> {d}<br><b>{t}:</b> {e(who.addr)}<br><b>{sub}:</b> {e(SUBJECT[lang])}</font></div>{INV_HTML[lang]}'
    )
    return _html(who, OL_PREFIX[ui] + SUBJECT[lang], _doc(inner), "utf-8", "quoted-printable")


# ---------------------------------------------------------------- phones


def iphone(
    body: str, lang: str, who: Who, ui: str = "zh", cte: str = "quoted-printable", html_too: bool = False
) -> tuple[bytes, str]:
    sent = {
        "zh": "发自我的iPhone",
        "tw": "從我的 iPhone 傳送",
        "en": "Sent from my iPhone",
        "ja": "iPhoneから送信",
        "ko": "iPhone에서 보냄",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "pt": "Enviado do meu iPhone",
        "it": "Inviato da iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "ru": "Отправлено с iPhone",
    }[ui]
    attr = {
        "zh": f"在 2026年11月27日，10:05，Re-interview <{OURS_ADDR}> 写道：",
        "tw": f"Re-interview <{OURS_ADDR}> 於 2026年11月27日 上午10:05 寫道：",
        "en": f"On 27 Nov 2026, at 10:05, Re-interview <{OURS_ADDR}> wrote:",
        "ja": f"2026/11/27 19:05、Re-interview <{OURS_ADDR}>のメール:",
        "ko": f"2026. 11. 27. 오후 7:05, Re-interview <{OURS_ADDR}> 작성:",
        "de": f"Am 27.11.2026 um 11:05 schrieb Re-interview <{OURS_ADDR}>:",
        "fr": f"Le 27 nov. 2026 à 11:05, Re-interview <{OURS_ADDR}> a écrit :",
        "es": f"El 27 nov 2026, a las 11:05, Re-interview <{OURS_ADDR}> escribió:",
        "pt": f"Em 27 de nov. de 2026, à(s) 10:05, Re-interview <{OURS_ADDR}> escreveu:",
        "it": f"Il giorno 27 nov 2026, alle ore 11:05, Re-interview <{OURS_ADDR}> ha scritto:",
        "nl": f"Op 27 nov 2026 om 11:05 heeft Re-interview <{OURS_ADDR}> het volgende geschreven:",
        "ru": f"27 нояб. 2026 г., в 13:05, Re-interview <{OURS_ADDR}> написал(а):",
    }[ui]
    prefix = {"zh": "回复：", "tw": "回覆：", "ja": "Re: ", "ko": "Re: "}.get(ui, "Re: ")
    plain = f"{body}\n\n{sent}\n\n> {attr}\n> \n{quoted(INV_TXT[lang])}"
    if not html_too:
        return _plain(
            who,
            prefix + SUBJECT[lang],
            plain,
            "utf-8",
            cte,
            ctx="; format=flowed; delsp=yes" if cte == "8bit" else "",
            mailer="iPhone Mail (22B91)",
        )
    htm = _doc(
        f'<div dir="ltr">{_divs(body)}<div><br><div dir="ltr">{html.escape(sent)}</div><div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div><blockquote type="cite">{INV_HTML[lang]}</blockquote></div></div>'
    )
    return _alt(who, prefix + SUBJECT[lang], plain, htm, "utf-8", cte, mailer="iPhone Mail (22B91)")


PHONE_SIG = {
    "huawei": "发自我的华为手机",
    "honor": "发自我的荣耀手机",
    "xiaomi": "",
    "oppo": "",
    "vivo": "发自我的vivo手机",
}


def android_cn(body: str, lang: str, who: Who, brand: str = "huawei") -> tuple[bytes, str]:
    """华为/荣耀/小米/OPPO/vivo 自带邮件: '-------- 原始邮件 --------' block, invitation text below it."""
    sig = PHONE_SIG[brand]
    head = f"-------- 原始邮件 --------\n发件人： Re-interview <{OURS_ADDR}>\n日期： 2026年11月27日周五 上午10:05\n收件人： {who.addr}\n主 题： {SUBJECT[lang]}\n"
    plain = f"{body}\n\n" + (f"{sig}\n\n" if sig else "") + f"\n{head}\n{INV_TXT[lang]}"
    htm = _doc(
        f"{_divs(body)}<br>"
        + (f"<div>{sig}</div>" if sig else "")
        + f'<br><div id="origbody"><div>{head.replace(chr(10), "<br>")}</div><br type="attribution"><blockquote class="quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{INV_HTML[lang]}</blockquote></div>'
    )
    mailer = {
        "huawei": "Huawei Email",
        "honor": "Honor Email",
        "xiaomi": "MiuiMail",
        "oppo": "OPPO Email",
        "vivo": "vivo Email",
    }[brand]
    return _alt(who, "回复：" + SUBJECT[lang], plain, htm, "utf-8", "base64", mailer=mailer)


# ---------------------------------------------------------------- 企业邮箱 / 办公套件


def exmail(body: str, lang: str, who: Who, sig: str = "", disclaimer: str = "") -> tuple[bytes, str]:
    """腾讯企业邮: gb18030 base64, '------------------ Original ------------------' From/Date/To/Subject block."""
    tail = (f"\n\n{sig}" if sig else "") + (f"\n\n{disclaimer}" if disclaimer else "")
    head = f'------------------ Original ------------------\nFrom:  "Re-interview"<{OURS_ADDR}>;\nDate:  Fri, Nov 27, 2026 10:05 AM\nTo:  "{who.name}"<{who.addr}>;\n\nSubject:  {SUBJECT[lang]}\n'
    plain = f"{body}{tail}\n\n\n \n{head}\n \n{INV_TXT[lang]}"
    htm = _doc(
        f'{_divs(body + tail)}<div><br></div><div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;Original&nbsp;------------------</div><div style="font-size:12px;background:#efefef;padding:8px;">{head.split(chr(10), 1)[1].replace(chr(10), "<br>")}</div><div><br></div>{INV_HTML[lang]}',
        "gb18030",
    )
    return _alt(
        who,
        "回复：" + SUBJECT[lang],
        plain,
        htm,
        "gb18030",
        "base64",
        mailer="Tencent Exmail",
        extra={"X-QQ-SSF": "00000000000000F0"},
    )


def wecom(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    """企业微信邮件: HTML only; the original as a 发件人/时间/收件人/主题 box."""
    e = html.escape
    box = f'<div style="background:#f3f4f5;padding:10px;font-size:13px"><div>发件人：Re-interview &lt;{OURS_ADDR}&gt;</div><div>时间：2026年11月27日 周五 10:05</div><div>收件人：{e(who.name)} &lt;{who.addr}&gt;</div><div>主题：{e(SUBJECT[lang])}</div></div>'
    return _html(
        who,
        "回复：" + SUBJECT[lang],
        _doc(f"{_divs(body)}<div><br></div><div><br></div>{box}<div><br></div>{INV_HTML[lang]}"),
        "utf-8",
        "base64",
        mailer="WeCom Mail",
    )


def alimail(body: str, lang: str, who: Who, app: str = "alimail", sig: str = "") -> tuple[bytes, str]:
    """阿里邮箱 / 钉钉邮箱: dashed rule and 发件人/发送时间/收件人/主　题."""
    tail = f"\n\n{sig}" if sig else ""
    head = f'------------------------------------------------------------------\n发件人：Re-interview <{OURS_ADDR}>\n发送时间：2026年11月27日(星期五) 10:05\n收件人："{who.name}"<{who.addr}>\n主　题：{SUBJECT[lang]}\n'
    plain = f"{body}{tail}\n\n{head}\n{INV_TXT[lang]}"
    htm = _doc(
        f'<div class="__aliyun_email_body_block">{_divs(body + tail)}</div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0"><div><div class="__aliyun_quote_title">{head.replace(chr(10), "<br>")}</div><br>{INV_HTML[lang]}</div></blockquote>'
    )
    mailer = "Alimail-Mailagent revision 2" if app == "alimail" else "DingTalk Mail"
    return _alt(who, "回复：" + SUBJECT[lang], plain, htm, "utf-8", "base64", mailer=mailer)


def feishu(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    """飞书邮箱: blockquote with 发件人/日期/主题/收件人 lines."""
    head = f"发件人: Re-interview <{OURS_ADDR}>\n日期: 2026年11月27日 周五 10:05\n主题: {SUBJECT[lang]}\n收件人: <{who.addr}>"
    plain = f"{body}\n\n{quoted(head)}\n> \n{quoted(INV_TXT[lang])}"
    htm = _doc(
        f'{_divs(body)}<div><br></div><div class="history-quote-wrapper"><div style="list-style-position:inside"><div class="adit-html-block"><div style="border-left:2px solid #dee0e3;padding-left:8px;color:#646a73">{head.replace(chr(10), "<br>")}</div><div><br></div>{INV_HTML[lang]}</div></div></div>'
    )
    return _alt(
        who,
        "回复：" + SUBJECT[lang],
        plain,
        htm,
        "utf-8",
        "quoted-printable",
        extra={"X-Lms-Return-Path": "<lba+feishu@larksuite.com>"},
    )


# ---------------------------------------------------------------- Gmail, Apple Mail, others

GMAIL_ATTR = {
    "zh": f"Re-interview <{OURS_ADDR}> 于2026年11月27日周五 10:05写道：",
    "tw": f"Re-interview <{OURS_ADDR}> 於 2026年11月27日 週五 上午10:05寫道：",
    "en": f"On Fri, 27 Nov 2026 at 10:05, Re-interview <{OURS_ADDR}> wrote:",
    "de": f"Am Fr., 27. Nov. 2026 um 11:05 Uhr schrieb Re-interview <{OURS_ADDR}>:",
    "fr": f"Le ven. 27 nov. 2026 à 11:05, Re-interview <{OURS_ADDR}> a écrit :",
    "es": f"El vie, 27 nov 2026 a las 11:05, Re-interview (<{OURS_ADDR}>) escribió:",
    "pt": f"Em sex., 27 de nov. de 2026 às 10:05, Re-interview <{OURS_ADDR}> escreveu:",
    "it": f"Il giorno ven 27 nov 2026 alle ore 11:05 Re-interview <{OURS_ADDR}> ha scritto:",
    "ru": f"пт, 27 нояб. 2026 г. в 13:05, Re-interview <{OURS_ADDR}>:",
    "ja": f"2026年11月27日(金) 19:05 Re-interview <{OURS_ADDR}>:",
    "ko": f"2026년 11월 27일 (금) 오후 7:05, Re-interview <{OURS_ADDR}>님이 작성:",
}


def gmail(body: str, lang: str, who: Who, ui: str = "zh", cte: str = "base64") -> tuple[bytes, str]:
    attr = GMAIL_ATTR[ui]
    plain = f"{body}\n\n{attr}\n\n{quoted(INV_TXT[lang])}"
    htm = f'<div dir="ltr">{_divs(body)}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{INV_HTML[lang]}</blockquote></div>'
    prefix = {"zh": "回复：", "tw": "回覆：", "de": "Re: ", "fr": "Re: "}.get(ui, "Re: ")
    return _alt(who, prefix + SUBJECT[lang], plain, htm, "utf-8", cte)


def apple_mail(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    attr = f"> On 27 Nov 2026, at 10:05, Re-interview <{OURS_ADDR}> wrote:"
    plain = f"{body}\n\n{attr}\n> \n{quoted(INV_TXT[lang])}"
    return _plain(
        who, "Re: " + SUBJECT[lang], plain, "utf-8", "quoted-printable", mailer="Apple Mail (2.3826.300.87.4.3)"
    )


def thunderbird(body: str, lang: str, who: Who, ui: str = "en") -> tuple[bytes, str]:
    attr = {"de": "Am 27.11.26 um 11:05 schrieb Re-interview:"}.get(ui, "On 27/11/2026 10:05, Re-interview wrote:")
    plain = f"{body}\n\n{attr}\n{quoted(INV_TXT[lang])}"
    return _msg(
        who,
        "Re: " + SUBJECT[lang],
        [part("text/plain", plain, "utf-8", "8bit", "; format=flowed")],
        extra={"User-Agent": "Mozilla Thunderbird"},
    ), "plain/utf-8/8bit"


def yahoo_ja(body: str, lang: str, who: Who) -> tuple[bytes, str]:
    """A Japanese webmail in ISO-2022-JP, set to reply without the original."""
    plain = body  # the reply is sent without the original
    return _plain(who, "Re: " + SUBJECT[lang], plain, "iso-2022-jp", "7bit")


def pasted(
    body: str, lang: str, who: Who, cs: str = "utf-8", cte: str = "8bit", subject_prefix: str = "回复："
) -> tuple[bytes, str]:
    """A new mail written to the reply address (subject copied by hand), or a reply with the quote cut away."""
    return _plain(who, subject_prefix + SUBJECT[lang], body, cs, cte)


def big5_outlook(body: str, lang: str, who: Who, sig: str = "") -> tuple[bytes, str]:
    """Outlook with a zh-TW UI: it picks UTF-8 once the quoted invitation has characters Big5 lacks."""
    return outlook(body, lang, who, ui="tw", cs="utf-8", cte="base64", sig=sig)


def autoreply(body: str, lang: str, who: Who, prefix: str = "自动回复: ", cs: str = "gb2312") -> tuple[bytes, str]:
    return _msg(
        who,
        prefix + SUBJECT[lang],
        [part("text/plain", body, cs, "base64")],
        hcs=cs,
        extra={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    ), f"plain/{cs}/base64"
