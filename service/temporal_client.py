"""Connect a Temporal client from settings, with the pydantic data converter every side shares."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from temporalio.client import Client, TLSConfig
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import DataConverter

from codec.aesgcm import AesGcmCodec, CodecKeyError
from codec.plaintext import CodecFailureConverter, CodecPayloadConverter
from service.settings import Settings


def data_converter(settings: Settings) -> DataConverter:
    """The converter client and worker share (pydantic JSON; the payload codec wraps it when configured).

    With settings.codec_required, a payload that arrives unencrypted is refused (codec/plaintext.py); that needs
    codec keys, so keys missing then is an error rather than a silently plaintext deployment.
    """
    if not settings.codec_keys:
        if settings.codec_required:
            raise CodecKeyError(
                "REINTERVIEW_CODEC_REQUIRED=true but no codec keys are configured (REINTERVIEW_CODEC_KEYS)"
            )
        return pydantic_data_converter
    # Failure messages and stack traces move into the encoded attributes so the codec encrypts them too (all but
    # the plaintext refusal, which the client that sent plaintext must be able to read).
    return dataclasses.replace(
        pydantic_data_converter,
        payload_converter_class=CodecPayloadConverter,
        payload_codec=AesGcmCodec.from_settings(settings, require_encrypted=settings.codec_required),
        failure_converter_class=CodecFailureConverter,
    )


class TemporalTLSError(ValueError):
    """The TLS settings are incomplete or a file they name cannot be read; the message names the setting."""


def tls_config(settings: Settings) -> TLSConfig | bool:
    """The client's TLS from settings: mTLS with a client certificate and key, the frontend's CA and server name.

    Any TLS file or name set turns TLS on; a certificate without its key (or the reverse) is an error.
    """
    cert, key, ca = settings.temporal_tls_cert, settings.temporal_tls_key, settings.temporal_tls_ca
    if bool(cert) != bool(key):
        given, missing = ("CERT", "KEY") if cert else ("KEY", "CERT")
        raise TemporalTLSError(f"REINTERVIEW_TEMPORAL_TLS_{given} is set but REINTERVIEW_TEMPORAL_TLS_{missing} is not")
    if not (cert or ca or settings.temporal_tls_server_name):
        return bool(settings.temporal_tls or settings.temporal_api_key)
    return TLSConfig(
        server_root_ca_cert=_read(ca, "CA") if ca else None,
        domain=settings.temporal_tls_server_name,
        client_cert=_read(cert, "CERT") if cert else None,
        client_private_key=_read(key, "KEY") if key else None,
    )


def _read(path: Path, which: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TemporalTLSError(f"REINTERVIEW_TEMPORAL_TLS_{which} {path}: {exc.strerror or exc}") from None


async def connect(settings: Settings) -> Client:
    """A client for settings' Temporal address, namespace, TLS / API key and data converter."""
    tls = tls_config(settings)
    return await Client.connect(
        settings.temporal_address,
        namespace=settings.temporal_namespace,
        tls=tls,
        api_key=settings.temporal_api_key,
        data_converter=data_converter(settings),
    )


def exit_without_teardown(code: int) -> NoReturn:
    """Flush output and leave with `code`, skipping interpreter teardown.

    For short-lived processes that used a client (starter.py, the dev stack): the Temporal client's Rust threads
    can abort Python's finalization ("Fatal Python error: PyGILState_Release ... finalizing", temporalio/sdk-python
    issue 300), turning a finished, successful command into exit status 134.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more can be said anyway
            stream.flush()
    os._exit(code)
