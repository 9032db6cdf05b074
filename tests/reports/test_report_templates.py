"""The stored HTML reports (templates/reports/*.html) rendered with the seed data: what HR and the interviewer read.

The comprehensive analysis report (R-P3) names the candidate and shows the profile, resume summary, assessments,
recordings of the AI interview, the original result against the threshold, gaps, training suggestions and the
re-interview focus; the interview plan (R-P4) and the feedback report (R-R1–R-R3) show their key numbers. Every
text from the archive is escaped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from mail.render import email_environment
from policy.analysis import analyze, build_interview_plan, report_background
from policy.report import build_feedback_report
from policy.training import plan_training
from schemas.activities import Preparation, RunRef
from schemas.archive import ArchiveImport, CandidateArchive, Interview
from schemas.contract import SubmitResult, TriggerKind
from schemas.plans import Slot

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
SCRIPT = "<script>alert(1)</script>"


@cache
def seed() -> ArchiveImport:
    return ArchiveImport.model_validate(json.loads((DATA / "demo.json").read_text(encoding="utf-8")))


def seed_archive(candidate_id: str, job_id: str, **candidate_updates) -> CandidateArchive:
    """One candidate's archive for one job, as the repository would return it from the seed data."""
    data = seed()
    job = next(j for j in data.jobs if j.job_id == job_id)
    candidate = next(c for c in data.candidates if c.candidate_id == candidate_id)
    codes = set(job.weights)
    return CandidateArchive(
        candidate=candidate.model_copy(update=candidate_updates),
        job=job,
        dimensions={d.code: d for d in data.dimensions},
        interviews=[i for i in data.interviews if i.candidate_id == candidate_id and i.job_id == job_id],
        assessments=[a for a in data.assessments if a.candidate_id == candidate_id],
        trainings=[t for t in data.trainings if t.candidate_id == candidate_id],
        courses=[c for c in data.courses if codes & set(c.dimensions)],
        questions=[q for q in data.questions if q.dimension in codes],
        interviewers=[i for i in data.interviewers if job_id in i.job_ids],
    )


def contexts(archive: CandidateArchive, trigger: Interview | None, kind: TriggerKind, days: int) -> dict:
    """The context prepare_reinterview renders the analysis report and the interview plan with."""
    locale = archive.candidate.locale
    analysis = analyze(archive, kind, trigger, [], locale)
    training = plan_training(
        analysis.gaps,
        archive.job,
        archive.courses,
        archive.candidate.learning_style,
        days,
        {t.course_id for t in archive.trainings if t.completed_at is not None},
    )
    labels = {code: archive.label(code, locale) for code in archive.dimensions}
    plan = build_interview_plan(analysis, training, archive.trainings, labels, locale, archive.courses)
    start = NOW + timedelta(days=days, hours=1)
    prep = Preparation(
        job=archive.job.without_extra_fields(),
        analysis=analysis,
        training=training,
        plan=plan,
        slots=[Slot(start=start, end=start + timedelta(hours=1), interviewer_id="iv-001")],
        known_dimensions=list(archive.job.weights),
    )
    run = RunRef(
        workflow_id="reinterview-x",
        run_id="run-1",
        candidate_id=archive.candidate.candidate_id,
        job_id=archive.job.job_id,
    )
    return {
        "prep": prep.model_dump(mode="json"),
        "labels": labels,
        "locale": locale,
        "run": run.model_dump(),
        "trigger_kind": kind.value,
        "background": report_background(archive, trigger, locale).model_dump(mode="json"),
    }


def render(name: str, context: dict) -> str:
    return email_environment().get_template(f"reports/{name}").render(**context)


def zhang_san(**candidate_updates) -> tuple[CandidateArchive, Interview]:
    archive = seed_archive("cand-001", "job-ecom-support", **candidate_updates)
    (trigger,) = [i for i in archive.interviews if i.interview_id == "ai-770"]
    return archive, trigger


def test_analysis_report_of_zhang_san_shows_the_seed_example():
    """ "候选人张三，本科，2年客服经验，原AI面试得分70分（岗位阈值75分），技能短板为'客户投诉处理'…"""
    archive, trigger = zhang_san()
    html = render("analysis.html", contexts(archive, trigger, TriggerKind.LOW_SCORE, days=1))
    assert "综合分析报告" in html
    # basic information: profile, resume, assessments, recordings of the AI interview
    for text in (
        "张三",
        "cand-001",
        "本科",
        "2 年",
        "视觉型（视频）",
        "zh-CN / Asia/Shanghai",
        "2年电商客服经验",
        "性格测试",
        "agreeableness: 78",
        "s3://ai-interviews/ai-770/video.mp4",
        "s3://ai-interviews/ai-770/audio.m4a",
        "s3://ai-interviews/ai-770/transcript.json",
        "AI 面试得分低于岗位要求",
    ):
        assert text in html, text
    # original result: 70 against the threshold 75, the gap
    assert "<b>70</b> / 岗位阈值 75" in html and "低于阈值 5 分" in html
    assert "客户投诉处理: 60" in html and "核心技能" in html
    # training: an intensive plan a day before the interview, with the seed's 2-hour course
    assert "短期强化" in html and "距最早可安排的重新面试 1 天" in html
    assert "客户投诉处理技巧" in html and "案例分析" in html and "模拟练习" in html
    # focus and never-asked questions
    assert "重新面试重点与问题" in html and "客户因收到破损商品投诉，你如何处理？" in html


def test_analysis_report_in_english_for_a_reader_with_a_blended_plan():
    archive = seed_archive("cand-003", "job-project-manager")
    (trigger,) = archive.interviews
    html = render("analysis.html", contexts(archive, trigger, TriggerKind.LOW_SCORE, days=8))
    assert archive.candidate.locale == "zh-CN"  # the seed's PM candidate reads Chinese; render in English too
    english = {**contexts(archive, trigger, TriggerKind.LOW_SCORE, days=8), "locale": "en"}
    en = render("analysis.html", english)
    assert "线上 + 线下混合" in html and "模拟面试" in html
    assert "blended (online + workshop)" in en and "mock interview" in en and "Basic information" in en
    assert "73.8" in en and "threshold 75" in en


def test_analysis_report_names_an_unfinished_interview_and_its_reason():
    archive = seed_archive("cand-004", "job-data-analyst")
    (trigger,) = archive.interviews
    html = render("analysis.html", contexts(archive, trigger, TriggerKind.INCOMPLETE, days=3))
    assert "未完成原因: network" in html and "客观原因" in html
    assert "s3://ai-interviews/ai-779/transcript.json" in html


def test_every_report_escapes_archive_text():
    archive, trigger = zhang_san(name=SCRIPT, resume=f"简历 {SCRIPT}")
    archive = archive.model_copy(update={"job": archive.job.model_copy(update={"title": SCRIPT})})
    context = contexts(archive, trigger, TriggerKind.LOW_SCORE, days=5)
    report = build_feedback_report(
        archive,
        analyze(archive, TriggerKind.LOW_SCORE, trigger, [], "zh-CN"),
        SubmitResult(dimension_scores={"complaint_handling": 85}, comments=SCRIPT),
        archive.trainings,
        "zh-CN",
    )
    feedback = {
        "report": report.model_dump(mode="json"),
        "labels": context["labels"],
        "locale": "zh-CN",
        "audience": "internal",
        "job_title": SCRIPT,
    }
    for html in (
        render("analysis.html", context),
        render("interview_plan.html", context),
        render("feedback.html", feedback),
    ):
        assert "<script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_interview_plan_shows_focus_questions_tools_rubric_and_training_follow_up():
    archive, trigger = zhang_san()
    html = render("interview_plan.html", contexts(archive, trigger, TriggerKind.LOW_SCORE, days=1))
    assert "个性化面试方案" in html and "电商客服" in html
    assert "客户投诉处理" in html and "情景模拟" in html and "案例分析" in html
    for criterion, weight in (("逻辑清晰", "20%"), ("解决方案有效", "30%"), ("情绪管理", "20%")):
        assert f"<td>{criterion}</td><td>{weight}</td>" in html


@pytest.mark.parametrize("audience", ["internal", "candidate"])
def test_feedback_report_shows_before_and_after(audience):
    """ "张三本次面试得分80分（原得分70分），'客户投诉处理'维度得分从60分提升到85分 … 建议录用"."""
    archive, trigger = zhang_san()
    analysis = analyze(archive, TriggerKind.LOW_SCORE, trigger, [], "zh-CN")
    result = SubmitResult(
        dimension_scores={"complaint_handling": 85, "communication": 80},
        comments="能熟练运用培训中学的技巧处理客户投诉",
        submitted_by="interviewer:li",
    )
    report = build_feedback_report(archive, analysis, result, archive.trainings, "zh-CN")
    if audience == "candidate":
        report = report.model_copy(update={"internal_notes": ""})
    labels = {code: archive.label(code, "zh-CN") for code in archive.dimensions}
    html = render(
        "feedback.html",
        {
            "report": report.model_dump(mode="json"),
            "labels": labels,
            "locale": "zh-CN",
            "audience": audience,
            "job_title": archive.job.title,
        },
    )
    assert "重新面试反馈报告" in html
    assert "总分: 70 → <b>80</b>\n (阈值 75)" in html
    assert '<td>客户投诉处理</td><td>60</td>\n<td class="up">85</td>\n<td>40%</td>' in html
    assert ("建议录用" in html) is (audience == "internal")
    assert ("内部备注" in html) is (audience == "internal")
    assert "《高级客户服务技巧》" in html  # next training


def test_feedback_report_in_english_words_the_recommendation():
    archive, trigger = zhang_san()
    analysis = analyze(archive, TriggerKind.LOW_SCORE, trigger, [], "en")
    report = build_feedback_report(
        archive, analysis, SubmitResult(dimension_scores={"complaint_handling": 72}), archive.trainings, "en"
    )
    html = render(
        "feedback.html",
        {
            "report": report.model_dump(mode="json"),
            "labels": {},
            "locale": "en",
            "audience": "internal",
            "job_title": archive.job.title,
        },
    )
    assert report.overall_after == 74.8 and "Overall: 70 → <b>74.8</b>" in html
    assert "<b>needs further assessment</b>" in html
