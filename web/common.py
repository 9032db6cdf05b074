"""What every page of the web app shares: app keys, security headers, HTML responses, refusals, signalling."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import asyncpg
from aiohttp import web
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from inbound.tokens import KeyRing
from schemas.contract import StatusView
from service.settings import Settings
from web import pages

log = logging.getLogger("web")

SETTINGS = web.AppKey("settings", Settings)
CLIENT = web.AppKey("client", Client)
POOL = web.AppKey("pool", asyncpg.Pool)
RING = web.AppKey("ring", KeyRing)

# Pages carry no script, load nothing from elsewhere, post only to themselves and are never framed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # Every page names a person or acts for one: never kept by a browser or a shared cache.
    "Cache-Control": "no-store",
}


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every response gets the security headers (a handler's own values win)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)


def html(body: str, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8", headers=headers)


def error(problem: str) -> web.Response:
    status, body = pages.error_page(problem)
    return html(body, status)


class Refused(Exception):
    """A request that must change nothing; `problem` is a key of pages.ERRORS."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


async def signal(client: Client, workflow_id: str, run_id: str, name: str, arg: Any) -> None:
    """Signal one workflow run; Refused("closed") when it has ended, Refused("unavailable") when Temporal is not
    reachable."""
    handle = client.get_workflow_handle(workflow_id, run_id=run_id)
    try:
        await handle.signal(name, arg)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise Refused("closed") from None
        log.warning("signal %s to %s failed: %s", name, workflow_id, exc)
        raise Refused("unavailable") from None


async def run_stage(client: Client, workflow_id: str, run_id: str) -> str:
    """The run's stage as the workflow says (its PostgreSQL row is updated only at some steps)."""
    handle = client.get_workflow_handle(workflow_id, run_id=run_id)
    try:
        status = await handle.query("status", result_type=StatusView)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise Refused("closed") from None
        log.warning("status of %s not read: %s", workflow_id, exc)
        raise Refused("unavailable") from None
    if not isinstance(status, StatusView):
        raise Refused("unavailable")
    return status.stage.value
