"""The Twilio transport through the official SDK, against a local fake of Twilio's Messages API."""

import socket
import sys

import pytest

from sms.transport import PermanentSmsError, TransientSmsError
from sms.twilio import TwilioNotInstalled, TwilioSms


def twilio_for(fake, **overrides):
    args = {"from_number": "+15005550006", "api_base_url": fake.base_url, "timeout": 5.0} | overrides
    sid = args.pop("account_sid", fake.account_sid)
    token = args.pop("auth_token", fake.auth_token)
    return TwilioSms(sid, token, **args)


async def test_a_text_is_sent_with_the_accounts_credentials_and_the_twilio_sid_comes_back(fake_twilio):
    twilio = twilio_for(fake_twilio)
    try:
        sid = await twilio.deliver("k1", "+8613800138000", "明天面试")
    finally:
        await twilio.close()
    assert sid.startswith("SM")
    assert fake_twilio.sent == [
        {"sid": sid, "to": "+8613800138000", "from": "+15005550006", "body": "明天面试", "messaging_service_sid": ""}
    ]


async def test_a_messaging_service_picks_the_sender(fake_twilio):
    twilio = twilio_for(fake_twilio, from_number=None, messaging_service_sid="MG" + "1" * 32)
    try:
        await twilio.deliver("k1", "+447700900123", "hello")
    finally:
        await twilio.close()
    assert fake_twilio.sent[0]["messaging_service_sid"] == "MG" + "1" * 32
    assert fake_twilio.sent[0]["from"] == ""


async def test_wrong_credentials_are_permanent(fake_twilio):
    twilio = twilio_for(fake_twilio, auth_token="wrong")
    try:
        with pytest.raises(PermanentSmsError, match=r"HTTP 401, .*Authenticate.*AUTH_TOKEN") as caught:
            await twilio.deliver("k1", "+8613800138000", "x")
    finally:
        await twilio.close()
    assert caught.value.code == 20003
    assert fake_twilio.sent == []


async def test_an_invalid_or_landline_number_is_permanent_and_the_number_is_masked(fake_twilio):
    fake_twilio.landlines.add("+442071838750")
    twilio = twilio_for(fake_twilio)
    try:
        # The sender checks E.164 first; here the provider is the one to refuse, as it would for a number it knows.
        with pytest.raises(PermanentSmsError) as invalid:
            await twilio.deliver("k1", "+861380013800012345", "x")
        with pytest.raises(PermanentSmsError) as landline:
            await twilio.deliver("k2", "+442071838750", "x")
    finally:
        await twilio.close()
    assert invalid.value.code == 21211 and landline.value.code == 21614
    assert "861380013800012345" not in str(invalid.value)
    assert "2071838750" not in str(landline.value) and "+44******8750" in str(landline.value)


async def test_rate_limits_and_outages_are_transient(fake_twilio):
    fake_twilio.rate_limited = 1
    fake_twilio.outages = 1
    twilio = twilio_for(fake_twilio)
    try:
        with pytest.raises(TransientSmsError, match="HTTP 429") as limited:
            await twilio.deliver("k1", "+8613800138000", "x")
        with pytest.raises(TransientSmsError, match="HTTP 500"):
            await twilio.deliver("k1", "+8613800138000", "x")
        assert (await twilio.deliver("k1", "+8613800138000", "x")).startswith("SM")
    finally:
        await twilio.close()
    assert limited.value.code == 20429
    assert len(fake_twilio.sent) == 1


async def test_an_unreachable_api_is_transient():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    twilio = TwilioSms("AC" + "0" * 32, "token", from_number="+15005550006", api_base_url=f"http://127.0.0.1:{port}")
    try:
        with pytest.raises(TransientSmsError, match="unreachable"):
            await twilio.deliver("k1", "+8613800138000", "x")
    finally:
        await twilio.close()


def test_missing_settings_are_named():
    with pytest.raises(ValueError, match="ACCOUNT_SID and REINTERVIEW_TWILIO_AUTH_TOKEN"):
        TwilioSms("", "token", from_number="+15005550006")
    with pytest.raises(ValueError, match="REINTERVIEW_TWILIO_FROM or REINTERVIEW_TWILIO_MESSAGING_SERVICE_SID"):
        TwilioSms("AC1", "token")


def test_without_the_sms_extra_the_worker_is_told_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "twilio", None)  # as if `pip install -e '.[sms]'` had not run
    with pytest.raises(TwilioNotInstalled, match=r"pip install -e '\.\[sms\]'"):
        TwilioSms("AC1", "token", from_number="+15005550006")
