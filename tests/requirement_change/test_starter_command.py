"""`starter.py requirement-change`: refuses bad input before anything is sent, records the job's next version,
waits for the fan-out and says what it did; typing the same command again starts nobody."""

from __future__ import annotations

import asyncpg
import pytest
from temporalio.testing import WorkflowEnvironment

import starter
from db.repositories.archive import ArchiveRepository
from mail.sink import MailSink
from service.settings import Settings
from tests.requirement_change.builders import job_with_candidates
from worker import build_worker


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--add-dimension", "data_analysis"], "write DIMENSION=WEIGHT"),
        (["--add-dimension", "data_analysis=lots"], "write DIMENSION=WEIGHT"),
        (["--add-dimension", "data_analysis=1.5"], "add_dimensions.data_analysis"),
        (["--add-dimension", "a=0.6", "--add-dimension", "b=0.5"], "leave room"),
    ],
)
async def test_bad_additions_are_refused_before_anything_is_sent(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await starter.main(["requirement-change", "--job", "job-x", *arguments]) == 2
    assert message in capsys.readouterr().err


async def test_requirement_change_from_the_command_line(
    dev_env: WorkflowEnvironment,
    db_pool: asyncpg.Pool,
    mail_sink: MailSink,
    smtp_settings: Settings,
    task_queue: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ids = job_with_candidates(await dev_env.get_current_time(), 3)
    await ArchiveRepository(db_pool).import_archive(data)
    monkeypatch.setenv("REINTERVIEW_TEMPORAL_ADDRESS", dev_env.client.service_client.config.target_host)
    monkeypatch.setenv("REINTERVIEW_TASK_QUEUE", task_queue)
    command = [
        "requirement-change",
        "--job",
        ids["job"],
        "--add-dimension",
        "data_analysis=0.2",
        "--level",
        "mid",
        "--page-interval",
        "0",
        "--wait",
        "--timeout",
        "60",
    ]
    async with build_worker(dev_env.client, smtp_settings, db_pool, task_queue=task_queue):
        assert await starter.main(command) == 0
        first = capsys.readouterr().out
        assert await starter.main(command) == 0
        second = capsys.readouterr().out
        refused = await starter.main(["requirement-change", "--job", ids["job"], "--add-dimension", "astrology=0.1"])
        error = capsys.readouterr().err
    assert f"job {ids['job']} is now version 2" in first and '"data_analysis": 0.2' in first
    assert "active candidates: 3" in first and "re-interviews started: 3, merged into running ones: 0" in first
    assert "re-interviews started: 0" in second and "already started by an earlier run: 3" in second
    assert refused == 1 and "unknown dimension 'astrology'" in error
    assert await db_pool.fetchval("SELECT version FROM jobs WHERE job_id = $1", ids["job"]) == 2
