"""The demo compares everything it prints with the scenario: read from real queries' shapes and a real rendered
invitation; any difference fails the demo with a non-zero exit naming the case."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest

from devstack.demo import short_link, summarize
from devstack.demo_checks import (
    DECISION_LINK_LABELS,
    EXPECTED_KEYS,
    Observed,
    courses_in,
    inbox_mismatches,
    inbox_todos,
    link_on_line,
    mismatches,
    observe,
    stated_score,
    summary_lines,
    training_mode_of,
)
from mail.render import email_environment, render_email
from schemas.contract import FeedbackReport, StatusView
from tests.mail.test_templates import ACTIVITY_KEYS, SAMPLES, TRAINING
from web.pages import render as render_page
from web.repository import InboxItem, RunRow

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)
LI_SI_PLAN = {
    **TRAINING,
    "mode": "blended",
    "days_available": 9,
    "total_hours": 16.0,
    "activities": ["workshop", "mock_interview"],
    "items": [
        {
            "course_id": "crs-dl-frameworks",
            "title": "深度学习框架",
            "title_en": "Deep Learning Frameworks",
            "dimension": "machine_learning",
            "format": "blended",
            "media": "video",
            "hours": 16.0,
            "core": True,
        }
    ],
}
STATUS = StatusView.model_validate(
    {
        "stage": "completed",
        "outcome": "recommend_hire",
        "timeline": [
            {"at": AT, "event": "trigger accepted: low_score"},
            {"at": AT, "event": "analysis ready: 1 gap(s), training plan 'blended'"},
            {"at": AT, "event": "面试通知已发送 / invitation sent"},
        ],
    }
)
REPORT = FeedbackReport.model_validate(
    {
        "overall_before": 72,
        "overall_after": 80,
        "threshold": 75,
        "dimensions": [
            {"code": "machine_learning", "before": 60, "after": 80},
            {"code": "programming", "before": 85, "after": 85},
        ],
        "recommendation": "recommend_hire",
        "training_applied": ["《深度学习框架》：60 → 80"],
    }
)
EXPECT: dict[str, Any] = {
    "outcome": "recommend_hire",
    "overall_before": 72,
    "overall_after": 80.0,
    "dimensions": {"machine_learning": [60, 80], "programming": [85, 85]},
    "training_mode": "blended",
    "courses": ["深度学习框架"],
    "training_applied": ["《深度学习框架》：60 → 80"],
}


def invitation(locale: str, **overrides: Any) -> EmailMessage:
    """The invitation as the worker renders it and the sink saves it."""
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"]), "training": LI_SI_PLAN, **overrides}
    rendered = render_email(email_environment(), "invitation", locale, context)
    message = EmailMessage()
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def test_what_the_service_returned_for_li_si_matches_the_seed() -> None:
    observed = observe(STATUS, REPORT, invitation("zh-CN"))
    assert observed.courses == ["深度学习框架"]
    assert observed.training_mode == "blended"
    assert mismatches(EXPECT, observed) == []
    lines = summary_lines(EXPECT, observed, "zh-CN")
    assert lines == [
        "report: overall 72 → 80 (threshold 75); machine_learning 60→80, programming 85→85",
        "training plan: blended",
        "invitation recommends: 《深度学习框架》",
        "training assessed: 《深度学习框架》：60 → 80",
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"courses": ["TensorFlow快速上手"]},
            "courses: expected ['TensorFlow快速上手'], the service returned ['深度学习框架']",
        ),
        ({"training_mode": "standard"}, "training_mode: expected 'standard', the service returned 'blended'"),
        ({"overall_before": 70}, "overall_before: expected 70, the service returned 72.0"),
        ({"overall_after": 81}, "overall_after: expected 81, the service returned 80.0"),
        (
            {"dimensions": {"machine_learning": [60, 80]}},
            (
                "dimensions: expected {'machine_learning': [60, 80]}, the service returned "
                "{'machine_learning': [60.0, 80.0], 'programming': [85.0, 85.0]}"
            ),
        ),
        ({"outcome": "not_meeting"}, "outcome: expected 'not_meeting', the service returned 'recommend_hire'"),
        ({"training_applied": []}, "training_applied: expected [], the service returned ['《深度学习框架》：60 → 80']"),
    ],
)
def test_each_printed_value_that_differs_is_a_mismatch(change: dict[str, Any], problem: str) -> None:
    observed = observe(STATUS, REPORT, invitation("zh-CN"))
    assert mismatches({**EXPECT, **change}, observed) == [problem]


def test_a_scenario_that_does_not_say_what_to_expect_cannot_pass() -> None:
    observed = observe(STATUS, REPORT, invitation("zh-CN"))
    partial = {k: v for k, v in EXPECT.items() if k != "courses"}
    assert mismatches(partial, observed) == ["courses: the scenario does not say what to expect"]
    assert set(EXPECTED_KEYS) == set(EXPECT)


def test_a_case_without_report_or_invitation_expects_nothing_there() -> None:
    status = StatusView.model_validate({"stage": "completed", "outcome": "not_needed", "timeline": []})
    observed = observe(status, None, None)
    nothing = dict.fromkeys(EXPECTED_KEYS) | {"outcome": "not_needed", "dimensions": {}}
    assert mismatches(nothing, observed) == []
    assert mismatches({**nothing, "courses": []}, observed) == ["courses: expected [], the service returned nothing"]


def test_courses_are_read_from_the_english_invitation_too() -> None:
    message = invitation("en")
    observed = observe(STATUS, REPORT, message)
    assert observed.courses == ["Deep Learning Frameworks"]
    assert summary_lines(EXPECT, observed, "en")[2] == "invitation recommends: “Deep Learning Frameworks”"
    no_plan = invitation("en", training={**LI_SI_PLAN, "items": []})
    assert observe(STATUS, REPORT, no_plan).courses == []


def test_the_stated_score_is_read_from_the_invitation_and_checked_when_expected() -> None:
    shown = invitation("zh-CN", invitation_shows_score=True, ai_score=72, pass_threshold=75)
    observed = observe(STATUS, REPORT, shown)
    assert observed.stated_score == [72.0, 75.0]
    assert mismatches({**EXPECT, "invitation_score": [72, 75]}, observed) == []
    assert "invitation states: AI score 72 < bar 75" in summary_lines(
        {**EXPECT, "invitation_score": [72, 75]}, observed, "zh-CN"
    )
    quiet = observe(STATUS, REPORT, invitation("zh-CN"))
    assert mismatches({**EXPECT, "invitation_score": [72, 75]}, quiet) == [
        "invitation_score: expected [72, 75], the service returned nothing"
    ]
    en = invitation("en", invitation_shows_score=True, ai_score=68.5, pass_threshold=75)
    assert stated_score(en.get_body(("plain",)).get_content()) == [68.5, 75.0]  # type: ignore[union-attr]


def test_a_run_that_never_planned_has_no_mode() -> None:
    assert training_mode_of(StatusView.model_validate({"stage": "completed", "timeline": []})) is None
    assert courses_in("no plan here") == []


def test_any_mismatch_or_error_fails_the_demo_naming_the_cases(capsys: pytest.CaptureFixture[str]) -> None:
    summarize([("cand-001 张三", []), ("cand-002 李四", [])])
    assert "✓ cand-002 李四" in capsys.readouterr().out

    with pytest.raises(SystemExit) as failed:
        summarize(
            [
                ("cand-001 张三", []),
                ("cand-002 李四", ["courses: expected ['深度学习框架'], the service returned ['TensorFlow快速上手']"]),
                ("cand-009 周杰", TimeoutError("no invitation")),
            ]
        )
    assert failed.value.code == ("demo: 2 of 3 scenarios differ from what the service returned: cand-002, cand-009")
    out = capsys.readouterr().out
    assert "✗ cand-002 李四: courses: expected ['深度学习框架'], the service returned ['TensorFlow快速上手']" in out
    assert "✗ cand-009 周杰: TimeoutError('no invitation')" in out


def test_observed_defaults_are_nothing() -> None:
    assert Observed(outcome=None).courses is None


# ---- the people's surfaces: the links the demo follows and the inbox it reads, from real rendered pages -------

HR_LINKS = {
    "hr_decision": "http://127.0.0.1:8088/hr/a/kDECIDE.e30.sig",
    "hr_extend": "http://127.0.0.1:8088/hr/a/kEXTEND.e30.sig",
    "hr_cancel": "http://127.0.0.1:8088/hr/a/kCANCEL.e30.sig",
    "inbox": "http://127.0.0.1:8088/hr/",
}


@pytest.mark.parametrize("locale", ["zh-CN", "en"])
def test_hr_presses_the_approve_or_reject_link_of_its_email_not_extend_or_cancel(locale: str) -> None:
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["hr_approval_request"]), "hr_links": HR_LINKS}
    text = render_email(email_environment(), "hr_approval_request", locale, context).text
    assert link_on_line(text, DECISION_LINK_LABELS, "/hr/a/") == HR_LINKS["hr_decision"]
    assert link_on_line(text, DECISION_LINK_LABELS, "/s/") is None  # only a link under the asked path counts
    without = {**context, "hr_links": {k: v for k, v in HR_LINKS.items() if k != "hr_decision"}}
    no_decision = render_email(email_environment(), "hr_approval_request", locale, without).text
    assert link_on_line(no_decision, DECISION_LINK_LABELS, "/hr/a/") is None


def _inbox_row(workflow_id: str, run_id: str, kind: str, title: str) -> dict[str, Any]:
    run = RunRow(run_id, workflow_id, "cand-007", "job-sales", "awaiting_hr_approval", None, None, AT, None)
    item = InboxItem(f"{run_id}:{kind}", kind, title, "", AT, workflow_id, "cand-007", "job-sales", run)
    return {
        "item": item,
        "candidate": "孙丽",
        "job": "销售代表",
        "stage": "awaiting_hr_approval",
        "outcome": None,
        "next_deadline": None,
        "reports": [],
        "temporal_url": f"http://127.0.0.1:8233/namespaces/default/workflows/{workflow_id}/{run_id}/history",
        "actions": [],
    }


def test_the_inbox_page_is_read_as_each_runs_open_to_dos_by_kind() -> None:
    rows = [
        _inbox_row(
            "reinterview-job-sales-cand-007", "r1", "approve_request", "Approve or reject a re-interview request"
        ),
        _inbox_row(
            "reinterview-job-sales-cand-007", "r1", "check_reply", "Check the candidate's reply to the invitation"
        ),
        _inbox_row("reinterview-job-x-cand-099", "r2", "undeliverable", "A message could not be sent: invitation"),
    ]
    page = render_page(
        "hr_inbox.html",
        lang="zh-CN",
        rows=rows,
        user="hr:mailbox",
        csrf="c",
        timezone="Asia/Shanghai",
        closed="",
        proxy=False,
    )
    listed = inbox_todos(page)
    assert listed == {
        "reinterview-job-sales-cand-007": ["approve_request", "check_reply"],
        "reinterview-job-x-cand-099": ["A message could not be sent: invitation"],  # unknown titles kept as read
    }
    empty = render_page(
        "hr_inbox.html",
        lang="zh-CN",
        rows=[],
        user="hr:mailbox",
        csrf="c",
        timezone="Asia/Shanghai",
        closed="",
        proxy=False,
    )
    assert inbox_todos(empty) == {}


def test_a_run_whose_open_to_dos_differ_from_the_scenario_is_named() -> None:
    listed = {"wf-7": ["approve_request"], "wf-other": ["check_reply"]}
    assert inbox_mismatches({"wf-7": ["approve_request"]}, listed) == []
    assert inbox_mismatches({"wf-7": [], "wf-9": []}, listed) == [
        "wf-7: expected open to-dos [], the inbox lists ['approve_request']"
    ]
    assert inbox_mismatches({"wf-9": ["approve_request"]}, listed) == [
        "wf-9: expected open to-dos ['approve_request'], the inbox lists []"
    ]


def test_the_demo_prints_signed_links_without_their_token() -> None:
    assert short_link("http://127.0.0.1:8088/s/kc133ca.eyJhIjoi.sig") == "http://127.0.0.1:8088/s/kc133c…"


def test_a_failed_check_across_cases_fails_the_demo_after_the_cases(capsys: pytest.CaptureFixture[str]) -> None:
    inbox = "HR inbox: no to-do left open by the demo's ended runs"
    summarize([("cand-001 张三", [])], [(inbox, [])])
    assert f"✓ {inbox}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as failed:
        summarize(
            [("cand-001 张三", [])], [(inbox, ["wf-7: expected open to-dos [], the inbox lists ['check_reply']"])]
        )
    assert failed.value.code == f"demo: failed: {inbox}"
    with pytest.raises(SystemExit) as both:
        summarize([("cand-001 张三", ["outcome: expected 'x', the service returned 'y'"])], [(inbox, OSError("down"))])
    assert both.value.code == (
        f"demo: 1 of 1 scenarios differ from what the service returned: cand-001; failed: {inbox}"
    )
    assert f"✗ {inbox}: OSError('down')" in capsys.readouterr().out
