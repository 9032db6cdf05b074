"""The demo: drives the seed's cases (data/demo_scenarios.json) end to end on the running embedded stack.

Every scenario goes through the public contract: signal-with-start `trigger`, `training_completed`, and the
`status` / `report` queries. People act where they really would, on the emails the worker sent (saved by the SMTP
sink): candidates reply to the invitation through the reply gateway, which turns it into `candidate_reply`
(devstack.replies); HR opens the signed approve-or-reject link of its approval-request email and presses the
button (`hr_decision`); the interviewer opens the scorecard link of the brief and posts the scores (the
`submit_result` update), as a browser would (web.forms). At the end the demo signs in to the HR inbox with a login
link, prints both, and checks that the inbox lists each case's open to-dos (`expect.hr_todos`).
Reply timers are shortened by policy so the never-replying candidate reaches `no_response` in about a minute, and
a decline written by email ends the run after 15 s instead of 12 h; the defaults everywhere else are the real ones.

Every value the demo prints about a case is what the service returned (devstack.demo_checks), and each is compared
with the scenario's `expect`: outcome, overall before and after, each dimension, the training plan's mode and the
courses the invitation recommends. One difference fails the demo (`make demo` exits non-zero, naming the cases).
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError

from db.pool import create_pool
from devstack.demo_checks import (
    DECISION_LINK_LABELS,
    inbox_mismatches,
    inbox_todos,
    invitation_text,
    link_on_line,
    mismatches,
    observe,
    summary_lines,
)
from devstack.replies import ReplyMailer
from schemas.contract import (
    FeedbackReport,
    HrDecision,
    Policy,
    StatusView,
    SubmitResult,
    TrainingCompleted,
    TriggerSignal,
)
from service import reinterviews
from service.logging import mask_text
from service.settings import Settings
from service.temporal_client import connect
from web.forms import FormResult, decide_request, links_to, submit_scorecard
from web.hr_login import mint_login_link
from web.links import HR_PATH, SCORECARD_PATH, hr_base_url

SCENARIOS = Path(__file__).resolve().parent.parent / "data" / "demo_scenarios.json"
# Outbox rows are stamped by PostgreSQL, run start times by Temporal: allow for a little clock difference.
CLOCK_SLACK = timedelta(seconds=5)
# What a candidate writes when a scenario gives an intent but no text.
DEFAULT_REPLY_TEXT = {"confirm": "确认参加", "decline": "放弃", "reschedule": "改期"}
BRIEF_TEMPLATE = "interviewer_brief"
APPROVAL_TEMPLATE = "hr_approval_request"
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=60)
CLOSE_WAIT_S = 30.0
INBOX_WAIT_S = 10.0
_SCORE_FIELD = re.compile(r'name="score\.([^"]+)"')


class SurfaceError(Exception):
    """A page did not do what a person pressing its button expects; says which page and what it answered."""


def short_link(url: str) -> str:
    """A signed link as the demo prints it: the page, not the capability (the token is cut)."""
    head, _, token = url.rpartition("/")
    return f"{head}/{token[:6]}…" if token else url


def page_failed(what: str, result: FormResult) -> SurfaceError:
    return SurfaceError(f"{what}: {short_link(result.url)} answered {result.status}")


def http_session() -> aiohttp.ClientSession:
    """A browser's session: keeps cookies (also for 127.0.0.1, where the HR session lives on the dev stack)."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=HTTP_TIMEOUT)


def demo_policy(settings: Settings) -> Policy:
    """The settings' policy with reply timers short enough to watch (reminder, escalation, expiry), and the grace
    period of a decline written by email (吴芳's) as short."""
    return settings.policy().model_copy(
        update={"reply_reminder_after_s": 15, "escalate_after_s": 15, "expire_after_s": 15, "decline_grace_s": 15}
    )


def _invitations(status: StatusView) -> int:
    return sum("invitation sent" in entry.event for entry in status.timeline)


class Scenario:
    """One case of the seed article, driven step by step and checked against its expectation."""

    def __init__(
        self,
        client: Client,
        settings: Settings,
        mailer: ReplyMailer,
        http: aiohttp.ClientSession,
        spec: dict[str, Any],
        locale: str = "zh-CN",
    ) -> None:
        self.client = client
        self.http = http
        self.locale = locale
        self.settings = settings
        self.mailer = mailer
        self.spec = spec
        self.name = spec["name"]
        self.handle = reinterviews.handle(client, spec["job_id"], spec["candidate_id"])
        self._seen = 0
        self._started: datetime | None = None
        self._surface_problems: list[str] = []

    def say(self, line: str) -> None:
        # Masked like the logs (names, emails, phone numbers): this narration is the demo's log.
        print(mask_text(f"[{self.spec['candidate_id']}] {line}"), flush=True)

    async def _follow(self, until: set[str], new_invitation: int | None = None) -> StatusView:
        """Print new timeline entries until the stage is in `until`, the run ended, or (when asked) an
        invitation beyond the `new_invitation`-th went out."""
        while True:
            status = await reinterviews.status(self.handle)
            for entry in status.timeline[self._seen :]:
                self.say(f"{entry.at:%H:%M:%S} {entry.event}")
            self._seen = len(status.timeline)
            if status.stage.value in until or status.outcome is not None:
                return status
            if new_invitation is not None and _invitations(status) > new_invitation:
                return status
            await asyncio.sleep(0.3)

    async def run(self) -> list[str]:
        """Drive the case to its end; the values that differ from the scenario's expectation (none: it passed)."""
        spec = self.spec
        try:
            described = await self.handle.describe()
            if described.status != WorkflowExecutionStatus.RUNNING:
                self.say("already ran (run `make reset` to start the demo afresh); checking what it returned")
                self._started = described.start_time
                return await self._check(await reinterviews.status(self.handle))
        except RPCError:
            pass
        await reinterviews.trigger(
            self.client,
            self.settings.task_queue,
            spec["candidate_id"],
            spec["job_id"],
            TriggerSignal.model_validate(spec["trigger"]),
            demo_policy(self.settings),
        )
        self._started = (await self.handle.describe()).start_time
        self.say(f"{self.name}")
        self.say(
            f"Web UI: {self.settings.temporal_ui_url}/namespaces/{self.settings.temporal_namespace}"
            f"/workflows/{self.handle.id}"
        )
        status = await self._follow({"awaiting_hr_approval", "awaiting_confirmation"})
        if status.stage.value == "awaiting_hr_approval" and spec.get("hr_decision"):
            await self._decide_from_email(HrDecision.model_validate(spec["hr_decision"]))
            status = await self._follow({"awaiting_confirmation"})
        if status.outcome is None:
            for training in spec.get("training_completed") or []:
                await reinterviews.training_completed(self.handle, TrainingCompleted.model_validate(training))
            status = await self._reply_until_scheduled(status)
        if status.outcome is None and spec.get("result"):
            await self._score_on_the_scorecard(SubmitResult.model_validate(spec["result"]))
        status = await self._follow({"completed"})
        while status.outcome is None:
            status = await self._follow({"__never__"})
        await self._closed()
        return await self._check(status)

    async def _closed(self) -> None:
        """Until the run has closed (its last activity, which closes its waiting HR to-dos, has finished)."""
        deadline = time.monotonic() + CLOSE_WAIT_S
        while (await self.handle.describe()).status == WorkflowExecutionStatus.RUNNING:
            if time.monotonic() > deadline:
                raise SurfaceError(f"{self.handle.id}: has an outcome but still runs after {CLOSE_WAIT_S:.0f} s")
            await asyncio.sleep(0.3)

    async def _reply_until_scheduled(self, status: StatusView) -> StatusView:
        """Reply by email; when the time was taken meanwhile, answer the new invitation the same way."""
        reply = self.spec.get("reply")
        if not reply:
            return await self._follow({"scheduled", "completed"})
        rounds = 0
        while True:
            invitations = _invitations(status)
            if invitations > rounds:
                rounds = invitations
                await self._answer_by_email(reply)
            status = await self._follow({"scheduled", "completed"}, new_invitation=rounds)
            if status.stage.value != "awaiting_confirmation":
                return status

    async def _answer_by_email(self, reply: dict[str, Any]) -> None:
        """Answer the newest invitation of this run by email, through the reply gateway."""
        assert self._started is not None
        text = reply.get("text") or DEFAULT_REPLY_TEXT.get(reply.get("intent", ""), "确认参加")
        invitation = await self.mailer.invitation(self.handle.id, self._started - CLOCK_SLACK)
        sent = await self.mailer.answer(invitation, text, datetime.now().astimezone())
        understood = sent.inbound.intent or "?"
        if sent.inbound.slot is not None:
            understood += f", option {sent.inbound.slot}"
        self.say(
            f"replied by email to reply+…@{self.settings.reply_domain}: {text!r} "
            f"→ reply gateway: inbound #{sent.inbound.id} {sent.inbound.status} ({understood})"
        )

    async def _decide_from_email(self, decision: HrDecision) -> None:
        """HR opens the approve-or-reject link of the approval-request email and presses the button."""
        assert self._started is not None
        email = await self.mailer.newest(self.handle.id, APPROVAL_TEMPLATE, self._started - CLOCK_SLACK)
        url = link_on_line(invitation_text(email), DECISION_LINK_LABELS, "/hr/a/")
        if url is None:
            raise SurfaceError(f"{self.handle.id}: the approval-request email carries no approve-or-reject link")
        await self._look_at_the_inbox()
        result = await decide_request(self.http, url, approve=decision.approved, note=decision.note)
        if result.status != 200 or "已提交" not in result.text:
            raise page_failed("HR decision page", result)
        pressed = "approve" if decision.approved else "reject"
        self.say(
            f"HR opened {short_link(url)} from the approval-request email and pressed {pressed!r}: {result.status}"
        )

    async def _look_at_the_inbox(self) -> None:
        """HR's inbox (the demo's HR session) lists this run's open to-dos as the scenario's `hr_todos` says."""
        expected = sorted(self.spec["expect"].get("hr_todos", []))
        deadline = time.monotonic() + INBOX_WAIT_S  # the to-do is written just after the email goes out
        while True:
            listed = inbox_todos(await hr_inbox_page(self.http, self.settings)).get(self.handle.id, [])
            if listed == expected or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.3)
        self.say(f"HR inbox lists for this run: {', '.join(listed) or 'nothing'}")
        if listed != expected:
            self._surface_problems.append(f"hr_todos: expected {expected}, the HR inbox lists {listed}")

    async def _score_on_the_scorecard(self, result: SubmitResult) -> None:
        """The interviewer opens the scorecard link of the brief, fills in each score and the comments, submits."""
        assert self._started is not None
        brief = await self.mailer.newest(self.handle.id, BRIEF_TEMPLATE, self._started - CLOCK_SLACK)
        links = links_to(invitation_text(brief), f"{SCORECARD_PATH}/")
        if not links:
            raise SurfaceError(f"{self.handle.id}: the interviewer's brief carries no scorecard link")
        url = links[0]
        async with self.http.get(url) as page:
            if page.status != 200:
                raise SurfaceError(f"scorecard: {short_link(url)} answered {page.status} to GET")
            fields = set(_SCORE_FIELD.findall(await page.text()))
        missing = sorted(set(result.dimension_scores) - fields)
        if missing:  # a person can only fill in what the page asks for
            raise SurfaceError(f"the scorecard has no field for {', '.join(missing)} (it asks for {sorted(fields)})")
        posted = await submit_scorecard(self.http, url, result.dimension_scores, result.comments)
        # Accepted: the form redirects to the same page, now read-only (no score fields); a refusal is a 4xx.
        if posted.status != 200 or posted.url != url or 'name="score.' in posted.text:
            raise page_failed("scorecard", posted)
        scores = ", ".join(f"{code} {score:g}" for code, score in result.dimension_scores.items())
        self.say(f"interviewer scored on {short_link(url)} from the brief: {scores} → {posted.status}, read-only")

    async def _check(self, status: StatusView) -> list[str]:
        """Print what the service returned for this case and compare every printed value with `expect`."""
        report: FeedbackReport | None = await reinterviews.report(self.handle)
        invitation = None
        if _invitations(status) and self._started is not None:
            invitation = await self.mailer.invitation(self.handle.id, self._started - CLOCK_SLACK)
        observed = observe(status, report, invitation)
        expect = self.spec["expect"]
        for line in summary_lines(expect, observed, self.locale):
            self.say(line)
        problems = [*self._surface_problems, *mismatches(expect, observed)]
        for problem in problems:
            self.say(f"✗ {problem}")
        mark = "✓" if not problems else f"✗ {len(problems)} value(s) differ from the scenario"
        self.say(f"outcome {observed.outcome} {mark}")
        return problems


async def sign_in(http: aiohttp.ClientSession, settings: Settings) -> str:
    """Open an HR session with a fresh login link (as HR does from the mailbox); the link, or SurfaceError."""
    link, _ = mint_login_link(settings, datetime.now().astimezone())
    inbox = f"{hr_base_url(settings)}{HR_PATH}/"
    async with http.get(link) as page:
        if page.status != 200 or str(page.url) != inbox:
            raise SurfaceError(f"HR sign-in: {short_link(link)} led to {page.url} ({page.status})")
    return link


async def hr_inbox_page(http: aiohttp.ClientSession, settings: Settings) -> str:
    """The HR inbox as the session's browser sees it."""
    inbox = f"{hr_base_url(settings)}{HR_PATH}/"
    async with http.get(inbox) as page:
        if page.status != 200:
            raise SurfaceError(f"HR inbox: {inbox} answered {page.status}")
        return await page.text()


async def check_hr_inbox(settings: Settings, workflow_ids: list[str]) -> list[str]:
    """Sign in with a fresh login link, print the inbox and that link, and check that the demo's runs, all ended,
    left no waiting to-do open (an ended run closes them); the differences (none: as expected)."""
    async with http_session() as http:
        link = await sign_in(http, settings)
        print(f"HR inbox: {hr_base_url(settings)}{HR_PATH}/  ·  sign in ({_minutes(settings)} min): {link}")
        listed = inbox_todos(await hr_inbox_page(http, settings))
    problems = inbox_mismatches({wid: [] for wid in workflow_ids}, listed)
    others = sum(len(kinds) for wid, kinds in listed.items() if wid not in workflow_ids)
    print(
        f"HR inbox: {sum(len(listed.get(wid, [])) for wid in workflow_ids)} open to-do(s) of the demo's "
        f"{len(workflow_ids)} ended runs, {others} of other runs",
        flush=True,
    )
    return problems


def _minutes(settings: Settings) -> int:
    return int(settings.hr_login_ttl.total_seconds() // 60)


Outcome = list[str] | BaseException


def summarize(results: list[tuple[str, Outcome]], checks: list[tuple[str, Outcome]] | None = None) -> None:
    """Print one line per case and per check across cases (the HR inbox); any mismatch or error ends the demo with
    a non-zero exit naming the cases, then the failed checks."""
    print("\n==== demo summary ====")
    failed: list[str] = []
    failed_checks: list[str] = []
    for (name, result), into in [*((r, failed) for r in results), *((c, failed_checks) for c in checks or [])]:
        if isinstance(result, BaseException):
            print(mask_text(f"✗ {name}: {result!r}"))
            into.append(name)
        elif result:
            print(mask_text(f"✗ {name}: " + "; ".join(result)))
            into.append(name)
        else:
            print(mask_text(f"✓ {name}"))
    problems = []
    if failed:
        problems.append(
            f"{len(failed)} of {len(results)} scenarios differ from what the service returned: "
            + ", ".join(name.split(" ", 1)[0] for name in failed)
        )
    problems += [f"failed: {name}" for name in failed_checks]
    if problems:
        raise SystemExit("demo: " + "; ".join(problems))


async def run_demo(settings: Settings, database_url: str, scenarios_file: Path = SCENARIOS) -> None:
    """Run every scenario concurrently against the running stack; exit non-zero if any case differs."""
    client = await connect(settings)
    specs = json.loads(await asyncio.to_thread(scenarios_file.read_text, encoding="utf-8"))
    # Read-only use: which invitation the worker sent (outbox) and what the gateway did with a reply.
    pool = await create_pool(database_url, min_size=1, max_size=4)
    try:
        async with http_session() as http:
            await sign_in(http, settings)  # HR's browser: the inbox and the action pages share this session
            mailer = ReplyMailer(settings, pool)
            locales = await _locales(pool, [spec["candidate_id"] for spec in specs])
            scenarios = [
                Scenario(client, settings, mailer, http, spec, locales.get(spec["candidate_id"], "zh-CN"))
                for spec in specs
            ]
            results = await asyncio.gather(*(s.run() for s in scenarios), return_exceptions=True)
    finally:
        await pool.close()
    print(f"Temporal Web UI: {settings.temporal_ui_url}  ·  mail: {settings.data_dir / 'mail'}")
    from analytics.demo import prepare_analytics

    print(await prepare_analytics(settings, database_url))
    inbox: Outcome
    try:
        inbox = await check_hr_inbox(settings, [s.handle.id for s in scenarios])
    except Exception as error:  # reported with the cases: the demo still says how each case went
        inbox = error
    cases: list[tuple[str, Outcome]] = [
        (f"{s.spec['candidate_id']} {s.name}", r) for s, r in zip(scenarios, results, strict=True)
    ]
    summarize(cases, [("HR inbox: no to-do left open by the demo's ended runs", inbox)])


async def _locales(pool: asyncpg.Pool, candidate_ids: list[str]) -> dict[str, str]:
    """Each candidate's language, to quote course titles as their invitation does."""
    rows = await pool.fetch(
        "SELECT candidate_id, locale FROM candidates WHERE candidate_id = ANY($1::text[])", candidate_ids
    )
    return {r["candidate_id"]: r["locale"] for r in rows}
