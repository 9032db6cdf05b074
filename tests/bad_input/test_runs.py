"""Bad input that reaches a running re-interview: each gets a clear error and leaves nothing half-written.

Through the real worker and activities on the time-skipping server with real PostgreSQL and SMTP: unknown ids,
a candidate without an address, wrong scores, and hostile text (CR/LF header injection, `<script>`, SQL) stored
in the archive — by the import where it accepts it, or behind its back with SQL where it refuses it.
"""

from __future__ import annotations

import asyncio
import math
from email import message_from_bytes
from email.message import EmailMessage

import pytest
from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError, WorkflowUpdateFailedError
from temporalio.exceptions import ActivityError, ApplicationError

from db.repositories.archive import ArchiveRepository
from schemas.contract import CancelRequest, CandidateReply, HrDecision, SubmitResult, TriggerSignal
from service import reinterviews
from tests.polling import eventually
from tests.replay.record import Run
from tests.workflows.conftest import Harness

EVIL = "x\r\nBcc: evil@example.com"
SCRIPT = "<script>alert('pwned')</script>"
SQL = "Robert'); DROP TABLE candidates;--"


async def _tables(harness: Harness) -> list[str]:
    rows = await harness.pool.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
    )
    return [r["table_name"] for r in rows]


async def _written_for(harness: Harness, workflow_id: str) -> dict[str, int]:
    counts = {}
    for table in ("reinterviews", "outbound_emails", "hr_todos", "calendar_events", "reports", "slot_holds"):
        counts[table] = await harness.pool.fetchval(f"SELECT count(*) FROM {table} WHERE workflow_id = $1", workflow_id)
    return counts


async def _failure(handle) -> ApplicationError:
    """The run's failure as the client sees it: WorkflowFailureError → ActivityError → ApplicationError."""
    with pytest.raises(WorkflowFailureError) as failed:
        await asyncio.wait_for(handle.result(), 60)
    activity = failed.value.cause
    assert isinstance(activity, ActivityError), failed.value
    assert isinstance(activity.cause, ApplicationError), activity
    return activity.cause


def _chain(error: BaseException | None) -> str:
    """Every message down an error's cause chain, as the client receives it."""
    messages = []
    while error is not None:
        messages.append(str(error))
        error = error.__cause__ or getattr(error, "cause", None)
    return " <- ".join(messages)


def _run(harness: Harness) -> Run:
    return Run(harness.env, harness.task_queue, harness.ids)


# ---- ids and addresses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["candidate", "job"])
async def test_unknown_candidate_or_job_fails_the_run_naming_the_id(harness: Harness, missing: str) -> None:
    ids = {**harness.ids, missing: f"{missing}-does-not-exist"}
    handle = await reinterviews.trigger(
        harness.client,
        harness.task_queue,
        ids["candidate"],
        ids["job"],
        TriggerSignal(kind="manual", reason="HR decision"),
        None,
    )
    error = await _failure(handle)
    assert error.non_retryable and error.type == "UnknownArchiveRecord"
    assert f"unknown {missing} '{missing}-does-not-exist'" in error.message
    assert set((await _written_for(harness, handle.id)).values()) == {0}
    assert harness.sink.received == []


async def test_candidate_without_email_fails_before_anything_is_written(harness: Harness) -> None:
    data = harness.data.model_copy(deep=True)
    data.candidates[0].email = None
    await ArchiveRepository(harness.pool).import_archive(data)  # the import allows it: email is optional
    handle = await harness.trigger(harness.low_score())
    error = await _failure(handle)
    assert error.non_retryable and error.type == "CandidateWithoutEmail"
    assert f"candidate '{harness.ids['candidate']}' has no email address" in error.message
    assert set((await _written_for(harness, handle.id)).values()) == {0}
    # Not even the AI result that came with the trigger: it is recorded only once the run can go ahead.
    assert (
        await harness.pool.fetchval(
            "SELECT count(*) FROM interviews WHERE interview_id = $1", f"ai-new-{harness.ids['candidate']}"
        )
        == 0
    )
    assert harness.sink.received == []


# ---- scores ---------------------------------------------------------------------------------------------------


BAD_SCORES: list[tuple[dict[str, float], str]] = [
    ({"handling": 120}, "score for 'handling' is 120, must be between 0 and 100"),
    ({"handling": -5}, "score for 'handling' is -5, must be between 0 and 100"),
    # JSON has no infinity: the client sends null, and the update is refused before any code of ours runs,
    # with pydantic's message naming the field.
    ({"handling": math.inf}, "dimension_scores.handling\n  Input should be a valid number"),
    ({"juggling": 80}, "unknown dimension 'juggling' (the job assesses: "),
    ({"handling": 90, "juggling": 80}, "unknown dimension 'juggling'"),
    ({}, "no dimension scores submitted (the job assesses: "),
]


async def test_out_of_range_and_unknown_scores_are_refused_naming_the_dimension(harness: Harness) -> None:
    run = _run(harness)
    await run.trigger(run.low_score())
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    for scores, says in BAD_SCORES:
        with pytest.raises(WorkflowUpdateFailedError) as refused:
            await reinterviews.submit_result(run.handle, SubmitResult(dimension_scores=scores))
        assert says in _chain(refused.value), (scores, _chain(refused.value))
    # Nothing of a result was kept: no report, no write-back, no feedback email, still waiting for the interview.
    status = await reinterviews.status(run.handle)
    assert status.stage.value == "scheduled" and not any("result submitted" in e.event for e in status.timeline)
    assert await harness.pool.fetchval("SELECT count(*) FROM reports WHERE kind = 'feedback'") == 0
    assert await harness.pool.fetchval("SELECT count(*) FROM interviews WHERE source = 'reinterview'") == 0
    assert "feedback_candidate" not in await harness.templates()
    # A good result afterwards is taken as usual.
    await run.result(handling=84)
    final = await run.end()
    assert final.outcome is not None and final.outcome.value == "recommend_hire"


# ---- hostile text ---------------------------------------------------------------------------------------------


def _headers(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    return head.decode("ascii", errors="replace").splitlines()


def _html_parts(message: EmailMessage) -> list[str]:
    return [part.get_content() for part in message.walk() if part.get_content_type() == "text/html"]


async def test_crlf_in_an_interviewer_name_stored_behind_the_imports_back_injects_no_header(harness: Harness) -> None:
    """The import refuses CR/LF in names (test_import.py); written with SQL anyway, an interviewer's name only
    reaches the To display name, flattened: no email grows a Bcc header or an extra recipient. Free text with
    CR/LF from signals (reason, reply, cancel note) only ever reaches bodies."""
    await harness.pool.execute(
        "UPDATE interviewers SET name = $1 WHERE interviewer_id = $2", EVIL, harness.ids["interviewer"]
    )
    run = _run(harness)
    await run.trigger({"kind": "candidate_request", "reason": f"please{EVIL}"})
    await run.until("awaiting_hr_approval")
    await reinterviews.hr_decision(run.handle, HrDecision(approved=True, note=f"ok{EVIL}", by="hr:t"))
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1, text=f"ok{EVIL}")
    await run.until("scheduled")
    await reinterviews.cancel(run.handle, CancelRequest(reason=f"filled{EVIL}", by="hr:t"))
    final = await run.end()

    assert final.outcome is not None and final.outcome.value == "cancelled", final.timeline
    assert set(await harness.templates()) >= {
        "hr_approval_request",
        "interview_scheduled",
        "interviewer_brief",
        "interview_cancelled",
    }
    to_interviewer = harness.received(harness.interviewer_email)
    assert to_interviewer and all(
        m.message["To"].addresses[0].display_name == "x Bcc: evil@example.com" for m in to_interviewer
    )
    _assert_no_injected_header(harness)


async def test_crlf_in_a_job_title_stored_behind_the_imports_back_fails_the_run_before_any_email(
    harness: Harness,
) -> None:
    """A job title reaches subjects; a subject that would span two lines is refused (mail/render.py), so the
    run fails with a non-retryable error naming the email and the recipient — and no email leaves at all."""
    await harness.pool.execute("UPDATE jobs SET title = $1 WHERE job_id = $2", f"Support{EVIL}", harness.ids["job"])
    handle = await harness.trigger(harness.low_score())
    error = await _failure(handle)
    assert error.non_retryable and error.type == "EmailTemplateError"
    assert "email template 'invitation' cannot be rendered for candidate:" in error.message
    assert "renders to more than one line" in error.message and "evil" not in error.message
    assert harness.sink.received == []
    assert await harness.pool.fetchval("SELECT count(*) FROM outbound_emails WHERE workflow_id = $1", handle.id) == 0
    # The run had been opened and had times held for the candidate: its row is closed, the times released.
    row = await harness.pool.fetchrow(
        "SELECT stage, outcome, failure FROM reinterviews WHERE workflow_id = $1", handle.id
    )
    assert row is not None
    assert (row["stage"], row["outcome"]) == ("awaiting_confirmation", "failed")
    assert row["failure"].startswith("EmailTemplateError: email template 'invitation' cannot be rendered")
    assert "evil" not in row["failure"]
    assert await harness.pool.fetchval("SELECT count(*) FROM slot_holds WHERE workflow_id = $1", handle.id) == 0


async def test_crlf_in_a_candidate_name_stored_behind_the_imports_back_fails_the_run_clearly(
    harness: Harness,
) -> None:
    await harness.pool.execute(
        "UPDATE candidates SET name = $1 WHERE candidate_id = $2", EVIL, harness.ids["candidate"]
    )
    handle = await harness.trigger(harness.low_score())
    # Watched with describe, not result(): awaiting the result would let the test server skip time through an
    # endless retry loop (and leave the session's time skipping busy).
    ended = None
    try:
        ended = await eventually(
            handle.describe,
            lambda d: d.status != WorkflowExecutionStatus.RUNNING,
            what="the run's end (it may be retrying open_reinterview)",
            interval=0.1,
        )
        assert ended.status == WorkflowExecutionStatus.FAILED
    finally:
        if ended is None:
            await handle.terminate("test over")
    error = await _failure(handle)
    assert error.non_retryable and error.type == "InvalidArchiveRecord"
    assert f"candidate '{harness.ids['candidate']}', name: name must not contain line breaks" in error.message
    assert "evil" not in error.message and "Bcc" not in error.message  # the field, never the value
    assert harness.sink.received == []
    # It failed before the run was opened: nothing written, and its timeline says why.
    assert set((await _written_for(harness, handle.id)).values()) == {0}
    view = await reinterviews.status(handle)
    assert view.timeline[-1].event.startswith("run failed in stage triggered: InvalidArchiveRecord: ")


def _assert_no_injected_header(harness: Harness) -> None:
    assert harness.sink.received
    for mail in harness.sink.received:
        assert not any("evil@example.com" in r for r in mail.rcpt_tos), mail.rcpt_tos
        lines = _headers(mail.raw)
        assert not any(line.lower().startswith("bcc") for line in lines), lines
        assert mail.message["Bcc"] is None
        for name in ("Subject", "To"):
            assert "\r" not in str(mail.message[name]) and "\n" not in str(mail.message[name])


async def test_script_in_names_titles_and_free_text_is_escaped_in_html_emails(harness: Harness, tmp_path) -> None:
    data = harness.data.model_copy(deep=True)
    data.candidates[0].name = SCRIPT
    data.interviewers[0].name = SCRIPT
    data.jobs[0].title = f"Support {SCRIPT}"
    await ArchiveRepository(harness.pool).import_archive(data)  # the import accepts it: it is just text
    run = _run(harness)
    await run.trigger({"kind": "candidate_request", "reason": SCRIPT})
    await run.until("awaiting_hr_approval")
    await reinterviews.hr_decision(run.handle, HrDecision(approved=True, note=SCRIPT, by="hr:t"))
    await run.until("awaiting_confirmation")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await run.cancel()
    await run.end()

    assert len(harness.sink.received) >= 7
    for mail in harness.sink.received:
        for html in _html_parts(mail.message):
            assert "<script" not in html.lower(), html
    html = "".join(h for m in harness.sink.received for h in _html_parts(m.message))
    assert "&lt;script&gt;alert(" in html  # shown, as text
    stored = await harness.pool.fetchval(
        "SELECT name FROM candidates WHERE candidate_id = $1", harness.ids["candidate"]
    )
    assert stored == SCRIPT  # the archive keeps what HR typed


async def test_sql_in_archive_text_and_run_inputs_is_stored_verbatim_and_tables_stay(harness: Harness) -> None:
    tables = await _tables(harness)
    data = harness.data.model_copy(deep=True)
    data.candidates[0].name = SQL
    await ArchiveRepository(harness.pool).import_archive(data)
    run = _run(harness)
    reason = "'; DROP TABLE reinterviews; --"
    question = "1'; DELETE FROM hr_todos WHERE '1'='1"
    comments = "'); DROP TABLE reports; SELECT pg_sleep(5); --"
    await run.trigger({"kind": "manual", "reason": reason, "requested_by": "hr:'; TRUNCATE jobs;--"})
    await run.until("awaiting_confirmation")
    await reinterviews.reply(run.handle, CandidateReply(intent="question", text=question))
    await run.until_event("candidate replied: question")
    await run.reply("confirm", slot=1)
    await run.until("scheduled")
    await reinterviews.submit_result(
        run.handle, SubmitResult(dimension_scores={"handling": 84}, comments=comments, submitted_by="interviewer:'--")
    )
    final = await run.end()

    assert final.outcome is not None and final.outcome.value == "recommend_hire"
    assert await _tables(harness) == tables
    assert await harness.pool.fetchval("SELECT count(*) FROM jobs") >= 1
    assert (
        await harness.pool.fetchval("SELECT name FROM candidates WHERE candidate_id = $1", harness.ids["candidate"])
        == SQL
    )
    assert (
        await harness.pool.fetchval(
            "SELECT detail FROM hr_todos WHERE workflow_id = $1 AND kind = 'candidate_question'", run.handle.id
        )
        == question
    )
    report = await harness.pool.fetchval(
        "SELECT body FROM reports WHERE workflow_id = $1 AND kind = 'feedback' AND audience = 'internal'",
        run.handle.id,
    )
    assert report["comments"] == comments
    to_candidate = harness.received(harness.candidate_email)[0].message
    assert to_candidate["To"].addresses[0].display_name == SQL
    assert message_from_bytes(harness.received(harness.candidate_email)[0].raw)["To"] is not None
