"""Link tokens: signing, verification, tampering, expiry, rotation."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from inbound.tokens import KeyRing, TokenError
from tests.inbound.conftest import OLD_KEY_ID, keyed_settings
from web.links import (
    CLAIM_DIGESTS_SINCE,
    LinkClaims,
    claims_digest,
    hr_action_link,
    hr_action_links,
    hr_login_link,
    invitation_links,
    link_message_id,
    mint_link_token,
    scorecard_link,
    token_digest,
    use_digests,
    verify_link_token,
)

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


B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def other_spellings(token: str) -> list[str]:
    """The three other spellings of a token whose MAC's last base64url character carries two unused bits."""
    head, last = token[:-1], token[-1]
    index = B64URL.index(last)
    return [head + B64URL[(index & ~3) + k] for k in range(4) if (index & ~3) + k != index]


def test_only_the_canonical_spelling_verifies() -> None:
    token = mint_link_token(RING, CLAIMS)
    spellings = other_spellings(token)
    assert len(spellings) == 3
    for spelling in spellings:
        with pytest.raises(TokenError) as caught:
            verify_link_token(RING, spelling, NOW)
        assert caught.value.reason == "malformed" and "canonical" in caught.value.detail
    assert verify_link_token(RING, token, NOW) == CLAIMS


def test_claims_in_another_json_spelling_are_refused_even_when_signed() -> None:
    """A payload must be the canonical JSON the service mints; re-ordered keys (signed with the key) do not pass."""
    body = CLAIMS.body()
    reordered = json.dumps(dict(reversed(list(body.items()))), separators=(",", ":")).encode()
    payload = base64.urlsafe_b64encode(reordered).decode().rstrip("=")
    mac = base64.urlsafe_b64encode(RING.sign(b"link", RING.current_id, payload.encode())).decode().rstrip("=")
    with pytest.raises(TokenError, match="unreadable"):
        verify_link_token(RING, f"{RING.current_id}.{payload}.{mac}", NOW)


def test_use_is_recorded_under_the_claims_and_the_old_raw_record_counts_for_one_link_lifetime() -> None:
    token = mint_link_token(RING, CLAIMS)
    old = KeyRing.from_settings(keyed_settings(signing_key_id=OLD_KEY_ID))
    same_claims_other_key = mint_link_token(old, CLAIMS)
    assert same_claims_other_key != token
    assert claims_digest(verify_link_token(RING, same_claims_other_key, NOW)) == claims_digest(CLAIMS)
    settings = keyed_settings()
    assert link_message_id(CLAIMS, settings) == link_message_id(
        verify_link_token(RING, same_claims_other_key, NOW), settings
    )
    ttl = timedelta(days=14)
    assert use_digests(token, CLAIMS, CLAIM_DIGESTS_SINCE, ttl) == [claims_digest(CLAIMS), token_digest(token)]
    later = CLAIM_DIGESTS_SINCE + ttl
    assert use_digests(token, CLAIMS, later, ttl) == [claims_digest(CLAIMS)]


def test_scorecard_hr_and_login_links() -> None:
    settings = keyed_settings(hr_base_url="https://hr.example.com/")
    url = scorecard_link(settings, RING, "wf", "run", "iv-1", NOW)
    assert url.startswith("http://links.test/s/")
    claims = verify_link_token(RING, url.rsplit("/", 1)[1], NOW)
    assert (claims.action, claims.person, claims.by) == ("scorecard", "iv-1", "interviewer")
    links = hr_action_links(settings, RING, "hr_approval_request", "wf", "run", "<m@x>", NOW)
    assert list(links) == ["hr_decision", "hr_extend", "hr_cancel", "inbox"]
    assert all(u.startswith("https://hr.example.com/hr/") for u in links.values())
    assert hr_action_links(settings, RING, "invitation", "wf", "run", "<m@x>", NOW) == {}
    with pytest.raises(ValueError, match="not an HR action"):
        hr_action_link(settings, RING, "confirm", "wf", "run", "", NOW)
    login = hr_login_link(settings, RING, NOW)
    login_claims = verify_link_token(RING, login.rsplit("/", 1)[1], NOW)
    assert login_claims.action == "hr_login" and login_claims.expires_at == NOW + settings.hr_login_ttl
