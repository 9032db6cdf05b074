"""The real processes the fault tests break: the worker (`python worker.py`), an SMTP sink that can pull the
trigger on the worker, a restartable embedded PostgreSQL and a restartable file-backed Temporal dev server."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from devstack.postgres import EmbeddedPostgres, start_embedded_postgres
from devstack.processes import ChildProcess
from devstack.temporal_server import start_dev_server
from mail.sink import MailSink
from tests.fixtures.smtp import free_port

ROOT = Path(__file__).resolve().parents[2]
WORKER_READY = "worker polling task queue"


class WorkerProcess:
    """`python worker.py` as a person (or systemd) runs it, configured only through its environment."""

    def __init__(
        self,
        *,
        temporal_address: str,
        task_queue: str,
        database_url: str,
        smtp_port: int,
        data_dir: Path,
        log_dir: Path,
    ) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("REINTERVIEW_") and k != "DATABASE_URL"}
        self.env |= {
            "REINTERVIEW_TEMPORAL_ADDRESS": temporal_address,
            "REINTERVIEW_TASK_QUEUE": task_queue,
            "DATABASE_URL": database_url,
            "REINTERVIEW_SMTP_HOST": "127.0.0.1",
            "REINTERVIEW_SMTP_PORT": str(smtp_port),
            "REINTERVIEW_DATA_DIR": str(data_dir),
            # Never the fixed defaults: the lead may be running the stack on this machine.
            "REINTERVIEW_HTTP_PORT": str(free_port()),
            "REINTERVIEW_INBOUND_PORT": str(free_port()),
            "PYTHONUNBUFFERED": "1",
        }
        self.log_dir = log_dir
        self.generation = 0
        self._popen: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None
        self.kills = 0

    @property
    def pid(self) -> int | None:
        return self._popen.pid if self._popen is not None else None

    @property
    def running(self) -> bool:
        return self._popen is not None and self._popen.poll() is None

    async def start(self, timeout: float = 45.0) -> None:
        """Start a fresh worker process and wait until it polls the task queue."""
        assert not self.running, "a worker of this test is already running"
        self.generation += 1
        self._log_path = self.log_dir / f"worker-{self.generation}.log"
        with self._log_path.open("wb") as log:
            self._popen = subprocess.Popen(
                [sys.executable, "worker.py"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while WORKER_READY not in self.log():
            if self._popen.poll() is not None:
                raise AssertionError(f"worker exited with {self._popen.returncode}:\n{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"worker not ready within {timeout:.0f} s:\n{self.log()[-3000:]}")
            await asyncio.sleep(0.1)

    def kill(self) -> None:
        """kill -9: no shutdown hook, no activity completion, no goodbye to Temporal. Safe from any thread."""
        if self._popen is not None and self._popen.poll() is None:
            os.kill(self._popen.pid, signal.SIGKILL)
            self.kills += 1

    async def wait_dead(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self._popen is not None and self._popen.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError("the worker did not die")
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        """SIGTERM (graceful), SIGKILL after 10 s; also the test's last-resort cleanup."""
        if self._popen is None or self._popen.poll() is not None:
            return
        self._popen.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        while self._popen.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._popen.pid, signal.SIGKILL)
        self._popen.wait()

    def log(self) -> str:
        if self._log_path is None or not self._log_path.exists():
            return ""
        return self._log_path.read_text(errors="replace")

    def logs(self) -> str:
        """Every generation's output, for a failing test's message."""
        parts = []
        for path in sorted(self.log_dir.glob("worker-*.log")):
            parts.append(f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)


@dataclass(frozen=True)
class Arrival:
    """One message as the sink got it: when (wall clock, comparable with PostgreSQL's now()) and its Message-ID."""

    at: float
    message_id: str
    rcpt_tos: tuple[str, ...]


class FaultSink(MailSink):
    """The test SMTP server: records every arrival and can run a hook (e.g. kill -9 the worker) on the Nth one.

    The hook runs inside aiosmtpd's DATA handler, after the message is stored and before the `250` goes back:
    the server has accepted the message, the client (the activity) never learns it. That is SMTP's window.
    """

    def __init__(self, mail_dir: Path | None = None) -> None:
        super().__init__("127.0.0.1", free_port(), mail_dir=mail_dir)
        self.arrivals: list[Arrival] = []
        self.hooks: dict[int, Callable[[Arrival], None]] = {}
        self._arrivals_lock = threading.Lock()

    def on_message(self, n: int, hook: Callable[[Arrival], None]) -> None:
        """Run `hook` when the sink stores its `n`th message (1-based, counting from the sink's creation)."""
        self.hooks[n] = hook

    def _keep(self, mail_from: str, rcpt_tos: tuple[str, ...], raw: bytes) -> None:
        super()._keep(mail_from, rcpt_tos, raw)
        message = self.received[-1].message
        arrival = Arrival(time.time(), str(message["Message-ID"]), rcpt_tos)
        with self._arrivals_lock:
            self.arrivals.append(arrival)
            n = len(self.arrivals)
        hook = self.hooks.pop(n, None)
        if hook is not None:
            hook(arrival)

    @property
    def running(self) -> bool:
        return self._controller is not None


class RestartablePostgres:
    """An embedded PostgreSQL of the test's own (the session's server stays untouched), stopped and started."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.server: EmbeddedPostgres = start_embedded_postgres(data_dir)
        self.dsn = self.server.dsn

    def stop(self) -> None:
        """`pg_ctl stop` (fast): every client connection is cut, like a database failover or a restart."""
        self.server.stop()

    def start(self) -> None:
        pg = self.server._server
        with pg._lock:
            pg.ensure_postgres_running()
        assert self.server.dsn == self.dsn, "the restarted server must answer on the same DSN"

    def log_tail(self, lines: int = 30) -> str:
        log = self.data_dir / "log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else "(no log)"


class TemporalDevServer:
    """`temporal server start-dev` with its SQLite file under `data_dir`, killed and restarted on the same port."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.frontend_port = free_port()
        self.ui_port = free_port()
        self.process: ChildProcess | None = None
        self.starts = 0

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.frontend_port}"

    async def start(self) -> None:
        spawned: list[ChildProcess] = []
        try:
            self.process = await start_dev_server(
                frontend_port=self.frontend_port,
                ui_port=self.ui_port,
                namespace="default",
                data_dir=self.data_dir,
                on_spawn=spawned,
            )
        except BaseException:
            for child in spawned:
                await child.stop(2)
            raise
        self.starts += 1

    async def kill(self) -> None:
        """kill -9 the whole server process group: whatever it had not written to SQLite is gone."""
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        await self.process.wait()
        self.process = None

    async def stop(self) -> None:
        if self.process is not None:
            await self.process.stop(10)
            self.process = None
