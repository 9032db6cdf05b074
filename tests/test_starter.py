"""starter.py refuses bad input with one clear line before anything reaches Temporal or the database."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg
import pytest

import starter
from inbound.repository import InboundRepository


async def test_trigger_without_reason_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = await starter.main(["trigger", "--job", "j", "--candidate", "c", '{"kind": "candidate_request"}'])
    assert code == 2
    assert "needs a non-empty 'reason'" in capsys.readouterr().err


async def test_trigger_with_malformed_json_says_where(capsys: pytest.CaptureFixture[str]) -> None:
    code = await starter.main(["trigger", "--job", "j", "--candidate", "c", '{"kind": "manual",'])
    assert code == 2
    assert "not valid JSON" in capsys.readouterr().err


async def test_trigger_with_unknown_kind_names_the_field(capsys: pytest.CaptureFixture[str]) -> None:
    code = await starter.main(["trigger", "--job", "j", "--candidate", "c", '{"kind": "sometimes"}'])
    assert code == 2
    assert "kind" in capsys.readouterr().err


async def test_result_with_non_numeric_score_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = await starter.main(["result", "--job", "j", "--candidate", "c", '{"dimension_scores": {"x": "high"}}'])
    assert code == 2
    assert "dimension_scores.x" in capsys.readouterr().err


async def test_import_of_a_bad_file_writes_nothing(
    tmp_path: Path,
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "dimensions": [{"code": "talk", "label_zh": "表达", "label_en": "Talking"}],
                "candidates": [{"candidate_id": "c-1", "name": "A", "email": "not-an-email"}],
            }
        ),
        encoding="utf-8",
    )
    assert await starter.main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "candidates[0].email" in err and "nothing" in err
    assert await db_pool.fetchval("SELECT count(*) FROM dimensions") == 0


async def test_import_of_a_good_file_reports_counts(
    tmp_path: Path,
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"dimensions": [{"code": "talk", "label_zh": "表达", "label_en": "Talking"}]}))
    assert await starter.main(["import", str(good)]) == 0
    assert "imported" in capsys.readouterr().out
    assert await db_pool.fetchval("SELECT label_en FROM dimensions WHERE code = 'talk'") == "Talking"


async def test_mail_dead_letters_lists_what_reached_no_workflow(
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    assert await starter.main(["mail", "dead-letters"]) == 0
    assert capsys.readouterr().out.strip() == "no dead letters"

    inbound = InboundRepository(db_pool)
    first = await inbound.store_dead_letter(
        "bounce@mx.example.net",
        ["reply+x@reply.hr.example.com"],
        b"",
        "oversized",
        "larger than the 1048576 byte limit",
    )
    second = await inbound.store_dead_letter(
        "李雷 <lilei@example.com>", ["reply+y@reply.hr.example.com"], b"x", "forged_token", "signature\ndoes not match"
    )
    accepted = await inbound.store("ok@example.com", ["reply+z@reply.hr.example.com"], b"Subject: fine\n\nyes")

    assert await starter.main(["mail", "dead-letters"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "RECEIVED", "FROM", "REASON", "DETAIL"]
    assert [line.split()[0] for line in lines[1:3]] == [str(second), str(first)], "newest first"
    assert "forged_token" in lines[1] and "signature does not match" in lines[1]
    assert "oversized" in lines[2] and "bounce@mx.example.net" in lines[2]
    assert lines[3] == "2 dead letter(s)"
    assert not any(line.startswith(f"{accepted} ") for line in lines), "a message still queued is no dead letter"

    assert await starter.main(["mail", "dead-letters", "--json", "--limit", "1"]) == 0
    listed = json.loads(capsys.readouterr().out)
    newest = (second, "forged_token", "signature\ndoes not match")
    assert [(d["id"], d["reason"], d["detail"]) for d in listed] == [newest]
    assert listed[0]["mail_from"] == "李雷 <lilei@example.com>" and listed[0]["received_at"]
