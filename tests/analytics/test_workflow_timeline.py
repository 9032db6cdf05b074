"""A real re-interview on the time-skipping server writes its timeline, its scores and (through the link in the
feedback email) the candidate's rating where the analytics read them — no activity of its own."""

from __future__ import annotations

import re
from typing import Any, cast
from urllib.parse import urlsplit

from aiohttp.test_utils import TestClient, TestServer
from temporalio.client import Client

from analytics.figures import make_filters
from db.repositories.analytics import AnalyticsRepository
from inbound.gateway import InboundGateway
from schemas.contract import SubmitResult
from service import reinterviews
from tests.fixtures.smtp import body_text
from tests.inbound.conftest import gateway as gateway
from tests.inbound.conftest import ring as ring
from tests.inbound.conftest import smtp_settings as smtp_settings
from tests.inbound.test_end_to_end import invitation_of, reply_to, smtp_reply
from tests.polling import until_stage, until_true
from tests.workflows.conftest import Harness
from tests.workflows.conftest import harness as harness
from web.app import build_web_app


async def test_a_run_fills_run_events_run_scores_and_its_rating(harness: Harness, gateway: InboundGateway) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_stage(handle, "awaiting_confirmation", waiting=False)
    invitation = await invitation_of(harness)
    await smtp_reply(gateway, reply_to(invitation, "确认参加"), invitation["Reply-To"].addresses[0].addr_spec)
    await until_stage(handle, "scheduled", waiting=False)
    await gateway.idle()
    await reinterviews.submit_result(handle, SubmitResult(dimension_scores={"handling": 84}, submitted_by="iv"))
    await handle.result()  # the run's row and its `ended` event are written before the workflow completes
    run_id = await harness.pool.fetchval("SELECT run_id FROM reinterviews WHERE workflow_id = $1", handle.id)

    rows = await harness.pool.fetch("SELECT kind, detail FROM run_events WHERE run_id = $1", run_id)
    kinds = [r["kind"] for r in rows]
    for kind in ("triggered", "invited", "replied", "confirmed", "interviewed", "feedback_sent", "ended"):
        assert kinds.count(kind) == 1, (kind, kinds)
    assert {r["detail"] for r in rows if r["kind"] == "ended"} == {"recommend_hire"}
    assert {r["detail"] for r in rows if r["kind"] == "replied"} == {"confirm"}
    scores = await harness.pool.fetch("SELECT dimension, before, after FROM run_scores WHERE run_id = $1", run_id)
    assert ("handling", 58, 84) in {(r["dimension"], r["before"], r["after"]) for r in scores}

    def feedback() -> list[Any]:
        return [m.message for m in harness.received(harness.candidate_email) if "/rate/" in body_text(m.message)]

    (mail,) = await until_true(feedback, what="the feedback email with its rating link")
    link = re.search(r"http://links\.test(/rate/\S+)", body_text(mail))
    assert link is not None
    client = TestClient(TestServer(build_web_app(harness.settings, cast(Client, None), harness.pool)))
    await client.start_server()
    try:
        assert (await client.get(urlsplit(link.group(1)).path)).status == 200
        assert (await client.post(link.group(1), data={"rating": "5"})).status == 200
    finally:
        await client.close()

    (total,) = (await AnalyticsRepository(harness.pool).report(make_filters(), "all")).groups
    assert total.funnel == {"triggered": 1, "invited": 1, "replied": 1, "confirmed": 1, "interviewed": 1}
    assert total.outcomes["recommend_hire"] == 1 and total.recommendation_rate == 1
    assert total.reply_time.n == 1 and total.confirmation_time.n == 1
    assert {u.dimension: u.mean for u in total.uplift}["handling"] == 84 - 58
    assert total.ratings.n == 1 and total.ratings.average == 5
