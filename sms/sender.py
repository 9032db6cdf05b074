"""Sends one text at most once per idempotency key: validate the number, render, claim in PostgreSQL, deliver.

`SmsSender.send` is the notify step's SMS channel (activities/notifications.py `SmsChannel`). It runs inside that
activity, so it raises ApplicationError: non-retryable for what another attempt cannot fix (a number that is not
E.164, a template that does not render, a provider's permanent refusal), retryable for a provider that is rate
limiting or down. The claim's row lock is held while the provider is asked: a concurrent or retried attempt of the
same key waits, then finds it sent. The one window left is the provider's: a worker that dies after the provider
took the text and before the commit sends it again on retry (as with SMTP, docs/RELIABILITY.md).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal

import asyncpg
import jinja2
from temporalio import activity
from temporalio.exceptions import ApplicationError

from db.repositories.people import PeopleRepository
from db.repositories.sms_outbox import SmsOutboxRepository
from sms.phone import InvalidPhoneNumber, e164, mask_phone
from sms.render import SmsTooLong, UnknownSmsTemplate, render_sms
from sms.transport import PermanentSmsError, SmsDeliveryError, SmsTransport

# ApplicationError types; all but TRANSIENT_SMS_ERROR are non-retryable.
INVALID_PHONE_NUMBER = "InvalidPhoneNumber"
SMS_TEMPLATE_ERROR = "SmsTemplateError"
SMS_RECIPIENT_UNAVAILABLE = "SmsRecipientUnavailable"
PERMANENT_SMS_ERROR = "PermanentSmsError"
TRANSIENT_SMS_ERROR = "TransientSmsError"

SmsSendStatus = Literal["sent", "already_sent"]

log = logging.getLogger(__name__)


class SmsSender:
    """Built once in worker.py with the pool, a transport (sink or Twilio) and the template environment."""

    def __init__(
        self, pool: asyncpg.Pool, transport: SmsTransport, env: jinja2.Environment, *, max_in_flight: int = 4
    ) -> None:
        self._pool = pool
        # Each text in flight holds a pool connection (its claim's row lock) while the provider answers: a few at
        # a time, so a slow provider cannot take every connection the worker's other activities need.
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._outbox = SmsOutboxRepository(pool)
        self._people = PeopleRepository(pool)
        self._transport = transport
        self._env = env

    @property
    def provider(self) -> str:
        return self._transport.name

    async def send(self, key: str, phone: str, template: str, context: dict[str, Any]) -> SmsSendStatus:
        """Send `template` to `phone` once for `key`; `context` is the notice's (job_title, start, location …).

        The candidate's locale and time zone come from the context when it has them, else from the archive
        (`candidate_id`)."""
        try:
            number = e164(phone)
        except InvalidPhoneNumber as exc:
            raise ApplicationError(f"SMS {key!r}: {exc}", type=INVALID_PHONE_NUMBER, non_retryable=True) from None
        values = {**context, **await self._recipient(key, context)}
        try:
            text = render_sms(self._env, template, values["locale"], values)
        except (UnknownSmsTemplate, SmsTooLong, jinja2.TemplateError, ValueError, TypeError) as exc:
            raise ApplicationError(
                f"SMS template {template!r} cannot be rendered for {key!r}: {exc}",
                type=SMS_TEMPLATE_ERROR,
                non_retryable=True,
            ) from None
        workflow_id = str(context.get("workflow_id") or (activity.info().workflow_id if activity.in_activity() else ""))

        failure: SmsDeliveryError | None = None
        async with self._in_flight, self._pool.acquire() as conn, conn.transaction():
            claim = await self._outbox.claim(conn, key, workflow_id, template, number, self._transport.name)
            if claim.status == "sent":
                return "already_sent"
            if claim.status == "failed":
                raise ApplicationError(
                    f"SMS {key!r} to {mask_phone(number)} was refused for good earlier: {claim.problem}",
                    type=PERMANENT_SMS_ERROR,
                    non_retryable=True,
                )
            try:
                provider_id = await self._transport.deliver(key, number, text)
            except SmsDeliveryError as exc:
                failure = exc
                await self._outbox.mark_failed(conn, key, str(exc), permanent=not exc.retryable)
            else:
                await self._outbox.mark_sent(conn, key, provider_id)
        if failure is not None:
            permanent = isinstance(failure, PermanentSmsError)
            log.warning("SMS %s (%s) to %s not sent: %s", key, template, mask_phone(number), failure)
            raise ApplicationError(
                f"SMS {key!r} to {mask_phone(number)}: {failure}",
                type=PERMANENT_SMS_ERROR if permanent else TRANSIENT_SMS_ERROR,
                non_retryable=permanent,
            )
        log.info("sent SMS %s (%s) to %s via %s", key, template, mask_phone(number), self._transport.name)
        return "sent"

    async def close(self) -> None:
        await self._transport.close()

    async def _recipient(self, key: str, context: dict[str, Any]) -> dict[str, str]:
        locale, timezone = context.get("locale"), context.get("timezone")
        if locale and timezone:
            return {"locale": str(locale), "timezone": str(timezone)}
        candidate_id = str(context.get("candidate_id") or "")
        person = (await self._people.people([candidate_id], [])).get(("candidate", candidate_id))
        if person is None:
            raise ApplicationError(
                f"SMS {key!r}: candidate {candidate_id!r} not found (needed for the text's language and time zone)",
                type=SMS_RECIPIENT_UNAVAILABLE,
                non_retryable=True,
            )
        return {"locale": str(locale or person.locale), "timezone": str(timezone or person.timezone)}
