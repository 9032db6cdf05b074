"""How the long-running processes (worker, reply gateway, web app) learn they should stop, and a bound on stopping.

The first SIGINT/SIGTERM sets the returned event: the process drains (the worker lets in-flight activities finish
within its graceful-shutdown setting). Stopping may still hang on something outside our control — a Temporal
server that has gone away keeps the SDK's pollers retrying, a database that stopped answering keeps a pool closing —
so the same signal starts a watchdog: if the process has not exited `exit_after` seconds later it leaves at once
(exit status 1, with one line saying so). A second signal while stopping leaves at once too.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
from datetime import timedelta

# Seconds allowed on top of a graceful-shutdown setting for what follows it (closing pools and connections).
SHUTDOWN_MARGIN_SECONDS = 5.0
FORCED_EXIT_CODE = 1

log = logging.getLogger(__name__)


def shutdown_deadline(graceful: timedelta) -> float:
    """Seconds from the stop signal to a forced exit: the graceful-shutdown setting plus the margin."""
    return graceful.total_seconds() + SHUTDOWN_MARGIN_SECONDS


def stop_on_signals(exit_after: float | None = None) -> asyncio.Event:
    """An event set by SIGINT or SIGTERM (Ctrl-C, `docker stop`, the embedded stack); call inside the loop.

    With `exit_after`, the process exits by itself that many seconds after the first signal if it is still running,
    whatever it is waiting for.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal(sig: signal.Signals) -> None:
        if stop.is_set():
            _leave_now(f"{sig.name} again while stopping: exiting now")
        stop.set()
        if exit_after is not None:
            _start_watchdog(exit_after, sig)

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    return stop


def _start_watchdog(seconds: float, sig: signal.Signals) -> None:
    # A thread, not a loop timer: it fires even when the event loop is stuck or already closed (interpreter
    # teardown waiting on the SDK's threads).
    def expire() -> None:
        _leave_now(f"still running {seconds:g} s after {sig.name}: exiting now (stopping was stuck)")

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()


def _leave_now(reason: str) -> None:
    try:
        log.error(reason)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        sys.stdout.flush()
    finally:
        os._exit(FORCED_EXIT_CODE)
