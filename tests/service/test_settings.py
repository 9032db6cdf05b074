"""Settings come from REINTERVIEW_* variables (and DATABASE_URL) and describe the workflow policy."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from service.names import reinterview_workflow_id
from service.settings import Settings


def test_defaults_match_the_contract() -> None:
    s = Settings(_env_file=None)
    assert (s.temporal_address, s.task_queue, s.smtp_port, s.inbound_port, s.http_port) == (
        "127.0.0.1:7233",
        "reinterview",
        1025,
        2525,
        8088,
    )
    assert s.data_dir == Path(".run")
    assert s.policy().reply_reminder_after_s == 24 * 3600


def test_environment_overrides_with_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINTERVIEW_TEMPORAL_ADDRESS", "ns.acct.tmprl.cloud:7233")
    monkeypatch.setenv("REINTERVIEW_TEMPORAL_API_KEY", "k")
    monkeypatch.setenv("REINTERVIEW_REPLY_REMINDER_AFTER", "PT15S")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@db/x")
    s = Settings()
    assert s.temporal_address == "ns.acct.tmprl.cloud:7233" and s.temporal_api_key == "k"
    assert s.reply_reminder_after == timedelta(seconds=15)
    assert s.policy().reply_reminder_after_s == 15
    assert s.database_url == "postgresql://u@db/x"


def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINTERVIEW_SMTP_PORT", "not-a-port")
    with pytest.raises(ValidationError) as err:
        Settings()
    assert "smtp_port" in str(err.value)


@pytest.mark.parametrize(("job", "candidate"), [("job 1", "c"), ("j", "zhang@example.com"), ("", "c"), ("j", "a/b")])
def test_workflow_ids_refuse_anything_but_opaque_ids(job: str, candidate: str) -> None:
    with pytest.raises(ValueError, match="not an opaque id"):
        reinterview_workflow_id(job, candidate)


def test_workflow_id_shape() -> None:
    assert reinterview_workflow_id("job-1", "cand-9") == "reinterview-job-1-cand-9"
