"""Every process entry point masks PII in its logs and runs with the embedded stack's keys.

Each entry point (`python worker.py`, `python -m inbound`, `python -m web`, `python -m devstack`, `starter.py`)
is run up to the moment it would start serving, with that moment replaced by a stand-in that logs a line full
of personal data and secrets; the line must come out masked, and the stand-in sees the keys the stack keeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import starter
import worker
from codec.keys import load_or_create_codec_keys
from devstack import __main__ as devstack_main
from inbound import __main__ as inbound_main
from service.settings import Settings
from tests.fixtures.smtp import free_port
from web import __main__ as web_main

EMAIL = "wang.wu@candidates.test"
PHONE = "13800138000"


class Reached(Exception):
    """The entry point got as far as serving; carries the settings it would have served with."""

    def __init__(self, settings: Settings) -> None:
        super().__init__("reached")
        self.settings = settings


def log_and_stop(settings: Settings) -> None:
    logging.getLogger("tests.entry").warning(
        "reply from %s tel %s; codec token %s key %s; signing key %s",
        EMAIL,
        PHONE,
        settings.codec_token,
        next(iter(settings.codec_keys.values()), None),
        next(iter(settings.signing_keys.values()), None),
    )
    raise Reached(settings)


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """A data dir where the embedded stack already made its codec keys; no keys in the environment."""
    for name in (
        "REINTERVIEW_CODEC_KEYS",
        "REINTERVIEW_CODEC_KEY_ID",
        "REINTERVIEW_CODEC_TOKEN",
        "REINTERVIEW_SIGNING_KEYS",
        "REINTERVIEW_SIGNING_KEY_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    data_dir = tmp_path / "run"
    monkeypatch.setenv("REINTERVIEW_DATA_DIR", str(data_dir))
    for setting in ("TEMPORAL_UI_PORT", "SMTP_SINK_PORT", "INBOUND_PORT", "HTTP_PORT"):
        monkeypatch.setenv(f"REINTERVIEW_{setting}", str(free_port()))
    monkeypatch.setenv("REINTERVIEW_TEMPORAL_ADDRESS", f"127.0.0.1:{free_port()}")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    mail_log_level = logging.getLogger("mail.log").level
    yield load_or_create_codec_keys(Settings(data_dir=data_dir))
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    for h in handlers:
        h.filters[:] = filters[h]
    root.setLevel(level)
    logging.getLogger("mail.log").setLevel(mail_log_level)


async def _stand_in(settings: Settings, *args: Any, **kwargs: Any) -> None:
    log_and_stop(settings)


def run_inbound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_main, "run_gateway", _stand_in)
    inbound_main.main()


def run_web(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_main, "run_web", _stand_in)
    web_main.main()


def run_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    monkeypatch.setattr(worker, "connect", _stand_in)
    asyncio.run(worker.main())


def run_starter(monkeypatch: pytest.MonkeyPatch) -> None:
    async def main(argv: list[str] | None = None, settings: Settings | None = None) -> int:
        assert settings is not None
        log_and_stop(settings)
        return 0

    monkeypatch.setattr(starter, "main", main)
    starter.cli()


def run_devstack(monkeypatch: pytest.MonkeyPatch) -> None:
    class StandInStack:
        def __init__(self, settings: Settings, **kwargs: Any) -> None:
            self.settings = settings

        async def run(self) -> int:
            log_and_stop(self.settings)
            return 0

    monkeypatch.setattr(devstack_main, "Stack", StandInStack)
    devstack_main.main(["up"])


@pytest.mark.parametrize(
    "entry_point",
    [run_inbound, run_web, run_worker, run_starter, run_devstack],
    ids=["inbound", "web", "worker", "starter", "devstack"],
)
def test_entry_points_mask_logs_and_share_the_stack_keys(
    entry_point: Callable[[pytest.MonkeyPatch], None],
    environment: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(Reached) as reached:
        entry_point(monkeypatch)
    used = reached.value.settings
    assert (used.codec_keys, used.codec_key_id, used.codec_token) == (
        environment.codec_keys,
        environment.codec_key_id,
        environment.codec_token,
    ), "the same codec keys as the stack made"
    err = capsys.readouterr().err
    assert "reply from [email] tel [phone]; codec token [secret] key [secret]" in err, err
    assert environment.codec_token is not None
    for leaked in (EMAIL, PHONE, environment.codec_token, *environment.codec_keys.values()):
        assert leaked not in err
    if used.signing_keys:
        assert "signing key [secret]" in err
        assert not any(key in err for key in used.signing_keys.values())
