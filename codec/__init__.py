"""The payload codec: AES-256-GCM encryption of every Temporal payload, its keys and its HTTP codec server."""

from codec.aesgcm import (
    ENCODING,
    KEY_ID_METADATA,
    AesGcmCodec,
    CodecKeyError,
    PayloadDecryptionError,
    UnknownKeyIdError,
)

__all__ = [
    "ENCODING",
    "KEY_ID_METADATA",
    "AesGcmCodec",
    "CodecKeyError",
    "PayloadDecryptionError",
    "UnknownKeyIdError",
]
