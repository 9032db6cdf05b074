"""Intent rules on a reply's new text: zh and en, negation, slot numbers, free-text times, questions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inbound.intent import OfferedSlot, classify, find_slot

CASES = [
    # confirm
    ("确认", "confirm", None),
    ("确认参加", "confirm", None),
    ("好的，我会准时参加", "confirm", None),
    ("没问题我会参加", "confirm", None),
    ("ＯＫ", "confirm", None),
    ("Yes, I'll be there.", "confirm", None),
    ("Sounds good, see you then", "confirm", None),
    ("I can't wait to attend!", "confirm", None),
    ("选1", "confirm", 1),
    ("Option 1 is fine", "confirm", 1),
    # decline, including negated confirmations
    ("不能确认", "unclear", None),  # can't confirm: not a yes, and not surely a no
    ("无法参加", "decline", None),
    ("我参加不了，抱歉", "decline", None),
    ("放弃", "decline", None),
    ("我已经找到工作了，谢谢", "decline", None),
    ("can't make it", "decline", None),
    ("I can’t make it, sorry", "decline", None),
    ("not able to attend", "decline", None),
    ("I won't be able to attend.", "decline", None),
    ("I'd like to withdraw my application", "decline", None),
    ("No thanks", "decline", None),
    # reschedule: slot numbers
    ("2", "confirm", 2),
    ("2。", "confirm", 2),
    ("选2", "confirm", 2),
    ("选择方案2", "confirm", 2),
    ("方案二", "confirm", 2),
    ("第二个时间", "confirm", 2),
    ("第3个", "confirm", 3),
    ("option 2", "confirm", 2),
    ("Option #3 please", "confirm", 3),
    ("the second one works", "confirm", 2),
    # reschedule: free text
    ("改到周四下午", "reschedule", None),
    ("能否改期？", "reschedule", None),
    ("那天不方便", "reschedule", None),
    ("下周一无法参加，周三上午可以吗", "reschedule", None),
    ("Can we reschedule?", "reschedule", None),
    ("I can't make it on Monday. Would Wednesday afternoon work?", "reschedule", None),
    ("Thursday 3pm would be better", "reschedule", None),
    ("周五下午", "reschedule", None),
    # question
    ("请问面试需要多长时间？", "question", None),
    ("What should I bring?", "question", None),
    ("如果不能参加会怎样？", "question", None),
    ("我不确定能否参加", "question", None),
    # unknown
    ("", "unclear", None),
    ("收到", "unclear", None),
    ("Thanks", "unclear", None),
    ("2点", "reschedule", None),
]


@pytest.mark.parametrize(("text", "intent", "slot"), CASES, ids=[c[0] or "(empty)" for c in CASES])
def test_intent(text: str, intent: str, slot: int | None) -> None:
    got = classify(text)
    assert (got.intent, got.slot) == (intent, slot)


def test_times_and_counts_are_not_slot_numbers() -> None:
    for text in ("2点可以", "3 days later", "2pm", "12月3日", "10:00", "第一次参加"):
        assert find_slot(text.lower()) is None, text


def test_a_question_beside_a_decisive_answer_is_reported() -> None:
    got = classify("确认，不过想问下能否提前半小时到？")
    assert got.intent == "confirm" and got.question == "确认，不过想问下能否提前半小时到？"
    assert classify("能否改到周四下午？").question is None  # the question is the answer itself


@pytest.mark.parametrize(
    "text",
    [
        "我是他的同事，帮他回复一下：确认参加",
        "我朋友把邮件转给我了，我也想参加",
        "This is Alice's assistant: she confirms option 2.",
        "Replying on her behalf - she will attend on Thursday.",
        "I forwarded this to my colleague, he'll confirm.",
    ],
)
def test_an_answer_written_by_someone_else_is_not_acted_on(text: str) -> None:
    got = classify(text)
    assert got.intent == "unclear" and got.rule == "written by or passed on to someone else than the candidate"


@pytest.mark.parametrize(
    "text",
    ["确认收到邀请，时间我请完假再定", "已收到，谢谢", "I confirm receipt of your email.", "Confirming I received it."],
)
def test_confirming_receipt_is_not_confirming_attendance(text: str) -> None:
    assert classify(text).intent == "unclear"


def test_a_decision_that_waits_on_a_question_is_a_question() -> None:
    got = classify("请问面试可以线上吗？如果可以的话我确认参加周五的")
    assert got.intent == "question" and got.question is not None
    assert classify("如果周五可以的话我就参加").intent == "unclear"  # a condition without a question stays unclear


def test_a_time_rejected_as_not_convenient_and_another_accepted() -> None:
    offered = [
        OfferedSlot(1, datetime(2026, 12, 3, 14, tzinfo=ZoneInfo("Asia/Shanghai"))),
        OfferedSlot(2, datetime(2026, 12, 4, 14, tzinfo=ZoneInfo("Asia/Shanghai"))),
        OfferedSlot(3, datetime(2026, 12, 5, 10, tzinfo=ZoneInfo("Asia/Shanghai"))),
    ]
    got = classify("周五不太方便，周六上午十点可以", offered)
    assert (got.intent, got.slot) == ("confirm", 3)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("方案一二都行", "unclear"),  # only one number is read, but both are accepted
        ("好的收到", "unclear"),
        ("收到，周五可以", "confirm"),
        ("Is it online? I'd like to confirm option 1 once I know.", "unclear"),
        ("I already have a new job now. Thanks anyway.", "decline"),
        ("I have a job interview elsewhere on Friday, Thursday is fine.", "confirm"),
        ("到时候见", "confirm"),
    ],
)
def test_thirteenth_batch_rules(text: str, intent: str) -> None:
    assert classify(text).intent == intent


def test_turning_down_two_times_with_a_third_left_is_unclear_and_all_of_them_a_reschedule() -> None:
    zone = ZoneInfo("Asia/Shanghai")
    offered = [
        OfferedSlot(n, datetime(2026, 12, day, hour, tzinfo=zone))
        for n, day, hour in ((1, 3, 14), (2, 4, 14), (3, 5, 10))
    ]
    assert classify("周四不行周五也不行", offered).intent == "unclear"
    assert classify("周四不行", offered).intent == "reschedule"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("家里有事，我这段时间都去不了", "unclear"),  # not now is not never
        ("I can't come at the moment, sorry.", "unclear"),
        ("我不能参加，谢谢", "decline"),
        ("确认不了。", "unclear"),
        ("I cannot confirm, sorry.", "unclear"),
        ("不能确认，那天要出差。", "reschedule"),
        ("麻烦确认一下面试地址是不是漕溪北路1号", "question"),
        ("What time is option 2 in Beijing time?", "question"),
        ("Could we do option 2?", "confirm"),
        ("Thanks! 👍", "unclear"),
        ("行吧", "confirm"),
        ("No longer needed, thanks.", "decline"),
    ],
)
def test_fourteenth_batch_rules(text: str, intent: str) -> None:
    assert classify(text).intent == intent


def test_fifteenth_batch_rules() -> None:
    zone = ZoneInfo("Asia/Shanghai")
    offered = [
        OfferedSlot(n, datetime(2026, 12, d, h, tzinfo=zone)) for n, d, h in ((1, 3, 14), (2, 4, 14), (3, 5, 10))
    ]
    same_time = classify("周四下午我要开会，改成周五同一时间吧", offered)  # 同一时间 is no one o'clock
    assert (same_time.intent, same_time.slot) == ("confirm", 2)
    moved = classify("帮我取消周四的，改到周六", offered)  # the clause that moves names the time
    assert (moved.intent, moved.slot) == ("confirm", 3)
    assert classify("我弃权").intent == "decline"
    assert classify("none of the above").intent == "reschedule"
    assert classify("Please call me to discuss.").intent == "question"


def test_sixteenth_batch_rules() -> None:
    zone = ZoneInfo("Asia/Shanghai")
    offered = [
        OfferedSlot(n, datetime(2026, 12, d, h, tzinfo=zone)) for n, d, h in ((1, 3, 14), (2, 4, 14), (3, 5, 10))
    ]
    assert classify("周五不是不行", offered).intent == "unclear"  # a double negation is a grudge, not a pick
    assert classify("I'm afraid I have to say no this time.", offered).intent == "decline"
    last = classify("The first one doesn't work for me, but the last one does.", offered)
    assert (last.intent, last.slot) == ("confirm", 3)
    assert (classify("Let's do the last one.", offered).slot, classify("最后一个吧", offered).slot) == (3, 3)
    assert classify("Thursday doesn't work, but the other thing is fine.", offered).intent == "unclear"
    assert classify("改天吧").intent == "reschedule"
    assert classify("这次算了，下次有机会再说").intent == "decline"
    friday = classify("周五的话我需要请半天假，应该没问题", offered)  # "周五的话": as for Friday, no condition
    assert (friday.intent, friday.slot) == ("confirm", 2)
    assert classify("如果周五可以的话我就参加", offered).intent == "unclear"
