"""Write the blind10 batch: `python -m tests.inbound.corpus.blind10.make` (deterministic)."""

from __future__ import annotations

from pathlib import Path

from tests.inbound.corpus.blind10.clients import CLIENTS, build
from tests.inbound.corpus.blind10.replies_en import EN, OTHER
from tests.inbound.corpus.blind10.replies_zh import ZH

HERE = Path(__file__).parent
OUT = HERE / "mail"

ZH_PEOPLE = [
    ("张伟", "zhangwei88@qq.com"),
    ("王芳", "wangfang_1992@163.com"),
    ("李娜", "lina.sh@126.com"),
    ("刘洋", "liuyang@foxmail.com"),
    ("陈静", "chenjing0707@qq.com"),
    ("杨磊", "yanglei@gmail.com"),
    ("赵敏", "zhaomin_hr@163.com"),
    ("黄晓明", "hxm2001@qq.com"),
    ("周婷", "zhouting@icloud.com"),
    ("吴昊", "wuhao.dev@outlook.com"),
    ("徐丽", "xuli@yeah.net"),
    ("孙强", "sunqiang@huawei-mail.example.cn"),
]
EN_PEOPLE = [
    ("Alice Smith", "alice.smith@gmail.com"),
    ("James Whitfield", "j.whitfield@outlook.com"),
    ("Priya Patel", "priya.p@yahoo.co.uk"),
    ("Tom Baker", "tombaker93@hotmail.co.uk"),
    ("Sophie Turner", "sophie.t@icloud.com"),
    ("Mohammed Khan", "m.khan@btinternet.com"),
    ("Grace O'Neill", "grace.oneill@gmail.com"),
    ("Ben Carter", "bencarter@live.co.uk"),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    entries = [("zh", r) for r in ZH] + [("en", r) for r in EN] + [("en", r) for r in OTHER]
    for n, (lang, (intent, slot, cid, text, opts)) in enumerate(entries, start=1):
        assert cid in CLIENTS, cid
        people = ZH_PEOPLE if lang == "zh" and not cid.endswith(("-en",)) else EN_PEOPLE
        name, addr = people[n % len(people)]
        raw, fmt = build(
            cid,
            lang,
            text,
            name=name,
            addr=addr,
            n=n,
            quote=opts.get("quote", True),
            sig=opts.get("sig"),
            threaded=opts.get("threaded", True),
            subject=opts.get("subject"),
            extra=opts.get("extra"),
        )
        fname = f"mail/{n:03d}-{lang}-{cid}.eml"
        (HERE / fname).write_bytes(raw)
        rows.append(f"{fname}\t{intent}\t{slot or ''}\t{lang}\t{cid}\t{fmt}\tblind10")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} replies")


if __name__ == "__main__":
    main()
