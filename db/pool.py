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


async def create_pool(dsn: str, **kw: Any) -> asyncpg.Pool:
    """Open a pool whose connections have the JSON codecs; a caller's own `init` runs after them."""
    user_init: ConnectionInit | None = kw.pop("init", None)

    async def init(conn: asyncpg.Connection) -> None:
        await register_json_codecs(conn)
        if user_init is not None:
            await user_init(conn)

    return await asyncpg.create_pool(dsn, init=init, **kw)
