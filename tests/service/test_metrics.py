"""Prometheus: our counters and histogram under their documented names, served over HTTP, and the SDK runtime's
own endpoint with the client's and worker's temporal_* metrics."""

from __future__ import annotations

import asyncio
import urllib.request

from prometheus_client import CollectorRegistry, generate_latest
from temporalio import workflow
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from schemas.contract import Outcome, TriggerKind
from service.metrics import ServiceMetrics, serve_metrics, temporal_runtime
from tests.fixtures.smtp import free_port


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return response.read().decode("utf-8")


def test_documented_names_and_labels() -> None:
    metrics = ServiceMetrics(CollectorRegistry())
    metrics.email_sent("invitation", "candidate")
    metrics.email_sent("invitation", "candidate")
    metrics.reply_received("confirm")
    metrics.reply_received("maybe later")
    metrics.dead_letter("Expired_Token")
    metrics.outcome("recommend_hire", "low_score")
    metrics.outcome("no_response", None)
    metrics.outcome(Outcome.NO_SHOW, TriggerKind.MANUAL)
    metrics.confirmed_after(2 * 3600)
    metrics.requirement_change_candidate("started")
    text = generate_latest(metrics.registry).decode()
    assert 'reinterview_emails_sent_total{recipient="candidate",template="invitation"} 2.0' in text
    assert 'reinterview_replies_total{intent="confirm"} 1.0' in text
    assert 'reinterview_replies_total{intent="other"} 1.0' in text  # free text never becomes a label value
    assert 'reinterview_dead_letters_total{reason="expired_token"} 1.0' in text
    assert 'reinterview_outcomes_total{outcome="recommend_hire",trigger_kind="low_score"} 1.0' in text
    assert 'reinterview_outcomes_total{outcome="no_response",trigger_kind="none"} 1.0' in text
    assert 'reinterview_outcomes_total{outcome="no_show",trigger_kind="manual"} 1.0' in text
    assert 'reinterview_trigger_to_confirmation_seconds_bucket{le="10800.0"} 1.0' in text
    assert 'reinterview_trigger_to_confirmation_seconds_bucket{le="3600.0"} 0.0' in text
    assert 'reinterview_requirement_change_candidates_total{result="started"} 1.0' in text


def test_service_metrics_are_served_over_http() -> None:
    metrics = ServiceMetrics(CollectorRegistry())
    metrics.dead_letter("bounce")
    port = free_port()
    server = serve_metrics(metrics, "127.0.0.1", port)
    try:
        assert 'reinterview_dead_letters_total{reason="bounce"} 1.0' in scrape(port)
    finally:
        server.shutdown()
        server.server_close()


@workflow.defn(name="MetricsProbe", sandboxed=False)
class MetricsProbe:
    """A trivial workflow, so the worker polls and the runtime reports worker metrics too."""

    @workflow.run
    async def run(self) -> None:
        return None


async def test_sdk_runtime_serves_temporal_metrics(dev_env: WorkflowEnvironment, task_queue: str) -> None:
    port = free_port()
    runtime = temporal_runtime(f"127.0.0.1:{port}")
    client = await Client.connect(dev_env.client.service_client.config.target_host, runtime=runtime)
    text = ""
    async with Worker(client, task_queue=task_queue, workflows=[MetricsProbe]):
        await client.execute_workflow(MetricsProbe.run, id=f"probe-{task_queue}", task_queue=task_queue)
        for _ in range(50):
            text = await asyncio.to_thread(scrape, port)
            if "temporal_request" in text and "temporal_workflow_completed" in text:
                break
            await asyncio.sleep(0.2)
    assert "temporal_request" in text and "temporal_workflow_completed" in text
