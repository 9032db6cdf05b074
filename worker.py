"""The worker: runs ReinterviewWorkflow and its activities on the `reinterview` task queue.

`python worker.py` reads settings from the environment (REINTERVIEW_*, DATABASE_URL). The same process runs
against the embedded dev server, a Temporal cluster or Temporal Cloud; start as many as you need. With
REINTERVIEW_WORKER_VERSIONING=true it is the deployment version `<REINTERVIEW_WORKER_DEPLOYMENT_NAME>.<..._BUILD_ID>`
(defaults: service/release.py) and the runs it starts stay on that version (docs/OPERATIONS.md §4).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from temporalio.client import Client
from temporalio.plugin import SimplePlugin
from temporalio.service import RPCError
from temporalio.worker import Worker
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

from activities.notifications import NotificationActivities
from activities.reinterview import ReinterviewActivities
from activities.requirement_change import RequirementChangeActivities
from activities.retention import RetentionActivities
from codec.keys import load_local_codec_keys
from db.pool import create_pool
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from inbound.tokens import load_or_create_signing_keys
from mail.render import email_environment
from mail.smtp import SmtpSender
from service.db_metrics import DB_METRICS_EVERY_S, DatabaseGauges
from service.deployments import deployment_config
from service.logging import configure_logging
from service.metrics import ServiceMetrics, install_temporal_runtime, serve_metrics
from service.name_masking import archive_names_masked
from service.retention_schedule import ensure_retention_schedule
from service.settings import Settings
from service.shutdown import shutdown_deadline, stop_on_signals
from service.temporal_client import connect
from sms.channel import sms_channel
from sms.sender import SmsSender
from workflows.reinterview import ReinterviewWorkflow
from workflows.requirement_change import RequirementChangeWorkflow
from workflows.retention import RetentionWorkflow

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# Deterministic modules every workflow run shares instead of re-importing them into its sandbox: pure rules, the
# payload models and the workflows' helpers (no module-level state). The workflow modules themselves are still
# reloaded per run, as the SDK intends.
SANDBOX_PASSTHROUGH = ("policy", "schemas", "workflows.calls", "workflows.contract", "workflows.state")


def build_worker(
    client: Client,
    settings: Settings,
    pool: asyncpg.Pool,
    *,
    task_queue: str | None = None,
    metrics: ServiceMetrics | None = None,
) -> Worker:
    """Wire activities with their dependencies and return a worker for the task queue."""
    templates = email_environment(TEMPLATES_DIR, auto_reload=False)
    smtp = SmtpSender(settings)
    sms = sms_channel(settings, pool, TEMPLATES_DIR)
    notifications = NotificationActivities(pool, smtp, templates, settings, sms)
    reinterview = ReinterviewActivities(
        ArchiveRepository(pool),
        RunRepository(pool),
        templates,
        JobRepository(pool),
        metrics,
        policy=settings.policy(),
        notifier=notifications,
    )
    requirement_change = RequirementChangeActivities(client, JobRepository(pool), metrics)
    retention = RetentionActivities(pool)
    return Worker(
        client,
        task_queue=task_queue or settings.task_queue,
        max_concurrent_activities=settings.worker_max_concurrent_activities,
        max_concurrent_workflow_tasks=settings.worker_max_concurrent_workflow_tasks,
        max_cached_workflows=settings.worker_max_cached_workflows,
        graceful_shutdown_timeout=settings.worker_graceful_shutdown,
        # With versioning on, every run stays on the version (deployment + build id) that started it.
        deployment_config=deployment_config(settings),
        workflow_runner=SandboxedWorkflowRunner(
            restrictions=SandboxRestrictions.default.with_passthrough_modules(*SANDBOX_PASSTHROUGH)
        ),
        plugins=[SimplePlugin("reinterview.smtp-connections", run_context=lambda: _closing(smtp, sms))],
        workflows=[ReinterviewWorkflow, RequirementChangeWorkflow, RetentionWorkflow],
        activities=[
            reinterview.open_reinterview,
            reinterview.prepare_reinterview,
            reinterview.propose_slots,
            reinterview.book_interview,
            reinterview.record_training,
            reinterview.merge_trigger,
            reinterview.complete_reinterview,
            reinterview.close_run,
            reinterview.record_run_stage,
            notifications.notify,
            requirement_change.record_job_version,
            requirement_change.count_active_candidates,
            requirement_change.list_active_candidates,
            requirement_change.start_reinterviews,
            retention.purge_expired_mail,
        ],
    )


@asynccontextmanager
async def _closing(smtp: SmtpSender, sms: SmsSender | None) -> AsyncIterator[None]:
    """Around the worker's run: its kept-open SMTP connections (and the SMS provider's client) close at shutdown."""
    try:
        yield
    finally:
        await smtp.close()
        if sms is not None:
            await sms.close()


async def database_url(settings: Settings) -> str:
    """DATABASE_URL when set, else the embedded PostgreSQL under the data directory (started if needed)."""
    if settings.database_url:
        return settings.database_url
    from devstack.postgres import start_embedded_postgres

    return start_embedded_postgres(settings.data_dir / "pg").dsn


async def main() -> None:
    # Codec keys are only read from the data dir (the embedded stack made them); production passes them in env.
    settings = load_local_codec_keys(load_or_create_signing_keys(Settings()))
    configure_logging(settings)
    if settings.temporal_metrics_address:
        install_temporal_runtime(settings.temporal_metrics_address)
    metrics = ServiceMetrics()
    if settings.metrics_port:
        serve_metrics(metrics, settings.metrics_host, settings.metrics_port)
    client = await connect(settings)
    dsn = await database_url(settings)
    pool = await create_pool(dsn)
    stop = stop_on_signals(exit_after=shutdown_deadline(settings.worker_graceful_shutdown))
    refresher: asyncio.Task[None] | None = None
    if settings.metrics_port:  # the dashboard's database gauges (service/db_metrics.py), served with the rest
        gauges = DatabaseGauges(metrics.registry)
        refresher = asyncio.create_task(gauges.keep_fresh(pool, DB_METRICS_EVERY_S, stop), name="db-metrics")
    try:
        try:
            await ensure_retention_schedule(client, settings)
        except RPCError as exc:  # a server without schedules must not keep the worker from running
            logging.getLogger("worker").error("retention schedule not created (raw mail is not purged): %s", exc)
        worker = build_worker(client, settings, pool, metrics=metrics)
        async with archive_names_masked(dsn, settings.log_names_refresh), worker:
            version = (
                f" as version {settings.worker_deployment_name}.{settings.worker_build_id} (runs pinned)"
                if settings.worker_versioning
                else " (unversioned)"
            )
            logging.getLogger("worker").info("worker polling task queue %r%s", settings.task_queue, version)
            await stop.wait()
    finally:
        if refresher is not None:
            stop.set()
            await refresher
        await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
