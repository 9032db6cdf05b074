"""HMAC-SHA256 signing keys and the signed reply token in `reply+TOKEN@<reply domain>`.

Keys are `{key_id: base64 key}` in settings: `signing_key_id` signs, every listed key verifies (rotation).
A reply token binds one workflow run and an expiry; the gateway resolves the run to its workflow in PostgreSQL.
The token is lower-case base32 (mail systems may change the case of a local part) and short enough that the
whole local part stays within RFC 5321's 64 octets for key ids of up to 7 characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import secrets
import struct
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from service.private_files import ensure_private_dir, read_private
from service.settings import Settings

KEY_FILE_NAME = "signing-keys.json"
REPLY_PREFIX = "reply+"
BOUNCE_PREFIX = "bounce+"
_KEY_ID = re.compile(r"^[a-z0-9]{1,16}$")
_REPLY_MAC_BYTES = 10
_RUN_IS_UUID = 0
_RUN_IS_TEXT = 1

TokenProblem = Literal["malformed", "unknown_key", "forged", "expired"]


class SigningKeyError(ValueError):
    """The configured signing keys are unusable; the message says how to fix them."""


class TokenError(ValueError):
    """A token that must not be acted on; `reason` is one of malformed, unknown_key, forged, expired."""

    def __init__(self, reason: TokenProblem, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason: TokenProblem = reason
        self.detail = detail


@dataclass(frozen=True)
class KeyRing:
    """The verifying keys by (lower-case) id and the id of the one that signs."""

    current_id: str
    keys: dict[str, bytes]

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyRing:
        """Decode `signing_keys`; raises SigningKeyError when they are missing or malformed."""
        if not settings.signing_keys:
            raise SigningKeyError(
                "no signing keys configured: set REINTERVIEW_SIGNING_KEYS / REINTERVIEW_SIGNING_KEY_ID, or call "
                "load_or_create_signing_keys(settings) to create local ones under the data directory"
            )
        keys: dict[str, bytes] = {}
        for key_id, encoded in settings.signing_keys.items():
            kid = key_id.lower()
            if not _KEY_ID.match(kid):
                raise SigningKeyError(f"signing key id {key_id!r} must be 1-16 letters or digits")
            try:
                key = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise SigningKeyError(f"signing key {key_id!r} is not valid base64") from None
            if len(key) < 32:
                raise SigningKeyError(f"signing key {key_id!r} has {len(key)} bytes; use at least 32")
            keys[kid] = key
        current = (settings.signing_key_id or (next(iter(keys)) if len(keys) == 1 else "")).lower()
        if current not in keys:
            raise SigningKeyError(
                f"signing_key_id {settings.signing_key_id!r} is not among the configured keys {sorted(keys)}"
            )
        return cls(current_id=current, keys=keys)

    @property
    def current_key(self) -> bytes:
        return self.keys[self.current_id]

    def sign(self, purpose: bytes, key_id: str, payload: bytes) -> bytes:
        """HMAC-SHA256 over purpose, key id and payload with the key `key_id` (KeyError if unknown)."""
        key = self.keys[key_id]
        return hmac.new(key, purpose + b"\x00" + key_id.encode() + b"\x00" + payload, hashlib.sha256).digest()


def new_key_id() -> str:
    """A short random key id (`k` + 6 hex digits) that keeps reply addresses within 64 octets."""
    return "k" + secrets.token_hex(3)


def load_or_create_signing_keys(settings: Settings) -> Settings:
    """Settings with signing keys: the configured ones, else `<data_dir>/signing-keys.json` (created once, 0600)."""
    if settings.signing_keys:
        KeyRing.from_settings(settings)
        return settings
    path = Path(settings.data_dir) / KEY_FILE_NAME
    ensure_private_dir(path.parent)
    if not path.exists():
        key_id = new_key_id()
        document = {"current": key_id, "keys": {key_id: base64.b64encode(secrets.token_bytes(32)).decode()}}
        partial = path.with_name(f".{KEY_FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(document, out)
        try:
            # A hard link never replaces: when the stack and a worker start together, exactly one file wins,
            # and nobody ever reads a half-written one.
            os.link(partial, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: an atomic rename, last writer wins
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    try:
        stored = json.loads(read_private(path))
        keys = {str(k): str(v) for k, v in stored["keys"].items()}
        current = str(stored["current"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SigningKeyError(f"{path} is unreadable ({exc}); delete it to create new local keys") from None
    updated = settings.model_copy(update={"signing_keys": keys, "signing_key_id": current})
    KeyRing.from_settings(updated)
    return updated


# ---- reply tokens ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyToken:
    """What a verified reply token says: the workflow run it answers and when it stops being accepted."""

    run_id: str
    expires_at: datetime
    key_id: str


def _b32encode(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def _b32decode(text: str) -> bytes:
    padded = text.upper() + "=" * (-len(text) % 8)
    return base64.b32decode(padded)


def run_bytes(run_id: str) -> bytes:
    """A workflow run id in a token: 17 bytes for a UUID (its canonical spelling), else its UTF-8 text."""
    try:
        parsed = uuid.UUID(run_id)
    except ValueError:
        parsed = None
    if parsed is not None and str(parsed) == run_id.lower():
        return bytes([_RUN_IS_UUID]) + parsed.bytes
    return bytes([_RUN_IS_TEXT]) + run_id.encode("utf-8")


def run_from_bytes(data: bytes) -> str:
    """The run id `run_bytes` encoded; ValueError (or UnicodeDecodeError) for anything else."""
    kind, rest = data[0], data[1:]
    if kind == _RUN_IS_UUID and len(rest) == 16:
        return str(uuid.UUID(bytes=rest))
    if kind == _RUN_IS_TEXT and rest:
        return rest.decode("utf-8")
    raise ValueError("unknown run encoding")


def seal(ring: KeyRing, purpose: bytes, payload: bytes, mac_bytes: int) -> str:
    """`<key id>.<base32(payload, mac)>`: the payload signed with the current key for one purpose."""
    mac = ring.sign(purpose, ring.current_id, payload)[:mac_bytes]
    return f"{ring.current_id}.{_b32encode(payload + mac)}"


def open_sealed(
    ring: KeyRing, token: str, purpose: bytes, *, mac_bytes: int, body: str, min_payload: int, what: str
) -> tuple[str, bytes]:
    """The key id and payload of a token `seal` made for `purpose`; raises TokenError naming `what` (malformed,
    unknown_key, forged). `body` is the pattern of the base32 part (it bounds the length). Only one spelling
    verifies: base32 whose unused trailing bits are set is refused."""
    key_id, sep, encoded = token.strip().lower().partition(".")
    if not sep or not _KEY_ID.match(key_id) or not re.fullmatch(body, encoded):
        raise TokenError("malformed", f"not a {what}")
    try:
        raw = _b32decode(encoded)
    except (binascii.Error, ValueError):
        raise TokenError("malformed", f"{what} is not base32") from None
    if _b32encode(raw) != encoded:
        raise TokenError("malformed", f"{what} is not canonical base32")
    if len(raw) < min_payload + mac_bytes:
        raise TokenError("malformed", f"{what} is too short")
    if key_id not in ring.keys:
        raise TokenError("unknown_key", f"signed with unknown key id {key_id!r}")
    payload, mac = raw[:-mac_bytes], raw[-mac_bytes:]
    if not hmac.compare_digest(mac, ring.sign(purpose, key_id, payload)[:mac_bytes]):
        raise TokenError("forged", "signature does not match")
    return key_id, payload


def mint_reply_token(ring: KeyRing, run_id: str, expires_at: datetime) -> str:
    """`<key id>.<base32(expiry, run, mac)>` for the reply address of one workflow run."""
    return seal(ring, b"reply", struct.pack(">I", int(expires_at.timestamp())) + run_bytes(run_id), _REPLY_MAC_BYTES)


def verify_reply_signature(ring: KeyRing, token: str) -> ReplyToken:
    """The run and expiry a reply token names, whether expired or not; raises TokenError (malformed, unknown_key,
    forged). The gateway refuses at RCPT what fails here, and keeps a valid but expired address as a dead letter."""
    key_id, payload = open_sealed(
        ring, token, b"reply", mac_bytes=_REPLY_MAC_BYTES, body=r"[a-z2-7]{20,200}", min_payload=6, what="reply token"
    )
    (expiry,) = struct.unpack(">I", payload[:4])
    try:
        run_id = run_from_bytes(payload[4:])
    except (ValueError, UnicodeDecodeError):
        raise TokenError("malformed", "reply token names no run") from None
    return ReplyToken(run_id=run_id, expires_at=datetime.fromtimestamp(expiry, UTC), key_id=key_id)


def verify_reply_token(ring: KeyRing, token: str, now: datetime) -> ReplyToken:
    """The run a reply token names; raises TokenError (malformed, unknown_key, forged, expired)."""
    claims = verify_reply_signature(ring, token)
    if now >= claims.expires_at:
        raise TokenError("expired", f"expired at {claims.expires_at.isoformat()}")
    return claims


def reply_token_expiry(
    now: datetime, ttl: timedelta, after_interview: timedelta, interview_ends_at: datetime | None = None
) -> datetime:
    """When a reply address minted `now` stops being accepted (SPEC R-M2).

    With the interview's end known: that end (or now, if it is already past) plus `after_interview`. Without it:
    now + `ttl`, which must cover the longest lead to an interview plus `after_interview`.
    """
    if ttl < after_interview:
        raise ValueError(f"reply_token_ttl {ttl} is shorter than reply_valid_after_interview {after_interview}")
    if interview_ends_at is None:
        return now + ttl
    if interview_ends_at.tzinfo is None:
        raise ValueError("interview_ends_at must carry a time zone")
    return max(interview_ends_at, now) + after_interview


def reply_address(
    settings: Settings, ring: KeyRing, run_id: str, now: datetime, interview_ends_at: datetime | None = None
) -> str:
    """`reply+TOKEN@<reply_domain>`, accepted until `reply_token_expiry` (interview end + 7 days when known)."""
    expires_at = reply_token_expiry(
        now, settings.reply_token_ttl, settings.reply_valid_after_interview, interview_ends_at
    )
    token = mint_reply_token(ring, run_id, expires_at)
    return f"{REPLY_PREFIX}{token}@{settings.reply_domain}"


def _token_of(settings: Settings, address: str, prefix: str) -> str | None:
    local, at, domain = address.strip().strip("<>").rpartition("@")
    if not at or domain.lower().rstrip(".") != settings.reply_domain.lower():
        return None
    if not local.lower().startswith(prefix) or len(local) <= len(prefix):
        return None
    return local[len(prefix) :]


def reply_token_of(settings: Settings, address: str) -> str | None:
    """The token in a reply address of our reply domain, or None for any other recipient."""
    return _token_of(settings, address, REPLY_PREFIX)


# ---- bounce (VERP) addresses ------------------------------------------------------------------------------------

_BOUNCE_DIGEST_BYTES = 8


def _message_digest(message_id: str) -> bytes:
    return hashlib.sha256(message_id.strip().encode("utf-8", "surrogateescape")).digest()[:_BOUNCE_DIGEST_BYTES]


def bounce_address(settings: Settings, ring: KeyRing, message_id: str) -> str:
    """`bounce+TOKEN@<reply_domain>`: the MAIL FROM of one email; only a DSN sent here counts as its bounce."""
    token = seal(ring, b"bounce", _message_digest(message_id), _REPLY_MAC_BYTES)
    return f"{BOUNCE_PREFIX}{token}@{settings.reply_domain}"


def bounce_token_of(settings: Settings, address: str) -> str | None:
    """The token in a bounce address of our reply domain, or None for any other recipient."""
    return _token_of(settings, address, BOUNCE_PREFIX)


@dataclass(frozen=True)
class BounceToken:
    """A verified bounce address: it stands for the one email whose Message-ID has this digest."""

    digest: bytes

    def names(self, message_id: str) -> bool:
        return hmac.compare_digest(self.digest, _message_digest(message_id))


def verify_bounce_token(ring: KeyRing, token: str) -> BounceToken:
    """Raises TokenError (malformed, unknown_key, forged) unless we signed this bounce address."""
    _, payload = open_sealed(
        ring,
        token,
        b"bounce",
        mac_bytes=_REPLY_MAC_BYTES,
        body=r"[a-z2-7]{29}",
        min_payload=_BOUNCE_DIGEST_BYTES,
        what="bounce token",
    )
    return BounceToken(digest=payload)


RecipientKind = Literal["reply", "bounce"]


def check_recipient(settings: Settings, ring: KeyRing, address: str) -> RecipientKind:
    """What an RCPT TO is: a reply or bounce address we signed (expired or not); raises TokenError otherwise."""
    token = reply_token_of(settings, address)
    if token is not None:
        verify_reply_signature(ring, token)
        return "reply"
    token = bounce_token_of(settings, address)
    if token is not None:
        verify_bounce_token(ring, token)
        return "bounce"
    raise TokenError("malformed", "not a reply address of this domain")


# ---- held-reply links ("did you send this?") ---------------------------------------------------------------------

HeldAction = Literal["confirm", "ignore"]
_HELD_ACTIONS: tuple[HeldAction, HeldAction] = ("confirm", "ignore")
_HELD_MAC_BYTES = 16


@dataclass(frozen=True)
class HeldClaims:
    """A signed answer to "did you send this?": `action` on the held inbound message `inbound_id`."""

    inbound_id: int
    action: HeldAction
    expires_at: datetime


def mint_held_token(ring: KeyRing, inbound_id: int, action: HeldAction, expires_at: datetime) -> str:
    """`<key id>.<base32(inbound id, expiry, action, mac)>` for the confirm / ignore link of one held reply."""
    payload = struct.pack(">QIB", inbound_id, int(expires_at.timestamp()), _HELD_ACTIONS.index(action))
    return seal(ring, b"held", payload, _HELD_MAC_BYTES)


def verify_held_token(ring: KeyRing, token: str, now: datetime) -> HeldClaims:
    """The claims of an authentic, unexpired held-reply link; raises TokenError."""
    _, payload = open_sealed(
        ring, token, b"held", mac_bytes=_HELD_MAC_BYTES, body=r"[a-z2-7]{47}", min_payload=13, what="held-reply link"
    )
    inbound_id, expiry, action = struct.unpack(">QIB", payload)
    if action >= len(_HELD_ACTIONS):
        raise TokenError("malformed", "unknown action")
    expires_at = datetime.fromtimestamp(expiry, UTC)
    if now >= expires_at:
        raise TokenError("expired", f"expired at {expires_at.isoformat()}")
    return HeldClaims(inbound_id=inbound_id, action=_HELD_ACTIONS[action], expires_at=expires_at)


# ---- keyed Message-IDs -------------------------------------------------------------------------------------------


def message_id_key(ring: KeyRing) -> bytes:
    """The key our Message-IDs are made with (derived from the current signing key, never the key itself)."""
    return ring.sign(b"message-id", ring.current_id, b"")
