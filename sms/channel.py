"""The SMS channel the settings ask for: None (`none`), the file sink (`sink`) or Twilio (`twilio`)."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from mail.render import TEMPLATE_ROOT, email_environment
from service.settings import Settings
from sms.sender import SmsSender
from sms.sink import SmsSink
from sms.transport import SmsTransport


def sms_dir(settings: Settings) -> Path:
    """Where the sink saves texts: REINTERVIEW_SMS_DIR, else `<data_dir>/sms`."""
    return settings.sms_dir or settings.data_dir / "sms"


def sms_transport(settings: Settings) -> SmsTransport | None:
    """The provider named by REINTERVIEW_SMS_PROVIDER; raises naming the missing setting or package."""
    if settings.sms_provider == "none":
        return None
    if settings.sms_provider == "sink":
        return SmsSink(sms_dir(settings))
    from sms.twilio import TwilioSms

    return TwilioSms(
        settings.twilio_account_sid or "",
        settings.twilio_auth_token or "",
        from_number=settings.twilio_from,
        messaging_service_sid=settings.twilio_messaging_service_sid,
        api_base_url=settings.twilio_api_base_url,
        timeout=settings.sms_timeout.total_seconds(),
    )


def sms_channel(settings: Settings, pool: asyncpg.Pool, templates_dir: Path = TEMPLATE_ROOT) -> SmsSender | None:
    """The notify step's SMS channel, or None when SMS is off."""
    transport = sms_transport(settings)
    if transport is None:
        return None
    return SmsSender(pool, transport, email_environment(templates_dir, auto_reload=False))
