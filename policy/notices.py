"""Who is told what at each step of a re-interview: the notify step's table (pure data, no I/O).

The workflow names a step and the run's people; `notices_for` says which recipient gets which template on which
channels, and `STEPS[step].todo` which HR to-do goes with it. The activity (activities/notify.py) builds each
recipient's context and sends; a later channel (SMS) is one more entry in a notice's `channels`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Channel = Literal["email", "sms"]
Audience = Literal["candidate", "interviewer", "previous_interviewer", "hr"]
InviteMethod = Literal["REQUEST", "CANCEL"]
TodoKind = Literal[
    "approve_request",
    "check_reply",
    "reply_escalation",
    "candidate_question",
    "unclear_reply",
    "result_escalation",
    "undeliverable",
    "interviewer_declined",
]


class Step(StrEnum):
    """A step of the run that tells people something (one notify activity each)."""

    APPROVAL_REQUEST = "approval_request"
    REQUEST_DECISION = "request_decision"
    FIRST_INVITATION = "first_invitation"  # the first invitation: HR is asked to watch for the reply too
    INVITATION = "invitation"  # later rounds (new times after a reschedule or a taken time)
    REPLY_REMINDER = "reply_reminder"
    REPLY_ESCALATION = "reply_escalation"
    QUESTION = "question"  # a candidate's question: an HR to-do, nobody emailed
    UNCLEAR_REPLY = "unclear_reply"  # a reply nobody could read, after the candidate was asked back: an HR to-do
    INTERVIEWER_DECLINED = "interviewer_declined"  # the booked interviewer declined or proposed another time
    CLARIFY = "clarify"  # a reply nobody could read: the candidate is asked back once (options, links), HR to-do
    DECLINE_PENDING = "decline_pending"  # a decline read from an email or calendar: echoed, closes after a grace
    REPLY_ECHO = "reply_echo"  # a reply acted on that sends the candidate nothing else: how it was read
    SCHEDULED = "scheduled"
    BRIEF = "brief"
    HANDED_OVER = "handed_over"  # the booking moved to another interviewer: CANCEL to the one left behind
    INTERVIEW_REMINDER = "interview_reminder"
    RESULT_REMINDER = "result_reminder"
    RESULT_ESCALATION = "result_escalation"
    FEEDBACK = "feedback"
    CALLED_OFF = "called_off"  # a booked interview that will not take place
    OUTCOME = "outcome"
    PROGRESS = "progress"


@dataclass(frozen=True)
class Notice:
    """One recipient's message of a step: to whom, which template, on which channels, with which calendar part."""

    audience: Audience
    template: str
    channels: tuple[Channel, ...] = ("email",)
    invite: InviteMethod | None = None
    # The step's point: when it cannot go out for good the step (and the run) fails before anything is sent;
    # any other notice that cannot go out is reported back, noted, and handed to HR as an `undeliverable` to-do.
    required: bool = False


@dataclass(frozen=True)
class Todo:
    kind: TodoKind
    title: str


@dataclass(frozen=True)
class StepPolicy:
    notices: tuple[Notice, ...] = ()
    todo: Todo | None = None
    # HR to-dos this step settles (marked done when it runs): what they asked HR to watch for has happened.
    settles: tuple[TodoKind, ...] = ()


STEPS: dict[Step, StepPolicy] = {
    Step.APPROVAL_REQUEST: StepPolicy(
        (Notice("hr", "hr_approval_request"),), Todo("approve_request", "Approve or reject a re-interview request")
    ),
    Step.REQUEST_DECISION: StepPolicy((Notice("candidate", "request_decision"),), settles=("approve_request",)),
    Step.FIRST_INVITATION: StepPolicy(
        (Notice("candidate", "invitation", required=True), Notice("hr", "hr_reply_check")),
        Todo("check_reply", "Check the candidate's reply to the invitation"),
    ),
    Step.INVITATION: StepPolicy((Notice("candidate", "invitation", required=True),)),
    Step.REPLY_REMINDER: StepPolicy((Notice("candidate", "reply_reminder"),)),
    Step.REPLY_ESCALATION: StepPolicy(
        (Notice("hr", "hr_escalation"),), Todo("reply_escalation", "Candidate has not replied after the reminder")
    ),
    Step.QUESTION: StepPolicy((), Todo("candidate_question", "The candidate asked a question")),
    Step.UNCLEAR_REPLY: StepPolicy((), Todo("unclear_reply", "A reply of the candidate could not be understood")),
    Step.INTERVIEWER_DECLINED: StepPolicy(
        (), Todo("interviewer_declined", "The interviewer declined the interview or proposed another time")
    ),
    Step.CLARIFY: StepPolicy(
        (Notice("candidate", "reply_clarification"),),
        Todo("unclear_reply", "A reply of the candidate could not be understood (they were asked back)"),
    ),
    Step.DECLINE_PENDING: StepPolicy((Notice("candidate", "decline_pending"),)),
    Step.REPLY_ECHO: StepPolicy((Notice("candidate", "reply_echo"),)),
    Step.SCHEDULED: StepPolicy(
        (
            Notice("candidate", "interview_scheduled", invite="REQUEST", required=True),
            Notice("interviewer", "interview_scheduled", invite="REQUEST"),
        ),
        settles=("check_reply", "reply_escalation"),  # the candidate answered and the interview is booked
    ),
    Step.BRIEF: StepPolicy((Notice("interviewer", "interviewer_brief"),)),
    Step.HANDED_OVER: StepPolicy((Notice("previous_interviewer", "interview_cancelled", invite="CANCEL"),)),
    # Seed: "面试前1天发送短信、邮件" — SMS to candidates with a phone, once an SMS sender is configured.
    Step.INTERVIEW_REMINDER: StepPolicy(
        (Notice("candidate", "interview_reminder", ("email", "sms")), Notice("interviewer", "interview_reminder"))
    ),
    Step.RESULT_REMINDER: StepPolicy((Notice("interviewer", "result_reminder"),)),
    Step.RESULT_ESCALATION: StepPolicy(
        (Notice("hr", "hr_result_escalation"),), Todo("result_escalation", "Interview result is overdue")
    ),
    Step.FEEDBACK: StepPolicy(
        (
            Notice("hr", "feedback_internal"),
            Notice("interviewer", "feedback_internal"),
            Notice("candidate", "feedback_candidate"),
        ),
        settles=("result_escalation",),  # the result arrived
    ),
    Step.CALLED_OFF: StepPolicy(
        (
            Notice("interviewer", "interview_cancelled", invite="CANCEL"),
            Notice("candidate", "interview_cancelled", invite="CANCEL"),
        )
    ),
    # Who of these is told depends on the outcome: policy/endings.py narrows the audiences.
    Step.OUTCOME: StepPolicy(
        (Notice("candidate", "outcome_notice"), Notice("interviewer", "outcome_notice"), Notice("hr", "outcome_notice"))
    ),
    Step.PROGRESS: StepPolicy((Notice("candidate", "progress"),)),
}


@dataclass(frozen=True)
class People:
    """The run's people by id: the candidate, the booked interviewer (if any), the one a booking moved from."""

    candidate_id: str
    interviewer_id: str | None = None
    previous_interviewer_id: str | None = None


@dataclass(frozen=True)
class Addressed:
    """A notice with its recipient resolved to an id (None for HR's mailbox)."""

    notice: Notice
    kind: Literal["candidate", "interviewer", "hr"]
    id: str | None


def notices_for(step: Step, people: People, audiences: frozenset[Audience] | None = None) -> list[Addressed]:
    """The step's notices to the people the run has (no interviewer booked: none to one), optionally narrowed."""
    found: list[Addressed] = []
    for notice in STEPS[step].notices:
        if audiences is not None and notice.audience not in audiences:
            continue
        if notice.audience == "hr":
            found.append(Addressed(notice, "hr", None))
        elif notice.audience == "candidate":
            found.append(Addressed(notice, "candidate", people.candidate_id))
        elif notice.audience == "interviewer" and people.interviewer_id:
            found.append(Addressed(notice, "interviewer", people.interviewer_id))
        elif notice.audience == "previous_interviewer" and people.previous_interviewer_id:
            found.append(Addressed(notice, "interviewer", people.previous_interviewer_id))
    return found


def notice_of(step: Step, audience: Audience) -> Notice:
    """The step's notice to `audience`; a LookupError naming both when the table has none."""
    for notice in STEPS[step].notices:
        if notice.audience == audience:
            return notice
    raise LookupError(f"step {step.value!r} tells no {audience}")


# What a step's activity is called in the Temporal UI (its summary): zh, en. Ids and words only, never names.
STEP_LABELS: dict[Step, tuple[str, str]] = {
    Step.APPROVAL_REQUEST: ("审批请求", "approval request"),
    Step.REQUEST_DECISION: ("审批结果", "request decision"),
    Step.FIRST_INVITATION: ("邀请邮件", "invitation"),
    Step.INVITATION: ("新时间邀请", "new times"),
    Step.REPLY_REMINDER: ("回复提醒", "reply reminder"),
    Step.REPLY_ESCALATION: ("未回复上报", "no-reply escalation"),
    Step.QUESTION: ("候选人提问", "candidate question"),
    Step.UNCLEAR_REPLY: ("无法理解的回复", "unclear reply"),
    Step.CLARIFY: ("请候选人确认回复", "ask back"),
    Step.INTERVIEWER_DECLINED: ("面试官无法参加", "interviewer declined"),
    Step.DECLINE_PENDING: ("放弃待生效", "decline pending"),
    Step.REPLY_ECHO: ("回复确认", "reply echo"),
    Step.SCHEDULED: ("面试确认", "interview booked"),
    Step.BRIEF: ("面试简报", "interviewer brief"),
    Step.HANDED_OVER: ("面试移交", "interview handed over"),
    Step.INTERVIEW_REMINDER: ("面试前一天提醒", "day-before reminder"),
    Step.RESULT_REMINDER: ("结果提醒", "result reminder"),
    Step.RESULT_ESCALATION: ("结果逾期上报", "result overdue escalation"),
    Step.FEEDBACK: ("反馈报告", "feedback report"),
    Step.CALLED_OFF: ("取消面试", "interview called off"),
    Step.OUTCOME: ("结果通知", "outcome notice"),
    Step.PROGRESS: ("进度通知", "progress note"),
}
AUDIENCE_LABELS: dict[Audience, tuple[str, str]] = {
    "candidate": ("候选人", "candidate"),
    "interviewer": ("面试官", "interviewer"),
    "previous_interviewer": ("原面试官", "previous interviewer"),
    "hr": ("HR", "HR"),
}


def step_summary(step: Step, audiences: list[Audience]) -> str:
    """The notify activity's summary in the Temporal UI, e.g. `邀请邮件 → 候选人, HR / invitation → candidate, HR`;
    a step that only opens a to-do reads `… → HR 待办 / … → HR to-do`."""
    zh, en = STEP_LABELS[step]
    seen = list(dict.fromkeys(audiences))
    if not seen:
        return f"{zh} → HR 待办 / {en} → HR to-do"
    to_zh = ", ".join(AUDIENCE_LABELS[a][0] for a in seen)
    to_en = ", ".join(AUDIENCE_LABELS[a][1] for a in seen)
    return f"{zh} → {to_zh} / {en} → {to_en}"
