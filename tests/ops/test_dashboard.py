"""The operations dashboard: the committed JSON is what ops.grafana.dashboard builds (grafana-foundation-sdk), and
every panel's PromQL returns data from a real Prometheus (Debian's `prometheus`) scraping a stack this test starts on
free ports: a real worker (service metrics, the database gauges, the SDK's temporal_* endpoint) on a Temporal dev
server, the reply gateway, PostgreSQL and the SMTP sink, through one re-interview (triggered, invited, a reply by
email, confirmed, a dead letter, cancelled)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import tempfile
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
import asyncpg
import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from inbound.gateway import InboundGateway
from inbound.tokens import KeyRing, reply_address
from mail.sink import MailSink
from ops.grafana.dashboard import OUT, build, queries, render
from schemas.contract import CancelRequest, TriggerSignal
from service import reinterviews
from service.db_metrics import DatabaseGauges
from service.metrics import ServiceMetrics, serve_metrics, temporal_runtime
from service.settings import Settings
from tests.fixtures.smtp import free_port
from tests.inbound.conftest import keyed_settings
from tests.inbound.test_end_to_end import reply_to
from tests.polling import eventually, until_stage, until_true
from tests.workflows.builders import archive
from worker import build_worker

PROMETHEUS = shutil.which("prometheus")


def test_committed_dashboard_is_what_the_builder_builds() -> None:
    assert OUT.read_text(encoding="utf-8") == render(), "run: python -m ops.grafana.dashboard"
    model = build()
    assert model["uid"] == "reinterview-ops" and model["title"] == "Re-interview service"
    titles = [p["title"] for p in model["panels"]]
    assert len(titles) == len(set(titles)) >= 12
    assert all(p["targets"] and p["datasource"]["uid"] == "${datasource}" for p in model["panels"])
    exprs = " ".join(e for _, e in queries(model))
    for metric in (
        "reinterview_runs",
        "reinterview_outcomes_total",
        "reinterview_outbound_emails",
        "reinterview_inbound_mail",
        "reinterview_dead_letters_kept",
        "reinterview_trigger_to_confirmation_seconds_bucket",
        "temporal_worker_task_slots_available",
    ):
        assert metric in exprs, metric


def _promql(expr: str) -> str:
    """The query as Grafana sends it, with its interval variables given values."""
    return expr.replace("$__rate_interval", "1m").replace("$__range", "1h")


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as response:
        data: dict[str, Any] = json.loads(response.read())
        return data


@pytest.fixture
def prometheus_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="prom-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def settings(mail_sink: MailSink) -> Settings:
    return keyed_settings(smtp_host=mail_sink.host, smtp_port=mail_sink.port)


@pytest.fixture
async def stack(
    dev_env: WorkflowEnvironment, db_pool: asyncpg.Pool, settings: Settings, task_queue: str, prometheus_dir: Path
) -> AsyncIterator[dict[str, Any]]:
    if PROMETHEUS is None:
        pytest.fail("prometheus is not installed: apt-get install -y prometheus (make test does, tools/system_deps.sh)")
    metrics = ServiceMetrics()
    service_port, sdk_port, prom_port = free_port(), free_port(), free_port()
    server = serve_metrics(metrics, "127.0.0.1", service_port)
    client = await Client.connect(
        dev_env.client.service_client.config.target_host,
        namespace=dev_env.client.namespace,
        runtime=temporal_runtime(f"127.0.0.1:{sdk_port}"),
        data_converter=dev_env.client.data_converter,
    )
    gauges = DatabaseGauges(metrics.registry)
    stop = asyncio.Event()
    refresher = asyncio.create_task(gauges.keep_fresh(db_pool, 0.5, stop))
    (prometheus_dir / "prometheus.yml").write_text(
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        "scrape_configs:\n"
        f"  - job_name: reinterview\n    static_configs: [{{targets: ['127.0.0.1:{service_port}']}}]\n"
        f"  - job_name: temporal-sdk\n    static_configs: [{{targets: ['127.0.0.1:{sdk_port}']}}]\n"
    )
    prom = subprocess.Popen(
        [
            PROMETHEUS,
            f"--config.file={prometheus_dir / 'prometheus.yml'}",
            f"--storage.tsdb.path={prometheus_dir / 'data'}",
            f"--web.listen-address=127.0.0.1:{prom_port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(prometheus_dir / "log").open("w"),
    )
    gateway = InboundGateway(settings, db_pool, client, retry_every=3600)
    await gateway.start()
    worker = build_worker(client, settings, db_pool, metrics=metrics, task_queue=task_queue)
    try:
        async with worker:
            yield {"client": client, "gateway": gateway, "prometheus": f"http://127.0.0.1:{prom_port}"}
    finally:
        await gateway.stop()
        stop.set()
        await refresher
        prom.terminate()
        prom.wait(timeout=30)
        server.shutdown()
        server.server_close()


async def _smtp(gateway: InboundGateway, raw: bytes, to: str) -> None:
    await aiosmtplib.send(
        raw, sender="someone@example.com", recipients=[to], hostname="127.0.0.1", port=gateway.port, timeout=10
    )


async def test_every_panel_returns_data_from_prometheus_scraping_the_stack(
    stack: dict[str, Any],
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    task_queue: str,
    settings: Settings,
) -> None:
    client: Client = stack["client"]
    data, ids = archive(await dev_env.get_current_time())
    await ArchiveRepository(db_pool).import_archive(data)
    trigger = TriggerSignal.model_validate(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"ai-new-{ids['candidate']}",
                "completed": True,
                "overall_score": 71,
                "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
            },
        }
    )
    handle = await reinterviews.trigger(client, task_queue, ids["candidate"], ids["job"], trigger, None)
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    candidate = data.candidates[0].email or ""

    def invitations() -> list[Any]:
        return [m.message for m in mail_sink.received if any(candidate in r for r in m.rcpt_tos)]

    invite = (await until_true(invitations, what="the invitation"))[-1]
    await _smtp(stack["gateway"], reply_to(invite, "确认参加，谢谢！"), invite["Reply-To"].addresses[0].addr_spec)
    await until_stage(handle, "scheduled", waiting=False)
    # A dead letter: a genuinely signed reply address (RCPT refuses any other) of a run the service never had.
    nowhere = reply_address(settings, KeyRing.from_settings(settings), "no-such-run", datetime.now(UTC))
    junk = EmailMessage()
    junk["From"], junk["To"], junk["Subject"] = "x@example.com", nowhere, "hi"
    junk.set_content("hello")
    await _smtp(stack["gateway"], junk.as_bytes(), nowhere)
    await handle.signal("cancel", CancelRequest(reason="dashboard test", by="hr"))
    await handle.result()
    await stack["gateway"].idle()
    # a second attempt stays open (awaiting the candidate), so the open-runs panel has a stage to show
    again = TriggerSignal.model_validate({"kind": "manual", "reason": "second attempt"})
    second = await reinterviews.trigger(client, task_queue, ids["candidate"], ids["job"], again, None)
    await until_stage(second, "awaiting_confirmation", waiting=False)

    prometheus = stack["prometheus"]

    def scraped() -> list[str]:
        """What is still missing (empty when Prometheus has the ended run from both endpoints)."""
        names = set(_get(f"{prometheus}/api/v1/label/__name__/values")["data"])
        up = _get(f"{prometheus}/api/v1/query?query=" + urllib.parse.quote('reinterview_runs{outcome="cancelled"}'))
        open_runs = _get(f"{prometheus}/api/v1/query?query=" + urllib.parse.quote('reinterview_runs{outcome="none"}'))
        missing = [] if up["data"]["result"] and open_runs["data"]["result"] else ["reinterview_runs"]
        targets = _get(f"{prometheus}/api/v1/targets")["data"]["activeTargets"]
        down = [f"{t['scrapeUrl']}: {t['lastError']}" for t in targets if t["health"] != "up"]
        temporal = sorted(n for n in names if n.startswith("temporal_"))
        return missing + down + ([] if "temporal_workflow_completed" in names else [f"sdk: {temporal}"])

    await eventually(
        lambda: asyncio.to_thread(scraped), lambda m: not m, what="Prometheus scraped the ended run", timeout=90
    )
    await asyncio.sleep(3)  # a few more samples, so increase()/rate() over the window have two points
    empty: list[str] = []
    for title, expr in queries(build()):
        answer = await asyncio.to_thread(_get, f"{prometheus}/api/v1/query?query=" + urllib.parse.quote(_promql(expr)))
        assert answer["status"] == "success", (title, expr, answer)
        if not answer["data"]["result"]:
            empty.append(f"{title}: {expr}")
    assert not empty, "panels without data:\n" + "\n".join(empty)


def test_compose_provisions_prometheus_and_grafana_with_the_dashboard() -> None:
    import yaml

    root = Path(__file__).resolve().parents[2]
    compose = yaml.safe_load((root / "docker-compose.yml").read_text(encoding="utf-8"))
    services, configs = compose["services"], compose["configs"]
    grafana, prometheus = services["grafana"], services["prometheus"]
    for service in (grafana, prometheus):
        assert "ports" not in service  # reached only through the auth proxy (Grafana) or not at all (Prometheus)
    assert grafana["environment"]["GF_AUTH_PROXY_ENABLED"] == "true"
    assert grafana["environment"]["GF_AUTH_DISABLE_LOGIN_FORM"] == "true"
    mounted = {c["source"]: c["target"] for c in grafana["configs"]}
    assert (root / configs["grafana-dashboard"]["file"]).resolve() == OUT
    provider = yaml.safe_load(configs["grafana-dashboard-provider"]["content"])
    assert provider["providers"][0]["options"]["path"] == str(Path(mounted["grafana-dashboard"]).parent)
    scrape = yaml.safe_load(configs["prometheus-config"]["content"])
    ports = {(j["job_name"], sd["port"]) for j in scrape["scrape_configs"] for sd in j["dns_sd_configs"]}
    worker_env = services["worker"]["environment"]
    assert ("reinterview", int(worker_env["REINTERVIEW_METRICS_PORT"])) in ports
    assert ("temporal-sdk", int(worker_env["REINTERVIEW_TEMPORAL_METRICS_ADDRESS"].rsplit(":", 1)[1])) in ports
