"""The AES-256-GCM payload codec on its own and inside the data converter client and worker share."""

from __future__ import annotations

import json

import pytest
from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.exceptions import ApplicationError

from codec.aesgcm import (
    ENCODING,
    KEY_ID_METADATA,
    AesGcmCodec,
    CodecKeyError,
    PayloadDecryptionError,
    UnknownKeyIdError,
    parse_codec_keys,
)
from schemas.contract import CandidateReply
from service.settings import Settings
from service.temporal_client import data_converter
from tests.codec.keysets import codec_settings, key_ids

SECRET = {"name": "王五", "email": "wang.wu@candidates.test", "overall_score": 71}


def plain_json(value: object) -> Payload:
    """A payload exactly as the temporal CLI or another SDK sends JSON."""
    return Payload(metadata={"encoding": b"json/plain"}, data=json.dumps(value, ensure_ascii=False).encode())


def codec_for(keys: dict[str, str], current: str) -> AesGcmCodec:
    return AesGcmCodec(parse_codec_keys(keys), current)


async def test_round_trip_hides_data_and_encoding() -> None:
    codec = codec_for(key_ids("k1"), "k1")
    original = [plain_json(SECRET), plain_json(None), Payload(metadata={"encoding": b"binary/null"})]
    encrypted = await codec.encode(original)
    for payload in encrypted:
        assert payload.metadata["encoding"] == ENCODING
        assert payload.metadata[KEY_ID_METADATA] == b"k1"
        assert b"json/plain" not in payload.data and "王五".encode() not in payload.data
        assert b"overall_score" not in payload.data
    assert await codec.decode(encrypted) == original


async def test_same_payload_twice_gives_different_ciphertexts() -> None:
    codec = codec_for(key_ids("k1"), "k1")
    first, second = await codec.encode([plain_json(SECRET), plain_json(SECRET)])
    assert first.data[:12] != second.data[:12], "a fresh nonce per payload"
    assert first.data != second.data


async def test_rotation_encrypts_with_current_and_decrypts_older_history() -> None:
    keys = key_ids("k1", "k2")
    written_with_k1 = await codec_for({"k1": keys["k1"]}, "k1").encode([plain_json(SECRET)])

    rotated = codec_for(keys, "k2")
    assert await rotated.decode(written_with_k1) == [plain_json(SECRET)]
    [fresh] = await rotated.encode([plain_json(SECRET)])
    assert fresh.metadata[KEY_ID_METADATA] == b"k2"

    k1_retired = codec_for({"k2": keys["k2"]}, "k2")
    assert await k1_retired.decode([fresh]) == [plain_json(SECRET)]
    with pytest.raises(UnknownKeyIdError, match="codec key id 'k1'") as err:
        await k1_retired.decode(written_with_k1)
    assert "configured: k2" in str(err.value)


async def test_unknown_key_id_fails_loudly_through_the_data_converter() -> None:
    keys = key_ids("old", "new")
    writer = data_converter(codec_settings({"old": keys["old"]}, current="old"))
    reader = data_converter(codec_settings({"new": keys["new"]}, current="new"))
    encoded = await writer.encode([CandidateReply(intent="confirm", text="王五确认")])
    with pytest.raises(UnknownKeyIdError, match="'old'"):
        await reader.decode(encoded, [CandidateReply])


async def test_tampered_ciphertext_is_rejected_naming_the_key() -> None:
    codec = codec_for(key_ids("k1"), "k1")
    [payload] = await codec.encode([plain_json(SECRET)])
    flipped = bytearray(payload.data)
    flipped[20] ^= 0x01
    tampered = Payload(metadata=payload.metadata, data=bytes(flipped))
    with pytest.raises(PayloadDecryptionError, match="codec key id 'k1' failed authentication"):
        await codec.decode([tampered])
    with pytest.raises(PayloadDecryptionError, match="truncated"):
        await codec.decode([Payload(metadata=payload.metadata, data=payload.data[:20])])


async def test_moving_a_payload_to_another_key_id_is_tampering() -> None:
    keys = key_ids("k1", "k2")
    [payload] = await codec_for(keys, "k1").encode([plain_json(SECRET)])
    relabelled = Payload(metadata={"encoding": ENCODING, KEY_ID_METADATA: b"k2"}, data=payload.data)
    with pytest.raises(PayloadDecryptionError, match="'k2' failed authentication"):
        await codec_for(keys, "k2").decode([relabelled])
    with pytest.raises(PayloadDecryptionError, match="no 'encryption-key-id'"):
        await codec_for(keys, "k2").decode([Payload(metadata={"encoding": ENCODING}, data=payload.data)])


async def test_plain_payloads_from_other_systems_pass_through_decode() -> None:
    codec = codec_for(key_ids("k1"), "k1")
    others = [plain_json({"kind": "manual", "reason": "HR decision"}), Payload(metadata={"encoding": b"binary/null"})]
    assert await codec.decode(others) == others
    converter = data_converter(codec_settings())
    [reply] = await converter.decode([plain_json({"intent": "confirm", "slot": 1})], [CandidateReply])
    assert reply == CandidateReply(intent="confirm", slot=1)


@pytest.mark.parametrize(
    ("keys", "current", "says"),
    [
        ({"k1": "not base64!"}, "k1", "codec key 'k1' is not valid base64"),
        ({"k1": "AAAA"}, "k1", "codec key 'k1' is 3 bytes; AES-256 needs 32"),
        ({"bad id": "AAAA"}, "bad id", "codec key id 'bad id' must be"),
        (key_ids("k1"), "k9", "current codec key id 'k9' is not among the codec keys (k1)"),
    ],
)
def test_bad_key_configuration_is_refused_with_the_key_id(keys: dict[str, str], current: str, says: str) -> None:
    with pytest.raises(CodecKeyError) as err:
        data_converter(codec_settings(keys, current=current))
    assert says in str(err.value)


def test_keys_without_a_current_id_are_refused() -> None:
    with pytest.raises(CodecKeyError, match="REINTERVIEW_CODEC_KEY_ID"):
        data_converter(Settings(codec_keys=key_ids("k1")))


def test_data_converter_is_plain_without_keys_and_encrypting_with_them() -> None:
    assert data_converter(Settings(codec_keys={})) is pydantic_data_converter
    converter = data_converter(codec_settings())
    assert isinstance(converter.payload_codec, AesGcmCodec)
    assert issubclass(converter.payload_converter_class, pydantic_data_converter.payload_converter_class)


async def test_failure_messages_are_encrypted_too() -> None:
    converter = data_converter(codec_settings())
    failure = Failure()
    await converter.encode_failure(ApplicationError("candidate wang.wu@candidates.test has no slot", "王五"), failure)
    raw = failure.SerializeToString()
    assert b"wang.wu@candidates.test" not in raw and "王五".encode() not in raw
    assert failure.message == "Encoded failure"
    decoded = await converter.decode_failure(failure)
    assert isinstance(decoded, ApplicationError)
    assert decoded.message == "candidate wang.wu@candidates.test has no slot"
    assert list(decoded.details) == ["王五"]
