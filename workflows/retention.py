"""RetentionWorkflow (SPEC R-M4): started daily by the `reinterview-retention` schedule, it deletes raw inbound
mail and dead letters older than the retention period (setting `inbound_retention`, default 30 days).

`ensure_retention_schedule` creates the schedule, or updates it to the current settings; the worker calls it at
start, so every start of the stack has exactly one.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from activities.retention import RetentionActivities
    from schemas.retention import PurgeInput, PurgeResult, RetentionInput

WORKFLOW_TYPE = "RetentionWorkflow"
SCHEDULE_ID = "reinterview-retention"


@workflow.defn(name=WORKFLOW_TYPE)
class RetentionWorkflow:
    """One purge of what is past retention, as of the workflow's start."""

    @workflow.run
    async def run(self, input: RetentionInput) -> PurgeResult:
        older_than = workflow.now() - timedelta(seconds=input.retention_s)
        return await workflow.execute_activity_method(
            RetentionActivities.purge_expired_mail,
            PurgeInput(older_than=older_than),
            start_to_close_timeout=timedelta(minutes=10),
            retry_policy=RetryPolicy(maximum_interval=timedelta(minutes=5), maximum_attempts=10),
            summary="delete raw mail and dead letters past retention",
        )
