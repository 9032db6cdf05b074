"""ReinterviewWorkflow with one change, the kind a developer might make: fresh times are looked up once more
(`propose_slots`) just before the first invitation goes out.

`ProposeFirstWorkflow` makes the change naively; replaying a recorded history against it must fail with a
nondeterminism error (that is what proves the replay tests can fail). `ProposeFirstPatchedWorkflow` makes the
same change behind `workflow.patched`, as docs/RELIABILITY.md describes for a change within one deployment
version: old histories still replay, new runs take the new order.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from policy.notices import Step
    from schemas.activities import NoticeFacts, NotifyResult
    from schemas.contract import StatusView
    from workflows.reinterview import ReinterviewWorkflow

PROPOSE_FIRST_PATCH = "propose-before-invitation"


class _ProposeFirst(ReinterviewWorkflow):
    """Looks up fresh times before the first invitation when `_propose_first()` says so (and offers them)."""

    def _propose_first(self) -> bool:
        raise NotImplementedError

    async def _notify(self, step: Step, key: str, facts: NoticeFacts) -> NotifyResult:
        if step == Step.FIRST_INVITATION and self._propose_first():
            self.state.offered = await self._propose("")
            facts = facts.model_copy(update={"slots": self.state.offered})
        return await super()._notify(step, key, facts)


@workflow.defn(name="ReinterviewWorkflow")
class ProposeFirstWorkflow(_ProposeFirst):
    """The extra look-up, unconditionally: breaks every run that has already sent an invitation."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    def _propose_first(self) -> bool:
        return True


@workflow.defn(name="ReinterviewWorkflow")
class ProposeFirstPatchedWorkflow(_ProposeFirst):
    """The same change behind `workflow.patched`: runs recorded without the patch keep their old order."""

    @workflow.run
    async def run(self, input: Any) -> StatusView:
        return await super().run(input)

    def _propose_first(self) -> bool:
        return workflow.patched(PROPOSE_FIRST_PATCH)
