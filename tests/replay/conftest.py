"""Replay tests: committed histories, the workflow tests without a workflow cache, and a change that must fail.

These tests skip a lot of (test-server) time — the recorder alone runs every path to its end, days of timers
each — so they get a time-skipping server of their own. On the session's shared one, every skip moves the clock
for all tests, and a run another test left open whose timer then fires with no worker left to run it blocks time
skipping for everyone after.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from temporalio.testing import WorkflowEnvironment

from tests.replay.record import replay_settings, start_time_skipping


@pytest.fixture(scope="package")
async def time_skipping_env() -> AsyncIterator[WorkflowEnvironment]:
    """A time-skipping test server for tests/replay only (overrides the session's)."""
    env = await start_time_skipping(replay_settings())
    try:
        yield env
    finally:
        await env.shutdown()
