"""Bad-input tests reuse the workflow tests' harness: real worker, real PostgreSQL, real SMTP, time-skipping."""

from __future__ import annotations

from tests.workflows.conftest import harness  # noqa: F401 - the fixture, shared
