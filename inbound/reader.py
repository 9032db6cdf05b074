"""Reading a message off the event loop: a small pool of reader processes with a time limit (SPEC R-M4).

`read_message` is the one seam between the gateway and the reader: it checks the size limits on the bytes, then
calls `inbound.analysis.analyse` (parse, automated mail, quotes, intent). It runs in a child process; a read that
takes longer than the time limit gets its process killed and replaced, and the caller learns `ReadingTimeout`.
A process that dies while reading (a crash, the memory killer) gives `ReadingCrashed`. Nothing a message does
can block the gateway's event loop, which keeps answering other clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import importlib
import itertools
import logging
import math
import os
import pickle
import re
import select
import signal
import struct
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol

from inbound.mime import Limits, over_limits
from inbound.senders import dmarc_failed, from_address

if TYPE_CHECKING:
    from inbound.analysis import Analysis
    from inbound.reading import SentFingerprint

# The confidence bar when the caller names none (the setting `reply_confidence_bar` is what the gateway passes).
DEFAULT_CONFIDENCE_BAR = 0.7

log = logging.getLogger("inbound")
STARTUP_TIMEOUT = 60.0
# Reading priorities (ReadingPool.slot): lower goes first.
FRESH, SUSPECT, RETRY = (
    0,
    1,
    2,
)  # a new reader imports the reading code (slow on a loaded machine) before its first read


class ReadingFailed(Exception):
    """The reader gave no answer for this message."""


class ReadingTimeout(ReadingFailed):
    """Reading took longer than the time limit; the reader process was killed and replaced."""


class ReadingCrashed(ReadingFailed):
    """The reader process died, or raised, while reading."""


@dataclass(frozen=True)
class Reading:
    """A read message: its analysis and who sent it, or why it was refused before parsing (a size limit).

    `sender` is the From address normalised ('' unless exactly one); `dmarc_failure` the trusted
    Authentication-Results header that says dmarc=fail, if any.
    """

    analysis: Analysis | None
    refused: str | None = None
    sender: str = ""
    dmarc_failure: str | None = None


def read_message(
    raw: bytes,
    mail_from: str,
    limits: Limits,
    trusted_authserv_id: str | None = None,
    sent: Sequence[SentFingerprint] = (),
    confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
) -> Reading:
    """Size limits on the bytes, then the reader (`inbound.analysis.analyse`) with the fingerprints of the run's
    emails (`sent`, newest first; empty when the reply token names no run). Runs in a reader process."""
    refused = over_limits(raw, limits)
    if refused is not None:
        return Reading(None, refused)
    from inbound.analysis import analyse

    analysis = analyse(raw, mail_from, sent, confidence_bar)
    sender, auth_results = _sender_headers(raw)
    return Reading(analysis, None, from_address(sender), dmarc_failed(auth_results, trusted_authserv_id))


def _sender_headers(raw: bytes) -> tuple[str, list[str]]:
    """The From header and every Authentication-Results header, read from the header section only."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
        sender = str(headers.get("From", "") or "")
        results = [re.sub(r"\s+", " ", str(v)) for v in headers.get_all("Authentication-Results") or []]
    except Exception:  # an unparseable header section has no usable sender
        return "", []
    return sender.replace("\r", " ").replace("\n", " "), results


READ_FUNCTION = "inbound.reader:read_message"
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: this reader gets SIGKILL when the gateway dies (a stuck read must not outlive it)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the per-read alarm still bounds a read
        pass


def _function(path: str) -> Callable[..., Reading]:
    """`module:name` of the reading function (the pool's seam; tests pass one that hangs or crashes)."""
    module, _, name = path.partition(":")
    found: Callable[..., Reading] = getattr(importlib.import_module(module), name)
    return found


def _frame(obj: object) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return struct.pack(">I", len(data)) + data


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if data is None or len(data) != size:
        raise EOFError("the pipe closed")
    return data


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """A reader process: answer ("ok", Reading) or ("error", text) for each (raw, mail_from, limits) frame."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when readers stop
    _die_with_parent()
    # Import and warm the reading code once (the email package loads its header parsers lazily).
    read_message(b"From: a@example.com\nSubject: warm-up\n\nok\n", "", Limits())

    stdout.write(_frame(("ready", None)))
    stdout.flush()
    while True:
        try:
            (size,) = struct.unpack(">I", _read_exactly(stdin, 4))
            job = pickle.loads(_read_exactly(stdin, size))  # noqa: S301 - our own gateway, over this process's stdin pipe
        except EOFError:
            return
        try:
            function, args, limit = job
            # Should the gateway die mid-read, the read still ends: SIGALRM's default action ends this process.
            signal.alarm(limit)
            answer: tuple[str, object] = ("ok", _function(function)(*args))
            signal.alarm(0)
        except Exception as exc:
            answer = ("error", f"{type(exc).__name__}: {exc}"[:500])
        stdout.write(_frame(answer))
        stdout.flush()


class _Reader:
    """One reader process (`python -m inbound.reader`), spoken to over its stdin and stdout."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "inbound.reader"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            close_fds=True,
            start_new_session=True,  # a terminal's Ctrl-C goes to the gateway, which stops its readers
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.stdout: IO[bytes] = self.process.stdout
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            (size,) = struct.unpack(">I", self._read(4, deadline, STARTUP_TIMEOUT))
            self._read(size, deadline, STARTUP_TIMEOUT)
        except (ReadingFailed, EOFError, OSError) as exc:
            self.kill()
            raise ReadingCrashed(f"a reader process did not start: {exc}") from None

    def exchange(self, job: tuple[str, tuple[object, ...], int], timeout: float) -> tuple[str, Any]:
        """Send one job and wait for its answer (in a thread: the event loop never waits on a pipe)."""
        deadline = time.monotonic() + timeout
        try:
            self.stdin.write(_frame(job))
            self.stdin.flush()
            header = self._read(4, deadline, timeout)
            (size,) = struct.unpack(">I", header)
            data = self._read(size, deadline, timeout)
            answer: tuple[str, Any] = pickle.loads(data)  # noqa: S301 - from our own reader child, over its pipe
        except (EOFError, OSError, ValueError) as exc:
            raise ReadingCrashed(f"the reader process died (exit code {self.process.poll()}): {exc}") from None
        return answer

    def _read(self, size: int, deadline: float, timeout: float) -> bytes:
        fd = self.stdout.fileno()
        chunks: list[bytes] = []
        remaining = size
        while remaining:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise ReadingTimeout(f"reading took longer than {timeout:g} s")
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                raise EOFError("the reader's output closed")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self._close_pipes()

    def stop(self) -> None:
        try:
            self.stdin.close()  # the reader sees the end of its input and exits
            self.process.wait(2)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(5)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):  # a pipe the dead child already broke
                pipe.close()


class ReaderSlot(Protocol):
    """A reader held for one read."""

    async def read(
        self,
        raw: bytes,
        mail_from: str,
        sent: Sequence[SentFingerprint] = (),
        confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
    ) -> Reading: ...


class ReadingPool:
    """`size` reader processes (fresh interpreters: nothing shared with the parent).

    `slot(priority)` waits for a free reader, lowest priority value first: FRESH (0) for a new message from a
    sender with no failed read, SUSPECT (1) for one from a sender whose earlier message timed out or crashed its
    reader, RETRY (2) for another read of such a message. SUSPECT and RETRY reads never take the last free
    reader (with more than one): a stream of poison messages leaves one reader to everyone else.
    """

    def __init__(
        self,
        size: int,
        timeout: float,
        limits: Limits,
        trusted_authserv_id: str | None = None,
        *,
        function: str = READ_FUNCTION,
    ) -> None:
        if size < 1:
            raise ValueError("inbound_readers must be at least 1")
        if timeout <= 0:
            raise ValueError("inbound_read_timeout must be positive")
        self._size = size
        self._timeout = timeout
        self._limits = limits
        self._authserv_id = trusted_authserv_id
        self._function = function
        # One thread per reader for its pipe, plus one to start a replacement while the others keep reading.
        self._threads = ThreadPoolExecutor(max_workers=size + 1, thread_name_prefix="inbound-reader")
        self._free: list[_Reader] = []
        self._waiters: list[tuple[int, int, asyncio.Future[_Reader]]] = []
        self._order = itertools.count()
        self._all: set[_Reader] = set()
        self.replaced = 0

    async def start(self) -> None:
        await asyncio.gather(*(self._add() for _ in range(self._size)))

    async def _add(self) -> None:
        reader = await asyncio.get_running_loop().run_in_executor(self._threads, _Reader)
        self._all.add(reader)
        self._release(reader)

    def _release(self, reader: _Reader) -> None:
        self._free.append(reader)
        self._dispatch()

    def _eligible(self, priority: int) -> bool:
        return priority == FRESH or self._size == 1 or len(self._free) > 1

    def _dispatch(self) -> None:
        """Hand free readers to the waiters, lowest priority value first, as far as they are eligible."""
        self._waiters = [w for w in self._waiters if not w[2].done()]
        self._waiters.sort()
        index = 0
        while self._free and index < len(self._waiters):
            priority, _, waiter = self._waiters[index]
            if not self._eligible(priority):
                index += 1
                continue
            del self._waiters[index]
            waiter.set_result(self._free.pop())

    async def _acquire(self, priority: int) -> _Reader:
        waiter: asyncio.Future[_Reader] = asyncio.get_running_loop().create_future()
        self._waiters.append((priority, next(self._order), waiter))
        self._dispatch()
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._done(waiter.result())
            raise

    def _done(self, reader: _Reader | None) -> None:
        if reader is not None:
            self._release(reader)
        else:
            self._dispatch()

    @contextlib.asynccontextmanager
    async def slot(self, priority: int = FRESH) -> AsyncIterator[ReaderSlot]:
        """A free reader for one read."""
        reader = await self._acquire(priority)
        lease = _PoolSlot(self, reader)
        try:
            yield lease
        finally:
            self._done(lease.reader)

    async def read(
        self,
        raw: bytes,
        mail_from: str,
        priority: int = FRESH,
        sent: Sequence[SentFingerprint] = (),
        confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
    ) -> Reading:
        """The message read in a reader process; raises ReadingTimeout or ReadingCrashed."""
        async with self.slot(priority) as slot:
            return await slot.read(raw, mail_from, sent, confidence_bar)

    async def _exchange(
        self, slot: _PoolSlot, raw: bytes, mail_from: str, sent: Sequence[SentFingerprint], confidence_bar: float
    ) -> Reading:
        reader = slot.reader
        assert reader is not None, "one read per slot"
        loop = asyncio.get_running_loop()
        try:
            status, value = await loop.run_in_executor(
                self._threads,
                reader.exchange,
                (
                    self._function,
                    (raw, mail_from, self._limits, self._authserv_id, tuple(sent), confidence_bar),
                    math.ceil(self._timeout) + 2,
                ),
                self._timeout,
            )
        except ReadingFailed:
            slot.reader = None
            self._all.discard(reader)
            await loop.run_in_executor(self._threads, reader.kill)
            self.replaced += 1
            await self._add()
            raise
        except BaseException:
            # Cancelled mid-read (shutdown): the reader may still be busy; it is not reused.
            slot.reader = None
            self._all.discard(reader)
            reader.kill()
            raise
        if status != "ok":
            raise ReadingCrashed(f"the reader raised {value}")
        assert isinstance(value, Reading)
        return value

    async def close(self) -> None:
        readers, self._all = list(self._all), set()
        self._free = []
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._threads, r.stop) for r in readers), return_exceptions=True)
        self._threads.shutdown(wait=False, cancel_futures=True)


class _PoolSlot:
    def __init__(self, pool: ReadingPool, reader: _Reader) -> None:
        self._pool = pool
        self.reader: _Reader | None = reader

    async def read(
        self,
        raw: bytes,
        mail_from: str,
        sent: Sequence[SentFingerprint] = (),
        confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
    ) -> Reading:
        return await self._pool._exchange(self, raw, mail_from, sent, confidence_bar)


class InProcessReader:
    """Reading in this process, without a time limit (tools and tests that call the processor directly)."""

    def __init__(self, limits: Limits, trusted_authserv_id: str | None = None) -> None:
        self._limits = limits
        self._authserv_id = trusted_authserv_id

    @contextlib.asynccontextmanager
    async def slot(self, priority: int = 0) -> AsyncIterator[ReaderSlot]:
        yield self

    async def read(
        self,
        raw: bytes,
        mail_from: str,
        sent: Sequence[SentFingerprint] = (),
        confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
    ) -> Reading:
        return read_message(raw, mail_from, self._limits, self._authserv_id, sent, confidence_bar)


if __name__ == "__main__":
    # Run the module's own copy (not this __main__ one), so what is pickled back names inbound.reader.Reading.
    from inbound import reader  # noqa: PLW0406 - the importable copy, not __main__ (see above)

    reader.serve(sys.stdin.buffer, sys.stdout.buffer)
