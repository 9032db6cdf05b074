"""Bad archive files through `starter.py import` (db.importer.import_file): refused whole, the field named.

Header injection (CR/LF) and oversized values, each in an otherwise good file: the import names the record and
field, and writes nothing — not even the file's good records. Hostile but harmless text (`<script>`, SQL) is
accepted and stored verbatim (what it does downstream: test_runs.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from db.importer import ArchiveImportError, import_file
from tests.workflows.builders import archive

EVIL = "x\r\nBcc: evil@example.com"
ARCHIVE_TABLES = ("dimensions", "jobs", "candidates", "courses", "questions", "interviewers", "interviews")


def good_file() -> dict[str, Any]:
    data, _ = archive()
    return data.model_dump(mode="json")


CASES = [
    # CR/LF header injection: every text that reaches a header or subject
    ("candidates", "name", EVIL, "candidates[0].name", "must not contain line breaks"),
    ("candidates", "name", "x\nBcc: evil@example.com", "candidates[0].name", "must not contain line breaks"),
    ("candidates", "name", "x\rBcc: evil@example.com", "candidates[0].name", "must not contain line breaks"),
    ("candidates", "email", f"a@b.example{EVIL}", "candidates[0].email", "is not a valid email address"),
    ("interviewers", "name", EVIL, "interviewers[0].name", "must not contain line breaks"),
    ("interviewers", "email", f"iv@b.example{EVIL}", "interviewers[0].email", "is not a valid email address"),
    ("jobs", "title", f"Support{EVIL}", "jobs[0].title", "must not contain line breaks"),
    ("dimensions", "label_en", f"Talk{EVIL}", "dimensions[0].label_en", "must not contain line breaks"),
    ("courses", "title", f"Course{EVIL}", "courses[0].title", "must not contain line breaks"),
    # oversized values
    ("candidates", "name", "名" * 201, "candidates[0].name", "at most 200 characters"),
    ("candidates", "email", "a" * 310 + "@example.com", "candidates[0].email", "at most 320 characters"),
    ("candidates", "candidate_id", "c" * 129, "candidates[0].candidate_id", "at most 128 characters"),
    ("interviewers", "name", "n" * 201, "interviewers[0].name", "at most 200 characters"),
    ("jobs", "title", "t" * 201, "jobs[0].title", "at most 200 characters"),
    ("dimensions", "label_zh", "维" * 101, "dimensions[0].label_zh", "at most 100 characters"),
    ("courses", "title", "c" * 201, "courses[0].title", "at most 200 characters"),
]


def _case_id(case: tuple[str, str, str, str, str]) -> str:
    kind = "crlf" if "\r" in case[2] or "\n" in case[2] else "oversized"
    return f"{case[3]}-{kind}"


async def _nothing_written(pool: asyncpg.Pool) -> None:
    for table in ARCHIVE_TABLES:
        assert await pool.fetchval(f"SELECT count(*) FROM {table}") == 0, table


@pytest.mark.parametrize(("array", "field", "value", "location", "says"), CASES, ids=[_case_id(c) for c in CASES])
async def test_bad_field_is_refused_by_name_and_nothing_is_written(
    db_pool: asyncpg.Pool, tmp_path: Path, array: str, field: str, value: str, location: str, says: str
) -> None:
    raw = good_file()
    raw[array][0][field] = value
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    with pytest.raises(ArchiveImportError) as refused:
        await import_file(db_pool, path)
    problems = [str(p) for p in refused.value.problems]
    named = [p for p in problems if p.startswith(f"{location}: ")]
    assert len(named) == 1 and says in named[0], problems
    assert "nothing written" in str(refused.value)
    await _nothing_written(db_pool)


async def test_script_and_sql_text_is_accepted_and_stored_verbatim(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    raw = good_file()
    script, sql = "<script>alert(1)</script>", "Robert'); DROP TABLE candidates;--"
    raw["candidates"][0]["name"] = script
    raw["interviewers"][0]["name"] = sql
    raw["jobs"][0]["title"] = f"{sql} {script}"
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    await import_file(db_pool, path)
    assert await db_pool.fetchval("SELECT name FROM candidates") == script
    assert await db_pool.fetchval("SELECT name FROM interviewers") == sql
    assert await db_pool.fetchval("SELECT title FROM jobs") == f"{sql} {script}"
    assert await db_pool.fetchval("SELECT count(*) FROM candidates") == 1


# Text the workflow carries in its history (through prepare_reinterview's result): a job's unknown fields, family
# and level, question texts, course titles. Unbounded, one record over ~2 MB pushed that result past Temporal's
# payload limit and every run of the job retried forever in `preparing`.
CARRIED = [
    ("jobs", "description", "an unknown field may hold at most 2000 characters of JSON"),  # an unknown field
    ("jobs", "family", "at most 100 characters"),
    ("jobs", "level", "at most 100 characters"),
    ("questions", "text_en", "at most 2000 characters"),
    ("questions", "text_zh", "at most 2000 characters"),
    ("courses", "title_en", "at most 200 characters"),
    ("courses", "syllabus", "an unknown field may hold at most 2000 characters of JSON"),
    ("candidates", "notes", "an unknown field may hold at most 2000 characters of JSON"),
]


@pytest.mark.parametrize(("array", "field", "says"), CARRIED, ids=[f"{a}-{f}" for a, f, _ in CARRIED])
async def test_oversized_text_the_workflow_carries_is_refused(
    db_pool: asyncpg.Pool, tmp_path: Path, array: str, field: str, says: str
) -> None:
    raw = good_file()
    raw[array][0][field] = "x" * 3_000_000
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(raw), "utf-8")
    with pytest.raises(ArchiveImportError) as refused:
        await import_file(db_pool, path)
    problems = [str(p) for p in refused.value.problems]
    assert len(problems) == 1 and problems[0].startswith(f"{array}[0].{field}: ") and says in problems[0], problems
    assert len(str(refused.value)) < 1000  # the message names the field; it does not echo the value
    await _nothing_written(db_pool)


async def test_unknown_fields_are_kept_but_capped_per_record(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    raw = good_file()
    raw["jobs"][0].update({f"tag_{n}": n for n in range(21)})
    raw["candidates"][0]["x" * 65] = "long name"
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(raw), "utf-8")
    with pytest.raises(ArchiveImportError) as refused:
        await import_file(db_pool, path)
    assert [str(p) for p in refused.value.problems] == [
        "jobs[0]: at most 20 unknown fields per record, this one has 21",
        "candidates[0]: unknown field names may be at most 64 characters long",
    ]
    await _nothing_written(db_pool)

    raw = good_file()
    raw["jobs"][0].update({f"tag_{n}": {"n": n, "note": "y" * 1900} for n in range(20)})
    path.write_text(json.dumps(raw), "utf-8")
    await import_file(db_pool, path)  # 20 fields of almost 2000 characters each: kept
    extra = await db_pool.fetchval("SELECT extra FROM jobs")
    assert len(extra) == 20 and extra["tag_19"]["n"] == 19
