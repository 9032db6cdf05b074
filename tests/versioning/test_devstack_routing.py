"""The embedded stack routes new runs as it starts: to this checkout's version, to a new build id after an
upgrade (saying which version's runs may be left waiting), back to unversioned workers when versioning is off."""

from __future__ import annotations

import uuid

import pytest
from temporalio.client import Client

from devstack.stack import Stack, StartupError
from service.deployments import describe_deployment
from service.settings import Settings


async def route(settings: Settings, capsys: pytest.CaptureFixture[str]) -> list[str]:
    await Stack(settings)._route_new_runs()
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith("worker versioning")]


async def test_the_stack_moves_new_runs_to_its_version_and_back(
    versioned_server: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"stack{uuid.uuid4().hex[:8]}"
    base = Settings(temporal_address=versioned_server.service_client.config.target_host, worker_deployment_name=name)
    # Versioning is on in the stack unless the environment turns it off.
    assert await route(base.model_copy(update={"worker_build_id": "a"}), capsys) == [
        f"worker versioning: new runs start on {name}.a (pinned)"
    ]
    assert await route(base.model_copy(update={"worker_build_id": "a"}), capsys) == [
        f"worker versioning: new runs start on {name}.a (pinned)"
    ]
    assert await route(base.model_copy(update={"worker_build_id": "b"}), capsys) == [
        f"worker versioning: new runs start on {name}.b (pinned), was {name}.a",
        f"worker versioning: runs pinned to {name}.a may still be open; they wait for a worker of that version"
        " (docs/OPERATIONS.md §4)",
    ]
    off = Settings(
        temporal_address=base.temporal_address,
        worker_deployment_name=name,
        worker_build_id="b",
        worker_versioning=False,
    )
    lines = await route(off, capsys)
    assert lines[0] == "worker versioning off: new runs start on unversioned workers, was b", lines
    state = await describe_deployment(versioned_server, name)
    assert state is not None and state.current is None


async def test_a_server_that_does_not_answer_fails_the_start_naming_versioning() -> None:
    from tests.fixtures.smtp import free_port

    settings = Settings(temporal_address=f"127.0.0.1:{free_port()}", worker_versioning=True)
    with pytest.raises(StartupError, match="^worker versioning: "):
        await Stack(settings)._route_new_runs()
