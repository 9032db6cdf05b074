"""The record every reply is written as (shared by replies_a/b/c)."""

from __future__ import annotations

from typing import Any


def R(  # noqa: N802 (short on purpose: one call per reply)
    intent: str, slot: int | None, client: str, body: str, name: str, handle: str, lang: str = "zh", **opts: Any
) -> dict[str, Any]:
    return {
        "intent": intent,
        "slot": slot,
        "client": client,
        "body": body.strip("\n"),
        "name": name,
        "handle": handle,
        "lang": lang,
        **opts,
    }
