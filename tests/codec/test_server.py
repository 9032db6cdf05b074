"""The codec server over real HTTP: auth, CORS for the Web UI origin only, encode/decode, clear errors."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from codec.keys import TOKEN_FILE
from codec.server import codec_app, ui_codec_endpoint
from service.settings import Settings
from tests.codec.keysets import codec_settings, key_ids
from tests.fixtures.smtp import free_port

UI_ORIGIN = "http://127.0.0.1:8233"
ROOT = Path(__file__).resolve().parents[2]


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def plain_body(*values: Any) -> dict[str, Any]:
    """A codec-server request body as the Web UI sends it: proto3 JSON, metadata values and data in base64."""
    return {
        "payloads": [
            {"metadata": {"encoding": b64(b"json/plain")}, "data": b64(json.dumps(v, ensure_ascii=False).encode())}
            for v in values
        ]
    }


def values_of(body: dict[str, Any]) -> list[Any]:
    out = []
    for p in body["payloads"]:
        assert base64.b64decode(p["metadata"]["encoding"]) == b"json/plain"
        out.append(json.loads(base64.b64decode(p["data"])))
    return out


@pytest.fixture
def settings() -> Settings:
    return codec_settings()


@pytest.fixture
async def http(settings: Settings) -> AsyncIterator[TestClient]:
    """The codec app mounted at /codec, as the lead's HTTP service mounts it."""
    main = web.Application()
    main.add_subapp("/codec", codec_app(settings))
    async with TestClient(TestServer(main)) as client:
        yield client


def bearer(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {settings.codec_token}"}


async def test_encode_then_decode_round_trip(http: TestClient, settings: Settings) -> None:
    record = {"name": "王五", "email": "wang.wu@candidates.test", "overall_score": 71}
    encoded = await http.post("/codec/encode", json=plain_body(record, [1, 2]), headers=bearer(settings))
    assert encoded.status == 200
    sealed = await encoded.json()
    assert len(sealed["payloads"]) == 2
    for p in sealed["payloads"]:
        assert base64.b64decode(p["metadata"]["encoding"]) == b"binary/encrypted"
        assert base64.b64decode(p["metadata"]["encryption-key-id"]) == b"k1"
        assert "王五".encode() not in base64.b64decode(p["data"])
    decoded = await http.post("/codec/decode", json=sealed, headers=bearer(settings))
    assert decoded.status == 200
    assert values_of(await decoded.json()) == [record, [1, 2]]


async def test_plain_payloads_and_an_empty_list_decode_as_they_are(http: TestClient, settings: Settings) -> None:
    plain = await http.post("/codec/decode", json=plain_body({"kind": "manual"}), headers=bearer(settings))
    assert values_of(await plain.json()) == [{"kind": "manual"}]
    nothing: dict[str, Any]
    for nothing in ({"payloads": []}, {}):
        empty = await http.post("/codec/decode", json=nothing, headers=bearer(settings))
        assert (empty.status, await empty.json()) == (200, {"payloads": []})


@pytest.mark.parametrize("path", ["/codec/decode", "/codec/encode"])
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": ""}],
)
async def test_missing_or_wrong_token_is_401(http: TestClient, path: str, headers: dict[str, str]) -> None:
    response = await http.post(path, json=plain_body(1), headers=headers)
    assert response.status == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await response.json())["error"] == "a valid codec token is required"


async def test_web_ui_style_request_with_token_in_the_endpoint(http: TestClient, settings: Settings) -> None:
    endpoint = ui_codec_endpoint(settings, "http://127.0.0.1:8088/codec")
    assert endpoint == f"http://127.0.0.1:8088/codec/{settings.codec_token}"
    ui = {"Origin": UI_ORIGIN, "X-Namespace": settings.temporal_namespace, "Content-Type": "application/json"}
    path = f"/codec/{settings.codec_token}"

    preflight = await http.options(
        f"{path}/decode",
        headers={
            "Origin": UI_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-namespace",
        },
    )
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == UI_ORIGIN
    assert preflight.headers["Access-Control-Allow-Methods"] == "POST"
    allowed = {h.strip().lower() for h in preflight.headers["Access-Control-Allow-Headers"].split(",")}
    assert allowed == {"authorization", "content-type", "x-namespace"}

    encoded = await http.post("/codec/encode", json=plain_body({"text": "第三题"}), headers=bearer(settings))
    sealed = await encoded.json()
    decoded = await http.post(f"{path}/decode", data=json.dumps(sealed), headers=ui)
    assert decoded.status == 200
    assert decoded.headers["Access-Control-Allow-Origin"] == UI_ORIGIN
    assert values_of(await decoded.json()) == [{"text": "第三题"}]

    wrong = await http.post("/codec/not-the-token/decode", data=json.dumps(sealed), headers=ui)
    assert wrong.status == 401
    assert wrong.headers["Access-Control-Allow-Origin"] == UI_ORIGIN, "the UI can read why it was refused"


async def test_cors_only_for_the_configured_origin(http: TestClient, settings: Settings) -> None:
    for origin in ("http://evil.example", "http://127.0.0.1:8234", "null"):
        preflight = await http.options(
            "/codec/decode",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
            },
        )
        assert preflight.status == 403
        assert "Access-Control-Allow-Origin" not in preflight.headers
        post = await http.post("/codec/decode", json=plain_body(1), headers={**bearer(settings), "Origin": origin})
        assert post.status == 403, "a browser page elsewhere cannot use the server even with the token"
        assert "Access-Control-Allow-Origin" not in post.headers
    no_origin = await http.options("/codec/decode")
    assert no_origin.status == 403 and "Access-Control-Allow-Origin" not in no_origin.headers
    cli = await http.post("/codec/decode", json=plain_body(1), headers=bearer(settings))
    assert cli.status == 200 and "Access-Control-Allow-Origin" not in cli.headers


async def test_another_namespace_is_refused(http: TestClient, settings: Settings) -> None:
    response = await http.post("/codec/decode", json=plain_body(1), headers={**bearer(settings), "X-Namespace": "x"})
    assert response.status == 403
    assert (await response.json())["error"] == "namespace 'x' is not served by this codec server"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"{not json", "request body is not JSON"),
        (b"[1, 2]", 'request body must be {"payloads"'),
        (b'{"payloads": {"a": 1}}', 'request body must be {"payloads"'),
        (b'{"payloads": [{"data": "%%% not base64"}]}', "request body is not a Payloads message"),
        (b'{"payloads": [{"metadata": {"encoding": 5}}]}', "request body is not a Payloads message"),
        (b"\xff\xfe", "request body is not JSON"),
    ],
)
async def test_bad_bodies_are_400_with_a_message(http: TestClient, settings: Settings, body: bytes, says: str) -> None:
    headers = {**bearer(settings), "Content-Type": "application/json"}
    response = await http.post("/codec/decode", data=body, headers=headers)
    assert response.status == 400
    assert (await response.json())["error"].startswith(says)


async def test_undecryptable_payloads_are_422_naming_the_key(http: TestClient, settings: Settings) -> None:
    other = codec_app(codec_settings(key_ids("k7"), current="k7", codec_token=settings.codec_token))
    async with TestClient(TestServer(other)) as elsewhere:
        sealed = await (await elsewhere.post("/encode", json=plain_body(1), headers=bearer(settings))).json()
    response = await http.post("/codec/decode", json=sealed, headers=bearer(settings))
    assert response.status == 422
    assert "codec key id 'k7'" in (await response.json())["error"]


async def test_everything_else_is_refused(http: TestClient, settings: Settings) -> None:
    assert (await http.get("/codec/decode", headers=bearer(settings))).status == 405
    assert (await http.post("/codec/keys", headers=bearer(settings))).status == 404
    assert (await http.post("/codec/a/b/decode", headers=bearer(settings))).status == 404
    gone = await http.get("/codec/", headers=bearer(settings))
    assert gone.status == 404 and "POST /encode" in (await gone.json())["error"]


async def test_oversized_body_is_413(http: TestClient, settings: Settings) -> None:
    huge = b'{"payloads": [{"data": "' + b"A" * (17 * 1024 * 1024) + b'"}]}'
    response = await http.post("/codec/decode", data=huge, headers=bearer(settings))
    assert response.status == 413


def test_the_ui_endpoint_needs_a_url_safe_token() -> None:
    with pytest.raises(ValueError, match="URL-safe"):
        ui_codec_endpoint(codec_settings(codec_token="has/slash and space"), "http://127.0.0.1:8088/codec")


def test_the_app_needs_keys_and_a_token() -> None:
    with pytest.raises(ValueError, match="bearer token"):
        codec_app(codec_settings(codec_token=None))
    with pytest.raises(ValueError, match="no codec keys"):
        codec_app(Settings(codec_keys={}, codec_token="t" * 32))


async def test_python_dash_m_codec_serves_with_local_keys(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "REINTERVIEW_DATA_DIR": str(tmp_path),
        "REINTERVIEW_HTTP_PORT": str(port),
        "REINTERVIEW_HTTP_HOST": "127.0.0.1",
    }
    for name in ("REINTERVIEW_CODEC_KEYS", "REINTERVIEW_CODEC_KEY_ID", "REINTERVIEW_CODEC_TOKEN"):
        env.pop(name, None)
    server = subprocess.Popen(
        [sys.executable, "-m", "codec"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        url = f"http://127.0.0.1:{port}"
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.post(f"{url}/decode", json=plain_body(1)) as refused:
                        assert refused.status == 401
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError("python -m codec did not start listening")
            token = (tmp_path / TOKEN_FILE).read_text().strip()
            headers = {"Authorization": f"Bearer {token}"}
            async with session.post(f"{url}/encode", json=plain_body("王五"), headers=headers) as encoded:
                sealed = await encoded.json()
            async with session.post(f"{url}/{token}/decode", json=sealed) as decoded:
                assert values_of(await decoded.json()) == ["王五"]
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0].decode()
    assert token not in output, "the token never reaches the log"
