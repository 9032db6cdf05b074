"""Write the batch: `python3 -m tests.inbound.corpus.blind26.make` (deterministic: same bytes every run)."""

from __future__ import annotations

from pathlib import Path

from .clients import CLIENTS, R
from .replies import DOMAINS, EN_NAMES, REPLIES, ZH_NAMES

HERE = Path(__file__).resolve().parent
BATCH = "blind26"
ZH_LOCAL = [
    "liming",
    "wangfang",
    "zhangwei",
    "liuyang",
    "chenjing",
    "yangfan",
    "zhaolei",
    "huangli",
    "zhoujie",
    "wumin",
    "xuting",
    "sunhao",
    "machao",
    "zhulin",
    "hubin",
    "guojia",
    "heqing",
    "lintao",
    "luona",
    "gaoxiang",
]
GMAIL_UI = {"Am ": "de", "El ": "es", "2026年": "ja", "пт": "ru"}


def sender(n: int, client: str, lang: str, opts: dict) -> tuple[str, str]:
    if "frm" in opts:
        return opts["frm"]
    dom = opts.get("domain") if client in ("autoreply", "plain") and opts.get("domain") else DOMAINS[client]
    if lang == "zh" and client not in ("autoreply",) or (lang == "zh" and client == "autoreply"):
        i = (n * 7) % len(ZH_NAMES)
        return ZH_NAMES[i], f"{ZH_LOCAL[i]}{n:02d}@{dom}"
    i = (n * 7) % len(EN_NAMES)
    name = EN_NAMES[i]
    local = name.lower().replace(" ", ".").replace("í", "i")
    return name, f"{local}{n % 10}@{dom}"


def client_label(client: str, opts: dict) -> str:
    if client == "gmail":
        att = opts.get("att", "en")
        if att in ("zh", "old"):
            return f"gmail-{att}"
        for k, v in GMAIL_UI.items():
            if att.startswith(k):
                return f"gmail-{v}"
        return "gmail"
    ui = opts.get("ui")
    if ui and client in ("netease-mm", "qq", "outlook", "apple"):
        return f"{client}-{ui.rstrip('2')}"
    return client


def main() -> None:
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, (client, lang, intent, slot, text, opts) in enumerate(REPLIES, 1):
        spec = dict(opts)
        spec.update(lang=lang, text=text, frm=sender(n, client, lang, opts))
        raw, fmt = CLIENTS[client](R(n, spec))
        name = f"{n:03d}_{lang}_{client}.eml"
        (HERE / name).write_bytes(raw)
        rows.append("\t".join([name, intent, str(slot) if slot else "", lang, client_label(client, opts), fmt, BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies")


if __name__ == "__main__":
    main()
