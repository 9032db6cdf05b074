"""Fixtures for the signed-link web app: the keyed settings and workflow harness of tests/inbound, and a client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

# Shared fixtures, re-exported for pytest (the `as` form says so to mypy too).
from tests.inbound.conftest import harness as harness
from tests.inbound.conftest import ring as ring
from tests.inbound.conftest import smtp_settings as smtp_settings
from tests.workflows.conftest import Harness
from web.app import build_web_app


@pytest.fixture
async def web_client(harness: Harness) -> AsyncIterator[TestClient]:
    """The web app on a real loopback socket, signalling the harness's time-skipping server."""
    client = TestClient(TestServer(build_web_app(harness.settings, harness.client, harness.pool)))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()
