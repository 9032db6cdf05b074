"""`starter.py mail explain FILE.eml [--json] [--db]`: how the service reads a message, and why."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg
import pytest

import starter
from db.repositories.outbox import OutboxRepository
from tests.inbound.corpus.evaluate import HERE


def _hand(name: str) -> Path:
    [path] = sorted((HERE / "hand").glob(f"*-{name}.eml"))
    return path


async def test_explain_shows_new_text_intent_slot_confidence_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(_hand("outlook-de-html"))]) == 0
    out = capsys.readouterr().out
    assert "automated:   no" in out
    assert "new text (HTML part):\n  | Option 2, thanks." in out
    assert "intent:      confirm  (acted on)" in out and "slot:        2" in out
    assert "confidence:  0.9 (bar 0.7)" in out and "rule:        option number" in out
    assert "Von:" not in out and "HOW TO REPLY" not in out


async def test_explain_json_says_why_a_message_is_automated(capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(_hand("holiday-body-only")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["automated"] is True and data["automated_kind"] == "auto_reply"
    assert "absence notice" in data["automated_why"] and data["acts"] is False


async def test_explain_of_a_hedge_is_unclear_and_not_acted_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(_hand("hedge-next-monday")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["intent"], data["acts"], data["new_text"]) == ("unclear", False, "目前还确认不了，下周一前给您答复")
    assert data["rule"].startswith("hedge")


def _eml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reply.eml"
    path.write_text(
        "From: Ann <candidate@example.com>\nTo: reply@hr.example.com\nSubject: Re: Re-interview\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n",
        encoding="utf-8",
    )
    return path


async def test_explain_says_when_and_why_the_gate_held_a_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _eml(tmp_path, "I might come on Friday.")
    assert await starter.main(["mail", "explain", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["intent"], data["acts"]) == ("unclear", False)
    assert data["gate"]["held"] is True and "hedge" in data["gate"]["signs"]
    assert "it defers or doubts" in data["gate"]["why"]
    assert data["rule"].startswith("held by the gate (risk ")
    assert await starter.main(["mail", "explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "intent:      unclear  (not acted on)" in out
    assert "gate:        held back, not acted on (risk " in out and "it defers or doubts" in out


async def test_explain_says_the_gate_passed_an_acted_reading(capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(_hand("outlook-de-html"))]) == 0
    out = capsys.readouterr().out
    assert "gate:        passed (risk -2.7 < -1.25); signs: none" in out


async def test_explain_of_an_unacted_reading_has_no_gate(capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(_hand("hedge-next-monday")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gate"] is None
    assert await starter.main(["mail", "explain", str(_hand("hedge-next-monday"))]) == 0
    assert "gate:" not in capsys.readouterr().out


async def test_explain_refuses_a_missing_or_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert await starter.main(["mail", "explain", str(tmp_path / "nope.eml")]) == 2
    assert "nope.eml: cannot read the message" in capsys.readouterr().err
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"  \n")
    assert await starter.main(["mail", "explain", str(empty)]) == 2
    assert "empty.eml: the file is empty" in capsys.readouterr().err


async def test_explain_with_db_uses_what_we_sent(
    tmp_path: Path,
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    ours = (
        "您好：\n面试时间\n  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n"
        "  方案 2：2026年12月4日 周五 14:00–15:00\n回复「放弃」表示不参加。"
    )
    outbox = OutboxRepository(db_pool)
    await outbox.claim("k1", "<inv-1@hr.example.com>", "wf-1", "invitation", "zs@example.com", "邀请")
    slots = [
        {"number": 1, "start": "2026-12-03T06:00:00+00:00", "end": "2026-12-03T07:00:00+00:00"},
        {"number": 2, "start": "2026-12-04T06:00:00+00:00", "end": "2026-12-04T07:00:00+00:00"},
    ]
    await outbox.record_fingerprint(
        "<inv-1@hr.example.com>", "wf-1", "candidate", ours, {"slots": slots, "timezone": "Asia/Shanghai"}
    )
    reply = tmp_path / "reply.eml"
    reply.write_bytes(
        (
            "From: zs@example.com\nTo: reply+x@reply.hr.example.com\nSubject: Re: 邀请\n"
            "In-Reply-To: <inv-1@hr.example.com>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"周四不行，周五可以\n\n{ours}\n"
        ).encode()
    )
    assert await starter.main(["mail", "explain", str(reply), "--json"]) == 0
    offline = json.loads(capsys.readouterr().out)
    assert offline["fingerprint_used"] is False and offline["acts"] is False  # the unmarked paste disagrees

    assert await starter.main(["mail", "explain", str(reply), "--json", "--db"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replied_to"] == "<inv-1@hr.example.com>" and data["fingerprint_used"] is True
    assert (data["new_text"], data["intent"], data["slot"]) == ("周四不行，周五可以", "confirm", 2)
    assert data["rule"] == "contrast: another offered time accepted"
