"""`python -m web`: serve the signed links, and the codec server at /codec when codec keys and a token are set
(settings from REINTERVIEW_* and DATABASE_URL; codec keys from the environment, else the ones the embedded stack
keeps in the data dir — never created here)."""

from __future__ import annotations

import asyncio

from codec.keys import load_local_codec_keys
from inbound.tokens import load_or_create_signing_keys
from service.logging import configure_logging
from service.name_masking import run_with_archive_names
from service.settings import Settings
from web.app import run_web


def main() -> None:
    settings = load_local_codec_keys(load_or_create_signing_keys(Settings()))
    configure_logging(settings)
    asyncio.run(run_with_archive_names(settings.database_url, settings.log_names_refresh, run_web(settings)))


if __name__ == "__main__":
    main()
