"""`python -m codec`: serve the codec server alone on settings.http_port; `python -m codec rotate`: new local key.

Serving alone, the endpoints are http://HOST:PORT/encode and /decode (bearer token) and
http://HOST:PORT/<token>/decode for the Web UI. Keys and token come from the environment, else from the
data directory (created once).
"""

from __future__ import annotations

import argparse
import logging

from aiohttp import web

from codec.keys import load_or_create_codec_keys, rotate_local_codec_key
from codec.server import codec_app
from service.logging import configure_logging
from service.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codec", description=__doc__)
    parser.add_argument("command", nargs="?", choices=("serve", "rotate"), default="serve")
    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "rotate":
        key_id = rotate_local_codec_key(settings.data_dir)
        print(f"new current codec key {key_id!r} in {settings.data_dir}; restart the worker and HTTP service")
        return 0
    settings = load_or_create_codec_keys(settings)
    configure_logging(settings)
    logging.getLogger("codec").info(
        "codec server on http://%s:%d (current key id %s)",
        settings.http_host,
        settings.http_port,
        settings.codec_key_id,
    )
    web.run_app(codec_app(settings), host=settings.http_host, port=settings.http_port, print=None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
