"""Write the blind5 batch: `.venv/bin/python -m tests.inbound.corpus.blind5.make` (deterministic).

Each entry is one candidate's reply: what they wrote, the client that sent it and how (see clients.py), and the
label a careful HR reader gives it (intent, and the option for a confirm; empty slot = option 1).
"""

from __future__ import annotations

from pathlib import Path

from tests.inbound.corpus.blind5 import replies_en, replies_other, replies_zh
from tests.inbound.corpus.blind5.clients import build
from tests.inbound.corpus.blind5.entry import R

HERE = Path(__file__).resolve().parent


ZH_NAMES = [
    ("王芳", "wangfang"),
    ("李娜", "lina"),
    ("刘洋", "liuyang"),
    ("陈静", "chenjing"),
    ("杨磊", "yanglei"),
    ("赵敏", "zhaomin"),
    ("黄婷", "huangting"),
    ("周杰", "zhoujie"),
    ("吴昊", "wuhao"),
    ("徐丽", "xuli"),
    ("孙浩然", "sunhaoran"),
    ("马晓燕", "maxiaoyan"),
    ("朱琳", "zhulin"),
    ("胡斌", "hubin"),
    ("郭雪", "guoxue"),
    ("何欣怡", "hexinyi"),
    ("林志强", "linzhiqiang"),
    ("高媛", "gaoyuan"),
    ("罗佳", "luojia"),
    ("郑凯", "zhengkai"),
]
EN_NAMES = [
    ("Olivia Brown", "olivia.brown"),
    ("Liam Walker", "liam.walker"),
    ("Sophie Turner", "sophie.t"),
    ("Daniel Hughes", "dan.hughes"),
    ("Chloe Evans", "chloe.evans"),
    ("Ryan O'Connor", "ryan.oconnor"),
    ("Priya Shah", "priya.shah"),
    ("Tom Fletcher", "tomfletcher"),
    ("Megan Price", "megan.price"),
    ("Aisha Khan", "aisha.k"),
    ("Jack Robinson", "jack.robinson"),
    ("Emily Carter", "em.carter"),
]
DOMAIN = {
    "139": "139.com",
    "189": "189.cn",
    "sina": "sina.com",
    "sohu": "sohu.com",
    "wps": "wps.cn",
    "huawei": "163.com",
    "honor": "126.com",
    "xiaomi": "qq.com",
    "oppo": "163.com",
    "vivo": "126.com",
    "coremail": "stu.example.edu.cn",
    "netease": "corp-a.example.cn",
    "exmail": "corp-b.example.cn",
    "qq": "qq.com",
    "wecom": "corp-c.example.cn",
    "dingtalk": "corp-d.example.cn",
    "samsung": "gmail.com",
    "spark": "icloud.com",
    "zoho": "zohomail.eu",
    "proton": "proton.me",
    "yandex": "yandex.ru",
    "mailru": "mail.ru",
    "gmx": "gmx.de",
    "webde": "web.de",
    "orange": "orange.fr",
    "laposte": "laposte.net",
    "outlook": "outlook.com",
    "gmail": "gmail.com",
    "apple": "icloud.com",
    "thunderbird": "posteo.net",
    "plainjp": "example.ne.jp",
    "mutt": "example.ru",
}
OTHER_NAMES = {
    "de": ("Jonas Weber", "jonas.weber"),
    "fr": ("Camille Martin", "camille.martin"),
    "es": ("Lucía García", "lucia.garcia"),
    "pt": ("João Silva", "joao.silva"),
    "it": ("Giulia Romano", "giulia.romano"),
    "nl": ("Daan de Vries", "daan.devries"),
    "ja": ("佐藤 美咲", "misaki.sato"),
    "ko": ("김민준", "minjun.kim"),
    "ru": ("Анна Иванова", "anna.ivanova"),
}
LOCALES = ("de", "fr", "es", "pt", "it", "nl", "ja", "ko", "ru")


def sender_for(n: int, r: R) -> str:
    if r.sender:
        return r.sender
    fam = r.client.split("-")[0]
    dom = DOMAIN.get(fam, "example.com")
    loc = next((p for p in r.client.split("-") if p in LOCALES), None)
    named = [(nm, lc) for nm, lc in ZH_NAMES + EN_NAMES if nm in r.body or nm.split()[0] in r.body.split()]
    if loc:
        name, local = OTHER_NAMES[loc]
    elif named:
        name, local = named[-1]
    elif r.lang == "zh" and not r.client.endswith("-en"):
        name, local = ZH_NAMES[n % len(ZH_NAMES)]
        local = f"{local}{(n * 37) % 97 + 1990 if n % 3 else ''}"
    else:
        name, local = EN_NAMES[n % len(EN_NAMES)]
    return f"{name} <{local}@{dom}>"


def fmt_slot(slot: int | None) -> str:
    return "" if slot is None else str(slot)


def main() -> None:
    entries: list[R] = [*replies_zh.ENTRIES, *replies_en.ENTRIES, *replies_other.ENTRIES]
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    seen: set[str] = set()
    for n, r in enumerate(entries, start=1):
        name = f"r{n:03d}-{r.lang}-{r.client}-{r.slug}.eml"
        assert name not in seen, name
        seen.add(name)
        raw, fmt = build(
            n=n,
            client=r.client,
            lang=r.lang,
            body=r.body,
            sender=sender_for(n, r),
            post=r.post,
            opts=r.opts,
            inline=r.inline,
            extra=r.extra,
        )
        (HERE / name).write_bytes(raw)
        rows.append(f"{name}\t{r.intent}\t{fmt_slot(r.slot)}\t{r.lang}\t{r.client}\t{fmt}\tblind5")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"blind5: wrote {len(entries)} replies")


if __name__ == "__main__":
    main()
