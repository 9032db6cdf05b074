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
    bounce_address,
    bounce_token_of,
    check_recipient,
    load_or_create_signing_keys,
    message_id_key,
    mint_held_token,
    mint_reply_token,
    reply_address,
    reply_token_expiry,
    reply_token_of,
    verify_bounce_token,
    verify_held_token,
    verify_reply_signature,
    verify_reply_token,
)
from mail.message import make_message_id
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


# ---- lifetime of a reply address (SPEC R-M2: the interview's end + 7 days) -------------------------------------

TTL, AFTER = timedelta(days=97), timedelta(days=7)


def test_a_reply_address_lasts_until_the_interview_has_ended_plus_seven_days() -> None:
    interview_end = NOW + timedelta(days=90)  # a 90-day lead: longer than the old 14-day lifetime
    assert reply_token_expiry(NOW, TTL, AFTER, interview_end) == interview_end + AFTER
    # Sent after the interview (the result, the feedback): a week from sending.
    assert reply_token_expiry(NOW, TTL, AFTER, NOW - timedelta(days=3)) == NOW + AFTER
    # Interview time unknown (the invitation offers times): the configured lifetime.
    assert reply_token_expiry(NOW, TTL, AFTER) == NOW + TTL
    assert Settings().reply_token_ttl >= timedelta(days=90) + Settings().reply_valid_after_interview


def test_the_lifetime_rules_refuse_bad_input() -> None:
    with pytest.raises(ValueError, match="shorter than reply_valid_after_interview"):
        reply_token_expiry(NOW, timedelta(days=1), AFTER)
    with pytest.raises(ValueError, match="time zone"):
        reply_token_expiry(NOW, TTL, AFTER, datetime(2026, 12, 3, 10, 0))  # noqa: DTZ001 - the naive time refused


def test_reply_address_carries_the_interview_end() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    end = NOW + timedelta(days=60)
    token = reply_token_of(settings, reply_address(settings, ring, "run-1", NOW, interview_ends_at=end))
    assert token is not None
    assert verify_reply_token(ring, token, end + timedelta(days=6)).expires_at == end + AFTER
    with pytest.raises(TokenError, match="expired"):
        verify_reply_token(ring, token, end + AFTER)
    # Expired, but genuine: the signature still verifies (the gateway keeps it as an `expired` dead letter).
    assert verify_reply_signature(ring, token).run_id == "run-1"


# ---- what RCPT accepts, bounce (VERP) addresses, held-reply links, keyed Message-IDs -----------------------------


def test_rcpt_accepts_only_signed_reply_and_bounce_addresses() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    expired = f"reply+{mint_reply_token(ring, 'run-1', NOW - timedelta(days=1))}@{settings.reply_domain}"
    assert check_recipient(settings, ring, expired) == "reply"
    bounce = bounce_address(settings, ring, "<abc@hr.example.com>")
    assert len(bounce.split("@")[0]) <= 64
    assert check_recipient(settings, ring, bounce.upper()) == "bounce"
    for address in (
        f"reply+anything@{settings.reply_domain}",
        f"bounce+anything@{settings.reply_domain}",
        _flip(bounce, 20),
        f"hr@{settings.reply_domain}",
        bounce.replace(settings.reply_domain, "elsewhere.test"),
    ):
        with pytest.raises(TokenError):
            check_recipient(settings, ring, address)


def test_a_bounce_address_stands_for_one_message_id() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    token = bounce_token_of(settings, bounce_address(settings, ring, "<abc@hr.example.com>"))
    assert token is not None
    verified = verify_bounce_token(ring, token)
    assert verified.names("<abc@hr.example.com>") and not verified.names("<abd@hr.example.com>")
    other = KeyRing.from_settings(keyed_settings(signing_keys={"kx": TEST_KEYS[OLD_KEY_ID]}, signing_key_id="kx"))
    with pytest.raises(TokenError) as caught:
        verify_bounce_token(other, token)
    assert caught.value.reason == "unknown_key"


def test_held_links_round_trip_and_refuse_tampering_and_expiry() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    token = mint_held_token(ring, 123456789, "ignore", NOW + timedelta(days=1))
    claims = verify_held_token(ring, token, NOW)
    assert (claims.inbound_id, claims.action) == (123456789, "ignore")
    with pytest.raises(TokenError) as forged:
        verify_held_token(ring, _flip(token, -3), NOW)
    assert forged.value.reason in ("forged", "malformed")
    with pytest.raises(TokenError) as expired:
        verify_held_token(ring, token, NOW + timedelta(days=1))
    assert expired.value.reason == "expired"
    with pytest.raises(TokenError):
        verify_held_token(ring, "ktest01.short", NOW)


def test_message_ids_are_keyed_deterministic_and_not_derivable() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    key = "run-1:invitation-1:candidate-c-1"
    keyed = make_message_id(key, "hr.example.com", message_id_key(ring))
    assert keyed == make_message_id(key, "hr.example.com", message_id_key(ring))
    # Not the unkeyed hash anyone could compute from what the email shows, and not the same under another key.
    assert keyed != make_message_id(key, "hr.example.com")
    other = KeyRing.from_settings(keyed_settings(signing_keys={"kx": TEST_KEYS[OLD_KEY_ID]}, signing_key_id="kx"))
    assert keyed != make_message_id(key, "hr.example.com", message_id_key(other))
    assert message_id_key(ring) != ring.current_key


# Spelled by the code that sent them: addresses and links already in candidates' mailboxes must keep verifying,
# byte for byte, whatever the signing code becomes.
SENT_RUN = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
SENT_EXPIRY = datetime(2027, 1, 1, tzinfo=UTC)
SENT_REPLY_UUID = "ktest01.nm3ozaaah4sqjycprei5hgqmamc6qlbtaezsh6surg3bat4j2q"
SENT_REPLY_TEXT = "ktest01.nm3ozaaboj2w4llumv4hiljrttnn7s2wiitmmep4"
SENT_HELD = "ktest01.aaaaaaaaaaacu2zw5saadt2a2ae223npuulx22zdol2ybjq"
SENT_BOUNCE = "bounce+ktest01.zntwpjcabbpasvxfhsb3cmoyur55k@reply.hr.example.com"


def test_tokens_already_sent_keep_their_spelling_and_verify() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    assert mint_reply_token(ring, SENT_RUN, SENT_EXPIRY) == SENT_REPLY_UUID
    assert mint_reply_token(ring, "run-text-1", SENT_EXPIRY) == SENT_REPLY_TEXT
    assert mint_held_token(ring, 42, "ignore", SENT_EXPIRY) == SENT_HELD
    assert bounce_address(settings, ring, "<abc@hr.example.com>") == SENT_BOUNCE

    assert verify_reply_token(ring, SENT_REPLY_UUID, NOW).run_id == SENT_RUN
    assert verify_reply_token(ring, SENT_REPLY_TEXT, NOW).run_id == "run-text-1"
    held = verify_held_token(ring, SENT_HELD, NOW)
    assert (held.inbound_id, held.action, held.expires_at) == (42, "ignore", SENT_EXPIRY)
    bounce_token = bounce_token_of(settings, SENT_BOUNCE)
    assert bounce_token is not None
    assert verify_bounce_token(ring, bounce_token).names("<abc@hr.example.com>")
    assert not verify_bounce_token(ring, bounce_token).names("<other@hr.example.com>")


def test_each_token_kind_names_itself_when_malformed() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    for verify, what in (
        (lambda t: verify_reply_signature(ring, t), "reply token"),
        (lambda t: verify_bounce_token(ring, t), "bounce token"),
        (lambda t: verify_held_token(ring, t, NOW), "held-reply link"),
    ):
        with pytest.raises(TokenError) as refused:
            verify("ktest01.!!")
        assert (refused.value.reason, refused.value.detail) == ("malformed", f"not a {what}")
