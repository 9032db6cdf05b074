"""Question recommendation (R-P2): never-asked, mixed kinds, deterministic, localized."""

from __future__ import annotations

from policy.questions import recommend_questions
from schemas.archive import Question
from schemas.plans import QuestionKind


def q(qid: str, dimension: str, kind: QuestionKind) -> Question:
    return Question(question_id=qid, dimension=dimension, kind=kind, text_zh=f"问题{qid}", text_en=f"Question {qid}")


BANK = [
    q("da-3", "data_analysis", "technical"),
    q("da-1", "data_analysis", "technical"),  # "请用SQL查询近30天的销售数据"
    q("da-2", "data_analysis", "case"),
    q("da-9", "data_analysis", "situational"),
    q("tw-2", "teamwork", "situational"),
    q("tw-1", "teamwork", "situational"),  # "请描述一次你与同事意见分歧的经历"
    q("tw-5", "teamwork", "case"),
    q("cm-1", "communication", "situational"),
]


def ids(picks) -> list[str]:
    return [p.question_id for p in picks]


def test_one_hard_skill_and_one_situational_question_per_dimension():
    picks = recommend_questions(["data_analysis", "teamwork"], BANK, set(), "zh-CN")
    assert ids(picks) == ["da-1", "da-9", "tw-1", "tw-5"]
    assert [p.kind for p in picks] == ["technical", "situational", "situational", "case"]
    assert [p.dimension for p in picks] == ["data_analysis", "data_analysis", "teamwork", "teamwork"]


def test_never_repeats_an_asked_question():
    picks = recommend_questions(["data_analysis", "teamwork"], BANK, {"da-1", "tw-1", "da-9"}, "zh-CN")
    assert ids(picks) == ["da-3", "da-2", "tw-2", "tw-5"]
    assert not {"da-1", "tw-1", "da-9"} & set(ids(picks))


def test_falls_back_to_one_kind_when_only_one_is_left():
    picks = recommend_questions(["teamwork"], BANK, {"tw-5"}, "zh-CN")
    assert ids(picks) == ["tw-1", "tw-2"]


def test_a_case_question_stands_in_for_a_missing_technical_one():
    picks = recommend_questions(["data_analysis"], BANK, {"da-1", "da-3"}, "zh-CN")
    assert [p.kind for p in picks] == ["situational", "case"]


def test_per_dimension_three_mixes_all_kinds():
    picks = recommend_questions(["data_analysis"], BANK, set(), "zh-CN", per_dimension=3)
    assert ids(picks) == ["da-1", "da-9", "da-2"]


def test_fewer_questions_when_the_bank_runs_out_and_none_for_unknown_dimensions():
    assert ids(recommend_questions(["communication", "sales"], BANK, set(), "zh-CN")) == ["cm-1"]
    assert recommend_questions(["communication"], BANK, {"cm-1"}, "zh-CN") == []


def test_text_follows_the_locale():
    assert recommend_questions(["communication"], BANK, set(), "en")[0].text == "Question cm-1"
    assert recommend_questions(["communication"], BANK, set(), "zh-CN")[0].text == "问题cm-1"


def test_dimensions_keep_the_given_order_and_repeat_once():
    picks = recommend_questions(["teamwork", "data_analysis", "teamwork"], BANK, set(), "zh-CN", per_dimension=1)
    assert ids(picks) == ["tw-1", "da-1"]


def test_the_order_does_not_depend_on_the_bank_order():
    forward = recommend_questions(["data_analysis", "teamwork"], BANK, set(), "en")
    backward = recommend_questions(["data_analysis", "teamwork"], list(reversed(BANK)), set(), "en")
    assert forward == backward
