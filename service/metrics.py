"""Prometheus metrics: the Temporal SDK runtime's own endpoint, and the service's counters and histograms.

Two endpoints per process, both scraped by Prometheus:
- the SDK runtime (`install_temporal_runtime`): `temporal_*` metrics of the client and worker — workflow and
  activity task latencies, schedule-to-start, slots in use, sticky cache size, poll results, request failures;
- ours (`serve_metrics`), with prometheus-client, names prefixed `reinterview_`:

- `reinterview_emails_sent_total{template, recipient}` counter: emails handed to SMTP (once per idempotency key);
- `reinterview_replies_total{intent}` counter: candidate replies that reached a workflow;
- `reinterview_dead_letters_total{reason}` counter: inbound mail kept as a dead letter;
- `reinterview_outcomes_total{outcome, trigger_kind}` counter: re-interviews ended;
- `reinterview_trigger_to_confirmation_seconds` histogram: from the trigger to the candidate's confirmation;
- `reinterview_requirement_change_candidates_total{result}` counter: candidates a requirement change reached
  (`started`, `merged` into a running re-interview, `already_done` by an earlier run of the change, `failed`).

Metrics are recorded from activities (never from workflow code, which replays). Label values are reduced to
small fixed vocabularies so a bad input can never create unbounded series.
"""

from __future__ import annotations

import re
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig

from schemas.contract import Outcome, TriggerKind

RECIPIENTS = frozenset({"candidate", "interviewer", "hr"})
INTENTS = frozenset({"confirm", "decline", "reschedule", "question", "unclear"})
REQUIREMENT_CHANGE_RESULTS = frozenset({"started", "merged", "already_done", "failed"})
OUTCOMES = frozenset(o.value for o in Outcome)
TRIGGER_KINDS = frozenset(k.value for k in TriggerKind)
# From minutes (a quick reply) to a week (reminder, escalation and expiry at the defaults, plus the weekend).
CONFIRMATION_BUCKETS_S = (
    60,
    300,
    900,
    1800,
    3600,
    3 * 3600,
    6 * 3600,
    12 * 3600,
    24 * 3600,
    36 * 3600,
    48 * 3600,
    72 * 3600,
    7 * 24 * 3600,
)
_TOKEN = re.compile(r"[^a-z0-9_]+")


def _token(value: str, known: frozenset[str] | None = None, *, limit: int = 40) -> str:
    """A label value: one of `known` when given (else `other`), otherwise lower-case `[a-z0-9_]`, capped."""
    cleaned = _TOKEN.sub("_", (value or "").strip().lower()).strip("_")[:limit] or "unknown"
    if known is not None and cleaned not in known:
        return "other"
    return cleaned


class ServiceMetrics:
    """The service's own metrics in one registry; built once per process and passed to the activity classes."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.emails_sent = Counter(
            "reinterview_emails_sent",
            "Emails handed to SMTP, once per idempotency key.",
            ["template", "recipient"],
            registry=self.registry,
        )
        self.replies = Counter(
            "reinterview_replies",
            "Candidate replies that reached a workflow, by intent.",
            ["intent"],
            registry=self.registry,
        )
        self.dead_letters = Counter(
            "reinterview_dead_letters",
            "Inbound mail kept as a dead letter, by reason.",
            ["reason"],
            registry=self.registry,
        )
        self.outcomes = Counter(
            "reinterview_outcomes",
            "Re-interviews ended, by outcome and trigger kind.",
            ["outcome", "trigger_kind"],
            registry=self.registry,
        )
        self.trigger_to_confirmation = Histogram(
            "reinterview_trigger_to_confirmation_seconds",
            "Seconds from a re-interview's trigger to the candidate's confirmed time.",
            buckets=CONFIRMATION_BUCKETS_S,
            registry=self.registry,
        )
        self.requirement_change_candidates = Counter(
            "reinterview_requirement_change_candidates",
            "Candidates a requirement change reached: started, merged into a running re-interview, already done "
            "by an earlier run of the same change, or failed.",
            ["result"],
            registry=self.registry,
        )

    def email_sent(self, template: str, recipient_kind: str) -> None:
        """Count one email handed to SMTP (call after the outbox marks it sent, not on a skipped duplicate)."""
        self.emails_sent.labels(template=_token(template), recipient=_token(recipient_kind, RECIPIENTS)).inc()

    def reply_received(self, intent: str) -> None:
        """Count one candidate reply signalled to a workflow."""
        self.replies.labels(intent=_token(intent, INTENTS)).inc()

    def dead_letter(self, reason: str) -> None:
        """Count one inbound message kept as a dead letter (`reason` is the row's reason code)."""
        self.dead_letters.labels(reason=_token(reason)).inc()

    def outcome(self, outcome: Outcome | str, trigger_kind: TriggerKind | str | None) -> None:
        """Count one re-interview that ended with `outcome`."""
        kind = "none" if trigger_kind is None else _token(str(trigger_kind), TRIGGER_KINDS)
        self.outcomes.labels(outcome=_token(str(outcome), OUTCOMES), trigger_kind=kind).inc()

    def confirmed_after(self, seconds: float) -> None:
        """Observe the time from the trigger (the run's start) to the candidate's confirmation."""
        self.trigger_to_confirmation.observe(max(0.0, seconds))

    def requirement_change_candidate(self, result: str) -> None:
        """Count one candidate a requirement change's fan-out reached."""
        self.requirement_change_candidates.labels(result=_token(result, REQUIREMENT_CHANGE_RESULTS)).inc()


def serve_metrics(metrics: ServiceMetrics, host: str, port: int) -> Any:
    """Serve `metrics` at http://host:port/metrics in a background thread; returns the server (`.shutdown()`)."""
    server, _thread = start_http_server(port, addr=host, registry=metrics.registry)
    return server


def temporal_runtime(bind_address: str) -> Runtime:
    """An SDK runtime whose client and worker metrics are served for Prometheus at http://bind_address/metrics."""
    return Runtime(telemetry=TelemetryConfig(metrics=PrometheusConfig(bind_address=bind_address)))


def install_temporal_runtime(bind_address: str) -> Runtime:
    """Make that runtime the process default; call once, before the first Client.connect."""
    runtime = temporal_runtime(bind_address)
    Runtime.set_default(runtime, error_if_already_set=True)
    return runtime
