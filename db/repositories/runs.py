"""What a re-interview run writes besides the archive: run rows, HR to-dos, calendar bookings, reports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from schemas.archive import BookedInterval

# The first key of the two-key advisory locks that serialise slot choice per interviewer (the second is
# hashtext(interviewer_id)); two-key locks never collide with one-key (bigint) locks taken elsewhere.
SLOT_CHOICE_LOCKS = 0x510E


class SlotChoice:
    """Reads and writes of slot holds inside RunRepository.choosing_slots' locked transaction."""

    def __init__(self, conn: asyncpg.Connection | PoolConnectionProxy) -> None:
        self._conn = conn

    async def held_by_others(
        self, interviewer_ids: Sequence[str], since: datetime, now: datetime, workflow_id: str
    ) -> list[BookedInterval]:
        """Times other open invitations hold (still within their reply window) for these interviewers."""
        rows = await self._conn.fetch(
            """
            SELECT interviewer_id, lower(during) AS start, upper(during) AS "end" FROM slot_holds
            WHERE interviewer_id = ANY($1::text[]) AND upper(during) > $2 AND held_until > $3 AND workflow_id <> $4
            ORDER BY lower(during), interviewer_id
            """,
            list(interviewer_ids),
            since,
            now,
            workflow_id,
        )
        return [BookedInterval(**dict(r)) for r in rows]

    async def hold(self, *, workflow_id: str, slots: list[tuple[str, datetime, datetime]], until: datetime) -> None:
        """Replace this run's held times with `slots` (interviewer, start, end), held until `until`."""
        await self._conn.execute("DELETE FROM slot_holds WHERE workflow_id = $1", workflow_id)
        await self._conn.executemany(
            "INSERT INTO slot_holds (workflow_id, interviewer_id, during, held_until)"
            " VALUES ($1, $2, tstzrange($3, $4), $5) ON CONFLICT DO NOTHING",
            [(workflow_id, interviewer, start, end, until) for interviewer, start, end in slots],
        )


class RunRepository:
    """Rows owned by the workflow's activities; every write is idempotent under activity retries."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def record_run(
        self,
        *,
        run_id: str,
        workflow_id: str,
        candidate_id: str,
        job_id: str,
        trigger_kind: str | None,
        stage: str,
        outcome: str | None,
        at: datetime,
    ) -> None:
        """Insert or update the run's row; `ended_at` is set once an outcome is known.

        In the same statement the run's timeline (run_events, R-X) gets `triggered` for the triggered stage and
        `ended` (detail: the outcome) once an outcome is set; each once per run, however often this is retried.
        """
        await self._pool.execute(
            """
            WITH run AS (
            INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,
                                      started_at, updated_at, ended_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7::text, $8::timestamptz, $8::timestamptz,
                    CASE WHEN $7::text IS NULL THEN NULL ELSE $8::timestamptz END)
            ON CONFLICT (run_id) DO UPDATE SET
                trigger_kind = COALESCE(EXCLUDED.trigger_kind, reinterviews.trigger_kind),
                stage = EXCLUDED.stage,
                outcome = EXCLUDED.outcome,
                updated_at = EXCLUDED.updated_at,
                ended_at = COALESCE(reinterviews.ended_at, EXCLUDED.ended_at)
            RETURNING run_id
            )
            INSERT INTO run_events (run_id, kind, at, detail, source)
            SELECT run.run_id, fact.kind, $8::timestamptz, coalesce($7::text, ''), 'stage'
            FROM run, (VALUES (CASE WHEN $6 = 'triggered' THEN 'triggered' END),
                              (CASE WHEN $7::text IS NOT NULL THEN 'ended' END)) AS fact (kind)
            WHERE fact.kind IS NOT NULL
            ON CONFLICT DO NOTHING
            """,
            run_id,
            workflow_id,
            candidate_id,
            job_id,
            trigger_kind,
            stage,
            outcome,
            at,
        )

    async def record_failure(self, *, run_id: str, stage: str, failure: str, at: datetime) -> bool:
        """Close a failed run's row: outcome 'failed', why, and when; False when the run never got a row.

        Only an existing row is closed — a run that failed before it was opened (unknown candidate, invalid
        archive) leaves nothing behind. A row that already has an outcome keeps it.
        """
        closed = await self._pool.fetchval(
            """
            UPDATE reinterviews
            SET stage = $2, outcome = 'failed', failure = $3, updated_at = $4, ended_at = coalesce(ended_at, $4)
            WHERE run_id = $1 AND outcome IS NULL
            RETURNING 1
            """,
            run_id,
            stage,
            failure,
            at,
        )
        return closed is not None

    async def seconds_since_start(self, run_id: str) -> float | None:
        """Seconds from the run's start (its row) to now, for the trigger-to-confirmation metric."""
        seconds: float | None = await self._pool.fetchval(
            "SELECT extract(epoch FROM now() - started_at)::float8 FROM reinterviews WHERE run_id = $1", run_id
        )
        return seconds

    async def create_todo(
        self, *, todo_key: str, workflow_id: str, candidate_id: str, job_id: str, kind: str, title: str, detail: str
    ) -> bool:
        """Create an HR to-do once per key; returns False when it already existed."""
        row = await self._pool.fetchval(
            """
            INSERT INTO hr_todos (todo_key, workflow_id, candidate_id, job_id, kind, title, detail)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (todo_key) DO NOTHING
            RETURNING 1
            """,
            todo_key,
            workflow_id,
            candidate_id,
            job_id,
            kind,
            title,
            detail,
        )
        return row is not None

    async def settle_todos(self, workflow_id: str, todo_kinds: Collection[str], at: datetime) -> None:
        """Mark the run's open to-dos of these kinds done: what they asked HR to watch for has happened."""
        await self._pool.execute(
            "UPDATE hr_todos SET done_at = $3 WHERE workflow_id = $1 AND kind = ANY($2::text[]) AND done_at IS NULL",
            workflow_id,
            list(todo_kinds),
            at,
        )

    async def end_waits(self, workflow_id: str, todo_kinds: Collection[str], at: datetime) -> None:
        """An ended run waits for nothing: release its slot holds and mark its open to-dos of these kinds done."""
        await self._pool.execute(
            """
            WITH released AS (DELETE FROM slot_holds WHERE workflow_id = $1)
            UPDATE hr_todos SET done_at = $3 WHERE workflow_id = $1 AND kind = ANY($2::text[]) AND done_at IS NULL
            """,
            workflow_id,
            list(todo_kinds),
            at,
        )

    async def open_todos(self, workflow_id: str) -> list[dict[str, Any]]:
        rows = await self._pool.fetch(
            "SELECT todo_key, kind, title, detail, created_at FROM hr_todos"
            " WHERE workflow_id = $1 AND done_at IS NULL ORDER BY created_at, todo_key",
            workflow_id,
        )
        return [dict(r) for r in rows]

    async def book(
        self,
        *,
        event_uid: str,
        workflow_id: str,
        candidate_id: str,
        interviewer_id: str,
        start: datetime,
        end: datetime,
        at: datetime | None = None,
    ) -> int | None:
        """Book or move the run's calendar event; None when the interviewer is taken (the database refuses).

        The same UID moved to a new time gets SEQUENCE + 1 (an iCalendar update); the same time again is a no-op.
        The run's timeline (run_events, R-X) gets `confirmed` for the first booking and `rescheduled` for each move
        (ref_at: the interview's start); the run is the UID's part before '@' (`<run_id>@reinterview`).
        """
        try:
            sequence: int | None = await self._pool.fetchval(
                """
                WITH booked AS (
                INSERT INTO calendar_events (event_uid, workflow_id, candidate_id, interviewer_id, interviewer_key,
                                             during, status, sequence)
                SELECT $1, $2, $3, i.interviewer_id, i.interviewer_key, tstzrange($5, $6), 'booked', 0
                FROM interviewers i WHERE i.interviewer_id = $4
                ON CONFLICT (event_uid) DO UPDATE SET
                    interviewer_id = EXCLUDED.interviewer_id,
                    interviewer_key = EXCLUDED.interviewer_key,
                    during = EXCLUDED.during,
                    status = 'booked',
                    sequence = calendar_events.sequence + CASE
                        WHEN calendar_events.during = EXCLUDED.during
                             AND calendar_events.interviewer_id = EXCLUDED.interviewer_id
                             AND calendar_events.status = 'booked' THEN 0 ELSE 1 END
                RETURNING sequence, lower(during) AS start
                ), fact AS (
                INSERT INTO run_events (run_id, kind, at, ref_at, detail, source)
                SELECT split_part($1, '@', 1), CASE WHEN sequence = 0 THEN 'confirmed' ELSE 'rescheduled' END,
                       $7::timestamptz, start, $4, 'booking:' || sequence
                FROM booked
                ON CONFLICT DO NOTHING
                )
                SELECT sequence FROM booked
                """,
                event_uid,
                workflow_id,
                candidate_id,
                interviewer_id,
                start,
                end,
                at or datetime.now(UTC),
            )
        except asyncpg.ExclusionViolationError:
            return None
        return sequence

    async def cancel_booking(self, event_uid: str) -> int | None:
        """Mark the event cancelled (SEQUENCE + 1 once); None when there was no booking."""
        sequence: int | None = await self._pool.fetchval(
            """
            UPDATE calendar_events
            SET sequence = sequence + CASE WHEN status = 'booked' THEN 1 ELSE 0 END, status = 'cancelled'
            WHERE event_uid = $1
            RETURNING sequence
            """,
            event_uid,
        )
        return sequence

    @asynccontextmanager
    async def choosing_slots(self, interviewer_ids: Sequence[str]) -> AsyncIterator[SlotChoice]:
        """One transaction in which this run alone chooses these interviewers' times: read the holds, then hold.

        Without it, two runs prepared at the same moment (e.g. a requirement change's fan-out) both read the holds
        before either wrote its own, and were offered the same times. Each interviewer's advisory lock is taken
        in one fixed order (so two runs never deadlock) and held until the transaction ends; a run that raises
        inside (no free time) holds nothing.
        """
        async with self._pool.acquire() as conn, conn.transaction():
            keys = await conn.fetchval(
                "SELECT coalesce(array_agg(DISTINCT hashtext(id) ORDER BY hashtext(id)), '{}')"
                " FROM unnest($1::text[]) AS id",
                list(interviewer_ids),
            )
            for key in keys:
                await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", SLOT_CHOICE_LOCKS, key)
            yield SlotChoice(conn)

    async def release_holds(self, workflow_id: str) -> None:
        await self._pool.execute("DELETE FROM slot_holds WHERE workflow_id = $1", workflow_id)

    async def store_report(
        self, *, workflow_id: str, run_id: str, kind: str, audience: str, body: dict[str, Any], html: str
    ) -> None:
        """Store one version of a report (`body` is JSON-ready: dump models with mode="json").

        The internal feedback report is written when the interviewer's result arrived: the run's timeline
        (run_events, R-X) gets `interviewed` then, once per run, and run_scores the before/after of each dimension.
        """
        await self._pool.execute(
            """
            WITH stored AS (
            INSERT INTO reports (workflow_id, run_id, kind, audience, body, html)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (run_id, kind, audience) DO UPDATE SET body = EXCLUDED.body, html = EXCLUDED.html
            RETURNING run_id, created_at
            )
            INSERT INTO run_events (run_id, kind, at, source)
            SELECT run_id, 'interviewed', created_at, 'report' FROM stored WHERE $3 = 'feedback' AND $4 = 'internal'
            ON CONFLICT DO NOTHING
            """,
            workflow_id,
            run_id,
            kind,
            audience,
            body,
            html,
        )
        if kind == "feedback" and audience == "internal":  # the re-interview's scores are in the archive by now
            await self._pool.execute("SELECT record_run_scores($1::text[])", [run_id])

    async def report(self, run_id: str, kind: str, audience: str = "internal") -> dict[str, Any] | None:
        body: dict[str, Any] | None = await self._pool.fetchval(
            "SELECT body FROM reports WHERE run_id = $1 AND kind = $2 AND audience = $3", run_id, kind, audience
        )
        return body
