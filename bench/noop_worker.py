"""The baseline worker: NoopReinterviewWorkflow and its no-op activity, configured like worker.py.

REINTERVIEW_TEMPORAL_ADDRESS=… REINTERVIEW_TASK_QUEUE=… .venv/bin/python -m bench.noop_worker
"""

from __future__ import annotations

import asyncio
import logging

from temporalio.worker import Worker

from bench.noop_workflow import NoopReinterviewWorkflow, noop
from service.settings import Settings
from service.shutdown import stop_on_signals
from service.temporal_client import connect


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()
    client = await connect(settings)
    stop = stop_on_signals()
    async with Worker(client, task_queue=settings.task_queue, workflows=[NoopReinterviewWorkflow], activities=[noop]):
        logging.getLogger("worker").info("worker polling task queue %r", settings.task_queue)
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
