"""Candidate emails carry a signed Reply-To for their workflow run, and invitations carry signed answer links."""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from temporalio.testing import ActivityEnvironment

from activities.notifications import NotificationActivities
from inbound.tokens import KeyRing, reply_token_of, verify_reply_token
from mail.render import email_environment
from mail.sink import MailSink
from mail.smtp import SmtpSender
from schemas.notifications import Recipient, SendEmailInput
from service.settings import Settings
from tests.fixtures.smtp import body_text
from tests.inbound.conftest import keyed_settings
from web.links import verify_link_token

START = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
JOB = {"job_title": "电商客服专员", "job_id": "job-ecs-1"}


@pytest.fixture
def settings(mail_sink: MailSink) -> Settings:
    return keyed_settings(smtp_host=mail_sink.host, smtp_port=mail_sink.port)


@pytest.fixture
async def people(db_pool: asyncpg.Pool) -> asyncpg.Pool:
    await db_pool.execute(
        "INSERT INTO candidates (candidate_id, name, email, locale, timezone)"
        " VALUES ('c-1', '张三', 'zhangsan@example.com', 'zh-CN', 'Asia/Shanghai')"
    )
    return db_pool


async def send(pool: asyncpg.Pool, settings: Settings, input: SendEmailInput, run_id: str) -> None:
    env = ActivityEnvironment()
    env.info = dataclasses.replace(env.info, workflow_id=input.workflow_id, workflow_run_id=run_id)
    acts = NotificationActivities(pool, SmtpSender(settings, timeout=5), email_environment(), settings)
    await env.run(acts.send_email, input)


def invitation(key: str) -> SendEmailInput:
    slots = [
        {
            "number": n,
            "start": (START + timedelta(days=n - 1)).isoformat(),
            "end": (START + timedelta(days=n - 1, hours=1)).isoformat(),
        }
        for n in (1, 2, 3)
    ]
    return SendEmailInput(
        idempotency_key=key,
        workflow_id="reinterview-job-ecs-1-c-1",
        template="invitation",
        recipient=Recipient(kind="candidate", id="c-1"),
        context={
            **JOB,
            "trigger_kind": "low_score",
            "round": 1,
            "slots": slots,
            "training": None,
            "location": "https://meet.hr.example.com/x",
            "reply_by": (START - timedelta(days=2)).isoformat(),
        },
    )


async def test_invitation_has_a_signed_reply_to_and_answer_links(
    people: asyncpg.Pool, mail_sink: MailSink, settings: Settings
) -> None:
    run_id = str(uuid.uuid4())
    await send(people, settings, invitation(f"{run_id}:invitation-1:candidate-c-1"), run_id)
    [message] = await mail_sink.wait_for(1)
    ring = KeyRing.from_settings(settings)

    token = reply_token_of(settings, message["Reply-To"].addresses[0].addr_spec)
    assert token is not None
    claims = verify_reply_token(ring, token, datetime.now(UTC))
    assert claims.run_id == run_id
    assert claims.expires_at - datetime.now(UTC) > settings.reply_token_ttl - timedelta(minutes=1)

    text = body_text(message)
    html = body_text(message, "html")
    urls = re.findall(r"http://links\.test/l/(\S+)", text)
    assert len(urls) == 4  # confirm, option 2, option 3, decline
    linked = [verify_link_token(ring, u, datetime.now(UTC)) for u in urls]
    assert [(c.action, c.slot) for c in linked] == [("confirm", None), ("slot", 2), ("slot", 3), ("decline", None)]
    assert {(c.workflow_id, c.run_id, c.email_ref) for c in linked} == {
        ("reinterview-job-ecs-1-c-1", run_id, message["Message-ID"])
    }
    assert all(f"/l/{u}" in html for u in urls)


async def test_hr_mail_has_no_reply_token_and_an_explicit_reply_to_is_kept(
    people: asyncpg.Pool, mail_sink: MailSink, settings: Settings
) -> None:
    run_id = str(uuid.uuid4())
    hr = SendEmailInput(
        idempotency_key=f"{run_id}:outcome:hr",
        workflow_id="wf-1",
        template="outcome_notice",
        recipient=Recipient(kind="hr"),
        context={**JOB, "candidate_id": "c-1", "outcome": "declined", "reason": "declined"},
    )
    explicit = SendEmailInput(
        idempotency_key=f"{run_id}:progress:candidate-c-1",
        workflow_id="wf-1",
        template="progress",
        recipient=Recipient(kind="candidate", id="c-1"),
        context={**JOB, "event": "invitation_sent"},
        reply_to="hr-desk@hr.example.com",
    )
    await send(people, settings, hr, run_id)
    await send(people, settings, explicit, run_id)
    hr_mail, candidate_mail = await mail_sink.wait_for(2)
    assert hr_mail["Reply-To"] is None
    assert candidate_mail["Reply-To"].addresses[0].addr_spec == "hr-desk@hr.example.com"


async def test_without_signing_keys_mail_still_goes_out_unsigned(
    people: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings
) -> None:
    await send(
        people,
        smtp_settings.model_copy(update={"signing_keys": {}, "signing_key_id": None}),
        invitation("run-x:invitation-1:candidate-c-1"),
        "run-x",
    )
    [message] = await mail_sink.wait_for(1)
    assert message["Reply-To"] is None
    assert "/l/" not in body_text(message)


async def test_a_reply_address_lives_until_the_interview_has_ended_plus_the_grace(
    people: asyncpg.Pool, mail_sink: MailSink, settings: Settings
) -> None:
    """Gateway's R-M2: an interview 80 days ahead (longer than the default lifetime) keeps its address valid."""
    run_id = str(uuid.uuid4())
    ends = datetime.now(UTC).replace(microsecond=0) + timedelta(days=80)
    email = invitation(f"{run_id}:invitation-1:candidate-c-1").model_copy(update={"interview_ends_at": ends})
    await send(people, settings, email, run_id)
    [message] = await mail_sink.wait_for(1)
    token = reply_token_of(settings, message["Reply-To"].addresses[0].addr_spec)
    assert token is not None
    claims = verify_reply_token(KeyRing.from_settings(settings), token, datetime.now(UTC))
    assert abs(claims.expires_at - (ends + settings.reply_valid_after_interview)) < timedelta(seconds=2)


def test_the_interview_end_of_a_step_is_the_latest_it_concerns() -> None:
    from activities.notifications import interview_end
    from policy.notices import Step
    from schemas.activities import NoticeFacts, NotifyInput, RunRef
    from schemas.plans import Slot

    def slot(days: int) -> Slot:
        start = START + timedelta(days=days)
        return Slot(start=start, end=start + timedelta(hours=1), interviewer_id="iv-1")

    run = RunRef(workflow_id="wf", run_id="r", candidate_id="c-1", job_id="j")

    def notify(facts: NoticeFacts, ends: datetime | None = None) -> NotifyInput:
        return NotifyInput(run=run, step=Step.INVITATION, key="k", recipients=[], facts=facts, interview_ends_at=ends)

    assert interview_end(notify(NoticeFacts())) is None
    assert interview_end(notify(NoticeFacts(slots=[slot(3), slot(9), slot(5)]))) == slot(9).end
    assert interview_end(notify(NoticeFacts(slot=slot(4)), ends=slot(2).end)) == slot(4).end  # a rebooking
    assert interview_end(notify(NoticeFacts(slots=[slot(1)]), ends=slot(6).end)) == slot(6).end  # booked, re-offered


async def test_the_ask_back_after_an_unclear_reply_carries_the_signed_answer_links(
    people: asyncpg.Pool, mail_sink: MailSink, settings: Settings
) -> None:
    run_id = str(uuid.uuid4())
    email = invitation(f"{run_id}:unclear-9:candidate-c-1").model_copy(update={"template": "reply_clarification"})
    await send(people, settings, email, run_id)
    [message] = await mail_sink.wait_for(1)
    assert message["Reply-To"] is not None
    urls = re.findall(r"http://links\.test/l/(\S+)", body_text(message))
    linked = [verify_link_token(KeyRing.from_settings(settings), u, datetime.now(UTC)) for u in urls]
    assert [(c.action, c.slot) for c in linked] == [("confirm", None), ("slot", 2), ("slot", 3), ("decline", None)]
