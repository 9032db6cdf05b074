"""The operations dashboard for the service's Prometheus metrics, built with grafana-foundation-sdk.

`python -m ops.grafana.dashboard` rewrites ops/grafana/dashboards/reinterview.json (what docker-compose.yml provisions);
tests/ops check the file is what this builds and run every panel's query against a real Prometheus.

Panels: runs by stage, runs ended by outcome, outcomes by trigger kind, emails sent by template, outbound emails
by status, replies by intent, dead letters by reason, trigger → confirmation time (p50/p90 and the histogram),
workflow and activity task latency, task slots, sticky cache, poll and request failures (the SDK's temporal_*).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import bargauge, dashboard, prometheus, stat, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.common import BarGaugeDisplayMode, GraphDrawStyle, VizOrientation
from grafana_foundation_sdk.models.dashboard import DataSourceRef

OUT = Path(__file__).resolve().parent / "dashboards" / "reinterview.json"
UID = "reinterview-ops"
DATASOURCE = DataSourceRef(type_val="prometheus", uid="${datasource}")

# (title, description, unit, kind, [(expr, legend)]); kind: "bars" (now, by label), "series" (over time), "stat"
PANELS: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    (
        "Open runs by stage",
        "Re-interview runs that have not ended, by stage (PostgreSQL, refreshed by the worker).",
        "short",
        "bars",
        [('sum by (stage) (reinterview_runs{outcome="none"})', "{{stage}}")],
    ),
    (
        "Runs ended by outcome",
        "Every ended run in PostgreSQL, by outcome.",
        "short",
        "bars",
        [('sum by (outcome) (reinterview_runs{outcome!="none"})', "{{outcome}}")],
    ),
    (
        "Outcomes by trigger kind",
        "Runs ended in the time range, by outcome and trigger kind (the worker's counter).",
        "short",
        "series",
        [
            (
                "sum by (outcome, trigger_kind) (increase(reinterview_outcomes_total[$__rate_interval]))",
                "{{outcome}} · {{trigger_kind}}",
            )
        ],
    ),
    (
        "Emails sent by template",
        "Emails sent per interval, by template (the outbox in PostgreSQL: once per idempotency key).",
        "short",
        "series",
        [
            (
                'sum by (template) (delta(reinterview_outbound_emails{status="sent"}[$__rate_interval]))',
                "{{template}}",
            )
        ],
    ),
    (
        "Outbound emails by status",
        "The outbox: sent, and pending (claimed, not yet confirmed by SMTP).",
        "short",
        "bars",
        [("sum by (status) (reinterview_outbound_emails)", "{{status}}")],
    ),
    (
        "Replies by intent",
        "Inbound replies that reached a workflow, by what the candidate meant.",
        "short",
        "bars",
        [('sum by (intent) (reinterview_inbound_mail{status="signalled"})', "{{intent}}")],
    ),
    (
        "Dead letters by reason",
        "Inbound mail kept aside: it reached no workflow (starter.py mail dead-letters lists them).",
        "short",
        "bars",
        [("sum by (reason) (reinterview_dead_letters_kept)", "{{reason}}")],
    ),
    (
        "Trigger → confirmation (p50, p90)",
        "From a re-interview's trigger to the candidate's confirmed time, over the last 24 h of confirmations.",
        "s",
        "stat",
        [
            (
                (
                    "histogram_quantile(0.5, sum by (le)"
                    " (increase(reinterview_trigger_to_confirmation_seconds_bucket[1d])))"
                ),
                "p50",
            ),
            (
                (
                    "histogram_quantile(0.9, sum by (le)"
                    " (increase(reinterview_trigger_to_confirmation_seconds_bucket[1d])))"
                ),
                "p90",
            ),
        ],
    ),
    (
        "Trigger → confirmation histogram",
        "How many confirmations fell in each bucket (cumulative counts, seconds).",
        "short",
        "bars",
        [("sum by (le) (reinterview_trigger_to_confirmation_seconds_bucket)", "≤ {{le}} s")],
    ),
    (
        "Workflow task latency p90",
        "The SDK's workflow task execution latency (temporal_*, milliseconds), by workflow type.",
        "ms",
        "series",
        [
            (
                (
                    "histogram_quantile(0.9, sum by (le, workflow_type)"
                    " (rate(temporal_workflow_task_execution_latency_bucket[$__rate_interval])))"
                ),
                "{{workflow_type}}",
            )
        ],
    ),
    (
        "Activity execution latency p90",
        "The SDK's activity execution latency (milliseconds), by activity type.",
        "ms",
        "series",
        [
            (
                (
                    "histogram_quantile(0.9, sum by (le, activity_type)"
                    " (rate(temporal_activity_execution_latency_bucket[$__rate_interval])))"
                ),
                "{{activity_type}}",
            )
        ],
    ),
    (
        "Workflow task schedule-to-start p90",
        "How long workflow tasks wait for a worker (milliseconds): rising means too few workers.",
        "ms",
        "series",
        [
            (
                (
                    "histogram_quantile(0.9, sum by (le)"
                    " (rate(temporal_workflow_task_schedule_to_start_latency_bucket[$__rate_interval])))"
                ),
                "workflow tasks",
            ),
            (
                (
                    "histogram_quantile(0.9, sum by (le)"
                    " (rate(temporal_activity_schedule_to_start_latency_bucket[$__rate_interval])))"
                ),
                "activity tasks",
            ),
        ],
    ),
    (
        "Task slots available",
        "Free workflow and activity task slots per worker: at 0 the worker is saturated.",
        "short",
        "series",
        [("sum by (worker_type) (temporal_worker_task_slots_available)", "{{worker_type}}")],
    ),
    (
        "Sticky cache size",
        "Workflows kept in the worker's cache.",
        "short",
        "series",
        [("sum(temporal_sticky_cache_size)", "cached workflows")],
    ),
    (
        "Requests and failures to the Temporal service",
        "The client's RPC rate, and failed RPCs (anything above 0 deserves a look).",
        "reqps",
        "series",
        [
            ("sum by (operation) (rate(temporal_request[$__rate_interval]))", "{{operation}}"),
            ("sum(rate(temporal_request_failure[$__rate_interval])) or vector(0)", "failures"),
        ],
    ),
    (
        "Workflows completed",
        "Workflow executions the worker completed per interval, by type.",
        "short",
        "series",
        [
            (
                "sum by (workflow_type) (increase(temporal_workflow_completed[$__rate_interval]))",
                "{{workflow_type}}",
            )
        ],
    ),
]


def _target(expr: str, legend: str, ref: str, instant: bool) -> prometheus.Dataquery:
    query = prometheus.Dataquery().expr(expr).legend_format(legend).ref_id(ref).datasource(DATASOURCE)
    return query.instant() if instant else query.range()


def build() -> dict[str, Any]:
    """The dashboard as Grafana's JSON model."""
    datasource = dashboard.DatasourceVariable("datasource").label("Prometheus").type("prometheus")
    board = (
        dashboard.Dashboard("Re-interview service")
        .uid(UID)
        .tags(["reinterview"])
        .refresh("30s")
        .time("now-24h", "now")
        .timezone("browser")
        .with_variable(datasource)
    )
    for index, (title, description, unit, kind, queries) in enumerate(PANELS):
        width, height = 12, 8
        x, y = (index % 2) * width, (index // 2) * height
        builder: Any
        if kind == "bars":
            builder = bargauge.Panel().display_mode(BarGaugeDisplayMode.BASIC).orientation(VizOrientation.HORIZONTAL)
        elif kind == "stat":
            builder = stat.Panel()
        else:
            builder = timeseries.Panel().draw_style(GraphDrawStyle.LINE).fill_opacity(10)
        builder = builder.title(title).description(description).unit(unit).datasource(DATASOURCE)
        builder = builder.grid_pos(_grid(x, y, width, height))
        for n, (expr, legend) in enumerate(queries):
            builder = builder.with_target(_target(expr, legend, chr(ord("A") + n), instant=kind != "series"))
        board = board.with_panel(builder)
    data: dict[str, Any] = json.loads(JSONEncoder(sort_keys=True, indent=2).encode(board.build()))
    return data


def _grid(x: int, y: int, w: int, h: int) -> Any:
    from grafana_foundation_sdk.models.dashboard import GridPos

    return GridPos(h=h, w=w, x=x, y=y)


def queries(model: dict[str, Any]) -> list[tuple[str, str]]:
    """(panel title, PromQL) of every panel's every target in a dashboard JSON model."""
    return [(p["title"], t["expr"]) for p in model.get("panels", []) for t in p.get("targets", [])]


def render() -> str:
    return json.dumps(build(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
