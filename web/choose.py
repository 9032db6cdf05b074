"""The candidate's "that is not what I meant" page (issue 12 item 3): `GET /l/<token>` for a `choose` link.

An email that echoes a reply the run acted on ("我们理解为：… / We read your reply as: …") carries a signed `choose`
link (web.links.choose_link). Its page reads the run's `choices` query and shows what the run read, the times on
offer (the booked one marked), "other times" and "decline", and — while a decline read from an email waits — when
the re-interview will be closed unless the candidate chooses. Times are in the candidate's time zone (their
archive row), zh-CN and en side by side like every candidate page.

The page's `POST` (form field `choice`: `slot-N`, `other`, `decline`) re-reads `choices`, refuses a choice not
offered now, and signals `candidate_reply` with `source="link"`. Unlike an answer link, the link stays usable for
further choices until the run is no longer open (the interview has started or the run has ended). GET never
signals. When the run cannot be read (not found, the query fails or times out, no worker) the page says so and
nothing is signalled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiohttp import web
from temporalio.client import Client, WorkflowQueryFailedError, WorkflowQueryRejectedError
from temporalio.service import RPCError, RPCStatusCode

from mail.render import localtime, timerange
from schemas.contract import CandidateReply, ChoiceSlot, ReadAs, ReplyChoices
from web import pages
from web.common import CLIENT, POOL, SETTINGS, Refused, html, log, signal
from web.links import LinkClaims, choice_digest, choice_message_id
from web.repository import DEFAULT_TIMEZONE, LinkRepository

# A query waits for a worker to answer it; a page must not hang on one that is down.
CHOICES_QUERY_TIMEOUT = timedelta(seconds=5)
_CHOICE = re.compile(r"^(?:slot-(?P<slot>[1-9][0-9]?)|(?P<word>other|decline))$")
MAX_SLOT = 10  # CandidateReply.slot's bound


@dataclass(frozen=True)
class Choice:
    """One parsed form value: a numbered offered time, other times, or decline."""

    value: str
    slot: int | None = None

    def reply(self, message_id: str) -> CandidateReply:
        """The `candidate_reply` this choice stands for (the shared mapping of the choose page)."""
        if self.slot is not None:
            return CandidateReply(
                intent="confirm",
                slot=self.slot,
                text=f"(signed link: option {self.slot})",
                message_id=message_id,
                source="link",
            )
        if self.value == "decline":
            return CandidateReply(intent="decline", text="(signed link: decline)", message_id=message_id, source="link")
        return CandidateReply(
            intent="reschedule", text="(signed link: other times)", message_id=message_id, source="link"
        )


class ChoiceProblem(ValueError):
    """A form value that names no choice, or one not offered now: (zh, en) wording for the page."""

    def __init__(self, zh: str, en: str, status: int) -> None:
        super().__init__(en)
        self.zh, self.en, self.status = zh, en, status


def parse_choice(raw: str) -> Choice:
    """`slot-N` (1–10), `other` or `decline`; ChoiceProblem names anything else."""
    value = raw.strip()
    match = _CHOICE.match(value)
    if match is None or (match["slot"] is not None and int(match["slot"]) > MAX_SLOT):
        shown = f"「{value[:40]}」" if value else "（空）"
        shown_en = repr(value[:40]) if value else "(empty)"
        raise ChoiceProblem(
            f"无法识别的选择{shown}，未做任何更改。请在下方重新选择。",
            f"{shown_en} is not a choice on this page; nothing was changed. Please choose below.",
            400,
        )
    if match["slot"] is not None:
        return Choice(value, int(match["slot"]))
    return Choice(value)


def check_offered(choice: Choice, choices: ReplyChoices) -> None:
    """ChoiceProblem when `choice` names a time the run does not offer now (other times and decline always are)."""
    if choice.slot is not None and choice.slot not in {s.number for s in choices.slots}:
        raise ChoiceProblem(
            f"方案 {choice.slot} 已不在可选范围内，未做任何更改。请从下方当前可选的时间中选择。",
            f"Option {choice.slot} is not offered any more; nothing was changed. Please choose from the times below.",
            409,
        )


async def read_choices(client: Client, claims: LinkClaims) -> ReplyChoices:
    """The run's `choices` query; Refused when the run is unknown or cannot answer now (nothing is signalled)."""
    handle = client.get_workflow_handle(claims.workflow_id, run_id=claims.run_id)
    try:
        choices = await handle.query("choices", result_type=ReplyChoices, rpc_timeout=CHOICES_QUERY_TIMEOUT)
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise Refused("run_missing") from None
        log.warning("choices of %s not read: %s", claims.workflow_id, exc)
        raise Refused("choices_unavailable") from None
    except (WorkflowQueryFailedError, WorkflowQueryRejectedError, ValueError) as exc:  # ValueError: not its shape
        log.warning("choices of %s not answered: %s", claims.workflow_id, exc)
        raise Refused("choices_unavailable") from None
    if not isinstance(choices, ReplyChoices):
        log.warning("choices of %s answered %s", claims.workflow_id, type(choices).__name__)
        raise Refused("choices_unavailable")
    return choices


def _zh_en_time(value: datetime, tz: str) -> tuple[str, str]:
    return localtime(value, tz, "zh-CN"), localtime(value, tz, "en")


def describe_read_as(read_as: ReadAs, slots: list[ChoiceSlot], tz: str) -> tuple[str, str]:
    """What the run read, in zh-CN and en: "确认方案 2（…）" / "confirm option 2 (…)"."""
    if read_as.intent == "decline":
        return "放弃本次重新面试", "decline this re-interview"
    if read_as.slot is None:
        if read_as.intent == "reschedule":
            return "希望更换面试时间", "ask for other times"
        return "确认参加", "confirm"
    start = read_as.slot_start or next((s.start for s in slots if s.number == read_as.slot), None)
    if start is None:
        return f"选择方案 {read_as.slot}", f"choose option {read_as.slot}"
    zh, en = _zh_en_time(start, tz)
    verb_zh, verb_en = ("确认", "confirm") if read_as.intent == "confirm" else ("选择", "choose")
    return f"{verb_zh}方案 {read_as.slot}（{zh}）", f"{verb_en} option {read_as.slot} ({en})"


def describe_choice(choice: Choice, choices: ReplyChoices, tz: str) -> tuple[str, str]:
    """What a choice sent, in zh-CN and en (the done page)."""
    if choice.slot is not None:
        slot = next((s for s in choices.slots if s.number == choice.slot), None)
        if slot is None:
            return f"方案 {choice.slot}", f"option {choice.slot}"
        return (
            f"方案 {choice.slot}（{timerange(slot.start, slot.end, tz, 'zh-CN')}）",
            f"option {choice.slot} ({timerange(slot.start, slot.end, tz, 'en')})",
        )
    if choice.value == "decline":
        return "放弃本次重新面试", "decline this re-interview"
    return "其他时间", "other times"


def read_as_superseded(choices: ReplyChoices) -> bool:
    """Whether the run has moved on from how it read the email (the candidate chose again since): a decline no
    longer waiting to close, or a time read that is no longer the booked one."""
    read_as = choices.read_as
    if read_as is None:
        return False
    if read_as.intent == "decline":
        return choices.decline_closes_at is None
    booked = [s.number for s in choices.slots if s.booked]
    return read_as.slot is not None and bool(booked) and read_as.slot not in booked


def choices_page(choices: ReplyChoices, tz: str, action: str, problem: tuple[str, str] | None = None) -> str:
    """The choose page: what the run read, what is booked now, the offered times (booked marked), other times,
    decline."""
    read_as = describe_read_as(choices.read_as, choices.slots, tz) if choices.read_as is not None else None
    source = choices.read_as.source if choices.read_as is not None else None
    booked = next((s for s in choices.slots if s.booked), None)
    slots = [
        {
            "value": f"slot-{s.number}",
            "number": s.number,
            "zh": timerange(s.start, s.end, tz, "zh-CN"),
            "en": timerange(s.start, s.end, tz, "en"),
            "booked": s.booked,
        }
        for s in sorted(choices.slots, key=lambda s: s.number)
    ]
    closes = _zh_en_time(choices.decline_closes_at, tz) if choices.decline_closes_at is not None else None
    return pages.render(
        "choose.html",
        lang="zh-CN",
        read_as=read_as,
        superseded=read_as_superseded(choices),
        source=source,
        booked=(
            (
                booked.number,
                timerange(booked.start, booked.end, tz, "zh-CN"),
                timerange(booked.start, booked.end, tz, "en"),
            )
            if booked is not None
            else None
        ),
        slots=slots,
        closes=closes,
        action=action,
        problem=problem,
    )


def chosen_page(choice: Choice, choices: ReplyChoices, tz: str, again: str) -> str:
    """After a choice was sent: what it was, and the way back to choose again while the run is open."""
    zh, en = describe_choice(choice, choices, tz)
    return pages.render("choose_done.html", lang="zh-CN", zh=zh, en=en, declined=choice.value == "decline", again=again)


async def _open_choices(request: web.Request, claims: LinkClaims) -> tuple[ReplyChoices, str]:
    """The run's choices and the candidate's time zone; Refused("choice_closed") once it can no longer change."""
    links = LinkRepository(request.app[POOL])
    run = await links.run(claims.run_id)
    if run is not None and run.outcome is not None:
        raise Refused("choice_closed")
    choices = await read_choices(request.app[CLIENT], claims)
    if not choices.open:
        raise Refused("choice_closed")
    return choices, _zone_or_default(await links.candidate_timezone(claims.run_id))


def _zone_or_default(tz: str | None) -> str:
    """The candidate's zone when it is a known one; else the archive's default (the page still shows)."""
    if tz:
        try:
            ZoneInfo(tz)
            return tz
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r in the archive; showing times in %s", tz, DEFAULT_TIMEZONE)
    return DEFAULT_TIMEZONE


async def show(request: web.Request, claims: LinkClaims) -> web.Response:
    """GET: the choices (never signals)."""
    choices, tz = await _open_choices(request, claims)
    return html(choices_page(choices, tz, request.path))


async def choose(request: web.Request, claims: LinkClaims) -> web.Response:
    """POST: check the choice against what is offered now, signal it, record the use."""
    form = await request.post()
    raw = form.get("choice")
    choices, tz = await _open_choices(request, claims)
    try:
        choice = parse_choice(raw if isinstance(raw, str) else "")
        check_offered(choice, choices)
    except ChoiceProblem as problem:
        return html(choices_page(choices, tz, request.path, (problem.zh, problem.en)), status=problem.status)
    now = datetime.now(UTC)
    reply = choice.reply(choice_message_id(claims, choice.value, now, request.app[SETTINGS]))
    await signal(request.app[CLIENT], claims.workflow_id, claims.run_id, "candidate_reply", reply)
    await LinkRepository(request.app[POOL]).record_use(
        choice_digest(claims, choice.value), claims, action=f"choose:{choice.value}"
    )
    return html(chosen_page(choice, choices, tz, request.path))
