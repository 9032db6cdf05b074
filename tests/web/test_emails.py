"""The links the web pages live behind, as the emails show them: the scorecard link in the brief and the result
reminders, HR's action links in every email to HR (both locales, text and HTML)."""

from __future__ import annotations

import jinja2
import pytest

from mail.render import LOCALES, email_environment, render_email
from tests.mail.test_templates import context_for

SCORECARD = "http://links.test/s/ktest01.e30.mac"
HR_LINKS = {
    "hr_decision": "http://hr.test/hr/a/decide",
    "hr_extend": "http://hr.test/hr/a/extend",
    "hr_take_over": "http://hr.test/hr/a/take",
    "hr_cancel": "http://hr.test/hr/a/cancel",
    "inbox": "http://hr.test/hr/",
}


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return email_environment()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("template", ["interviewer_brief", "result_reminder"])
def test_interviewer_emails_carry_the_scorecard_only_when_given(
    env: jinja2.Environment, template: str, locale: str
) -> None:
    with_link = render_email(env, template, locale, context_for(template, scorecard_url=SCORECARD))
    assert SCORECARD in with_link.text and f'href="{SCORECARD}"' in with_link.html
    without = render_email(env, template, locale, context_for(template))
    assert "/s/" not in without.text and "starter.py result" in without.text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("template", ["hr_approval_request", "hr_escalation", "hr_reply_check", "hr_result_escalation"])
def test_hr_emails_carry_their_action_links(env: jinja2.Environment, template: str, locale: str) -> None:
    rendered = render_email(env, template, locale, context_for(template, hr_links=HR_LINKS))
    for url in HR_LINKS.values():
        assert url in rendered.text and f'href="{url}"' in rendered.html
    assert ("Approve or reject the request" if locale == "en" else "批准或拒绝申请") in rendered.text
    assert "http://hr.test" not in render_email(env, template, locale, context_for(template)).text
