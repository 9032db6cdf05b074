"""Calling an activity from a workflow, typed: the result's type follows the activity method's signature.

Every activity retries without limit (transient faults heal: a database restart, an SMTP outage); a permanent
problem is a non-retryable ApplicationError raised by the activity, which fails the call at once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.types import MethodAsyncSingleParam

Param = TypeVar("Param")
Result = TypeVar("Result")

RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(minutes=1)
)


async def call(
    activity: MethodAsyncSingleParam[Any, Param, Result],
    arg: Param,
    *,
    timeout_s: float = 30,
    heartbeat_s: float | None = None,
    summary: str | None = None,
) -> Result:
    """Run `activity(arg)` (an `@activity.defn` method of an activities class) and return its typed result.
    `summary` is what the Temporal UI shows for it (through the codec; ids and words only, never names)."""
    return await workflow.execute_activity_method(
        activity,
        arg,
        start_to_close_timeout=timedelta(seconds=timeout_s),
        heartbeat_timeout=timedelta(seconds=heartbeat_s) if heartbeat_s else None,
        retry_policy=RETRY,
        summary=summary,
    )
