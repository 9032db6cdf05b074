"""A stand-in for ReinterviewWorkflow on the web side of the `choices` contract (tests/web, tests/browser).

The choose page talks to a run only through the query `choices` (ReplyChoices) and the signal `candidate_reply`;
this workflow answers the query with what the test set and records every signal, so the page's own behaviour is
tested against real Temporal without depending on the workflow's rules. That a real run answers `choices` and acts
on the signals is the workflow's test (tests/workflows) and the end-to-end test in tests/web/test_choose.py.
"""

from __future__ import annotations

from typing import Any

import asyncpg
from temporalio import workflow

from schemas.contract import CandidateReply, ReplyChoices


@workflow.defn(name="ChoicesProbe", sandboxed=False)
class ChoicesProbe:
    """Answers `choices` with the test's value (or fails it), records `candidate_reply`; ends on `finish`."""

    @workflow.init
    def __init__(self, choices: ReplyChoices) -> None:
        self._choices = choices
        self._replies: list[CandidateReply] = []
        self._broken = False
        self._misshapen = False
        self._finished = False

    @workflow.run
    async def run(self, choices: ReplyChoices) -> list[CandidateReply]:
        await workflow.wait_condition(lambda: self._finished)
        return self._replies

    @workflow.query
    def choices(self) -> Any:
        if self._broken:
            raise RuntimeError("the choices query fails on purpose")
        if self._misshapen:
            return {"open": "perhaps", "stage": "nowhere"}  # not a ReplyChoices (an older or foreign workflow)
        return self._choices

    @workflow.query
    def replies(self) -> list[CandidateReply]:
        return self._replies

    @workflow.signal
    def candidate_reply(self, reply: CandidateReply) -> None:
        self._replies.append(reply)

    @workflow.signal
    def set_choices(self, choices: ReplyChoices) -> None:
        self._choices = choices

    @workflow.signal
    def break_choices(self) -> None:
        self._broken = True

    @workflow.signal
    def misshape_choices(self) -> None:
        self._misshapen = True

    @workflow.signal
    def finish(self) -> None:
        self._finished = True


async def record_run(
    pool: asyncpg.Pool,
    workflow_id: str,
    run_id: str,
    candidate_id: str,
    job_id: str,
    stage: str,
    outcome: str | None = None,
) -> None:
    """The `reinterviews` row a real run's first activity writes (the page reads the candidate and the outcome)."""
    await pool.execute(
        """
        INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,
                                  started_at, updated_at)
        VALUES ($1, $2, $3, $4, 'low_score', $5, $6, now(), now())
        """,
        run_id,
        workflow_id,
        candidate_id,
        job_id,
        stage,
        outcome,
    )
