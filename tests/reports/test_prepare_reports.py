"""prepare_reinterview over a real (migrated, per-test) PostgreSQL: the stored analysis report (R-P3) and the
training plan that follows the job's lead time (R-L2).

The report names the candidate for HR and the interviewer; the Preparation the workflow keeps does not.
"""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
import pytest
from temporalio.testing import ActivityEnvironment

from activities.reinterview import ReinterviewActivities
from db.repositories.archive import ArchiveRepository
from db.repositories.jobs import JobRepository
from db.repositories.runs import RunRepository
from mail.render import email_environment
from schemas.activities import PrepareInput, RunRef
from schemas.archive import Assessment, Media
from schemas.contract import TriggerKind
from schemas.plans import Analysis
from tests.workflows.builders import archive

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TWO_DAYS_S = 2 * 24 * 3600


async def prepare(pool: asyncpg.Pool, lead_days: int | None, name: str = "王五"):
    data, ids = archive(NOW)
    data.jobs[0] = data.jobs[0].model_copy(update={"reinterview_lead_days": lead_days})
    data.candidates[0] = data.candidates[0].model_copy(update={"name": name, "resume": "本科，3年客服经验。"})
    data.interviews[0] = data.interviews[0].model_copy(
        update={"media": Media(video="s3://ai/v.mp4", audio="s3://ai/a.m4a", transcript="s3://ai/t.json")}
    )
    data.assessments.append(
        Assessment(
            assessment_id=f"asm-{ids['candidate']}",
            candidate_id=ids["candidate"],
            kind="skill_test",
            score=58,
            result={"topic": "complaints"},
        )
    )
    await ArchiveRepository(pool).import_archive(data)
    activities = ReinterviewActivities(
        ArchiveRepository(pool), RunRepository(pool), email_environment(), JobRepository(pool)
    )
    run = RunRef(
        workflow_id=f"reinterview-{ids['job']}-{ids['candidate']}",
        run_id=f"run-{ids['candidate']}",
        candidate_id=ids["candidate"],
        job_id=ids["job"],
    )
    prep = await ActivityEnvironment().run(
        activities.prepare_reinterview,
        PrepareInput(
            run=run,
            trigger_kind=TriggerKind.LOW_SCORE,
            trigger_interview_id=ids["interview"],
            now=NOW,
            min_lead_time_s=TWO_DAYS_S,
            interview_duration_s=3600,
        ),
    )
    stored = await pool.fetchrow("SELECT body, html FROM reports WHERE run_id = $1 AND kind = 'analysis'", run.run_id)
    return prep, stored


@pytest.mark.parametrize(("lead_days", "mode", "days"), [(None, "standard", 4), (1, "intensive", 1), (7, "blended", 7)])
async def test_the_training_plan_follows_the_jobs_lead_time(db_pool: asyncpg.Pool, lead_days, mode, days) -> None:
    prep, stored = await prepare(db_pool, lead_days)
    assert (prep.training.mode, prep.training.days_available) == (mode, days)
    assert (prep.slots[0].start - NOW).days == days
    wording = {"standard": "标准", "intensive": "短期强化", "blended": "线上 + 线下混合"}[mode]
    assert f"培训方式: <b>{wording}</b>" in stored["html"]
    assert f"距最早可安排的重新面试 {days} 天" in stored["html"]


async def test_the_stored_analysis_report_has_the_basic_information(db_pool: asyncpg.Pool) -> None:
    prep, stored = await prepare(db_pool, 1, name="<script>x</script>王五")
    html, body = stored["html"], stored["body"]
    for text in (
        "&lt;script&gt;x&lt;/script&gt;王五",
        "本科",
        "3 年",
        "阅读型（电子书 / 文档）",
        "本科，3年客服经验。",
        "技能测评",
        "得分 58",
        "s3://ai/v.mp4",
        "s3://ai/a.m4a",
        "s3://ai/t.json",
        "<b>71</b> / 岗位阈值 78",
        "低于阈值 7 分",
        "短期强化",
        "重新面试重点与问题",
    ):
        assert text in html, text
    assert "<script>" not in html
    # the JSON body: the analysis (read back when the feedback report is built) plus the background
    assert Analysis.model_validate(body) == prep.analysis
    assert body["background"]["profile"]["name"] == "<script>x</script>王五"
    assert body["background"]["attempts"][0]["transcript"] == "s3://ai/t.json"
    # the workflow's copy carries no name
    assert "王五" not in prep.model_dump_json()
