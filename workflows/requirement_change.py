"""RequirementChangeWorkflow (R-T3): one job change re-interviews every active candidate of the job.

Record the job's next version, then page through its active candidates and signal-with-start each one's
ReinterviewWorkflow with a `requirement_change` trigger, page k no earlier than k × `page_interval_s` after the
batch started (a rate of `page_size` per `page_interval_s`); continue as new every `pages_per_run` pages.
Running it again for the same change starts nobody twice (the activities keep a ledger per candidate), and a
trigger for a candidate whose re-interview is running is merged into it.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.requirement_change import RequirementChangeActivities
    from schemas.requirement_change import (
        ActivePage,
        ActivePageInput,
        JobVersion,
        RecordChangeInput,
        RequirementChangeInput,
        RequirementChangeProgress,
        StartReinterviewsInput,
        StartReinterviewsResult,
    )
    from service.names import SA_JOB_ID
    from workflows.calls import RETRY, call

WORKFLOW_TYPE = "RequirementChangeWorkflow"
MAX_FAILURES_KEPT = 100


def requirement_change_workflow_id(job_id: str, change_id: str) -> str:
    """`requirement-change-{job_id}-{change_id}`: one batch per change of a job."""
    return f"requirement-change-{job_id}-{change_id}"


@workflow.defn(name=WORKFLOW_TYPE)
class RequirementChangeWorkflow:
    """Fan a job's requirement change out to its active candidates' re-interviews; id from the job and change."""

    @workflow.init
    def __init__(self, input: RequirementChangeInput) -> None:
        self._input = input
        self._progress = input.resume or RequirementChangeProgress(
            job_id=input.job_id, change_id=input.change_id, added_dimensions=list(input.add_dimensions)
        )

    @workflow.run
    async def run(self, input: RequirementChangeInput) -> RequirementChangeProgress:
        progress = self._progress
        workflow.upsert_search_attributes([SA_JOB_ID.value_set(input.job_id)])
        if input.resume is None:
            progress.started_at = workflow.now()
            progress.batch_run_id = workflow.info().run_id
            version: JobVersion = await call(
                RequirementChangeActivities.record_job_version,
                RecordChangeInput(
                    job_id=input.job_id,
                    change_id=input.change_id,
                    add_dimensions=input.add_dimensions,
                    level=input.level,
                ),
                timeout_s=60,
            )
            progress.job_version = version.version
            progress.added_dimensions = list(version.added_dimensions)
            progress.weights = dict(version.job.weights)
            progress.total_active = await call(
                RequirementChangeActivities.count_active_candidates, input.job_id, timeout_s=60
            )
        await self._fan_out_paced(input)
        progress.done = True
        progress.finished_at = workflow.now()
        return progress

    async def _fan_out_paced(self, input: RequirementChangeInput) -> None:
        """Page k of the batch starts no earlier than started_at + k × page_interval_s: a true rate, so a slow page is
        followed by no extra wait. The next page is listed while the current one is being started."""
        progress = self._progress
        assert progress.started_at is not None
        pages_this_run = 0
        page: ActivePage = await self._list(progress.cursor)
        while True:
            due = progress.started_at + timedelta(seconds=input.page_interval_s * progress.pages)
            if due > workflow.now():
                await workflow.sleep(due - workflow.now())
            listing = None
            if not page.last and page.candidate_ids:
                listing = workflow.start_activity_method(
                    RequirementChangeActivities.list_active_candidates,
                    ActivePageInput(job_id=input.job_id, after=page.candidate_ids[-1], limit=input.page_size),
                    start_to_close_timeout=timedelta(seconds=60),
                    retry_policy=RETRY,
                )
            if page.candidate_ids:
                await self._start_page(page.candidate_ids)
            if listing is None:
                return
            page = await listing
            pages_this_run += 1
            if pages_this_run >= input.pages_per_run or workflow.info().is_continue_as_new_suggested():
                # The page just listed is listed again by the next run, from the cursor.
                progress.runs += 1
                workflow.continue_as_new(input.model_copy(update={"resume": progress}))

    async def _list(self, after: str | None) -> ActivePage:
        return await call(
            RequirementChangeActivities.list_active_candidates,
            ActivePageInput(job_id=self._input.job_id, after=after, limit=self._input.page_size),
            timeout_s=60,
        )

    async def _start_page(self, candidate_ids: list[str]) -> None:
        progress = self._progress
        assert progress.job_version is not None and progress.batch_run_id is not None
        result: StartReinterviewsResult = await call(
            RequirementChangeActivities.start_reinterviews,
            StartReinterviewsInput(
                job_id=self._input.job_id,
                change_id=self._input.change_id,
                batch_run_id=progress.batch_run_id,
                job_version=progress.job_version,
                added_dimensions=progress.added_dimensions,
                candidate_ids=candidate_ids,
                policy=self._input.policy,
                task_queue=self._input.reinterview_task_queue,
                concurrency=self._input.concurrency,
            ),
            timeout_s=600,
            heartbeat_s=30,
        )
        progress.pages += 1
        progress.cursor = candidate_ids[-1]
        progress.processed += len(candidate_ids)
        progress.started += result.started
        progress.merged += result.merged
        progress.already_done += result.already_done
        progress.failed += len(result.failures)
        room = MAX_FAILURES_KEPT - len(progress.failures)
        progress.failures.extend(result.failures[: max(room, 0)])

    @workflow.query
    def progress(self) -> RequirementChangeProgress:
        return self._progress
