"""Temporal names other systems rely on: task queue, workflow ids, search attributes. Imported everywhere."""

from __future__ import annotations

import re

from temporalio.common import SearchAttributeKey

TASK_QUEUE = "reinterview"
WORKFLOW_TYPE = "ReinterviewWorkflow"

SA_JOB_ID = SearchAttributeKey.for_keyword("JobId")
SA_CANDIDATE_ID = SearchAttributeKey.for_keyword("CandidateId")
SA_TRIGGER_KIND = SearchAttributeKey.for_keyword("TriggerKind")
SA_STAGE = SearchAttributeKey.for_keyword("ReinterviewStage")
SA_OUTCOME = SearchAttributeKey.for_keyword("ReinterviewOutcome")
SA_INTERVIEW_AT = SearchAttributeKey.for_datetime("InterviewAt")

SEARCH_ATTRIBUTES = (SA_JOB_ID, SA_CANDIDATE_ID, SA_TRIGGER_KIND, SA_STAGE, SA_OUTCOME, SA_INTERVIEW_AT)

_OPAQUE_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,128}$")


def reinterview_workflow_id(job_id: str, candidate_id: str) -> str:
    """`reinterview-{job_id}-{candidate_id}`; ids are opaque keys, never names or emails."""
    for what, value in (("job_id", job_id), ("candidate_id", candidate_id)):
        if not _OPAQUE_ID.match(value) or "@" in value:
            raise ValueError(f"{what} {value!r} is not an opaque id (letters, digits, _ . : - only)")
    return f"reinterview-{job_id}-{candidate_id}"
