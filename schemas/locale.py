"""The locales every email and page exists in."""

from __future__ import annotations

from typing import Literal

Locale = Literal["zh-CN", "en"]


def as_locale(value: object, fallback: Locale) -> Locale:
    """`value` when it names a supported locale, else `fallback` (e.g. a free-form locale in an import's extras)."""
    if value == "zh-CN":
        return "zh-CN"
    if value == "en":
        return "en"
    return fallback
