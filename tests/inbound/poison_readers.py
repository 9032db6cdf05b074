"""Reading functions that misbehave, for the reading pool's seam (`ReadingPool(function=...)`): they run in a
reader process in place of `inbound.reader.read_message`."""

from __future__ import annotations

import os
import time

from inbound.reader import Reading


def hang(*args: object) -> Reading:
    """A read that never finishes (a pattern gone quadratic, a parser in a loop)."""
    time.sleep(3600)
    raise AssertionError("unreachable")


def crash(*args: object) -> Reading:
    """A read that takes its process down (a segfault in a C extension, the memory killer)."""
    os._exit(70)
