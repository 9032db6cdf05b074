"""One HR session for the inbox, the action pages and the reports under /hr/.

Two ways in (settings.hr_auth):
- "link" (the dev stack): a signed, expiring login link sent to the HR mailbox (`starter.py hr login-link`), or
  any signed HR action link from an email to HR, opens a session: a signed cookie naming the user, its expiry
  and a random nonce. The CSRF token every POST must carry is an HMAC of that nonce.
- "proxy" (production): the company's auth proxy in front of /hr/ sets `hr_proxy_user_header`; it is believed
  only when the request comes from one of `hr_trusted_proxies`. The session cookie then only carries the CSRF
  nonce for that user (a cookie for another user is replaced).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from aiohttp import web

from inbound.tokens import KeyRing
from service.settings import Settings
from web.links import HR_PATH, hr_base_url

COOKIE = "reinterview_hr"
MAILBOX_USER = "hr:mailbox"
_USER = re.compile(r"^[A-Za-z0-9._@+-]{1,128}$")
IDENTITY = "hr_identity"


@dataclass(frozen=True)
class HrIdentity:
    """Who is acting (`by` in signals, e.g. "hr:wang") and the CSRF token their forms carry."""

    user: str
    csrf: str
    cookie: str | None = None  # a session cookie to set on this response


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not canonical")
    return data


def _csrf(ring: KeyRing, nonce: str) -> str:
    return _b64(ring.sign(b"hr-csrf", ring.current_id, nonce.encode()))[:32]


def mint_session(ring: KeyRing, user: str, expires_at: datetime) -> tuple[str, str]:
    """(cookie value, CSRF token) of a new session for `user`."""
    nonce = secrets.token_urlsafe(18)
    body = _b64(json.dumps({"u": user, "e": int(expires_at.timestamp()), "n": nonce}, sort_keys=True).encode())
    mac = _b64(ring.sign(b"hr-session", ring.current_id, body.encode()))
    return f"{ring.current_id}.{body}.{mac}", _csrf(ring, nonce)


def read_session(ring: KeyRing, value: str, now: datetime) -> HrIdentity | None:
    """The session a cookie holds, or None when it is missing, forged, unreadable or expired."""
    parts = value.split(".")
    if len(parts) != 3 or parts[0] not in ring.keys:
        return None
    key_id, body, mac = parts
    try:
        if not hmac.compare_digest(_unb64(mac), ring.sign(b"hr-session", key_id, body.encode())):
            return None
        claims = json.loads(_unb64(body))
        user, expiry, nonce = str(claims["u"]), int(claims["e"]), str(claims["n"])
    except (ValueError, KeyError, TypeError, binascii.Error):
        return None
    if now.timestamp() >= expiry:
        return None
    return HrIdentity(user=user, csrf=_csrf(ring, nonce))


@lru_cache(maxsize=16)
def _networks(trusted: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(t, strict=False) for t in trusted)


def trusted_peer(settings: Settings, remote: str | None) -> bool:
    """Whether the connection comes from a configured auth proxy."""
    if not remote:
        return False
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        return False
    return any(address in network for network in _networks(tuple(settings.hr_trusted_proxies)))


def proxy_user(settings: Settings, request: web.Request) -> str | None:
    """`hr:<user>` from the proxy's header, only from a trusted proxy; None otherwise."""
    if not trusted_peer(settings, request.remote):
        return None
    raw = request.headers.get(settings.hr_proxy_user_header, "").strip()
    if not _USER.match(raw):
        return None
    return f"hr:{raw}"


def identify(settings: Settings, ring: KeyRing, request: web.Request, now: datetime) -> HrIdentity | None:
    """The HR person behind this request, or None (no session, or not through the trusted proxy)."""
    session = read_session(ring, request.cookies.get(COOKIE, ""), now)
    if settings.hr_auth == "proxy":
        user = proxy_user(settings, request)
        if user is None:
            return None
        if session is not None and session.user == user:
            return session
        return new_session(settings, ring, user, now)
    return session


def new_session(settings: Settings, ring: KeyRing, user: str, now: datetime) -> HrIdentity:
    cookie, csrf = mint_session(ring, user, now + settings.hr_session_ttl)
    return HrIdentity(user=user, csrf=csrf, cookie=cookie)


def set_cookie(settings: Settings, response: web.StreamResponse, identity: HrIdentity) -> None:
    """Set the session cookie when this identity brought a new one (HttpOnly, SameSite=Lax, path /hr/)."""
    if identity.cookie is None:
        return
    response.set_cookie(
        COOKIE,
        identity.cookie,
        path=f"{HR_PATH}/",
        max_age=int(settings.hr_session_ttl.total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=hr_base_url(settings).startswith("https://"),
    )


def csrf_ok(identity: HrIdentity, sent: str) -> bool:
    return bool(sent) and hmac.compare_digest(identity.csrf.encode(), sent.encode())


def now_utc() -> datetime:
    return datetime.now(UTC)
