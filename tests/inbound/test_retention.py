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
