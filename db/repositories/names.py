"""The names of everyone in the archive, for the log mask (service/name_masking.py); never returned elsewhere."""

from __future__ import annotations

import asyncpg

NAMES_CHANNEL = "reinterview_names"  # notified by migration 012 whenever names are added or changed

_ALL_NAMES = "SELECT name FROM candidates UNION SELECT name FROM interviewers"


async def all_names(conn: asyncpg.Connection | asyncpg.Pool) -> list[str]:
    """Every candidate's and interviewer's name."""
    return [row["name"] for row in await conn.fetch(_ALL_NAMES)]
