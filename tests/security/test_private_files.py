"""Private by default: secrets, keys and saved mail are 0600, folders 0700, and a file someone loosened is
tightened back with a warning — the signing keys as well as the codec keys."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from codec.keys import load_or_create_codec_keys
from inbound.tokens import KEY_FILE_NAME, load_or_create_signing_keys
from mail.sink import MailSink
from service.private_files import ensure_private_dir, tighten_tree, write_private_bytes
from service.settings import Settings
from tests.fixtures.smtp import free_port


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fresh(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "run", signing_keys={}, signing_key_id=None, codec_keys={}, codec_token=None)


def test_keys_are_created_private_in_a_private_folder(tmp_path: Path) -> None:
    settings = load_or_create_codec_keys(load_or_create_signing_keys(fresh(tmp_path)))
    assert mode(settings.data_dir) == 0o700
    for name in (KEY_FILE_NAME, "codec-keys.json", "codec-token"):
        assert mode(settings.data_dir / name) == 0o600, name


@pytest.mark.parametrize("name", [KEY_FILE_NAME, "codec-keys.json", "codec-token"])
def test_a_loosened_key_file_is_tightened_back_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    settings = fresh(tmp_path)
    load_or_create_codec_keys(load_or_create_signing_keys(settings))
    (settings.data_dir / name).chmod(0o644)
    settings.data_dir.chmod(0o755)
    with caplog.at_level(logging.WARNING):
        again = load_or_create_codec_keys(load_or_create_signing_keys(fresh(tmp_path)))
    assert again.signing_keys and again.codec_keys
    assert mode(settings.data_dir / name) == 0o600 and mode(settings.data_dir) == 0o700
    assert f"{name} was readable by other users (mode 644); tightened to 600" in caplog.text


def test_saved_mail_is_private(tmp_path: Path) -> None:
    import smtplib

    sink = MailSink("127.0.0.1", free_port(), tmp_path / "run" / "mail")
    sink.start()
    try:
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as smtp:
            smtp.sendmail("a@example.com", ["b@example.com"], b"Subject: hi\r\n\r\nreply link token\r\n")
    finally:
        sink.stop()
    [saved] = list((tmp_path / "run" / "mail").glob("*.eml"))
    assert mode(saved) == 0o600 and mode(saved.parent) == 0o700
    assert list(saved.parent.glob("*.part")) == []


def test_tighten_tree_fixes_every_loose_entry_and_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = ensure_private_dir(tmp_path / "run")
    (root / "mail").mkdir(mode=0o755)
    (root / "mail").chmod(0o755)
    loose = root / "mail" / "old.eml"
    loose.write_bytes(b"x")
    loose.chmod(0o644)
    (root / "temporal.db").write_bytes(b"x")
    (root / "temporal.db").chmod(0o664)
    (root / "run.sh").write_bytes(b"x")
    (root / "run.sh").chmod(0o755)
    os.symlink(loose, root / "link")
    with caplog.at_level(logging.WARNING):
        assert tighten_tree(root) == 4
    assert mode(root / "mail") == 0o700 and mode(loose) == 0o600 and mode(root / "temporal.db") == 0o600
    assert mode(root / "run.sh") == 0o700, "the owner keeps execute"
    assert caplog.text.count("was readable by other users") == 4
    assert tighten_tree(root) == 0


def test_write_private_bytes_replaces_atomically_and_privately(tmp_path: Path) -> None:
    target = tmp_path / "x.eml"
    (tmp_path / "x.eml.part").write_bytes(b"left by a crash")
    (tmp_path / "x.eml.part").chmod(0o666)
    write_private_bytes(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert not (tmp_path / "x.eml.part").exists()
