"""The reply address is not a password (SPEC R-M4): a reply from another sender is held, the candidate is asked
"did you send this?" at their own address, and only their confirmation applies it (real SMTP, PostgreSQL, the
worker on the time-skipping server, and the web app's confirm / ignore pages)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer

from inbound.gateway import InboundGateway
from inbound.repository import InboundRepository
from inbound.tokens import KeyRing, mint_held_token
from mail.sink import MailSink
from service import reinterviews
from service.settings import Settings
from tests.inbound.conftest import CANDIDATE_EMAIL, keyed_settings
from tests.inbound.mails import plain
from tests.inbound.test_end_to_end import invitation_of, reply_to, smtp_reply, until_stage
from tests.inbound.test_gateway import rows, send
from tests.workflows.conftest import Harness
from web.app import build_web_app


@pytest.fixture
async def web(smtp_settings: Settings, db_pool: asyncpg.Pool, time_skipping_env) -> AsyncIterator[TestClient]:
    app = build_web_app(smtp_settings, time_skipping_env.client, db_pool)
    async with TestClient(TestServer(app)) as client:
        yield client


def held_links(message) -> dict[str, str]:
    """The confirm / ignore paths of a "did you send this?" email (as the web app serves them)."""
    text = message.get_body(("plain",)).get_content()
    found = re.findall(r"http://links\.test(/h/[a-z0-9.]+)", text)
    assert len(found) == 2, text
    return {"confirm": found[0], "ignore": found[1]}


async def test_a_spoofed_decline_is_held_until_the_candidate_confirms_it(
    harness: Harness, gateway: InboundGateway, web: TestClient
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    invitation = await invitation_of(harness)
    address = invitation["Reply-To"].addresses[0].addr_spec

    spoofed = reply_to(invitation, "放弃", sender="Mallory <spoofer@evil.test>")
    await smtp_reply(gateway, spoofed, address)
    await gateway.idle()

    [row] = await InboundRepository(harness.pool).all()
    assert (row.status, row.reason, row.intent, row.sender) == (
        "held",
        "unverified_sender",
        "decline",
        "spoofer@evil.test",
    )
    status = await reinterviews.status(handle)
    assert status.stage.value == "awaiting_confirmation" and status.outcome is None
    assert not any(e.event.startswith("candidate replied") for e in status.timeline)

    # The candidate is asked at their own address, not the spoofer's.
    asks = [r for r in harness.received(harness.candidate_email) if "是您发送的吗" in str(r.message["Subject"])]
    assert len(asks) == 1 and not harness.received("spoofer@evil.test")
    links = held_links(asks[0].message)
    assert "spoofer@evil.test" in asks[0].message.get_body(("plain",)).get_content()

    # Opening the link (a mail scanner does) changes nothing; the button's POST does, once.
    page = await web.get(links["confirm"])
    assert page.status == 200 and "spoofer@evil.test" in await page.text()
    assert (await InboundRepository(harness.pool).get(row.id)).status == "held"
    done = await web.post(links["confirm"])
    assert done.status == 200 and "已确认" in await done.text()
    again = await web.post(links["confirm"])
    assert "已处理过" in await again.text()

    await gateway.sweep()
    await gateway.idle()
    applied = await InboundRepository(harness.pool).get(row.id)
    assert (applied.status, applied.intent, applied.sender_confirmed) == ("signalled", "decline", True)
    alias = await harness.pool.fetchval(
        "SELECT address FROM candidate_aliases WHERE candidate_id = $1", harness.ids["candidate"]
    )
    assert alias == "spoofer@evil.test"
    for _ in range(200):
        status = await reinterviews.status(handle)
        if any(e.event.startswith("candidate replied: decline") for e in status.timeline):
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError(f"the confirmed decline was not applied: {status.timeline}")


async def test_ignoring_keeps_it_a_dead_letter_and_a_confirmed_alias_is_trusted_afterwards(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, web: TestClient, mail_sink: MailSink, ring: KeyRing
) -> None:
    run = await make_run()
    await send(gateway, plain(run.address, "放弃", sender="x <Other.Person@Elsewhere.TEST>"), run.address)
    await send(gateway, plain(run.address, "确认", sender="x <friend@elsewhere.test>"), run.address)
    await gateway.idle()
    first, second = await rows(db_pool)
    assert (first.status, first.sender, second.status) == ("held", "other.person@elsewhere.test", "held")
    asks = await mail_sink.wait_for(2)
    assert all(m["To"].addresses[0].addr_spec == CANDIDATE_EMAIL for m in asks)
    by_excerpt = {("放弃" in m.get_body(("plain",)).get_content()): held_links(m) for m in asks}

    # Ignore the first: a dead letter, never acted on; the link then only says so.
    ignored = await web.post(by_excerpt[True]["ignore"])
    assert ignored.status == 200 and "已忽略" in await ignored.text()
    assert (await InboundRepository(db_pool).get(first.id)).reason == "sender_not_confirmed"
    assert "已处理过" in await (await web.post(by_excerpt[True]["confirm"])).text()

    # Confirm the second: its sender is trusted from now on (this run has no workflow behind it, so the applied
    # reply ends `invitation_closed` at the signal, past the sender check).
    assert (await web.post(by_excerpt[False]["confirm"])).status == 200
    await send(gateway, plain(run.address, "确认参加", sender="Friend <FRIEND@elsewhere.test>"), run.address)
    await gateway.sweep()
    await gateway.idle()
    statuses = [(r.status, r.reason) for r in await rows(db_pool)]
    assert statuses[1:] == [("dead_letter", "invitation_closed")] * 2
    assert len(mail_sink.received) == 2

    # Tampered, expired and unknown links change nothing.
    path = by_excerpt[False]["confirm"]
    tampered = path[:-2] + ("aa" if not path.endswith("aa") else "bb")
    assert (await web.post(tampered)).status in (400, 403)
    expired = mint_held_token(ring, second.id, "confirm", datetime.now(UTC) - timedelta(seconds=1))
    assert (await web.post(f"/h/{expired}")).status == 410
    unknown = mint_held_token(ring, 10**9, "confirm", datetime.now(UTC) + timedelta(days=1))
    assert (await web.get(f"/h/{unknown}")).status == 404


async def test_dmarc_fail_from_our_mx_is_another_sender_and_other_mxs_do_not_count(
    db_pool: asyncpg.Pool, make_run, time_skipping_env, mail_sink: MailSink
) -> None:
    settings = keyed_settings(
        smtp_host=mail_sink.host, smtp_port=mail_sink.port, inbound_trusted_authserv_id="mx.hr.example.com"
    )
    run = await make_run()
    forged_pass = "mx.hr.example.com; dmarc=pass header.from=example.com"
    cases = {
        "mx.hr.example.com; spf=fail smtp.mailfrom=example.com; dmarc=fail (p=none) header.from=example.com": "held",
        "mx.attacker.test; dmarc=fail header.from=example.com": "dead_letter",  # not our MX: does not count
        "mx.hr.example.com 1; dmarc=none (no policy) header.from=example.com": "dead_letter",
    }
    async with InboundGateway(settings, db_pool, time_skipping_env.client, retry_every=3600) as gw:
        for results in cases:
            extra = {"Authentication-Results": results}
            await send(gw, plain(run.address, "确认", extra=extra), run.address)
            await gw.idle()
        # A forged "pass" beside our MX's "fail" does not help.
        raw = plain(run.address, "确认", extra={"Authentication-Results": forged_pass}).replace(
            b"\nSubject:",
            b"\nAuthentication-Results: mx.hr.example.com; dmarc=fail header.from=example.com\nSubject:",
            1,
        )
        await send(gw, raw, run.address)
        await gw.idle()
    # Not held ones pass the sender check and meet the missing workflow (invitation_closed).
    got = [(r.status, r.reason) for r in await rows(db_pool)]
    assert got == [
        ("held", "unverified_sender"),
        ("dead_letter", "invitation_closed"),
        ("dead_letter", "invitation_closed"),
        ("held", "unverified_sender"),
    ]
    held = await rows(db_pool)
    assert "DMARC" in (held[0].detail or "")


async def test_did_you_send_this_is_sent_at_most_three_times_a_day_per_candidate(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, mail_sink: MailSink
) -> None:
    run = await make_run()
    for n in range(5):
        await send(gateway, plain(run.address, f"放弃 {n}", sender=f"s{n}@evil.test"), run.address)
    await gateway.idle()
    assert [r.status for r in await rows(db_pool)] == ["held"] * 5
    await mail_sink.wait_for(3)
    await gateway.sweep()
    await gateway.idle()
    assert len(mail_sink.received) == 3
    skipped = await db_pool.fetchval("SELECT count(*) FROM inbound_mail WHERE detail LIKE '%a day to this address%'")
    assert skipped == 2


async def test_without_an_address_to_ask_the_candidate_hr_is_told(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, mail_sink: MailSink
) -> None:
    run = await make_run(email=None)
    await send(gateway, plain(run.address, "放弃", sender="x@elsewhere.test"), run.address)
    await gateway.idle()
    [row] = await rows(db_pool)
    assert (row.status, row.notice) == ("held", None)
    todo = await db_pool.fetchrow("SELECT kind, detail FROM hr_todos WHERE workflow_id = $1", run.workflow_id)
    assert todo["kind"] == "candidate_reply_unverified" and "x@elsewhere.test" in todo["detail"]
    assert mail_sink.received == []
