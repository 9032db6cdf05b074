"""The demo dataset (data/demo.json, data/demo_scenarios.json) is valid, complete and self-consistent.

The expected numbers of every scenario are recomputed here with a small helper that follows CONTRACT.md's
scoring rules, independently of the service's own policy code.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from schemas.archive import ArchiveImport
from schemas.contract import CandidateReply, HrDecision, SubmitResult, TrainingCompleted, TriggerSignal

DATA = Path(__file__).resolve().parents[2] / "data"
TRIGGER_KINDS = {"low_score", "incomplete", "requirement_change", "candidate_request", "manual"}
NO_REPORT_OUTCOMES = {
    "not_needed",
    "declined",
    "no_response",
    "no_show",
    "cancelled",
    "rejected_by_hr",
    "limit_reached",
}


@cache
def demo() -> dict:
    return json.loads((DATA / "demo.json").read_text(encoding="utf-8"))


@cache
def scenarios() -> list[dict]:
    return json.loads((DATA / "demo_scenarios.json").read_text(encoding="utf-8"))


def by_id(section: str, key: str) -> dict[str, dict]:
    return {row[key]: row for row in demo()[section]}


def jobs() -> dict[str, dict]:
    return by_id("jobs", "job_id")


def dimension_codes() -> set[str]:
    return {d["code"] for d in demo()["dimensions"]}


def course_by_title(title: str) -> dict:
    matches = [c for c in demo()["courses"] if c["title"].strip("《》") == title]
    assert matches, f"no course titled {title}"
    return matches[0]


def scenario_for(candidate_id: str) -> dict:
    (found,) = [s for s in scenarios() if s["candidate_id"] == candidate_id]
    return found


# ---------------------------------------------------------------- the rules, restated independently


def weighted(weights: dict[str, float], scores: dict[str, float]) -> Decimal:
    """Σ weight × score in exact decimal arithmetic (no float drift, no hidden rounding)."""
    return sum((Decimal(str(weights[d])) * Decimal(str(scores[d])) for d in weights), Decimal(0))


def earlier_interviews(scenario: dict) -> list[dict]:
    """The archive's interviews for this candidate and job (and the job it was upgraded from), plus a new
    interview the trigger brings."""
    job = jobs()[scenario["job_id"]]
    job_ids = {job["job_id"]} | ({job["upgraded_from"]} if job.get("upgraded_from") else set())
    found = [
        i for i in demo()["interviews"] if i["candidate_id"] == scenario["candidate_id"] and i["job_id"] in job_ids
    ]
    trigger = scenario["trigger"]
    if trigger["kind"] == "ai_result" and trigger["interview"]["interview_id"] not in by_id(
        "interviews", "interview_id"
    ):
        found.append(trigger["interview"])
    return found


def best_scores(interviews: list[dict]) -> dict[str, float]:
    best: dict[str, float] = {}
    for interview in interviews:
        for code, score in interview["dimension_scores"].items():
            best[code] = max(best.get(code, score), score)
    return best


def recommend(job: dict, overall: float, after: dict[str, float]) -> str:
    core_ok = all(after[c] >= job["gap_bar"] for c in job["core_skills"])
    if overall >= job["pass_threshold"] and core_ok:
        return "recommend_hire"
    if overall >= job["pass_threshold"] - job.get("further_assessment_band", 5):
        return "needs_further_assessment"
    return "not_meeting"


def effective_trigger_kind(scenario: dict) -> str | None:
    """TriggerKind the service should record; None for an ai_result that meets the bar (not_needed)."""
    trigger, job = scenario["trigger"], jobs()[scenario["job_id"]]
    if trigger["kind"] != "ai_result":
        return trigger["kind"]
    interview = trigger["interview"]
    if not interview["completed"]:
        return "incomplete"
    overall = interview["overall_score"]
    if overall is None:
        overall = float(weighted(job["weights"], interview["dimension_scores"]))
    return "low_score" if overall < job["pass_threshold"] else None


# ---------------------------------------------------------------- demo.json


def test_demo_file_validates_as_an_archive_import():
    archive = ArchiveImport.model_validate(demo())
    assert archive.jobs and archive.candidates and archive.interviews and archive.interviewers


def test_every_job_weighs_known_dimensions_summing_exactly_to_one():
    codes = dimension_codes()
    for job in demo()["jobs"]:
        assert re.fullmatch(r"job-[a-z0-9-]+", job["job_id"]), job["job_id"]
        assert sum(Decimal(str(w)) for w in job["weights"].values()) == 1, job["job_id"]
        assert set(job["weights"]) <= codes, job["job_id"]
        assert set(job["core_skills"]) <= set(job["weights"]), job["job_id"]
        assert job["core_skills"], job["job_id"]


def test_seed_jobs_carry_the_seed_numbers():
    j = jobs()
    assert j["job-tech-engineer"]["pass_threshold"] == 75
    assert j["job-customer-service"]["pass_threshold"] == 70
    assert j["job-sales"]["pass_threshold"] == 70
    assert j["job-rnd-engineer"]["pass_threshold"] == 80
    assert j["job-ml-engineer"]["pass_threshold"] == 75
    assert j["job-ecom-support"]["core_skills"] == ["complaint_handling"]
    assert j["job-tech-support"]["core_skills"] == ["troubleshooting"]
    assert j["job-data-analyst"]["weights"]["data_analysis"] == 0.4
    assert j["job-data-analyst"]["weights"]["communication"] == 0.2
    assert j["job-project-manager"]["weights"]["teamwork"] == 0.35
    assert j["job-project-manager"]["weights"]["problem_solving"] == 0.3
    junior, mid = j["job-ops-junior"], j["job-ops-mid"]
    assert (junior["level"], mid["level"]) == ("junior", "mid")
    assert set(mid["weights"]) - set(junior["weights"]) == {"data_analysis"}
    assert mid["upgraded_from"] == "job-ops-junior"


def test_dimensions_are_ascii_snake_case_with_both_labels():
    dims = demo()["dimensions"]
    assert len(dims) >= 8
    assert len({d["code"] for d in dims}) == len(dims)
    for d in dims:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", d["code"]), d["code"]
        assert d["label_zh"].strip() and d["label_en"].strip()
    assert {
        "complaint_handling",
        "communication",
        "teamwork",
        "problem_solving",
        "data_analysis",
        "machine_learning",
        "emotion_management",
        "troubleshooting",
    } <= dimension_codes()


def test_every_dimension_has_four_bilingual_questions_of_two_kinds():
    questions = demo()["questions"]
    assert len({q["question_id"] for q in questions}) == len(questions)
    for code in dimension_codes():
        mine = [q for q in questions if q["dimension"] == code]
        assert len(mine) >= 4, code
        assert len({q["kind"] for q in mine}) >= 2, code
        for q in mine:
            assert re.fullmatch(rf"q-{code}-\d+", q["question_id"]), q["question_id"]
            assert re.search(r"[\u4e00-\u9fff]", q["text_zh"]), q["question_id"]
            assert q["text_en"].isascii() and q["text_en"].strip(), q["question_id"]
    assert {q["kind"] for q in questions} == {"technical", "situational", "case"}


@pytest.mark.parametrize(
    ("dimension", "text"),
    [
        ("data_analysis", "请用SQL查询近30天的销售数据"),
        ("teamwork", "请描述一次你与同事意见分歧的经历，你是如何解决的？"),
        ("machine_learning", "请用TensorFlow实现一个简单的图像分类模型"),
        ("complaint_handling", "客户因收到破损商品投诉，你如何处理？"),
    ],
)
def test_seed_questions_are_in_the_bank(dimension, text):
    assert any(q["dimension"] == dimension and q["text_zh"] == text for q in demo()["questions"])


def test_seed_courses_are_in_the_catalog():
    for title in [
        "客户投诉处理技巧",
        "情绪管理",
        "高级客户服务技巧",
        "深度学习框架",
        "硬件故障排查",
        "软件调试",
        "客户服务技巧",
    ]:
        course_by_title(title)
    assert "troubleshooting" in course_by_title("硬件故障排查")["dimensions"]
    assert "troubleshooting" in course_by_title("软件调试")["dimensions"]
    assert "machine_learning" in course_by_title("深度学习框架")["dimensions"]
    short = course_by_title("客户投诉处理技巧")
    assert (short["format"], short["hours"]) == ("online", 2)
    advanced = course_by_title("高级客户服务技巧")
    assert advanced["level"] == "advanced" and "complaint_handling" in advanced["dimensions"]


def test_course_catalog_covers_formats_media_and_levels():
    courses = demo()["courses"]
    assert len(courses) >= 20
    assert len({c["course_id"] for c in courses}) == len(courses)
    assert {c["format"] for c in courses} == {"online", "workshop", "blended"}
    assert {c["media"] for c in courses} == {"video", "text"}
    for c in courses:
        assert c["level"] in {"basic", "advanced"}, c["course_id"]
        assert c["title_en"].strip(), c["course_id"]
        assert c["hours"] > 0 and set(c["dimensions"]) <= dimension_codes(), c["course_id"]


def test_every_dimension_has_a_short_online_course_in_both_media_and_a_longer_one():
    courses = demo()["courses"]
    for code in dimension_codes():
        mine = [c for c in courses if code in c["dimensions"]]
        short = [c for c in mine if c["format"] == "online" and c["hours"] <= 2]
        assert {c["media"] for c in short} == {"video", "text"}, code
        assert all({"case_analysis", "simulation"} <= set(c.get("activities", [])) for c in short), code
        assert any(c["format"] in {"blended", "workshop"} for c in mine), code


def test_every_reference_resolves():
    candidates, jobs_ = by_id("candidates", "candidate_id"), jobs()
    courses, questions = by_id("courses", "course_id"), by_id("questions", "question_id")
    codes = dimension_codes()
    for i in demo()["interviews"]:
        assert i["candidate_id"] in candidates and i["job_id"] in jobs_, i["interview_id"]
        assert set(i["dimension_scores"]) <= set(jobs_[i["job_id"]]["weights"]), i["interview_id"]
        assert set(i["asked_question_ids"]) <= set(questions), i["interview_id"]
        assert i["asked_question_ids"], i["interview_id"]
    for row in demo()["assessments"] + demo()["trainings"]:
        assert row["candidate_id"] in candidates
    for t in demo()["trainings"]:
        assert t["course_id"] in courses
    for q in demo()["questions"]:
        assert q["dimension"] in codes
    for iv in demo()["interviewers"]:
        assert set(iv["job_ids"]) <= set(jobs_), iv["interviewer_id"]
    assert {j for iv in demo()["interviewers"] for j in iv["job_ids"]} == set(jobs_)


def test_interviews_report_the_overall_the_rules_give():
    """Reported overall scores agree with the rules, so 'as reported' and 'computed' never disagree."""
    for i in demo()["interviews"]:
        weights = jobs()[i["job_id"]]["weights"]
        if i["completed"]:
            assert set(i["dimension_scores"]) == set(weights), i["interview_id"]
            assert weighted(weights, i["dimension_scores"]) == Decimal(str(i["overall_score"])), i["interview_id"]
        else:
            assert i["incomplete_reason"] and i["overall_score"] is None, i["interview_id"]
            assert set(i["dimension_scores"]) < set(weights), i["interview_id"]
        links = [i["media"].get(kind) for kind in ("video", "audio", "transcript")]
        assert all(link.startswith("s3://") for link in links if link is not None), i["interview_id"]
        assert any(links), i["interview_id"]


def test_candidates_are_opaque_varied_and_fictional():
    candidates = demo()["candidates"]
    assert len(candidates) >= 12
    for c in candidates:
        assert re.fullmatch(r"cand-\d{3}", c["candidate_id"]), c["candidate_id"]
        assert c["email"].endswith(("@example.com", "@example.org")), c["candidate_id"]
        assert c["resume"].strip() and c["education"].strip(), c["candidate_id"]
    assert {c["locale"] for c in candidates} == {"zh-CN", "en"}
    assert {c["learning_style"] for c in candidates} == {"video", "text"}


def test_seed_candidates():
    candidates, interviews = by_id("candidates", "candidate_id"), by_id("interviews", "interview_id")
    zhang = candidates["cand-001"]
    assert (zhang["name"], zhang["education"], zhang["years_experience"]) == ("张三", "本科", 2)
    ai_770 = interviews["ai-770"]
    assert (ai_770["job_id"], ai_770["overall_score"]) == ("job-ecom-support", 70)
    assert ai_770["dimension_scores"]["complaint_handling"] == 60
    assert jobs()["job-ecom-support"]["pass_threshold"] == 75
    li = interviews["ai-778"]
    assert (li["candidate_id"], li["job_id"], li["overall_score"]) == ("cand-002", "job-ml-engineer", 72)
    assert li["dimension_scores"]["machine_learning"] == 60
    # R-A2: 沟通能力 65 and 团队合作 70 fall below this job's bar of 75, nothing else does.
    pm = interviews["ai-771"]
    bar = jobs()[pm["job_id"]]["gap_bar"]
    assert sorted(d for d, s in pm["dimension_scores"].items() if s < bar) == ["communication", "teamwork"]
    assert (pm["dimension_scores"]["communication"], pm["dimension_scores"]["teamwork"]) == (65, 70)
    assert any(t["course_id"] == course_by_title("客户服务技巧")["course_id"] for t in demo()["trainings"])


def test_interviewers_are_free_every_weekday_morning_and_afternoon_through_2027():
    expected = []
    day = date(2026, 11, 23)
    while day <= date(2027, 12, 31):
        if day.weekday() < 5:
            for start, end in (("09:00", "12:00"), ("14:00", "18:00")):
                expected.append((f"{day}T{start}:00+08:00", f"{day}T{end}:00+08:00"))
        day += timedelta(days=1)
    interviewers = demo()["interviewers"]
    assert len(interviewers) >= 4
    for iv in interviewers:
        assert iv["email"].endswith("@example.com"), iv["interviewer_id"]
        assert [(w["start"], w["end"]) for w in iv["availability"]] == expected, iv["interviewer_id"]


# ---------------------------------------------------------------- demo_scenarios.json


def test_scenario_payloads_validate_against_the_contract():
    for s in scenarios():
        assert s["candidate_id"] in by_id("candidates", "candidate_id"), s["name"]
        assert s["job_id"] in jobs(), s["name"]
        assert TriggerSignal.model_validate(s["trigger"]).problems() == [], s["name"]
        for t in s["training_completed"]:
            TrainingCompleted.model_validate(t)
        if s["reply"] is not None:
            CandidateReply.model_validate(s["reply"])
        if s["result"] is not None:
            SubmitResult.model_validate(s["result"])
        if s.get("hr_decision") is not None:
            HrDecision.model_validate(s["hr_decision"])


def test_scenarios_cover_every_trigger_kind_and_distinct_runs():
    kinds = {effective_trigger_kind(s) for s in scenarios()}
    assert kinds >= TRIGGER_KINDS
    assert len({(s["candidate_id"], s["job_id"]) for s in scenarios()}) == len(scenarios())


def test_ai_result_triggers_match_the_archive_or_are_new():
    archived = by_id("interviews", "interview_id")
    for s in scenarios():
        if s["trigger"]["kind"] != "ai_result":
            continue
        sent = s["trigger"]["interview"]
        if sent["interview_id"] in archived:
            stored = archived[sent["interview_id"]]
            assert (stored["candidate_id"], stored["job_id"]) == (s["candidate_id"], s["job_id"]), s["name"]
            for key in ("completed", "incomplete_reason", "overall_score", "dimension_scores", "asked_question_ids"):
                assert sent[key] == stored[key], (s["name"], key)
        else:
            weights = jobs()[s["job_id"]]["weights"]
            assert weighted(weights, sent["dimension_scores"]) == Decimal(str(sent["overall_score"])), s["name"]


def test_scenario_inputs_fit_their_job():
    courses = by_id("courses", "course_id")
    for s in scenarios():
        job = jobs()[s["job_id"]]
        if s["result"] is not None:
            assert set(s["result"]["dimension_scores"]) <= set(job["weights"]), s["name"]
            assert all(0 <= v <= 100 for v in s["result"]["dimension_scores"].values()), s["name"]
        for t in s["training_completed"]:
            assert set(courses[t["course_id"]]["dimensions"]) & set(job["weights"]), s["name"]
        if s["trigger"]["kind"] == "requirement_change":
            assert s["trigger"]["from_job_id"] == job["upgraded_from"], s["name"]
            assert set(s["trigger"]["added_dimensions"]) == set(job["weights"]) - set(
                jobs()[job["upgraded_from"]]["weights"]
            ), s["name"]


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda s: s["candidate_id"])
def test_scenario_expectations_follow_the_rules(scenario):
    job, expect = jobs()[scenario["job_id"]], scenario["expect"]
    outcome = expect["outcome"]
    if scenario["result"] is None:
        assert outcome in NO_REPORT_OUTCOMES
        assert (expect["overall_before"], expect["overall_after"], expect["dimensions"]) == (None, None, {})
        return

    earlier = earlier_interviews(scenario)
    best = best_scores(earlier)
    new = scenario["result"]["dimension_scores"]
    after = {d: new.get(d, best.get(d)) for d in job["weights"]}
    assert None not in after.values(), "every weighed dimension must end up scored"
    exact = weighted(job["weights"], after)
    assert exact == exact.quantize(Decimal("0.1")), "keep the sum off a rounding boundary"
    overall = round(float(exact), 1)

    assert expect["overall_after"] == overall
    assert expect["dimensions"] == {d: [best.get(d), after[d]] for d in job["weights"]}
    assert outcome == recommend(job, overall, after)
    # CONTRACT: the triggering interview's overall as reported, else computed by the rules (missing dimensions
    # count 0). Without a triggering interview, the latest one on file; taken for the job this one was upgraded
    # from (a requirement change), it is computed by this job's weights.
    trigger = scenario["trigger"]
    if trigger["kind"] == "ai_result":
        reference, reported = trigger["interview"], trigger["interview"]["overall_score"]
    else:
        reference = max(earlier, key=lambda i: datetime.fromisoformat(i["taken_at"]))
        reported = reference["overall_score"] if reference["job_id"] == job["job_id"] else None
    computed = weighted(job["weights"], {d: reference["dimension_scores"].get(d, 0) for d in job["weights"]})
    assert expect["overall_before"] == (reported if reported is not None else float(computed.quantize(Decimal("0.1"))))
    assert scenario["reply"] is not None and scenario["reply"]["intent"] == "confirm"
    assert effective_trigger_kind(scenario) is not None


@pytest.mark.parametrize("scenario", scenarios(), ids=lambda s: s["candidate_id"])
def test_scenarios_without_a_result_end_for_the_right_reason(scenario):
    outcome, reply = scenario["expect"]["outcome"], scenario["reply"]
    job = jobs()[scenario["job_id"]]
    earlier = earlier_interviews(scenario)
    hr = scenario.get("hr_decision")
    if scenario["trigger"]["kind"] == "candidate_request":
        assert hr is not None and scenario["trigger"]["reason"].strip()
    if outcome == "no_response":
        assert reply is None and effective_trigger_kind(scenario) is not None
    elif outcome == "declined":
        assert reply is not None and reply["intent"] == "decline"
    elif outcome == "not_needed":
        assert effective_trigger_kind(scenario) is None
    elif outcome == "rejected_by_hr":
        assert hr is not None and hr["approved"] is False
    elif outcome == "limit_reached":
        done = [i for i in earlier if i.get("source") == "reinterview"]
        assert effective_trigger_kind(scenario) is not None and len(done) >= job["max_attempts"]
    else:
        assert scenario["result"] is not None
        if hr is not None:
            assert hr["approved"] is True


def test_required_scenarios_end_as_the_seed_says():
    outcomes = {s["expect"]["outcome"] for s in scenarios()}
    assert {
        "recommend_hire",
        "needs_further_assessment",
        "not_meeting",
        "not_needed",
        "no_response",
        "declined",
        "limit_reached",
        "rejected_by_hr",
    } <= outcomes

    zhang = scenario_for("cand-001")["expect"]
    assert zhang["outcome"] == "recommend_hire"
    assert (zhang["overall_before"], zhang["overall_after"]) == (70, 80.0)
    assert zhang["dimensions"]["complaint_handling"] == [60, 85]

    li = scenario_for("cand-002")
    (training,) = li["training_completed"]
    assert (training["pre_score"], training["assessment_score"]) == (60, 80)
    assert "machine_learning" in by_id("courses", "course_id")[training["course_id"]]["dimensions"]
    assert li["expect"]["outcome"] == "recommend_hire"
    assert li["expect"]["dimensions"]["machine_learning"] == [60, 80]

    en = [s for s in scenarios() if by_id("candidates", "candidate_id")[s["candidate_id"]]["locale"] == "en"]
    assert en and all(s["reply"] is None or s["reply"]["text"].isascii() for s in en)


# ---------------------------------------------------------------- R-L2: the plan follows the days until the interview

# With the job's lead time, the earliest time offered is that many days on, or the next weekday morning after a
# weekend (interviewers are free on weekdays): a 1-day lead is never more than 3 whole days away, a 7-day lead at
# least 7. Without one, the default lead (the policy's 2 days plus 2 days of training) gives a standard plan.
TRAINING_MODE_LEAD_DAYS = {"intensive": range(1, 2), "blended": range(7, 91)}


def test_the_demo_shows_an_intensive_and_a_blended_training_plan():
    modes = {s["candidate_id"]: s["expect"].get("training_mode") for s in scenarios()}
    assert modes["cand-001"] == "intensive"  # 张三: 《客户投诉处理技巧》 online, 2 h, cases and simulation
    assert modes["cand-003"] == "blended"  # the project manager re-interviews after a week: online + workshop
    for s in scenarios():
        mode, job = s["expect"].get("training_mode"), jobs()[s["job_id"]]
        if mode is None:
            continue
        assert s["result"] is not None, s["name"]  # the run reaches the invitation with its plan
        assert job.get("reinterview_lead_days") in TRAINING_MODE_LEAD_DAYS[mode], s["name"]
        assert [t for t in scenarios() if t["job_id"] == s["job_id"]] == [s], "one scenario per job with a lead"


def test_the_intensive_and_blended_jobs_have_the_courses_their_plans_need():
    courses = demo()["courses"]
    zhang = jobs()["job-ecom-support"]
    short = [
        c
        for c in courses
        if set(c["dimensions"]) & set(zhang["core_skills"]) and c["format"] == "online" and c["hours"] <= 2
    ]
    assert short and all({"case_analysis", "simulation"} <= set(c["activities"]) for c in short)
    pm = jobs()["job-project-manager"]
    assert any(c["format"] in {"workshop", "blended"} and set(c["dimensions"]) & set(pm["weights"]) for c in courses)
