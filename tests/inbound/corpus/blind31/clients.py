"""How each mail client builds a reply (quoting, attribution, MIME). Written from knowledge of the clients."""

from __future__ import annotations

import base64
import html
import quopri
import re
from email.header import Header
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
INV_TXT = {l: (CORPUS / f"invitation.{l}.txt").read_text(encoding="utf-8") for l in ("zh", "en")}
_raw = {l: (CORPUS / f"invitation.{l}.html").read_text(encoding="utf-8") for l in ("zh", "en")}
INV_HTML = {l: re.search(r"<body[^>]*>(.*)</body>", h, re.S).group(1).strip() for l, h in _raw.items()}
SUBJ = {"zh": "重新面试邀请：电商客服专员", "en": "Re-interview invitation: Support desk"}
HR = {"zh": ("招聘团队", "hr@hr.example.com"), "en": ("Recruiting Team", "hr@hr.example.com")}
INV_ID = "<invitation-1@hr.example.com>"


def enc_body(text: str, charset: str, cte: str) -> str:
    raw = text.replace("\n", "\r\n").encode(charset, errors="replace")
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n") + "\n"
    return text + "\n"


def leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> str:
    return f"Content-Type: text/{subtype}; charset={charset}{extra}\nContent-Transfer-Encoding: {cte}\n\n" + enc_body(
        text, charset, cte
    )


def alt(parts: list[str], boundary: str) -> tuple[str, str]:
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return f'multipart/alternative; boundary="{boundary}"', body


def hdr(s: str, charset: str = "utf-8") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def p_html(text: str) -> str:
    return "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n"))


# ---- attribution / header blocks per client -------------------------------------------------
ZH_DATE = "2026年11月26日 09:30"
EN_DATE_LONG = "Thursday, November 26, 2026 9:30 AM"


def build(c: dict) -> tuple[dict, str, str]:
    """Return (headers, content-type, body) for reply dict c."""
    lang, client, text, q = c["lang"], c["client"], c["text"], c["quote"]
    name, addr = HR[lang]
    inv_t, inv_h, subj = INV_TXT[lang].rstrip("\n"), INV_HTML[lang], SUBJ[lang]
    b = f"----=_Part_{c['n']:04d}_blind31"
    h: dict = {}
    if client.startswith("netease"):
        zh = client == "netease-zh"
        h["Subject"] = hdr(("回复：" if zh else "Re:") + subj) if zh else hdr("Re:" + subj)
        if zh:
            head = f"---- 回复的原邮件 ----\n| 发件人 | {name}<{addr}> |\n| 日期 | 2026年11月26日 09:30 |\n| 收件人 | 候选人<{c['frm'][1]}> |\n| 主题 | {subj} |"
            rows = [
                ("发件人", f"{name}&lt;{addr}&gt;"),
                ("日期", "2026年11月26日 09:30"),
                ("收件人", c["frm"][1]),
                ("主题", subj),
            ]
            tit = "---- 回复的原邮件 ----"
        else:
            head = f"---- Replied Message ----\n| From | {name}<{addr}> |\n| Date | 11/26/2026 09:30 |\n| To | <{c['frm'][1]}> |\n| Subject | {subj} |"
            rows = [
                ("From", f"{name}&lt;{addr}&gt;"),
                ("Date", "11/26/2026 09:30"),
                ("To", c["frm"][1]),
                ("Subject", subj),
            ]
            tit = "---- Replied Message ----"
        plain = text + ("\n\n\n" + head + "\n" + inv_t if q else "") + "\n"
        table = (
            '<div style="margin:0;"><div style="font-size:12px;padding:2px 0;">' + tit + "</div>"
            '<table class="mail-ref-table" style="border:0;font-size:12px;">'
            + "".join(f'<tr><td style="color:#a0a0a0;padding-right:10px;">{k}</td><td>{v}</td></tr>' for k, v in rows)
            + "</table></div>"
        )
        hb = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'<div style="line-height:1.7;font-size:14px;font-family:Arial">{p_html(text)}</div>'
            + (f"<br><br>{table}<div>{inv_h}</div>" if q else "")
            + "</body></html>"
        )
        ct, body = alt([leaf(plain, "plain", "UTF-8", "base64"), leaf(hb, "html", "UTF-8", "base64")], b)
    elif client in ("qq", "qq-en", "foxmail"):
        cs = "gb18030" if client == "qq" else "GBK" if client == "foxmail" else "utf-8"
        if client == "qq":
            h["Subject"] = hdr("回复：" + subj, "gb18030")
            blk = f'------------------ 原始邮件 ------------------\n发件人: "{name}"<{addr}>;\n发送时间: 2026年11月26日(星期四) 上午9:30\n收件人: "{c["frm"][0]}"<{c["frm"][1]}>;\n主题: {subj}'
        elif client == "qq-en":
            h["Subject"] = hdr("Re: " + subj)
            blk = f'------------------ Original ------------------\nFrom: "{name}"<{addr}>;\nDate: Thu, Nov 26, 2026 09:30 AM\nTo: "{c["frm"][0]}"<{c["frm"][1]}>;\nSubject: {subj}'
        else:
            h["Subject"] = hdr("回复: " + subj, "gbk")
            blk = f'------------------ Original ------------------\nFrom:  "{name}"<{addr}>;\nDate:  Thu, Nov 26, 2026 09:30 AM\nTo:  "{c["frm"][0]}"<{c["frm"][1]}>; \nSubject:  {subj}'
        sig = "\n\n\n------------------\n" + c["frm"][0] if client == "foxmail" else ""
        plain = text + sig + ("\n\n\n\n" + blk + "\n\n\n\n" + inv_t if q else "") + "\n"
        card = (
            '<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;'
            + ("原始邮件" if client == "qq" else "Original")
            + "&nbsp;------------------</div>"
            '<div style="font-size:12px;background:#efefef;padding:8px;">'
            + "".join(f"<div>{html.escape(l)}</div>" for l in blk.split("\n")[1:])
            + "</div>"
        )
        hb = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}"><div>{p_html(text)}</div>'
            + (
                f"<div><br></div><div>------------------</div><div>{html.escape(c['frm'][0])}</div>"
                if client == "foxmail"
                else ""
            )
            + (f"<div>&nbsp;</div><div><div><br></div>{card}<br>{inv_h}</div>" if q else "")
        )
        ct, body = alt([leaf(plain, "plain", cs, "base64"), leaf(hb, "html", cs, "base64")], b)
    elif client == "wechat":
        h["Subject"] = hdr(("回复：" if lang == "zh" else "Re: ") + subj)
        first = inv_t.split("\n")
        snippet = "\n".join(first[:12])
        plain = (f"「{name}：{snippet}」\n- - - - - - - - - - - - - - -\n" if q else "") + text + "\n"
        ct, body = "text/plain; charset=utf-8", enc_body(plain, "utf-8", "base64")
        h["Content-Transfer-Encoding"] = "base64"
    elif client.startswith("gmail"):
        h["Subject"] = hdr("Re: " + subj)
        if client == "gmail":
            attr = f"On Thu, Nov 26, 2026 at 9:30 AM {name} <{addr}>\nwrote:"
            attr_h = f'On Thu, Nov 26, 2026 at 9:30 AM {name} &lt;<a href="mailto:{addr}">{addr}</a>&gt; wrote:<br>'
        elif client == "gmail-zh":
            attr = f"{name} <{addr}> 于2026年11月26日周四 09:30写道："
            attr_h = f'{name} &lt;<a href="mailto:{addr}">{addr}</a>&gt; 于2026年11月26日周四 09:30写道：<br>'
        else:  # gmail-old: "2026-11-27 9:30 GMT+08:00 Name <addr>:"
            attr = f"2026-11-26 9:30 GMT+08:00 {name} <{addr}>:"
            attr_h = f'2026-11-26 9:30 GMT+08:00 {name} <span dir="ltr">&lt;<a href="mailto:{addr}">{addr}</a>&gt;</span>:<br>'
        plain = text + ("\n\n" + attr + "\n\n" + quote_gt(inv_t) if q else "") + "\n"
        hb = f'<div dir="ltr">{p_html(text)}</div>' + (
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr_h}</div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_h}</blockquote></div>'
            if q
            else ""
        )
        cte = "quoted-printable" if lang == "en" else "base64"
        ct, body = alt(
            [leaf(plain, "plain", "UTF-8", cte), leaf(hb, "html", "UTF-8", "quoted-printable")],
            f"000000000000{c['n']:04d}b31a05f6",
        )
    elif client.startswith("outlook"):
        loc = client.split("-")[1] if "-" in client else "en"
        pre, lab = {
            "en": ("RE: ", ("From:", "Sent:", "To:", "Subject:")),
            "de": ("AW: ", ("Von:", "Gesendet:", "An:", "Betreff:")),
            "fr": ("RE : ", ("De :", "Envoyé :", "À :", "Objet :")),
            "zh": ("答复: ", ("发件人:", "发送时间:", "收件人:", "主题:")),
        }[loc]
        when = {
            "en": "Thursday, November 26, 2026 9:30 AM",
            "de": "Donnerstag, 26. November 2026 09:30",
            "fr": "jeudi 26 novembre 2026 09:30",
            "zh": "2026年11月26日 9:30",
        }[loc]
        h["Subject"] = hdr(pre + subj)
        vals = (f"{name} <{addr}>", when, c["frm"][0], subj)
        blk = "\n".join(f"{k} {v}" for k, v in zip(lab, vals))
        plain = text + ("\n\n" + "_" * 32 + "\n" + blk + "\n\n" + inv_t if q else "") + "\n"
        hb = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div class="WordSection1"><p class="MsoNormal">{"<br>".join(html.escape(l) for l in text.split(chr(10)))}</p>'
            + (
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                + "<br>".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in zip(lab, vals))
                + f'</p></div><div id="divRplyFwdMsg"></div>{inv_h}'
                if q
                else ""
            )
            + "</div></body></html>"
        )
        cs = "iso-8859-1" if loc in ("de", "fr") and lang == "en" else "utf-8"
        if cs == "iso-8859-1":
            try:
                (plain + hb).encode("iso-8859-1")
            except UnicodeEncodeError:
                cs = "utf-8"
        ct, body = alt(
            [
                leaf(plain, "plain", cs, "base64" if loc == "zh" else "quoted-printable"),
                leaf(hb, "html", cs, "base64" if loc == "zh" else "quoted-printable"),
            ],
            f"_000_DB9PR01MB{c['n']:04d}EURP_",
        )
        h["Thread-Topic"] = hdr(subj)
        h["Content-Language"] = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "zh": "zh-CN"}[loc]
    elif client.startswith("apple"):
        zh = client == "apple-zh"
        h["Subject"] = hdr(("回复：" if zh else "Re: ") + subj)
        attr = (
            f"> 2026年11月26日 09:30，{name} <{addr}> 写道："
            if zh
            else f"> On 26 Nov 2026, at 09:30, {name} <{addr}> wrote:"
        )
        sig = "\n\n发自我的iPhone" if zh else "\n\nSent from my iPhone"
        plain = (
            text + (sig if c.get("iphone") else "") + ("\n\n" + attr + "\n> \n" + quote_gt(inv_t) if q else "") + "\n"
        )
        ct, body = "text/plain; charset=utf-8", enc_body(plain, "utf-8", "quoted-printable")
        h["Content-Transfer-Encoding"] = "quoted-printable"
        h["X-Mailer"] = "iPhone Mail (22B91)" if c.get("iphone") else "Apple Mail (2.3826.100)"
    elif client == "yahoo":
        h["Subject"] = hdr("Re: " + subj)
        attr = f"On Thursday, 26 November 2026 at 09:30:00 GMT, {name} <{addr}> wrote:"
        plain = text + ("\n\n\n" + attr + "\n\n" + inv_t if q else "") + "\n"
        hb = (
            f'<html><head></head><body><div class="ydp-container" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{p_html(text)}</div>'
            + (
                f'<div id="yahoo_quoted_{c["n"]}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\';font-size:13px;color:#26282a;"><div>{html.escape(attr)}</div><div><br></div><div>{inv_h}</div></div></div>'
                if q
                else ""
            )
            + "</body></html>"
        )
        ct, body = alt(
            [leaf(plain, "plain", "UTF-8", "quoted-printable"), leaf(hb, "html", "UTF-8", "quoted-printable")],
            f"----=_Part_{c['n']}_1012345.1764100000000",
        )
        h["X-Mailer"] = "WebService/1.1.22000 YMailNorrin"
    elif client.startswith("auto"):
        h["Subject"] = hdr(c.get("subject") or (("自动回复: " if lang == "zh" else "Automatic reply: ") + subj))
        plain = text + "\n"
        ct, body = "text/plain; charset=utf-8", enc_body(plain, "utf-8", "base64")
        h["Content-Transfer-Encoding"] = "base64"
    else:
        raise ValueError(client)
    return h, ct, body
