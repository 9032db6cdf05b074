"""ReinterviewWorkflow with one change, the kind a developer might make: the HR "check the reply" to-do is
created *before* the first invitation instead of after it.

`HrTodoFirstWorkflow` makes the change naively; replaying a recorded history against it must fail with a
nondeterminism error (that is what proves the replay tests can fail). `HrTodoFirstPatchedWorkflow` makes the
same change behind `workflow.patched`, as docs/RELIABILITY.md describes: old histories still replay, new runs
take the new order.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from activities.reinterview import ReinterviewActivities
    from schemas.activities import RunStageInput
    from schemas.contract import StatusView
    from workflows.reinterview import ReinterviewWorkflow

TODO_FIRST_PATCH = "hr-todo-before-invitation"
_CHECK_REPLY = ("check_reply", "check_reply", "Check the candidate's reply to the invitation")


class _TodoFirst(ReinterviewWorkflow):
    """Moves the first round's check-reply to-do in front of the invitation when `_todo_first()` says so."""

    _moved = False

    def _todo_first(self) -> bool:
        raise NotImplementedError

    async def _email(self, step: str, *args: Any, **kwargs: Any) -> None:
        if step == "invitation-1" and self._todo_first():
            self._moved = True
            await super()._todo(*_CHECK_REPLY)
        await super()._email(step, *args, **kwargs)

    async def _todo(self, key: str, *args: Any, **kwargs: Any) -> None:
        if key == "check_reply" and self._moved:
            return  # already created before the invitation
        await super()._todo(key, *args, **kwargs)


@workflow.defn(name="ReinterviewWorkflow")
class HrTodoFirstWorkflow(_TodoFirst):
    """The to-do before the invitation, unconditionally: breaks every run that has already sent an invitation."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    def _todo_first(self) -> bool:
        return True


@workflow.defn(name="ReinterviewWorkflow")
class HrTodoFirstPatchedWorkflow(_TodoFirst):
    """The same change behind `workflow.patched`: runs recorded without the patch keep their old order."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    def _todo_first(self) -> bool:
        return workflow.patched(TODO_FIRST_PATCH)


@workflow.defn(name="ReinterviewWorkflow")
class FailureUnrecordedWorkflow(ReinterviewWorkflow):
    """ReinterviewWorkflow as it was before a failed run closed its row (the `record-run-failure` patch): a
    permanent activity error failed the run and nothing else happened. It records the history of that older
    order (`record.py failed_no_free_time_before_compensation`), which today's workflow must still replay."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    async def _record_failure(self, failure: ActivityError) -> None:
        return None


@workflow.defn(name="ReinterviewWorkflow")
class FailureRecordedUnpatchedWorkflow(ReinterviewWorkflow):
    """The same compensation *without* `workflow.patched`: replaying a run that failed before it existed fails."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    async def _record_failure(self, failure: ActivityError) -> None:
        await self._act(
            ReinterviewActivities.record_run_stage,
            RunStageInput(
                run=self._run, trigger_kind=self._kind, stage=self._stage, at=workflow.now(), failure=str(failure)
            ),
        )
