"""`python -m devstack up|demo [--exit]`: the whole service on this machine, in the foreground until Ctrl-C.

`up`    Temporal dev server (Web UI), PostgreSQL (embedded unless DATABASE_URL is set, migrated either way),
        the SMTP sink that saves every message as an .eml, the worker, the reply gateway (`python -m inbound`)
        and the HTTP service (`python -m web`: signed links, codec server at /codec). Every process shares one
        set of signing and codec keys (the environment's, else created once under the data dir).
`demo`  The same, then imports data/demo.json (if present) and runs devstack.demo.run_demo (the cases of
        data/demo_scenarios.json, or of `--scenarios FILE`); the stack stays up afterwards unless `--exit` is given.

Exit codes: 0 stopped by Ctrl-C/SIGTERM (or demo --exit succeeded), 1 a part failed or a demo case differed
from what the service returned (also when stopped afterwards), 2 refused to start
(another stack holds the data dir, or a port is taken). See devstack.stack for the environment it honours.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from codec.aesgcm import CodecKeyError
from devstack.preflight import PreflightError, StackLock, check_ports
from devstack.stack import LOCK_NAME, Stack, StartupError, stack_ports, with_local_keys
from inbound.tokens import SigningKeyError
from service.logging import configure_logging
from service.private_files import ensure_private_dir, private_umask, tighten_tree
from service.settings import Settings
from service.temporal_client import exit_without_teardown


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m devstack", description="The embedded re-interview stack.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("up", help="run the stack until Ctrl-C")
    demo = commands.add_parser("demo", help="run the stack and the demo cases")
    demo.add_argument("--exit", action="store_true", help="stop the stack once the demo has finished")
    demo.add_argument(
        "--scenarios", type=Path, default=None, help="the cases to run (default: data/demo_scenarios.json)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    settings = Settings()
    # Everything the stack and its children create under the data dir is theirs alone (personal data, keys).
    private_umask()
    ensure_private_dir(settings.data_dir)
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
        try:
            settings = with_local_keys(settings)
        except (CodecKeyError, SigningKeyError) as refusal:
            print(f"reinterview stack: {refusal}", file=sys.stderr)
            return 2
        configure_logging(settings)
        tightened = tighten_tree(settings.data_dir)
        if tightened:
            logging.getLogger("devstack").warning(
                "%d entries under %s were readable by other users; tightened (folders 0700, files 0600)",
                tightened,
                settings.data_dir,
            )
        # aiosmtpd's per-command chatter from the in-process SMTP sink is not worth a line each.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        stack = Stack(
            settings,
            demo=args.command == "demo",
            exit_after_demo=getattr(args, "exit", False),
            demo_scenarios=getattr(args, "scenarios", None),
        )
        return asyncio.run(stack.run())
    finally:
        lock.release()


if __name__ == "__main__":
    try:
        code = main()
    except KeyboardInterrupt:  # Ctrl-C before the stack's own signal handling is in place
        code = 130
    # Every child is stopped and reaped by now; skip the teardown the demo's Temporal client can abort.
    exit_without_teardown(code)
