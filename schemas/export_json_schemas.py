"""Write a JSON Schema for every payload of the public contract into schemas/json/, from the pydantic models.

    python -m schemas.export_json_schemas          # regenerate schemas/json/
    python -m schemas.export_json_schemas --check  # exit 1 when schemas/json/ is out of date

Backends in other languages validate what they send (`trigger` signals, replies, the `submit_result` update, the
workflow inputs, archive import files) and what they read back (`status`, `report`, `progress`) against these files.
tests/schemas/test_json_schemas.py regenerates them and fails when the committed copies differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from schemas.archive import ArchiveImport
from schemas.contract import (
    CancelRequest,
    CandidateReply,
    FeedbackReport,
    HrAction,
    HrDecision,
    InterviewerReply,
    NoShowReport,
    ReinterviewInput,
    ReplyChoices,
    ReportViewed,
    StatusView,
    SubmitResult,
    SubmitResultAck,
    TrainingCompleted,
    TriggerSignal,
)
from schemas.requirement_change import RequirementChangeInput, RequirementChangeProgress

JSON_DIR = Path(__file__).resolve().parent / "json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Payload:
    """One contract payload: its file name, model, and whether systems send it (validation) or read it."""

    file: str
    model: type[BaseModel]
    mode: Literal["validation", "serialization"]
    description: str
    nullable: bool = False


PAYLOADS: tuple[Payload, ...] = (
    Payload(
        "workflow.ReinterviewWorkflow.input.json",
        ReinterviewInput,
        "validation",
        "Input of ReinterviewWorkflow (signal-with-start, id `reinterview-{job_id}-{candidate_id}`).",
    ),
    Payload(
        "signal.trigger.json",
        TriggerSignal,
        "validation",
        "Signal `trigger`: starts a re-interview by signal-with-start, or is merged into the running one.",
    ),
    Payload(
        "signal.candidate_reply.json",
        CandidateReply,
        "validation",
        "Signal `candidate_reply`: the candidate's answer to an invitation.",
    ),
    Payload(
        "signal.training_completed.json",
        TrainingCompleted,
        "validation",
        "Signal `training_completed`: the LMS reports a finished course and its assessment score.",
    ),
    Payload(
        "signal.hr_decision.json",
        HrDecision,
        "validation",
        "Signal `hr_decision`: HR approves or rejects a candidate's own request.",
    ),
    Payload(
        "signal.report_viewed.json",
        ReportViewed,
        "validation",
        "Signal `report_viewed`: the interviewer or HR opened the analysis report.",
    ),
    Payload(
        "signal.hr_action.json",
        HrAction,
        "validation",
        "Signal `hr_action`: HR extends the current wait's deadline or takes the re-interview over.",
    ),
    Payload(
        "signal.interviewer_reply.json",
        InterviewerReply,
        "validation",
        "Signal `interviewer_reply`: an interviewer's calendar answer (accepted, declined, counter).",
    ),
    Payload("signal.cancel.json", CancelRequest, "validation", "Signal `cancel`: HR cancels the re-interview."),
    Payload(
        "signal.no_show.json",
        NoShowReport,
        "validation",
        "Signal `no_show`: the interviewer reports the candidate did not attend.",
    ),
    Payload(
        "update.submit_result.json",
        SubmitResult,
        "validation",
        "Update `submit_result`: per-dimension scores (0–100) from the interviewer or the AI platform.",
    ),
    Payload(
        "update.submit_result.result.json",
        SubmitResultAck,
        "serialization",
        "What the `submit_result` update returns once the re-interview has its outcome.",
    ),
    Payload(
        "query.status.json",
        StatusView,
        "serialization",
        "Query `status`: stage, outcome, timeline and the next deadline.",
    ),
    Payload(
        "query.choices.json",
        ReplyChoices,
        "serialization",
        "Query `choices`: what the candidate can choose now (the current offer's times, the booked one, how the "
        "last reply from an email or calendar was read, a pending decline's close).",
    ),
    Payload(
        "query.report.json",
        FeedbackReport,
        "serialization",
        "Query `report`: the feedback report, or null before it exists.",
        nullable=True,
    ),
    Payload(
        "archive.import.json", ArchiveImport, "validation", "An archive import file (`starter.py import FILE.json`)."
    ),
    Payload(
        "workflow.RequirementChangeWorkflow.input.json",
        RequirementChangeInput,
        "validation",
        "Input of RequirementChangeWorkflow (id `requirement-change-{job_id}-{change_id}`).",
    ),
    Payload(
        "query.progress.json",
        RequirementChangeProgress,
        "serialization",
        "Query `progress` of RequirementChangeWorkflow, also its result.",
    ),
)


def _kind_rule(kind: str, then: dict[str, Any]) -> dict[str, Any]:
    return {"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": then}


_NON_BLANK = {"type": "string", "pattern": "\\S"}

# What TriggerSignal.problems() checks beyond the field types, as JSON Schema conditions on `kind`.
TRIGGER_RULES: list[dict[str, Any]] = [
    _kind_rule("ai_result", {"required": ["interview"], "properties": {"interview": {"type": "object"}}}),
    _kind_rule(
        "requirement_change",
        {"required": ["added_dimensions"], "properties": {"added_dimensions": {"type": "array", "minItems": 1}}},
    ),
    _kind_rule("candidate_request", {"required": ["reason"], "properties": {"reason": _NON_BLANK}}),
    # `manual`: the reason is optional (CONTRACT).
]


def schema_for(payload: Payload) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one payload."""
    body = payload.model.model_json_schema(mode=payload.mode)
    if payload.model is TriggerSignal:
        body["allOf"] = TRIGGER_RULES
    defs = body.pop("$defs", None)
    if payload.nullable:
        body = {"anyOf": [body, {"type": "null"}]}
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "title": payload.file.removesuffix(".json"),
        "description": payload.description,
        **body,
    }
    if defs:
        schema["$defs"] = defs
    return schema


def render(schema: dict[str, Any]) -> str:
    """Stable text: sorted keys, two-space indent, UTF-8, trailing newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def generate() -> dict[str, str]:
    """File name → text of every schema."""
    return {payload.file: render(schema_for(payload)) for payload in PAYLOADS}


def stale(directory: Path = JSON_DIR) -> list[str]:
    """Files in `directory` that differ from the models, are missing, or belong to no payload."""
    expected = generate()
    present = {p.name for p in directory.glob("*.json")} if directory.exists() else set()
    differ = [
        name
        for name, text in expected.items()
        if name not in present or (directory / name).read_text(encoding="utf-8") != text
    ]
    return sorted(differ + sorted(present - expected.keys()))


def write(directory: Path = JSON_DIR) -> list[str]:
    """Regenerate `directory` (removing schemas of payloads that no longer exist); return the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    expected = generate()
    for old in directory.glob("*.json"):
        if old.name not in expected:
            old.unlink()
    for name, text in expected.items():
        (directory / name).write_text(text, encoding="utf-8")
    return sorted(expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report whether schemas/json/ is up to date")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale()
        for name in out_of_date:
            print(f"schemas/json/{name} is out of date: run python -m schemas.export_json_schemas", file=sys.stderr)
        return 1 if out_of_date else 0
    for name in write():
        print(f"wrote schemas/json/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
