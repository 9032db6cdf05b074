"""How each mail client builds a reply (from general knowledge of the clients' behaviour)."""

from __future__ import annotations

import html
import re
from email import charset as _cs
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {l: (CORPUS / f"invitation.{l}.txt").read_text(encoding="utf-8") for l in ("en", "zh")}
_raw_html = {l: (CORPUS / f"invitation.{l}.html").read_text(encoding="utf-8") for l in ("en", "zh")}
INV_HTML = {l: re.search(r"<body[^>]*>(.*)</body>", h, re.S).group(1).strip() for l, h in _raw_html.items()}
SUBJECT = {"en": "Your re-interview invitation – Support desk", "zh": "重新面试邀请 – 电商客服专员"}
SENDER = {
    "en": ("Re-interview service", "reply+r1.s2.{tok}@hr.example.com"),
    "zh": ("重新面试服务", "reply+r1.s2.{tok}@hr.example.com"),
}


def _charset(name: str, enc: str) -> _cs.Charset:
    c = _cs.Charset(name)
    c.header_encoding = _cs.BASE64 if name.lower() not in ("utf-8", "us-ascii") else _cs.QP
    c.body_encoding = {"qp": _cs.QP, "base64": _cs.BASE64, "8bit": None}[enc]
    return c


def _text(body: str, sub: str, cs: str, enc: str, flowed: bool = False) -> MIMEText:
    part = MIMEText(body, sub, _charset(cs, enc))
    if flowed:
        part.set_param("format", "flowed")
        part.set_param("delsp", "no") if False else None
    return part


def quote_gt(text: str) -> str:
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def _flow(prefix: str, line: str, width: int = 72) -> list[str]:
    if not line:
        return [prefix.rstrip()]
    ind = len(line) - len(line.lstrip(" "))
    prefix, line = prefix + " " * ind, line.lstrip(" ")
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(prefix) + len(cur) + len(w) + 1 > width:
            out.append(prefix + cur + " ")
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    out.append(prefix + cur)
    return out


def p_html(body: str) -> str:
    return "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in body.split("\n"))


# Each client: returns (mime_part, fmt_label, extra_headers, subject_prefix)


def build(client: str, lang: str, body: str, quote: bool, inv_name: str, inv_addr: str, n: int):
    base = client.split("-")[0]
    loc = (
        client.rsplit("-", 1)[1]
        if client.count("-") and client.rsplit("-", 1)[1] in ("de", "fr", "it", "pt", "ko", "ru", "zh")
        else "en"
    )
    inv_txt, inv_html = INV_TXT[lang], INV_HTML[lang]
    hdr: dict[str, str] = {}
    who = formataddr((inv_name, inv_addr))

    if client.startswith("gmail"):
        attr = {
            "en": f"On Mon, 23 Nov 2026 at 10:00, {inv_name} <{inv_addr}> wrote:",
            "de": f"Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb {inv_name} <{inv_addr}>:",
            "fr": f"Le lun. 23 nov. 2026 à 10:00, {inv_name} <{inv_addr}> a écrit :",
            "pt": f"Em seg., 23 de nov. de 2026 às 10:00, {inv_name} <{inv_addr}> escreveu:",
            "ko": f"2026년 11월 23일 (월) 오전 10:00, {inv_name} <{inv_addr}>님이 작성:",
            "zh": f"{inv_name} <{inv_addr}> 于2026年11月23日周一 18:00写道：",
        }[loc]
        if client.startswith("gmail-app") and loc == "en":
            attr = f"On Mon, Nov 23, 2026, 10:00 AM {inv_name} <{inv_addr}> wrote:"
        txt = body + ("\n\n" + attr + "\n\n" + quote_gt(inv_txt) + "\n" if quote else "\n")
        h = f'<div dir="ltr">{p_html(body)}</div>'
        if quote:
            h += (
                f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html}</blockquote></div>'
            )
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "UTF-8", "qp"))
        m.attach(_text(h, "html", "UTF-8", "qp"))
        pre = {"en": "Re: ", "de": "Re: ", "fr": "Re: ", "pt": "Re: ", "ko": "Re: ", "zh": "Re: "}[loc]
        return m, "alt/utf-8/qp", hdr, pre

    if client.startswith("outlook"):
        labels = {
            "en": ("From", "Sent", "To", "Subject", "RE: "),
            "de": ("Von", "Gesendet", "An", "Betreff", "AW: "),
            "it": ("Da", "Inviato", "A", "Oggetto", "R: "),
            "zh": ("发件人", "发送时间", "收件人", "主题", "答复: "),
        }[loc]
        sent = {
            "en": "Monday, November 23, 2026 10:00 AM",
            "de": "Montag, 23. November 2026 10:00",
            "it": "lunedì 23 novembre 2026 10:00",
            "zh": "2026年11月23日 18:00",
        }[loc]
        f, s, t, su, pre = labels
        sig = "\n\nGet Outlook for iOS" if client == "outlook-mobile" else ""
        block = f"{f}: {inv_name} <{inv_addr}>\n{s}: {sent}\n{t}: Alice Smith <alice.smith@example.net>\n{su}: {SUBJECT[lang]}"
        if client == "outlook-desktop" or client == "outlook-desktop-de" or client == "outlook-desktop-zh":
            block = f"{f}: {inv_name} <{inv_addr}>\n{s}: {sent}\n{t}: Alice Smith <alice.smith@example.net>\n{su}: {SUBJECT[lang]}"
            hdr["Thread-Topic"] = SUBJECT[lang]
            hdr["Thread-Index"] = "AQHdXYZ" + f"{n:04d}" + "abcdEFGHijklMNOP=="
            hdr["X-Mailer"] = "Microsoft Outlook 16.0"
        txt = body + sig + ("\n\n________________________________\n" + block + "\n\n" + inv_txt if quote else "\n")
        h = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">{p_html(body)}</div>'
        )
        if sig:
            h += '<div><br></div><div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
        if quote:
            bh = "<br>".join(
                f"<b>{html.escape(l.split(':', 1)[0])}:</b>{html.escape(l.split(':', 1)[1])}" for l in block.split("\n")
            )
            h += (
                '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{bh}</font>'
                f"<div>&nbsp;</div></div>{inv_html}"
            )
        h += "</body></html>"
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "utf-8", "base64" if loc == "zh" else "qp"))
        m.attach(_text(h, "html", "utf-8", "base64" if loc == "zh" else "qp"))
        return m, f"alt/utf-8/{'base64' if loc == 'zh' else 'qp'}", hdr, pre

    if client.startswith("apple"):
        iphone = client.startswith("apple-iphone")
        attr = {
            "en": f"On 23 Nov 2026, at 10:00, {inv_name} <{inv_addr}> wrote:",
            "fr": f"Le 23 nov. 2026 à 10:00, {inv_name} <{inv_addr}> a écrit :",
            "zh": f"在 2026年11月23日，18:00，{inv_name} <{inv_addr}> 写道：",
        }[loc]
        sig = {"en": "Sent from my iPhone", "fr": "Envoyé de mon iPhone", "zh": "发自我的iPhone"}[loc] if iphone else ""
        txt = (
            body
            + ("\n\n" + sig if sig else "")
            + ("\n\n> " + attr + "\n> \n" + quote_gt(inv_txt) + "\n" if quote else "\n")
        )
        if iphone and not quote:
            part = _text(txt, "plain", "utf-8", "qp")
            return part, "plain/utf-8/qp", {"X-Mailer": "iPhone Mail (22B91)"}, "Re: "
        h = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{p_html(body)}'
        )
        if sig:
            h += f'<div><br><div dir="ltr">{sig}</div></div>'
        if quote:
            h += (
                f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{inv_html}</div></blockquote>'
            )
        h += "</body></html>"
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "utf-8", "qp"))
        m.attach(_text(h, "html", "utf-8", "qp"))
        hdr["X-Mailer"] = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)"
        hdr["Mime-Version"] = "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"
        return m, "alt/utf-8/qp", hdr, "Re: "

    if client.startswith("yahoo"):
        attr = {
            "en": f"On Monday, 23 November 2026 at 10:00:00 GMT, {inv_name} <{inv_addr}> wrote:",
            "ru": f"понедельник, 23 ноября 2026 г. в 10:00:00 GMT, {inv_name} <{inv_addr}> написал(-а):",
        }[loc]
        sig = "\n\nSent from Yahoo Mail for iPhone" if n % 2 else ""
        txt = body + sig + ("\n\n" + attr + "\n\n" + inv_txt if quote else "\n")
        h = f'<html><head></head><body><div class="ydp-body" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{p_html(body)}'
        if sig:
            h += '<div><br></div><div id="ymail_android_signature">Sent from Yahoo Mail for iPhone</div>'
        h += "</div>"
        if quote:
            h += (
                f'<div id="yahoo_quoted_{n:010d}" class="yahoo_quoted"><div style="font-family:Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f"<div>{html.escape(attr)}</div><div><br></div><div><br></div>{inv_html}</div></div>"
            )
        h += "</body></html>"
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "UTF-8", "qp"))
        m.attach(_text(h, "html", "UTF-8", "qp"))
        hdr["X-Mailer"] = "WebService/1.1.23456 YMailNorrin"
        return m, "alt/utf-8/qp", hdr, "Re: "

    if client.startswith("proton"):
        attr = f"On Monday, November 23rd, 2026 at 10:00 AM, {inv_name} <{inv_addr}> wrote:"
        sig = "Sent with Proton Mail secure email."
        txt = body + "\n\n" + sig + ("\n\n" + attr + "\n\n" + quote_gt(inv_txt) + "\n" if quote else "\n")
        h = (
            f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{p_html(body)}</div>'
            f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
            f'<div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">{sig}</div></div><div><br></div>'
        )
        if quote:
            h += (
                f'<div class="protonmail_quote">{html.escape(attr)}<br><br>'
                f'<blockquote class="protonmail_quote" type="cite">{inv_html}</blockquote><br></div>'
            )
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "utf-8", "qp"))
        m.attach(_text(h, "html", "utf-8", "base64"))
        return m, "alt/utf-8/qp+base64", hdr, "Re: "

    if client.startswith("thunderbird"):
        attr = f"On 23/11/2026 10:00, {inv_name} wrote:"
        # Thunderbird's default is to start the reply below the quote; flowed lines are soft-wrapped at 72
        q = []
        for line in inv_txt.rstrip("\n").split("\n"):
            q.extend(_flow("> ", line))
        txt = (attr + "\n" + "\n".join(q) + "\n\n" + body + "\n") if quote else body + "\n"
        part = _text(txt, "plain", "UTF-8", "8bit")
        part.set_param("format", "flowed")
        hdr["User-Agent"] = "Mozilla Thunderbird"
        return part, "plain/utf-8/8bit-flowed", hdr, "Re: "

    if client.startswith("samsung"):
        blk = f"-------- Original message --------\nFrom: {inv_name} <{inv_addr}>\nDate: 23/11/2026 10:00 (GMT+00:00)\nTo: alice.smith@example.net\nSubject: {SUBJECT[lang]}"
        txt = body + "\n\n\n\nSent from my Galaxy" + ("\n\n\n" + blk + "\n\n" + inv_txt if quote else "\n")
        h = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">{p_html(body)}</div>'
            '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
            '<div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
        )
        if quote:
            bh = "<br>".join(html.escape(l) for l in blk.split("\n")[1:])
            h += (
                f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                f'<div>-------- Original message --------</div><div dir="auto">{bh}</div><div><br></div></div>{inv_html}'
            )
        h += "</body></html>"
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "UTF-8", "base64"))
        m.attach(_text(h, "html", "UTF-8", "base64"))
        return m, "alt/utf-8/base64", hdr, "Re: "

    if client.startswith("zoho"):
        attr = f"---- On Mon, 23 Nov 2026 10:00:00 +0000 {inv_name} <{inv_addr}> wrote ---"
        txt = body + ("\n\n\n\n\n" + attr + "\n\n" + inv_txt if quote else "\n")
        h = f'<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">{p_html(body)}'
        if quote:
            h += (
                f'<br><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px;"></div>'
                f'<div class="zmail_extra" data-zmail-extra=""><div>{html.escape(attr)}</div><br>'
                f'<blockquote style="margin: 0px;">{inv_html}</blockquote></div>'
            )
        h += "</div><br></body></html>"
        m = MIMEMultipart("alternative")
        m.attach(_text(txt, "plain", "UTF-8", "qp"))
        m.attach(_text(h, "html", "UTF-8", "qp"))
        hdr["User-Agent"] = "Zoho Mail"
        return m, "alt/utf-8/qp", hdr, "Re: "

    if client == "qq":
        blk = (
            f"------------------&nbsp;原始邮件&nbsp;------------------<br>"
            f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"{html.escape(inv_name)}"&lt;{inv_addr}&gt;;</div>'
            f'<div><b>发送时间:</b>&nbsp;2026年11月23日(星期一) 晚上6:00</div><div><b>收件人:</b>&nbsp;"张三"&lt;zhangsan@qq.com&gt;;</div>'
            f"<div></div><div><b>主题:</b>&nbsp;{html.escape(SUBJECT[lang])}</div></div><div>&nbsp;</div>"
        )
        h = f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{p_html(body)}<div><br></div><div><br></div>'
        if quote:
            h += f"<div style=\"font: 12px / 1.5 'Lucida Grande', Arial, sans-serif; color: rgb(0, 0, 0);\">{blk}{inv_html}</div>"
        t = body + (
            "\n\n\n------------------ 原始邮件 ------------------\n"
            f'发件人: "{inv_name}"<{inv_addr}>;\n发送时间: 2026年11月23日(星期一) 晚上6:00\n收件人: "张三"<zhangsan@qq.com>;\n主题: {SUBJECT[lang]}\n\n\n'
            + inv_txt
            if quote
            else "\n"
        )
        m = MIMEMultipart("alternative")
        m.attach(_text(t, "plain", "gb18030", "base64"))
        m.attach(_text(h, "html", "gb18030", "base64"))
        hdr["X-QQ-mid"] = f"xmsezb{n:06d}t1764000000tabcdef"
        hdr["X-Mailer"] = "QQMail 2.x"
        return m, "alt/gb18030/base64", hdr, "回复："

    if client == "netease":
        attr = f'在 2026-11-23 18:00:00，"{inv_name}" &lt;{inv_addr}&gt; 写道：'
        h = f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{p_html(body)}</div><br>'
        if quote:
            h += (
                f'<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
                f'<pre><br>{attr}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{inv_html}</blockquote>'
            )
        t = body + (
            '\n\n\n\n\n\n在 2026-11-23 18:00:00，"'
            + inv_name
            + '" <'
            + inv_addr
            + "> 写道：\n"
            + quote_gt(inv_txt)
            + "\n"
            if quote
            else "\n"
        )
        m = MIMEMultipart("alternative")
        m.attach(_text(t, "plain", "GBK", "base64"))
        m.attach(_text(h, "html", "GBK", "base64"))
        hdr["X-Mailer"] = "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"
        return m, "alt/gbk/base64", hdr, "Re:"

    if client == "foxmail":
        blk = (
            f'发件人：&nbsp;"{html.escape(inv_name)}"&lt;{inv_addr}&gt;;<br>发送时间：&nbsp;2026年11月23日(星期一) 18:00<br>'
            f'收件人：&nbsp;"张三"&lt;zhangsan@foxmail.com&gt;;<br>主题：&nbsp;{html.escape(SUBJECT[lang])}'
        )
        h = (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>{p_html(body)}'
            '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>zhangsan@foxmail.com</div></div></span></div>'
        )
        if quote:
            h += f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div>{blk}</div></div></div><div>{inv_html}</div></blockquote>'
        h += "</body></html>"
        t = (
            body
            + "\n\n\nzhangsan@foxmail.com\n"
            + (
                '\n发件人： "'
                + inv_name
                + '"<'
                + inv_addr
                + '>\n发送时间： 2026-11-23 18:00\n收件人： "张三"<zhangsan@foxmail.com>\n主题： '
                + SUBJECT[lang]
                + "\n\n"
                + inv_txt
                if quote
                else ""
            )
        )
        m = MIMEMultipart("alternative")
        m.attach(_text(t, "plain", "UTF-8", "base64"))
        m.attach(_text(h, "html", "UTF-8", "qp"))
        hdr["X-Mailer"] = "Foxmail 7.2.25.228[cn]"
        return m, "alt/utf-8/base64+qp", hdr, "回复: "

    raise ValueError(client)
