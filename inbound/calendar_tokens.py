"""The signed ORGANIZER of our calendar invitations: `cal+TOKEN@<reply domain>` (SPEC R-M5).

Calendar clients send an attendee's answer (iTIP REPLY or COUNTER, RFC 5546) to the event's ORGANIZER, so the
organizer is an address the reply gateway accepts. The token names the workflow run, the attendee role the copy
was sent to (each recipient gets their own copy of the event) and the SEQUENCE at which the organizer was first
used; it is signed with the same key ring as reply addresses (HMAC purpose `calendar`, so neither token can pass
for the other).

It carries no expiry of its own: an event's organizer must never change (clients ignore an update whose organizer
differs), while the event may move later. Its lifetime is the reply addresses' rule read from the booking instead:
answers are taken until the booked interview has ended plus 7 days (`inbound.calendar.ANSWERS_AFTER_INTERVIEW`).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import struct
import uuid
from dataclasses import dataclass
from typing import Literal

from inbound.tokens import KeyRing, TokenError
from service.settings import Settings

ORGANIZER_PREFIX = "cal+"
_PURPOSE = b"calendar"
_MAC_BYTES = 10
_KEY_ID = re.compile(r"^[a-z0-9]{1,16}$")
_RUN_IS_UUID = 0
_RUN_IS_TEXT = 1
MAX_LOCAL_PART = 64  # RFC 5321

Role = Literal["candidate", "interviewer"]
ROLES: tuple[Role, Role] = ("candidate", "interviewer")


@dataclass(frozen=True)
class OrganizerToken:
    """What a verified organizer token says: the run, whose copy of the event it was, the SEQUENCE it began at."""

    run_id: str
    role: Role
    sequence: int
    key_id: str


def _b32encode(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def _b32decode(text: str) -> bytes:
    return base64.b32decode(text.upper() + "=" * (-len(text) % 8))


def _run_bytes(run_id: str) -> bytes:
    try:
        parsed = uuid.UUID(run_id)
    except ValueError:
        parsed = None
    if parsed is not None and str(parsed) == run_id.lower():
        return bytes([_RUN_IS_UUID]) + parsed.bytes
    return bytes([_RUN_IS_TEXT]) + run_id.encode("utf-8")


def _run_from_bytes(data: bytes) -> str:
    kind, rest = data[0], data[1:]
    if kind == _RUN_IS_UUID and len(rest) == 16:
        return str(uuid.UUID(bytes=rest))
    if kind == _RUN_IS_TEXT and rest:
        return rest.decode("utf-8")
    raise ValueError("unknown run encoding")


def mint_organizer_token(ring: KeyRing, run_id: str, role: Role, sequence: int) -> str:
    """`<key id>.<base32(role, sequence, run, mac)>`; ValueError for a role or sequence that cannot be encoded."""
    if role not in ROLES:
        raise ValueError(f"calendar organizer role must be one of {ROLES}, not {role!r}")
    if not 0 <= sequence <= 0xFFFF:
        raise ValueError(f"calendar SEQUENCE {sequence} is outside 0..65535")
    payload = struct.pack(">BH", ROLES.index(role), sequence) + _run_bytes(run_id)
    mac = ring.sign(_PURPOSE, ring.current_id, payload)[:_MAC_BYTES]
    return f"{ring.current_id}.{_b32encode(payload + mac)}"


def verify_organizer_token(ring: KeyRing, token: str) -> OrganizerToken:
    """The claims of an organizer token we signed; raises TokenError (malformed, unknown_key, forged)."""
    key_id, sep, body = token.strip().lower().partition(".")
    if not sep or not _KEY_ID.match(key_id) or not re.fullmatch(r"[a-z2-7]{24,200}", body):
        raise TokenError("malformed", "not a calendar organizer token")
    try:
        raw = _b32decode(body)
    except (binascii.Error, ValueError):
        raise TokenError("malformed", "calendar organizer token is not base32") from None
    if _b32encode(raw) != body:
        raise TokenError("malformed", "calendar organizer token is not canonical base32")
    if len(raw) < 3 + 2 + _MAC_BYTES:
        raise TokenError("malformed", "calendar organizer token is too short")
    if key_id not in ring.keys:
        raise TokenError("unknown_key", f"signed with unknown key id {key_id!r}")
    payload, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
    if not hmac.compare_digest(mac, ring.sign(_PURPOSE, key_id, payload)[:_MAC_BYTES]):
        raise TokenError("forged", "signature does not match")
    role_index, sequence = struct.unpack(">BH", payload[:3])
    if role_index >= len(ROLES):
        raise TokenError("malformed", "calendar organizer token names no attendee role")
    try:
        run_id = _run_from_bytes(payload[3:])
    except (ValueError, UnicodeDecodeError):
        raise TokenError("malformed", "calendar organizer token names no run") from None
    return OrganizerToken(run_id=run_id, role=ROLES[role_index], sequence=sequence, key_id=key_id)


def organizer_address(settings: Settings, ring: KeyRing, run_id: str, role: Role, sequence: int) -> str:
    """`cal+TOKEN@<reply_domain>` for one recipient's copy of the run's event."""
    local = ORGANIZER_PREFIX + mint_organizer_token(ring, run_id, role, sequence)
    if len(local) > MAX_LOCAL_PART:
        raise ValueError(
            f"calendar organizer address would have a {len(local)}-octet local part (RFC 5321 allows 64): "
            "use a signing key id of at most 7 characters"
        )
    return f"{local}@{settings.reply_domain}"


def organizer_token_of(settings: Settings, address: str) -> str | None:
    """The token in an organizer address of our reply domain (`mailto:` allowed), or None for any other."""
    value = address.strip().strip("<>")
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    local, at, domain = value.rpartition("@")
    if not at or domain.lower().rstrip(".") != settings.reply_domain.lower():
        return None
    if not local.lower().startswith(ORGANIZER_PREFIX) or len(local) <= len(ORGANIZER_PREFIX):
        return None
    return local[len(ORGANIZER_PREFIX) :]


def is_organizer_address(settings: Settings, ring: KeyRing, address: str) -> bool:
    """Whether an RCPT TO is an organizer address we signed (what the gateway accepts at RCPT)."""
    token = organizer_token_of(settings, address)
    if token is None:
        return False
    try:
        verify_organizer_token(ring, token)
    except TokenError:
        return False
    return True
