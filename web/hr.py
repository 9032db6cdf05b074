"""HR's pages under /hr/ (R-H2): the inbox of open to-dos, action pages behind signed links, the run's reports.

Every page needs an HR identity (web.hr_auth): a session opened by a login link or an HR action link (dev stack),
or the auth proxy's user header from a trusted address (production). Every POST carries the session's CSRF
token. GET pages change nothing; the buttons POST.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from temporalio.client import Client

from db.repositories.people import HR_TIMEZONE
from inbound.tokens import TokenError
from schemas.contract import StatusView
from service.settings import Settings
from web import pages
from web.common import CLIENT, POOL, RING, SETTINGS, Refused, error, html, log, run_stage, signal
from web.hr_auth import (
    COOKIE,
    MAILBOX_USER,
    HrIdentity,
    csrf_ok,
    identify,
    new_session,
    now_utc,
    set_cookie,
)
from web.links import (
    HR_ACTION_PATH,
    HR_ACTIONS,
    HR_LOGIN_PATH,
    HR_PATH,
    LinkAction,
    LinkClaims,
    claims_digest,
    hr_action_link,
    use_digests,
    verify_link_token,
)
from web.repository import REPORT_KINDS, HrRepository, InboxItem, LinkRepository, RunRow
from web.words import HR_ACTION_WORDS

STATUS_TIMEOUT_S = 3.0
INBOX_LINK_REF = "hr-inbox"


def _identity(request: web.Request) -> HrIdentity:
    identity = identify(request.app[SETTINGS], request.app[RING], request, now_utc())
    if identity is None:
        raise Refused("proxy_only" if request.app[SETTINGS].hr_auth == "proxy" else "signed_out")
    return identity


def _respond(request: web.Request, response: web.StreamResponse, identity: HrIdentity | None) -> web.StreamResponse:
    if identity is not None:
        set_cookie(request.app[SETTINGS], response, identity)
    return response


async def _form(request: web.Request, identity: HrIdentity) -> dict[str, str]:
    form = {k: str(v) for k, v in (await request.post()).items()}
    if not csrf_ok(identity, form.get("csrf", "")):
        raise Refused("csrf")
    return form


def temporal_run_url(settings: Settings, workflow_id: str, run_id: str | None) -> str:
    """The run in the Temporal Web UI."""
    base = f"{settings.temporal_ui_url}/namespaces/{settings.temporal_namespace}/workflows/{workflow_id}"
    return f"{base}/{run_id}/history" if run_id else base


def _see_other(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


# ---- sign-in -----------------------------------------------------------------------------------------------


async def login(request: web.Request) -> web.StreamResponse:
    """A login link from the HR mailbox: open a session and go to the inbox."""
    settings = request.app[SETTINGS]
    try:
        if settings.hr_auth == "proxy":
            raise Refused("proxy_only")
        try:
            claims = verify_link_token(request.app[RING], request.match_info["token"], now_utc())
        except TokenError as exc:
            raise Refused(exc.reason) from None
        if claims.action != "hr_login":
            raise Refused("wrong_page")
    except Refused as refused:
        return error(refused.problem)
    identity = new_session(settings, request.app[RING], MAILBOX_USER, now_utc())
    return _respond(request, _see_other(f"{HR_PATH}/"), identity)


async def logout(request: web.Request) -> web.StreamResponse:
    try:
        identity = _identity(request)
        await _form(request, identity)
    except Refused as refused:
        return error(refused.problem)
    response = html(
        pages.render(
            "hr_message.html",
            lang="zh-CN",
            title_zh="已退出",
            title_en="Signed out",
            text_zh="HR 会话已结束。",
            text_en="The HR session has ended.",
            back=False,
        )
    )
    response.del_cookie(COOKIE, path=f"{HR_PATH}/")
    return response


# ---- inbox -------------------------------------------------------------------------------------------------


async def _statuses(client: Client, runs: list[RunRow]) -> dict[str, StatusView]:
    """Each open run's `status` query (stage, next deadline); runs that do not answer in time are left out."""

    async def one(run: RunRow) -> tuple[str, StatusView | None]:
        handle = client.get_workflow_handle(run.workflow_id, run_id=run.run_id)
        try:
            view = await asyncio.wait_for(handle.query("status", result_type=StatusView), STATUS_TIMEOUT_S)
        except Exception as exc:  # an unreachable run costs its own row's deadline, never the page
            log.info("status of %s not read: %s", run.workflow_id, exc)
            return run.run_id, None
        return run.run_id, view

    results = await asyncio.gather(*(one(r) for r in runs))
    return {run_id: view for run_id, view in results if view is not None}


def _action_links(settings: Settings, request: web.Request, item: InboxItem, stage: str) -> list[dict[str, str]]:
    run = item.run
    if run is None or run.outcome is not None:
        return []
    actions: list[LinkAction] = ["hr_extend", "hr_take_over", "hr_cancel"]
    if stage == "awaiting_hr_approval":
        actions.insert(0, "hr_decision")
    now = now_utc()
    return [
        {
            "url": hr_action_link(settings, request.app[RING], a, run.workflow_id, run.run_id, INBOX_LINK_REF, now),
            "zh": HR_ACTION_WORDS[a][0],
            "en": HR_ACTION_WORDS[a][1],
        }
        for a in actions
    ]


async def inbox(request: web.Request) -> web.StreamResponse:
    """Open to-dos with the run's stage, next deadline, reports, actions and the run in the Temporal UI."""
    try:
        identity = _identity(request)
    except Refused as refused:
        return error(refused.problem)
    settings = request.app[SETTINGS]
    items = await HrRepository(request.app[POOL]).open_todos()
    runs = {i.run.run_id: i.run for i in items if i.run is not None and i.run.outcome is None}
    statuses = await _statuses(request.app[CLIENT], list(runs.values()))
    names = await _names(request, {i.candidate_id for i in items}, {i.job_id for i in items})
    rows: list[dict[str, Any]] = []
    for item in items:
        view = statuses.get(item.run.run_id) if item.run else None
        stage = view.stage.value if view else (item.run.stage if item.run else "")
        rows.append(
            {
                "item": item,
                "candidate": names[0].get(item.candidate_id, item.candidate_id),
                "job": names[1].get(item.job_id, item.job_id),
                "stage": stage,
                "outcome": (item.run.outcome if item.run else None),
                "next_deadline": view.next_deadline if view else None,
                "reports": [
                    {"kind": k, "url": f"{HR_PATH}/runs/{item.run.run_id}/reports/{k}"}
                    for k in REPORT_KINDS
                    if item.run and k in item.reports
                ],
                "temporal_url": temporal_run_url(settings, item.workflow_id, item.run.run_id if item.run else None),
                "actions": _action_links(settings, request, item, stage),
            }
        )
    body = pages.render(
        "hr_inbox.html",
        lang="zh-CN",
        rows=rows,
        user=identity.user,
        csrf=identity.csrf,
        timezone=HR_TIMEZONE,
        closed=request.query.get("closed", ""),
        proxy=settings.hr_auth == "proxy",
    )
    return _respond(request, html(body), identity)


async def _names(request: web.Request, candidates: set[str], jobs: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    return await HrRepository(request.app[POOL]).names(candidates, jobs)


async def close_todo(request: web.Request) -> web.StreamResponse:
    """Close a to-do from the inbox; who closed it is recorded."""
    try:
        identity = _identity(request)
        form = await _form(request, identity)
    except Refused as refused:
        return error(refused.problem)
    key = form.get("todo_key", "")
    closed = await HrRepository(request.app[POOL]).close_todo(key, identity.user, now_utc())
    if not closed:
        return error("not_found")
    return _respond(request, _see_other(f"{HR_PATH}/?closed=1"), identity)


# ---- reports -----------------------------------------------------------------------------------------------


async def report(request: web.Request) -> web.StreamResponse:
    """A run's internal report (analysis, interview plan, feedback) for HR, also after the run has ended."""
    try:
        identity = _identity(request)
        kind = request.match_info["kind"]
        if kind not in REPORT_KINDS:
            raise Refused("not_found")
        body = await LinkRepository(request.app[POOL]).report_html(request.match_info["run_id"], kind)
        if body is None:
            raise Refused("no_report")
    except Refused as refused:
        return error(refused.problem)
    return _respond(request, html(body), identity)


# ---- action pages ------------------------------------------------------------------------------------------


def _action_claims(request: web.Request) -> LinkClaims:
    try:
        claims = verify_link_token(request.app[RING], request.match_info["token"], now_utc())
    except TokenError as exc:
        raise Refused(exc.reason) from None
    if claims.action not in HR_ACTIONS:
        raise Refused("wrong_page")
    return claims


def _action_identity(request: web.Request) -> HrIdentity:
    """An HR action link opens a session on the dev stack (it reached the HR mailbox like a login link)."""
    settings = request.app[SETTINGS]
    identity = identify(settings, request.app[RING], request, now_utc())
    if identity is not None:
        return identity
    if settings.hr_auth == "proxy":
        raise Refused("proxy_only")
    return new_session(settings, request.app[RING], MAILBOX_USER, now_utc())


async def _open_run(request: web.Request, claims: LinkClaims) -> RunRow:
    run = await LinkRepository(request.app[POOL]).run(claims.run_id)
    if run is None or run.workflow_id != claims.workflow_id:
        raise Refused("not_found")
    if run.outcome is not None:
        raise Refused("closed")
    return run


def _action_page(
    request: web.Request,
    claims: LinkClaims,
    run: RunRow,
    identity: HrIdentity,
    names: tuple[str, str],
    *,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
    stage: str = "",
) -> web.StreamResponse:
    zh, en = HR_ACTION_WORDS[claims.action]
    body = pages.render(
        "hr_action.html",
        lang="zh-CN",
        action=claims.action,
        title_zh=zh,
        title_en=en,
        run=run,
        stage=stage or run.stage,
        candidate=names[0],
        job=names[1],
        csrf=identity.csrf,
        form_action=f"{HR_ACTION_PATH}/{request.match_info['token']}",
        errors=errors or {},
        values=values or {},
        timezone=HR_TIMEZONE,
        temporal_url=temporal_run_url(request.app[SETTINGS], run.workflow_id, run.run_id),
    )
    return _respond(request, html(body, status), identity)


async def _run_names(request: web.Request, run: RunRow) -> tuple[str, str]:
    candidates, jobs = await _names(request, {run.candidate_id}, {run.job_id})
    return candidates.get(run.candidate_id, run.candidate_id), jobs.get(run.job_id, run.job_id)


def _message(
    request: web.Request, identity: HrIdentity | None, zh: str, en: str, text_zh: str, text_en: str, status: int = 200
) -> web.StreamResponse:
    body = pages.render(
        "hr_message.html", lang="zh-CN", title_zh=zh, title_en=en, text_zh=text_zh, text_en=text_en, back=True
    )
    return _respond(request, html(body, status), identity)


async def show_action(request: web.Request) -> web.StreamResponse:
    """What the HR link will do, for which run, with its form; nothing changes until the button is pressed."""
    identity: HrIdentity | None = None
    try:
        claims = _action_claims(request)
        identity = _action_identity(request)
        run = await _open_run(request, claims)
        digests = use_digests(request.match_info["token"], claims, now_utc(), request.app[SETTINGS].link_ttl)
        if await LinkRepository(request.app[POOL]).used(digests):
            return _message(
                request,
                identity,
                "此操作已完成",
                "This action was already taken",
                "该链接此前已使用，无需再次操作。",
                "This link was used before; there is nothing more to do.",
            )
        stage = await run_stage(request.app[CLIENT], claims.workflow_id, claims.run_id)
        return _action_page(request, claims, run, identity, await _run_names(request, run), stage=stage)
    except Refused as refused:
        return _respond(request, error(refused.problem), identity)


def parse_until(raw: str, timezone: str, now: datetime) -> tuple[datetime | None, str]:
    """A new deadline typed as local date and time (datetime-local) in HR's zone; (None, problem) when unusable."""
    text = raw.strip()
    if not text:
        return None, "请填写新的期限 / Enter the new deadline"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None, "日期时间格式应为 YYYY-MM-DDTHH:MM / Use the form YYYY-MM-DDTHH:MM"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(timezone))
    if parsed <= now:
        return None, "新的期限必须晚于现在 / The new deadline must be in the future"
    return parsed, ""


async def act(request: web.Request) -> web.StreamResponse:
    """Press the button: signal the run (`hr_decision`, `hr_action` or `cancel`) once per link, and record it."""
    identity: HrIdentity | None = None
    try:
        claims = _action_claims(request)
        identity = identify(request.app[SETTINGS], request.app[RING], request, now_utc())
        if identity is None:  # a POST never opens a session: it must come from a page that did
            raise Refused("proxy_only" if request.app[SETTINGS].hr_auth == "proxy" else "csrf")
        form = await _form(request, identity)
        run = await _open_run(request, claims)
        links = LinkRepository(request.app[POOL])
        digests = use_digests(request.match_info["token"], claims, now_utc(), request.app[SETTINGS].link_ttl)
        if await links.used(digests):
            await links.record_use(claims_digest(claims), claims)
            return _message(
                request,
                identity,
                "此操作已完成",
                "This action was already taken",
                "该链接此前已使用，未做任何更改。",
                "This link was used before; nothing was changed.",
            )
        note = form.get("note", "")[:2000]
        stage = await run_stage(request.app[CLIENT], claims.workflow_id, claims.run_id)
        name, payload, detail = _signal_for(claims, form, identity, note, stage)
        if isinstance(payload, dict) and "problem" in payload:
            return _action_page(
                request,
                claims,
                run,
                identity,
                await _run_names(request, run),
                errors=payload["problem"],
                stage=stage,
                values=form,
                status=400,
            )
        await signal(request.app[CLIENT], claims.workflow_id, claims.run_id, name, payload)
        await links.record_use(claims_digest(claims), claims)
        await HrRepository(request.app[POOL]).record_action(
            workflow_id=claims.workflow_id,
            run_id=claims.run_id,
            action=detail["action"],
            by=identity.user,
            detail=detail,
        )
        zh, en = HR_ACTION_WORDS[claims.action]
        return _message(
            request, identity, "已提交", "Done", f"{zh}：已发送给重新面试流程。", f"{en}: sent to the re-interview."
        )
    except Refused as refused:
        return _respond(request, error(refused.problem), identity)


def _signal_for(
    claims: LinkClaims, form: dict[str, str], identity: HrIdentity, note: str, stage: str
) -> tuple[str, Any, dict[str, Any]]:
    """(signal name, payload per CONTRACT, what to record); the payload is {"problem": {field: message}} when the
    form cannot be acted on."""
    by = identity.user
    if claims.action == "hr_decision":
        decision = form.get("decision", "")
        if decision not in ("approve", "reject"):
            return "", {"problem": {"decision": "请选择批准或拒绝 / Choose approve or reject"}}, {}
        if stage != "awaiting_hr_approval":
            return (
                "",
                {"problem": {"decision": f"此申请不在待审批阶段（{stage}） / No decision is awaited (stage {stage})"}},
                {},
            )
        approved = decision == "approve"
        payload = {"approved": approved, "note": note, "by": by}
        return "hr_decision", payload, {"action": "approve" if approved else "reject", "note": note}
    if claims.action == "hr_extend":
        until, problem = parse_until(form.get("until", ""), HR_TIMEZONE, now_utc())
        if until is None:
            return "", {"problem": {"until": problem}}, {}
        payload = {"action": "extend_deadline", "until": until.isoformat(), "by": by, "note": note}
        return "hr_action", payload, {"action": "extend_deadline", "until": until.isoformat(), "note": note}
    if claims.action == "hr_take_over":
        payload = {"action": "take_over", "until": None, "by": by, "note": note}
        return "hr_action", payload, {"action": "take_over", "note": note}
    payload = {"reason": note, "by": by}
    return "cancel", payload, {"action": "cancel", "note": note}


def register(app: web.Application) -> None:
    app.router.add_get(f"{HR_PATH}/", inbox)
    app.router.add_get(f"{HR_LOGIN_PATH}/{{token}}", login)
    app.router.add_post(f"{HR_PATH}/logout", logout)
    app.router.add_post(f"{HR_PATH}/todos/close", close_todo)
    app.router.add_get(f"{HR_PATH}/runs/{{run_id}}/reports/{{kind}}", report)
    app.router.add_get(f"{HR_ACTION_PATH}/{{token}}", show_action)
    app.router.add_post(f"{HR_ACTION_PATH}/{{token}}", act)
