"""HR's analytics page (R-X2) under the HR session: `GET /hr/analytics` with the filters as query parameters (job,
family, trigger, course, since, until, by), the charts drawn on the server as SVG beside their tables; the same
figures as CSV (`/hr/analytics.csv`) and JSON (`/hr/analytics.json`, what `starter.py analytics --format json`
prints). GET only: nothing here changes anything."""

from __future__ import annotations

import shlex
from urllib.parse import urlencode

from aiohttp import web

from analytics.export import to_csv, to_json
from analytics.figures import TRIGGER_KINDS, FilterError, Filters, GroupBy, make_filters, parse_group_by
from analytics.view import BY_WORDS, Page, page
from db.repositories.analytics import AnalyticsRepository
from web import pages
from web.common import POOL, RING, SETTINGS, Refused, error, html
from web.hr_auth import HrIdentity, identify, now_utc, set_cookie
from web.links import HR_PATH

ANALYTICS_PATH = f"{HR_PATH}/analytics"
FIELDS = ("job", "family", "trigger", "course", "since", "until", "by")


def _identity(request: web.Request) -> HrIdentity:
    identity = identify(request.app[SETTINGS], request.app[RING], request, now_utc())
    if identity is None:
        raise Refused("proxy_only" if request.app[SETTINGS].hr_auth == "proxy" else "signed_out")
    return identity


def _query(request: web.Request) -> dict[str, str]:
    return {k: request.query.get(k, "").strip() for k in FIELDS}


def _filters(query: dict[str, str]) -> tuple[Filters, GroupBy]:
    filters = make_filters(
        job=query["job"],
        family=query["family"],
        trigger=query["trigger"],
        course=query["course"],
        since=query["since"],
        until=query["until"],
    )
    return filters, parse_group_by(query["by"])


def _cli(query: dict[str, str]) -> str:
    parts = [f"--{k} {shlex.quote(v)}" for k, v in query.items() if v and not (k == "by" and v == "all")]
    return " ".join(parts) or "--format table"


async def show(request: web.Request) -> web.StreamResponse:
    """The page: filters, the totals' charts and tables, and the breakdown by the chosen grouping."""
    try:
        identity = _identity(request)
    except Refused as refused:
        return error(refused.problem)
    query = _query(request)
    repo = AnalyticsRepository(request.app[POOL])
    choices = await repo.choices()
    labels = await repo.dimension_labels()
    problem = ""
    try:
        filters, by = _filters(query)
    except FilterError as exc:
        problem, filters, by = str(exc), Filters(), "all"
    total = await repo.report(filters, "all") if not problem else None
    grouped = await repo.report(filters, by) if not problem and by != "all" else None
    view = page(total, grouped, labels) if total is not None else Page()
    selects = [
        _select("job", "岗位", "job", choices["job"], query["job"]),
        _select("family", "岗位族", "job family", choices["family"], query["family"]),
        _select("trigger", "触发类型", "trigger", list(TRIGGER_KINDS), query["trigger"]),
        _select("course", "课程", "course", choices["course"], query["course"]),
        {
            "name": "by",
            "zh": "分组",
            "en": "group by",
            "any": False,
            "selected": query["by"] or "all",
            "options": [{"value": k, "text": f"{w[0]} / {w[1]}"} for k, w in BY_WORDS.items()],
        },
    ]
    body = pages.render(
        "hr_analytics.html",
        lang="zh-CN",
        user=identity.user,
        selects=selects,
        since=query["since"],
        until=query["until"],
        query=urlencode({k: v for k, v in query.items() if v}),
        cli=_cli(query),
        problem=problem,
        view=view,
    )
    response = html(body, status=400 if problem else 200)
    set_cookie(request.app[SETTINGS], response, identity)
    return response


def _select(name: str, zh: str, en: str, options: list[str], selected: str) -> dict[str, object]:
    return {
        "name": name,
        "zh": zh,
        "en": en,
        "any": True,
        "selected": selected,
        "options": [{"value": o, "text": o} for o in options],
    }


async def export(request: web.Request) -> web.StreamResponse:
    """The figures as CSV or JSON for these filters (400 with the reason for a bad filter)."""
    try:
        _identity(request)
    except Refused as refused:
        return error(refused.problem)
    fmt = request.match_info["fmt"]
    try:
        filters, by = _filters(_query(request))
    except FilterError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    report = await AnalyticsRepository(request.app[POOL]).report(filters, by)
    if fmt == "csv":
        return web.Response(
            text=to_csv(report),
            content_type="text/csv",
            charset="utf-8",
            headers={"Content-Disposition": 'attachment; filename="reinterview-analytics.csv"'},
        )
    return web.Response(text=to_json(report), content_type="application/json", charset="utf-8")


def register(app: web.Application) -> None:
    app.router.add_get(ANALYTICS_PATH, show)
    app.router.add_get(ANALYTICS_PATH + ".{fmt:(csv|json)}", export)
