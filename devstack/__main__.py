"""`python -m devstack up|demo [--exit]`: the whole service on this machine, in the foreground until Ctrl-C.

`up`    Temporal dev server (Web UI), PostgreSQL (embedded unless DATABASE_URL is set, migrated either way),
        the SMTP sink that saves every message as an .eml, and the worker.
`demo`  The same, then imports data/demo.json (if present) and runs devstack.demo.run_demo; the stack stays
        up afterwards unless `--exit` is given.

Exit codes: 0 stopped by Ctrl-C/SIGTERM (or demo --exit succeeded), 1 a part failed, 2 refused to start
(another stack holds the data dir, or a port is taken). See devstack.stack for the environment it honours.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from devstack.preflight import PreflightError, StackLock, check_ports
from devstack.stack import LOCK_NAME, Stack, StartupError, stack_ports
from service.settings import Settings


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m devstack", description="The embedded re-interview stack.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("up", help="run the stack until Ctrl-C")
    demo = commands.add_parser("demo", help="run the stack and the demo cases")
    demo.add_argument("--exit", action="store_true", help="stop the stack once the demo has finished")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    settings = Settings()
    lock = StackLock(settings.data_dir / LOCK_NAME)
    try:
        lock.acquire()
    except PreflightError as refusal:
        print(refusal, file=sys.stderr)
        return 2
    try:
        try:
            check_ports(stack_ports(settings))
        except (PreflightError, StartupError) as refusal:
            print(refusal, file=sys.stderr)
            return 2
        stack = Stack(settings, demo=args.command == "demo", exit_after_demo=getattr(args, "exit", False))
        return asyncio.run(stack.run())
    finally:
        lock.release()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # Ctrl-C before the stack's own signal handling is in place
        sys.exit(130)
