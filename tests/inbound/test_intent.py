"""Intent rules on a reply's new text: zh and en, negation, slot numbers, free-text times, questions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inbound.intent import OfferedSlot, classify, find_slot

OFFERED = tuple(
    OfferedSlot(n, datetime(2026, 12, d, h, tzinfo=ZoneInfo("Asia/Shanghai")))
    for n, d, h in ((1, 3, 14), (2, 4, 14), (3, 5, 10))
)

CASES = [
    # confirm
    ("确认", "confirm", None),
    ("确认参加", "confirm", None),
    ("好的，我会准时参加", "confirm", None),
    ("没问题我会参加", "confirm", None),
    ("ＯＫ", "unclear", None),  # a bare ok: a receipt as likely as a yes (see the blind16 test)
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
    ("text", "intent", "slot"),
    [
        ("我是他的同事，帮他回复一下：确认参加", "confirm", None),
        ("This is Alice's assistant: she confirms option 2.", "confirm", 2),
        ("Replying on her behalf - she will attend on Thursday.", "confirm", None),
        ("您好，我是黄晓明的妈妈，孩子手机摔坏了，让我帮忙回复：他去不了了，谢谢。", "decline", None),
    ],
)
def test_an_answer_passed_on_for_the_candidate_is_asked_back(text: str, intent: str, slot: int | None) -> None:
    # Whose answer it is, a person checks (examiners disagree on relays: never act on a disputed reading);
    # the rule keeps what it says, for HR.
    got = classify(text)
    assert got.intent == "unclear", got
    said = intent + (f" option {slot}" if slot else "")
    assert got.rule == f"written for the candidate by someone else (it says {said})"


@pytest.mark.parametrize(
    "text",
    [
        "我朋友把邮件转给我了，我也想参加",
        "I forwarded this to my colleague, he'll confirm.",
        "我把邮件转给我同事了，他会回复您",
    ],
)
def test_an_invitation_passed_on_to_someone_else_is_not_acted_on(text: str) -> None:
    assert classify(text).intent == "unclear"


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
        ("Is it online? I'd like to confirm option 1 once I know.", "question"),  # waits on HR's answer (corpus 772)
        ("I already have a new job now. Thanks anyway.", "decline"),
        ("I have a job interview elsewhere on Friday, Thursday is fine.", "confirm"),
        ("到时候见", "confirm"),
    ],
)
def test_thirteenth_batch_rules(text: str, intent: str) -> None:
    assert classify(text).intent == intent


def test_turning_down_times_with_another_left_is_unclear_and_all_of_them_a_reschedule() -> None:
    zone = ZoneInfo("Asia/Shanghai")
    offered = [
        OfferedSlot(n, datetime(2026, 12, day, hour, tzinfo=zone))
        for n, day, hour in ((1, 3, 14), (2, 4, 14), (3, 5, 10))
    ]
    assert classify("周四不行周五也不行", offered).intent == "unclear"
    # One turned down, others left: the other options, or new times? Asked back (new times would drop the others).
    assert classify("周四不行", offered).intent == "unclear"
    assert classify("周四周五周六都不行", offered).intent == "reschedule"


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


def _offered(zone: str = "Asia/Shanghai") -> list[OfferedSlot]:
    tz = ZoneInfo(zone)
    return [OfferedSlot(n, datetime(2026, 12, d, h, tzinfo=tz)) for n, d, h in ((1, 3, 14), (2, 4, 14), (3, 5, 10))]


def _read(text: str, offered: list[OfferedSlot] | None = None) -> tuple[str, int | None]:
    got = classify(text, _offered() if offered is None else offered)
    return got.intent, got.slot


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thrusday works", ("confirm", 1)),  # two letters swapped
        ("Firday is fine", ("confirm", 2)),
        ("Saterday 10am please", ("confirm", 3)),  # one letter wrong
        ("confrim", ("confirm", None)),
        ("Fridays are fine", ("confirm", 2)),  # an inflection is the word, not a typo of another
        ("Wendsday?", ("question", None)),  # two edits away: not read as any word
    ],
)
def test_misspelt_key_words_are_read_as_the_word(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text, _offered("Europe/London")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Friday works.\n\nBest regards,\nBob Lee\nSenior Decline Management Analyst", ("confirm", 2)),
        ("I'm not able to come.\n\nKind regards,\nTom\nAppointment Confirmation Team Lead", ("decline", None)),
        ("周五下午两点可以。\n谢谢\n李四\n客户确认专员", ("confirm", 2)),
        # After the closing line comes more than a signature (a question, or many lines): still read, and a
        # disagreement between paragraphs stays unclear.
        ("Friday works.\n\nThanks,\nactually can I decline instead?", ("unclear", None)),
        ("Friday works.\n\nThanks\n\nI decline.\nA\nB\nC\nD\nE", ("unclear", None)),
    ],
)
def test_a_signature_after_a_closing_line_is_not_read(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text, _offered("Europe/London")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Option B please", ("confirm", 2)),
        ("Option C", ("confirm", 3)),
        ("选Ｂ", ("confirm", 2)),
        ("方案叁", ("confirm", 3)),
        ("第贰个", ("confirm", 2)),
        ("Is there an option a bit later?", ("reschedule", None)),  # "a" the article, not option A
    ],
)
def test_options_named_by_letter_or_financial_numeral(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


def test_picking_n_hao_is_an_option_or_a_day_whichever_was_offered() -> None:
    assert _read("我选２号") == ("confirm", 2)  # no 2nd was offered: option 2
    assert _read("我选4号") == ("confirm", 2)  # no option 4: the 4th, Friday, which is option 2
    assert _read("我选3号") == ("unclear", None)  # option 3, or the 3rd (option 1)? A person asks
    assert _read("2号可以吗") == ("reschedule", None)  # no picking verb: the day of the month


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("周四周五都可以", ("unclear", None)),
        ("Any of them works for me.", ("unclear", None)),
        ("Either Thursday or Friday suits me.", ("unclear", None)),
        ("周四下午我有课，其他时间都行", ("unclear", None)),  # the other two offered times both fit
        ("这几个时间都可以", ("unclear", None)),
        ("12月8号以后都可以", ("reschedule", None)),  # a span that holds none of the offered times
        ("这周都没空，下周二以后哪天都行", ("reschedule", None)),
        ("Any time on Friday is fine.", ("confirm", 2)),
    ],
)
def test_accepting_several_times_asks_unless_none_was_offered(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("估计周四可以，到时候再确认一下", ("unclear", None)),
        ("我可能得晚点才能确定，抱歉", ("unclear", None)),
        ("这次先不去了，以后有机会再说", ("decline", None)),  # "以后有机会再说" is no hedge on the decision
        ("好的，我会提前十分钟到", ("confirm", None)),  # arriving early is no request to move
        ("可以，不过能不能晚半小时开始", ("reschedule", None)),
        ("三个时间都没空", ("reschedule", None)),
        ("Neither works, sorry.", ("reschedule", None)),
        ("Not Thursday. Friday would be great.", ("confirm", 2)),
        ("Friday is a no from me, Thursday is fine.", ("confirm", 1)),
        ("没兴趣了，谢谢", ("decline", None)),
        ("谢谢，不过我不打算再面了", ("decline", None)),
        ("不用安排了", ("decline", None)),
        ("I'll have to give this a miss.", ("decline", None)),
        ("Please take my name off the list.", ("decline", None)),
        ("Not for me, thanks.", ("decline", None)),
        ("Thursday is not for me, Friday works.", ("confirm", 2)),  # a time turned down, not the interview
        ("妥了，就按您说的时间", ("confirm", None)),
        ("没得问题", ("confirm", None)),
    ],
)
def test_batch_i17_i18_rules(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "已读: 重新面试邀请：电商客服专员\n\n您发送的邮件已于 2026年11月28日 10:02 被阅读。",
        "Read: Re-interview invitation: Support desk\n\nYour message was read on Saturday, 28 November 2026 10:02.",
        "Delivery receipt: your message has been delivered to the following recipients: alice@example.com",
        "本人休假中，12月12日返回，急事请致电。",
        "您好，我正在年假中，12月15日后回复邮件。",
    ],
)
def test_receipts_and_absence_notices_without_headers_are_automated(text: str) -> None:
    from inbound.automated import detect_text

    assert detect_text("Re: 重新面试邀请", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I'm on leave until the 10th, can we do it after that?",  # a person asking, not a notice
        "我下周休假，12月12日返回，能不能之后再面？",
        "I read the invitation: Friday works.",
        "简历已投递，周五可以",
    ],
)
def test_a_person_mentioning_leave_or_reading_is_not_automated(text: str) -> None:
    from inbound.automated import detect_text

    assert detect_text("Re: Re-interview invitation", text) is None
    assert detect_text("Read: Re-interview invitation", "Friday works") is not None  # the subject says receipt


@pytest.mark.parametrize(
    "text",
    [
        "好的，周五见。算了，我还是不去了。",  # a yes, then a no: which counts? A person asks
        "Sure thing, friday it is. Oh wait, I have to withdraw, sorry.",
        "我不去了。改到下周吧。",  # a decline beside a move: not the end of the run
    ],
)
def test_sentences_that_disagree_are_not_acted_on(text: str) -> None:
    got = classify(text, _offered())
    assert got.intent == "unclear"
    assert got.rule.startswith("sentences disagree") or "elsewhere" in got.rule


def test_sentences_that_agree_keep_the_reading() -> None:
    assert _read("OK. Friday works.") == ("confirm", 2)
    assert _read("Thanks! I'll take the second one.") == ("confirm", 2)
    assert _read("不好意思。这次我就不参加了。谢谢。") == ("decline", None)
    # A bare "Yes." is an acknowledgement (asked back alone): beside "I decline" the decline stands.
    assert _read("Yes. I decline.") == ("decline", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The time after the move counts; one before it is the time moved from.
        ("周五下午能改成上午吗", ("reschedule", None)),
        ("周四下午我要开会，改成周五同一时间吧", ("confirm", 2)),
        ("能改成线上吗？", ("question", None)),  # a change of place, not of time
        ("Can it be a bit earlier on Friday, like 11am?", ("reschedule", None)),  # moved from Friday
        ("周五能推迟半小时吗", ("reschedule", None)),
        ("I'm abroad until mid-December, can we find a time after?", ("reschedule", None)),
        # A yes/no question about what a time is does not pick it; asking for it does.
        ("周四那个时间是北京时间吗？", ("question", None)),
        ("Friday? Sure.", ("confirm", 2)),
        ("周四可以吗", ("confirm", 1)),
        ("Happy to go with the proposed time.", ("confirm", 1)),
        ("Booked in my diary for Saturday, thanks!", ("confirm", 3)),
        ("Sorry, I'm booked on Saturday.", ("unclear", None)),  # "booked" alone is still busy; other options are left
        ("If nothing changes, I'll come on Thursday.", ("unclear", None)),  # a condition beside a named time
        ("好的，知道了", ("unclear", None)),  # an acknowledgement
        ("好的，明白了，周四见", ("confirm", 1)),
        ("I'd rather not.", ("decline", None)),
        ("I'd rather not do Saturday. Thursday then.", ("confirm", 1)),  # a time turned down, not the interview
        ("谢谢贵公司，但我决定留在现在的公司", ("decline", None)),
        ("请把我从名单里删掉", ("decline", None)),
        ("我还在犹豫", ("unclear", None)),
        ("等我跟家里人商量下", ("unclear", None)),
        ("经与家人商量，本人决定参加12月5日（周六）上午10点的面试。", ("confirm", 3)),  # consulted already
        ("I'm waiting to hear about my shifts, will reply soon.", ("unclear", None)),
    ],
)
def test_batch_i19_rules(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("你好，我想确认一下，线上面试的话需要提前下载什么软件吗？", ("question", None)),  # "check", not "confirm"
        ("稍等，我确认一下排班", ("unclear", None)),
        ("ok 2", ("confirm", 2)),
        ("好的，3", ("confirm", 3)),
        ("ok 2点可以吗", ("unclear", None)),  # 2 o'clock (Thursday's and Friday's 14:00), no option 2
        ("1号方案", ("confirm", 1)),
        ("No. 3 please", ("confirm", 3)),
        ("No.", ("unclear", None)),  # a bare no (decline or another time?), not a number sign
        ("I'm afraid I won't make it on any of those days.", ("reschedule", None)),
        ("I've had a change of heart and would like to drop out.", ("decline", None)),
        ("I'm out, thanks.", ("decline", None)),
        ("I'm out of the office until Monday, but Thursday works.", ("confirm", 1)),  # not "I'm out"
        ("Not anymore, I found something else.", ("decline", None)),
        ("工作已经定了，不用再联系我了", ("decline", None)),
        ("I'll know my schedule on Monday.", ("unclear", None)),
        ("我还没想好要不要参加", ("unclear", None)),
        ("嗯嗯", ("unclear", None)),  # a murmur of receipt
        ("嗯嗯好的", ("confirm", None)),
        ("Ok thanks", ("unclear", None)),
        ("Cool", ("confirm", None)),
        ("Is Friday's slot in London time?", ("question", None)),
        ("Is Friday possible?", ("confirm", 2)),
        ("Is there anything in the evening?", ("reschedule", None)),
    ],
)
def test_batch_i20_rules(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("确定参加第二场", ("confirm", 2)),
        ("这是我第二次面试，确认参加", ("confirm", None)),  # the second time, not the second option
        ("I can't do Thursday. Or Friday.", ("unclear", None)),  # the tail carries the no; Saturday is left
        ("I can't do Thursday. Or Friday?", ("confirm", 2)),  # a tail that asks is an ask
        ("Friday's taken, Saturday it is.", ("confirm", 3)),
        ("我考虑了一下，还是算了", ("decline", None)),
        ("I've moved on, thanks.", ("decline", None)),
        ("I don't want to continue.", ("decline", None)),
        ("时间冲突了，麻烦重新给几个时间", ("reschedule", None)),
        ("我12月份都在国外，1月份可以吗", ("reschedule", None)),
        ("能安排在下周末吗", ("unclear", None)),  # next weekend may be the Saturday offered
    ],
)
def test_batch_i21_rules(text: str, want: tuple[str, int | None]) -> None:
    assert _read(text) == want


THURSDAY_FRIDAY = [
    OfferedSlot(1, datetime(2026, 12, 3, 14, tzinfo=ZoneInfo("Asia/Shanghai"))),
    OfferedSlot(2, datetime(2026, 12, 4, 14, tzinfo=ZoneInfo("Asia/Shanghai"))),
]


@pytest.mark.parametrize(
    "text",
    [
        "好的，我再确认下时间",  # "I'll double-check": 确认 here is not a confirmation
        "收到，先查下排班",
        "好的，不过我周四可能要加班，到时候再看",
        "行，到时候再说吧",
        "也许得出差，回头再联系",
    ],
)
def test_later_checks_and_possible_clashes_are_hedges(text: str) -> None:
    c = classify(text, THURSDAY_FRIDAY)
    assert c.intent == "unclear" and c.slot is None, c


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("能先确认下地点吗？", "question"),  # asking us to confirm is a question, not a hedge
        ("好的，确认方案2", "confirm"),
    ],
)
def test_what_the_hedges_leave_alone(text: str, intent: str) -> None:
    assert classify(text, THURSDAY_FRIDAY).intent == intent


@pytest.mark.parametrize(
    ("text", "slot"),
    [("晚一点的那个吧", 2), ("早一点的那个", 1), ("后面那个可以", 2), ("靠前的那个", 1), ("The later one please", 2)],
)
def test_the_earlier_or_later_of_two_times_is_that_option(text: str, slot: int) -> None:
    got = classify(text, THURSDAY_FRIDAY)
    assert (got.intent, got.slot) == ("confirm", slot), got
    three = [*THURSDAY_FRIDAY, OfferedSlot(3, datetime(2026, 12, 5, 10, tzinfo=ZoneInfo("Asia/Shanghai")))]
    assert classify(text, three).intent == "unclear"  # the later one of three: which?


def test_a_bit_later_without_the_one_is_still_a_new_time() -> None:
    assert classify("能晚一点吗", THURSDAY_FRIDAY).intent == "reschedule"


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("就建议的时间吧，谢谢安排", "confirm", None),  # the proposed time: option 1
        ("就建议的时间不行吗", "question", None),
        ("我已经接受了别家的offer，这次面试就不参加了", "decline", None),  # 接受 here is not a yes
    ],
)
def test_the_proposed_time_and_an_offer_accepted_elsewhere(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, THURSDAY_FRIDAY)
    assert (got.intent, got.slot) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("好的，那就周三下午见，我会带上合同原件。", "unclear"),  # a yes to a day not offered (another thread?)
        ("好的，周四见", "confirm"),
        ("我不想复试了", "decline"),
        ("这个岗位不太适合我，就不浪费大家时间了", "decline"),
        ("不过上周我已经拿到了另外一家公司的offer，下周一就入职了。还是决定不参加这次复试了。", "decline"),
    ],
)
def test_days_not_offered_and_declines_without_a_keyword(text: str, intent: str) -> None:
    assert classify(text, THURSDAY_FRIDAY).intent == intent


@pytest.mark.parametrize(("text", "slot"), [("确任参加", None), ("方按2", 2), ("opiton 2 pls", 2)])
def test_slips_of_key_words_are_read_as_the_word(text: str, slot: int | None) -> None:
    got = classify(text, THURSDAY_FRIDAY)
    assert (got.intent, got.slot) == ("confirm", slot), got


def test_a_word_one_edit_from_option_that_is_another_word_is_not_an_option() -> None:
    assert classify("I like the potion", THURSDAY_FRIDAY).intent != "confirm"


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # Deliberation already done is a story, not a hedge; "不考虑了" is still a no.
        ("犹豫了一下，跟家里人商量了一下，还是选周六上午吧", "confirm", 3),
        ("不考虑了，谢谢", "decline", None),
        # A day off work is a free day.
        ("第三个吧，周六我不上班", "confirm", 3),
        # A refusal with no time of its own refuses the time just named.
        ("周四我要陪我爸去医院复查，实在走不开，周五下午我请好假了，就定周五吧", "confirm", 2),
        ("12月3号那天我要参加毕业答辩，实在走不开，请问4号或者5号可以吗？", "unclear", None),
        ("周六可以，其他两个时间都要上班", "confirm", 3),
        # Month.day, as written in Chinese ("12.4").
        ("那就12.4吧", "confirm", 2),
        ("12.4 下午", "confirm", 2),
        # "The weekend" is asked back only when no weekend day is named.
        ("我只有周末有空，周六可以", "confirm", 3),
        ("我周四周五都要上班，周末可以吗", "unclear", None),
        # Passing on an answer is not deferring it.
        ("He asked me to let you know that Friday at 2pm works for him.", "confirm", 2),
        ("I'll let you know by Friday.", "unclear", None),
    ],
)
def test_stories_days_off_and_refusals_beside_a_time(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("在吗", "unclear"),
        ("？", "unclear"),
        ("Who is this?", "unclear"),
        ("这是什么面试？我没投过你们公司", "unclear"),
        ("Hi, I think this was sent to the wrong person - I don't remember applying?", "unclear"),
        ("刚才发错了，我选2", "confirm"),  # a correction, not a wrong person
        ("Received with thanks, will revert shortly.", "unclear"),
        ("您好，想改一下时间，下周一或者下周三上午，哪个都行。麻烦了。", "reschedule"),
        ("周四周五都可以，你们定", "unclear"),  # which one: a person asks
        ("I can make Thursday or Friday, whichever suits you best.", "unclear"),
    ],
)
def test_hails_wrong_people_and_choices_left_to_us(text: str, intent: str) -> None:
    assert classify(text, OFFERED).intent == intent


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("HR您好：\n\n上次面试家里网络不太稳定，很遗憾。\n\n所以我想选周六上午十点那个时间。\n\n谢谢！", "confirm", 3),
        ("Thanks, really glad.\n\nThursday won't work, but let's go with Friday the 4th.", "confirm", 2),
        ("好的！\n\n我选周五", "confirm", 2),
        ("我选周五。\n\n不过我再确认一下，明天回复您", "unclear", None),
        ("我选周五。\n\n算了，我还是不参加了", "unclear", None),
    ],
)
def test_a_long_reply_is_read_by_its_decision(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Hello, I'm relocating to Canada next month so I won't be able to take this forward.", "decline", None),
        ("我觉得这个岗位和我的职业规划不太一致，还是把机会留给更合适的同学吧。", "decline", None),
        ("Thursday is good but 2pm clashes with my lectures, could it be 4pm?", "reschedule", None),
        ("刚才回复说周五，后来看了下排班周五要上班，还是周四吧，就方案1，麻烦了", "confirm", 1),
        ("抱歉，我选错了，不是方案1，是方案2", "confirm", 2),
        ("按你们建议的来", "confirm", 1),
        ("周四不行周五可以", "confirm", 2),
        ("周五上午可以吗 下午不行", "reschedule", None),
        ("本来想选周五的，但周五要陪家人去医院复查，所以还是选周六上午吧。", "confirm", 3),
        ("老师您好，我选第三个时间，周六上午。工作日我在实习走不开。", "confirm", 3),
        ("reschedule please - Wed 9 Dec any time", "reschedule", None),
        ("Before I decide - will it be the same questions, or a human panel this time?", "question", None),
        ("Does confirming option 1 mean I can't change it later?", "unclear", None),  # never confirm
        ("Confrim, thank you", "confirm", 1),
    ],
)
def test_blind5_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Friday可以，2pm见", "confirm", 2),
        ("hao de, zhou wu xia wu liang dian wo ke yi\n（不好意思输入法坏了）", "confirm", 2),
        ("que ren can jia，xie xie", "confirm", 1),
        ("不好意思，我已经接受了别家的offer，这次面试就不参加了", "decline", None),
        ("您好，我是孩子妈妈，她已经回老家工作了，应该不去面试了，不好意思哈。", "unclear", None),
        (
            "？？？这是什么面试，我好像不记得参加过AI面试，能说一下是哪家公司吗",
            "question",
            None,
        ),  # what blind6 meant (unclear, never an action, before)
        ("Is this a scam? I never applied for a support desk job.", "unclear", None),
        ("改天吧，最近不太想找工作了，谢谢你们", "decline", None),
        ("我已经回老家了，这个工作也不打算做了，谢谢", "decline", None),
        ("Could we make it later in the afternoon on the Friday, like 4pm?", "reschedule", None),
        ("时间的话，周四周五我都要上班，周六上午10点那个我可以，就定那个吧。", "confirm", 3),
        ("方便的话安排到下周三（9号）上午，其他时间都可以商量。", "reschedule", None),
        ("抱歉这几天在外面没看邮件，我选方案2，谢谢！", "confirm", 2),
        ("就周四吧，别的时间我也不行", "confirm", 1),
        ("12月中旬可以吗", "reschedule", None),
        (
            (
                "I have a hospital appointment on Thursday and I'm working Friday and Saturday. "
                "Would any evening next week be possible?"
            ),
            "reschedule",
            None,
        ),
    ],
)
def test_blind6_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Thanks for thinking of me but I think I'll leave it this time.", "decline", None),
        (
            "Option 2 please.\n\nEdit: sorry, Friday is my kid's play. Can I switch to Saturday instead? Option 3.",
            "confirm",
            3,
        ),
        ("选方案2。\n\n——补充一下：周五下午要开季度会，还是改成方案1吧，周四下午我可以请假。", "confirm", 1),
        ("Option 2 please.\n\nActually, hold on, I might be away. Let me check and come back to you.", "unclear", None),
        ("选方案2。\n\n选方案3。", "unclear", None),  # two answers, no correction said
    ],
)
def test_corrections_and_polite_leaving(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("收到 我选周六那个 工作日要上班请不了假", "confirm", 3),
        ("不好意思，12月3-5号我刚好在外地考试，7号之后任意一天都可以。", "reschedule", None),
        ("这周实在抽不出时间，我下周一到周三都可以，上午下午都行", "reschedule", None),
        ("方案1的话是线下吗？能线上的话我这边没问题", "question", None),
        ("您好，週四下午我有課，週六上午10點可以嗎？可以的話就選方案3。", "confirm", 3),
        ("If Thursday is still available I'll take it, otherwise Friday.", "confirm", 1),
        ("时间能不能往后推一周？如果不能改时间的话，我就不参加了", "unclear", None),
        ("不确定能不能请到假，如果请到了就周五，请不到就没办法了", "unclear", None),
        ("你好，请问可以线上面试吗？我人在外地，回上海不太方便。", "question", None),
        ("你好，我这周六要考试，周四周五要上班，请问能不能安排到下周六上午？", "reschedule", None),
        ("能约晚上吗？下班后7点以后都行", "reschedule", None),
        ("下周六上午可以吗？", "unclear", None),  # the Saturday offered, or a week later?
    ],
)
def test_spaces_spans_conditions_met_and_questions(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Sorry, please ignore my last email - I meant option 3, not 2.", "confirm", 3),
        ("HR你好，邀请邮件找不到了所以重新发一封。我选周五下午那场，谢谢。", "confirm", 2),
        ("謝謝HR，我想了想還是不折騰了，祝好。", "decline", None),
        ("时间能不能往后推一周？如果实在改不了的话，我就选周六吧", "reschedule", None),
        ("时间能不能往后推一周？如果不能改时间的话，我就不参加了", "unclear", None),
    ],
)
def test_corrections_lost_invitations_and_fallbacks(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind7's first read (88.1 %, 7 wrong actions): each wrong action's general cause.
        ("周武可以", "confirm", 2),  # input-method slip of 周五
        ("方案2的时间可以往后推一个小时吗？15:00开始我就能赶到。", "reschedule", None),
        ("Could option 2 start at 3pm instead? I'm on the school run until half two.", "reschedule", None),
        ("请问可以线上面试吗？我需要先确认一下再选时间。", "question", None),  # what blind7 meant
        ("Thursday works. Actually no, make that Saturday.", "confirm", 3),
        ("None of these, and to be honest I'm not going to proceed.", "decline", None),
        ("I can't make it on Thursday. Would next Monday afternoon work?", "reschedule", None),
        ("周四可以……哦不对，周四下午我要去医院复查，那就周五吧，方案2。", "confirm", 2),
        ("除了周四都行，那就定周五吧", "confirm", 2),
        ("方案1和方案2我都可以，优先方案2吧。", "confirm", 2),
        ("方案3可以。想问下可以线上参加吗？我人在外地，线上方便一点。", "confirm", 3),  # 一点 = a bit
        ("家里有事要回老家了，面试取消吧。", "decline", None),
        ("不参家了 谢谢", "decline", None),
        ("请把我从候选名单里去掉，谢谢", "decline", None),
        ("不好意思一直没回，已经不需要了。", "decline", None),
        ("能reschedule到next week吗 thx", "reschedule", None),
        ("晚一点的那个吧", "unclear", None),  # of three times: which?
    ],
)
def test_blind7_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("我选方案2。如果方案2不行的话，方案3也可以。", "confirm", 2),
        ("周四下午赶不过去，要不就周六吧", "confirm", 3),
        ("如果可以改到下周我就参加，不行的话就算了", "unclear", None),
    ],
)
def test_a_pick_with_a_fallback(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind8/blind9 first reads (89.5 %, 5 wrong; 85.5 %, 3 wrong): each wrong action's general cause.
        ("明天下午可以", "unclear", None),  # which day is tomorrow?
        ("后天可以", "unclear", None),
        ("您好，我选12月5号周六上午10点的，平时工作日请假不方便。谢谢！", "confirm", 3),  # 选12月 is no option 1
        ("周四可以，周五也可以，周六不太行", "unclear", None),
        ("Would it be possible to do Friday but at 10am instead?", "reschedule", None),
        ("Hi, would Sat 5th at 2pm work instead of 10am? I coach football in the mornings.", "reschedule", None),
        ("Could we do Saturday at 10am instead?", "confirm", 3),  # the option's own hour
    ],
)
def test_blind8_blind9_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("3号4号5号都在外地 可以下周吗", "reschedule", None),
        ("你好，我确认参加12月3日周四下午14:00的面试。之前的邮件不小心删了，所以新写了一封。", "confirm", 1),
        ("您好，我想先了解一下岗位的薪资待遇再决定是否参加，方便的话请告知。", "question", None),
        ("您好，确认参加。\n\n谢谢！\n\n吴昊\n本邮件可能含有保密信息，如非指定收件人请删除。", "confirm", 1),
        (
            "I'd like to reschedule please. Thursday 3rd at 4pm would suit me much better, if that's possible.",
            "reschedule",
            None,
        ),
        ("Thanks for the offer, but I'm going to give this one a miss.", "decline", None),
        ("Kindly clarify whether the re-interview will be with the same panel as before.", "question", None),
        ("Option 3 please，周末比较方便。", "confirm", 3),
        ("Yes, the suggested slot is okay with me. I'll revert if anything changes.", "confirm", 1),
        ("I'm on shift Thursday and Friday. Saturday 10am works.", "confirm", 3),
    ],
)
def test_blind8_blind9_misses(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Good morning,\n\nKindly note I prefer Friday 4th December at 2pm. I will be there by 1:45.", "confirm", 2),
        ("Good afternoon, Saturday works for me.", "confirm", 3),  # the greeting names no part of the day
        ("Thank you for considering me again. I accept the re-interview on Thursday at 2:00 PM.", "confirm", 1),
        ("Yes, the suggested slot (Thu 3 Dec, 2-3pm) is okay with me.", "confirm", 1),
        (
            "I am hereby confirming Thursday at 14:00. Kindly share the joining details in case of any change.",
            "confirm",
            1,
        ),
    ],
)
def test_greetings_ranges_and_courtesies_name_no_time(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind10/blind11 first reads (85.6 %, 1 wrong; 91.1 %, 5 wrong): each wrong action's general cause.
        ("Can i do friday morning instead of afternoon? 10am ideally", "reschedule", None),
        ("Could we do Thursday but later, say 5pm? I finish work at 4.", "reschedule", None),
        ("Fri at 4 instead of 2? would that work", "reschedule", None),
        ("Thursday the 3rd works but only in the morning – could we do 10am instead of 2pm?", "reschedule", None),
        ("I'm going to respectfully decline – the role isn't the right fit for me at this time.", "decline", None),
        (
            "Are the times listed UK time? I'm in New York so just want to make sure before I pick one.",
            "question",
            None,
        ),
        ("Hi again - something has come up on Thursday. Could I switch to option 3 on Saturday instead?", "confirm", 3),
        ("我选3号方案", "confirm", 3),
        ("Friday 2pm works, I'll be there by 1:45.", "confirm", 2),
    ],
)
def test_blind10_blind11_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("收到。不过我已经决定不换工作了，不好意思。", "decline", None),
        (
            "I appreciate it, but I don't think the role is right for me. Please take me out of the process.",
            "decline",
            None,
        ),
        ("Sorry, I won't be continuing with my application. Thanks anyway.", "decline", None),
        ("没问题，听你们安排，就周四。", "confirm", 1),
        ("I'm not able to do Friday or Saturday, so Thursday it is - 14:00 suits.", "confirm", 1),
        ("收到~\n\n（刚刚在忙没细看）看了一下，建议的那个时间OK的，就那天吧", "confirm", 1),
        ("本来担心周四要上课，刚确认了那节课调走了，所以周四下午两点可以参加。", "confirm", 1),
        ("您好，请问这次面试可以线上参加吗？我人在外地。", "question", None),
        ("这个是单面还是群面啊", "question", None),
        ("Could we do Monday 7th instead? Any time after 10", "reschedule", None),
    ],
)
def test_blind10_misses(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind12/blind13 first reads (82.3 %, 8 wrong; 85.6 %, 6 wrong): each wrong action's general cause.
        ("下午那个可以", "unclear", None),  # two options are afternoons
        ("上午那个可以", "confirm", 3),  # one is a morning
        ("好的 我问下我领导", "unclear", None),
        ("None of those work and to be honest I've decided the role isn't for me. Thanks anyway.", "decline", None),
        ("I'm abroad until the 10th. Any day after that works.", "reschedule", None),
        ("Fri 2pm clashes with the school run - could we do 4pm Friday?", "reschedule", None),
        ("Saturday at 10 is a bit early as I'm coming from Brighton - would 12 noon be possible?", "reschedule", None),
        (
            "I was going to say Thursday but actually I've got a dentist appointment then – let's do Friday instead.",
            "confirm",
            2,
        ),
        ("Hey! 4th works for me :)", "confirm", 2),
        ("The 10th works for me.", "unclear", None),  # no 10th offered
        ("Hi — I'm relocating abroad next month, so there's no point continuing. Thanks anyway.", "decline", None),
        (
            "I'm in hospital for a minor op on the 3rd and recovering for a few days. Can we look at mid-December?",
            "reschedule",
            None,
        ),
        ("Who will be interviewing me this time, a person or the AI again?", "question", None),
        ("Before I confirm - is it possible to do this remotely? I live in Manchester.", "question", None),
        ("Saturday is a bit early but I'll manage.", "confirm", 3),
        ("ok", "unclear", None),  # examiners split on a bare ok (six a yes, six a receipt): asked back
    ],
)
def test_blind12_blind13_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind14 first read (91.2 %, 5 wrong actions, at f4ed6a9): each wrong action's general cause.
        ("您好，想先了解一下这个岗位的薪资待遇和上班时间，再决定参不参加，可以吗？", "question", None),
        ("我上次面试感觉答得挺好的啊，为什么没过？", "question", None),
        ("Friday works but 2pm is tricky with the school run - could we do 11am Friday instead?", "reschedule", None),
        ("請問面試可以用線上方式嗎？我人在台北，不方便去上海。", "question", None),
        ("I'll take the Saturday slot, weekdays are difficult with work.", "confirm", 3),
    ],
)
def test_blind14_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        # blind15–17 first reads (89.6 %/4, 84.9 %/9, 84.9 %/4 wrong actions): the general causes.
        ("选1……算了还是选3吧 周四怕赶不回来", "confirm", 3),
        ("周五可以 诶不对 周五要值班 还是周四吧", "confirm", 1),
        ("I'll take option 3 — wait, no, Saturday is my sister's wedding, sorry! Option 2 then please.", "confirm", 2),
        ("周四可以，但能不能提前到上午10点？下午有个会", "reschedule", None),
        ("那个我想问一下能不能改成周日上午因为周六我要加班", "reschedule", None),
        ("周六那个是线上还是线下呀", "question", None),
        ("您好，我之前已经参加过一次重新面试了，这次还需要参加吗？", "question", None),
        ("ok", "unclear", None),
        ("👌", "unclear", None),
        ("好的，谢谢", "unclear", None),
        ("好的", "unclear", None),  # a bare yes word, asked back (examiners split); 确认 stays a yes
        ("确认", "confirm", 1),
        ("能改到上午10点吗", "confirm", 3),  # no day named anywhere: the one 10:00 offered
        ("周四要考试😭 周五可以", "confirm", 2),
        ("那个我周四要上班请不了假然后周五下午的话我可以就周五吧", "confirm", 2),
        ("I choose 2", "confirm", 2),
        ("I choose 2pm on Friday", "confirm", 2),
        ("Sorry, I give up this interview.", "decline", None),
        ("I am sorry, I will not be able to continue with the process due to my relocation.", "decline", None),
        ("我周四周五都得上班，周六上午的话又要带孩子，实在抽不出时间，要不就算了吧。", "decline", None),
        ("I'd rather do the Friday slot if that's still available.", "confirm", 2),
        ("If Friday is not available, Saturday.", "unclear", None),
        ("周末那场可以", "confirm", 3),
        ("The weekend one please x", "confirm", 3),
        ("周无下午可以", "confirm", 2),
        ("Can we move it to Sunday 6 Dec? I am working on weekdays and Saturday morning.", "reschedule", None),
        ("Hi, Fri 2pm can? Thurs I got class. Thanks", "confirm", 2),
        ("Could I go for Friday instead? 2pm is perfect.", "confirm", 2),
        ("Option 1 works for me. That's 1am Friday my time but no dramas.", "confirm", 1),
        ("上午那个", "confirm", 3),
        ("the morning one works best for me", "confirm", 3),
        ("下午那个可以", "unclear", None),  # two afternoons offered
        ("中间那个", "confirm", 2),
        ("last one pls", "confirm", 3),
        ("我选方案2。工资的话这次面试会谈吗？上次没聊到薪资", "confirm", 2),
        ("can't swing Thursday but Friday's fine", "confirm", 2),
        ("Don't see why not - the proposed Thursday slot is fine.", "confirm", 1),
        ("I've thought about it and I'd rather not do the interview again.", "decline", None),
        ("I'd rather not do Saturday. Thursday works.", "confirm", 1),
        ("本来打算周五去的，后来想想这个岗位不太适合我，就不去了，抱歉。", "decline", None),
        (
            "Hi, I was going to confirm Friday but I've just been offered something else. So I'll withdraw.",
            "decline",
            None,
        ),
        ("周六上午那个吧，工作日请不了假。", "confirm", 3),
        ("这周都不在上海，下周任意工作日下午都可以。", "reschedule", None),
        ("Morning,\n\nHappy to go with the proposed time. Is it smart casual or should I wear a suit?", "confirm", 1),
        ("Morning. I'm choosing Friday please. Thanks", "confirm", 2),
        ("I'm travelling back from Manchester on Thursday so the middle option suits me best.", "confirm", 2),
        ("刚做完手术，还在恢复期，能不能推到月中？", "reschedule", None),
        ("中，就这么定了", "confirm", 1),
        ("阔以阔以", "confirm", 1),
        ("走起！", "confirm", 1),
        ("撤了撤了，不好意思哈", "decline", None),
        ("我要回老家了，面试就算了，谢谢你们", "decline", None),
        ("Good afternoon,\nI must resign from the re-interview. I found other job.", "decline", None),
        ("謝謝邀請，但我已經決定不再應徵這個職位了。", "decline", None),
        ("weekend one please, exams all week", "confirm", 3),
        ("I'm not so sure", "unclear", None),
        # blind18–19 first reads (91.6 %/2, 78.4 %/3 wrong at 4e559c2).
        ("请问上面写的时间是北京时间吗？我现在在温哥华，想确认一下再选。", "question", None),
        ("2026-12-03 14:00 works, confirmed.", "confirm", 1),
        ("确认方案1。\n\n不好意思，刚看了下日程周四下午有安排，改成方案2吧，麻烦了。", "confirm", 2),
        ("老师您好，确认方案1，周四下午我没有课，可以按时参加。", "confirm", 1),
        ("选3，周六上午没课。", "confirm", 3),
        ("确认方案一。我只能待到三点，三点之后要去接孩子放学。", "confirm", 1),
        ("Let's go with Friday. I'll have to leave by 3 sharp though.", "confirm", 2),
        ("Let's go with Friday. I'll have to leave by 2:30 though.", "unclear", None),
        ("Saturday please - weekdays are impossible with my job.", "confirm", 3),
        ("The Saturday morning one please – weekdays are murder with work.", "confirm", 3),
        ("Thanks but I'll pass. I'm relocating abroad next month.", "decline", None),
        ("2和3都不太方便，1可以", "confirm", 1),
        ("请问方案3周六那天是线下还是线上？", "question", None),
        # blind20 first read (80.8 %/4 wrong at 0c67108): a question before choosing.
        ("Before I choose, can you tell me whether the Saturday session can also be done online?", "question", None),
        # blind21 first read (90.4 %/3 wrong at 69df208).
        ("周五可以，周六也行，周四不行", "unclear", None),
        # blind22–23 first reads (90.0 %/3 wrong at b868714, 72.4 %/1 at b868714).
        (
            "Could you tell me the salary range? I want to make sure it's a good fit before I book a slot.",
            "question",
            None,
        ),
        ("Yes", "unclear", None),
        ("Thanks for the second chance! Looking forward to it.", "unclear", None),
        # blind24–25 first reads (97.4 %/2 wrong, 92.9 %/1 at eeeca1c).
        ("好的，我会准备的。", "unclear", None),
        ("确认参加，我会好好准备的", "confirm", 1),
        ("周四不行，周五也不行，周六要加班。换个时间吧", "reschedule", None),
        ("Thursday and Friday I'm on shift so Saturday would be best.", "confirm", 3),
        ("Sorry I cant take part. Thanks anyway", "decline", None),
        ("I can take part on Friday", "confirm", 2),
        ("Neither Thursday nor Friday works for me, but Saturday at 10 is fine.", "confirm", 3),
        ("Neither works for me", "reschedule", None),
        (
            "Thanks, but I won't be taking part in the re-interview. Honestly the first one was stressful enough.",
            "decline",
            None,
        ),
        ("Thursday is difficult for me, so I would like to take option 2, Friday 4 December at 14:00.", "confirm", 2),
        ("最好周五，周六也行", "confirm", 2),
    ],
)
def test_blind15_to_17_kinds_of_reply(text: str, intent: str, slot: int | None) -> None:
    got = classify(text, OFFERED)
    assert (got.intent, got.slot or 1 if intent == "confirm" else None) == (intent, slot), got


def test_an_acknowledgement_names_its_rule() -> None:
    assert (
        classify("收到").rule
        == classify("OK").rule
        == "an acknowledgement only (收到, ok, noted): a receipt as likely as a yes"
    )
