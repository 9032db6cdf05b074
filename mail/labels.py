"""The wording of every code that reaches a person, by kind, as (zh-CN, en).

Templates show codes through the `term` filter (`{{ training.mode | term("training_mode", locale) }}`), which
refuses a code its table lacks: a new code cannot reach an email as raw text (tests/mail/test_labels.py renders
every template with every code of every kind). The codes come from the contract and the plans (`schemas/`), and
from `policy.training.ACTIVITIES` and the course catalog's activities.
"""

from __future__ import annotations

Wording = tuple[str, str]  # (zh-CN, en)

TRAINING_MODES: dict[str, Wording] = {
    "none": ("无需培训", "no training"),
    "intensive": ("短期强化", "short intensive"),
    "standard": ("标准", "standard"),
    "blended": ("线上 + 线下混合", "blended (online + workshop)"),
}
TRAINING_ACTIVITIES: dict[str, Wording] = {
    "case_study": ("案例分析", "case studies"),
    "case_analysis": ("案例分析", "case analysis"),
    "case_practice": ("案例练习", "case practice"),
    "simulation": ("情景模拟", "simulation"),
    "practice": ("模拟练习", "practice exercises"),
    "online_theory": ("线上理论学习", "online theory"),
    "workshop": ("线下工作坊", "workshop"),
    "mock_interview": ("模拟面试", "mock interview"),
    "pair_programming": ("结对编程", "pair programming"),
    "role_play": ("角色扮演", "role play"),
}
COURSE_FORMATS: dict[str, Wording] = {
    "online": ("线上课程", "online course"),
    "workshop": ("线下工作坊", "workshop"),
    "blended": ("线上 + 线下混合", "blended (online + workshop)"),
}
COURSE_MEDIA: dict[str, Wording] = {
    "video": ("视频", "video"),
    "text": ("电子书 / 文档", "e-book / documents"),
}
INTERVIEW_MEDIA: dict[str, Wording] = {
    "video": ("视频", "video"),
    "audio": ("音频", "audio"),
    "transcript": ("文字记录", "transcript"),
}
QUESTION_KINDS: dict[str, Wording] = {
    "technical": ("技术题", "technical"),
    "situational": ("情景题", "situational"),
    "case": ("案例题", "case"),
}
TRIGGER_KINDS: dict[str, Wording] = {
    "low_score": ("AI 面试得分低于岗位要求", "AI interview score below the job's bar"),
    "incomplete": ("AI 面试未完成", "AI interview not completed"),
    "requirement_change": ("岗位要求变更", "job requirements changed"),
    "candidate_request": ("候选人申请", "candidate's request"),
    "manual": ("HR 安排", "arranged by HR"),
}
GAP_REASONS: dict[str, Wording] = {
    "below_bar": ("低于岗位要求", "below the bar"),
    "never_scored": ("从未评估", "never assessed"),
    "unanswered": ("未作答", "not answered"),
    "added_by_change": ("岗位新增要求", "added by a requirement change"),
}
OUTCOMES: dict[str, Wording] = {
    "recommend_hire": ("建议录用", "recommend hire"),
    "needs_further_assessment": ("需进一步考察", "needs further assessment"),
    "not_meeting": ("不符合", "does not meet the bar"),
    "not_needed": ("无需重新面试", "re-interview not needed"),
    "declined": ("候选人放弃", "declined by the candidate"),
    "no_response": ("候选人未回复", "no response from the candidate"),
    "no_show": ("候选人未到场", "candidate did not attend"),
    "cancelled": ("已取消", "cancelled"),
    "rejected_by_hr": ("HR 未批准", "not approved by HR"),
    "limit_reached": ("已达重新面试次数上限", "re-interview limit reached"),
    "request_expired": ("申请未获 HR 及时处理", "request not decided by HR in time"),
    "result_missing": ("未收到面试结果", "no interview result received"),
    "taken_over": ("已由 HR 接手", "taken over by HR"),
    "failed": ("系统出错，已转 HR 处理", "stopped on an error; HR is handling it"),
}
# Why a booked interview was called off for one interviewer (interview_cancelled).
CANCEL_REASONS: dict[str, Wording] = {
    "reassigned": ("改由其他面试官", "moved to another interviewer"),
}
RECOMMENDATIONS: dict[str, Wording] = {
    code: OUTCOMES[code] for code in ("recommend_hire", "needs_further_assessment", "not_meeting")
}

TABLES: dict[str, dict[str, Wording]] = {
    "training_mode": TRAINING_MODES,
    "training_activity": TRAINING_ACTIVITIES,
    "course_format": COURSE_FORMATS,
    "course_media": COURSE_MEDIA,
    "interview_media": INTERVIEW_MEDIA,
    "question_kind": QUESTION_KINDS,
    "trigger_kind": TRIGGER_KINDS,
    "gap_reason": GAP_REASONS,
    "outcome": OUTCOMES,
    "recommendation": RECOMMENDATIONS,
    "cancel_reason": CANCEL_REASONS,
}


class UnknownCodeError(ValueError):
    """A code with no wording in its table: it would reach a person as raw text."""


def term(code: object, kind: str, locale: str) -> str:
    """The wording of `code` of `kind` in `locale` ("zh-CN" or "en"); UnknownCodeError when there is none."""
    table = TABLES.get(kind)
    if table is None:
        raise UnknownCodeError(f"unknown kind of code {kind!r}; known: {', '.join(TABLES)}")
    wording = table.get(str(code))
    if wording is None:
        raise UnknownCodeError(f"no wording for {kind} {code!r}; add it to mail/labels.py")
    return wording[1] if locale == "en" else wording[0]


def any_term(code: str, locale: str) -> str | None:
    """The wording of a code of whichever kind has it (the first table that does), or None."""
    for table in TABLES.values():
        if code in table:
            return table[code][1 if locale == "en" else 0]
    return None
