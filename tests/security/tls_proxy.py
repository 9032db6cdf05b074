"""A TLS terminator that requires a client certificate signed by a CA, in front of a plaintext Temporal frontend.

`temporal server start-dev` has no TLS options, so the tests put this in front of it to stand for a frontend with
mTLS (what the compose stack's `temporal` service is configured for): a client must present a certificate the CA
signed, and must trust the server's certificate, or the handshake fails before any gRPC.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator
from pathlib import Path


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


@contextlib.asynccontextmanager
async def mtls_frontend(upstream: str, certs: Path) -> AsyncIterator[str]:
    """Listen on a free loopback port with mTLS, forwarding to `upstream` (host:port); yields its address."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(certs / "ca.pem"))
    context.load_cert_chain(certs / "server.pem", certs / "server.key")
    context.verify_mode = ssl.CERT_REQUIRED
    context.set_alpn_protocols(["h2"])
    host, port = upstream.rsplit(":", 1)
    tasks: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert writer.get_extra_info("peercert"), "the handshake demands a client certificate"
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        both = [asyncio.create_task(_pipe(reader, up_writer)), asyncio.create_task(_pipe(up_reader, writer))]
        tasks.update(both)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*both)

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context, ssl_handshake_timeout=10)
    try:
        address = server.sockets[0].getsockname()
        yield f"127.0.0.1:{address[1]}"
    finally:
        server.close()
        for task in tasks:
            task.cancel()
