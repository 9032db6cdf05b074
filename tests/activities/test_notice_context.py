"""activities/notice_context.py: the pure parts of what a notice says — the place, the job title's language."""

from __future__ import annotations

from typing import Any

import pytest

from activities.notice_context import job_title, place
from schemas.archive import Interviewer, Job

JOB: dict[str, Any] = {"job_id": "j", "title": "电商客服专员", "pass_threshold": 75, "weights": {"a": 1.0}}
IV: dict[str, Any] = {"interviewer_id": "i", "name": "李老师", "email": "li@example.com"}


@pytest.mark.parametrize(
    ("interviewer", "job", "default", "expected"),
    [
        (
            {"location": "3楼会议室", "meeting_url": "https://v.example.com/li"},
            {},
            "",
            ("3楼会议室", "https://v.example.com/li"),
        ),
        (
            {"meeting_url": "https://v.example.com/li"},
            {"interview_location": "公司3楼会议室"},
            "",
            ("", "https://v.example.com/li"),
        ),
        ({}, {"interview_location": "公司3楼会议室"}, "https://meet.example.com", ("公司3楼会议室", "")),
        (
            {},
            {"interview_location": "online"},
            "https://meet.example.com/room",
            ("online", "https://meet.example.com/room"),
        ),
        ({}, {"interview_location": "online"}, "", ("online", "")),  # "online (the link follows)"
        ({}, {}, "Reception", ("Reception", "")),
        ({}, {}, "", ("", "")),  # the templates say "to be announced"
    ],
)
def test_the_place_comes_from_the_interviewer_then_the_job_then_the_setting(
    interviewer: dict[str, Any], job: dict[str, Any], default: str, expected: tuple[str, str]
) -> None:
    assert (
        place(Job.model_validate({**JOB, **job}), Interviewer.model_validate({**IV, **interviewer}), default)
        == expected
    )


def test_no_interviewer_yet_falls_back_to_the_job() -> None:
    assert place(Job.model_validate({**JOB, "interview_location": "总部"}), None, "") == ("总部", "")


def test_english_readers_get_the_english_title_when_the_job_has_one() -> None:
    job = Job.model_validate({**JOB, "title_en": "E-commerce support"})
    assert (job_title(job, "en"), job_title(job, "zh-CN")) == ("E-commerce support", "电商客服专员")
    assert job_title(Job.model_validate(JOB), "en") == "电商客服专员"
