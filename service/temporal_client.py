"""Connect a Temporal client from settings, with the pydantic data converter every side shares."""

from __future__ import annotations

import dataclasses

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
