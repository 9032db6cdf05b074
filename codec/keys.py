"""Local codec keys for the embedded stack: created once under the data directory (mode 0600), reused after.

Production passes keys and token in the environment (REINTERVIEW_CODEC_KEYS, REINTERVIEW_CODEC_KEY_ID,
REINTERVIEW_CODEC_TOKEN); whatever the settings already carry is kept, only what is missing is loaded or created.
Creation is race-free: the file is written privately, then published with a hard link that fails if another
process got there first, so a worker and an HTTP service starting together end up with the same key.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codec.aesgcm import CodecKeyError, new_codec_key, parse_codec_keys
from service.private_files import ensure_private_dir, read_private
from service.settings import Settings

KEYS_FILE = "codec-keys.json"
TOKEN_FILE = "codec-token"


def load_or_create_codec_keys(settings: Settings) -> Settings:
    """Settings with codec_keys / codec_key_id / codec_token filled from `<data_dir>` files, created once."""
    updates: dict[str, object] = {}
    if not settings.codec_keys:
        stored = read_key_file(_read_or_create(settings.data_dir / KEYS_FILE, _new_key_file))
        updates["codec_keys"] = stored["keys"]
        updates["codec_key_id"] = stored["current"]
    if not settings.codec_token:
        updates["codec_token"] = _read_token(_read_or_create(settings.data_dir / TOKEN_FILE, _new_token))
    return settings.model_copy(update=updates) if updates else settings


def load_local_codec_keys(settings: Settings) -> Settings:
    """Settings with codec keys / token read from `<data_dir>` files the embedded stack made; never creates any.

    What the settings already carry (the environment) wins. Without files, the settings come back unchanged, so
    a process outside the embedded stack keeps exactly the keys it was given (or none).
    """
    updates: dict[str, object] = {}
    keys_file = settings.data_dir / KEYS_FILE
    if not settings.codec_keys and keys_file.exists():
        stored = read_key_file(_read_private(keys_file))
        updates["codec_keys"] = stored["keys"]
        updates["codec_key_id"] = stored["current"]
    token_file = settings.data_dir / TOKEN_FILE
    if not settings.codec_token and token_file.exists():
        updates["codec_token"] = _read_token(_read_private(token_file))
    return settings.model_copy(update=updates) if updates else settings


def rotate_local_codec_key(data_dir: Path) -> str:
    """Add a new key to `<data_dir>/codec-keys.json` and make it current; older keys stay for old histories."""
    path = data_dir / KEYS_FILE
    stored = read_key_file(_read_private(path))
    key_id = _new_key_id()
    stored["keys"][key_id] = new_codec_key()
    stored["current"] = key_id
    _write_private(path, json.dumps(stored, indent=2) + "\n", replace=True)
    return key_id


def read_key_file(text: str) -> dict[str, Any]:
    """Parse and check the key file's {"current": id, "keys": {id: base64}}; a damaged file is an error."""
    try:
        stored = json.loads(text)
        keys, current = stored["keys"], stored["current"]
    except (ValueError, KeyError, TypeError) as exc:
        raise CodecKeyError(
            f"{KEYS_FILE} is damaged ({exc}); restore it from a backup, as deleting it makes existing "
            "histories unreadable"
        ) from exc
    if not isinstance(keys, dict) or current not in keys:
        raise CodecKeyError(f"{KEYS_FILE}: current key id {current!r} is not among its keys")
    parse_codec_keys(keys)
    return {"current": current, "keys": dict(keys)}


def _new_key_id() -> str:
    return f"local-{secrets.token_hex(4)}"


def _new_key_file() -> str:
    key_id = _new_key_id()
    return json.dumps({"current": key_id, "keys": {key_id: new_codec_key()}}, indent=2) + "\n"


def _new_token() -> str:
    return secrets.token_urlsafe(32) + "\n"


def _read_token(text: str) -> str:
    token = text.strip()
    if len(token) < 16:
        raise CodecKeyError(f"{TOKEN_FILE} holds no usable token (under 16 characters)")
    return token


def _read_or_create(path: Path, make: Callable[[], str]) -> str:
    """The file's text; if it does not exist, `make()` is written to it first (exactly one writer wins)."""
    try:
        return _read_private(path)
    except FileNotFoundError:
        pass
    _write_private(path, make(), replace=False)
    return _read_private(path)


def _write_private(path: Path, text: str, *, replace: bool) -> None:
    """Write `text` to a 0600 file and publish it at `path`: atomically replacing, or only if still absent."""
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mkstemp creates mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if replace:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process created it first; its content is the one everybody uses
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _read_private(path: Path) -> str:
    """Read a secret file, tightening its mode to 0600 if others could read it."""
    return read_private(path)
