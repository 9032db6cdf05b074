"""The baseline the engine-overhead benchmark compares against: the same Temporal shape, doing nothing.

`NoopReinterviewWorkflow` is started by signal-with-start (`trigger`), runs `segments[i]` no-op activities
(same timeout and retry policy as the real workflow), then waits — on a timer, like the real workflow's reply
and interview waits — for the i-th contract call: the `candidate_reply` signal, then the `submit_result`
update, which returns once the run has finished, as the real one does. The segments are counted from a real
ReinterviewWorkflow history in the same benchmark run.

The "shaped" variant also copies what the real workflow asks of the engine beyond counts: each activity's
input and result carry as many bytes as the real one's, and the run upserts search attributes as often.
The difference between the plain and the shaped baseline is the engine's work our payloads and search
attributes cause; the rest of the gap to the real workflow is our worker code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pydantic import BaseModel, Field
from temporalio import activity, workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from service.names import SA_STAGE

RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(minutes=1)
)


class NoopPlan(BaseModel):
    segments: list[int]
    wait_s: float = 3600
    # Set ReinterviewStage = awaiting_confirmation at the first wait, so a benchmark can count parked runs.
    mark_parked: bool = False
    # The shaped baseline: (input bytes, result bytes) per activity in order, and search-attribute upserts.
    payloads: list[tuple[int, int]] = Field(default_factory=list)
    upserts: int = 0


class NoopCall(BaseModel):
    step: str
    padding: str = ""
    result_bytes: int = 0


@activity.defn(name="bench_noop")
async def noop(call: NoopCall) -> str:
    """Does nothing (no side effect): the cost of one activity round trip through the engine."""
    return "r" * call.result_bytes


@workflow.defn(name="NoopReinterviewWorkflow")
class NoopReinterviewWorkflow:
    """Activities, timers, a signal and an update shaped like one re-interview, with no work in them."""

    def __init__(self) -> None:
        self._calls = 0
        self._triggered = False
        self._done = False

    @workflow.run
    async def run(self, plan: NoopPlan) -> int:
        await workflow.wait_condition(lambda: self._triggered)
        activities = 0
        total = sum(plan.segments)
        # Spread the upserts over the run, as the real workflow's stage changes are.
        upsert_before = [round(k * total / plan.upserts) for k in range(plan.upserts)] if plan.upserts else []
        for index, count in enumerate(plan.segments):
            for n in range(count):
                for k in [k for k, at in enumerate(upsert_before) if at == activities]:
                    workflow.upsert_search_attributes([SA_STAGE.value_set(f"noop-{k}")])
                size_in, size_out = plan.payloads[activities] if activities < len(plan.payloads) else (0, 0)
                call = NoopCall(step=f"{index}.{n}", padding="p" * size_in, result_bytes=size_out)
                await workflow.execute_activity(
                    noop, call, start_to_close_timeout=timedelta(seconds=30), retry_policy=RETRY
                )
                activities += 1
            if index < len(plan.segments) - 1:
                if index == 0 and plan.mark_parked:
                    workflow.upsert_search_attributes([SA_STAGE.value_set("awaiting_confirmation")])
                await workflow.wait_condition(self._called_more_than(index), timeout=timedelta(seconds=plan.wait_s))
        self._done = True
        await workflow.wait_condition(workflow.all_handlers_finished)
        return activities

    def _called_more_than(self, times: int) -> Callable[[], bool]:
        return lambda: self._calls > times

    @workflow.query
    def status(self) -> dict:
        return {"stage": "completed" if self._done else f"waiting-{self._calls}"}

    @workflow.signal
    def trigger(self, _: dict) -> None:
        self._triggered = True

    @workflow.signal
    def candidate_reply(self, _: dict) -> None:
        self._calls += 1

    @workflow.update
    async def submit_result(self, _: dict) -> dict:
        self._calls += 1
        await workflow.wait_condition(lambda: self._done)
        return {"accepted": True}
