"""policy/notices.py: each step's notices resolve to the run's people; the table is complete and consistent."""

from __future__ import annotations

import pytest

from mail.render import TEMPLATE_ROOT
from policy.notices import STEPS, People, Step, notice_of, notices_for


def test_every_step_has_a_row_and_every_template_exists() -> None:
    assert set(STEPS) == set(Step)
    for policy in STEPS.values():
        for notice in policy.notices:
            assert (TEMPLATE_ROOT / "email" / notice.template).is_dir(), notice.template
        assert policy.notices or policy.todo, "a step tells someone or asks HR"


def test_required_notices_are_the_candidates_invitation_and_booking() -> None:
    required = {(step, n.audience) for step, p in STEPS.items() for n in p.notices if n.required}
    assert required == {
        (Step.FIRST_INVITATION, "candidate"),
        (Step.INVITATION, "candidate"),
        (Step.SCHEDULED, "candidate"),
    }


def test_the_day_before_reminder_has_an_sms_channel_for_the_candidate_only() -> None:
    assert notice_of(Step.INTERVIEW_REMINDER, "candidate").channels == ("email", "sms")
    assert notice_of(Step.INTERVIEW_REMINDER, "interviewer").channels == ("email",)


def test_notices_resolve_to_the_people_the_run_has() -> None:
    before = People("c-1")
    assert [(a.kind, a.id) for a in notices_for(Step.OUTCOME, before)] == [("candidate", "c-1"), ("hr", None)]
    booked = People("c-1", "i-2", "i-1")
    assert [(a.kind, a.id, a.notice.invite) for a in notices_for(Step.HANDED_OVER, booked)] == [
        ("interviewer", "i-1", "CANCEL")
    ]
    assert [a.kind for a in notices_for(Step.OUTCOME, booked, frozenset({"hr", "interviewer"}))] == [
        "interviewer",
        "hr",
    ]


def test_steps_that_ask_hr_to_act_create_a_to_do() -> None:
    todos = {step: p.todo.kind for step, p in STEPS.items() if p.todo}
    assert todos == {
        Step.APPROVAL_REQUEST: "approve_request",
        Step.FIRST_INVITATION: "check_reply",
        Step.REPLY_ESCALATION: "reply_escalation",
        Step.QUESTION: "candidate_question",
        Step.UNCLEAR_REPLY: "unclear_reply",
        Step.CLARIFY: "unclear_reply",
        Step.INTERVIEWER_DECLINED: "interviewer_declined",
        Step.RESULT_ESCALATION: "result_escalation",
    }


def test_a_step_without_a_notice_to_an_audience_says_so() -> None:
    with pytest.raises(LookupError, match="step 'brief' tells no candidate"):
        notice_of(Step.BRIEF, "candidate")
