"""Link tokens: signing, verification, tampering, expiry, rotation."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from inbound.tokens import KeyRing, TokenError
from tests.inbound.conftest import OLD_KEY_ID, keyed_settings
from web.links import LinkClaims, invitation_links, link_message_id, mint_link_token, verify_link_token

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
RING = KeyRing.from_settings(keyed_settings())
CLAIMS = LinkClaims(
    action="slot",
    workflow_id="reinterview-job-1-cand-1",
    run_id="run-1",
    expires_at=NOW + timedelta(days=14),
    email_ref="<m1@hr.example.com>",
    slot=2,
)


def test_round_trip() -> None:
    assert verify_link_token(RING, mint_link_token(RING, CLAIMS), NOW) == CLAIMS


@pytest.mark.parametrize("part", [0, 1, 2])
def test_tampering_with_any_part_is_refused(part: int) -> None:
    pieces = mint_link_token(RING, CLAIMS).split(".")
    pieces[part] = pieces[part][:-2] + ("AA" if not pieces[part].endswith("AA") else "BB")
    if part == 0:
        pieces[0] = "kother"
    with pytest.raises(TokenError) as caught:
        verify_link_token(RING, ".".join(pieces), NOW)
    assert caught.value.reason in ("forged", "unknown_key", "malformed")


def test_changed_claims_with_the_old_signature_are_forged() -> None:
    kid, _, mac = mint_link_token(RING, CLAIMS).split(".")
    other = {"a": "decline", "w": CLAIMS.workflow_id, "r": CLAIMS.run_id, "e": int(CLAIMS.expires_at.timestamp())}
    payload = base64.urlsafe_b64encode(json.dumps(other).encode()).decode().rstrip("=")
    with pytest.raises(TokenError, match="forged"):
        verify_link_token(RING, f"{kid}.{payload}.{mac}", NOW)


def test_expiry_garbage_and_rotation() -> None:
    token = mint_link_token(RING, CLAIMS)
    with pytest.raises(TokenError, match="expired"):
        verify_link_token(RING, token, CLAIMS.expires_at)
    for garbage in ("", "a.b", "ktest01.%%%.x", "ktest01.e30.AAAA"):
        with pytest.raises(TokenError):
            verify_link_token(RING, garbage, NOW)
    old = KeyRing.from_settings(keyed_settings(signing_key_id=OLD_KEY_ID))
    assert verify_link_token(RING, mint_link_token(old, CLAIMS), NOW) == CLAIMS


def test_each_email_gets_its_own_links_and_message_ids() -> None:
    settings = keyed_settings()
    first = invitation_links(settings, RING, "wf", "run", "<m1@x>", 3, NOW)
    second = invitation_links(settings, RING, "wf", "run", "<m2@x>", 3, NOW)
    assert first["confirm"] != second["confirm"] and len(first["slots"]) == 3  # type: ignore[arg-type]
    first_claims = verify_link_token(RING, str(first["confirm"]).rsplit("/", 1)[1], NOW)
    second_claims = verify_link_token(RING, str(second["confirm"]).rsplit("/", 1)[1], NOW)
    assert link_message_id(first_claims, settings) == link_message_id(first_claims, settings)
    assert link_message_id(first_claims, settings) != link_message_id(second_claims, settings)
