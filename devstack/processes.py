"""Child processes of the dev stack: each in its own process group, stopped group-wide, never orphaned.

Every child is started in a new session (so a terminal Ctrl-C reaches only the stack, which then stops
children in order) and, on Linux, with PR_SET_PDEATHSIG so it gets SIGTERM if the stack itself dies
without cleaning up (e.g. SIGKILL).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

_PR_SET_PDEATHSIG = 1
_STREAM_LIMIT = 1 << 20

_libc: ctypes.CDLL | None = None
if sys.platform.startswith("linux"):
    with contextlib.suppress(OSError):
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _die_with_parent(parent_pid: int) -> Callable[[], None] | None:
    """A preexec_fn asking the kernel to SIGTERM the child when the stack's main thread dies."""
    libc = _libc
    if libc is None:
        return None

    def preexec() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        # The parent may have died between fork and prctl; then nobody would ever signal us.
        if os.getppid() != parent_pid:
            os._exit(1)

    return preexec


class ChildProcess:
    """A running child; `stop()` ends its whole process group and reaps it."""

    def __init__(self, name: str, process: asyncio.subprocess.Process, pump: asyncio.Task[None] | None) -> None:
        self.name = name
        self._process = process
        self._pump = pump
        self.stopping = False

    @classmethod
    async def spawn(
        cls,
        name: str,
        argv: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        log_file: IO[bytes] | None = None,
        output_prefix: str | None = None,
    ) -> ChildProcess:
        """Start `argv`; output goes to `log_file`, or to our stdout with `output_prefix` on each line."""
        if log_file is not None:
            stdout: int | IO[bytes] = log_file
        elif output_prefix is not None:
            stdout = asyncio.subprocess.PIPE
        else:
            stdout = asyncio.subprocess.DEVNULL
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=stdout,
            stderr=asyncio.subprocess.STDOUT,
            env=env,
            cwd=cwd,
            start_new_session=True,
            preexec_fn=_die_with_parent(os.getpid()),
            limit=_STREAM_LIMIT,
        )
        pump = None
        if process.stdout is not None and output_prefix is not None:
            pump = asyncio.create_task(_pump_lines(process.stdout, output_prefix), name=f"{name}-output")
        return cls(name, process, pump)

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        return self._process.returncode

    async def wait(self) -> int:
        return await self._process.wait()

    async def stop(self, grace: float = 10.0) -> int:
        """SIGTERM the group, SIGKILL it after `grace` seconds, reap the child and drain its output."""
        self.stopping = True
        if self._process.returncode is None:
            self._signal_group(signal.SIGTERM)
            try:
                await asyncio.wait_for(asyncio.shield(self._process.wait()), grace)
            except TimeoutError:
                print(f"{self.name} did not stop within {grace:.0f} s; killing it", flush=True)
        # Grandchildren that outlived the leader (or a leader that ignored SIGTERM) go now.
        self._signal_group(signal.SIGKILL)
        code = await self._process.wait()
        if self._pump is not None:
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(self._pump, 5)
        return code

    def _signal_group(self, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, sig)


async def _pump_lines(stream: asyncio.StreamReader, prefix: str) -> None:
    """Copy a child's output to ours, one prefixed line at a time."""
    while True:
        try:
            line = await stream.readline()
        except ValueError:  # a line longer than the stream limit: pass the chunk through as is
            line = await stream.read(_STREAM_LIMIT)
        if not line:
            return
        text = line.decode("utf-8", errors="replace").rstrip("\n")
        print(f"{prefix}{text}", flush=True)
