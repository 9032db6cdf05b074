"""How the service reads one reply (SPEC R-M3): the only entry point the gateway needs.

`read(message, mail_from, facts)` is pure — a parsed message, its envelope sender and what we know about the
email it answers in; a typed `Reading` out — and never raises. `facts` come from `inbound.fingerprints`
(the fingerprint of the replied-to email and the times it offered); without them the reading still works,
only less of our own quoted text is recognised and a named day cannot be matched to an option.

A reading whose confidence is below `facts.confidence_bar` has intent `unclear` (the rule and the
confidence it would have had are kept), so the gateway never acts on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from email.message import Message
from typing import Any

from inbound.automated import Automated, detect, detect_text
from inbound.foreign import classify_foreign
from inbound.gate import hold
from inbound.intent import (
    ACK_RULE,
    BARE_YES,
    THIS_ONE_RULE,
    Classification,
    Intent,
    OfferedSlot,
    classify,
    normalise,
    offered_matches,
    refuses,
)
from inbound.language import unread_language
from inbound.mime import body_text, header, parse
from inbound.quotes import SentText, clean_line, compact, new_text

MAX_TEXT = 2000
DEFAULT_CONFIDENCE_BAR = 0.7


@dataclass(frozen=True)
class KnownFacts:
    """What we know about the email a reply answers: its fingerprint and the options it offered."""

    sent: SentText | None = None
    offered: tuple[OfferedSlot, ...] = ()
    confidence_bar: float = DEFAULT_CONFIDENCE_BAR
    gate: bool = True  # inbound.gate: hold back an acting reading that shows signs of a misreading


@dataclass(frozen=True)
class Reading:
    """How a reply reads. `automated` set: no person wrote it, nothing else applies. Otherwise `intent` (with
    `slot` for a picked option, `proposed` for a time asked for that was not offered, `question` for a
    question to pass to HR), `confidence` in [0, 1] and the `rule` that decided."""

    automated: Automated | None
    text: str
    intent: Intent
    slot: int | None = None
    confidence: float = 0.0
    rule: str = ""
    question: str | None = None
    proposed: str | None = None
    from_html: bool = False
    used_fingerprint: bool = False
    held_by_gate: tuple[str, ...] = ()  # the gate's signs when it turned an acting reading into unclear

    @property
    def acts(self) -> bool:
        """Whether the reading moves the re-interview (confirm, decline or reschedule)."""
        return self.automated is None and self.intent in ("confirm", "decline", "reschedule")

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["automated"] = (
            None if self.automated is None else {"kind": self.automated.kind, "detail": self.automated.detail}
        )
        return out


NO_FACTS = KnownFacts()


@dataclass(frozen=True)
class SentFingerprint:
    """What the gateway knows of one email we sent: its Message-ID, fingerprint and offered times."""

    message_id: str
    workflow_id: str
    sent: SentText
    offered: tuple[OfferedSlot, ...]
    recipient_kind: str = "candidate"


def choose(references: Sequence[str], sent: Sequence[SentFingerprint]) -> SentFingerprint | None:
    """Of one run's emails (newest first), the one a reply answers: the first of its In-Reply-To/References we
    sent; without one (a client that drops them, a pasted reply), the newest email sent to the candidate."""
    by_id = {s.message_id: s for s in sent}
    for mid in references:
        found = by_id.get(mid)
        if found is not None:
            return found
    return next((s for s in sent if s.recipient_kind == "candidate"), None)


def facts_for(
    references: Sequence[str], sent: Sequence[SentFingerprint], confidence_bar: float = DEFAULT_CONFIDENCE_BAR
) -> tuple[KnownFacts, SentFingerprint | None]:
    """The known facts for a reply with these references, given its run's emails (newest first)."""
    found = choose(references, sent)
    if found is None:
        return KnownFacts(confidence_bar=confidence_bar), None
    return KnownFacts(found.sent, found.offered, confidence_bar), found


def read_text(text: str, facts: KnownFacts = NO_FACTS, subject: str = "") -> Reading:
    """Read a reply's already extracted new text (what `mail explain` and the tests of intent use)."""
    auto = detect_text(subject, text)
    if auto is not None:
        return Reading(auto, text, "unclear", rule=f"automated: {auto.detail}", confidence=1.0)
    language = unread_language(text)
    if language is not None:  # never guessed from the few words it shares with English: read by its own tables
        foreign = classify_foreign(text, language, facts.offered)
        if foreign is not None:
            return _apply_bar(foreign, text, facts)
        rule = f"written in {language}, not one clear answer the {language} tables read: asked back"
        return Reading(None, text, "unclear", confidence=1.0, rule=rule, used_fingerprint=facts.sent is not None)
    c = classify(text, facts.offered)
    return _apply_bar(c, text, facts)


def _apply_bar(c: Classification, text: str, facts: KnownFacts) -> Reading:
    reading = Reading(
        None,
        text,
        c.intent,
        c.slot,
        c.confidence,
        c.rule,
        c.question,
        c.proposed,
        used_fingerprint=facts.sent is not None,
    )
    if reading.intent != "unclear" and c.confidence < facts.confidence_bar:
        return replace(
            reading,
            intent="unclear",
            slot=None,
            rule=f"below the confidence bar {facts.confidence_bar}: {c.intent} by {c.rule}",
        )
    if facts.gate and reading.acts:
        return hold(reading, facts.offered)
    return reading


def read_or_raise(message: Message, mail_from: str, facts: KnownFacts = NO_FACTS) -> Reading:
    """`read`, except that a body that cannot be decoded raises (the gateway keeps such mail as `malformed`)."""
    automated = detect(message, mail_from)
    if automated is not None:
        return Reading(automated, "", "unclear", confidence=1.0, rule=f"automated: {automated.detail}")
    body, from_html = body_text(message)
    text = new_text(body, facts.sent)[:MAX_TEXT]
    subject = header(message, "Subject")
    written = _SUBJECT_ANSWER.match(subject or "")
    if not text.strip() and written is not None and written.group(1).strip():
        # Nothing written in the body, the answer typed before the subject ("方案2 回复：重新面试邀请…").
        reading = read_text(written.group(1).strip(), facts, "")
        return replace(reading, rule=f"{reading.rule} (written in the subject)", from_html=from_html)
    reading = read_text(text, facts, subject)
    inline = _answers_under_options(body, facts)
    if inline is not None and (reading.intent == "unclear" or (reading.intent == "confirm" and not reading.slot)):
        return replace(reading, intent="confirm", slot=inline, confidence=0.85, rule=_INLINE_RULE.format(inline))
    if reading.intent == "unclear" and reading.rule == ACK_RULE and _BARE_OK.fullmatch(reading.text):
        # A bare "OK" written right under one of our option lines takes that option.
        placed = _answered_inline(replace(reading, intent="confirm", confidence=0.8), body, facts)
        if placed.intent == "confirm" and placed.slot is not None:
            reading = placed
    if reading.intent == "confirm" and reading.slot is None:
        reading = _answered_inline(reading, body, facts)
        if reading.rule == THIS_ONE_RULE:  # "这个" not written under an option line: which one?
            reading = replace(reading, intent="unclear", rule="'this one', not written under an option line")
        elif reading.slot is None and _THAT_ONE.search(reading.text):  # "That one's perfect for me": which one?
            reading = replace(
                reading, intent="unclear", rule=f"'that one', not written under an option line: {reading.rule}"
            )
    return replace(reading, from_html=from_html)


_THAT_ONE = re.compile(
    r"\b(?:that|this) one\b|\bthe one\b(?! (?:you|we) (?:proposed|suggested))|"
    r"(?:就|选|要|定)(?:这个|这场|那个|那场)(?![时月周岗职机面])",
    re.IGNORECASE,
)
_BARE_OK = re.compile(rf"\s*(?:{BARE_YES}|ＯＫ)[\s,.!！。~]*", re.IGNORECASE)


def _says_yes(line: str) -> bool:
    """An answer written under one of our option lines says yes to it: a yes, or a bare "OK"/"好的"/"Yes" there."""
    return classify(line).intent == "confirm" or bool(_BARE_OK.fullmatch(line))


# How our invitations list the times ("方案 2：…", "Option 2: …"; templates/email/invitation).
_OUR_OPTION_LINE = re.compile(
    r"(?:方案|选项|option)\s*(\d{1,2})\s*(?:（建议时间）|\((?:proposed|suggested)\))?\s*[：:]", re.IGNORECASE
)
# A line that names a date or a weekday (an option line of ours, however a client rendered the list).
_DATED = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}|周[一二三四五六日]|星期|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b", re.IGNORECASE
)
# A rule line between a quote and the answer ("- - - - -" under a WeChat quote, "-----", "____").
_RULE_LINE = re.compile(r"^[\s\-_=~—–]{3,}$")


def _quoted(line: str, sent: SentText | None) -> bool:
    text = clean_line(line)
    return text.startswith((">", "＞")) or (sent is not None and sent.ours_like(compact(text), ""))


def _answered_inline(reading: Reading, body: str, facts: KnownFacts) -> Reading:
    """A yes that names no option, written right under one of our option lines — inline in the quote, or under
    the one line the candidate kept or pasted back ("这个可以" under "方案 2：…") — answers that option, not the
    proposed time. Inline (our lines above and below) under a line that names none: a person would ask."""
    said = [clean_line(x) for x in reading.text.splitlines() if clean_line(x)]
    if len(said) > 1 and _POINTS_BELOW.fullmatch(said[0]):  # "见下" / "See below", then the answer inline
        said = said[1:]
    first = said[0] if said else ""
    lines = body.splitlines()[:2000]
    at = next((i for i, x in enumerate(lines) if clean_line(x) == first and not _quoted(x, facts.sent)), None)
    if not first or at is None:
        return reading
    above = [x for x in lines[:at] if clean_line(x).lstrip(">＞ ") and not _RULE_LINE.match(x)]
    if not above:
        return reading
    nearest = clean_line(above[-1])
    pasted = nearest.startswith("「") and nearest.endswith("」")  # WeChat's quote of one message line
    if not (_quoted(above[-1], facts.sent) or pasted):
        return reading
    line = _OUR_OPTION_LINE.search(nearest.lstrip(">＞ "))
    option = int(line.group(1)) if line else _option_of(above[-1], facts)
    if option is None and not pasted:
        # Our lines kept above the answer, the one option line among them not the last ("方案 3：…\n时长：1 小时\n
        # ok 就这个"): that option, when the kept block holds exactly one.
        block: list[str] = []
        for x in reversed(above):
            if not _quoted(x, facts.sent):
                break
            block.append(clean_line(x).lstrip(">＞ "))
        options = {int(m.group(1)) for x in block if (m := _OUR_OPTION_LINE.search(x))}
        option = options.pop() if len(options) == 1 and len(block) <= 6 else None
    offered = {slot.number for slot in facts.offered}
    if option is not None and (not offered or option in offered):  # inline, or under an option line kept or pasted
        return replace(reading, slot=option, rule=f"{reading.rule}, written inline under option {option}")
    answer_lines = sum(1 for x in reading.text.splitlines() if clean_line(x))
    if not any(_quoted(x, facts.sent) for x in lines[at + answer_lines :]):
        return reading  # bottom-posted: the whole invitation is above, and a plain yes takes the proposed time
    return replace(
        reading,
        intent="unclear",
        slot=None,
        rule=f"below the confidence bar: {reading.rule}, written inline under a line that names no option",
    )


# An answer typed in front of the reply prefix of the subject: "方案2 回复：重新面试邀请…", "OK - RE: …".
_SUBJECT_ANSWER = re.compile(
    r"\s*([^:：]{1,40}?)[\s\-–—|/]*(?:re|aw|sv|vs|r|antw|res|rif|回复|答复|回覆|转发|fwd?)\s*[:：]", re.IGNORECASE
)
# A first line that only points at the answers below it, written inline in the quote.
_POINTS_BELOW = re.compile(
    r"(?:见下|见下文|见下方|如下|答复如下|回复如下|见正文|请见下方|see below|see inline|answers? inline|inline below|"
    r"replies? (?:below|inline))[\s:：.。,，!！]*",
    re.IGNORECASE,
)
_INLINE_RULE = "answered inline: a yes under option {}, a no under each other option answered"


def _option_of(line: str, facts: KnownFacts) -> int | None:
    """The option a quoted line of ours lists ("方案 2：…", "2. 2026年12月4日 周五 14:00"), if it lists one."""
    text = clean_line(line).lstrip(">＞ ")
    ours = _OUR_OPTION_LINE.search(text)
    if ours is not None:
        return int(ours.group(1))
    fits = offered_matches(normalise(text), facts.offered) if _DATED.search(text) else []
    return fits[0] if len(fits) == 1 else None


def _answers_under_options(body: str, facts: KnownFacts) -> int | None:
    """Answers written inline under two or more of our option lines ("不行" under 1, "这个可以" under 2): the one
    option with a yes under it when every other answered option has a no, and nothing else is written below
    the quote's start that decides anything."""
    if not facts.offered:
        return None
    answers: dict[int, list[str]] = {}
    free: list[str] = []
    current: int | None = None
    started = False
    for line in body.splitlines()[:2000]:
        text = clean_line(line)
        if not text.lstrip(">＞ ") or _RULE_LINE.match(line):
            continue
        if _quoted(line, facts.sent):
            started = True
            current = _option_of(line, facts)
        elif started and current is not None:
            answers.setdefault(current, []).append(text)
        elif started:
            free.append(text)
    if len(answers) < 2 or any(classify("\n".join(free)).intent != "unclear" for _ in [free] if free):
        return None
    yes = [n for n, lines in answers.items() if _says_yes(" ".join(lines))]
    no = [n for n, lines in answers.items() if refuses(" ".join(lines))]
    if len(yes) == 1 and len(no) == len(answers) - 1:
        return yes[0]
    return None


def read(message: Message, mail_from: str, facts: KnownFacts = NO_FACTS) -> Reading:
    """Read a parsed reply: automated or not and why, its new text, and what it means."""
    try:
        return read_or_raise(message, mail_from, facts)
    except Exception as exc:  # a reading never raises: an unreadable body is unclear, a person looks at it
        return Reading(None, "", "unclear", rule=f"unreadable: {type(exc).__name__}: {exc}"[:500])


def read_bytes(raw: bytes, mail_from: str, facts: KnownFacts = NO_FACTS) -> Reading:
    """`read` on the bytes of a message."""
    try:
        message = parse(raw)
    except Exception as exc:
        return Reading(None, "", "unclear", rule=f"unparseable: {type(exc).__name__}: {exc}"[:500])
    return read(message, mail_from, facts)
