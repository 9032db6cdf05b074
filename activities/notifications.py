"""The notify step: every notice of one workflow step, to every recipient on every channel, in one activity.

`notify` (and `deliver`, which book/complete/close call inside their own activity) resolves the run's people and
the job once, builds each recipient's context (activities/notice_context.py), renders and sends each email once
through the outbox (one claim per step and recipient), creates the step's HR to-do, and returns what became of
each message: one recipient's permanent failure neither fails nor repeats the others (a `required` notice, the
step's point, fails the step before anything is sent).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Protocol

import asyncpg
import jinja2
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.notice_context import StepData, context, interviewer_of, job_title, optional, place
from db.repositories.archive import ArchiveRepository, InvalidArchiveRecord
from db.repositories.jobs import JobRepository
from db.repositories.outbox import OutboxRepository
from db.repositories.people import PeopleRepository, Person, hr_contact
from db.repositories.runs import RunRepository
from inbound.tokens import KeyRing, bounce_address, message_id_key, reply_address, reply_token_of
from mail.ics import build_ics
from mail.message import build_message, domain_of, make_message_id
from mail.organizer import event_organizer
from mail.render import SubjectError, UnknownTemplateError, render_email
from mail.smtp import PermanentSmtpError, SmtpSender
from policy.notices import STEPS, Addressed, Audience, Notice, Step, notice_of
from schemas.activities import Delivery, NoticeFacts, NotifyInput, NotifyResult, RunRef
from schemas.contract import FeedbackReport
from schemas.notifications import CalendarInvite, Contact, Recipient, SendEmailInput, SendEmailResult
from service.settings import Settings
from web.links import (
    RATING_LINK_TEMPLATES,
    choose_link,
    hr_action_links,
    invitation_links,
    rating_link,
    report_link,
    scorecard_link,
)

# ApplicationError types the workflow can branch on; all are non-retryable.
RECIPIENT_UNAVAILABLE = "RecipientUnavailable"
TEMPLATE_ERROR = "EmailTemplateError"
PERMANENT_SMTP_ERROR = "PermanentSmtpError"

# Emails whose context offers times get confirm / pick-a-slot / decline links; the brief gets "view report".
REPORT_LINK_TEMPLATES = frozenset({"interviewer_brief"})
# Steps whose contexts need the stored analysis (training plan) or the interview plan.
_NEEDS_ANALYSIS = frozenset(
    {Step.FIRST_INVITATION, Step.INVITATION, Step.SCHEDULED, Step.BRIEF, Step.INTERVIEW_REMINDER, Step.HANDED_OVER}
)


class SmsChannel(Protocol):
    """The seam for the SMS channel (issue 13 item 5): sends one text once per key to a candidate's phone."""

    async def send(self, key: str, phone: str, template: str, context: dict[str, Any]) -> str: ...


# The brief and the result reminders carry the interviewer's scorecard link (R-H1); emails to HR their action
# links (R-H2, web.links.HR_EMAIL_ACTIONS).
SCORECARD_TEMPLATES = frozenset({"interviewer_brief", "result_reminder"})


def interview_end(input: NotifyInput) -> datetime | None:
    """The latest end of the interviews a step's emails are about: the booked one (the run's and the facts'; a
    rebooking names both), the times offered; None before any time exists (the reply address then lives
    `reply_token_ttl`). The latest, so that a reply about any of them is still accepted."""
    ends = [slot.end for slot in (input.facts.slot, *input.facts.slots) if slot is not None]
    if input.interview_ends_at is not None:
        ends.append(input.interview_ends_at)
    return max(ends, default=None)


class NotificationActivities:
    """Email side effects; constructed once in worker.py with the pool, the SMTP sender and the templates."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        sender: SmtpSender,
        env: jinja2.Environment,
        settings: Settings,
        sms: SmsChannel | None = None,
    ) -> None:
        self._pool = pool
        self._outbox = OutboxRepository(pool)
        self._people = PeopleRepository(pool)
        self._archive = ArchiveRepository(pool)
        self._jobs = JobRepository(pool)
        self._runs = RunRepository(pool)
        self._sms = sms
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
    async def notify(self, input: NotifyInput) -> NotifyResult:
        """Every notice of one step (R-W2, R-W4, R-W6 …): emails (and later SMS) plus the step's HR to-do."""
        return await self.deliver(input)

    async def deliver(self, input: NotifyInput, report: FeedbackReport | None = None) -> NotifyResult:
        """`notify`'s work, for activities that send a step's notices after their own write (book, close)."""
        run, policy = input.run, STEPS[input.step]
        addressed = [self._addressed(input.step, a.audience, a.id) for a in input.recipients]
        addressed.sort(key=lambda a: not a.notice.required)  # a required notice goes first: it fails the step
        deliveries: list[Delivery] = []
        if addressed:
            data = await self._step_data(run, input.step, report)
            ids: dict[str, set[str]] = {"candidate": {run.candidate_id}, "interviewer": set()}
            for a in addressed:
                if a.kind != "hr" and a.id:
                    ids[a.kind].add(a.id)
            people = await self._people.people(ids["candidate"], ids["interviewer"])
            for a in addressed:
                deliveries += await self._deliver_one(input, a, data, people)
        todo = None
        if policy.todo is not None:
            await self._runs.create_todo(
                todo_key=f"{run.run_id}:{input.key}",
                workflow_id=run.workflow_id,
                candidate_id=run.candidate_id,
                job_id=run.job_id,
                kind=policy.todo.kind,
                title=policy.todo.title,
                detail=input.facts.detail or input.facts.reason,
            )
            todo = policy.todo.kind
        if policy.settles:
            await self._runs.settle_todos(run.workflow_id, policy.settles, datetime.now(UTC))
        for failed in (d for d in deliveries if d.status == "failed"):
            await self._runs.create_todo(  # a person makes sure the message reaches them another way
                todo_key=f"{run.run_id}:{input.key}:undeliverable:{failed.recipient}:{failed.channel}",
                workflow_id=run.workflow_id,
                candidate_id=run.candidate_id,
                job_id=run.job_id,
                kind="undeliverable",
                title=f"A message could not be sent: {failed.template} to {failed.recipient}",
                detail=failed.problem,
            )
        return NotifyResult(deliveries=deliveries, todo=todo)

    @staticmethod
    def _addressed(step: Step, audience: Audience, person_id: str | None) -> Addressed:
        notice: Notice = notice_of(step, audience)
        if audience == "hr":
            return Addressed(notice, "hr", None)
        if not person_id:
            raise ApplicationError(f"step {step.value!r}: a {audience} needs an id", non_retryable=True)
        return Addressed(notice, "candidate" if audience == "candidate" else "interviewer", person_id)

    async def _step_data(self, run: RunRef, step: Step, report: FeedbackReport | None) -> StepData:
        """The job (as this run pinned it), the candidate's archive and, when the step needs them, the stored
        analysis (with the training plan) and interview plan."""
        try:
            archive = await self._archive.fetch_candidate_archive(run.candidate_id, run.job_id, ())
        except LookupError as exc:
            raise ApplicationError(str(exc), type="UnknownArchiveRecord", non_retryable=True) from exc
        except InvalidArchiveRecord as exc:
            raise ApplicationError(
                f"the archive of candidate {run.candidate_id!r} / job {run.job_id!r} has invalid data: "
                + "; ".join(exc.problems),
                type="InvalidArchiveRecord",
                non_retryable=True,
            ) from None
        pinned = await self._jobs.pinned_job(run.run_id)
        job = archive.job if pinned is None else pinned.model_copy(update=archive.job.extra_fields())
        analysis = plan = None
        if step in _NEEDS_ANALYSIS:
            analysis = await self._runs.report(run.run_id, "analysis")
            plan = await self._runs.report(run.run_id, "interview_plan") if step == Step.BRIEF else None
        return StepData(
            archive=archive,
            job=job,
            workflow_id=run.workflow_id,
            default_place=self._settings.interview_location_default,
            analysis=analysis,
            plan=plan,
            report=report,
        )

    async def _deliver_one(
        self, input: NotifyInput, to: Addressed, data: StepData, people: dict[tuple[str, str], Person]
    ) -> list[Delivery]:
        recipient = Recipient(kind=to.kind, id=to.id)
        person = people.get((to.kind, to.id or ""))
        locale = person.locale if person is not None else "zh-CN"
        found: list[Delivery] = []
        for channel in to.notice.channels:
            base = Delivery(
                audience=to.notice.audience,
                recipient=recipient.ref(),
                template=to.notice.template,
                channel=channel,
                status="skipped",
            )
            if channel == "sms":
                found.append(await self._sms_one(input, to, data, locale, base))
                continue
            email = SendEmailInput(
                idempotency_key=f"{input.run.run_id}:{input.key}:{recipient.ref().replace(':', '-')}",
                workflow_id=input.run.workflow_id,
                template=to.notice.template,
                recipient=recipient,
                context=context(input.step, to.notice, locale, input.facts, data),
                invite=self._invite(input, to, data),
                interview_ends_at=interview_end(input),
            )
            try:
                sent = await self._send(email, people)
            except ApplicationError as exc:
                if to.notice.required or exc.type not in (RECIPIENT_UNAVAILABLE, TEMPLATE_ERROR, PERMANENT_SMTP_ERROR):
                    raise
                found.append(base.model_copy(update={"status": "failed", "problem": f"{exc.type}: {exc.message}"}))
                continue
            found.append(base.model_copy(update={"status": sent.status}))
        return found

    async def _sms_one(
        self, input: NotifyInput, to: Addressed, data: StepData, locale: str, base: Delivery
    ) -> Delivery:
        phone = optional(data.archive.candidate, "phone") if to.kind == "candidate" else None
        if phone is None:
            return base.model_copy(update={"problem": "no phone number in the archive"})
        if self._sms is None:
            return base.model_copy(update={"problem": "no SMS channel configured"})
        key = f"{input.run.run_id}:{input.key}:{to.kind}-{to.id}:sms"
        text = context(input.step, to.notice, locale, input.facts, data)
        try:
            status = await self._sms.send(key, str(phone), to.notice.template, text)
        except ApplicationError as exc:  # one bad number fails this text, never the step's other notices
            if not exc.non_retryable:
                raise
            return base.model_copy(update={"status": "failed", "problem": f"{exc.type}: {exc.message}"})
        return base.model_copy(update={"status": "already_sent" if status == "already_sent" else "sent"})

    def _invite(self, input: NotifyInput, to: Addressed, data: StepData) -> CalendarInvite | None:
        """The calendar part of a notice: the run's event at the booked (or, handed over, the left) time."""
        facts: NoticeFacts = input.facts
        slot = facts.previous_slot if input.step == Step.HANDED_OVER else facts.slot
        if to.notice.invite is None or slot is None:
            return None
        location, link = place(data.job, interviewer_of(data.archive, slot.interviewer_id), data.default_place)
        return CalendarInvite(
            uid=f"{input.run.run_id}@reinterview",
            sequence=facts.sequence,
            method=to.notice.invite,
            start=slot.start,
            end=slot.end,
            summary=f"Re-interview / 重新面试: {job_title(data.job, 'zh-CN')}",
            location=" / ".join(p for p in (location, link) if p),
            interviewer_id=slot.interviewer_id,
            candidate_id=input.run.candidate_id,
        )

    @activity.defn
    async def send_email(self, input: SendEmailInput) -> SendEmailResult:
        """Sends one email over SMTP at most once per idempotency key, recorded in outbound_emails."""
        return await self._send(input)

    async def _send(self, input: SendEmailInput, known: dict[tuple[str, str], Person] | None = None) -> SendEmailResult:
        key = input.idempotency_key
        # A retried email keeps the Message-ID its first attempt recorded (even across a signing-key rotation or a
        # worker configured otherwise), so a message that did leave and its resend collapse in mail clients.
        status, recorded_id = await self._outbox.attempted(key)
        message_id = recorded_id or make_message_id(
            key, domain_of(self._settings.mail_from), message_id_key(self._ring) if self._ring is not None else None
        )
        if status == "sent":
            return SendEmailResult(message_id=message_id, status="already_sent", recipient_kind=input.recipient.kind)

        candidates, interviewers = self._people_named(input)
        people = dict(known or {})
        missing = [("candidate", i) for i in candidates] + [("interviewer", i) for i in interviewers]
        if any(k not in people for k in missing):
            people |= await self._people.people(candidates, interviewers)
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
        ics = await self._ics(input.invite, input.recipient.kind, people) if input.invite is not None else None
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
        """Signed additions for this run: the candidate's Reply-To token, answer links, the "not what I meant" link
        of an email that echoes a reply (`read_as`), the "view report" link."""
        s = self._settings
        run_id = activity.info().workflow_run_id or ""  # always set for a workflow's activity
        now = datetime.now(UTC)
        added: dict[str, Any] = {}
        reply_to = input.reply_to
        if input.recipient.kind == "candidate":
            reply_to = reply_to or reply_address(s, ring, run_id, now, interview_ends_at=input.interview_ends_at)
            slots = input.context.get("slots")
            if isinstance(slots, list) and slots and "links" not in input.context:
                added["links"] = invitation_links(s, ring, input.workflow_id, run_id, message_id, len(slots), now)
            if input.template in RATING_LINK_TEMPLATES and not input.context.get("rating_url"):
                added["rating_url"] = rating_link(s, ring, input.workflow_id, run_id or "", now)
            if input.context.get("read_as") and not input.context.get("choose_url"):
                added["choose_url"] = choose_link(
                    s, ring, input.workflow_id, run_id, message_id, now, interview_ends_at=input.interview_ends_at
                )
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

    async def _ics(self, invite: CalendarInvite, role: str, people: dict[tuple[str, str], Person]) -> bytes:
        # A participant without an address simply is not an ATTENDEE; the invite still goes out.
        attendees = [
            (person.name, person.email)
            for person in (
                people.get(("candidate", invite.candidate_id)),
                people.get(("interviewer", invite.interviewer_id)),
            )
            if person is not None and person.email
        ]
        # Each copy's signed organizer (cal+TOKEN@), kept for the event's life, receives the attendee's answer.
        run_id = activity.info().workflow_run_id
        organizer = await event_organizer(self._pool, self._settings, self._ring, invite, role, run_id)
        return build_ics(invite, organizer, attendees)
