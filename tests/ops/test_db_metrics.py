"""The database gauges (service/db_metrics.py): what PostgreSQL holds, by label; a failed read keeps the values."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
import pytest
from prometheus_client import CollectorRegistry, generate_latest

from service.db_metrics import DatabaseGauges


async def test_gauges_count_the_rows_and_forget_what_is_gone(db_pool: asyncpg.Pool) -> None:
    await db_pool.execute(
        """
        INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome, started_at,
                                  updated_at)
        VALUES ('r1', 'w1', 'c', 'j', 'low_score', 'awaiting_confirmation', NULL, now(), now()),
               ('r2', 'w2', 'c', 'j', 'low_score', 'completed', 'no_show', now(), now()),
               ('r3', 'w3', 'c', 'j', 'manual', 'completed', 'no_show', now(), now())
        """
    )
    await db_pool.execute(
        "INSERT INTO inbound_mail (raw, status, intent, reason) VALUES ('a', 'signalled', 'confirm', NULL),"
        " ('b', 'dead_letter', NULL, 'Unknown Token'), ('c', 'dead_letter', NULL, 'unknown_token')"
    )
    await db_pool.execute(
        "INSERT INTO outbound_emails (idempotency_key, message_id, workflow_id, template, recipient, subject, status)"
        " VALUES ('k1', 'm1', 'w1', 'invitation', 'a@x', 's', 'sent'), ('k2', 'm2', 'w1', 'invitation', 'a@x', 's',"
        " 'pending')"
    )
    registry = CollectorRegistry()
    gauges = DatabaseGauges(registry)
    await gauges.refresh(db_pool)
    text = generate_latest(registry).decode()
    assert 'reinterview_runs{outcome="none",stage="awaiting_confirmation"} 1.0' in text
    assert 'reinterview_runs{outcome="no_show",stage="completed"} 2.0' in text
    assert 'reinterview_inbound_mail{intent="confirm",status="signalled"} 1.0' in text
    assert 'reinterview_dead_letters_kept{reason="unknown_token"} 2.0' in text  # labels reduced, counts summed
    assert 'reinterview_outbound_emails{status="pending",template="invitation"} 1.0' in text
    await db_pool.execute("DELETE FROM reinterviews WHERE outcome = 'no_show'")
    await gauges.refresh(db_pool)
    assert 'outcome="no_show"' not in generate_latest(registry).decode()


async def test_a_failed_read_is_logged_and_the_values_kept(db_dsn: str, caplog: pytest.LogCaptureFixture) -> None:
    pool = await asyncpg.create_pool(db_dsn, min_size=1, max_size=1)
    registry = CollectorRegistry()
    gauges = DatabaseGauges(registry)
    await gauges.refresh(pool)
    await pool.execute("ALTER TABLE inbound_mail RENAME TO inbound_mail_gone")
    stop = asyncio.Event()
    with caplog.at_level(logging.WARNING, logger="metrics"):
        task = asyncio.create_task(gauges.keep_fresh(pool, 0.05, stop))
        await asyncio.sleep(0.3)
        stop.set()
        await task
    await pool.close()
    assert "database gauges not refreshed" in caplog.text
    assert "reinterview_db_metrics_refreshed_timestamp_seconds" in generate_latest(registry).decode()
