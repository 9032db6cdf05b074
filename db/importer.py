"""`starter.py import FILE.json`: check a whole archive file, report every bad record, then write all or nothing."""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg
from pydantic import BaseModel, ValidationError

from db.repositories.archive import ArchiveRepository, InterviewConflict
from schemas.archive import (
    ArchiveImport,
    Assessment,
    Candidate,
    Course,
    Dimension,
    Interview,
    Interviewer,
    Job,
    Question,
    Record,
    Training,
)
from service.ids import personal_id_kind

# The arrays an import file may carry, in the order their records are checked.
RECORD_MODELS: dict[str, type[Record]] = {
    "dimensions": Dimension,
    "jobs": Job,
    "candidates": Candidate,
    "courses": Course,
    "questions": Question,
    "interviewers": Interviewer,
    "interviews": Interview,
    "assessments": Assessment,
    "trainings": Training,
}

# The fields that identify a record within its array.
_ID_FIELDS: dict[str, tuple[str, ...]] = {
    "dimensions": ("code",),
    "jobs": ("job_id",),
    "candidates": ("candidate_id",),
    "courses": ("course_id",),
    "questions": ("question_id",),
    "interviewers": ("interviewer_id",),
    "interviews": ("interview_id",),
    "assessments": ("assessment_id",),
    "trainings": ("candidate_id", "course_id"),
}

# (array, field) → the array its value must name a record of; list fields name one per element.
_REFERENCES: dict[tuple[str, str], str] = {
    ("interviews", "candidate_id"): "candidates",
    ("interviews", "job_id"): "jobs",
    ("assessments", "candidate_id"): "candidates",
    ("trainings", "candidate_id"): "candidates",
    ("trainings", "course_id"): "courses",
    ("interviewers", "job_ids"): "jobs",
}
_SINGULAR = {"candidates": "candidate", "jobs": "job", "courses": "course"}

# Text that ends up in email subjects and headers; the schema checks candidate names itself.
_SINGLE_LINE_FIELDS: dict[str, tuple[str, ...]] = {
    "dimensions": ("label_zh", "label_en"),
    "jobs": ("title", "title_en", "interview_location"),
    "courses": ("title", "title_en"),
    "interviewers": ("name", "location"),
}


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file cannot be imported; `location` is like `candidates[3].email`, empty for the file."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class ArchiveImportError(Exception):
    """The file was refused and nothing was written; `problems` says why, one per bad field."""

    def __init__(self, problems: list[ImportProblem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.problems)
        what = f"import of {self.source}" if self.source else "import"
        head = f"{what} refused, nothing written: {count} problem{'s' if count != 1 else ''}"
        return "\n".join([head, *(str(p) for p in self.problems)])


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote: the number of records per array."""

    source: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All records in the file."""
        return sum(self.counts.values())

    def __str__(self) -> str:
        lines = [f"imported {self.source}: {self.total} records"]
        lines += [f"  {name}: {count}" for name, count in self.counts.items() if count]
        return "\n".join(lines)


def _json_kind(value: object) -> str:
    """What a parsed JSON value is, in JSON's words: `an object`, `an array`, `a string`…"""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null" if value is None else type(value).__name__


def _location(array: str, index: int, loc: tuple[int | str, ...] = ()) -> str:
    """`array[index]` followed by a pydantic error location, e.g. `interviewers[0].availability[1].end`."""
    text = f"{array}[{index}]"
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _message(error: Mapping[str, Any]) -> str:
    """A pydantic error message a person can act on, with the offending value when it is short."""
    kind = error["type"]
    message = str(error["msg"]).removeprefix("Value error, ")
    field_name = next((p for p in reversed(error["loc"]) if isinstance(p, str)), "")
    if kind == "string_pattern_mismatch":
        if field_name == "email":
            message = "is not a valid email address"
        else:
            message = "may contain only letters, digits, '_', '.', ':' and '-'"
    value = error.get("input")
    if kind not in ("missing", "extra_forbidden") and isinstance(value, str | int | float | bool):
        shown = repr(value)
        if len(shown) <= 60:
            message += f" (got {shown})"
    return message


def _ids_in_file(raw: Mapping[str, Any]) -> dict[str, set[str]]:
    """The single-field ids each array of the raw file declares, whether or not their records are valid."""
    ids: dict[str, set[str]] = {}
    for array, (id_field, *rest) in _ID_FIELDS.items():
        records = raw.get(array)
        if rest or not isinstance(records, list):
            continue
        ids[array] = {r[id_field] for r in records if isinstance(r, dict) and isinstance(r.get(id_field), str)}
    return ids


def referenced_ids(raw: object) -> dict[str, set[str]]:
    """The candidate, job and course ids the raw file refers to but does not itself declare."""
    wanted: dict[str, set[str]] = {"candidates": set(), "jobs": set(), "courses": set()}
    if not isinstance(raw, dict):
        return wanted
    declared = _ids_in_file(raw)
    for (array, field_name), target in _REFERENCES.items():
        records = raw.get(array)
        if not isinstance(records, list):
            continue
        for record in records:
            value = record.get(field_name) if isinstance(record, dict) else None
            values = value if isinstance(value, list) else [value]
            wanted[target].update(v for v in values if isinstance(v, str))
    return {array: ids - declared.get(array, set()) for array, ids in wanted.items()}


def _record_problems(array: str, index: int, record: BaseModel) -> list[ImportProblem]:
    """Checks on one valid record beyond its schema: single-line texts and times with a UTC offset."""
    problems = []
    for name in _SINGLE_LINE_FIELDS.get(array, ()):
        value = getattr(record, name)
        if value and ("\r" in value or "\n" in value):
            problems.append(ImportProblem(_location(array, index, (name,)), "must not contain line breaks"))
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, datetime) and value.tzinfo is None:
            problems.append(
                ImportProblem(_location(array, index, (name,)), "needs a UTC offset, e.g. 2024-05-06T10:00:00+08:00")
            )
    return problems


def validate_import(
    raw: object, known: Mapping[str, Collection[str]] | None = None
) -> tuple[ArchiveImport | None, list[ImportProblem]]:
    """Check every record of a parsed file; `known` lists ids already in the database (see `known_ids`)."""
    if not isinstance(raw, dict):
        return None, [ImportProblem("", f"the file must hold one JSON object of arrays, not {_json_kind(raw)}")]

    problems: list[ImportProblem] = []
    expected = ", ".join(RECORD_MODELS)
    for key in raw:
        if key not in RECORD_MODELS:
            problems.append(ImportProblem(str(key), f"unknown array; an import file may hold {expected}"))

    declared = _ids_in_file(raw)
    where = "in this file" if known is None else "in this file nor in the database"
    valid: dict[str, list[Record]] = {}
    for array, model in RECORD_MODELS.items():
        if array not in raw:
            continue
        records = raw[array]
        if not isinstance(records, list):
            problems.append(ImportProblem(array, f"must be an array of records, not {_json_kind(records)}"))
            continue
        valid[array] = []
        first_seen: dict[tuple[Any, ...], int] = {}
        for index, item in enumerate(records):
            try:
                record = model.model_validate(item)
            except ValidationError as exc:
                problems += [ImportProblem(_location(array, index, e["loc"]), _message(e)) for e in exc.errors()]
                continue
            problems += _record_problems(array, index, record)
            problems += _duplicate_problems(array, index, record, first_seen)
            problems += _reference_problems(array, index, record, declared, known or {}, where)
            valid[array].append(record)

    if problems:
        return None, problems
    return ArchiveImport.model_validate(valid), []


def _duplicate_problems(
    array: str, index: int, record: BaseModel, first_seen: dict[tuple[Any, ...], int]
) -> list[ImportProblem]:
    """A record whose id an earlier record of the same array already used."""
    id_fields = _ID_FIELDS[array]
    key = tuple(getattr(record, f) for f in id_fields)
    if key not in first_seen:
        first_seen[key] = index
        return []
    shown = repr(key[0]) if len(key) == 1 else "(" + ", ".join(map(repr, key)) + ")"
    return [
        ImportProblem(
            _location(array, index, (id_fields[-1],)),
            f"duplicate id {shown}, already used by {array}[{first_seen[key]}]",
        )
    ]


def _reference_problems(
    array: str,
    index: int,
    record: BaseModel,
    declared: Mapping[str, set[str]],
    known: Mapping[str, Collection[str]],
    where: str,
) -> list[ImportProblem]:
    """References to candidates, jobs or courses that are neither in the file nor in the database."""
    problems = []
    for (source, field_name), target in _REFERENCES.items():
        if source != array:
            continue
        value = getattr(record, field_name)
        elements = (
            [((field_name, i), v) for i, v in enumerate(value)] if isinstance(value, list) else [((field_name,), value)]
        )
        for loc, ref in elements:
            if ref not in declared.get(target, set()) and ref not in known.get(target, ()):
                problems.append(
                    ImportProblem(
                        _location(array, index, loc),
                        f"unknown {_SINGULAR[target]} {ref!r}: not {where}",
                    )
                )
    return problems


def parse_import(text: str) -> object:
    """Parse an import file's JSON; bad JSON → ArchiveImportError with line and column."""

    def refuse_constant(name: str) -> float:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise ArchiveImportError([ImportProblem("", problem)]) from exc
    except ValueError as exc:
        raise ArchiveImportError([ImportProblem("", f"not valid JSON: {exc}")]) from exc


def personal_id_problems(data: ArchiveImport) -> list[ImportProblem]:
    """Job and candidate ids that look like a phone number, an email address or a name (service/ids.py)."""
    names = [c.name for c in data.candidates] + [i.name for i in data.interviewers]
    problems = []
    for array, id_field, records in (("jobs", "job_id", data.jobs), ("candidates", "candidate_id", data.candidates)):
        for index, record in enumerate(records):
            kind = personal_id_kind(getattr(record, id_field), names)
            if kind is not None:
                problems.append(
                    ImportProblem(_location(array, index, (id_field,)), f"looks like {kind}; ids must be opaque keys")
                )
    return problems


async def import_file(pool: asyncpg.Pool, path: str | Path, *, strict_ids: bool = False) -> ImportReport:
    """Validate a whole import file against itself and the database, then upsert it in one transaction.

    Ids that look like personal data are logged as warnings (by location, never by value), or refuse the whole
    import with `strict_ids` (REINTERVIEW_STRICT_IDS).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchiveImportError([ImportProblem("", f"cannot read the file: {exc}")], str(path)) from exc
    try:
        raw = parse_import(text)
    except ArchiveImportError as exc:
        raise ArchiveImportError(exc.problems, str(path)) from exc

    async with pool.acquire() as conn, conn.transaction():
        repository = ArchiveRepository(conn)
        wanted = referenced_ids(raw)
        known = await repository.known_ids(wanted["candidates"], wanted["jobs"], wanted["courses"])
        data, problems = validate_import(raw, known)
        if data is None:
            raise ArchiveImportError(problems, str(path))
        suspicious = personal_id_problems(data)
        if suspicious and strict_ids:
            strict = " (refused: REINTERVIEW_STRICT_IDS=true)"
            refused = [ImportProblem(p.location, p.message + strict) for p in suspicious]
            raise ArchiveImportError(refused, str(path))
        for problem in suspicious:
            log.warning("import of %s: %s", path.name, problem)
        try:
            counts = await repository.import_archive(data, source=f"import:{path.name}"[:200])
        except InterviewConflict as exc:
            index = next(i for i, r in enumerate(data.interviews) if r.interview_id == exc.interview_id)
            problem = ImportProblem(_location("interviews", index, (exc.field,)), str(exc))
            raise ArchiveImportError([problem], str(path)) from exc
        except asyncpg.IntegrityConstraintViolationError as exc:
            problem = ImportProblem("", f"the database refused the import: {exc}")
            raise ArchiveImportError([problem], str(path)) from exc
    return ImportReport(source=str(path), counts=counts)
