"""Answers to "did you send this?" (SPEC R-M4): the signed confirm / ignore links of a held reply.

`GET /h/<token>` shows the held reply and one button; only the `POST` that button sends acts, once: confirm
trusts the sender's address for this candidate from now on and puts the reply back to the gateway, which
applies it within its sweep interval; ignore keeps it as a dead letter (`sender_not_confirmed`). A tampered or
expired link, or a reply already answered, changes nothing.

Mounted by `web.app.build_web_app` with `held_replies.add_routes(app, POOL, RING)`.
"""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
from aiohttp import web

from inbound import repository as repo
from inbound.notices import HELD_PATH
from inbound.tokens import HeldClaims, KeyRing, TokenError, verify_held_token
from web import pages

_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8", headers=_HEADERS)


def _error(problem: str) -> web.Response:
    status, body = pages.error_page(problem)
    return _html(body, status)


def _claims(request: web.Request, ring: KeyRing) -> HeldClaims:
    return verify_held_token(ring, request.match_info["token"], datetime.now(UTC))


def _question_page(row: asyncpg.Record, claims: HeldClaims, form_action: str) -> str:
    sender = row["sender"] or row["mail_from"] or "?"
    excerpt = (row["reply_text"] or "")[:300]
    if claims.action == "confirm":
        return pages.page(
            kind="confirm",
            title_zh="确认这封回复是您发送的",
            title_en="Confirm that you sent this reply",
            text_zh=f"来自 {sender} 的回复：「{excerpt}」。"
            "确认后我们将处理这封回复，此后来自该地址的回复也将直接处理。",
            text_en=f"The reply from {sender}: \u201c{excerpt}\u201d. Once you confirm, we act on it, and on later "
            "replies from that address.",
            form_action=form_action,
            button_zh="是我发送的",
            button_en="Yes, I sent it",
        )
    return pages.page(
        kind="confirm",
        title_zh="忽略这封回复",
        title_en="Ignore this reply",
        text_zh=f"来自 {sender} 的回复：「{excerpt}」。忽略后不会做任何更改。",
        text_en=f"The reply from {sender}: \u201c{excerpt}\u201d. Ignoring it changes nothing.",
        form_action=form_action,
        button_zh="不是我，忽略",
        button_en="Not me, ignore it",
        button_class="decline",
    )


def _done_page(action: str, *, repeated: bool) -> str:
    if repeated:
        return pages.page(
            kind="done",
            title_zh="已处理过",
            title_en="Already answered",
            text_zh="这封回复此前已确认或忽略，无需再次操作。",
            text_en="This reply was already confirmed or ignored; there is nothing more to do.",
        )
    if action == "confirm":
        return pages.page(
            kind="done",
            title_zh="谢谢，已确认",
            title_en="Thank you, confirmed",
            text_zh="我们将在片刻内处理您的回复，并通过邮件告知结果。",
            text_en="We will act on your reply in a moment and tell you by email.",
        )
    return pages.page(
        kind="done",
        title_zh="已忽略",
        title_en="Ignored",
        text_zh="这封回复不会被处理。如有疑问请联系 HR。",
        text_en="That reply will not be acted on. Contact HR with any questions.",
    )


async def show_held(request: web.Request, pool: asyncpg.Pool, ring: KeyRing) -> web.Response:
    """What the link does, and one button (a GET never acts: mail scanners open links)."""
    try:
        claims = _claims(request, ring)
    except TokenError as exc:
        return _error(exc.reason)
    row = await repo.held_reply(pool, claims.inbound_id)
    if row is None:
        return _error("not_found")
    if row["status"] != "held":
        return _html(_done_page(claims.action, repeated=True))
    return _html(_question_page(row, claims, request.path))


async def answer_held(request: web.Request, pool: asyncpg.Pool, ring: KeyRing) -> web.Response:
    """Confirm (trust the sender, apply the reply) or ignore (dead letter), once."""
    try:
        claims = _claims(request, ring)
    except TokenError as exc:
        return _error(exc.reason)
    done = (
        await repo.confirm_held(pool, claims.inbound_id)
        if claims.action == "confirm"
        else await repo.ignore_held(pool, claims.inbound_id)
    )
    if not done and await repo.held_reply(pool, claims.inbound_id) is None:
        return _error("not_found")
    return _html(_done_page(claims.action, repeated=not done))


def add_routes(app: web.Application, pool: web.AppKey[asyncpg.Pool], ring: web.AppKey[KeyRing]) -> None:
    """Mount `GET|POST /h/<token>` on the web app, which holds the pool and the signing keys under these keys."""

    async def show(request: web.Request) -> web.Response:
        return await show_held(request, request.app[pool], request.app[ring])

    async def answer(request: web.Request) -> web.Response:
        return await answer_held(request, request.app[pool], request.app[ring])

    app.router.add_get(f"{HELD_PATH}/{{token}}", show)
    app.router.add_post(f"{HELD_PATH}/{{token}}", answer)
