"""Reading a run's history in tests: which commands it issued, in order, and which patches it took."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def patches(events: Iterable[Any]) -> list[str]:
    """The ids of the `workflow.patched` markers in a history, in order."""
    found = []
    for event in events:
        if event.HasField("marker_recorded_event_attributes"):
            for details in event.marker_recorded_event_attributes.details.values():
                found += [json.loads(p.data)["id"] for p in details.payloads]
    return found


def commands(events: Iterable[Any]) -> list[str]:
    """Scheduled activities and patch markers (`patch <id>`), in order."""
    order = []
    for event in events:
        if event.HasField("marker_recorded_event_attributes"):
            order += [f"patch {p}" for p in patches([event])]
        if event.HasField("activity_task_scheduled_event_attributes"):
            order.append(event.activity_task_scheduled_event_attributes.activity_type.name)
    return order
