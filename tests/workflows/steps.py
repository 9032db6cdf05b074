"""Awaiting a run's end (which lets the test server skip time) and reading its status; polling is tests.polling."""

from __future__ import annotations

import asyncio
from typing import Any

from schemas.contract import StatusView


async def final(handle: Any, timeout: float = 120) -> StatusView:
    """Wait for the run to end (the test server skips time meanwhile) and return its final status."""
    return StatusView.model_validate(await asyncio.wait_for(handle.result(), timeout))


def scheduled_times(status: StatusView) -> int:
    return sum(e.event == "stage: scheduled" for e in status.timeline)


def invitations(status: StatusView) -> int:
    return sum("invitation sent" in e.event for e in status.timeline)
