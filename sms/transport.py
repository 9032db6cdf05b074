"""What an SMS provider is to the sender: hand over one text, get the provider's message id, or an error that says
whether trying again can help."""

from __future__ import annotations

from typing import Protocol


class SmsDeliveryError(Exception):
    """The provider did not take the message. `retryable`: a later attempt may succeed (rate limit, outage)."""

    retryable: bool = True

    def __init__(self, reason: str, *, code: int | str | None = None) -> None:
        super().__init__(reason if code is None else f"{reason} (provider code {code})")
        self.code = code


class TransientSmsError(SmsDeliveryError):
    """Rate limited, timed out, unreachable or a provider-side failure: Temporal retries the activity."""

    retryable = True


class PermanentSmsError(SmsDeliveryError):
    """Refused for good (bad credentials, invalid or unreachable number, blocked content): sending again is futile."""

    retryable = False


class SmsTransport(Protocol):
    """Delivers one text to one E.164 number; returns the provider's id for the message."""

    name: str

    async def deliver(self, key: str, to: str, body: str) -> str: ...

    async def close(self) -> None: ...
