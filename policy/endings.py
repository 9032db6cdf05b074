"""How a re-interview ends (R-W8): for each outcome, who is told and whether a booked interview is called off.

`close_run` (activities/reinterview.py) follows `ending_plan`: record the stage, call the booking off, send the
notices. Pure data and one pure function; tests/policy/test_endings.py checks every outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from policy.notices import Audience
from schemas.contract import Outcome

When = Literal["always", "if_invited", "never"]


@dataclass(frozen=True)
class Ending:
    """`hr`/`interviewer`: an outcome notice to them; `candidate`: when the candidate gets one; `call_off`: a booked
    interview that will not take place is cancelled (CANCEL to both sides, which tells them instead)."""

    hr: bool
    candidate: When
    interviewer: bool
    call_off: bool


_RESULT = Ending(hr=False, candidate="never", interviewer=False, call_off=False)  # the feedback report tells them

ENDINGS: dict[Outcome, Ending] = {
    Outcome.RECOMMEND_HIRE: _RESULT,
    Outcome.NEEDS_FURTHER_ASSESSMENT: _RESULT,
    Outcome.NOT_MEETING: _RESULT,
    Outcome.NOT_NEEDED: Ending(hr=False, candidate="never", interviewer=False, call_off=False),
    Outcome.DECLINED: Ending(hr=True, candidate="never", interviewer=False, call_off=True),
    Outcome.NO_RESPONSE: Ending(hr=True, candidate="always", interviewer=False, call_off=True),
    # Reported by someone: the interview was due, its calendar event stays.
    Outcome.NO_SHOW: Ending(hr=True, candidate="never", interviewer=True, call_off=False),
    # No result ever arrived: HR and the interviewer are told; nobody is blamed, the candidate is not written to.
    Outcome.RESULT_MISSING: Ending(hr=True, candidate="never", interviewer=True, call_off=False),
    Outcome.CANCELLED: Ending(hr=True, candidate="if_invited", interviewer=False, call_off=True),
    Outcome.REJECTED_BY_HR: Ending(hr=True, candidate="never", interviewer=False, call_off=False),  # decision email
    Outcome.REQUEST_EXPIRED: Ending(hr=True, candidate="always", interviewer=False, call_off=False),
    Outcome.LIMIT_REACHED: Ending(hr=True, candidate="never", interviewer=False, call_off=False),
    # HR continues by hand: told (its waiting to-dos close with the run); a booked interview stays as it is.
    Outcome.TAKEN_OVER: Ending(hr=True, candidate="never", interviewer=False, call_off=False),
}


@dataclass(frozen=True)
class EndingPlan:
    call_off: bool
    tell: frozenset[Audience]


def ending_plan(outcome: Outcome, *, invited: bool, booked: bool) -> EndingPlan:
    """What closing a run with `outcome` does, given whether the candidate was invited and a time is booked.

    A called-off booking tells the candidate and the interviewer by its cancellation; they get no outcome notice
    on top of it (except a candidate whose silence ended the run: they are told why).
    """
    ending = ENDINGS[outcome]
    call_off = ending.call_off and booked
    tell: set[Audience] = set()
    if ending.hr:
        tell.add("hr")
    if ending.interviewer and booked:
        tell.add("interviewer")
    if ending.candidate == "always" or (ending.candidate == "if_invited" and invited and not call_off):
        tell.add("candidate")
    return EndingPlan(call_off=call_off, tell=frozenset(tell))
