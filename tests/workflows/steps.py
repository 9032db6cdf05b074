"""Waiting on a run from a test: poll its status (queries do not skip time) or await its end (which does)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from schemas.contract import StatusView
from service import reinterviews


async def until(handle: Any, stage: str, check: Callable[[StatusView], bool] = lambda _: True) -> StatusView:
    """Poll `status` until the run waits in `stage` (a deadline set) and `check` holds."""
    status = None
    for _ in range(400):
        status = await reinterviews.status(handle)
        if status.stage.value == stage and (status.next_deadline is not None or stage == "completed") and check(status):
            return status
        await asyncio.sleep(0.05)
    raise AssertionError(f"stage {stage!r} not reached: {status}")


async def until_event(handle: Any, text: str, count: int = 1) -> StatusView:
    """Poll `status` until `text` is in `count` timeline entries."""
    status = None
    for _ in range(400):
        status = await reinterviews.status(handle)
        if sum(text in e.event for e in status.timeline) >= count:
            return status
        await asyncio.sleep(0.05)
    raise AssertionError(f"{text!r} never on the timeline: {status and [e.event for e in status.timeline]}")


async def eventually(check: Callable[[], Awaitable[Any]]) -> Any:
    """Poll `check` until it returns something truthy; returns it."""
    for _ in range(400):
        found = await check()
        if found:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached")


async def final(handle: Any, timeout: float = 120) -> StatusView:
    """Wait for the run to end (the test server skips time meanwhile) and return its final status."""
    return StatusView.model_validate(await asyncio.wait_for(handle.result(), timeout))


def scheduled_times(status: StatusView) -> int:
    return sum(e.event == "stage: scheduled" for e in status.timeline)


def invitations(status: StatusView) -> int:
    return sum("invitation sent" in e.event for e in status.timeline)
