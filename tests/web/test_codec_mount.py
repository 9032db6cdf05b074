"""The codec server mounted at /codec on the HTTP service, with the keys the embedded stack creates."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload
from temporalio.testing import WorkflowEnvironment

from codec.aesgcm import ENCODING, AesGcmCodec
from codec.keys import TOKEN_FILE, load_local_codec_keys
from devstack.stack import with_local_keys
from service.settings import Settings
from web.app import build_web_app

UI_PORT = 18233  # only part of the allowed origin's name: nothing listens on it


@pytest.fixture
def stack_settings(tmp_path: Path) -> Settings:
    """What `python -m devstack` runs with on a clean data dir: keys and token created there."""
    return with_local_keys(
        Settings(data_dir=tmp_path / "run", temporal_ui_port=UI_PORT, codec_keys={}, codec_token=None, signing_keys={})
    )


async def serve(settings: Settings, env: WorkflowEnvironment, pool: asyncpg.Pool) -> TestClient:
    client = TestClient(TestServer(build_web_app(settings, env.client, pool)))
    await client.start_server()
    return client


@pytest.fixture
async def http(
    stack_settings: Settings, time_skipping_env: WorkflowEnvironment, db_pool: asyncpg.Pool
) -> AsyncIterator[TestClient]:
    client = await serve(stack_settings, time_skipping_env, db_pool)
    try:
        yield client
    finally:
        await client.close()


def body_of(payloads: list[Payload]) -> dict[str, Any]:
    return {"payloads": [json_format.MessageToDict(p) for p in payloads]}


async def sealed(settings: Settings, value: Any) -> dict[str, Any]:
    """`value` encrypted the way another process of the stack (worker, gateway, starter) encrypts it."""
    plain = Payload(metadata={"encoding": b"json/plain"}, data=json.dumps(value, ensure_ascii=False).encode())
    return body_of(await AesGcmCodec.from_settings(settings).encode([plain]))


def values_of(body: dict[str, Any]) -> list[Any]:
    return [json.loads(base64.b64decode(p["data"])) for p in body["payloads"]]


async def test_the_stack_keys_decode_at_codec_with_the_token(stack_settings: Settings, http: TestClient) -> None:
    # Another process that only reads the data dir (no env keys) ends up with the very same keys and token.
    reader = load_local_codec_keys(Settings(data_dir=stack_settings.data_dir, codec_keys={}, codec_token=None))
    assert (reader.codec_keys, reader.codec_key_id, reader.codec_token) == (
        stack_settings.codec_keys,
        stack_settings.codec_key_id,
        stack_settings.codec_token,
    )
    token = (stack_settings.data_dir / TOKEN_FILE).read_text().strip()
    body = await sealed(reader, {"name": "王五", "email": "wang.wu@candidates.test"})
    assert base64.b64decode(body["payloads"][0]["metadata"]["encoding"]) == ENCODING

    decoded = await http.post("/codec/decode", json=body, headers={"Authorization": f"Bearer {token}"})
    assert decoded.status == 200, await decoded.text()
    assert values_of(await decoded.json()) == [{"name": "王五", "email": "wang.wu@candidates.test"}]

    # The Web UI's way in: the token in the path, its origin allowed by CORS.
    origin = f"http://127.0.0.1:{UI_PORT}"
    preflight = await http.options(
        f"/codec/{token}/decode",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    from_ui = await http.post(f"/codec/{token}/decode", json=body, headers={"Origin": origin, "X-Namespace": "default"})
    assert from_ui.status == 200 and from_ui.headers["Access-Control-Allow-Origin"] == origin
    assert values_of(await from_ui.json())[0]["name"] == "王五"


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/codec/decode", {}),
        ("/codec/decode", {"Authorization": "Bearer not-the-token"}),
        ("/codec/not-the-token/decode", {}),
    ],
)
async def test_without_the_token_nothing_is_decoded(
    stack_settings: Settings, http: TestClient, path: str, headers: dict[str, str]
) -> None:
    refused = await http.post(path, json=await sealed(stack_settings, "王五"), headers=headers)
    assert refused.status == 401
    assert "王五" not in await refused.text()


async def test_cors_only_for_the_web_ui_origin(stack_settings: Settings, http: TestClient) -> None:
    token = stack_settings.codec_token
    body = await sealed(stack_settings, "王五")
    for origin in ("https://evil.example", "http://127.0.0.1:8233", f"http://localhost:{UI_PORT}"):
        refused = await http.post(f"/codec/{token}/decode", json=body, headers={"Origin": origin})
        assert refused.status == 403, origin
        assert "Access-Control-Allow-Origin" not in refused.headers
    cli = await http.post("/codec/decode", json=body, headers={"Authorization": f"Bearer {token}"})
    assert cli.status == 200 and "Access-Control-Allow-Origin" not in cli.headers


async def test_without_codec_keys_there_is_no_codec_route(
    stack_settings: Settings, time_skipping_env: WorkflowEnvironment, db_pool: asyncpg.Pool
) -> None:
    plain = stack_settings.model_copy(update={"codec_keys": {}, "codec_key_id": None, "codec_token": None})
    client = await serve(plain, time_skipping_env, db_pool)
    try:
        assert (await client.post("/codec/decode", json={})).status == 404
        assert (await client.get("/healthz")).status == 200
    finally:
        await client.close()
