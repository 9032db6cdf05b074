"""`python -m inbound`: run the reply gateway alone (settings from REINTERVIEW_* and DATABASE_URL)."""

from __future__ import annotations

import asyncio
import logging

from inbound.gateway import run_gateway
from service.settings import Settings


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(run_gateway(Settings()))


if __name__ == "__main__":
    main()
