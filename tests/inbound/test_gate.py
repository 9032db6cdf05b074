"""The confidence gate (inbound.gate): each sign fires where it should and not where it should not, the gate
turns an acting reading into `unclear` and says why, and on the historical first reads it keeps its figures."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inbound import gate
from inbound.intent import OfferedSlot, normalise
from inbound.reading import KnownFacts, Reading, read_text

ZONE = ZoneInfo("Europe/London")
OFFERED = (
    OfferedSlot(1, datetime(2026, 12, 3, 14, tzinfo=ZONE)),  # Thursday
    OfferedSlot(2, datetime(2026, 12, 4, 14, tzinfo=ZONE)),  # Friday
    OfferedSlot(3, datetime(2026, 12, 5, 10, tzinfo=ZONE)),  # Saturday
)


def _signs(text: str, intent: str = "confirm", slot: int | None = None, confidence: float = 0.9) -> list[str]:
    return gate.signs(text, intent, slot, confidence, None, OFFERED)


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("Is Friday's slot in London time?", "confirm", 2),
        ("周四那个时间是北京时间吗", "confirm", 1),
        ("What time is option 2 in Beijing time?", "confirm", 2),
        ("Is the interview in person or online? I'd like to confirm option 1.", "confirm", 1),
    ],
)
def test_question_fires_on_an_acting_reading_that_asks(text: str, intent: str, slot: int | None) -> None:
    assert "question" in _signs(text, intent, slot)


def test_question_does_not_fire_on_a_move_asked_as_a_question_or_a_carried_question() -> None:
    assert "question" not in _signs("Could we do next week instead?", "reschedule")
    assert "question" not in _signs("周五的面试我参加不了了，周六可以吗？", "confirm", 3)  # asks for an option
    assert "question" not in _signs("I won't make it on Thursday; can we do Friday instead?", "confirm", 2)
    assert "question" not in _signs("WILL ATTEND THURSDAY", "confirm", 1)  # no question mark
    assert "question" not in _signs("Can't do Friday or Saturday, so Thursday.", "confirm", 1)
    assert "question" not in _signs("Friday works for me.", "confirm", 2)
    carried = gate.signs("Friday. Is there parking?", "confirm", 2, 0.9, "Is there parking?", OFFERED)
    assert "question" not in carried


def test_slot_question_fires_on_a_question_about_the_picked_option_only() -> None:
    assert "slot_question" in _signs("Is Friday's slot in London time?", slot=2)
    assert "slot_question" in _signs("周四那个时间是北京时间吗？", slot=1)
    assert "slot_question" in _signs("What time is option 2 in Beijing time?", slot=2)
    assert "slot_question" not in _signs("Is Friday's slot in London time?", slot=1)  # not the option picked
    assert "slot_question" not in _signs("Friday? Sure.", slot=2)  # a yes
    assert "slot_question" not in _signs("Let's not do Thursday. How about Friday?", slot=2)  # a request
    assert "slot_question" not in _signs("Is Friday's slot in London time?", "reschedule")


@pytest.mark.parametrize(
    "text", ["I might come on Friday.", "估计周四可以", "稍等，我确认一下排班", "I'll know my schedule on Monday."]
)
def test_hedge_fires_on_doubt_or_deferral(text: str) -> None:
    assert "hedge" in _signs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Friday works.",
        "好的，不过我可能会晚到十分钟",
        "这次算了，下次有机会再说",
        "Could we do Thursday an hour later?",
    ],
)
def test_hedge_does_not_fire_on_lateness_a_polite_another_time_or_later(text: str) -> None:
    assert "hedge" not in _signs(text)


def test_condition_fires_on_a_real_condition_not_on_politeness() -> None:
    assert "condition" in _signs("If nothing changes, I'll come on Thursday.")
    assert "condition" in _signs("如果领导批假，我就周五来")
    assert "condition" not in _signs("If possible, I'd like option 3.", slot=3)
    assert "condition" not in _signs("如果可以的话，我想选方案2", slot=2)
    assert "condition" not in _signs("Confirmed. Please let me know if I need to bring anything.")


def test_bare_ack_fires_on_thanks_or_receipt_read_as_a_yes() -> None:
    assert "bare_ack" in _signs("Thanks!")
    assert "bare_ack" in _signs("好的收到")  # "received": a receipt, even with 好的
    assert "bare_ack" in _signs("OK, noted")
    assert "bare_ack" not in _signs("Yes, thanks")  # a yes word
    assert "bare_ack" not in _signs("好的，谢谢。")  # the plainest yes there is, with thanks
    assert "bare_ack" not in _signs("Ok thanks")
    assert "bare_ack" not in _signs("Thanks, see you Friday", slot=2)  # names the interview
    assert "bare_ack" not in _signs("Ok thanks", "decline")  # only a yes is looked at


def test_option_cue_fires_when_the_reading_does_not_follow_an_explicit_option() -> None:
    assert gate.option_cues(normalise("确定参加第二场")) == {2}
    assert "option_cue" in _signs("ok 2", slot=None)  # read as the proposed option 1
    assert "option_cue" in _signs("我选２号", "reschedule", confidence=0.7)
    assert "option_cue" in _signs("方案1和方案2都行", slot=1)  # two options, neither turned down
    assert "option_cue" not in _signs("ok 2", slot=2)
    assert "option_cue" not in _signs("方案1和方案2我都去不了，方案3可以", slot=3)  # the others turned down
    assert "option_cue" not in _signs("Yes please, Thursday at 2 is fine", slot=1)  # an hour, not an option
    assert "option_cue" not in _signs("I can do 3 Dec.", slot=1)  # a date


def test_no_polarity_fires_on_a_decline_or_move_without_refusal_or_change() -> None:
    assert "no_polarity" in _signs("Happy to go with the proposed time.", "reschedule")
    assert "no_polarity" in _signs("本人休假中，12月12日返回，急事请致电。", "reschedule")  # 休假 alone is no refusal
    assert "no_polarity" not in _signs("Could we do next week instead?", "reschedule")
    assert "no_polarity" not in _signs("I can't make it, sorry.", "decline")
    assert "no_polarity" not in _signs("我想撤回申请", "decline")
    assert "no_polarity" not in _signs("Happy to go with the proposed time.", "confirm")


def test_offered_named_fires_on_a_move_that_accepts_an_offered_time() -> None:
    assert "offered_named" in _signs("帮我取消周四的，改到周六", "reschedule")
    assert "offered_named" not in _signs("周四不行，下周二可以", "reschedule")  # the offered day is refused
    assert "offered_named" not in _signs("Could we do Thursday but an hour later?", "reschedule")  # a shift
    assert "offered_named" not in _signs("Any chance of Friday morning instead of the afternoon?", "reschedule")
    assert "no_polarity" not in _signs("Thanks for thinking of me but I think I'll leave it this time.", "decline")
    assert not _signs("Confrim, thank you")  # misspelt key words read as the word
    assert "offered_named" not in gate.signs("帮我取消周四的，改到周六", "reschedule", None, 0.9, None, ())


def test_weak_rule_and_long() -> None:
    assert "weak_rule" in _signs("Friday.", slot=2, confidence=0.75)
    assert "weak_rule" not in _signs("Friday.", slot=2, confidence=0.8)
    long = "Hi, I read the email. I have an exam that week. My manager is away. Friday works."
    assert "long" in _signs(long, slot=2)
    assert "long" not in _signs("Hi, thanks, Friday works. Best regards", slot=2)
    assert gate.clauses(normalise("Hi, thanks, Friday works. Best regards")) == 1


def test_the_gate_holds_an_acting_reading_and_says_why() -> None:
    reading = read_text("I might come on Friday.", KnownFacts(offered=OFFERED))
    assert (reading.intent, reading.slot, reading.acts) == ("unclear", None, False)
    assert reading.held_by_gate == ("hedge",)
    assert reading.rule.startswith("held by the gate (risk -0.04 ≥ -1.25: it defers or doubts): confirm option 2 by")
    shown = gate.explain(reading, OFFERED)
    assert shown == {
        "held": True,
        "signs": ["hedge"],
        "why": ["it defers or doubts"],
        "risk": -0.04,
        "threshold": gate.DEFAULT_THRESHOLD,
    }


def test_the_gate_passes_a_clear_reading_and_can_be_switched_off() -> None:
    clear = read_text("Friday works for me.", KnownFacts(offered=OFFERED))
    assert (clear.intent, clear.slot, clear.held_by_gate) == ("confirm", 2, ())
    shown = gate.explain(clear, OFFERED)
    assert shown is not None and shown["held"] is False and shown["signs"] == []
    off = read_text("I might come on Friday.", KnownFacts(offered=OFFERED, gate=False))
    assert (off.intent, off.slot) == ("confirm", 2)
    assert gate.explain(Reading(None, "", "unclear")) is None  # nothing acted, nothing to gate


def test_signs_are_linear_on_long_hostile_text() -> None:
    text = ("wrote " + " " * 5000 + "if ? 第" * 3000)[:2000] * 30
    started = time.monotonic()
    gate.assess(text, "confirm", 1, 0.9, None, OFFERED)
    assert time.monotonic() - started < 1.0


def test_historical_first_reads_keep_their_figures() -> None:
    """The stored first reads (history.jsonl: each batch read by the reader that had not seen it, rules only) and the
    shipped gate (docs/BENCHMARKS.md (i), "Held-out examinations, third round"). A change of the gate's signs shows
    here."""
    from tests.inbound.corpus.history import load, outcome

    rows = load()
    early = {f"blind{n}" for n in range(1, 15)}
    figures = {
        "corpus": [r for r in rows if not r["batch"].startswith("blind")],
        # blind1–14: the signs added on 2026-12-07 evening were chosen on these.
        "blind1-14": [r for r in rows if r["batch"] in early],
        # blind15–31: written afterwards (each read by the reader of its day, rules only).
        "blind15-31": [r for r in rows if r["batch"].startswith("blind") and r["batch"] not in early],
    }
    got = {}
    for name, group in figures.items():
        before = outcome(group, gate.WEIGHTS, gate.BIAS, float("inf"))
        after = outcome(group, gate.WEIGHTS, gate.BIAS, gate.DEFAULT_THRESHOLD)
        got[name] = (before.replies, before.right, before.wrong, after.wrong, after.lost)
    assert got == {
        "corpus": (678, 533, 52, 26, 3),
        "blind1-14": (2415, 2072, 79, 38, 10),
        "blind15-31": (2728, 2476, 65, 24, 39),
    }


def test_the_last_one_is_no_option_cue_of_its_own() -> None:
    assert gate.option_cues(normalise("最后一个方案")) == set()
    assert gate.option_cues(normalise("第一个方案")) == {1}


def test_dates_are_not_option_cues_and_preferring_is_a_change() -> None:
    assert "option_cue" not in _signs("Let's do Dec 3.", "confirm", 1)
    assert "option_cue" not in _signs("Ich bestätige den Termin am Freitag, 4. Dezember, um 14:00 Uhr.", "confirm", 2)
    assert "option_cue" in _signs("Thanks. 3.", "confirm", 1)  # a bare option number still counts
    assert "no_polarity" not in _signs("Saturday afternoon would be better for me if possible", "reschedule")
    assert "no_polarity" not in _signs("请把我从候选名单里去掉，谢谢", "decline")


def test_ranges_and_day_month_dates_are_not_option_cues_and_a_refusal_next_door_counts() -> None:
    assert "option_cue" not in _signs("Yes please - Thursday 3rd Dec, 2 till 3.", "confirm", 1)
    assert "option_cue" not in _signs("I'll attend on 3.12 at 14:00.", "confirm", 1)
    moved = "很抱歉，12月3日至5日我要参加公司年会，均无法参加。能否改到12月9日下午？"
    assert "offered_named" not in _signs(moved, "reschedule")


def test_an_hour_alone_names_no_offered_time_and_being_away_refuses() -> None:
    assert "offered_named" not in _signs("can we do the friday but in the morning instead? like 10am.", "reschedule")
    assert "offered_named" not in _signs("我想改期，周四到周六我都要值班，下周二或周三的下午可以吗？", "reschedule")
    assert "option_cue" not in _signs("我选12月5号周六上午10点的", "confirm", 3)


@pytest.mark.parametrize(
    ("text", "intent", "slot", "sign"),
    [
        # Signs fitted on the held-out first reads (history.jsonl, blind1–blind14): each alone holds the reading.
        ("Friday works but only after 4pm. Is that possible?", "confirm", 2, "other_hour"),
        ("Could we do Thursday but later, say 5pm?", "confirm", 1, "other_hour"),
        ("确认方案1，周五下午见", "confirm", 1, "other_option"),
        ("选2，周六上午十点", "confirm", 2, "other_option"),
        ("None of those work and to be honest I've decided the role isn't for me.", "reschedule", None, "withdraws"),
        (
            "I'm relocating to Canada next month so I won't be able to take this forward.",
            "reschedule",
            None,
            "withdraws",
        ),
        ("請問面試可以用線上方式嗎？我人在台北，不方便去上海。", "decline", None, "asks_decline"),
        (
            "Would it be possible to do it earlier, like Wednesday 2 December? I'm flying out on the 3rd.",
            "confirm",
            1,
            "other_day",
        ),
        ("我现在在国外，周四下午2点可以。", "confirm", 1, "abroad_hour"),
        ("I'm in Toronto. Thursday at 2 works.", "confirm", 1, "abroad_hour"),
    ],
)
def test_new_signs_hold_the_reading(text: str, intent: str, slot: int | None, sign: str) -> None:
    assert sign in _signs(normalise(text), intent, slot)
    assert gate.stops(gate.assess(text, intent, slot, 0.9, None, OFFERED))


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("周五 14:00-15:00 👌", 2),  # the end of a range
        ("Friday 4 December is good thanks, 2pm London time (that's 1am here so I'll set an alarm!).", 2),
        ("您好，我现在在韩国，12月3日下午两点是韩国时间下午三点，可以参加。", 1),  # the candidate's own zone
        ("我选3号方案", 3),  # 3号方案 is an option, not the 3rd
        ("周四我有事，周五下午可以的", 2),  # the other day is turned down
        ("我确认参加2026年12月4日（周五）14:00的重新面试。\n\n王芳\n2026年11月28日", 2),  # the letter's date
        ("I'll take Friday 12/4 at 2pm.", 2),  # 12/4 read both ways
        ("确认方案一。我只能待到三点，三点之后要去接孩子放学。", 1),  # a bound, not a time
        ("我周六早上八点下夜班，十点过去来得及，选周六。", 3),  # the end of a night shift
        ("I'm in California so Saturday 10am London is 2am for me. Option 3 please.", 3),  # an option by number
        ("Confirmo a minha presença na quinta-feira, dia 3, às 14h00.", 1),  # "dia 3" is a date
        ("Saturday morning is best for me as I work Monday to Friday 9–5. I'll take option 3.", 3),  # one's schedule
        ("我目前上的是早班（7:00-15:00），周五我已经跟同事换了班，下午两点可以准时到。确认方案2", 2),
        ("Option 3: Sat 5 Dec 2026, 10:00–11:00 (Europe/London)\n\nThanks!", 3),  # a zone name is no place
    ],
)
def test_new_signs_leave_plain_picks_alone(text: str, slot: int) -> None:
    found = _signs(normalise(text), "confirm", slot)
    assert not {"other_hour", "other_option", "other_day", "abroad_hour"} & set(found), found


def test_a_change_of_mind_read_by_a_weak_rule_is_held() -> None:
    text = "选1……算了还是选3吧 周四怕赶不回来"
    assert "weak_change" in _signs(normalise(text), "confirm", 1, 0.75)
    assert gate.stops(gate.assess(text, "confirm", 1, 0.75, None, OFFERED))
    assert "weak_change" not in _signs(normalise(text), "confirm", 3, 0.9)  # a sure rule stands


@pytest.mark.parametrize(
    ("lang_zone", "text", "intent", "slot", "sign"),
    [
        ("Europe/London", "Thursday 2pm Shanghai time works for me", "confirm", 1, "other_zone"),
        ("Asia/Shanghai", "这个时间是北京时间吧？我现在人在新加坡出差", "reschedule", None, "zone_question"),
    ],
)
def test_a_time_zone_not_the_offered_one_or_a_question_about_it_holds(
    lang_zone: str, text: str, intent: str, slot: int | None, sign: str
) -> None:
    zone = ZoneInfo(lang_zone)
    offered = tuple(OfferedSlot(s.number, s.start.replace(tzinfo=zone)) for s in OFFERED)
    assert sign in gate.signs(normalise(text), intent, slot, 0.9, None, offered)


def test_a_time_zone_question_with_the_time_asked_for_is_a_request() -> None:
    zone = ZoneInfo("Europe/London")
    offered = tuple(OfferedSlot(s.number, s.start.replace(tzinfo=zone)) for s in OFFERED)
    text = normalise("Hi, I'm in Singapore that week. Could we move it to 7 December 09:00 London time?")
    assert "zone_question" not in gate.signs(text, "reschedule", None, 0.9, None, offered)
    assert "other_zone" not in gate.signs(normalise("Thursday 2pm London time works"), "confirm", 1, 0.9, None, offered)


def test_a_numbered_list_of_questions_names_no_option() -> None:
    text = normalise(
        "收到，谢谢！确认方案1。\n另外想问几个问题：\n1. 大楼有地下停车场吗？\n2. 身份证原件需要带吗？\n"
        "3. 到了以后找谁？"
    )
    assert gate.option_cues(text) == {1}


def test_a_plain_yes_beside_a_request_for_another_time_is_held() -> None:
    text = "Can it be Thursday morning instead of the afternoon? 10 or 11 would be great."
    assert "plain_yes_moves" in _signs(normalise(text), "confirm", None)
    assert "plain_yes_moves" not in _signs(normalise("Great, Thursday works."), "confirm", None)
