"""The worker: runs ReinterviewWorkflow and its activities on the `reinterview` task queue.

`python worker.py` reads settings from the environment (REINTERVIEW_*, DATABASE_URL). The same process runs
against the embedded dev server, a Temporal cluster or Temporal Cloud; start as many as you need.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

import asyncpg
from temporalio.client import Client
from temporalio.worker import Worker

from activities.notifications import NotificationActivities
from activities.reinterview import ReinterviewActivities
from db.pool import create_pool
from db.repositories.archive import ArchiveRepository
from db.repositories.runs import RunRepository
from mail.render import email_environment
from mail.smtp import SmtpSender
from service.settings import Settings
from service.temporal_client import connect
from workflows.reinterview import ReinterviewWorkflow

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def build_worker(client: Client, settings: Settings, pool: asyncpg.Pool, *, task_queue: str | None = None) -> Worker:
    """Wire activities with their dependencies and return a worker for the task queue."""
    templates = email_environment(TEMPLATES_DIR)
    reinterview = ReinterviewActivities(ArchiveRepository(pool), RunRepository(pool), templates)
    notifications = NotificationActivities(pool, SmtpSender(settings), templates, settings)
    return Worker(
        client,
        task_queue=task_queue or settings.task_queue,
        workflows=[ReinterviewWorkflow],
        activities=[
            reinterview.open_reinterview,
            reinterview.prepare_reinterview,
            reinterview.propose_slots,
            reinterview.book_interview,
            reinterview.cancel_booking,
            reinterview.record_training,
            reinterview.create_hr_todo,
            reinterview.complete_reinterview,
            reinterview.record_run_stage,
            notifications.send_email,
        ],
    )


async def database_url(settings: Settings) -> str:
    """DATABASE_URL when set, else the embedded PostgreSQL under the data directory (started if needed)."""
    if settings.database_url:
        return settings.database_url
    from devstack.postgres import start_embedded_postgres

    return start_embedded_postgres(settings.data_dir / "pg").dsn


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()
    client = await connect(settings)
    pool = await create_pool(await database_url(settings))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        worker = build_worker(client, settings, pool)
        async with worker:
            logging.getLogger("worker").info("worker polling task queue %r", settings.task_queue)
            await stop.wait()
    finally:
        await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
