"""A release's worker as its own process: `python worker.py` run from that release's checkout, versioned."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from pathlib import Path

from temporalio.client import Client
from temporalio.common import WorkerDeploymentVersion

from devstack.processes import ChildProcess
from service.deployments import wait_for_version
from tests.fixtures.smtp import free_port

WORKER_READY = "worker polling task queue"


class ReleaseWorker:
    """`python worker.py` with cwd and PYTHONPATH = `root` (a release's checkout), configured by its environment."""

    def __init__(
        self,
        root: Path,
        version: WorkerDeploymentVersion,
        *,
        versioned: bool = True,
        temporal_address: str,
        task_queue: str,
        database_url: str,
        smtp_port: int,
        data_dir: Path,
    ) -> None:
        self.root = root
        self.version = version
        self.versioned = versioned
        self.task_queue = task_queue
        self.data_dir = data_dir
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("REINTERVIEW_") and k != "DATABASE_URL"}
        self.env |= {
            "PYTHONPATH": str(root),
            "PYTHONUNBUFFERED": "1",
            "REINTERVIEW_TEMPORAL_ADDRESS": temporal_address,
            "REINTERVIEW_TASK_QUEUE": task_queue,
            "REINTERVIEW_WORKER_VERSIONING": "true" if versioned else "false",
            "REINTERVIEW_WORKER_DEPLOYMENT_NAME": version.deployment_name,
            "REINTERVIEW_WORKER_BUILD_ID": version.build_id,
            "DATABASE_URL": database_url,
            "REINTERVIEW_SMTP_HOST": "127.0.0.1",
            "REINTERVIEW_SMTP_PORT": str(smtp_port),
            "REINTERVIEW_DATA_DIR": str(data_dir),
            "REINTERVIEW_HTTP_PORT": str(free_port()),
            "REINTERVIEW_INBOUND_PORT": str(free_port()),
        }
        self.log_path = data_dir / f"worker-{version.build_id}{'' if versioned else '-unversioned'}.log"
        self._process: ChildProcess | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def identity(self) -> str:
        """The identity its client gives Temporal (the SDK's default), as history events record it."""
        return f"{self.pid}@{socket.gethostname()}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    async def start(self, client: Client, timeout: float = 60.0) -> None:
        """Start the process; return once it polls (versioned: once the server knows it serves the task queue)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self._process = await ChildProcess.spawn(
                f"worker {self.version.build_id}",
                [sys.executable, "worker.py"],
                env=self.env,
                cwd=self.root,
                log_file=log,
            )
        deadline = time.monotonic() + timeout
        while WORKER_READY not in self.log():
            if self._process.returncode is not None:
                raise AssertionError(f"worker {self.version.build_id} exited:\n{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"worker {self.version.build_id} not ready in {timeout:.0f} s:\n{self.log()[-3000:]}"
                )
            await asyncio.sleep(0.1)
        if self.versioned:
            await wait_for_version(client, self.version, self.task_queue, timeout=max(deadline - time.monotonic(), 5))

    async def stop(self) -> None:
        if self._process is not None:
            await self._process.stop(10)
