"""The shared polling helper: returns as soon as the condition holds, fails naming what and the last value."""

from __future__ import annotations

import pytest

from tests.polling import eventually, until_true


async def test_returns_the_first_result_that_holds_and_waits_out_ignored_errors() -> None:
    calls: list[int] = []

    async def probe() -> int:
        calls.append(len(calls))
        if len(calls) < 3:
            raise OSError("server restarting")
        return len(calls)

    assert await eventually(probe, lambda n: n >= 4, ignoring=(OSError,), interval=0.001) == 4
    assert len(calls) == 4


async def test_times_out_naming_what_and_the_last_value_or_error() -> None:
    async def seven() -> int:
        return 7

    with pytest.raises(AssertionError, match=r"^the answer not reached within 0\.05 s; last: 7$"):
        await eventually(seven, lambda n: n == 42, what="the answer", timeout=0.05, interval=0.001)

    async def down() -> int:
        raise OSError("connection refused")

    with pytest.raises(AssertionError, match=r"last: OSError: connection refused$"):
        await eventually(down, ignoring=(OSError,), timeout=0.05, interval=0.001)


async def test_an_error_not_listed_is_raised_at_once() -> None:
    async def broken() -> int:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        await eventually(broken, ignoring=(OSError,), timeout=5)


async def test_until_true_polls_a_synchronous_check() -> None:
    inbox: list[str] = []

    def arrived() -> list[str]:
        inbox.append("mail")
        return inbox if len(inbox) >= 2 else []

    assert await until_true(arrived, interval=0.001) == ["mail", "mail"]
    with pytest.raises(AssertionError, match="the reply not reached"):
        await until_true(lambda: None, what="the reply", timeout=0.02, interval=0.001)
