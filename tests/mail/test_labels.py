"""Every code that reaches a person is worded in their language (mail/labels.py, the `term` filter); the invitation
states the AI score and the bar when the job allows it; English readers see the job's English title."""

from __future__ import annotations

import copy
import json
import re
import typing
from pathlib import Path
from typing import Any

import jinja2
import pytest
from pydantic import BaseModel

from mail import labels
from mail.render import LOCALES, email_environment, render_email
from policy.training import ACTIVITIES
from schemas.contract import Outcome, Recommendation, TriggerKind
from schemas.plans import Gap, QuestionPick, TrainingItem, TrainingPlan
from tests.mail.test_templates import ACTIVITY_KEYS, ANALYSIS, PLAN, REPORT, SAMPLES, TRAINING

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo.json"


def _literal(model: type[BaseModel], field: str) -> set[str]:
    annotation = model.model_fields[field].annotation
    return set(typing.get_args(annotation))


# Where each kind's codes come from: the contract, the plans, the policy and the demo catalog.
CODE_SOURCES: dict[str, set[str]] = {
    "training_mode": _literal(TrainingPlan, "mode"),
    "training_activity": {a for acts in ACTIVITIES.values() for a in acts}
    | {a for c in json.loads(DEMO.read_text(encoding="utf-8"))["courses"] for a in c.get("activities", [])},
    "course_format": _literal(TrainingItem, "format"),
    "course_media": _literal(TrainingItem, "media"),
    "interview_media": {"video", "audio", "transcript"},
    "question_kind": _literal(QuestionPick, "kind"),
    "gap_reason": _literal(Gap, "reason"),
    "trigger_kind": {k.value for k in TriggerKind},
    "outcome": {o.value for o in Outcome},
    "recommendation": {r.value for r in Recommendation},
}
ALL_CODES = set().union(*labels.TABLES.values())


@pytest.mark.parametrize("kind", sorted(CODE_SOURCES))
def test_every_code_of_every_kind_has_wording_in_both_languages(kind: str) -> None:
    for code in sorted(CODE_SOURCES[kind]):
        zh, en = labels.term(code, kind, "zh-CN"), labels.term(code, kind, "en")
        assert zh and en and zh != code, (kind, code)
        assert re.search(r"[\u4e00-\u9fff]", zh), (kind, code, zh)


def test_a_code_without_wording_is_refused_not_shown() -> None:
    with pytest.raises(labels.UnknownCodeError, match="no wording for training_activity 'juggling'"):
        labels.term("juggling", "training_activity", "zh-CN")
    with pytest.raises(labels.UnknownCodeError, match="unknown kind of code 'colour'"):
        labels.term("red", "colour", "en")
    env = email_environment()
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"])}
    context["training"]["activities"] = ["juggling"]
    with pytest.raises(ValueError, match="juggling"):
        render_email(env, "invitation", "zh-CN", context)


def _every_code_contexts() -> list[tuple[str, dict[str, Any]]]:
    """Contexts that put every code of every kind into the templates that show it."""
    training = copy.deepcopy(TRAINING)
    items = training["items"]
    training["items"] = [
        {**items[0], "course_id": f"c-{f}-{m}", "title": f"课程{f}{m}", "format": f, "media": m}
        for f in sorted(CODE_SOURCES["course_format"])
        for m in sorted(CODE_SOURCES["course_media"])
    ]
    training["activities"] = sorted(CODE_SOURCES["training_activity"])
    analysis = copy.deepcopy(ANALYSIS)
    analysis["gaps"] = [{**analysis["gaps"][0], "reason": r} for r in sorted(CODE_SOURCES["gap_reason"])]
    analysis["questions"] = [{**analysis["questions"][0], "kind": k} for k in sorted(CODE_SOURCES["question_kind"])]
    plan = {**PLAN, "questions": analysis["questions"]}
    cases: list[tuple[str, dict[str, Any]]] = []
    for name in SAMPLES:
        cases.append((name, {}))
    for mode in sorted(CODE_SOURCES["training_mode"]):
        for name in ("invitation", "interview_reminder", "interviewer_brief"):
            cases.append((name, {"training": {**training, "mode": mode}, "analysis": analysis, "plan": plan}))
    for kind in sorted(CODE_SOURCES["trigger_kind"]):
        cases.append(("invitation", {"trigger_kind": kind, "training": training}))
    for outcome in ("declined", "no_response", "no_show", "cancelled", "limit_reached", "not_needed", "rejected_by_hr"):
        for recipient in ("candidate", "interviewer", "hr"):
            cases.append(("outcome_notice", {"outcome": outcome, "recipient_kind": recipient}))
    for recommendation in sorted(CODE_SOURCES["recommendation"]):
        for name in ("feedback_internal", "feedback_candidate"):
            cases.append((name, {"report": REPORT | {"recommendation": recommendation}}))
    return cases


CASES = _every_code_contexts()
_TAG = re.compile(r"<[^>]*>")  # markup and its attributes (style="…none…") are not read
# What may name a code on purpose: a Web UI search key, a command to run, a URL.
_ALLOWED = re.compile(
    r'ReinterviewOutcome="[a-z_]+"|<code>.*?</code>|python starter\.py[^\n]*|temporal workflow[^\n]*|\S+://\S+'
)


def _raw_codes(text: str, locale: str) -> list[str]:
    text = _TAG.sub(" ", _ALLOWED.sub(" ", text))
    found = []
    for code in ALL_CODES:
        # In Chinese any code is raw; in English a one-word code ("online", "video") is also plain English.
        if ("_" in code or locale != "en") and re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            found.append(code)
    return sorted(found)


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return email_environment()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("template", "overrides"), CASES, ids=[f"{t}-{i}" for i, (t, _) in enumerate(CASES)])
def test_no_template_shows_a_raw_code(env: jinja2.Environment, template: str, overrides: dict, locale: str) -> None:
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES[template]), **copy.deepcopy(overrides)}
    if "report" in context:  # the interviewer's own words may say "case"; only what the service words is checked
        context["report"]["comments"] = "处理退款问题沉着冷静。"
    rendered = render_email(env, template, locale, context)
    for part in (rendered.subject, rendered.text, rendered.html):
        assert _raw_codes(part, locale) == [], part[:3000]


def test_the_seeds_activity_line_is_worded(env: jinja2.Environment) -> None:
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"])}
    context["training"] = {**TRAINING, "mode": "standard", "activities": ["practice"]}
    text = render_email(env, "invitation", "zh-CN", context).text
    assert "练习活动：模拟练习" in text and "practice" not in text
    context["training"] = {**TRAINING, "activities": ["case_study", "simulation"]}
    text = render_email(env, "invitation", "zh-CN", context).text
    assert "练习活动：案例分析、情景模拟" in text
    assert "Activities: case studies, simulation" in render_email(env, "invitation", "en", context).text


SCORE = {"invitation_shows_score": True, "ai_score": 72, "pass_threshold": 75}


def test_the_invitation_states_the_score_and_the_bar_when_the_job_allows(env: jinja2.Environment) -> None:
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"]), **SCORE}
    zh = render_email(env, "invitation", "zh-CN", context)
    assert "您的AI面试得分72分，未达到岗位要求的75分，现邀请您重新面试" in zh.text  # the seed's sentence
    assert "得分<strong>72</strong>分" in zh.html and "<strong>75</strong>分" in zh.html
    en = render_email(env, "invitation", "en", context)
    assert "Your AI interview score was 72, below the bar of 75 for this job" in en.text

    for change in ({"invitation_shows_score": False}, {"trigger_kind": "incomplete"}, {"ai_score": None}):
        quiet = render_email(env, "invitation", "zh-CN", {**context, **change})
        assert "得分72分" not in quiet.text and "<strong>72</strong>" not in quiet.html, change
    without_keys = {k: v for k, v in context.items() if k not in SCORE}
    assert "得分72分" not in render_email(env, "invitation", "zh-CN", without_keys).text


def test_an_english_reader_sees_the_jobs_english_title(env: jinja2.Environment) -> None:
    for template in ("invitation", "interview_reminder", "outcome_notice", "feedback_candidate"):
        context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES[template]), "job_title_en": "E-commerce Support"}
        en = render_email(env, template, "en", context)
        assert "E-commerce Support" in en.subject + en.text and "电商客服专员" not in en.subject + en.text, template
        zh = render_email(env, template, "zh-CN", context)
        assert "电商客服专员" in zh.subject + zh.text and "E-commerce Support" not in zh.text, template
        # No English title: the title there is.
        del context["job_title_en"]
        assert "电商客服专员" in render_email(env, template, "en", context).text


def test_the_place_is_the_interviewers_room_or_the_jobs_location(env: jinja2.Environment) -> None:
    context = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"]), "location": "公司3楼会议室", "online_link": ""}
    assert "地点：公司3楼会议室" in render_email(env, "invitation", "zh-CN", context).text
    online = {**context, "location": "", "online_link": "https://meet.example.com/michael-brown"}
    assert "Where: online: https://meet.example.com/michael-brown" in render_email(env, "invitation", "en", online).text


def test_a_job_held_online_is_worded_not_shown_as_a_code(env: jinja2.Environment) -> None:
    base = {**ACTIVITY_KEYS, **copy.deepcopy(SAMPLES["invitation"])}
    linked = render_email(
        env, "invitation", "zh-CN", {**base, "location": "online", "online_link": "https://m.example/1"}
    )
    assert "地点：线上：https://m.example/1" in linked.text
    for locale, words in (("zh-CN", "线上（链接另行通知）"), ("en", "online (the link follows)")):
        rendered = render_email(env, "invitation", locale, {**base, "location": "online", "online_link": ""})
        assert words in rendered.text and words in rendered.html
        assert _raw_codes(rendered.text, locale) == []
