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

import struct
from dataclasses import dataclass
from typing import Literal

from inbound.tokens import KeyRing, TokenError, open_sealed, run_bytes, run_from_bytes, seal
from service.settings import Settings

ORGANIZER_PREFIX = "cal+"
_PURPOSE = b"calendar"
_MAC_BYTES = 10
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


def mint_organizer_token(ring: KeyRing, run_id: str, role: Role, sequence: int) -> str:
    """`<key id>.<base32(role, sequence, run, mac)>`; ValueError for a role or sequence that cannot be encoded."""
    if role not in ROLES:
        raise ValueError(f"calendar organizer role must be one of {ROLES}, not {role!r}")
    if not 0 <= sequence <= 0xFFFF:
        raise ValueError(f"calendar SEQUENCE {sequence} is outside 0..65535")
    return seal(ring, _PURPOSE, struct.pack(">BH", ROLES.index(role), sequence) + run_bytes(run_id), _MAC_BYTES)


def verify_organizer_token(ring: KeyRing, token: str) -> OrganizerToken:
    """The claims of an organizer token we signed; raises TokenError (malformed, unknown_key, forged)."""
    key_id, payload = open_sealed(
        ring,
        token,
        _PURPOSE,
        mac_bytes=_MAC_BYTES,
        body=r"[a-z2-7]{24,200}",
        min_payload=5,
        what="calendar organizer token",
    )
    role_index, sequence = struct.unpack(">BH", payload[:3])
    if role_index >= len(ROLES):
        raise TokenError("malformed", "calendar organizer token names no attendee role")
    try:
        run_id = run_from_bytes(payload[3:])
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
