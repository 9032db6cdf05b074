"""Write blind30's .eml files and manifest.tsv deterministically: python3 -m tests.inbound.corpus.blind30.make"""

from __future__ import annotations

import hashlib
from email.generator import BytesGenerator
from email.header import Header
from email.policy import compat32
from email.utils import formataddr
from io import BytesIO
from pathlib import Path

from .clients import SENDER, SUBJECT, build
from .replies import R

HERE = Path(__file__).resolve().parent
BATCH = "blind30"
NAMES_EN = [
    "Alice Smith",
    "Oliver Brown",
    "Amelia Jones",
    "Jack Taylor",
    "Isla Wilson",
    "Harry Evans",
    "Emily Davies",
    "George Thomas",
    "Sophie Roberts",
    "Noah Walker",
    "Grace Hughes",
    "Liam O'Connor",
    "Chloe Martin",
    "Ethan Clarke",
    "Mia Patel",
    "Daniel Kim",
    "Hannah Müller",
    "Lucas Dubois",
    "Giulia Rossi",
    "Ana Costa",
]
NAMES_ZH = ["张三", "李娜", "王伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊"]
DOMAIN = {
    "gmail": "gmail.com",
    "outlook": "outlook.com",
    "apple": "icloud.com",
    "yahoo": "yahoo.co.uk",
    "proton": "proton.me",
    "thunderbird": "btinternet.com",
    "samsung": "gmail.com",
    "zoho": "zohomail.eu",
    "qq": "qq.com",
    "netease": "163.com",
    "foxmail": "foxmail.com",
}
ZONE = {"en": "+0000", "zh": "+0800"}


def _addr(name: str, n: int, client: str, lang: str) -> str:
    base = client.split("-")[0]
    if lang == "zh" and base in ("qq", "foxmail"):
        local = f"{310000000 + n * 7919}"
    else:
        local = hashlib.sha1(f"{name}{n}".encode()).hexdigest()[:4]
        local = (
            name.lower().replace(" ", ".").replace("'", "").replace("ü", "u") + local
            if lang == "en"
            else f"cand{local}"
        )
    return f"{local}@{DOMAIN[base]}"


def _hdr(value: str) -> str | Header:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8")


def message(n: int, entry) -> tuple[bytes, str]:
    lang, intent, slot, client, quote, body = entry
    tok = hashlib.sha256(f"{BATCH}-{n}".encode()).hexdigest()[:10]
    inv_name, inv_addr = SENDER[lang][0], SENDER[lang][1].format(tok=tok)
    part, fmt, extra, prefix = build(client, lang, body, quote, inv_name, inv_addr, n)
    if intent == "automated":  # responders send their own canned text, no signature, no quote
        from email.mime.multipart import MIMEMultipart
        from .clients import _text, p_html

        hcs = "gb18030" if client == "qq" else "utf-8"
        if client.startswith("outlook"):
            part = MIMEMultipart("alternative")
            part.attach(_text(body + "\n", "plain", hcs, "qp"))
            part.attach(_text(f"<html><body><div>{p_html(body)}</div></body></html>", "html", hcs, "qp"))
            fmt = f"alt/{hcs}/qp"
        else:
            part = _text(body + "\n", "plain", hcs, "base64" if client == "qq" else "qp")
            fmt = f"plain/{hcs}/{'base64' if client == 'qq' else 'qp'}"
        extra = {k: v for k, v in extra.items() if k.startswith("X-")}
    if isinstance(part, type(part)) and part.is_multipart():
        part.set_boundary(f"----=_Part_{n:04d}_{tok}")
    name = "张三" if lang == "zh" else "Alice Smith"  # the invitation is addressed to them
    sender = _addr(name, n, client, lang)
    if n % 4 == 1 and lang == "en":
        name = "Alice"  # some people set only a first name
    if part.is_multipart():
        for sub in part.get_payload():
            del sub["MIME-Version"]
    minute = 7 * 60 + (n * 37) % (15 * 60)
    date = f"Tue, 24 Nov 2026 {minute // 60:02d}:{minute % 60:02d}:{(n * 13) % 60:02d} {ZONE[lang]}"
    subject = prefix + SUBJECT[lang]
    if intent == "automated":
        if client.startswith("outlook"):
            subject = "Automatic reply: " + SUBJECT[lang]
            extra["X-Auto-Response-Suppress"] = "All"
            extra["Auto-Submitted"] = "auto-generated" if n % 2 else "auto-replied"
        elif client == "qq":
            subject = "自动回复: " + SUBJECT[lang]
            extra["Auto-Submitted"] = "auto-replied"
        elif client.startswith("gmail"):
            subject = "Re: " + SUBJECT[lang]
            extra["Auto-Submitted"] = "auto-replied"
        else:
            subject = "Auto Reply: " + SUBJECT[lang]
            extra["Auto-Submitted"] = "auto-replied"
            extra["Precedence"] = "auto_reply"
    hcs = {"qq": "gb18030", "netease": "gbk"}.get(client, "utf-8")
    part["From"] = formataddr((name, sender), charset=hcs)
    part["To"] = formataddr((inv_name, inv_addr), charset=hcs)
    hcs = {"qq": "gb18030", "netease": "gbk"}.get(client, "utf-8")
    part["Subject"] = Header(subject, hcs) if not subject.isascii() else subject
    part["Date"] = date
    part["Message-ID"] = f"<{BATCH}.{n:03d}.{tok}@{sender.split('@')[1]}>"
    if not (client == "samsung" and n % 3 == 0):
        part["In-Reply-To"] = "<invitation-1@hr.example.com>"
        part["References"] = "<invitation-1@hr.example.com>"
    for k, v in extra.items():
        if k in part:
            part.replace_header(k, v)
        else:
            part[k] = v
    if "MIME-Version" not in part and "Mime-Version" not in part:
        part["MIME-Version"] = "1.0"
    # headers first: rebuild order so From/To/... come before Content-Type
    items = part._headers
    top = [h for h in items if h[0].lower() not in ("content-type", "content-transfer-encoding", "mime-version")]
    mime = [h for h in items if h[0].lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    part._headers = top + mime
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(part)
    return buf.getvalue(), fmt


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, entry in enumerate(R, 1):
        lang, intent, slot, client, quote, body = entry
        raw, fmt = message(n, entry)
        fname = f"{n:03d}_{lang}_{client}_{intent}.eml"
        (HERE / fname).write_bytes(raw)
        rows.append(
            "\t".join([fname, intent, str(slot or ""), lang, client, fmt + ("" if quote else "/noquote"), BATCH])
        )
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(R)} replies")


if __name__ == "__main__":
    main()
