"""Connect a Temporal client from settings, with the pydantic data converter every side shares."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sys
from typing import NoReturn

from temporalio.client import Client, TLSConfig
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import DataConverter, DefaultFailureConverterWithEncodedAttributes

from codec.aesgcm import AesGcmCodec
from service.settings import Settings


def data_converter(settings: Settings) -> DataConverter:
    """The converter client and worker share (pydantic JSON; the payload codec wraps it when configured)."""
    if not settings.codec_keys:
        return pydantic_data_converter
    # Failure messages and stack traces move into the encoded attributes so the codec encrypts them too.
    return dataclasses.replace(
        pydantic_data_converter,
        payload_codec=AesGcmCodec.from_settings(settings),
        failure_converter_class=DefaultFailureConverterWithEncodedAttributes,
    )


async def connect(settings: Settings) -> Client:
    tls: TLSConfig | bool = False
    if settings.temporal_tls_cert and settings.temporal_tls_key:
        tls = TLSConfig(
            client_cert=settings.temporal_tls_cert.read_bytes(),
            client_private_key=settings.temporal_tls_key.read_bytes(),
        )
    elif settings.temporal_tls or settings.temporal_api_key:
        tls = True
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
