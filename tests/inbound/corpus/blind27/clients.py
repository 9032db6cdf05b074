"""How each mail client builds its reply (quoting, attribution, MIME), from knowledge of the real clients."""

from __future__ import annotations

import base64
import html
import quopri
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
SUBJ = {"zh": "重新面试邀请 · 电商客服专员", "en": "Re-interview invitation – Support desk"}
HR_NAME = {"zh": "招聘团队", "en": "Recruiting team"}
HR_ADDR = "recruiting@hr.example.com"
INV_ID = "<invitation-1@hr.example.com>"


def inv_text(lang):
    return (CORPUS / f"invitation.{lang}.txt").read_text(encoding="utf-8")


def inv_html(lang):
    raw = (CORPUS / f"invitation.{lang}.html").read_text(encoding="utf-8")
    return re.search(r"<body[^>]*>(.*)</body>", raw, re.S).group(1).strip()


def part(subtype, text, charset, cte):
    m = MIMENonMultipart("text", subtype, charset=charset)
    data = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        m.set_payload(data.decode("ascii"))
    m["Content-Transfer-Encoding"] = cte
    return m


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def esc(text):
    return "<br>".join(html.escape(l) for l in text.split("\n"))


# ---- per-client quote styles: return (plain_tail, html_tail) -----------------------------------


def q_qq(lang, when):
    h = (
        f"------------------&nbsp;原始邮件&nbsp;------------------<br>"
        f'<b>发件人:</b> "{HR_NAME[lang]}"&lt;{HR_ADDR}&gt;;<br><b>发送时间:</b> {when["qq"]}<br>'
        f'<b>收件人:</b> "candidate"&lt;{{me}}&gt;;<br><b>主题:</b> {SUBJ[lang]}<br>'
    )
    ht = f'<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{h}</div><br>{inv_html(lang)}'
    pt = (
        f'\n\n------------------ 原始邮件 ------------------\n发件人: "{HR_NAME[lang]}"<{HR_ADDR}>;\n'
        f'发送时间: {when["qq"]}\n收件人: "candidate"<{{me}}>;\n主题: {SUBJ[lang]}\n\n{inv_text(lang)}'
    )
    return pt, ht


def q_qqapp(lang, when):
    pt = (
        f"\n\n------------------ Original ------------------\nFrom: {HR_NAME[lang]} <{HR_ADDR}>\n"
        f"Date: {when['qqapp']}\nTo: {{me}}\nSubject: {SUBJ[lang]}\n\n{inv_text(lang)}"
    )
    ht = (
        '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        "------------------&nbsp;Original&nbsp;------------------</div>"
        f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>From:</b>&nbsp;{HR_NAME[lang]} &lt;{HR_ADDR}&gt;</div>'
        f"<div><b>Date:</b>&nbsp;{when['qqapp']}</div><div><b>To:</b>&nbsp;{{me}}</div><div><b>Subject:</b>&nbsp;{SUBJ[lang]}</div></div>"
        f"<div><br></div>{inv_html(lang)}"
    )
    return pt, ht


def q_netease(lang, when):
    attr = f'在 {when["iso"]}，"{HR_NAME[lang]}" &lt;{HR_ADDR}&gt; 写道：'
    ht = (
        f'<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
        f'<pre><br>{attr}</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
        f"{inv_html(lang)}</blockquote>"
    )
    pt = f'\n\n在 {when["iso"]}，"{HR_NAME[lang]}" <{HR_ADDR}> 写道：\n{gt(inv_text(lang))}'
    return pt, ht


def q_mailmaster(lang, when):
    card = (
        f'<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;'
        f"-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:'微软雅黑';\">"
        f'<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">---- 回复的原邮件 ----</div>'
        f'<table class="J-original-table" width="100%" style="font-size:12px;">'
        f'<tr><td width="70">发件人</td><td>{HR_NAME[lang]}&lt;{HR_ADDR}&gt;</td></tr>'
        f"<tr><td>日期</td><td>{when['mm']}</td></tr><tr><td>收件人</td><td>{{me}}</td></tr>"
        f"<tr><td>主题</td><td>{SUBJ[lang]}</td></tr></table></div>{inv_html(lang)}"
    )
    pt = (
        f"\n\n| |\n网易邮箱大师\n|\n\n---- 回复的原邮件 ----\n| 发件人 | {HR_NAME[lang]}<{HR_ADDR}> |\n"
        f"| 日期 | {when['mm']} |\n| 收件人 | {{me}} |\n| 主题 | {SUBJ[lang]} |\n{inv_text(lang)}"
    )
    return pt, card


def q_foxmail(lang, when):
    hdr = f"发件人：&nbsp;{HR_NAME[lang]}<br>发送时间：&nbsp;{when['fox']}<br>收件人：&nbsp;{{me}}<br>主题：&nbsp;{SUBJ[lang]}"
    ht = (
        f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
        f'<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f"<div>{hdr}</div></div></div><div>&nbsp;</div>{inv_html(lang)}</blockquote>"
    )
    pt = f"\n\n\n\n发件人： {HR_NAME[lang]}\n发送时间： {when['fox']}\n收件人： {{me}}\n主题： {SUBJ[lang]}\n{inv_text(lang)}"
    return pt, ht


def q_outlook_zh(lang, when):
    hdr = (
        f"<b>发件人:</b> {HR_NAME[lang]} &lt;{HR_ADDR}&gt;<br><b>发送时间:</b> {when['olzh']}<br>"
        f"<b>收件人:</b> {{me}}<br><b>主题:</b> {SUBJ[lang]}"
    )
    ht = (
        f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hdr}</font>'
        f"<div>&nbsp;</div></div>{inv_html(lang)}"
    )
    pt = (
        f"\n\n________________________________\n发件人: {HR_NAME[lang]} <{HR_ADDR}>\n发送时间: {when['olzh']}\n"
        f"收件人: {{me}}\n主题: {SUBJ[lang]}\n\n{inv_text(lang)}"
    )
    return pt, ht


def q_outlook_en(lang, when):
    hdr = (
        f"<b>From:</b> {HR_NAME[lang]} &lt;{HR_ADDR}&gt;<br><b>Sent:</b> {when['olen']}<br>"
        f"<b>To:</b> {{me}}<br><b>Subject:</b> {SUBJ[lang]}"
    )
    ht = (
        f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hdr}</font>'
        f"<div>&nbsp;</div></div>{inv_html(lang)}"
    )
    pt = (
        f"\n\n________________________________\nFrom: {HR_NAME[lang]} <{HR_ADDR}>\nSent: {when['olen']}\n"
        f"To: {{me}}\nSubject: {SUBJ[lang]}\n\n{inv_text(lang)}"
    )
    return pt, ht


def q_iphone_zh(lang, when):
    attr = f"在 {when['ios_zh']}，{HR_NAME[lang]} <{HR_ADDR}> 写道："
    pt = f"\n\n发自我的iPhone\n\n> {attr}\n>\n{gt(inv_text(lang))}"
    ht = (
        f'<br><br><div dir="ltr">发自我的iPhone</div><div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{inv_html(lang)}</div></blockquote>'
    )
    return pt, ht


def q_android(lang, when, sig):
    pt = (
        f"\n\n{sig}\n\n-------- 原始邮件 --------\n发件人： {HR_NAME[lang]} <{HR_ADDR}>\n日期： {when['android']}\n"
        f"收件人： {{me}}\n主题： {SUBJ[lang]}\n\n{inv_text(lang)}"
    )
    return pt, None


def q_wecom(lang, when):
    return q_qq(lang, when)


def q_feishu(lang, when):
    hdr = (
        f"<div><b>发件人：</b>{HR_NAME[lang]} &lt;{HR_ADDR}&gt;</div><div><b>发送时间：</b>{when['feishu']}</div>"
        f"<div><b>收件人：</b>{{me}}</div><div><b>主题：</b>{SUBJ[lang]}</div>"
    )
    ht = (
        f'<div class="history-quote-wrapper"><div style="margin:16px 0;color:#8f959e;font-size:14px;">'
        f"<div>---------- 原始邮件 ----------</div>{hdr}</div>"
        f'<blockquote style="border-left:2px solid #dee0e3;padding-left:8px;margin:0;">{inv_html(lang)}</blockquote></div>'
    )
    pt = (
        f"\n\n---------- 原始邮件 ----------\n发件人：{HR_NAME[lang]} <{HR_ADDR}>\n发送时间：{when['feishu']}\n"
        f"收件人：{{me}}\n主题：{SUBJ[lang]}\n\n{gt(inv_text(lang))}"
    )
    return pt, ht


def q_gmail(lang, when):
    attr = f'On {when["gmail"]} {HR_NAME[lang]} &lt;<a href="mailto:{HR_ADDR}">{HR_ADDR}</a>&gt; wrote:'
    ht = (
        f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{inv_html(lang)}</blockquote></div>"
    )
    pt = f"\n\nOn {when['gmail']} {HR_NAME[lang]} <{HR_ADDR}>\nwrote:\n\n{gt(inv_text(lang))}"
    return pt, ht


def q_apple(lang, when):
    attr = f"On {when['apple']}, {HR_NAME[lang]} <{HR_ADDR}> wrote:"
    ht = (
        f'<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br class="Apple-interchange-newline">'
        f"<div>{inv_html(lang)}</div></blockquote></div>"
    )
    pt = f"\n\n> {attr}\n>\n{gt(inv_text(lang))}"
    return pt, ht


WHEN = {
    "zh": {
        "qq": "2026年11月26日(星期四) 上午10:00",
        "qqapp": "Thu, Nov 26, 2026 10:00 AM",
        "iso": "2026-11-26 10:00:00",
        "mm": "2026年11月26日 10:00",
        "fox": "2026-11-26 10:00",
        "olzh": "2026年11月26日 10:00",
        "ios_zh": "2026年11月26日，10:00",
        "android": "2026年11月26日周四 上午10:00",
        "feishu": "2026年11月26日 10:00",
        "olen": "Thursday, November 26, 2026 10:00 AM",
    },
    "en": {
        "gmail": "Thu, 26 Nov 2026 at 10:00,",
        "olen": "Thursday, 26 November 2026 10:00",
        "apple": "26 Nov 2026, at 10:00",
    },
}

# client -> (display name, from domain, subject prefix, structure, charset, cte, quote fn, signature,
#            keeps In-Reply-To, X-Mailer / User-Agent)
CLIENTS = {
    "qq-web": ("QQ邮箱网页版", "qq.com", "回复：", "alt", "gb18030", "base64", q_qq, "", True, None),
    "qq-app": ("QQ邮箱 iOS", "qq.com", "回复：", "alt", "utf-8", "base64", q_qqapp, "", True, "QQMail 2.x"),
    "163-web": (
        "网易163网页版",
        "163.com",
        "Re:",
        "alt",
        "gbk",
        "base64",
        q_netease,
        "",
        True,
        "Coremail Webmail Server Version XT5.0.14",
    ),
    "126-web": (
        "网易126网页版",
        "126.com",
        "Re:",
        "alt",
        "gbk",
        "base64",
        q_netease,
        "",
        True,
        "Coremail Webmail Server Version XT5.0.14",
    ),
    "mailmaster": (
        "网易邮箱大师",
        "163.com",
        "回复:",
        "alt",
        "utf-8",
        "base64",
        q_mailmaster,
        "",
        True,
        "NetEase Mail Master",
    ),
    "foxmail": (
        "Foxmail",
        "foxmail.com",
        "回复: ",
        "alt",
        "gb18030",
        "base64",
        q_foxmail,
        "",
        True,
        "Foxmail 7.2.25.228[cn]",
    ),
    "outlook-zh": (
        "Outlook 中文",
        "outlook.com",
        "答复: ",
        "alt",
        "utf-8",
        "base64",
        q_outlook_zh,
        "",
        True,
        "Microsoft Outlook 16.0",
    ),
    "iphone-zh": (
        "iPhone 邮件",
        "icloud.com",
        "回复：",
        "plain",
        "utf-8",
        "quoted-printable",
        q_iphone_zh,
        "",
        True,
        "iPhone Mail (20H115)",
    ),
    "huawei": (
        "华为邮件",
        "huawei-user.example.cn",
        "回复：",
        "plain",
        "utf-8",
        "base64",
        lambda l, w: q_android(l, w, "发自我的华为手机"),
        "",
        False,
        None,
    ),
    "xiaomi": (
        "小米邮件",
        "139.com",
        "回复：",
        "plain",
        "utf-8",
        "base64",
        lambda l, w: q_android(l, w, "发自我的小米手机"),
        "",
        True,
        None,
    ),
    "oppo": (
        "OPPO 邮件",
        "sina.com",
        "回复：",
        "plain",
        "utf-8",
        "base64",
        lambda l, w: q_android(l, w, "发自OPPO邮件"),
        "",
        True,
        None,
    ),
    "vivo": (
        "vivo 邮件",
        "sohu.com",
        "回复：",
        "plain",
        "utf-8",
        "base64",
        lambda l, w: q_android(l, w, "发自vivo智能手机"),
        "",
        False,
        None,
    ),
    "wecom": ("企业微信邮箱", "corp.example.cn", "回复：", "alt", "gb18030", "base64", q_wecom, "", True, None),
    "feishu": ("飞书邮箱", "larkcorp.example.cn", "回复：", "alt", "utf-8", "base64", q_feishu, "", True, None),
    "wechat-paste": ("微信粘贴/新邮件", "qq.com", "回复：", "plain", "utf-8", "base64", None, "", False, None),
    "gmail": ("Gmail", "gmail.com", "Re: ", "alt", "utf-8", "quoted-printable", q_gmail, "", True, None),
    "outlook": (
        "Outlook",
        "outlook.com",
        "RE: ",
        "alt",
        "utf-8",
        "quoted-printable",
        q_outlook_en,
        "",
        True,
        "Microsoft Outlook 16.0",
    ),
    "apple": (
        "Apple Mail",
        "icloud.com",
        "Re: ",
        "alt",
        "utf-8",
        "quoted-printable",
        q_apple,
        "",
        True,
        "Apple Mail (2.3774)",
    ),
}
