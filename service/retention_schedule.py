"""The `reinterview-retention` Temporal schedule: RetentionWorkflow once a day, created or updated idempotently."""

from __future__ import annotations

from datetime import timedelta

from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleIntervalSpec,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleSpec,
    ScheduleUpdate,
    ScheduleUpdateInput,
)

from schemas.retention import RetentionInput
from service.settings import Settings
from workflows.retention import SCHEDULE_ID, WORKFLOW_TYPE

EVERY = timedelta(days=1)


def retention_schedule(settings: Settings, task_queue: str | None = None, schedule_id: str = SCHEDULE_ID) -> Schedule:
    """Daily, never two at once, with the current retention period."""
    return Schedule(
        action=ScheduleActionStartWorkflow(
            WORKFLOW_TYPE,
            RetentionInput(retention_s=settings.inbound_retention.total_seconds()),
            id=f"{schedule_id}-run",
            task_queue=task_queue or settings.task_queue,
            execution_timeout=timedelta(hours=1),
        ),
        spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=EVERY)]),
        policy=SchedulePolicy(overlap=ScheduleOverlapPolicy.SKIP),
    )


async def ensure_retention_schedule(
    client: Client, settings: Settings, task_queue: str | None = None, schedule_id: str = SCHEDULE_ID
) -> str:
    """Create the schedule, or bring an existing one to these settings; returns `created` or `updated`."""
    schedule = retention_schedule(settings, task_queue, schedule_id)
    try:
        await client.create_schedule(schedule_id, schedule)
        return "created"
    except ScheduleAlreadyRunningError:
        pass

    def update(_: ScheduleUpdateInput) -> ScheduleUpdate:
        return ScheduleUpdate(schedule=schedule)

    await client.get_schedule_handle(schedule_id).update(update)
    return "updated"
