"""One reply of the blind5 batch: its text, client, how it is posted, and its label."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class R:
    slug: str
    intent: str
    slot: int | None
    lang: str
    client: str
    body: str
    post: str = "top"
    opts: dict[str, str] = field(default_factory=dict)
    inline: list[tuple[str, str]] | None = None
    sender: str | None = None
    extra: dict[str, str] | None = None
