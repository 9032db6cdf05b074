"""People's pages in a real browser (headless Chromium) on a real stack: an interviewer scores, HR approves a
request from its email, HR ops read a running re-interview in the Temporal Web UI (payloads decoded by the codec).

Screenshots of the pages go to docs/img/ (REINTERVIEW_SCREENSHOTS=1 rewrites them)."""

from __future__ import annotations

import asyncio
import os
import re
from datetime import UTC, datetime
from typing import Any

from inbound.tokens import KeyRing
from schemas.contract import StatusView, TriggerSignal
from service import reinterviews
from tests.browser.conftest import DOCS_IMAGES, Stack
from tests.fixtures.smtp import body_text
from web.links import verify_link_token

SCREENSHOTS = os.environ.get("REINTERVIEW_SCREENSHOTS") == "1"


async def status_until(stack: Stack, handle: Any, check, timeout: float = 30) -> StatusView:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        status = await reinterviews.status(handle)
        if check(status):
            return status
        if loop.time() > deadline:
            raise AssertionError(f"condition not reached; last {status.stage.value!r}: {status.timeline}")
        await asyncio.sleep(0.1)


async def link_in_mail(stack: Stack, to: str, path: str, workflow_id: str, action: str, timeout: float = 30) -> str:
    """The first link to `path` (e.g. /s/, /hr/a/) for `action` on the run `workflow_id` in an email to `to`."""
    ring = KeyRing.from_settings(stack.settings)

    def ours(url: str) -> bool:
        claims = verify_link_token(ring, url.rsplit("/", 1)[1], datetime.now(UTC))
        return claims.workflow_id == workflow_id and claims.action == action

    pattern = re.compile(re.escape(stack.base_url) + re.escape(path) + r"[^\s\"<>]+")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for received in stack.sink.received:
            if any(to in r for r in received.rcpt_tos):
                text = body_text(received.message)
                found = [u for u in pattern.findall(text) if ours(u)]
                if found:
                    return found[0]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {path} link in an email to {to}")


async def start(stack: Stack, ids: dict[str, str], trigger: dict[str, Any]) -> Any:
    handle = await reinterviews.trigger(
        stack.client, stack.task_queue, ids["candidate"], ids["job"], TriggerSignal.model_validate(trigger), None
    )
    stack.workflow_ids.add(handle.id)
    return handle


def low_score(ids: dict[str, str]) -> dict[str, Any]:
    return {
        "kind": "ai_result",
        "interview": {
            "interview_id": f"ai-browser-{ids['candidate']}",
            "completed": True,
            "overall_score": 71,
            "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
        },
    }


async def shoot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(DOCS_IMAGES / name), full_page=False)


async def test_an_interviewer_scores_in_the_browser_and_the_run_completes(stack: Stack, page: Any) -> None:
    data, ids = await stack.add_archive()
    handle = await start(stack, ids, low_score(ids))
    await status_until(stack, handle, lambda s: s.stage.value == "awaiting_confirmation")
    confirm = await link_in_mail(stack, data.candidates[0].email or "", "/l/", handle.id, "confirm")

    # The candidate confirms from the invitation: the link's page, then its button.
    await page.goto(confirm)
    await page.get_by_role("button").click()
    await page.get_by_text("已收到您的回复").wait_for()
    await status_until(stack, handle, lambda s: s.stage.value == "scheduled")

    scorecard = await link_in_mail(stack, data.interviewers[0].email, "/s/", handle.id, "scorecard")
    await page.goto(scorecard)
    await page.get_by_role("heading", name="重新面试评分表").wait_for()
    field = page.get_by_label("投诉处理")
    await field.fill("120")
    await page.get_by_label("评语").fill("处理投诉的思路清楚")
    await page.get_by_role("button", name="提交评分").click()
    # The workflow's validator refused it: its message beside the field, what was typed kept.
    await page.locator("#error-handling").wait_for()
    assert "应在 0 到 100 之间" in await page.locator("#error-handling").inner_text()
    assert await page.get_by_label("投诉处理").input_value() == "120"
    assert await page.get_by_label("评语").input_value() == "处理投诉的思路清楚"
    assert await page.get_by_label("投诉处理").get_attribute("aria-invalid") == "true"
    await page.get_by_role("heading", name="提交评分").scroll_into_view_if_needed()
    await page.mouse.wheel(0, -120)
    await shoot(page, "scorecard.png")

    # Keyboard only: focus the field, type, Enter submits the form.
    await page.get_by_label("投诉处理").fill("")
    await page.get_by_label("投诉处理").focus()
    await page.keyboard.type("86")
    await page.keyboard.press("Enter")
    await page.get_by_role("heading", name="评分已提交").wait_for()
    status = await status_until(stack, handle, lambda s: s.outcome is not None)
    assert status.outcome is not None and status.outcome.value in (
        "recommend_hire",
        "needs_further_assessment",
        "not_meeting",
    )
    await page.reload()
    await page.get_by_text("重新面试后总分").wait_for()
    assert await page.locator("form").count() == 0  # read-only


async def test_hr_approves_a_request_from_its_email_and_sees_the_inbox(stack: Stack, page: Any) -> None:
    data, ids = await stack.add_archive()
    handle = await start(stack, ids, {"kind": "candidate_request", "reason": "第三题答得不好，希望再试一次"})
    await status_until(stack, handle, lambda s: s.stage.value == "awaiting_hr_approval")
    decide = await link_in_mail(stack, stack.settings.hr_email, "/hr/a/", handle.id, "hr_decision")

    await page.goto(decide)
    await page.get_by_role("heading", name=re.compile("审批候选人的重新面试申请")).wait_for()
    await page.get_by_label("备注 / Note").fill("同意再试一次")
    await page.get_by_role("button", name="批准 / Approve").click()
    await page.get_by_text("已发送给重新面试流程").wait_for()
    status = await status_until(stack, handle, lambda s: s.stage.value not in ("triggered", "awaiting_hr_approval"))
    assert any(e.event.startswith("HR approved") for e in status.timeline)

    # The same session opens the inbox: open to-dos with stage, deadline, reports and the Temporal UI link. The
    # decision settled the approval to-do; the invitation that followed opened "check the candidate's reply".
    await status_until(stack, handle, lambda s: s.stage.value == "awaiting_confirmation" and s.next_deadline)
    await page.goto(f"{stack.base_url}/hr/")
    await page.get_by_role("heading", name=re.compile("HR 待办")).wait_for()
    await page.get_by_role("link", name="Temporal UI").first.wait_for()
    assert await page.get_by_text(data.candidates[0].name).count() >= 1
    assert await page.get_by_text("Approve or reject a re-interview request").count() == 0
    await shoot(page, "hr-inbox.png")


async def test_the_temporal_ui_shows_a_running_reinterview_decoded(stack: Stack, page: Any) -> None:
    _, ids = await stack.add_archive()
    handle = await start(stack, ids, low_score(ids))
    await status_until(stack, handle, lambda s: s.stage.value == "awaiting_confirmation")
    run_id = (await handle.describe()).run_id
    await page.goto(f"{stack.ui_url}/namespaces/default/workflows/{handle.id}/{run_id}/history")
    await page.get_by_text(handle.id).first.wait_for(timeout=20_000)
    # The start input is encrypted in Temporal; the UI shows it decoded through the codec endpoint.
    await page.get_by_text('"candidate_id"').first.wait_for(timeout=20_000)
    assert await page.get_by_text("binary/encrypted").count() == 0
    await shoot(page, "temporal-ui.png")


async def test_the_temporal_ui_shows_the_current_details(stack: Stack, page: Any) -> None:
    _, ids = await stack.add_archive()
    handle = await start(stack, ids, low_score(ids))
    await status_until(stack, handle, lambda s: s.stage.value == "awaiting_confirmation")
    run_id = (await handle.describe()).run_id
    await page.goto(f"{stack.ui_url}/namespaces/default/workflows/{handle.id}/{run_id}/history")
    await page.get_by_text(handle.id).first.wait_for(timeout=20_000)
    # The run's current details (R-H3): the stage and what it waits for, zh and en, decoded.
    # They sit on the "User Metadata" tab with the run's summary (set by our starter), decoded through the codec.
    await page.get_by_text("User Metadata").first.click()
    # The UI renders the markdown in sandboxed frames: read the text of every frame.
    shown = [
        "等待候选人确认",
        "Stage: awaiting_confirmation",
        "届时回复提醒",
        "then reply reminder",
        f"re-interview · job {ids['job']} · candidate {ids['candidate']}",
    ]
    text = ""
    for _ in range(80):
        text = "\n".join([await frame.inner_text("body") for frame in page.frames if not frame.is_detached()])
        if all(s in text for s in shown):
            break
        await asyncio.sleep(0.25)
    assert all(s in text for s in shown), [s for s in shown if s not in text]
    assert "binary/encrypted" not in text
    await shoot(page, "temporal-ui-details.png")
