"""Question recommendation (R-P2): per focus dimension, never-asked questions of mixed kinds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from schemas.archive import Question
from schemas.plans import QuestionPick

# Round-robin order: a hard-skill question (technical, else case) and a situational one come first.
KIND_ORDER = ("technical", "situational", "case")


def localized_text(question: Question, locale: str) -> str:
    """The question's text in the locale: English for "en", Chinese otherwise."""
    return question.text_en if locale == "en" else question.text_zh


def _mixed(questions: list[Question], limit: int) -> list[Question]:
    """Up to `limit` questions taking one of each kind in turn, by question_id within a kind."""
    queues = {
        kind: sorted((q for q in questions if q.kind == kind), key=lambda q: q.question_id) for kind in KIND_ORDER
    }
    picked: list[Question] = []
    while len(picked) < limit and any(queues.values()):
        for kind in KIND_ORDER:
            if queues[kind] and len(picked) < limit:
                picked.append(queues[kind].pop(0))
    return picked


def recommend_questions(
    dimensions: Sequence[str],
    bank: Iterable[Question],
    asked: set[str],
    locale: str,
    per_dimension: int = 2,
) -> list[QuestionPick]:
    """Up to `per_dimension` never-asked questions per dimension, in the dimensions' order."""
    bank = list(bank)
    picks: list[QuestionPick] = []
    used = set(asked)
    for dimension in dict.fromkeys(dimensions):
        fresh = {q.question_id: q for q in bank if q.dimension == dimension and q.question_id not in used}
        for question in _mixed(list(fresh.values()), per_dimension):
            used.add(question.question_id)
            picks.append(
                QuestionPick(
                    question_id=question.question_id,
                    dimension=dimension,
                    kind=question.kind,
                    text=localized_text(question, locale),
                )
            )
    return picks
