"""Signed reply tokens and signing keys: round trip, tampering, expiry, rotation, the local key file."""

from __future__ import annotations

import json
import stat
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inbound.tokens import (
    KeyRing,
    SigningKeyError,
    TokenError,
    load_or_create_signing_keys,
    mint_reply_token,
    reply_address,
    reply_token_of,
    verify_reply_token,
)
from service.settings import Settings
from tests.inbound.conftest import KEY_ID, OLD_KEY_ID, TEST_KEYS, keyed_settings

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_reply_address_round_trip_within_64_octets() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    run_id = str(uuid.uuid4())
    address = reply_address(settings, ring, run_id, NOW)
    local = address.split("@")[0]
    assert address.endswith("@reply.hr.example.com") and local.startswith("reply+") and len(local) <= 64
    token = reply_token_of(settings, address.upper())  # some MTAs change the case of the local part
    assert token is not None
    claims = verify_reply_token(ring, token, NOW + timedelta(days=1))
    assert (claims.run_id, claims.key_id) == (run_id, KEY_ID)
    assert claims.expires_at == NOW + settings.reply_token_ttl


def test_any_run_id_is_carried() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    token = mint_reply_token(ring, "test-run", NOW + timedelta(hours=1))
    assert verify_reply_token(ring, token, NOW).run_id == "test-run"


def _flip(token: str, index: int) -> str:
    chars = list(token)
    chars[index] = "a" if chars[index] != "a" else "b"
    return "".join(chars)


@pytest.mark.parametrize("index", [9, 12, 20, 30, -1])
def test_a_changed_character_is_forged(index: int) -> None:
    ring = KeyRing.from_settings(keyed_settings())
    token = mint_reply_token(ring, str(uuid.uuid4()), NOW + timedelta(days=1))
    with pytest.raises(TokenError) as caught:
        verify_reply_token(ring, _flip(token, index), NOW)
    assert caught.value.reason in ("forged", "malformed")


def test_expired_unknown_key_and_garbage() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    token = mint_reply_token(ring, str(uuid.uuid4()), NOW)
    with pytest.raises(TokenError, match="expired"):
        verify_reply_token(ring, token, NOW)
    other = KeyRing(current_id="kother", keys={"kother": b"x" * 32})
    with pytest.raises(TokenError) as caught:
        verify_reply_token(ring, mint_reply_token(other, "r", NOW + timedelta(days=1)), NOW)
    assert caught.value.reason == "unknown_key"
    for garbage in ("", "nodot", "ktest01.", "ktest01.!!!!", "ktest01." + "a" * 20, "KTEST01.0189"):
        with pytest.raises(TokenError):
            verify_reply_token(ring, garbage, NOW)


def test_rotation_old_key_still_verifies() -> None:
    old = KeyRing.from_settings(keyed_settings(signing_key_id=OLD_KEY_ID))
    token = mint_reply_token(old, "run-1", NOW + timedelta(days=1))
    current = KeyRing.from_settings(keyed_settings())
    assert current.current_id == KEY_ID
    assert verify_reply_token(current, token, NOW).key_id == OLD_KEY_ID


def test_only_our_reply_domain_and_prefix() -> None:
    s = keyed_settings()
    assert reply_token_of(s, "reply+abc@reply.hr.example.com") == "abc"
    assert reply_token_of(s, "<reply+abc@REPLY.hr.example.com>") == "abc"
    for other in (
        "hr@reply.hr.example.com",
        "reply+@reply.hr.example.com",
        "reply+abc@evil.example.com",
        "reply+abc@hr.example.com",
        "reply+abc",
    ):
        assert reply_token_of(s, other) is None


def test_bad_key_configuration_is_explained() -> None:
    with pytest.raises(SigningKeyError, match="no signing keys"):
        KeyRing.from_settings(Settings())
    with pytest.raises(SigningKeyError, match="at least 32"):
        KeyRing.from_settings(Settings(signing_keys={"k1": "c2hvcnQ="}, signing_key_id="k1"))
    with pytest.raises(SigningKeyError, match="not among"):
        KeyRing.from_settings(Settings(signing_keys=TEST_KEYS, signing_key_id="k9"))


def test_local_keys_are_created_once_with_mode_0600(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "run")
    first = load_or_create_signing_keys(settings)
    path = tmp_path / "run" / "signing-keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())
    assert first.signing_key_id == stored["current"] and first.signing_keys == stored["keys"]
    assert len(first.signing_key_id or "") <= 7
    again = load_or_create_signing_keys(Settings(data_dir=tmp_path / "run"))
    assert again.signing_keys == first.signing_keys
    configured = keyed_settings(data_dir=tmp_path / "other")
    assert load_or_create_signing_keys(configured) is configured
    assert not (tmp_path / "other").exists()
    path.write_text("{not json")
    with pytest.raises(SigningKeyError, match="delete it"):
        load_or_create_signing_keys(Settings(data_dir=tmp_path / "run"))
