"""A requirement change on the time-skipping server with the real worker: every active candidate gets one
re-interview focused on the added dimension, a running re-interview whose interview is ahead takes the added
dimension in (moving to the new job version; its ledger row says `dimensions_added`), and running the change again
starts nobody and sends nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from mail.sink import MailSink
from schemas.contract import Policy, StatusView, TriggerSignal
from schemas.requirement_change import RequirementChangeInput, RequirementChangeProgress
from service import reinterviews
from service.settings import Settings
from tests.polling import eventually, until_event, until_stage
from tests.requirement_change.builders import candidate_id, job_with_candidates
from worker import build_worker
from workflows.requirement_change import RequirementChangeWorkflow, requirement_change_workflow_id


async def wait_for_stage(client: Client, job_id: str, candidate: str, stage: str) -> StatusView:
    return await until_stage(reinterviews.handle(client, job_id, candidate), stage)


async def run_change(client: Client, task_queue: str, change: RequirementChangeInput) -> RequirementChangeProgress:
    return await client.execute_workflow(
        RequirementChangeWorkflow.run,
        change,
        id=requirement_change_workflow_id(change.job_id, change.change_id),
        task_queue=task_queue,
    )


# Sent on a timer, not by a change's run: waiting on a workflow's result lets the time-skipping server jump a day
# ahead, and the open runs' reply reminder and HR escalation then go out whether or not a re-run sent anything.
TIMED = frozenset({"reply_reminder", "hr_escalation"})


async def sent(pool: asyncpg.Pool) -> list[tuple[str, str]]:
    """What the runs sent because of the change (invitations, HR's reply checks), not what their timers sent."""
    rows = await pool.fetch("SELECT template, recipient FROM outbound_emails WHERE status = 'sent'")
    return sorted((r["template"], r["recipient"]) for r in rows if r["template"] not in TIMED)


async def test_change_reinterviews_every_active_candidate_once(
    time_skipping_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
) -> None:
    client = time_skipping_env.client
    data, ids = job_with_candidates(await time_skipping_env.get_current_time(), 6)
    job_id, tag = ids["job"], ids["tag"]
    await ArchiveRepository(db_pool).import_archive(data)
    cands = [candidate_id(tag, n) for n in range(6)]
    # cand 1 was already hired after a re-interview: not active. cand 2 declined one: still active.
    for n, outcome in ((1, "recommend_hire"), (2, "declined")):
        await db_pool.execute(
            "INSERT INTO reinterviews (run_id, workflow_id, candidate_id, job_id, trigger_kind, stage, outcome,"
            " started_at, updated_at, ended_at) VALUES ($1, $2, $3, $4, 'low_score', 'completed', $5, now(), now(),"
            " now())",
            f"old-run-{n}",
            f"old-{n}",
            cands[n],
            job_id,
            outcome,
        )
    policy = Policy(min_lead_time_s=3600)
    change = RequirementChangeInput(
        job_id=job_id,
        change_id="chg-da",
        add_dimensions={"data_analysis": 0.2},
        level="mid",
        policy=policy,
        page_size=2,
        pages_per_run=2,
    )
    async with build_worker(client, smtp_settings, db_pool, task_queue=task_queue):
        # cand 0's low-score re-interview is running under version 1 when the job changes.
        running = await reinterviews.trigger(
            client, task_queue, cands[0], job_id, TriggerSignal(kind="manual", reason="HR decision"), policy
        )
        await wait_for_stage(client, job_id, cands[0], "awaiting_confirmation")

        progress = await run_change(client, task_queue, change)
        assert (progress.total_active, progress.processed) == (5, 5)
        assert (progress.started, progress.merged, progress.already_done, progress.failed) == (4, 1, 0, 0)
        assert progress.job_version == 2 and progress.done and progress.runs == 2
        assert progress.weights == {"handling": 0.4, "talk": 0.24, "calm": 0.16, "data_analysis": 0.2}

        started = [cands[n] for n in (2, 3, 4, 5)]
        for cand in started:
            status = await wait_for_stage(client, job_id, cand, "awaiting_confirmation")
            assert status.trigger_kind is not None and status.trigger_kind.value == "requirement_change"
        # The running one (interview still ahead) took the added dimension in; its ledger row says so.
        merged = await until_event(running, "requirement change chg-da: added data_analysis to this re-interview")
        assert any(e.event == "trigger merged: requirement_change" for e in merged.timeline)
        assert merged.trigger_kind is not None and merged.trigger_kind.value == "manual"
        ledger = {
            r["candidate_id"]: (r["status"], r["run_id"])
            for r in await db_pool.fetch(
                "SELECT candidate_id, status, run_id FROM requirement_change_targets WHERE change_id = 'chg-da'"
            )
        }
        assert ledger[cands[0]] == ("dimensions_added", running.result_run_id)
        assert all(ledger[c][0] == "started" for c in (cands[n] for n in (2, 3, 4, 5)))
        emails = await sent(db_pool)

        again = await run_change(client, task_queue, change)
        assert (again.started, again.merged, again.already_done, again.failed) == (0, 0, 5, 0)
        assert again.job_version == 2
        await asyncio.sleep(0.5)
        assert await sent(db_pool) == emails

        # A `merged` the run never confirmed (say, its worker stopped first) is sent again by a re-run: the run
        # knows the change by its id, adds nothing twice and confirms what it did.
        await db_pool.execute(
            "UPDATE requirement_change_targets SET status = 'merged' WHERE change_id = 'chg-da' AND candidate_id = $1",
            cands[0],
        )
        third = await run_change(client, task_queue, change)
        assert (third.started, third.merged, third.already_done, third.failed) == (0, 1, 4, 0)
        await until_event(running, "requirement change chg-da: nothing to add (dimensions_added)")

        async def confirmed() -> str | None:
            status: str | None = await db_pool.fetchval(
                "SELECT status FROM requirement_change_targets WHERE change_id = 'chg-da' AND candidate_id = $1",
                cands[0],
            )
            return status

        assert await eventually(confirmed, lambda s: s == "dimensions_added", what="the run's confirmation")
        assert await sent(db_pool) == emails

    invitations = [r for t, r in emails if t == "invitation"]
    assert sorted(invitations) == sorted(f"c{n}-{tag}@candidates.test" for n in (0, 2, 3, 4, 5))

    # The added dimension is what the new re-interviews focus on; the running one moved to version 2 with it.
    focus: list[Any] = [
        r["body"]["focus"]
        for r in await db_pool.fetch(
            "SELECT r.body FROM reports r JOIN reinterviews x ON x.run_id = r.run_id"
            " WHERE r.kind = 'analysis' AND x.candidate_id = ANY($1::text[])",
            started,
        )
    ]
    assert len(focus) == 4 and all(f and f[0] == "data_analysis" for f in focus), focus
    rebuilt = await db_pool.fetchval(
        "SELECT body FROM reports WHERE run_id = $1 AND kind = 'analysis'", running.result_run_id
    )
    assert "data_analysis" in str(rebuilt)
    jobs = JobRepository(db_pool)
    versions = {
        r["candidate_id"]: r["job_version"]
        for r in await db_pool.fetch("SELECT candidate_id, job_version FROM reinterviews WHERE job_id = $1", job_id)
    }
    assert all(versions[c] == 2 for c in (cands[0], *started))
    assert await jobs.pinned_job(running.result_run_id or "") is None  # on the current version
    assert [v.version for v in await jobs.versions(job_id)] == [1, 2]
