"""The embedded stack: Temporal dev server, PostgreSQL, SMTP sink, the worker, the reply gateway and the HTTP
service (signed links, codec server), started and stopped in order.

Environment (besides the `REINTERVIEW_*` settings and `DATABASE_URL`):

`REINTERVIEW_DEVSTACK_WORKER_CMD`
    The worker command line, split like a shell would (`shlex.split`); run from the project root.
    Unset means `<this python> worker.py`; an empty value runs the stack without a worker.
    Tests point it at a stand-in such as `python -c "import time; time.sleep(3600)"`.

The worker is versioned (`REINTERVIEW_WORKER_VERSIONING`, default on here): as soon as the Temporal server is
up, the stack makes this checkout's version (`service/release.py`) current, so new runs start on it and stay on it.

Everything lives under `settings.data_dir` (`.run/` by default) and is kept on shutdown, so the next start
resumes: `temporal.db` (Temporal's SQLite store), `pg/` (embedded PostgreSQL), `mail/` (every message the
sink received, one `.eml` each), `temporal.log` (the dev server's log for the current run), `stack.lock`,
and the local secrets `with_local_keys` creates once (mode 0600): `signing-keys.json` (reply addresses, links),
`codec-keys.json` (payload encryption) and `codec-token` (the codec server's bearer token). Keys given in the
environment win; nothing but the embedded stack ever creates keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shlex
import signal
import sys
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from codec.keys import TOKEN_FILE, load_or_create_codec_keys
from codec.server import ui_codec_endpoint
from devstack.processes import ChildProcess
from devstack.temporal_server import LOG_NAME, TemporalServerError, start_dev_server
from inbound.tokens import load_or_create_signing_keys
from service.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WORKER_CMD_ENV = "REINTERVIEW_DEVSTACK_WORKER_CMD"
DEMO_FILE = PROJECT_ROOT / "data" / "demo.json"
LOCK_NAME = "stack.lock"
WORKER_GRACE_SECONDS = 10.0
TEMPORAL_GRACE_SECONDS = 15.0
# The gateway waits up to 10 s for replies being processed; what is left stays queued in PostgreSQL.
GATEWAY_GRACE_SECONDS = 15.0
WEB_GRACE_SECONDS = 10.0
LISTEN_TIMEOUT_SECONDS = 60.0


class StartupError(Exception):
    """A part of the stack could not start; the message says which and why."""


def frontend_port(settings: Settings) -> int:
    """The port of `temporal_address` (host:port); the embedded server always listens on 127.0.0.1."""
    _, _, port = settings.temporal_address.rpartition(":")
    try:
        return int(port)
    except ValueError:
        raise StartupError(f"REINTERVIEW_TEMPORAL_ADDRESS {settings.temporal_address!r} has no port") from None


def stack_ports(settings: Settings) -> list[tuple[int, str]]:
    """Every port the stack binds, with what it is for (checked before anything starts)."""
    return [
        (frontend_port(settings), "Temporal frontend"),
        (settings.temporal_ui_port, "Temporal Web UI"),
        (settings.smtp_sink_port, "SMTP sink"),
        (settings.inbound_port, "reply gateway"),
        (settings.http_port, "HTTP links and codec server"),
    ]


def with_local_keys(settings: Settings) -> Settings:
    """The settings the embedded stack runs with: signing and codec keys and the codec token from the
    environment, else created once under the data dir; links and the codec's CORS origin on this stack's ports
    unless set explicitly."""
    settings = load_or_create_codec_keys(load_or_create_signing_keys(settings))
    derived: dict[str, object] = {}
    if "public_base_url" not in settings.model_fields_set:
        derived["public_base_url"] = f"http://127.0.0.1:{settings.http_port}"
    if "codec_cors_origin" not in settings.model_fields_set:
        derived["codec_cors_origin"] = settings.temporal_ui_url
    return settings.model_copy(update=derived) if derived else settings


def loopback_for(host: str) -> str:
    """Where to reach a server bound to `host` from this machine (a wildcard bind answers on 127.0.0.1)."""
    return "127.0.0.1" if host in ("", "0.0.0.0", "::") else host


def worker_command() -> list[str]:
    raw = os.environ.get(WORKER_CMD_ENV)
    if raw is None:
        return [sys.executable, "worker.py"]
    return shlex.split(raw)


def masked_dsn(dsn: str) -> str:
    """The DSN as shown to people: a password, if any, replaced by ***."""
    parts = urlsplit(dsn)
    if not parts.password:
        return dsn
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def say(line: str) -> None:
    print(line, flush=True)


class Stack:
    """One run of the stack; `run()` returns the process exit code."""

    def __init__(self, settings: Settings, *, demo: bool = False, exit_after_demo: bool = False) -> None:
        self.settings = settings
        self.demo = demo
        self.exit_after_demo = exit_after_demo
        self.data_dir = settings.data_dir.absolute()
        self.frontend_port = frontend_port(settings)
        # The stack's worker is versioned unless REINTERVIEW_WORKER_VERSIONING says otherwise.
        self.worker_versioning = (
            settings.worker_versioning if "worker_versioning" in settings.model_fields_set else True
        )
        self.dsn = ""
        self.embedded_postgres = False
        self.pool: Any = None
        self.children: list[ChildProcess] = []
        self.worker: ChildProcess | None = None
        self.exit_code = 0
        self._watchers: list[asyncio.Task[None]] = []
        self._stop = asyncio.Event()
        self._cleanup = contextlib.AsyncExitStack()

    # -- lifecycle -------------------------------------------------------------------------------------

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            loop.add_signal_handler(sig, self._on_signal, sig)
        try:
            async with self._cleanup:
                return await self._run_until_stopped()
        finally:
            say(f"reinterview stack stopped; data kept in {self.data_dir}")

    async def _run_until_stopped(self) -> int:
        say(f"starting the reinterview stack in {self.data_dir}")
        startup = asyncio.create_task(self._start(), name="startup")
        if not await self._until_stop_or(startup):
            return self.exit_code
        try:
            startup.result()
        except StartupError as error:
            print(f"reinterview stack failed to start: {error}", file=sys.stderr, flush=True)
            return 1
        except Exception as error:
            traceback.print_exc()
            print(f"reinterview stack failed to start: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
            return 1
        self._watchers = [
            asyncio.create_task(self._watch(child), name=f"watch-{child.name}") for child in self.children
        ]
        self._print_ready()

        if self.demo:
            demo = asyncio.create_task(self._run_demo(), name="demo")
            if not await self._until_stop_or(demo):
                return self.exit_code
            succeeded = demo.result()
            if self.exit_after_demo:
                return 0 if succeeded else 1
            outcome = "done" if succeeded else "failed"
            say(f"demo {outcome}; the stack stays up so you can look around — press Ctrl-C to stop")

        await self._stop.wait()
        return self.exit_code

    async def _until_stop_or(self, task: asyncio.Task[Any]) -> bool:
        """Wait for `task` or a stop request; on a stop request cancel the task and return False."""
        stop_wait = asyncio.create_task(self._stop.wait())
        await asyncio.wait({task, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            stop_wait.cancel()
            return True
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        return False

    def _on_signal(self, sig: signal.Signals) -> None:
        if self._stop.is_set():
            say(f"{sig.name}: already stopping (children that hang are killed after their grace period)")
            return
        say(f"{sig.name}: stopping the reinterview stack")
        self._stop.set()

    async def _watch(self, child: ChildProcess) -> None:
        code = await child.wait()
        if not child.stopping and not self._stop.is_set():
            say(f"{child.name} exited unexpectedly with code {code}; stopping the stack")
            self.exit_code = 1
            self._stop.set()

    # -- startup ---------------------------------------------------------------------------------------

    async def _start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(self._start_temporal())
                group.create_task(self._start_postgres())
        except BaseExceptionGroup as failures:
            raise _first_startup_error(failures) from None
        await self._route_new_runs()
        await self._start_mail_sink()
        await self._start_worker()
        # Front doors last, so they are stopped first; both are up (listening) before the stack says it is ready.
        gateway = await self._spawn_service("reply gateway", "inbound", "gateway | ", GATEWAY_GRACE_SECONDS)
        web_service = await self._spawn_service("HTTP service", "web", "web | ", WEB_GRACE_SECONDS)
        s = self.settings
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(self._until_listening(gateway, s.inbound_host, s.inbound_port))
                group.create_task(self._until_listening(web_service, s.http_host, s.http_port))
        except BaseExceptionGroup as failures:
            raise _first_startup_error(failures) from None

    async def _start_temporal(self) -> None:
        spawned: list[ChildProcess] = []
        try:
            await start_dev_server(
                frontend_port=self.frontend_port,
                ui_port=self.settings.temporal_ui_port,
                namespace=self.settings.temporal_namespace,
                data_dir=self.data_dir,
                on_spawn=spawned,
                ui_codec_endpoint=self._ui_codec_endpoint(),
            )
        except TemporalServerError as error:
            raise StartupError(str(error)) from None
        finally:
            for server in spawned:
                self.children.append(server)
                self._on_cleanup(f"stopping {server.name}", server.stop, TEMPORAL_GRACE_SECONDS)
        say(f"Temporal dev server ready on 127.0.0.1:{self.frontend_port}")

    async def _route_new_runs(self) -> None:
        """New runs go to this checkout's worker version, which pins them (unversioned workers if versioning is off).

        Set before the worker starts (`allow_no_pollers`): a run started in between waits for the worker.
        """
        from temporalio.client import Client
        from temporalio.service import RPCError

        from service.deployments import DeploymentError, describe_deployment, set_current, worker_version

        s = self.settings
        try:
            client = await Client.connect(f"127.0.0.1:{self.frontend_port}", namespace=s.temporal_namespace)
            if self.worker_versioning:
                version = worker_version(s)
                previous = await set_current(client, version, allow_no_pollers=True)
                say(
                    f"worker versioning: new runs start on {version.to_canonical_string()} (pinned)"
                    + (f", was {s.worker_deployment_name}.{previous}" if previous else "")
                )
            elif (state := await describe_deployment(client, s.worker_deployment_name)) and state.current:
                await set_current(client, None, deployment=s.worker_deployment_name)
                say(f"worker versioning off: new runs start on unversioned workers, was {state.current}")
            state = await describe_deployment(client, s.worker_deployment_name)
        except (DeploymentError, RPCError, RuntimeError) as error:
            raise StartupError(f"worker versioning: {error}") from error
        if state is None:
            return
        for old in state.versions:
            if old.build_id != state.current and "draining" in (old.status, old.drainage):
                say(
                    f"worker versioning: runs pinned to {state.name}.{old.build_id} may still be open; they wait for"
                    " a worker of that version (docs/OPERATIONS.md §4)"
                )

    async def _start_postgres(self) -> None:
        if self.settings.database_url:
            self.dsn = self.settings.database_url
        else:
            from devstack.postgres import start_embedded_postgres

            starting = asyncio.ensure_future(asyncio.to_thread(start_embedded_postgres, self.data_dir / "pg"))
            try:
                postgres = await asyncio.shield(starting)
            except asyncio.CancelledError:
                # The thread cannot be interrupted: let it finish, then stop what it started.
                with contextlib.suppress(Exception):
                    await asyncio.to_thread((await starting).stop)
                raise
            except Exception as error:
                raise StartupError(f"embedded PostgreSQL did not start: {error}") from error
            self.embedded_postgres = True
            self.dsn = postgres.dsn
            self._on_cleanup("stopping PostgreSQL", asyncio.to_thread, postgres.stop)
            say("PostgreSQL (embedded) ready")

        from db.migrate import apply_migrations
        from db.pool import create_pool

        try:
            self.pool = await create_pool(self.dsn)
        except Exception as error:
            raise StartupError(f"cannot connect to PostgreSQL at {masked_dsn(self.dsn)}: {error}") from error
        self._on_cleanup("closing the PostgreSQL pool", self.pool.close)
        try:
            await apply_migrations(self.pool)
        except Exception as error:
            raise StartupError(f"PostgreSQL migrations failed: {type(error).__name__}: {error}") from error
        say("PostgreSQL migrations applied")

    async def _start_mail_sink(self) -> None:
        from mail.sink import MailSink

        sink = MailSink("127.0.0.1", self.settings.smtp_sink_port, self.mail_dir)
        try:
            sink.start()
        except Exception as error:
            raise StartupError(f"SMTP sink on port {self.settings.smtp_sink_port}: {error}") from error
        self._on_cleanup("stopping the SMTP sink", _call, sink.stop)

    async def _start_worker(self) -> None:
        argv = worker_command()
        if not argv:
            say(f"worker: not started ({WORKER_CMD_ENV} is empty)")
            return
        if argv[1:2] == ["worker.py"] and not (PROJECT_ROOT / "worker.py").exists():
            raise StartupError(f"{PROJECT_ROOT / 'worker.py'} is missing")
        try:
            self.worker = await ChildProcess.spawn(
                "worker", argv, env=self._child_env(), cwd=PROJECT_ROOT, output_prefix="worker | "
            )
        except OSError as error:
            raise StartupError(f"cannot start the worker ({shlex.join(argv)}): {error}") from error
        self.children.append(self.worker)
        self._on_cleanup("stopping the worker", self.worker.stop, WORKER_GRACE_SECONDS)

    async def _spawn_service(self, name: str, module: str, prefix: str, grace: float) -> ChildProcess:
        """Start `python -m <module>` with the stack's environment; stopped (and reaped) with the stack."""
        argv = [sys.executable, "-m", module]
        try:
            child = await ChildProcess.spawn(name, argv, env=self._child_env(), cwd=PROJECT_ROOT, output_prefix=prefix)
        except OSError as error:
            raise StartupError(f"cannot start the {name} ({shlex.join(argv)}): {error}") from error
        self.children.append(child)
        self._on_cleanup(f"stopping the {name}", child.stop, grace)
        return child

    async def _until_listening(self, child: ChildProcess, host: str, port: int) -> None:
        """Until `child` accepts connections on its port; a StartupError if it exits or takes too long."""
        address = f"{loopback_for(host)}:{port}"
        deadline = asyncio.get_running_loop().time() + LISTEN_TIMEOUT_SECONDS
        while True:
            if child.returncode is not None:
                raise StartupError(
                    f"the {child.name} exited with code {child.returncode} before listening on {address}"
                    " (its output is above)"
                )
            try:
                _, writer = await asyncio.wait_for(asyncio.open_connection(loopback_for(host), port), 2)
            except (OSError, TimeoutError):
                if asyncio.get_running_loop().time() > deadline:
                    raise StartupError(
                        f"the {child.name} did not listen on {address} within {LISTEN_TIMEOUT_SECONDS:.0f} s"
                    ) from None
                await asyncio.sleep(0.1)
                continue
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
            return

    def _child_env(self) -> dict[str, str]:
        """The environment of every process the stack starts: its endpoints, data dir and the shared keys."""
        s = self.settings
        env = os.environ | {
            "DATABASE_URL": self.dsn,
            "REINTERVIEW_TEMPORAL_ADDRESS": f"127.0.0.1:{self.frontend_port}",
            "REINTERVIEW_TEMPORAL_NAMESPACE": s.temporal_namespace,
            "REINTERVIEW_TASK_QUEUE": s.task_queue,
            "REINTERVIEW_WORKER_VERSIONING": "true" if self.worker_versioning else "false",
            "REINTERVIEW_WORKER_DEPLOYMENT_NAME": s.worker_deployment_name,
            "REINTERVIEW_WORKER_BUILD_ID": s.worker_build_id,
            "REINTERVIEW_TEMPORAL_UI_PORT": str(s.temporal_ui_port),
            "REINTERVIEW_SMTP_HOST": "127.0.0.1",
            "REINTERVIEW_SMTP_PORT": str(s.smtp_sink_port),
            "REINTERVIEW_DATA_DIR": str(self.data_dir),
            "REINTERVIEW_INBOUND_HOST": s.inbound_host,
            "REINTERVIEW_INBOUND_PORT": str(s.inbound_port),
            "REINTERVIEW_HTTP_HOST": s.http_host,
            "REINTERVIEW_HTTP_PORT": str(s.http_port),
            "REINTERVIEW_PUBLIC_BASE_URL": s.public_base_url,
            "REINTERVIEW_CODEC_CORS_ORIGIN": s.codec_cors_origin,
            "PYTHONUNBUFFERED": "1",
        }
        # The same keys for every process: what one encrypts or signs, the others read.
        if s.signing_keys:
            env["REINTERVIEW_SIGNING_KEYS"] = json.dumps(s.signing_keys)
            if s.signing_key_id:
                env["REINTERVIEW_SIGNING_KEY_ID"] = s.signing_key_id
        if s.codec_keys:
            env["REINTERVIEW_CODEC_KEYS"] = json.dumps(s.codec_keys)
            if s.codec_key_id:
                env["REINTERVIEW_CODEC_KEY_ID"] = s.codec_key_id
        if s.codec_token:
            env["REINTERVIEW_CODEC_TOKEN"] = s.codec_token
        return env

    def _ui_codec_endpoint(self) -> str | None:
        """The codec endpoint for the Web UI (token in the path: the UI sends no Authorization header)."""
        if not (self.settings.codec_keys and self.settings.codec_token):
            return None
        try:
            return ui_codec_endpoint(self.settings, self.codec_url)
        except ValueError as error:
            raise StartupError(f"codec server for the Web UI: {error}") from None

    @property
    def codec_url(self) -> str:
        return f"{self.settings.public_base_url.rstrip('/')}/codec"

    # -- demo ------------------------------------------------------------------------------------------

    def effective_settings(self) -> Settings:
        """The settings as the stack runs them: embedded endpoints, absolute data dir, the DSN in use."""
        return self.settings.model_copy(
            update={
                "temporal_address": f"127.0.0.1:{self.frontend_port}",
                "database_url": self.dsn,
                "smtp_host": "127.0.0.1",
                "smtp_port": self.settings.smtp_sink_port,
                "data_dir": self.data_dir,
            }
        )

    async def _run_demo(self) -> bool:
        try:
            if DEMO_FILE.exists():
                from db.importer import import_file

                await import_file(self.pool, DEMO_FILE)
                say(f"demo: imported {DEMO_FILE.relative_to(PROJECT_ROOT)}")
            else:
                say(f"demo: {DEMO_FILE.relative_to(PROJECT_ROOT)} not found; nothing imported")
            from devstack.demo import run_demo

            await run_demo(self.effective_settings(), self.dsn)
        except SystemExit as exit_:  # a demo may end with sys.exit(message or code), like a script
            if exit_.code in (None, 0):
                say("demo: finished")
                return True
            say(exit_.code if isinstance(exit_.code, str) else f"demo: failed (exit code {exit_.code})")
            return False
        except Exception:
            traceback.print_exc()
            say("demo: failed (traceback above)")
            return False
        say("demo: finished")
        return True

    # -- output ----------------------------------------------------------------------------------------

    @property
    def mail_dir(self) -> Path:
        return self.data_dir / "mail"

    def _print_ready(self) -> None:
        settings = self.settings
        postgres_note = f"embedded, data in {self.data_dir / 'pg'}" if self.embedded_postgres else "DATABASE_URL"
        if self.worker is not None:
            worker_line = f"pid {self.worker.pid}: {shlex.join(worker_command())}"
            if self.worker_versioning:
                worker_line += f"  (version {settings.worker_deployment_name}.{settings.worker_build_id})"
        else:
            worker_line = "not started"
        say(
            "\n".join(
                [
                    "reinterview stack is up — press Ctrl-C to stop",
                    f"  Temporal Web UI    {settings.temporal_ui_url}",
                    (
                        f"  Temporal frontend  127.0.0.1:{self.frontend_port}"
                        f"  (namespace {settings.temporal_namespace}, task queue {settings.task_queue})"
                    ),
                    f"  SMTP sink          127.0.0.1:{settings.smtp_sink_port}",
                    f"  mail saved to      {self.mail_dir}",
                    f"  PostgreSQL         {masked_dsn(self.dsn)}  ({postgres_note})",
                    f"  worker             {worker_line}",
                    (
                        f"  reply gateway      {loopback_for(settings.inbound_host)}:{settings.inbound_port}"
                        f"  (SMTP; replies to reply+TOKEN@{settings.reply_domain})"
                    ),
                    f"  signed links       {settings.public_base_url}",
                    f"  codec server       {self._codec_line()}",
                    f"  HR pages           {self._hr_line()}",
                    f"  data dir           {self.data_dir}  (Temporal log: {self.data_dir / LOG_NAME})",
                ]
            )
        )

    def _hr_line(self) -> str:
        """Where HR's pages are, with a fresh sign-in link (dev stack; `starter.py hr login-link` for another)."""
        from datetime import UTC, datetime

        from web.hr_login import LoginLinkError, mint_login_link
        from web.links import hr_base_url

        inbox = f"{hr_base_url(self.settings)}/hr/"
        try:
            link, _ = mint_login_link(self.settings, datetime.now(UTC))
        except LoginLinkError as error:
            return f"{inbox}  ({error})"
        minutes = int(self.settings.hr_login_ttl.total_seconds() // 60)
        return f"{inbox}  sign in ({minutes} min): {link}"

    def _codec_line(self) -> str:
        s = self.settings
        if not (s.codec_keys and s.codec_token):
            return "off: payloads are not encrypted (no codec keys)"
        token_file = self.data_dir / TOKEN_FILE
        try:
            from_file = token_file.read_text(encoding="utf-8").strip() == s.codec_token
        except OSError:
            from_file = False
        token_from = f"token in {token_file}" if from_file else "token from REINTERVIEW_CODEC_TOKEN"
        return f"{self.codec_url}  (bearer {token_from}; payloads encrypted with key id {s.codec_key_id})"

    def _on_cleanup(self, what: str, stop: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Register a shutdown step; a failing step is reported and the others still run."""

        async def step() -> None:
            say(what)
            try:
                await stop(*args)
            except Exception as error:
                say(f"{what} failed: {type(error).__name__}: {error}")

        self._cleanup.push_async_callback(step)


def _first_startup_error(failures: BaseExceptionGroup) -> BaseException:
    """The StartupError to show from a TaskGroup failure; anything else is a bug and shown with its traceback."""
    for failure in failures.exceptions:
        if isinstance(failure, BaseExceptionGroup):
            return _first_startup_error(failure)
        if isinstance(failure, StartupError):
            return failure
    first = failures.exceptions[0]
    if not isinstance(first, Exception):
        return first
    traceback.print_exception(first)
    return StartupError(f"{type(first).__name__}: {first}")


async def _call(function: Callable[[], None]) -> None:
    """A synchronous shutdown step as the awaitable `_on_cleanup` takes."""
    function()
