"""Retention (SPEC R-M4): the daily schedule starts RetentionWorkflow, which deletes dead letters and held replies
and empties the raw bytes of handled mail older than the retention period, and nothing newer (dev server: real
schedules, real time)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
from temporalio.client import ScheduleActionExecutionStartWorkflow, ScheduleActionStartWorkflow
from temporalio.testing import ActivityEnvironment, WorkflowEnvironment
from temporalio.worker import Worker

from activities.retention import PURGES, RetentionActivities
from inbound.repository import InboundRepository
from schemas.retention import PurgeInput, PurgeResult
from service.retention_schedule import ensure_retention_schedule
from tests.inbound.conftest import keyed_settings
from workflows.retention import RetentionWorkflow

DAY = timedelta(days=1)


async def add(pool: asyncpg.Pool, status: str, age: timedelta) -> int:
    inbound_id = await InboundRepository(pool).store("a@example.com", ["reply+x@reply.hr.example.com"], b"raw mail")
    await pool.execute(
        "UPDATE inbound_mail SET status = $2, received_at = now() - $3::interval WHERE id = $1", inbound_id, status, age
    )
    return inbound_id


async def test_the_schedule_purges_what_is_past_retention_and_nothing_newer(
    dev_env: WorkflowEnvironment, db_pool: asyncpg.Pool
) -> None:
    old = {s: await add(db_pool, s, 31 * DAY) for s in ("dead_letter", "held", "signalled", "handed_to_hr", "received")}
    new = {s: await add(db_pool, s, 29 * DAY) for s in ("dead_letter", "held", "signalled")}
    settings = keyed_settings(inbound_retention=30 * DAY)
    queue, schedule_id = f"tq-{uuid.uuid4().hex[:12]}", f"retention-{uuid.uuid4().hex[:8]}"

    # Created once, then brought up to date (a restart with a new retention setting), never duplicated.
    assert await ensure_retention_schedule(dev_env.client, settings, queue, schedule_id) == "created"
    assert await ensure_retention_schedule(dev_env.client, settings, queue, schedule_id) == "updated"
    handle = dev_env.client.get_schedule_handle(schedule_id)
    described = await handle.describe()
    action = described.schedule.action
    assert isinstance(action, ScheduleActionStartWorkflow) and action.workflow == "RetentionWorkflow"

    async with Worker(
        dev_env.client,
        task_queue=queue,
        workflows=[RetentionWorkflow],
        activities=[RetentionActivities(db_pool).purge_expired_mail],
    ):
        await handle.trigger()
        for _ in range(200):
            described = await handle.describe()
            if described.info.recent_actions:
                run = described.info.recent_actions[-1].action
                assert isinstance(run, ScheduleActionExecutionStartWorkflow), run
                result = await dev_env.client.get_workflow_handle(
                    run.workflow_id, run_id=run.first_execution_run_id, result_type=PurgeResult
                ).result()
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the schedule started nothing")
    await handle.delete()

    assert result.purged == {"inbound_dead_letters": 2, "inbound_raw_mail": 2, "sent_fingerprints": 0}
    left = {
        r["id"]: (r["status"], r["size"])
        for r in await db_pool.fetch("SELECT id, status, octet_length(raw) AS size FROM inbound_mail")
    }
    assert old["dead_letter"] not in left and old["held"] not in left
    assert left[old["signalled"]] == ("signalled", 0) and left[old["handed_to_hr"]] == ("handed_to_hr", 0)
    assert left[old["received"]] == ("received", 8)  # still to be processed: never purged
    assert all(left[i][1] == 8 for i in new.values())


async def test_purges_are_a_list_of_repository_functions(db_pool: asyncpg.Pool) -> None:
    """Another kind of stored data past retention (e.g. sent-message fingerprints) is one more entry."""
    seen: list[datetime] = []

    async def fingerprints(pool: asyncpg.Pool, older_than: datetime) -> int:
        seen.append(older_than)
        return 7

    cutoff = datetime.now(UTC) - 30 * DAY
    activities = RetentionActivities(db_pool, (*PURGES, ("sent_fingerprints", fingerprints)))
    result = await ActivityEnvironment().run(activities.purge_expired_mail, PurgeInput(older_than=cutoff))
    assert result.purged["sent_fingerprints"] == 7 and seen == [cutoff]


# ---- sent-message fingerprints: kept while their run may still get replies --------------------------------
async def _fingerprint(pool: asyncpg.Pool, n: int, workflow_id: str, age: timedelta) -> str:
    from db.repositories.outbox import OutboxRepository

    outbox = OutboxRepository(pool)
    message_id = f"<retention-{n}@hr.example.com>"
    await outbox.claim(f"retention-key-{n}", message_id, workflow_id, "invitation", "zs@example.com", "邀请")
    await outbox.record_fingerprint(message_id, workflow_id, "candidate", "张三，您好：\n回复「放弃」表示不参加。", {})
    await pool.execute(
        "UPDATE sent_fingerprints SET created_at = now() - $2::interval WHERE message_id = $1", message_id, age
    )
    return message_id


async def _run(pool: asyncpg.Pool, workflow_id: str, ended_ago: timedelta | None) -> None:
    await pool.execute(
        """
        INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, stage, started_at, updated_at, ended_at)
        VALUES ($1, $2, 'c-1', 'j-1', 'scheduled', now() - interval '80 days', now(),
                CASE WHEN $3::interval IS NULL THEN NULL ELSE now() - $3::interval END)
        """,
        f"run-{workflow_id}",
        workflow_id,
        ended_ago,
    )


async def _interview(pool: asyncpg.Pool, workflow_id: str, ended_ago: timedelta, status: str = "booked") -> None:
    await pool.execute(
        "INSERT INTO interviewers (interviewer_id, name, email) VALUES ($1, 'I', 'i@example.com')",
        f"iv-{workflow_id}",
    )
    await pool.execute(
        """
        INSERT INTO calendar_events
            (event_uid, workflow_id, candidate_id, interviewer_id, interviewer_key, during, status)
        SELECT $1, $2, 'c-1', interviewer_id, interviewer_key,
               tstzrange(now() - $3::interval - interval '1 hour', now() - $3::interval), $4
        FROM interviewers WHERE interviewer_id = $5
        """,
        f"ev-{workflow_id}",
        workflow_id,
        ended_ago,
        status,
        f"iv-{workflow_id}",
    )


async def test_fingerprints_of_runs_that_may_still_get_replies_outlive_the_retention_period(
    db_pool: asyncpg.Pool,
) -> None:
    """An invitation sent 60 days before its interview is answered until the interview's end + 7 days: its
    fingerprint must not go at 30 days while the run is open or its replies are still accepted."""
    keep = {
        "open run": await _fingerprint(db_pool, 1, "wf-open", 60 * DAY),
        "ended 3 days ago": await _fingerprint(db_pool, 2, "wf-ended-recently", 60 * DAY),
        "interview ended 2 days ago": await _fingerprint(db_pool, 3, "wf-interview-recent", 60 * DAY),
        "newer than the cutoff": await _fingerprint(db_pool, 4, "wf-gone-new", 29 * DAY),
    }
    drop = {
        "ended 10 days ago": await _fingerprint(db_pool, 5, "wf-ended-long-ago", 60 * DAY),
        "interview ended 9 days ago": await _fingerprint(db_pool, 6, "wf-interview-old", 60 * DAY),
        "cancelled interview": await _fingerprint(db_pool, 7, "wf-cancelled", 60 * DAY),
        "no run row": await _fingerprint(db_pool, 8, "wf-unknown", 31 * DAY),
    }
    await _run(db_pool, "wf-open", None)
    await _run(db_pool, "wf-ended-recently", 3 * DAY)
    await _run(db_pool, "wf-interview-recent", 20 * DAY)
    await _interview(db_pool, "wf-interview-recent", 2 * DAY)
    await _run(db_pool, "wf-ended-long-ago", 10 * DAY)
    await _run(db_pool, "wf-interview-old", 12 * DAY)
    await _interview(db_pool, "wf-interview-old", 9 * DAY)
    await _interview(db_pool, "wf-cancelled", -5 * DAY, status="cancelled")

    cutoff = datetime.now(UTC) - 30 * DAY
    result = await ActivityEnvironment().run(
        RetentionActivities(db_pool).purge_expired_mail, PurgeInput(older_than=cutoff)
    )
    assert result.purged["sent_fingerprints"] == len(drop)
    left = {r["message_id"] for r in await db_pool.fetch("SELECT message_id FROM sent_fingerprints")}
    assert {name for name, mid in keep.items() if mid not in left} == set()
    assert {name for name, mid in drop.items() if mid in left} == set()

    # Once the open run ends and its grace passes, the next run of the job deletes it too.
    await db_pool.execute("UPDATE reinterviews SET ended_at = now() - interval '8 days' WHERE workflow_id = 'wf-open'")
    result = await ActivityEnvironment().run(
        RetentionActivities(db_pool).purge_expired_mail, PurgeInput(older_than=cutoff)
    )
    assert result.purged["sent_fingerprints"] == 1
    assert keep["open run"] not in {
        r["message_id"] for r in await db_pool.fetch("SELECT message_id FROM sent_fingerprints")
    }
