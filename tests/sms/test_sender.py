"""SmsSender against real PostgreSQL: one text per key, E.164 checked first, the candidate's language, failures
sorted into retryable and permanent, numbers masked in logs."""

import asyncio
import logging
import uuid
from pathlib import Path

import asyncpg
import pytest
from temporalio.exceptions import ApplicationError

from db.repositories.sms_outbox import SmsOutboxRepository
from mail.render import email_environment
from service.settings import Settings
from sms.channel import sms_channel, sms_dir
from sms.sender import SmsSender
from sms.sink import SmsSink, saved_sms
from sms.twilio import TwilioSms

WORKFLOW = "reinterview-job-da-1-c-zh"
CONTEXT = {
    "job_title": "数据分析师",
    "start": "2026-12-10T06:00:00+00:00",
    "end": "2026-12-10T07:00:00+00:00",
    "location": "公司3楼会议室",
    "online_link": None,
    "workflow_id": WORKFLOW,
    "candidate_id": "c-zh",
}


@pytest.fixture
async def people(db_pool: asyncpg.Pool) -> asyncpg.Pool:
    await db_pool.executemany(
        "INSERT INTO candidates (candidate_id, name, email, locale, timezone) VALUES ($1, $2, $3, $4, $5)",
        [
            ("c-zh", "张三", "zhangsan@example.com", "zh-CN", "Asia/Shanghai"),
            ("c-en", "Alice Smith", "alice@example.com", "en", "Europe/London"),
        ],
    )
    return db_pool


def key() -> str:
    return f"run-{uuid.uuid4().hex}:interview-reminder:candidate-c-zh:sms"


def twilio_sender(pool, fake) -> SmsSender:
    transport = TwilioSms(fake.account_sid, fake.auth_token, from_number="+15005550006", api_base_url=fake.base_url)
    return SmsSender(pool, transport, email_environment(auto_reload=False))


async def rows(pool, workflow_id=WORKFLOW):
    return await SmsOutboxRepository(pool).list_for_workflow(workflow_id)


async def test_a_text_is_saved_once_per_key_by_the_sink(people, tmp_path):
    sender = SmsSender(people, SmsSink(tmp_path / "sms"), email_environment(auto_reload=False))
    k = key()
    assert await sender.send(k, "+86 138-0013-8000", "interview_reminder", CONTEXT) == "sent"
    assert await sender.send(k, "+86 138-0013-8000", "interview_reminder", CONTEXT) == "already_sent"

    [text] = saved_sms(tmp_path / "sms")
    assert text.to == "+8613800138000" and text.key == k
    assert "2026年12月10日 周四 14:00" in text.body and "公司3楼会议室" in text.body
    [row] = await rows(people)
    assert (row.status, row.attempts, row.provider, row.recipient) == ("sent", 2, "sink", "+8613800138000")
    assert row.provider_message_id and row.sent_at is not None


async def test_the_text_is_in_the_candidates_language_and_time_zone(people, fake_twilio):
    sender = twilio_sender(people, fake_twilio)
    try:
        await sender.send(key(), "+447700900123", "interview_reminder", {**CONTEXT, "candidate_id": "c-en"})
    finally:
        await sender.close()
    assert "Thu 10 Dec 2026, 06:00 (Europe/London)" in fake_twilio.sent[0]["body"]


async def test_concurrent_attempts_of_one_key_send_one_text(people, fake_twilio):
    fake_twilio.delay_s = 0.5  # the first attempt is still with the provider when the others claim
    sender = twilio_sender(people, fake_twilio)
    k = key()
    try:
        results = await asyncio.gather(
            *(sender.send(k, "+8613800138000", "interview_reminder", CONTEXT) for _ in range(3))
        )
    finally:
        await sender.close()
    assert sorted(results) == ["already_sent", "already_sent", "sent"]
    assert len(fake_twilio.sent) == 1 and fake_twilio.requests == 1


async def test_a_number_that_is_not_e164_is_refused_before_anything_is_claimed(people, fake_twilio):
    sender = twilio_sender(people, fake_twilio)
    with pytest.raises(ApplicationError, match=r"138\*+8000 is not an E\.164") as caught:
        await sender.send(key(), "138-0013-8000", "interview_reminder", CONTEXT)
    assert caught.value.type == "InvalidPhoneNumber" and caught.value.non_retryable
    assert fake_twilio.requests == 0 and await rows(people) == []


async def test_a_rate_limit_is_retryable_and_the_retry_sends(people, fake_twilio, caplog):
    fake_twilio.rate_limited = 1
    sender = twilio_sender(people, fake_twilio)
    k = key()
    try:
        with caplog.at_level(logging.INFO), pytest.raises(ApplicationError, match="HTTP 429") as caught:
            await sender.send(k, "+8613800138000", "interview_reminder", CONTEXT)
        assert caught.value.type == "TransientSmsError" and not caught.value.non_retryable
        [row] = await rows(people)
        assert row.status == "pending" and "429" in (row.problem or "")
        with caplog.at_level(logging.INFO):
            assert await sender.send(k, "+8613800138000", "interview_reminder", CONTEXT) == "sent"
    finally:
        await sender.close()
    [row] = await rows(people)
    assert (row.status, row.attempts, row.problem) == ("sent", 2, None)
    assert len(fake_twilio.sent) == 1
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "+86*******8000" in logged and "13800138000" not in logged


async def test_a_permanent_refusal_is_recorded_and_never_retried_at_the_provider(people, fake_twilio):
    fake_twilio.landlines.add("+8613800138000")
    sender = twilio_sender(people, fake_twilio)
    k = key()
    try:
        for _ in range(2):
            with pytest.raises(ApplicationError, match="21614") as caught:
                await sender.send(k, "+8613800138000", "interview_reminder", CONTEXT)
            assert caught.value.type == "PermanentSmsError" and caught.value.non_retryable
    finally:
        await sender.close()
    assert fake_twilio.requests == 1
    [row] = await rows(people)
    assert row.status == "failed" and "13800138000" not in (row.problem or "")


async def test_wrong_credentials_fail_the_text_for_good(people, fake_twilio):
    sender = twilio_sender(people, fake_twilio)
    fake_twilio.auth_token = "rotated"  # the account's token changed; the worker still has the old one
    try:
        with pytest.raises(ApplicationError, match="AUTH_TOKEN") as caught:
            await sender.send(key(), "+8613800138000", "interview_reminder", CONTEXT)
    finally:
        await sender.close()
    assert caught.value.non_retryable and fake_twilio.sent == []


async def test_a_text_that_cannot_be_rendered_or_an_unknown_candidate_is_permanent(people, tmp_path):
    sender = SmsSender(people, SmsSink(tmp_path / "sms"), email_environment(auto_reload=False))
    without_start = {k: v for k, v in CONTEXT.items() if k != "start"}
    with pytest.raises(ApplicationError, match="start") as template:
        await sender.send(key(), "+8613800138000", "interview_reminder", without_start)
    with pytest.raises(ApplicationError, match="'ghost' not found") as unknown:
        await sender.send(key(), "+8613800138000", "interview_reminder", {**CONTEXT, "candidate_id": "ghost"})
    assert (template.value.type, unknown.value.type) == ("SmsTemplateError", "SmsRecipientUnavailable")
    assert template.value.non_retryable and unknown.value.non_retryable
    assert saved_sms(tmp_path / "sms") == [] and await rows(people) == []


async def test_settings_choose_the_channel(db_pool, tmp_path, fake_twilio):
    assert sms_channel(Settings(sms_provider="none"), db_pool) is None
    sink = Settings(sms_provider="sink", data_dir=tmp_path)
    assert sms_dir(sink) == tmp_path / "sms"
    assert sms_channel(sink, db_pool).provider == "sink"  # type: ignore[union-attr]
    twilio = Settings(
        sms_provider="twilio",
        twilio_account_sid=fake_twilio.account_sid,
        twilio_auth_token=fake_twilio.auth_token,
        twilio_from="+15005550006",
        twilio_api_base_url=fake_twilio.base_url,
    )
    assert sms_channel(twilio, db_pool).provider == "twilio"  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="REINTERVIEW_TWILIO_ACCOUNT_SID"):
        sms_channel(Settings(sms_provider="twilio"), db_pool)
    assert Path(sms_dir(Settings(sms_provider="sink", sms_dir=tmp_path / "x"))) == tmp_path / "x"


async def test_a_slow_provider_holds_at_most_max_in_flight_connections(people, fake_twilio):
    fake_twilio.delay_s = 0.4
    transport = TwilioSms(
        fake_twilio.account_sid, fake_twilio.auth_token, from_number="+15005550006", api_base_url=fake_twilio.base_url
    )
    sender = SmsSender(people, transport, email_environment(auto_reload=False), max_in_flight=2)
    try:
        results = await asyncio.gather(
            *(sender.send(key(), "+8613800138000", "interview_reminder", CONTEXT) for _ in range(4))
        )
    finally:
        await sender.close()
    assert results == ["sent"] * 4 and len(fake_twilio.sent) == 4
    assert fake_twilio.most_in_flight == 2
