"""The comprehensive analysis (R-P3) and the personalized interview plan (R-P4)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policy.analysis import analyze, build_interview_plan, report_background
from schemas.archive import (
    Assessment,
    Candidate,
    CandidateArchive,
    Course,
    Dimension,
    Interview,
    Job,
    Media,
    Question,
    Training,
)
from schemas.contract import TriggerKind
from schemas.locale import Locale
from schemas.plans import QuestionKind, TrainingItem, TrainingPlan

WEIGHTS = {"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25}
LABELS = {
    "complaint_handling": ("客户投诉处理", "Complaint handling"),
    "communication": ("沟通能力", "Communication"),
    "teamwork": ("团队合作", "Teamwork"),
    "data_analysis": ("数据分析", "Data analysis"),
}


def make_job(**overrides) -> Job:
    fields = {
        "job_id": "job-ecs",
        "title": "电商客服",
        "pass_threshold": 75,
        "gap_bar": 70,
        "weights": WEIGHTS,
        "core_skills": ["complaint_handling"],
    }
    return Job(**{**fields, **overrides})


def q(qid: str, dimension: str, kind: QuestionKind, zh: str = "", en: str = "") -> Question:
    return Question(
        question_id=qid, dimension=dimension, kind=kind, text_zh=zh or f"问题{qid}", text_en=en or f"Question {qid}"
    )


QUESTIONS = [
    q("ch-1", "complaint_handling", "situational", "客户因收到破损商品投诉，你如何处理？"),
    q("ch-2", "complaint_handling", "case"),
    q("ch-3", "complaint_handling", "situational", "请描述一次你用培训中学的技巧处理客户投诉的经历"),
    q("cm-1", "communication", "situational"),
    q("tw-1", "teamwork", "situational", "请描述一次你与同事意见分歧的经历，你是如何解决的？"),
    q("da-1", "data_analysis", "technical", "请用SQL查询近30天的销售数据", "Query the last 30 days of sales with SQL"),
    q("da-2", "data_analysis", "technical"),
]


def ai(
    iid: str,
    scores: dict[str, float],
    overall: float | None = None,
    completed: bool = True,
    asked: tuple[str, ...] = (),
) -> Interview:
    return Interview(
        interview_id=iid,
        candidate_id="cand-zhangsan",
        job_id="job-ecs",
        completed=completed,
        overall_score=overall,
        dimension_scores=scores,
        asked_question_ids=list(asked),
        taken_at=datetime(2025, 3, 1, tzinfo=UTC),
    )


ZHANG_FIRST = ai("ai-1", {"complaint_handling": 60, "communication": 80, "teamwork": 72}, overall=70, asked=("ch-1",))


def archive(*interviews: Interview, job: Job | None = None, locale: Locale = "zh-CN") -> CandidateArchive:
    return CandidateArchive(
        candidate=Candidate(
            candidate_id="cand-zhangsan", name="张三", locale=locale, education="本科", years_experience=2
        ),
        job=job or make_job(),
        dimensions={c: Dimension(code=c, label_zh=zh, label_en=en) for c, (zh, en) in LABELS.items()},
        interviews=list(interviews),
        questions=QUESTIONS,
    )


def test_low_score_analysis_of_zhang_san():
    analysis = analyze(archive(ZHANG_FIRST), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN")
    assert analysis.overall_before == 70
    assert analysis.threshold == 75
    assert analysis.best_scores == {"complaint_handling": 60, "communication": 80, "teamwork": 72}
    assert analysis.weighted_overall == 70.0
    assert [(g.code, g.label, g.score, g.core, g.reason) for g in analysis.gaps] == [
        ("complaint_handling", "客户投诉处理", 60, True, "below_bar")
    ]
    assert analysis.focus == ["complaint_handling"]
    assert [p.question_id for p in analysis.questions] == ["ch-3", "ch-2"]  # ch-1 was asked already
    assert analysis.assessment_tools == ["情景模拟", "案例分析"]
    assert [(r.criterion, r.weight) for r in analysis.rubric] == [
        ("逻辑清晰", 0.2),
        ("解决方案有效", 0.3),
        ("情绪管理", 0.2),
        ("专业知识", 0.3),
    ]
    assert sum(r.weight for r in analysis.rubric) == pytest.approx(1)


def test_overall_before_is_computed_when_the_interview_reported_none():
    unreported = ZHANG_FIRST.model_copy(update={"overall_score": None})
    analysis = analyze(archive(unreported), TriggerKind.LOW_SCORE, unreported, [], "zh-CN")
    assert analysis.overall_before == 70.0


def test_overall_before_is_none_when_nothing_was_ever_scored():
    analysis = analyze(archive(), TriggerKind.CANDIDATE_REQUEST, None, [], "zh-CN")
    assert analysis.overall_before is None
    assert [g.reason for g in analysis.gaps] == ["never_scored"] * 3


def test_a_trigger_interview_missing_from_the_archive_still_counts():
    analysis = analyze(archive(), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN")
    assert analysis.best_scores["complaint_handling"] == 60
    assert "ch-1" not in {p.question_id for p in analysis.questions}


def test_incomplete_focuses_first_on_what_was_never_answered():
    earlier = ai("ai-0", {"complaint_handling": 75, "communication": 60, "teamwork": 80}, asked=("tw-1",))
    dropped = ai("ai-1", {"communication": 65}, completed=False)
    analysis = analyze(archive(earlier, dropped), TriggerKind.INCOMPLETE, dropped, [], "zh-CN")
    assert analysis.focus == ["complaint_handling", "teamwork", "communication"]
    assert [g.code for g in analysis.gaps] == ["communication"]


def test_incomplete_without_history_tags_unanswered_gaps():
    dropped = ai("ai-1", {"communication": 74}, completed=False)
    analysis = analyze(archive(dropped), TriggerKind.INCOMPLETE, None, [], "zh-CN")  # found in the archive
    assert analysis.focus == ["complaint_handling", "teamwork"]
    assert [(g.code, g.reason) for g in analysis.gaps] == [
        ("complaint_handling", "unanswered"),
        ("teamwork", "unanswered"),
    ]
    assert analysis.overall_before == 25.9  # 0.35 × 74, computed: nothing reported


def test_requirement_change_focuses_first_on_the_added_dimension():
    job = make_job(weights={"complaint_handling": 0.3, "communication": 0.3, "teamwork": 0.2, "data_analysis": 0.2})
    analysis = analyze(archive(ZHANG_FIRST, job=job), TriggerKind.REQUIREMENT_CHANGE, None, ["data_analysis"], "zh-CN")
    assert analysis.focus == ["data_analysis", "complaint_handling"]
    assert [(g.code, g.reason) for g in analysis.gaps] == [
        ("complaint_handling", "below_bar"),
        ("data_analysis", "added_by_change"),
    ]
    assert [p.text for p in analysis.questions[:2]] == ["请用SQL查询近30天的销售数据", "问题da-2"]
    assert analysis.assessment_tools == ["情景模拟", "案例分析", "技术实操练习"]


def test_requirement_change_before_the_job_is_updated_still_adds_a_gap():
    analysis = analyze(archive(ZHANG_FIRST), TriggerKind.REQUIREMENT_CHANGE, None, ["data_analysis"], "zh-CN")
    assert analysis.focus[0] == "data_analysis"
    added = [g for g in analysis.gaps if g.code == "data_analysis"]
    assert added and added[0].weight == 0 and added[0].reason == "added_by_change"


def test_without_gaps_the_focus_falls_back_to_core_then_weakest():
    strong = ai("ai-1", {"complaint_handling": 90, "communication": 78, "teamwork": 72}, overall=82)
    analysis = analyze(archive(strong), TriggerKind.CANDIDATE_REQUEST, strong, [], "zh-CN")
    assert analysis.gaps == []
    assert analysis.focus == ["complaint_handling", "teamwork", "communication"]


def test_english_analysis():
    analysis = analyze(archive(ZHANG_FIRST, locale="en"), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "en")
    assert analysis.gaps[0].label == "Complaint handling"
    assert analysis.assessment_tools == ["Situational simulation", "Case analysis"]
    assert [r.criterion for r in analysis.rubric] == [
        "Clear reasoning",
        "Effective solution",
        "Emotional composure",
        "Professional knowledge",
    ]
    assert analysis.questions[0].text == "Question ch-3"


def test_a_purely_technical_focus_gets_a_technical_rubric():
    job = make_job(weights={"data_analysis": 1.0}, core_skills=[])
    analysis = analyze(archive(job=job), TriggerKind.LOW_SCORE, None, [], "zh-CN")
    assert analysis.assessment_tools == ["技术实操练习"]
    assert [(r.criterion, r.weight) for r in analysis.rubric] == [
        ("逻辑清晰", 0.2),
        ("解决方案有效", 0.3),
        ("专业知识", 0.4),
        ("表达沟通", 0.1),
    ]


# --- build_interview_plan ------------------------------------------------------------------------------------

TRAINING = TrainingPlan(
    mode="intensive",
    days_available=2,
    items=[
        TrainingItem(
            course_id="c-complaint",
            title="客户投诉处理技巧",
            title_en="Handling customer complaints",
            dimension="complaint_handling",
            format="online",
            media="video",
            hours=2,
            core=True,
        ),
    ],
)
DONE = Training(
    candidate_id="cand-zhangsan",
    course_id="c-complaint",
    completed_at=datetime(2025, 3, 3, tzinfo=UTC),
    pre_score=60,
    post_score=85,
)
ZH_LABELS = {code: zh for code, (zh, _) in LABELS.items()}
EN_LABELS = {code: en for code, (_, en) in LABELS.items()}


def test_interview_plan_asks_how_the_training_was_applied():
    analysis = analyze(archive(ZHANG_FIRST), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN")
    plan = build_interview_plan(analysis, TRAINING, [DONE, DONE], ZH_LABELS, "zh-CN")
    assert plan.dimensions == ["complaint_handling"]
    assert plan.questions == analysis.questions
    assert plan.assessment_tools == ["情景模拟", "案例分析"] and plan.rubric == analysis.rubric
    assert plan.training_notes == [
        "已完成《客户投诉处理技巧》（客户投诉处理），培训后测评 85 分（培训前 60 分）：询问培训内容如何应用到实际工作中"
    ]


def test_interview_plan_in_english():
    analysis = analyze(archive(ZHANG_FIRST, locale="en"), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "en")
    plan = build_interview_plan(analysis, TRAINING, [DONE], EN_LABELS, "en")
    assert plan.training_notes == [
        (
            "Completed “Handling customer complaints” (Complaint handling), post-training score 85 (before: 60): "
            "ask how the training was applied in real work"
        )
    ]


def test_training_notes_skip_unfinished_courses_and_find_titles_in_the_catalog():
    analysis = analyze(archive(ZHANG_FIRST), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN")
    earlier = Training(candidate_id="cand-zhangsan", course_id="c-service", post_score=78)
    unfinished = Training(candidate_id="cand-zhangsan", course_id="c-emotion")
    catalog = [
        Course(
            course_id="c-service",
            title="客户服务技巧",
            dimensions=["communication"],
            format="online",
            media="video",
            hours=3,
        )
    ]
    plan = build_interview_plan(
        analysis,
        TrainingPlan(mode="none", days_available=0),
        [earlier, unfinished],
        ZH_LABELS,
        "zh-CN",
        courses=catalog,
    )
    assert plan.training_notes == [
        "已完成《客户服务技巧》（沟通能力），培训后测评 78 分：询问培训内容如何应用到实际工作中"
    ]


def test_no_completed_training_no_notes():
    analysis = analyze(archive(ZHANG_FIRST), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN")
    assert build_interview_plan(analysis, TRAINING, [], ZH_LABELS, "zh-CN").training_notes == []


# --- overall_before: the triggering interview's, never the best of the history ---------------------------------


def dated(interview: Interview, day: int) -> Interview:
    return interview.model_copy(update={"taken_at": datetime(2025, 3, day, tzinfo=UTC)})


EARLIER_90 = dated(ai("ai-0", {"complaint_handling": 90, "communication": 90, "teamwork": 90}, overall=90), 1)
LATER_50 = dated(ai("ai-1", {"complaint_handling": 50, "communication": 50, "teamwork": 50}), 5)  # none reported


def test_overall_before_is_the_triggers_computed_overall_not_a_better_earlier_one():
    analysis = analyze(archive(EARLIER_90, LATER_50), TriggerKind.LOW_SCORE, LATER_50, [], "zh-CN")
    assert analysis.overall_before == 50.0  # computed by the rules over the trigger's own scores
    assert analysis.weighted_overall == 90.0  # the best of the history is still there, under its own name
    assert analysis.best_scores["complaint_handling"] == 90


def test_overall_before_is_the_triggers_reported_overall_when_it_has_one():
    reported = LATER_50.model_copy(update={"overall_score": 52})
    analysis = analyze(archive(EARLIER_90, reported), TriggerKind.LOW_SCORE, reported, [], "zh-CN")
    assert analysis.overall_before == 52


def test_without_a_triggering_interview_overall_before_is_the_latest_interviews():
    for kind in (TriggerKind.CANDIDATE_REQUEST, TriggerKind.MANUAL):
        analysis = analyze(archive(EARLIER_90, LATER_50), kind, None, [], "zh-CN")
        assert analysis.overall_before == 50.0, kind


def test_an_interview_for_the_job_it_was_upgraded_from_is_recomputed_by_this_jobs_rules():
    junior = dated(ai("ai-j", {"complaint_handling": 80, "communication": 80, "teamwork": 80}, overall=80), 2)
    junior = junior.model_copy(update={"job_id": "job-ecs-junior"})
    job = make_job(weights={"complaint_handling": 0.3, "communication": 0.3, "teamwork": 0.2, "data_analysis": 0.2})
    analysis = analyze(archive(junior, job=job), TriggerKind.REQUIREMENT_CHANGE, None, ["data_analysis"], "zh-CN")
    assert analysis.overall_before == 64.0  # 0.8 × 80: the new dimension was never scored


def test_an_unfinished_trigger_records_its_reason():
    dropped = ai("ai-1", {"communication": 74}, completed=False).model_copy(update={"incomplete_reason": "network"})
    analysis = analyze(archive(dropped), TriggerKind.INCOMPLETE, dropped, [], "zh-CN")
    assert analysis.incomplete_reason == "network"
    unknown = dropped.model_copy(update={"incomplete_reason": None})
    assert analyze(archive(unknown), TriggerKind.INCOMPLETE, unknown, [], "zh-CN").incomplete_reason == "unknown"
    assert analyze(archive(ZHANG_FIRST), TriggerKind.LOW_SCORE, ZHANG_FIRST, [], "zh-CN").incomplete_reason is None


def test_report_background_has_profile_resume_assessments_and_recordings():
    with_media = ZHANG_FIRST.model_copy(update={"media": Media(video="s3://v/ai-1.mp4", transcript="s3://t/ai-1")})
    data = archive(with_media).model_copy(
        update={
            "candidate": Candidate(
                candidate_id="cand-zhangsan",
                name="张三",
                education="本科",
                years_experience=2,
                learning_style="text",
                resume="本科。" + "客服经验。" * 200,
            ),
            "assessments": [
                Assessment(
                    assessment_id="asm-1",
                    candidate_id="cand-zhangsan",
                    kind="skill_test",
                    score=60,
                    result={"topic": "complaints", "items": 20, "nested": {"a": 1}},
                )
            ],
            "trainings": [DONE],
            "courses": [
                Course(
                    course_id="c-complaint",
                    title="客户投诉处理技巧",
                    dimensions=["complaint_handling"],
                    format="online",
                    media="video",
                    hours=2,
                )
            ],
        }
    )
    background = report_background(data, with_media, "zh-CN")
    assert (
        background.profile.name,
        background.profile.education,
        background.profile.years_experience,
        background.profile.learning_style,
    ) == ("张三", "本科", 2, "text")
    assert len(background.resume_summary) == 300 and background.resume_summary.endswith("…")
    (attempt,) = background.attempts
    assert (attempt.video, attempt.audio, attempt.transcript) == ("s3://v/ai-1.mp4", None, "s3://t/ai-1")
    assert attempt.trigger and attempt.overall_score == 70 and attempt.overall_reported
    (assessment,) = background.assessments
    assert assessment.result == {"topic": "complaints", "items": "20", "nested": "{'a': 1}"}
    assert [(t.title, t.pre_score, t.post_score) for t in background.trainings] == [("客户投诉处理技巧", 60, 85)]
