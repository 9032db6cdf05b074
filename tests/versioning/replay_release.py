"""Replay recorded histories against the workflow code of the checkout this process imports.

    cd <release worktree> && PYTHONPATH=<release worktree> python <this file> DIR [DIR ...]

Run by tests/versioning/test_replay_by_release.py inside the previous release's worktree, so its histories meet
the code that serves them. Every `@workflow.defn` class under that checkout's `workflows/` is registered; each
history picks its class by workflow type. Prints one JSON object: where `workflows` was imported from, the
histories replayed and the failures by file. Uses only what every release has (temporalio, the pydantic
converter: the committed histories are plain pydantic JSON), never this checkout's modules.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import pkgutil
import sys
from pathlib import Path

from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer


def workflow_classes() -> list[type]:
    import workflows

    found: list[type] = []
    for info in pkgutil.iter_modules(workflows.__path__):
        module = importlib.import_module(f"workflows.{info.name}")
        for value in vars(module).values():
            defined_here = isinstance(value, type) and value.__module__ == module.__name__
            if defined_here and getattr(value, "__temporal_workflow_definition", None) is not None:
                found.append(value)
    return found


async def replay(paths: list[Path]) -> dict[str, object]:
    import workflows

    replayer = Replayer(workflows=workflow_classes(), data_converter=pydantic_data_converter)
    failures: dict[str, str] = {}
    for path in paths:
        history = WorkflowHistory.from_json(f"recorded-{path.stem}", json.loads(path.read_text()))
        result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
        if result.replay_failure is not None:
            failures[str(path)] = f"{type(result.replay_failure).__name__}: {result.replay_failure}"
    return {
        "workflows_from": str(Path(workflows.__file__).resolve().parent),
        "replayed": [str(p) for p in paths],
        "failures": failures,
    }


def main(argv: list[str]) -> int:
    paths = sorted(p for folder in argv for p in Path(folder).glob("*.json"))
    if not paths:
        print(f"no *.json history in {', '.join(argv) or '(no folder given)'}", file=sys.stderr)
        return 2
    print(json.dumps(asyncio.run(replay(paths))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
