"""A real browser against a real stack: headless Chromium (Debian's `chromium`, driven by Playwright through
`executable_path` — no browser is ever downloaded) on the pages of an in-process stack started here: a Temporal
dev server with its Web UI, PostgreSQL, an SMTP sink, the real worker and the web app with the codec server, each
on a free port. Payloads are encrypted, and the Web UI decodes them through the web app's codec endpoint.

Without a browser (or without Playwright) these tests are skipped with the reason — except under CI=true, where
a missing browser is a failure. `REINTERVIEW_CHROMIUM` names another Chromium binary.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp import web
from temporalio.client import Client
from temporalio.worker import Worker

from codec.keys import load_or_create_codec_keys
from codec.server import ui_codec_endpoint
from db.pool import create_pool
from db.repositories.archive import ArchiveRepository
from devstack.processes import ChildProcess
from devstack.temporal_server import start_dev_server
from mail.sink import MailSink
from schemas.archive import ArchiveImport
from service.settings import Settings
from service.temporal_client import connect
from tests.fixtures.postgres import PostgresServer, _create_database, _drop_database
from tests.fixtures.smtp import free_port
from tests.inbound.conftest import KEY_ID, TEST_KEYS
from tests.workflows.builders import archive
from web.app import build_web_app
from worker import build_worker

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "img"


def chromium_path() -> str | None:
    configured = os.environ.get("REINTERVIEW_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run; make test installs chromium)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if path is None:
        _missing("no Chromium: apt-get install -y chromium fonts-noto-cjk (or set REINTERVIEW_CHROMIUM)")
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        _missing("Playwright for Python is not installed: pip install -e '.[test]'")
    assert path is not None
    return path


@pytest.fixture(scope="module")
async def browser(chromium: str) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            await launched.close()


@dataclass
class Stack:
    settings: Settings
    client: Client
    pool: asyncpg.Pool
    sink: MailSink
    task_queue: str
    base_url: str
    ui_url: str
    worker: Worker
    workflow_ids: set[str] = field(default_factory=set)

    async def add_archive(self) -> tuple[ArchiveImport, dict[str, str]]:
        data, ids = archive()
        await ArchiveRepository(self.pool).import_archive(data)
        return data, ids


@pytest.fixture(scope="module")
async def stack(chromium: str, pg_server: PostgresServer, pg_template: str) -> AsyncIterator[Stack]:
    """The whole stack on free ports, for this module's tests (each test imports its own archive and ids)."""
    data_dir = Path(tempfile.mkdtemp(prefix="reinterview-browser-"))
    frontend, ui, http, sink_port = free_port(), free_port(), free_port(), free_port()
    base_url = f"http://127.0.0.1:{http}"
    ui_url = f"http://127.0.0.1:{ui}"
    settings = load_or_create_codec_keys(
        Settings(
            data_dir=data_dir,
            temporal_address=f"127.0.0.1:{frontend}",
            temporal_ui_port=ui,
            http_host="127.0.0.1",
            http_port=http,
            public_base_url=base_url,
            codec_cors_origin=ui_url,
            smtp_host="127.0.0.1",
            smtp_port=sink_port,
            signing_keys=TEST_KEYS,
            signing_key_id=KEY_ID,
            hr_email="hr@hr.example.com",
        )
    )
    database = f"browser_{uuid.uuid4().hex}"
    await _create_database(pg_server, database, pg_template)
    settings = settings.model_copy(update={"database_url": pg_server.dsn_for(database)})
    sink = MailSink("127.0.0.1", sink_port, mail_dir=data_dir / "mail")
    sink.start()
    spawned: list[ChildProcess] = []
    pool = await create_pool(pg_server.dsn_for(database), min_size=1, max_size=8)
    runner: web.AppRunner | None = None
    try:
        await start_dev_server(
            frontend_port=frontend,
            ui_port=ui,
            namespace=settings.temporal_namespace,
            data_dir=data_dir,
            on_spawn=spawned,
            ui_codec_endpoint=ui_codec_endpoint(settings, f"{base_url}/codec"),
        )
        client = await connect(settings)
        task_queue = f"tq-browser-{uuid.uuid4().hex[:8]}"
        settings = settings.model_copy(update={"task_queue": task_queue})
        runner = web.AppRunner(build_web_app(settings, client, pool), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", http).start()
        async with build_worker(client, settings, pool, task_queue=task_queue) as worker:
            yield Stack(settings, client, pool, sink, task_queue, base_url, ui_url, worker)
    finally:
        if runner is not None:
            await runner.cleanup()
        await pool.close()
        for server in spawned:
            with contextlib.suppress(Exception):
                await server.stop(10)
        sink.stop()
        await _drop_database(pg_server, database)
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture
async def page(browser: Any) -> AsyncIterator[Any]:
    context = await browser.new_context(locale="zh-CN", viewport={"width": 1200, "height": 900})
    try:
        yield await context.new_page()
    finally:
        await context.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests wait on real pages: `make test` runs them alone, after the parallel part (marker `solo`)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.solo)
