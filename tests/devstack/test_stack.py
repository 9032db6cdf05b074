"""`python -m devstack` as a person runs it: real Temporal dev server, PostgreSQL, SMTP sink, worker process,
reply gateway and HTTP service (signed links, codec server), sharing keys the stack creates under its data dir.

Every stack here gets a temp data dir and free ports through the REINTERVIEW_* environment, and (unless the
test is about the real worker) a stand-in worker through REINTERVIEW_DEVSTACK_WORKER_CMD.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import smtplib
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import asyncpg
import psutil
import pytest
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import IndexedValueType

from codec.aesgcm import AesGcmCodec
from codec.keys import load_local_codec_keys
from devstack.preflight import port_in_use
from inbound.tokens import KeyRing, load_or_create_signing_keys, reply_address
from service import release
from service.names import SEARCH_ATTRIBUTES
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TEMPORAL_CLI = Path(sys.executable).parent / "temporal"
READY = "reinterview stack is up"
STAND_IN_WORKER = shlex.join(
    [sys.executable, "-c", "import time; print('stand-in worker ready', flush=True); time.sleep(3600)"]
)


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass
class StackEnv:
    """Where one stack keeps its data and which ports it binds."""

    data_dir: Path
    frontend_port: int
    ui_port: int
    sink_port: int
    inbound_port: int
    http_port: int
    worker_cmd: str | None = STAND_IN_WORKER

    @classmethod
    def fresh(cls, data_dir: Path, worker_cmd: str | None = STAND_IN_WORKER) -> StackEnv:
        frontend, ui, sink, inbound, http = free_ports(5)
        return cls(data_dir, frontend, ui, sink, inbound, http, worker_cmd)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.frontend_port}"

    @property
    def ports(self) -> list[int]:
        return [self.frontend_port, self.ui_port, self.sink_port, self.inbound_port, self.http_port]

    def environ(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("REINTERVIEW_") and k != "DATABASE_URL"}
        env |= {
            "REINTERVIEW_DATA_DIR": str(self.data_dir),
            "REINTERVIEW_TEMPORAL_ADDRESS": self.address,
            "REINTERVIEW_TEMPORAL_UI_PORT": str(self.ui_port),
            "REINTERVIEW_SMTP_SINK_PORT": str(self.sink_port),
            "REINTERVIEW_INBOUND_PORT": str(self.inbound_port),
            "REINTERVIEW_HTTP_PORT": str(self.http_port),
        }
        if self.worker_cmd is not None:
            env["REINTERVIEW_DEVSTACK_WORKER_CMD"] = self.worker_cmd
        return env


class StackProcess:
    """`python -m devstack <args>` running in the background, its output collected line by line."""

    def __init__(self, env: StackEnv, *args: str) -> None:
        self.env = env
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "devstack", *args],
            cwd=ROOT,
            env=env.environ(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self._output_closed = False
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._output_closed = True
            self._changed.notify_all()

    @property
    def pid(self) -> int:
        return self.popen.pid

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        """The first output line containing `text`; fails with the output so far if it never comes."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines:
                    if text in line:
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._output_closed:
                    output = "\n".join(self.lines)
                    pytest.fail(f"no line with {text!r} (exit code {self.popen.poll()}); output:\n{output}")
                self._changed.wait(min(remaining, 0.5))

    def terminate(self, timeout: float = 45.0) -> int:
        """SIGTERM, as `kill` or a service manager would send; returns the exit code."""
        self.popen.send_signal(signal.SIGTERM)
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the stack did not stop within {timeout:.0f} s; output:\n{self.output}")

    def wait(self, timeout: float) -> int:
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the stack did not exit within {timeout:.0f} s; output:\n{self.output}")

    def kill_if_running(self) -> None:
        """Last resort for a failed test: no process of ours may outlive it."""
        if self.popen.poll() is not None:
            return
        leftovers = self.processes()
        self.popen.send_signal(signal.SIGTERM)
        try:
            self.popen.wait(45)
        except subprocess.TimeoutExpired:
            for process in leftovers:
                with contextlib.suppress(psutil.NoSuchProcess):
                    process.kill()
            self.popen.wait(10)

    def processes(self) -> list[psutil.Process]:
        """The stack and every process below it, plus the embedded PostgreSQL (which pg_ctl detaches)."""
        processes = [psutil.Process(self.pid), *psutil.Process(self.pid).children(recursive=True)]
        postmaster_pid = self.env.data_dir / "pg" / "postmaster.pid"
        if postmaster_pid.exists():
            postmaster = psutil.Process(int(postmaster_pid.read_text().split()[0]))
            processes += [postmaster, *postmaster.children(recursive=True)]
        return processes

    def dsn(self) -> str:
        match = re.search(r"PostgreSQL\s+(postgresql://\S+)", self.wait_for("postgresql://"))
        assert match, self.output
        return match.group(1)


def temporal_cli(env: StackEnv, *args: str) -> str:
    result = subprocess.run(
        [str(TEMPORAL_CLI), *args, "--address", env.address, "--output", "json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def still_alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=10)
    survivors = []
    for process in alive:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                survivors.append(process)
        except psutil.NoSuchProcess:
            pass
    return survivors


def start_stack(env: StackEnv, *args: str) -> StackProcess:
    stack = StackProcess(env, *(args or ("up",)))
    try:
        stack.wait_for(READY, timeout=60)
        stack.wait_for("Temporal log:", timeout=5)  # the banner's last line
    except BaseException:
        stack.kill_if_running()
        raise
    return stack


@contextlib.contextmanager
def temp_data_root() -> Iterator[Path]:
    # Not under pytest's basetemp: as root the embedded PostgreSQL runs as `pgserver` and must traverse the
    # path, and every pytest session (ours or a concurrent one) resets /tmp/pytest-of-<user> to mode 0700.
    root = Path(tempfile.mkdtemp(prefix="reinterview-devstack-"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def data_root() -> Iterator[Path]:
    with temp_data_root() as root:
        yield root


@pytest.fixture(scope="module")
def running_stack() -> Iterator[StackProcess]:
    """One stack shared by the tests that only look at it."""
    with temp_data_root() as root:
        stack = start_stack(StackEnv.fresh(root / "run"))
        yield stack
        try:
            assert stack.terminate() == 0, stack.output
        finally:
            stack.kill_if_running()


def test_ready_banner_says_where_everything_is(running_stack: StackProcess) -> None:
    env = running_stack.env
    output = running_stack.output
    assert f"Temporal Web UI    http://127.0.0.1:{env.ui_port}" in output
    assert f"Temporal frontend  {env.address}" in output
    assert f"SMTP sink          127.0.0.1:{env.sink_port}" in output
    assert f"mail saved to      {env.data_dir / 'mail'}" in output
    assert f"data dir           {env.data_dir}" in output
    assert f"reply gateway      127.0.0.1:{env.inbound_port}  (SMTP; replies to reply+TOKEN@" in output
    assert f"signed links       http://127.0.0.1:{env.http_port}" in output
    assert (
        f"codec server       http://127.0.0.1:{env.http_port}/codec  (bearer token in "
        f"{env.data_dir / 'codec-token'}; payloads encrypted with key id local-"
    ) in output
    assert running_stack.dsn().startswith("postgresql://")


def test_search_attributes_are_registered(running_stack: StackProcess) -> None:
    listed = json.loads(temporal_cli(running_stack.env, "operator", "search-attribute", "list"))
    expected = {
        key.name: IndexedValueType.Name(IndexedValueType.ValueType(key.indexed_value_type)) for key in SEARCH_ATTRIBUTES
    }
    assert {name: listed["customAttributes"].get(name) for name in expected} == expected


def test_new_runs_go_to_this_checkout_s_worker_version(running_stack: StackProcess) -> None:
    version = f"{release.DEPLOYMENT_NAME}.{release.BUILD_ID}"
    assert f"worker versioning: new runs start on {version} (pinned)" in running_stack.output
    assert re.search(rf"worker +pid \d+: .*  \(version {re.escape(version)}\)", running_stack.output)
    described = json.loads(
        temporal_cli(running_stack.env, "worker", "deployment", "describe", "--name", release.DEPLOYMENT_NAME)
    )
    routing = described["routingConfig"]
    current = (routing["currentVersionDeploymentName"], routing["currentVersionBuildID"])
    assert current == (release.DEPLOYMENT_NAME, release.BUILD_ID), described


def test_web_ui_answers_http(running_stack: StackProcess) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"http://127.0.0.1:{running_stack.env.ui_port}/", timeout=10) as response:
        assert response.status == 200


def test_mail_sent_to_the_sink_is_saved_as_eml(running_stack: StackProcess) -> None:
    env = running_stack.env
    subject = f"devstack probe {uuid.uuid4().hex}"
    message = EmailMessage()
    message["From"] = "reinterview@hr.example.com"
    message["To"] = "candidate@example.com"
    message["Subject"] = subject
    message.set_content("hello from the devstack test")
    with smtplib.SMTP("127.0.0.1", env.sink_port, timeout=10) as smtp:
        smtp.send_message(message)

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if any(subject in eml.read_text(errors="replace") for eml in (env.data_dir / "mail").glob("*.eml")):
            return
        time.sleep(0.1)
    pytest.fail(f"no .eml with subject {subject!r} under {env.data_dir / 'mail'}")


def test_worker_output_is_passed_through_with_a_prefix(running_stack: StackProcess) -> None:
    assert running_stack.wait_for("worker | ", timeout=10) == "worker | stand-in worker ready"


def test_the_reply_gateway_takes_reply_addresses_and_keeps_what_it_cannot_use(running_stack: StackProcess) -> None:
    env = running_stack.env
    # A reply address signed with the stack's own key, for a run that does not exist.
    stack_settings = load_or_create_signing_keys(Settings(data_dir=env.data_dir, signing_keys={}))
    signed = reply_address(stack_settings, KeyRing.from_settings(stack_settings), str(uuid.uuid4()), datetime.now(UTC))
    message = EmailMessage()
    message["From"] = "candidate@example.com"
    message["To"] = signed
    message["Subject"] = "Re: invitation"
    message["Message-ID"] = f"<devstack-{uuid.uuid4().hex}@example.com>"
    message.set_content("确认参加")
    with smtplib.SMTP("127.0.0.1", env.inbound_port, timeout=10) as smtp:
        smtp.ehlo("devstack-test")
        smtp.mail("candidate@example.com")
        assert smtp.rcpt("hr@hr.example.com")[0] == 550, "only signed reply+TOKEN@<reply domain> is accepted"
        assert smtp.rcpt("reply+kbogus.notatoken@reply.hr.example.com")[0] == 550, "an unsigned token is refused"
        smtp.rset()
        refused = smtp.send_message(message)
    assert refused == {}

    # `starter.py mail dead-letters` against the stack's database shows it, with the reason.
    command = [sys.executable, "starter.py", "mail", "dead-letters", "--json"]
    environ = env.environ() | {"DATABASE_URL": running_stack.dsn()}
    deadline = time.monotonic() + 15
    while True:
        listed = subprocess.run(command, check=False, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60)
        assert listed.returncode == 0, listed.stderr
        found = [d for d in json.loads(listed.stdout) if d["message_id"] == message["Message-ID"]]
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert [(d["reason"], d["mail_from"]) for d in found] == [("unknown_invitation", "candidate@example.com")]


def test_every_part_shares_the_codec_keys_and_the_web_ui_decodes_through_the_http_service(
    running_stack: StackProcess,
) -> None:
    env = running_stack.env
    for secret in ("codec-keys.json", "codec-token", "signing-keys.json"):
        assert stat.S_IMODE((env.data_dir / secret).stat().st_mode) == 0o600, secret
    token = (env.data_dir / "codec-token").read_text().strip()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"http://127.0.0.1:{env.ui_port}/api/v1/settings", timeout=10) as response:
        endpoint = json.load(response)["Codec"]["Endpoint"]
    assert endpoint == f"http://127.0.0.1:{env.http_port}/codec/{token}"

    # What a process of the stack encrypts (it reads the same keys from the data dir) the UI can read.
    keys = load_local_codec_keys(Settings(data_dir=env.data_dir, codec_keys={}, codec_token=None))
    plain = Payload(metadata={"encoding": b"json/plain"}, data=json.dumps("王五").encode())
    sealed = asyncio.run(AesGcmCodec.from_settings(keys).encode([plain]))
    body = json.dumps({"payloads": [json_format.MessageToDict(p) for p in sealed]}).encode()
    ui_origin = f"http://127.0.0.1:{env.ui_port}"
    request = urllib.request.Request(
        f"{endpoint}/decode",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Origin": ui_origin, "X-Namespace": "default"},
    )
    with opener.open(request, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == ui_origin
        decoded = json.load(response)["payloads"][0]
    assert json.loads(base64.b64decode(decoded["data"])) == "王五"

    no_token = urllib.request.Request(
        f"http://127.0.0.1:{env.http_port}/codec/decode",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        opener.open(no_token, timeout=10)
    assert refused.value.code == 401


def _payload_encodings(node: object, under: str = "") -> list[tuple[str, str]]:
    """(path, decoded encoding) of every payload in a `temporal workflow show --output json` document."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        metadata = node.get("metadata")
        if isinstance(metadata, dict) and "encoding" in metadata:
            found.append((under, base64.b64decode(metadata["encoding"]).decode()))
        for key, value in node.items():
            found += _payload_encodings(value, f"{under}.{key}")
    elif isinstance(node, list):
        for value in node:
            found += _payload_encodings(value, under)
    return found


def test_starter_uses_the_stacks_codec_keys(running_stack: StackProcess) -> None:
    env = running_stack.env
    job, candidate = f"job-probe-{uuid.uuid4().hex[:8]}", "cand-probe"
    started = subprocess.run(
        [
            sys.executable,
            "starter.py",
            "trigger",
            "--job",
            job,
            "--candidate",
            candidate,
            "--kind",
            "manual",
            "--reason",
            "devstack probe by 王五",
        ],
        check=False,
        cwd=ROOT,
        env=env.environ(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    workflow_id = f"reinterview-{job}-{candidate}"
    try:
        shown = temporal_cli(env, "workflow", "show", "--workflow-id", workflow_id)
        encodings = [
            (path, enc) for path, enc in _payload_encodings(json.loads(shown)) if "searchAttributes" not in path
        ]
        assert encodings, shown
        assert {enc for _, enc in encodings} == {"binary/encrypted"}, encodings
        assert "devstack probe" not in shown and "王五" not in shown
    finally:
        temporal_cli(env, "workflow", "terminate", "--workflow-id", workflow_id, "--reason", "test over")


def test_a_second_copy_on_the_same_data_dir_refuses_in_one_line(running_stack: StackProcess) -> None:
    env = running_stack.env
    second = subprocess.run(
        [sys.executable, "-m", "devstack", "up"],
        check=False,
        cwd=ROOT,
        env=env.environ(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 2
    assert (second.stdout + second.stderr).splitlines() == [
        f"reinterview stack already running (pid {running_stack.pid}, lock {env.data_dir / 'stack.lock'})"
    ]


@pytest.mark.parametrize(
    "role", ["Temporal frontend", "Temporal Web UI", "SMTP sink", "reply gateway", "HTTP links and codec server"]
)
def test_a_port_in_use_is_named_in_one_line(data_root: Path, role: str) -> None:
    env = StackEnv.fresh(data_root / "run")
    port = {
        "Temporal frontend": env.frontend_port,
        "Temporal Web UI": env.ui_port,
        "SMTP sink": env.sink_port,
        "reply gateway": env.inbound_port,
        "HTTP links and codec server": env.http_port,
    }[role]
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        refused = subprocess.run(
            [sys.executable, "-m", "devstack", "up"],
            check=False,
            cwd=ROOT,
            env=env.environ(),
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert refused.returncode == 2
    assert (refused.stdout + refused.stderr).splitlines() == [f"port {port} ({role}) is already in use"]
    assert not (env.data_dir / "temporal.db").exists()
    assert not (env.data_dir / "codec-keys.json").exists(), "a refused start creates no keys"


async def _write_probe_row(dsn: str, probe_id: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CREATE TABLE IF NOT EXISTS devstack_probe (probe_id text PRIMARY KEY)")
        await conn.execute("INSERT INTO devstack_probe VALUES ($1)", probe_id)
    finally:
        await conn.close()


async def _read_probe_rows(dsn: str) -> tuple[list[str], int]:
    conn = await asyncpg.connect(dsn)
    try:
        probes = [row["probe_id"] for row in await conn.fetch("SELECT probe_id FROM devstack_probe")]
        migrations = await conn.fetchval("SELECT count(*) FROM schema_migrations")
        return probes, migrations
    finally:
        await conn.close()


def test_sigterm_stops_every_process_and_a_restart_resumes_the_data(data_root: Path) -> None:
    env = StackEnv.fresh(data_root / "run")
    probe_id = f"devstack-probe-{uuid.uuid4().hex}"

    first = start_stack(env)
    try:
        processes = first.processes()
        assert len(processes) >= 6, (
            "expected the stack, the Temporal server, the worker, the reply gateway, the HTTP service and PostgreSQL"
        )
        keys = (env.data_dir / "codec-keys.json").read_bytes()
        temporal_cli(
            env, "workflow", "start", "--type", "DevstackProbe", "--task-queue", probe_id, "--workflow-id", probe_id
        )
        asyncio.run(_write_probe_row(first.dsn(), probe_id))
        assert first.terminate() == 0, first.output
    finally:
        first.kill_if_running()

    assert still_alive(processes) == []
    assert [port for port in env.ports if port_in_use(port)] == []
    assert "reinterview stack stopped; data kept in" in first.output

    second = start_stack(env)
    try:
        described = json.loads(temporal_cli(env, "workflow", "describe", "--workflow-id", probe_id))
        assert described["workflowExecutionInfo"]["status"] == "WORKFLOW_EXECUTION_STATUS_RUNNING"
        probes, migrations = asyncio.run(_read_probe_rows(second.dsn()))
        assert probes == [probe_id]
        assert migrations >= 1
        assert (env.data_dir / "codec-keys.json").read_bytes() == keys, "the key made on the first start is kept"
        processes = second.processes()
        assert second.terminate() == 0, second.output
    finally:
        second.kill_if_running()
    assert still_alive(processes) == []


def test_a_worker_that_dies_stops_the_stack_and_fails(data_root: Path) -> None:
    env = StackEnv.fresh(data_root / "run", worker_cmd=shlex.join([sys.executable, "-c", "raise SystemExit(3)"]))
    stack = StackProcess(env, "up")
    try:
        assert stack.wait(60) == 1, stack.output
    finally:
        stack.kill_if_running()
    assert "worker exited unexpectedly with code 3; stopping the stack" in stack.output
    assert [port for port in env.ports if port_in_use(port)] == []


def test_demo_with_exit_runs_the_demo_and_stops(data_root: Path) -> None:
    """`make demo` end to end with the real worker; the longest test here, as the demo waits out its timers."""
    env = StackEnv.fresh(data_root / "run", worker_cmd=None)  # the real worker.py
    demo = StackProcess(env, "demo", "--exit")
    try:
        code = demo.wait(240)
    finally:
        demo.kill_if_running()
    assert code == 0, demo.output
    assert "demo: finished" in demo.output
    assert [port for port in env.ports if port_in_use(port)] == []
    scenarios = json.loads((ROOT / "data" / "demo_scenarios.json").read_text(encoding="utf-8"))
    summary = demo.output.split("==== demo summary ====", 1)[1]
    assert summary.count("✓ cand-") == len(scenarios), summary

    # Candidates answered by real reply emails, each turned into a signal by the reply gateway.
    replied = [line for line in demo.output.splitlines() if "replied by email to reply+" in line]
    answering = {s["candidate_id"] for s in scenarios if s.get("reply")}
    assert {line.split("]")[0].lstrip("[") for line in replied} == answering, replied
    assert all("→ reply gateway: inbound #" in line and " signalled (" in line for line in replied), replied

    # Encrypted at rest: Temporal's own database holds the runs but no name, email or comment in any form.
    stored = b"".join(path.read_bytes() for path in env.data_dir.glob("temporal.db*"))
    assert b"reinterview-job-ecom-support-cand-001" in stored and b"binary/encrypted" in stored
    archive = json.loads((ROOT / "data" / "demo.json").read_text(encoding="utf-8"))
    personal = [p[field] for p in archive["candidates"] + archive["interviewers"] for field in ("name", "email")]
    personal += [s["result"]["comments"] for s in scenarios if s.get("result") and s["result"].get("comments")]
    for text in personal:
        for form in (text.encode(), text.encode("unicode_escape"), json.dumps(text).encode()):
            assert form not in stored, f"{text!r} readable in {env.data_dir / 'temporal.db'}"
