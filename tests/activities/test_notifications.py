"""NotificationActivities.send_email over a real SMTP sink and a real (migrated, per-test) PostgreSQL."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import icalendar
import pytest
from aiosmtpd.controller import Controller
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.notifications import NotificationActivities
from db.repositories.outbox import OutboxRepository
from inbound.tokens import KeyRing, bounce_token_of, reply_token_of, verify_bounce_token
from mail.message import make_message_id
from mail.render import email_environment
from mail.sink import MailSink
from mail.smtp import SmtpSender
from schemas.notifications import CalendarInvite, Recipient, SendEmailInput
from service.settings import Settings
from tests.fixtures.smtp import body_text, free_port
from tests.inbound.conftest import keyed_settings

START = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
JOB = {"job_title": "电商客服专员", "job_id": "job-ecs-1"}


@pytest.fixture
async def people(db_pool: asyncpg.Pool) -> asyncpg.Pool:
    await db_pool.executemany(
        "INSERT INTO candidates (candidate_id, name, email, locale, timezone) VALUES ($1, $2, $3, $4, $5)",
        [
            ("c-zh", "张三", "zhangsan@example.com", "zh-CN", "Asia/Shanghai"),
            ("c-en", "Alice Smith", "alice@example.com", "en", "Europe/London"),
            ("c-noemail", "王五", None, "zh-CN", "Asia/Shanghai"),
        ],
    )
    await db_pool.execute(
        "INSERT INTO interviewers (interviewer_id, name, email) VALUES ('i-7', '李老师', 'li@hr.example.com')"
    )
    return db_pool


def activities(pool: asyncpg.Pool, settings: Settings) -> NotificationActivities:
    return NotificationActivities(pool, SmtpSender(settings, timeout=5), email_environment(), settings)


async def send(acts: NotificationActivities, input: SendEmailInput):
    return await ActivityEnvironment().run(acts.send_email, input)


def progress(candidate_id: str, key: str | None = None, workflow_id: str = "reinterview-job-ecs-1-c") -> SendEmailInput:
    return SendEmailInput(
        idempotency_key=key or f"run-{uuid.uuid4().hex}:progress-invitation:candidate-{candidate_id}",
        workflow_id=workflow_id,
        template="progress",
        recipient=Recipient(kind="candidate", id=candidate_id),
        context={**JOB, "event": "invitation_sent"},
        reply_to="r+token@reply.hr.example.com",
    )


def invitation(candidate_id: str) -> SendEmailInput:
    slots = [
        {
            "number": n,
            "start": (START + timedelta(days=n - 1)).isoformat(),
            "end": (START + timedelta(days=n - 1, hours=1)).isoformat(),
        }
        for n in (1, 2, 3)
    ]
    context: dict[str, Any] = {
        **JOB,
        "trigger_kind": "low_score",
        "round": 1,
        "slots": slots,
        "location": "https://meet.hr.example.com/reinterview/x",
        "training": None,
        "reply_by": (START - timedelta(days=2)).isoformat(),
    }
    return SendEmailInput(
        idempotency_key=f"run-1:invitation-1:candidate-{candidate_id}",
        workflow_id="reinterview-job-ecs-1-" + candidate_id,
        template="invitation",
        recipient=Recipient(kind="candidate", id=candidate_id),
        context=context,
    )


async def test_candidate_gets_the_email_in_their_language(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    acts = activities(people, smtp_settings)
    zh = await send(acts, invitation("c-zh"))
    en = await send(acts, invitation("c-en"))

    assert zh.status == en.status == "sent" and zh.recipient_kind == "candidate"
    by_recipient = {r.rcpt_tos[0]: r.message for r in mail_sink.received}
    assert set(by_recipient) == {"zhangsan@example.com", "alice@example.com"}

    chinese = by_recipient["zhangsan@example.com"]
    assert chinese["Subject"].startswith("重新面试邀请：电商客服专员")
    assert chinese["To"].addresses[0].display_name == "张三"
    assert (
        chinese["Message-ID"] == zh.message_id == make_message_id("run-1:invitation-1:candidate-c-zh", "hr.example.com")
    )
    assert chinese["Auto-Submitted"] == "auto-generated"
    text = body_text(chinese)
    assert "张三，您好" in text and "2026年12月3日 周四 14:00–15:00" in text and "回复「确认」" in text

    english = by_recipient["alice@example.com"]
    assert english["Subject"].startswith("Re-interview invitation")
    text = body_text(english)
    assert "Dear Alice Smith" in text
    assert "Thu 3 Dec 2026, 06:00–07:00 (Europe/London)" in text
    assert "Alice Smith" in body_text(english, "html")

    rows = await OutboxRepository(people).list_for_workflow("reinterview-job-ecs-1-c-zh")
    assert [(r.status, r.attempts, r.template, r.recipient) for r in rows] == [
        ("sent", 1, "invitation", "zhangsan@example.com")
    ]
    assert rows[0].subject == chinese["Subject"] and rows[0].sent_at is not None


async def test_a_retry_with_the_same_key_sends_once(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    acts = activities(people, smtp_settings)
    input = progress("c-zh", workflow_id="reinterview-job-ecs-1-c-zh")
    first = await send(acts, input)
    second = await send(acts, input)

    assert (first.status, second.status) == ("sent", "already_sent")
    assert first.message_id == second.message_id
    assert len(mail_sink.messages) == 1
    assert mail_sink.messages[0]["Subject"] == "进度通知：面试通知已发送（电商客服专员）"
    assert mail_sink.messages[0]["Reply-To"].addresses[0].addr_spec == "r+token@reply.hr.example.com"
    assert await OutboxRepository(people).count_for_workflow("reinterview-job-ecs-1-c-zh") == 1


async def test_a_send_that_fails_after_the_claim_is_retried_and_sent_once(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    input = progress("c-en", workflow_id="wf-smtp-down")
    smtp_down = smtp_settings.model_copy(update={"smtp_port": free_port()})
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any error, so long as Temporal may retry it
        await send(activities(people, smtp_down), input)
    # A plain error (not a non-retryable ApplicationError): Temporal's retry policy takes over.
    assert not (isinstance(caught.value, ApplicationError) and caught.value.non_retryable)
    outbox = OutboxRepository(people)
    [pending] = await outbox.list_for_workflow("wf-smtp-down")
    assert (pending.status, pending.attempts) == ("pending", 1)
    assert mail_sink.messages == []

    retried = await send(activities(people, smtp_settings), input)
    again = await send(activities(people, smtp_settings), input)

    assert (retried.status, again.status) == ("sent", "already_sent")
    assert len(mail_sink.messages) == 1
    assert mail_sink.messages[0]["Message-ID"] == pending.message_id == retried.message_id
    [sent] = await outbox.list_for_workflow("wf-smtp-down")
    assert (sent.status, sent.attempts) == ("sent", 2)


async def test_missing_email_is_a_non_retryable_error_naming_the_id(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    with pytest.raises(ApplicationError) as caught:
        await send(activities(people, smtp_settings), progress("c-noemail", workflow_id="wf-noemail"))
    assert caught.value.non_retryable
    assert caught.value.type == "RecipientUnavailable"
    assert "candidate 'c-noemail' has no email address" in str(caught.value)
    assert "王五" not in str(caught.value)
    assert mail_sink.messages == []
    assert await OutboxRepository(people).count_for_workflow("wf-noemail") == 0


@pytest.mark.parametrize(
    ("change", "error_type", "message"),
    [
        ({"recipient": Recipient(kind="candidate", id="c-nobody")}, "RecipientUnavailable", "'c-nobody' not found"),
        ({"template": "no_such_email"}, "EmailTemplateError", "known templates: "),
        ({"context": {"event": "invitation_sent"}}, "EmailTemplateError", "'job_title' is undefined"),
        (
            {"context": {**JOB, "event": "invitation_sent", "interviewer_id": "i-ghost"}},
            "RecipientUnavailable",
            "interviewer 'i-ghost' not found",
        ),
    ],
)
async def test_permanent_problems_are_non_retryable(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings, change: dict, error_type: str, message: str
) -> None:
    input = progress("c-zh").model_copy(update=change)
    with pytest.raises(ApplicationError, match=message) as caught:
        await send(activities(people, smtp_settings), input)
    assert caught.value.non_retryable and caught.value.type == error_type
    assert mail_sink.messages == []


class _RefuseRecipients:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        return "550 5.1.1 mailbox unavailable"


@pytest.fixture
def refusing_settings() -> Iterator[Settings]:
    port = free_port()
    controller = Controller(_RefuseRecipients(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Settings(smtp_host="127.0.0.1", smtp_port=port)
    finally:
        controller.stop()


async def test_permanent_smtp_refusal_is_non_retryable(people: asyncpg.Pool, refusing_settings: Settings) -> None:
    with pytest.raises(ApplicationError, match="code 550") as caught:
        await send(activities(people, refusing_settings), progress("c-zh"))
    assert caught.value.non_retryable and caught.value.type == "PermanentSmtpError"
    assert "zhangsan@example.com" not in str(caught.value)


async def test_interviewer_gets_the_calendar_invite_and_hr_gets_its_mailbox(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    invite = CalendarInvite(
        uid="reinterview-job-ecs-1-c-zh-r1@hr.example.com",
        sequence=0,
        method="REQUEST",
        start=START,
        end=START + timedelta(hours=1),
        summary="Re-interview / 重新面试: 电商客服专员",
        location="https://meet.hr.example.com/reinterview/x",
        interviewer_id="i-7",
        candidate_id="c-zh",
    )
    context = {
        **JOB,
        "start": START.isoformat(),
        "end": (START + timedelta(hours=1)).isoformat(),
        "location": "https://meet.hr.example.com/reinterview/x",
        "interviewer_id": "i-7",
        "rescheduled": False,
    }
    acts = activities(people, smtp_settings)
    await send(
        acts,
        SendEmailInput(
            idempotency_key="run-1:scheduled-r1:interviewer-i-7",
            workflow_id="wf-1",
            template="interview_scheduled",
            recipient=Recipient(kind="interviewer", id="i-7"),
            context=context,
            invite=invite,
        ),
    )
    await send(
        acts,
        SendEmailInput(
            idempotency_key="run-1:outcome:hr",
            workflow_id="wf-1",
            template="outcome_notice",
            recipient=Recipient(kind="hr"),
            context={**JOB, "candidate_id": "c-zh", "outcome": "declined", "reason": "candidate declined"},
        ),
    )

    interviewer, hr = await mail_sink.wait_for(2)
    assert interviewer["To"].addresses[0].addr_spec == "li@hr.example.com"
    text = body_text(interviewer)
    assert "已为您安排 张三（c-zh）" in text  # the candidate's name was looked up, never sent by the workflow
    [ics_part] = [p for p in interviewer.walk() if p.get_content_type() == "application/ics"]
    event = icalendar.Calendar.from_ical(ics_part.get_content()).events[0]
    assert str(event["UID"]) == invite.uid
    assert sorted(str(a) for a in event.attendees) == ["mailto:li@hr.example.com", "mailto:zhangsan@example.com"]

    assert hr["To"].addresses[0].addr_spec == smtp_settings.hr_email
    assert "张三" in hr["Subject"] and "候选人放弃" in hr["Subject"]
    assert await OutboxRepository(people).count_for_workflow("wf-1", status="sent") == 2


async def test_a_signed_reply_address_is_also_the_envelope_sender(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    """Bounces of candidate mail go to the email's signed bounce address (the gateway files DSNs there); other mail
    keeps the configured sender, and so does a candidate email whose Reply-To is not one of our reply addresses."""
    settings = keyed_settings(smtp_host=smtp_settings.smtp_host, smtp_port=smtp_settings.smtp_port)
    acts = activities(people, settings)
    env = ActivityEnvironment()
    env.info = dataclasses.replace(env.info, workflow_id="reinterview-job-ecs-1-c-zh", workflow_run_id="run-env")
    await env.run(acts.send_email, invitation("c-zh"))
    await env.run(
        acts.send_email,
        SendEmailInput(
            idempotency_key="run-env:outcome:hr",
            workflow_id="wf-1",
            template="outcome_notice",
            recipient=Recipient(kind="hr"),
            context={**JOB, "candidate_id": "c-zh", "outcome": "declined", "reason": "declined"},
        ),
    )
    await env.run(acts.send_email, progress("c-en").model_copy(update={"reply_to": "hr-desk@hr.example.com"}))

    await mail_sink.wait_for(3)
    candidate, hr, explicit = mail_sink.received
    reply_to = candidate.message["Reply-To"].addresses[0].addr_spec
    assert reply_token_of(settings, reply_to) is not None
    # The envelope sender is the signed bounce (VERP) address of this one email (the gateway counts bounces there).
    bounce = bounce_token_of(settings, candidate.mail_from)
    assert bounce is not None
    assert verify_bounce_token(KeyRing.from_settings(settings), bounce).names(candidate.message["Message-ID"])
    assert candidate.message["From"].addresses[0].addr_spec == "reinterview@hr.example.com"
    assert hr.mail_from == "reinterview@hr.example.com"
    assert explicit.mail_from == "reinterview@hr.example.com"
