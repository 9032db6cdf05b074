"""policy/endings.py: every outcome has a row; who is told and whether a booking is called off, case by case."""

from __future__ import annotations

import pytest

from policy.endings import ENDINGS, ending_plan
from schemas.contract import Outcome


def test_every_outcome_the_workflow_can_end_with_has_a_row() -> None:
    assert set(ENDINGS) == set(Outcome)


@pytest.mark.parametrize("outcome", [Outcome.RECOMMEND_HIRE, Outcome.NEEDS_FURTHER_ASSESSMENT, Outcome.NOT_MEETING])
def test_a_result_tells_nobody_an_outcome_the_feedback_report_does(outcome: Outcome) -> None:
    plan = ending_plan(outcome, invited=True, booked=True)
    assert plan.tell == frozenset() and not plan.call_off


def test_not_needed_tells_nobody() -> None:
    assert ending_plan(Outcome.NOT_NEEDED, invited=False, booked=False).tell == frozenset()


@pytest.mark.parametrize(
    ("outcome", "invited", "booked", "call_off", "tell"),
    [
        (Outcome.DECLINED, True, False, False, {"hr"}),
        (Outcome.DECLINED, True, True, True, {"hr"}),  # the cancellation tells both sides
        (Outcome.NO_RESPONSE, True, False, False, {"hr", "candidate"}),
        (Outcome.NO_RESPONSE, True, True, True, {"hr", "candidate"}),  # unanswered reschedule: told why, too
        (Outcome.CANCELLED, False, False, False, {"hr"}),  # before any invitation: the candidate knows nothing
        (Outcome.CANCELLED, True, False, False, {"hr", "candidate"}),
        (Outcome.CANCELLED, True, True, True, {"hr"}),
        (Outcome.NO_SHOW, True, True, False, {"hr", "interviewer"}),  # the interview was due: the event stays
        (Outcome.RESULT_MISSING, True, True, False, {"hr", "interviewer"}),  # nobody blamed, candidate not written to
        (Outcome.REJECTED_BY_HR, False, False, False, {"hr"}),  # the candidate had the decision email
        (Outcome.REQUEST_EXPIRED, False, False, False, {"hr", "candidate"}),
        (Outcome.LIMIT_REACHED, False, False, False, {"hr"}),
    ],
)
def test_who_is_told_and_what_is_called_off(
    outcome: Outcome, invited: bool, booked: bool, call_off: bool, tell: set[str]
) -> None:
    plan = ending_plan(outcome, invited=invited, booked=booked)
    assert plan.call_off is call_off
    assert plan.tell == frozenset(tell)


@pytest.mark.parametrize("outcome", list(Outcome))
def test_nothing_is_called_off_without_a_booking_and_no_interviewer_is_told_without_one(outcome: Outcome) -> None:
    plan = ending_plan(outcome, invited=True, booked=False)
    assert not plan.call_off and "interviewer" not in plan.tell
