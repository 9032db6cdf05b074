"""Archive import: every bad record reported by array, index and field; all or nothing; re-imports change nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from db.importer import RECORD_MODELS, ArchiveImportError, ImportProblem, import_file, validate_import
from schemas.archive import ArchiveImport
from tests.db import sample_archive

ARCHIVE_TABLES = (
    "dimensions",
    "jobs",
    "candidates",
    "courses",
    "questions",
    "interviewers",
    "interviewer_availability",
    "interviews",
    "interview_scores",
    "assessments",
    "trainings",
)


async def snapshot(pool: asyncpg.Pool, with_versions: bool = False) -> dict[str, list[Any]]:
    """Every archive row, per table, in a stable order; with each row's version (xmin) if asked."""
    tables = {}
    for table in ARCHIVE_TABLES:
        rows = await pool.fetch(f"SELECT xmin::text AS version, to_jsonb(t) AS row FROM {table} t ORDER BY 2::text")
        tables[table] = [(r["version"], r["row"]) if with_versions else r["row"] for r in rows]
    return tables


def write(tmp_path: Path, content: object, name: str = "archive.json") -> Path:
    """Save an import file as JSON (or as the given text when it is a str)."""
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), "utf-8")
    return path


async def refused(pool: asyncpg.Pool, path: Path) -> list[str]:
    """Import a file that must be refused; return its problems as text."""
    with pytest.raises(ArchiveImportError) as caught:
        await import_file(pool, path)
    return [str(p) for p in caught.value.problems]


async def test_good_file_is_imported_with_counts_rows_and_extra_fields(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    report = await import_file(db_pool, write(tmp_path, sample_archive()))

    assert report.counts == {
        "jobs": 2,
        "dimensions": 5,
        "candidates": 2,
        "interviews": 3,
        "assessments": 2,
        "trainings": 1,
        "courses": 3,
        "questions": 3,
        "interviewers": 2,
    }
    assert report.total == 23
    assert str(report).splitlines()[0] == f"imported {tmp_path / 'archive.json'}: 23 records"

    candidate = await db_pool.fetchrow("SELECT * FROM candidates WHERE candidate_id = 'cand-001'")
    assert candidate is not None
    assert (candidate["name"], candidate["email"], candidate["education"]) == ("张三", "zhangsan@example.com", "本科")
    assert candidate["extra"] == {"ats_ref": {"system": "moka", "id": 4471}}
    job = await db_pool.fetchrow("SELECT * FROM jobs WHERE job_id = 'job-cs-01'")
    assert job is not None
    assert job["weights"] == {"complaint_handling": 0.5, "communication": 0.3, "teamwork": 0.2}
    assert (job["core_skills"], job["cooldown_days"], job["extra"]) == (
        ["complaint_handling"],
        7,
        {"department": "电商事业部"},
    )
    scores = await db_pool.fetch("SELECT dimension, score FROM interview_scores WHERE interview_id = 'ai-002'")
    assert {r["dimension"]: r["score"] for r in scores} == {
        "complaint_handling": 60,
        "communication": 65,
        "teamwork": 70,
    }
    interview = await db_pool.fetchrow("SELECT * FROM interviews WHERE interview_id = 'ai-002'")
    assert interview is not None
    assert interview["extra"] == {"vendor_score_raw": 0.7}
    assert interview["media"]["video"] == "s3://ai/ai-002.mp4"
    assert await db_pool.fetchval("SELECT count(*) FROM interviewer_availability WHERE interviewer_id = 'iv-li'") == 2
    assert await db_pool.fetchval("SELECT extra FROM interviewers WHERE interviewer_id = 'iv-li'") == {"room": "3F-A"}
    assert await db_pool.fetchval("SELECT extra FROM trainings") == {"lms_ref": "lms-88"}


async def test_second_import_of_the_same_file_changes_nothing(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    path = write(tmp_path, sample_archive())
    await import_file(db_pool, path)
    before = await snapshot(db_pool, with_versions=True)

    report = await import_file(db_pool, path)

    assert report.counts["interviews"] == 3
    # Same contents and the same row versions: the second import did not even rewrite a row.
    assert await snapshot(db_pool, with_versions=True) == before


async def test_reimport_updates_changed_records_and_replaces_child_rows(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    await import_file(db_pool, write(tmp_path, sample_archive()))
    changed = sample_archive()
    changed["candidates"][0]["education"] = "硕士"
    changed["interviews"][0]["dimension_scores"] = {"complaint_handling": 62}
    changed["interviewers"][0]["availability"] = [
        {"start": "2024-05-10T09:00:00+08:00", "end": "2024-05-10T12:00:00+08:00"}
    ]
    await import_file(db_pool, write(tmp_path, changed, "changed.json"))

    assert await db_pool.fetchval("SELECT education FROM candidates WHERE candidate_id = 'cand-001'") == "硕士"
    scores = await db_pool.fetch("SELECT dimension, score FROM interview_scores WHERE interview_id = 'ai-002'")
    assert {r["dimension"]: r["score"] for r in scores} == {"complaint_handling": 62}
    windows = await db_pool.fetch(
        "SELECT lower(during) AS start FROM interviewer_availability WHERE interviewer_id = 'iv-li'"
    )
    assert [w["start"].isoformat() for w in windows] == ["2024-05-10T01:00:00+00:00"]


async def test_records_may_refer_to_what_the_database_already_holds(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    await import_file(db_pool, write(tmp_path, sample_archive()))
    later = {
        "interviews": [
            {
                "interview_id": "ai-003",
                "candidate_id": "cand-002",
                "job_id": "job-ts-01",
                "taken_at": "2024-05-09T09:00:00Z",
                "overall_score": 77,
                "dimension_scores": {"troubleshooting": 80},
            }
        ],
        "trainings": [{"candidate_id": "cand-002", "course_id": "crs-hardware", "pre_score": 50}],
        "interviewers": [
            {"interviewer_id": "iv-zhao", "name": "赵", "email": "zhao@example.com", "job_ids": ["job-ts-01"]}
        ],
    }
    report = await import_file(db_pool, write(tmp_path, later, "later.json"))
    assert (report.counts["interviews"], report.counts["trainings"], report.counts["interviewers"]) == (1, 1, 1)
    assert await db_pool.fetchval("SELECT overall_score FROM interviews WHERE interview_id = 'ai-003'") == 77


async def test_injection_looking_text_is_stored_verbatim(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    archive = sample_archive()
    hostile = "Robert'); DROP TABLE candidates;--"
    archive["candidates"][1]["name"] = hostile
    archive["candidates"][1]["resume"] = "$1 $$ \\x00 '' \" -- /* */ ; SELECT pg_sleep(10)"
    archive["candidates"][1]["note'; DELETE FROM jobs;--"] = "1=1 OR ''='"
    archive["jobs"][0]["title"] = "电商客服'||(SELECT current_user)||'"
    await import_file(db_pool, write(tmp_path, archive))

    row = await db_pool.fetchrow("SELECT name, resume, extra FROM candidates WHERE candidate_id = 'cand-002'")
    assert row is not None
    assert row["name"] == hostile
    assert row["resume"] == archive["candidates"][1]["resume"]
    assert row["extra"] == {"note'; DELETE FROM jobs;--": "1=1 OR ''='"}
    assert await db_pool.fetchval("SELECT title FROM jobs WHERE job_id = 'job-cs-01'") == archive["jobs"][0]["title"]
    assert await db_pool.fetchval("SELECT count(*) FROM jobs") == 2


def broken(change: str) -> dict[str, Any]:
    """The sample with one deliberate mistake, named by `change`."""
    archive = sample_archive()
    if change == "bad email":
        archive["candidates"][1]["email"] = "lisi(at)example.com"
    elif change == "weights":
        archive["jobs"][0]["weights"] = {"complaint_handling": 0.5, "communication": 0.2, "teamwork": 0.2}
    elif change == "score":
        archive["interviews"][2]["dimension_scores"]["communication"] = 120
    elif change == "learning style":
        archive["candidates"][0]["learning_style"] = "audio"
    elif change == "unknown candidate":
        archive["interviews"][1]["candidate_id"] = "cand-404"
    elif change == "duplicate id":
        archive["questions"].append(copy.deepcopy(archive["questions"][0]))
    elif change == "line break":
        archive["candidates"][1]["name"] = "Li Si\r\nBcc: everyone@example.com"
    elif change == "interviewer line break":
        archive["interviewers"][1]["name"] = "王工\nX-Injected: yes"
    elif change == "naive time":
        archive["assessments"][1]["taken_at"] = "2024-04-29T09:00:00"
    elif change == "unknown course":
        archive["trainings"][0]["course_id"] = "crs-404"
    elif change == "interviewer job":
        archive["interviewers"][0]["job_ids"] = ["job-cs-01", "job-404"]
    elif change == "unknown key":
        archive["candidate"] = []
    return archive


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("bad email", "candidates[1].email: is not a valid email address (got 'lisi(at)example.com')"),
        ("weights", "jobs[0].weights: weights must sum to 1, they sum to 0.9"),
        ("score", "interviews[2].dimension_scores.communication: Input should be less than or equal to 100 (got 120)"),
        ("learning style", "candidates[0].learning_style: Input should be 'video' or 'text' (got 'audio')"),
        (
            "unknown candidate",
            "interviews[1].candidate_id: unknown candidate 'cand-404': not in this file nor in the database",
        ),
        ("duplicate id", "questions[3].question_id: duplicate id 'q-ch-1', already used by questions[0]"),
        (
            "line break",
            "candidates[1].name: name must not contain line breaks (got 'Li Si\\r\\nBcc: everyone@example.com')",
        ),
        ("interviewer line break", "interviewers[1].name: must not contain line breaks"),
        ("naive time", "assessments[1].taken_at: needs a UTC offset, e.g. 2024-05-06T10:00:00+08:00"),
        ("unknown course", "trainings[0].course_id: unknown course 'crs-404': not in this file nor in the database"),
        ("interviewer job", "interviewers[0].job_ids[1]: unknown job 'job-404': not in this file nor in the database"),
        (
            "unknown key",
            (
                "candidate: unknown array; an import file may hold dimensions, jobs, candidates, courses, "
                "questions, interviewers, interviews, assessments, trainings"
            ),
        ),
    ],
)
async def test_bad_record_is_named_and_nothing_is_written(
    db_pool: asyncpg.Pool, tmp_path: Path, change: str, expected: str
) -> None:
    assert await refused(db_pool, write(tmp_path, broken(change))) == [expected]
    assert all(rows == [] for rows in (await snapshot(db_pool)).values())


async def test_refused_file_leaves_an_existing_archive_untouched(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    await import_file(db_pool, write(tmp_path, sample_archive()))
    before = await snapshot(db_pool, with_versions=True)
    archive = broken("bad email")
    archive["candidates"][0]["education"] = "博士"  # a valid change that must not land either
    await refused(db_pool, write(tmp_path, archive, "bad.json"))
    assert await snapshot(db_pool, with_versions=True) == before


async def test_every_problem_in_the_file_is_reported_at_once(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    archive = sample_archive()
    archive["candidates"][0]["email"] = "nope"
    archive["candidates"][1]["learning_style"] = "audio"
    archive["candidates"][1]["years_experience"] = -1
    archive["jobs"][1].pop("title")
    archive["interviews"][0]["candidate_id"] = "cand-404"
    archive["extras"] = {}
    with pytest.raises(ArchiveImportError) as caught:
        await import_file(db_pool, write(tmp_path, archive))
    lines = str(caught.value).splitlines()
    assert lines == [
        f"import of {tmp_path / 'archive.json'} refused, nothing written: 6 problems",
        (
            "extras: unknown array; an import file may hold dimensions, jobs, candidates, courses, questions, "
            "interviewers, interviews, assessments, trainings"
        ),
        "jobs[1].title: Field required",
        "candidates[0].email: is not a valid email address (got 'nope')",
        "candidates[1].years_experience: Input should be greater than or equal to 0 (got -1)",
        "candidates[1].learning_style: Input should be 'video' or 'text' (got 'audio')",
        "interviews[0].candidate_id: unknown candidate 'cand-404': not in this file nor in the database",
    ]


async def test_record_naming_an_invalid_record_of_the_file_is_not_reported_twice(tmp_path: Path) -> None:
    archive = sample_archive()
    archive["candidates"][1]["email"] = "nope"
    archive["interviews"][0]["candidate_id"] = "cand-002"
    _, problems = validate_import(archive)
    assert [str(p) for p in problems] == ["candidates[1].email: is not a valid email address (got 'nope')"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"jobs": [\n  {"job_id": "j1",}\n]}',
            "not valid JSON: Expecting property name enclosed in double quotes at line 2, column 19",
        ),
        ('{"jobs": []', "not valid JSON: Expecting ',' delimiter at line 1, column 12"),
        ('{"interviews": [{"overall_score": NaN}]}', "not valid JSON: NaN is not a number JSON allows"),
        ("[]", "the file must hold one JSON object of arrays, not an array"),
        ('"jobs"', "the file must hold one JSON object of arrays, not a string"),
        ('{"jobs": null}', "jobs: must be an array of records, not null"),
        ('{"jobs": {"job_id": "j1"}}', "jobs: must be an array of records, not an object"),
        ('{"jobs": ["job-1"]}', "jobs[0]: Input should be a valid dictionary or instance of Job (got 'job-1')"),
    ],
)
async def test_malformed_file_is_refused_with_its_position(
    db_pool: asyncpg.Pool, tmp_path: Path, content: str, expected: str
) -> None:
    assert await refused(db_pool, write(tmp_path, content)) == [expected]
    assert all(rows == [] for rows in (await snapshot(db_pool)).values())


async def test_unreadable_file_is_refused(db_pool: asyncpg.Pool, tmp_path: Path) -> None:
    (tmp_path / "latin1.json").write_bytes(b'{"jobs": [], "x": "\xe9"}')
    [problem] = await refused(db_pool, tmp_path / "latin1.json")
    assert problem.startswith("cannot read the file: 'utf-8' codec can't decode")
    [problem] = await refused(db_pool, tmp_path / "missing.json")
    assert problem.startswith("cannot read the file: [Errno 2]")


def test_validate_import_without_a_database_checks_references_within_the_file() -> None:
    data, problems = validate_import({"interviews": sample_archive()["interviews"][:1]})
    assert data is None
    assert problems == [
        ImportProblem("interviews[0].candidate_id", "unknown candidate 'cand-001': not in this file"),
        ImportProblem("interviews[0].job_id", "unknown job 'job-cs-01': not in this file"),
    ]
    data, problems = validate_import(
        {"interviews": sample_archive()["interviews"][:1]}, {"candidates": {"cand-001"}, "jobs": {"job-cs-01"}}
    )
    assert problems == []
    assert data is not None and data.interviews[0].extra_fields() == {"vendor_score_raw": 0.7}


def test_importer_knows_every_array_of_the_schema() -> None:
    assert list(RECORD_MODELS) != [] and set(RECORD_MODELS) == set(ArchiveImport.model_fields)


def test_empty_object_is_a_valid_empty_import() -> None:
    data, problems = validate_import({})
    assert problems == [] and data is not None and data.jobs == []
