"""`python starter.py deploy status|set-current|ramp|retire`: roll a worker version out, watch it drain, retire it.

The same operations as `temporal worker deployment …` (docs/OPERATIONS.md §4), with this service's deployment
name, task queue and build id taken from the settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from temporalio.client import Client
from temporalio.common import WorkerDeploymentVersion

from service.deployments import (
    DeploymentError,
    DeploymentState,
    describe_deployment,
    retire,
    set_current,
    set_ramping,
    wait_for_version,
)
from service.settings import Settings


def add_deploy_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deploy = commands.add_parser("deploy", help="worker versions: status, set-current, ramp, retire")
    sub = deploy.add_subparsers(dest="deploy_command", required=True)
    status = sub.add_parser("status", help="current and ramping version, every version's state, the drained ones")
    status.add_argument("--json", action="store_true", help="print JSON instead of a table")
    current = sub.add_parser("set-current", help="send every new run to a version (default: this checkout's)")
    which = current.add_mutually_exclusive_group()
    which.add_argument("--build-id", help="default: REINTERVIEW_WORKER_BUILD_ID (service/release.py)")
    which.add_argument("--unversioned", action="store_true", help="send new runs to unversioned workers")
    current.add_argument(
        "--wait", type=float, default=0, metavar="SECONDS", help="first wait this long for its workers to poll"
    )
    current.add_argument(
        "--allow-no-pollers", action="store_true", help="set it even though none of its workers has polled yet"
    )
    ramp = sub.add_parser("ramp", help="send a share of new runs to a version (the rest to the current one)")
    ramp_which = ramp.add_mutually_exclusive_group(required=True)
    ramp_which.add_argument("--build-id")
    ramp_which.add_argument("--stop", action="store_true", help="end the ramp: every new run to the current version")
    ramp.add_argument("--percent", type=float, default=0, help="share of new runs, 0-100")
    gone = sub.add_parser("retire", help="delete a drained version whose workers are stopped")
    gone.add_argument("--build-id", required=True)


def _print_state(state: DeploymentState | None, name: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps(asdict(state) if state else None, default=str, indent=2))
        return
    if state is None:
        print(f"deployment {name}: none (no versioned worker has polled)")
        return
    ramp = f"{state.ramping} at {state.ramping_percent:g} %" if state.ramping else "none"
    print(f"deployment {state.name}: current {state.current or 'unversioned'}, ramping {ramp}")
    for v in state.versions:
        created = v.created_at.isoformat(timespec="seconds") if v.created_at else "-"
        print(f"  {v.build_id:<24} {v.status:<9} drainage {v.drainage or '-':<9} created {created}")
    drained = state.drained()
    print(f"drained (stop their workers, then retire): {', '.join(drained) if drained else 'none'}")


async def cmd_deploy(args: argparse.Namespace, settings: Settings, client: Client) -> int:
    name = settings.worker_deployment_name

    def version(build_id: str) -> WorkerDeploymentVersion:
        return WorkerDeploymentVersion(name, build_id)

    try:
        if args.deploy_command == "status":
            _print_state(await describe_deployment(client, name), name, args.json)
        elif args.deploy_command == "set-current":
            target = None if args.unversioned else version(args.build_id or settings.worker_build_id)
            if target is not None and args.wait > 0:
                await wait_for_version(client, target, settings.task_queue, timeout=args.wait)
            previous = await set_current(client, target, deployment=name, allow_no_pollers=args.allow_no_pollers)
            shown = target.to_canonical_string() if target else f"unversioned workers of {name}"
            print(f"new runs start on {shown}" + (f" (was {previous})" if previous else ""))
        elif args.deploy_command == "ramp":
            target = None if args.stop else version(args.build_id)
            await set_ramping(client, target, args.percent, name)
            print(f"ramping {target.to_canonical_string()} at {args.percent:g} %" if target else "ramp ended")
        else:
            await retire(client, version(args.build_id))
            print(f"retired {name}.{args.build_id}")
    except DeploymentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
