"""What a run says about itself in the Temporal UI (SPEC R-H3): its current details and its timers' summaries.

Pure functions over the stage, the outcome and the current wait, in zh and en. They carry ids, stages, outcomes and
times only — never a name, an address or a score (they are stored in Temporal's history, through the codec).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from policy.reminders import ReplyRung, ResultRung
from schemas.contract import Outcome, Stage

STAGE_LABELS: dict[Stage, str] = {
    Stage.TRIGGERED: "已触发",
    Stage.AWAITING_HR_APPROVAL: "等待 HR 审批",
    Stage.PREPARING: "准备中",
    Stage.AWAITING_CONFIRMATION: "等待候选人确认",
    Stage.SCHEDULED: "已安排面试",
    Stage.AWAITING_RESULT: "等待面试结果",
    Stage.COMPLETED: "已结束",
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RECOMMEND_HIRE: "建议录用",
    Outcome.NEEDS_FURTHER_ASSESSMENT: "需进一步考察",
    Outcome.NOT_MEETING: "不符合",
    Outcome.NOT_NEEDED: "无需重新面试",
    Outcome.DECLINED: "候选人放弃",
    Outcome.NO_RESPONSE: "候选人未回复",
    Outcome.NO_SHOW: "候选人未到场",
    Outcome.CANCELLED: "已取消",
    Outcome.REJECTED_BY_HR: "HR 未批准",
    Outcome.LIMIT_REACHED: "已达次数上限",
    Outcome.REQUEST_EXPIRED: "申请已过期",
    Outcome.RESULT_MISSING: "未收到面试结果",
    Outcome.TAKEN_OVER: "HR 已接手",
}


@dataclass(frozen=True)
class Awaiting:
    """A wait: what the run waits for, and what it does itself at the deadline (each in zh and en)."""

    for_zh: str
    for_en: str
    then_zh: str
    then_en: str


TRIGGER = Awaiting("触发信号", "the trigger", "结束（无需重新面试）", "end (not needed)")
HR_DECISION = Awaiting("HR 审批", "HR's decision", "申请过期", "HR decision timeout")
REPLY: dict[ReplyRung, Awaiting] = {
    "reminder": Awaiting("候选人回复", "the candidate's reply", "回复提醒", "reply reminder"),
    "escalation": Awaiting("候选人回复", "the candidate's reply", "上报 HR", "no-reply escalation to HR"),
    "expiry": Awaiting("候选人回复", "the candidate's reply", "邀请过期", "invitation expiry"),
}
DECLINE_GRACE = Awaiting(
    "候选人是否撤回放弃", "the candidate to undo the decline", "结束（候选人放弃）", "end (declined)"
)
DAY_BEFORE = Awaiting("面试前一天", "the day before the interview", "面试提醒", "day-before reminder")
INTERVIEW = Awaiting("面试", "the interview", "等待结果", "wait for the result")
RESULT: dict[ResultRung, Awaiting] = {
    "reminder": Awaiting("面试结果", "the interview result", "提醒面试官", "result reminder"),
    "escalation": Awaiting("面试结果", "the interview result", "上报 HR", "result escalation to HR"),
    "give_up": Awaiting("面试结果", "the interview result", "结束（无结果）", "result_missing"),
}


def duration(seconds: float) -> tuple[str, str]:
    """A wait's length, rounded for people: `24 小时`, `24 h`; `3 天`, `3 d`; `45 分钟`, `45 min`."""
    if seconds >= 2 * 86400 and seconds % 86400 == 0:
        days = int(seconds // 86400)
        return f"{days} 天", f"{days} d"
    if seconds >= 3600:
        hours = round(seconds / 3600, 1)
        text = f"{hours:g}"
        return f"{text} 小时", f"{text} h"
    minutes = max(1, round(seconds / 60))
    return f"{minutes} 分钟", f"{minutes} min"


def timer_summary(awaiting: Awaiting, seconds: float) -> str:
    """The timer's summary in the UI, e.g. `24 小时 → 回复提醒 / 24 h reply reminder`."""
    zh, en = duration(seconds)
    return f"{zh} → {awaiting.then_zh} / {en} {awaiting.then_en}"


def _at(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M %Z").strip()


def current_details(
    stage: Stage,
    *,
    outcome: Outcome | None = None,
    awaiting: Awaiting | None = None,
    until: datetime | None = None,
    interview_at: datetime | None = None,
) -> str:
    """The run's current details (markdown, zh then en): stage, what it waits for and until when, the outcome."""
    zh = [f"**阶段**：{STAGE_LABELS[stage]}"]
    en = [f"**Stage**: {stage.value}"]
    if outcome is not None:
        zh.append(f"**结果**：{OUTCOME_LABELS[outcome]}（{outcome.value}）")
        en.append(f"**Outcome**: {outcome.value}")
    elif awaiting is not None:
        zh.append(f"**等待**：{awaiting.for_zh}")
        en.append(f"**Waiting for**: {awaiting.for_en}")
        if until is not None:
            zh.append(f"**截止**：{_at(until)}，届时{awaiting.then_zh}")
            en.append(f"**Until**: {_at(until)}, then {awaiting.then_en}")
    if interview_at is not None and outcome is None:
        zh.append(f"**面试时间**：{_at(interview_at)}")
        en.append(f"**Interview**: {_at(interview_at)}")
    return "\n\n".join(["  \n".join(zh), "  \n".join(en)])
