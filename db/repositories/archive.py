"""The candidate archive in PostgreSQL: one-round-trip history reads (R-A1), write-back (R-A3), imports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from pydantic import ValidationError
from pydantic_core import to_jsonable_python

from schemas.archive import (
    ArchiveImport,
    BookedInterval,
    CandidateArchive,
    Interview,
    Interviewer,
    Record,
    Training,
)
from schemas.contract import AiInterviewResult

Connection: TypeAlias = asyncpg.Connection | PoolConnectionProxy


class InvalidArchiveRecord(ValueError):
    """A row of the archive breaks its schema (written behind the import's back, or before a bound existed).

    `problems` name the record by id and the field, e.g. `candidate 'cand-1', name: must not contain line
    breaks` — never the value, which may be personal data.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


# Parts of the archive document → (what a record is called, the field that identifies it).
_ARCHIVE_PARTS: dict[str, tuple[str, str]] = {
    "candidate": ("candidate", "candidate_id"),
    "job": ("job", "job_id"),
    "dimensions": ("dimension", "code"),
    "interviews": ("interview", "interview_id"),
    "assessments": ("assessment", "assessment_id"),
    "trainings": ("training", "course_id"),
    "reinterviews": ("re-interview", "run_id"),
    "courses": ("course", "course_id"),
    "questions": ("question", "question_id"),
    "interviewers": ("interviewer", "interviewer_id"),
}
_MAX_PROBLEMS = 5


def archive_problems(document: dict[str, Any], error: ValidationError) -> list[str]:
    """Each validation error of an archive document as `<record> '<id>', <field>: <message>`, values left out."""
    problems = []
    for e in error.errors(include_input=False, include_url=False):
        loc = list(e["loc"])
        part = str(loc.pop(0)) if loc else ""
        what, id_field = _ARCHIVE_PARTS.get(part, (part or "archive", ""))
        record: Any = document.get(part)
        if loc and part not in ("candidate", "job"):  # one record of a list (by index) or of a map (by key)
            key = loc.pop(0)
            try:
                record = record[key]
            except (IndexError, KeyError, TypeError):
                record = None
        ident = record.get(id_field) if isinstance(record, dict) else None
        name = f"{what} {ident!r}" if isinstance(ident, str) and len(ident) <= 128 else what
        field = ".".join(str(p) for p in loc) or "(record)"
        problems.append(f"{name}, {field}: {str(e['msg']).removeprefix('Value error, ')}")
    if len(problems) > _MAX_PROBLEMS:
        problems = [*problems[:_MAX_PROBLEMS], f"and {len(problems) - _MAX_PROBLEMS} more"]
    return problems


@dataclass(frozen=True)
class _Table:
    """An archive table written by bulk upsert from a JSON array of rows."""

    name: str
    key: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (column, SQL type), key columns included

    def upsert_sql(self) -> str:
        """INSERT … ON CONFLICT that rewrites a row only when a value differs, so re-imports write nothing."""
        names = [c for c, _ in self.columns]
        updated = [c for c in names if c not in self.key]
        record_type = ", ".join(f'"{c}" {t}' for c, t in self.columns)
        column_list = ", ".join(f'"{c}"' for c in names)
        assignments = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in updated)
        current = ", ".join(f'{self.name}."{c}"' for c in updated)
        incoming = ", ".join(f'EXCLUDED."{c}"' for c in updated)
        return (
            f"INSERT INTO {self.name} ({column_list}) "
            f"SELECT {column_list} FROM jsonb_to_recordset($1::jsonb) AS r({record_type}) "
            f"ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET {assignments} "
            f"WHERE ({current}) IS DISTINCT FROM ({incoming})"
        )


_DIMENSIONS = _Table(
    "dimensions", ("code",), (("code", "text"), ("label_zh", "text"), ("label_en", "text"), ("extra", "jsonb"))
)
_JOBS = _Table(
    "jobs",
    ("job_id",),
    (
        ("job_id", "text"),
        ("title", "text"),
        ("family", "text"),
        ("level", "text"),
        ("pass_threshold", "double precision"),
        ("weights", "jsonb"),
        ("core_skills", "text[]"),
        ("gap_bar", "double precision"),
        ("max_attempts", "integer"),
        ("cooldown_days", "integer"),
        ("version", "integer"),
        ("further_assessment_band", "double precision"),
        ("reinterview_lead_days", "integer"),
        ("incomplete_trigger", "text"),
        ("title_en", "text"),
        ("interview_location", "text"),
        ("invitation_shows_score", "boolean"),
        ("extra", "jsonb"),
    ),
)
_CANDIDATES = _Table(
    "candidates",
    ("candidate_id",),
    (
        ("candidate_id", "text"),
        ("name", "text"),
        ("email", "text"),
        ("locale", "text"),
        ("timezone", "text"),
        ("education", "text"),
        ("years_experience", "double precision"),
        ("learning_style", "text"),
        ("resume", "text"),
        ("phone", "text"),
        ("extra", "jsonb"),
    ),
)
_COURSES = _Table(
    "courses",
    ("course_id",),
    (
        ("course_id", "text"),
        ("title", "text"),
        ("title_en", "text"),
        ("dimensions", "text[]"),
        ("format", "text"),
        ("media", "text"),
        ("hours", "double precision"),
        ("extra", "jsonb"),
    ),
)
_QUESTIONS = _Table(
    "questions",
    ("question_id",),
    (
        ("question_id", "text"),
        ("dimension", "text"),
        ("kind", "text"),
        ("text_zh", "text"),
        ("text_en", "text"),
        ("extra", "jsonb"),
    ),
)
_INTERVIEWERS = _Table(
    "interviewers",
    ("interviewer_id",),
    (
        ("interviewer_id", "text"),
        ("name", "text"),
        ("email", "text"),
        ("job_ids", "text[]"),
        ("locale", "text"),
        ("location", "text"),
        ("meeting_url", "text"),
        ("extra", "jsonb"),
    ),
)
_INTERVIEWS = _Table(
    "interviews",
    ("interview_id",),
    (
        ("interview_id", "text"),
        ("candidate_id", "text"),
        ("job_id", "text"),
        ("taken_at", "timestamptz"),
        ("completed", "boolean"),
        ("incomplete_reason", "text"),
        ("overall_score", "double precision"),
        ("asked_question_ids", "text[]"),
        ("media", "jsonb"),
        ("source", "text"),
        ("extra", "jsonb"),
    ),
)
_ASSESSMENTS = _Table(
    "assessments",
    ("assessment_id",),
    (
        ("assessment_id", "text"),
        ("candidate_id", "text"),
        ("kind", "text"),
        ("taken_at", "timestamptz"),
        ("score", "double precision"),
        ("result", "jsonb"),
        ("extra", "jsonb"),
    ),
)
_TRAININGS = _Table(
    "trainings",
    ("candidate_id", "course_id"),
    (
        ("candidate_id", "text"),
        ("course_id", "text"),
        ("completed_at", "timestamptz"),
        ("pre_score", "double precision"),
        ("post_score", "double precision"),
        ("extra", "jsonb"),
    ),
)

# Interviews are written fact by fact (migration 008): lock them, read what is stored, add versions for what changed.
_LOCK_INTERVIEWS = """
SELECT count(pg_advisory_xact_lock(hashtextextended('interview:' || id, 0)))
FROM (SELECT DISTINCT unnest($1::text[]) AS id ORDER BY 1) AS ids
"""
_STORED_INTERVIEWS = """
SELECT i.interview_id, to_jsonb(i) - 'extra' AS columns, i.extra,
       (SELECT coalesce(jsonb_object_agg(s.dimension, s.score), '{}')
        FROM interview_scores s WHERE s.interview_id = i.interview_id) AS scores
FROM interviews i WHERE i.interview_id = ANY($1::text[])
"""
_UPSERT_SCORES = """
INSERT INTO interview_scores (interview_id, dimension, score)
SELECT interview_id, dimension, score
FROM jsonb_to_recordset($1::jsonb) AS n(interview_id text, dimension text, score double precision)
ON CONFLICT (interview_id, dimension) DO UPDATE SET score = EXCLUDED.score
WHERE interview_scores.score IS DISTINCT FROM EXCLUDED.score
"""
_ADD_FACT_VERSIONS = """
INSERT INTO interview_facts (interview_id, fact, key, version, value, source, recorded_at)
SELECT n.interview_id, n.fact, n.key,
       coalesce((SELECT max(f.version) FROM interview_facts f
                 WHERE f.interview_id = n.interview_id AND f.fact = n.fact AND f.key = n.key), 0) + 1,
       n.value, $2, coalesce($3, now())
FROM jsonb_to_recordset($1::jsonb) AS n(interview_id text, fact text, key text, value jsonb)
"""
_DELETE_VANISHED_WINDOWS = """
DELETE FROM interviewer_availability a
WHERE a.interviewer_id = ANY($2::text[])
  AND NOT EXISTS (
      SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS n(interviewer_id text, "start" timestamptz, "end" timestamptz)
      WHERE n.interviewer_id = a.interviewer_id AND tstzrange(n."start", n."end") = a.during)
"""
_INSERT_WINDOWS = """
INSERT INTO interviewer_availability (interviewer_id, during)
SELECT interviewer_id, tstzrange("start", "end")
FROM jsonb_to_recordset($1::jsonb) AS n(interviewer_id text, "start" timestamptz, "end" timestamptz)
ON CONFLICT DO NOTHING
"""

# The whole history in one statement: a row's `extra` is merged under its columns so models get them back.
_CANDIDATE_ARCHIVE = """
WITH job AS (SELECT * FROM jobs WHERE job_id = $2),
     job_dimensions AS (SELECT ARRAY(SELECT jsonb_object_keys(weights) FROM job) || $3::text[] AS codes),
     -- a job upgraded from another (R-T3, e.g. junior → mid-level) keeps the earlier job's attempts
     own_interviews AS (
        SELECT * FROM interviews i
        WHERE i.candidate_id = $1 AND (i.job_id = $2 OR i.job_id = (SELECT j.extra ->> 'upgraded_from' FROM job j)))
SELECT jsonb_build_object(
    'candidate', (SELECT c.extra || (to_jsonb(c) - 'extra') FROM candidates c WHERE c.candidate_id = $1),
    'job', (SELECT j.extra || (to_jsonb(j) - 'extra') FROM job j),
    'dimensions', (
        SELECT coalesce(jsonb_object_agg(d.code, d.extra || (to_jsonb(d) - 'extra')), '{}')
        FROM dimensions d),
    'interviews', (
        SELECT coalesce(jsonb_agg(
            i.extra || (to_jsonb(i) - 'extra') || jsonb_build_object('dimension_scores', (
                SELECT coalesce(jsonb_object_agg(s.dimension, s.score), '{}')
                FROM interview_scores s WHERE s.interview_id = i.interview_id))
            ORDER BY i.taken_at NULLS FIRST, i.interview_id), '[]')
        FROM own_interviews i),
    'interview_revisions', (
        SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'interview_id', f.interview_id, 'fact', f.fact, 'key', f.key, 'version', f.version,
                   'value', f.value, 'source', f.source, 'recorded_at', f.recorded_at)
                   ORDER BY f.interview_id, f.fact, f.key, f.version), '[]')
        -- the facts ever revised (the partial index holds only later versions), then each one's every version
        FROM (SELECT DISTINCT r.interview_id, r.fact, r.key
              FROM own_interviews i JOIN interview_facts r ON r.interview_id = i.interview_id AND r.version > 1
             ) AS revised
        JOIN interview_facts f
          ON f.interview_id = revised.interview_id AND f.fact = revised.fact AND f.key = revised.key),
    'assessments', (
        SELECT coalesce(jsonb_agg(a.extra || (to_jsonb(a) - 'extra')
                                  ORDER BY a.taken_at NULLS FIRST, a.assessment_id), '[]')
        FROM assessments a WHERE a.candidate_id = $1),
    'trainings', (
        SELECT coalesce(jsonb_agg(t.extra || (to_jsonb(t) - 'extra')
                                  ORDER BY t.completed_at NULLS FIRST, t.course_id), '[]')
        FROM trainings t WHERE t.candidate_id = $1),
    'reinterviews', (
        SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'workflow_id', r.workflow_id, 'run_id', r.run_id, 'trigger_kind', r.trigger_kind,
                   'started_at', r.started_at, 'ended_at', r.ended_at, 'outcome', r.outcome,
                   'follow_up', r.follow_up)
                   ORDER BY r.started_at, r.run_id), '[]')
        FROM reinterviews r WHERE r.candidate_id = $1 AND r.job_id = $2),
    'courses', (
        SELECT coalesce(jsonb_agg(co.extra || (to_jsonb(co) - 'extra') ORDER BY co.course_id), '[]')
        FROM courses co, job_dimensions jd WHERE co.dimensions && jd.codes),
    'questions', (
        SELECT coalesce(jsonb_agg(q.extra || (to_jsonb(q) - 'extra') ORDER BY q.question_id), '[]')
        FROM questions q, job_dimensions jd WHERE q.dimension = ANY(jd.codes)),
    'interviewers', (
        SELECT coalesce(jsonb_agg(
            iv.extra || (to_jsonb(iv) - 'extra' - 'interviewer_key') || jsonb_build_object('availability', (
                SELECT coalesce(jsonb_agg(jsonb_build_object('start', lower(w.during), 'end', upper(w.during))
                                          ORDER BY lower(w.during)), '[]')
                FROM interviewer_availability w WHERE w.interviewer_id = iv.interviewer_id))
            ORDER BY iv.interviewer_id), '[]')
        FROM interviewers iv WHERE iv.job_ids @> ARRAY[$2::text])
)
"""

_KNOWN_IDS = """
SELECT
    ARRAY(SELECT candidate_id FROM candidates WHERE candidate_id = ANY($1::text[])) AS candidates,
    ARRAY(SELECT job_id FROM jobs WHERE job_id = ANY($2::text[])) AS jobs,
    ARRAY(SELECT course_id FROM courses WHERE course_id = ANY($3::text[])) AS courses
"""

_BOOKED_INTERVALS = """
SELECT interviewer_id, lower(during) AS start, upper(during) AS "end"
FROM calendar_events
WHERE status = 'booked' AND interviewer_id = ANY($1::text[]) AND upper(during) > $2
ORDER BY lower(during), interviewer_id
"""


def _row(model: Record, table: _Table) -> dict[str, Any]:
    """A model as one JSON row of `table`: its columns, plus its unknown fields under `extra`."""
    dumped = model.model_dump(mode="json")
    row = {column: dumped.get(column) for column, _ in table.columns if column != "extra"}
    row["extra"] = to_jsonable_python(model.extra_fields())
    return row


FactKey = tuple[str, str]  # (fact, key) as in interview_facts
_SCALAR_FACTS = ("taken_at", "completed", "incomplete_reason", "overall_score")


class InterviewConflict(ValueError):
    """An interview id already archived for another candidate or job: a re-send must name the same ones."""

    def __init__(self, interview_id: str, field: str, stored: str, given: str) -> None:
        self.interview_id = interview_id
        self.field = field
        super().__init__(
            f"interview {interview_id!r} is archived for {field.removesuffix('_id')} {stored!r}, not {given!r}"
        )


@dataclass(frozen=True)
class RecordedInterview:
    """What one interview write did: the interview as archived now (each fact's newest version), whether it is new,
    and which facts got a new version."""

    interview: Interview
    created: bool
    changed: tuple[str, ...]  # e.g. ("score.machine_learning", "media.video"); empty when nothing changed

    @property
    def interview_id(self) -> str:
        return self.interview.interview_id


def _fact_name(key: FactKey) -> str:
    return key[0] if not key[1] else f"{key[0]}.{key[1]}"


def stated_facts(interview: Interview, *, new: bool) -> dict[FactKey, Any]:
    """The facts an interview payload states, by (fact, key).

    A field the payload omits, or gives as null or empty, states nothing (it never erases what is archived); for an
    interview not archived yet, its defaults (e.g. `completed: true`) are facts too.
    """
    facts: dict[FactKey, Any] = {}
    for name in _SCALAR_FACTS:
        value = getattr(interview, name)
        if value is not None and (new or name in interview.model_fields_set):
            facts[(name, "")] = value
    if interview.asked_question_ids:
        facts[("asked_question_ids", "")] = list(dict.fromkeys(interview.asked_question_ids))
    facts.update({("media", kind): ref for kind, ref in interview.media.references().items()})
    facts.update({("score", dimension): score for dimension, score in interview.dimension_scores.items()})
    facts.update({("extra", name): value for name, value in interview.extra_fields().items() if value is not None})
    return facts


def _stored_facts(columns: dict[str, Any], extra: dict[str, Any], scores: dict[str, Any]) -> dict[FactKey, Any]:
    """The newest version of each fact of an archived interview, from its `interviews` and `interview_scores` rows."""
    facts: dict[FactKey, Any] = {}
    for name in _SCALAR_FACTS:
        value = columns.get(name)
        if value is not None:
            facts[(name, "")] = datetime.fromisoformat(value) if name == "taken_at" else value
    if columns.get("asked_question_ids"):
        facts[("asked_question_ids", "")] = list(columns["asked_question_ids"])
    media = columns.get("media") or {}
    facts.update({("media", kind): ref for kind, ref in media.items() if ref is not None})
    facts.update({("score", dimension): score for dimension, score in scores.items()})
    facts.update({("extra", name): value for name, value in extra.items() if value is not None})
    return facts


def _same(before: Any, after: Any) -> bool:
    """Equal values (85 and 85.0 are; `true` and 1 are not)."""
    if isinstance(before, bool) or isinstance(after, bool):
        return type(before) is type(after) and before == after
    return bool(before == after)


def fact_changes(stored: dict[FactKey, Any], stated: dict[FactKey, Any]) -> dict[FactKey, Any]:
    """The facts whose newest version a re-sent interview changes, with their new values.

    A question once asked stays asked: a re-sent `asked_question_ids` adds the questions it names that were not
    archived yet (keeping the archived order), and changes nothing when it names no new one.
    """
    changes: dict[FactKey, Any] = {}
    for key, stated_value in stated.items():
        before = stored.get(key)
        value = stated_value
        if key == ("asked_question_ids", "") and before:
            value = [*before, *(q for q in stated_value if q not in before)]
        if before is None or not _same(before, value):
            changes[key] = value
    return changes


def _window_rows(interviewers: Iterable[Interviewer]) -> list[dict[str, Any]]:
    """The availability rows of some interviewers."""
    return [
        {"interviewer_id": iv.interviewer_id, "start": w.start.isoformat(), "end": w.end.isoformat()}
        for iv in interviewers
        for w in iv.availability
    ]


class ArchiveRepository:
    """Reads and writes the candidate archive; works on a pool or on one (possibly in-transaction) connection."""

    def __init__(self, db: asyncpg.Pool | Connection) -> None:
        self._db = db

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[Connection]:
        """Yield the repository's connection, or one acquired from its pool."""
        if isinstance(self._db, asyncpg.Pool):
            async with self._db.acquire() as conn:
                yield conn
        else:
            yield self._db

    async def fetch_candidate_archive(
        self, candidate_id: str, job_id: str, extra_dimensions: Sequence[str] = ()
    ) -> CandidateArchive:
        """Read one candidate's whole history for one job in a single round trip (R-A1).

        Courses and questions are those for the job's weighted dimensions plus `extra_dimensions`
        (e.g. the ones a requirement change adds before the job itself is updated).
        """
        async with self._connection() as conn:
            archive = await conn.fetchval(_CANDIDATE_ARCHIVE, candidate_id, job_id, list(extra_dimensions))
        unknown = []
        if archive["candidate"] is None:
            unknown.append(f"unknown candidate {candidate_id!r}")
        if archive["job"] is None:
            unknown.append(f"unknown job {job_id!r}")
        if unknown:
            raise LookupError("; ".join(unknown))
        try:
            return CandidateArchive.model_validate(archive)
        except ValidationError as exc:
            raise InvalidArchiveRecord(archive_problems(archive, exc)) from None

    async def record_interview(
        self,
        interview: Interview,
        *,
        source: str = "archive",
        at: datetime | None = None,
        taken_at_default: datetime | None = None,
    ) -> RecordedInterview:
        """Archive one interview without losing a fact (migration 008), in one transaction (R-A3).

        A new interview is stored whole; one already archived keeps every fact the payload omits, and each fact it
        changes gets a new version from `source` at `at` (default: now), which then counts. `taken_at_default` is
        the time of a new interview that states none. LookupError for an unknown candidate or job;
        InterviewConflict when the id is archived for another candidate or job.
        """
        try:
            async with self._connection() as conn, conn.transaction():
                written = await self._write_interviews(conn, [interview], source, at, taken_at_default)
        except asyncpg.ForeignKeyViolationError as exc:
            if exc.constraint_name == "interviews_job_id_fkey":
                missing = f"unknown job {interview.job_id!r}"
            else:
                missing = f"unknown candidate {interview.candidate_id!r}"
            raise LookupError(f"interview {interview.interview_id!r}: {missing}") from exc
        return written[0]

    async def record_ai_result(
        self, candidate_id: str, job_id: str, result: AiInterviewResult, *, source: str, received_at: datetime
    ) -> RecordedInterview:
        """Archive an AI interview result a `trigger` carried (the run's first or a merged one).

        Only the fields the trigger sent are facts: re-sending an archived interview with fewer fields changes
        nothing it omits. A new interview that states no `taken_at` is dated `received_at`.
        """
        sent = {name: value for name, value in result.model_dump(exclude_unset=True).items() if value is not None}
        interview = Interview.model_validate({**sent, "candidate_id": candidate_id, "job_id": job_id})
        return await self.record_interview(interview, source=source, at=received_at, taken_at_default=received_at)

    async def record_training(self, training: Training) -> None:
        """Upsert one training record (keyed by candidate and course)."""
        try:
            async with self._connection() as conn:
                await conn.execute(_TRAININGS.upsert_sql(), [_row(training, _TRAININGS)])
        except asyncpg.ForeignKeyViolationError as exc:
            raise LookupError(f"training: unknown candidate {training.candidate_id!r}") from exc

    async def booked_intervals(self, interviewer_ids: Sequence[str], since: datetime) -> list[BookedInterval]:
        """The interviewers' booked calendar slots that end after `since`, earliest first."""
        async with self._connection() as conn:
            rows = await conn.fetch(_BOOKED_INTERVALS, list(interviewer_ids), since)
        return [BookedInterval(interviewer_id=r["interviewer_id"], start=r["start"], end=r["end"]) for r in rows]

    async def known_ids(
        self, candidate_ids: Iterable[str], job_ids: Iterable[str], course_ids: Iterable[str]
    ) -> dict[str, set[str]]:
        """Which of the given ids exist, by array name (`candidates`, `jobs`, `courses`)."""
        async with self._connection() as conn:
            row = await conn.fetchrow(_KNOWN_IDS, list(candidate_ids), list(job_ids), list(course_ids))
        if row is None:  # a SELECT of three arrays without FROM always returns one row
            raise RuntimeError("the known-ids query returned no row")
        return {"candidates": set(row["candidates"]), "jobs": set(row["jobs"]), "courses": set(row["courses"])}

    async def import_archive(self, data: ArchiveImport, *, source: str = "import") -> dict[str, int]:
        """Upsert every record of an import file by id in one transaction; return the count per array.

        Interviews already archived keep what the file omits; what it changes becomes a new version from `source`.
        """
        async with self._connection() as conn, conn.transaction():
            for table, records in (
                (_DIMENSIONS, data.dimensions),
                (_JOBS, data.jobs),
                (_CANDIDATES, data.candidates),
                (_COURSES, data.courses),
                (_QUESTIONS, data.questions),
            ):
                await self._upsert(conn, table, records)
            await self._write_interviewers(conn, data.interviewers)
            await self._write_interviews(conn, data.interviews, source, None)
            await self._upsert(conn, _ASSESSMENTS, data.assessments)
            await self._upsert(conn, _TRAININGS, data.trainings)
        return {name: len(getattr(data, name)) for name in ArchiveImport.model_fields}

    @staticmethod
    async def _upsert(conn: Connection, table: _Table, records: Sequence[Record]) -> None:
        """Bulk-upsert records into one table with a single statement."""
        if records:
            await conn.execute(table.upsert_sql(), [_row(r, table) for r in records])

    @classmethod
    async def _write_interviewers(cls, conn: Connection, interviewers: Sequence[Interviewer]) -> None:
        """Upsert interviewers and make their availability exactly the given windows."""
        if not interviewers:
            return
        await cls._upsert(conn, _INTERVIEWERS, interviewers)
        windows = _window_rows(interviewers)
        await conn.execute(_DELETE_VANISHED_WINDOWS, windows, [iv.interviewer_id for iv in interviewers])
        await conn.execute(_INSERT_WINDOWS, windows)

    @classmethod
    async def _write_interviews(
        cls,
        conn: Connection,
        interviews: Sequence[Interview],
        source: str,
        at: datetime | None,
        taken_at_default: datetime | None = None,
    ) -> list[RecordedInterview]:
        """Write interviews fact by fact: new ones whole, archived ones by a new version of each changed fact."""
        if not interviews:
            return []
        ids = [i.interview_id for i in interviews]
        await conn.fetchval(_LOCK_INTERVIEWS, ids)  # one writer per interview at a time, in id order
        stored = {r["interview_id"]: r for r in await conn.fetch(_STORED_INTERVIEWS, ids)}
        rows: list[dict[str, Any]] = []
        scores: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        written = []
        for given in interviews:
            interview = given
            previous = stored.get(interview.interview_id)
            if previous is None:
                if given.taken_at is None and taken_at_default is not None:
                    interview = given.model_copy(update={"taken_at": taken_at_default})
                changes = stated_facts(interview, new=True)
                rows.append(_row(interview, _INTERVIEWS))
                now = interview
            else:
                columns, extra = dict(previous["columns"]), dict(previous["extra"])
                for name in ("candidate_id", "job_id"):
                    if columns[name] != getattr(interview, name):
                        raise InterviewConflict(interview.interview_id, name, columns[name], getattr(interview, name))
                changes = fact_changes(
                    _stored_facts(columns, extra, previous["scores"]), stated_facts(interview, new=False)
                )
                row = _merged_row(columns, extra, changes)
                merged_scores = {**previous["scores"], **{k: v for (f, k), v in changes.items() if f == "score"}}
                now = Interview.model_validate(
                    {
                        **row["extra"],
                        **{c: v for c, v in row.items() if c != "extra"},
                        "dimension_scores": merged_scores,
                    }
                )
                if not changes:
                    written.append(RecordedInterview(now, created=False, changed=()))
                    continue
                rows.append(row)
            for (fact, key), value in changes.items():
                if fact == "score":
                    scores.append({"interview_id": interview.interview_id, "dimension": key, "score": value})
                versions.append(
                    {
                        "interview_id": interview.interview_id,
                        "fact": fact,
                        "key": key,
                        "value": to_jsonable_python(value),
                    }
                )
            written.append(
                RecordedInterview(now, created=previous is None, changed=tuple(_fact_name(k) for k in changes))
            )
        if rows:
            await conn.execute(_INTERVIEWS.upsert_sql(), rows)
        if scores:
            await conn.execute(_UPSERT_SCORES, scores)
        if versions:
            await conn.execute(_ADD_FACT_VERSIONS, versions, source, at)
        return written


def _merged_row(columns: dict[str, Any], extra: dict[str, Any], changes: dict[FactKey, Any]) -> dict[str, Any]:
    """An archived interview's row with the changed facts applied (scores live in their own table)."""
    row = {column: columns.get(column) for column, _ in _INTERVIEWS.columns if column != "extra"}
    media: dict[str, Any] = dict(columns.get("media") or {})
    unknown: dict[str, Any] = dict(extra)
    for (fact, key), value in changes.items():
        if fact in _SCALAR_FACTS or fact == "asked_question_ids":
            row[fact] = to_jsonable_python(value)
        elif fact == "media":
            media[key] = value
        elif fact == "extra":
            unknown[key] = to_jsonable_python(value)
    return {**row, "media": media, "extra": unknown}
