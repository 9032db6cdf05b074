"""Checks made before anything starts: one stack per data dir, and every port it binds still free."""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
from collections.abc import Iterable
from pathlib import Path


class PreflightError(Exception):
    """The stack cannot start; the message is the one line shown to the user."""


class StackLock:
    """An fcntl lock on `<data_dir>/stack.lock` held for the stack's lifetime; the file holds the pid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise PreflightError(f"reinterview stack already running (pid {holder}, lock {self.path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        # The file stays: removing it would let a third copy lock a different inode than a second one.
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True when something already listens on (or holds) host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # SO_REUSEADDR as the servers themselves use it: TIME_WAIT leftovers of a previous run don't count.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def check_ports(ports: Iterable[tuple[int, str]]) -> None:
    """Raise PreflightError naming the first port (with what it is for) that is already taken."""
    for port, what in ports:
        if port_in_use(port):
            raise PreflightError(f"port {port} ({what}) is already in use")
