"""The notify step (activities/notifications.py `notify`): every recipient of one step in one activity, a typed
result per recipient, the step's HR to-do, the place from the archive, the SMS seam — real PostgreSQL and SMTP."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import asyncpg
import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.notifications import NotificationActivities
from db.repositories.archive import ArchiveRepository
from mail.render import email_environment
from mail.sink import MailSink
from mail.smtp import SmtpSender
from policy.notices import People, Step, notices_for
from schemas.activities import Addressee, NoticeFacts, NotifyInput, RunRef
from schemas.contract import Outcome, TriggerKind
from schemas.plans import Slot
from service.settings import Settings
from tests.fixtures.smtp import body_text
from tests.workflows.builders import archive


class FakeSms:
    """The SMS seam as another helper's sender will fill it: records what it was asked to send, once per key."""

    def __init__(self) -> None:
        self.sent: dict[str, tuple[str, str]] = {}

    async def send(self, key: str, phone: str, template: str, context: dict[str, Any]) -> str:
        if key in self.sent:
            return "already_sent"
        self.sent[key] = (phone, template)
        return "sent"


@pytest.fixture
async def world(db_pool: asyncpg.Pool) -> tuple[dict[str, str], Any]:
    data, ids = archive()
    data.jobs[0] = data.jobs[0].model_copy(update={"interview_location": "公司3楼会议室"})
    await ArchiveRepository(db_pool).import_archive(data)
    return ids, data


def run_of(ids: dict[str, str]) -> RunRef:
    return RunRef(
        workflow_id=f"reinterview-{ids['job']}-{ids['candidate']}",
        run_id=f"run-{uuid.uuid4().hex[:12]}",
        candidate_id=ids["candidate"],
        job_id=ids["job"],
    )


def notice(run: RunRef, step: Step, people: People, facts: NoticeFacts, key: str = "k") -> NotifyInput:
    recipients = [Addressee(audience=a.notice.audience, id=a.id) for a in notices_for(step, people)]
    return NotifyInput(run=run, step=step, key=key, recipients=recipients, facts=facts)


def acts(pool: asyncpg.Pool, settings: Settings, sms: FakeSms | None = None) -> NotificationActivities:
    return NotificationActivities(pool, SmtpSender(settings, timeout=5), email_environment(), settings, sms)


def slot(ids: dict[str, str], data: Any) -> Slot:
    window = data.interviewers[0].availability[3]
    return Slot(start=window.start, end=window.start + timedelta(hours=1), interviewer_id=ids["interviewer"])


async def test_one_recipients_permanent_failure_neither_fails_nor_repeats_the_others(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, _ = world
    run = run_of(ids)
    await db_pool.execute("UPDATE candidates SET email = NULL WHERE candidate_id = $1", ids["candidate"])
    step = notice(
        run, Step.OUTCOME, People(ids["candidate"]), NoticeFacts(outcome=Outcome.NO_RESPONSE, reason="silent")
    )
    env = ActivityEnvironment()
    first = await env.run(acts(db_pool, smtp_settings).notify, step)
    statuses = {d.recipient: (d.status, d.problem.split(":")[0]) for d in first.deliveries}
    assert statuses == {f"candidate:{ids['candidate']}": ("failed", "RecipientUnavailable"), "hr": ("sent", "")}
    again = await env.run(acts(db_pool, smtp_settings).notify, step)  # a retry of the step
    assert {d.recipient: d.status for d in again.deliveries}["hr"] == "already_sent"
    assert len(mail_sink.received) == 1, "HR got it once"
    todo = await db_pool.fetchrow("SELECT kind, title, done_at FROM hr_todos WHERE workflow_id = $1", run.workflow_id)
    assert todo is not None, f"no HR to-do for {run.workflow_id}"
    assert todo["kind"] == "undeliverable" and "outcome_notice" in todo["title"] and todo["done_at"] is None


async def test_a_required_notice_that_cannot_go_out_fails_the_step_before_anything_is_sent(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, data = world
    run = run_of(ids)
    await db_pool.execute("UPDATE candidates SET email = NULL WHERE candidate_id = $1", ids["candidate"])
    facts = NoticeFacts(trigger_kind=TriggerKind.LOW_SCORE, round=1, slots=[slot(ids, data)])
    with pytest.raises(ApplicationError) as failed:
        await ActivityEnvironment().run(
            acts(db_pool, smtp_settings).notify, notice(run, Step.FIRST_INVITATION, People(ids["candidate"]), facts)
        )
    assert failed.value.non_retryable and failed.value.type == "RecipientUnavailable"
    assert f"candidate {ids['candidate']!r}" in failed.value.message
    assert mail_sink.received == []


async def test_the_first_invitation_tells_the_candidate_and_hr_and_opens_the_check_reply_to_do(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, data = world
    run = run_of(ids)
    offered = slot(ids, data)
    facts = NoticeFacts(
        trigger_kind=TriggerKind.LOW_SCORE, round=1, slots=[offered], reply_by=offered.start - timedelta(days=1)
    )
    step = notice(run, Step.FIRST_INVITATION, People(ids["candidate"]), facts, key="invitation-1")
    result = await ActivityEnvironment().run(acts(db_pool, smtp_settings).notify, step)
    assert [(d.template, d.status) for d in result.deliveries] == [("invitation", "sent"), ("hr_reply_check", "sent")]
    assert result.todo == "check_reply"
    keys = await db_pool.fetch("SELECT idempotency_key FROM outbound_emails ORDER BY idempotency_key")
    assert [r["idempotency_key"] for r in keys] == [
        f"{run.run_id}:invitation-1:candidate-{ids['candidate']}",
        f"{run.run_id}:invitation-1:hr",
    ]
    # The place is the job's room (no interviewer location, no meeting URL), not a hard-coded host.
    body = body_text(mail_sink.received[0].message)
    assert "公司3楼会议室" in body and "meet.hr.example.com" not in body


async def test_the_place_comes_from_the_interviewer_first_then_the_job_then_settings(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, data = world
    await db_pool.execute(
        "UPDATE interviewers SET meeting_url = 'https://video.example.com/zhao' WHERE interviewer_id = $1",
        ids["interviewer"],
    )
    facts = NoticeFacts(trigger_kind=TriggerKind.LOW_SCORE, slot=slot(ids, data))
    step = notice(run_of(ids), Step.INTERVIEW_REMINDER, People(ids["candidate"], ids["interviewer"]), facts)
    await ActivityEnvironment().run(acts(db_pool, smtp_settings).notify, step)
    bodies = [body_text(m.message) for m in mail_sink.received]
    assert len(bodies) == 2 and all("https://video.example.com/zhao" in b for b in bodies)

    await db_pool.execute(
        "UPDATE interviewers SET meeting_url = NULL, location = NULL WHERE interviewer_id = $1", ids["interviewer"]
    )
    await db_pool.execute("UPDATE jobs SET interview_location = '' WHERE job_id = $1", ids["job"])
    settings = smtp_settings.model_copy(update={"interview_location_default": "Reception, ask for HR"})
    await ActivityEnvironment().run(
        acts(db_pool, settings).notify,
        notice(run_of(ids), step.step, People(ids["candidate"], ids["interviewer"]), facts),
    )
    assert "Reception, ask for HR" in body_text(mail_sink.received[-1].message)


async def test_the_day_before_reminder_goes_by_sms_too_to_a_candidate_with_a_phone(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, data = world
    facts = NoticeFacts(trigger_kind=TriggerKind.LOW_SCORE, slot=slot(ids, data))
    step = notice(run_of(ids), Step.INTERVIEW_REMINDER, People(ids["candidate"], ids["interviewer"]), facts)
    sms = FakeSms()
    without_phone = await ActivityEnvironment().run(acts(db_pool, smtp_settings, sms).notify, step)
    [skipped] = [d for d in without_phone.deliveries if d.channel == "sms"]
    assert (skipped.status, skipped.problem) == ("skipped", "no phone number in the archive") and sms.sent == {}

    await db_pool.execute(
        "UPDATE candidates SET phone = '+8613800000000' WHERE candidate_id = $1",
        ids["candidate"],
    )
    step = step.model_copy(update={"key": "again"})
    with_phone = await ActivityEnvironment().run(acts(db_pool, smtp_settings, sms).notify, step)
    assert [(d.audience, d.channel, d.status) for d in with_phone.deliveries] == [
        ("candidate", "email", "sent"),
        ("candidate", "sms", "sent"),
        ("interviewer", "email", "sent"),
    ]
    assert list(sms.sent.values()) == [("+8613800000000", "interview_reminder")]
    no_channel = await ActivityEnvironment().run(acts(db_pool, smtp_settings).notify, step)
    assert [d.problem for d in no_channel.deliveries if d.channel == "sms"] == ["no SMS channel configured"]


async def test_the_invitation_states_the_score_and_the_bar_when_the_job_allows_it(
    world: tuple[dict[str, str], Any], db_pool: asyncpg.Pool, smtp_settings: Settings, mail_sink: MailSink
) -> None:
    ids, data = world
    run = run_of(ids)
    await db_pool.execute(
        "INSERT INTO reports (workflow_id, run_id, kind, audience, body, html) "
        "VALUES ($1, $2, 'analysis', 'internal', $3, '')",
        run.workflow_id,
        run.run_id,
        {"overall_before": 72.0, "training": {"mode": "none", "days_available": 2, "items": []}},
    )
    offered = slot(ids, data)
    facts = NoticeFacts(trigger_kind=TriggerKind.LOW_SCORE, round=1, slots=[offered], reply_by=offered.start)
    step = notice(run, Step.INVITATION, People(ids["candidate"]), facts)
    await ActivityEnvironment().run(acts(db_pool, smtp_settings).notify, step)
    assert "您的面试得分暂未达到岗位要求" in body_text(mail_sink.received[-1].message)

    await db_pool.execute("UPDATE jobs SET invitation_shows_score = true WHERE job_id = $1", ids["job"])
    await ActivityEnvironment().run(acts(db_pool, smtp_settings).notify, step.model_copy(update={"key": "again"}))
    body = body_text(mail_sink.received[-1].message)
    assert "您的AI面试得分72分，未达到岗位要求的78分" in body
