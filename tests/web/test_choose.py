"""The candidate's "that is not what I meant" link and page (web.choose), over real HTTP, real Temporal and real
PostgreSQL.

Most tests run the page against ChoicesProbe (tests/web/choices_probe.py), a small workflow that answers the
`choices` query with what the test sets and records every `candidate_reply` signal: the page's behaviour (what it
shows, what it signals, what it refuses) is the web unit's, whatever the workflow's rules. The last test runs the
real ReinterviewWorkflow end to end.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer
from temporalio.client import WorkflowHandle
from temporalio.testing import ActivityEnvironment, WorkflowEnvironment
from temporalio.worker import Worker

from activities.notifications import NotificationActivities
from inbound.tokens import KeyRing
from mail.render import email_environment
from mail.smtp import SmtpSender
from schemas.contract import CancelRequest, CandidateReply, ChoiceSlot, ReadAs, ReplyChoices, Stage
from schemas.notifications import Recipient, SendEmailInput
from service import reinterviews
from service.settings import Settings
from tests.polling import eventually, in_stage, until_status
from tests.web.choices_probe import ChoicesProbe, record_run
from tests.workflows.conftest import Harness
from tests.workflows.steps import final
from web.app import build_web_app
from web.links import (
    LinkClaims,
    choice_message_id,
    choose_link,
    invitation_links,
    mint_link_token,
    verify_link_token,
)

SLOT_1 = ChoiceSlot(
    number=1, start=datetime(2030, 3, 5, 6, tzinfo=UTC), end=datetime(2030, 3, 5, 7, tzinfo=UTC), booked=True
)
SLOT_2 = ChoiceSlot(number=2, start=datetime(2030, 3, 6, 6, tzinfo=UTC), end=datetime(2030, 3, 6, 7, tzinfo=UTC))
CONFIRMED_1 = ReadAs(intent="confirm", slot=1, slot_start=SLOT_1.start, source="email")
CLOSES_AT = datetime(2030, 3, 4, 18, tzinfo=UTC)


def offer(**changes: Any) -> ReplyChoices:
    """A scheduled run: option 1 booked, option 2 also offered, read from the candidate's email as "confirm 1"."""
    values: dict[str, Any] = {
        "open": True,
        "stage": Stage.SCHEDULED,
        "read_as": CONFIRMED_1,
        "slots": [SLOT_1, SLOT_2],
        "interview_at": SLOT_1.start,
    }
    values.update(changes)
    return ReplyChoices(**values)


@dataclass
class ProbeRun:
    handle: WorkflowHandle[Any, Any]
    path: str
    claims: LinkClaims

    async def replies(self) -> list[CandidateReply]:
        return await self.handle.query(ChoicesProbe.replies)


@dataclass
class Site:
    env: WorkflowEnvironment
    web: TestClient
    pool: asyncpg.Pool
    settings: Settings
    ring: KeyRing
    task_queue: str
    started: list[WorkflowHandle[Any, Any]] = field(default_factory=list)

    async def start(
        self,
        choices: ReplyChoices,
        timezone: str = "Asia/Shanghai",
        outcome: str | None = None,
        task_queue: str | None = None,
    ) -> ProbeRun:
        """A probe run with its `reinterviews` and `candidates` rows, and the path of its choose link."""
        tag = uuid.uuid4().hex[:8]
        job_id, candidate_id = f"job-{tag}", f"cand-{tag}"
        workflow_id = f"reinterview-{job_id}-{candidate_id}"
        handle = await self.env.client.start_workflow(
            ChoicesProbe.run, choices, id=workflow_id, task_queue=task_queue or self.task_queue
        )
        self.started.append(handle)
        run_id = handle.result_run_id or ""
        await self.pool.execute(
            "INSERT INTO candidates (candidate_id, name, email, timezone) VALUES ($1, '张三', $2, $3)",
            candidate_id,
            f"{tag}@example.com",
            timezone,
        )
        await record_run(self.pool, workflow_id, run_id, candidate_id, job_id, choices.stage.value, outcome)
        url = choose_link(self.settings, self.ring, workflow_id, run_id, f"<echo-{tag}@hr.example.com>", now())
        path = urlsplit(url).path
        return ProbeRun(handle, path, verify_link_token(self.ring, path.rsplit("/", 1)[1], now()))


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
async def site(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    smtp_settings: Settings,
    ring: KeyRing,
    task_queue: str,
) -> AsyncIterator[Site]:
    """The web app on a loopback socket and a worker running ChoicesProbe on this test's task queue."""
    async with Worker(time_skipping_env.client, task_queue=task_queue, workflows=[ChoicesProbe]):
        web = TestClient(TestServer(build_web_app(smtp_settings, time_skipping_env.client, db_pool)))
        await web.start_server()
        site = Site(time_skipping_env, web, db_pool, smtp_settings, ring, task_queue)
        try:
            yield site
        finally:
            await web.close()
            for handle in site.started:
                try:
                    await handle.terminate("test over")
                except Exception:  # already ended, or never ran
                    continue


def buttons(page: str) -> list[str]:
    """The text of each button on the page, tags removed, whitespace collapsed."""
    found = re.findall(r"<button[^>]*>(.*?)</button>", page, re.DOTALL)
    return [" ".join(re.sub(r"<[^>]+>", " ", b).split()) for b in found]


async def test_the_page_shows_what_was_read_the_times_in_the_candidates_zone_and_when_a_decline_closes(
    site: Site,
) -> None:
    read_decline = ReadAs(intent="decline", source="email", closes_at=CLOSES_AT)
    run = await site.start(offer(read_as=read_decline, decline_closes_at=CLOSES_AT), timezone="Europe/London")

    response = await site.web.get(run.path)
    page = await response.text()
    assert response.status == 200
    assert "我们理解为：放弃本次重新面试" in page and "We read your reply as: decline this re-interview" in page
    assert "根据您回复的邮件" in page and "From the email you sent us" in page
    assert buttons(page) == [
        (
            "方案 1：2030年3月5日 周二 06:00–07:00（Europe/London） 当前预约 / booked "
            "Option 1: Tue 5 Mar 2030, 06:00–07:00 (Europe/London)"
        ),
        "方案 2：2030年3月6日 周三 06:00–07:00（Europe/London） Option 2: Wed 6 Mar 2030, 06:00–07:00 (Europe/London)",
        "其他时间 Other times (we will offer new ones)",
        "放弃本次面试 Decline (ends this re-interview at once)",
    ]
    assert "本次重新面试将于 2030年3月4日 周一 18:00（Europe/London） 关闭" in page
    assert "this re-interview will be closed on Mon 4 Mar 2030, 18:00 (Europe/London)" in page
    assert 'method="post"' in page and f'action="{run.path}"' in page

    # Home zone, a confirmed option: no zone note in Chinese, no closing notice.
    other = await site.start(offer())
    page = await (await site.web.get(other.path)).text()
    assert "我们理解为：确认方案 1（2030年3月5日 周二 14:00）" in page
    assert "We read your reply as: confirm option 1 (Tue 5 Mar 2030, 14:00 (Asia/Shanghai))" in page
    assert "关闭" not in page and "closed on" not in page
    assert buttons(page)[0].startswith("方案 1：2030年3月5日 周二 14:00–15:00 当前预约 / booked")
    # What is booked now, in both languages.
    assert "当前预约：方案 1（2030年3月5日 周二 14:00–15:00）" in page
    assert "Booked now: option 1 (Tue 5 Mar 2030, 14:00–15:00 (Asia/Shanghai))" in page

    # A calendar answer is named as such; a run with nothing read yet still offers the choices.
    calendar = await site.start(offer(read_as=CONFIRMED_1.model_copy(update={"source": "calendar"})))
    assert "From your calendar answer" in await (await site.web.get(calendar.path)).text()
    unread = await site.start(offer(read_as=None))
    page = await (await site.web.get(unread.path)).text()
    assert "Choose your interview time" in page and "We read your reply as" not in page and len(buttons(page)) == 4
    assert "chosen again since" not in page
    nothing_booked = await site.start(offer(stage=Stage.AWAITING_CONFIRMATION, slots=[SLOT_2], interview_at=None))
    page = await (await site.web.get(nothing_booked.path)).text()
    assert "目前尚未预约面试时间。" in page and "No time is booked yet." in page and "当前预约" not in page

    # Once the candidate has chosen again, the page no longer claims the email's reading is current.
    withdrawn = await site.start(offer(read_as=read_decline, decline_closes_at=None))
    moved = await site.start(
        offer(slots=[SLOT_1.model_copy(update={"booked": False}), SLOT_2.model_copy(update={"booked": True})])
    )
    for later, booked_en in ((withdrawn, "option 1"), (moved, "option 2")):
        page = await (await site.web.get(later.path)).text()
        assert "We read your reply as" not in page and "Choose your interview time" in page
        assert "you have chosen again since" in page and f"Booked now: {booked_en}" in page
    page = await (await site.web.get(withdrawn.path)).text()
    assert "Your email was read as: decline this re-interview; you have chosen again since." in page
    assert "您回复的邮件曾被理解为：放弃本次重新面试，此后您已重新选择。" in page

    # Opening (and re-opening) the page never signals.
    assert (await site.web.head(run.path)).status == 200
    await site.web.get(run.path)
    assert await run.replies() == [] and await other.replies() == []


async def test_each_choice_signals_its_reply_by_link_and_is_recorded(site: Site) -> None:
    run = await site.start(offer())
    for choice in ("slot-2", "other", "slot-1", "decline"):
        response = await site.web.post(run.path, data={"choice": choice})
        page = await response.text()
        assert response.status == 200 and "已收到您的选择" in page, (choice, page)
    replies = await eventually(run.replies, lambda r: len(r) >= 4, what="four signals recorded by the probe")
    assert [(r.intent, r.slot, r.text, r.source) for r in replies] == [
        ("confirm", 2, "(signed link: option 2)", "link"),
        ("reschedule", None, "(signed link: other times)", "link"),
        ("confirm", 1, "(signed link: option 1)", "link"),
        ("decline", None, "(signed link: decline)", "link"),
    ]
    ids = [r.message_id for r in replies]
    assert len(set(ids)) == 4 and all(i and i.startswith("<choose.") for i in ids)

    uses = await site.pool.fetch("SELECT action, uses FROM link_uses WHERE workflow_id = $1", run.handle.id)
    assert sorted((u["action"], u["uses"]) for u in uses) == [
        ("choose:decline", 1),
        ("choose:other", 1),
        ("choose:slot-1", 1),
        ("choose:slot-2", 1),
    ]
    replied = "SELECT count(*) FROM run_events WHERE run_id = $1 AND kind = 'replied'"
    assert await site.pool.fetchval(replied, run.claims.run_id) == 0  # choosing again is not a first reply


async def test_the_done_page_names_the_choice_in_both_languages_and_links_back(site: Site) -> None:
    run = await site.start(offer(), timezone="Europe/London")
    page = await (await site.web.post(run.path, data={"choice": "slot-2"})).text()
    assert "您的选择：方案 2（2030年3月6日 周三 06:00–07:00（Europe/London））" in page
    assert "Your choice: option 2 (Wed 6 Mar 2030, 06:00–07:00 (Europe/London))" in page
    assert f'href="{run.path}"' in page
    declined = await (await site.web.post(run.path, data={"choice": "decline"})).text()
    assert "Your choice: decline this re-interview" in declined and "Change again" not in declined


async def test_answer_links_send_their_reply_with_source_link(site: Site) -> None:
    run = await site.start(offer())
    links = invitation_links(site.settings, site.ring, run.handle.id, run.claims.run_id, "<inv@x>", 2, now())
    assert (await site.web.post(urlsplit(str(links["decline"])).path)).status == 200
    [reply] = await eventually(run.replies, what="the decline link's reply")
    assert (reply.intent, reply.source) == ("decline", "link")


async def test_a_choice_not_offered_now_is_refused_by_name_and_nothing_is_signalled(site: Site) -> None:
    run = await site.start(offer())
    page = await (await site.web.get(run.path)).text()
    assert "方案 2" in page
    # The offer changes between opening the page and pressing a button: option 2 is gone.
    await run.handle.signal(ChoicesProbe.set_choices, offer(slots=[SLOT_1]))
    await eventually(lambda: _slots_are(run, [1]), what="the probe to offer option 1 only")
    refused = await site.web.post(run.path, data={"choice": "slot-2"})
    text = await refused.text()
    assert refused.status == 409
    assert "方案 2 已不在可选范围内" in text and "Option 2 is not offered any more; nothing was changed" in text
    assert len(buttons(text)) == 3  # the page shows what can be chosen now: option 1, other times, decline

    for value, shown in (("slot-0", "'slot-0'"), ("slot-11", "'slot-11'"), ("maybe", "'maybe'"), ("", "(empty)")):
        bad = await site.web.post(run.path, data={"choice": value})
        assert bad.status == 400, value
        assert f"{shown} is not a choice on this page; nothing was changed" in unescape(await bad.text()), value
    missing = await site.web.post(run.path, data={"other": "x"})
    assert missing.status == 400 and "(empty) is not a choice" in await missing.text()
    assert await run.replies() == []


async def _slots_are(run: ProbeRun, numbers: list[int]) -> bool:
    choices = await run.handle.query("choices", result_type=ReplyChoices)
    return [s.number for s in choices.slots] == numbers


async def test_a_run_that_is_no_longer_open_says_so_and_changes_nothing(site: Site) -> None:
    # The interview has started (the workflow says `open: false`).
    started = await site.start(offer(open=False))
    # The run has ended: its row has an outcome (the page does not even ask the workflow).
    ended = await site.start(offer(), outcome="declined")
    for run in (started, ended):
        for response in (await site.web.get(run.path), await site.web.post(run.path, data={"choice": "slot-1"})):
            text = await response.text()
            assert response.status == 410 and "已无法更改" in text and "can no longer be changed" in text
        assert await run.replies() == []


async def test_tampered_and_expired_links_get_the_error_page(site: Site) -> None:
    run = await site.start(offer())
    kid, payload, mac = run.path.rsplit("/", 1)[1].split(".")
    tampered = f"/l/{kid}.{payload[:-2]}{'AB' if not payload.endswith('AB') else 'CD'}.{mac}"
    expired = "/l/" + mint_link_token(
        site.ring, dataclasses.replace(run.claims, expires_at=now() - timedelta(seconds=1))
    )
    for path, status, words in (
        (tampered, 403, "链接无效"),
        (expired, 410, "has expired"),
        (run.path[:-4], 400, "not valid"),
    ):
        for response in (await site.web.get(path), await site.web.post(path, data={"choice": "decline"})):
            assert response.status == status and words in await response.text(), path
    assert await run.replies() == []


async def test_a_missing_run_or_a_failing_query_gets_a_clear_page_and_nothing_is_signalled(site: Site) -> None:
    run = await site.start(offer())
    missing = dataclasses.replace(
        run.claims, workflow_id=f"reinterview-gone-{uuid.uuid4().hex[:8]}", run_id=str(uuid.uuid4())
    )
    path = "/l/" + mint_link_token(site.ring, missing)
    for response in (await site.web.get(path), await site.web.post(path, data={"choice": "decline"})):
        assert response.status == 404 and "We cannot find this re-interview" in await response.text()

    await run.handle.signal(ChoicesProbe.break_choices)
    for response in (await site.web.get(run.path), await site.web.post(run.path, data={"choice": "decline"})):
        text = await response.text()
        assert response.status == 503 and "暂时无法显示可选项" in text and "cannot be shown right now" in text
    assert await run.replies() == []

    # An answer that is not a ReplyChoices (an older or foreign workflow) is no answer either.
    odd = await site.start(offer())
    await odd.handle.signal(ChoicesProbe.misshape_choices)
    for response in (await site.web.get(odd.path), await site.web.post(odd.path, data={"choice": "decline"})):
        assert response.status == 503 and "cannot be shown right now" in await response.text()
    assert await odd.replies() == []


async def test_with_no_worker_the_page_says_it_cannot_show_the_choices(site: Site, task_queue: str) -> None:
    """The run exists but no worker answers its query: the page gives up after its query timeout."""
    lonely = f"{task_queue}-no-worker"
    async with Worker(site.env.client, task_queue=lonely, workflows=[ChoicesProbe]):
        run = await site.start(offer(), task_queue=lonely)
        assert (await run.handle.query("choices", result_type=ReplyChoices)).open  # its worker answers
    for response in (await site.web.get(run.path), await site.web.post(run.path, data={"choice": "other"})):
        text = await response.text()
        assert response.status == 503 and "cannot be shown right now" in text


def test_a_double_click_reuses_the_message_id_and_every_other_post_gets_a_new_one(smtp_settings: Settings) -> None:
    claims = LinkClaims(action="choose", workflow_id="wf", run_id="run", expires_at=now() + timedelta(days=1))
    at = datetime(2030, 3, 1, 8, 0, 0, tzinfo=UTC)
    first = choice_message_id(claims, "other", at, smtp_settings)
    assert choice_message_id(claims, "other", at + timedelta(seconds=4), smtp_settings) == first
    assert choice_message_id(claims, "other", at + timedelta(seconds=5), smtp_settings) != first
    assert choice_message_id(claims, "slot-1", at, smtp_settings) != first
    other_link = dataclasses.replace(claims, email_ref="<another@x>")
    assert choice_message_id(other_link, "other", at, smtp_settings) != first


# The notify activity's signed additions: `choose_url` on a candidate's email that echoes a reply.

READ_AS = {"intent": "decline", "slot": None, "slot_start": None, "source": "email", "closes_at": None}


async def _signed(pool: asyncpg.Pool, settings: Settings, input: SendEmailInput) -> dict[str, Any]:
    env = ActivityEnvironment()
    env.info = dataclasses.replace(env.info, workflow_id=input.workflow_id, workflow_run_id="run-1")
    acts = NotificationActivities(pool, SmtpSender(settings, timeout=5), email_environment(), settings)
    added, _ = env.run(acts._signed, input, "<echo-1@hr.example.com>", KeyRing.from_settings(settings))
    return added


def _email(kind: str, context: dict[str, Any], ends: datetime | None = None) -> SendEmailInput:
    return SendEmailInput(
        idempotency_key=f"run-1:step:{kind}",
        workflow_id="reinterview-job-1-cand-1",
        template="progress",
        recipient=Recipient(kind=kind, id=None if kind == "hr" else f"{kind}-1"),  # type: ignore[arg-type]
        context={"job_title": "客服", **context},
        interview_ends_at=ends,
    )


async def test_a_candidate_email_that_echoes_a_reply_gets_a_choose_link(
    db_pool: asyncpg.Pool, smtp_settings: Settings, ring: KeyRing
) -> None:
    ends = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    added = await _signed(db_pool, smtp_settings, _email("candidate", {"read_as": READ_AS}, ends))
    url = added["choose_url"]
    assert url.startswith("http://links.test/l/")
    claims = verify_link_token(ring, url.rsplit("/", 1)[1], now())
    assert (claims.action, claims.workflow_id, claims.run_id, claims.email_ref) == (
        "choose",
        "reinterview-job-1-cand-1",
        "run-1",
        "<echo-1@hr.example.com>",
    )
    # Valid as long as a reply to the email would be: the interview's end + the reply grace.
    assert abs(claims.expires_at - (ends + smtp_settings.reply_valid_after_interview)) < timedelta(seconds=2)

    # Without a known interview: the link TTL.
    added = await _signed(db_pool, smtp_settings, _email("candidate", {"read_as": READ_AS}))
    claims = verify_link_token(ring, added["choose_url"].rsplit("/", 1)[1], now())
    assert abs(claims.expires_at - (now() + smtp_settings.link_ttl)) < timedelta(seconds=5)


async def test_no_choose_link_without_read_as_or_for_anyone_but_the_candidate(
    db_pool: asyncpg.Pool, smtp_settings: Settings
) -> None:
    assert "choose_url" not in await _signed(db_pool, smtp_settings, _email("candidate", {}))
    assert "choose_url" not in await _signed(db_pool, smtp_settings, _email("candidate", {"read_as": None}))
    for kind in ("interviewer", "hr"):
        assert "choose_url" not in await _signed(db_pool, smtp_settings, _email(kind, {"read_as": READ_AS}))
    kept = await _signed(db_pool, smtp_settings, _email("candidate", {"read_as": READ_AS, "choose_url": "given"}))
    assert "choose_url" not in kept  # a context that already has one keeps it


# End to end against the real workflow.


def _choose_links(harness: Harness) -> list[str]:
    paths = []
    for received in harness.received(harness.candidate_email):
        text = received.message.get_body(("plain",)).get_content()
        for url in re.findall(r"http://links\.test/l/\S+", text):
            token = url.rsplit("/", 1)[1]
            if verify_link_token(KeyRing.from_settings(harness.settings), token, now()).action == "choose":
                paths.append(urlsplit(url).path)
    return paths


async def test_an_emailed_decline_is_undone_from_the_echos_choose_link(
    harness: Harness, web_client: TestClient
) -> None:
    """Email decline → the echo (decline pending) carries the choose link → choosing option 2 books it."""
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, in_stage("awaiting_confirmation", waiting=False))
    await reinterviews.reply(
        handle, CandidateReply(intent="decline", text="我不参加了", message_id="<d1@x>", source="email")
    )
    # Today's workflow ends the run at once and sends no echo: stop waiting as soon as either is seen.
    await eventually(
        lambda: _link_or_end(harness, handle), what="the echo's choose link (or the run's end)", timeout=60
    )
    assert (await reinterviews.status(handle)).outcome is None, "the emailed decline ended the run at once"
    [path, *_] = _choose_links(harness)
    page = await web_client.get(path)
    text = await page.text()
    assert page.status == 200 and "We read your reply as: decline this re-interview" in text
    assert "will be closed on" in text
    chosen = await web_client.post(path, data={"choice": "slot-2"})
    assert chosen.status == 200 and "Your choice: option 2" in await chosen.text()
    status = await until_status(handle, lambda s: s.stage.value == "scheduled")
    assert status.outcome is None
    again = await (await web_client.get(path)).text()  # the same link, now showing the booking it made
    assert "Booked now: option 2" in again and "will be closed on" not in again
    # End the run here, so nothing of it is in flight when the harness tears down (the time-skipping server keeps
    # the clock held by an activity of a run terminated mid-flight).
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:test"))
    assert (await final(handle)).outcome is not None


async def _link_or_end(harness: Harness, handle: WorkflowHandle[Any, Any]) -> bool:
    return bool(_choose_links(harness)) or (await reinterviews.status(handle)).outcome is not None


def test_a_choose_link_lives_as_long_as_a_reply_address(smtp_settings: Settings) -> None:
    from web.links import choose_link_expiry

    at = datetime(2030, 3, 1, 8, tzinfo=UTC)
    grace = smtp_settings.reply_valid_after_interview
    assert choose_link_expiry(smtp_settings, at, at + timedelta(days=60)) == at + timedelta(days=60) + grace
    assert choose_link_expiry(smtp_settings, at, at - timedelta(days=1)) == at + grace  # the interview is past
    assert choose_link_expiry(smtp_settings, at, None) == at + smtp_settings.link_ttl
    with pytest.raises(ValueError, match="time zone"):
        choose_link_expiry(smtp_settings, at, datetime(2030, 3, 5, 6, tzinfo=UTC).replace(tzinfo=None))
