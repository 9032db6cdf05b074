"""Job and candidate ids must be opaque keys: an id that looks like a phone number, an email address or a name
would put personal data into workflow ids and search attributes, which Temporal stores in plaintext.

Checked where an id first enters the service — the archive import and `starter.py trigger` — *before* anything
reaches Temporal: by the time a workflow sees an id, signal-with-start has already stored it. A suspicious id is a
warning (naming the field, never echoing the value); under `REINTERVIEW_STRICT_IDS=true` it is refused.
Pure functions: the workflow may call `personal_id_kind` too (to note the warning on its timeline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from service.logging import _CN_MOBILE, _EMAIL, _INTERNATIONAL

PHONE = "a phone number"
EMAIL = "an email address"
NAME = "a name"

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# ZhangSan, JohnSmith, OuYangNaNa; Zhang_San, john.smith, Li-Lei, "Alice Zhang".
_CAMEL_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}$")
_SEPARATED_NAME = re.compile(r"^[A-Z][a-z]+(?:[ ._][A-Za-z][a-z]+){1,3}$")
# Pinyin names in lower case (wang_xiaoming, li.lei, zhang-san): a common surname, a separator, 1-2 syllables
# (without the separator too many English words would look like one: main, mobile).
_SURNAMES = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "gao",
    "lin",
    "luo",
    "zheng",
    "liang",
    "xie",
    "song",
    "tang",
    "xu",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "yuan",
    "pan",
    "cai",
    "jiang",
    "yu",
    "du",
    "ye",
    "cheng",
    "wei",
    "su",
    "lv",
    "ding",
    "ren",
    "shen",
    "yao",
    "lu",
    "jiang",
    "cui",
    "zhong",
    "tan",
    "fan",
    "wan",
    "qian",
    "dai",
    "mo",
    "kong",
    "bai",
    "xiong",
    "qin",
    "yan",
    "hao",
    "ouyang",
    "shangguan",
    "sima",
    "zhuge",
]
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|ue|an|en|in|un|ia|ua|uo|a|o|e|i|u|v)"
)
_SURNAME = "|".join(sorted(set(_SURNAMES), key=len, reverse=True))
_PINYIN_NAME = re.compile(rf"^(?:{_SURNAME})[ ._-](?:{_SYLLABLE}){{1,2}}$")
_CAPITALISED_NAME = re.compile(r"^[A-Z][a-z]+(?:[ ._-][A-Z][a-z]+){1,3}$")
# Digits with the usual phone punctuation, long enough to dial.
_DIGITS = re.compile(r"^\+?[\d\s().-]+$")


def personal_id_kind(value: str, known_names: Iterable[str] = ()) -> str | None:
    """What personal data `value` looks like (PHONE, EMAIL or NAME), or None for an opaque-looking id."""
    if "@" in value or _EMAIL.search(value):
        return EMAIL
    if _CN_MOBILE.search(value) or _INTERNATIONAL.search(value):
        return PHONE
    if _DIGITS.match(value) and sum(c.isdigit() for c in value) >= 11:
        return PHONE
    if _CJK.search(value) or _CAMEL_NAME.match(value) or _SEPARATED_NAME.match(value):
        return NAME
    if _CAPITALISED_NAME.match(value) or _PINYIN_NAME.match(value.lower()):
        return NAME
    folded = _fold(value)
    if folded and any(folded == _fold(name) for name in known_names):
        return NAME
    return None


def _fold(text: str) -> str:
    return re.sub(r"[\s._-]+", "", text).casefold()


class PersonalIdError(ValueError):
    """An id looks like personal data and strict ids are on; the message names the field, not the value."""


def id_warnings(ids: Iterable[tuple[str, str]], known_names: Iterable[str] = ()) -> list[str]:
    """One sentence per (field, value) that looks like personal data, naming the field and what it looks like."""
    names = list(known_names)
    found = []
    for field, value in ids:
        kind = personal_id_kind(value, names)
        if kind is not None:
            found.append(
                f"{field} looks like {kind}; ids must be opaque keys (never names, emails or phone numbers), because "
                "they are stored in plaintext in workflow ids and search attributes"
            )
    return found


def check_ids(ids: Iterable[tuple[str, str]], *, strict: bool, known_names: Iterable[str] = ()) -> list[str]:
    """The warnings for these ids; with `strict`, a PersonalIdError instead when there is any."""
    warnings = id_warnings(ids, known_names)
    if warnings and strict:
        raise PersonalIdError("; ".join(warnings) + " (refused: REINTERVIEW_STRICT_IDS=true)")
    return warnings
