"""Signed calendar organizer addresses (`cal+TOKEN@`): round trip, tampering, purpose, rotation, size."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from inbound.calendar_tokens import (
    is_organizer_address,
    mint_organizer_token,
    organizer_address,
    organizer_token_of,
    verify_organizer_token,
)
from inbound.tokens import KeyRing, TokenError, mint_reply_token, reply_token_of
from tests.inbound.conftest import KEY_ID, OLD_KEY_ID, keyed_settings


def test_organizer_address_round_trip_within_64_octets() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    run_id = str(uuid.uuid4())
    for role in ("candidate", "interviewer"):
        address = organizer_address(settings, ring, run_id, role, 0)
        local = address.split("@")[0]
        assert address.endswith("@reply.hr.example.com") and local.startswith("cal+") and len(local) <= 64
        token = organizer_token_of(settings, "mailto:" + address.upper())  # as an ORGANIZER value, case changed
        assert token is not None and reply_token_of(settings, address) is None
        claims = verify_organizer_token(ring, token)
        assert (claims.run_id, claims.role, claims.sequence, claims.key_id) == (run_id, role, 0, KEY_ID)
        assert is_organizer_address(settings, ring, address)
    assert organizer_address(settings, ring, run_id, "candidate", 0) != organizer_address(
        settings, ring, run_id, "interviewer", 0
    )


def test_a_changed_character_or_another_domain_is_refused() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    token = mint_organizer_token(ring, str(uuid.uuid4()), "interviewer", 3)
    for index in (9, 15, 30, -1):
        chars = list(token)
        chars[index] = "a" if chars[index] != "a" else "b"
        with pytest.raises(TokenError) as caught:
            verify_organizer_token(ring, "".join(chars))
        assert caught.value.reason in ("forged", "malformed")
    assert organizer_token_of(settings, f"cal+{token}@evil.example") is None
    assert organizer_token_of(settings, f"reply+{token}@reply.hr.example.com") is None
    assert not is_organizer_address(settings, ring, "cal+nothing@reply.hr.example.com")


def test_a_reply_token_is_no_organizer_token_and_the_other_way_round() -> None:
    ring = KeyRing.from_settings(keyed_settings())
    run_id = str(uuid.uuid4())
    reply = mint_reply_token(ring, run_id, datetime.now(UTC) + timedelta(days=1))
    with pytest.raises(TokenError) as caught:
        verify_organizer_token(ring, reply)
    assert caught.value.reason in ("forged", "malformed")


def test_rotation_keeps_old_organizers_valid_and_unknown_keys_are_named() -> None:
    old = keyed_settings(signing_key_id=OLD_KEY_ID)
    token = mint_organizer_token(KeyRing.from_settings(old), "run-1", "candidate", 0)
    assert token.startswith(f"{OLD_KEY_ID}.")
    assert verify_organizer_token(KeyRing.from_settings(keyed_settings()), token).run_id == "run-1"
    only_new = keyed_settings(signing_keys={KEY_ID: keyed_settings().signing_keys[KEY_ID]})
    with pytest.raises(TokenError) as caught:
        verify_organizer_token(KeyRing.from_settings(only_new), token)
    assert caught.value.reason == "unknown_key"


def test_what_cannot_be_encoded_is_refused_when_minting() -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    with pytest.raises(ValueError, match="role"):
        mint_organizer_token(ring, "run", "hr", 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="SEQUENCE"):
        mint_organizer_token(ring, "run", "candidate", 70000)
    with pytest.raises(ValueError, match="64"):
        organizer_address(settings, ring, "r" * 40, "candidate", 0)


def test_an_organizer_already_sent_keeps_its_spelling_and_verifies() -> None:
    """Events already in calendars keep their ORGANIZER: the spelling the sending code produced still verifies."""
    ring = KeyRing.from_settings(keyed_settings())
    sent = "ktest01.aeaagab7eucoat4jchjzudadaxucymybf6cvokasin3guquc"
    assert mint_organizer_token(ring, "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "interviewer", 3) == sent
    claims = verify_organizer_token(ring, sent)
    assert (claims.run_id, claims.role, claims.sequence) == ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "interviewer", 3)
