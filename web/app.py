"""The HTTP side: signed links from emails (R-V2) on settings.http_port.

`GET /l/<token>` for an answer link shows what it will do and a button; the `POST` that button sends is what
signals the workflow, so mail scanners that prefetch links cannot answer for the candidate. `GET` of a
"view report" link signals `report_viewed` and shows the report. A tampered, expired or stale link gets an
error page and changes nothing. `build_web_app` returns the application so more routes can be mounted.

When codec keys and a codec token are configured, the codec server (codec.server) is mounted at `/codec`:
`POST /codec/decode` with the bearer token for the CLI, `POST /codec/<token>/decode` for the Web UI.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import asyncpg
from aiohttp import web
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from codec.server import codec_app
from inbound import repository as repo
from inbound.connections import open_connections
from inbound.intent import slot_reply
from inbound.tokens import KeyRing, TokenError, load_or_create_signing_keys
from schemas.contract import CandidateReply, ReportViewed
from service.settings import Settings
from service.shutdown import shutdown_deadline, stop_on_signals
from web import pages
from web.links import LINK_PATH, LinkClaims, link_message_id, token_digest, verify_link_token
from web.repository import LinkRepository

log = logging.getLogger("web")

SETTINGS = web.AppKey("settings", Settings)
CLIENT = web.AppKey("client", Client)
POOL = web.AppKey("pool", asyncpg.Pool)
RING = web.AppKey("ring", KeyRing)
CODEC_PATH = "/codec"

_SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8", headers=_SECURITY_HEADERS)


def _error(problem: str) -> web.Response:
    status, body = pages.error_page(problem)
    return _html(body, status)


class _Refused(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


async def _claims(request: web.Request) -> tuple[str, LinkClaims]:
    token = request.match_info["token"]
    try:
        return token, verify_link_token(request.app[RING], token, datetime.now(UTC))
    except TokenError as exc:
        raise _Refused(exc.reason) from None


async def _check_open(pool: asyncpg.Pool, claims: LinkClaims) -> None:
    run = await repo.run(pool, claims.run_id)
    if run is not None and run.outcome is not None:
        raise _Refused("closed")


async def show_link(request: web.Request) -> web.Response:
    """Answer links: show what the link does and a button; report links: record the view and show the report."""
    try:
        token, claims = await _claims(request)
        if claims.action == "report":
            return await _view_report(request, token, claims)
        pool = request.app[POOL]
        await _check_open(pool, claims)
        if await LinkRepository(pool).used(token_digest(token)):
            return _html(pages.done_page(claims.action, claims.slot, repeated=True))
        return _html(pages.confirm_page(claims.action, claims.slot, request.path))
    except _Refused as refused:
        return _error(refused.problem)


async def answer_link(request: web.Request) -> web.Response:
    """Signal `candidate_reply` for a confirm / slot / decline link (once per link; repeats change nothing)."""
    try:
        token, claims = await _claims(request)
        if claims.action == "report":
            return await _view_report(request, token, claims)
        pool = request.app[POOL]
        links = LinkRepository(pool)
        await _check_open(pool, claims)
        if await links.used(token_digest(token)):
            await links.record_use(token_digest(token), claims)
            return _html(pages.done_page(claims.action, claims.slot, repeated=True))
        if (
            claims.action in ("confirm", "slot")
            and claims.email_ref
            and await repo.superseded(pool, claims.workflow_id, claims.email_ref)
        ):
            raise _Refused("superseded")
        reply = _reply(claims, link_message_id(token, request.app[SETTINGS]))
        await _signal(request.app[CLIENT], claims, "candidate_reply", reply)
        await links.record_use(token_digest(token), claims)
        return _html(pages.done_page(claims.action, claims.slot, repeated=False))
    except _Refused as refused:
        return _error(refused.problem)


def _reply(claims: LinkClaims, message_id: str) -> CandidateReply:
    """The `candidate_reply` an answer link stands for (the same mapping as emailed answers)."""
    if claims.action == "decline":
        return CandidateReply(intent="decline", text="(signed link: decline)", message_id=message_id)
    if claims.action == "slot" and claims.slot is not None:
        return CandidateReply(
            intent=slot_reply(claims.slot),
            slot=claims.slot,
            text=f"(signed link: option {claims.slot})",
            message_id=message_id,
        )
    return CandidateReply(intent="confirm", text="(signed link: confirm)", message_id=message_id)


async def _view_report(request: web.Request, token: str, claims: LinkClaims) -> web.Response:
    pool = request.app[POOL]
    links = LinkRepository(pool)
    kind = "interview_plan" if request.query.get("view") == "plan" else "analysis"
    html = await links.report_html(claims.run_id, kind)
    if html is None:
        raise _Refused("no_report")
    viewed = ReportViewed(by=claims.by or "interviewer", at=datetime.now(UTC))
    try:
        await _signal(request.app[CLIENT], claims, "report_viewed", viewed)
    except _Refused as refused:
        if refused.problem != "closed":
            raise
        # The run has ended; the report is still the interviewer's to read.
    await links.record_use(token_digest(token), claims)
    return web.Response(
        text=html,
        content_type="text/html",
        charset="utf-8",
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


async def _signal(client: Client, claims: LinkClaims, name: str, arg: object) -> None:
    handle = client.get_workflow_handle(claims.workflow_id, run_id=claims.run_id)
    try:
        await handle.signal(name, arg)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise _Refused("closed") from None
        log.warning("signal %s to %s failed: %s", name, claims.workflow_id, exc)
        raise _Refused("unavailable") from None


async def health(request: web.Request) -> web.Response:
    """Liveness for the stack and load balancers."""
    return web.json_response({"status": "ok"})


def build_web_app(settings: Settings, client: Client, pool: asyncpg.Pool) -> web.Application:
    """The aiohttp application with the signed-link routes; mount more routes or sub-apps on it."""
    app = web.Application()
    app[SETTINGS] = settings
    app[CLIENT] = client
    app[POOL] = pool
    app[RING] = KeyRing.from_settings(settings)
    app.router.add_get(f"{LINK_PATH}/{{token}}", show_link)
    app.router.add_post(f"{LINK_PATH}/{{token}}", answer_link)
    app.router.add_get("/healthz", health)
    # Never on the published link host (http_role "links"): the codec is for the proxy's UI host and backends.
    if settings.codec_keys and settings.codec_token and settings.http_role != "links":
        app.add_subapp(CODEC_PATH, codec_app(settings))
    return app


async def run_web(
    settings: Settings,
    *,
    pool: asyncpg.Pool | None = None,
    client: Client | None = None,
    stop: asyncio.Event | None = None,
    app: web.Application | None = None,
) -> None:
    """Serve the app (built here unless given) on http_host:http_port until `stop` (or SIGINT/SIGTERM)."""
    settings = load_or_create_signing_keys(settings)
    if stop is None:
        stop = stop_on_signals(exit_after=shutdown_deadline(settings.graceful_shutdown))
    async with open_connections(settings, pool, client) as (db, temporal):
        runner = web.AppRunner(app or build_web_app(settings, temporal, db), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, settings.http_host, settings.http_port).start()
            log.info("signed links served on http://%s:%s", settings.http_host, settings.http_port)
            if settings.codec_keys and settings.codec_token and settings.http_role != "links":
                log.info(
                    "codec server on http://%s:%s%s (current key id %s)",
                    settings.http_host,
                    settings.http_port,
                    CODEC_PATH,
                    settings.codec_key_id,
                )
            await stop.wait()
        finally:
            await runner.cleanup()
