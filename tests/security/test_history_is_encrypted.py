"""R-N3: a re-interview's history, read straight from Temporal without the codec, holds no personal data.

A real run (signal-with-start, reply signal, result update, report, completion) through the real worker and
activities on the time-skipping server; the history is then fetched by a client with the plain converter and
every byte of every event is searched, and every payload checked to be AES-GCM ciphertext.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from temporalio.client import WorkflowHandle
from temporalio.common import WorkflowIDConflictPolicy
from temporalio.converter import DataConverter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer

from codec.aesgcm import ENCODING, KEY_ID_METADATA, AesGcmCodec
from schemas.contract import (
    CancelRequest,
    CandidateReply,
    ReinterviewInput,
    StatusView,
    SubmitResult,
    TriggerSignal,
)
from service import reinterviews
from service.names import SEARCH_ATTRIBUTES, WORKFLOW_TYPE, reinterview_workflow_id
from service.temporal_client import data_converter
from tests.codec.keysets import key_ids
from tests.polling import until_stage, until_true
from tests.security.conftest import client_on
from tests.security.payloads import event_kind, failures_in, payloads_in
from tests.workflows.conftest import Harness
from worker import build_worker
from workflows.reinterview import ReinterviewWorkflow

TRANSCRIPT = "面试记录：候选人说遇到投诉时先道歉再查询订单"
COMMENTS = "候选人王五这次处理投诉很冷静"
REPLY = "我是王五，确认第二个时间，电话13800138000"


def needles(harness: Harness) -> dict[str, list[bytes]]:
    """What must never be readable: each as UTF-8 and as the \\uXXXX escapes some JSON encoders write."""
    candidate = harness.data.candidates[0]
    words = {
        "candidate name": candidate.name,
        "candidate email": harness.candidate_email,
        "interviewer name": harness.data.interviewers[0].name,
        "interviewer email": harness.interviewer_email,
        "transcript": TRANSCRIPT,
        "interviewer comments": COMMENTS,
        "phone": "13800138000",
        "score field overall_score": "overall_score",
        "score field dimension_scores": "dimension_scores",
        "report field overall_after": "overall_after",
    }
    return {
        what: [
            text.encode(),
            text.encode("ascii", "backslashreplace").replace(b"\\u", b"\\\\u"),
            text.encode("unicode_escape"),
        ]
        for what, text in words.items()
    }


def is_patch_marker(event: Any) -> bool:
    return event.HasField("marker_recorded_event_attributes") and (
        event.marker_recorded_event_attributes.marker_name == "core_patch"
    )


async def end_run(handle: WorkflowHandle[Any, Any]) -> None:
    """Cancel the run and wait for its end: an open run would hold the shared time-skipping server's clock."""
    await reinterviews.cancel(handle, CancelRequest(reason="test over", by="hr:t"))
    final = StatusView.model_validate(await handle.result())
    assert final.outcome is not None and final.outcome.value == "cancelled"


async def run_a_reinterview(harness: Harness) -> WorkflowHandle[Any, Any]:
    """Trigger (with a transcript and a memo), confirm, submit a result, finish; returns the handle."""
    ids = harness.ids
    trigger = {
        "kind": "ai_result",
        "interview": {
            "interview_id": f"ai-sec-{ids['candidate']}",
            "completed": True,
            "overall_score": 71,
            "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
            "media": {"transcript": TRANSCRIPT},
        },
    }
    handle = await harness.client.start_workflow(
        WORKFLOW_TYPE,
        ReinterviewInput(candidate_id=ids["candidate"], job_id=ids["job"]),
        id=reinterview_workflow_id(ids["job"], ids["candidate"]),
        task_queue=harness.task_queue,
        start_signal="trigger",
        start_signal_args=[trigger],
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        static_summary=reinterviews.static_summary(ids["job"], ids["candidate"], TriggerSignal.model_validate(trigger)),
        static_details=reinterviews.static_details(TriggerSignal.model_validate(trigger)),
        memo={"contact": {"name": harness.data.candidates[0].name, "email": harness.candidate_email}},
    )
    await until_stage(handle, "awaiting_confirmation")
    await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=2, text=REPLY, message_id="<r1@x>"))
    await until_stage(handle, "scheduled")
    ack = await reinterviews.submit_result(
        handle, SubmitResult(dimension_scores={"handling": 84}, comments=COMMENTS, submitted_by="interviewer:t")
    )
    assert ack.outcome is not None and ack.outcome.value == "recommend_hire"
    final = StatusView.model_validate(await handle.result())
    assert final.outcome is not None and final.outcome.value == "recommend_hire"
    return handle


async def test_raw_history_holds_no_personal_data_and_the_codec_reads_it(
    codec_harness: Harness, time_skipping_env: WorkflowEnvironment
) -> None:
    handle = await run_a_reinterview(codec_harness)
    raw_client = client_on(time_skipping_env, None)
    history = await raw_client.get_workflow_handle(handle.id).fetch_history()
    assert history.events, "the run has a history"

    # 1. Not one byte of any event shows a name, an email, a score field, the transcript or the comments.
    searched = needles(codec_harness)
    for event in history.events:
        raw = event.SerializeToString()
        for what, forms in searched.items():
            for form in forms:
                assert form not in raw, f"{what} readable in event {event.event_id} ({event_kind(event)})"
        for failure in failures_in(event):
            assert failure.message == "Encoded failure", f"plaintext failure message in event {event.event_id}"

    # 2. Every payload is AES-GCM ciphertext under the current key id, except search attributes (plaintext by
    #    design, for visibility queries, and holding only opaque ids, stage and outcome).
    encrypted_in: Counter[str] = Counter()
    summaries_in: Counter[str] = Counter()  # R-H3: activity and timer summaries (user metadata) go through the codec
    summaries: list[str] = []
    codec = data_converter(codec_harness.settings).payload_codec
    assert isinstance(codec, AesGcmCodec)
    decrypted_text = []
    search_attribute_keys: set[str] = set()
    for event in history.events:
        for path, payload in payloads_in(event):
            if ".search_attributes." in f".{path}" or path.startswith("search_attributes"):
                assert payload.metadata["encoding"] == b"json/plain"
                search_attribute_keys.add(path.rsplit("[", 1)[1].rstrip("]"))
                continue
            where = f"event {event.event_id} {event_kind(event)}.{path}"
            if is_patch_marker(event):
                # The SDK core writes `workflow.patched` markers itself, outside the data converter: plain JSON
                # holding only the patch id (a constant of our code), never run data.
                assert payload.metadata["encoding"] == b"json/plain", where
                assert set(json.loads(payload.data)) <= {"id", "deprecated"}, where
                continue
            assert payload.metadata.get("encoding") == ENCODING, f"plaintext payload at {where}"
            assert payload.metadata[KEY_ID_METADATA] == b"k2", where
            encrypted_in[event_kind(event)] += 1
            decrypted_text.append(codec.decrypt(payload).data.decode())
            if path.startswith("user_metadata"):
                summaries_in[event_kind(event)] += 1
                summaries.append(decrypted_text[-1])
    for kind in (
        "workflow_execution_started_event_attributes",  # workflow input and memo
        "workflow_execution_signaled_event_attributes",  # trigger and candidate_reply
        "activity_task_scheduled_event_attributes",  # activity inputs
        "activity_task_completed_event_attributes",  # activity results
        "workflow_execution_update_accepted_event_attributes",  # submit_result input
        "workflow_execution_update_completed_event_attributes",  # its result
        "workflow_execution_completed_event_attributes",  # workflow result
    ):
        assert encrypted_in[kind] > 0, f"no encrypted payload found in {kind}"

    assert summaries_in["activity_task_scheduled_event_attributes"] >= 5, summaries_in
    assert summaries_in["timer_started_event_attributes"] >= 1, summaries_in
    assert '"邀请邮件 → 候选人, HR / invitation → candidate, HR"' in summaries
    assert '"预约面试 → 候选人, 面试官 / book the interview → candidate, interviewer"' in summaries

    # Ours, plus Temporal's own TemporalChangeVersion (the ids of `workflow.patched` branches taken).
    allowed = {key.name for key in SEARCH_ATTRIBUTES} | {"TemporalChangeVersion"}
    assert search_attribute_keys <= allowed, search_attribute_keys

    # 3. The search was not vacuous: decrypted, the same history does contain all of it.
    everything = "\n".join(decrypted_text)
    for text in (
        TRANSCRIPT,
        COMMENTS,
        REPLY,
        codec_harness.candidate_email,
        "overall_score",
        "dimension_scores",
        "overall_after",
        codec_harness.data.candidates[0].name,
    ):
        assert text in everything, f"{text!r} was expected inside the encrypted payloads"

    # 4. A client with the codec reads the run, and the encrypted history replays against the workflow code.
    readable = codec_harness.client.get_workflow_handle(handle.id)
    assert (await readable.describe()).status is not None
    report = await reinterviews.report(readable)
    assert report is not None and report.overall_after == 83.2
    codec_history = await readable.fetch_history()
    await Replayer(
        workflows=[ReinterviewWorkflow], data_converter=data_converter(codec_harness.settings)
    ).replay_workflow(codec_history)

    # 5. Without the codec the same history is unusable: replaying it with the plain converter fails.
    replay = await Replayer(workflows=[ReinterviewWorkflow], data_converter=DataConverter.default).replay_workflow(
        history, raise_on_replay_failure=False
    )
    assert replay.replay_failure is not None


async def test_a_worker_without_the_key_fails_loudly_and_the_run_resumes_once_it_has_it(
    codec_harness: Harness,
    time_skipping_env: WorkflowEnvironment,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ids, queue = codec_harness.ids, f"{codec_harness.task_queue}-late"
    handle = await codec_harness.client.start_workflow(
        WORKFLOW_TYPE,
        ReinterviewInput(candidate_id=ids["candidate"], job_id=ids["job"]),
        id=reinterview_workflow_id(ids["job"], ids["candidate"]),
        task_queue=queue,
        start_signal="trigger",
        start_signal_args=[codec_harness.low_score()],
        task_timeout=timedelta(seconds=2),  # a failed workflow task is retried after this; keeps the test short
    )
    k2_dropped = codec_harness.settings.model_copy(update={"codec_keys": key_ids("k3"), "codec_key_id": "k3"})
    with caplog.at_level(logging.WARNING):
        async with build_worker(
            client_on(time_skipping_env, k2_dropped), k2_dropped, codec_harness.pool, task_queue=queue
        ):
            await until_true(
                lambda: "codec key id 'k2', which this process does not have" in caplog.text,
                what="a loud error about key id 'k2' in the worker log",
                describe=lambda _: caplog.text,
            )
    assert "UnknownKeyIdError" in caplog.text

    async with build_worker(codec_harness.client, codec_harness.settings, codec_harness.pool, task_queue=queue):
        status = await until_stage(handle, "awaiting_confirmation")
        await end_run(handle)
    assert status.trigger_kind is not None and status.trigger_kind.value == "low_score"

    # The failed workflow task is in the history, its message and stack trace encrypted like everything else.
    history = await client_on(time_skipping_env, None).get_workflow_handle(handle.id).fetch_history()
    failures = [f for event in history.events for f in failures_in(event)]
    assert failures and {f.message for f in failures} == {"Encoded failure"}
    assert not any(f.stack_trace for f in failures)


async def test_a_run_started_under_k1_continues_after_rotation_to_k2(
    codec_harness: Harness, time_skipping_env: WorkflowEnvironment
) -> None:
    both = codec_harness.settings
    before_rotation = both.model_copy(update={"codec_keys": {"k1": both.codec_keys["k1"]}, "codec_key_id": "k1"})
    old_client = client_on(time_skipping_env, before_rotation)
    ids, queue = codec_harness.ids, f"{codec_harness.task_queue}-rot"
    handle = await old_client.start_workflow(
        WORKFLOW_TYPE,
        ReinterviewInput(candidate_id=ids["candidate"], job_id=ids["job"]),
        id=reinterview_workflow_id(ids["job"], ids["candidate"]),
        task_queue=queue,
        start_signal="trigger",
        start_signal_args=[codec_harness.low_score()],
    )
    # The worker restarted with both keys, k2 now current; an old starter process still signals under k1.
    async with build_worker(codec_harness.client, both, codec_harness.pool, task_queue=queue):
        rotated = codec_harness.client.get_workflow_handle(handle.id)
        await until_stage(rotated, "awaiting_confirmation")
        await reinterviews.reply(handle, CandidateReply(intent="confirm", slot=1, message_id="<rot@x>"))
        status = await until_stage(rotated, "scheduled")
        await end_run(rotated)
    assert status.interview_at is not None

    history = await client_on(time_skipping_env, None).get_workflow_handle(handle.id).fetch_history()
    used = Counter(
        payload.metadata[KEY_ID_METADATA].decode()
        for event in history.events
        for path, payload in payloads_in(event)
        if not path.startswith("search") and ".search_attributes" not in path
    )
    assert used["k1"] > 0 and used["k2"] > 0, used

    k1_removed = both.model_copy(update={"codec_keys": {"k2": both.codec_keys["k2"]}})
    replay = await Replayer(workflows=[ReinterviewWorkflow], data_converter=data_converter(k1_removed)).replay_workflow(
        history, raise_on_replay_failure=False
    )
    assert replay.replay_failure is not None, "history written under k1 needs k1"
