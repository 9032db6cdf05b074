"""REINTERVIEW_CODEC_REQUIRED: the codec turns plaintext into a refusal marker, the converter into a value the
workflow's validation rejects (raw JSON) or an error (typed), and the refusal stays readable without the codec."""

from __future__ import annotations

import json
from typing import Any

import pytest
from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.exceptions import ApplicationError

from codec.aesgcm import AesGcmCodec, CodecKeyError
from codec.plaintext import (
    PLAINTEXT_REFUSED_KEY,
    REFUSAL_MESSAGE,
    REFUSED_ENCODING,
    PlaintextPayloadRefused,
    plaintext_refusal,
)
from schemas.contract import CandidateReply
from service.settings import Settings
from service.temporal_client import data_converter
from tests.codec.keysets import codec_settings

PLAIN = Payload(metadata={"encoding": b"json/plain"}, data=json.dumps({"text": "王五 13800138000"}).encode())


def required() -> Settings:
    return codec_settings(codec_required=True)


async def test_the_required_codec_refuses_plaintext_and_drops_its_data() -> None:
    codec = AesGcmCodec.from_settings(required(), require_encrypted=True)
    [marker] = await codec.decode([PLAIN])
    assert marker.metadata["encoding"] == REFUSED_ENCODING
    assert marker.data == b"" and "王五".encode() not in marker.SerializeToString()
    # Encrypted payloads still decrypt.
    [sealed] = await codec.encode([PLAIN])
    assert await codec.decode([sealed]) == [PLAIN]


async def test_without_the_requirement_plaintext_passes_as_before() -> None:
    codec = AesGcmCodec.from_settings(codec_settings())
    assert await codec.decode([PLAIN]) == [PLAIN]


async def test_raw_json_handlers_get_a_refusal_value_and_typed_ones_an_error() -> None:
    converter = data_converter(required())
    assert converter.payload_codec is not None, "data_converter(required()) has no payload codec"
    [marker] = await converter.payload_codec.decode([PLAIN])
    [raw] = converter.payload_converter.from_payloads([marker], [Any])
    assert raw == {PLAINTEXT_REFUSED_KEY: REFUSAL_MESSAGE}
    assert plaintext_refusal(raw) == REFUSAL_MESSAGE and "REINTERVIEW_CODEC_REQUIRED=true" in REFUSAL_MESSAGE
    assert plaintext_refusal({"kind": "manual"}) is None
    with pytest.raises(PlaintextPayloadRefused, match="REINTERVIEW_CODEC_REQUIRED=true"):
        converter.payload_converter.from_payloads([marker], [CandidateReply])


async def test_the_refusal_is_readable_without_the_codec_other_failures_stay_encrypted() -> None:
    converter = data_converter(required())
    refusal, other = Failure(), Failure()
    await converter.encode_failure(PlaintextPayloadRefused(), refusal)
    await converter.encode_failure(ApplicationError("no slot for 王五"), other)
    assert refusal.message == REFUSAL_MESSAGE and not refusal.HasField("encoded_attributes")
    assert other.message == "Encoded failure" and "王五".encode() not in other.SerializeToString()
    decoded = await converter.decode_failure(refusal)
    assert isinstance(decoded, ApplicationError) and decoded.type == "PlaintextPayloadRefused"


def test_requiring_the_codec_without_keys_is_an_error() -> None:
    with pytest.raises(CodecKeyError, match="REINTERVIEW_CODEC_REQUIRED=true but no codec keys"):
        data_converter(Settings(codec_keys={}, codec_required=True))
