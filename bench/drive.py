"""Driving re-interviews from the outside, the way the people in them would, for the workflow benchmarks.

A run is driven by watching its history (a long poll on the server; the worker is not involved): whenever the
workflow starts a timer — it is parked waiting for someone — the driver asks it where it is (status query)
and acts. For the full re-interview path that is the candidate's reply (signal) while it waits for one, and
the interviewer's result (update) once the interview is booked.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle

from bench.dataset import Sizes, candidate_id, job_dimensions, job_of
from schemas.contract import CandidateReply, Policy, Stage, SubmitResult, TriggerSignal
from service import reinterviews

Action = Callable[[WorkflowHandle[Any, Any], int, int], Coroutine[Any, Any, Any]]

# Timers short enough that a missed step ends a run in minutes, long enough never to fire while the driver
# reacts (so every run takes the same path): reply waits 10 min each, interview 1 h ahead, reminder 1 min before.
FULL_PATH_POLICY = Policy(
    reply_reminder_after_s=600,
    escalate_after_s=600,
    expire_after_s=600,
    min_lead_time_s=3600,
    interview_reminder_before_s=60,
    result_first_reminder_after_s=600,
    result_reminder_every_s=600,
    result_escalate_after_s=1200,
    result_no_show_after_s=1800,
    hr_decision_timeout_s=600,
)


def low_score(i: int, sizes: Sizes, tag: str) -> TriggerSignal:
    """An AI result below the job's bar (75) with a gap in every weighted dimension."""
    job = i % sizes.jobs
    return TriggerSignal.model_validate(
        {
            "kind": "ai_result",
            "interview": {
                "interview_id": f"bench-{tag}-{i}",
                "completed": True,
                "overall_score": 61,
                "dimension_scores": {d: 58 + n for n, d in enumerate(job_dimensions(job, sizes))},
            },
        }
    )


def full_path_start(
    client: Client, task_queue: str, sizes: Sizes, tag: str, policy: Policy = FULL_PATH_POLICY
) -> Callable[[int], Awaitable[WorkflowHandle[Any, Any]]]:
    async def start(i: int) -> WorkflowHandle[Any, Any]:
        return await reinterviews.trigger(
            client, task_queue, candidate_id(i), job_of(i, sizes), low_score(i, sizes, tag), policy
        )

    return start


def full_path_actions(sizes: Sizes) -> Action:
    """At each wait, ask the run where it is (status query) and act: confirm the first offered time when it
    waits for a reply (again if the time was taken meanwhile), submit a passing result once it is scheduled."""

    async def act(handle: WorkflowHandle[Any, Any], i: int, timer: int) -> Any:
        stage = (await reinterviews.status(handle)).stage
        if stage == Stage.AWAITING_CONFIRMATION:
            await reinterviews.reply(
                handle, CandidateReply(intent="confirm", slot=1, message_id=f"<bench-{i}-{timer}@x>")
            )
        elif stage == Stage.SCHEDULED:
            dims = job_dimensions(i % sizes.jobs, sizes)
            return await reinterviews.submit_result(
                handle, SubmitResult(dimension_scores=dict.fromkeys(dims, 86), submitted_by="interviewer:bench")
            )
        return None

    return act


@dataclass
class RunStats:
    latencies: list[float] = field(default_factory=list)
    timers: Counter[int] = field(default_factory=Counter)
    results: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


async def drive_one(handle: WorkflowHandle[Any, Any], i: int, act: Action) -> tuple[Any, int]:
    """Call `act` each time the run starts a timer (it is parked waiting); return (its result, timers)."""
    timers = 0
    pending: list[asyncio.Task[Any]] = []
    async for event in handle.fetch_history_events(wait_new_event=True):
        if event.event_type == EventType.EVENT_TYPE_TIMER_STARTED:
            pending.append(asyncio.create_task(act(handle, i, timers)))
            timers += 1
    await asyncio.gather(*pending)
    return await handle.result(), timers


async def drive_many(
    count: int,
    start: Callable[[int], Awaitable[WorkflowHandle[Any, Any]]],
    act: Action,
    outcome: Callable[[Any], str],
    *,
    concurrency: int,
    first: int = 0,
    timeout: float = 300,
) -> tuple[float, RunStats]:
    """Drive runs first..first+count-1 with at most `concurrency` in flight; (wall seconds, stats).

    A run not finished `timeout` seconds after its start counts as a failure."""
    stats = RunStats()
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            started = time.perf_counter()
            try:
                handle = await start(i)
                result, timers = await asyncio.wait_for(drive_one(handle, i, act), timeout)
                stats.results[outcome(result)] += 1
                stats.timers[timers] += 1
            except Exception as exc:  # a benchmark reports failures instead of stopping at the first
                stats.failures.append(f"run {i}: {type(exc).__name__}: {exc}")
                return
            stats.latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(first, first + count)))
    return time.perf_counter() - began, stats


@dataclass
class HistoryShape:
    counts: Counter[str]
    segments: list[int]  # activities before the first timer, between timers, after the last
    size: int  # bytes of the whole history
    by_activity: Counter[str]  # payload bytes (input + result) by activity type
    payloads: list[tuple[int, int]]  # (input, result) payload bytes of each activity, in order


async def history_shape(handle: WorkflowHandle[Any, Any]) -> HistoryShape:
    """What a closed run asked of the engine: events, waits, and payload sizes."""
    counts: Counter[str] = Counter()
    segments = [0]
    size = 0
    by_activity: Counter[str] = Counter()
    payloads: list[list[int]] = []
    activity_of: dict[int, tuple[str, int]] = {}
    async for event in handle.fetch_history_events():
        name = EventType.Name(event.event_type).removeprefix("EVENT_TYPE_")
        counts[name] += 1
        size += event.ByteSize()
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            segments[-1] += 1
            scheduled = event.activity_task_scheduled_event_attributes
            activity_of[event.event_id] = (scheduled.activity_type.name, len(payloads))
            by_activity[scheduled.activity_type.name] += scheduled.input.ByteSize()
            payloads.append([scheduled.input.ByteSize(), 0])
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
            completed = event.activity_task_completed_event_attributes
            name, index = activity_of[completed.scheduled_event_id]
            by_activity[name] += completed.result.ByteSize()
            payloads[index][1] = completed.result.ByteSize()
        elif event.event_type == EventType.EVENT_TYPE_TIMER_STARTED:
            segments.append(0)
    return HistoryShape(counts, segments, size, by_activity, [(a, b) for a, b in payloads])
