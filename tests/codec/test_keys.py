"""Local codec keys: created once under the data directory with mode 0600, reused, rotated, never clobbered."""

from __future__ import annotations

import json
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from codec.aesgcm import CodecKeyError, parse_codec_keys
from codec.keys import (
    KEYS_FILE,
    TOKEN_FILE,
    load_local_codec_keys,
    load_or_create_codec_keys,
    rotate_local_codec_key,
)
from service.settings import Settings
from service.temporal_client import data_converter
from tests.codec.keysets import key_ids


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_first_call_creates_key_and_token_privately_then_reuses_them(tmp_path: Path) -> None:
    data_dir = tmp_path / "run"
    first = load_or_create_codec_keys(Settings(data_dir=data_dir, codec_keys={}))
    assert first.codec_key_id and set(first.codec_keys) == {first.codec_key_id}
    assert len(parse_codec_keys(first.codec_keys)[first.codec_key_id]) == 32
    assert first.codec_token and len(first.codec_token) >= 32
    assert mode(data_dir / KEYS_FILE) == 0o600 and mode(data_dir / TOKEN_FILE) == 0o600
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".")], "no temporary files left"

    again = load_or_create_codec_keys(Settings(data_dir=data_dir, codec_keys={}))
    assert (again.codec_keys, again.codec_key_id, again.codec_token) == (
        first.codec_keys,
        first.codec_key_id,
        first.codec_token,
    )
    assert data_converter(again).payload_codec is not None


def test_configured_keys_and_token_are_kept_and_nothing_is_written_for_them(tmp_path: Path) -> None:
    keys = key_ids("prod-2025")
    settings = Settings(data_dir=tmp_path, codec_keys=keys, codec_key_id="prod-2025", codec_token="t" * 40)
    assert load_or_create_codec_keys(settings) is settings
    assert list(tmp_path.iterdir()) == []


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(
            pool.map(lambda _: load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={})), range(16))
        )
    assert len({json.dumps(r.codec_keys, sort_keys=True) for r in results}) == 1
    assert len({r.codec_token for r in results}) == 1


def test_rotation_adds_a_current_key_and_keeps_the_old_one(tmp_path: Path) -> None:
    before = load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    new_id = rotate_local_codec_key(tmp_path)
    after = load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    assert after.codec_key_id == new_id != before.codec_key_id
    assert before.codec_key_id is not None
    assert after.codec_keys[before.codec_key_id] == before.codec_keys[before.codec_key_id]
    assert mode(tmp_path / KEYS_FILE) == 0o600


def test_loose_permissions_are_tightened(tmp_path: Path) -> None:
    load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    (tmp_path / TOKEN_FILE).chmod(0o644)
    load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    assert mode(tmp_path / TOKEN_FILE) == 0o600


def test_a_damaged_key_file_is_an_error_not_a_silent_new_key(tmp_path: Path) -> None:
    (tmp_path / KEYS_FILE).write_text('{"current": "k1", "keys": {}}')
    with pytest.raises(CodecKeyError, match="current key id 'k1' is not among its keys"):
        load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    (tmp_path / KEYS_FILE).write_text("{not json")
    with pytest.raises(CodecKeyError, match="damaged"):
        load_or_create_codec_keys(Settings(data_dir=tmp_path, codec_keys={}))
    assert (tmp_path / KEYS_FILE).read_text() == "{not json"


def test_outside_the_embedded_stack_keys_are_only_read_never_created(tmp_path: Path) -> None:
    data_dir = tmp_path / "run"
    bare = Settings(data_dir=data_dir, codec_keys={}, codec_token=None)
    assert load_local_codec_keys(bare) is bare, "no files: the settings are left as they are"
    assert not data_dir.exists(), "nothing is created"
    assert data_converter(bare).payload_codec is None

    made = load_or_create_codec_keys(bare)  # what the embedded stack does once
    read = load_local_codec_keys(bare)
    assert (read.codec_keys, read.codec_key_id, read.codec_token) == (
        made.codec_keys,
        made.codec_key_id,
        made.codec_token,
    )

    env_keys = key_ids("prod-2025")
    configured = Settings(data_dir=data_dir, codec_keys=env_keys, codec_key_id="prod-2025", codec_token="t" * 40)
    assert load_local_codec_keys(configured) == configured, "keys and token from the environment win"
