"""Requirement-change activities (R-T3): record the job's next version, page through its active candidates and
signal-with-start their re-interviews, each candidate once per change however often a page is retried or re-run.
"""

from __future__ import annotations

import asyncio
from typing import Any

from temporalio import activity
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode

from db.repositories.jobs import JobChangeRefused, JobRepository, Settlement
from schemas.contract import TriggerSignal
from schemas.requirement_change import (
    ActivePage,
    ActivePageInput,
    CandidateFailure,
    JobVersion,
    RecordChangeInput,
    StartReinterviewsInput,
    StartReinterviewsResult,
)
from service import reinterviews
from service.metrics import ServiceMetrics
from service.names import reinterview_workflow_id

# Ledger statuses that mean the change has reached the candidate for good: a run it started (or the follow-up run
# it led to), or what the running run said it did with it. `merged` (delivered, not yet confirmed by the run) and
# `follow_up_scheduled` (the follow-up has not begun: the run may still be cancelled) are sent again on a re-run.
DONE = ("started", "dimensions_added", "already_assessed")


class RequirementChangeActivities:
    """Activities of RequirementChangeWorkflow; built once in worker.py with the worker's client."""

    def __init__(self, client: Client, jobs: JobRepository, metrics: ServiceMetrics | None = None) -> None:
        self._client = client
        self._jobs = jobs
        self._metrics = metrics

    @activity.defn
    async def record_job_version(self, input: RecordChangeInput) -> JobVersion:
        """Write the job's next version (weights renormalised) once per change id; return the recorded version."""
        try:
            return await self._jobs.record_change(input.job_id, input.change_id, input.add_dimensions, input.level)
        except LookupError as exc:
            raise ApplicationError(str(exc), type="UnknownJob", non_retryable=True) from exc
        except JobChangeRefused as exc:
            raise ApplicationError(str(exc), type="JobChangeRefused", non_retryable=True) from exc

    @activity.defn
    async def count_active_candidates(self, job_id: str) -> int:
        """Count the job's active candidates (read only)."""
        return await self._jobs.count_active_candidates(job_id)

    @activity.defn
    async def list_active_candidates(self, input: ActivePageInput) -> ActivePage:
        """Read one keyset page of the job's active candidates (read only)."""
        ids = await self._jobs.active_candidates(input.job_id, input.after, input.limit)
        return ActivePage(candidate_ids=ids, last=len(ids) < input.limit)

    @activity.defn
    async def start_reinterviews(self, input: StartReinterviewsInput) -> StartReinterviewsResult:
        """Signal-with-start each candidate's ReinterviewWorkflow with a `requirement_change` trigger, once each."""
        claims = await self._jobs.claim_targets(input.job_id, input.change_id, input.job_version, input.candidate_ids)
        signal = TriggerSignal(
            kind="requirement_change", change_id=input.change_id, added_dimensions=input.added_dimensions
        )
        task_queue = input.task_queue or activity.info().task_queue
        result = StartReinterviewsResult()
        settled: list[Settlement] = []
        gate = asyncio.Semaphore(input.concurrency)
        done = 0

        async def reach(candidate_id: str) -> None:
            nonlocal done
            status, fresh, settled_by = claims[candidate_id]
            async with gate:
                outcome, settlement = await self._reach(
                    input, signal, task_queue, candidate_id, status, fresh, settled_by
                )
            if settlement is not None:
                settled.append(settlement)
            if isinstance(outcome, CandidateFailure):
                result.failures.append(outcome)
            elif outcome == "started":
                result.started += 1
            elif outcome == "merged":
                result.merged += 1
            else:
                result.already_done += 1
            if self._metrics is not None:
                self._metrics.requirement_change_candidate(
                    "failed" if isinstance(outcome, CandidateFailure) else outcome
                )
            done += 1
            activity.heartbeat(done)

        try:
            # A failure cancels the page's other starts; the retried page resumes from the ledger.
            async with asyncio.TaskGroup() as group:
                for candidate_id in input.candidate_ids:
                    group.create_task(reach(candidate_id))
        except BaseExceptionGroup as failures:
            raise failures.exceptions[0] from None
        finally:
            # The page's ledger rows in one statement, also those reached before a failure: a retry then skips them.
            await asyncio.shield(self._jobs.settle_targets(input.job_id, input.change_id, input.batch_run_id, settled))
        result.failures.sort(key=lambda f: f.candidate_id)
        return result

    async def _reach(
        self,
        input: StartReinterviewsInput,
        signal: TriggerSignal,
        task_queue: str,
        candidate_id: str,
        status: str,
        fresh: bool,
        settled_by: str | None,
    ) -> tuple[str | CandidateFailure, Settlement | None]:
        """`started`, `merged` or `already_done` for one candidate, or why it failed; and its ledger row to settle."""
        if status in DONE:
            # Settled by this batch means an earlier attempt of this page did it; otherwise an earlier batch did.
            # `merged` (the signal reached a running run that has not confirmed what it did) is sent again: the run
            # de-duplicates the change by its id and writes what it did (dimensions added, follow-up scheduled).
            if settled_by != input.batch_run_id:
                return "already_done", None
            return ("started" if status == "started" else "merged"), None
        try:
            workflow_id = reinterview_workflow_id(input.job_id, candidate_id)
        except ValueError as exc:
            return (
                CandidateFailure(candidate_id=candidate_id, reason=str(exc)),
                Settlement(candidate_id, "failed", detail=str(exc)),
            )
        if status == "pending" and not fresh:
            # An earlier attempt claimed this candidate and may have started the run before it stopped.
            run_id = await self._latest_run_started_by(workflow_id, input.change_id)
            if run_id is not None:
                return "started", Settlement(candidate_id, "started", run_id=run_id)
        try:
            handle = await reinterviews.trigger(
                self._client, task_queue, candidate_id, input.job_id, signal, input.policy
            )
        except reinterviews.TriggerRejected as exc:
            return (
                CandidateFailure(candidate_id=candidate_id, reason=str(exc)),
                Settlement(candidate_id, "failed", detail=str(exc)),
            )
        # Servers that say so report a started run's id as its first run id; otherwise the run's history tells
        # whether its first trigger is ours (started by this change) or an earlier one (ours was merged into it).
        started = handle.first_execution_run_id is not None or await self._first_trigger_is(
            self._client.get_workflow_handle(workflow_id, run_id=handle.result_run_id), input.change_id
        )
        outcome = "started" if started else "merged"
        return outcome, Settlement(candidate_id, outcome, run_id=handle.result_run_id)

    async def _latest_run_started_by(self, workflow_id: str, change_id: str) -> str | None:
        """The latest run's id when this change started it, else None (also when there is no run)."""
        handle = self._client.get_workflow_handle(workflow_id)
        try:
            if await self._first_trigger_is(handle, change_id):
                return (await handle.describe()).run_id
        except RPCError as exc:
            if exc.status != RPCStatusCode.NOT_FOUND:
                raise
        return None

    async def _first_trigger_is(self, handle: WorkflowHandle[Any, Any], change_id: str) -> bool:
        """Whether the run's first `trigger` signal (signal-with-start's) is this requirement change."""
        async for event in handle.fetch_history_events():
            if event.event_type != EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
                continue
            attributes = event.workflow_execution_signaled_event_attributes
            if attributes.signal_name != "trigger":
                continue
            [first] = await self._client.data_converter.decode(list(attributes.input.payloads), [TriggerSignal])
            return bool(first.kind == "requirement_change" and first.change_id == change_id)
        return False
