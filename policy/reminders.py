"""The run's reminder ladders as pure functions of the policy (R-W4, R-W7): what happens when, if nothing arrives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from schemas.contract import Policy

ReplyRung = Literal["reminder", "escalation", "expiry"]
ResultRung = Literal["reminder", "escalation", "give_up"]


def reply_ladder(policy: Policy) -> list[tuple[float, ReplyRung]]:
    """After an invitation: wait, remind the candidate; wait, escalate to HR; wait, expire (seconds per wait)."""
    return [
        (policy.reply_reminder_after_s, "reminder"),
        (policy.escalate_after_s, "escalation"),
        (policy.expire_after_s, "expiry"),
    ]


def reply_window_s(policy: Policy) -> float:
    """How long an invitation stays open without a reply: offered times are held this long."""
    return sum(wait for wait, _ in reply_ladder(policy))


@dataclass(frozen=True)
class ResultStep:
    at: datetime
    rung: ResultRung
    number: int = 0  # the reminder's number (1, 2, …), for its idempotency key


def result_ladder(policy: Policy, interview_at: datetime) -> list[ResultStep]:
    """While no result has arrived: the interviewer reminded `result_first_reminder_after_s` after the interview,
    then every `result_reminder_every_s`; HR told at `result_escalate_after_s`; at `result_no_show_after_s` the run
    gives up (`result_missing`). In time order; at the same moment escalation comes before the reminder, and
    nothing is due at or after the give-up."""
    give_up = interview_at + timedelta(seconds=policy.result_no_show_after_s)
    escalate = interview_at + timedelta(seconds=policy.result_escalate_after_s)
    steps: list[ResultStep] = []
    if escalate < give_up:
        steps.append(ResultStep(escalate, "escalation"))
    every = timedelta(seconds=max(policy.result_reminder_every_s, 60))
    at, number = interview_at + timedelta(seconds=policy.result_first_reminder_after_s), 1
    while at < give_up:
        steps.append(ResultStep(at, "reminder", number))
        at, number = at + every, number + 1
    order = {"escalation": 0, "reminder": 1}
    steps.sort(key=lambda s: (s.at, order[s.rung]))
    steps.append(ResultStep(give_up, "give_up"))
    return steps
