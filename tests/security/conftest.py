"""A workflow harness whose client and worker encrypt payloads, plus a client that reads Temporal raw."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from service.settings import Settings
from service.temporal_client import data_converter
from tests.codec.keysets import key_ids
from tests.workflows.builders import archive
from tests.workflows.conftest import Harness
from worker import build_worker


def client_on(env: WorkflowEnvironment, settings: Settings | None) -> Client:
    """A client on the environment's server: with the settings' codec, or with the plain converter if None."""
    converter = data_converter(settings) if settings is not None else pydantic_data_converter
    return Client(env.client.service_client, namespace=env.client.namespace, data_converter=converter)


@pytest.fixture
def codec_settings_for_run(smtp_settings: Settings) -> Settings:
    """This test's SMTP settings plus two codec keys, encrypting with `k2` (k1 stands for an older key)."""
    return smtp_settings.model_copy(
        update={"codec_keys": key_ids("k1", "k2"), "codec_key_id": "k2", "codec_token": "test-token-" + "x" * 24}
    )


@pytest.fixture
async def codec_harness(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    codec_settings_for_run: Settings,
    task_queue: str,
) -> AsyncIterator[Harness]:
    """The workflows harness (real worker, small archive, SMTP sink) with an encrypting client and worker."""
    data, ids = archive(await time_skipping_env.get_current_time())
    await ArchiveRepository(db_pool).import_archive(data)
    client = client_on(time_skipping_env, codec_settings_for_run)
    async with build_worker(client, codec_settings_for_run, db_pool, task_queue=task_queue):
        yield Harness(time_skipping_env, client, db_pool, mail_sink, task_queue, codec_settings_for_run, ids, data)


@pytest.fixture
def restore_root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    for h in handlers:
        if h not in root.handlers:
            root.addHandler(h)
        h.filters[:] = filters[h]
    root.setLevel(level)
