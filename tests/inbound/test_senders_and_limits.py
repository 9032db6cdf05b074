"""Pure rules of the hardened gateway: who sent a reply, what a message may be before it is parsed, and the
per-client limits."""

from __future__ import annotations

import pytest

from inbound.gateway import ClientLimits
from inbound.mime import MAX_TEXT_BYTES, Limits, over_limits, parse, part_text
from inbound.senders import check_sender, dmarc_failed, from_address, normalise_address
from tests.inbound.conftest import keyed_settings


@pytest.mark.parametrize(
    ("address", "normalised"),
    [
        ("ZhangSan@Example.COM", "zhangsan@example.com"),
        ("  <zhangsan@example.com.> ", "zhangsan@example.com"),
        ("Ｚhangsan@ｅxample.com", "zhangsan@example.com"),  # full-width (NFKC)
        ("zhang@例子.中国", "zhang@xn--fsqu00a.xn--fiqs8s"),
        ("Zhang.San+jobs@GoogleMail.com", "zhangsan@gmail.com"),
        ("zhang.san+jobs@corp.example", "zhang.san+jobs@corp.example"),  # + and dots kept outside Gmail
        ("not an address", ""),
        ("@example.com", ""),
        ("a b@example.com", ""),
    ],
)
def test_addresses_are_compared_in_one_normal_form(address: str, normalised: str) -> None:
    assert normalise_address(address) == normalised


def test_the_from_header_must_name_exactly_one_address() -> None:
    assert from_address("张三 <ZhangSan@Example.com>") == "zhangsan@example.com"
    assert from_address("a@example.com, b@example.com") == ""
    assert from_address("") == ""


def test_sender_check() -> None:
    assert check_sender("zhangsan@example.com", "ZhangSan@example.com", set(), None).trusted
    assert check_sender("z@alias.test", "zhangsan@example.com", {"z@alias.test"}, None).trusted
    other = check_sender("spoofer@evil.test", "zhangsan@example.com", set(), None)
    assert not other.trusted and "spoofer@evil.test" in other.why
    assert not check_sender("", "zhangsan@example.com", set(), None).trusted
    assert not check_sender("zhangsan@example.com", None, set(), None).trusted
    failed = check_sender("zhangsan@example.com", "zhangsan@example.com", set(), "mx; dmarc=fail")
    assert not failed.trusted and "DMARC" in failed.why


def test_only_our_mx_authentication_results_count() -> None:
    ours = "mx.hr.example.com"
    fail = "mx.hr.example.com; spf=pass smtp.mailfrom=x.test; dmarc=fail (p=reject) header.from=x.test"
    assert dmarc_failed([fail], ours) == fail
    assert dmarc_failed([fail], None) is None  # no trusted id configured: no header counts
    assert dmarc_failed(["mx.attacker.test; dmarc=fail"], ours) is None
    assert dmarc_failed(["MX.HR.EXAMPLE.COM 1; dmarc=FAIL header.from=x.test"], ours) is not None
    assert dmarc_failed([f"{ours}; dmarc=pass", f"{ours}; dkim=pass (dmarc=fail in a comment)"], ours) is None
    assert dmarc_failed([f"{ours}; dmarc=pass", fail], ours) == fail  # a forged pass beside ours changes nothing
    assert dmarc_failed([f"{ours}; dmarc=none"], ours) is None


def test_limits_before_parsing() -> None:
    limits = Limits(header_bytes=1000, parts=3, nesting=2)
    small = b"From: a@example.com\r\nSubject: hi\r\n\r\nbody"
    assert over_limits(small, limits) is None
    assert "header section has" in (over_limits(b"X: " + b"a" * 1000 + b"\r\n\r\nbody", limits) or "")
    assert "header section has" in (over_limits(b"X: " + b"a" * 1000, limits) or "")  # no body at all
    parts = b"Content-Type: multipart/mixed\r\n\r\n" + b"\r\ncontent-type: text/plain\r\n" * 4
    assert "MIME parts" in (over_limits(parts, limits) or "")
    nested = b"".join(b"Content-Type:\r\n multipart/mixed; boundary=b\r\n\r\n" for _ in range(3))
    assert "multipart containers" in (over_limits(nested, limits) or "")


def test_only_the_first_64_kb_of_a_text_part_is_read() -> None:
    body = ("确认" * 40_000).encode("utf-8")  # 240 KB of three-byte characters
    message = parse(b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    text = part_text(message)
    assert len(text.encode("utf-8")) <= MAX_TEXT_BYTES and set(text) == {"确", "认"}  # no broken character


def test_client_limits() -> None:
    limits = ClientLimits(
        keyed_settings(
            inbound_max_connections=3, inbound_max_connections_per_client=2, inbound_max_messages_per_client_minute=2
        )
    )
    assert limits.connect("10.0.0.1") is None and limits.connect("10.0.0.1") is None
    assert (limits.connect("10.0.0.1") or "").startswith("421 4.7.0")
    assert limits.connect("10.0.0.2") is None
    assert (limits.connect("10.0.0.3") or "").startswith("421 4.3.2")  # all three taken
    limits.disconnect("10.0.0.1")
    assert limits.connect("10.0.0.3") is None
    assert limits.message("10.0.0.1", now=100.0) is None and limits.message("10.0.0.1", now=110.0) is None
    assert (limits.message("10.0.0.1", now=120.0) or "").startswith("451 4.7.1")
    assert limits.message("10.0.0.2", now=120.0) is None
    assert limits.message("10.0.0.1", now=161.0) is None  # the first one is a minute old
