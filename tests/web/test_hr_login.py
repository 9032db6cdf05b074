"""The dev stack's HR sign-in link: minted with the signing keys, emailed to the HR mailbox over real SMTP, or
printed by `starter.py hr login-link --print`; none behind an auth proxy."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

import pytest

import starter
from inbound.tokens import KeyRing
from mail.sink import MailSink
from tests.inbound.conftest import keyed_settings
from web.hr_login import LoginLinkError, mint_login_link, send_login_link
from web.links import verify_link_token


async def test_the_login_link_goes_to_the_hr_mailbox(mail_sink: MailSink) -> None:
    settings = keyed_settings(smtp_host=mail_sink.host, smtp_port=mail_sink.port, hr_base_url="https://hr.example.com")
    assert await send_login_link(settings, datetime.now(UTC)) == "hr@hr.example.com"
    for _ in range(100):
        if mail_sink.received:
            break
        await asyncio.sleep(0.05)
    [received] = mail_sink.received
    assert list(received.rcpt_tos) == ["hr@hr.example.com"]
    text = received.message.get_body(("plain",)).get_content()
    [link] = set(re.findall(r"https://hr\.example\.com/hr/login/\S+", text))
    claims = verify_link_token(KeyRing.from_settings(settings), link.rsplit("/", 1)[1], datetime.now(UTC))
    assert claims.action == "hr_login"
    assert "登录" in str(received.message["Subject"])


def test_no_login_links_behind_the_proxy_or_without_keys() -> None:
    with pytest.raises(LoginLinkError, match="auth proxy"):
        mint_login_link(keyed_settings(hr_auth="proxy"), datetime.now(UTC))
    with pytest.raises(LoginLinkError, match="no signing keys"):
        mint_login_link(keyed_settings(signing_keys={}, signing_key_id=None), datetime.now(UTC))


async def test_starter_prints_a_login_link(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    settings = keyed_settings(data_dir=tmp_path)
    assert await starter.main(["hr", "login-link", "--print"], settings) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("http://links.test/hr/login/")
    assert await starter.main(["hr", "login-link", "--print"], keyed_settings(hr_auth="proxy")) == 2
    assert "auth proxy" in capsys.readouterr().err
