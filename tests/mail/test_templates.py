"""Every email template in every locale, with a sample context that documents what the template needs.

The samples hold exactly what the workflow sends (JSON-shaped: times are ISO 8601 strings) plus what the
activity adds at send time: recipient_name, recipient_kind, timezone, workflow_id, workflow_url and the
candidate_name / interviewer_name it looks up from candidate_id / interviewer_id.
"""

from __future__ import annotations

import copy
from typing import Any

import jinja2
import pytest

from mail.render import (
    LOCALES,
    SubjectError,
    UnknownTemplateError,
    duration,
    email_environment,
    known_templates,
    localtime,
    number,
    percent,
    render_email,
)

HOSTILE_NAME = "张<script>alert(1)</script>"
ESCAPED_NAME = "张&lt;script&gt;alert(1)&lt;/script&gt;"
INTERNAL_NOTE = "INTERNAL-ONLY: second attempt; interviewer unsure about escalation handling"

# Added by NotificationActivities.send_email, never by the workflow.
ACTIVITY_KEYS: dict[str, Any] = {
    "recipient_name": HOSTILE_NAME,
    "timezone": "Asia/Shanghai",
    "workflow_id": "reinterview-job-ecs-1-c-1",
    "workflow_url": "http://127.0.0.1:8233/namespaces/default/workflows/reinterview-job-ecs-1-c-1",
    "candidate_name": HOSTILE_NAME,
    "interviewer_name": "李老师",
}

JOB = {"job_title": "电商客服专员", "job_id": "job-ecs-1", "candidate_id": "c-1"}
SLOT = {
    **JOB,
    "start": "2026-12-03T06:00:00+00:00",
    "end": "2026-12-03T07:00:00+00:00",
    "location": "上海市徐汇区漕溪北路 1 号 3 层",
    "interviewer_id": "i-7",
}
SLOTS = [
    {"number": 1, "start": "2026-12-03T06:00:00+00:00", "end": "2026-12-03T07:00:00+00:00"},
    {"number": 2, "start": "2026-12-04T02:00:00+00:00", "end": "2026-12-04T03:00:00+00:00"},
    {"number": 3, "start": "2026-12-07T07:30:00+00:00", "end": "2026-12-07T08:30:00+00:00"},
]
# schemas.contract.ReadAs.model_dump(mode="json")
READ_AS = {"intent": "confirm", "slot": None, "slot_start": None, "source": "email", "closes_at": None}
READ_CONFIRM = {**READ_AS, "slot": 1, "slot_start": "2026-12-03T06:00:00Z"}
READ_DECLINE = {**READ_AS, "intent": "decline", "closes_at": "2026-12-01T22:00:00Z"}
CHOOSE_URL = "http://127.0.0.1:8088/l/choose-tok"
TRAINING: dict[str, Any] = {  # schemas.plans.TrainingPlan.model_dump(mode="json")
    "mode": "intensive",
    "days_available": 3,
    "total_hours": 2.0,
    "activities": ["case_study", "simulation"],
    "items": [
        {
            "course_id": "crs-complaints",
            "title": "客户投诉处理",
            "dimension": "complaint_handling",
            "format": "online",
            "media": "video",
            "hours": 2.0,
            "core": True,
        }
    ],
}
LABELS = {
    "complaint_handling": {"label_zh": "客户投诉处理", "label_en": "Complaint handling"},
    "communication": {"label_zh": "沟通表达", "label_en": "Communication"},
    "data_analysis": {"label_zh": "数据分析", "label_en": "Data analysis"},
}
ANALYSIS: dict[str, Any] = {  # schemas.plans.Analysis.model_dump(mode="json")
    "overall_before": 70.0,
    "threshold": 75.0,
    "weighted_overall": 70.8,
    "best_scores": {"complaint_handling": 60.0, "communication": 78.0},
    "gaps": [
        {
            "code": "complaint_handling",
            "label": "客户投诉处理",
            "score": 60.0,
            "bar": 70.0,
            "weight": 0.4,
            "core": True,
            "reason": "below_bar",
        },
        {
            "code": "data_analysis",
            "label": "数据分析",
            "score": None,
            "bar": 70.0,
            "weight": 0.1,
            "core": False,
            "reason": "never_scored",
        },
    ],
    "focus": ["complaint_handling", "data_analysis"],
    "questions": [
        {
            "question_id": "q-1",
            "dimension": "complaint_handling",
            "kind": "situational",
            "text": "客户收到破损商品并要求全额赔偿，你会如何处理？",
        }
    ],
    "assessment_tools": ["情景模拟", "案例分析"],
    "rubric": [{"criterion": "问题识别", "weight": 0.3}, {"criterion": "解决方案", "weight": 0.7}],
}
PLAN: dict[str, Any] = {  # schemas.plans.InterviewPlan.model_dump(mode="json")
    "dimensions": ["complaint_handling", "data_analysis"],
    "questions": ANALYSIS["questions"],
    "assessment_tools": ["情景模拟", "案例分析"],
    "rubric": ANALYSIS["rubric"],
    "training_notes": ["请询问候选人如何将《客户投诉处理》的内容应用到实际工作中（培训测评 60 → 85）"],
}
REPORT: dict[str, Any] = {  # schemas.contract.FeedbackReport.model_dump(mode="json")
    "overall_before": 70.0,
    "overall_after": 80.5,
    "threshold": 75.0,
    "dimensions": [
        {"code": "complaint_handling", "label": "客户投诉处理", "before": 60.0, "after": 85.0, "weight": 0.4},
        {"code": "communication", "label": "沟通表达", "before": 78.0, "after": 80.0, "weight": 0.6},
    ],
    "recommendation": "recommend_hire",
    "strengths": ["客户投诉处理"],
    "weaknesses": ["数据分析"],
    "next_training": ["《高级客户服务技巧》"],
    "training_applied": ["《客户投诉处理》：60 → 85"],
    "comments": "Handled the refund case calmly.",
    "internal_notes": INTERNAL_NOTE,
}

# What each template needs from the workflow (the activity adds ACTIVITY_KEYS).
SAMPLES: dict[str, dict[str, Any]] = {
    # candidate; optional: duration_minutes (default: first slot's length), online_link
    "invitation": {
        **JOB,
        "recipient_kind": "candidate",
        "trigger_kind": "low_score",
        "round": 1,
        "slots": SLOTS,
        "location": SLOT["location"],
        "online_link": "https://meet.example.com/r/1",
        "training": TRAINING,
        "reply_by": "2026-11-30T10:00:00+00:00",
        "duration_minutes": 60,
    },
    "reply_reminder": {
        **JOB,
        "recipient_kind": "candidate",
        "slots": SLOTS,
        "location": SLOT["location"],
        "reply_by": "2026-12-01T10:00:00+00:00",
    },
    "hr_reply_check": {**JOB, "recipient_kind": "hr", "slots": SLOTS, "reply_by": "2026-11-30T10:00:00+00:00"},
    # candidate, after an unclear reply: the offered times (or, once booked: `start` of the booking)
    "reply_clarification": {**JOB, "recipient_kind": "candidate", "slots": SLOTS},
    # candidate, after a decline read from an email or calendar (R-M3): `read_as` (intent, slot, slot_start, source,
    # closes_at); optional: choose_url (added with signing keys), start/end of a booking that stays until closes_at
    "decline_pending": {**JOB, "recipient_kind": "candidate", "read_as": READ_DECLINE},
    # candidate, after a reply acted on that sends nothing else: `read_as`; optional: choose_url, start/end
    "reply_echo": {**SLOT, "recipient_kind": "candidate", "read_as": READ_CONFIRM},
    # optional: reminded_at, expires_at
    "hr_escalation": {
        **JOB,
        "recipient_kind": "hr",
        "reminded_at": "2026-11-30T10:00:00+00:00",
        "expires_at": "2026-12-01T10:00:00+00:00",
    },
    # optional: decide_by
    "hr_approval_request": {
        **JOB,
        "recipient_kind": "hr",
        "reason": "第三题答得不好，希望再试一次",
        "decide_by": "2026-12-01T10:00:00+00:00",
    },
    # optional: candidate_note (shown to the candidate; the hr_decision `note` is NOT shown)
    "request_decision": {**JOB, "recipient_kind": "candidate", "approved": True},
    # candidate or interviewer; optional: online_link, training_applies (default: from `training`)
    "interview_scheduled": {**SLOT, "recipient_kind": "candidate", "rescheduled": False, "training_applies": True},
    "interview_cancelled": {**SLOT, "recipient_kind": "candidate", "reason": "HR 取消：岗位已关闭"},
    "interview_reminder": {**SLOT, "recipient_kind": "candidate", "training": TRAINING},
    # interviewer; optional: labels, training_results, report_url, training (None → "no training")
    "interviewer_brief": {
        **SLOT,
        "recipient_kind": "interviewer",
        "analysis": ANALYSIS,
        "plan": PLAN,
        "training": TRAINING,
        "labels": LABELS,
        "training_results": [{"title": "客户投诉处理", "pre_score": 60, "post_score": 85}],
        "report_url": "http://127.0.0.1:8088/r/tok123",
    },
    # interviewer; optional: dimensions (default plan.dimensions, else none listed), labels
    "result_reminder": {
        **SLOT,
        "recipient_kind": "interviewer",
        "dimensions": ["complaint_handling", "communication"],
        "labels": LABELS,
    },
    # optional: no_show_at
    "hr_result_escalation": {**SLOT, "recipient_kind": "hr", "no_show_at": "2026-12-06T06:00:00+00:00"},
    # hr or interviewer; optional: labels, report_url
    "feedback_internal": {**JOB, "recipient_kind": "hr", "report": REPORT},
    "feedback_candidate": {**JOB, "recipient_kind": "candidate", "report": REPORT},
    "progress": {**JOB, "recipient_kind": "candidate", "event": "invitation_sent"},
    # candidate, interviewer or hr
    "outcome_notice": {
        **JOB,
        "recipient_kind": "hr",
        "outcome": "no_response",
        "reason": "the candidate never replied to the invitation",
    },
}

# Other recipients and flags a template words differently.
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("decline_pending", {"start": SLOT["start"], "end": SLOT["end"], "choose_url": CHOOSE_URL}),
    ("decline_pending", {"read_as": {**READ_DECLINE, "source": "calendar"}}),
    ("reply_echo", {"read_as": {**READ_AS, "intent": "reschedule"}, "choose_url": CHOOSE_URL}),
    ("reply_echo", {"read_as": {**READ_CONFIRM, "slot": 2, "slot_start": SLOTS[1]["start"]}}),
    ("interview_scheduled", {"read_as": READ_CONFIRM, "choose_url": CHOOSE_URL}),
    ("invitation", {"read_as": {**READ_AS, "intent": "reschedule"}}),
    ("invitation", {"read_as": READ_CONFIRM, "choose_url": CHOOSE_URL}),  # the chosen time was taken
    ("reply_clarification", {"slots": [], "start": SLOT["start"], "end": SLOT["end"]}),
    ("interview_scheduled", {"recipient_kind": "interviewer", "rescheduled": True}),
    ("interview_cancelled", {"recipient_kind": "interviewer"}),
    ("interview_reminder", {"recipient_kind": "interviewer"}),
    ("interviewer_brief", {"training": None, "training_results": [], "report_url": ""}),
    ("result_reminder", {"dimensions": []}),
    ("feedback_internal", {"recipient_kind": "interviewer"}),
    ("request_decision", {"approved": False, "candidate_note": "欢迎您三个月后再次申请"}),
    (
        "invitation",
        {
            "trigger_kind": "incomplete",
            "training": TRAINING | {"items": []},
            "slots": SLOTS[:1],
            "online_link": "",
            "location": "https://meet.example.com/r/2",
        },
    ),
    ("invitation", {"trigger_kind": None}),
    *[("progress", {"event": e}) for e in ("report_viewed", "result_ready")],
    *[
        ("outcome_notice", {"recipient_kind": kind, "outcome": outcome})
        for kind in ("candidate", "interviewer", "hr")
        for outcome in (
            "declined",
            "no_response",
            "no_show",
            "cancelled",
            "limit_reached",
            "not_needed",
            "rejected_by_hr",
        )
    ],
    *[
        ("feedback_candidate", {"report": REPORT | {"recommendation": r}})
        for r in ("needs_further_assessment", "not_meeting")
    ],
]

# The reply gateway's own notices (inbound/notices.py): context built there, not by the workflow.
SAMPLES["reply_sender_check"] = {
    "recipient_kind": "candidate",
    "hr_email": "hr@hr.example.com",
    "sender": "someone@elsewhere.test",
    "subject": "Re: 重新面试邀请",
    "excerpt": "放弃",
    "received_at": "2026-12-01T03:00:00+00:00",
    "confirm_url": "http://127.0.0.1:8088/h/k1.confirm",
    "ignore_url": "http://127.0.0.1:8088/h/k1.ignore",
}
SAMPLES["reply_expired"] = {
    "recipient_kind": "candidate",
    "hr_email": "hr@hr.example.com",
    "sender": "someone@elsewhere.test",
    "subject": "Re: 重新面试邀请",
    "excerpt": "",
    "received_at": "2026-12-01T03:00:00+00:00",
}

# A phrase each locale must contain (subject or text), proving the wording is in that language.
WORDING: dict[str, dict[str, str]] = {
    "invitation": {"zh-CN": "回复「确认」", "en": '"confirm"'},
    "reply_reminder": {"zh-CN": "二次提醒", "en": "second reminder"},
    "reply_clarification": {"zh-CN": "没能确定您的意思", "en": "could not tell for sure"},
    "hr_reply_check": {"zh-CN": "待办", "en": "To do"},
    "hr_escalation": {"zh-CN": "二次提醒后仍未回复", "en": "even after the second reminder"},
    "hr_approval_request": {"zh-CN": "待审批", "en": "Approval needed"},
    "request_decision": {"zh-CN": "已获批准", "en": "approved"},
    "interview_scheduled": {"zh-CN": "已确认", "en": "confirmed"},
    "interview_cancelled": {"zh-CN": "已取消", "en": "cancelled"},
    "interview_reminder": {"zh-CN": "明天", "en": "tomorrow"},
    "interviewer_brief": {"zh-CN": "个性化面试计划", "en": "Interview plan"},
    "result_reminder": {"zh-CN": "请提交", "en": "submit"},
    "hr_result_escalation": {"zh-CN": "尚未提交", "en": "has not submitted"},
    "feedback_internal": {"zh-CN": "内部备注", "en": "Internal notes"},
    "feedback_candidate": {"zh-CN": "恭喜您", "en": "Congratulations"},
    "progress": {"zh-CN": "面试通知已发送", "en": "invitation has been sent"},
    "outcome_notice": {"zh-CN": "候选人未回复", "en": "no response from the candidate"},
    "reply_sender_check": {"zh-CN": "是您发送的吗", "en": "did you send this reply"},
    "reply_expired": {"zh-CN": "已失效", "en": "has expired"},
    "decline_pending": {
        "zh-CN": "我们理解为：放弃本次重新面试",
        "en": "We read your reply as: decline the re-interview",
    },
    "reply_echo": {"zh-CN": "我们理解为：确认方案 1", "en": "We read your reply as: confirm option 1"},
}


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return email_environment()


def context_for(template: str, **overrides: Any) -> dict[str, Any]:
    return {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES[template]), **overrides}


def test_every_template_has_a_sample_context(env: jinja2.Environment) -> None:
    assert set(known_templates(env)) == set(SAMPLES) == set(WORDING)
    assert len(SAMPLES) == 21


CASES: list[tuple[str, dict[str, Any]]] = [(name, {}) for name in SAMPLES] + VARIANTS


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("template", "overrides"), CASES, ids=[f"{t}-{i}" for i, (t, _) in enumerate(CASES)])
def test_renders_in_every_locale(env: jinja2.Environment, template: str, overrides: dict, locale: str) -> None:
    rendered = render_email(env, template, locale, context_for(template, **overrides))

    assert rendered.subject and "\n" not in rendered.subject and "\r" not in rendered.subject
    assert rendered.subject == rendered.subject.strip()
    assert rendered.text.strip() and rendered.html.strip()
    assert rendered.html.lstrip().startswith("<!DOCTYPE html>")
    assert f'lang="{locale}"' in rendered.html
    # The hostile name is escaped in HTML wherever it appears, never live markup.
    assert "<script>" not in rendered.html
    assert "{{" not in rendered.text and "{%" not in rendered.text
    assert "\n\n\n" not in rendered.text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("template", sorted(SAMPLES))
def test_wording_is_in_the_recipients_language(env: jinja2.Environment, template: str, locale: str) -> None:
    rendered = render_email(env, template, locale, context_for(template))
    whole = f"{rendered.subject}\n{rendered.text}".lower()
    assert WORDING[template][locale].lower() in whole
    # Names reach the HTML escaped, not dropped.
    assert ESCAPED_NAME in rendered.html


@pytest.mark.parametrize(
    ("locale", "read", "choose"),
    [
        ("zh-CN", "我们理解为：确认方案 2（2026年12月4日 周五 10:00）。", "不是这个意思？重新选择"),
        (
            "en",
            "We read your reply as: confirm option 2 (Fri 4 Dec 2026, 10:00 (Asia/Shanghai)).",
            "Not what you meant?",
        ),
    ],
)
def test_the_scheduled_email_echoes_the_reply_and_links_choosing_again(
    env: jinja2.Environment, locale: str, read: str, choose: str
) -> None:
    read_as = {**READ_CONFIRM, "slot": 2, "slot_start": SLOTS[1]["start"]}
    linked = render_email(
        env, "interview_scheduled", locale, context_for("interview_scheduled", read_as=read_as, choose_url=CHOOSE_URL)
    )
    assert read in linked.text and choose in linked.text and CHOOSE_URL in linked.text
    assert f'href="{CHOOSE_URL}"' in linked.html
    bare = render_email(env, "interview_scheduled", locale, context_for("interview_scheduled", read_as=read_as))
    assert read in bare.text and choose not in bare.text and choose not in bare.html  # no signing keys: no link
    plain = render_email(env, "interview_scheduled", locale, context_for("interview_scheduled"))
    assert read.split("：")[0].split(":")[0] not in plain.text  # no reply to echo: no block


def test_the_decline_echo_says_when_the_run_closes(env: jinja2.Environment) -> None:
    zh = render_email(env, "decline_pending", "zh-CN", context_for("decline_pending"))
    assert "如您在 2026年12月2日 周三 06:00 前未重新选择，本次重新面试将于届时关闭。" in zh.text
    en = render_email(env, "decline_pending", "en", context_for("decline_pending"))
    assert "will be closed on Wed 2 Dec 2026, 06:00 (Asia/Shanghai) unless you choose again" in en.text


def test_localtime_filter_formats_in_recipient_zone_and_language() -> None:
    at = "2026-12-03T06:00:00+00:00"
    assert localtime(at, "Asia/Shanghai", "zh-CN") == "2026年12月3日 周四 14:00"
    assert localtime("2026-12-03T14:00:00Z", "Europe/London", "en") == "Thu 3 Dec 2026, 14:00 (Europe/London)"
    assert localtime(at, "Europe/London", "zh-CN") == "2026年12月3日 周四 06:00（Europe/London）"


def test_number_duration_percent_filters() -> None:
    assert duration(90, "zh-CN") == "1 小时 30 分钟"
    assert duration(60, "en") == "1 h"
    assert duration(45, "en") == "45 min"
    assert percent(0.35) == "35%"
    assert number(85.0) == "85" and number(72.46) == "72.5" and number(None) == "—"


def test_invitation_numbers_alternatives_and_lists_materials(env: jinja2.Environment) -> None:
    text = render_email(env, "invitation", "zh-CN", context_for("invitation")).text
    assert "方案 1（建议时间）：2026年12月3日 周四 14:00–15:00" in text
    assert "方案 2：2026年12月4日 周五 10:00–11:00" in text
    assert "方案 3：" in text
    for item in ("身份证复印件", "作品", "培训测评报告", "《客户投诉处理》", "2 小时", "线上课程", "情景模拟"):
        assert item in text
    assert "上海市徐汇区漕溪北路 1 号 3 层" in text and "https://meet.example.com/r/1" in text

    en = render_email(env, "invitation", "en", context_for("invitation")).text
    assert "Option 2: Fri 4 Dec 2026, 10:00–11:00 (Asia/Shanghai)" in en
    assert "reply" in en and '"decline"' in en and '"2" or "3"' in en


def test_invitation_without_training_asks_for_no_training_report(env: jinja2.Environment) -> None:
    context = context_for("invitation", training=TRAINING | {"items": []}, slots=SLOTS[:1])
    text = render_email(env, "invitation", "zh-CN", context).text
    assert "培训测评报告" not in text and "培训计划" not in text
    assert "方案 2" not in text
    assert "时长：1 小时" in text


def test_reschedule_changes_the_wording(env: jinja2.Environment) -> None:
    first = render_email(env, "interview_scheduled", "en", context_for("interview_scheduled"))
    moved = render_email(env, "interview_scheduled", "en", context_for("interview_scheduled", rescheduled=True))
    assert "confirmed" in first.subject and "rescheduled" in moved.subject
    assert "moved to a new time" in moved.text and "moved to a new time" not in first.text


def test_candidate_feedback_never_shows_internal_notes_or_codes(env: jinja2.Environment) -> None:
    for locale in LOCALES:
        for recommendation in ("recommend_hire", "needs_further_assessment", "not_meeting"):
            context = context_for("feedback_candidate", report=REPORT | {"recommendation": recommendation})
            rendered = render_email(env, "feedback_candidate", locale, context)
            for part in (rendered.subject, rendered.text, rendered.html):
                assert INTERNAL_NOTE not in part and "INTERNAL-ONLY" not in part
                assert REPORT["comments"] not in part
                assert recommendation not in part
            assert "85" in rendered.text and "80.5" in rendered.text
    internal = render_email(env, "feedback_internal", "zh-CN", context_for("feedback_internal"))
    assert INTERNAL_NOTE in internal.text and INTERNAL_NOTE in internal.html
    assert "建议录用" in internal.text and "客户投诉处理：60 → 85" in internal.text


def test_interviewer_brief_carries_analysis_plan_and_training(env: jinja2.Environment) -> None:
    text = render_email(env, "interviewer_brief", "zh-CN", context_for("interviewer_brief")).text
    for item in (
        "客户投诉处理 [核心技能]：60",
        "数据分析：从未评估",
        "权重 40%",
        "客户收到破损商品",
        "问题识别：30%",
        "60 → 85",
        "实际工作中",
        "http://127.0.0.1:8088/r/tok123",
        "python starter.py result --job job-ecs-1 --candidate c-1",
    ):
        assert item in text


def test_unknown_template_lists_the_known_ones(env: jinja2.Environment) -> None:
    with pytest.raises(UnknownTemplateError, match=r"known templates: .*invitation.*reply_reminder"):
        render_email(env, "invitaton", "zh-CN", {})


def test_missing_context_value_is_an_error(env: jinja2.Environment) -> None:
    context = context_for("invitation")
    del context["reply_by"]
    with pytest.raises(jinja2.UndefinedError, match="reply_by"):
        render_email(env, "invitation", "en", context)


def test_subject_must_stay_one_line(env: jinja2.Environment) -> None:
    with pytest.raises(SubjectError):
        render_email(env, "progress", "en", context_for("progress", job_title="Ops\nBcc: evil@example.com"))


def test_unknown_codes_are_refused(env: jinja2.Environment) -> None:
    with pytest.raises(ValueError, match="unknown progress event"):
        render_email(env, "progress", "en", context_for("progress", event="hired"))
    with pytest.raises(ValueError, match="unknown outcome"):
        render_email(env, "outcome_notice", "en", context_for("outcome_notice", outcome="vanished"))
    with pytest.raises(ValueError, match="unsupported locale"):
        render_email(env, "progress", "fr", context_for("progress"))
