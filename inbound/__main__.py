"""`python -m inbound`: run the reply gateway alone (settings from REINTERVIEW_* and DATABASE_URL).

Signing keys come from the environment, else `<data_dir>/signing-keys.json`; codec keys from the environment,
else the ones the embedded stack keeps in the data dir (never created here), so the signals the gateway sends
are encrypted like everything else the service hands to Temporal.
"""

from __future__ import annotations

import asyncio
import logging

from codec.keys import load_local_codec_keys
from inbound.gateway import run_gateway
from inbound.tokens import load_or_create_signing_keys
from service.logging import configure_logging
from service.name_masking import run_with_archive_names
from service.settings import Settings


def main() -> None:
    settings = load_local_codec_keys(load_or_create_signing_keys(Settings()))
    configure_logging(settings)
    # aiosmtpd logs every SMTP command at INFO (with the peer's addresses); our own lines say what happened.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    asyncio.run(run_with_archive_names(settings.database_url, settings.log_names_refresh, run_gateway(settings)))


if __name__ == "__main__":
    main()
