"""The interviewer's scorecard over real HTTP against a real workflow (time-skipping server, PostgreSQL, SMTP)."""

from __future__ import annotations

import asyncio
import html
import re
from datetime import UTC, datetime

from aiohttp.test_utils import TestClient

from inbound.tokens import KeyRing
from service import reinterviews
from tests.polling import until_status
from tests.web.test_app import emails_to, links_in, stage
from tests.workflows.conftest import Harness
from web.links import scorecard_link, verify_link_token
from web.scorecard import in_language, validator_messages


async def booked(harness: Harness, web_client: TestClient):
    """A run whose candidate picked option 1 from the invitation: scheduled, the brief sent."""
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, *_ = links_in(invitation)
    assert (await web_client.post(confirm)).status == 200
    await until_status(handle, stage("scheduled"))
    return handle


async def scorecard_path(harness: Harness) -> str:
    for _ in range(100):
        paths = [p for m in harness.received(harness.interviewer_email) for p in links_in(m.message) if "/s/" in p]
        if paths:
            return paths[0]
        await asyncio.sleep(0.05)
    raise AssertionError("the brief carries no scorecard link")


async def plan_dimensions(harness: Harness, run_id: str) -> list[str]:
    plan = await harness.pool.fetchval(
        "SELECT body FROM reports WHERE run_id = $1 AND kind = 'interview_plan' AND audience = 'internal'", run_id
    )
    return list(plan["dimensions"])


def field_value(page: str, code: str) -> str:
    match = re.search(rf'name="score\.{re.escape(code)}"[^>]*value="([^"]*)"', page, re.S)
    assert match, f"no field for {code}"
    return match.group(1)


async def test_scorecard_shows_the_plan_keeps_what_was_typed_and_submits_once(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await booked(harness, web_client)
    path = await scorecard_path(harness)
    claims = verify_link_token(ring, path.rsplit("/", 1)[1], datetime.now(UTC))
    assert claims.person == harness.ids["interviewer"]
    dims = await plan_dimensions(harness, claims.run_id)
    assert "handling" in dims

    page = await web_client.get(path)
    text = await page.text()
    assert page.status == 200 and '<html lang="zh-CN">' in text and "重新面试评分表" in text
    assert harness.data.candidates[0].name in text and "投诉处理" in text  # the plan, with the dimension's label
    assert "此前得分" in text and ">58<" in text  # the earlier best score of `handling`
    assert '<label for="score-handling">' in text and 'id="score-handling"' in text
    assert "候选人未到场" in text and "<script" not in text

    # Not a number: judged here, in the interviewer's language, beside the field, with what was typed kept.
    bad = await web_client.post(path, data={"score.handling": "八十", "comments": "表达清楚"})
    text = await bad.text()
    assert bad.status == 400 and "请输入 0 到 100 之间的数字" in text
    assert field_value(text, "handling") == "八十" and "表达清楚</textarea>" in text
    assert 'aria-invalid="true" aria-describedby="error-handling' in text

    # Out of range: the workflow's validator refuses it; its message is shown beside the field.
    others = {f"score.{code}": "80" for code in dims if code != "handling"}
    refused = await web_client.post(path, data={"score.handling": "120", **others, "comments": "表达清楚"})
    text = await refused.text()
    assert refused.status == 422, text[text.find("<main>") : text.find("<main>") + 1500]
    error = re.search(r'<p class="field-error" id="error-handling">([^<]*)</p>', text)
    assert (
        error and html.unescape(error.group(1)) == "投诉处理的分数为 120，应在 0 到 100 之间。"
    )  # in the page's language
    assert field_value(text, "handling") == "120" and "表达清楚</textarea>" in text
    assert (await reinterviews.status(handle)).outcome is None
    assert await harness.pool.fetchval("SELECT count(*) FROM scorecards WHERE run_id = $1", claims.run_id) == 0

    # Nothing filled in: the validator's message for the whole form.
    empty = await web_client.post(path, data={"comments": ""})
    assert empty.status == 422 and "请至少为一个维度打分。" in await empty.text()

    scores = {f"score.{code}": "85" for code in dims}
    done = await web_client.post(path, data={**scores, "comments": "进步明显"}, allow_redirects=False)
    assert done.status == 303 and done.headers["Location"] == path
    status = await until_status(handle, lambda s: s.outcome is not None)
    assert any(e.event == f"result submitted by interviewer:{claims.person}" for e in status.timeline)
    row = await harness.pool.fetchrow(
        "SELECT kind, dimension_scores, comments FROM scorecards WHERE run_id = $1", claims.run_id
    )
    assert row is not None, "no scorecard row for the run"
    assert row["kind"] == "result" and row["dimension_scores"] == dict.fromkeys(dims, 85)
    assert row["comments"] == "进步明显"

    for _ in range(100):  # the run's row and its feedback report are written as the run ends
        if await harness.pool.fetchval("SELECT outcome FROM reinterviews WHERE run_id = $1", claims.run_id):
            break
        await asyncio.sleep(0.05)
    after = await web_client.get(path)
    text = await after.text()
    assert after.status == 200 and "评分已提交" in text and "进步明显" in text and "重新面试后总分" in text
    assert "<form" not in text  # read-only

    # A second submission (another tab, a different value) changes nothing and shows the result.
    again = await web_client.post(path, data={**scores, "score.handling": "10"})
    text = await again.text()
    assert again.status == 200 and "此前已提交" in text and "<form" not in text
    assert sum(1 for e in (await reinterviews.status(handle)).timeline if e.event.startswith("result submitted")) == 1


async def test_no_show_in_english_only_once_a_time_is_booked(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    await harness.pool.execute(
        'UPDATE interviewers SET extra = extra || \'{"locale": "en"}\' WHERE interviewer_id = $1',
        harness.ids["interviewer"],
    )
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, *_ = links_in(invitation)
    claims = verify_link_token(ring, confirm.rsplit("/", 1)[1], datetime.now(UTC))
    url = scorecard_link(
        harness.settings, ring, claims.workflow_id, claims.run_id, harness.ids["interviewer"], datetime.now(UTC)
    )
    path = url.removeprefix(harness.settings.public_base_url)

    early = await web_client.post(f"{path}/no-show", data={"note": "not here", "confirm": "yes"})
    text = await early.text()
    assert early.status == 409 and '<html lang="en">' in text and "once the interview time is settled" in text
    assert "not here</textarea>" in text

    assert (await web_client.post(confirm)).status == 200
    await until_status(handle, stage("scheduled"))
    page = await web_client.get(path)
    assert "Re-interview scorecard" in await page.text() and "Complaint handling" in await page.text()
    unconfirmed = await web_client.post(f"{path}/no-show", data={"note": "waited 30 minutes"})
    text = await unconfirmed.text()
    assert (
        unconfirmed.status == 400 and "Tick the confirmation first." in text and "waited 30 minutes</textarea>" in text
    )
    assert (await reinterviews.status(handle)).outcome is None
    reported = await web_client.post(f"{path}/no-show", data={"note": "waited 30 minutes", "confirm": "yes"})
    text = await reported.text()
    assert reported.status == 200 and "You reported that the candidate did not come" in text
    assert "waited 30 minutes" in text and "<form" not in text
    status = await until_status(handle, lambda s: s.outcome is not None)
    assert status.outcome is not None and status.outcome.value == "no_show"
    assert any(e.event == f"no-show reported by interviewer:{harness.ids['interviewer']}" for e in status.timeline)
    again = await web_client.post(path, data={"score.handling": "80"})
    assert again.status == 200 and "already submitted" in await again.text()


async def test_other_links_do_not_open_a_scorecard(harness: Harness, web_client: TestClient) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    confirm, *_ = links_in(invitation)
    token = confirm.rsplit("/", 1)[1]
    for method, path in (("GET", f"/s/{token}"), ("POST", f"/s/{token}"), ("POST", f"/s/{token}/no-show")):
        response = await web_client.request(method, path)
        assert response.status == 400 and "does not belong to this page" in await response.text()
    forged = await web_client.get(f"/s/{token[:-3]}AAA")
    assert forged.status in (400, 403)
    assert (await reinterviews.status(handle)).stage.value == "awaiting_confirmation"


async def test_a_handed_over_interview_is_scored_by_the_new_interviewer_only(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await booked(harness, web_client)
    path = await scorecard_path(harness)
    claims = verify_link_token(ring, path.rsplit("/", 1)[1], datetime.now(UTC))
    page = await (await web_client.get(path)).text()
    assert "面试时间" in page
    other = scorecard_link(
        harness.settings, ring, claims.workflow_id, claims.run_id, "iv-someone-else", datetime.now(UTC)
    )
    other_path = other.removeprefix(harness.settings.public_base_url)
    for response in (
        await web_client.get(other_path),
        await web_client.post(other_path, data={"score.handling": "80"}),
    ):
        assert response.status == 409 and "another interviewer" in await response.text()
    assert (await reinterviews.status(handle)).outcome is None


async def test_the_jobs_other_dimensions_can_be_scored_too(harness: Harness, web_client: TestClient) -> None:
    """The plan focuses on the gaps, but the workflow takes a score for every dimension the job weighs: the form
    offers those too (folded away), and a score for one of them is accepted and archived with the result."""
    handle = await booked(harness, web_client)
    path = await scorecard_path(harness)
    run_id = (await handle.describe()).run_id
    planned = await plan_dimensions(harness, run_id)
    weights = await harness.pool.fetchval("SELECT weights FROM jobs WHERE job_id = $1", harness.ids["job"])
    others = [code for code in weights if code not in planned]
    assert others, f"the test job must weigh a dimension outside the plan {planned}"

    text = await (await web_client.get(path)).text()
    assert "岗位的其他维度（可选）" in text and "<details>" in text
    for code in [*planned, *others]:
        assert f'name="score.{code}"' in text
    assert text.index(f'name="score.{planned[0]}"') < text.index("<details>") < text.index(f'name="score.{others[0]}"')

    # A bad value in a folded field: the details open, the message beside it.
    bad = await web_client.post(path, data={f"score.{others[0]}": "abc"})
    text = await bad.text()
    assert bad.status == 400 and "<details open>" in text and f'id="error-{others[0]}"' in text

    scores = {f"score.{planned[0]}": "82", f"score.{others[0]}": "77"}
    done = await web_client.post(path, data=scores, allow_redirects=False)
    assert done.status == 303, await done.text()
    await until_status(handle, lambda s: s.outcome is not None)
    row = await harness.pool.fetchrow("SELECT dimension_scores FROM scorecards WHERE run_id = $1", run_id)
    assert row is not None and row["dimension_scores"] == {planned[0]: 82, others[0]: 77}


def test_validator_messages_are_shown_in_the_pages_language() -> None:
    labels = {"handling": "投诉处理", "talk": "表达"}
    message = (
        "score for 'handling' is 120, must be between 0 and 100; unknown dimension 'x' (the job assesses: handling, "
        "talk); something the table does not know"
    )
    by_field, general = validator_messages(message, ["handling", "x"], "zh-CN", labels)
    assert by_field == {"handling": ["投诉处理的分数为 120，应在 0 到 100 之间。"], "x": ["x不是该岗位的评估维度。"]}
    assert general == ["something the table does not know"]  # unknown: shown as it came, never dropped
    by_field, general = validator_messages(message, ["handling", "x"], "en", labels)
    assert by_field["handling"] == ["score for 'handling' is 120, must be between 0 and 100"]
    assert in_language("no interview is scheduled yet (stage 'preparing'); ...", "zh-CN", labels).startswith(
        "面试尚未预约"
    )
