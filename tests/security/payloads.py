"""Walk raw history events: every Payload (with the field path that holds it) and every Failure in them."""

from __future__ import annotations

from collections.abc import Iterator

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import HistoryEvent

_MESSAGE = FieldDescriptor.TYPE_MESSAGE


def _map_entry(field: FieldDescriptor) -> Descriptor | None:
    """The entry type of a map field (key, value), None for any other field."""
    entry = field.message_type
    return entry if entry is not None and entry.GetOptions().map_entry else None


def payloads_in(message: Message, path: str = "") -> Iterator[tuple[str, Payload]]:
    """(path, payload) for every Payload anywhere inside `message`, including maps and nested failures."""
    if isinstance(message, Payload):
        yield path, message
        return
    for field, value in message.ListFields():
        if field.type != _MESSAGE:
            continue
        here = f"{path}.{field.name}" if path else field.name
        entry = _map_entry(field)
        if entry is not None:
            if entry.fields_by_name["value"].type == _MESSAGE:
                for key, item in value.items():
                    yield from payloads_in(item, f"{here}[{key}]")
        elif field.is_repeated:
            for i, item in enumerate(value):
                yield from payloads_in(item, f"{here}[{i}]")
        else:
            yield from payloads_in(value, here)


def event_kind(event: HistoryEvent) -> str:
    """The attributes field set on the event, e.g. `workflow_execution_signaled_event_attributes`."""
    return event.WhichOneof("attributes") or "unknown"


def failures_in(message: Message) -> Iterator[Failure]:
    """Every Failure anywhere inside `message` (activity, workflow task, update and child failures, causes)."""
    if isinstance(message, Failure):
        yield message
    for field, value in message.ListFields():
        if field.type != _MESSAGE or _map_entry(field) is not None:
            continue
        for item in value if field.is_repeated else [value]:
            yield from failures_in(item)
