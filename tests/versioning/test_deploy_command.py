"""`starter.py deploy …` against a real dev server: set a version current, ramp another, see versions drain,
retire one — and each refusal says which version and why."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Any

import asyncpg
import pytest
from temporalio.client import Client

import starter
import worker as worker_module
from service.deployments import wait_for_version, worker_version
from service.settings import Settings


async def deploy(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = await starter.main(["deploy", *args], settings)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
async def workers() -> AsyncIterator[AsyncExitStack]:
    async with AsyncExitStack() as stack:
        yield stack


async def test_set_current_ramp_drain_and_retire(
    versioned_server: Client,
    db_pool: asyncpg.Pool,
    smtp_settings: Settings,
    task_queue: str,
    workers: AsyncExitStack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = versioned_server
    base = smtp_settings.model_copy(
        update={
            "temporal_address": client.service_client.config.target_host,
            "task_queue": task_queue,
            "worker_versioning": True,
            "worker_deployment_name": f"ops{uuid.uuid4().hex[:8]}",
            "codec_keys": {},
            "codec_key_id": None,
        }
    )
    a, b = (base.model_copy(update={"worker_build_id": build}) for build in ("a", "b"))
    name = base.worker_deployment_name

    assert await deploy(capsys, a, "status") == (0, f"deployment {name}: none (no versioned worker has polled)\n", "")
    code, _, err = await deploy(capsys, a, "set-current")
    assert (code, err) == (1, f"error: deployment {name!r} does not exist: no versioned worker of it has polled\n")

    worker_a = await workers.enter_async_context(worker_module.build_worker(client, a, db_pool))
    assert await deploy(capsys, a, "set-current", "--wait", "30") == (0, f"new runs start on {name}.a\n", "")

    code, _, err = await deploy(capsys, a, "ramp", "--build-id", "b", "--percent", "25")
    assert code == 1 and err.startswith(f"error: cannot ramp {name}.b to 25 %: "), err

    await workers.enter_async_context(worker_module.build_worker(client, b, db_pool))
    await wait_for_version(client, worker_version(b), task_queue, timeout=30)
    assert await deploy(capsys, a, "ramp", "--build-id", "b", "--percent", "25") == (
        0,
        f"ramping {name}.b at 25 %\n",
        "",
    )
    code, out, _ = await deploy(capsys, a, "status")
    assert out.splitlines()[0] == f"deployment {name}: current a, ramping b at 25 %", out
    code, _, err = await deploy(capsys, a, "retire", "--build-id", "b")
    assert (code, err) == (1, f"error: version {name}.b is ramping: make another version current first\n")
    code, _, err = await deploy(capsys, a, "retire", "--build-id", "a")
    assert (code, err) == (1, f"error: version {name}.a is current: make another version current first\n")
    code, _, err = await deploy(capsys, a, "ramp", "--build-id", "b", "--percent", "120")
    assert (code, err) == (1, "error: ramp percentage 120 is not between 0 and 100\n")

    assert await deploy(capsys, a, "set-current", "--build-id", "b") == (0, f"new runs start on {name}.b (was a)\n", "")
    # a served no run: it drains at once (within the server's refresh interval); then stop its worker, retire it.
    deadline = time.monotonic() + 30
    while True:
        code, out, _ = await deploy(capsys, a, "status", "--json")
        state: dict[str, Any] = json.loads(out)
        if [v["build_id"] for v in state["versions"] if v["drainage"] == "drained"] == ["a"]:
            break
        assert time.monotonic() < deadline, out
        await asyncio.sleep(0.5)
    assert (state["current"], state["ramping"]) == ("b", None)
    code, out, _ = await deploy(capsys, a, "status")
    assert out.splitlines()[-1] == "drained (stop their workers, then retire): a", out

    await worker_a.shutdown()
    deadline = time.monotonic() + 30
    while (result := await deploy(capsys, a, "retire", "--build-id", "a"))[0] != 0:
        assert time.monotonic() < deadline, result
        await asyncio.sleep(0.5)
    assert result == (0, f"retired {name}.a\n", "")
    code, out, _ = await deploy(capsys, a, "status", "--json")
    assert [v["build_id"] for v in json.loads(out)["versions"]] == ["b"]
