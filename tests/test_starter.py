"""starter.py refuses bad input with one clear line before anything reaches Temporal or the database."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg
import pytest

import starter


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
    tmp_path: Path, db_dsn: str, db_pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "dimensions": [{"code": "talk", "label_zh": "表达", "label_en": "Talking"}],
        "candidates": [{"candidate_id": "c-1", "name": "A", "email": "not-an-email"}],
    }), encoding="utf-8")
    assert await starter.main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "candidates[0].email" in err and "nothing" in err
    assert await db_pool.fetchval("SELECT count(*) FROM dimensions") == 0


async def test_import_of_a_good_file_reports_counts(
    tmp_path: Path, db_dsn: str, db_pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"dimensions": [{"code": "talk", "label_zh": "表达", "label_en": "Talking"}]}))
    assert await starter.main(["import", str(good)]) == 0
    assert "imported" in capsys.readouterr().out
    assert await db_pool.fetchval("SELECT label_en FROM dimensions WHERE code = 'talk'") == "Talking"
