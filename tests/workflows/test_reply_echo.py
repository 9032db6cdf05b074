"""Issue 12 item 3: every reply acted on from an email or a calendar answer is echoed to the candidate; a decline
read from one waits out a grace period (undone by choosing again); a confirm while booked chooses again.

Replies carry `source` as the gateway ("email"), the choose page ("link") and calendar answers ("calendar") send
it; a reply without one (a backend) is handled as before. Each test reads what the candidate's mailbox shows.
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from typing import Any, Literal

import pytest
from pydantic import ValidationError

from db.repositories.runs import RunRepository
from mail.render import localtime
from schemas.calendar import CalendarCandidateReply
from schemas.contract import CancelRequest, CandidateReply, Policy, ReplyChoices, StatusView
from service import reinterviews
from tests.polling import eventually, until_event, until_stage, until_status
from tests.workflows.conftest import Harness
from tests.workflows.history import patches
from tests.workflows.invites import invites
from tests.workflows.steps import final, invitations, scheduled_times
from tests.workflows.test_details import current_details, summaries
from workflows.reinterview import ECHO_PATCH

TZ = "Asia/Shanghai"  # the test candidate's time zone (tests/workflows/builders.py)


def _reply(intent: str, source: str | None = "email", **fields: Any) -> CandidateReply:
    return CandidateReply.model_validate({"intent": intent, "source": source, **fields})


async def _choices(handle: Any) -> ReplyChoices:
    return ReplyChoices.model_validate(await handle.query("choices"))


def _text(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def _html(message: EmailMessage) -> str:
    body = message.get_body(("html",))
    assert body is not None
    return str(body.get_content())


async def _mails(harness: Harness, template: str, count: int = 1) -> list[EmailMessage]:
    """The candidate's emails of `template` (as the outbox recorded them sent), in arrival order."""

    async def sent() -> int:
        return (await harness.sent()).count((template, harness.candidate_email))

    await eventually(sent, lambda n: n >= count, what=f"{count} × {template} to the candidate")
    rows = await harness.pool.fetch(
        "SELECT message_id FROM outbound_emails WHERE template = $1 AND recipient = $2 AND status = 'sent'",
        template,
        harness.candidate_email,
    )
    ids = {r["message_id"].strip("<>") for r in rows}

    def found() -> list[EmailMessage]:
        mails = [m.message for m in harness.received(harness.candidate_email)]
        return [m for m in mails if str(m["Message-ID"]).strip().strip("<>") in ids]

    await eventually(_async(found), lambda m: len(m) >= count, what=f"{template} in the sink")
    return found()


def _async(check: Any) -> Any:
    async def probe() -> Any:
        return check()

    return probe


async def _invited(harness: Harness, policy: Policy | None = None) -> tuple[Any, StatusView]:
    handle = await harness.trigger(harness.low_score(), policy)
    return handle, await until_stage(handle, "awaiting_confirmation")


async def _booked(harness: Harness, slot: int = 1, policy: Policy | None = None) -> tuple[Any, StatusView]:
    handle, _ = await _invited(harness, policy)
    await reinterviews.reply(handle, _reply("confirm", slot=slot, message_id="<book@x>"))
    return handle, await until_stage(handle, "scheduled")


def _events(status: StatusView) -> list[str]:
    return [e.event for e in status.timeline]


def _at(when: Any, expected: Any) -> bool:
    """A timer fires at its time, give or take the test server's few milliseconds."""
    return bool(abs(when - expected) < timedelta(seconds=1))


def _grace_end(status: StatusView, grace: timedelta = timedelta(hours=12)) -> Any:
    """When a decline's grace period ends: the (first) decline's arrival plus the grace (REINTERVIEW_DECLINE_GRACE's
    default)."""
    return next(e.at for e in status.timeline if e.event == "candidate replied: decline") + grace


# ---- a decline read from an email waits out its grace period ---------------------------------------------------


async def test_an_email_decline_is_echoed_and_ends_the_run_only_when_the_grace_period_is_over(
    harness: Harness,
) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", text="不参加了", message_id="<d1@x>"))
    closes_at = _grace_end(await until_event(handle, "decline read from email"))

    status = await until_stage(handle, "awaiting_confirmation", lambda s: s.next_deadline == closes_at)
    assert status.outcome is None
    details = await current_details(handle)  # what the Web UI shows
    until = closes_at.strftime("%Y-%m-%d %H:%M")
    assert "**Waiting for**: the candidate to undo the decline" in details
    assert f"**Until**: {until} UTC, then end (declined)" in details
    assert "**等待**：候选人是否撤回放弃" in details and f"**截止**：{until} UTC，届时结束（候选人放弃）" in details
    _, timers = await summaries(harness, handle)
    assert timers[-1] == "12 小时 → 结束（候选人放弃） / 12 h end (declined)"
    choices = await _choices(handle)
    assert choices.open and choices.decline_closes_at == closes_at
    assert choices.read_as is not None and choices.read_as.intent == "decline"
    assert choices.read_as.source == "email" and choices.read_as.closes_at == closes_at

    [mail] = await _mails(harness, "decline_pending")
    text, html = _text(mail), _html(mail)
    assert "已收到您放弃重新面试的回复" in mail["Subject"]
    assert "我们理解为：放弃本次重新面试。" in text and "我们理解为：" in html
    when = localtime(closes_at, TZ, "zh-CN")
    assert f"如您在 {when} 前未重新选择，本次重新面试将于届时关闭。" in text
    assert "回复本邮件「确认」或「改期」" in text
    assert ("outcome_notice", harness.settings.hr_email) not in await harness.sent()  # nothing ended yet

    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    outcome = next(e for e in ended.timeline if e.event.startswith("outcome declined"))
    assert _at(outcome.at, closes_at) and "不参加了" in outcome.event
    assert ("outcome_notice", harness.settings.hr_email) in await harness.sent()  # close_run told HR
    assert not (await _choices(handle)).open
    assert ECHO_PATCH in patches((await handle.fetch_history()).events)


@pytest.mark.archive(locale="en")
async def test_the_decline_echo_is_in_the_candidate_s_language(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline"))
    closes_at = _grace_end(await until_event(handle, "decline read from email"))
    [mail] = await _mails(harness, "decline_pending")
    text = _text(mail)
    assert mail["Subject"].startswith("We received your decline")
    assert "We read your reply as: decline the re-interview." in text
    assert f"The re-interview will be closed on {localtime(closes_at, TZ, 'en')} unless you choose again" in text
    assert "Not what you meant?" not in text  # no signing keys here: no choose link, the block still renders


async def test_a_confirm_during_the_grace_withdraws_the_decline_and_books_with_an_echo(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    await until_event(handle, "decline read from email")
    await reinterviews.reply(handle, _reply("confirm", slot=2, message_id="<c2@x>"))
    booked = await until_stage(handle, "scheduled")
    assert "decline withdrawn: the candidate chose confirm (from email)" in _events(booked)
    choices = await _choices(handle)
    assert choices.decline_closes_at is None and choices.read_as is not None
    assert (choices.read_as.intent, choices.read_as.slot) == ("confirm", 2)
    assert [s.booked for s in choices.slots] == [False, True, False]
    assert choices.interview_at == booked.interview_at == choices.slots[1].start

    [mail] = await _mails(harness, "interview_scheduled")
    assert booked.interview_at is not None
    read = f"我们理解为：确认方案 2（{localtime(booked.interview_at, TZ, 'zh-CN')}）。"
    assert read in _text(mail) and "我们理解为" in _html(mail)
    await reinterviews.cancel(handle, _cancel())
    assert (await final(handle)).outcome.value == "cancelled"  # type: ignore[union-attr]


async def test_a_reschedule_during_the_grace_withdraws_the_decline_and_the_new_times_echo_it(
    harness: Harness,
) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    await until_event(handle, "decline read from email")
    await reinterviews.reply(handle, _reply("reschedule", text="下周可以吗", message_id="<r1@x>"))
    status = await until_stage(handle, "awaiting_confirmation", lambda s: invitations(s) == 2)
    assert "decline withdrawn: the candidate chose reschedule (from email)" in _events(status)
    first, second = await _mails(harness, "invitation", 2)
    assert "我们理解为" not in _text(first)
    assert "我们理解为：希望改期（另选时间）。" in _text(second) and "已被占用" not in _text(second)
    assert status.next_deadline is not None and status.next_deadline > await harness.now() + timedelta(hours=20)


async def test_a_link_decline_during_the_grace_ends_the_run_at_once(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    pending = await until_event(handle, "decline read from email")
    await reinterviews.reply(handle, _reply("decline", source="link", message_id="<d2@x>"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    assert ended.timeline[-1].at - pending.timeline[-1].at < timedelta(minutes=5)  # not 12 hours later


async def test_a_second_email_decline_changes_nothing(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    closes_at = _grace_end(await until_event(handle, "decline read from email"))
    await reinterviews.reply(handle, _reply("decline", text="确定不参加", message_id="<d2@x>"))
    status = await until_event(handle, "another decline read")
    assert status.stage.value == "awaiting_confirmation" and status.outcome is None
    await until_status(handle, lambda s: s.next_deadline == closes_at, what="the same close")
    assert len(await _mails(harness, "decline_pending")) == 1  # echoed once
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    assert _at(next(e for e in ended.timeline if e.event.startswith("outcome")).at, closes_at)


async def test_a_question_during_the_grace_is_handled_and_the_grace_goes_on(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    closes_at = _grace_end(await until_event(handle, "decline read from email"))
    await reinterviews.reply(handle, _reply("question", text="可以线上吗？", message_id="<q1@x>"))

    async def asked() -> Any:
        return await harness.pool.fetchval(
            "SELECT count(*) FROM hr_todos WHERE workflow_id = $1 AND kind = 'candidate_question'", handle.id
        )

    await eventually(asked, lambda n: n == 1, what="the question's HR to-do")
    await until_status(handle, lambda s: s.next_deadline == closes_at, what="the grace still running")
    assert (await final(handle)).outcome.value == "declined"  # type: ignore[union-attr]


async def test_an_unclear_reply_during_a_booked_grace_is_asked_back_saying_the_decline_still_stands(
    harness: Harness,
) -> None:
    handle, _ = await _booked(harness)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    await until_event(handle, "decline read from email")
    await reinterviews.reply(handle, _reply("unclear", text="嗯……再说吧", message_id="<u1@x>"))
    [mail] = await _mails(harness, "reply_clarification")
    text = _text(mail)
    assert "关于您之前的回复：" in text and "我们理解为：放弃本次重新面试" in text
    assert "前未重新选择，本次重新面试将于届时关闭" in text
    assert "保持原安排无需回复" not in text  # it would not be kept: the decline closes it
    assert "关于您之前的回复" in _html(mail)


async def test_an_unclear_reply_while_booked_without_a_decline_says_nothing_is_needed(harness: Harness) -> None:
    handle, _ = await _booked(harness)
    await reinterviews.reply(handle, _reply("unclear", text="嗯……", message_id="<u1@x>"))
    [mail] = await _mails(harness, "reply_clarification")
    assert "保持原安排无需回复" in _text(mail) and "关于您之前的回复" not in _text(mail)


async def test_the_grace_never_runs_past_the_interview_s_start(harness: Harness) -> None:
    policy = Policy(decline_grace_s=30 * 24 * 3600)  # longer than the time to the interview
    handle, booked = await _booked(harness, policy=policy)
    await reinterviews.reply(handle, _reply("decline", message_id="<d1@x>"))
    await until_event(handle, "decline read from email")
    status = await until_stage(handle, "scheduled", lambda s: s.next_deadline == booked.interview_at)
    assert (await _choices(handle)).decline_closes_at == booked.interview_at
    [mail] = await _mails(harness, "decline_pending")
    assert booked.interview_at is not None
    assert f"如您在 {localtime(booked.interview_at, TZ, 'zh-CN')} 前未重新选择" in _text(mail)
    assert "您的重新面试仍保留在" in _text(mail)
    assert status.outcome is None
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    assert _at(next(e for e in ended.timeline if e.event.startswith("outcome")).at, booked.interview_at)
    assert not any("reminders sent" in e for e in _events(ended))  # the day before passed in the grace
    for address in (harness.interviewer_email, harness.candidate_email):  # the booking was called off
        assert [i.method for i in invites(harness.received(address))] == ["REQUEST", "CANCEL"], address


async def test_no_grace_period_means_the_decline_ends_the_run_at_once(harness: Harness) -> None:
    handle, _ = await _invited(harness, Policy(decline_grace_s=0))
    await reinterviews.reply(handle, _reply("decline"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    assert "decline_pending" not in await harness.templates()


async def test_a_decline_without_source_ends_the_run_at_once_as_before(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, CandidateReply(intent="decline", text="backend says no"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "declined"
    assert "decline_pending" not in await harness.templates()
    assert not any("decline read" in e for e in _events(ended))
    assert patches((await handle.fetch_history()).events) == []  # a backend's reply never asks for the patch


async def test_a_calendar_decline_follows_the_email_rule(harness: Harness) -> None:
    handle, booked = await _booked(harness)
    await reinterviews.reply(handle, CalendarCandidateReply(intent="decline", calendar_uid="uid-1"))
    status = await until_event(handle, "decline read from calendar")
    assert status.stage.value == "scheduled" and status.outcome is None
    [mail] = await _mails(harness, "decline_pending")
    assert "我们理解为：放弃本次重新面试（来自您日历的回复）。" in _text(mail)
    # Accepting in the calendar again withdraws it; the booking stays, and the candidate is told how it was read.
    await reinterviews.reply(handle, CalendarCandidateReply(intent="confirm", calendar_uid="uid-1"))
    kept = await until_event(handle, "the candidate confirmed the booked time")
    assert "decline withdrawn: the candidate chose confirm (from calendar)" in _events(kept)
    assert kept.interview_at == booked.interview_at and scheduled_times(kept) == 1
    [echo] = await _mails(harness, "reply_echo")
    assert booked.interview_at is not None
    assert f"我们理解为：确认方案 1（{localtime(booked.interview_at, TZ, 'zh-CN')}）（来自您日历的回复）。" in _text(
        echo
    )
    assert (await _choices(harness.client.get_workflow_handle(handle.id))).decline_closes_at is None


@pytest.mark.parametrize("intent", ["confirm", "decline"])
async def test_a_calendar_answer_of_an_earlier_booking_never_acts_on_new_times(
    harness: Harness, intent: Literal["confirm", "decline"]
) -> None:
    """An Accept/Decline of the old event that arrives while new times are offered (the gateway read the stage a
    moment before the run moved on): booking option 1 or ending the run would act on times the candidate has not
    seen. It is noted and handed to HR; the offer stands."""
    handle, _ = await _invited(harness)
    text = "Calendar REPLY ACCEPTED: 2026-12-03T14:00:00+08:00 — an earlier booking"
    await reinterviews.reply(handle, CalendarCandidateReply(intent=intent, text=text, calendar_uid="uid-old"))
    status = await until_event(handle, f"calendar {intent} of an earlier booking not acted on")
    assert status.stage.value == "awaiting_confirmation" and status.outcome is None
    assert scheduled_times(status) == 0 and "decline read from calendar" not in _events(status)
    todos = await harness.pool.fetch(
        "SELECT kind, detail FROM hr_todos WHERE workflow_id = $1 AND kind = 'unclear_reply'", handle.id
    )
    assert [(r["kind"], r["detail"]) for r in todos] == [("unclear_reply", text)]
    # The candidate can still answer the offer itself.
    await reinterviews.reply(handle, _reply("confirm", slot=2, message_id="<c2@x>"))
    await until_stage(handle, "scheduled")


# ---- the echo of a confirm -------------------------------------------------------------------------------------


@pytest.mark.archive(locale="en")
async def test_an_email_confirm_is_echoed_in_the_scheduled_email(harness: Harness) -> None:
    _, booked = await _booked(harness, slot=2)
    [mail] = await _mails(harness, "interview_scheduled")
    assert booked.interview_at is not None
    assert f"We read your reply as: confirm option 2 ({localtime(booked.interview_at, TZ, 'en')})." in _text(mail)
    interviewer = [m for m in harness.received(harness.interviewer_email) if "confirm" in _text(m.message)]
    assert all("We read your reply" not in _text(m.message) for m in interviewer)  # only the candidate's echoes


async def test_a_confirm_by_link_or_backend_is_not_echoed(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    await reinterviews.reply(handle, _reply("confirm", source="link", slot=1))
    await until_stage(handle, "scheduled")
    [mail] = await _mails(harness, "interview_scheduled")
    assert "我们理解为" not in _text(mail)
    assert (await _choices(handle)).read_as is None


# ---- choosing again while booked -------------------------------------------------------------------------------


async def test_choosing_the_booked_time_keeps_the_booking(harness: Harness) -> None:
    handle, booked = await _booked(harness, slot=1)
    await reinterviews.reply(handle, _reply("confirm", slot=1, message_id="<again@x>"))
    kept = await until_event(handle, "the candidate confirmed the booked time: the booking stays")
    assert kept.interview_at == booked.interview_at and scheduled_times(kept) == 1
    [echo] = await _mails(harness, "reply_echo")
    assert "我们理解为：确认方案 1" in _text(echo) and "您的重新面试安排在" in _text(echo)
    assert [i.sequence for i in invites(harness.received(harness.candidate_email))] == [0]


async def test_choosing_another_offered_time_moves_the_booking(harness: Harness) -> None:
    handle, booked = await _booked(harness, slot=1)
    offered = (await _choices(handle)).slots
    await reinterviews.reply(handle, _reply("confirm", source="link", slot=3, message_id="<move@x>"))
    moved = await until_event(handle, "the candidate chose time 3 instead: the booking moved")
    assert moved.interview_at == offered[2].start != booked.interview_at
    assert scheduled_times(moved) == 1 and moved.stage.value == "scheduled"  # it never left the stage
    choices = await _choices(handle)
    assert [s.booked for s in choices.slots] == [False, False, True]
    assert choices.read_as is None  # the email confirm it replaced is not what the run did last
    for address in (harness.interviewer_email, harness.candidate_email):
        assert [(i.method, i.sequence, i.start) for i in invites(harness.received(address))] == [
            ("REQUEST", 0, booked.interview_at),
            ("REQUEST", 1, moved.interview_at),
        ], address
    # Reminded the day before the new time (its own key: the move does not reuse the first booking's).
    assert moved.interview_at is not None
    await harness.env.sleep(moved.interview_at - await harness.now() - timedelta(hours=23))
    await until_event(handle, "reminders sent")
    assert (await harness.sent()).count(("interview_reminder", harness.candidate_email)) == 1


async def test_choosing_a_time_that_was_taken_offers_new_times_with_the_echo(harness: Harness) -> None:
    handle, booked = await _booked(harness, slot=1)
    third = (await _choices(handle)).slots[2]
    taken = await RunRepository(harness.pool).book(
        event_uid="someone-else@reinterview",
        workflow_id="reinterview-other",
        candidate_id=harness.ids["candidate"],
        interviewer_id=harness.ids["interviewer"],
        start=third.start,
        end=third.end,
    )
    assert taken == 0
    await reinterviews.reply(handle, _reply("confirm", slot=3, message_id="<taken@x>"))
    status = await until_stage(handle, "awaiting_confirmation", lambda s: invitations(s) == 2)
    assert "the chosen time was just taken; offering the next free times" in _events(status)
    _, again = await _mails(harness, "invitation", 2)
    assert f"我们理解为：确认方案 3（{localtime(third.start, TZ, 'zh-CN')}）。" in _text(again)
    assert "该时间刚刚已被占用，请从以下新的时间中选择。" in _text(again)
    choices = await _choices(handle)
    assert third.start not in [s.start for s in choices.slots] and choices.interview_at == booked.interview_at


async def test_a_backend_confirm_while_booked_is_ignored_as_before(harness: Harness) -> None:
    handle, booked = await _booked(harness, slot=1)
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=2, message_id="<b@x>"))
    await until_event(handle, "candidate replied: confirm (time 2)")
    await reinterviews.cancel(handle, _cancel())
    ended = await final(handle)
    assert scheduled_times(ended) == 1 and ended.interview_at == booked.interview_at


async def test_a_time_never_offered_is_ignored_while_booked(harness: Harness) -> None:
    handle, booked = await _booked(harness, slot=1)
    await reinterviews.reply(handle, _reply("confirm", slot=7, message_id="<seven@x>"))
    status = await until_event(handle, "reply ignored: time 7 was not offered")
    assert status.interview_at == booked.interview_at and status.stage.value == "scheduled"


async def test_new_times_asked_for_with_none_free_keep_the_booking_and_echo_alone(harness: Harness) -> None:
    handle, booked = await _booked(harness)
    iv = harness.ids["interviewer"]  # the only interviewer withdraws: nobody else is free, the booking stays
    await handle.signal("interviewer_reply", {"interviewer_id": iv, "response": "declined", "message_id": "<iv@x>"})
    await until_event(handle, "no other interviewer is free")
    await reinterviews.reply(handle, _reply("reschedule", text="下周", message_id="<r1@x>"))
    status = await until_event(handle, "no other time is free: the booking stays")
    assert status.stage.value == "scheduled" and status.interview_at == booked.interview_at
    assert invitations(status) == 1
    [echo] = await _mails(harness, "reply_echo")
    assert "我们理解为：希望改期（另选时间）。" in _text(echo) and "目前没有其他可选时间" in _text(echo)
    assert (await _choices(handle)).slots[0].booked


# ---- the choices query ---------------------------------------------------------------------------------------


async def test_the_choices_query_in_each_stage(harness: Harness) -> None:
    handle, _ = await _invited(harness)
    offer = await _choices(handle)
    assert offer.open and offer.stage.value == "awaiting_confirmation" and offer.outcome is None
    assert [s.number for s in offer.slots] == [1, 2, 3] and not any(s.booked for s in offer.slots)
    assert offer.read_as is None and offer.decline_closes_at is None and offer.interview_at is None
    assert all(s.end - s.start == timedelta(hours=1) for s in offer.slots)

    await reinterviews.reply(handle, _reply("confirm", slot=2))
    booked = await until_stage(handle, "scheduled")
    scheduled = await _choices(handle)
    assert scheduled.open and scheduled.stage.value == "scheduled"
    assert [s.booked for s in scheduled.slots] == [False, True, False]
    assert scheduled.interview_at == booked.interview_at
    assert scheduled.slots == [s.model_copy(update={"booked": s.number == 2}) for s in offer.slots]

    await reinterviews.cancel(handle, _cancel())
    await final(handle)
    ended = await _choices(handle)
    assert not ended.open and ended.stage.value == "completed"
    assert ended.outcome is not None and ended.outcome.value == "cancelled"
    assert ended.read_as is not None and ended.read_as.intent == "confirm"


def _cancel() -> CancelRequest:
    return CancelRequest(reason="test over", by="hr:test")


def test_the_source_field_names_what_is_wrong_and_calendar_replies_keep_theirs() -> None:
    with pytest.raises(ValidationError) as refused:
        CandidateReply.model_validate({"intent": "decline", "source": "sms"})
    assert refused.value.errors()[0]["loc"] == ("source",)
    assert CandidateReply(intent="confirm").source is None  # a backend's reply: handled as before
    sent = CalendarCandidateReply(intent="decline", calendar_uid="uid-1").model_dump(mode="json")
    assert CandidateReply.model_validate(sent).source == "calendar"  # what the workflow reads from the gateway's
