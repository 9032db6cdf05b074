"""A confidence gate over the rules (SPEC R-M3, "never a wrong action"): a reading that would act is turned
into `unclear` when general signs say the rule that decided may have read it wrong.

The rules in `inbound.intent` are fixed one wrong reading at a time; every batch of mail they had not seen
brought wrong actions of new kinds. The gate does not know any of those texts. It looks at what every rule
leaves unexplained, with small independent word lists of its own:

- `question`: a sentence asks something (?, 吗, 是不是) without a yes or a request in it ("周六可以吗", "can we …"
  ask for an option) and the reading carries no question;
- `slot_question`: it asks about the very option the reading picks, with no yes or request anywhere ("Is
  Friday's slot in London time?", "周四那个时间是北京时间吗");
- `hedge`: it defers or doubts (可能, 估计, 再定, 稍等, maybe, "once I know", "let you know");
- `condition`: it sets a condition (如果, 要是, if, unless; not "if possible", "let me know if");
- `bare_ack`: thanks or an acknowledgement (收到, noted) read as a yes, naming nothing of the interview;
- `option_cue`: an explicit option cue ("2", "第二场", "option 3", "２号") the reading does not follow, or
  several different ones;
- `no_polarity`: a decline or a move with no word of refusal, absence or change anywhere in the text;
- `offered_named`: a move (reschedule) with a clause that names a time we offered and does not refuse it;
- `weak_rule`: the rule's own confidence is low (< 0.8);
- `long`: more than three clauses besides greetings and thanks — more than the rule can account for;
- `other_hour`: a confirm that names a clock hour not the option's ("Friday but at 10am", "only after 4pm");
- `other_option`: an explicit option number beside another offered time not turned down ("确认方案1，周五下午见");
- `other_day`: a confirm that names a day nothing was offered on ("earlier, like Wednesday 2 December?");
- `abroad_hour`: a clock time written from abroad, which may be the place's ("我现在在国外，周四下午2点可以");
- `withdraws`: a move with words of withdrawal ("none work and the role isn't for me");
- `asks_decline`: a decline that asks something ("能线上吗？我不方便去上海");
- `weak_change`: a change of mind read by a rule that is not sure ("选1……算了还是选3吧", "option 3 — wait, no");
- `other_zone`: a time zone named that is not the offered times' ("Thursday 2pm Shanghai time" for London times);
- `zone_question`: a question about the time zone ("这个时间是北京时间吧？");
- `plain_yes_moves`: a yes naming no option beside a request for another time ("Thursday morning instead of the
  afternoon? 10 or 11 would be great").

The first ten weights were fitted by logistic regression on the historical first reads of unseen corpus batches
(`python -m tests.inbound.corpus.history cv`). The last ten were chosen on the first reads of the held-out batches
blind1–blind14 (2,415 replies, read by the reader of the day each was merged, rules only: `history.jsonl`), where
each alone caught wrong actions at a few right readings lost; each weighs 2.0, enough to hold a reading alone. A
reading whose summed risk reaches `DEFAULT_THRESHOLD` is not acted on. Pure, linear time (each pattern is linear and
runs once over at most 2,000 characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from inbound.foreign import refusal
from inbound.intent import (
    HOUR,
    HOUR_AS_REASON,
    OfferedSlot,
    dates_of,
    hours_of,
    offered_matches,
    spelled,
    weekdays_of,
)

if TYPE_CHECKING:
    from inbound.reading import Reading

# Fitted on every batch's first reads (`python -m tests.inbound.corpus.history fit`: logistic regression for
# the weights and bias, then the highest threshold of least cost, a lost right reading costing 0.35 of a wrong
# action kept; see docs/BENCHMARKS.md (i), "The gate").
WEIGHTS: dict[str, float] = {
    "question": 1.01,
    "slot_question": 1.79,
    "hedge": 2.66,
    "condition": 1.05,
    "bare_ack": 2.61,
    "option_cue": 1.95,
    "no_polarity": 1.96,
    "offered_named": 1.7,
    "weak_rule": 0.99,
    "long": 0.04,
    "other_hour": 2.0,
    "other_option": 2.0,
    "withdraws": 2.0,
    "asks_decline": 2.0,
    "other_day": 2.0,
    "abroad_hour": 2.0,
    "weak_change": 2.0,
    "other_zone": 2.0,
    "zone_question": 2.0,
    "plain_yes_moves": 2.0,
}
BIAS = -2.7
DEFAULT_THRESHOLD = -1.25

EXPLAINED = {
    "question": "it asks a question the reading does not carry",
    "slot_question": "it asks about the option it would pick, with no yes or request",
    "hedge": "it defers or doubts",
    "condition": "it sets a condition",
    "bare_ack": "an acknowledgement or thanks that names no time, option or attendance",
    "option_cue": "an explicit option cue the reading does not follow",
    "no_polarity": "a decline or move without any word of refusal or change",
    "offered_named": "a move that names a time we offered",
    "weak_rule": "the deciding rule is not sure (confidence below 0.8)",
    "long": "more clauses than the deciding rule accounts for",
    "other_hour": "it names a clock time that is not the option's",
    "other_option": "beside the option it would pick, it names another offered time and does not turn it down",
    "withdraws": "a move with words of withdrawal",
    "asks_decline": "a decline that asks something",
    "other_day": "it names a day on which nothing was offered and does not turn it down",
    "abroad_hour": "written from abroad, it names a clock time that may be the place's",
    "weak_change": "a change of mind, read by a rule that is not sure",
    "other_zone": "it names a time zone other than the offered times'",
    "zone_question": "it asks about the time zone",
    "plain_yes_moves": "a yes that names no option beside words asking for another time",
}

_QUESTION = re.compile(
    r"[?？]|吗|是不是|是否|能否|可否|可不可以|能不能|行不行|好不好|有没有|要不要|多少|几点|哪|什么|怎么"
)
# A yes word or a request: a question that carries one asks for the option ("周六可以吗", "can we do Friday?").
_ACCEPTS = re.compile(
    r"可以|行|好|合适|适合|方便|改|换|确认|参加|\b(?:ok|okay|yes|sure|fine|works?|suits?|good|great|confirm\w*|"
    r"can|could|would|instead|possible|open|available|free|see you|how about|what about)\b|怎么样"
)
_ASKS = re.compile(r"[?？]|吗|呢")
_SENTENCE = re.compile(r"(?<=[?？。.!！\n])")
_HEDGE = re.compile(
    r"可能|估计|也许|应该可以|再定|再确认|再说|再看|再回复|再答复|再告诉|稍等|稍后|晚点|到时候再|确定不了|"
    r"确认不了|不确定|不一定|看情况|等我|之后再|"
    r"\b(?:maybe|perhaps|probably|possibly|might|not sure|unsure|once i|i'?ll know|will know|let you know(?! that)|"
    r"get back|depend\w*|tentative\w*|hopefully|try to)\b"
)
_CONDITION = re.compile(r"如果|要是|假如|除非|万一|\b(?:if|unless|provided|assuming|as long as)\b")
# Conditions that set none: politeness ("if possible", "如果可以的话") and asking to be told ("let me know if").
_POLITE = re.compile(
    r"可能不太?(?:适合|合适)|等我\S{0,6}(?:再约|再安排|再定时间)|(?:如果|要是)(?:可以|方便|没问题)(?:的话)?|"
    r"\bif (?:possible|that'?s (?:ok|okay|alright|fine)|that works|"
    r"it'?s not too much trouble|you (?:need|have) any\w*)\b|\b(?:let me|let us|tell me) know if\b|"
    r"可能会?(?:晚|迟|提前|早)|(?:以后|下次|改天)有机会再说"
)
# A clause that shifts a time within the offered day ("an hour later", "改成上午") or gives a reason to be away.
_SHIFT = re.compile(
    r"提前|推迟|推后|早点|晚点|早一点|晚一点|改成(?:上午|下午|晚上)|改到(?:上午|下午|晚上)|有课|有事|开会|上课|"
    r"\b(?:earlier|later|instead)\b"
)
_DAYISH = re.compile(
    r"周|星期|礼拜|\d\s*[月号日]|\d+\.\d+|\d+/\d+|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
)
_TOPIC = re.compile(
    r"\d|[一二两三四五六七八九十]号|第[一二两三四五六七八九十]|周[一二三四五六日天末]|星期|礼拜|上午|下午|晚上|早上|"
    r"参加|面试|时间|到场|准时|见|方案|场|选|出席|过来|过去|来|去|时段|安排|"
    r"\b(?:attend\w*|interview\w*|time|times|slot\w*|option\w*|see you|there|come|coming|join\w*|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|thur|thurs|fri|sat|sun|"
    r"morning|afternoon|evening|first|second|third|last|one|proposed|suggested|book\w*|confirm\w*|"
    r"available|works?|suits?|date|day)\b|确认|确定"
)
_OPTION = re.compile(
    r"(?:第|选|方案|option|no\.|#|number|选项) ?(10|[1-9]|[一二两三四五六七八九十])(?![\d月日点])"
    r"|(?<![最后哪每这那])(10|[1-9]|[一二两三四五六七八九十]) ?(?:号方案|个方案|场)"
    # A bare digit, not a day of a date ("Dec 3.", "Freitag, 4. Dezember").
    r"|(?:^|(?<=[\s,，。.!！:：]))(?<!at )(?<!till )(?<!to )(?<!until )(?<!by )(?<!after )(?<!before )"
    r"(?<!from )"
    r"(?<!dia )(?<!día )(?<!giorno )(?<!le )(?<!el )(?<![-–])"
    r"(?<!jan |feb |mar |apr |may |jun |jul |aug |sep |oct |nov |dec )([1-5])(?!\.\d)(?! ?(?:till|to|-|–) ?\d)"
    r"(?=$|[,，。.!！~\n])(?!\.\s*(?:dez|déc|dic|dec|nov|дек|gen|jan|feb|fév|mär|mar|apr|avr|mai|jun|jui|jul|aug|ao|sep|set|okt|oct|ott))"
)
_NEGATIVE = re.compile(
    r"不|没|无法|未能|别|难|取消|放弃|婉拒|算了|"
    r"\b(?:no|not|never|cannot|can'?t|won'?t|don'?t|doesn'?t|isn'?t|unable|decline\w*|withdraw\w*|"
    r"afraid|sorry|unfortunately|regret\w*|busy|clash\w*|conflict\w*|out|away|none|neither|pass|cancel\w*|"
    r"remove|only|stuck|skip|miss|off|unsubscribe\w*|job|stay\w*|elsewhere|position|role|offer|leave|fit)\b|n't|拒绝|找到|只|上班|考试|出差|外地|弃|撤|删|"
    r"留在|决定|去掉|移除|除名|值班|外地|国外|复查|医院|有课|排满|冲突|有事|加班|有会|有安排|"
    r"\b(?:difficult|tricky|impossible|hard)\b|"
    r"\b(?:exams?|operation|surgery|hospital|holiday|vacation|wedding|appointment|class|classes|lectures?|"
    r"working|travel\w*|flying)\b"
)
_MOVE = re.compile(
    r"改|换|推|调|挪|延|提前|别的|其他|其它|另外|另约|再约|冲突|忙|有事|有课|有会|开会|出差|"
    r"\b(?:another|other|others|different|earlier|later|move\w*|chang\w*|reschedul\w*|postpon\w*|instead|"
    r"shift\w*|swap\w*|push\w*|delay\w*|rearrang\w*|next|free|trip|travel\w*|week|better|prefer\w*)\b|下周|之后|以后"
)
_ACK = re.compile(r"收到|知道|了解|明白|谢|\b(?:thanks|thank|thx|noted|got it|received)\b")
_YES = re.compile(r"同意|可以|行|没问题|好的好的|\b(?:yes|sure|fine|great|perfect|sounds good|agreed|works)\b")
# "好的，谢谢" / "OK thanks" is the plainest yes there is; "好的，收到" may be only a receipt.
_PLAIN_YES = re.compile(r"好的|好滴|好嘞|好哒|\b(?:ok|okay)\b")
_RECEIPT = re.compile(r"收到|知道|了解|明白|\b(?:noted|got it|received)\b")
_CLAUSE_SPLIT = re.compile(r"[,.!?;:，。！？；：、\n]+")
_PLEASANTRY = re.compile(
    r"(?:hi|hello|dear|hey|thanks|thank you|thx|many thanks|best|best regards|regards|cheers|sincerely|"
    r"您好|你好|老师好|hr您好|谢谢|多谢|感谢|祝好|此致|敬礼|辛苦了|麻烦了|好的|ok|okay|yes|嗯+)(?: [\w ]{0,12})?"
)
# The end of an hour range ("14:00-15:00", "2-3pm", "10点到11点"), a time in the candidate's own zone ("that's
# 1am here", "我这边早上6点", "6pm in Beijing") and the hour one must leave by name no other hour.
_RANGE_END = re.compile(
    r"(?<=[\d点时])\s*(?:-|–|—|~|～|到|至|\bto\b|\btill\b|\buntil\b)\s*(?:上午|下午|晚上)?\d{1,2}(?:[:：]\d{2})?"
    r"\s*(?:点|时|am|pm)?"
)
_OWN_ZONE = re.compile(
    r"[^,.;!?，。；！？\n]*(?:\bhere\b|\bmy time\b|\blocal time\b|我这边|我这里|当地|时差|"
    r"\b(?:gmt|utc|bst|cst|ist|sgt|aest|aedt|est|edt|pst|pdt|cet|cest|jst|hkt)\b|"
    r"\bin (?:beijing|china|shanghai|the uk|singapore|sydney|melbourne|new york|india|hong kong|tokyo)\b|"
    r"(?:北京|伦敦|国内|英国|美国|新加坡|澳洲|澳大利亚|韩国|日本|加拿大|德国|法国|本地|东京|首尔|纽约|悉尼)时间|"
    r"\b(?:korea|japan|china|beijing|london|uk|us|singapore|sydney|local|india|german) time\b|"
    r"\b(?:eastern|pacific|central|mountain)\b|"
    r"要赶|得赶|要走|得走|离开|(?:之后|以后)(?:要|得|还要|还得)|下夜班|下班|"
    r"\bis \d{1,2}(?::\d{2})?\s*(?:am|pm)? for me\b|\b(?:leave|leaving|have to go)\b)[^,.;!?，。；！？\n]*"
)
# A bound that puts the time after the option's hour ("only after 4pm", "下午4点以后").
_LATER_THAN = re.compile(
    r"\b(?:only after|only from|free after|available after|free from|available from|not before|"
    r"only in the evening after)"
    r"\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|"
    r"(?:上午|下午|晚上)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:点|:\d{2})\s*(?:以后|之后|后)\s*(?:才|再|可以|都可以|有空|方便|能)"
)
_AT_CLOCK = re.compile(HOUR.pattern + r"|\bat (?:1[0-2]|[1-9])\b")
# Abroad, or in a place by name: an hour written may be the place's, not the offered one
# ("我现在在国外，周四下午2点可以").
_ABROAD = re.compile(
    r"国外|海外|出国|时差|温哥华|多伦多|纽约|旧金山|洛杉矶|悉尼|墨尔本|新加坡|东京|首尔|迪拜|美国|英国|加拿大|澳洲|澳大利亚|日本|韩国|"
    r"德国|法国|欧洲|\b(?:abroad|overseas|time difference|different time ?zone|toronto|vancouver|new york|california|"
    r"san francisco|los angeles|sydney|melbourne|singapore|tokyo|seoul|dubai|canada|australia|america|the us|"
    r"the states|india|germany|france)\b(?!/)"
)
_WITHDRAWS = re.compile(
    r"(?<!不是)(?:不参加了|不去了|不来了|不考虑了|不想找|不打算|不找工作|放弃|退出|婉拒|谢绝|入职了|别的offer|其他offer|另一家)|"
    r"\b(?:declin\w*|withdraw\w*|no point|relocat\w*|no longer (?:interested|looking|available)|remove me|"
    r"take me off|(?:an?|another|other) offer|new (?:job|role|position)|"
    r"not (?:going to |be able to |able to )?(?:proceed|continue|pursue|take (?:this|it) (?:forward|further))|"
    r"(?:isn'?t|not) (?:the right fit|for me))\b"
)
_CORRECTION = re.compile(
    r"本来|原本|刚才|更正|不对|写错|不好意思|改成|改为|换成|\b(?:actually|edit|sorry|correction|meant|instead)\b"
)
_HOUR_CLAUSES = re.compile(r"[,!?;，。！？；\n]+|\.(?!\d)")  # clauses, "14:00" and "4.30" kept whole
# Time zones by name: the offered times are in one of these; a time "in Shanghai time" for London times is another.
_ZONE_NAMES = {
    "Asia/Shanghai": re.compile(
        r"北京时间|上海时间|国内时间|中国时间|\b(?:beijing|shanghai|china|chinese) time\b|\bgmt ?\+ ?8\b|\butc ?\+ ?8\b"
    ),
    "Europe/London": re.compile(r"伦敦时间|英国时间|\b(?:london|uk|british) time\b|\bgmt\b(?! ?[+-])|\bbst\b"),
}
# A question about the zone ("这个时间是北京时间吧？", "Is that UK time?"): the answer waits on HR's.
_ZONE_WORD = re.compile(
    r"时区|时差|北京时间|伦敦时间|英国时间|国内时间|\btime ?zones?\b|"
    r"\b(?:london|uk|british|beijing|china|chinese|local) time\b|\bgmt\b|\bbst\b"
)


def _other_zone(t: str, offered: Sequence[OfferedSlot]) -> bool:
    """Whether a text names a time zone other than the offered times' and not theirs ("Thursday 2pm Shanghai time")."""
    ours = getattr(offered[0].start.tzinfo, "key", None)
    named = {zone for zone, pattern in _ZONE_NAMES.items() if pattern.search(t)}
    return bool(named) and ours not in named and ours in _ZONE_NAMES


# A clause about one's own schedule ("I work Monday to Friday 9–5", "早班（7:00-15:00）",
# "另一家公司的二面（下午2点半）"): the hours and days in it are the reason, not the time asked for.
_SCHEDULE = re.compile(
    r"\b(?:i work|work(?:ing)? (?:nights|days|shifts?|from|until|till|mon\w*)|shifts?|nights|day off|another interview|"
    r"appointment|meeting|commute|finish(?:es)? work|in the office|temp job|internship|classes|lectures?|school run)\b|"
    r"上班|下班|早班|晚班|夜班|倒班|换了班|实习|午休|体检|例会|开会|二面|一面|另一家|带班"
)
_LIST_ITEM = re.compile(r"(?m)^\s*[1-9][.．、)）]\s*(?=\S)")
# Asking for another time in words ("Thursday morning instead of the afternoon?", "能往后推一点吗"): a plain yes
# beside it may be a yes to the new time, not to the offered one.
_MOVES_TIME = re.compile(
    r"\b(?:instead|rather than|move it|change it|switch it|push it|bring it forward|earlier|later)\b|"
    r"改成|改到|换到|推迟|往后推|往前挪|提早"
)
_TOPIC_TIME = re.compile(
    r"\b(?:morning|afternoon|evening|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})?\s*(?:am|pm)|"
    r"\d{1,2}:\d{2})\b|上午|下午|晚上|早上|周[一二三四五六日]|星期|\d\s*点"
)
# A change of mind in the reply ("wait, no", "算了还是", "不对"): which answer stands is what a weak rule may miss.
_CHANGED = re.compile(r"不对|算了|等等|\bwait\b|\bactually\b|\bscratch that\b")
_DATE_ONLY = re.compile(r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*|\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*")
_ALTERNATIVE = re.compile(r"是[^,.;!?，。；！？\n]{1,8}还是[^,.;!?，。；！？\n]{1,8}(?:[呀呢啊吗?？]|$)")
_ZH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class Assessment:
    """The signs the gate saw on one reading, their summed risk (log-odds of a wrong action) and why."""

    signs: tuple[str, ...]
    risk: float

    @property
    def reasons(self) -> str:
        return "; ".join(EXPLAINED[s] for s in self.signs)


def option_cues(t: str) -> set[int]:
    """The option numbers a normalised text names explicitly ("2", "第二场", "option 3", "２号")."""
    out: set[int] = set()
    if len(_LIST_ITEM.findall(t)) >= 2:
        t = _LIST_ITEM.sub(" ", t)  # "1. 大楼有停车场吗？ 2. …": a numbered list, not options
    for m in _OPTION.finditer(t):
        token = next(g for g in m.groups() if g)
        out.add(_ZH_DIGIT[token] if token in _ZH_DIGIT else int(token))
    return out


def clauses(t: str) -> int:
    """Clauses of a normalised text other than greetings, thanks and closings."""
    return sum(1 for c in _CLAUSE_SPLIT.split(t) if c.strip() and not _PLEASANTRY.fullmatch(c.strip()))


def _other_hour(t: str, slot: int, offered: Sequence[OfferedSlot], refused: Callable[[str], bool]) -> bool:
    """Whether a text names a clock hour that is not the option's (ranges, bounds, reasons, own zone and the
    clauses that turn a time down aside)."""
    start = next((s.start for s in offered if s.number == slot), None)
    if start is None:
        return False
    own = _OWN_ZONE.sub(" ", t)
    if any(any(h > start.hour for h in hours_of(m)) for b in _LATER_THAN.finditer(own) for m in HOUR.finditer(b[0])):
        return True  # "Friday works but only after 4pm" for 14:00
    kept = " , ".join(c for c in _HOUR_CLAUSES.split(own) if not (refused(c) or _SCHEDULE.search(c)))
    kept = _RANGE_END.sub(" ", HOUR_AS_REASON.sub(" ", kept))
    return any((named := hours_of(m)) and start.hour not in named for m in HOUR.finditer(kept))


def _other_day(c: str, offered: Sequence[OfferedSlot]) -> bool:
    """Whether a clause names a weekday or a date on which nothing was offered ("like Wednesday 2 December")."""
    days = {s.start.weekday() for s in offered}
    dates = {(s.start.month, s.start.day) for s in offered}
    if _DATE_ONLY.fullmatch(c):
        return False  # the date a letter is signed with
    named = [(mo, d) for mo, d in dates_of(c) if mo is not None]  # "12/4" is read both ways: either may be ours
    return bool(weekdays_of(c) - days) or bool(named and not any(x in dates for x in named))


def signs(
    text: str,
    intent: str,
    slot: int | None,
    confidence: float,
    question: str | None = None,
    offered: Sequence[OfferedSlot] = (),
) -> list[str]:
    """The signs of a possible misreading for a reading that acts (confirm, decline, reschedule)."""
    t = _POLITE.sub(" ", spelled(text[:2000]))
    found: list[str] = []
    refuses = refusal(text[:2000])  # a reply in de/fr/es/pt/it/nl/ja/ko/ru: its language's words of refusal
    negative = bool(_NEGATIVE.search(t)) or (refuses is not None and refuses(t))
    asks = bool(_QUESTION.search(t))
    if (
        intent != "reschedule"
        and question is None
        and any(_QUESTION.search(c) and not _ACCEPTS.search(c) for c in _SENTENCE.split(t))
    ):
        found.append("question")
    if (
        intent == "confirm"
        and not _ACCEPTS.search(t)
        and any(
            _ASKS.search(c) and ((slot or 1) in option_cues(c) or (slot or 1) in offered_matches(c, offered))
            for c in _SENTENCE.split(t)
        )
    ):
        found.append("slot_question")
    if _HEDGE.search(t):
        found.append("hedge")
    if _CONDITION.search(t):
        found.append("condition")
    if (
        intent == "confirm"
        and not _TOPIC.search(t)
        and _ACK.search(t)
        and not _YES.search(t)
        and (_RECEIPT.search(t) or not _PLAIN_YES.search(t))
    ):
        found.append("bare_ack")
    cues = option_cues(t)
    if (len(cues) > 1 and not negative) or (
        cues and ((intent == "confirm" and (slot or 1) not in cues) or (intent != "confirm" and not negative))
    ):
        found.append("option_cue")
    if intent in ("decline", "reschedule") and not (negative or _MOVE.search(t) or (intent == "reschedule" and asks)):
        found.append("no_polarity")
    parts = _CLAUSE_SPLIT.split(t)

    def refused(c: str) -> bool:
        return bool(_NEGATIVE.search(c) or (refuses and refuses(c)))

    if intent == "reschedule" and any(
        offered_matches(c, offered)
        and _DAYISH.search(c)  # an hour alone ("like 10am") names no offered time
        and not (refused(c) or _SHIFT.search(c) or _SCHEDULE.search(c))
        and not (i + 1 < len(parts) and refused(parts[i + 1]))  # "12月3日至5日我要参加年会，均无法参加"
        for i, c in enumerate(parts)
        if offered
    ):
        found.append("offered_named")
    if intent == "confirm" and refuses is None and _other_hour(t, slot or 1, offered, refused):
        found.append("other_hour")
    if (
        intent == "confirm"
        and (slot or 1) in cues
        and not _CORRECTION.search(t)
        and any(
            len(m := offered_matches(_OPTION.sub(" ", c), offered)) == 1
            and (slot or 1) not in m
            and not (refused(c) or _MOVE.search(c) or _SHIFT.search(c))
            for c in parts
        )
    ):
        found.append("other_option")
    if (
        intent == "confirm"
        and offered
        and (slot or 1) not in cues
        and _ABROAD.search(t)
        and _AT_CLOCK.search(_OWN_ZONE.sub(" ", t))
    ):
        found.append("abroad_hour")
    if (
        intent == "confirm"
        and offered
        and any(_other_day(c, offered) and not (refused(c) or _SCHEDULE.search(c)) for c in parts)
    ):
        found.append("other_day")
    if intent == "reschedule" and _WITHDRAWS.search(t):
        found.append("withdraws")
    if intent == "decline" and (_ASKS.search(t) or _ALTERNATIVE.search(t)):
        found.append("asks_decline")
    if intent == "confirm" and offered and _other_zone(t, offered):
        found.append("other_zone")
    if any(
        _ZONE_WORD.search(c) and _ASKS.search(c) and not (HOUR.search(c) or _DAYISH.search(c))
        for c in _SENTENCE.split(t)
    ):  # "这个时间是北京时间吧？", not "Could we move it to 7 December 09:00 London time?"
        found.append("zone_question")
    if intent == "confirm" and slot is None and _MOVES_TIME.search(t) and _TOPIC_TIME.search(t):
        found.append("plain_yes_moves")
    if intent == "confirm" and confidence < 0.8 and _CHANGED.search(t):
        found.append("weak_change")
    if confidence < 0.8:
        found.append("weak_rule")
    if clauses(t) > 3:
        found.append("long")
    return found


def assess(
    text: str,
    intent: str,
    slot: int | None,
    confidence: float,
    question: str | None = None,
    offered: Sequence[OfferedSlot] = (),
    weights: dict[str, float] | None = None,
    bias: float | None = None,
) -> Assessment:
    """The gate's view of one acting reading: its signs and risk (bias + the weights of the signs seen)."""
    w = WEIGHTS if weights is None else weights
    found = tuple(signs(text, intent, slot, confidence, question, offered))
    risk = (BIAS if bias is None else bias) + sum(w[s] for s in found)
    return Assessment(found, round(risk, 3))


def stops(assessment: Assessment, threshold: float | None = None) -> bool:
    """Whether the gate turns the reading into `unclear`."""
    return assessment.risk >= (DEFAULT_THRESHOLD if threshold is None else threshold)


def risk_of(found: Sequence[str]) -> float:
    """The risk the gate gives a set of signs (bias + their weights)."""
    return round(BIAS + sum(WEIGHTS[s] for s in found), 3)


def explain(reading: Reading, offered: Sequence[OfferedSlot] = ()) -> dict[str, object] | None:
    """What `mail explain` says of the gate: for a reading it held, the signs and why; for one that acts, the
    signs it saw and that they stayed below the threshold; None for a reading the gate never looks at."""
    if reading.held_by_gate:
        found: Sequence[str] = reading.held_by_gate
    elif reading.acts:
        found = signs(reading.text, reading.intent, reading.slot, reading.confidence, reading.question, offered)
    else:
        return None
    return {
        "held": bool(reading.held_by_gate),
        "signs": list(found),
        "why": [EXPLAINED[s] for s in found],
        "risk": risk_of(found),
        "threshold": DEFAULT_THRESHOLD,
    }


def hold(reading: Reading, offered: Sequence[OfferedSlot] = (), threshold: float | None = None) -> Reading:
    """The reading itself, or — when the gate stops it — `unclear` with the signs and the reading it held back
    (its rule says why; its confidence stays the rule's)."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    a = assess(reading.text, reading.intent, reading.slot, reading.confidence, reading.question, offered)
    if not stops(a, threshold):
        return reading
    held = f"{reading.intent}" + (f" option {reading.slot}" if reading.slot is not None else "")
    return replace(
        reading,
        intent="unclear",
        slot=None,
        proposed=None,
        rule=f"held by the gate (risk {a.risk} ≥ {threshold}: {a.reasons}): {held} by {reading.rule}",
        held_by_gate=a.signs,
    )
