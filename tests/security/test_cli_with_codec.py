"""The `temporal` CLI against a codec-enabled worker on the dev server: plain JSON in, the codec server to read.

Plain (unencrypted) JSON from the CLI or another SDK is accepted; with `--codec-endpoint` and `--codec-auth` the
CLI reads decrypted results and sends encrypted input; without them it sees only ciphertext.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from temporalio.testing import WorkflowEnvironment

from codec.aesgcm import ENCODING
from codec.server import codec_app
from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from schemas.contract import CancelRequest, StatusView
from service import reinterviews
from service.settings import Settings
from tests.codec.keysets import key_ids
from tests.polling import until_stage
from tests.security.conftest import client_on
from tests.workflows.builders import archive
from worker import build_worker

TEMPORAL = str(Path(sys.executable).parent / "temporal")


def cli(env: WorkflowEnvironment, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [TEMPORAL, *args, "--address", env.client.service_client.config.target_host, "--output", "json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"temporal {' '.join(args)} failed: {done.stderr}")
    return done


async def acli(env: WorkflowEnvironment, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(cli, env, *args, check=check)


@pytest.fixture
def settings(smtp_settings: Settings) -> Settings:
    return smtp_settings.model_copy(
        update={"codec_keys": key_ids("k1"), "codec_key_id": "k1", "codec_token": "cli-token-" + "y" * 30}
    )


@pytest.fixture
async def codec_endpoint(settings: Settings) -> AsyncIterator[str]:
    """The codec server mounted at /codec on a loopback port, as on the HTTP service; yields its URL."""
    main = web.Application()
    main.add_subapp("/codec", codec_app(settings))
    server = TestServer(main, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("/codec"))
    finally:
        await server.close()


async def test_cli_plain_json_into_a_codec_worker_and_reading_through_the_codec_server(
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    settings: Settings,
    codec_endpoint: str,
    task_queue: str,
) -> None:
    data, ids = archive(await dev_env.get_current_time(), locale="en")
    await ArchiveRepository(db_pool).import_archive(data)
    workflow_id = f"reinterview-{ids['job']}-{ids['candidate']}"
    client = client_on(dev_env, settings)
    handle = client.get_workflow_handle(workflow_id)
    codec_flags = ["--codec-endpoint", codec_endpoint, "--codec-auth", f"Bearer {settings.codec_token}"]

    async with build_worker(client, settings, db_pool, task_queue=task_queue):
        await acli(
            dev_env,
            "workflow",
            "signal-with-start",
            "--type",
            "ReinterviewWorkflow",
            "--task-queue",
            task_queue,
            "--workflow-id",
            workflow_id,
            "--input",
            json.dumps({"candidate_id": ids["candidate"], "job_id": ids["job"]}),
            "--signal-name",
            "trigger",
            "--signal-input",
            json.dumps(
                {
                    "kind": "ai_result",
                    "interview": {
                        "interview_id": "ai-cli-sec",
                        "completed": True,
                        "overall_score": 71,
                        "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
                    },
                }
            ),
        )
        assert (await until_stage(handle, "awaiting_confirmation", interval=0.2)).trigger_kind is not None

        blind = await acli(dev_env, "workflow", "query", "-w", workflow_id, "--name", "status", check=False)
        assert "awaiting_confirmation" not in blind.stdout + blind.stderr, "without the codec: ciphertext only"
        assert base64.b64encode(ENCODING).decode() in blind.stdout

        seen = json.loads(
            (await acli(dev_env, "workflow", "query", "-w", workflow_id, "--name", "status", *codec_flags)).stdout
        )
        assert seen["queryResult"][0]["stage"] == "awaiting_confirmation"

        refused = await acli(
            dev_env,
            "workflow",
            "query",
            "-w",
            workflow_id,
            "--name",
            "status",
            "--codec-endpoint",
            codec_endpoint,
            "--codec-auth",
            "Bearer wrong",
            check=False,
        )
        assert refused.returncode != 0 and "a valid codec token is required" in refused.stderr

        await acli(
            dev_env,
            "workflow",
            "signal",
            "-w",
            workflow_id,
            "--name",
            "candidate_reply",
            *codec_flags,
            "--input",
            json.dumps({"intent": "confirm", "slot": 1, "text": "I confirm", "message_id": "<s@x>"}),
        )
        await until_stage(handle, "scheduled", interval=0.2)

        await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
        final = StatusView.model_validate(await handle.result())
        assert final.outcome is not None and final.outcome.value == "cancelled"

    history = await client_on(dev_env, None).get_workflow_handle(workflow_id).fetch_history()
    signals: dict[str, Any] = {}
    for event in history.events:
        if event.HasField("workflow_execution_signaled_event_attributes"):
            attrs = event.workflow_execution_signaled_event_attributes
            signals[attrs.signal_name] = attrs.input.payloads[0].metadata["encoding"]
    assert signals["trigger"] == b"json/plain", "the CLI sent it without the codec: stored as sent"
    assert signals["candidate_reply"] == ENCODING, "sent with --codec-endpoint: encrypted before it left the CLI"
    assert signals["cancel"] == ENCODING
