"""The notification activity: resolve the recipient, render, claim the outbox key, send once over SMTP."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import asyncpg
import jinja2
from temporalio import activity
from temporalio.exceptions import ApplicationError

from db.repositories.outbox import OutboxRepository
from db.repositories.people import PeopleRepository, Person, hr_contact
from inbound.tokens import KeyRing, bounce_address, message_id_key, reply_address, reply_token_of
from mail.ics import build_ics
from mail.message import build_message, domain_of, make_message_id
from mail.render import SubjectError, UnknownTemplateError, render_email
from mail.smtp import PermanentSmtpError, SmtpSender
from schemas.notifications import CalendarInvite, Contact, SendEmailInput, SendEmailResult
from service.settings import Settings
from web.links import hr_action_links, invitation_links, report_link, scorecard_link

# ApplicationError types the workflow can branch on; all are non-retryable.
RECIPIENT_UNAVAILABLE = "RecipientUnavailable"
TEMPLATE_ERROR = "EmailTemplateError"
PERMANENT_SMTP_ERROR = "PermanentSmtpError"

# Emails whose context offers times get confirm / pick-a-slot / decline links; the brief gets "view report".
REPORT_LINK_TEMPLATES = frozenset({"interviewer_brief"})
# The brief and the result reminders carry the interviewer's scorecard link (R-H1); emails to HR their action
# links (R-H2, web.links.HR_EMAIL_ACTIONS).
SCORECARD_TEMPLATES = frozenset({"interviewer_brief", "result_reminder"})


class NotificationActivities:
    """Email side effects; constructed once in worker.py with the pool, the SMTP sender and the templates."""

    def __init__(self, pool: asyncpg.Pool, sender: SmtpSender, env: jinja2.Environment, settings: Settings) -> None:
        self._outbox = OutboxRepository(pool)
        self._people = PeopleRepository(pool)
        self._sender = sender
        self._env = env
        self._settings = settings
        # Without signing keys (unit tests, a misconfigured worker) emails go out without reply token or links.
        self._ring = KeyRing.from_settings(settings) if settings.signing_keys else None
        if self._ring is None:
            logging.getLogger(__name__).warning(
                "no signing keys configured: candidate emails carry no Reply-To token or links"
            )

    @activity.defn
    async def send_email(self, input: SendEmailInput) -> SendEmailResult:
        """Sends one email over SMTP at most once per idempotency key, recorded in outbound_emails."""
        key = input.idempotency_key
        message_id = make_message_id(
            key, domain_of(self._settings.mail_from), message_id_key(self._ring) if self._ring is not None else None
        )
        if await self._outbox.status(key) == "sent":
            return SendEmailResult(message_id=message_id, status="already_sent", recipient_kind=input.recipient.kind)

        people = await self._people.people(*self._people_named(input))
        contact = self._recipient(input, people)
        context = self._context(input, contact, people)
        reply_to = input.reply_to
        if self._ring is not None:
            signed, reply_to = self._signed(input, message_id, self._ring)
            context.update(signed)
        try:
            rendered = render_email(self._env, input.template, contact.locale, context)
        except (UnknownTemplateError, SubjectError, jinja2.TemplateError, ValueError, TypeError) as exc:
            raise ApplicationError(
                f"email template {input.template!r} cannot be rendered for {input.recipient.ref()}: {exc}",
                type=TEMPLATE_ERROR,
                non_retryable=True,
            ) from None
        ics = self._ics(input.invite, people) if input.invite is not None else None
        try:
            message = build_message(
                rendered, self._settings.mail_from, contact.name, contact.email, message_id, reply_to, ics
            )
        except ValueError as exc:
            raise ApplicationError(
                f"email {key!r} to {input.recipient.ref()} cannot be built: {exc}",
                type=RECIPIENT_UNAVAILABLE,
                non_retryable=True,
            ) from None

        claim = await self._outbox.claim(
            key, message_id, input.workflow_id, input.template, contact.email, rendered.subject
        )
        if claim == "sent":
            return SendEmailResult(message_id=message_id, status="already_sent", recipient_kind=input.recipient.kind)
        await self._outbox.record_fingerprint(
            message_id, input.workflow_id, input.recipient.kind, rendered.text, context, rendered.html
        )
        # A `pending` claim is an earlier attempt that failed before or during the send: send again with
        # the same Message-ID, so in the rare case the first one did leave, mail clients collapse the two.
        # Mail with a signed reply address gets a signed bounce (VERP) address of this one email as envelope sender:
        # DSNs then reach the reply gateway, which counts a bounce only at such an address.
        envelope_from = (
            bounce_address(self._settings, self._ring, message_id)
            if self._ring is not None and reply_to and reply_token_of(self._settings, reply_to) is not None
            else None
        )
        try:
            await self._sender.send(message, envelope_from=envelope_from)
        except PermanentSmtpError as exc:
            raise ApplicationError(
                f"email {key!r} to {input.recipient.ref()}: {exc}", type=PERMANENT_SMTP_ERROR, non_retryable=True
            ) from None
        await self._outbox.mark_sent(key)
        activity.logger.info("sent email %s (%s) to %s", key, input.template, input.recipient.ref())
        return SendEmailResult(message_id=message_id, status="sent", recipient_kind=input.recipient.kind)

    @staticmethod
    def _people_named(input: SendEmailInput) -> tuple[set[str], set[str]]:
        """Candidate and interviewer ids the email needs: its recipient, the people it mentions, the invitees."""
        ids: dict[str, set[str]] = {"candidate": set(), "interviewer": set()}
        if input.recipient.kind in ids and input.recipient.id:
            ids[input.recipient.kind].add(input.recipient.id)
        for kind in ids:
            person_id = input.context.get(f"{kind}_id")
            if person_id and f"{kind}_name" not in input.context:
                ids[kind].add(str(person_id))
        if input.invite is not None:
            ids["candidate"].add(input.invite.candidate_id)
            ids["interviewer"].add(input.invite.interviewer_id)
        return ids["candidate"], ids["interviewer"]

    def _recipient(self, input: SendEmailInput, people: dict[tuple[str, str], Person]) -> Contact:
        recipient = input.recipient
        try:
            if recipient.kind == "hr":
                return hr_contact(self._settings.hr_email)
            person = people.get((recipient.kind, recipient.id or ""))
            if person is None:
                raise LookupError(f"{recipient.kind} {recipient.id or ''!r} not found")
            return person.contact()
        except LookupError as exc:
            raise ApplicationError(
                f"cannot email {recipient.ref()}: {exc}", type=RECIPIENT_UNAVAILABLE, non_retryable=True
            ) from None

    def _context(
        self, input: SendEmailInput, contact: Contact, people: dict[tuple[str, str], Person]
    ) -> dict[str, Any]:
        """The workflow's context plus what only the database knows: names, locale, time zone."""
        s = self._settings
        # Ids the input already carries need not be repeated in the context.
        known_ids: dict[str, Any] = {}
        if input.invite is not None:
            known_ids = {"candidate_id": input.invite.candidate_id, "interviewer_id": input.invite.interviewer_id}
        if input.recipient.kind != "hr":
            known_ids[f"{input.recipient.kind}_id"] = input.recipient.id
        context: dict[str, Any] = {
            **known_ids,
            **input.context,
            "recipient_name": contact.name,
            "recipient_kind": input.recipient.kind,
            "timezone": contact.timezone,
            "workflow_id": input.workflow_id,
            "workflow_url": f"{s.temporal_ui_url}/namespaces/{s.temporal_namespace}/workflows/{input.workflow_id}",
        }
        # People mentioned (not addressed) by the email travel as ids too.
        for kind in ("candidate", "interviewer"):
            person_id = context.get(f"{kind}_id")
            if person_id and f"{kind}_name" not in context:
                person = people.get((kind, str(person_id)))
                if person is None:
                    raise ApplicationError(
                        f"email {input.idempotency_key!r} mentions {kind} {str(person_id)!r} not found",
                        type=RECIPIENT_UNAVAILABLE,
                        non_retryable=True,
                    )
                context[f"{kind}_name"] = person.name
        return context

    def _signed(self, input: SendEmailInput, message_id: str, ring: KeyRing) -> tuple[dict[str, Any], str | None]:
        """Signed additions for this run: the candidate's Reply-To token, answer links, the "view report" link."""
        s = self._settings
        run_id = activity.info().workflow_run_id
        now = datetime.now(UTC)
        added: dict[str, Any] = {}
        reply_to = input.reply_to
        if input.recipient.kind == "candidate":
            reply_to = reply_to or reply_address(s, ring, run_id, now)
            slots = input.context.get("slots")
            if isinstance(slots, list) and slots and "links" not in input.context:
                added["links"] = invitation_links(s, ring, input.workflow_id, run_id, message_id, len(slots), now)
        elif input.recipient.kind == "interviewer":
            if input.template in REPORT_LINK_TEMPLATES and not input.context.get("report_url"):
                added["report_url"] = report_link(s, ring, input.workflow_id, run_id, message_id, now)
            if input.template in SCORECARD_TEMPLATES and input.recipient.id and not input.context.get("scorecard_url"):
                added["scorecard_url"] = scorecard_link(s, ring, input.workflow_id, run_id, input.recipient.id, now)
        elif input.recipient.kind == "hr":
            hr_links = hr_action_links(s, ring, input.template, input.workflow_id, run_id, message_id, now)
            if hr_links:
                added["hr_links"] = hr_links
        return added, reply_to

    def _ics(self, invite: CalendarInvite, people: dict[tuple[str, str], Person]) -> bytes:
        # A participant without an address simply is not an ATTENDEE; the invite still goes out.
        attendees = [
            (person.name, person.email)
            for person in (
                people.get(("candidate", invite.candidate_id)),
                people.get(("interviewer", invite.interviewer_id)),
            )
            if person is not None and person.email
        ]
        return build_ics(invite, self._settings.mail_from, attendees)
