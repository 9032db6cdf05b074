"""The HTTP side (settings.http_port): signed links from emails (R-V2), the interviewer's scorecard (R-H1), HR's
pages (R-H2) and, when configured, the codec server.

`GET /l/<token>` for an answer link shows what it will do and a button; the `POST` that button sends is what
signals the workflow, so mail scanners that prefetch links cannot answer for the candidate. A `choose` link ("that
is not what I meant") opens the page of web.choose, which may be used again until the interview. No GET (or HEAD)
ever signals: a "view report" link shows the report with a button that records "report viewed". A link is
used once, recognised by its verified claims (any spelling of the token is refused but one). A tampered,
expired or stale link gets an error page and changes nothing. Every response carries the security headers
(web.common). Once a run has ended, its internal reports are shown only to HR (an HR session).

When codec keys and a codec token are configured, the codec server (codec.server) is mounted at `/codec`:
`POST /codec/decode` with the bearer token for the CLI, `POST /codec/<token>/decode` for the Web UI.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

import asyncpg
from aiohttp import web
from temporalio.client import Client

from codec.server import codec_app
from inbound import repository as repo
from inbound.connections import open_connections
from inbound.intent import slot_reply
from inbound.tokens import KeyRing, TokenError, load_or_create_signing_keys
from schemas.contract import CandidateReply, ReportViewed
from schemas.inbound import reply_action
from service.settings import Settings
from service.shutdown import shutdown_deadline, stop_on_signals
from web import analytics, choose, held_replies, hr, pages, rating, scorecard
from web.common import (
    CLIENT,
    POOL,
    RING,
    SETTINGS,
    Refused,
    add_security_headers,
    error,
    html,
    log,
    signal,
)
from web.hr_auth import identify, now_utc
from web.links import (
    CANDIDATE_ACTIONS,
    LINK_PATH,
    LinkClaims,
    claims_digest,
    link_message_id,
    use_digests,
    verify_link_token,
)
from web.repository import LinkRepository

__all__ = ["CLIENT", "POOL", "RING", "SETTINGS", "build_web_app", "run_web"]

CODEC_PATH = "/codec"
_BODY_OPEN = re.compile(r"<body[^>]*>", re.IGNORECASE)


async def _claims(request: web.Request) -> tuple[str, LinkClaims]:
    token = request.match_info["token"]
    try:
        claims = verify_link_token(request.app[RING], token, datetime.now(UTC))
    except TokenError as exc:
        raise Refused(exc.reason) from None
    if claims.action not in CANDIDATE_ACTIONS and claims.action not in ("report", "choose"):
        raise Refused("wrong_page")
    return token, claims


async def _check_open(pool: asyncpg.Pool, claims: LinkClaims) -> None:
    run = await repo.run(pool, claims.run_id)
    if run is not None and run.outcome is not None:
        raise Refused("closed")


def _used_digests(request: web.Request, token: str, claims: LinkClaims) -> list[str]:
    return use_digests(token, claims, datetime.now(UTC), request.app[SETTINGS].link_ttl)


async def show_link(request: web.Request) -> web.Response:
    """Answer links: show what the link does and a button; report links: the report with a "read" button."""
    try:
        token, claims = await _claims(request)
        if claims.action == "report":
            return await _report_page(request, claims, viewed=False)
        if claims.action == "choose":
            return await choose.show(request, claims)
        pool = request.app[POOL]
        await _check_open(pool, claims)
        if await LinkRepository(pool).used(_used_digests(request, token, claims)):
            return html(pages.done_page(claims.action, claims.slot, repeated=True))
        return html(pages.confirm_page(claims.action, claims.slot, request.path))
    except Refused as refused:
        return error(refused.problem)


async def answer_link(request: web.Request) -> web.Response:
    """Signal `candidate_reply` for a confirm / slot / decline link (once per link; repeats change nothing), or
    `report_viewed` for the report page's button."""
    try:
        token, claims = await _claims(request)
        pool = request.app[POOL]
        links = LinkRepository(pool)
        if claims.action == "report":
            return await _record_view(request, token, claims)
        if claims.action == "choose":
            return await choose.choose(request, claims)
        await _check_open(pool, claims)
        if await links.used(_used_digests(request, token, claims)):
            await links.record_use(claims_digest(claims), claims)
            return html(pages.done_page(claims.action, claims.slot, repeated=True))
        if (
            claims.action in ("confirm", "slot")
            and claims.email_ref
            and await repo.superseded(pool, claims.workflow_id, claims.email_ref)
        ):
            raise Refused("superseded")
        reply = _reply(claims, link_message_id(claims, request.app[SETTINGS]))
        await signal(request.app[CLIENT], claims.workflow_id, claims.run_id, "candidate_reply", reply)
        await links.record_use(claims_digest(claims), claims)
        return html(pages.done_page(claims.action, claims.slot, repeated=False))
    except Refused as refused:
        return error(refused.problem)


def _reply(claims: LinkClaims, message_id: str) -> CandidateReply:
    """The `candidate_reply` an answer link stands for (the same mapping as emailed answers)."""
    if claims.action == "decline":
        return CandidateReply(intent="decline", text="(signed link: decline)", message_id=message_id, source="link")
    if claims.action == "slot" and claims.slot is not None:
        return CandidateReply(
            intent=reply_action(slot_reply(claims.slot)),
            slot=claims.slot,
            text=f"(signed link: option {claims.slot})",
            message_id=message_id,
            source="link",
        )
    return CandidateReply(intent="confirm", text="(signed link: confirm)", message_id=message_id, source="link")


async def _report_page(request: web.Request, claims: LinkClaims, *, viewed: bool) -> web.Response:
    """The stored internal report; while the run is open, with a button that records "report viewed". Once the
    run has ended, only an HR session sees it."""
    pool = request.app[POOL]
    links = LinkRepository(pool)
    run = await links.run(claims.run_id)
    ended = run is not None and run.outcome is not None
    if ended and identify(request.app[SETTINGS], request.app[RING], request, now_utc()) is None:
        raise Refused("report_closed")
    kind = "interview_plan" if request.query.get("view") == "plan" else "analysis"
    body = await links.report_html(claims.run_id, kind)
    if body is None:
        raise Refused("no_report")
    if not ended:
        bar = pages.render("report_bar.html", viewed=viewed, action=request.path_qs)
        match = _BODY_OPEN.search(body)
        body = body[: match.end()] + bar + body[match.end() :] if match else bar + body
    return html(body)


async def _record_view(request: web.Request, token: str, claims: LinkClaims) -> web.Response:
    """The report page's button: `report_viewed` once per link (the workflow tells the candidate once)."""
    links = LinkRepository(request.app[POOL])
    await _check_open(request.app[POOL], claims)
    if not await links.used(_used_digests(request, token, claims)):
        viewed = ReportViewed(by=claims.by or "interviewer", at=datetime.now(UTC))
        await signal(request.app[CLIENT], claims.workflow_id, claims.run_id, "report_viewed", viewed)
    await links.record_use(claims_digest(claims), claims)
    return await _report_page(request, claims, viewed=True)


async def health(request: web.Request) -> web.Response:
    """Liveness for the stack and load balancers."""
    return web.json_response({"status": "ok"})


def build_web_app(settings: Settings, client: Client, pool: asyncpg.Pool) -> web.Application:
    """The aiohttp application with every page; mount more routes or sub-apps on it."""
    app = web.Application()
    app[SETTINGS] = settings
    app[CLIENT] = client
    app[POOL] = pool
    app[RING] = KeyRing.from_settings(settings)
    app.on_response_prepare.append(add_security_headers)
    app.router.add_get(f"{LINK_PATH}/{{token}}", show_link)
    app.router.add_post(f"{LINK_PATH}/{{token}}", answer_link)
    scorecard.register(app)
    hr.register(app)
    analytics.register(app)
    rating.register(app)
    app.router.add_get("/healthz", health)
    held_replies.add_routes(app, POOL, RING)
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
