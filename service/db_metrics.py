"""Gauges read from PostgreSQL for the operations dashboard (ops/grafana): what the database knows and no single
process counts — runs by stage and outcome, inbound mail by status and intent (replies), dead letters by reason,
outbound email by template and status. The worker refreshes them every `every_s` seconds (worker.py) and serves them
with its other `reinterview_*` metrics. One small GROUP BY per family; label values come from the rows but are
reduced like every other label (service.metrics._token), so the series stay few.

- `reinterview_runs{stage, outcome}` (outcome `none` while the run is open)
- `reinterview_inbound_mail{status, intent}`
- `reinterview_dead_letters_kept{reason}`
- `reinterview_outbound_emails{template, status}`
- `reinterview_db_metrics_refreshed_timestamp_seconds`
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import asyncpg
from prometheus_client import CollectorRegistry, Gauge

from service.metrics import _token

log = logging.getLogger("metrics")

DB_METRICS_EVERY_S = 15.0  # like a typical scrape interval: the gauges are never older than one scrape

_QUERIES = {
    "runs": "SELECT stage, coalesce(outcome, 'none') AS outcome, count(*) AS n FROM reinterviews GROUP BY 1, 2",
    "inbound": "SELECT status, coalesce(intent, 'none') AS intent, count(*) AS n FROM inbound_mail GROUP BY 1, 2",
    "dead": "SELECT coalesce(reason, 'unknown') AS reason, count(*) AS n FROM inbound_mail"
    " WHERE status = 'dead_letter' GROUP BY 1",
    "outbound": "SELECT template, status, count(*) AS n FROM outbound_emails GROUP BY 1, 2",
}


class DatabaseGauges:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.runs = Gauge(
            "reinterview_runs", "Re-interview runs by stage and outcome.", ["stage", "outcome"], registry=registry
        )
        self.inbound = Gauge(
            "reinterview_inbound_mail",
            "Inbound mail by status and reply intent.",
            ["status", "intent"],
            registry=registry,
        )
        self.dead = Gauge(
            "reinterview_dead_letters_kept",
            "Inbound mail kept as a dead letter, by reason.",
            ["reason"],
            registry=registry,
        )
        self.outbound = Gauge(
            "reinterview_outbound_emails",
            "Outbound emails by template and status.",
            ["template", "status"],
            registry=registry,
        )
        self.refreshed = Gauge(
            "reinterview_db_metrics_refreshed_timestamp_seconds",
            "When the database gauges were last read (Unix time).",
            registry=registry,
        )

    async def refresh(self, pool: asyncpg.Pool) -> None:
        """Read every family and replace the gauges' values (series that disappeared are removed)."""
        runs = await pool.fetch(_QUERIES["runs"])
        inbound = await pool.fetch(_QUERIES["inbound"])
        dead = await pool.fetch(_QUERIES["dead"])
        outbound = await pool.fetch(_QUERIES["outbound"])
        for gauge in (self.runs, self.inbound, self.dead, self.outbound):
            gauge.clear()
        for r in runs:
            self.runs.labels(stage=_token(r["stage"]), outcome=_token(r["outcome"])).inc(r["n"])
        for r in inbound:
            self.inbound.labels(status=_token(r["status"]), intent=_token(r["intent"])).inc(r["n"])
        for r in dead:
            self.dead.labels(reason=_token(r["reason"])).inc(r["n"])
        for r in outbound:
            self.outbound.labels(template=_token(r["template"]), status=_token(r["status"])).inc(r["n"])
        self.refreshed.set(time.time())

    async def keep_fresh(self, pool: asyncpg.Pool, every_s: float, stop: asyncio.Event) -> None:
        """Refresh until `stop`; a failed read is logged and retried at the next tick (the gauges keep their values)."""
        while not stop.is_set():
            try:
                await self.refresh(pool)
            except (asyncpg.PostgresError, OSError) as exc:
                log.warning("database gauges not refreshed: %s", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every_s)
