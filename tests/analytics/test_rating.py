"""The candidate's rating link over real HTTP: signed, GET shows, POST records once, one spelling, bad input refused;
the feedback email renders it; the analytics count it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import cast
from urllib.parse import urlsplit

import asyncpg
import jinja2
import pytest
from aiohttp.test_utils import TestClient, TestServer
from temporalio.client import Client

from analytics.figures import make_filters
from db.repositories.analytics import AnalyticsRepository
from db.repositories.runs import RunRepository
from inbound.tokens import KeyRing
from mail.render import email_environment, render_email
from service.settings import Settings
from tests.inbound.conftest import keyed_settings
from web.app import build_web_app
from web.links import LinkClaims, mint_link_token, rating_link, report_link

NOW = datetime.now(UTC)


@pytest.fixture
def settings(db_dsn: str) -> Settings:
    return keyed_settings(database_url=db_dsn)


@pytest.fixture
async def client(settings: Settings, archive_pool: asyncpg.Pool) -> AsyncIterator[TestClient]:
    await RunRepository(archive_pool).record_run(
        run_id="run-r",
        workflow_id="wf-r",
        candidate_id="cand-001",
        job_id="job-customer-service",
        trigger_kind="low_score",
        stage="completed",
        outcome="recommend_hire",
        at=NOW - timedelta(hours=1),
    )
    test_client = TestClient(TestServer(build_web_app(settings, cast(Client, None), archive_pool)))
    await test_client.start_server()
    try:
        yield test_client
    finally:
        await test_client.close()


def path(url: str) -> str:
    return urlsplit(url).path


async def test_get_shows_post_records_once(client: TestClient, settings: Settings, archive_pool: asyncpg.Pool) -> None:
    ring = KeyRing.from_settings(settings)
    link = path(rating_link(settings, ring, "wf-r", "run-r", NOW))
    assert link.startswith("/rate/")
    for method in ("get", "head"):
        response = await getattr(client, method)(link)
        assert response.status == 200
    page = await (await client.get(link)).text()
    assert 'name="rating" value="5"' in page and "<script" not in page
    assert await archive_pool.fetchval("SELECT count(*) FROM candidate_ratings") == 0
    done = await client.post(link, data={"rating": "4", "comment": "面试官很专业"})
    assert done.status == 200 and "4 / 5" in await done.text()
    again = await client.post(link, data={"rating": "1", "comment": "changed my mind"})
    assert "already rated" in await again.text()
    # another link for the same run (a later mint) is the same rating: still one, the first
    other = path(rating_link(settings, ring, "wf-r", "run-r", NOW + timedelta(minutes=5)))
    assert "already rated" in await (await client.post(other, data={"rating": "2"})).text()
    assert "already rated" in await (await client.get(other)).text()
    rows = await archive_pool.fetch("SELECT rating, comment FROM candidate_ratings")
    assert [(r["rating"], r["comment"]) for r in rows] == [(4, "面试官很专业")]
    (total,) = (await AnalyticsRepository(archive_pool).report(make_filters(), "all")).groups
    assert total.ratings.n == 1 and total.ratings.average == 4 and total.ratings.distribution[4] == 1


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({}, "Choose a rating from 1 to 5"),
        ({"rating": "0"}, "Choose a rating from 1 to 5 (got &#39;0&#39;)"),
        ({"rating": "6"}, "Choose a rating"),
        ({"rating": "4.5"}, "Choose a rating"),
        ({"rating": "5", "comment": "x" * 2001}, "at most 2000 characters (it has 2001)"),
    ],
)
async def test_bad_ratings_are_refused_and_record_nothing(
    client: TestClient, settings: Settings, archive_pool: asyncpg.Pool, form: dict[str, str], message: str
) -> None:
    link = path(rating_link(settings, KeyRing.from_settings(settings), "wf-r", "run-r", NOW))
    response = await client.post(link, data=form)
    assert response.status == 400
    assert message in await response.text()
    assert await archive_pool.fetchval("SELECT count(*) FROM candidate_ratings") == 0


async def test_tampered_expired_respelled_and_other_links_are_refused(
    client: TestClient, settings: Settings, archive_pool: asyncpg.Pool
) -> None:
    ring = KeyRing.from_settings(settings)
    link = path(rating_link(settings, ring, "wf-r", "run-r", NOW))
    token = link.rsplit("/", 1)[1]
    key_id, payload, mac = token.split(".")
    forged = f"/rate/{key_id}.{payload}.{mac[:-2]}{'AA' if not mac.endswith('AA') else 'BB'}"
    expired = path(rating_link(settings, ring, "wf-r", "run-r", NOW - settings.link_ttl - timedelta(minutes=1)))
    padded = f"/rate/{key_id}.{payload}=.{mac}"
    report = report_link(settings, ring, "wf-r", "run-r", "", NOW).rsplit("/", 1)[1]
    wrong = f"/rate/{report}"
    for bad in (forged, expired, padded, wrong):
        for method in ("get", "post"):
            response = await getattr(client, method)(bad, data={"rating": "5"} if method == "post" else None)
            assert response.status >= 400, (bad, method)
    # the rating link is no answer link either
    answer = await client.post(f"/l/{token}")
    assert answer.status >= 400
    claims = LinkClaims(action="rate", workflow_id="wf-r", run_id="run-r", expires_at=NOW + timedelta(days=1))
    assert (await client.get(f"/rate/{mint_link_token(ring, claims)}")).status == 200
    assert await archive_pool.fetchval("SELECT count(*) FROM candidate_ratings") == 0


@pytest.mark.parametrize("locale", ["zh-CN", "en"])
def test_feedback_email_carries_the_rating_link(locale: str) -> None:
    from tests.mail.test_templates import context_for

    env: jinja2.Environment = email_environment()
    context = context_for("feedback_candidate", rating_url="https://links.example/rate/TOKEN")
    rendered = render_email(env, "feedback_candidate", locale, context)
    assert "https://links.example/rate/TOKEN" in rendered.text
    assert 'href="https://links.example/rate/TOKEN"' in rendered.html
    without = render_email(env, "feedback_candidate", locale, context_for("feedback_candidate"))
    assert "/rate/" not in without.text and "1–5" not in without.text
