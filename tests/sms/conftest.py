from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.sms.fake_twilio import FakeTwilio


@pytest.fixture
async def fake_twilio() -> AsyncIterator[FakeTwilio]:
    fake = FakeTwilio()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
