"""Ids that cannot carry personal data: what looks like a phone number, email or name is warned about (by field,
never by value) and refused under REINTERVIEW_STRICT_IDS=true — in the import, before anything is written."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import asyncpg
import pytest

import starter
from service.ids import EMAIL, NAME, PHONE, PersonalIdError, check_ids, personal_id_kind


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("13800138000", PHONE),
        ("cand-13800138000", PHONE),
        ("138-0013-8000", PHONE),
        ("+86 139 1234 5678", PHONE),
        ("+14155550100", PHONE),
        ("004915112345678", PHONE),
        ("zhang.san@example.com", EMAIL),
        ("ZhangSan", NAME),
        ("OuYangNaNa", NAME),
        ("Zhang_San", NAME),
        ("John.Smith", NAME),
        ("Alice-Zhang", NAME),
        ("wang_xiaoming", NAME),
        ("li.lei", NAME),
        ("王五", NAME),
        ("cand-王五", NAME),
    ],
)
def test_ids_that_look_like_personal_data(value: str, kind: str) -> None:
    assert personal_id_kind(value) == kind


@pytest.mark.parametrize(
    "value",
    [
        "cand-001",
        "job-ecom-support",
        "ai-778",
        "c123456789",
        "10023456",
        "job_mid_2",
        "data_analysis",
        "backend-senior",
        "main",
        "mobile",
        "manager",
        "2024-05-06",
        "req:42",
        "a1b2c3d4e5f6",
    ],
)
def test_opaque_ids_pass(value: str) -> None:
    assert personal_id_kind(value) is None


def test_an_id_equal_to_a_known_name_is_a_name() -> None:
    assert personal_id_kind("alicezhang", ["Alice Zhang"]) == NAME
    assert personal_id_kind("alicezhang") is None


def test_check_ids_names_the_field_never_the_value() -> None:
    warnings = check_ids([("candidate_id", "13800138000"), ("job_id", "job-1")], strict=False)
    assert len(warnings) == 1 and warnings[0].startswith("candidate_id looks like a phone number")
    assert "13800138000" not in warnings[0]
    with pytest.raises(PersonalIdError, match="REINTERVIEW_STRICT_IDS=true") as refused:
        check_ids([("candidate_id", "ZhangSan")], strict=True)
    assert "ZhangSan" not in str(refused.value)


def _archive(tmp_path: Path, candidate_id: str, job_id: str = "job-1") -> Path:
    path = tmp_path / "archive.json"
    path.write_text(
        json.dumps(
            {
                "candidates": [
                    {"candidate_id": "cand-ok", "name": "李四", "email": "lisi@example.com"},
                    {"candidate_id": candidate_id, "name": "张三", "email": "zhangsan@example.com"},
                ]
            }
        ),
        encoding="utf-8",
    )
    return path


async def test_strict_import_refuses_a_personal_looking_id_and_writes_nothing(
    tmp_path: Path,
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    monkeypatch.setenv("REINTERVIEW_STRICT_IDS", "true")
    assert await starter.main(["import", str(_archive(tmp_path, "13800138000"))]) == 1
    err = capsys.readouterr().err
    assert "candidates[1].candidate_id: looks like a phone number" in err
    assert "REINTERVIEW_STRICT_IDS=true" in err and "13800138000" not in err
    assert await db_pool.fetchval("SELECT count(*) FROM candidates") == 0


async def test_import_without_strict_ids_warns_by_location_and_imports(
    tmp_path: Path,
    db_dsn: str,
    db_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_dsn)
    monkeypatch.delenv("REINTERVIEW_STRICT_IDS", raising=False)
    with caplog.at_level(logging.WARNING, logger="db.importer"):
        assert await starter.main(["import", str(_archive(tmp_path, "ZhangSan"))]) == 0
    assert "candidates[1].candidate_id: looks like a name; ids must be opaque keys" in caplog.text
    assert "ZhangSan" not in caplog.text
    assert await db_pool.fetchval("SELECT count(*) FROM candidates") == 2
