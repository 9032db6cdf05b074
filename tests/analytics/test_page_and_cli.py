"""The HR analytics page, its CSV/JSON, and `starter.py analytics` over real HTTP and a real database: they agree
with each other and with a hand count over the same rows; filters are checked; the page needs an HR session."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer
from temporalio.client import Client

import starter
from inbound.tokens import KeyRing
from service.settings import Settings
from tests.analytics.handcount import hand_count
from tests.inbound.conftest import keyed_settings
from web.app import build_web_app
from web.links import hr_login_link


@pytest.fixture
def settings(db_dsn: str) -> Settings:
    return keyed_settings(database_url=db_dsn)


@pytest.fixture
async def hr_client(settings: Settings, history_pool: asyncpg.Pool) -> AsyncIterator[TestClient]:
    """The web app (no Temporal needed: the analytics pages only read PostgreSQL), signed in as HR."""
    app = build_web_app(settings, cast(Client, None), history_pool)
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        link = hr_login_link(settings, KeyRing.from_settings(settings), datetime.now(UTC))
        assert (await client.get(urlsplit(link).path, allow_redirects=False)).status == 303
        yield client
    finally:
        await client.close()


async def cli_json(settings: Settings, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert await starter.main(["analytics", *args, "--format", "json"], settings) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _cells(page: str, section: str) -> dict[str, list[str]]:
    """A section's table on the page: row header → cells."""
    block = page.split(f'<section id="{section}">', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", block, re.S)
    return {head: re.findall(r"<td class=\"num\">(.*?)</td>", cells) for head, cells in rows}


async def test_page_cli_and_hand_count_agree(
    hr_client: TestClient, settings: Settings, history_pool: asyncpg.Pool, capsys: pytest.CaptureFixture[str]
) -> None:
    hand = (await hand_count(history_pool))["all"]
    data = await cli_json(settings, capsys)
    (total,) = data["groups"]
    assert total["funnel"]["triggered"] == hand["triggered"] == 300
    assert total["funnel"]["confirmed"] == hand["confirmed"]
    assert total["reply_time"]["p50_h"] == pytest.approx(hand["reply_p50_h"])
    assert total["ratings"]["average"] == pytest.approx(hand["rating_avg"])

    response = await hr_client.get("/hr/analytics")
    assert response.status == 200
    page = await response.text()
    assert "<script" not in page and "<svg" in page and "http://" not in page.split("<main>", 1)[1].split("<form")[0]
    funnel = _cells(page, "funnel")
    assert funnel["已确认 / confirmed"][0] == str(hand["confirmed"])
    assert funnel["触发 / triggered"][0] == str(hand["triggered"])
    times = _cells(page, "times")
    assert times["回复用时 / reply time"][0] == f"{hand['reply_p50_h']:.1f}"
    uplift = _cells(page, "uplift")
    labels = {
        r["code"]: f"{r['label_zh']} / {r['label_en']}" for r in await history_pool.fetch("SELECT * FROM dimensions")
    }
    for dim, (n, mean, _sd) in hand["uplift"].items():
        assert uplift[labels.get(dim, dim)][0] == f"{mean:.1f}"
        assert uplift[labels.get(dim, dim)][-1] == str(n)
        cli = next(u for u in total["uplift"] if u["dimension"] == dim)
        assert cli["n"] == n and cli["mean"] == pytest.approx(mean)
    courses = _cells(page, "courses")
    for effect in total["course_effects"]:
        if effect["with_course"]["n"]:
            row = courses[f"{effect['course_id']} · {labels.get(effect['dimension'], effect['dimension'])}"]
            assert row[0] == f"{effect['with_course']['mean']:.1f} ({effect['with_course']['n']})"
            key = (effect["course_id"], effect["dimension"], True)
            assert hand["course"][key][0] == effect["with_course"]["n"]
    ratings = _cells(page, "ratings")
    assert sum(int(v[0]) for v in ratings.values()) == hand["rating_n"]

    exported = await hr_client.get("/hr/analytics.json")
    assert json.loads(await exported.text()) == data


async def test_filters_and_grouping_on_page_csv_and_cli(
    hr_client: TestClient, settings: Settings, history_pool: asyncpg.Pool, capsys: pytest.CaptureFixture[str]
) -> None:
    hand = await hand_count(history_pool, "job_id")
    data = await cli_json(settings, capsys, "--by", "job", "--since", "2025-01-01")
    assert {g["group"]: g["funnel"]["triggered"] for g in data["groups"] if g["funnel"]["triggered"]} == {
        job: h["triggered"] for job, h in hand.items()
    }
    page = await (await hr_client.get("/hr/analytics?by=job&since=2025-01-01")).text()
    breakdown = _cells(page, "breakdown")
    for job, h in hand.items():
        assert breakdown[job][0] == str(h["triggered"])
    assert 'value="job" selected' in page
    response = await hr_client.get("/hr/analytics.csv?by=job&job=job-sales")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(await response.text())))
    assert rows[0] == ["job", "figure", "key", "value", "n"]
    triggered = {r[0]: r[3] for r in rows[1:] if r[1] == "funnel" and r[2] == "triggered"}
    assert triggered == {"job-sales": str(hand["job-sales"]["triggered"])}
    capsys.readouterr()
    assert await starter.main(["analytics", "--job", "job-sales", "--format", "csv"], settings) == 0
    cli_rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    page_rows = list(csv.reader(io.StringIO(await (await hr_client.get("/hr/analytics.csv?job=job-sales")).text())))
    assert cli_rows == page_rows
    assert await starter.main(["analytics", "--by", "month"], settings) == 0
    table = capsys.readouterr().out
    assert "== month: 2026-" in table and "uplift per dimension" in table


async def test_bad_filters_are_refused_with_the_reason(
    hr_client: TestClient, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    response = await hr_client.get("/hr/analytics?since=someday")
    assert response.status == 400
    assert "since: &#39;someday&#39; is not a date" in await response.text()
    response = await hr_client.get("/hr/analytics.json?by=week")
    assert response.status == 400 and "by: 'week'" in (await response.json())["error"]
    capsys.readouterr()
    assert await starter.main(["analytics", "--trigger", "ai_result"], settings) == 2
    assert "trigger: 'ai_result' is not one of" in capsys.readouterr().err
    assert await starter.main(["analytics", "--since", "2026-03-01", "--until", "2026-02-01"], settings) == 2


async def test_the_page_needs_an_hr_session(settings: Settings, history_pool: asyncpg.Pool) -> None:
    client = TestClient(TestServer(build_web_app(settings, cast(Client, None), history_pool)))
    await client.start_server()
    try:
        for path in ("/hr/analytics", "/hr/analytics.csv", "/hr/analytics.json"):
            response = await client.get(path)
            assert response.status in (401, 403), path
            assert "svg" not in await response.text()
        assert (await client.post("/hr/analytics")).status == 405
    finally:
        await client.close()


async def test_generate_command_writes_and_replaces_its_history(
    settings: Settings, archive_pool: asyncpg.Pool, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["analytics", "generate", "--runs", "40", "--seed", "3", "--end", "2026-11-30"]
    assert await starter.main(args, settings) == 0
    assert "reinterviews 40" in capsys.readouterr().out
    assert await starter.main(args, settings) == 2
    assert "already there: add --replace" in capsys.readouterr().err
    assert await starter.main([*args, "--replace"], settings) == 0
    assert await archive_pool.fetchval("SELECT count(*) FROM reinterviews") == 40
    real = await archive_pool.fetchval("SELECT count(*) FROM candidates WHERE candidate_id NOT LIKE 'gen-%'")
    assert real == 14  # the seed's own candidates are untouched
    assert await starter.main(["analytics", "generate", "--runs", "-1"], settings) == 2


async def test_demo_generates_its_history_once_and_names_the_page(
    settings: Settings, archive_pool: asyncpg.Pool, db_dsn: str
) -> None:
    from analytics.demo import prepare_analytics

    line = await prepare_analytics(settings, db_dsn, runs=50)
    assert line.startswith("HR analytics: http://links.test/hr/analytics") and "50 past re-interviews generated" in line
    first = await archive_pool.fetchval("SELECT max(started_at) FROM reinterviews")
    again = await prepare_analytics(settings, db_dsn, runs=50)
    assert "50 generated past re-interviews" in again
    assert await archive_pool.fetchval("SELECT max(started_at) FROM reinterviews") == first
    assert await archive_pool.fetchval("SELECT count(*) FROM reinterviews") == 50


async def test_demo_without_jobs_says_so(settings: Settings, db_pool: asyncpg.Pool, db_dsn: str) -> None:
    from analytics.demo import prepare_analytics

    assert "no jobs imported" in await prepare_analytics(settings, db_dsn, runs=5)
