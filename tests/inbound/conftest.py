"""Fixtures for the reply gateway: settings with signing keys, a gateway on a free port, runs to reply to.

`smtp_settings` is overridden here so that the shared workflow `harness` (re-exported below) runs its worker with
signing keys: its invitations then carry a real `reply+TOKEN@` address and signed links.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from temporalio.testing import WorkflowEnvironment

from inbound.gateway import InboundGateway
from inbound.tokens import KeyRing, reply_address
from mail.sink import MailSink
from service.settings import Settings

# The shared workflow harness, with the settings below (`as`: a re-export, for pytest and mypy alike).
from tests.workflows.conftest import harness as harness

KEY_ID = "ktest01"
OLD_KEY_ID = "kold"
TEST_KEYS = {
    KEY_ID: base64.b64encode(b"k" * 32).decode(),
    OLD_KEY_ID: base64.b64encode(b"o" * 32).decode(),
}
REPLY_DOMAIN = "reply.hr.example.com"
CANDIDATE_EMAIL = "zhangsan@example.com"  # the From of tests.inbound.mails.CANDIDATE


def keyed_settings(**overrides: Any) -> Settings:
    """Settings with the test signing keys, a free gateway port and a small size limit."""
    values: dict[str, Any] = {
        "signing_keys": TEST_KEYS,
        "signing_key_id": KEY_ID,
        "reply_domain": REPLY_DOMAIN,
        "inbound_host": "127.0.0.1",
        "inbound_port": 0,
        "inbound_max_bytes": 256 * 1024,
        "public_base_url": "http://links.test",
        "mail_from": "Re-interview <reinterview@hr.example.com>",
        "hr_email": "hr@hr.example.com",
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def smtp_settings(mail_sink: MailSink) -> Settings:
    """Outbound mail to this test's sink, with signing keys (overrides tests.fixtures.smtp.smtp_settings)."""
    return keyed_settings(smtp_host=mail_sink.host, smtp_port=mail_sink.port)


@pytest.fixture
def ring(smtp_settings: Settings) -> KeyRing:
    return KeyRing.from_settings(smtp_settings)


@dataclass(frozen=True)
class Run:
    """A re-interview run row, as open_reinterview writes it, and its reply address."""

    run_id: str
    workflow_id: str
    candidate_id: str
    job_id: str
    address: str


@pytest.fixture
async def make_run(db_pool: asyncpg.Pool, smtp_settings: Settings, ring: KeyRing):
    """Insert a `reinterviews` row (no Temporal workflow behind it) and return it with its reply address."""

    async def make(outcome: str | None = None, email: str | None = CANDIDATE_EMAIL) -> Run:
        tag = uuid.uuid4().hex[:8]
        run_id, job_id, candidate_id = str(uuid.uuid4()), f"job-{tag}", f"cand-{tag}"
        workflow_id = f"reinterview-{job_id}-{candidate_id}"
        now = datetime.now(UTC)
        await db_pool.execute(
            "INSERT INTO candidates (candidate_id, name, email) VALUES ($1, '张三', $2)", candidate_id, email
        )
        await db_pool.execute(
            """
            INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,
                                      started_at, updated_at)
            VALUES ($1, $2, $3, $4, 'low_score', 'awaiting_confirmation', $5, $6, $6)
            """,
            run_id,
            workflow_id,
            candidate_id,
            job_id,
            outcome,
            now,
        )
        return Run(run_id, workflow_id, candidate_id, job_id, reply_address(smtp_settings, ring, run_id, now))

    return make


async def add_outbound(
    pool: asyncpg.Pool, workflow_id: str, template: str, message_id: str, created_at: datetime | None = None
) -> None:
    """An outbox row as NotificationActivities writes it (what replies and bounces refer to)."""
    await pool.execute(
        """
        INSERT INTO outbound_emails (idempotency_key, message_id, workflow_id, template, recipient, subject,
                                     status, created_at)
        VALUES ($1, $2, $3, $4, 'someone@example.com', 's', 'sent', $5)
        """,
        f"run:{message_id}",
        message_id,
        workflow_id,
        template,
        created_at or datetime.now(UTC) - timedelta(hours=1),
    )


@pytest.fixture
async def gateway(
    smtp_settings: Settings, db_pool: asyncpg.Pool, time_skipping_env: WorkflowEnvironment
) -> AsyncIterator[InboundGateway]:
    """The reply gateway on a free port, signalling through the time-skipping server's client."""
    gw = InboundGateway(smtp_settings, db_pool, time_skipping_env.client, retry_every=3600)
    await gw.start()
    try:
        yield gw
    finally:
        await gw.stop()
