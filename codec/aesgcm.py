"""AES-256-GCM payload codec: encrypts with the current key, decrypts with any configured key id.

The whole serialized payload (its metadata and data) is the plaintext, so the original encoding is hidden
too and restored on decode. The key id is the associated data: moving a payload to another key id fails
authentication like any other tampering. Payloads that are not encrypted pass through decode untouched,
so plain JSON from the `temporal` CLI or other SDKs still reaches the worker — unless the codec is required
(`require_encrypted`, REINTERVIEW_CODEC_REQUIRED): then they are refused (codec/plaintext.py).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from google.protobuf.message import DecodeError
from temporalio.api.common.v1 import Payload
from temporalio.converter import PayloadCodec

from codec.plaintext import refused_marker
from service.settings import Settings

ENCODING = b"binary/encrypted"
KEY_ID_METADATA = "encryption-key-id"
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32

_KEY_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")


class CodecKeyError(ValueError):
    """The configured codec keys are unusable (bad base64, wrong length, current id not among them)."""


class PayloadDecryptionError(ValueError):
    """An encrypted payload could not be decrypted; the message names the key id."""


class UnknownKeyIdError(PayloadDecryptionError):
    """An encrypted payload names a key id this process was not given."""


def parse_codec_keys(raw: Mapping[str, str]) -> dict[str, bytes]:
    """Decode {key_id: base64 32-byte key} into raw keys, naming the key id of any bad entry."""
    keys: dict[str, bytes] = {}
    for key_id, encoded in raw.items():
        if not _KEY_ID.match(key_id):
            raise CodecKeyError(f"codec key id {key_id!r} must be 1-64 letters, digits or _ . : -")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise CodecKeyError(f"codec key {key_id!r} is not valid base64") from exc
        if len(key) != KEY_BYTES:
            raise CodecKeyError(f"codec key {key_id!r} is {len(key)} bytes; AES-256 needs {KEY_BYTES}")
        keys[key_id] = key
    return keys


def new_codec_key() -> str:
    """A fresh random AES-256 key, base64-encoded as settings and the key file hold it."""
    return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


class AesGcmCodec(PayloadCodec):
    """Encrypts every payload with AES-256-GCM under the current key id; decrypts with any known key id."""

    def __init__(self, keys: Mapping[str, bytes], current_key_id: str, *, require_encrypted: bool = False) -> None:
        if current_key_id not in keys:
            known = ", ".join(sorted(keys)) or "none"
            raise CodecKeyError(f"current codec key id {current_key_id!r} is not among the codec keys ({known})")
        self._ciphers = {key_id: AESGCM(key) for key_id, key in keys.items()}
        self._current = current_key_id
        self._require_encrypted = require_encrypted

    @classmethod
    def from_settings(cls, settings: Settings, *, require_encrypted: bool = False) -> AesGcmCodec:
        """The codec for settings.codec_keys / settings.codec_key_id (refusing plaintext if `require_encrypted`)."""
        if not settings.codec_keys:
            raise CodecKeyError("no codec keys are configured (REINTERVIEW_CODEC_KEYS)")
        if not settings.codec_key_id:
            raise CodecKeyError("codec keys are configured but REINTERVIEW_CODEC_KEY_ID does not name the current one")
        return cls(parse_codec_keys(settings.codec_keys), settings.codec_key_id, require_encrypted=require_encrypted)

    @property
    def require_encrypted(self) -> bool:
        return self._require_encrypted

    @property
    def current_key_id(self) -> str:
        return self._current

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self._ciphers)

    def encrypt(self, payload: Payload) -> Payload:
        """One payload encrypted with the current key."""
        key_id = self._current.encode("ascii")
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._ciphers[self._current].encrypt(nonce, payload.SerializeToString(), key_id)
        return Payload(metadata={"encoding": ENCODING, KEY_ID_METADATA: key_id}, data=nonce + sealed)

    def decrypt(self, payload: Payload) -> Payload:
        """One payload decrypted; one not encrypted comes back unchanged, or as a refusal marker if encryption is
        required (codec/plaintext.py)."""
        if payload.metadata.get("encoding") != ENCODING:
            return refused_marker(payload) if self._require_encrypted else payload
        raw_id = payload.metadata.get(KEY_ID_METADATA)
        if raw_id is None:
            raise PayloadDecryptionError(f"encrypted payload has no {KEY_ID_METADATA!r} metadata")
        key_id = raw_id.decode("utf-8", errors="replace")
        cipher = self._ciphers.get(key_id)
        if cipher is None:
            known = ", ".join(sorted(self._ciphers))
            raise UnknownKeyIdError(
                f"payload was encrypted with codec key id {key_id!r}, which this process does not have "
                f"(configured: {known}); add that key to REINTERVIEW_CODEC_KEYS"
            )
        data = payload.data
        if len(data) < NONCE_BYTES + TAG_BYTES:
            raise PayloadDecryptionError(f"payload encrypted with codec key id {key_id!r} is truncated")
        try:
            plain = cipher.decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], raw_id)
        except InvalidTag as exc:
            raise PayloadDecryptionError(
                f"payload encrypted with codec key id {key_id!r} failed authentication: it was altered, "
                "or the key configured under that id is not the one it was encrypted with"
            ) from exc
        try:
            return Payload.FromString(plain)
        except DecodeError as exc:
            raise PayloadDecryptionError(f"payload decrypted with codec key id {key_id!r} is not a payload") from exc

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        """Encrypt every payload."""
        return [self.encrypt(p) for p in payloads]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        """Decrypt encrypted payloads; pass the others through."""
        return [self.decrypt(p) for p in payloads]
