"""Signed links over real HTTP against a real workflow (time-skipping server, PostgreSQL, SMTP sink)."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from aiohttp.test_utils import TestClient

from inbound.tokens import KeyRing
from schemas.contract import CandidateReply, StatusView
from service import reinterviews
from tests.polling import eventually, in_stage, until_status, until_true
from tests.workflows.conftest import Harness
from web.links import LinkClaims, mint_link_token, verify_link_token


def stage(name: str):
    return in_stage(name, waiting=False)


async def emails_to(harness: Harness, address: str, template_words: str, count: int = 1) -> list:
    def found() -> list:
        mails = [r.message for r in harness.received(address) if template_words in str(r.message["Subject"])]
        return mails if len(mails) >= count else []

    return await until_true(found, what=f"{count} email(s) with {template_words!r} to {address}")


def links_in(message) -> list[str]:
    """Link paths in the plain-text part, in order (confirm, option 2, option 3, decline)."""
    text = message.get_body(("plain",)).get_content()
    return [urlsplit(u).path for u in re.findall(r"http://links\.test/[ls]/\S+", text)]


def replies(status: StatusView) -> list[str]:
    return [e.event for e in status.timeline if e.event.startswith("candidate replied")]


async def test_option_link_shows_a_page_then_the_button_books_it_once(harness: Harness, web_client: TestClient) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, option2, _, decline = links_in(invitation)

    page = await web_client.get(option2)
    assert page.status == 200 and "选择方案 2" in await page.text() and 'method="post"' in await page.text()
    assert (await reinterviews.status(handle)).stage.value == "awaiting_confirmation"  # a GET changes nothing

    done = await web_client.post(option2)
    assert done.status == 200 and "已收到您的回复" in await done.text()
    status = await until_status(handle, stage("scheduled"))
    assert replies(status) == ["candidate replied: reschedule (time 2)"]

    again = await web_client.post(option2)
    assert again.status == 200 and "already recorded" in await again.text()
    await asyncio.sleep(0.2)
    assert replies(await reinterviews.status(handle)) == ["candidate replied: reschedule (time 2)"]

    # The interviewer's brief carries a "view report" link: opening it (GET, HEAD) shows the report and changes
    # nothing; its "I have read this report" button is the "report viewed" event.
    interviewer_mail = await emails_to(harness, harness.interviewer_email, "", count=2)
    [report_path] = [path for m in interviewer_mail for path in links_in(m) if path.startswith("/l/")]
    report = await web_client.get(report_path)
    text = await report.text()
    assert report.status == 200 and "<html" in text.lower() and "I have read this report" in text
    assert (await web_client.head(report_path)).status == 200
    await asyncio.sleep(0.3)
    assert not any(e.event.startswith("report viewed") for e in (await reinterviews.status(handle)).timeline)
    read = await web_client.post(report_path)
    assert read.status == 200 and "Recorded that you have read" in await read.text()
    status = await until_status(handle, lambda s: any(e.event == "report viewed by interviewer" for e in s.timeline))
    progress = await emails_to(harness, harness.candidate_email, "面试官已查看报告")
    assert progress

    closed = await web_client.post(decline)
    assert closed.status == 200
    await until_status(handle, lambda s: s.outcome is not None and s.outcome.value == "declined")
    await eventually(
        lambda: harness.pool.fetchval("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id),
        what="the run's outcome in its row",
    )
    after = await web_client.post(confirm)
    assert after.status == 410 and "已结束" in await after.text()


async def test_tampered_expired_and_stale_links_get_an_error_page_and_change_nothing(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, option2, _, decline = links_in(invitation)

    kid, payload, mac = confirm.rsplit("/", 1)[1].split(".")
    tampered = f"/l/{kid}.{payload[:-2]}{'AB' if not payload.endswith('AB') else 'CD'}.{mac}"
    claims = verify_link_token(ring, confirm.rsplit("/", 1)[1], datetime.now(UTC))
    expired = "/l/" + mint_link_token(
        ring,
        LinkClaims(
            action="confirm",
            workflow_id=claims.workflow_id,
            run_id=claims.run_id,
            expires_at=datetime.now(UTC) - timedelta(seconds=1),
            email_ref=claims.email_ref,
        ),
    )
    for path, status_code, words in (
        (tampered, 403, "链接无效"),
        (decline[:-5], 400, "incomplete or damaged"),
        ("/l/nonsense", 400, "not valid"),
        (expired, 410, "has expired"),
    ):
        for method in (web_client.get, web_client.post):
            response = await method(path)
            assert response.status == status_code and words in await response.text(), (path, method)
    assert (await reinterviews.status(handle)).stage.value == "awaiting_confirmation"
    assert replies(await reinterviews.status(handle)) == []

    # New times are offered after a free-text reschedule: the first invitation's option links are stale.
    await reinterviews.reply(handle, CandidateReply(intent="reschedule", text="下周四下午", message_id="<r1@x>"))
    await emails_to(harness, harness.candidate_email, "重新面试邀请", count=2)
    await until_status(handle, lambda s: s.stage.value == "awaiting_confirmation" and s.next_deadline is not None)
    stale = await web_client.post(option2)
    assert stale.status == 409 and "latest email" in await stale.text()
    assert replies(await reinterviews.status(handle)) == ["candidate replied: reschedule"]
