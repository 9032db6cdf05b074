"""The README's `temporal` CLI examples, exactly as written, against a dev server running the worker: their JSON
validates against schemas/json/, and the commands drive a re-interview from signal-with-start to its result."""

from __future__ import annotations

import asyncio
import json
import shlex
import subprocess
import sys
from pathlib import Path

import asyncpg
from jsonschema import Draft202012Validator
from temporalio.client import WorkflowExecutionStatus
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment

from db.importer import import_file
from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from schemas.archive import ArchiveImport
from schemas.export_json_schemas import JSON_DIR
from service import reinterviews
from service.settings import Settings
from tests.polling import until_stage, until_status
from tests.workflows.builders import availability
from worker import build_worker

ROOT = Path(__file__).resolve().parents[2]
TEMPORAL = str(Path(sys.executable).parent / "temporal")


def readme_commands() -> list[list[str]]:
    """Every `$T …` command of the README (continuation lines joined), as argv after the binary."""
    commands, current = [], ""
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if current:
            current += " " + line.strip()
        elif line.startswith("$T "):
            current = line[3:].strip()
        else:
            continue
        if current.endswith("\\"):
            current = current[:-1].rstrip()
        else:
            commands.append(shlex.split(current))
            current = ""
    return commands


def option(argv: list[str], *names: str) -> str | None:
    for name in names:
        if name in argv:
            return argv[argv.index(name) + 1]
    return None


def payload_schemas(argv: list[str]) -> list[tuple[str, object]]:
    """(schema file, payload) for each JSON payload the command sends."""
    verb = " ".join(argv[:2])
    found: list[tuple[str, object]] = []
    if verb == "workflow signal-with-start":
        found.append((f"workflow.{option(argv, '--type')}.input.json", json.loads(option(argv, "--input") or "")))
        found.append((f"signal.{option(argv, '--signal-name')}.json", json.loads(option(argv, "--signal-input") or "")))
    elif verb == "workflow signal":
        found.append((f"signal.{option(argv, '--name')}.json", json.loads(option(argv, "--input") or "")))
    elif verb == "workflow update":
        found.append((f"update.{option(argv, '--name')}.json", json.loads(option(argv, "--input") or "")))
    return found


def test_readme_shows_every_kind_of_call() -> None:
    verbs = {" ".join(argv[:2]) for argv in readme_commands()}
    assert {
        "workflow signal-with-start",
        "workflow signal",
        "workflow update",
        "workflow query",
        "workflow list",
    } <= verbs


def test_readme_payloads_match_the_json_schemas() -> None:
    checked = 0
    for argv in readme_commands():
        for file, payload in payload_schemas(argv):
            schema = json.loads((JSON_DIR / file).read_text(encoding="utf-8"))
            errors = [e.message for e in Draft202012Validator(schema).iter_errors(payload)]
            assert not errors, (file, payload, errors)
            checked += 1
    assert checked >= 4


def run(env: WorkflowEnvironment, argv: list[str]) -> str:
    done = subprocess.run(
        [TEMPORAL, *argv, "--address", env.client.service_client.config.target_host],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, f"temporal {shlex.join(argv)} failed: {done.stdout}{done.stderr}"
    return done.stdout


async def test_readme_cli_examples_run_against_the_embedded_stack(
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
) -> None:
    commands = readme_commands()
    start = commands[0]
    task_queue, workflow_id = option(start, "--task-queue"), option(start, "--workflow-id")
    ids = json.loads(option(start, "--input") or "")
    assert task_queue and workflow_id
    client = dev_env.client
    await import_file(db_pool, ROOT / "data" / "demo.json")
    # The demo's calendar is fixed; give its interviewers free times from today so the run can be scheduled.
    demo = json.loads((ROOT / "data" / "demo.json").read_text(encoding="utf-8"))
    now = await dev_env.get_current_time()
    for interviewer in demo["interviewers"]:
        interviewer["availability"] = availability(now, 30)
    calendar = ArchiveImport.model_validate({"interviewers": demo["interviewers"]})
    await ArchiveRepository(db_pool).import_archive(calendar)
    handle = reinterviews.handle(client, ids["job_id"], ids["candidate_id"])
    try:
        if (await handle.describe()).status == WorkflowExecutionStatus.RUNNING:
            await handle.terminate("left over from an earlier test session")
    except RPCError:
        pass

    async def stage_reached(stage: str) -> None:
        await until_stage(handle, stage, waiting=False, interval=0.1)

    async def trigger_kind_known() -> None:
        # The trigger kind is known once open_reinterview has answered; a query sent sooner sees null.
        await until_status(handle, lambda s: s.trigger_kind is not None, what="the trigger kind", interval=0.1)

    outputs: list[str] = []
    async with build_worker(client, smtp_settings, db_pool, task_queue=task_queue):
        for argv in commands:
            verb = " ".join(argv[:2])
            if verb == "workflow query":
                await trigger_kind_known()
            if verb == "workflow signal":
                await stage_reached("awaiting_confirmation")
            if verb == "workflow update":
                await stage_reached("scheduled")
            outputs.append(await asyncio.to_thread(run, dev_env, argv))
        final = await reinterviews.status(handle)
    assert final.stage.value == "completed" and final.outcome is not None
    assert workflow_id in outputs[0] and '"trigger_kind":"manual"' in outputs[1]
    assert "accepted:true" in outputs[3] and f"outcome:{final.outcome.value}" in outputs[3]
    assert mail_sink.received
