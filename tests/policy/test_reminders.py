"""policy/reminders.py: the reply and result ladders as pure functions of the policy and the interview time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from policy.reminders import ResultStep, reply_ladder, reply_window_s, result_ladder
from schemas.contract import Policy

AT = datetime(2030, 5, 6, 14, 0, tzinfo=UTC)
H = timedelta(hours=1)


def test_the_reply_ladder_reminds_escalates_then_expires() -> None:
    policy = Policy(reply_reminder_after_s=10, escalate_after_s=20, expire_after_s=30)
    assert reply_ladder(policy) == [(10, "reminder"), (20, "escalation"), (30, "expiry")]
    assert reply_window_s(policy) == 60


def test_the_default_result_ladder() -> None:
    # 1 h after: first reminder; then daily; HR at 48 h; give up (result_missing) at 72 h.
    assert result_ladder(Policy(), AT) == [
        ResultStep(AT + H, "reminder", 1),
        ResultStep(AT + 25 * H, "reminder", 2),
        ResultStep(AT + 48 * H, "escalation"),
        ResultStep(AT + 49 * H, "reminder", 3),
        ResultStep(AT + 72 * H, "give_up"),
    ]


def test_escalation_comes_before_a_reminder_due_at_the_same_moment() -> None:
    policy = Policy(
        result_first_reminder_after_s=3600,
        result_reminder_every_s=3600,
        result_escalate_after_s=7200,
        result_no_show_after_s=3 * 3600,
    )
    assert [(s.at - AT, s.rung) for s in result_ladder(policy, AT)] == [
        (H, "reminder"),
        (2 * H, "escalation"),
        (2 * H, "reminder"),
        (3 * H, "give_up"),
    ]


def test_nothing_is_due_at_or_after_giving_up() -> None:
    policy = Policy(result_first_reminder_after_s=7200, result_escalate_after_s=7200, result_no_show_after_s=3600)
    assert result_ladder(policy, AT) == [ResultStep(AT + H, "give_up")]


def test_a_tiny_reminder_interval_cannot_flood_the_ladder() -> None:
    policy = Policy(result_reminder_every_s=0.001, result_first_reminder_after_s=0, result_no_show_after_s=600)
    steps = result_ladder(policy, AT)
    assert len(steps) <= 12 and steps[-1].rung == "give_up"
