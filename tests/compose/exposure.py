"""What a Compose file exposes, read statically: published ports against an allow-list, the codec's place, and mTLS
on the Temporal frontend. Used on docker-compose.yml and on the file as it was before issue 16 (a fixture)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# service -> container ports it may publish: the link host, inbound SMTP, the authenticating proxy. Nothing else.
ALLOWED_PUBLISHED = {"web": {8088}, "inbound": {2525}, "auth-proxy": {4180}}
LINK_HOST = ("web", 8088)
# Services that talk to the Temporal frontend, and the variables that give each its client certificate and key.
TEMPORAL_CLIENTS = {
    "worker": ("REINTERVIEW_TEMPORAL_TLS_CERT", "REINTERVIEW_TEMPORAL_TLS_KEY", "REINTERVIEW_TEMPORAL_TLS_CA"),
    "inbound": ("REINTERVIEW_TEMPORAL_TLS_CERT", "REINTERVIEW_TEMPORAL_TLS_KEY", "REINTERVIEW_TEMPORAL_TLS_CA"),
    "web": ("REINTERVIEW_TEMPORAL_TLS_CERT", "REINTERVIEW_TEMPORAL_TLS_KEY", "REINTERVIEW_TEMPORAL_TLS_CA"),
    "web-internal": ("REINTERVIEW_TEMPORAL_TLS_CERT", "REINTERVIEW_TEMPORAL_TLS_KEY", "REINTERVIEW_TEMPORAL_TLS_CA"),
    "migrate": ("REINTERVIEW_TEMPORAL_TLS_CERT", "REINTERVIEW_TEMPORAL_TLS_KEY", "REINTERVIEW_TEMPORAL_TLS_CA"),
    "temporal-ui": ("TEMPORAL_TLS_CERT", "TEMPORAL_TLS_KEY", "TEMPORAL_TLS_CA"),
    "temporal-namespace": (
        "TEMPORAL_TLS_CLIENT_CERT_PATH",
        "TEMPORAL_TLS_CLIENT_KEY_PATH",
        "TEMPORAL_TLS_SERVER_CA_CERT_PATH",
    ),
}
_TARGET = re.compile(r"^(?P<port>\d+)(?:-\d+)?(?:/\w+)?$")


def published_ports(service: dict[str, Any]) -> list[tuple[str, int]]:
    """(published, container port) of every `ports:` entry, short or long syntax."""
    found = []
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            found.append((str(entry.get("published", "")), int(entry["target"])))
            continue
        # [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]; an IPv6 host is bracketed, so the last colons separate.
        text = str(entry)
        head, _, target = text.rpartition(":")
        match = _TARGET.match(target)
        if match is None:
            raise ValueError(f"unreadable port entry {entry!r}")
        published = head.rpartition(":")[2] if head and not head.endswith("]") else ""
        found.append((published, int(match["port"])))
    return found


def exposure_problems(compose: dict[str, Any]) -> list[str]:
    """Everything the file exposes beyond the allow-list, and every codec route on the link host."""
    problems = []
    services = compose["services"]
    for name, service in services.items():
        if service.get("network_mode") == "host":
            problems.append(f"{name}: network_mode host publishes every port it listens on")
        for published, target in published_ports(service):
            if target not in ALLOWED_PUBLISHED.get(name, set()):
                problems.append(f"{name}: publishes container port {target} (as {published or 'a random port'})")

    link_service, link_port = LINK_HOST
    link = services.get(link_service, {})
    if any(target == link_port for _, target in published_ports(link)):
        role = (link.get("environment") or {}).get("REINTERVIEW_HTTP_ROLE")
        if role != "links":
            problems.append(
                f"{link_service}: serves the link host on {link_port} with REINTERVIEW_HTTP_ROLE={role!r}, so the "
                "codec server (/codec) is mounted there; it must be 'links'"
            )
    public_base = (link.get("environment") or {}).get("REINTERVIEW_PUBLIC_BASE_URL", "")
    endpoint = (services.get("temporal-ui", {}).get("environment") or {}).get("TEMPORAL_CODEC_ENDPOINT", "")
    if endpoint and public_base and _origin(endpoint) == _origin(public_base):
        problems.append(f"temporal-ui: its codec endpoint {endpoint} is on the link host {public_base}")
    token = (link.get("environment") or {}).get("REINTERVIEW_CODEC_TOKEN")
    if endpoint and token and token in endpoint:
        problems.append("temporal-ui: its codec endpoint carries the codec token (readable from /api/v1/settings)")
    return problems


def mtls_problems(compose: dict[str, Any]) -> list[str]:
    """The frontend must require client certificates, and every client must present one."""
    services = compose["services"]
    problems = []
    server = services.get("temporal", {}).get("environment") or {}
    if str(server.get("TEMPORAL_TLS_REQUIRE_CLIENT_AUTH", "")).lower() != "true":
        problems.append(
            "temporal: the frontend does not require client certificates (TEMPORAL_TLS_REQUIRE_CLIENT_AUTH)"
        )
    for name, variables in TEMPORAL_CLIENTS.items():
        if name not in services:
            problems.append(f"{name}: missing")
            continue
        env = services[name].get("environment") or {}
        for variable in variables:
            if not env.get(variable):
                problems.append(f"{name}: {variable} is not set")
    return problems


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname or "", parts.port
