"""The reply gateway over real SMTP (aiosmtplib → aiosmtpd) with real PostgreSQL: what is refused, what is stored,
and how every kind of mail that must not reach a workflow ends as a dead letter with its reason."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import aiosmtplib
import asyncpg
import pytest
from temporalio.testing import WorkflowEnvironment

from db.pool import create_pool
from inbound.gateway import InboundGateway
from inbound.repository import InboundRepository, list_dead_letters
from inbound.tokens import KeyRing, bounce_address, mint_reply_token
from mail.sink import MailSink
from schemas.inbound import InboundMail
from service.settings import Settings
from tests.fixtures.smtp import body_text
from tests.inbound.conftest import KEY_ID, REPLY_DOMAIN, TEST_KEYS, add_outbound, keyed_settings
from tests.inbound.mails import INVITATION_ZH, plain, quoted
from tests.inbound.test_automated import dsn


async def send(gateway: InboundGateway, raw: bytes, to: str, sender: str = "zhangsan@example.com") -> tuple[int, str]:
    """Deliver over SMTP (an empty sender is MAIL FROM:<>, as bounces use); returns the DATA reply."""
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=gateway.port, timeout=10, start_tls=False) as smtp:
        errors, response = await smtp.sendmail(sender, [to], raw)
    assert errors == {}
    return 250, response


async def rows(pool: asyncpg.Pool):
    return await InboundRepository(pool).all()


async def stored(pool: asyncpg.Pool, inbound_id: int) -> InboundMail:
    """The stored row of inbound message `inbound_id`; fails the test when there is none."""
    row = await InboundRepository(pool).get(inbound_id)
    assert row is not None, f"no inbound_mail row #{inbound_id}"
    return row


async def test_unknown_recipients_are_refused_at_rcpt(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, ring: KeyRing
) -> None:
    """Anything but a reply or bounce address we signed gets 550 at RCPT, and nothing is stored (R-M2, R-M4)."""
    run = await make_run()
    token = run.address.split("+", 1)[1].split("@")[0]
    other = KeyRing.from_settings(keyed_settings(signing_keys={"kother": TEST_KEYS[KEY_ID]}, signing_key_id="kother"))
    bounce = bounce_address(keyed_settings(), ring, "<inv@hr.example.com>")
    refused = [
        f"hr@{REPLY_DOMAIN}",
        "reply+abc@elsewhere.example.com",
        f"reply+@{REPLY_DOMAIN}",
        f"reply+anything@{REPLY_DOMAIN}",
        f"reply+kbogus.notatoken@{REPLY_DOMAIN}",
        "reply+" + token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb") + f"@{REPLY_DOMAIN}",  # forged
        f"reply+{mint_reply_token(other, run.run_id, datetime.now(UTC) + timedelta(days=1))}@{REPLY_DOMAIN}",
        bounce.replace("bounce+", "bounce+x", 1),
        bounce[: -len(REPLY_DOMAIN) - 4] + "aaa@" + REPLY_DOMAIN,
    ]
    for to in refused:
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refusal:
            await send(gateway, plain(to, "确认"), to)
        assert refusal.value.recipients[0].code == 550, to
    assert await rows(db_pool) == []


async def test_a_question_is_stored_before_250_and_becomes_an_hr_todo(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run
) -> None:
    run = await make_run()
    raw = plain(run.address, f"请问面试需要带作品集原件吗？\n\n在 2026年12月1日 写道：\n{quoted(INVITATION_ZH)}\n")
    _, response = await send(gateway, raw, run.address)
    [row] = await rows(db_pool)
    assert f"stored as inbound #{row.id}" in response
    stored = await db_pool.fetchval("SELECT raw FROM inbound_mail WHERE id = $1", row.id)
    assert bytes(stored).replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")

    await gateway.idle()
    [row] = await rows(db_pool)
    assert (row.status, row.reason, row.intent, row.workflow_id) == (
        "handed_to_hr",
        "question",
        "question",
        run.workflow_id,
    )
    todo = await db_pool.fetchrow(
        "SELECT kind, detail, candidate_id FROM hr_todos WHERE workflow_id = $1", run.workflow_id
    )
    assert todo is not None
    assert todo["kind"] == "candidate_question" and todo["detail"] == "请问面试需要带作品集原件吗？"
    assert todo["candidate_id"] == run.candidate_id


async def test_expired_foreign_and_closed_tokens_are_dead_letters(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, ring: KeyRing
) -> None:
    run, other, closed = await make_run(), await make_run(), await make_run(outcome="declined")
    expired = f"reply+{mint_reply_token(ring, run.run_id, datetime.now(UTC) - timedelta(minutes=1))}@{REPLY_DOMAIN}"
    unknown_run = (
        f"reply+{mint_reply_token(ring, str(uuid.uuid4()), datetime.now(UTC) + timedelta(days=1))}@{REPLY_DOMAIN}"
    )
    await add_outbound(db_pool, other.workflow_id, "invitation", "<inv-other@hr.example.com>")
    cases = [
        (expired, {}, "expired"),
        (unknown_run, {}, "unknown_invitation"),
        (run.address, {"in_reply_to": "<inv-other@hr.example.com>"}, "token_mismatch"),
        (closed.address, {}, "invitation_closed"),
    ]
    for to, extra, _ in cases:
        await send(gateway, plain(to, "确认参加", **extra), to)
    await gateway.idle()

    reasons = {r.rcpt_to[0]: (r.status, r.reason) for r in await rows(db_pool)}
    assert reasons == {to: ("dead_letter", reason) for to, _, reason in cases}
    letters = await list_dead_letters(db_pool)
    assert sorted(d.reason for d in letters) == sorted(reason for _, _, reason in cases)
    assert all(d.size > 0 and d.message_id for d in letters)
    assert await db_pool.fetchval("SELECT count(*) FROM hr_todos") == 0


async def test_an_expired_address_is_answered_with_hrs_contact_once_a_day_and_never_to_automated_mail(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, ring: KeyRing, mail_sink: MailSink
) -> None:
    run = await make_run()
    expired = f"reply+{mint_reply_token(ring, run.run_id, datetime.now(UTC) - timedelta(minutes=1))}@{REPLY_DOMAIN}"
    message_id = "<late-1@mail.example.com>"
    await send(gateway, plain(expired, "还能参加吗？", message_id=message_id), expired)
    await gateway.idle()
    [answer] = await mail_sink.wait_for(1)
    [received] = mail_sink.received
    assert received.mail_from in ("", "<>") and received.rcpt_tos == ("zhangsan@example.com",)
    assert answer["Auto-Submitted"] == "auto-replied" and answer["In-Reply-To"] == message_id
    assert "hr@hr.example.com" in body_text(answer)
    assert "已失效" in answer["Subject"]

    # The same sender again the same day, a bounce, and an auto-reply: no second answer.
    await send(gateway, plain(expired, "再问一次"), expired)
    await send(gateway, dsn("<whatever@hr.example.com>"), expired, sender="")
    auto = plain(expired, "我正在休假。", extra={"Auto-Submitted": "auto-replied"}, sender="bot <bot@example.com>")
    await send(gateway, auto, expired, sender="bot@example.com")
    await gateway.idle()
    await asyncio.sleep(0.3)
    assert len(mail_sink.received) == 1
    statuses = sorted((r.status, r.reason) for r in await rows(db_pool))
    assert statuses == [("dead_letter", "auto_reply"), ("dead_letter", "bounce")] + [("dead_letter", "expired")] * 2
    limited = await db_pool.fetchval(
        "SELECT detail FROM inbound_mail WHERE reply_text IS NULL AND reason = 'expired' ORDER BY id DESC LIMIT 1"
    )
    assert "a day to this address already" in limited


async def test_auto_replies_are_kept_aside_and_hr_sees_them_once(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run
) -> None:
    """Never acted on; HR gets one to-do per run (the notice may say until when the candidate is away)."""
    run = await make_run()
    for text in ("我正在休假，12月10日返回。", "我正在休假，12月10日返回。（第二封）"):
        await send(
            gateway,
            plain(run.address, text, subject="自动回复: 重新面试邀请", extra={"Auto-Submitted": "auto-replied"}),
            run.address,
        )
    await gateway.idle()
    assert [(r.status, r.reason) for r in await rows(db_pool)] == [("dead_letter", "auto_reply")] * 2
    todos = await db_pool.fetch("SELECT workflow_id, kind, title, detail FROM hr_todos")
    assert [(t["workflow_id"], t["kind"]) for t in todos] == [(run.workflow_id, "candidate_auto_reply")]
    assert "not acted on" in todos[0]["title"] and "inbound #" in todos[0]["detail"]


async def test_a_bounce_counts_only_at_the_signed_bounce_address_of_the_email_it_names(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, ring: KeyRing, smtp_settings: Settings
) -> None:
    run = await make_run()
    await add_outbound(db_pool, run.workflow_id, "invitation", "<inv-b@hr.example.com>")
    await add_outbound(db_pool, run.workflow_id, "reply_reminder", "<rem-b@hr.example.com>")
    reminder_bounces_to = bounce_address(smtp_settings, ring, "<rem-b@hr.example.com>")

    # Forged: a DSN naming the invitation sent to the run's reply address, or to the reminder's bounce address.
    await send(gateway, dsn("<inv-b@hr.example.com>"), run.address, sender="")
    await send(gateway, dsn("<inv-b@hr.example.com>"), reminder_bounces_to, sender="")
    await gateway.idle()
    assert [(r.status, r.reason, r.workflow_id) for r in await rows(db_pool)] == [("dead_letter", "bounce", None)] * 2
    assert await db_pool.fetchval("SELECT count(*) FROM outbound_emails WHERE undeliverable_at IS NOT NULL") == 0
    assert await db_pool.fetchval("SELECT count(*) FROM hr_todos") == 0

    # Real: the invitation's own bounce address.
    await send(
        gateway, dsn("<inv-b@hr.example.com>"), bounce_address(smtp_settings, ring, "<inv-b@hr.example.com>"), sender=""
    )
    await gateway.idle()
    row = (await rows(db_pool))[-1]
    assert (row.status, row.reason, row.workflow_id) == ("dead_letter", "bounce", run.workflow_id)
    undeliverable = await db_pool.fetchrow(
        "SELECT undeliverable_at, undeliverable_reason FROM outbound_emails WHERE message_id = '<inv-b@hr.example.com>'"
    )
    assert undeliverable is not None
    assert undeliverable["undeliverable_at"] is not None and "5.1.1" in undeliverable["undeliverable_reason"]
    todo = await db_pool.fetchrow("SELECT kind, title FROM hr_todos WHERE workflow_id = $1", run.workflow_id)
    assert todo is not None
    assert todo["kind"] == "email_undeliverable" and "invitation could not be delivered" in todo["title"]

    # A person writing to a bounce address is not a bounce.
    await send(gateway, plain(reminder_bounces_to, "确认"), reminder_bounces_to)
    await gateway.idle()
    assert ((await rows(db_pool))[-1].status, (await rows(db_pool))[-1].reason) == ("dead_letter", "not_a_bounce")


async def test_oversized_mail_is_refused_and_recorded(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run, smtp_settings: Settings
) -> None:
    run = await make_run()
    big = plain(run.address, "确认\n" + ("附件内容 " * 40 + "\n") * 2000, cte="base64")
    assert len(big) > smtp_settings.inbound_max_bytes

    # A client that declares the size (SIZE=, RFC 1870) is refused before sending anything.
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
        await send(gateway, big, run.address)
    assert refused.value.code == 552
    assert await rows(db_pool) == []

    # One that does not is refused after DATA, and the refusal is kept as a dead letter.
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=gateway.port, timeout=10, start_tls=False) as smtp:
        await smtp.mail("zhangsan@example.com")
        await smtp.rcpt(run.address)
        with pytest.raises(aiosmtplib.SMTPDataError) as too_big:
            await smtp.data(big)
    assert too_big.value.code == 552 and f"limit is {smtp_settings.inbound_max_bytes} bytes" in too_big.value.message
    [row] = await rows(db_pool)
    assert (row.status, row.reason, row.rcpt_to) == ("dead_letter", "oversized", [run.address])


async def test_a_database_fault_answers_451_so_the_sender_retries(
    smtp_settings: Settings, db_dsn: str, time_skipping_env: WorkflowEnvironment, make_run
) -> None:
    run = await make_run()
    broken = await create_pool(db_dsn, min_size=1, max_size=1)
    await broken.close()
    gw = InboundGateway(smtp_settings, broken, time_skipping_env.client, retry_every=3600)
    await gw.start()
    try:
        with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
            await send(gw, plain(run.address, "确认"), run.address)
        assert refused.value.code == 451
    finally:
        await gw.stop()


async def test_rows_left_received_are_processed_by_the_sweep(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run
) -> None:
    run = await make_run(outcome="cancelled")
    inbound_id = await InboundRepository(db_pool).store(
        "zhangsan@example.com", [run.address], plain(run.address, "确认")
    )
    await gateway.sweep()
    await gateway.idle()
    row = await InboundRepository(db_pool).get(inbound_id)
    assert row is not None and (row.status, row.reason) == ("dead_letter", "invitation_closed")


async def test_picking_a_time_from_an_earlier_invitation_goes_to_hr(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run
) -> None:
    run = await make_run()
    now = datetime.now(UTC)
    await add_outbound(db_pool, run.workflow_id, "invitation", "<inv-1@hr.example.com>", now - timedelta(hours=5))
    await add_outbound(db_pool, run.workflow_id, "invitation", "<inv-2@hr.example.com>", now - timedelta(hours=1))
    await send(gateway, plain(run.address, "选2", in_reply_to="<inv-1@hr.example.com>"), run.address)
    await gateway.idle()
    [row] = await rows(db_pool)
    assert (row.status, row.reason, row.slot) == ("handed_to_hr", "superseded_invitation", 2)
    kind = await db_pool.fetchval("SELECT kind FROM hr_todos WHERE workflow_id = $1", run.workflow_id)
    assert kind == "candidate_reply_stale"


async def test_run_gateway_and_run_web_serve_until_stopped(
    smtp_settings: Settings, db_pool: asyncpg.Pool, time_skipping_env: WorkflowEnvironment
) -> None:
    import aiohttp

    from inbound.gateway import run_gateway
    from tests.fixtures.smtp import free_port
    from web.app import run_web

    settings = smtp_settings.model_copy(update={"inbound_port": free_port(), "http_port": free_port()})
    stop = asyncio.Event()
    servers = [
        asyncio.create_task(run_gateway(settings, pool=db_pool, client=time_skipping_env.client, stop=stop)),
        asyncio.create_task(run_web(settings, pool=db_pool, client=time_skipping_env.client, stop=stop)),
    ]
    try:
        for _ in range(100):
            try:
                async with aiosmtplib.SMTP(
                    hostname="127.0.0.1", port=settings.inbound_port, timeout=2, start_tls=False
                ) as smtp:
                    code, _ = await smtp.ehlo()
                async with (
                    aiohttp.ClientSession() as http,
                    http.get(f"http://127.0.0.1:{settings.http_port}/healthz") as health,
                ):
                    assert (code, health.status) == (250, 200)
                break
            except (OSError, aiosmtplib.SMTPConnectError):
                await asyncio.sleep(0.05)
        else:
            raise AssertionError("the gateway and the web app did not come up")
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*servers), timeout=10)
