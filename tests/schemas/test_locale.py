"""A locale from free-form data is one we render, or the fallback."""

from __future__ import annotations

import pytest

from schemas.locale import as_locale


@pytest.mark.parametrize(("value", "expected"), [("zh-CN", "zh-CN"), ("en", "en")])
def test_a_supported_locale_is_kept(value: str, expected: str) -> None:
    assert as_locale(value, "zh-CN") == expected
    assert as_locale(value, "en") == expected


@pytest.mark.parametrize("value", ["", "EN", "en-US", "zh", "fr", None, 1])
def test_anything_else_is_the_fallback(value: object) -> None:
    assert as_locale(value, "en") == "en"
    assert as_locale(value, "zh-CN") == "zh-CN"
