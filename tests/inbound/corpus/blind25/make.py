"""Write the blind25 .eml files and manifest.tsv deterministically.

Run from the worktree root: python3 -m tests.inbound.corpus.blind25.make
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

from . import clients
from .replies import DISCLAIMER_1, DISCLAIMER_2, DISCLAIMER_DE, R

HERE = Path(__file__).resolve().parent
BATCH = "blind25"

EN_NAMES = [
    "Alice Smith",
    "Daniel Okafor",
    "Priya Raman",
    "Tom Harris",
    "Grace Kim",
    "Laura Bianchi",
    "Ethan Walsh",
    "Marek Novak",
    "Jessica Moore",
    "Chris Doyle",
    "Sarah Whitfield",
    "Ben Taylor",
    "Nina Patel",
    "Kevin O'Brien",
    "Ahmed Hassan",
    "Zoe Clarke",
    "Wei Chen",
    "Isla Murray",
    "Oluwaseun Adeyemi",
    "Tom Reid",
    "James Porter",
    "Anita Desai",
    "Rebecca Lowe",
    "George Mills",
    "Marta Kowalska",
    "Helen Carter",
    "Ryan Cooper",
    "Natalie Brooks",
    "Liam Byrne",
    "Daniela Rossi",
    "Olivia Grant",
    "Peter Hughes",
    "Hannah Price",
    "Rachel Green",
    "Gareth Jones",
    "Megan Ward",
    "Chloe Evans",
    "Andrew Fletcher",
    "Fatima Al-Sayed",
    "Neil Barker",
    "Emma Wilson",
    "Joe Fisher",
    "Mark Ellison",
    "Claire Dunn",
    "Simon Hart",
]
EN_DOMAINS = {
    "gmail": "gmail.com",
    "apple": "icloud.com",
    "iphone": "icloud.com",
    "yahoo": "yahoo.co.uk",
    "proton": "proton.me",
    "thunderbird": "btinternet.com",
    "samsung": "gmail.com",
}
ZH_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐强", "孙丽"]
PINYIN = [
    "zhangwei",
    "wangfang",
    "lina",
    "liuyang",
    "chenjing",
    "yangfan",
    "zhaolei",
    "huangmin",
    "zhoujie",
    "wuting",
    "xuqiang",
    "sunli",
]
LOCAL_NAMES = {
    "de": [
        "Jonas Becker",
        "Anna Schmidt",
        "Lukas Weber",
        "Maria Hoffmann",
        "Stefan Wagner",
        "Felix Braun",
        "Katrin Vogel",
    ],
    "fr": ["Camille Martin", "Julien Dubois", "Émilie Laurent", "Thomas Petit"],
    "es": ["Lucía Fernández", "Javier Ruiz", "Sofía García"],
    "ja": ["山田 花子", "佐藤 健"],
}
OFFSET = {"us": -5, "de": 1, "fr": 1, "es": 1, "ja": 9, "zh": 8}
INV_UTC = {
    "en": datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc),
    "zh": datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc),
}


def ascii_slug(name: str) -> str:
    table = str.maketrans("éÉáíóúñüößä'", "eEaiounuosa-")
    return re.sub(r"[^a-z.]", "", name.lower().translate(table).replace(" ", "."))


def locale_of(client: str) -> str:
    for suffix in ("-de", "-fr", "-es", "-ja", "-zh", "-us"):
        if client.endswith(suffix):
            return suffix[1:]
    if client in ("gmail-app", "iphone-us", "apple-mail-us", "thunderbird-html"):
        return "us"
    return ""


def fold(name: str, value: str) -> str:
    if "\n" in value or len(name) + len(value) + 2 <= 78 or "=?" in value:
        return f"{name}: {value}"
    # fold address lists / long plain headers at spaces
    out, line = [], f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += " " + word
    out.append(line)
    return "\n".join(out)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    counters = {"en": 0, "zh": 0, "de": 0, "fr": 0, "es": 0, "ja": 0}
    for i, entry in enumerate(R, 1):
        client, intent, slot, lang, text, quote = entry[:6]
        extra = entry[6] if len(entry) > 6 else ""
        token = hashlib.sha1(f"{BATCH}-{i}".encode()).hexdigest()[:16]
        loc = locale_of(client)
        # who writes
        if lang == "zh":
            k = counters["zh"] % len(ZH_NAMES)
            counters["zh"] += 1
            name = ZH_NAMES[k]
            dom = {
                "qq": "qq.com",
                "netease": "163.com",
                "netease-master": "163.com",
                "auto:qq-vacation": "qq.com",
                "auto:netease-vacation": "163.com",
                "gmail-zh": "gmail.com",
                "iphone-zh": "icloud.com",
                "outlook-zh": "outlook.com",
            }[client]
            email = f"{1380000000 + i * 7919}@qq.com" if dom == "qq.com" and i % 2 else f"{PINYIN[k]}{1990 + k}@{dom}"
        else:
            m = re.search(r"\n([A-ZÉ][\w'é.-]+(?: [A-Z][\w'-]+)?)\s*$", text)
            if loc in LOCAL_NAMES:
                k = counters[loc] % len(LOCAL_NAMES[loc])
                counters[loc] += 1
                name = LOCAL_NAMES[loc][k]
            else:
                name = EN_NAMES[counters["en"] % len(EN_NAMES)]
                counters["en"] += 1
            if m and " " in m.group(1) and not re.search(r"[\u3040-\u9fff]", m.group(1)):
                name = m.group(1)
            base = client.split("-")[0].replace("auto:", "")
            if client.startswith("outlook") or client.startswith("auto:exchange") or extra:
                dom = {
                    "d1": "northwind-logistics.example",
                    "d2": "contoso.example",
                    "d3": "mueller-partner.example",
                }.get(
                    extra,
                    "outlook.com" if client in ("outlook-web", "outlook-ios", "outlook-android") else "hotmail.co.uk",
                )
                if client == "auto:exchange-ooo-de":
                    dom = "mueller-partner.example"
                elif client.startswith("auto:exchange") and i % 2:
                    dom = "northwind-logistics.example"
                if loc == "de" and not extra:
                    dom = "web.de"
                if loc == "fr":
                    dom = "orange.fr"
                if loc == "es":
                    dom = "telefonica.example"
            elif client == "auto:helpdesk":
                dom = "support.fabrikam.example"
                name = "Fabrikam Support"
            elif client.startswith("auto:"):
                dom = {"auto:gmail-vacation": "gmail.com", "auto:icloud-vacation": "icloud.com"}[client]
            else:
                dom = EN_DOMAINS.get(base, "gmail.com")
                if loc == "de":
                    dom = "gmx.de"
                if client == "iphone-ja":
                    dom = "icloud.com"
                if client == "thunderbird-html":
                    dom = "comcast.net"
            email = f"{ascii_slug(name) or 'hanako.yamada'}{'' if i % 3 else i}@{dom}"
            if client == "auto:helpdesk":
                email = "help@support.fabrikam.example"
            if loc == "ja":
                email = f"{['hanako.yamada', 'ken.sato'][(i // 2) % 2]}@{'icloud.com' if client.startswith('iphone') else 'gmail.com'}"
        # when
        hours = 0.4 + (i * 37 % 97) * 0.9  # spread over ~4 days after the invitation
        if client.startswith("auto:"):
            hours = 0.01 + (i % 5) * 0.003
        when_utc = INV_UTC[lang] + timedelta(hours=hours, seconds=(i * 13) % 60)
        off = OFFSET.get(loc, 8 if lang == "zh" else 0)
        tz = timezone(timedelta(hours=off))
        when = when_utc.astimezone(tz)
        sent = INV_UTC[lang].astimezone(tz)
        disclaimer = {"d1": DISCLAIMER_1, "d2": DISCLAIMER_2, "d3": DISCLAIMER_DE}.get(extra, "")
        ctx = clients.Ctx(
            client=client,
            name=name,
            email=email,
            reply_to=f"reply+r{i}.s2.{token[:6]}@hr.example.com",
            lang=lang,
            text=text,
            quote=quote,
            date=format_datetime(when),
            when=when,
            sent=sent,
            seq=i,
            token=token,
            boundary=f"_{token[:4]}_b25_{i:03d}_{token[4:12]}_",
            disclaimer=disclaimer,
            domain_ms="AM0PR02MB" + str(4000 + i) + ".eurprd02"
            if lang == "en"
            else "SG2PR01MB" + str(3000 + i) + ".apcprd01",
            mdomain="icloud.com" if "iphone" in client else dom,
        )
        headers, body, fmt = clients.build(ctx)
        lines = []
        for hname, value in headers:
            if value is None:
                continue
            if value == "" and hname.startswith("X-MS"):
                lines.append(f"{hname}:")
                continue
            lines.append(fold(hname, value))
        raw = "\n".join(lines) + "\n" + ("" if body.startswith("\n") else "\n") + body
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        fname = f"b25_{i:03d}_{client.replace(':', '-')}.eml"
        (HERE / fname).write_bytes(raw.encode("utf-8"))
        rows.append(
            "\t".join([fname, intent, str(slot) if slot else "", lang, client.replace("auto:", "auto-"), fmt, BATCH])
        )
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(R)} replies")


if __name__ == "__main__":
    main()
