"""Worker versioning: the worker's deployment version from settings, and the operations that route runs to it.

A versioned worker is `{deployment}.{build id}` (settings `worker_deployment_name`, `worker_build_id`). New runs go
to the deployment's *current* version (or, for a share of them, its *ramping* one); every run stays pinned to the
version that started it (`VersioningBehavior.PINNED`, the worker's default), so a version keeps serving until its
last run has closed (*drained*), and is then retired. docs/OPERATIONS.md §4 has the procedure; `starter.py deploy`
and the embedded stack call these functions (the server's Worker Deployment API; no dynamic config needed).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import datetime

from temporalio.api.deployment.v1 import WorkerDeploymentInfo
from temporalio.api.enums.v1 import TaskQueueType, VersionDrainageStatus, WorkerDeploymentVersionStatus
from temporalio.api.workflowservice.v1 import (
    DeleteWorkerDeploymentVersionRequest,
    DescribeWorkerDeploymentRequest,
    DescribeWorkerDeploymentResponse,
    DescribeWorkerDeploymentVersionRequest,
    SetWorkerDeploymentCurrentVersionRequest,
    SetWorkerDeploymentRampingVersionRequest,
)
from temporalio.client import Client
from temporalio.common import VersioningBehavior, WorkerDeploymentVersion
from temporalio.service import RPCError, RPCStatusCode
from temporalio.worker import WorkerDeploymentConfig

from service.settings import Settings

_STATUS = {
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_INACTIVE: "inactive",
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_CURRENT: "current",
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_RAMPING: "ramping",
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_DRAINING: "draining",
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_DRAINED: "drained",
    WorkerDeploymentVersionStatus.WORKER_DEPLOYMENT_VERSION_STATUS_CREATED: "created",
}
_DRAINAGE = {
    VersionDrainageStatus.VERSION_DRAINAGE_STATUS_DRAINING: "draining",
    VersionDrainageStatus.VERSION_DRAINAGE_STATUS_DRAINED: "drained",
}


class DeploymentError(Exception):
    """A deployment operation could not be done; the message says which version and why."""


def worker_version(settings: Settings) -> WorkerDeploymentVersion:
    """The version a worker built from these settings is (whether or not versioning is on)."""
    return WorkerDeploymentVersion(settings.worker_deployment_name, settings.worker_build_id)


def deployment_config(settings: Settings) -> WorkerDeploymentConfig | None:
    """The worker's deployment options: with versioning on, its version and PINNED for every workflow it runs."""
    if not settings.worker_versioning:
        return None
    return WorkerDeploymentConfig(
        version=worker_version(settings),
        use_worker_versioning=True,
        default_versioning_behavior=VersioningBehavior.PINNED,
    )


@dataclass(frozen=True)
class VersionState:
    """One version of a deployment as the server sees it."""

    build_id: str
    status: str  # current, ramping, draining, drained, inactive, created
    drainage: str | None  # draining / drained once the version stopped taking new runs, else None
    created_at: datetime | None


@dataclass(frozen=True)
class DeploymentState:
    """Where a deployment routes new runs, and each of its versions."""

    name: str
    current: str | None  # a build id; None = unversioned workers take new runs
    ramping: str | None
    ramping_percent: float
    versions: tuple[VersionState, ...]

    def drained(self) -> list[str]:
        """Build ids whose pinned runs have all closed: safe to stop their workers and retire them."""
        return [v.build_id for v in self.versions if v.drainage == "drained" or v.status == "drained"]

    def version(self, build_id: str) -> VersionState | None:
        return next((v for v in self.versions if v.build_id == build_id), None)


def _state(info: WorkerDeploymentInfo) -> DeploymentState:
    routing = info.routing_config
    current = routing.current_deployment_version.build_id if routing.HasField("current_deployment_version") else ""
    ramping = routing.ramping_deployment_version.build_id if routing.HasField("ramping_deployment_version") else ""
    versions = tuple(
        VersionState(
            build_id=summary.deployment_version.build_id,
            status=_STATUS.get(summary.status, "unknown"),
            drainage=_DRAINAGE.get(summary.drainage_info.status or summary.drainage_status),
            created_at=summary.create_time.ToDatetime() if summary.HasField("create_time") else None,
        )
        for summary in info.version_summaries
    )
    return DeploymentState(
        name=info.name,
        current=current or None,
        ramping=ramping or None,
        ramping_percent=routing.ramping_version_percentage if ramping else 0.0,
        versions=tuple(sorted(versions, key=lambda v: (v.created_at is None, v.created_at or datetime.min))),
    )


async def _describe(client: Client, name: str) -> DescribeWorkerDeploymentResponse | None:
    try:
        return await client.workflow_service.describe_worker_deployment(
            DescribeWorkerDeploymentRequest(namespace=client.namespace, deployment_name=name)
        )
    except RPCError as error:
        if error.status == RPCStatusCode.NOT_FOUND:
            return None
        raise


async def describe_deployment(client: Client, name: str) -> DeploymentState | None:
    """The deployment's routing and versions; None when no versioned worker of it has ever polled."""
    described = await _describe(client, name)
    return None if described is None else _state(described.worker_deployment_info)


async def wait_for_version(
    client: Client, version: WorkerDeploymentVersion, task_queue: str, *, timeout: float = 60.0
) -> None:
    """Until a worker of `version` has polled `task_queue` for workflow tasks (the server then knows the version
    serves that queue, which setting it current requires)."""
    deadline = time.monotonic() + timeout
    request = DescribeWorkerDeploymentVersionRequest(namespace=client.namespace, deployment_version=version._to_proto())
    while True:
        try:
            described = await client.workflow_service.describe_worker_deployment_version(request)
            queues = {(q.name, q.type) for q in described.worker_deployment_version_info.task_queue_infos}
            if (task_queue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW) in queues:
                return
            missing = f"it does not serve task queue {task_queue!r} yet"
        except RPCError as error:
            if error.status != RPCStatusCode.NOT_FOUND:
                raise
            missing = "no worker of it has polled yet"
        if time.monotonic() > deadline:
            raise DeploymentError(
                f"version {version.to_canonical_string()} is not ready after {timeout:.0f} s: {missing}"
                " (is its worker running with REINTERVIEW_WORKER_VERSIONING=true?)"
            )
        await asyncio.sleep(0.25)


async def set_current(
    client: Client, version: WorkerDeploymentVersion | None, *, deployment: str = "", allow_no_pollers: bool = False
) -> str | None:
    """Make `version` take every new run (`None`: unversioned workers of `deployment` take them).

    Returns the build id it replaced (None when that was unversioned, or when `version` already was current).
    The server refuses a version none of whose workers has polled yet unless `allow_no_pollers` (then the
    deployment is created if need be, and runs started before its first worker polls wait for it).
    """
    name = version.deployment_name if version else deployment
    described = await _describe(client, name)
    if described is None and not allow_no_pollers:
        raise DeploymentError(f"deployment {name!r} does not exist: no versioned worker of it has polled")
    state = _state(described.worker_deployment_info) if described else None
    wanted = version.build_id if version else None
    if state is not None and state.current == wanted:
        return None
    what = version.to_canonical_string() if version else f"unversioned workers of {name!r}"
    try:
        await client.workflow_service.set_worker_deployment_current_version(
            SetWorkerDeploymentCurrentVersionRequest(
                namespace=client.namespace,
                deployment_name=name,
                build_id=wanted or "",
                conflict_token=described.conflict_token if described else b"",
                identity=client.identity,
                allow_no_pollers=allow_no_pollers,
            )
        )
    except RPCError as error:
        raise DeploymentError(f"cannot make {what} current: {error.message}") from error
    return state.current if state else None


async def set_ramping(client: Client, version: WorkerDeploymentVersion | None, percent: float, deployment: str) -> None:
    """Send `percent` of new runs to `version` (the rest to the current one); `version=None` ends the ramp."""
    if not 0 <= percent <= 100:
        raise DeploymentError(f"ramp percentage {percent:g} is not between 0 and 100")
    described = await _describe(client, deployment)
    if described is None:
        raise DeploymentError(f"deployment {deployment!r} does not exist: no versioned worker has polled")
    try:
        await client.workflow_service.set_worker_deployment_ramping_version(
            SetWorkerDeploymentRampingVersionRequest(
                namespace=client.namespace,
                deployment_name=deployment,
                build_id=version.build_id if version else "",
                percentage=percent if version else 0.0,
                conflict_token=described.conflict_token,
                identity=client.identity,
            )
        )
    except RPCError as error:
        what = f"ramp {version.to_canonical_string()} to {percent:g} %" if version else "end the ramp"
        raise DeploymentError(f"cannot {what}: {error.message}") from error


async def retire(client: Client, version: WorkerDeploymentVersion) -> None:
    """Delete a drained version whose workers are gone (the server refuses while it serves runs or is polled)."""
    state = await describe_deployment(client, version.deployment_name)
    found = state.version(version.build_id) if state else None
    if state is None or found is None:
        raise DeploymentError(f"version {version.to_canonical_string()} does not exist")
    if version.build_id in (state.current, state.ramping):
        role = "current" if version.build_id == state.current else "ramping"
        raise DeploymentError(f"version {version.to_canonical_string()} is {role}: make another version current first")
    if found.build_id not in state.drained():
        raise DeploymentError(
            f"version {version.to_canonical_string()} is {found.drainage or found.status}, not drained: runs pinned to"
            " it are still open (wait, or close them)"
        )
    try:
        await client.workflow_service.delete_worker_deployment_version(
            DeleteWorkerDeploymentVersionRequest(
                namespace=client.namespace, deployment_version=version._to_proto(), identity=client.identity
            )
        )
    except RPCError as error:
        raise DeploymentError(f"cannot retire {version.to_canonical_string()}: {error.message}") from error
