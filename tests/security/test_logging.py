"""Logs never carry candidate PII or our secrets: the PiiMask filter on every root handler."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from service.logging import PiiMask, configure_logging, remember_names
from tests.codec.keysets import codec_settings


@pytest.fixture
def restore_root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    for h in handlers:
        if h not in root.handlers:
            root.addHandler(h)
        h.filters[:] = filters[h]
    root.setLevel(level)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("invite sent to wang.wu@candidates.test", "wang.wu@candidates.test"),
        ("To: <Li.Lei+re@mail.example.com.cn>", "Li.Lei+re@mail.example.com.cn"),
        ("call 13800138000 today", "13800138000"),
        ("call 138-0013-8000 or 138 0013 8000", "0013"),
        ("mobile +86 139 1234 5678", "1234 5678"),
        ("mobile +8613912345678", "13912345678"),
        ("US office +1 (415) 555-0100", "555-0100"),
        ("London +44 20 7946 0958", "7946 0958"),
        ("HK +852 9123 4567", "9123 4567"),
    ],
)
def test_emails_and_phone_numbers_are_masked(text: str, gone: str) -> None:
    masked = PiiMask().mask(text)
    assert gone not in masked
    assert "[email]" in masked or "[phone]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "interview at 2025-06-03T10:00:00+08:00 (UTC+0800)",
        "workflow reinterview-job-ecom-support-cand-001 run 3f2a9c1e-55aa-4b0b-9c67-1234567890ab",
        "scores 58/80/86, overall 71.0, took 1234 ms, message <m1@x>",
        "attempt 2 of 3, id 202506031000",
    ],
)
def test_ordinary_log_text_is_left_alone(text: str) -> None:
    assert PiiMask().mask(text) == text


def test_registered_names_are_masked_whole_and_by_latin_parts() -> None:
    mask = PiiMask(names=["王五", "Alice  Zhang", None, "X"])
    assert mask.mask("王五确认了时间") == "[name]确认了时间"
    assert mask.mask("Dear ALICE ZHANG, hi Alice; Zhang's slot") == "Dear [name], hi [name]; [name]'s slot"
    assert mask.mask("Alicia and Zhangjiakou stay") == "Alicia and Zhangjiakou stay"
    assert mask.mask("X marks") == "X marks", "one-letter names would mask everything"
    mask.remember_names(["赵六"])
    assert mask.mask("王五 and 赵六") == "[name] and [name]"


def test_filter_masks_args_formatted_message_exceptions_and_stack(restore_root_logging: None) -> None:
    stream = io.StringIO()
    settings = codec_settings(smtp_password="smtp-pass-1234", database_url="postgresql://app:db-secret-99@h/db")
    configure_logging(settings, stream=stream)
    remember_names(["王五"])
    log = logging.getLogger("tests.security")
    log.info("invited %s <%s> tel %s", "王五", "wang.wu@candidates.test", "13800138000")
    log.info("payload %r", {"name": "王五", "email": "wang.wu@candidates.test"})
    log.info("literal wang.wu@candidates.test 100% done")
    try:
        raise ValueError("no slot for 王五 (wang.wu@candidates.test)")
    except ValueError:
        log.exception("booking failed for %s", "王五")
    log.warning("token %s key %s", settings.codec_token, settings.codec_keys["k1"], stack_info=True)
    log.info("smtp %s db %s", settings.smtp_password, "db-secret-99")
    out = stream.getvalue()
    assert settings.codec_token is not None
    for leaked in (
        "王五",
        "wang.wu@candidates.test",
        "13800138000",
        settings.codec_token,
        settings.codec_keys["k1"],
        "smtp-pass-1234",
        "db-secret-99",
    ):
        assert leaked not in out
    assert "invited [name] <[email]> tel [phone]" in out
    assert "'name': '[name]'" in out
    assert "literal [email] 100% done" in out
    assert "ValueError: no slot for [name] ([email])" in out
    assert "token [secret] key [secret]" in out and "Stack (most recent call last)" in out


def test_configure_logging_twice_keeps_one_handler_and_remembered_names(restore_root_logging: None) -> None:
    stream = io.StringIO()
    configure_logging(codec_settings(), stream=stream)
    remember_names(["Alice Zhang"])
    configure_logging(codec_settings(), stream=stream)
    logging.getLogger("tests.security").warning("Alice Zhang replied")
    assert stream.getvalue().count("replied") == 1
    assert "[name] replied" in stream.getvalue()


def test_records_reaching_other_root_handlers_are_masked(
    restore_root_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging(codec_settings(), stream=io.StringIO())
    with caplog.at_level(logging.INFO):
        logging.getLogger("tests.security").info("reply from wang.wu@candidates.test")
    assert "wang.wu@candidates.test" not in caplog.text
    assert "[email]" in caplog.text
