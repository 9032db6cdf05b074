"""mTLS to the Temporal frontend: the worker (and every client, through `service.temporal_client.connect`) runs
with a client certificate, the frontend's CA and its name, and nothing without a certificate the CA signed gets
in. The dev server has no TLS options (`temporal server start-dev --help`), so `tls_proxy.mtls_frontend` stands in
front of it as the frontend's TLS; the certificates are the ones compose's `temporal-certs` one-shot makes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from temporalio.client import Client, WorkflowFailureError
from temporalio.testing import WorkflowEnvironment

from service.devcerts import make_dev_certs
from service.settings import Settings
from service.temporal_client import TemporalTLSError, connect, tls_config
from tests.fixtures.smtp import free_port
from tests.security.tls_proxy import mtls_frontend

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def certs(tmp_path: Path) -> Path:
    out = tmp_path / "certs"
    make_dev_certs(out, ["temporal", "localhost"], ["worker", "admin"])
    return out


def tls_settings(address: str, certs: Path, role: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "temporal_address": address,
        "temporal_tls_cert": certs / f"{role}.pem",
        "temporal_tls_key": certs / f"{role}.key",
        "temporal_tls_ca": certs / "ca.pem",
        "temporal_tls_server_name": "temporal",
        "codec_keys": {},
    }
    return Settings(**{**values, **overrides})  # type: ignore[arg-type]


async def test_the_worker_runs_workflows_over_mtls(
    dev_env: WorkflowEnvironment, certs: Path, db_dsn: str, tmp_path: Path
) -> None:
    upstream = dev_env.client.service_client.config.target_host
    task_queue = f"tq-mtls-{uuid.uuid4().hex[:8]}"
    async with mtls_frontend(upstream, certs) as address:
        env = os.environ | {
            "REINTERVIEW_TEMPORAL_ADDRESS": address,
            "REINTERVIEW_TEMPORAL_TLS_CERT": str(certs / "worker.pem"),
            "REINTERVIEW_TEMPORAL_TLS_KEY": str(certs / "worker.key"),
            "REINTERVIEW_TEMPORAL_TLS_CA": str(certs / "ca.pem"),
            "REINTERVIEW_TEMPORAL_TLS_SERVER_NAME": "temporal",
            "REINTERVIEW_TASK_QUEUE": task_queue,
            "DATABASE_URL": db_dsn,
            "REINTERVIEW_DATA_DIR": str(tmp_path / "data"),
            "REINTERVIEW_SMTP_PORT": str(free_port()),
            "REINTERVIEW_WORKER_GRACEFUL_SHUTDOWN": "PT2S",
            "PYTHONUNBUFFERED": "1",
        }
        log = tmp_path / "worker.log"
        with log.open("wb") as out:
            worker = subprocess.Popen([sys.executable, "worker.py"], cwd=ROOT, env=env, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            while "worker polling task queue" not in log.read_text(errors="replace"):
                assert worker.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                await asyncio.sleep(0.2)
            # An admin client over mTLS starts a run; only the worker (over mTLS too) can have processed it: the run
            # fails at once on its invalid input, which is the workflow's own code talking.
            admin = await connect(tls_settings(address, certs, "admin", task_queue=task_queue))
            handle = await admin.start_workflow(
                "ReinterviewWorkflow", {}, id=f"mtls-{uuid.uuid4().hex[:8]}", task_queue=task_queue
            )
            with pytest.raises(WorkflowFailureError) as failed:
                await asyncio.wait_for(handle.result(), 60)
            assert "invalid workflow input" in str(failed.value.cause)
        finally:
            worker.send_signal(signal.SIGTERM)
            await asyncio.to_thread(worker.wait, 30)


@pytest.mark.parametrize("case", ["no client certificate", "certificate of another CA", "server not trusted"])
async def test_without_a_certificate_the_ca_signed_nothing_gets_in(
    dev_env: WorkflowEnvironment, certs: Path, tmp_path: Path, case: str
) -> None:
    upstream = dev_env.client.service_client.config.target_host
    other = tmp_path / "other"
    make_dev_certs(other, ["temporal"], ["worker"])
    async with mtls_frontend(upstream, certs) as address:
        settings = {
            "no client certificate": tls_settings(
                address, certs, "worker", temporal_tls_cert=None, temporal_tls_key=None
            ),
            "certificate of another CA": tls_settings(
                address, certs, "worker", temporal_tls_cert=other / "worker.pem", temporal_tls_key=other / "worker.key"
            ),
            "server not trusted": tls_settings(address, certs, "worker", temporal_tls_ca=other / "ca.pem"),
        }[case]
        with pytest.raises(RuntimeError, match=r"[Ff]ailed client connect"):
            await asyncio.wait_for(connect(settings), 30)
        # The same frontend lets the right certificate in (the control for this case).
        await asyncio.wait_for(connect(tls_settings(address, certs, "worker")), 30)


async def test_a_plain_client_does_not_get_past_the_tls_frontend(dev_env: WorkflowEnvironment, certs: Path) -> None:
    upstream = dev_env.client.service_client.config.target_host
    async with mtls_frontend(upstream, certs) as address:
        with pytest.raises(RuntimeError):
            await asyncio.wait_for(Client.connect(address), 30)


def test_incomplete_or_unreadable_tls_settings_are_refused_naming_the_setting(certs: Path, tmp_path: Path) -> None:
    with pytest.raises(TemporalTLSError, match="REINTERVIEW_TEMPORAL_TLS_CERT is set but REINTERVIEW_TEMPORAL_TLS_KEY"):
        tls_config(Settings(temporal_tls_cert=certs / "worker.pem"))
    with pytest.raises(TemporalTLSError, match="REINTERVIEW_TEMPORAL_TLS_KEY is set but"):
        tls_config(Settings(temporal_tls_key=certs / "worker.key"))
    with pytest.raises(TemporalTLSError, match=r"REINTERVIEW_TEMPORAL_TLS_CA .*missing\.pem"):
        tls_config(Settings(temporal_tls_ca=tmp_path / "missing.pem"))
    assert tls_config(Settings()) is False
    assert tls_config(Settings(temporal_tls=True)) is True
    config = tls_config(tls_settings("x:1", certs, "worker"))
    assert not isinstance(config, bool)
    assert config.domain == "temporal" and config.client_cert == (certs / "worker.pem").read_bytes()


def test_dev_certificates_are_kept_on_a_rerun_and_keys_are_private(certs: Path) -> None:
    before = {p.name: p.read_bytes() for p in certs.iterdir()}
    make_dev_certs(certs, ["temporal", "localhost"], ["worker", "admin", "web"])
    after = {p.name: p.read_bytes() for p in certs.iterdir()}
    assert {k: v for k, v in after.items() if k in before} == before and {"web.pem", "web.key"} <= set(after)
    for key in certs.glob("*.key"):
        assert key.stat().st_mode & 0o777 == 0o600, key


async def test_starter_talks_to_the_frontend_over_mtls(
    dev_env: WorkflowEnvironment, certs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """HR ops' command line (and admin jobs) go through the same `connect`: with the admin certificate it works."""
    import starter

    upstream = dev_env.client.service_client.config.target_host
    async with mtls_frontend(upstream, certs) as address:
        assert (
            await starter.main(["list", "--stage", "awaiting_confirmation"], tls_settings(address, certs, "admin")) == 0
        )
        without = tls_settings(address, certs, "admin", temporal_tls_cert=None, temporal_tls_key=None)
        with pytest.raises(RuntimeError, match=r"[Ff]ailed client connect"):
            await asyncio.wait_for(starter.main(["list"], without), 30)
