"""Twilio as the SMS provider, through its official SDK (`pip install -e '.[sms]'`).

Why Twilio rather than Aliyun SMS: Twilio sends the text we render from our own templates in the candidate's
language; Aliyun's API sends only pre-registered, provider-approved templates (TemplateCode + TemplateParam) under
an approved sign name, so the wording would live at Aliyun, outside review and tests. Twilio's SDK also has an
asyncio client (aiohttp) and takes E.164 numbers as they are.

Errors: HTTP 429 (Twilio code 20429 and friends) and 5xx, timeouts and unreachable hosts are transient; any other
4xx (20003 authentication, 21211 invalid 'To' number, 21614 not a mobile number, 21610 unsubscribed, …) is
permanent. Twilio's own messages quote the number: they are masked before they reach an error or a log.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import aiohttp

from sms.phone import mask_phone
from sms.transport import PermanentSmsError, TransientSmsError

if TYPE_CHECKING:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

_NUMBER = re.compile(r"\+?[0-9][0-9 \-]{5,}[0-9]")


class TwilioNotInstalled(RuntimeError):
    """REINTERVIEW_SMS_PROVIDER=twilio without the `[sms]` extra."""


def _masked(text: str) -> str:
    return _NUMBER.sub(lambda m: mask_phone(re.sub(r"[ \-]", "", m.group(0))), text)


class TwilioSms:
    """Sends through Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`)."""

    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        api_base_url: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        if not account_sid or not auth_token:
            raise ValueError("Twilio needs REINTERVIEW_TWILIO_ACCOUNT_SID and REINTERVIEW_TWILIO_AUTH_TOKEN")
        if not from_number and not messaging_service_sid:
            raise ValueError("Twilio needs REINTERVIEW_TWILIO_FROM or REINTERVIEW_TWILIO_MESSAGING_SERVICE_SID")
        try:
            import twilio  # noqa: F401  (checked here so a worker without the extra fails at start, not at send)
        except ImportError as exc:
            raise TwilioNotInstalled(
                "REINTERVIEW_SMS_PROVIDER=twilio needs the Twilio SDK: pip install -e '.[sms]'"
            ) from exc
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._from = from_number
        self._service = messaging_service_sid
        self._base_url = api_base_url
        self._timeout = timeout
        self._client: Client | None = None
        self._http: AsyncTwilioHttpClient | None = None

    def _connected(self) -> Client:
        # The SDK's aiohttp session belongs to the running event loop: made on first use, not in __init__.
        if self._client is None:
            from twilio.http.async_http_client import AsyncTwilioHttpClient
            from twilio.rest import Client

            self._http = AsyncTwilioHttpClient(timeout=self._timeout)
            self._client = Client(self._account_sid, self._auth_token, http_client=self._http)
            if self._base_url:
                self._client.api.base_url = self._base_url.rstrip("/")
        return self._client

    async def deliver(self, key: str, to: str, body: str) -> str:
        from twilio.base.exceptions import TwilioException, TwilioRestException

        params: dict[str, Any] = {"to": to, "body": body}
        if self._service:
            params["messaging_service_sid"] = self._service
        else:
            params["from_"] = self._from
        try:
            message = await self._connected().messages.create_async(**params)
        except TwilioRestException as exc:
            reason = f"Twilio refused the message to {mask_phone(to)}: HTTP {exc.status}, {_masked(exc.msg or '')}"
            if exc.status in (401, 403):
                reason += " (check REINTERVIEW_TWILIO_ACCOUNT_SID and REINTERVIEW_TWILIO_AUTH_TOKEN)"
            if exc.status == 429 or exc.status >= 500:
                raise TransientSmsError(reason, code=exc.code) from None
            raise PermanentSmsError(reason, code=exc.code) from None
        except (TimeoutError, OSError, aiohttp.ClientError) as exc:
            raise TransientSmsError(f"Twilio unreachable: {type(exc).__name__}: {_masked(str(exc))}") from None
        except TwilioException as exc:  # e.g. a response that is not Twilio's JSON
            raise TransientSmsError(f"Twilio answered unexpectedly: {_masked(str(exc))}") from None
        sid: str | None = message.sid
        if not sid:
            raise TransientSmsError("Twilio accepted the message but returned no sid")
        return sid

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None
            self._client = None
