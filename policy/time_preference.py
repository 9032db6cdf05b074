"""Reading a candidate's time wish ("改到周四下午", "next Monday morning") into a TimePreference."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from schemas.plans import PartOfDay, TimePreference

_ZH_DAY = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
_EN_DAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# A clause that says a time does NOT work is ignored ("周四不行，周五上午可以").
_CLAUSE_SPLIT = re.compile(r"[，,。;；!！?？\n]|\.(?=\s|$)|但是|不过|\bbut\b", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"(?<!行)不行|(?<!可)不可以|不能来|不能参加|没空|没时间|(?<!便)不方便|有事|来不了|去不了|不太行|"
    r"\bnot\b|n't\b|\bcannot\b|\bbusy\b|\bunavailable\b|\bexcept\b|\bno good\b",
    re.IGNORECASE,
)

_ZH_DAY_CHAR = "[一二三四五六日天1-7]"
_ZH_RANGE = re.compile(rf"(?:星期|礼拜|周)({_ZH_DAY_CHAR})\s*(?:到|至|-|~|～)\s*(?:星期|礼拜|周)?({_ZH_DAY_CHAR})")
_ZH_WEEKDAY = re.compile(rf"(下|这|本)?个?(?:星期|礼拜|周)({_ZH_DAY_CHAR})")
_ZH_RELATIVE = (
    ("大后天", 3),
    ("后天", 2),
    ("明天", 1),
    ("明日", 1),
    ("明早", 1),
    ("明晚", 1),
    ("今天", 0),
    ("今晚", 0),
    ("今早", 0),
)
_ZH_PARTS: tuple[tuple[str, PartOfDay], ...] = (
    ("上午|早上|早晨|清晨|上半天|明早|今早", "morning"),
    ("下午|中午|午后|下半天", "afternoon"),
    ("晚上|傍晚|晚间|夜里|今晚|明晚", "evening"),
)
_ZH_HOUR = re.compile(r"(\d{1,2})\s*(?:点|时|[:：]\d{2})")

_EN_WEEKDAY = re.compile(
    r"\b(?:(next|this|coming)\s+)?(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|rs|r|s|urday)?\b\.?",
    re.IGNORECASE,
)
_EN_RELATIVE = ((r"\bday after tomorrow\b", 2), (r"\b(?:tomorrow|tmrw?)\b", 1), (r"\b(?:today|tonight)\b", 0))
_EN_PARTS: tuple[tuple[str, PartOfDay], ...] = (
    (r"\bmorning\b", "morning"),
    (r"\b(?:afternoon|noon|lunchtime)\b", "afternoon"),
    (r"\b(?:evening|tonight|night)\b", "evening"),
)
# "am"/"pm" only right after a day word or a clock time, so "I am free" is not a morning.
_EN_MERIDIEM = re.compile(
    r"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\btoday|\btomorrow|\d)\s*(a\.?m\.?|p\.?m\.?)(?![a-z])",
    re.IGNORECASE,
)
_EN_CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)


@dataclass
class _Found:
    weekdays: set[int] = field(default_factory=set)
    part: PartOfDay | None = None
    day: date | None = None


def _next_week(today: date, weekday: int) -> date:
    """That weekday in the calendar week after this one (下周一, next Monday)."""
    return today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday)


def _this_week(today: date, weekday: int) -> date:
    """That weekday in the current calendar week (这周四, 本周四)."""
    return today - timedelta(days=today.weekday()) + timedelta(days=weekday)


def _upcoming(today: date, weekday: int) -> date:
    """The next day with that weekday, today included ("this Friday", "coming Friday")."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _part_from_hour(hour: int, meridiem: str | None) -> PartOfDay | None:
    if meridiem:
        if meridiem.lower().startswith("a"):
            return "morning" if hour <= 12 else None
        hour = hour % 12 + 12
    elif 1 <= hour <= 6:
        hour += 12  # "3点" means the afternoon for an interview
    if 6 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    if 18 <= hour < 23:
        return "evening"
    return None


def _read_clause(clause: str, today: date, found: _Found) -> None:
    """Add what one clause says to `found` (the first date and part of day win; weekdays accumulate)."""
    for match in _ZH_RANGE.finditer(clause):
        first, last = _ZH_DAY[match.group(1)], _ZH_DAY[match.group(2)]
        found.weekdays.update(range(first, last + 1) if first <= last else ())
    clause_zh = _ZH_RANGE.sub(" ", clause)
    for match in _ZH_WEEKDAY.finditer(clause_zh):
        weekday = _ZH_DAY[match.group(2)]
        if match.group(1) == "下":
            found.day = found.day or _next_week(today, weekday)
        elif match.group(1) in ("这", "本"):
            found.day = found.day or _this_week(today, weekday)
        else:
            found.weekdays.add(weekday)
    if "周末" in clause:
        found.weekdays.update({5, 6})
    if "工作日" in clause:
        found.weekdays.update(range(5))
    for match in _EN_WEEKDAY.finditer(clause):
        weekday = _EN_DAY[match.group(2).lower()]
        qualifier = (match.group(1) or "").lower()
        if qualifier == "next":
            found.day = found.day or _next_week(today, weekday)
        elif qualifier in ("this", "coming"):
            found.day = found.day or _upcoming(today, weekday)
        else:
            found.weekdays.add(weekday)
    if re.search(r"\bweekends?\b", clause, re.IGNORECASE):
        found.weekdays.update({5, 6})
    if re.search(r"\bweekdays?\b", clause, re.IGNORECASE):
        found.weekdays.update(range(5))
    for word, offset in _ZH_RELATIVE:
        if found.day is None and word in clause:
            found.day = today + timedelta(days=offset)
    for pattern, offset in _EN_RELATIVE:
        if found.day is None and re.search(pattern, clause, re.IGNORECASE):
            found.day = today + timedelta(days=offset)
    for pattern, part in (*_ZH_PARTS, *_EN_PARTS):
        if found.part is None and re.search(pattern, clause, re.IGNORECASE):
            found.part = part
    if found.part is None and (meridiem := _EN_MERIDIEM.search(clause)):
        found.part = "morning" if meridiem.group(1).lower().startswith("a") else "afternoon"
        if clock := _EN_CLOCK.search(clause):
            found.part = _part_from_hour(int(clock.group(1)), clock.group(2)) or found.part
    if found.part is None and (hour := _ZH_HOUR.search(clause)):
        found.part = _part_from_hour(int(hour.group(1)), None)


def parse_time_preference(text: str, now: datetime, timezone: str) -> TimePreference | None:
    """The days and part of day a reply asks for, local to `timezone`; None when it names no time."""
    zone = ZoneInfo(timezone)
    today = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(zone).date()
    found = _Found()
    for clause in _CLAUSE_SPLIT.split(text or ""):
        if clause.strip() and not _NEGATIVE.search(clause):
            _read_clause(clause, today, found)
    if found.day is None and not found.weekdays and found.part is None:
        return None
    weekdays = set() if found.day is not None else found.weekdays  # a named date is more specific
    return TimePreference(weekdays=weekdays, part_of_day=found.part, timezone=timezone, date=found.day)
