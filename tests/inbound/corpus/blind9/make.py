# ruff: noqa: E501
"""Write the blind9 batch: `python -m tests.inbound.corpus.blind9.make` (deterministic; rewrites *.eml and manifest.tsv)."""

from __future__ import annotations

import email
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.inbound.corpus.blind9 import clients as c
from tests.inbound.corpus.blind9.replies_en import EN
from tests.inbound.corpus.blind9.replies_other import OTHER
from tests.inbound.corpus.blind9.replies_zh import ZH

HERE = Path(__file__).parent
BATCH = "blind9"

# client id (without the locale) -> (client function key, fixed keyword arguments, mail domain)
FAMILY: dict[str, tuple[str, dict[str, Any], str]] = {
    "gmail-web": ("gmail", {}, "gmail.com"),
    "gmail-android": ("gmail", {"app": "android"}, "gmail.com"),
    "gmail-ios": ("gmail", {"app": "ios"}, "gmail.com"),
    "gmail-text": ("gmailtext", {}, "googlemail.com"),
    "outlook-desktop": ("outlook", {}, "company.example.co.uk"),
    "outlook-web": ("owa", {}, "outlook.com"),
    "outlook-ios": ("outlookmobile", {"os": "iOS"}, "hotmail.co.uk"),
    "outlook-android": ("outlookmobile", {"os": "Android"}, "outlook.com"),
    "outlook-legacy": ("origmsg", {}, "corp.example.in"),
    "apple-iphone": ("apple", {}, "icloud.com"),
    "apple-mac": ("apple", {"iphone": False}, "me.com"),
    "yahoo": ("yahoo", {}, "yahoo.co.uk"),
    "proton": ("proton", {}, "proton.me"),
    "thunderbird": ("thunderbird", {}, "posteo.net"),
    "fastmail": ("fastmail", {}, "fastmail.com"),
    "zoho": ("zoho", {}, "zohomail.eu"),
    "gmx": ("gmx", {}, "gmx.de"),
    "orange": ("orange", {}, "orange.fr"),
    "samsung": ("samsung", {}, "gmail.com"),
    "plain": ("bare", {}, "btinternet.com"),
    "netease": ("netease", {}, "163.com"),
    "qq": ("qqmail", {}, "qq.com"),
    "mailru": ("mailru", {}, "mail.ru"),
    "auto-outlook": ("auto", {}, "company.example.com"),
    "auto-gmail": (
        "auto",
        {"prefix": "Re: ", "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"}},
        "gmail.com",
    ),
    "auto-generic": (
        "auto",
        {"prefix": "Auto: ", "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"}},
        "example.ng",
    ),
    "auto-qq": (
        "auto",
        {"prefix": "自动回复: ", "headers": {"X-QQ-MAILER": "QQMail 2.x", "Auto-Submitted": "auto-replied"}},
        "qq.com",
    ),
}


def slug(name: str) -> str:
    base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z]+", ".", base).strip(".")
    return base or "candidate"


def fmt(raw: bytes) -> str:
    msg = email.message_from_bytes(raw)
    top = msg.get_content_type()
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    leaf = leaves[0]
    cs = leaf.get_content_charset() or "us-ascii"
    cte = (leaf.get("Content-Transfer-Encoding") or "7bit").lower()
    kind = {"multipart/alternative": "alt", "multipart/mixed": "mixed", "text/plain": "text", "text/html": "html"}[top]
    if kind == "alt":
        html_leaf = leaves[-1]
        return f"alt/{cs}/{cte}+{(html_leaf.get('Content-Transfer-Encoding') or '7bit').lower()}"
    return f"{kind}/{cs}/{cte}"


def build() -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    start = datetime(2026, 11, 23, 10, 4, tzinfo=UTC)
    n = 0
    for lang_default, table in (("en", EN), ("zh", ZH), ("", OTHER)):
        for entry in table:
            intent, slot, client, name, body, *rest = entry
            kw: dict[str, Any] = dict(rest[0]) if rest else {}
            lang = kw.pop("lang", lang_default)
            family, locale = client.rsplit("-", 1)
            key, fixed, domain = FAMILY[family]
            ui = kw.pop("ui", locale if locale != "zh" or key != "gmail" else "zh")
            if ui not in c.GMAIL_ATTR:
                ui = "en"
            n += 1
            tz = kw.pop("tz", "+0800" if lang == "zh" else "+0000")
            when = start + timedelta(minutes=37 * n + (n * n) % 53, hours=8 if tz == "+0800" else 0)
            date = when.strftime("%a, %d %b %Y %H:%M:%S ") + tz
            addr = f"{kw.pop('user', '') or slug(name)}@{kw.pop('domain', domain)}"
            sender = f"{name} <{addr}>" if name else addr
            fn = c.CLIENTS[key]
            raw = fn(body, lang, ui, sender, date, **{**fixed, **kw})
            file = f"{n:03d}-{intent}-{client}.eml"
            (HERE / file).write_bytes(raw)
            rows.append((file, intent, str(slot or ""), lang, client, fmt(raw)))
    return rows


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = build()
    with (HERE / "manifest.tsv").open("w", encoding="utf-8") as fh:
        fh.write("file\tintent\tslot\tlang\tclient\tformat\tbatch\n")
        for r in rows:
            fh.write("\t".join(r) + f"\t{BATCH}\n")
    print(f"wrote {len(rows)} replies")


if __name__ == "__main__":
    main()
