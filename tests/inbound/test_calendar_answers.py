"""Calendar answers end to end (SPEC R-M5): the worker sends each side its invite with a signed organizer, a client
answers it over SMTP to the gateway, and the answer reaches the workflow as a signal, an HR to-do or a dead letter."""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from functools import partial
from typing import Any

import aiosmtplib
import asyncpg
import icalendar
import pytest
from temporalio.api.enums.v1 import EventType

from inbound.calendar_tokens import organizer_token_of, verify_organizer_token
from inbound.gateway import InboundGateway
from inbound.repository import InboundRepository
from inbound.tokens import KeyRing
from policy.calendar_answers import human_time
from schemas.contract import CandidateReply
from service import reinterviews
from tests.inbound.calendar_clients import COUNTERS, REPLIES, Answer, google_reply, outlook_counter, outlook_reply
from tests.polling import until_event, until_stage, until_true
from tests.workflows.conftest import Harness
from tests.workflows.steps import invitations, scheduled_times


def _invites(harness: Harness, to: str) -> list[tuple[Any, Any]]:
    """(calendar, event) of every .ics the person received, in order."""
    found: list[tuple[Any, Any]] = []
    for mail in harness.received(to):
        for part in mail.message.walk():
            if part.get_content_type() == "text/calendar":
                calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
                found.extend((calendar, event) for event in calendar.walk("VEVENT"))
    return found


def _invites_if(harness: Harness, to: str, count: int) -> list[tuple[Any, Any]]:
    """The person's invites once there are `count` of them; [] before."""
    found = _invites(harness, to)
    return found if len(found) == count else []


async def scheduled(harness: Harness) -> Any:
    """A run whose candidate picked the first time: the interview is booked and both sides hold its invite."""
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    await handle.signal("candidate_reply", CandidateReply(intent="confirm", slot=1, message_id="<pick@test>"))
    await until_stage(handle, "scheduled", waiting=False)
    await until_true(lambda: _invites(harness, harness.interviewer_email), what="the interviewer's invite")
    await until_true(lambda: _invites(harness, harness.candidate_email), what="the candidate's invite")
    return handle


def answer_to(harness: Harness, to: str, name: str) -> Answer:
    """The facts of the latest invite `to` received, as that person's calendar client holds them."""
    _, event = _invites(harness, to)[-1]
    return Answer(
        uid=str(event["UID"]),
        organizer=str(event["ORGANIZER"]).removeprefix("mailto:"),
        attendee=to,
        attendee_name=name,
        start=event.decoded("DTSTART"),
        end=event.decoded("DTEND"),
        sequence=int(str(event["SEQUENCE"])),
        message_id=f"<{uuid.uuid4().hex}@client.example.com>",
    )


def _proposed(text: str, after: str) -> datetime:
    """The ISO time (with offset) that follows `after` in a signal's text."""
    match = re.search(re.escape(after) + r"(\S+?)[/ ]", text)
    assert match is not None, text
    moment = datetime.fromisoformat(match.group(1))
    assert moment.utcoffset() is not None
    return moment


async def send(gateway: InboundGateway, raw: bytes, to: str, sender: str) -> None:
    await aiosmtplib.send(
        raw, sender=sender, recipients=[to], hostname="127.0.0.1", port=gateway.port, start_tls=False, timeout=10
    )
    await gateway.idle()


async def signals_named(harness: Harness, workflow_id: str, name: str) -> list[dict[str, Any]]:
    """Payloads of the signals `name` in the run's history, decoded."""
    found: list[dict[str, Any]] = []
    async for event in harness.client.get_workflow_handle(workflow_id).fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
            attrs = event.workflow_execution_signaled_event_attributes
            if attrs.signal_name == name:
                [payload] = await harness.client.data_converter.decode(attrs.input.payloads)
                found.append(payload)
    return found


async def test_each_side_gets_its_own_signed_organizer(harness: Harness, ring: KeyRing) -> None:
    handle = await scheduled(harness)
    [(calendar, to_interviewer)] = _invites(harness, harness.interviewer_email)
    [(_, to_candidate)] = _invites(harness, harness.candidate_email)
    assert str(calendar["METHOD"]) == "REQUEST"
    organizers = {}
    for role, event in (("interviewer", to_interviewer), ("candidate", to_candidate)):
        token = organizer_token_of(harness.settings, str(event["ORGANIZER"]))
        assert token is not None, event["ORGANIZER"]
        claims = verify_organizer_token(ring, token)
        description = await handle.describe()
        assert (claims.run_id, claims.role, claims.sequence) == (description.run_id, role, 0)
        assert event["ORGANIZER"].params["CN"] == "Re-interview"
        assert all(a.params["RSVP"] == "TRUE" for a in event["ATTENDEE"])
        organizers[role] = str(event["ORGANIZER"])
    assert organizers["candidate"] != organizers["interviewer"]


async def test_an_outlook_decline_from_the_interviewer_reaches_the_workflow_as_interviewer_reply(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")
    raw = outlook_reply(interviewer.but(partstat="DECLINED", comment="那天要出差，抱歉"))
    await send(gateway, raw, interviewer.organizer, harness.interviewer_email)

    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == interviewer.message_id]
    assert (row.status, row.intent, row.workflow_id, row.reason) == (
        "signalled",
        "interviewer_declined",
        handle.id,
        None,
    )
    assert "那天要出差" in (row.reply_text or "")
    [signal] = await signals_named(harness, handle.id, "interviewer_reply")
    text = signal.pop("text")
    assert signal == {
        "interviewer_id": harness.ids["interviewer"],
        "response": "declined",
        "proposed_start": None,
        "message_id": interviewer.message_id,
    }
    # The answer in words, for HR: who, which booked time (in the interviewer's zone), and why.
    booked = human_time(interviewer.start, interviewer.end, "Asia/Shanghai")
    assert text.splitlines()[0] == f"The interviewer (李老师) declined the interview booked for {booked}."
    assert text.splitlines()[-1] == "Comment: 那天要出差，抱歉"
    assert text == row.reply_text


async def interviewer_todos(harness: Harness, workflow_id: str) -> list[tuple[str, str]]:
    """(title, detail) of the run's `interviewer_declined` to-dos, oldest first."""
    rows = await harness.pool.fetch(
        "SELECT title, detail FROM hr_todos WHERE workflow_id = $1 AND kind = 'interviewer_declined'"
        " ORDER BY created_at",
        workflow_id,
    )
    return [(r["title"], r["detail"]) for r in rows]


async def booking(harness: Harness, uid: str) -> tuple[str, str, int, datetime]:
    """(interviewer_id, status, sequence, start) of the event as booked now."""
    row = await harness.pool.fetchrow(
        "SELECT interviewer_id, status, sequence, lower(during) AS start FROM calendar_events WHERE event_uid = $1", uid
    )
    assert row is not None, uid
    return (row["interviewer_id"], row["status"], row["sequence"], row["start"])


async def candidate_invitations(harness: Harness) -> int:
    """Invitation emails (a set of times to pick from) the candidate was sent."""
    return sum(
        template == "invitation" and recipient == harness.candidate_email
        for template, recipient in await harness.sent()
    )


@pytest.mark.archive(second_interviewer=True)
@pytest.mark.parametrize("client", sorted(REPLIES))
async def test_an_interviewers_decline_with_another_interviewer_free_offers_the_candidate_new_times(
    harness: Harness, gateway: InboundGateway, client: str
) -> None:
    await harness.pool.execute(  # the second interviewer is free whenever the first is
        "INSERT INTO interviewer_availability (interviewer_id, during)"
        " SELECT $2, during FROM interviewer_availability WHERE interviewer_id = $1",
        harness.ids["interviewer"],
        harness.ids["interviewer2"],
    )
    first, second = harness.ids["interviewer"], harness.ids["interviewer2"]
    handle = await scheduled(harness)
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")
    await send(
        gateway,
        REPLIES[client](interviewer.but(partstat="DECLINED", comment="那天要出差")),
        interviewer.organizer,
        interviewer.attendee,
    )
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == interviewer.message_id]
    assert (row.status, row.intent) == ("signalled", "interviewer_declined")

    # HR is told, and the candidate gets new times with the interviewer who is free; the booking stays until a pick.
    offered = await until_stage(handle, "awaiting_confirmation", lambda s: invitations(s) == 2, waiting=False)
    assert f"interviewer {first} withdrew: new times with another interviewer offered" in [
        e.event for e in offered.timeline
    ]
    [(title, detail)] = await interviewer_todos(harness, handle.id)
    assert title == "The interviewer declined the interview or proposed another time"
    # HR reads who declined which booked time, in words (the signal's text), under the ids.
    first_line, readable, *_ = detail.splitlines()
    assert first_line == f"interviewer {first}: declined"
    assert readable.startswith("The interviewer (李老师) declined the interview booked for ")
    assert await candidate_invitations(harness) == 2
    assert await booking(harness, interviewer.uid) == (first, "booked", 0, interviewer.start)

    # The candidate's calendar still holds the first event: accepting it now picks none of the new times; HR reads it.
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    await send(gateway, REPLIES[client](candidate), candidate.organizer, candidate.attendee)
    [held] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (held.status, held.reason) == ("handed_to_hr", "calendar_superseded")

    # The candidate picks one of the new times: the interview moves to the second interviewer.
    await handle.signal("candidate_reply", CandidateReply(intent="confirm", slot=1, message_id="<pick-2@test>"))
    moved = await until_stage(handle, "scheduled", lambda s: scheduled_times(s) == 2, waiting=False)
    assert f"interview handed over from {first} to {second}" in [e.event for e in moved.timeline]
    second_email = harness.data.interviewers[1].email
    await until_true(lambda: _invites(harness, second_email), what="the second interviewer's invite")
    await until_true(lambda: len(_invites(harness, harness.interviewer_email)) == 2, what="the first one's cancel")
    left = _invites(harness, harness.interviewer_email)
    assert [str(c["METHOD"]) for c, _ in left] == ["REQUEST", "CANCEL"]
    assert str(left[1][1]["ORGANIZER"]) == str(left[0][1]["ORGANIZER"])  # a cancel keeps the event's organizer
    assert (await booking(harness, interviewer.uid))[:2] == (second, "booked")

    # The second interviewer's calendar accepts; the first one's answer to the copy they held is not theirs to give.
    joined = answer_to(harness, second_email, "赵老师")
    await send(gateway, REPLIES[client](joined), joined.organizer, joined.attendee)
    late = interviewer.but(message_id=f"<{uuid.uuid4().hex}@client.example.com>", partstat="DECLINED")
    await send(gateway, REPLIES[client](late), late.organizer, late.attendee)
    rows = {r.message_id: r for r in await InboundRepository(harness.pool).all()}
    assert (rows[joined.message_id].status, rows[joined.message_id].intent) == ("signalled", "interviewer_accepted")
    assert (rows[late.message_id].status, rows[late.message_id].reason) == ("dead_letter", "calendar_wrong_attendee")
    await until_event(handle, f"interviewer {second} replied: accepted")
    assert len(await interviewer_todos(harness, handle.id)) == 1


@pytest.mark.parametrize(
    ("client", "method"),
    [("outlook", "COUNTER"), ("google", "COUNTER"), ("apple", "DECLINED"), ("google", "DECLINED")],
)
async def test_an_interviewers_decline_or_counter_with_nobody_else_free_keeps_the_booking_and_tells_hr(
    harness: Harness, gateway: InboundGateway, client: str, method: str
) -> None:
    handle = await scheduled(harness)
    iv = harness.ids["interviewer"]
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")
    proposed = interviewer.start + timedelta(days=1, hours=2)
    raw = (
        COUNTERS[client](interviewer.but(comment="第二天下午可以"), proposed, proposed + timedelta(hours=1))
        if method == "COUNTER"
        else REPLIES[client](interviewer.but(partstat="DECLINED"))
    )
    await send(gateway, raw, interviewer.organizer, interviewer.attendee)
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == interviewer.message_id]
    response = "counter" if method == "COUNTER" else "declined"
    assert (row.status, row.intent) == ("signalled", f"interviewer_{response}")
    [signal] = await signals_named(harness, handle.id, "interviewer_reply")
    assert signal["response"] == response
    if method == "COUNTER":
        assert datetime.fromisoformat(signal["proposed_start"]) == proposed
        booked = human_time(interviewer.start, interviewer.end, "Asia/Shanghai")
        moved = human_time(proposed, proposed + timedelta(hours=1), "Asia/Shanghai")
        assert signal["text"].splitlines()[0] == (
            f"The interviewer (李老师) asks to move the interview booked for {booked} to {moved}."
        )
        assert signal["text"].splitlines()[-1] == "Comment: 第二天下午可以" and signal["text"] == row.reply_text

    status = await until_event(handle, "no other interviewer is free")
    assert status.stage.value == "scheduled" and invitations(status) == 1
    [(_, detail)] = await interviewer_todos(harness, handle.id)
    assert detail.startswith(f"interviewer {iv}: {response}")
    if method == "COUNTER":  # the proposed time is in the to-do
        assert datetime.fromisoformat(detail.splitlines()[0].split(", proposes ", 1)[1]) == proposed
        assert detail.splitlines()[1:] == signal["text"].splitlines()  # and the answer in words
    assert await booking(harness, interviewer.uid) == (iv, "booked", 0, interviewer.start)
    assert await candidate_invitations(harness) == 1
    assert [str(c["METHOD"]) for c, _ in _invites(harness, harness.candidate_email)] == ["REQUEST"]


async def test_a_candidates_google_accept_becomes_confirm(harness: Harness, gateway: InboundGateway) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    await send(gateway, google_reply(candidate), candidate.organizer, harness.candidate_email)

    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.intent, row.workflow_id) == ("signalled", "confirm", handle.id)
    status = await until_event(handle, "candidate replied: confirm", count=2)  # the pick, then the calendar
    assert status.stage == "scheduled"
    [_, calendar] = await signals_named(harness, handle.id, "candidate_reply")
    assert calendar["intent"] == "confirm" and calendar["slot"] is None and calendar["source"] == "calendar"
    assert calendar["calendar_uid"] == candidate.uid and calendar["message_id"] == candidate.message_id
    assert _proposed(calendar["text"], "Calendar REPLY ACCEPTED: ") == candidate.start

    # The same answer delivered again is a duplicate, never a second signal.
    await send(gateway, google_reply(candidate), candidate.organizer, harness.candidate_email)
    rows = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert sorted((r.status, r.reason) for r in rows) == [("dead_letter", "duplicate"), ("signalled", None)]


async def test_a_candidates_counter_reschedules_and_the_update_keeps_the_organizer(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    proposed = candidate.start + timedelta(days=2)
    raw = outlook_counter(candidate.but(comment="后天同一时间可以吗"), proposed, proposed + timedelta(hours=1))
    await send(gateway, raw, candidate.organizer, harness.candidate_email)

    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.intent) == ("signalled", "reschedule")
    [_, reschedule] = await signals_named(harness, handle.id, "candidate_reply")
    assert reschedule["intent"] == "reschedule" and _proposed(reschedule["text"], "proposed ") == proposed
    assert "后天同一时间可以吗" in reschedule["text"]
    await until_stage(handle, "awaiting_confirmation", waiting=False)

    await handle.signal("candidate_reply", CandidateReply(intent="confirm", slot=1, message_id="<pick-2@test>"))
    await until_true(lambda: len(_invites(harness, harness.candidate_email)) >= 2, what="the moved event")
    [(_, first), (_, moved)] = _invites(harness, harness.candidate_email)
    assert str(moved["UID"]) == str(first["UID"]) and int(str(moved["SEQUENCE"])) == 1
    assert str(moved["ORGANIZER"]) == str(first["ORGANIZER"])  # clients ignore an update from a new organizer
    # The interviewer's copy moves too, with its own organizer kept, and their calendar answers the moved event.
    [(_, held), (_, updated)] = await until_true(
        partial(_invites_if, harness, harness.interviewer_email, 2), what="the interviewer's update"
    )
    assert (str(updated["UID"]), int(str(updated["SEQUENCE"]))) == (str(first["UID"]), 1)
    assert str(updated["ORGANIZER"]) == str(held["ORGANIZER"]) != str(moved["ORGANIZER"])
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")
    await send(gateway, REPLIES["apple"](interviewer), interviewer.organizer, interviewer.attendee)
    [accepted] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == interviewer.message_id]
    assert (accepted.status, accepted.intent) == ("signalled", "interviewer_accepted")

    # An answer to the event as it was before the move is stale.
    late = candidate.but(message_id=f"<{uuid.uuid4().hex}@client.example.com>", partstat="DECLINED")
    await send(gateway, google_reply(late), candidate.organizer, harness.candidate_email)
    [stale] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == late.message_id]
    assert (stale.status, stale.reason) == ("dead_letter", "calendar_stale_sequence")
    assert (await reinterviews.status(handle)).outcome is None


async def test_answers_that_must_not_be_acted_on_change_nothing(harness: Harness, gateway: InboundGateway) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")

    def fresh(a: Answer, **changes: object) -> Answer:
        return a.but(message_id=f"<{uuid.uuid4().hex}@client.example.com>", **changes)

    at = len("cal+ktest01.") + 3  # a character of the signed token itself
    forged = candidate.organizer[:at] + ("a" if candidate.organizer[at] != "a" else "b") + candidate.organizer[at + 1 :]
    cases: list[tuple[bytes, str, str, str]] = [
        # (message, RCPT TO, MAIL FROM, dead letter reason)
        (
            google_reply(fresh(candidate, partstat="DECLINED", sender="spoofer@evil.test")),
            candidate.organizer,
            "spoofer@evil.test",
            "calendar_sender_mismatch",
        ),
        (
            outlook_reply(fresh(interviewer, partstat="DECLINED", organizer=candidate.organizer)),
            candidate.organizer,
            interviewer.attendee,
            "calendar_wrong_attendee",
        ),
        (
            google_reply(fresh(candidate, partstat="DECLINED", uid="someone-else@reinterview")),
            candidate.organizer,
            candidate.attendee,
            "calendar_unknown_event",
        ),
        (
            google_reply(fresh(candidate, partstat="DECLINED", sequence=candidate.sequence + 5)),
            candidate.organizer,
            candidate.attendee,
            "calendar_future_sequence",
        ),
        (
            google_reply(fresh(candidate, partstat="DECLINED", organizer=interviewer.organizer)),
            candidate.organizer,
            candidate.attendee,
            "organizer_mismatch",
        ),
        (  # someone the event was never sent to, answering from their own mailbox
            REPLIES["apple"](fresh(candidate, partstat="DECLINED", attendee="stranger@elsewhere.test")),
            candidate.organizer,
            "stranger@elsewhere.test",
            "calendar_wrong_attendee",
        ),
        (  # the interviewer's copy answered to the candidate's organizer address
            outlook_reply(fresh(interviewer, partstat="DECLINED")),
            candidate.organizer,
            interviewer.attendee,
            "organizer_mismatch",
        ),
    ]
    for raw, to, sender, _ in cases:
        await send(gateway, raw, to, sender)
    rows = {r.message_id: r for r in await InboundRepository(harness.pool).all()}
    for raw, _, _, reason in cases:
        message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
        assert (rows[message_id].status, rows[message_id].reason) == ("dead_letter", reason), message_id

    # Organizer addresses we did not sign are refused at RCPT (550) and nothing is stored: a changed character of
    # the token, no token at all, an unknown key, and the unsigned sender address older events named.
    unsigned = [
        forged,
        f"cal+nosignature@{harness.settings.reply_domain}",
        candidate.organizer.replace("cal+ktest01.", "cal+kother.", 1),
        "reinterview@hr.example.com",
    ]
    for address in unsigned:
        forged_answer = google_reply(fresh(candidate, partstat="DECLINED", organizer=address))
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
            await send(gateway, forged_answer, address, candidate.attendee)
        assert [r.code for r in refused.value.recipients] == [550], address
    stored = [r for r in await InboundRepository(harness.pool).all() if set(r.rcpt_to) & set(unsigned)]
    assert stored == []

    # A "maybe" is no confirmation: HR reads it.
    tentative = fresh(candidate, partstat="TENTATIVE")
    await send(gateway, google_reply(tentative), candidate.organizer, candidate.attendee)
    # "Reply to organizer" written in a calendar client: a person wrote to us, HR reads it.
    written = (
        f"From: {interviewer.attendee}\r\nTo: {interviewer.organizer}\r\nSubject: RE: Re-interview\r\n"
        f"Message-ID: <written-{uuid.uuid4().hex}@corp.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "候选人的简历能再发我一份吗？\r\n"
    ).encode()
    await send(gateway, written, interviewer.organizer, interviewer.attendee)
    todos = await harness.pool.fetch(
        "SELECT kind, detail FROM hr_todos WHERE workflow_id = $1 AND kind LIKE 'calendar%' ORDER BY kind", handle.id
    )
    assert [t["kind"] for t in todos] == ["calendar_tentative", "calendar_written_message"]
    assert "简历" in todos[1]["detail"]

    await asyncio.sleep(0.5)
    status = await reinterviews.status(handle)
    assert status.stage == "scheduled" and status.outcome is None
    assert len(await signals_named(harness, handle.id, "candidate_reply")) == 1  # only the pick
    assert not await signals_named(harness, handle.id, "interviewer_reply")


async def test_an_answer_after_the_interview_ended_plus_seven_days_has_expired(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    ended = datetime.now(candidate.start.tzinfo) - timedelta(days=7, minutes=1)
    await harness.pool.execute(
        "UPDATE calendar_events SET during = tstzrange($2, $3) WHERE event_uid = $1",
        candidate.uid,
        ended - timedelta(hours=1),
        ended,
    )
    await send(gateway, google_reply(candidate.but(partstat="DECLINED")), candidate.organizer, candidate.attendee)
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.reason) == ("dead_letter", "expired")
    assert (await reinterviews.status(handle)).outcome is None


async def test_a_calendar_answer_at_a_reply_address_is_never_read_as_text(
    gateway: InboundGateway, make_run, db_pool: asyncpg.Pool
) -> None:
    """ "Wang Fang has accepted this invitation." must not become a confirm through the text reader."""
    run = await make_run()
    answer = Answer(
        uid=f"{run.run_id}@reinterview",
        organizer="reinterview@hr.example.com",  # an event sent before organizers were signed
        attendee="wangfang@gmail.com",
        attendee_name="Wang Fang",
        start=datetime(2026, 12, 15, 7, tzinfo=UTC),
        end=datetime(2026, 12, 15, 8, tzinfo=UTC),
        message_id=f"<{uuid.uuid4().hex}@client.example.com>",
    )
    await send(gateway, google_reply(answer), run.address, answer.attendee)
    [row] = await InboundRepository(db_pool).all()
    assert (row.status, row.reason, row.intent) == ("dead_letter", "organizer_mismatch", None)


async def test_a_written_reply_with_our_invite_attached_is_read_as_text(
    gateway: InboundGateway, make_run, db_pool: asyncpg.Pool
) -> None:
    run = await make_run()
    message = EmailMessage()
    message["From"] = "wangfang@gmail.com"
    message["To"] = run.address
    message["Subject"] = "Re: 面试邀请"
    message["Message-ID"] = f"<{uuid.uuid4().hex}@client.example.com>"
    message.set_content("确认参加，谢谢！")
    request = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x@reinterview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_attachment(request.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    await send(gateway, message.as_bytes(), run.address, "wangfang@gmail.com")
    [row] = await InboundRepository(db_pool).all()
    assert row.intent == "confirm" and not (row.reason or "").startswith(("calendar", "organizer"))


@pytest.mark.parametrize(
    ("client", "partstat"),
    [
        ("outlook", "DECLINED"),
        ("google", "DECLINED"),
        ("apple", "DECLINED"),
        ("outlook", "ACCEPTED"),
        ("apple", "ACCEPTED"),
    ],
)
async def test_a_candidates_calendar_answer_reaches_the_workflow_marked_as_from_a_calendar(
    harness: Harness, gateway: InboundGateway, client: str, partstat: str
) -> None:
    """A decline travels as `candidate_reply` decline with source "calendar": the workflow gives it the grace period
    of a written decline (the candidate can undo it); an accept confirms the booked time, naming no slot."""
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    await send(gateway, REPLIES[client](candidate.but(partstat=partstat)), candidate.organizer, candidate.attendee)

    intent = "decline" if partstat == "DECLINED" else "confirm"
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.intent, row.workflow_id) == ("signalled", intent, handle.id)
    [_, answer] = await signals_named(harness, handle.id, "candidate_reply")
    assert (answer["intent"], answer["slot"], answer["source"]) == (intent, None, "calendar")
    assert (answer["calendar_uid"], answer["message_id"]) == (candidate.uid, candidate.message_id)
    assert _proposed(answer["text"], f"Calendar REPLY {partstat}: ") == candidate.start
    await until_event(handle, f"candidate replied: {intent}", count=2 if intent == "confirm" else 1)


async def test_a_candidates_google_counter_is_a_reschedule_with_the_proposed_time(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    proposed = candidate.start + timedelta(days=3, hours=-1)
    await send(
        gateway,
        COUNTERS["google"](candidate, proposed, proposed + timedelta(hours=1)),
        candidate.organizer,
        candidate.attendee,
    )
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.intent) == ("signalled", "reschedule")
    [_, reschedule] = await signals_named(harness, handle.id, "candidate_reply")
    assert (reschedule["intent"], reschedule["slot"], reschedule["source"]) == ("reschedule", None, "calendar")
    assert _proposed(reschedule["text"], "proposed ") == proposed
    await until_stage(handle, "awaiting_confirmation", waiting=False)


async def test_maybes_delegations_and_proposals_in_the_past_go_to_hr_and_signal_nothing(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    interviewer = answer_to(harness, harness.interviewer_email, "李老师")

    def fresh(a: Answer, **changes: object) -> Answer:
        return a.but(message_id=f"<{uuid.uuid4().hex}@client.example.com>", **changes)

    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    cases: list[tuple[bytes, Answer, str]] = [
        # (message, who answers, the to-do's kind)
        (REPLIES["apple"](fresh(interviewer, partstat="TENTATIVE")), interviewer, "calendar_tentative"),
        (REPLIES["outlook"](fresh(candidate, partstat="TENTATIVE")), candidate, "calendar_tentative"),
        (
            REPLIES["outlook"](fresh(interviewer, partstat="DELEGATED", delegated_to="zhao@corp.example")),
            interviewer,
            "calendar_delegated",
        ),
        (
            REPLIES["google"](fresh(candidate, partstat="DELEGATED", delegated_to="friend@gmail.com")),
            candidate,
            "calendar_delegated",
        ),
        (COUNTERS["google"](fresh(candidate), past, past + timedelta(hours=1)), candidate, "calendar_counter"),
        (COUNTERS["outlook"](fresh(interviewer), past, past + timedelta(hours=1)), interviewer, "calendar_counter"),
    ]
    for raw, who, _ in cases:
        await send(gateway, raw, who.organizer, who.attendee)
    rows = {r.message_id: r for r in await InboundRepository(harness.pool).all()}
    todos = {
        r["todo_key"]: r
        for r in await harness.pool.fetch(
            "SELECT todo_key, kind, title, detail FROM hr_todos WHERE workflow_id = $1", handle.id
        )
    }
    for raw, who, kind in cases:
        message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
        row = rows[message_id]
        assert (row.status, row.workflow_id) == ("handed_to_hr", handle.id), (kind, row.reason)
        todo = todos[f"inbound:{row.id}"]
        assert todo["kind"] == kind
        assert who.attendee_name in todo["title"], todo["title"]  # who answered, by name
        if kind == "calendar_counter":  # which time: the proposal, in the attendee's zone, and that it has passed
            assert "already passed" in todo["title"]
            assert _proposed(todo["detail"], "proposed ") == past
        else:  # which time: the booked one
            assert _proposed(todo["detail"], f"Calendar REPLY {kind.removeprefix('calendar_').upper()}: ") == who.start

    await asyncio.sleep(0.5)
    assert len(await signals_named(harness, handle.id, "candidate_reply")) == 1  # only the pick
    assert not await signals_named(harness, handle.id, "interviewer_reply")
    assert (await reinterviews.status(handle)).stage.value == "scheduled"


async def test_a_cancel_keeps_the_organizer_and_a_later_answer_changes_nothing(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    await handle.signal("cancel", {"reason": "position filled", "by": "hr:wang"})
    await handle.result()
    for to in (harness.candidate_email, harness.interviewer_email):
        [(_, sent), (cancel_calendar, cancelled)] = await until_true(
            partial(_invites_if, harness, to, 2), what=f"the cancel to {to}"
        )
        assert str(cancel_calendar["METHOD"]) == "CANCEL"
        assert str(cancelled["UID"]) == str(sent["UID"]) and str(cancelled["ORGANIZER"]) == str(sent["ORGANIZER"])
    assert (await booking(harness, candidate.uid))[1] == "cancelled"

    # The candidate's calendar still answers the invitation it held: the run has ended, nothing is signalled.
    await send(gateway, REPLIES["apple"](candidate), candidate.organizer, candidate.attendee)
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.reason) == ("dead_letter", "invitation_closed")
    assert len(await signals_named(harness, handle.id, "candidate_reply")) == 1


async def test_an_answer_to_a_run_that_stopped_without_an_outcome_changes_nothing(
    harness: Harness, gateway: InboundGateway
) -> None:
    """A run terminated in Temporal records no outcome in PostgreSQL: the gateway asks Temporal whether it runs."""
    handle = await scheduled(harness)
    candidate = answer_to(harness, harness.candidate_email, "Wang Fang")
    await handle.terminate("operator stopped the run")
    assert await harness.pool.fetchval("SELECT outcome FROM reinterviews WHERE workflow_id = $1", handle.id) is None
    await send(gateway, REPLIES["google"](candidate.but(partstat="DECLINED")), candidate.organizer, candidate.attendee)
    [row] = [r for r in await InboundRepository(harness.pool).all() if r.message_id == candidate.message_id]
    assert (row.status, row.reason, row.detail) == ("dead_letter", "invitation_closed", "the workflow run has ended")
    assert len(await signals_named(harness, handle.id, "candidate_reply")) == 1
