"""HR's pages over real HTTP against a real workflow: the session (login link or auth proxy), CSRF, the inbox,
closing to-dos, action pages behind HR links, reports after a run ended."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from aiohttp.test_utils import TestClient, TestServer
from temporalio.api.enums.v1 import EventType

from inbound.tokens import KeyRing
from mail.render import localtime
from service import reinterviews
from service.settings import Settings
from tests.polling import in_stage, until_status
from tests.web.test_app import emails_to, links_in, stage
from tests.web.test_hardening import assert_secure
from tests.workflows.conftest import Harness
from web.app import build_web_app
from web.hr_auth import COOKIE
from web.links import LinkAction, LinkClaims, hr_login_link, mint_link_token, report_link

REQUEST = {"kind": "candidate_request", "reason": "第三题答得不好，希望再试一次"}


@asynccontextmanager
async def web_app(harness: Harness, **overrides: object) -> AsyncIterator[TestClient]:
    settings = harness.settings.model_copy(update=overrides)
    client = TestClient(TestServer(build_web_app(settings, harness.client, harness.pool)))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def hr_links(message) -> list[str]:
    text = message.get_body(("plain",)).get_content()
    return [urlsplit(u).path for u in re.findall(r"http://links\.test/hr/\S*", text)]


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


async def signals_named(harness: Harness, workflow_id: str, name: str, count: int = 1) -> list[dict]:
    """Payloads of the signals `name` in the run's history, decoded (waiting a little for `count` of them)."""
    handle = harness.client.get_workflow_handle(workflow_id)
    for _ in range(50):
        found = []
        async for event in handle.fetch_history_events():
            if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
                attrs = event.workflow_execution_signaled_event_attributes
                if attrs.signal_name == name:
                    [payload] = await harness.client.data_converter.decode(attrs.input.payloads)
                    found.append(payload)
        if len(found) >= count:
            return found
        await asyncio.sleep(0.1)
    return found


async def test_hr_approves_a_request_from_the_link_in_its_email(harness: Harness, web_client: TestClient) -> None:
    handle = await harness.trigger(REQUEST)
    await until_status(handle, stage("awaiting_hr_approval"))
    [approval] = await emails_to(harness, harness.settings.hr_email, "")
    decide, extend, cancel, inbox = hr_links(approval)
    assert inbox == "/hr/" and all(p.startswith("/hr/a/") for p in (decide, extend, cancel))

    assert (await web_client.get("/hr/")).status == 401  # no session yet
    page = await web_client.get(decide)  # the link from the HR mailbox opens a session
    text = await page.text()
    assert page.status == 200 and "批准 / Approve" in text and "awaiting_hr_approval" in text
    assert COOKIE in page.headers.get("Set-Cookie", "") and "HttpOnly" in page.headers["Set-Cookie"]
    assert_secure(page)
    assert (await reinterviews.status(handle)).stage.value == "awaiting_hr_approval"  # a GET changes nothing

    no_token = await web_client.post(decide, data={"decision": "approve", "note": "ok"})
    assert no_token.status == 403 and "nothing was changed" in await no_token.text()
    undecided = await web_client.post(decide, data={"csrf": csrf_of(text), "note": "ok"})
    assert undecided.status == 400 and "Choose approve or reject" in await undecided.text()

    done = await web_client.post(decide, data={"csrf": csrf_of(text), "decision": "approve", "note": "同意再试"})
    assert done.status == 200 and "sent to the re-interview" in await done.text()
    status = await until_status(handle, lambda s: s.stage.value not in ("triggered", "awaiting_hr_approval"))
    assert any(e.event == "HR approved (hr:mailbox)" for e in status.timeline)
    assert await signals_named(harness, handle.id, "hr_decision") == [
        {"approved": True, "note": "同意再试", "by": "hr:mailbox"}
    ]
    actions = await harness.pool.fetch("SELECT action, by, detail FROM hr_actions WHERE workflow_id = $1", handle.id)
    assert [(r["action"], r["by"], r["detail"]["note"]) for r in actions] == [("approve", "hr:mailbox", "同意再试")]

    again = await web_client.post(decide, data={"csrf": csrf_of(text), "decision": "reject"})
    assert again.status == 200 and "already taken" in await again.text()
    assert len(await signals_named(harness, handle.id, "hr_decision")) == 1


async def test_inbox_lists_open_todos_and_closing_one_is_recorded(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(REQUEST)
    await until_status(handle, stage("awaiting_hr_approval"))
    expired = hr_login_link(harness.settings, ring, datetime.now(UTC) - harness.settings.hr_login_ttl)
    assert (await web_client.get(urlsplit(expired).path)).status == 410
    login = await web_client.get(
        urlsplit(hr_login_link(harness.settings, ring, datetime.now(UTC))).path, allow_redirects=False
    )
    assert login.status == 303 and login.headers["Location"] == "/hr/"
    for _ in range(100):
        if await harness.pool.fetchval("SELECT count(*) FROM hr_todos WHERE workflow_id = $1", handle.id):
            break
        await asyncio.sleep(0.05)

    page = await web_client.get("/hr/")
    text = await page.text()
    assert page.status == 200 and "HR 待办" in text
    assert "Approve or reject a re-interview request" in text and harness.data.candidates[0].name in text
    assert "awaiting_hr_approval" in text  # the run's stage, from the workflow
    # the decision deadline, from the workflow
    status = await until_status(handle, lambda s: s.next_deadline is not None)
    text = await (await web_client.get("/hr/")).text()
    assert localtime(status.next_deadline, "Asia/Shanghai", "zh-CN") in text
    run_id = (await handle.describe()).run_id
    assert f"/namespaces/default/workflows/{handle.id}/{run_id}/history" in text  # the Temporal UI deep link
    assert "审批候选人的重新面试申请" in text  # an action page link for the run

    [todo_key] = [
        r["todo_key"]
        for r in await harness.pool.fetch(
            "SELECT todo_key FROM hr_todos WHERE workflow_id = $1 AND done_at IS NULL", handle.id
        )
    ]
    forged = await web_client.post("/hr/todos/close", data={"todo_key": todo_key, "csrf": "x" * 32})
    assert forged.status == 403
    closed = await web_client.post(
        "/hr/todos/close", data={"todo_key": todo_key, "csrf": csrf_of(text)}, allow_redirects=False
    )
    assert closed.status == 303
    row = await harness.pool.fetchrow("SELECT done_at, done_by FROM hr_todos WHERE todo_key = $1", todo_key)
    assert row is not None, f"the to-do {todo_key} is gone"
    assert row["done_at"] is not None and row["done_by"] == "hr:mailbox"
    assert "Approve or reject a re-interview request" not in await (await web_client.get("/hr/")).text()
    twice = await web_client.post("/hr/todos/close", data={"todo_key": todo_key, "csrf": csrf_of(text)})
    assert twice.status == 404

    # A session cookie that was tampered with is no session.
    web_client.session.cookie_jar.clear()
    web_client.session.cookie_jar.update_cookies({COOKIE: "ktest01.e30.AAAA"})
    assert (await web_client.get("/hr/")).status == 401


def _hr_action_url(ring: KeyRing, name: LinkAction, workflow_id: str, run_id: str) -> str:
    claims = LinkClaims(
        action=name,
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=datetime.now(UTC) + timedelta(days=1),
        email_ref="<t@x>",
        by="hr",
    )
    return f"/hr/a/{mint_link_token(ring, claims)}"


async def _ended_row(harness: Harness, run_id: str) -> None:
    for _ in range(100):
        if await harness.pool.fetchval("SELECT outcome FROM reinterviews WHERE run_id = $1", run_id):
            return
        await asyncio.sleep(0.05)


async def test_extend_and_take_over_send_the_contract_shapes(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, in_stage("awaiting_confirmation"))  # waiting there: a deadline to extend
    run_id = (await handle.describe()).run_id
    assert run_id is not None

    def action(name: LinkAction) -> str:
        return _hr_action_url(ring, name, handle.id, run_id)

    extend = action("hr_extend")
    page = await (await web_client.get(extend)).text()
    past = await web_client.post(extend, data={"csrf": csrf_of(page), "until": "2020-01-01T10:00"})
    text = await past.text()
    assert past.status == 400 and "must be in the future" in text and 'aria-invalid="true"' in text
    until_local = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    ok = await web_client.post(extend, data={"csrf": csrf_of(page), "until": until_local, "note": "候选人出差"})
    assert ok.status == 200, await ok.text()
    [sent] = await signals_named(harness, handle.id, "hr_action", count=1)
    assert sent["action"] == "extend_deadline" and sent["by"] == "hr:mailbox" and sent["note"] == "候选人出差"
    assert datetime.fromisoformat(sent["until"]).utcoffset() == timedelta(hours=8)  # China time, with its offset
    await until_status(handle, lambda s: any("deadline extended" in e.event for e in s.timeline))

    take_over = action("hr_take_over")
    page = await (await web_client.get(take_over)).text()
    assert (await web_client.post(take_over, data={"csrf": csrf_of(page), "note": "电话沟通"})).status == 200
    assert (await signals_named(harness, handle.id, "hr_action", count=2))[1] == {
        "action": "take_over",
        "until": None,
        "by": "hr:mailbox",
        "note": "电话沟通",
    }
    status = await until_status(handle, lambda s: s.outcome is not None)
    assert status.outcome is not None and status.outcome.value == "taken_over"
    await _ended_row(harness, run_id)
    ended = await web_client.get(action("hr_cancel"))
    assert ended.status == 410 and "has ended" in await ended.text()


async def test_cancel_sends_the_contract_shape_and_ends_the_run(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    run_id = (await handle.describe()).run_id
    assert run_id is not None
    cancel = _hr_action_url(ring, "hr_cancel", handle.id, run_id)
    page = await (await web_client.get(cancel)).text()
    assert (await web_client.post(cancel, data={"csrf": csrf_of(page), "note": "岗位关闭"})).status == 200
    status = await until_status(handle, lambda s: s.outcome is not None)
    assert status.outcome is not None and status.outcome.value == "cancelled"
    assert await signals_named(harness, handle.id, "cancel") == [{"reason": "岗位关闭", "by": "hr:mailbox"}]
    await _ended_row(harness, run_id)
    ended = await web_client.get(_hr_action_url(ring, "hr_extend", handle.id, run_id))
    assert ended.status == 410 and "has ended" in await ended.text()


async def test_internal_reports_after_the_run_ended_need_an_hr_session(
    harness: Harness, web_client: TestClient, ring: KeyRing
) -> None:
    handle = await harness.trigger(harness.low_score())
    await until_status(handle, stage("awaiting_confirmation"))
    [invitation] = await emails_to(harness, harness.candidate_email, "重新面试邀请")
    *_, decline = links_in(invitation)
    run_id = (await handle.describe()).run_id
    url = report_link(harness.settings, ring, handle.id, run_id, "<b@x>", datetime.now(UTC))
    report = urlsplit(url).path
    assert "I have read this report" in await (await web_client.get(report)).text()
    assert (await web_client.post(decline)).status == 200
    await until_status(handle, lambda s: s.outcome is not None)
    for _ in range(100):
        if await harness.pool.fetchval("SELECT outcome FROM reinterviews WHERE run_id = $1", run_id):
            break
        await asyncio.sleep(0.05)

    closed = await web_client.get(report)
    assert closed.status == 403 and "shown to HR only" in await closed.text()
    assert (await web_client.post(report)).status == 410
    hr_page = f"/hr/runs/{run_id}/reports/analysis"
    assert (await web_client.get(hr_page)).status == 401
    await web_client.get(urlsplit(hr_login_link(harness.settings, ring, datetime.now(UTC))).path)
    shown = await web_client.get(hr_page)
    assert shown.status == 200 and "<html" in (await shown.text()).lower()
    assert_secure(shown)
    assert (await web_client.get(f"/hr/runs/{run_id}/reports/feedback")).status == 404
    assert (await web_client.get(f"/hr/runs/{run_id}/reports/secrets")).status == 404


async def test_behind_the_auth_proxy_only_its_header_from_its_address_counts(harness: Harness, ring: KeyRing) -> None:
    handle = await harness.trigger(REQUEST)
    await until_status(handle, stage("awaiting_hr_approval"))
    async with web_app(harness, hr_auth="proxy", hr_trusted_proxies=["127.0.0.0/8"]) as proxied:
        assert (await proxied.get("/hr/")).status == 401
        assert (await proxied.get("/hr/", headers={"X-Forwarded-User": "bad user!"})).status == 401
        page = await proxied.get("/hr/", headers={"X-Forwarded-User": "wang"})
        text = await page.text()
        assert page.status == 200 and "hr:wang" in text and "Sign out" not in text
        login = await proxied.get(urlsplit(hr_login_link(harness.settings, ring, datetime.now(UTC))).path)
        assert login.status == 401 and "company" in await login.text()
        [approval] = await emails_to(harness, harness.settings.hr_email, "")
        decide = hr_links(approval)[0]
        assert (await proxied.get(decide)).status == 401  # a link alone opens no session behind the proxy
        form = await proxied.get(decide, headers={"X-Forwarded-User": "wang"})
        csrf = csrf_of(await form.text())
        # Another proxy user cannot use wang's form token.
        other = await proxied.post(
            decide, data={"csrf": csrf, "decision": "reject"}, headers={"X-Forwarded-User": "li"}
        )
        assert other.status == 403
        proxied.session.cookie_jar.clear()  # wang's own browser
        form = await proxied.get(decide, headers={"X-Forwarded-User": "wang"})
        csrf = csrf_of(await form.text())
        done = await proxied.post(
            decide,
            data={"csrf": csrf, "decision": "reject", "note": "不符合条件"},
            headers={"X-Forwarded-User": "wang"},
        )
        assert done.status == 200
        status = await until_status(handle, lambda s: s.outcome is not None)
        assert status.outcome is not None and status.outcome.value == "rejected_by_hr"
        assert await signals_named(harness, handle.id, "hr_decision") == [
            {"approved": False, "note": "不符合条件", "by": "hr:wang"}
        ]
    async with web_app(harness, hr_auth="proxy", hr_trusted_proxies=["10.0.0.0/8"]) as untrusted:
        assert (await untrusted.get("/hr/", headers={"X-Forwarded-User": "wang"})).status == 401


def test_settings_name_the_hr_base_url() -> None:
    settings = Settings(hr_base_url="https://hr.example.com/", public_base_url="https://links.example.com")
    from web.links import hr_base_url

    assert hr_base_url(settings) == "https://hr.example.com"
    assert hr_base_url(Settings(public_base_url="https://links.example.com/")) == "https://links.example.com"
