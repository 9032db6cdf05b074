"""web.forms, the demo's browser stand-in, against the real pages and a real workflow."""

from __future__ import annotations

import aiohttp
from aiohttp.test_utils import TestClient

from service import reinterviews
from tests.polling import until_status
from tests.web.test_app import emails_to, links_in, stage
from tests.web.test_hr import REQUEST
from tests.web.test_scorecard import plan_dimensions, scorecard_path
from tests.workflows.conftest import Harness
from web.forms import decide_request, links_to, submit_scorecard


async def test_hr_approves_then_the_interviewer_scores_over_plain_http(
    harness: Harness, web_client: TestClient
) -> None:
    handle = await harness.trigger(REQUEST)
    await until_status(handle, stage("awaiting_hr_approval"))
    [approval] = await emails_to(harness, harness.settings.hr_email, "")
    text = approval.get_body(("plain",)).get_content()
    [decide] = [u for u in links_to(text, "/hr/a/") if "links.test" in u][:1]
    base = str(web_client.make_url("")).rstrip("/")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        done = await decide_request(http, decide.replace("http://links.test", base), approve=True, note="ok")
        assert done.status == 200 and "sent to the re-interview" in done.text
        await until_status(handle, stage("awaiting_confirmation"))
        [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
        confirm, *_ = links_in(invitation)
        assert (await web_client.post(confirm)).status == 200
        await until_status(handle, stage("scheduled"))
        path = await scorecard_path(harness)
        run_id = (await handle.describe()).run_id
        scores = dict.fromkeys(await plan_dimensions(harness, run_id), 88)
        result = await submit_scorecard(http, base + path, scores, "好")
        assert result.status == 200 and result.url.endswith(path) and "评分已提交" in result.text
    status = await until_status(handle, lambda s: s.outcome is not None)
    assert status.outcome is not None
    assert (await reinterviews.status(handle)).outcome == status.outcome
