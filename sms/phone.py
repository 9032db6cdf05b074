"""Phone numbers as the providers take them (E.164) and as logs may show them (masked)."""

from __future__ import annotations

import re

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
# Separators people write inside a number; anything else (letters, a leading 00, extensions) is refused.
_SEPARATORS = re.compile(r"[ \t\-().\u00a0]")


class InvalidPhoneNumber(ValueError):
    """The number is not E.164; the message shows it masked."""


def e164(raw: str) -> str:
    """`raw` without spaces, hyphens, dots and brackets, checked to be E.164 (`+`, country code, 7-15 digits)."""
    number = _SEPARATORS.sub("", raw.strip())
    if not _E164.fullmatch(number):
        shown = mask_phone(number) if number else "an empty value"
        raise InvalidPhoneNumber(
            f"{shown} is not an E.164 phone number (a '+', the country code, then 7 to 15 digits in all)"
        )
    return number


def mask_phone(number: str) -> str:
    """The number as logs and errors show it: the first three characters and the last four, the rest `*`."""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]
