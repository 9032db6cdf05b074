"""The feedback report (R-R1–R-R3), with the seed's golden case of 张三."""

from __future__ import annotations

from datetime import UTC, datetime

from policy.analysis import analyze
from policy.report import build_feedback_report
from schemas.archive import Candidate, CandidateArchive, Course, Dimension, Interview, Job, PastReinterview, Training
from schemas.contract import Recommendation, SubmitResult, TriggerKind
from schemas.locale import Locale

# E-commerce support: 0.4 × 60 + 0.35 × 80 + 0.25 × 72 = 70 before; with 客户投诉处理 85 it is 80 after.
JOB = Job(
    job_id="job-ecs",
    title="电商客服",
    pass_threshold=75,
    gap_bar=70,
    max_attempts=2,
    weights={"complaint_handling": 0.4, "communication": 0.35, "teamwork": 0.25},
    core_skills=["complaint_handling"],
)
LABELS = {
    "complaint_handling": ("客户投诉处理", "Complaint handling"),
    "communication": ("沟通能力", "Communication"),
    "teamwork": ("团队合作", "Teamwork"),
    "empathy": ("同理心", "Empathy"),
}


def course(cid: str, title: str, dims: list[str], level: str, title_en: str = "") -> Course:
    """A catalog course; `level` is one of the unknown fields an import may carry."""
    return Course.model_validate(
        {
            "course_id": cid,
            "title": title,
            "title_en": title_en,
            "dimensions": dims,
            "format": "online",
            "media": "video",
            "hours": 2,
            "level": level,
        }
    )


COURSES = [
    course("c-complaint", "客户投诉处理技巧", ["complaint_handling"], "basic"),
    course(
        "c-advanced-service",
        "高级客户服务技巧",
        ["complaint_handling", "communication"],
        "advanced",
        "Advanced customer service",
    ),
    course("c-team-adv", "高级团队协作", ["teamwork"], "advanced"),
    course("c-team-basic", "团队合作基础", ["teamwork"], "basic"),
]
FIRST = Interview(
    interview_id="ai-1",
    candidate_id="cand-zhangsan",
    job_id="job-ecs",
    overall_score=70,
    dimension_scores={"complaint_handling": 60, "communication": 80, "teamwork": 72},
    taken_at=datetime(2025, 3, 1, tzinfo=UTC),
)
TRAINED = Training(
    candidate_id="cand-zhangsan",
    course_id="c-complaint",
    completed_at=datetime(2025, 3, 3, tzinfo=UTC),
    pre_score=60,
    post_score=85,
)


def archive(locale: Locale = "zh-CN", trainings=(TRAINED,), runs=()) -> CandidateArchive:
    return CandidateArchive(
        candidate=Candidate(candidate_id="cand-zhangsan", name="张三", locale=locale),
        job=JOB,
        dimensions={c: Dimension(code=c, label_zh=zh, label_en=en) for c, (zh, en) in LABELS.items()},
        interviews=[FIRST],
        trainings=list(trainings),
        courses=COURSES,
        reinterviews=list(runs),
    )


def report(
    scores: dict[str, float],
    locale: Locale = "zh-CN",
    comments: str = "能熟练运用培训中学的技巧处理客户投诉",
    **archive_kw,
):
    arc = archive(locale, **archive_kw)
    analysis = analyze(arc, TriggerKind.LOW_SCORE, FIRST, [], locale)
    result = SubmitResult(dimension_scores=scores, comments=comments, submitted_by="interviewer:li")
    return build_feedback_report(arc, analysis, result, arc.trainings, locale)


def test_golden_zhang_san_complaint_handling_60_to_85_is_a_hire():
    r = report({"complaint_handling": 85})
    assert (r.overall_before, r.overall_after, r.threshold) == (70, 80.0, 75)
    assert r.recommendation == Recommendation.RECOMMEND_HIRE
    assert [(d.code, d.label, d.before, d.after, d.weight) for d in r.dimensions] == [
        ("complaint_handling", "客户投诉处理", 60, 85, 0.4),
        ("communication", "沟通能力", 80, 80, 0.35),
        ("teamwork", "团队合作", 72, 72, 0.25),
    ]
    assert r.strengths == ["客户投诉处理"]
    assert r.weaknesses == []
    assert r.next_training == ["《高级客户服务技巧》"]
    assert r.training_applied == ["《客户投诉处理技巧》：60 → 85"]
    assert r.comments == "能熟练运用培训中学的技巧处理客户投诉"
    notes = r.internal_notes.splitlines()
    assert notes[0] == "面试官评语（interviewer:li）：能熟练运用培训中学的技巧处理客户投诉"
    assert "第 1 次（上限 2 次）" in notes[1]
    assert "综合得分：70 → 80（岗位阈值 75）" in notes
    assert "已弥补的短板：客户投诉处理 60 → 85" in notes
    assert "仍存在的短板：无" in notes


def test_golden_zhang_san_in_english():
    r = report({"complaint_handling": 85}, locale="en")
    assert r.strengths == ["Complaint handling"]
    assert r.next_training == ["“Advanced customer service”"]
    assert r.training_applied == ["“客户投诉处理技巧”: 60 → 85"]  # no English title in the catalog
    assert "Gaps closed: Complaint handling 60 → 85" in r.internal_notes


def test_a_core_skill_still_below_the_bar_needs_further_assessment():
    r = report({"complaint_handling": 68, "communication": 95, "teamwork": 90})
    assert r.overall_after == 83.0
    assert r.recommendation == Recommendation.NEEDS_FURTHER_ASSESSMENT
    assert r.weaknesses == ["客户投诉处理"]
    assert r.strengths == ["沟通能力", "团队合作"]  # ≥ 85, and risen above the bar
    assert r.next_training == ["《高级客户服务技巧》"]  # the basic course is done; the next one for the skill


def test_weaknesses_get_basic_courses_first():
    r = report({"complaint_handling": 90, "teamwork": 60}, trainings=())
    assert r.weaknesses == ["团队合作"]
    assert r.next_training == ["《团队合作基础》"]
    assert r.overall_after == 79.0  # 36 + 28 + 15
    assert r.recommendation == Recommendation.RECOMMEND_HIRE  # teamwork is not a core skill


def test_not_meeting_far_below_the_threshold():
    r = report({"complaint_handling": 50, "communication": 60, "teamwork": 55})
    assert r.overall_after == 54.8
    assert r.recommendation == Recommendation.NOT_MEETING
    assert r.strengths == []
    assert r.weaknesses == ["客户投诉处理", "沟通能力", "团队合作"]


def test_an_extra_assessed_dimension_is_reported_with_no_weight():
    r = report({"complaint_handling": 85, "empathy": 90})
    assert [(d.code, d.before, d.after, d.weight) for d in r.dimensions][-1] == ("empathy", None, 90, 0.0)
    assert r.overall_after == 80.0
    assert "同理心" in r.strengths


def test_no_advanced_course_left_means_no_suggestion():
    done = Training(candidate_id="cand-zhangsan", course_id="c-advanced-service", post_score=90)
    r = report({"complaint_handling": 85}, trainings=(TRAINED, done))
    assert r.next_training == []


def test_attempt_count_counts_earlier_finished_runs():
    runs = [
        PastReinterview(
            workflow_id="w",
            run_id="r0",
            started_at=datetime(2025, 1, 1, tzinfo=UTC),
            ended_at=datetime(2025, 1, 5, tzinfo=UTC),
            outcome="not_meeting",
        ),
        PastReinterview(workflow_id="w", run_id="r1", started_at=datetime(2025, 3, 2, tzinfo=UTC)),
    ]
    r = report({"complaint_handling": 85}, runs=runs)
    assert "第 2 次（上限 2 次）" in r.internal_notes


def test_the_candidate_version_can_drop_internal_notes_without_losing_the_rest():
    r = report({"complaint_handling": 85})
    candidate_view = r.model_copy(update={"internal_notes": ""})
    assert candidate_view.recommendation == r.recommendation
    assert "interviewer:li" not in candidate_view.model_dump_json()
