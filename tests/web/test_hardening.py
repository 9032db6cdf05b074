"""Link hardening over real HTTP against a real workflow: one spelling per link, uses recorded by claims (and by
the old raw-string record while older links live), GET/HEAD never signal, security headers on every page."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiohttp.test_utils import TestClient

from inbound.tokens import KeyRing
from service import reinterviews
from tests.polling import until_status
from tests.web.test_app import emails_to, links_in, replies, stage
from tests.web.test_links import other_spellings
from tests.workflows.conftest import Harness
from web.links import LinkClaims, mint_link_token, token_digest, verify_link_token

SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def assert_secure(response) -> None:
    for name, value in SECURITY.items():
        assert response.headers.get(name) == value, (response.url, name)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp


async def test_other_spellings_of_a_used_link_are_refused_and_send_nothing(
    harness: Harness, web_client: TestClient
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    _, option2, _, _ = links_in(invitation)

    assert (await web_client.post(option2)).status == 200
    await until_status(handle, stage("scheduled"))
    for spelling in other_spellings(option2):
        for method in (web_client.get, web_client.post):
            response = await method(spelling)
            assert response.status == 400 and "not valid" in await response.text()
            assert_secure(response)
    await asyncio.sleep(0.3)
    assert replies(await reinterviews.status(handle)) == ["candidate replied: reschedule (time 2)"]
    uses = await harness.pool.fetch("SELECT action, uses FROM link_uses WHERE workflow_id = $1", handle.id)
    assert [(r["action"], r["uses"]) for r in uses] == [("slot", 1)]


async def test_a_link_used_before_the_change_is_still_used(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    """A use recorded under the raw token's digest (before claim digests) keeps the link used."""
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    _confirm, _, _, decline = links_in(invitation)
    token = decline.rsplit("/", 1)[1]
    claims = verify_link_token(ring, token, datetime.now(UTC))
    await harness.pool.execute(
        "INSERT INTO link_uses (token_digest, action, workflow_id, run_id) VALUES ($1, 'decline', $2, $3)",
        token_digest(token),
        claims.workflow_id,
        claims.run_id,
    )
    page = await web_client.get(decline)
    assert page.status == 200 and "already recorded" in await page.text()
    again = await web_client.post(decline)
    assert again.status == 200 and "already recorded" in await again.text()
    await asyncio.sleep(0.3)
    status = await reinterviews.status(handle)
    assert status.outcome is None and replies(status) == []


async def test_security_headers_on_every_page(harness: Harness, web_client: TestClient, ring: KeyRing) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, *_ = links_in(invitation)
    claims = verify_link_token(ring, confirm.rsplit("/", 1)[1], datetime.now(UTC))
    scorecard = "/s/" + mint_link_token(
        ring,
        LinkClaims(
            action="scorecard",
            workflow_id=claims.workflow_id,
            run_id=claims.run_id,
            expires_at=claims.expires_at,
            by="interviewer",
            person=harness.ids["interviewer"],
        ),
    )
    for path in (confirm, "/l/nonsense", "/s/nonsense", scorecard, "/hr/", "/hr/login/x", "/healthz", "/nowhere"):
        for method in (web_client.get, web_client.head):
            response = await method(path)
            assert_secure(response)
