"""Write blind23's .eml files and manifest.tsv (deterministic: same bytes every run).

python3 -m tests.inbound.corpus.blind23.make      (from the worktree root)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .clients import CET, CLIENTS, CST, FORWARDERS, GMT, HERE, Spec, h, invitation
from .replies import REPLIES

BATCH = "blind23"

CET_CLIENTS = {"gmail-de", "outlook-de", "gmail-fr"}

MANIFEST_CLIENT = {
    "gmail-plain": "gmail",
    "outlook-us": "outlook",
    "owa": "outlook-web",
    "owa-zh": "outlook-web-zh",
    "wechat": "wechat-paste",
    "163": "netease-163",
    "mailmaster": "netease-mailmaster",
}


def tz_for(r: dict):
    if r["client"] in CET_CLIENTS:
        return CET
    if r["lang"] == "zh":
        return CST
    if r["client"] in ("qq-en", "163", "gmail-zh", "qq", "foxmail", "mailmaster", "wechat"):
        return CST
    return GMT


def when(key: str, text: str, tz) -> datetime:
    mm_dd, hh_mm = text.split()
    mm, dd = (int(x) for x in mm_dd.split("-"))
    hh, mi = (int(x) for x in hh_mm.split(":"))
    sec = int(h(key, "sec", 4), 16) % 60
    return datetime(2026, mm, dd, hh, mi, sec, tzinfo=tz)


def token(n: int, key: str) -> str:
    return f"reply+r{2300 + n}.s2.{h(key, 'token', 6)}@hr.example.com"


def short_fmt(fmt: str) -> str:
    return fmt.replace("quoted-printable", "qp")


def build_one(n: int, r: dict):
    tz = tz_for(r)
    key = r["key"]
    name, address = r["who"]
    tok = token(n, key)
    lang = r["lang"]
    make = CLIENTS[r["client"]]
    fwd = r["fwd"]
    notes = []
    if fwd and fwd[0] == "self":
        _, fclient, (wname, waddr), fwhen = fwd
        q = invitation(lang, wname, waddr)
        fspec = Spec(
            key=key + "-fwd",
            lang=lang,
            client=fclient,
            name=wname,
            addr=waddr,
            when=when(key + "-fwd", fwhen, tz),
            body="",
            mode="top",
            token=address,
        )
        q = FORWARDERS[fclient](fspec, q).quoted
        q.to_name, q.to_addr = name, address
        notes.append("fwd-self")
    else:
        q = invitation(lang, name, address)
    if r["prior"]:
        pwhen, pbody = r["prior"]
        pspec = Spec(
            key=key + "-prior",
            lang=lang,
            client=r["client"],
            name=name,
            addr=address,
            when=when(key + "-prior", pwhen, tz),
            body=pbody,
            mode="top",
            token=tok,
        )
        q = make(pspec, q).quoted
        notes.append("own-earlier")
    spec = Spec(
        key=key,
        lang=lang,
        client=r["client"],
        name=name,
        addr=address,
        when=when(key, r["when"], tz),
        body=r["body"],
        mode=r["mode"],
        inline=r["inline"],
        token=tok,
        auto=r["auto"],
    )
    if fwd and fwd[0] == "forward":
        built = FORWARDERS[r["client"]](spec, q)
    else:
        built = make(spec, q)
    return built


def main() -> None:
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for old in HERE.glob("*.eml"):
        old.unlink()
    for n, r in enumerate(REPLIES, 1):
        built = build_one(n, r)
        client = MANIFEST_CLIENT.get(r["client"], r["client"])
        fname = f"{r['key']}-{client}.eml"
        (HERE / fname).write_bytes(built.raw)
        slot = str(r["slot"]) if r["intent"] == "confirm" and r["slot"] else ""
        rows.append("\t".join([fname, r["intent"], slot, r["lang"], client, short_fmt(built.fmt), BATCH]))
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies to {HERE}")


if __name__ == "__main__":
    main()
