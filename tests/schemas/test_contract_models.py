"""The contract's signal payloads (CONTRACT.md): times are ISO 8601 with an offset; ids fit the archive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from schemas.contract import AiInterviewResult, ReportViewed, TrainingCompleted, TriggerSignal

NAIVE = "2030-05-01T10:00:00"
OFFSET = "must be an ISO 8601 time with a UTC offset"


@pytest.mark.parametrize(
    ("model", "payload", "field"),
    [
        (TrainingCompleted, {"course_id": "c-1", "assessment_score": 80, "completed_at": NAIVE}, "completed_at"),
        (ReportViewed, {"by": "hr", "at": NAIVE}, "at"),
        (AiInterviewResult, {"interview_id": "ai-1", "taken_at": NAIVE}, "taken_at"),
        (
            TriggerSignal,
            {"kind": "ai_result", "interview": {"interview_id": "ai-1", "taken_at": NAIVE}},
            "interview.taken_at",
        ),
    ],
)
def test_a_time_without_an_offset_is_refused_naming_the_field(model, payload, field) -> None:
    with pytest.raises(ValidationError) as refused:
        model.model_validate(payload)
    [error] = refused.value.errors(include_url=False)
    assert ".".join(map(str, error["loc"])) == field and OFFSET in error["msg"]


def test_times_with_an_offset_are_taken_as_given() -> None:
    east8 = TrainingCompleted.model_validate(
        {"course_id": "c-1", "assessment_score": 80, "completed_at": "2030-05-01T10:00:00+08:00"}
    )
    assert east8.completed_at == datetime(2030, 5, 1, 2, 0, tzinfo=UTC)
    assert east8.completed_at.utcoffset() == timedelta(hours=8)
    assert ReportViewed(by="hr", at=datetime(2030, 5, 1, tzinfo=UTC)).at is not None
    assert ReportViewed.model_validate({"by": "interviewer"}).at is None


@pytest.mark.parametrize("course_id", ["课程1", "c 1", "c/1", "x" * 129, ""])
def test_a_course_id_the_archive_cannot_hold_is_refused(course_id: str) -> None:
    with pytest.raises(ValidationError) as refused:
        TrainingCompleted.model_validate({"course_id": course_id, "assessment_score": 80})
    assert [e["loc"] for e in refused.value.errors()] == [("course_id",)]


def test_the_json_schema_tells_other_systems_the_course_id_shape() -> None:
    schema = TrainingCompleted.model_json_schema()
    assert schema["properties"]["course_id"]["pattern"] == r"^[A-Za-z0-9_.:\-]+$"
