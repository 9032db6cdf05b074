"""The interviewer's scorecard (R-H1): `GET /s/<token>` shows the plan and the form, `POST` submits the result
through the workflow's `submit_result` update, `POST /s/<token>/no-show` reports that the candidate did not come.

The validator's messages are shown beside the fields they name, with what was typed kept. One result per run:
once the workflow accepted it (or a no-show), the page is read-only and shows it. Submitting the same form
twice sends one update (its id is derived from the link's claims and the values), and a different second
submission is refused by the workflow and answered with the read-only page.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import re
from datetime import UTC, datetime, timedelta

from aiohttp import web
from temporalio.client import WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, WorkflowUpdateStage
from temporalio.exceptions import FailureError
from temporalio.service import RPCError, RPCStatusCode

from inbound.tokens import TokenError
from schemas.contract import SubmitResult
from web import pages
from web.common import CLIENT, POOL, RING, Refused, error, html, log, run_stage, signal
from web.links import SCORECARD_PATH, LinkClaims, claims_digest, verify_link_token
from web.repository import Scorecard, ScorecardData, ScorecardRepository
from web.words import SCORECARD

HOME_TIMEZONE = "Asia/Shanghai"
NO_SHOW_STAGES = frozenset({"scheduled", "awaiting_result"})
MAX_COMMENT_CHARS = 10_000
UPDATE_TIMEOUT = timedelta(seconds=20)
REJECTION_WAIT_S = 1.0
_QUOTED = re.compile(r"'([^']+)'")
_EXCEPTION_PREFIX = re.compile(r"^[A-Za-z_]+(Error|Exception): ")


def _claims(request: web.Request) -> LinkClaims:
    try:
        claims = verify_link_token(request.app[RING], request.match_info["token"], datetime.now(UTC))
    except TokenError as exc:
        raise Refused(exc.reason) from None
    if claims.action != "scorecard" or not claims.person:
        raise Refused("wrong_page")
    return claims


async def _data(request: web.Request, claims: LinkClaims) -> ScorecardData:
    data = await ScorecardRepository(request.app[POOL]).data(claims.run_id, claims.person)
    if data is None or data.run.workflow_id != claims.workflow_id or data.plan is None:
        raise Refused("not_ready")
    if data.booked_interviewer is not None and data.booked_interviewer != claims.person:
        raise Refused("handed_over")  # the interview moved to another interviewer, who has their own link
    return data


def score_fields(data: ScorecardData) -> tuple[list[str], list[str]]:
    """The dimensions the form asks for: the plan's focus first, then the job's other dimensions (optional: an
    interviewer may also have seen those; the workflow's validator accepts every dimension the job weighs)."""
    planned = [str(code) for code in (data.plan or {}).get("dimensions", [])]
    return planned, [code for code in data.job_dimensions if code not in planned]


def _page(
    request: web.Request,
    data: ScorecardData,
    *,
    submitted: Scorecard | None = None,
    values: dict[str, str] | None = None,
    comments: str = "",
    note: str = "",
    field_errors: dict[str, list[str]] | None = None,
    general_errors: list[str] | None = None,
    notice: str = "",
    notice_class: str = "ok",
    no_show_error: str = "",
    status: int = 200,
) -> web.Response:
    t = SCORECARD[data.locale]
    planned, others = score_fields(data)
    editable = submitted is None and data.run.outcome is None
    if not notice and submitted is None and data.run.outcome is not None:
        notice, notice_class = t["ended"], "alert"
    body = pages.render(
        "scorecard.html",
        lang=t["lang"],
        t=t,
        data=data,
        timezone=HOME_TIMEZONE,
        submitted=submitted,
        editable=editable,
        dimensions=planned,
        other_dimensions=others,
        others_open=any((values or {}).get(code) or code in (field_errors or {}) for code in others),
        values=values or {},
        comments=comments,
        note=note,
        field_errors=field_errors or {},
        general_errors=general_errors or [],
        notice=notice,
        notice_class=notice_class,
        no_show_error=no_show_error,
        action=f"{SCORECARD_PATH}/{request.match_info['token']}",
    )
    return html(body, status)


async def show(request: web.Request) -> web.Response:
    """The plan, earlier scores, training since and the form; read-only once a result or no-show was accepted."""
    try:
        claims = _claims(request)
        data = await _data(request, claims)
        submitted = await ScorecardRepository(request.app[POOL]).submitted(claims.run_id)
        return _page(request, data, submitted=submitted)
    except Refused as refused:
        return error(refused.problem)


def parse_scores(
    form: dict[str, str], dimensions: list[str], not_a_number: str
) -> tuple[dict[str, str], dict[str, float], dict[str, list[str]]]:
    """(what was typed, the numbers to submit, per-field problems) from the posted form; empty fields are left out.

    Only what cannot be sent at all (text that is not a number) is judged here; ranges are the workflow
    validator's to judge, so its messages are the ones shown.
    """
    typed: dict[str, str] = {}
    scores: dict[str, float] = {}
    problems: dict[str, list[str]] = {}
    for code in dimensions:
        raw = form.get(f"score.{code}", "").strip()
        typed[code] = raw
        if not raw:
            continue
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            problems[code] = [not_a_number]
            continue
        scores[code] = value
    return typed, scores, problems


def validator_messages(
    message: str, dimensions: list[str], locale: str = "en", labels: dict[str, str] | None = None
) -> tuple[dict[str, list[str]], list[str]]:
    """The validator's message split into the fields it names ('code') and what concerns the whole form, each
    part in the page's language."""
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for part in (p.strip() for p in message.split("; ")):
        if not part:
            continue
        named = [c for c in _QUOTED.findall(part) if c in dimensions]
        shown = in_language(part, locale, labels or {})
        if named:
            by_field.setdefault(named[0], []).append(shown)
        else:
            general.append(shown)
    return by_field, general


# The workflow's validator speaks the contract's English; the interviewer reads their own language. A message
# no row matches is shown as it came.
_VALIDATOR_ZH: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^score for '(?P<code>[^']+)' is (?P<score>\S+), must be between 0 and 100$"),
        "{label}的分数为 {score}，应在 0 到 100 之间。",
    ),
    (re.compile(r"^unknown dimension '(?P<code>[^']+)' \(the job assesses: .*\)$"), "{label}不是该岗位的评估维度。"),
    (re.compile(r"^no dimension scores submitted \(the job assesses: .*\)$"), "请至少为一个维度打分。"),
    (re.compile(r"^no interview is scheduled yet "), "面试尚未预约，预约后才能提交评分。"),
    (re.compile(r"^the re-interview has already ended with outcome "), "本次重新面试已经结束，无法再提交评分。"),
)


def in_language(message: str, locale: str, labels: dict[str, str]) -> str:
    """One validator message in the page's language (zh-CN: from the table above; en: as the validator said)."""
    if locale == "en":
        return message
    for pattern, text in _VALIDATOR_ZH:
        if match := pattern.match(message):
            found = match.groupdict()
            return text.format(label=labels.get(found.get("code", ""), found.get("code", "")), score=found.get("score"))
    return message


def _validator_message(failed: WorkflowUpdateFailedError) -> str:
    """What the validator said, without the exception type the SDK puts before it."""
    cause = failed.cause
    message = cause.message if isinstance(cause, FailureError) else str(cause or failed)
    return _EXCEPTION_PREFIX.sub("", message)


def _update_id(claims: LinkClaims, result: SubmitResult) -> str:
    """The same submission from the same link is one update (Temporal de-duplicates by update id)."""
    content = hashlib.sha256(json.dumps(result.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()
    return f"scorecard-{claims_digest(claims)[:20]}-{content[:20]}"


async def submit(request: web.Request) -> web.Response:
    """Send the result through `submit_result`; the validator's messages come back beside the fields."""
    try:
        claims = _claims(request)
        data = await _data(request, claims)
        repo = ScorecardRepository(request.app[POOL])
        t = SCORECARD[data.locale]
        form = {k: str(v) for k, v in (await request.post()).items()}
        dimensions = [code for fields in score_fields(data) for code in fields]
        typed, scores, field_errors = parse_scores(form, dimensions, t["not_a_number"])
        comments = form.get("comments", "")[:MAX_COMMENT_CHARS]
        submitted = await repo.submitted(claims.run_id)
        if submitted is not None:
            return _page(request, data, submitted=submitted, notice=t["already"])
        if field_errors:
            return _page(request, data, values=typed, comments=comments, field_errors=field_errors, status=400)
        result = SubmitResult(dimension_scores=scores, comments=comments, submitted_by=f"interviewer:{claims.person}")
        handle = request.app[CLIENT].get_workflow_handle(claims.workflow_id, run_id=claims.run_id)
        try:
            update = await handle.start_update(
                "submit_result",
                result,
                id=_update_id(claims, result),
                wait_for_stage=WorkflowUpdateStage.ACCEPTED,
                rpc_timeout=UPDATE_TIMEOUT,
            )
            # A rejection comes back with the start call, so its outcome is known at once and result() raises
            # without asking the server; an accepted update completes only when the run does (not awaited here).
            # Cancelling that wait surfaces as the SDK's own timeout error (Python 3.11's wait_for re-raises it).
            with contextlib.suppress(TimeoutError, WorkflowUpdateRPCTimeoutOrCancelledError):
                await asyncio.wait_for(update.result(), REJECTION_WAIT_S)
        except WorkflowUpdateFailedError as failed:
            message = _validator_message(failed)
            submitted = await repo.submitted(claims.run_id)
            if submitted is not None:  # a submission moments earlier (another tab) won
                return _page(request, data, submitted=submitted, notice=t["already"])
            by_field, general = validator_messages(message, dimensions, data.locale, data.labels)
            return _page(
                request,
                data,
                values=typed,
                comments=comments,
                field_errors=by_field,
                general_errors=general,
                status=422,
            )
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                raise Refused("closed") from None
            log.warning("submit_result to %s failed: %s", claims.workflow_id, exc)
            return _page(
                request,
                data,
                values=typed,
                comments=comments,
                general_errors=[t["unavailable"]],
                status=503,
            )
        await repo.record(
            run_id=claims.run_id,
            workflow_id=claims.workflow_id,
            interviewer_id=claims.person,
            kind="result",
            dimension_scores=scores,
            comments=comments,
        )
        raise web.HTTPSeeOther(location=f"{SCORECARD_PATH}/{request.match_info['token']}")
    except Refused as refused:
        return error(refused.problem)


async def no_show(request: web.Request) -> web.Response:
    """Signal `no_show` ({"by": "interviewer:<id>", "note": ...}); afterwards the page is read-only."""
    try:
        claims = _claims(request)
        data = await _data(request, claims)
        repo = ScorecardRepository(request.app[POOL])
        t = SCORECARD[data.locale]
        form = await request.post()
        note = str(form.get("note", ""))[:MAX_COMMENT_CHARS]
        submitted = await repo.submitted(claims.run_id)
        if submitted is not None:
            return _page(request, data, submitted=submitted, notice=t["already"])
        if data.run.outcome is not None:
            raise Refused("closed")
        if form.get("confirm") != "yes":  # ending the run is not one stray click away
            return _page(request, data, note=note, no_show_error=t["no_show_confirm_missing"], status=400)
        if (
            await run_stage(request.app[CLIENT], claims.workflow_id, claims.run_id) not in NO_SHOW_STAGES
        ):  # the workflow ignores it before a booking
            return _page(request, data, note=note, general_errors=[t["not_scheduled"]], status=409)
        await signal(
            request.app[CLIENT],
            claims.workflow_id,
            claims.run_id,
            "no_show",
            {"by": f"interviewer:{claims.person}", "note": note},
        )
        await repo.record(
            run_id=claims.run_id,
            workflow_id=claims.workflow_id,
            interviewer_id=claims.person,
            kind="no_show",
            note=note,
        )
        raise web.HTTPSeeOther(location=f"{SCORECARD_PATH}/{request.match_info['token']}")
    except Refused as refused:
        return error(refused.problem)


def register(app: web.Application) -> None:
    app.router.add_get(f"{SCORECARD_PATH}/{{token}}", show)
    app.router.add_post(f"{SCORECARD_PATH}/{{token}}", submit)
    app.router.add_post(f"{SCORECARD_PATH}/{{token}}/no-show", no_show)
