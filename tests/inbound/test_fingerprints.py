"""Sent-message fingerprints (migration 009): kept with the outbox row, found for a reply by its references or
by its run, deleted by the retention job; and end to end, a reply that pastes our invitation without any quote
marker is read by what we sent."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from temporalio.testing import ActivityEnvironment

from activities.retention import RetentionActivities
from db.repositories.fingerprints import delete_fingerprints_before, offered_slots, replied_to
from db.repositories.outbox import OutboxRepository
from inbound.gateway import InboundGateway
from inbound.quotes import SentText, new_text
from inbound.reading import SentFingerprint, choose
from schemas.retention import PurgeInput
from tests.inbound.test_end_to_end import invitation_of, smtp_reply
from tests.polling import until_stage
from tests.workflows.conftest import Harness

TEXT = (
    "张三，您好：\n\n面试时间\n  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n"
    "  方案 2：2026年12月4日 周五 14:00–15:00\n回复「放弃」表示不参加。"
)
SLOTS = [
    {"number": 1, "start": "2026-12-03T06:00:00+00:00", "end": "2026-12-03T07:00:00+00:00"},
    {"number": 2, "start": "2026-12-04T06:00:00+00:00", "end": "2026-12-04T07:00:00+00:00"},
]


async def sent(pool: asyncpg.Pool, n: int, workflow_id: str = "wf-1", kind: str = "candidate") -> str:
    outbox = OutboxRepository(pool)
    message_id = f"<m{n}@hr.example.com>"
    await outbox.claim(f"key-{n}", message_id, workflow_id, "invitation", "zs@example.com", "邀请")
    await outbox.record_fingerprint(message_id, workflow_id, kind, TEXT, {"slots": SLOTS, "timezone": "Asia/Shanghai"})
    return message_id


async def test_a_reply_finds_the_email_it_answers_with_its_offered_times(db_pool: asyncpg.Pool) -> None:
    first = await sent(db_pool, 1)
    second = await sent(db_pool, 2)
    found = await replied_to(db_pool, ["<unknown@x>", first], "wf-1")
    assert found is not None and found.message_id == first
    assert [(s.number, s.start.hour, s.start.weekday()) for s in found.offered] == [(1, 14, 3), (2, 14, 4)]
    assert new_text("周五可以\n\n" + textwrap.fill(TEXT.replace("\n", ""), 17), found.sent) == "周五可以"
    # No usable references (a client that drops them): the newest email sent to the run's candidate.
    latest = await replied_to(db_pool, [], "wf-1")
    assert latest is not None and latest.message_id == second


async def test_references_to_another_runs_email_are_not_used(db_pool: asyncpg.Pool) -> None:
    other = await sent(db_pool, 3, workflow_id="wf-other")
    assert await replied_to(db_pool, [other], "wf-1") is None
    assert (await replied_to(db_pool, [other], None)).message_id == other  # type: ignore[union-attr]


async def test_emails_to_interviewers_are_not_a_candidates_fallback(db_pool: asyncpg.Pool) -> None:
    await sent(db_pool, 4, kind="interviewer")
    assert await replied_to(db_pool, [], "wf-1") is None


async def test_recording_twice_keeps_the_first_and_no_text_is_stored(db_pool: asyncpg.Pool) -> None:
    message_id = await sent(db_pool, 5)
    await OutboxRepository(db_pool).record_fingerprint(message_id, "wf-1", "candidate", "other text", {})
    row = await db_pool.fetchrow("SELECT * FROM sent_fingerprints WHERE message_id = $1", message_id)
    assert row is not None, "the first recording's row is kept"
    assert len(json.loads(row["offered"])) == 2
    assert "放弃" not in str(dict(row)) and "面试" not in str(dict(row))


async def test_retention_deletes_old_fingerprints_and_nothing_newer(db_pool: asyncpg.Pool) -> None:
    old, new = await sent(db_pool, 6), await sent(db_pool, 7)
    await db_pool.execute(
        "UPDATE sent_fingerprints SET created_at = now() - interval '31 days' WHERE message_id = $1", old
    )
    assert await delete_fingerprints_before(db_pool, datetime.now(UTC) - timedelta(days=30)) == 1
    left = await db_pool.fetch("SELECT message_id FROM sent_fingerprints")
    assert [r["message_id"] for r in left] == [new]
    assert await delete_fingerprints_before(db_pool, datetime.now(UTC) - timedelta(days=30)) == 0


async def test_the_retention_activity_deletes_old_fingerprints(db_pool: asyncpg.Pool) -> None:
    old, new = await sent(db_pool, 9), await sent(db_pool, 10)
    await db_pool.execute(
        "UPDATE sent_fingerprints SET created_at = now() - interval '31 days' WHERE message_id = $1", old
    )
    cutoff = datetime.now(UTC) - timedelta(days=30)
    result = await ActivityEnvironment().run(
        RetentionActivities(db_pool).purge_expired_mail, PurgeInput(older_than=cutoff)
    )
    assert result.purged["sent_fingerprints"] == 1
    assert [r["message_id"] for r in await db_pool.fetch("SELECT message_id FROM sent_fingerprints")] == [new]


def test_a_reply_picks_its_email_among_the_runs_by_its_references() -> None:
    def email(n: int, kind: str = "candidate") -> SentFingerprint:
        return SentFingerprint(f"<m{n}@x>", "wf-1", SentText.of([n]), (), kind)

    newest_first = (email(3, "interviewer"), email(2), email(1))
    assert choose(["<unknown@x>", "<m1@x>"], newest_first) == email(1)
    assert choose(["<m3@x>"], newest_first) == email(3, "interviewer")  # named: whoever it went to
    assert choose([], newest_first) == email(2)  # not named: the newest sent to the candidate
    assert choose(["<m9@x>"], (email(3, "interviewer"),)) is None


async def test_a_fingerprint_goes_with_its_outbox_row(db_pool: asyncpg.Pool) -> None:
    message_id = await sent(db_pool, 8)
    await db_pool.execute("DELETE FROM outbound_emails WHERE message_id = $1", message_id)
    assert await db_pool.fetchval("SELECT count(*) FROM sent_fingerprints") == 0


async def test_a_fingerprint_needs_its_outbox_row(db_pool: asyncpg.Pool) -> None:
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await OutboxRepository(db_pool).record_fingerprint("<nowhere@x>", "wf-1", "candidate", TEXT, {})


@pytest.mark.parametrize(
    "slots",
    [None, "x", [1, 2], [{"start": 5}], [{"number": 1, "start": "not a time"}], {"number": 1}],
)
def test_malformed_slots_are_no_offer(slots: object) -> None:
    assert offered_slots(slots) == []


async def test_an_unmarked_paste_of_our_invitation_is_read_by_what_we_sent(
    harness: Harness, gateway: InboundGateway
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    invitation = await invitation_of(harness)
    row = await harness.pool.fetchrow("SELECT * FROM sent_fingerprints WHERE message_id = $1", invitation["Message-ID"])
    assert row is not None and row["recipient_kind"] == "candidate" and row["workflow_id"] == handle.id
    offered = await replied_to(harness.pool, [invitation["Message-ID"]], handle.id)
    assert offered is not None and len(offered.offered) >= 2
    one, two = offered.offered[0].start, offered.offered[1].start
    answer = f"{one.month}月{one.day}日{one.hour}点不行，{two.month}月{two.day}日{two.hour}点可以。"
    # The client pasted the whole invitation below, re-wrapped, with no quote marker at all: its own words
    # ("确认", "放弃", "2") must not decide.
    pasted = textwrap.fill(invitation.get_body(("plain",)).get_content().replace("\n", " "), 31)
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = str(invitation["To"])  # the candidate's own address (another would be held)
    msg["To"] = str(invitation["Reply-To"])
    msg["Subject"] = "回复：" + str(invitation["Subject"])
    msg["Message-ID"] = "<unmarked-paste@mail.example.com>"
    msg["In-Reply-To"] = invitation["Message-ID"]
    msg.set_content(f"{answer}\n\n{pasted}\n", charset="utf-8", cte="base64")
    await smtp_reply(gateway, msg.as_bytes(), invitation["Reply-To"].addresses[0].addr_spec)

    status = await until_stage(handle, "scheduled", waiting=False)
    assert any(e.event == "candidate replied: confirm (time 2)" for e in status.timeline), status.timeline
    await gateway.idle()
    reply_text = await harness.pool.fetchval("SELECT reply_text FROM inbound_mail ORDER BY id DESC LIMIT 1")
    assert reply_text == answer


async def test_a_holiday_notice_without_auto_reply_headers_is_a_dead_letter(
    gateway: InboundGateway, db_pool: asyncpg.Pool, make_run
) -> None:
    from tests.inbound.mails import INVITATION_ZH, plain, quoted
    from tests.inbound.test_gateway import rows, send

    run = await make_run()
    body = f"您好，我目前休假中，期间邮件回复可能不及时，紧急事务请联系 13800000000。\n\n{quoted(INVITATION_ZH)}\n"
    await send(gateway, plain(run.address, body), run.address)
    await gateway.idle()
    [row] = await rows(db_pool)
    assert (row.status, row.reason) == ("dead_letter", "auto_reply")
    assert "absence notice" in (row.detail or "")
    kinds = await db_pool.fetch("SELECT kind FROM hr_todos WHERE workflow_id = $1", run.workflow_id)
    assert [k["kind"] for k in kinds] == ["candidate_auto_reply"]  # not acted on; HR sees it, nothing else
