"""What a candidate's reply means, read as a person reads it: confirm (with the offered time picked), decline,
reschedule (a time not offered), question, or unclear. Pure rules over the reply's new text (quotes and
signatures already removed), each reading with the rule that decided it and a confidence.

The reply is cut into clauses (sentences, and the halves of "X不行，Y可以" / "X doesn't work but Y does"). Each
clause is read for what it states: a hedge ("还确认不了", "I'll get back to you"), a condition ("如果…就…",
"if … otherwise …"), a negation (won't, can't make it, 不了, 不行, 去不了), a withdrawal ("放弃", "Please remove
me from consideration", "Not this time"), a picked option, a named time, a confirmation, a question. Then, in
order: hedge or condition → unclear; withdrawal → decline; contrast (a rejected time and an accepted one) →
confirm the accepted one when it was offered, else reschedule naming it; a picked option → confirm it; a
request to move → reschedule; a negated attendance → decline, or reschedule when it names a time; a
confirmation → confirm; a question → question; anything else → unclear.

Before that, a signature under a closing line ("Best regards," + a name and job title) is cut off and misspelt
key words ("Thrusday", "confrim") are read as the word. After it, a safety net: each sentence is read on its
own too, and a yes and a no among them (or a move beside a decline) make the reply unclear whatever rule read
the whole — a person would not act on a reply that says both.

Every regular expression here is linear: no nested or overlapping unbounded quantifiers.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

Intent = Literal["confirm", "decline", "reschedule", "question", "unclear"]

_ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_NUMBERS |= {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5}  # the financial numerals
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
    "one": 1,
    "two": 2,
    "three": 3,
    "proposed": 1,
    "suggested": 1,
    "recommended": 1,
    "a": 1,
    "b": 2,
    "c": 3,
    "d": 4,
    "e": 5,
}
_N = r"(10|[1-9]|[一二两三四五六七八九十壹贰貳叁參肆伍])"
_STOP = r"[^,.!?;:，。！？；：、\n]"


@dataclass(frozen=True)
class OfferedSlot:
    """A time the replied-to email offered: its option number and start, in the candidate's time zone."""

    number: int
    start: datetime


# The bare yes words ("ok", "👌", "好的", "Yes"): alone they are asked back (the acknowledgement rewrite below); typed
# under one of our option lines they take it (inbound.reading).
BARE_YES = r"ok(?:ay)?|👌+|👍+|好的?|yes|yep|sure|sounds good"
# Phrases whose negation characters do not negate anything ("没问题" is a yes), and polite conditionals that
# set no condition ("如果可以的话", "if possible"); replaced before reading.
_REWRITES = [
    (
        r"没问题|没有问题|没得问题|没啥问题|没什么问题|不成问题|没毛病|不见不散|不会迟到|一定到|准时到|不会缺席",
        " 好的 ",
    ),
    (r"如果可以的话|如果可以|如果方便的话|如果方便|方便的话|如果没问题的话|要是可以的话|可以的话", " "),
    (
        r"\bif (?:possible|that'?s (?:ok|okay|alright|fine|possible)|that is possible|it'?s possible|"
        r"that works(?: for you)?|it'?s not too much trouble)\b",
        " ",
    ),
    (r"\bif you (?:need|have) any(?:thing| questions?)\b[^.!?\n]{0,60}", " "),
    (r"不好意思|不胜感激|不客气|不用谢|不少|不错|不久|不断|不用客气|不辛苦", " , "),
    (
        r"不用改期|不需要改期|无需改期|不用调整|不需要调整|不用改了|不用改时间|不想改时间|不改时间了?|"
        r"\bno need to (?:re-?schedule|change)\b",
        " 好的 ",
    ),
    (
        r"按建议的?时间|按(?:你们|您|你)?建议的(?:来|办|安排|时间)?|就按(?:原|原来的)?(?:时间|安排)|按(?:您|你|你们)?说的(?:时间|安排|来)|就按(?:您|你)的?安排|"
        r"(?:就|选|用)建议的?(?:时间|那个|方案)(?![^，。,.!！]{0,6}(?:不|吗|[?？]))",
        " 确认 ",
    ),
    (r"不想(?:再)?(?:复试|面试|参加)了|(?:就)?不(?:再)?浪费(?:大家|您|你们|各位)的?时间了?", " 放弃 "),
    (
        r"(?:已经|已)?(?:接受|拿到|收到)了?(?:别家|别的公司|其他公司|其它公司|另一家|另外一家|另外|另一个|其他|其它)"
        r"(?:一家)?(?:公司)?的?(?:offer|录用|工作|职位|岗位)",
        " 我已经找到工作了 ",
    ),
    (r"\bcan'?t wait\b|\bcannot wait\b", " eager "),
    # Apostrophes left out on a phone ("I cant take part", "dont", "wont be able").
    (r"\bcant\b", "can't"),
    (r"\bdont\b", "don't"),
    (r"\bwont\b(?= (?:be|make|attend|come|join|able))", "won't"),
    (r"\b(is|does|did|was|were|have|has|could|would|should)nt\b", r"\1n't"),
    # "the first one was stressful": the AI interview, not an option.
    (r"\bthe (?:first|last|previous) one (?:was|went|felt|is over)\b", " the earlier interview was "),
    (
        r"\bdon'?t see why not\b|\bno problem\b|\bnot a problem\b|\bno worries\b|\bno dramas?\b|\bno biggie\b|"
        r"\bnothing wrong\b",
        " ok ",
    ),
    (r"\bno,? i'?m fine\b", " ok "),
    (
        r"\bok(?:ay)?[,.!]? (?:noted|got it|received)\b|\bnoted\b|\bgot it\b|"
        r"(?:(?:好的|好|嗯+|ok|行)[,，]?\s*)?(?:知道了|了解了|明白了|知道啦|了解啦|明白啦)",
        " ack ",
    ),
    # Putting it in one's calendar accepts it ("Booked in my diary for Saturday"), even with "booked" in it.
    (
        r"\b(?:booked|put|added|saved|pencil(?:l)?ed|blocked)(?: it| this| that)? (?:in|into|to|on) (?:my |the )?"
        r"(?:diary|calendar|agenda|schedule)\b|(?:已|已经)?(?:加入|记在|记到|放进)(?:了)?(?:日历|日程|行事历)",
        " confirm ",
    ),
    # Thanks with a thumbs-up acknowledges; it picks nothing.
    (
        r"(?:thanks|thank you|thx|谢谢|多谢|感谢)[!！.。,， ]*👍+|👍+[!！.。,， ]*(?:thanks|thank you|thx|谢谢|多谢)",
        " ack ",
    ),
    # A house number in an address ("漕溪北路1号") is not a date.
    (r"(?:路|街|道|弄|巷|村|楼|栋|幢|室|层|号楼)\s*\d+\s*号", " 地址 "),
    # Confirming receipt is not confirming attendance ("确认收到邀请", "I confirm receipt of your email").
    (
        r"(?:好的|好|ok|嗯+)?[,，]?\s*(?:确认|已经?|均已|都已)?收到(?:了|啦)?(?:[,，]?\s*(?:好的|谢谢))?|"
        r"\bconfirm(?:ing)? (?:the )?(?:receipt|that i (?:have |'ve )?received|"
        r"i (?:have |'ve )?received)\b",
        " ack ",
    ),
    (
        r"不(?:会|想|要|打算)放弃|不放弃|\b(?:not|never) (?:going to )?withdraw\w*|"
        r"\b(?:don'?t|do not|won'?t) (?:want to )?withdraw\w*",
        " 好的 ",
    ),
    (r"\blook(?:ing)? forward to (?:hearing from you|your (?:reply|response|answer))\b|\bthanks in advance\b", " "),
    (r"期待(?:您的|你的)?(?:回复|回音|答复)", " "),
    (r"\b(?:good|best of) luck\b|\ball the best\b|\bhave a (?:good|great|nice) (?:day|week|weekend)\b", " "),
    (r"\b(?:please|could you|can you|would you|kindly) (?:re-?)?confirm\b", " could you tell me? "),
    (r"(?:请|麻烦|烦请|能否|可否|请您|请帮我|帮忙)(?:再)?确认(?:一下)?", " 请问 "),
    # Having taken part before is a story ("我之前已经参加过一次"); "还需要参加吗" asks whether.
    (r"参加过", "经历过"),
    (r"(?:还|也)?(?:需要|需|要|用|得)(?:再)?(?:参加|去|来)(?:吗|么|嘛)", " 请问需不需要 "),
    (r"(?:我)?(?:想|要)(?:先)?确认一下(?=[^。！!\n]{0,40}[吗?？])", " 请问 "),
    (r"(?:想|要|得|需要)?(?:先)?确认(?:一下)?再(?:选|定|决定|回复|答复)", " 再定 "),
    # "周四下午我没有课", "周六上午没课": free, not a no.
    (r"没(?:有)?(?:课|事|安排)(?![^，,。.]{0,3}(?:吗|呢))", " 有空 "),
    # "No. 3": the number sign, not a no.
    (r"\bno\.\s?(?=\d)", " number "),
    # "Before I confirm - …": no confirmation yet.
    (r"\bbefore i (?:confirm|decide|pick|choose|commit|book|select|reply|answer)\b", " before deciding "),
    # "a bit early but I'll manage": a yes.
    (
        r"\b(?:is|are|'s) (?:a bit|a little|rather) (?:early|late),? but i(?:'ll| will| can) (?:manage|make it work)\b",
        " works ",
    ),
    # "好的，我会准备的": getting ready is no decision.
    (r"(?:我)?(?:会|也会|一定会)(?:好好|认真)?准备(?:好|的|一下)*(?:的)?", " "),
    # "Ok thanks" with nothing else acknowledges; so do a bare "ok", "👌", "好的", "Yes", "Sounds good" alone: a
    # receipt as likely as a yes, asked back (examiners of unseen replies read them either way; the invitation asks
    # for 「确认」 / "confirm", which stays a yes).
    (r"^ok(?:ay)?[,.! ]*(?:thanks|thank you|thx|ty)[.! ]*$", " ack "),
    (
        rf"^(?:{BARE_YES}|k|好哒|好滴|好嘞|yeah|great|perfect|"
        r"looking forward to it)(?:[,，.。!！~ ]*(?:👌+|👍+))?"
        r"(?:[,，.。!！~ ]*(?:谢谢|多谢|thanks|thank you|thx)(?:您|你)?)?[,.!！。~ ]*$",
        " ack ",
    ),
    (r"\bsit (?:this one )?out\b", " withdraw "),
    # "I'd rather do the Friday slot if that's still available": it is, it was offered.
    (r",? if (?:that|it|this)(?: is|'s) still (?:available|free|open)\b", " "),
    # "I'd rather not do the interview again", "step back from the process".
    (
        r"\b(?:i'?d|i would) rather not (?:do|attend|continue with|proceed with|go ahead with) "
        r"(?:the (?:re-?)?interview|this|it|the process)\b|"
        r"\bstep(?:ping)? (?:back|away) from (?:the|this) (?:process|application|interview)\b",
        " withdraw ",
    ),
    # "Morning," on a line of its own greets.
    (r"(?m)^(?:good )?(?:morning|afternoon|evening)(?:[,!.]+(?=\s)|[,!.]*$)", " hello "),
    # A reason, then "so" and the decision ("…on Thursday so the middle option suits me best"): two clauses.
    (
        r"(?<=\w) so (?=(?:the|i|i'll|i'd|i'm|let's|let us|option|please|could|can|would|i will|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|thu|fri|sat)\b)",
        ", so ",
    ),
    # Chinese slang for yes and for dropping out ("阔以", "就这么定了", "走起", "撤了撤了", "面试就算了").
    (r"阔以", "可以"),
    (r"就这么定了|就这么定|^中[,，!！。]|^安排(?:上|吧)?[!！~。]*$|^走起[!！~。]*$", " 确认 "),
    (r"撤了|(?:面试|复试)(?:就|也)?算了|不再(?:应征|应聘|申请|考虑)", " 放弃 "),
    (
        r"\bresign from the (?:re-?)?interview\b|\bfound (?:an? |another |other )?(?:new )?job\b",
        " withdraw ",
    ),
    # Weekdays as a whole ("工作日请不了假", "can't do the weekday ones"): every weekday by name.
    (
        r"(?<![任意每])工作日(?=\S{0,3}(?:请不了假|请不到假|要上班|得上班|上班|不行|没空|不方便|走不开))|平时(?=要?上班|得上班)",
        "周一周二周三周四周五",
    ),
    (r"\bthe weekday (?:ones|slots|options|times)\b", "monday tuesday wednesday thursday friday"),
    # "I'm relocating abroad next month" beside a no: moving away, not a time asked for.
    (
        r"\b(?:i'?m|i am|we'?re) (?:relocating|moving) (?:abroad|overseas|away|to [a-z]+)"
        r"(?: next (?:month|week|year))?\b",
        " away ",
    ),
    # "weekdays are impossible", "can't do weekdays": every weekday by name.
    (
        r"\bweekdays(?= (?:are|is) (?:impossible|difficult|hard|out|tricky|murder|a no|no good|busy|tough)\b)",
        "，monday tuesday wednesday thursday friday are not possible，",
    ),
    (r"(?<=can't do )weekdays\b|(?<=cannot do )weekdays\b", "monday tuesday wednesday thursday friday"),
    # "I give up this interview" (a Chinese speaker's 放弃), "not able to continue with the process".
    (
        r"\bgive up (?:this|the|my) (?:interview|re-?interview|chance|opportunity|application)\b|"
        r"\b(?:not|n't) (?:be )?(?:able to )?continue (?:with )?(?:the|this|my) (?:process|application|interview)\b",
        " withdraw ",
    ),
    # "要不就算了吧" at the end, after the times were turned down: a no to the whole thing.
    (r"(?:要不|那|还是)就?算了吧?[。.!！~]*$", " 放弃 "),
    # "I choose 2", "I'll take 3": an option number after a verb of choosing.
    (
        r"\b(i (?:choose|pick|select|take|want)|i'?ll (?:take|go with|choose|pick)|go with|choose|pick) (?:number )?"
        r"([1-9])\b(?!\s*(?:pm|am|:|\.\d|st|nd|rd|th|days?|weeks?|hours?|dec|nov))",
        r"\1 option \2",
    ),
    # "然后" runs two answers together in a spoken reply ("周四要上班请不了假然后周五下午的话我可以").
    (r"(?<=[\u4e00-\u9fff])然后(?=[\u4e00-\u9fff])", "，然后"),
    # The one weekend day offered, named as "the weekend one" ("周末那场", "The weekend one please").
    (r"周末(?:那|这)(?:场|个|一场)|\b(?:the )?weekend (?:one|slot|option)\b", " 周六 "),
    (r"\b(?:please )?(?:let|keep) (?:me|you|us) (?:know|posted) if\b[^.!?\n]{0,80}", " "),
    (
        r"(?:\b(?:i'?ll|i will|will) (?:revert|let you know|get back(?: to you)?|inform you|update you) )?"
        r"\bif (?:anything|something) (?:changes|comes up)\b[^.!?\n]{0,60}",
        " ",
    ),
    (r"如有(?:变动|变化|问题|疑问)[^。！？\n]{0,30}", " "),
    # Deliberation already done ("犹豫了一下", "跟家里人商量了一下", "想了想") is a story, not a hedge.
    (
        r"(?<![不再])(?:犹豫|考虑|商量|纠结|琢磨|思考)(?:了|过)(?:一下|一会儿?|很久|好久|半天|几天|一番)|"
        r"(?<![不再])(?:犹豫|商量|纠结|琢磨)(?:了|过)|想了想|想了一下|后来想想|仔细想想|再三考虑|考虑再三",
        " , ",
    ),
    # A day off work is a free day ("周六我不上班", "那天我轮休"), not a no.
    (r"不(?:用)?上班|轮休|正好休息|刚好休息|\bday off\b|\bnot working\b", " 有空 "),
    # Two answers run together ("周四不行周五可以", "周五上午可以吗 下午不行"): a clause each.
    (
        r"(不行|不可以|不方便|不太方便|没空|有事|不太行|不合适|可以|没问题)(?=(?:周|星期|礼拜|方案|第|上午|下午|晚上))",
        r"\1，",
    ),
    (r"(吗|呢)\s+(?=\S)", r"\1？"),
    # "I was going to say Thursday but…": what follows decides.
    (r"\bi was (?:going|gonna) to (?:say|pick|choose|go with|do|confirm|book|take) [^,.;!?]{1,30}? but\b", " but "),
    # "4th works": a day of the month past the options' numbers, written without "the".
    (r"(?<!the )\b([4-9]|[12]\d|3[01])(st|nd|rd|th)\b(?! (?:option|one|slot|choice|time))", r"the \1\2"),
    # "再决定参不参加", "去不去": whether, not a no.
    (r"参不参加|去不去|来不来|面不面", " 是否参加 "),
    # "挺好的", "很好的": describing, not agreeing.
    (r"(?:挺|很|还|蛮|特别|非常|比较|都)好的", " , "),
    # Not having read closely ("刚刚在忙没细看") is no negation of the answer.
    (r"没(?:有)?(?:细看|仔细看|注意看|看清楚?|来得及看)", " , "),
    # A worry that came to nothing ("本来担心周四要上课，刚确认了…"): what follows decides.
    (r"(?:本来|原本|原来)(?:担心|以为|怕)[^，,。.!！?？\n]{0,16}[，,。]", " "),
    # A first thought given up ("本来想选周五的，但…"): what follows decides.
    (r"(?:本来|原本|本|原来)(?:想|打算|准备)(?:选|定|去)?\S{0,8}?的", " "),
    # An OK hand or a check mark says yes; a face says nothing ("这个可以👌", "好的😊").
    (r"[👌✅✔☑🙆🆗]\ufe0f?", " ok "),
    (r"[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A]", " "),
    # Sorry for the late reply ("这几天没看邮件"), a check already done ("刚跟领导确认了"): no negation, no hedge.
    (
        r"没(?:有)?(?:及时)?(?:看|查看|注意到?)(?:到)?(?:邮件|消息|信息)|没(?:有)?(?:及时|来得及)回复|"
        r"\b(?:didn'?t|did not) (?:see|check|notice) (?:your|the|this) (?:e-?mail|message)\b|"
        r"\bsorry for (?:the )?(?:late|slow|delayed) (?:reply|response)\b|"
        r"(?:刚|刚刚|已经?)(?:跟|和|与|问)\S{0,4}?确认(?:过)?了",
        " , ",
    ),
    # The invitation lost or deleted ("邀请邮件找不到了", "deleted it by accident"): no negation of the answer.
    (
        r"(?:邀请)?邮件找不到了?|找不到(?:那封|原来的|之前的|原)?(?:邀请)?邮件|\bdeleted it by accident\b|"
        r"(?:之前的|原来的|那封)?邮件(?:不小心|被我)?(?:误)?删(?:了|掉了)|"
        r"\bcan'?t find (?:the|your) (?:original )?(?:e-?mail|invitation|message)\b",
        " , ",
    ),
    # "I meant option 3, not 2": the option corrected away is no negation of the answer.
    (r"(?<=\d)[,;]? (?:and )?not (?:option |#|number )?[1-5]\b", " "),
    # "Make sure", "to be sure" check something; they say no yes.
    (r"\b(?:make|making) sure\b|\bto be sure\b|\bjust to be safe\b", " check "),
    # Greetings by the time of day ("Good morning,", "下午好") name no time of the interview.
    (r"\bgood (?:morning|afternoon|evening|day)\b|早上好|上午好|中午好|下午好|晚上好", " hello "),
    # Thanks for considering them, joining details in case of changes: no hedge, no condition.
    (r"\bthank(?:s| you) (?:\w+ ){0,2}for considering\b|\bin case of (?:any )?changes?\b", " "),
    # "2-3pm", "2 to 3 pm": the time range starts at 2pm.
    (r"\b(\d{1,2})\s?(?:-|–|to|till)\s?\d{1,2}\s?(am|pm)\b", r"\1\2"),
    # Asking to be told ("Kindly clarify whether…", "烦请告知"): a question.
    (r"\b(?:kindly|please) (?:clarify|advise|let me know)\b|烦请告知|请告知", " 请问 "),
    # Other times refused beside one kept ("就周四吧，别的时间我也不行"): not a request for other times.
    (
        r"(?:别的|其他|其它)(?:时间|时段|几个|两个)(?:我)?(?:也|都)(?:不行|不可以|没空|不方便|去不了|来不了)",
        " 其他都不行 ",
    ),
    # Input-method slips of key words (same sound): 确任 → 确认, 方按 → 方案.
    (r"确任", "确认"),
    (r"参家", "参加"),
    (r"周武|周伍|周午(?!饭)|周无|周舞", "周五"),
    (r"周留|周陆", "周六"),
    (r"周似|周寺", "周四"),
    (r"方按", "方案"),
]
_STRAY_NEGATION = re.compile(r"\bnot\b|n't\b|\bnever\b|\bno\b|\bcannot\b|\bunable\b|不(?!过)|没|无法|未|别")
_POLITE_CONDITIONALS = {
    _REWRITES[1][0],  # 如果可以的话 …
    _REWRITES[2][0],  # if possible …
}
_SPLIT_CONTRAST = re.compile(
    r"\s*(?:但是|但|(?<![赶说打比跑斗躲瞒熬挺拗扛忍看信睡])不过|可是|然而|而是|倒是|\bbut\b|\bhowever\b|\bthough\b|\binstead\b,?)\s*"
)

_HEDGE = re.compile(
    r"(?:还|暂时|目前|现在|暂|尚|一时)\S{0,4}?(?:确认不了|确定不了|不能确认|不能确定|无法确认|无法确定|没法确认|定不了|说不准|不好说|不确定)|"
    r"(?:稍后|晚点|晚些|回头|过两天|过几天|之后|明天|下周\S{0,3}|周\S前|\S{1,6}前)(?:再)?(?:给您|给你|跟您|和您)?(?:答复|回复|确认|联系|告知|回覆)(?!的|过)|"
    r"再(?:答复|回复|确认|告诉|告知|通知)(?:您|你)|(?:之后|以后|然后|后|完|好)再(?:定|决定|确定|说)|考虑一下|考虑考虑|想一想|想一下|想想|商量一下|看看再说|再看看|"
    r"(?:可能|也许|或许|大概|说不定)\S{0,4}?(?:去不了|来不了|参加不了|赶不上|不能|无法|没法|没办法|不行|来不及)|"
    r"不知道\S{0,6}?(?:能不能|能否|是否|会不会|行不行|可不可以)|请不请得到假|"
    r"不是不(?:行|可以|能|愿意|想)|尽量|争取|估计|稍等|等一下|我(?:先|再)?(?:确认|核实|查|看)一下(?!吗)|"
    r"(?:先|再)(?:确认|核实|查|看)一?下(?![^，。,.!！\n]{0,12}[吗?？])|(?<!想)(?<!要)(?:先|再)问一?下(?![^，。,.!！\n]{0,12}[吗?？])|"
    r"(?:可能|也许|或许|说不定)\S{0,3}?(?:要|得|会)?(?:加班|出差|有事|没空|值班|开会)|"
    r"没想好|还没(?:决定|定|考虑好)|\b(?:i'?ll|i will|will) know\b|"
    r"\bhold on\b|\blet me (?:check|confirm|see|think|double.check)\b|\bcome back to you\b|\bi might be\b|"
    r"犹豫|商量(?:下|一下)|\b(?:will|i'?ll|shall) revert\b|\brevert (?:back )?(?:shortly|soon|asap)\b|"
    r"\bwaiting (?:to hear|for (?:my|an?|the))\b|\b(?:will|i'?ll) (?:reply|respond|answer|get back)\b|"
    r"才能(?:确定|确认|决定|定下来|答复|回复)|"
    r"(?<!不)(?:可能|也许|或许|大概|说不定)\S{0,6}?(?:确定|确认|参加|能去|能来|会去|会来)|"
    r"(?:到时候?|到时|回头|晚点|之后|后面|届时)再(?:确认|定|回复|答复|告诉|通知|看|说|联系)|再确认一下(?!吗|[?？])|"
    r"先问问|问一下(?:领导|老板|公司)|问(?:一)?下(?:我的?)?(?:领导|老板|上司|经理|家人|主管)|请示一下|跟领导确认|我?看一下$|我看看|"
    r"\b(?:might|may|probably|possibly) (?:not|be unable|be able)\b|\bprobably\b|\bperhaps\b|\bmaybe\b|"
    r"\b(?:will |i'?ll )?try (?:to|and) (?:attend|make it|come|join|be there)\b|\btbc\b|\bto be confirmed\b|"
    r"(?:不能|无法|没法)确定\S{0,6}?(?:能不能|能否|是否|会不会)|说不准|不一定能|"
    r"\bnot sure (?:if|whether|i can|i'?ll)\b|\bmight not be able\b|\bmay not be able\b|"
    r"(?<!for )\bthinking (?:about|of)\b|\bconsidering\b|在考虑|考虑要不要|随便(?!哪)|"
    r"\b(?:get back to you|let you know(?! that\b)|confirm later|confirm (?:by|tomorrow|soon|next)|not sure yet|"
    r"need to check|"
    r"need (?:some|more) time|have to check|will check|check my (?:schedule|calendar)|think about it|"
    r"can'?t (?:confirm|say) (?:yet|now|right now|at the moment)|cannot (?:confirm|say) (?:yet|now)|"
    r"tentative(?:ly)?|don'?t know yet|not certain yet)\b"
)
# Passed on to someone else than the candidate ("朋友把邮件转给我了", "I forwarded this to my colleague"): the
# writer may not be the person invited, so a person checks whose answer it is.
_FORWARDED = re.compile(
    r"(?:转发|转)给(?:了)?(?:我|您|你)|"
    r"\bforward(?:ed|ing)? (?:this |it |the (?:e-?mail|message|invitation) )?(?:on )?to (?:me|you|my)\b"
)
# Passed on by the writer to someone else ("I forwarded this to my colleague", "转给他了"): not the writer's answer.
_FORWARDED_ON = re.compile(
    r"(?:转发|转)给(?:了)?(?:他|她|我(?:的)?(?:同事|朋友|家人)|\S{1,4}(?:同事|朋友))|"
    r"\bi(?:'ve| have)? forward(?:ed)? (?:this |it |the (?:e-?mail|message|invitation) )?(?:on )?to (?:my|him|her|a)\b"
)
# A firm wish to move ("我想改期", "I'd like to reschedule").
_WANTS_TO_MOVE = re.compile(
    r"(?:我|需要|必须|只能)(?:想|要|得)?(?:改期|改个时间|换个时间|另约时间)|"
    r"\b(?:i'?d like|i would like|i need|i have|i'?ll have) to re-?schedule\b|\bplease re-?schedule\b"
)
# Someone besides the candidate ("我也想参加", "me too", "as well").
_ALSO = re.compile(r"也|还有我|我们|\b(?:also|too|as well|we)\b")
# Written for the candidate by someone close ("我是张伟的同事，他让我帮他回一下", "I'm writing on behalf of my son"):
# the answer is the candidate's, passed on; it is read like theirs (the echo goes to the candidate, who can
# choose again).
_ON_BEHALF = re.compile(
    r"我是\S{0,10}?的?(?:朋友|同事|同学|室友|助理|秘书|家人|家属|家长|妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|老婆|老公|"
    r"妻子|丈夫|爱人|女朋友|男朋友|上司|领导|经理)|(?:代|替|帮)(?:他|她)(?:回复|答复|确认|报名|回一下|回)|"
    r"\b(?:i'?m|i am|this is|[a-z]+ here,?) (?:[a-z]+'s|his|her) (?:personal )?(?:assistant|colleague|friend|wife|"
    r"husband|partner|mother|mom|mum|father|dad|brother|sister|manager|secretary|roommate|flatmate)\b|"
    r"\bon (?:his|her|their|[a-z]+'s) behalf\b|\bon behalf of\b|\breplying for (?:him|her|[a-z]+)\b"
)
# Picking a time ("我选周六那个", "I'll take Saturday"): a refusal after it is about other times.
_PICKS = re.compile(r"选|定|\b(?:choose|pick|go with|take)\b")
# "If it can't be moved" / "如果改不了": the condition of a fallback after asking to move.
_CANNOT_MOVE = re.compile(
    r"(?:改|换|调|推|挪)不了|不能(?:改|换|调|推)|不行的话|不可以的话|\bif not\b|\bif (?:that'?s|it'?s) not possible\b|"
    r"\bif (?:you )?can'?t\b|\botherwise\b|否则|不然"
)
# A change of mind mid-reply ("哦不对，", "等等，", "No wait,", "Actually no,", "make that").
_CHANGED_MIND = re.compile(
    r"(?:哦|噢|啊|呃|额|诶|欸)?不对[，,！!。…\s]+|等等[，,！!。…]+|(?:我)?更正一下[：:，,]?|我是说|算了[，,！!。…\s]*(?=还是)|"
    r"\bno,? wait\b[,.!]*|\bwait,? no\b[,.!]*|\bhm+,? actually\b[,.!]*|"
    r"\bactually,? no\b[,.!]*|\bscratch that\b[,.!]*|\bsorry,? i mean[t]?\b|"
    r"\bmake that (?=\w)|\bactually,? make it (?=\w)",
    re.IGNORECASE,
)
_BECAUSE = re.compile(r"因为|由于|\bbecause\b|\bsince\b|\bas i\b")
# Asking for another hour in place of the offered one.
_INSTEAD = re.compile(r"\binstead\b|\brather than\b|改成|换成|改到|而不是|开始|\bstart(?:ing)? at\b")
_INSTEAD_OF = re.compile(
    r"\binstead of (?:the )?\S+(?: ?(?:am|pm))?|\brather than (?:the )?\S+(?: ?(?:am|pm))?|而不是\S{1,6}"
)
# Wording that asks for another hour of the day ("later, say 5pm", "could we do 10am", "能不能改成16点").
_ASKS_ANOTHERHOUR = re.compile(
    r"\b(?:later|earlier|say|could we|can we|would|possible|rather|ideally|prefer\w*)\b|"
    r"晚一?点|早一?点|改成|换成|可以吗|能不能|能否"
)
_ATHOUR = re.compile(r"\b(?:at|say) (1[0-2]|[1-9])\b(?![:.]\d|\s*(?:%|st|nd|rd|th|days?|weeks?|hours?|mins?|minutes?))")
# An hour given as a reason or a bound, not as the time asked for.
HOUR_AS_REASON = re.compile(
    r"\b(?:by|before|until|till|from|after|finish\w*(?: work)?(?: at)?|end\w*(?: at)?|work(?:ing)? (?:until|till))\s+"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm)?|\d{1,2}\s*点(?:以前|之前|前|下班|才下班|还在上班)|(?:下班|到)\S{0,2}\d{1,2}\s*点"
)
# Joining remotely instead of coming in.
_REMOTE = re.compile(r"线上|远程|视频|网上|在线|腾讯会议|\b(?:online|remote\w*|video|zoom|teams|virtual\w*)\b")
# Settling on one after several ("优先方案2", "那就定周五吧", "but I'd prefer Friday").
_SETTLES = re.compile(
    r"优先|倾向|更想|还是|那就|就定|(?<!那)就(?=周|星期|礼拜|方案|第|\d)|\bit is\b|最好是?|\bprefer\w*\b|\bideally\b|"
    r"\brather\b|\blet'?s (?:go|do|say)\b"
)
_PUNCTUATION = re.compile(r"[,.!?;，。！？；\n]")
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])|(?<=[\U0001F300-\U0001FAFF]) +(?=[\u4e00-\u9fff])")
# A condition the offer itself meets: "可以的话就选方案3" after asking for that time, "If so, I'll take it",
# "If Thursday is still available I'll take it".
_IF_SO = re.compile(
    r"可以的话|行的话|可以就|没问题的话|\bif so\b|\bif yes\b|\bif that works\b|"
    r"\bif (?:it is|it's|that's|that is|it's still|it is still) (?:ok|okay|fine|possible|available|free)\b"
)
_STILL_AVAILABLE = re.compile(
    r"\bif (?:[\w']+ ){1,4}(?:is|are) still (?:available|free|open)\b|如果\S{1,10}?还(?:有|空着|在|可以)"
)
# A paragraph that says it corrects the one above ("补充一下", "更正", "Edit:", "Actually, …").
_CORRECTION = re.compile(
    r"补充|更正|纠正|修正|(?:发|选|写|说)错|改主意|还是(?:改|换|选)|\bedit\b|\bupdate\b|\bcorrection\b|\bactually\b|"
    r"\bi meant\b|\bscratch that\b|\bignore (?:my|the|that)\b|\bchange(?:d)? (?:of plan|my mind|my answer)\b|"
    r"\bswitch\b|(?:改成|改为|换成|改选)(?:方案|第|选项)|以这条为准|以此为准"
)
# "这个", "就这个吧", "This one for me": a pick that only its place in the quote explains.
_THIS_ONE = re.compile(
    r"(?:就|选|要|我选|我要|那就)?这个(?:吧|了|可以|行|好|时间)?[!.。~👍 ]*|"
    r"(?:i'?ll (?:take|go with) |i choose |i pick )?(?:this|that) one(?:'s| is)?"
    r"(?:,? (?:please|pls|for me|works|is fine|is good|perfect|fine|good))?(?: for me)?[!. ]*"
)
THIS_ONE_RULE = "'this one': the option it is written under"
# The invitation may have reached the wrong person ("我没投过你们公司", "I don't remember applying").
_NOT_MEANT_FOR_ME = re.compile(
    r"没(?:有)?(?:投|投递|申请|报名|应聘)过|没(?:有)?(?:面|参加)过(?:你们|贵)|发错人|搞错人|认错人|"
    r"\bwrong (?:person|e-?mail|address|recipient|candidate)\b|\b(?:don'?t|do not) remember applying\b|"
    r"\b(?:didn'?t|did not|never) appl(?:y|ied)\b|\bnot the right person\b|不记得(?:参加|投|申请|面试|报名)|"
    r"\b(?:don'?t|do not) remember (?:applying|taking|doing)\b|\bis this (?:a )?(?:scam|spam|legit)\b|是不是骗|骗子"
)
# Nothing to answer: a hail ("在吗", "hello?"), a bare mark, or asking who writes.
_HAIL = re.compile(
    r"[\s?？!！.。,，~…]*(?:(?:hr|老师|您好|你好|hi|hello|hey)[\s,，]*)?(?:在吗|在么|在不在|在嘛|有人吗|你好|您好|hello|hi|hey|"
    r"anyone there|are you there|who is this|who are you|你是谁|你们是谁|您是哪位|哪位|这是什么|什么意思|what is this|"
    r"what'?s this)?[\s?？!！.。,，~…]*"
)
# A span of time ("这段时间都去不了", "can't come at the moment"): not now, which is not never.
_TEMPORARY = re.compile(
    r"这段时间|这阵子|这阵|最近|近期|暂时|这几天|这两天|这周|本周|这个月|本月|\bfor now\b|\bat the moment\b|"
    r"\bthese days\b|\bthis (?:week|month)\b|\bright now\b|\bcurrently\b|\bfor a while\b|\bfor the time being\b|"
    # Illness keeps one away for a while: whether to decline or to come later, a person asks.
    r"住院|生病|病了|\bin (?:the )?hospital\b|\bhospitali[sz]ed\b|\bsick\b|\bunwell\b"
)
# "确认不了" / "can't confirm": not (yet) a yes, which is not a no either.
_CANNOT_CONFIRM = re.compile(
    r"(?:确认|确定)不了|(?:不能|无法|没法|没办法)(?:确认|确定)|\b(?:can'?t|cannot|can not|unable to) confirm\b"
)
# A question that asks about something ("what time is option 2?") rather than for it ("could we do option 2?").
_WH_QUESTION = re.compile(
    r"(?:请问)?\s*(?:what|when|where|which|who|why|how)\b|.{0,12}(?:什么|几点|哪里|哪儿|哪个|哪位|多久|多长|怎么|为什么)"
)
# The last of the options offered.
_LAST_OPTION = re.compile(
    r"\bthe last (?:one|option|slot|time|choice)\b|\blast option\b|^last one\b|"
    r"最后一个(?:方案|时间|时段|选项)?|最后那个|最后一种"
)
_PART_ONE = re.compile(
    r"(上午|早上|下午|晚上)(?:的)?(?:那个|那场|这个|这场|那一场)|\bthe (morning|afternoon) (?:one|slot|option|time)\b"
)
_MIDDLE_OPTION = re.compile(r"中间(?:的)?(?:那个|那场|这个|那一个|那个时间)|\bthe middle (?:one|option|slot|time)\b")
# One of the offered times by its place in time ("晚一点的那个", "前面那个", "the later one"), not a new time.
_EARLIER_OR_LATER_OPTION = re.compile(
    r"(?:(?P<zh>晚|早)(?:一点|一些|点|些)儿?的|(?<![之以此])(?P<place>后|前)面的?|靠(?P<lean>后|前)的?)那(?:个|场|次)|"
    r"\bthe (?P<en>later|earlier|latter|former) (?:one|slot|option|time)\b"
)


# A reply that opens by asking ("请问…", "我想问一下…", "I wanted to ask…").
_ASKS_FIRST = re.compile(
    r"(?:您好[,，]?\s*)?(?:请问|想问|我想问|想咨询|我想咨询|请教)|"
    r"(?:hi|hello)?[, ]*i (?:wanted|want|would like) to ask\b"
)
# Attending only part of the time: a person would ask how that fits.
_RESERVATION = re.compile(
    r"\b(?:need|have|has) to leave\b|\bleave (?:early|by|at)\b|\bonly (?:until|till|have)\b|"
    r"\b(?:half an|an|one) hour late\b|提前走|提前离开|只能待到|只有半小时|只有半个小时|"
    r"晚到(?:半小时|半个小时|一个小时)"
)
# The hour a reservation names ("leave by 3 sharp", "只能待到三点"): after every offered hour (of a one-hour
# interview), it takes nothing from the time.
_BOUND_HOUR = re.compile(
    r"(?:\bleave (?:by|at)|\buntil|\btill|待到|呆到|留到)\s*(?:下午|晚上)?(\d{1,2}|[一二两三四五六七八九十]{1,2})"
    r"(?::00)?\s*(?:pm|点)?"
)


def _bound_after_every_slot(t: str, offered: Sequence[OfferedSlot]) -> bool:
    bounds = [m.group(1) for m in _BOUND_HOUR.finditer(t)]
    if not offered or not bounds:
        return False
    latest = max(s.start.hour for s in offered) + 1
    hours = [_number(b) for b in bounds]
    return all((h + 12 if h < 8 else h) >= latest for h in hours)


_CONDITION = re.compile(
    r"如果|假如|假设|要是|万一|若是|倘若|除非|否则|不然的话|要不然|(?<!周.)(?<!期.)(?<!拜.)(?<!天)(?<!午)(?<!时间)(?<!案.)(?<!案)(?<!这个)(?<!那个)的话|只要|"
    r"\bonce i (?:know|hear|get|have|check)\b|\bafter i (?:know|hear|check|find out)\b|\bas soon as i (?:know|hear)\b|"
    r"知道\S{0,8}?(?:之后|以后)|等\S{1,10}?(?:之后|以后)再|"
    r"\bif\b|\bunless\b|\botherwise\b|\bprovided that\b|\bin case\b|\bor else\b|\bdepending on\b|\bdepends on\b"
)
_WITHDRAW = re.compile(
    r"放弃(?!\S{0,4}(?:时间|方案|时段|周|星期|礼拜|\d))|不参加了|不去了|不来了|不考虑了|不再考虑|不再参加|婉拒|谢绝|退出|撤回|已接受其他|接受了其他|已经入职|已入职|"
    r"\b(?:role|job|position) is(?:n'?t| not) for me\b|\bno point (?:in )?continuing\b|"
    r"(?:决定)?不换工作了?|不跳槽了|\btake me out of\b|\bwon'?t be (?:continuing|proceeding|pursuing)\b|"
    r"\b(?:isn'?t|is not|not) (?:the )?right (?:role |job |position )?for me\b|"
    r"(?:面试|复试)(?:就)?取消吧|已经不需要了|\bnot (?:going to |gonna )?proceed\b|"
    r"^取消吧|^取消$|找到(?:了)?(?:新)?工作|不需要(?:这次|这个|再)?(?:面试|机会)了?|这次就算了|就算了吧|算了吧|^不需要了|"
    r"不考虑(?:换工作|跳槽|新的?机会|新工作)|不找工作了|不找了|"
    r"\b(?:going|have|need|want|would like|'d like|must) to (?:\w+ly )?decline\b"
    r"(?!\s+(?:option|slot|time|the (?:first|second|third|proposed)))|"
    r"\bdecline (?:this|the) (?:time|invitation|opportunity|offer)\b|\bi(?:'ll| will) decline\b(?!\s+(?:option|slot))|"
    r"取消(?:本次|这次)?(?:面试|重新面试|预约|申请)|请取消|不打算参加|没有兴趣|没(?:什么|啥)?兴趣|不感兴趣|"
    r"\bwithdraw\w*|\bno longer (?:interested|available|looking|pursuing)\b|\bnot interested\b|"
    r"\baccepted (?:another|an other|a different|an?) (?:offer|position|job|role)\b|\bi(?:'ll| will) pass\b|"
    r"\bpass on (?:this|the)\b|\bplease cancel\b|\bcancel my\b|\bno,? thank(?:s| you)\b|"
    r"决定留在|留在(?:现在|原来|目前|现)的?(?:公司|单位)|在别的(?:地方|公司|单位)上班|不想(?:再)?面(?:试)?了|"
    r"从\S{0,4}名单(?:里|中|上)?(?:删|去掉|移除|拿掉)|"
    r"\bi'?d rather not\b(?=\s*(?:[.,!;]|$))|^rather not\b(?=\s*(?:[.,!;]|$))|"
    r"还是算了|\bmoved on\b|\b(?:don'?t|do not) (?:want|wish) to (?:continue|proceed|go ahead)\b|"
    r"\bdrop(?:ping)? out\b|^i'?m out(?=\s*(?:[.,!;]|$))|"
    r"\bfound (?:something else|another (?:job|role|position)|a new (?:job|role))\b|"
    r"不用再?联系我|别再联系我|工作(?:已经)?(?:定了|找好了)|"
    r"\bremove me from\b|\btake me off\b|\btake my name off\b|\bgive (?:this|it|this one) a miss\b|^not for me\b|"
    r"不打算再?(?:面|参加|去|考虑)|不再面|不想再?面了|不用(?:再)?安排了|不需要(?:再)?安排了|"
    r"\bnot this time\b|\bnot at this time\b|\bdecided not to\b|"
    r"\bdecided to (?:go|move|pursue|accept|stay)\b|\bnot (?:be )?(?:moving|going) forward\b|"
    r"\bno longer (?:wish|want)\b|\b(?:have|going) to pass\b|\bgonna pass\b|\bdifferent direction\b|"
    r"有(?:了)?(?:别的|其他的?|新的)(?:offer|工作|机会|安排了)|拿到(?:了)?(?:别的|其他的?)?offer|"
    r"\bnot interested any ?more\b|\bcount me out\b|\b(?:unable|not able|won'?t be able) to proceed\b|"
    r"\bnot (?:be )?proceeding\b|不再继续|不继续了|\b(?:have|need|going) to cancel\b|\bi'?ll (?:have to )?cancel\b|"
    r"\bmust cancel\b|我要取消|只能取消|需要取消|已不考虑|不考虑(?:该|这个|此|贵司的?)|面试就不用了|就不用了|"
    r"已经?(?:和|与|跟)\S{0,12}签(?:约|了)|已签约|签了(?:别的|其他)|\bno longer wish to be considered\b|"
    r"\bnot pursue\b|\b(?:found|got|accepted|started|have) (?:a |another |a new )(?:job|position|role)\b(?! interview)|"
    r"^unsubscribe\b|^退订|弃权|这次算了|\b(?:have to|must|going to|need to|will|'ll) say no\b|\bno longer needed\b|"
    r"\bbow out\b|\bskip (?:this|it)\b|\bi'?ll skip\b|(?:到|去)新(?:公司|单位)|新(?:公司|单位|工作)上班|"
    r"不(?:太)?想(?:做|去|参加|干)了|不(?:太)?想(?:再)?找工作|不打算(?:做|干|找|去)(?:了)?|不做了|不干了|"
    r"\b(?:i'?ll|i will|i'?m going to|gonna) (?:leave|give) it(?: this time| for now)?\b(?! (?:to|with|until|till))|"
    r"不折腾了|不(?:去)?折腾|"
    r"\bstep (?:back|aside)\b|\bmust decline\b|"
    r"\bhave to decline\b|\bwill not be (?:attending|participating|taking part|joining)\b|"
    r"\bwon'?t be (?:attending|participating|taking part|joining|coming)\b|"
    r"\b(?:isn'?t|is not) (?:the |a )?(?:right|good) fit\b|"
    r"\b(?:won'?t|can'?t|cannot|unable to|not able to) (?:be able to )?take (?:this|it|things|my application) "
    r"(?:forward|further)\b|\bnot (?:the )?right fit\b|\bnot a (?:good |great )?fit\b|"
    r"把(?:这个|这次)?机会留给|机会留给(?:更|其他|别)|(?:和|与|跟)我的(?:职业)?规划不(?:太|大)?(?:一致|符|相符|匹配|吻合)"
)
_RESCHEDULE = re.compile(
    r"改期|改天|改到|改在|再约|"
    r"(?:改成|改为|换成|换到)(?=\s?(?:周|星期|礼拜|上午|下午|晚上|早上|中午|明天|后天|下周|下个|\d|[一二三四五六七八九十两]+[点号月]))|(?:都|全都|全部)不(?:合适|行|方便)|"
    r"重新(?:给|发|提供|安排|约)\S{0,4}时间|(?:给|发)(?:几个|一些)(?:新的?|别的|其他的?)?时间|"
    r"(?:三个|两个|几个|这些|所有|全部)(?:时间|时段|方案|选项)?\S{0,2}?都(?:没空|没时间|不可以|去不了|来不了|参加不了|没办法|"
    r"不行|不方便|不合适)|"
    r"\bnone of (?:the above|these|them|those|the (?:proposed |offered )?(?:times|options|slots|dates))\b|"
    r"回来(?:后|以后|之后)?再(?:面|约|安排)|(?:之后|以后)再(?:面|约|安排)|"
    r"改一下|改个时间|换个时间|换一个时间|换时间|换到|调整时间|调整一下|调整到|调到|推迟|延期|延后|推后|往后推|"
    r"往后挪|往后延|挪一周|推一周|安排(?:在|到)(?=下|\d|周|星期|礼拜)|"
    r"提前到|另约|另外安排|重新安排|其他时间|别的时间|另一个时间|另外的时间|挪到|挪一下|其他的时间|"
    r"\bre-?schedul\w*|"
    r"\b(?:won'?t|can'?t|cannot|not|unable to)\b[^.!?\n]{0,40}\bany of (?:those|these|the|them)\b|"
    r"\bfind (?:a|another|a new|a different) (?:time|slot|date|day)\b|\bpostpone\w*|"
    r"\banother (?:time|day|date|slot)\b|\b(?:a )?different (?:time|day|date|slot)\b|"
    r"\bother (?:time|day|date|slot)s?\b|\bmove (?:it|the interview|the meeting|our meeting)\b|"
    r"\bpush (?:it |this )?back\b|\bchange the (?:time|date|day)\b|\blater date\b|\bnew time\b|\brearrange\b|"
    r"\b(?:\d+|half an?|an?|one|two) (?:minutes?|mins?|hours?|weeks?|days?) (?:later|earlier)\b|"
    r"晚一周|推一周|延一周|往后推|"
    r"(?:推迟|延后|推后|往后推|往后挪)\s?(?:半个?小时|[一两二三]个?小时|[1-9]\d?\s?(?:分钟|个?小时)|[一两二三四五十]+分钟)|"
    r"(?:晚|早)\s?(?:半个?小时|[一两二三]个?小时|[1-9]\d?\s?(?:分钟|个?小时)|[一两二三四五十]+分钟)\s?(?:开始|进行|面试|面)|"
    r"\bneither (?:works?|suits?|fits?|is (?:good|ok|okay|possible|convenient)|of (?:them|these|those|the \w+))\b|"
    r"^neither\b(?! (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|option|the (?:first|second|third))\b)|"
    r"\b(?:a bit|slightly) (?:later|earlier)\b|"
    r"\b(?:earlier|later) in the (?:day|afternoon|morning)\b|\bpush (?:it |this )?forward\b|\bbring (?:it )?forward\b|"
    r"\bmove (?:it )?(?:up|later|earlier)\b"
)
_ABOUT_A_TIME = re.compile(
    r"是\S{0,10}吗|是不是|^(?:is|are)\b(?! there\b)|\bis (?:it|that|this|the)\b|\bare (?:they|these|those|the)\b"
)
# Moving a time by an amount or a direction ("a bit earlier", "推迟半小时"): the time named is the one moved.
_SHIFT = re.compile(
    r"\b(?:a bit|a little|slightly|an hour|half an hour|\d+ ?(?:mins?|minutes?|hours?)) (?:earlier|later)\b|"
    r"\b(?:earlier|later) (?:on|that|in the)\b|"
    r"\bmake it (?:a bit |a little )?(?:earlier|later)\b|推迟|延后|推后|往后推|往后挪|早一点|晚一点|早点|晚点|"
    r"提前\S{0,2}(?:半|一|两|\d)"
)
# Wording that asks for a time ("how about Thursday?", "周四可以吗", "Thursday would be better").
_SOFT_ASK = re.compile(
    r"可以吗|行吗|可否|能否|是否可以|方便吗|更方便|比较方便|更合适|比较合适|好吗|怎么样|如何|能不能|可不可以|"
    r"\bhow about\b|\bwhat about\b|\bwould .{0,30}\bwork\b|\bdoes .{0,30}\bwork\b|\bcould we\b|\bcan we\b|"
    r"\b(?:could|can) i (?:switch|change|move|swap|do|take|have|book)\b|"
    r"\bprefer\w*\b|\bbetter\b|\bbest\b|\bwould like\b|\bi'?d like\b|\bpossible\b|最好|最方便"
)
# Attendance negated ("不能参加", "去不了", "确认不了", "can't make it", "won't be attending").
_NEGATED = re.compile(
    r"(?:不能|无法|没法|没办法|没有办法|不可以|不可能|不会|未能|难以|恐怕不|可能不|没空|不)"
    + _STOP
    + r"{0,3}?(?:确认|确定|参加|出席|到场|赴约|前往|参与|接受|过去|来|去)"
    r"|(?:参加|去|来|出席|赶|到|确认|确定|参与|赴约|过)不了|去不成|来不成|参加不成|"
    r"\b(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|couldn'?t|could not|"
    r"wouldn'?t|would not|not going to|don'?t think i(?:'ll| will| can| could)?(?: be able to)?|"
    r"do not think i(?:'ll| will| can| could)?(?: be able to)?|shan'?t|can no longer|no longer|not)\s+(?:\w+\s+){0,3}?"
    r"(?:attend\w*|make it|come|coming|join|joining|participat\w+|take part|taking part|confirm|be there|be available|"
    r"accept|go|going|"
    r"do (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|it|that|any)|"
    r"make (?:it|that|this|those|these|any|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?:swing|manage|do) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|thu|thurs|fri|sat|it|that|the))\b"
)
# A time or option rejected without a verb ("周四不行", "方案1不可以", "Thursday doesn't work").
_REJECTED = re.compile(
    r"\b(?:is|'s|are) (?:a bit |quite |rather |a little )?(?:tricky|difficult|hard|awkward)\b|\bnot ideal\b|"
    r"\bsomething (?:has |had )?c[oa]me up\b|\b(?:a bit|a little|too|rather) (?:early|late)\b|\bin hospital\b|"
    r"\b(?:an? |minor |my )?(?:op|operation|surgery)\b|\brecovering\b|\babroad\b|\baway until\b|"
    r"\b(?:an?|my) (?:\w+ )?appointment\b|\b(?:i'?m|i am) working\b|\bat work\b|"
    r"\bon (?:shift|duty|call)\b|"
    r"\b(?:i |i'?ve |i have |have |got |i got )(?:a |an |my |another )?(?:class|classes|lecture|lectures|exam|exams|"
    r"lessons?|school run|wedding|funeral)\b|\bmy (?:exam|exams|class|lecture|wedding)\b|"
    r"\bneither\b[^,.;!?]*\bnor\b|(?:要|得|在)(?:加班|值班|上班|培训|出差)|在外地|在国外|出国|不在(?:上海|北京|本地|国内|当地)|值班|赶不(?:过去|过来|回去|回来|上)|(?:要|得)陪|去医院|复查|走不开|脱不开身|抽不开身|抽不出(?:时间|空)|腾不出(?:时间|空)|(?:要|得|需要)请假|不行|不可以|不合适|不太合适|有点早|太早了?|有点晚|太晚了?|不太行|不方便|不太方便|不大方便|不怎么方便|没空|没时间|有事|有安排|有冲突|冲突|撞了|不ok|有课|有会|要上班|要出差|出差|考试|"
    r"放弃\S{0,4}(?:时间|方案|时段|周|星期|礼拜)|\blet'?s not do\b|\bnot do\b|"
    r"在上课|要上课|在上班|要开会|在开会|"
    r"请不到假|请不了假|生病|住院|\bno\b\.?$|\bnope\b|\bsick\b|\bill\b|"
    r"\bcan'?t do\b|\bcannot do\b|\bcan not do\b|\btravel(?:l)?ing\b|"
    r"\b(?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not|isn'?t|is not|don'?t|do not)\s+(?:really\s+)?"
    r"(?:work|suit|fit|do)\b|\bnot (?:available|possible|convenient|ok|okay)\b|"
    r"\bunavailable\b|\binconvenient\b|\b(?:have|got) (?:a |another )?(?:conflict|clash|commitment)\b|"
    r"\bbusy\b|\bclash\w*\b|\bno good\b|\bimpossible\b|\bbooked\b|\b(?:is|'s) taken\b|被占|"
    r"\bis a no\b|\ba no (?:from|for) me\b|\b(?:is|'s) not for me\b|"
    r"^not (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|thu|fri|sat|option|"
    r"the (?:first|second|third|last|proposed))\b|"
    r"^不是(?:周|星期|礼拜|方案|第)"
)
_DECLINE = re.compile(
    r"拒绝|不参加|不出席|谢谢.{0,4}不用了|^不用了|^算了|\bdecline\w*|\bi refuse\b|\bregret(?:fully)?\b"
)
_STRONG_CONFIRM = re.compile(
    r"确认|确定|参加|出席|接受|准时|会到|会来|到场|同意|"
    r"\bconfirm\w*|\bi'?ll be there\b|\bwill be there\b|\bwill attend\b|\bi'?ll attend\b|\baccept\w*|"
    r"\battend(?:ing)?\b|\bcount me in\b|\bi can attend\b|\b(?:i can|i'?ll|i will|happy to) take part\b|"
    r"\bi can make it\b|\bi'?ll make it\b|\bsee you\b|"
    r"\bworks for me\b|\bthat works\b|\bsuits me\b|\bi'?ll join\b|\bi will join\b|"
    r"期待(?:与您|和您|跟您)?(?:的)?(?:见面|面试|相见)|到时候?见|会去|能去|可以去|一定去|"
    r"(?:还是|我|就|那就|那)选(?!项|错)|就定|定在"
)
_WEAK_CONFIRM = re.compile(
    r"好的|好滴|好哒|好呀|好啊|^妥了?|妥妥|^好[!.。~]*$|^嗯+好|^嗯+[,.!。]?(?:好|可以|行|没问题)|^行[!.。~]*$|^(?:行|好)吧[!.。~]*$|^可以[!.。~]*$|可以(?=$|[,.!。~]|的|参加|出席|的话)|"
    r"ok ?了|没问题|👍|也行|"
    r"(?<![a-z])ok(?:ay)?(?![a-z])|\byes\b|\byep\b|\byeah\b|\bsure\b|\bsounds good\b|\bfine\b|\bgreat\b|"
    r"\bperfect\b|^cool\b|\bagree\w*|\bgood\b|\balright\b|\ball right\b|\bwill do\b"
)
ACK_RULE = "an acknowledgement only (收到, ok, noted): a receipt as likely as a yes"
_BARE_OPTION = re.compile(
    r"(?:^|(?<=[，,。.;；\s]))([1-5])(?=\s*(?:可以|行|没问题|都可以|也可以|不行|不可以|不太?方便|和[1-5]))"
)
_BARE_OPTION_AND = re.compile(r"(?<=方案[1-5])和([1-5])(?=\s*(?:都|也)?(?:不|可以|行))")
_ONLY_ACK = re.compile(r"[\W_]*(?:(?:ack|谢谢|多谢|thanks|thank you)[\W_]*)+")
# Asking what a time is, not for it: an either-or or a wh-question ("是线上还是线下", "where is the Friday one").
_ASKS_ABOUT = re.compile(
    r"是[^,.;!?，。；！？\n]{1,8}还是[^,.;!?，。；！？\n]{1,8}|什么|怎么|哪里|哪儿|多久|多长|为什么|谁|"
    r"\b(?:what|where|who|why|which room|how long|how do)\b"
)
_NEGATION_BEFORE_ZH = re.compile(r"(?:不|无法|不能|没|未|难以|别)" + _STOP + r"{0,2}$")
_NEGATION_BEFORE_EN = re.compile(r"\b(?:not|n't|cannot|unable|never|no longer|don'?t|do not)\s+(?:[\w']+\s+){0,5}$")
_QUESTION = re.compile(
    r"\?|请问|想问|吗|是否|能否|可否|怎么|怎样|如何|哪里|哪儿|什么|多久|多长|几点|为什么|需不需要|要不要|是不是|有没有|谁|哪位|"
    r"咨询|想了解|请教|给我打(?:个)?电话|打我电话|电话联系我|\b(?:please )?call me\b|"
    r"^(?:what|where|when|how|why|who|which|is|are|do|does|can|could|will|would|should|may)(?![\w'])|\bunsure\b|"
    r"不确定|不清楚|不知道|不太清楚|不明白|是\S{1,8}还是\S{1,8}"
)
_WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0, "2": 1, "3": 2}
_WEEKDAY_ZH |= {"4": 3, "5": 4, "6": 5, "7": 6}
_WEEKDAY_EN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_WEEKDAY = re.compile(
    r"(?:周|星期|礼拜|禮拜)([一二三四五六日天1-7])|"
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|rs|s|\.)?s?\b"
)
_DAY_OF_MONTH = re.compile(
    r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*(?:号|日)|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s(\d{1,2})(?:st|nd|rd|th)?\b|"
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?<![\d./])(\d{1,2})[/.](\d{1,2})(?![\d./])(?!\s*(?:小时|个小时|h\b|hours?\b|%|元|万|k\b))|"
    r"\bthe (\d{1,2})(?:st|nd|rd|th)\b|"
    r"(?<=\d{4}-)(\d{1,2})-(\d{1,2})(?!\d)"  # 2026-12-03
)
HOUR = re.compile(
    # "一点" alone is "a bit" ("方便一点", "晚一点"), an hour only with a part of the day or 钟/半/整.
    r"(?:(上午|早上|中午|下午|晚上|傍晚)\s*|(?!一点(?![钟半整])))(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?:点|:\d{2}(?!\d)|：\d{2}(?!\d)|时(?![间候段]))|"
    r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b(\d{1,2}):(\d{2})\b"
)
_PART_OF_DAY = re.compile(r"上午|早上|早晨|中午|下午|晚上|傍晚|\bmorning\b|\bafternoon\b|\bevening\b")
_TIME = re.compile(
    r"\bmid-?(?:dec|nov|jan|month)\w*|\b(?:early|late|mid) (?:december|january|next month)\b|"
    r"(?:周|星期|礼拜)[一二三四五六日天1-7]|明天|后天|大后天|下周|下星期|下个月|\d{1,2}\s?月(?:中旬|上旬|下旬|初|底|中)|中旬|下旬|\d{1,2}\s?月份|今天|今晚|明早|明晚|本周|这周|月底|月中|月初|周末|"
    r"上午|下午|晚上|中午|早上|傍晚|\d{1,2}\s*(?:点|:\d{2}|时)|[一二两三四五六七八九十]{1,3}点|"
    r"那天|这天|当天|那个时间|这个时间|该时间|那个时段|这个时段|那时|\bthat (?:day|time|date)\b|"
    r"这(?:三|两|几)个时间|这些时间|\b(?:these|those|any of the|all (?:of )?the) (?:times|slots|options|dates)\b|"
    r"\bthe (?:proposed|suggested) (?:time|date|day)\b|\bthis (?:date|day)\b|"
    r"\bthis time (?:works|suits|is (?:fine|good|ok|okay))\b|"
    r"\bthe (?:week|day) after\b|\bfollowing week\b|下下周|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*(?:日|号)|\d{1,2}\s*(?:号|日)|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\btomorrow\b|\btonight\b|"
    r"\bnext (?:week|month|mon|tue|wed|thu|fri)\w*|\bweekend\b|\bmorning\b|\bafternoon\b|\bevening\b|\bnoon\b|"
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bthe week of\b|"
    r"\bin the (?:morning|afternoon|evening)s?\b|\b(?:morning|afternoon|evening)s\b|周日|礼拜天|星期天|"
    r"\b\d{1,2}/\d{1,2}\b|(?<![\d./])(?:1[0-2]|[1-9])\.(?:[12]\d|3[01]|[1-9])(?![\d./])(?!\s*(?:小时|个小时|h\b|hours?\b|%|元|万|k\b))|"
    r"\bthu(?:rs)?\b|\bweds?\b|\btues?\b"
)
_SLOT_PATTERNS = [
    re.compile(r"(?:方案|选项|时段|时间段|时间|备选|选择)\s*" + _N + r"(?!\s*(?:点|号|日|月|:|\d))"),
    re.compile(r"第\s*" + _N + r"\s*(?:个|种|项|方案|选项|时间|时段|场)"),
    re.compile(_N + r"\s*号\s*(?:方案|选项|时间段|时段)"),
    re.compile(r"(?:选|选定|定)\s*(?:方案|选项)?\s*" + _N + r"(?!\s*(?:点|号|日|月|天|:|个小时|小时|\d|\.\d))"),
    re.compile(
        r"(?:\b|(?<=[\u3400-\u9fff]))(?:option|slot|choice|time|number|no\.?)\s*#?\s*(10|[1-9]|one|two|three)\b"
    ),
    re.compile(r"#\s*(10|[1-9])\b"),
    # The proposed time is option 1 ("Happy to go with the proposed time", "就按建议时间").
    re.compile(r"\bthe (proposed|suggested|recommended) (?:time|slot|option|date|one)\b"),
    # "Option B", "方案B": options named by letter, in the order offered.
    re.compile(
        r"(?:\boption|\bchoice|\bslot|方案|选项|选)\s*([a-e])\b(?!\s*(?:bit|little|lot|few|couple|new|different)\b)"
    ),
    re.compile(r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:one|option|slot|time|choice)\b"),
    re.compile(
        r"\bthe (first|second|third|fourth|fifth)(?: one)?(?=\s?(?:$|[,.!;]|is\b|works\b|please\b|option\b|slot\b))"
    ),
]
# A reply that is just a number ("2", "2。", "2 谢谢") picks that option.
_BARE_NUMBER = re.compile(
    r"^\s*(?:(?:ok|okay|yes|好的|好|可以|行)[,，.!！\s]*)?(10|[1-9])(?!\s*(?:[:：点号月日时天周年个]|days?\b|hours?\b|weeks?\b|am\b|pm\b|o'?clock|th\b|st\b|nd\b|rd\b|"
    r"\d|/|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))\s*(?:[.。!！,，~]|$|\s)"
)
_CONTINUES = re.compile(r"(?:or|nor|and|and also|also)\b(?! (?:i|we|it)\b)|(?:还有|或者|以及)")
_ONLY_YES = re.compile(
    r"(?:ok|okay|yes|yep|sure|hi|hello|dear \S{1,20}|好的|好|可以|行|嗯+|您好|你好|老师好|hr您好|谢谢)[!.~ ！。]*"
)
_STARTS_LIKE_A_QUESTION = re.compile(r"(?:will|can|could|would|is|are|do|does|may)\b")
_CLAUSE = re.compile(r"(?<=[,!?;。，！？；\n])|(?<=\.)(?!\d)|(?<= [-–—] )")  # not inside "12.4"; at " - "


@dataclass(frozen=True)
class Classification:
    """The reading of a reply's text: intent, the offered option picked (1 = proposed), a question asked
    alongside, the time asked for when it was not offered, the rule that decided and how sure it is."""

    intent: Intent
    slot: int | None = None
    question: str | None = None
    confidence: float = 0.0
    rule: str = "empty"
    proposed: str | None = None


@dataclass
class _Clause:
    text: str
    question: bool = False
    condition: bool = False
    negative: bool = False
    positive: bool = False
    slots: list[int] = field(default_factory=list)
    timed: bool = False
    closed: bool = False  # the clause ends its sentence (., 。, !, ?, a line break), not at a comma


# Traditional characters of the words the rules read (Big5 mail from Taiwan and Hong Kong), as simplified.
_TRADITIONAL = str.maketrans(
    "確認參棄無時間選擇週請問題謝對後來這還會點號約換調禮辦沒見嗎樣準議應當覆復與經職聯繫關係場實際試歡興處現開們個麼錯條"
    "絕謝婉撥過動總給訊視線說話種兩歲長將於讓們還憂慮颱風雙騰煩幫該機從雖親課遲聯絡電郵內為幾辭趕陪醫徵",
    "确认参弃无时间选择周请问题谢对后来这还会点号约换调礼办没见吗样准议应当复复与经职联系关系场实际试欢兴处现开们个么错条"
    "绝谢婉拨过动总给讯视线说话种两岁长将于让们还忧虑台风双腾烦帮该机从虽亲课迟联络电邮内为几辞赶陪医征",
)


def normalise(text: str) -> str:
    """NFKC (full-width → ASCII), traditional → simplified for the words read, lower case, straight
    apostrophes, one space between words."""
    text = unicodedata.normalize("NFKC", text).translate(_TRADITIONAL).lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[ \t\u3000\u00a0]+", " ", text)
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


_SEVERAL = re.compile(r"(?<![\d:.])([1-5])\s?(?:or|and|/|或者|或|和|跟|、|,)\s?([1-5])(?![\d:.]|\s?(?:点|号|日|pm|am))")
_SEVERAL_ACCEPTED = re.compile(
    r"都可以|都行|都没问题|都ok|\bboth\b|\beither\b|其他(?:两|几)个|\bthe other (?:two|ones)\b|"
    r"哪个都|哪一个都|任何一个|随便哪个|"
    r"\bany (?:of (?:them|these|those|the (?:times|options|slots|dates|three))|one of (?:them|these|those))\b|"
    r"\ball (?:of them|of these|three|the (?:times|options|slots))\b|\bwhatever (?:works|suits|is)\b|"
    # Leaving the choice to us ("你们定吧", "whichever suits you"): which one, a person asks.
    r"\bany day\b|任何一天|哪天都|"
    r"\bwhichever\b|\bwhenever\b|\bany ?time\b(?! on )|\byou (?:choose|decide|pick)\b|\bup to you\b|"
    r"你们定|您定|你定|看您安排|听您安排|听你们安排|看你们安排|你们安排就好|您安排就好"
)
# A day named outright (a date, a weekday, next week): what a span of accepted times can be measured against.
_NAMED_DAY = re.compile(
    r"\d{1,2}\s*(?:月|号|日)|(?:周|星期|礼拜)[一二三四五六日天1-7]|下周|下星期|下个月|\bnext (?:week|month)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\bthe \d{1,2}(?:st|nd|rd|th)\b"
)
# The offered times themselves ("这几个时间都可以", "all the options"): a span of those is not another time.
_OFFERED_REF = re.compile(r"这(?:三|两|几)个|这些|其他|\b(?:these|those|the other|them|the options|the slots)\b")
# A day of the month picked with no month ("选2号"), which people also use for option numbers.
_BARE_DAY = re.compile(r"(?:选|选择|选定|要|定)\s*(\d{1,2})\s*号(?!\s*(?:楼|线|门|\d))")
_RELATIVE_DAY = re.compile(r"明天|后天|今天|今晚|明早|明晚|\btomorrow\b|\btoday\b|\btonight\b")
_WEEKEND = re.compile(r"周末|\bweekends?\b|礼拜六日|星期六日")
_RELATIVE = re.compile(r"下周|下星期|下礼拜|下个|下下|\bnext\b|\bfollowing\b|\bafter\b")


def _slots_named(text: str, *, bare: bool = True) -> list[int]:
    """The options a clause names; a bare number ("2") counts only at the start of the reply (`bare`)."""
    found: list[int] = []
    for match in _SEVERAL.finditer(text):
        for group in (1, 2):
            if int(match.group(group)) not in found:
                found.append(int(match.group(group)))
    for pattern in _SLOT_PATTERNS:
        for match in pattern.finditer(text):
            n = _number(match.group(1))
            if n not in found:
                found.append(n)
    if not found and bare:
        number = _BARE_NUMBER.match(text)
        if number:
            found.append(_number(number.group(1)))
    return found


def hours_of(match: re.Match[str]) -> set[int]:
    """The hours (0-23) a time names: "下午两点" 14, "2pm" 14, "14:00" 14; "两点" or "2:30" alone, 2 or 14."""
    if match.group(2):
        token = match.group(2)
        hour = _ZH_NUMBERS.get(token[-1], 0) + (10 if len(token) > 1 and token[0] == "十" else 0)
        if token.isdigit():
            hour = int(token)
        elif token == "十":
            hour = 10
        period = match.group(1)
        if period in ("下午", "晚上", "傍晚") and hour < 12:
            return {hour + 12}
        return {hour} if period or hour >= 12 else {hour, hour + 12}
    if match.group(3):
        hour = int(match.group(3)) % 12
        return {hour + 12 if match.group(5) == "pm" else hour}
    if match.group(6):
        hour = int(match.group(6))
        return {hour} if hour >= 12 or hour == 0 else {hour, hour + 12}
    return set()


def weekdays_of(text: str) -> set[int]:
    """The weekdays a text names (0 = Monday): "周五", "星期六", "Friday", "thu"."""
    return {_WEEKDAY_ZH[m.group(1)] if m.group(1) else _WEEKDAY_EN[m.group(2)] for m in _WEEKDAY.finditer(text)}


def dates_of(text: str) -> set[tuple[int | None, int]]:
    """The (month or None, day) dates a text names: "12月4日", "4号", "Dec 4", "4 December", "12/4", "the 4th"."""
    days: set[tuple[int | None, int]] = set()
    for m in _DAY_OF_MONTH.finditer(text):
        if m.group(2):
            days.add((int(m.group(1)) if m.group(1) else None, int(m.group(2))))
        elif m.group(3):
            days.add((_MONTHS[m.group(3)], int(m.group(4))))
        elif m.group(5):
            days.add((_MONTHS[m.group(6)], int(m.group(5))))
        elif m.group(7):
            # 12/4 or 4/12: month/day in one country, day/month in another; either may name the offered day.
            days.add((int(m.group(7)), int(m.group(8))))
            days.add((int(m.group(8)), int(m.group(7))))
        elif m.group(9):
            days.add((None, int(m.group(9))))
        elif m.group(10):
            days.add((int(m.group(10)), int(m.group(11))))
    return days


def _on_days(text: str, offered: Sequence[OfferedSlot]) -> tuple[bool, list[OfferedSlot]]:
    """Whether a text names a day (weekday or date), and the offered times on the days it names."""
    weekdays, days = weekdays_of(text), dates_of(text)
    candidates = [
        s
        for s in offered
        if (not weekdays or s.start.weekday() in weekdays)
        and (not days or any(d == s.start.day and mo in (None, s.start.month) for mo, d in days))
    ]
    return bool(weekdays or days), candidates


def offered_matches(text: str, offered: Sequence[OfferedSlot]) -> list[int]:
    """The offered options a clause's weekday, date, hour or part of day fit (none when it names no time)."""
    if not offered or _RELATIVE.search(text):
        return []  # "下周五" / "next Friday" may be a week later than the Friday offered: not matched
    named, candidates = _on_days(text, offered)
    hours = {h for m in HOUR.finditer(text) for h in hours_of(m)}
    if hours:
        named = True
        candidates = [s for s in candidates if s.start.hour in hours]
    parts = {m.group(0) for m in _PART_OF_DAY.finditer(text)}
    if parts and not hours and named:
        # "上午" alone is a preference, not an option; with a day it narrows ("周六上午").
        candidates = [s for s in candidates if any(_in_part(p, s.start.hour) for p in parts)]
    return [s.number for s in candidates] if named else []


def _offered_days(text: str, offered: Sequence[OfferedSlot]) -> list[int]:
    """The offered options whose day a clause names by weekday or date (its hour and part of the day aside)."""
    if not offered or _RELATIVE.search(text):
        return []
    named, candidates = _on_days(text, offered)
    return [s.number for s in candidates] if named else []


def match_offered(text: str, offered: Sequence[OfferedSlot]) -> int | None:
    """The one offered option a clause names by weekday, date, hour or part of day ("周五", "Dec 4", "2pm")."""
    matches = offered_matches(text, offered)
    return matches[0] if len(matches) == 1 else None


def _in_part(part: str, hour: int) -> bool:
    if part in ("上午", "早上", "早晨", "morning"):
        return hour < 12
    if part == "中午":
        return 11 <= hour <= 13
    if part in ("下午", "afternoon"):
        return 12 <= hour < 18
    return hour >= 17


def _confirms(text: str, pattern: re.Pattern[str]) -> bool:
    """A cue (a confirmation, a withdrawal) that is not negated just before it ("I'm not going to withdraw")."""
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _NEGATION_BEFORE_ZH.search(before) or _NEGATION_BEFORE_EN.search(before):
            continue
        return True
    return False


def _clauses(t: str) -> list[_Clause]:
    out: list[_Clause] = []
    # A bare number is an answer when it starts the reply or stands on a line of its own ("Hi,\n\n2"), not
    # inside a sentence ("on Thursday, 3 December").
    own_lines = {line.strip(" ,.;，。；、!！~") for line in t.split("\n")}
    for sentence in _CLAUSE.split(t):
        for piece in _SPLIT_CONTRAST.split(sentence):
            piece = piece.strip(" ,.;，。；、")
            if not piece:
                continue
            c = _Clause(piece)
            c.question = bool(_QUESTION.search(piece)) and not (
                "?" not in piece and _STARTS_LIKE_A_QUESTION.match(piece) and _STRONG_CONFIRM.search(piece)
            )
            c.condition = bool(_CONDITION.search(piece))
            c.negative = bool(_NEGATED.search(piece) or _REJECTED.search(piece) or _DECLINE.search(piece))
            if out and _CONTINUES.match(piece) and out[-1].negative and not out[-1].question:
                # "I can't do Thursday. Or Friday.": a tail with no verb of its own carries the no before it.
                c.negative = not (_STRONG_CONFIRM.search(piece) or _WEAK_CONFIRM.search(piece) or "?" in piece)
            c.positive = not c.negative and (
                _confirms(piece, _STRONG_CONFIRM) or _confirms(piece, _WEAK_CONFIRM) or bool(_SOFT_ASK.search(piece))
            )
            # "好的，3", "Hi, 2": after nothing but a greeting or a yes, a bare number is the answer too.
            opening = all(_ONLY_YES.fullmatch(o.text) for o in out)
            c.slots = _slots_named(piece, bare=opening or piece in own_lines)
            c.timed = bool(_TIME.search(piece))
            out.append(c)
        if out:
            out[-1].closed = sentence.rstrip(" ")[-1:] in (".", "!", "?", "。", "！", "？", "\n")
    for before, c in itertools.pairwise(out):
        # "周四我要陪我爸去医院，实在走不开": a refusal with no time of its own refuses the time just named.
        if (
            c.negative
            and not (c.timed or c.slots or c.question)
            and before.timed
            and not before.closed
            and not (before.negative or before.question or _OFFERED_REF.search(c.text))
            and not (before.positive and _confirms(before.text, _WEAK_CONFIRM))
            and not _PICKS.search(before.text)  # "I'll take the Saturday slot, weekdays are difficult"
        ):
            before.negative, before.positive = True, False  # "12月3号我要参加答辩，走不开": 参加 is about another thing
    return out


def _reading(
    intent: Intent,
    confidence: float,
    rule: str,
    *,
    slot: int | None = None,
    question: str | None = None,
    proposed: str | None = None,
) -> Classification:
    return Classification(intent, slot, question, round(confidence, 2), rule, proposed)


_PARAGRAPH = re.compile(r"\n[ \t\r\u3000]*\n")
# Only the start of a long text is read: an answer is short, and every rule stays cheap (the gateway gives
# the reader at most 2,000 characters of new text anyway).
MAX_READ = 4000


# A closing line ("Best regards,", "谢谢", "祝好"): what follows in a few short lines is a signature (name, job
# title, company), whose words ("Claims Decline Officer") are not an answer.
_VALEDICTION = re.compile(
    r"(?:best|best regards|kind regards|warm regards|warmest regards|regards|best wishes|many thanks|thanks|"
    r"thank you|thx|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|br|祝好|此致|敬礼|此致敬礼|"
    r"顺祝(?:商祺|安好|工作顺利)?|谢谢|谢谢您|多谢|祝工作顺利)[ ,!.，！。~]*",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 4


def _without_signature(text: str) -> str:
    """The text above a closing line followed by at most four short lines (a signature the quote stripper
    did not know); the text as it is when there is no such closing."""
    lines = text.split("\n")
    if len(lines) > 200:
        return text
    for i, line in enumerate(lines):
        if i == 0 or not _VALEDICTION.fullmatch(line.strip()):
            continue
        above = [x for x in lines[:i] if x.strip()]
        rest = [x.strip() for x in lines[i + 1 :] if x.strip()]
        if above and rest and len(rest) <= _SIGNATURE_LINES and all(len(x) <= 60 and "?" not in x for x in rest):
            return "\n".join(lines[:i])
    return text


# Words whose misspelling would hide an answer ("Thrusday", "Firday", "confrim"): one letter wrong, missing,
# extra, or two letters swapped, in a word of six letters or more, is read as the word.
_VOCABULARY = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "confirm",
    "attend",
    "decline",
    "reschedule",
    "available",
    "withdraw",
    "option",
)
_WORD = re.compile(r"[a-z]{6,12}")


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one substitution, insertion, deletion or swap of adjacent letters."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _spelled(match: re.Match[str]) -> str:
    word = match.group(0)
    if any(word.startswith(v) or v.startswith(word) for v in _VOCABULARY):
        return word  # the word itself, or an inflection of it ("confirmed", "fridays")
    near = [v for v in _VOCABULARY if _one_edit(word, v)]
    return near[0] if len(near) == 1 else word


def classify(text: str, offered: Sequence[OfferedSlot] = ()) -> Classification:
    """Read a reply's new text; `offered` are the times of the replied-to invitation when known.

    Only the first `MAX_READ` characters are read. Paragraphs that would each act differently (a decision on
    top, another one further down — often a quote no marker gave away) make the reply unclear: a person would
    not guess which one counts."""
    text = _without_signature(text[:MAX_READ])
    changed = _CHANGED_MIND.search(text[-1000:])
    if changed is not None:
        # "周四可以……哦不对，周四下午我要去医院复查，那就周五吧", "Thursday works. Actually no, make that
        # Saturday.": what follows the change of mind is the answer.
        after = text[-1000:][changed.end() :]
        minded = classify(after, offered) if after.strip() else None
        if minded is not None and minded.rule not in ("no rule matched", "empty"):
            mind = " (after a change of mind)"
            return minded if minded.rule.endswith(mind) else replace(minded, rule=minded.rule + mind)
    paragraphs = [p for p in _PARAGRAPH.split(text) if p.strip()]
    named: Classification | None = None
    if 1 < len(paragraphs) <= 40:
        readings = [_classify(p, offered) for p in paragraphs]
        acting = [c for c in readings if c.intent in ("confirm", "decline", "reschedule")]
        # A yes that names no time agrees with a yes that names one ("谢谢！\n\n我选周五").
        picked = {c.slot for c in acting if c.intent == "confirm" and c.slot is not None}
        plain = all(c.intent == "confirm" for c in acting) and len(picked) == 1
        keys = {(c.intent, c.slot or (1 if c.intent == "confirm" else None)) for c in acting}
        if len(keys) > 1 and not plain:
            # "选方案2。\n\n补充一下：…还是改成方案1吧", "Option 2 please.\n\nEdit: … Option 3.": a later
            # paragraph that says it corrects the answer above is the answer.
            last = max(i for i, c in enumerate(readings) if c in acting)
            if _CORRECTION.search(spelled(paragraphs[last])) and not any(
                c.intent == "unclear" and c.rule not in ("no rule matched", "empty") for c in readings[last:]
            ):
                later = "\n\n".join(paragraphs[last:])
                corrected = _sentences_agree(_classify(later, offered), later, offered)
                asks_to_decline = corrected.intent == "decline" and bool(_QUESTION.search(spelled(later)))
                if corrected.intent != "unclear" and not asks_to_decline:  # "actually can I decline instead?"
                    return _reading(
                        corrected.intent,
                        corrected.confidence,
                        f"{corrected.rule} (a correction of the answer above it)",
                        slot=corrected.slot,
                        question=corrected.question,
                        proposed=corrected.proposed,
                    )
            return _reading("unclear", 0.4, "paragraphs disagree: " + ", ".join(sorted(i for i, _ in keys)))
        if plain and all(c in acting or c.rule in ("no rule matched", "empty") for c in readings):
            named = next(c for c in acting if c.slot is not None)
        if acting:
            # A long reply with one decision in it: the paragraphs no rule reads (the story around it, a
            # greeting) are left out, so a "不" in the story does not stand beside the decision.
            kept = [p for p, c in zip(paragraphs, readings, strict=True) if c.rule not in ("no rule matched", "empty")]
            text = "\n\n".join(kept)
    elif len(paragraphs) > 40:
        return _reading("unclear", 0.3, "too long to read as one answer")
    reading = _sentences_agree(_classify(text, offered), text, offered)
    if (
        named is not None
        and (reading.intent, reading.slot) != ("confirm", named.slot)
        and reading.intent in ("confirm", "unclear")
        and not reading.rule.startswith("sentences disagree")
    ):
        reading = named  # every paragraph that decides says yes, and one of them names the time
    if reading.intent != "unclear" and _ON_BEHALF.search(normalise(text)):
        # Written for the candidate by a parent, a colleague, a flatmate: a person checks whose answer it is.
        said = f"{reading.intent}" + (f" option {reading.slot}" if reading.slot else "")
        return _reading("unclear", 0.9, f"written for the candidate by someone else (it says {said})")
    return reading


# Sentence ends (and line breaks): the units a second, independent reading of the reply checks.
_SENTENCE = re.compile(r"(?<=[。！!？?.])\s+|(?<=[。！？])|\n+")


def _sentences_agree(whole: Classification, text: str, offered: Sequence[OfferedSlot]) -> Classification:
    """A safety net under the rules: each sentence is read on its own too, and a yes and a no among them (or
    a move asked for beside a decline) make the reply unclear, whatever rule read the whole. A person would
    not act on a reply that says both."""
    if whole.intent not in ("confirm", "decline"):
        return whole
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    if not 1 < len(sentences) <= 40:
        return whole
    seen = {_classify(s, offered).intent for s in sentences}
    if {"confirm", "decline"} <= seen or (whole.intent == "decline" and "reschedule" in seen):
        said = ", ".join(sorted(seen & {"confirm", "decline", "reschedule"}))
        return _reading("unclear", 0.45, f"sentences disagree ({said}); read whole as {whole.intent} by {whole.rule}")
    return whole


def refuses(text: str) -> bool:
    """Whether a short answer says no ("不行", "也不行", "No, I'm at work") and no yes."""
    t = spelled(text)
    no = bool(_REJECTED.search(t) or _NEGATED.search(t) or _DECLINE.search(t) or re.match(r"(?:no|nope)\b|不\b", t))
    return no and not (_confirms(t, _STRONG_CONFIRM) or _confirms(t, _WEAK_CONFIRM))


# Replies typed without the input method ("que ren can jia, xie xie", "输入法坏了"): the key words in pinyin.
_PINYIN = {
    "que ren": "确认",
    "can jia": "参加",
    "hao de": "好的",
    "ke yi": "可以",
    "mei wen ti": "没问题",
    "xie xie": "谢谢",
    "fang qi": "放弃",
    "gai qi": "改期",
    "bu xing": "不行",
    "bu neng": "不能",
    "shang wu": "上午",
    "xia wu": "下午",
    "zhun shi": "准时",
    "fang an": "方案",
    "shi jian": "时间",
    "mei kong": "没空",
    "you shi": "有事",
    "qu bu liao": "去不了",
    "lai bu liao": "来不了",
    "bu qu le": "不去了",
    "bu can jia": "不参加",
    "zhou yi": "周一",
    "zhou er": "周二",
    "zhou san": "周三",
    "zhou si": "周四",
    "zhou wu": "周五",
    "zhou liu": "周六",
    "zhou ri": "周日",
    "liang dian": "两点",
    "shi dian": "十点",
    "si dian": "四点",
    "san dian": "三点",
}
_PINYIN_WORD = re.compile(
    r"\b(?:" + "|".join(sorted((k.replace(" ", " ?") for k in _PINYIN), key=len, reverse=True)) + r")\b"
)
# A confidentiality notice under a reply ("本邮件可能含有保密信息…", "This email may contain confidential…"): its
# "may" and "not" are nobody's answer.
_DISCLAIMER = re.compile(
    r"[^\n。.]{0,60}(?:保密信息|机密信息|如非指定收件人|如果您不是(?:指定|预期)?收件人|"
    r"\bconfidential\w*\b|\bintended (?:solely )?(?:for|recipient)\b|\bprivileged\b)[^\n]{0,300}"
)
# English words the rules read as words (a weekday, am/pm, ok, yes), written against Chinese: "Friday可以".
_LATIN_WORDS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|ok(?:ay)?|yes|option|slot|reschedule|confirm(?:ed)?|cancel|decline|"
    r"next week|online|interview|thx|thanks"
)
_LATIN_IN_HAN = re.compile(
    r"(?<=[\u4e00-\u9fff])?(?:" + _LATIN_WORDS + r"|\d{1,2}(?:am|pm))(?=[\u4e00-\u9fff])|"
    r"(?<=[\u4e00-\u9fff])(?:" + _LATIN_WORDS + r")\b"
)


def spelled(text: str) -> str:
    """`normalise`, with misspelt key words read as the word ("Confrim" → "confirm"), key words typed in
    pinyin read in Chinese ("que ren" → "确认", when two or more are), and a space between Latin and Chinese
    ("Friday可以" → "friday 可以")."""
    t = _LATIN_IN_HAN.sub(lambda m: f" {m.group(0)} ", _DISCLAIMER.sub(" ", normalise(text)))
    if len(_PINYIN_WORD.findall(t)) >= 2:
        t = _PINYIN_WORD.sub(lambda m: _PINYIN[_pinyin_key(m.group(0))], t)
    return _WORD.sub(_spelled, t)


def _pinyin_key(found: str) -> str:
    joined = found.replace(" ", "")
    return next(k for k in _PINYIN if k.replace(" ", "") == joined)


def _classify(text: str, offered: Sequence[OfferedSlot]) -> Classification:
    t = spelled(text)
    if not t:
        return _reading("unclear", 0.0, "empty")
    if not _PUNCTUATION.search(t):  # "收到 我选周六那个 工作日要上班请不了假": spaces for commas, as typed on a phone
        t = _HAN_SPACE.sub("，", t)
    asks = bool(_QUESTION.search(t))
    for pattern, replacement in _REWRITES:
        if asks and pattern in _POLITE_CONDITIONALS:
            continue  # "面试可以线上吗？如果可以的话我选方案2": after a question, a real condition
        t = re.sub(pattern, replacement, t)
    if not _TIME.search(t):
        # "2和3都不太方便，1可以": a bare option number with a yes or a no after it, in a reply naming no time
        # ("周四 2可以" may be Thursday at two).
        t = _BARE_OPTION_AND.sub(r"和方案\1", _BARE_OPTION.sub(r"方案\1", t))
    clauses = _clauses(t)
    offered_numbers = {s.number for s in offered}
    if offered_numbers:
        for c in clauses:  # "the last one", "最后一个": the last option offered
            if _LAST_OPTION.search(c.text):
                c.slots.append(max(offered_numbers))
            if _MIDDLE_OPTION.search(c.text) and len(offered) == 3:  # "中间那个", "the middle one" of three
                c.slots.append(sorted(offered, key=lambda slot: slot.start)[1].number)
            part = _PART_ONE.search(c.text)
            if part is not None and not c.negative:  # "上午那个", "the morning one": the one option in it
                fits = [s.number for s in offered if _in_part(part.group(1) or part.group(2), s.start.hour)]
                if len(fits) == 1:
                    c.slots.append(fits[0])
            relative = _EARLIER_OR_LATER_OPTION.search(c.text)
            if relative is not None:
                if len(offered) != 2:  # "the later one" of three: which? A person would ask.
                    return _reading("unclear", 0.5, "'the earlier/later one' of more than two times")
                word = relative.group("zh") or relative.group("place") or relative.group("lean") or relative.group("en")
                later = word in ("晚", "后", "later", "latter")
                by_start = sorted(offered, key=lambda slot: slot.start)
                c.slots.append(by_start[-1 if later else 0].number)
    stated = [c for c in clauses if not c.question]
    asked = [c for c in clauses if c.question]
    question = text.strip()[:2000] if asked else None

    # Parts of the day named anywhere ("Friday, but only in the morning"): an offered time they do not fit is
    # not the one meant.
    # (Not those of a refused time: "周四下午赶不过去，要不就周六吧" keeps Saturday morning.)
    parts = {m.group(0) for c in clauses if not c.negative for m in _PART_OF_DAY.finditer(c.text)}
    starts = {slot.number: slot.start.hour for slot in offered}

    def slot_of(c: _Clause) -> int | None:
        if c.slots:
            return c.slots[0]
        return by_time(c.text)

    def by_time(text: str) -> int | None:
        slot = match_offered(text, offered)
        if slot is not None and parts and not any(_in_part(p, starts[slot]) for p in parts):
            return None
        return slot

    def options_of(some: list[_Clause]) -> set[int]:
        # The offered options some clauses name, by number or by time.
        return {n for c in some for n in offered_matches(c.text, offered)} | {n for c in some for n in c.slots}

    def known(slot: int) -> bool:
        return not offered_numbers or slot in offered_numbers

    def reschedule(confidence: float, rule: str, proposed: str | None = None) -> Classification:
        # "明天" / "tomorrow": which date that is depends on when the reply was written; an offered one?
        if proposed and offered and _RELATIVE_DAY.search(proposed):
            return _reading("unclear", 0.5, "a day relative to today, which may be an offered one")
        # "下周五" / "next Friday" when a Friday was offered: that option or a week later? A person would ask.
        if proposed and offered and _RELATIVE.search(proposed):
            weekdays = weekdays_of(proposed)
            same = {slot.number for slot in offered if slot.start.weekday() in weekdays}
            refused = {
                n
                for c in clauses
                if c.negative and not _RELATIVE.search(c.text)
                for n in offered_matches(c.text, offered)
            }
            if same and not same <= refused:  # "这周六要考试……能不能安排到下周六": not the one refused
                return _reading("unclear", 0.5, "a relative day that may be an offered option")
        return _reading("reschedule", confidence, rule, proposed=proposed)

    def span_elsewhere(several: list[_Clause]) -> bool:
        # "12月8号以后都可以", "下周二以后哪天都行": every time of a span none of the offered ones is in.
        return bool(offered) and all(
            (_NAMED_DAY.search(c.text) or HOUR.search(c.text))
            and not offered_matches(c.text, offered)
            and not _OFFERED_REF.search(c.text)
            for c in several
        )

    def _hour_moved(slot: int) -> bool:
        # An hour asked for instead of the option's own ("at 10am instead", "改成16点"), not beside it.
        start = next((s.start.hour for s in offered if s.number == slot), None)
        if start is None:
            return False
        if not (_INSTEAD.search(t) or _ASKS_ANOTHERHOUR.search(t)):
            return False
        kept = _INSTEAD_OF.sub(" ", t)  # "2pm instead of 10am": 10am is the one replaced
        kept = HOUR_AS_REASON.sub(" ", kept)  # "I finish work at 4", "I'll be there by 1:45": not the time asked
        refused = {h for c in clauses if c.negative for m in HOUR.finditer(c.text) for h in hours_of(m)}
        hours = {h for m in HOUR.finditer(kept) for h in hours_of(m)}
        hours |= {h for m in _ATHOUR.finditer(kept) for h in (int(m.group(1)), int(m.group(1)) + 12)}  # "at 4"
        hours -= refused
        return bool(hours) and start not in hours

    def _day_moved(slot: int) -> bool:
        # "Friday morning instead of afternoon? 10am ideally": the 10am is Friday's, not Saturday's option.
        if any(slot in c.slots for c in clauses):
            return False  # picked by its number ("switch to option 3 on Saturday instead")
        days = {n for c in clauses if not (c.negative or c.slots) for n in _offered_days(c.text, offered)}
        return bool(days) and slot not in days

    def plain_yes(confidence: float, rule: str, slot: int | None, question: str | None) -> Classification:
        # A yes that no rule above explained a "not"/"不" beside ("I don't think I'll be able to attend", read
        # by a pattern that missed the negation): a person would look twice, so the reader does not act.
        # A question about something else ("这个报告我还没收到，是会另外发吗？") is not the answer's negation.
        asking = {
            i
            for i, c in enumerate(clauses[:-1])
            if not c.closed and clauses[i + 1].question and not (c.slots or c.timed)
        }  # "这个报告我还没收到，是会另外发吗？": the clause the question is about
        # "工资的话这次面试会谈吗？上次没聊到薪资": what follows a question, naming no time, explains it.
        asking |= {
            i
            for i, c in enumerate(clauses)
            if i and clauses[i - 1].question and not (c.slots or c.timed or _NEGATED.search(c.text))
        }
        if any(
            _STRAY_NEGATION.search(c.text)
            for i, c in enumerate(clauses)
            if (not c.question or c.slots or c.timed) and i not in asking
        ):
            return _reading("unclear", 0.5, f"{rule}, but a negation the rules do not place")
        if slot is None and offered:
            # "下午那个可以", "the afternoon one": the part of the day alone, which fits two options.
            named_parts = {m.group(0) for c in stated if not c.negative for m in _PART_OF_DAY.finditer(c.text)}
            fits = {s.number for s in offered if any(_in_part(p, s.start.hour) for p in named_parts)}
            if named_parts and fits and not _WEEKDAY.search(t) and not _DAY_OF_MONTH.search(t):
                if len(fits) > 1:
                    return _reading("unclear", 0.5, f"{rule}, but the part of the day fits several options")
                # "上午那个可以" with one morning offered: that one.
                return _reading(
                    "confirm", confidence, f"{rule}, the one offered time in that part of the day", slot=min(fits)
                )
            if _DAY_OF_MONTH.search(t) and not offered_matches(t, offered) and not _WEEKDAY.search(t):
                # "the 10th works" with no 10th offered: a yes to some other day.
                return _reading("unclear", 0.5, f"{rule}, but it names a date that was not offered")
        if slot is None and offered and _RELATIVE_DAY.search(t):
            # "明天下午可以", "后天可以": which day that is depends on when it was written.
            return _reading("unclear", 0.5, f"{rule}, but it names a day relative to today")
        if slot is not None and (_hour_moved(slot) or _day_moved(slot)):
            # "Would it be possible to do Friday but at 10am instead?": the day offered, at another hour.
            return reschedule(0.8, f"the day of option {slot} at another hour", t)
        if slot is None and offered and _WEEKDAY.search(t) and not offered_matches(t, offered):
            # "好的，那就周三下午见" with no Wednesday offered: a yes to some other day (or another thread).
            return _reading("unclear", 0.5, f"{rule}, but it names a day that was not offered")
        return _reading("confirm", confidence, rule, slot=slot, question=question)

    if _THIS_ONE.fullmatch(t):
        # Only where it stands tells which one: under an option line of the quote (inbound.reading).
        return _reading("confirm", 0.8, THIS_ONE_RULE)
    if _NOT_MEANT_FOR_ME.search(t):
        return _reading("unclear", 0.9, "it may have reached the wrong person")
    if asks and _HAIL.fullmatch(t):
        return _reading("unclear", 0.8, "asks nothing HR can answer")
    if _FORWARDED_ON.search(t) or (_FORWARDED.search(t) and _ALSO.search(t)):
        # "我朋友把邮件转给我了，我也想参加": someone else than the candidate wants in.
        return _reading("unclear", 0.9, "passed on to someone else than the candidate")
    if _HEDGE.search(t):
        wish = [c for c in clauses if _WANTS_TO_MOVE.search(c.text) and not _HEDGE.search(c.text)]
        firm = [c for c in clauses if not _HEDGE.search(c.text)]
        if wish and not any(_WITHDRAW.search(c.text) or _confirms(c.text, _STRONG_CONFIRM) for c in firm):
            # "我想改期，具体时间等我确定了再告诉你们": the move is decided; only its new time is not.
            return reschedule(0.8, "asked to move; the new time to follow", None)
        return _reading("unclear", 0.9, "hedge: the candidate has not decided yet")
    if _RESERVATION.search(t) and not _bound_after_every_slot(t, offered):
        return _reading("unclear", 0.8, "a reservation about the time (leaving early, only part of it)")
    conditional = [
        i for i, c in enumerate(clauses) if c.condition and not c.question and _decisive(clauses[max(0, i - 1) : i + 2])
    ]
    if conditional:
        first = clauses[conditional[0]]
        asked_before = [
            c
            for c in clauses[: conditional[0]]
            if c.question and re.search(r"[?？]|吗", c.text) and not _RESCHEDULE.search(c.text)
        ]
        asked_for = {n for c in asked_before if c.positive for n in (c.slots or offered_matches(c.text, offered))}
        premise = set(first.slots or offered_matches(first.text, offered))
        picked = {n for c in clauses[conditional[0] :] for n in c.slots}
        before = {n for c in clauses[: conditional[0]] if c.positive and not c.question for n in c.slots}
        if (
            len(before) == 1
            and _CANNOT_MOVE.search(first.text)
            and not any(c.negative for c in stated if not c.condition)
        ):
            # "我选方案2。如果方案2不行的话，方案3也可以": the pick stands; the rest is a fallback.
            return _reading("confirm", 0.8, "an option picked, with a fallback if it is taken", slot=min(before))
        if _IF_SO.search(first.text) and len(asked_for) == 1 and picked <= asked_for and known(min(asked_for)):
            # "周六上午10点可以吗？可以的话就选方案3": the time asked for is offered, so the condition holds.
            return plain_yes(0.8, "asked for an offered time and took it if so", min(asked_for), None)
        if _STILL_AVAILABLE.search(first.text) and len(premise) == 1 and picked <= premise:
            # "If Thursday is still available I'll take it": it is, it was offered.
            return plain_yes(0.8, "took an offered time if still free", min(premise), None)
        moves = [c for c in clauses[: conditional[0]] if _RESCHEDULE.search(c.text)]
        fallback = {n for c in clauses[conditional[0] :] for n in (c.slots or offered_matches(c.text, offered))}
        if (
            moves
            and _CANNOT_MOVE.search(first.text)
            and fallback
            and not any(_WITHDRAW.search(c.text) for c in clauses)
        ):
            # "时间能不能往后推一周？如果实在改不了的话，我就选周六吧": asks to move; an offered time only if not.
            return reschedule(0.8, "asked to move, with an offered time as the fallback", moves[0].text)
        if asked_before and not _ASKS_FIRST.match(t):
            # "方案1的话是线下吗？能线上的话我这边没问题": the answer waits on HR's answer to the question.
            return _reading("question", 0.8, "a question the answer depends on", question=question)
        if asked and _ASKS_FIRST.match(t):
            # "请问可以线上吗？如果可以我就确认": the answer waits on HR's answer to the question.
            return _reading("question", 0.8, "a question the answer depends on", question=question)
        return _reading("unclear", 0.85, "condition: the answer depends on something")
    withdrawn = [c for c in stated if _confirms(c.text, _WITHDRAW) and not _negated_withdrawal(c.text)]

    def plain_no(confidence: float, rule: str, deciding: list[_Clause]) -> Classification:
        # A no beside a plain yes elsewhere ("我不去了……我会准时参加"): a person would ask which one counts.
        if any(c not in deciding and not c.negative and _confirms(c.text, _STRONG_CONFIRM) for c in stated):
            return _reading("unclear", 0.5, f"{rule}, but a yes elsewhere in the reply")
        return _reading("decline", confidence, rule, question=question)

    if withdrawn:
        return plain_no(0.95, "withdrawal", withdrawn)

    weekend_offered = any(slot.start.weekday() >= 5 for slot in offered)
    weekend_named = any(day >= 5 for day in weekdays_of(t))
    weekend_picked = any(
        slot.start.weekday() >= 5 for slot in offered for c in clauses if slot.number in c.slots and not c.negative
    )
    if weekend_offered and not (weekend_named or weekend_picked) and any(_WEEKEND.search(c.text) for c in clauses):
        return _reading("unclear", 0.5, "'the weekend': the Saturday or Sunday offered, or another day?")
    rejected = [c for c in stated if c.negative and not c.condition]
    accepted = [c for c in clauses if c.positive and not c.negative]
    # Contrast: one time rejected, another accepted or asked for ("周四不行，周五可以", "1 doesn't work, 2 does").
    if rejected and accepted:
        chosen = [c for c in accepted if c.slots or c.timed or by_time(c.text)]
        accepted_slots = {n for c in chosen for n in (c.slots or offered_matches(c.text, offered))}
        if len(accepted_slots) > 1 and not _SETTLES.search(t):
            # "周四可以，周五也可以，周六不太行": two times accepted, which one?
            return _reading("unclear", 0.5, "contrast: more than one other time accepted")
        if chosen:
            target = chosen[0]
            if _SEVERAL_ACCEPTED.search(target.text) and span_elsewhere([target]):
                # "12月3-5号我在外地考试，7号之后任意一天都可以": any time of a span not offered.
                return reschedule(0.8, "contrast: a span of times that were not offered", target.text)
            if _SEVERAL_ACCEPTED.search(target.text) or len(offered_matches(target.text, offered)) > 1:
                return _reading("unclear", 0.5, "contrast: more than one other time accepted")
            slot = slot_of(target)
            turned_down = options_of(rejected)
            if slot is not None and slot in turned_down:
                # "Thursday is good but 2pm clashes, could it be 4pm?": the day kept, its time refused.
                elsewhere = [c for c in clauses if c.timed and c is not target and c not in rejected]
                if elsewhere and not offered_matches(elsewhere[0].text, offered):
                    return reschedule(0.8, "contrast: the day kept, another time asked", elsewhere[0].text)
                return _reading("unclear", 0.5, "contrast: the time accepted is also turned down")
            if slot is not None and known(slot) and not any(slot_of(r) == slot for r in rejected):
                return _reading("confirm", 0.85, "contrast: another offered time accepted", slot=slot)
            if target.timed and slot is None:
                return reschedule(0.8, "contrast: a time that was not offered", target.text)
            return _reading("unclear", 0.5, "contrast: the accepted time is not one of the options")
        spans = [c for c in accepted if _SEVERAL_ACCEPTED.search(c.text)]
        dated = [r for r in rejected if _NAMED_DAY.search(r.text)]
        if spans and dated and span_elsewhere(dated):
            # "I'm abroad until the 10th. Any day after that works.": any day of a span not offered.
            return reschedule(0.8, "refused until a day not offered, any day after it", dated[0].text)
        if any(_confirms(c.text, _STRONG_CONFIRM) for c in accepted if not c.question):
            # "Thursday is not great but I can make it work", "周四有事，但可以调一下": a person would ask.
            return _reading("unclear", 0.5, "a reservation and an acceptance")
    if rejected:
        several = [c for c in accepted + [c for c in stated if not c.negative] if _SEVERAL_ACCEPTED.search(c.text)]
        if several:
            if span_elsewhere(several):
                return reschedule(0.75, "rejected the times, accepted a span not offered", several[0].text)
            return _reading("unclear", 0.5, "rejected one time, the others all accepted")
        named_times = [c for c in rejected if c.timed or c.slots]
        others = [c for c in clauses if not c.negative and (c.timed or c.slots)]
        refused = options_of(rejected)
        picked = {n for c in others for n in c.slots} - refused
        if others and len(picked) == 1 and not any(_SEVERAL_ACCEPTED.search(c.text) for c in others):
            # "刚才回复说周五，后来…周五要上班，还是周四吧，就方案1": the option named, not the one turned down.
            return _reading("confirm", 0.8, "rejected one time, named an offered one", slot=picked.pop())
        others = [c for c in others if c.slots or not set(offered_matches(c.text, offered)) <= refused] or others
        if others:
            if _SEVERAL_ACCEPTED.search(others[0].text) and span_elsewhere([others[0]]):
                # "something came up. Next week any day after 3pm?": any time of a span not offered.
                return reschedule(0.8, "rejected the times, asked for a span not offered", others[0].text)
            if _SEVERAL_ACCEPTED.search(others[0].text) or len(offered_matches(others[0].text, offered)) > 1:
                return _reading("unclear", 0.5, "rejected one time, several others fit")
            slot = slot_of(others[0])
            if slot is not None and known(slot):
                return _reading("confirm", 0.75, "rejected one time, named an offered one", slot=slot)
            return reschedule(0.75, "rejected one time, named another", others[0].text)
        if any(_RESCHEDULE.search(c.text) for c in clauses):
            return _reading("reschedule", 0.85, "rejected the time and asked to move")
        attendance = [c for c in rejected if _NEGATED.search(c.text) or _DECLINE.search(c.text)]
        if attendance and not named_times:
            if any(_CANNOT_CONFIRM.search(c.text) for c in attendance):
                return _reading("unclear", 0.5, "cannot confirm: not a yes, not a no")
            if any(_TEMPORARY.search(c.text) for c in clauses):
                return _reading("unclear", 0.5, "cannot come for a while: decline, or later?")
            if any(_REMOTE.search(c.text) for c in asked):
                # "可以线上面试吗？我人在台北，不方便去上海": can't come in, asks to join online.
                return _reading("question", 0.8, "asks to join remotely, cannot come in", question=question)
            return plain_no(0.85, "negated attendance", attendance)
        if named_times:
            # "周四不行周五也不行" with a Saturday offered: the one left, or other times? A person would ask.
            turned_down = options_of(named_times)
            if turned_down and offered_numbers - turned_down:
                # "周四不行" with Friday offered too: the other option, or new times? A person would ask.
                many = "several times" if len(turned_down) > 1 else "one offered time"
                return _reading("unclear", 0.5, f"turned down {many}; another offered one is left")
            if _SPLIT_CONTRAST.search(t) and any(not c.negative and c not in rejected for c in stated):
                # "The first one doesn't work, but the last one does": a yes to something the rules cannot place.
                return _reading("unclear", 0.5, "turned down a time and accepted something else")
            return _reading("reschedule", 0.75, "the offered time does not suit")
        if asked and not any(_NEGATED.search(c.text) or _DECLINE.search(c.text) for c in rejected):
            # "请问可以线上面试吗？我人在外地，回上海不太方便": the no explains the question.
            return _reading("question", 0.8, "a question, with the reason for it", question=question)
        return _reading("unclear", 0.55, "a bare 'no': decline or another time?")

    several = [c for c in stated if _SEVERAL_ACCEPTED.search(c.text)]
    settled = [c for c in stated[stated.index(several[-1]) + 1 :] if _SETTLES.search(c.text)] if several else []
    settled += [c for c in several if _SETTLES.search(c.text) and c.slots and len(c.slots) == 1]
    settled_on = {n for c in settled for n in (c.slots or offered_matches(c.text, offered))}
    if several and len(settled_on) == 1 and known(min(settled_on)):
        # "方案1和方案2我都可以，优先方案2吧", "除了周四都行，那就定周五吧": several fine, then one settled on.
        return plain_yes(0.85, "several times fine, one settled on", min(settled_on), None)
    if (
        several
        and any(_RESCHEDULE.search(c.text) for c in clauses)
        and not any(offered_matches(c.text, offered) for c in several)
    ):
        # "reschedule please - Wed 9 Dec any time": any time of the new day.
        return reschedule(0.8, "asked to move, any time of another day", several[0].text)
    if several:
        # "12月8号以后都可以", "any day next week": every time of a span none of the offered ones is in.
        named = [c for c in clauses if c.timed or c.slots]
        if span_elsewhere(several) or (named and span_elsewhere(named)):
            return reschedule(0.75, "accepted a span of times that were not offered", (named or several)[0].text)
        return _reading("unclear", 0.5, "more than one time accepted")
    # An option named in a question about it ("what time is option 2 in Beijing?") is not picked.
    picks = [
        s
        for c in stated
        + [
            a
            for a in asked
            if not _WH_QUESTION.match(a.text)
            # "请问方案3周六那天是线下还是线上？": asks about the option, does not take it
            and not (
                _ASKS_ABOUT.search(a.text) and not (_STRONG_CONFIRM.search(a.text) or _WEAK_CONFIRM.search(a.text))
            )
        ]
        for s in c.slots
    ]
    if picks:
        distinct = list(dict.fromkeys(picks))
        if len(distinct) > 1:
            return _reading("unclear", 0.5, "several options named")
        slot = distinct[0]
        if not known(slot):
            return _reading("unclear", 0.6, f"option {slot} was not offered")
        named = [c for c in clauses if slot in c.slots]
        hours = {h for c in clauses for m in HOUR.finditer(c.text) for h in hours_of(m)}
        starts_at = {s.start.hour for s in offered if s.number == slot}
        by_place = any(_EARLIER_OR_LATER_OPTION.search(c.text) or _LAST_OPTION.search(c.text) for c in named)
        if (not by_place and any(_SHIFT.search(c.text) or _RESCHEDULE.search(c.text) for c in named)) or (
            hours and starts_at and not hours & starts_at and _INSTEAD.search(t)
        ):
            # "方案2的时间可以往后推一个小时吗？15:00开始我就能赶到", "Could option 2 start at 3pm instead?"
            return reschedule(0.85, f"asked to move option {slot} to another time", named[0].text if named else None)
        return plain_yes(0.9, "option number", slot, _extra_question(asked, text))
    movers = [c for c in clauses if _RESCHEDULE.search(c.text)]
    if movers:
        if any(_SHIFT.search(c.text) for c in movers):
            # "a bit earlier on Friday", "周五能推迟半小时吗": the offered time named is the one moved from.
            return reschedule(0.9, "asked to move a time earlier or later", movers[0].text)
        # The time named after the move counts ("取消周四的，改到周六": Saturday; "周五下午能改成上午吗": the
        # morning, not Friday afternoon), then a time in another clause; a time before the move is the one
        # moved from.
        targets = [after for after in (_after_move(c.text) for c in movers) if _TIME.search(after)]
        targets += [c.text for c in clauses if c.timed and not _RESCHEDULE.search(c.text)]
        # The reason given after the target is not part of it ("改成周日上午因为周六我要加班").
        moved_to = _BECAUSE.split(targets[0], maxsplit=1)[0] if targets else ""
        slot = by_time(moved_to) if moved_to.strip() else None
        # An hour alone, on a day named elsewhere that is not the option's, moves that day ("周四可以，但能不能提前
        # 到上午10点？" is Thursday at 10, not Saturday's 10:00).
        same_day = slot is not None and not _on_days(moved_to, offered)[0]
        if same_day and any(
            named and slot not in [s.number for s in on_day]
            for named, on_day in (_on_days(c.text, offered) for c in clauses)
        ):
            slot = None
        if slot is not None and slot != 1:
            return _reading("confirm", 0.75, "asked to move to an offered time", slot=slot)
        timed = [c for c in movers if c.timed]
        proposed = targets[0] if targets else timed[0].text if timed else None
        return reschedule(0.9, "asked to move", proposed)
    # A yes/no question about what a time is ("周四那个时间是北京时间吗？", "Is that Thursday in London time?")
    # asks about it, not for it (unless it also asks or accepts: "周四可以吗").
    timed = [
        c
        for c in clauses
        if c.timed
        and not (c.question and _ABOUT_A_TIME.search(c.text) and not c.positive and not _SOFT_ASK.search(c.text))
    ]
    for c in timed:
        # "我选2号": picking names an option, or the day of the month? Whichever was offered; both, ask.
        bare = _BARE_DAY.search(c.text)
        if bare and offered and not (_WEEKDAY.search(c.text) or HOUR.search(c.text)):
            n = int(bare.group(1))
            days = {slot.number for slot in offered if slot.start.day == n}
            if n in offered_numbers and not days:
                return plain_yes(0.75, "'N号': an option number, no offered day", n, None)
            if n in offered_numbers and days != {n}:
                return _reading("unclear", 0.5, f"'{n}号': option {n}, or the option on day {n}?")
    if asked and "before deciding" in t and not any(_STRONG_CONFIRM.search(c.text) for c in stated):
        # "Before I choose, can you tell me whether the Saturday session can be online?": nothing chosen yet.
        return _reading("question", 0.8, "a question before choosing", question=text.strip()[:2000])
    if (
        timed
        and all(_ASKS_ABOUT.search(c.text) for c in timed)
        and not any(_STRONG_CONFIRM.search(c.text) or _WEAK_CONFIRM.search(c.text) for c in clauses)
    ):
        # "周六那个是线上还是线下呀", "What time is the Friday one in Beijing?": a question about a time, no pick.
        return _reading("question", 0.8, "asks about an offered time without taking it", question=text.strip()[:2000])
    if timed:
        # The clause that asks for or accepts a time counts ("Friday is my exam, Saturday morning is best").
        positive = [c for c in timed if c.positive and offered_matches(c.text, offered)]
        timed = positive or [c for c in timed if c.positive] + [c for c in timed if not c.positive]
        # Each clause may name part of it ("就周五吧，下午两点"): the options all of them fit.
        fitting_all = [set(offered_matches(c.text, offered)) for c in timed]
        fitting = [f for f in fitting_all if f]
        common = set.intersection(*fitting) if fitting else set()
        if len(common) == 1 and len(fitting) > 1:
            (slot,) = common
            return plain_yes(0.8, "named an offered time", slot, _extra_question(asked, text))
        if len(set().union(*fitting)) > 1:
            # "最好周五，周六也行": several fit, one preferred.
            preferred = [f for c, f in zip(timed, fitting_all, strict=True) if len(f) == 1 and _SETTLES.search(c.text)]
            if len(preferred) == 1:
                return plain_yes(0.8, "several offered times fit, one preferred", min(preferred[0]), None)
            # "Could I go for Friday instead? 2pm is perfect": a day asked for elsewhere narrows the hour.
            asked_days = [
                set(m) for c in clauses if c not in timed and not c.negative and (m := offered_matches(c.text, offered))
            ]
            narrowed = set.intersection(*fitting, *asked_days) if asked_days else set()
            if len(narrowed) == 1:
                return plain_yes(
                    0.8, "named an offered time (the day asked for, the hour accepted)", min(narrowed), None
                )
            return _reading("unclear", 0.5, "several offered times fit")
        slot = next((n for n in (by_time(c.text) for c in timed) if n is not None), None)
        if slot is not None:
            return plain_yes(0.8, "named an offered time", slot, _extra_question(asked, text))
        if any(_SOFT_ASK.search(c.text) for c in timed) or not any(c.positive for c in stated):
            return reschedule(0.7, "named a time that was not offered", timed[0].text)
    strong = [c for c in stated if _confirms(c.text, _STRONG_CONFIRM)]
    if strong:
        return plain_yes(0.9, "confirmation", None, _extra_question(asked, text))
    weak = [c for c in stated if _confirms(c.text, _WEAK_CONFIRM)]
    if weak:
        return plain_yes(0.8, "agreement", None, _extra_question(asked, text))
    if asked:
        return _reading("question", 0.8, "question", question=text.strip()[:2000])
    if _ONLY_ACK.fullmatch(t):
        return _reading("unclear", 0.3, ACK_RULE)
    return _reading("unclear", 0.3, "no rule matched")


def slot_reply(slot: int) -> Intent:
    """The intent a signed link for option `slot` signals (web/app.py): the proposed time (1) confirms it,
    another offered time is sent as `reschedule` with that slot (still accepted as that pick, CONTRACT)."""
    return "confirm" if slot == 1 else "reschedule"


def _after_move(text: str) -> str:
    """The part of a clause after its first request to move ("周五下午能改成上午吗" → "上午吗")."""
    match = _RESCHEDULE.search(text)
    return text[match.end() :] if match else text


def _decisive(clauses: list[_Clause]) -> bool:
    """Whether a conditional clause (with the one after it) states an answer: then the answer is conditional."""
    return any(
        c.negative
        or c.positive
        or c.slots
        or c.timed
        or _WITHDRAW.search(c.text)
        or _RESCHEDULE.search(c.text)
        or "就" in c.text
        for c in clauses
    )


def _negated_withdrawal(text: str) -> bool:
    return bool(re.search(r"不(?:会|想|要|打算)?放弃|不退出|don'?t want to withdraw|not withdraw", text))


def _extra_question(asked: list[_Clause], text: str) -> str | None:
    """A question asked alongside an answer ("确认参加，请问需要带什么？"), unless it is the answer itself."""
    extra = [c.text for c in asked if not (c.slots or c.timed or _RESCHEDULE.search(c.text))]
    return text.strip()[:2000] if extra else None
