"""The candidate's rating of the re-interview (R-X1): `GET /rate/<token>` shows a 1–5 form with an optional
comment, the `POST` records it once per run (candidate_ratings); a repeat shows what was recorded and changes
nothing. The token follows the candidate-link rules (web.links): signed, expiring, one spelling; GET never records.
The page speaks zh-CN and en side by side (a link does not know the locale). Ratings feed the analytics page."""

from __future__ import annotations

from datetime import datetime

import asyncpg
import jinja2
from aiohttp import web

from inbound.tokens import TokenError
from web.common import POOL, RING, Refused, error, html
from web.hr_auth import now_utc
from web.links import RATING_PATH, LinkClaims, verify_link_token

MAX_COMMENT = 2000

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>评价本次重新面试 / Rate the re-interview</title>
<style>
body{margin:0;background:#f4f5f7;color:#1f2328;
font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif}
main{max-width:560px;margin:48px auto;padding:28px;background:#fff;border-radius:6px;line-height:1.6}
h1{font-size:20px;margin-top:0}.en{color:#4b5563}fieldset{border:0;padding:0;margin:12px 0}
.stars label{display:inline-block;margin-right:14px;font-size:18px}
textarea{width:100%;box-sizing:border-box;font:inherit}
.alert{border:2px solid #b91c1c;background:#fef2f2;padding:8px 16px;border-radius:4px}
button{font-size:16px;padding:10px 18px;border:0;border-radius:4px;background:#2563eb;color:#fff;cursor:pointer}
</style></head>
<body><main>
{% if recorded %}
<h1>谢谢您的评价<br><span class="en">Thank you for your rating</span></h1>
<p>{% if repeated %}您此前已评价过本次重新面试，无需再次提交。{% else %}我们已收到您的评价。{% endif %}
您的评分：{{ recorded.rating }} / 5</p>
<p class="en">{% if repeated %}You already rated this re-interview; there is nothing more to do.
{% else %}We have your rating.{% endif %} Your rating: {{ recorded.rating }} / 5</p>
{% else %}
<h1>您对本次重新面试的体验如何？<br><span class="en">How was the re-interview for you?</span></h1>
{% if problem %}<div class="alert" role="alert"><p>{{ problem[0] }}</p>
<p class="en">{{ problem[1] }}</p></div>{% endif %}
<form method="post" action="{{ action }}">
<fieldset class="stars"><legend>评分（1 = 很差，5 = 很好）/ Rating (1 = poor, 5 = very good)</legend>
{% for n in range(1, 6) %}<label><input type="radio" name="rating" value="{{ n }}" required
{% if chosen == n %} checked{% endif %}> {{ n }}</label>{% endfor %}
</fieldset>
<p><label for="comment">意见（可选）/ Comment (optional)</label>
<textarea id="comment" name="comment" rows="4" maxlength="{{ max_comment }}">{{ comment }}</textarea></p>
<button type="submit">提交 / Send</button>
</form>
{% endif %}
</main></body></html>
"""
_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render(**context: object) -> str:
    values: dict[str, object] = {
        "recorded": None,
        "repeated": False,
        "problem": None,
        "action": "",
        "chosen": None,
        "comment": "",
        "max_comment": MAX_COMMENT,
    }
    values.update(context)
    return _ENV.from_string(_PAGE).render(**values)


class RatingProblem(ValueError):
    """A form value that cannot be recorded: (zh, en) wording for the page."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def parse_rating(form: dict[str, str]) -> tuple[int, str]:
    """(rating 1–5, comment) from the form; RatingProblem names what is wrong."""
    raw = form.get("rating", "").strip()
    if raw not in {"1", "2", "3", "4", "5"}:
        raise RatingProblem("请选择 1 到 5 之间的评分。", f"Choose a rating from 1 to 5 (got {raw[:10]!r}).")
    comment = form.get("comment", "").strip()
    if len(comment) > MAX_COMMENT:
        raise RatingProblem(
            f"意见最多 {MAX_COMMENT} 个字符（当前 {len(comment)}）。",
            f"The comment may have at most {MAX_COMMENT} characters (it has {len(comment)}).",
        )
    return int(raw), comment


class RatingRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def recorded(self, run_id: str) -> asyncpg.Record | None:
        row: asyncpg.Record | None = await self._pool.fetchrow(
            "SELECT rating, comment, rated_at FROM candidate_ratings WHERE run_id = $1", run_id
        )
        return row

    async def record(self, claims: LinkClaims, rating: int, comment: str, at: datetime) -> bool:
        """Record the run's rating; False when it already had one (which stays as it was)."""
        inserted = await self._pool.fetchval(
            """
            INSERT INTO candidate_ratings (run_id, workflow_id, rating, comment, rated_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id) DO NOTHING RETURNING 1
            """,
            claims.run_id,
            claims.workflow_id,
            rating,
            comment,
            at,
        )
        return inserted is not None


def _claims(request: web.Request) -> LinkClaims:
    try:
        claims = verify_link_token(request.app[RING], request.match_info["token"], now_utc())
    except TokenError as exc:
        raise Refused(exc.reason) from None
    if claims.action != "rate":
        raise Refused("wrong_page")
    return claims


async def show(request: web.Request) -> web.Response:
    """The form, or what was recorded; never records anything."""
    try:
        claims = _claims(request)
    except Refused as refused:
        return error(refused.problem)
    recorded = await RatingRepository(request.app[POOL]).recorded(claims.run_id)
    if recorded is not None:
        return html(render(recorded=recorded, repeated=True))
    return html(render(action=request.path))


async def rate(request: web.Request) -> web.Response:
    """Record the rating once; a second submission shows the first and changes nothing."""
    try:
        claims = _claims(request)
    except Refused as refused:
        return error(refused.problem)
    ratings = RatingRepository(request.app[POOL])
    form = {k: str(v) for k, v in (await request.post()).items()}
    previous = await ratings.recorded(claims.run_id)
    if previous is not None:
        return html(render(recorded=previous, repeated=True))
    try:
        rating, comment = parse_rating(form)
    except RatingProblem as problem:
        chosen = form.get("rating", "")
        return html(
            render(
                action=request.path,
                problem=(problem.zh, problem.en),
                chosen=int(chosen) if chosen in {"1", "2", "3", "4", "5"} else None,
                comment=form.get("comment", "")[: MAX_COMMENT * 2],
            ),
            status=400,
        )
    first = await ratings.record(claims, rating, comment, now_utc())
    recorded = await ratings.recorded(claims.run_id)
    return html(render(recorded=recorded, repeated=not first))


def register(app: web.Application) -> None:
    app.router.add_get(f"{RATING_PATH}/{{token}}", show)
    app.router.add_post(f"{RATING_PATH}/{{token}}", rate)
