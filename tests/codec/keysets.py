"""Codec key material for tests: fresh random keys per call, never anything committed or reused."""

from __future__ import annotations

import secrets
from typing import Any

from codec.aesgcm import new_codec_key
from service.settings import Settings


def key_ids(*names: str) -> dict[str, str]:
    """A fresh key for each key id."""
    return {name: new_codec_key() for name in names}


def codec_settings(keys: dict[str, str] | None = None, current: str = "k1", **overrides: Any) -> Settings:
    """Settings with codec keys (one fresh key `k1` unless given) and a random token; `overrides` win."""
    values: dict[str, Any] = {
        "codec_keys": keys if keys is not None else key_ids("k1"),
        "codec_key_id": current,
        "codec_token": secrets.token_urlsafe(24),
    }
    return Settings(**{**values, **overrides})
