"""Signed links in emails: confirm, pick slot N, decline (candidates) and view report (interviewers).

A link token is `<key id>.<base64url JSON claims>.<base64url HMAC-SHA256>`; the claims name the action, the
workflow run, the email the link was sent in and an expiry. Each email gets its own tokens, so a click on the
same link twice is recognisably the same answer (one `message_id`), while the next invitation's links are new.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from inbound.tokens import KeyRing, TokenError
from service.settings import Settings

LinkAction = Literal["confirm", "slot", "decline", "report"]
ACTIONS: tuple[LinkAction, ...] = ("confirm", "slot", "decline", "report")
LINK_PATH = "/l"
_KEY_ID = re.compile(r"^[a-z0-9]{1,16}$")
_B64 = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class LinkClaims:
    """What a link may do: `action` on the workflow run, for `slot` N, from the email `email_ref`."""

    action: LinkAction
    workflow_id: str
    run_id: str
    expires_at: datetime
    email_ref: str = ""
    slot: int | None = None
    by: Literal["interviewer", "hr"] | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint_link_token(ring: KeyRing, claims: LinkClaims) -> str:
    """Sign the claims with the current key."""
    body = {"a": claims.action, "w": claims.workflow_id, "r": claims.run_id, "e": int(claims.expires_at.timestamp())}
    if claims.email_ref:
        body["m"] = claims.email_ref
    if claims.slot is not None:
        body["n"] = claims.slot
    if claims.by is not None:
        body["b"] = claims.by
    payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=True).encode())
    mac = ring.sign(b"link", ring.current_id, payload.encode())
    return f"{ring.current_id}.{payload}.{_b64(mac)}"


def verify_link_token(ring: KeyRing, token: str, now: datetime) -> LinkClaims:
    """The claims of an authentic, unexpired link; raises TokenError (malformed, unknown_key, forged, expired)."""
    parts = token.split(".")
    if len(parts) != 3 or not _KEY_ID.match(parts[0]) or not all(_B64.match(p) for p in parts[1:]):
        raise TokenError("malformed", "not a link token")
    key_id, payload, signature = parts
    if key_id not in ring.keys:
        raise TokenError("unknown_key", f"signed with unknown key id {key_id!r}")
    try:
        mac = _unb64(signature)
    except (binascii.Error, ValueError):
        raise TokenError("malformed", "the signature is not base64url") from None
    if len(mac) != hashlib.sha256().digest_size:
        raise TokenError("malformed", "the signature is incomplete")
    if not hmac.compare_digest(mac, ring.sign(b"link", key_id, payload.encode())):
        raise TokenError("forged", "signature does not match")
    try:
        body = json.loads(_unb64(payload))
        action = body["a"]
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        claims = LinkClaims(
            action=action,
            workflow_id=str(body["w"]),
            run_id=str(body["r"]),
            expires_at=datetime.fromtimestamp(int(body["e"]), UTC),
            email_ref=str(body.get("m", "")),
            slot=int(body["n"]) if "n" in body else None,
            by=body.get("b"),
        )
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise TokenError("malformed", "the link's claims are unreadable") from None
    if now >= claims.expires_at:
        raise TokenError("expired", f"expired at {claims.expires_at.isoformat()}")
    return claims


def link_message_id(token: str, settings: Settings) -> str:
    """The `message_id` of the reply a link sends: the same for every click on one link."""
    return f"<link.{hashlib.sha256(token.encode()).hexdigest()[:40]}@{settings.reply_domain}>"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def link_url(settings: Settings, token: str) -> str:
    return f"{settings.public_base_url.rstrip('/')}{LINK_PATH}/{token}"


def invitation_links(
    settings: Settings, ring: KeyRing, workflow_id: str, run_id: str, email_ref: str, slot_count: int, now: datetime
) -> dict[str, object]:
    """`{confirm, decline, slots: [url for option 1..N]}` for an invitation or its reminder."""
    expires_at = now + settings.link_ttl

    def url(action: LinkAction, slot: int | None = None) -> str:
        claims = LinkClaims(
            action=action, workflow_id=workflow_id, run_id=run_id, expires_at=expires_at, email_ref=email_ref, slot=slot
        )
        return link_url(settings, mint_link_token(ring, claims))

    return {
        "confirm": url("confirm"),
        "decline": url("decline"),
        "slots": [url("slot", n) for n in range(1, slot_count + 1)],
    }


def report_link(
    settings: Settings,
    ring: KeyRing,
    workflow_id: str,
    run_id: str,
    email_ref: str,
    now: datetime,
    by: Literal["interviewer", "hr"] = "interviewer",
) -> str:
    """The "view report" link; opening it tells the workflow the report was viewed."""
    claims = LinkClaims(
        action="report",
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=now + settings.link_ttl,
        email_ref=email_ref,
        by=by,
    )
    return link_url(settings, mint_link_token(ring, claims))
