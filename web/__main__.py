"""`python -m web`: serve the signed links alone (settings from REINTERVIEW_* and DATABASE_URL)."""

from __future__ import annotations

import asyncio
import logging

from service.settings import Settings
from web.app import run_web


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(run_web(Settings()))


if __name__ == "__main__":
    main()
