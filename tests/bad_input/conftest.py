"""Bad-input tests reuse the workflow tests' harness: real worker, real PostgreSQL, real SMTP, time-skipping."""

from __future__ import annotations

import pytest

from tests.workflows.conftest import harness  # noqa: F401 - the fixture, shared


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "archive(**options): options for tests.workflows.builders.archive")
