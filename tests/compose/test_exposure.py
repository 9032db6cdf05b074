"""The compose stack is safe as shipped: only the link host, inbound SMTP and the authenticating proxy are
published; the codec is never on the link host; the Temporal frontend requires mTLS from every client. The same
checks reject the file as it was before (kept as a fixture), so they can fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.compose.exposure import exposure_problems, mtls_problems, published_ports
from tests.compose.test_compose_file import REQUIRED_SECRETS, interpolate

ROOT = Path(__file__).resolve().parents[2]
BEFORE = Path(__file__).parent / "fixtures" / "docker-compose.before-issue-16.yml"


def load(path: Path) -> dict[str, Any]:
    return interpolate(yaml.safe_load(path.read_text(encoding="utf-8")), dict(REQUIRED_SECRETS))


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    return load(ROOT / "docker-compose.yml")


def test_only_the_link_host_inbound_smtp_and_the_proxy_are_published(current: dict[str, Any]) -> None:
    assert exposure_problems(current) == []
    published = {name: [t for _, t in published_ports(s)] for name, s in current["services"].items() if s.get("ports")}
    assert published == {"web": [8088], "inbound": [2525], "auth-proxy": [4180]}


def test_the_frontend_requires_mtls_from_every_client(current: dict[str, Any]) -> None:
    assert mtls_problems(current) == []
    certs = current["services"]["temporal-certs"]["command"]
    for role in ("worker", "gateway", "web", "admin", "ui"):
        assert f"--client={role}" in certs


def test_the_file_before_issue_16_is_rejected() -> None:
    problems = exposure_problems(load(BEFORE))
    assert "temporal: publishes container port 7233 (as 7233)" in problems
    assert "temporal-ui: publishes container port 8080 (as 8080)" in problems
    assert "mailpit: publishes container port 8025 (as 8025)" in problems
    assert any(p.startswith("web: serves the link host on 8088") for p in problems)
    assert any("codec endpoint http://localhost:8088/codec/" in p and "on the link host" in p for p in problems)
    assert "temporal-ui: its codec endpoint carries the codec token (readable from /api/v1/settings)" in problems
    assert "temporal: the frontend does not require client certificates (TEMPORAL_TLS_REQUIRE_CLIENT_AUTH)" in (
        mtls_problems(load(BEFORE))
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s["mailpit"].update(ports=["127.0.0.1:8025:8025"]), "mailpit: publishes container port 8025"),
        (lambda s: s["web-internal"].update(ports=["8089"]), "web-internal: publishes container port 8089"),
        (lambda s: s["grafana"].update(ports=[{"target": 3000, "published": 3000}]), "grafana: publishes"),
        (lambda s: s["worker"].update(network_mode="host"), "worker: network_mode host"),
        (lambda s: s["web"]["environment"].update(REINTERVIEW_HTTP_ROLE="all"), "web: serves the link host"),
        (lambda s: s["web"]["environment"].pop("REINTERVIEW_HTTP_ROLE"), "web: serves the link host"),
        (
            lambda s: s["temporal-ui"]["environment"].update(TEMPORAL_CODEC_ENDPOINT="http://localhost:8088/codec"),
            "temporal-ui: its codec endpoint http://localhost:8088/codec is on the link host",
        ),
    ],
)
def test_each_kind_of_exposure_is_caught(current: dict[str, Any], change: Any, expected: str) -> None:
    import copy

    broken = copy.deepcopy(current)
    change(broken["services"])
    assert any(p.startswith(expected) for p in exposure_problems(broken)), exposure_problems(broken)


def test_a_client_without_its_certificate_is_caught(current: dict[str, Any]) -> None:
    import copy

    broken = copy.deepcopy(current)
    del broken["services"]["temporal-ui"]["environment"]["TEMPORAL_TLS_CERT"]
    broken["services"]["temporal"]["environment"]["TEMPORAL_TLS_REQUIRE_CLIENT_AUTH"] = "false"
    assert mtls_problems(broken) == [
        "temporal: the frontend does not require client certificates (TEMPORAL_TLS_REQUIRE_CLIENT_AUTH)",
        "temporal-ui: TEMPORAL_TLS_CERT is not set",
    ]
