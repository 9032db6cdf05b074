"""The embedded stack's SMS provider: every text is saved as a file under `.run/sms/`, nothing leaves the machine.

One file per delivery (a retried delivery is a second file, as a real provider would send a second text), readable
only by its owner (0600, folder 0700): the texts hold phone numbers. `saved_sms` reads them back for the demo
and the tests.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_COUNTER = itertools.count(1)


@dataclass(frozen=True)
class SavedSms:
    """One saved text: its file, the number, the idempotency key and the body."""

    path: Path
    to: str
    key: str
    body: str


class SmsSink:
    """Saves each delivered text as `<UTC stamp>-<pid>-<n>.sms` (headers `To:` and `Key:`, a blank line, the text)."""

    name = "sink"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def deliver(self, key: str, to: str, body: str) -> str:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        message_id = f"sink-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
        # Several worker processes may share the folder: the pid and a per-process counter keep names apart.
        path = self.folder / f"{stamp}-{os.getpid()}-{next(_COUNTER)}.sms"
        partial = path.with_name(path.name + ".part")
        content = f"To: {to}\nKey: {key}\nId: {message_id}\n\n{body}\n".encode()
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, content)
        finally:
            os.close(fd)
        # A reader polling the folder never sees a half-written text.
        partial.replace(path)
        return message_id

    async def close(self) -> None:
        return None


def saved_sms(folder: Path) -> list[SavedSms]:
    """Every text saved under `folder`, oldest first (none when the folder does not exist)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.sms")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        headers = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        found.append(SavedSms(path=path, to=headers.get("To", ""), key=headers.get("Key", ""), body=body.rstrip("\n")))
    return found
