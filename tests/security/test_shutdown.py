"""Stopping cleanly: worker, reply gateway and HTTP service exit within their graceful-shutdown setting plus a few
seconds after SIGTERM, whatever their Temporal server does (gone, or frozen mid-connection)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devstack.temporal_server import dev_server_command
from service.shutdown import FORCED_EXIT_CODE, SHUTDOWN_MARGIN_SECONDS
from tests.fixtures.smtp import free_port

ROOT = Path(__file__).resolve().parents[2]
GRACE_SECONDS = 2
# Starting a Python process and scheduling it on a loaded 2-core machine; not part of what is promised.
SCHEDULING_SLACK_SECONDS = 3.0


class DevServer:
    """`temporal server start-dev` on free ports, which a test can kill or freeze (SIGSTOP)."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        command = dev_server_command(
            frontend_port=self.port, ui_port=free_port(), namespace="default", data_dir=data_dir
        )
        self.log = data_dir / "temporal.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=data_dir)
        wait_for_port(self.port, 60, what="the dev server")

    def go_away(self, how: str) -> None:
        if how == "killed":
            self.proc.kill()
            self.proc.wait(10)
        else:  # frozen: connections stay open and nothing answers
            self.proc.send_signal(signal.SIGSTOP)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.kill()
            self.proc.wait(10)


def wait_for_port(port: int, timeout: float, *, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{what} did not listen on {port} within {timeout} s")


@pytest.fixture
def dev_server(tmp_path: Path) -> Iterator[DevServer]:
    server = DevServer(tmp_path)
    try:
        yield server
    finally:
        server.close()


def service_env(server: DevServer, dsn: str, data_dir: Path) -> dict[str, str]:
    return os.environ | {
        "REINTERVIEW_TEMPORAL_ADDRESS": f"127.0.0.1:{server.port}",
        "REINTERVIEW_TASK_QUEUE": f"tq-shutdown-{server.port}",
        "DATABASE_URL": dsn,
        "REINTERVIEW_DATA_DIR": str(data_dir),
        "REINTERVIEW_SMTP_PORT": str(free_port()),
        "REINTERVIEW_INBOUND_PORT": str(free_port()),
        "REINTERVIEW_HTTP_PORT": str(free_port()),
        "REINTERVIEW_WORKER_GRACEFUL_SHUTDOWN": f"PT{GRACE_SECONDS}S",
        "REINTERVIEW_GRACEFUL_SHUTDOWN": f"PT{GRACE_SECONDS}S",
        "PYTHONUNBUFFERED": "1",
    }


def start(argv: list[str], env: dict[str, str], log: Path, ready: str, port: int | None) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        text = log.read_text(errors="replace")
        if ready in text and (port is None or _listening(port)):
            return proc
        assert proc.poll() is None, f"{argv} exited with {proc.returncode}:\n{text}"
        assert time.monotonic() < deadline, f"{argv} not ready within 60 s:\n{text}"
        time.sleep(0.1)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


SERVICES = {
    # name: (argv, the log line that says it is up, the env var of the port it listens on)
    "worker": ([sys.executable, "worker.py"], "worker polling task queue", None),
    "gateway": ([sys.executable, "-m", "inbound"], "reply gateway listening", "REINTERVIEW_INBOUND_PORT"),
    "web": ([sys.executable, "-m", "web"], "signed links served", "REINTERVIEW_HTTP_PORT"),
}


@pytest.mark.parametrize("how", ["killed", "frozen"])
@pytest.mark.parametrize("service", sorted(SERVICES))
def test_sigterm_exits_within_the_grace_period_when_temporal_is_gone(
    service: str, how: str, dev_server: DevServer, db_dsn: str, tmp_path: Path
) -> None:
    argv, ready, port_var = SERVICES[service]
    env = service_env(dev_server, db_dsn, tmp_path / "data")
    log = tmp_path / f"{service}.log"
    proc = start(argv, env, log, ready, int(env[port_var]) if port_var else None)
    try:
        dev_server.go_away(how)
        time.sleep(1)  # the process notices (or not) that its server is gone
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        limit = GRACE_SECONDS + SHUTDOWN_MARGIN_SECONDS + SCHEDULING_SLACK_SECONDS
        try:
            code = proc.wait(timeout=limit + 30)
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"{service} still running {limit + 30:.0f} s after SIGTERM:\n{log.read_text()}"
            ) from None
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    output = log.read_text(errors="replace")
    assert took <= limit, f"{service} took {took:.1f} s to exit (limit {limit:.0f} s):\n{output}"
    assert code in (0, FORCED_EXIT_CODE), output
    if code == FORCED_EXIT_CODE:
        assert "after SIGTERM: exiting now" in output, output


def test_with_temporal_up_the_worker_stops_cleanly_and_promptly(
    dev_server: DevServer, db_dsn: str, tmp_path: Path
) -> None:
    argv, ready, _ = SERVICES["worker"]
    log = tmp_path / "worker.log"
    proc = start(argv, service_env(dev_server, db_dsn, tmp_path / "data"), log, ready, None)
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=60)
    took = time.monotonic() - sent
    assert code == 0, log.read_text()
    assert took <= GRACE_SECONDS + SHUTDOWN_MARGIN_SECONDS + SCHEDULING_SLACK_SECONDS
    assert "exiting now" not in log.read_text()


def test_a_second_signal_while_stopping_exits_at_once(tmp_path: Path) -> None:
    """The watchdog itself: a process stuck while stopping leaves on its deadline, or at once on a second signal."""
    script = (
        "import asyncio, logging, sys\n"
        "from service.shutdown import stop_on_signals\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "async def main():\n"
        "    stop = stop_on_signals(exit_after=float(sys.argv[1]))\n"
        "    print('ready', flush=True)\n"
        "    await stop.wait()\n"
        "    await asyncio.sleep(3600)  # stuck while stopping\n"
        "asyncio.run(main())\n"
    )
    for exit_after, second_signal, bound in ((1.0, False, 1.0 + SCHEDULING_SLACK_SECONDS), (60.0, True, 3.0)):
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(exit_after)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        if second_signal:
            time.sleep(0.3)
            proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
        took = time.monotonic() - sent
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        assert code == FORCED_EXIT_CODE and took <= bound, (took, stderr)
        assert ("again while stopping" if second_signal else "still running 1 s after SIGTERM") in stderr
