"""Numbered SQL migrations (`db/migrations/NNN_name.sql`), applied once each and recorded in the database."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from asyncpg.pool import PoolConnectionProxy

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Any fixed 64-bit number unlikely to collide with other advisory locks; it spells "reintvw1".
MIGRATION_LOCK_KEY = 0x7265696E74767731

_FILE_NAME = re.compile(r"^(?P<version>\d{3})_(?P<name>[a-z0-9][a-z0-9_]*)\.sql$")

Connection = asyncpg.Connection | PoolConnectionProxy


class MigrationError(RuntimeError):
    """A migration file is misnamed, duplicated or failed to apply."""


@dataclass(frozen=True)
class Migration:
    """One migration file: `version` from its NNN prefix, `name` the rest of its stem."""

    version: int
    name: str
    path: Path

    @property
    def label(self) -> str:
        """The file's stem, e.g. `001_archive`."""
        return self.path.stem


def discover_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """List the migration files in version order; refuse misnamed files and duplicate versions."""
    migrations: dict[int, Migration] = {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.name == "__pycache__":
            continue
        match = _FILE_NAME.match(path.name)
        if match is None or not path.is_file():
            raise MigrationError(
                f"{path}: migration files must be named NNN_name.sql "
                "(three digits, underscore, lower-case letters, digits or underscores)"
            )
        version = int(match["version"])
        if version in migrations:
            raise MigrationError(f"{path}: version {version:03d} is also used by {migrations[version].path.name}")
        migrations[version] = Migration(version=version, name=match["name"], path=path)
    return [migrations[v] for v in sorted(migrations)]


@asynccontextmanager
async def _connection(conn_or_pool: asyncpg.Pool | Connection) -> AsyncIterator[Connection]:
    """Yield the given connection, or one acquired from the given pool."""
    if isinstance(conn_or_pool, asyncpg.Pool):
        async with conn_or_pool.acquire() as conn:
            yield conn
    else:
        yield conn_or_pool


async def apply_migrations(conn_or_pool: asyncpg.Pool | Connection, directory: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply the pending migrations in order, each in its own transaction; return the ones applied now."""
    migrations = discover_migrations(directory)
    applied_now: list[str] = []
    async with _connection(conn_or_pool) as conn:
        # A session-level lock so concurrent workers and starters apply each file exactly once.
        await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        try:
            await conn.execute(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version     integer PRIMARY KEY,
                    name        text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now()
                )
                """
            )
            recorded = {
                row["version"]: row["name"] for row in await conn.fetch("SELECT version, name FROM schema_migrations")
            }
            for migration in migrations:
                if migration.version in recorded:
                    if recorded[migration.version] != migration.name:
                        raise MigrationError(
                            f"{migration.path.name}: version {migration.version:03d} was applied "
                            f"as {recorded[migration.version]!r}; renaming an applied migration is not allowed"
                        )
                    continue
                await _apply_one(conn, migration)
                applied_now.append(migration.label)
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    return applied_now


async def _apply_one(conn: Connection, migration: Migration) -> None:
    """Run one migration file and record it, both in one transaction."""
    sql = migration.path.read_text(encoding="utf-8")
    try:
        async with conn.transaction():
            await conn.execute(sql)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                migration.version,
                migration.name,
            )
    except asyncpg.PostgresError as exc:
        raise MigrationError(f"{migration.path.name} failed and was rolled back: {exc}") from exc
