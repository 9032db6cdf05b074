"""The demo: drives the seed's cases (data/demo_scenarios.json) end to end on the running embedded stack.

Every scenario goes through the public contract: signal-with-start `trigger`, `hr_decision`,
`training_completed`, the `submit_result` update, and the `status` / `report` queries. Candidates answer the way
real ones do: the demo reads the invitation the worker emailed (saved by the SMTP sink), writes a reply to it and
sends it to the reply gateway, which turns it into `candidate_reply` (devstack.replies).
Reply timers are shortened by policy so the never-replying candidate reaches `no_response` in about a minute;
the defaults everywhere else are the real 24 hours.

Every value the demo prints about a case is what the service returned (devstack.demo_checks), and each is compared
with the scenario's `expect`: outcome, overall before and after, each dimension, the training plan's mode and the
courses the invitation recommends. One difference fails the demo (`make demo` exits non-zero, naming the cases).
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError

from db.pool import create_pool
from devstack.demo_checks import mismatches, observe, summary_lines
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

SCENARIOS = Path(__file__).resolve().parent.parent / "data" / "demo_scenarios.json"
# Outbox rows are stamped by PostgreSQL, run start times by Temporal: allow for a little clock difference.
CLOCK_SLACK = timedelta(seconds=5)
# What a candidate writes when a scenario gives an intent but no text.
DEFAULT_REPLY_TEXT = {"confirm": "确认参加", "decline": "放弃", "reschedule": "改期"}


def demo_policy(settings: Settings) -> Policy:
    """The settings' policy with reply timers short enough to watch (reminder, escalation, expiry)."""
    return settings.policy().model_copy(
        update={"reply_reminder_after_s": 15, "escalate_after_s": 15, "expire_after_s": 15}
    )


def _invitations(status: StatusView) -> int:
    return sum("invitation sent" in entry.event for entry in status.timeline)


class Scenario:
    """One case of the seed article, driven step by step and checked against its expectation."""

    def __init__(
        self, client: Client, settings: Settings, mailer: ReplyMailer, spec: dict[str, Any], locale: str = "zh-CN"
    ) -> None:
        self.client = client
        self.locale = locale
        self.settings = settings
        self.mailer = mailer
        self.spec = spec
        self.name = spec["name"]
        self.handle = reinterviews.handle(client, spec["job_id"], spec["candidate_id"])
        self._seen = 0
        self._started: datetime | None = None

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
            await reinterviews.hr_decision(self.handle, HrDecision.model_validate(spec["hr_decision"]))
            status = await self._follow({"awaiting_confirmation"})
        if status.outcome is None:
            for training in spec.get("training_completed") or []:
                await reinterviews.training_completed(self.handle, TrainingCompleted.model_validate(training))
            status = await self._reply_until_scheduled(status)
        if status.outcome is None and spec.get("result"):
            await reinterviews.submit_result(self.handle, SubmitResult.model_validate(spec["result"]))
        status = await self._follow({"completed"})
        while status.outcome is None:
            status = await self._follow({"__never__"})
        return await self._check(status)

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
        problems = mismatches(expect, observed)
        for problem in problems:
            self.say(f"✗ {problem}")
        mark = "✓" if not problems else f"✗ {len(problems)} value(s) differ from the scenario"
        self.say(f"outcome {observed.outcome} {mark}")
        return problems


def summarize(results: list[tuple[str, list[str] | BaseException]]) -> None:
    """Print one line per case; any mismatch or error ends the demo with a non-zero exit naming them."""
    print("\n==== demo summary ====")
    failed = []
    for name, result in results:
        if isinstance(result, BaseException):
            print(mask_text(f"✗ {name}: {result!r}"))
            failed.append(name)
        elif result:
            print(mask_text(f"✗ {name}: " + "; ".join(result)))
            failed.append(name)
        else:
            print(mask_text(f"✓ {name}"))
    if failed:
        raise SystemExit(
            f"demo: {len(failed)} of {len(results)} scenarios differ from what the service returned: "
            + ", ".join(name.split(" ", 1)[0] for name in failed)
        )


async def run_demo(settings: Settings, database_url: str, scenarios_file: Path = SCENARIOS) -> None:
    """Run every scenario concurrently against the running stack; exit non-zero if any case differs."""
    client = await connect(settings)
    specs = json.loads(await asyncio.to_thread(scenarios_file.read_text, encoding="utf-8"))
    # Read-only use: which invitation the worker sent (outbox) and what the gateway did with a reply.
    pool = await create_pool(database_url, min_size=1, max_size=4)
    try:
        mailer = ReplyMailer(settings, pool)
        locales = await _locales(pool, [spec["candidate_id"] for spec in specs])
        scenarios = [
            Scenario(client, settings, mailer, spec, locales.get(spec["candidate_id"], "zh-CN")) for spec in specs
        ]
        results = await asyncio.gather(*(s.run() for s in scenarios), return_exceptions=True)
    finally:
        await pool.close()
    print(f"Temporal Web UI: {settings.temporal_ui_url}  ·  mail: {settings.data_dir / 'mail'}")
    from analytics.demo import prepare_analytics

    print(await prepare_analytics(settings, database_url))
    summarize([(f"{s.spec['candidate_id']} {s.name}", r) for s, r in zip(scenarios, results, strict=True)])


async def _locales(pool: asyncpg.Pool, candidate_ids: list[str]) -> dict[str, str]:
    """Each candidate's language, to quote course titles as their invitation does."""
    rows = await pool.fetch(
        "SELECT candidate_id, locale FROM candidates WHERE candidate_id = ANY($1::text[])", candidate_ids
    )
    return {r["candidate_id"]: r["locale"] for r in rows}
