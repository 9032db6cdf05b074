import pytest

from mail.render import LOCALES, email_environment
from sms.render import MAX_SMS_CHARS, SmsTooLong, UnknownSmsTemplate, known_sms_templates, render_sms

CONTEXT = {
    "job_title": "数据分析师",
    "start": "2026-12-10T06:00:00+00:00",
    "end": "2026-12-10T07:00:00+00:00",
    "location": "公司3楼会议室",
    "online_link": None,
    "timezone": "Asia/Shanghai",
    "candidate_name": "张三",
    "candidate_id": "c-1",
}


@pytest.fixture(scope="module")
def env():
    return email_environment(auto_reload=False)


def test_every_sms_renders_short_in_every_locale(env):
    assert known_sms_templates(env) == ["interview_reminder"]
    for name in known_sms_templates(env):
        for locale in LOCALES:
            text = render_sms(env, name, locale, CONTEXT)
            assert 0 < len(text) <= MAX_SMS_CHARS
            assert "{{" not in text and "None" not in text


def test_the_reminder_states_time_and_place_in_the_candidates_language_and_no_name(env):
    zh = render_sms(env, "interview_reminder", "zh-CN", CONTEXT)
    assert "2026年12月10日 周四 14:00" in zh and "公司3楼会议室" in zh and "数据分析师" in zh
    en = render_sms(
        env,
        "interview_reminder",
        "en",
        {**CONTEXT, "timezone": "Europe/London", "location": None, "online_link": "https://meet.example.com/r/1"},
    )
    assert "Thu 10 Dec 2026, 06:00 (Europe/London)" in en and "https://meet.example.com/r/1" in en
    assert "张三" not in zh + en and "c-1" not in zh + en


def test_unknown_template_locale_missing_value_and_overlong_text_are_errors(env):
    with pytest.raises(UnknownSmsTemplate, match=r"'nope'.*interview_reminder"):
        render_sms(env, "nope", "en", CONTEXT)
    with pytest.raises(ValueError, match="unsupported locale 'fr'"):
        render_sms(env, "interview_reminder", "fr", CONTEXT)
    without_start = {k: v for k, v in CONTEXT.items() if k != "start"}
    with pytest.raises(Exception, match="start"):
        render_sms(env, "interview_reminder", "en", without_start)
    with pytest.raises(SmsTooLong, match="characters"):
        render_sms(env, "interview_reminder", "en", {**CONTEXT, "location": "x" * 400})
