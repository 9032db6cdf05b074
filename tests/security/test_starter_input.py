"""starter.py keeps personal data off its command line: free text and JSON from a file or stdin, a warning when
given in argv; ids that look like personal data are warned about, or refused before signal-with-start."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment

import starter
from service.settings import Settings

WARNING = "puts personal data on the command line"


def settings_for(env: WorkflowEnvironment, task_queue: str, strict_ids: bool = False) -> Settings:
    """Settings on the test's dev server and its own task queue (no worker polls it: runs just wait)."""
    target = env.client.service_client.config.target_host
    return Settings(
        temporal_address=target, task_queue=task_queue, codec_keys={}, codec_token=None, strict_ids=strict_ids
    )


async def signal_texts(client: Client, workflow_id: str) -> list[dict[str, Any]]:
    """The decoded input of every signal in the run's history (the test's client has no codec)."""
    found: list[dict[str, Any]] = []
    async for event in client.get_workflow_handle(workflow_id).fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
            for payload in event.workflow_execution_signaled_event_attributes.input.payloads:
                found.append(json.loads(payload.data))
    return found


async def test_free_text_from_a_file_or_stdin_goes_out_without_a_warning_and_argv_text_warns(
    dev_env: WorkflowEnvironment,
    task_queue: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = settings_for(dev_env, task_queue)
    job, candidate = f"job-{uuid.uuid4().hex[:8]}", "cand-input"
    workflow_id = f"reinterview-{job}-{candidate}"
    reason = tmp_path / "reason.txt"
    reason.write_text("候选人说第三题网络断了\n", encoding="utf-8")
    target = ["--job", job, "--candidate", candidate]
    try:
        assert await starter.main(["trigger", *target, "--kind", "manual", "--reason-file", str(reason)], settings) == 0
        assert WARNING not in capsys.readouterr().err

        monkeypatch.setattr("sys.stdin", io.StringIO("周五下午可以吗"))
        assert await starter.main(["reply", *target, "--intent", "question", "--text-file", "-"], settings) == 0
        assert WARNING not in capsys.readouterr().err

        assert await starter.main(["hr-decision", *target, "--approve", "--note", "张三 is fine"], settings) == 0
        err = capsys.readouterr().err
        assert "warning: --note puts personal data on the command line" in err and "--note-file -" in err

        texts = await signal_texts(dev_env.client, workflow_id)
        assert {"kind": "manual", "reason": "候选人说第三题网络断了"}.items() <= texts[0].items()
        assert texts[1]["text"] == "周五下午可以吗"
        assert texts[2]["note"] == "张三 is fine"
    finally:
        await dev_env.client.get_workflow_handle(workflow_id).terminate("test over")


async def test_result_json_from_a_file_or_stdin_and_a_warning_for_argv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A payload the contract refuses stops before any connection: which source it came from is all we look at.
    bad = '{"dimension_scores": {"communication": "high"}, "comments": "王五答得一般"}'
    path = tmp_path / "result.json"
    path.write_text(bad, encoding="utf-8")
    target = ["result", "--job", "j", "--candidate", "c"]

    assert await starter.main([*target, "--payload-file", str(path)]) == 2
    err = capsys.readouterr().err
    assert "dimension_scores.communication" in err and WARNING not in err

    monkeypatch.setattr("sys.stdin", io.StringIO(bad))
    assert await starter.main([*target, "-"]) == 2
    err = capsys.readouterr().err
    assert "dimension_scores.communication" in err and WARNING not in err

    assert await starter.main([*target, bad]) == 2
    err = capsys.readouterr().err
    assert "warning: the JSON payload puts personal data on the command line" in err

    assert await starter.main([*target, bad, "--payload-file", str(path)]) == 2
    assert "not both" in capsys.readouterr().err
    assert await starter.main([*target, "--payload-file", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert await starter.main(target) == 2
    assert "--payload-file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("job", "candidate", "field", "kind"),
    [
        ("job-ok", "13800138000", "--candidate", "a phone number"),
        ("job-ok", "zhangsan.work@example.com", "--candidate", "an email address"),
        ("job-ok", "ZhangSan", "--candidate", "a name"),
        ("job-ok", "wang_xiaoming", "--candidate", "a name"),
        ("+8613912345678", "cand-ok", "--job", "a phone number"),
    ],
)
async def test_ids_that_look_personal_are_refused_under_strict_ids_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch,
    dev_env: WorkflowEnvironment,
    task_queue: str,
    capsys: pytest.CaptureFixture[str],
    job: str,
    candidate: str,
    field: str,
    kind: str,
) -> None:
    strict = settings_for(dev_env, task_queue, strict_ids=True)
    monkeypatch.setattr("sys.stdin", io.StringIO("第三题网络断了"))
    args = ["trigger", "--job", job, "--candidate", candidate, "--kind", "candidate_request", "--reason-file", "-"]
    code = await starter.main(args, strict)
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"{field} looks like {kind}" in err and "REINTERVIEW_STRICT_IDS=true" in err and "nothing was sent" in err
    assert job not in err and candidate not in err, "the id itself is never echoed"
    with pytest.raises(RPCError):
        await dev_env.client.get_workflow_handle(f"reinterview-{job}-{candidate}").describe()


async def test_without_strict_ids_a_personal_looking_id_is_a_warning_that_does_not_echo_it(
    dev_env: WorkflowEnvironment, task_queue: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(dev_env, task_queue)
    monkeypatch.setattr("sys.stdin", io.StringIO("HR decision"))
    job = f"job-{uuid.uuid4().hex[:8]}"
    args = ["trigger", "--job", job, "--candidate", "13912345678", "--kind", "manual", "--reason-file", "-"]
    code = await starter.main(args, settings)
    err = capsys.readouterr().err
    try:
        assert code == 0, err
        assert "warning: --candidate looks like a phone number; ids must be opaque keys" in err
        assert "13912345678" not in err.split("triggered")[0]
    finally:
        await dev_env.client.get_workflow_handle(f"reinterview-{job}-13912345678").terminate("test over")
