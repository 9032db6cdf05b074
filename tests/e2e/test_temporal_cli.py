"""End to end on the Temporal dev server, real PostgreSQL and real SMTP, driven only by the `temporal` CLI with
plain JSON from CONTRACT.md — the way a backend in another language or an HR operator would."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import asyncpg
from temporalio.testing import WorkflowEnvironment

from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from service.settings import Settings
from tests.polling import eventually
from tests.workflows.builders import archive
from worker import build_worker

TEMPORAL = str(Path(sys.executable).parent / "temporal")


def cli(env: WorkflowEnvironment, *args: str) -> str:
    """Run one `temporal` CLI command against the test's dev server; its JSON output, or a failure."""
    done = subprocess.run(
        [TEMPORAL, *args, "--address", env.client.service_client.config.target_host, "--output", "json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        raise AssertionError(f"temporal {' '.join(args)} failed: {done.stderr}")
    return done.stdout


async def acli(env: WorkflowEnvironment, *args: str) -> str:
    return await asyncio.to_thread(cli, env, *args)


async def query_status(env: WorkflowEnvironment, workflow_id: str) -> dict:
    out = json.loads(await acli(env, "workflow", "query", "-w", workflow_id, "--name", "status"))
    return out["queryResult"][0]


async def wait_for(env: WorkflowEnvironment, workflow_id: str, stage: str) -> dict:
    """The status as the CLI prints it, once the run waits in `stage` (or has completed)."""
    return await eventually(
        lambda: query_status(env, workflow_id),
        lambda s: s["stage"] == stage and (s["next_deadline"] or stage == "completed"),
        what=f"{workflow_id} in stage {stage!r}",
        interval=0.2,
    )


async def test_cli_drives_a_reinterview_from_trigger_to_report(
    dev_env: WorkflowEnvironment, db_pool: asyncpg.Pool, mail_sink: MailSink, smtp_settings: Settings, task_queue: str
) -> None:
    data, ids = archive(await dev_env.get_current_time(), locale="en")
    await ArchiveRepository(db_pool).import_archive(data)
    workflow_id = f"reinterview-{ids['job']}-{ids['candidate']}"
    async with build_worker(dev_env.client, smtp_settings, db_pool, task_queue=task_queue):
        await acli(
            dev_env,
            "workflow",
            "signal-with-start",
            "--type",
            "ReinterviewWorkflow",
            "--task-queue",
            task_queue,
            "--workflow-id",
            workflow_id,
            "--input",
            json.dumps({"candidate_id": ids["candidate"], "job_id": ids["job"]}),
            "--signal-name",
            "trigger",
            "--signal-input",
            json.dumps(
                {
                    "kind": "ai_result",
                    "interview": {
                        "interview_id": "ai-cli-1",
                        "completed": True,
                        "overall_score": 71,
                        "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
                    },
                }
            ),
        )
        status = await wait_for(dev_env, workflow_id, "awaiting_confirmation")
        assert status["outcome"] is None and status["trigger_kind"] == "low_score"

        listed = json.loads(
            await acli(
                dev_env,
                "workflow",
                "list",
                "--query",
                f"ReinterviewStage = 'awaiting_confirmation' AND JobId = '{ids['job']}' AND TriggerKind = 'low_score'",
            )
        )
        assert [w["execution"]["workflowId"] for w in listed] == [workflow_id]

        await acli(
            dev_env,
            "workflow",
            "signal",
            "-w",
            workflow_id,
            "--name",
            "candidate_reply",
            "--input",
            json.dumps({"intent": "confirm", "slot": 1, "text": "confirm", "message_id": "<c@x>"}),
        )
        await wait_for(dev_env, workflow_id, "scheduled")

        rejected = await asyncio.to_thread(
            subprocess.run,
            [
                TEMPORAL,
                "workflow",
                "update",
                "execute",
                "-w",
                workflow_id,
                "--name",
                "submit_result",
                "--input",
                json.dumps({"dimension_scores": {"handling": 101}}),
                "--address",
                dev_env.client.service_client.config.target_host,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert rejected.returncode != 0 and "between 0 and 100" in rejected.stdout + rejected.stderr

        out = json.loads(
            await acli(
                dev_env,
                "workflow",
                "update",
                "execute",
                "-w",
                workflow_id,
                "--name",
                "submit_result",
                "--input",
                json.dumps(
                    {"dimension_scores": {"handling": 84}, "comments": "good", "submitted_by": "interviewer:cli"}
                ),
            )
        )
        assert out["result"]["outcome"] == "recommend_hire"
        report = json.loads(await acli(dev_env, "workflow", "query", "-w", workflow_id, "--name", "report"))
        assert report["queryResult"][0]["overall_after"] == 83.2

        final = await wait_for(dev_env, workflow_id, "completed")
        assert final["outcome"] == "recommend_hire"
        described = await dev_env.client.get_workflow_handle(workflow_id).describe()
        attributes = {pair.key.name: pair.value for pair in described.typed_search_attributes}
        assert attributes["JobId"] == ids["job"] and attributes["CandidateId"] == ids["candidate"]
        assert attributes["TriggerKind"] == "low_score" and attributes["ReinterviewStage"] == "completed"
        assert attributes["ReinterviewOutcome"] == "recommend_hire" and "InterviewAt" in attributes
        shown = json.dumps(attributes, default=str)
        candidate = data.candidates[0]
        assert candidate.email is not None
        assert candidate.email not in shown and candidate.name not in shown

    english = [m for m in mail_sink.received if data.candidates[0].email in m.rcpt_tos]
    subjects = [str(m.message["Subject"]) for m in english]
    assert len(subjects) >= 3 and all("re-interview" in s.lower() for s in subjects), subjects
