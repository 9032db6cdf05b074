"""The analytics SQL against a hand count over the same rows, and the run_events hooks in the repositories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from analytics.figures import make_filters
from db.repositories.analytics import AnalyticsRepository
from db.repositories.outbox import OutboxRepository
from db.repositories.runs import RunRepository
from tests.analytics.handcount import hand_count

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) < 1e-6


@pytest.mark.parametrize("by", ["all", "job"])
async def test_report_matches_a_hand_count(history_pool: asyncpg.Pool, by: str) -> None:
    report = await AnalyticsRepository(history_pool).report(make_filters(), "all" if by == "all" else "job")
    hand = await hand_count(history_pool, "all" if by == "all" else "job_id")
    assert {g.group for g in report.groups if g.funnel["triggered"]} == set(hand)
    for group in report.groups:
        if group.group not in hand:
            continue
        h = hand[group.group]
        assert group.funnel["triggered"] == h["triggered"]
        assert group.funnel["invited"] == h["invited"]
        assert group.funnel["confirmed"] == h["confirmed"]
        assert group.funnel["interviewed"] == h["interviewed"]
        assert {k: v for k, v in group.outcomes.items() if v} == h["outcomes"]
        assert close(group.reply_time.p50_h, h["reply_p50_h"])
        assert close(group.confirmation_time.p50_h, h["confirm_p50_h"])
        assert close(group.reminders_per_invited, h["reminders"] / h["invited"] if h["invited"] else None)
        assert {u.dimension: u.n for u in group.uplift} == {d: v[0] for d, v in h["uplift"].items()}
        for u in group.uplift:
            assert close(u.mean, h["uplift"][u.dimension][1])
            assert close(u.sd, h["uplift"][u.dimension][2])
        for effect in group.course_effects:
            for side, taken in ((effect.with_course, True), (effect.without_course, False)):
                n, avg = h["course"].get((effect.course_id, effect.dimension, taken), (0, None))
                assert side.n == n
                assert close(side.mean, avg)
        assert group.ratings.n == h["rating_n"]
        assert close(group.ratings.average, h["rating_avg"])


async def test_generated_history_shows_what_it_models(history_pool: asyncpg.Pool) -> None:
    """The figures of the generated year look like the model: courses help, replies take hours, most confirm."""
    report = await AnalyticsRepository(history_pool).report(make_filters(), "all")
    (total,) = report.groups
    assert total.funnel["triggered"] == 300
    assert total.reinterview_rate is not None and 0.25 < total.reinterview_rate < 0.45
    assert total.reply_time.p50_h is not None and 4 < total.reply_time.p50_h < 20
    assert total.funnel["confirmed"] > 200
    helped = [e for e in total.course_effects if e.difference is not None and e.with_course.n >= 5]
    assert helped and sum(e.difference > 0 for e in helped if e.difference is not None) > len(helped) * 0.7
    assert total.ratings.n > 100 and total.ratings.average is not None and 3 < total.ratings.average < 5


async def test_filters_narrow_the_runs(history_pool: asyncpg.Pool) -> None:
    repo = AnalyticsRepository(history_pool)
    all_runs = (await repo.report(make_filters(), "job")).groups
    one = (await repo.report(make_filters(job="job-sales"), "all")).groups
    sales = next(g for g in all_runs if g.group == "job-sales")
    assert one[0].funnel == sales.funnel
    by_trigger = (await repo.report(make_filters(), "trigger")).groups
    assert sum(g.funnel["triggered"] for g in by_trigger) == 300
    months = (await repo.report(make_filters(since="2026-06-01", until="2026-08-31"), "month")).groups
    assert [g.group for g in months if g.funnel["triggered"]] == ["2026-06", "2026-07", "2026-08"]
    course = (await repo.report(make_filters(course="crs-communication"), "all")).groups
    hand = await history_pool.fetchval(
        """SELECT count(*) FROM reinterviews r JOIN trainings t USING (candidate_id)
           WHERE t.course_id = 'crs-communication' AND t.completed_at BETWEEN r.started_at AND r.ended_at"""
    )
    assert (course[0].funnel["triggered"] if course else 0) == hand
    assert course[0].ai_interviews is None if course else True
    by_course = (await repo.report(make_filters(), "course")).groups
    assert "(none)" in {g.group for g in by_course}


async def test_no_runs_yet_gives_zero_counts_and_no_rates(archive_pool: asyncpg.Pool) -> None:
    """The seed's AI interviews but no re-interview: counts are 0, rates without a denominator are None."""
    (total,) = (await AnalyticsRepository(archive_pool).report(make_filters(), "all")).groups
    ai = await archive_pool.fetchval("SELECT count(*) FROM interviews WHERE source = 'ai_interview'")
    assert total.ai_interviews == ai > 0
    assert total.reinterview_rate == 0
    assert set(total.funnel.values()) == {0}
    assert total.recommendation_rate is None and total.reply_time.p50_h is None and total.ratings.average is None
    assert (await AnalyticsRepository(archive_pool).report(make_filters(job="no-such-job"), "job")).groups == []


async def _events(pool: asyncpg.Pool, run_id: str) -> list[tuple[str, str]]:
    rows = await pool.fetch("SELECT kind, detail FROM run_events WHERE run_id = $1 ORDER BY at, kind", run_id)
    return [(r["kind"], r["detail"]) for r in rows]


async def test_run_repository_writes_the_timeline_once(archive_pool: asyncpg.Pool) -> None:
    runs = RunRepository(archive_pool)
    args = {
        "run_id": "run-1",
        "workflow_id": "wf-1",
        "candidate_id": "cand-001",
        "job_id": "job-customer-service",
        "trigger_kind": "low_score",
    }
    for _ in range(2):  # a retried activity writes nothing twice
        await runs.record_run(**args, stage="triggered", outcome=None, at=T0)
    interviewer = await archive_pool.fetchval("SELECT interviewer_id FROM interviewers LIMIT 1")
    start = T0 + timedelta(days=3)
    for _ in range(2):
        assert (
            await runs.book(
                event_uid="run-1@reinterview",
                workflow_id="wf-1",
                candidate_id="cand-001",
                interviewer_id=interviewer,
                start=start,
                end=start + timedelta(hours=1),
                at=T0 + timedelta(hours=5),
            )
            == 0
        )
    moved = start + timedelta(days=1)
    assert (
        await runs.book(
            event_uid="run-1@reinterview",
            workflow_id="wf-1",
            candidate_id="cand-001",
            interviewer_id=interviewer,
            start=moved,
            end=moved + timedelta(hours=1),
            at=T0 + timedelta(days=1),
        )
        == 1
    )
    await archive_pool.execute(
        """
        INSERT INTO interviews (interview_id, candidate_id, job_id, taken_at, source) VALUES
            ('ai-old', 'cand-001', 'job-customer-service', $1 - interval '30 days', 'ai_interview'),
            ('ai-trigger', 'cand-001', 'job-customer-service', $1 - interval '1 hour', 'ai_interview'),
            ('ai-later', 'cand-001', 'job-customer-service', $1 + interval '1 hour', 'ai_interview'),
            ('reinterview-run-1', 'cand-001', 'job-customer-service', $2, 'reinterview');
        INSERT INTO interview_scores (interview_id, dimension, score) VALUES
            ('ai-old', 'communication', 10), ('ai-trigger', 'communication', 60), ('ai-later', 'communication', 99),
            ('ai-trigger', 'teamwork', 70), ('reinterview-run-1', 'communication', 75),
            ('reinterview-run-1', 'teamwork', 68), ('reinterview-run-1', 'complaint_handling', 80);
        """.replace("$1", f"'{T0.isoformat()}'::timestamptz").replace("$2", f"'{moved.isoformat()}'::timestamptz")
    )
    for audience in ("internal", "candidate", "internal"):
        await runs.store_report(
            workflow_id="wf-1", run_id="run-1", kind="feedback", audience=audience, body={}, html=""
        )
    await runs.store_report(workflow_id="wf-1", run_id="run-1", kind="analysis", audience="internal", body={}, html="")
    for _ in range(2):
        await runs.record_run(**args, stage="completed", outcome="recommend_hire", at=T0 + timedelta(days=6))
    kinds = [k for k, _ in await _events(archive_pool, "run-1")]
    assert sorted(kinds) == sorted(["triggered", "confirmed", "rescheduled", "interviewed", "ended"])
    refs = await archive_pool.fetch("SELECT kind, ref_at FROM run_events WHERE run_id = 'run-1' AND ref_at IS NOT NULL")
    assert {r["kind"]: r["ref_at"] for r in refs} == {"confirmed": start, "rescheduled": moved}
    assert ("ended", "recommend_hire") in await _events(archive_pool, "run-1")
    # the before (the latest AI interview before the start) and after of each dimension both have
    scores = await archive_pool.fetch("SELECT dimension, before, after FROM run_scores WHERE run_id = 'run-1'")
    assert sorted((r["dimension"], r["before"], r["after"]) for r in scores) == [
        ("communication", 60, 75),
        ("teamwork", 70, 68),
    ]


async def test_outbox_records_timeline_emails_once(archive_pool: asyncpg.Pool) -> None:
    outbox = OutboxRepository(archive_pool)
    for key, template in (
        ("run-2:invitation-1:candidate-cand-001", "invitation"),
        ("run-2:reminder-1:candidate-cand-001", "reply_reminder"),
        ("run-2:reply-escalation-1:hr", "hr_escalation"),
        ("run-2:brief:interviewer-i1", "interviewer_brief"),
        ("no-run-key", "invitation"),
    ):
        await outbox.claim(key, f"<{key}@x>", "wf-2", template, "a@example.com", "s")
        await outbox.mark_sent(key)
        await outbox.mark_sent(key)
    assert sorted(await _events(archive_pool, "run-2")) == [
        ("escalated", "hr_escalation"),
        ("invited", "invitation"),
        ("reminded", "reply_reminder"),
    ]
    assert await archive_pool.fetchval("SELECT count(*) FROM run_events") == 3


async def test_replies_from_gateway_and_links_reach_the_timeline(archive_pool: asyncpg.Pool) -> None:
    """What the gateway signalled (inbound_mail → signalled) and the answer links the web app recorded."""
    mail_id = await archive_pool.fetchval(
        "INSERT INTO inbound_mail (raw, run_id, intent) VALUES ('x', 'run-3', 'confirm') RETURNING id"
    )
    assert await _events(archive_pool, "run-3") == []
    for _ in range(2):
        await archive_pool.execute(
            "UPDATE inbound_mail SET status = 'signalled', processed_at = $2 WHERE id = $1", mail_id, T0
        )
    await archive_pool.execute(
        "INSERT INTO inbound_mail (raw, run_id, intent, status) VALUES ('y', 'run-3', 'question', 'handed_to_hr')"
    )
    await archive_pool.execute(
        "INSERT INTO link_uses (token_digest, action, workflow_id, run_id) VALUES"
        " ('d1', 'decline', 'wf-3', 'run-3'), ('d2', 'report', 'wf-3', 'run-3')"
    )
    await archive_pool.execute(
        "INSERT INTO link_uses (token_digest, action, workflow_id, run_id) VALUES ('d1', 'decline', 'wf-3', 'run-3')"
        " ON CONFLICT (token_digest) DO UPDATE SET uses = link_uses.uses + 1"
    )
    assert sorted(await _events(archive_pool, "run-3")) == [("replied", "confirm"), ("replied", "decline")]


async def test_bad_event_kind_is_refused(archive_pool: asyncpg.Pool) -> None:
    with pytest.raises(asyncpg.CheckViolationError):
        await archive_pool.execute(
            "INSERT INTO run_events (run_id, kind, at, source) VALUES ('r', 'opened', now(), 's')"
        )
