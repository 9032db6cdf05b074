"""The asyncpg connection pool: JSON and JSONB columns arrive and leave as Python values."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

ConnectionInit = Callable[[asyncpg.Connection], Awaitable[None]]


def _dump_json(value: Any) -> str:
    """Encode a value for a json/jsonb parameter, keeping non-ASCII text readable in the database."""
    return json.dumps(value, ensure_ascii=False)


async def register_json_codecs(conn: asyncpg.Connection) -> None:
    """Make `json` and `jsonb` parameters and results plain dicts/lists on this connection."""
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(type_name, schema="pg_catalog", encoder=_dump_json, decoder=json.loads, format="text")


async def keep_session(conn: asyncpg.Connection) -> None:
    """Pool reset on release: nothing beyond what asyncpg always does (roll back an open transaction, drop listeners).

    Our code keeps no session state: no SET, LISTEN, cursors outside transactions, or session advisory locks (the
    migration lock is unlocked by the migration itself). asyncpg's default reset query
    (`SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL`) would cost a second round trip per call.
    """


async def create_pool(dsn: str, **kw: Any) -> asyncpg.Pool:
    """Open a pool whose connections have the JSON codecs; a caller's own `init` runs after them.

    Released connections are reset with `keep_session` unless the caller passes its own `reset`.
    """
    user_init: ConnectionInit | None = kw.pop("init", None)
    kw.setdefault("reset", keep_session)

    async def init(conn: asyncpg.Connection) -> None:
        await register_json_codecs(conn)
        if user_init is not None:
            await user_init(conn)

    return await asyncpg.create_pool(dsn, init=init, **kw)
