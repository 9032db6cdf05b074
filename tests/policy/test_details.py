"""policy/details.py: the run's current details and timer summaries (zh and en, no personal data)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policy.details import (
    HR_DECISION,
    OUTCOME_LABELS,
    REPLY,
    RESULT,
    STAGE_LABELS,
    current_details,
    duration,
    timer_summary,
)
from schemas.contract import Outcome, Stage

AT = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)


def test_every_stage_and_outcome_has_a_chinese_label() -> None:
    assert set(STAGE_LABELS) == set(Stage) and set(OUTCOME_LABELS) == set(Outcome)


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (24 * 3600, ("24 小时", "24 h")),
        (3 * 86400, ("3 天", "3 d")),
        (36 * 3600, ("36 小时", "36 h")),
        (5400, ("1.5 小时", "1.5 h")),
        (45 * 60, ("45 分钟", "45 min")),
        (5, ("1 分钟", "1 min")),
    ],
)
def test_durations_read_as_people_say_them(seconds: float, expected: tuple[str, str]) -> None:
    assert duration(seconds) == expected


def test_timer_summaries_say_what_happens_then() -> None:
    assert timer_summary(REPLY["reminder"], 24 * 3600) == "24 小时 → 回复提醒 / 24 h reply reminder"
    assert timer_summary(HR_DECISION, 3 * 86400) == "3 天 → 申请过期 / 3 d HR decision timeout"
    assert timer_summary(RESULT["give_up"], 3600) == "1 小时 → 结束（无结果） / 1 h result_missing"


def test_a_waiting_run_says_what_for_and_until_when_in_both_languages() -> None:
    text = current_details(Stage.AWAITING_CONFIRMATION, awaiting=REPLY["escalation"], until=AT)
    zh, en = text.split("\n\n")
    assert zh == "**阶段**：等待候选人确认  \n**等待**：候选人回复  \n**截止**：2026-12-09 10:00 UTC，届时上报 HR"
    assert en == (
        "**Stage**: awaiting_confirmation  \n**Waiting for**: the candidate's reply  \n"
        "**Until**: 2026-12-09 10:00 UTC, then no-reply escalation to HR"
    )


def test_a_scheduled_run_shows_its_interview_and_an_ended_run_its_outcome_only() -> None:
    booked = current_details(Stage.SCHEDULED, interview_at=AT)
    assert "**面试时间**：2026-12-09 10:00 UTC" in booked and "**Interview**: 2026-12-09 10:00 UTC" in booked
    ended = current_details(Stage.COMPLETED, outcome=Outcome.TAKEN_OVER, awaiting=REPLY["reminder"], interview_at=AT)
    zh = "**阶段**：已结束  \n**结果**：HR 已接手（taken_over）"
    assert ended == zh + "\n\n**Stage**: completed  \n**Outcome**: taken_over"
