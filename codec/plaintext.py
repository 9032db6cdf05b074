"""Plaintext refused (`REINTERVIEW_CODEC_REQUIRED=true`): a payload that reaches the worker unencrypted — a signal,
update or start sent by a client without the codec — is refused with an error naming the requirement, and neither
acted on nor allowed to wedge the run.

A codec that simply raised on plaintext would fail the workflow *task* over and over (the SDK retries decoding on
every attempt) and the run would be stuck. Instead the refusal is designed in, in two steps:

1. the worker's codec (`AesGcmCodec(require_encrypted=True)`) turns a plaintext payload into a marker payload
   (encoding `binary/plaintext-refused`, no data: the plaintext is dropped, not carried further);
2. the data converter's `RefusedPlaintextConverter` converts that marker
   - for a handler taking raw JSON (type `Any`: the workflow input, `trigger`, `training_completed`, …) into the
     value `{"plaintext_refused": REFUSAL_MESSAGE}`, which the workflow's own validation rejects: a signal is
     ignored and noted on the timeline, the start input is invalid and the run ends at once;
   - for a typed handler (an update such as `submit_result`, a typed signal) into the exception
     `PlaintextPayloadRefused`: the SDK rejects the update with this message (before its validator runs) and drops
     the signal with a warning in the worker's log.

The refusal's failure is not encrypted (`CodecFailureConverter`), so a client without the codec can read why.
"""

from __future__ import annotations

from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.contrib.pydantic import PydanticPayloadConverter
from temporalio.converter import (
    DefaultFailureConverter,
    DefaultFailureConverterWithEncodedAttributes,
    EncodingPayloadConverter,
    PayloadConverter,
)
from temporalio.exceptions import ApplicationError

REFUSED_ENCODING = b"binary/plaintext-refused"
ORIGINAL_ENCODING_METADATA = "refused-encoding"
PLAINTEXT_REFUSED_KEY = "plaintext_refused"
REFUSED_TYPE = "PlaintextPayloadRefused"
REFUSAL_MESSAGE = (
    "plaintext payload refused: this deployment requires payloads encrypted by the codec "
    "(REINTERVIEW_CODEC_REQUIRED=true); send through the codec: temporal ... --codec-endpoint URL --codec-auth "
    "'Bearer TOKEN', or encrypt with the codec server's POST /encode (docs/SECURITY.md)"
)


class PlaintextPayloadRefused(ApplicationError):
    """A payload arrived unencrypted where the codec is required; non-retryable, readable without the codec."""

    def __init__(self) -> None:
        super().__init__(REFUSAL_MESSAGE, type=REFUSED_TYPE, non_retryable=True)


def refused_marker(payload: Payload) -> Payload:
    """What the codec hands on instead of a plaintext payload: a marker, without the plaintext's data."""
    original = payload.metadata.get("encoding", b"<none>")
    return Payload(metadata={"encoding": REFUSED_ENCODING, ORIGINAL_ENCODING_METADATA: original[:64]})


def plaintext_refusal(raw: object) -> str | None:
    """The refusal message if `raw` is the value a refused plaintext payload converts to, else None.

    For workflow code taking raw JSON: `if (refusal := plaintext_refusal(raw)): note(refusal)` before validating.
    """
    if isinstance(raw, dict) and set(raw) == {PLAINTEXT_REFUSED_KEY}:
        value = raw[PLAINTEXT_REFUSED_KEY]
        return value if isinstance(value, str) else REFUSAL_MESSAGE
    return None


class RefusedPlaintextConverter(EncodingPayloadConverter):
    """Converts the codec's marker: raw-JSON handlers get a value their validation rejects, typed ones an error."""

    @property
    def encoding(self) -> str:
        return REFUSED_ENCODING.decode()

    def to_payload(self, value: Any) -> Payload | None:
        return None  # never produces payloads; only stands in for refused ones

    def from_payload(self, payload: Payload, type_hint: type | None = None) -> Any:
        if type_hint is None or type_hint is Any or type_hint is object:
            return {PLAINTEXT_REFUSED_KEY: REFUSAL_MESSAGE}
        raise PlaintextPayloadRefused()


class CodecPayloadConverter(PydanticPayloadConverter):
    """The pydantic payload converter, plus the converter for refused plaintext markers."""

    def __init__(self) -> None:
        super().__init__()
        self._set_converters(*self.converters.values(), RefusedPlaintextConverter())


class CodecFailureConverter(DefaultFailureConverterWithEncodedAttributes):
    """Failure messages and stack traces go into the encoded (encrypted) attributes — except a plaintext refusal,
    whose message holds no personal data and must be readable by the client that sent plaintext."""

    def __init__(self) -> None:
        super().__init__()
        self._plain = DefaultFailureConverter()

    def to_failure(self, exception: BaseException, payload_converter: PayloadConverter, failure: Failure) -> None:
        if isinstance(exception, ApplicationError) and exception.type == REFUSED_TYPE:
            self._plain.to_failure(exception, payload_converter, failure)
        else:
            super().to_failure(exception, payload_converter, failure)
