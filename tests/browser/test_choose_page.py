"""The candidate's "that is not what I meant" page (web.choose) in a real browser at a phone's width.

The run behind the page is ChoicesProbe (tests/web/choices_probe.py) on the stack's Temporal server: it answers the
`choices` query with a decline waiting to close and two offered times, and records what the page signals. The
screenshot goes to the test's tmp dir (and docs/img/choose-page.png with REINTERVIEW_SCREENSHOTS=1).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from temporalio.worker import Worker

from inbound.tokens import KeyRing
from schemas.contract import CandidateReply, ChoiceSlot, ReadAs, ReplyChoices, Stage
from tests.browser.conftest import DOCS_IMAGES, Stack
from tests.browser.test_pages import SCREENSHOTS
from tests.polling import eventually
from tests.web.choices_probe import ChoicesProbe, record_run
from web.links import choose_link

PHONE = {"width": 390, "height": 844}


@pytest.fixture
async def phone(browser: Any) -> AsyncIterator[Any]:
    context = await browser.new_context(locale="zh-CN", viewport=PHONE)
    try:
        yield await context.new_page()
    finally:
        await context.close()


async def test_a_candidate_undoes_an_emailed_decline_on_a_phone(stack: Stack, phone: Any, tmp_path: Path) -> None:
    _, ids = await stack.add_archive()
    start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=6, minute=0, second=0, microsecond=0)  # 14:00 in China
    slots = [
        ChoiceSlot(number=1, start=start, end=start + timedelta(hours=1), booked=True),
        ChoiceSlot(number=2, start=start + timedelta(days=1), end=start + timedelta(days=1, hours=1)),
    ]
    closes = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=12)
    choices = ReplyChoices(
        open=True,
        stage=Stage.SCHEDULED,
        read_as=ReadAs(intent="decline", source="email", closes_at=closes),
        slots=slots,
        decline_closes_at=closes,
        interview_at=start,
    )
    task_queue = f"tq-choose-{uuid.uuid4().hex[:8]}"
    async with Worker(stack.client, task_queue=task_queue, workflows=[ChoicesProbe]):
        handle = await stack.client.start_workflow(
            ChoicesProbe.run, choices, id=f"reinterview-{ids['job']}-{ids['candidate']}", task_queue=task_queue
        )
        try:
            run_id = handle.result_run_id or ""
            await record_run(stack.pool, handle.id, run_id, ids["candidate"], ids["job"], "scheduled")
            url = choose_link(
                stack.settings, KeyRing.from_settings(stack.settings), handle.id, run_id, "<echo@x>", datetime.now(UTC)
            )

            await phone.goto(url)
            await phone.get_by_role("heading", name="我们理解为：放弃本次重新面试").wait_for()
            await phone.get_by_text("当前预约 / booked").wait_for()
            await phone.get_by_text("将于").wait_for()
            # Nothing is wider than the phone: no sideways scrolling.
            assert await phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            shot = tmp_path / "choose-page.png"
            await phone.screenshot(path=str(shot), full_page=True)
            if SCREENSHOTS:
                DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
                await phone.screenshot(path=str(DOCS_IMAGES / "choose-page.png"), full_page=True)
            print(f"choose page screenshot: {shot}")

            await phone.get_by_role("button", name="方案 2").click()
            await phone.get_by_role("heading", name="谢谢，已收到您的选择").wait_for()
            await phone.get_by_text("Your choice: option 2").wait_for()
            replies: list[CandidateReply] = await eventually(
                lambda: handle.query(ChoicesProbe.replies), what="the probe to record the choice"
            )
            assert [(r.intent, r.slot, r.source) for r in replies] == [("confirm", 2, "link")]

            # "Change again" goes back to the page, which still offers the choices.
            await phone.get_by_role("link", name="再次更改 / Change again").click()
            await phone.get_by_role("button", name="放弃本次面试").wait_for()
        finally:
            await handle.terminate("test over")
