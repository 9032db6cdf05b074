"""schemas/json/ is what the pydantic models say, and it accepts CONTRACT.md's payloads and refuses broken ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import ValidationError

from schemas.contract import TriggerSignal
from schemas.export_json_schemas import JSON_DIR, PAYLOADS, generate, stale, write


def validator(file: str) -> Draft202012Validator:
    schema = json.loads((JSON_DIR / file).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_committed_schemas_match_the_models() -> None:
    out_of_date = stale()
    assert not out_of_date, f"run python -m schemas.export_json_schemas; out of date: {out_of_date}"


def test_export_writes_every_payload_and_removes_leftovers(tmp_path: Path) -> None:
    (tmp_path / "signal.renamed_long_ago.json").write_text("{}", encoding="utf-8")
    written = write(tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.json")) == written == sorted(p.file for p in PAYLOADS)
    assert stale(tmp_path) == []
    (tmp_path / "signal.trigger.json").write_text("{}", encoding="utf-8")
    assert stale(tmp_path) == ["signal.trigger.json"]


@pytest.mark.parametrize("file", sorted(generate()))
def test_every_schema_is_valid_draft_2020_12(file: str) -> None:
    schema = json.loads((JSON_DIR / file).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema" and schema["description"]


# The payloads CONTRACT.md shows, by the schema that must accept them.
CONTRACT_EXAMPLES: list[tuple[str, dict[str, Any] | None]] = [  # None: the query answers null
    ("workflow.ReinterviewWorkflow.input.json", {"candidate_id": "cand-001", "job_id": "job-ecom-support"}),
    (
        "signal.trigger.json",
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": "ai-778",
                "completed": True,
                "overall_score": 72,
                "dimension_scores": {"machine_learning": 60, "communication": 78},
            },
        },
    ),
    (
        "signal.trigger.json",
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": "ai-779",
                "completed": False,
                "incomplete_reason": "network",
                "dimension_scores": {"communication": 74},
            },
        },
    ),
    (
        "signal.trigger.json",
        {"kind": "requirement_change", "change_id": "chg-12", "added_dimensions": ["data_analysis"]},
    ),
    ("signal.trigger.json", {"kind": "candidate_request", "reason": "第三题答得不好，希望再试一次"}),
    ("signal.trigger.json", {"kind": "manual", "reason": "HR decision", "requested_by": "hr:wang"}),
    (
        "signal.candidate_reply.json",
        {"intent": "reschedule", "slot": 1, "text": "改到周四下午", "message_id": "<r-1@mail.example.com>"},
    ),
    (
        "signal.training_completed.json",
        {"course_id": "crs-dl-frameworks", "assessment_score": 85, "completed_at": "2026-11-25T20:00:00+08:00"},
    ),
    ("signal.hr_decision.json", {"approved": True, "note": "ok", "by": "hr:wang"}),
    ("signal.report_viewed.json", {"by": "interviewer", "at": "2026-11-26T09:00:00+08:00"}),
    ("signal.cancel.json", {"reason": "position filled", "by": "hr:wang"}),
    (
        "update.submit_result.json",
        {
            "dimension_scores": {"complaint_handling": 85, "communication": 80},
            "comments": "...",
            "submitted_by": "interviewer:li",
        },
    ),
    (
        "query.status.json",
        {
            "stage": "awaiting_confirmation",
            "outcome": None,
            "timeline": [{"at": "2026-11-25T10:00:00+08:00", "event": "invitation sent"}],
            "next_deadline": "2026-11-26T10:00:00+08:00",
        },
    ),
    (
        "query.report.json",
        {
            "overall_before": 70,
            "overall_after": 80,
            "threshold": 75,
            "dimensions": [{"code": "complaint_handling", "before": 60, "after": 85}],
            "recommendation": "recommend_hire",
        },
    ),
    ("query.report.json", None),
    (
        "workflow.RequirementChangeWorkflow.input.json",
        {
            "job_id": "job-ops-junior",
            "change_id": "chg-ops-mid",
            "add_dimensions": {"data_analysis": 0.2},
            "level": "mid",
        },
    ),
    (
        "archive.import.json",
        {"jobs": [{"job_id": "job-x", "title": "X", "pass_threshold": 70, "weights": {"a": 0.5, "b": 0.5}}]},
    ),
]


@pytest.mark.parametrize(("file", "payload"), CONTRACT_EXAMPLES)
def test_contract_examples_validate(file: str, payload: Any) -> None:
    errors = [e.message for e in validator(file).iter_errors(payload)]
    assert not errors, errors


BROKEN: list[tuple[str, Any, str]] = [
    ("workflow.ReinterviewWorkflow.input.json", {"job_id": "job-x"}, "candidate_id"),
    ("signal.candidate_reply.json", {"intent": "maybe"}, "maybe"),
    ("update.submit_result.json", {"dimension_scores": {"x": "high"}}, "high"),
    ("signal.report_viewed.json", {"by": "candidate"}, "candidate"),
    ("signal.training_completed.json", {"course_id": "c", "assessment_score": 101}, "101"),
    (
        "workflow.RequirementChangeWorkflow.input.json",
        {"job_id": "j", "change_id": "c", "add_dimensions": {"data_analysis": 1.2}},
        "1.2",
    ),
    (
        "workflow.RequirementChangeWorkflow.input.json",
        {"job_id": "j", "change_id": "c", "add_dimensions": {}},
        "add_dimensions",
    ),
]


@pytest.mark.parametrize(("file", "payload", "named"), BROKEN)
def test_broken_payloads_are_refused_with_the_field_named(file: str, payload: Any, named: str) -> None:
    errors = list(validator(file).iter_errors(payload))
    assert errors and any(named in e.message or named in ".".join(map(str, e.path)) for e in errors), errors


TRIGGERS: list[dict[str, Any]] = [
    {"kind": "ai_result"},
    {"kind": "ai_result", "interview": None},
    {"kind": "ai_result", "interview": {"interview_id": "ai-1"}},
    {"kind": "requirement_change", "change_id": "c"},
    {"kind": "requirement_change", "added_dimensions": []},
    {"kind": "requirement_change", "added_dimensions": ["data_analysis"]},
    {"kind": "candidate_request"},
    {"kind": "candidate_request", "reason": "   "},
    {"kind": "candidate_request", "reason": "想再试一次"},
    {"kind": "manual", "reason": None},
    {"kind": "manual", "reason": "HR decision"},
    {"kind": "sometimes", "reason": "x"},
]


@pytest.mark.parametrize("payload", TRIGGERS)
def test_trigger_schema_agrees_with_the_workflow(payload: dict[str, Any]) -> None:
    """A backend that validates against the schema sends exactly the triggers the workflow will use."""
    try:
        usable = not TriggerSignal.model_validate(payload).problems()
    except ValidationError:
        usable = False
    assert validator("signal.trigger.json").is_valid(payload) == usable
