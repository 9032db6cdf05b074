"""What a candidate's reply means, in Chinese or English: confirm, decline, reschedule (a slot number or free
text), question or unknown. Pure rules over the reply's new text (quotes and signatures already removed).

Order matters: an explicit withdrawal wins; then a chosen slot; then a request for another time; then a negated
confirmation ("不能确认", "can't make it") — a decline unless the reply also names another time; then a plain
decline; then a confirmation; then a question. Anything else is `unknown` and goes to HR.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Intent = Literal["confirm", "decline", "reschedule", "question", "unknown"]

_ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}
_N = r"(10|[1-9]|[一二两三四五六七八九十])"
_STOP = r"[^,.!?;:，。！？；：、\n]"

# Phrases whose negation characters do not negate anything ("没问题" is a yes); replaced before matching.
_REWRITES = [
    (r"没问题|没有问题|不成问题|没毛病|不见不散", " 好的 "),
    (r"不确定|不太确定|不清楚|不知道|不太清楚|不明白|确定不了", " unsure "),
    (r"不好意思|不胜感激|不客气|不用谢|不过|不少|不错|不久|不断", " , "),
    (r"不会缺席|一定到|准时到", " 参加 "),
    (r"不方便|没空|没时间|有事|有安排|时间冲突|时间上有冲突|冲突了|撞了", " 冲突 "),
    (r"\bcan'?t wait\b|\bcannot wait\b", " eager "),
    (r"\bno problem\b|\bnot a problem\b|\bno worries\b", " ok "),
    (r"\bnot sure\b|\bunsure\b|\bdon'?t know\b|\bdo not know\b", " unsure "),
    (
        r"\b(?:not available|unavailable|doesn'?t work for me|does not work for me|won'?t work for me|"
        r"not convenient|inconvenient|have a conflict|scheduling conflict|am busy|i'?m busy|clash(?:es)?)\b",
        " conflict ",
    ),
]

_WITHDRAW = re.compile(
    r"放弃|不参加了|不去了|不来了|不考虑了|不再考虑|不再参加|婉拒|谢绝|退出|撤回|已接受其他|接受了其他|已经入职|已入职|"
    r"找到(了)?(新)?工作|取消(本次|这次)?(面试|重新面试|预约)|请取消|"
    r"\bwithdraw\w*|\bno longer interested\b|\bnot interested\b|\baccepted (?:another|an other|a different) "
    r"(?:offer|position|job|role)\b|\bi(?:'ll| will) pass\b|\bpass on this\b|\bplease cancel\b|\bcancel my\b|"
    r"\bno,? thank(?:s| you)\b"
)
_RESCHEDULE = re.compile(
    r"改期|改到|改成|改在|改为|改一下|改个|换个时间|换一个时间|换时间|换到|调整时间|调整一下|调整到|调到|推迟|延期|延后|推后|"
    r"提前到|另约|另外安排|重新安排|其他时间|别的时间|另一个时间|另外的时间|挪到|挪一下|冲突|"
    r"\bre-?schedule\w*|\bpostpone\w*|\banother (?:time|day|date|slot)\b|\b(?:a )?different (?:time|day|date)\b|"
    r"\bother (?:time|day|date)s?\b|\bmove (?:it|the interview|the meeting|our meeting)\b|\bpush (?:it )?back\b|"
    r"\bchange the (?:time|date|day)\b|\blater date\b|\bconflict\b"
)
# Wording that asks for another time only when a time is named ("how about Thursday?", "Thursday instead").
_SOFT_RESCHEDULE = re.compile(
    r"可以吗|行吗|可否|能否|是否可以|方便吗|更方便|比较方便|更合适|\binstead\b|\bhow about\b|\bwhat about\b|"
    r"\bwould .{0,30}\bwork\b|\bdoes .{0,30}\bwork\b|\bcould we\b|\bcan we\b|\bprefer\b|\bbetter\b|\bif possible\b"
)
_NEGATED_ZH = re.compile(
    r"(?:不能|无法|没法|没办法|没有办法|不可以|不可能|不会|未能|难以|恐怕不|可能不|不)"
    + _STOP
    + r"{0,3}?(?:确认|确定|参加|出席|到场|赴约|前往|参与|接受|过去)"
    r"|(?:参加|去|来|出席|赶|到|确认)不了|去不成|来不成|不能去|不能来|无法去|无法来|没法去|没法来|去不了|来不了"
)
_NEGATED_EN = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|couldn'?t|could not|"
    r"won'?t be able to|will not be able to|not going to|don'?t think i can|do not think i can|"
    r"wouldn'?t be able to|shan'?t|not)\s+(?:\w+\s+){0,3}?"
    r"(?:attend|make it|come|join|participate|confirm|be there|accept|go)\b"
)
_DECLINE = re.compile(r"拒绝|不参加|不出席|谢谢.{0,4}不用了|\bdecline\w*|\bi refuse\b|\bregret\w*")
_CONFIRM = re.compile(
    r"确认|确定|好的|好滴|好哒|好呀|好啊|^好[!.。~]*$|可以(?=$|[,.!。~]|的|参加|出席)|同意|参加|出席|接受|准时|"
    r"(?<![a-z])ok(?:ay)?(?![a-z])|👍|"
    r"\bconfirm\w*|\byes\b|\byep\b|\byeah\b|\bsure\b|\bsounds good\b|\bworks for me\b|\bthat works\b|"
    r"\bi'?ll be there\b|\bi will be there\b|\bwill attend\b|\bi'?ll attend\b|\baccept\w*|\bsee you\b|"
    r"\battend(?:ing)?\b|"
    r"\bcount me in\b|\blooking forward\b|\bfine\b|\bgreat\b|\bperfect\b|\bagree\w*|\bi can attend\b|\bi can make it\b"
)
_NEGATION_BEFORE_ZH = re.compile(r"(?:不|无法|不能|没|未|难以|别)" + _STOP + r"{0,2}$")
_NEGATION_BEFORE_EN = re.compile(r"\b(?:not|n't|cannot|unable|never|no longer|don'?t|do not)\s+(?:\w+\s+){0,2}$")
_QUESTION = re.compile(
    r"\?|请问|想问|吗|是否|能否|可否|怎么|怎样|如何|哪里|哪儿|什么|多久|多长|几点|为什么|需不需要|要不要|是不是|有没有|"
    r"^(?:what|where|when|how|why|who|which|is|are|do|does|can|could|will|would|should|may)(?![\w'])|\bunsure\b"
)
_TIME = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天1-7]|明天|后天|大后天|下周|下星期|下个月|今天|今晚|明早|明晚|本周|这周|月底|周末|"
    r"上午|下午|晚上|中午|早上|傍晚|\d{1,2}\s*(?:点|:\d{2}|时)|[一二两三四五六七八九十]{1,3}点|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*(?:日|号)|\d{1,2}\s*(?:号|日)|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\btomorrow\b|\btonight\b|"
    r"\bnext (?:week|month|mon|tue|wed|thu|fri)\w*|\bweekend\b|\bmorning\b|\bafternoon\b|\bevening\b|\bnoon\b|"
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b"
)
_SLOT_PATTERNS = [
    re.compile(r"(?:方案|选项|时段|时间段|备选)\s*" + _N),
    re.compile(r"第\s*" + _N + r"\s*(?:个|种|项|方案|选项|时间|时段)"),
    re.compile(r"(?:选|选择|选定|定)\s*(?:方案|选项)?\s*" + _N + r"(?!\s*(?:点|号|日|月|天|:))"),
    re.compile(r"\b(?:option|slot|choice|time|number|no\.?)\s*#?\s*(10|[1-9])\b"),
    re.compile(r"#\s*(10|[1-9])\b"),
    re.compile(r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:one|option|slot|time|choice)\b"),
]
# A reply that is just a number ("2", "2。", "2 谢谢") picks that option.
_BARE_NUMBER = re.compile(
    r"^\s*(10|[1-9])(?!\s*(?:[:：点号月日时天周年个]|days?\b|hours?\b|weeks?\b|am\b|pm\b|o'?clock|th\b|st\b|nd\b|rd\b|"
    r"\d))\s*(?:[.。!！,，~]|$|\s)"
)


@dataclass(frozen=True)
class Classification:
    """The intent of a reply, the option it picks (1 = proposed) and any question asked alongside."""

    intent: Intent
    slot: int | None = None
    question: str | None = None


def normalise(text: str) -> str:
    """NFKC (full-width → ASCII), lower case, straight apostrophes, one space between words."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[ \t\u3000]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _number(token: str) -> int:
    if token in _ZH_NUMBERS:
        return _ZH_NUMBERS[token]
    if token in _EN_ORDINALS:
        return _EN_ORDINALS[token]
    return int(token)


def find_slot(text: str) -> int | None:
    """The option number a reply picks ("2", "选2", "方案二", "option 2", "第二个时间", "the second one")."""
    for pattern in _SLOT_PATTERNS:
        match = pattern.search(text)
        if match:
            return _number(match.group(1))
    match = _BARE_NUMBER.match(text)
    if match:
        return _number(match.group(1))
    return None


_CLAUSE = re.compile(r"(?<=[,.!?;:。、\n])")
_HYPOTHETICAL = re.compile(r"如果|假如|万一|要是|\bif\b|\bin case\b|\bwhat happens\b")


def _clauses(text: str) -> tuple[str, list[str]]:
    """The clauses that state something (questions and hypotheticals left out), and the questions asked."""
    stated: list[str] = []
    asked: list[str] = []
    for clause in _CLAUSE.split(text):
        clause = clause.strip()
        if not clause:
            continue
        if _QUESTION.search(clause):
            asked.append(clause)
        elif not _HYPOTHETICAL.search(clause):
            stated.append(clause)
    return " , ".join(stated), asked


def _answers_the_invitation(clause: str) -> bool:
    """A question that is itself the answer ("能否改到周四下午？", "方案2可以吗?") is not a question for HR."""
    return find_slot(clause) is not None or bool(_RESCHEDULE.search(clause) or _TIME.search(clause))


def _confirmed(text: str) -> bool:
    """A confirmation cue that is not negated just before it."""
    for match in _CONFIRM.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()]
        if _NEGATION_BEFORE_ZH.search(before) or _NEGATION_BEFORE_EN.search(before):
            continue
        return True
    return False


def slot_reply(slot: int) -> Intent:
    """Picking the proposed time (1) confirms it; picking another offered time asks to move to it."""
    return "confirm" if slot == 1 else "reschedule"


def classify(text: str) -> Classification:
    """Classify a reply's new text (see the module docstring for the order of the rules)."""
    t = normalise(text)
    if not t:
        return Classification("unknown")
    for pattern, replacement in _REWRITES:
        t = re.sub(pattern, replacement, t)
    stated, asked = _clauses(t)
    question = text.strip() if any(not _answers_the_invitation(c) for c in asked) else None
    timed = bool(_TIME.search(t))

    if _WITHDRAW.search(t):
        return Classification("decline")
    slot = find_slot(t)
    if slot is not None:
        return Classification(slot_reply(slot), slot=slot, question=question)
    if _RESCHEDULE.search(t) or (timed and _SOFT_RESCHEDULE.search(t)):
        return Classification("reschedule")
    if _NEGATED_ZH.search(stated) or _NEGATED_EN.search(stated):
        return Classification("reschedule" if timed else "decline", question=question)
    if _DECLINE.search(stated):
        return Classification("decline", question=question)
    if _confirmed(stated):
        return Classification("confirm", question=question)
    if asked:
        return Classification("question", question=text.strip())
    if timed:
        return Classification("reschedule")
    return Classification("unknown")
