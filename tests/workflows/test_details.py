"""R-H3: a run explains itself in the Temporal UI — its summary (set by our starter), its current details (stage,
what it waits for and until when, the outcome; zh and en) and a summary on every activity and timer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from temporalio.api.sdk.v1 import WorkflowMetadata
from temporalio.testing import WorkflowEnvironment

from mail.sink import MailSink
from schemas.contract import CancelRequest
from service import reinterviews
from service.settings import Settings
from tests.polling import until_stage
from tests.workflows.conftest import Harness, open_harness
from tests.workflows.steps import final


async def current_details(handle: Any) -> str:
    metadata = await handle.query("__temporal_workflow_metadata", result_type=WorkflowMetadata)
    return str(metadata.current_details)


async def summaries(harness: Harness, handle: Any) -> tuple[list[str], list[str]]:
    """(activity summaries, timer summaries) of the run's history, decoded by the client's converter."""
    converter = harness.client.data_converter
    activities: list[str] = []
    timers: list[str] = []
    async for event in handle.fetch_history_events():
        if not event.user_metadata.HasField("summary"):
            continue
        [text] = await converter.decode([event.user_metadata.summary], [str])
        if event.HasField("activity_task_scheduled_event_attributes"):
            activities.append(text)
        elif event.HasField("timer_started_event_attributes"):
            timers.append(text)
    return activities, timers


async def test_a_waiting_run_says_what_it_waits_for_until_when_and_every_step_has_a_summary(
    harness: Harness,
) -> None:
    handle = await harness.trigger(harness.low_score())
    waiting = await until_stage(handle, "awaiting_confirmation", lambda s: s.next_deadline is not None)
    assert waiting.next_deadline is not None
    details = await current_details(handle)
    until = waiting.next_deadline.strftime("%Y-%m-%d %H:%M")
    assert "**阶段**：等待候选人确认" in details and "**Stage**: awaiting_confirmation" in details
    assert "**等待**：候选人回复" in details and "**Waiting for**: the candidate's reply" in details
    assert f"**Until**: {until} UTC, then reply reminder" in details
    assert f"**截止**：{until} UTC，届时回复提醒" in details
    activities, timers = await summaries(harness, handle)
    assert activities == [
        "判断触发 / judge the trigger",
        "分析差距、培训与备选时间 / gaps, training and times",
        "邀请邮件 → 候选人, HR / invitation → candidate, HR",
    ]
    assert timers == ["24 小时 → 回复提醒 / 24 h reply reminder"]
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    ended = await final(handle)
    assert ended.outcome is not None and ended.outcome.value == "cancelled"
    closed = await current_details(handle)
    assert "**结果**：已取消（cancelled）" in closed and "**Outcome**: cancelled" in closed
    assert "Waiting for" not in closed
    activities, _ = await summaries(harness, handle)
    assert activities[-1] == "结束 / close: cancelled"


@pytest.fixture
async def dev_harness(
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
    request: pytest.FixtureRequest,
) -> AsyncIterator[Harness]:
    """On the dev server: the time-skipping test server drops a run's user metadata (its static summary)."""
    async with open_harness(dev_env, db_pool, mail_sink, smtp_settings, task_queue, request) as harness:
        yield harness


async def test_our_starter_sets_the_run_s_summary_with_ids_only(dev_harness: Harness) -> None:
    harness = dev_harness
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation")
    described = await handle.describe()
    summary = await described.static_summary()
    details = await described.static_details()
    ids = harness.ids
    assert summary == f"重新面试 / re-interview · job {ids['job']} · candidate {ids['candidate']} · ai_result"
    assert details is not None and "**触发 / Trigger**: ai_result" in details and "ai-new" in details
    candidate = harness.data.candidates[0]
    for text in (summary, details):
        assert candidate.name not in text and harness.candidate_email not in text and "71" not in text
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    await final(handle)
