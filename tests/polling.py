"""Waiting in a test for something another process does: one polling loop, with a time limit and a clear failure.

Queries and table reads do not make a time-skipping test server skip time, so tests poll them; awaiting a run's
result (which does skip) is `handle.result()`, not this.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from schemas.contract import StatusView
from service import reinterviews

T = TypeVar("T")

TIMEOUT = 30.0  # seconds; generous for a loaded machine: a passing test returns as soon as the condition holds
INTERVAL = 0.05


async def eventually(
    probe: Callable[[], Awaitable[T]],
    until: Callable[[T], object] = bool,
    *,
    what: str = "the condition",
    timeout: float = TIMEOUT,
    interval: float = INTERVAL,
    describe: Callable[[T], object] = repr,
    ignoring: tuple[type[BaseException], ...] = (),
) -> T:
    """Await `probe()` every `interval` seconds until `until(result)` holds; return that result.

    A probe that raises one of `ignoring` (e.g. a server that is restarting) counts as not yet. After `timeout`
    seconds, AssertionError naming `what` and the last result (through `describe`) or error.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            result = await probe()
        except ignoring as error:
            last = f"{type(error).__name__}: {error}"
        else:
            if until(result):
                return result
            last = str(describe(result))
        if loop.time() >= deadline:
            raise AssertionError(f"{what} not reached within {timeout:g} s; last: {last}")
        await asyncio.sleep(interval)


async def until_true(
    check: Callable[[], T],
    *,
    what: str = "the condition",
    timeout: float = TIMEOUT,
    interval: float = INTERVAL,
    describe: Callable[[T], object] = repr,
) -> T:
    """`eventually` for a synchronous `check` (e.g. over what a mail sink has received): its first truthy result."""

    async def probe() -> T:
        return check()

    return await eventually(probe, what=what, timeout=timeout, interval=interval, describe=describe)


def _status_line(status: StatusView) -> str:
    return f"stage {status.stage.value!r}, timeline {[e.event for e in status.timeline]}"


async def until_status(
    handle: Any,
    check: Callable[[StatusView], bool],
    *,
    what: str = "the status",
    timeout: float = TIMEOUT,
    interval: float = INTERVAL,
) -> StatusView:
    """Poll the run's `status` query until `check` holds; return that status."""
    return await eventually(
        lambda: reinterviews.status(handle),
        check,
        what=what,
        timeout=timeout,
        interval=interval,
        describe=_status_line,
    )


def in_stage(stage: str, *, waiting: bool = True) -> Callable[[StatusView], bool]:
    """The run is in `stage`; with `waiting`, also waiting there (a deadline set), unless the stage is `completed`."""

    def check(status: StatusView) -> bool:
        if status.stage.value != stage:
            return False
        return not waiting or status.next_deadline is not None or stage == "completed"

    return check


async def until_stage(
    handle: Any,
    stage: str,
    check: Callable[[StatusView], bool] = lambda _: True,
    *,
    waiting: bool = True,
    timeout: float = TIMEOUT,
    interval: float = INTERVAL,
) -> StatusView:
    """Poll `status` until the run is in `stage` (waiting there, see `in_stage`) and `check` holds."""
    in_it = in_stage(stage, waiting=waiting)
    return await until_status(
        handle,
        lambda s: in_it(s) and check(s),
        what=f"stage {stage!r}",
        timeout=timeout,
        interval=interval,
    )


async def until_event(handle: Any, text: str, count: int = 1, *, timeout: float = TIMEOUT) -> StatusView:
    """Poll `status` until `text` is in at least `count` timeline entries."""
    return await until_status(
        handle,
        lambda s: sum(text in e.event for e in s.timeline) >= count,
        what=f"{count} × {text!r} on the timeline",
        timeout=timeout,
    )
