"""A generated history of past re-interviews for the demo and the benchmark (`starter.py analytics generate`).

Not test data: a seeded, documented model of what a year of re-interviews looks like, so the analytics page has
something to show. Everything it writes is marked: ids start with `gen-` (runs, candidates, interviews), so
`--replace` removes exactly what an earlier generation wrote and nothing else.

The model (per run; `random.Random(seed)`, so one seed always gives the same rows):
- start uniform over `months` months before `end`; job uniform over the archive's jobs; trigger kind low_score 60 %,
  incomplete 12 %, candidate_request 12 %, requirement_change 8 %, manual 8 %;
- the trigger: an AI interview an hour before the start, each job dimension ~ N(70, 9), one or two weak dimensions
  ~ N(55, 8); besides it `ai_per_run` − 1 passing AI interviews of other (generated) candidates, so the
  re-interview rate is about 1 / ai_per_run;
- invitation 1–6 h after the start; reply time log-normal (median 9 h, p90 ≈ 40 h); no reply at all 7 % →
  `no_response`; a reply after 24 h needed a reminder, after 48 h also an escalation; 5 % decline;
- the booking 10 min after the reply; 12 % reschedule once, 3 % twice; interview 3–10 days later; 4 % no-show;
- a course on a weak dimension (one covering it, from the archive) for 65 % of runs, completed before the
  interview; uplift per dimension ~ N(3, 5), + the course's effect (2–9 points, fixed per course) on its
  dimensions;
- the result log-normal (median 5 h) after the interview; over 24 h → a result reminder, over 48 h → overdue
  (result escalation); outcome from the weighted score after vs the job's bar (recommend_hire ≥ bar,
  needs_further_assessment within 5 points, else not_meeting);
- 70 % of interviewed candidates rate the process: mean ≈ 4.4 after recommend_hire, ≈ 3.6 otherwise.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import asyncpg

TRIGGER_MIX: tuple[tuple[str, float], ...] = (
    ("low_score", 0.60),
    ("incomplete", 0.12),
    ("candidate_request", 0.12),
    ("requirement_change", 0.08),
    ("manual", 0.08),
)
PREFIX = "gen-"


@dataclass(frozen=True)
class Job:
    job_id: str
    pass_threshold: float
    weights: Mapping[str, float]


@dataclass(frozen=True)
class Course:
    course_id: str
    dimensions: Sequence[str]


@dataclass
class History:
    """The rows to write, as tuples in each table's column order (see `write`)."""

    candidates: list[tuple[object, ...]] = field(default_factory=list)
    interviews: list[tuple[object, ...]] = field(default_factory=list)
    scores: list[tuple[object, ...]] = field(default_factory=list)
    runs: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    trainings: list[tuple[object, ...]] = field(default_factory=list)
    ratings: list[tuple[object, ...]] = field(default_factory=list)


def course_effect(course_id: str) -> float:
    """The course's fixed extra uplift on its dimensions, 2–9 points (from its id: stable across seeds)."""
    digest = hashlib.sha256(course_id.encode()).digest()
    return 2 + 7 * digest[0] / 255


def _clamp(score: float) -> float:
    return round(min(100.0, max(0.0, score)), 1)


def _pick_kind(rng: random.Random) -> str:
    x, total = rng.random(), 0.0
    for kind, share in TRIGGER_MIX:
        total += share
        if x < total:
            return kind
    return TRIGGER_MIX[-1][0]


def _end(
    history: History,
    events: list[tuple[object, ...]],
    row: tuple[str, str, str, str, str, datetime],
    outcome: str,
    at: datetime,
) -> None:
    """The run ended with `outcome` at `at`: its row and its `ended` event."""
    run_id, wf, cand, job_id, kind, started = row
    events.append((run_id, "ended", at, None, outcome, "stage"))
    history.runs.append((run_id, wf, cand, job_id, kind, "completed", outcome, started, at, at))


def generate(
    jobs: Sequence[Job],
    courses: Sequence[Course],
    *,
    runs: int,
    end: datetime,
    months: int = 12,
    seed: int = 7,
    ai_per_run: float = 3.0,
    dimensions_extra: int = 0,
) -> History:
    """`runs` past re-interviews over `months` months before `end` (pure; see the module's model).

    `dimensions_extra` adds that many generated dimensions' scores to every interview (the benchmark's 1,000,000
    scores); they are named `gen_dim_<n>` and are not part of any job.
    """
    if not jobs:
        raise ValueError("no jobs in the archive: import one first (starter.py import data/demo.json)")
    if runs < 0 or months < 1:
        raise ValueError(f"runs must be ≥ 0 and months ≥ 1 (got {runs}, {months})")
    rng = random.Random(seed)
    by_dimension: dict[str, list[Course]] = {}
    for course in courses:
        for dim in course.dimensions:
            by_dimension.setdefault(dim, []).append(course)
    history = History()
    span_s = months * 30.4 * 86400
    extra_dims = [f"gen_dim_{n}" for n in range(dimensions_extra)]

    def interview(
        interview_id: str, cand: str, job: Job, at: datetime, scores: Mapping[str, float], source: str
    ) -> None:
        weighted = sum(scores.get(d, 0) * w for d, w in job.weights.items()) / (sum(job.weights.values()) or 1)
        history.interviews.append((interview_id, cand, job.job_id, at, True, _clamp(weighted), source))
        for dim, score in scores.items():
            history.scores.append((interview_id, dim, score))
        for dim in extra_dims:
            history.scores.append((interview_id, dim, _clamp(rng.gauss(70, 10))))

    passing = 0
    for i in range(runs):
        job = jobs[rng.randrange(len(jobs))]
        dims = list(job.weights)
        started = end - timedelta(seconds=rng.random() * span_s)
        cand = f"{PREFIX}{seed}-c{i:06d}"
        run_id = f"{PREFIX}{seed}-r{i:06d}"
        history.candidates.append((cand, f"历史候选人 {i}", "zh-CN"))
        kind = _pick_kind(rng)
        weak = rng.sample(dims, k=min(len(dims), rng.choice((1, 1, 2))))
        before = {d: _clamp(rng.gauss(55, 8) if d in weak else rng.gauss(70, 9)) for d in dims}
        interview(f"{PREFIX}{seed}-ai{i:06d}", cand, job, started - timedelta(hours=1), before, "ai_interview")
        # other candidates' passing AI interviews: the re-interview rate's denominator
        passing_here = int(ai_per_run - 1) + (1 if rng.random() < (ai_per_run - 1) % 1 else 0)
        for _ in range(passing_here):
            pc = f"{PREFIX}{seed}-p{passing:06d}"
            history.candidates.append((pc, f"历史候选人 P{passing}", "zh-CN"))
            at = end - timedelta(seconds=rng.random() * span_s)
            interview(
                f"{PREFIX}{seed}-pi{passing:06d}",
                pc,
                job,
                at,
                {d: _clamp(rng.gauss(82, 6)) for d in dims},
                "ai_interview",
            )
            passing += 1
        events: list[tuple[object, ...]] = [(run_id, "triggered", started, None, "", "stage")]
        wf = f"reinterview-{job.job_id}-{cand}"

        row = (run_id, wf, cand, job.job_id, kind, started)

        invited = started + timedelta(hours=rng.uniform(1, 6))
        events.append((run_id, "invited", invited, None, "invitation", f"{run_id}:invitation-1:candidate"))
        no_reply = rng.random() < 0.07
        reply_h = 200.0 if no_reply else math.exp(rng.gauss(math.log(9), 1.1))
        if reply_h > 24:
            events.append(
                (run_id, "reminded", invited + timedelta(hours=24), None, "reply_reminder", f"{run_id}:reminder-1")
            )
        if reply_h > 48:
            events.append(
                (run_id, "escalated", invited + timedelta(hours=48), None, "hr_escalation", f"{run_id}:esc-1")
            )
        if no_reply or reply_h > 72:
            _end(history, events, row, "no_response", invited + timedelta(hours=72))
            history.events.extend(events)
            continue
        replied = invited + timedelta(hours=reply_h)
        if rng.random() < 0.05:
            events.append((run_id, "replied", replied, None, "decline", f"mail:{run_id}"))
            _end(history, events, row, "declined", replied)
            history.events.extend(events)
            continue
        events.append((run_id, "replied", replied, None, "confirm", f"mail:{run_id}"))
        confirmed = replied + timedelta(minutes=10)
        interview_at = confirmed + timedelta(days=rng.uniform(3, 10))
        events.append((run_id, "confirmed", confirmed, interview_at, "", "booking:0"))
        moves = 2 if rng.random() < 0.03 else 1 if rng.random() < 0.12 else 0
        for move in range(1, moves + 1):
            interview_at += timedelta(days=rng.uniform(1, 3))
            events.append(
                (run_id, "rescheduled", confirmed + timedelta(days=move), interview_at, "", f"booking:{move}")
            )
        took: list[Course] = []
        for dim in weak:
            options = by_dimension.get(dim, [])
            if options and rng.random() < 0.65:
                course = options[rng.randrange(len(options))]
                if course not in took:
                    took.append(course)
        for course in took:
            done = started + (interview_at - started) * rng.uniform(0.3, 0.9)
            history.trainings.append((cand, course.course_id, done, None, None))
        if rng.random() < 0.04:
            _end(history, events, row, "no_show", interview_at + timedelta(hours=72))
            history.events.extend(events)
            continue
        result_h = math.exp(rng.gauss(math.log(5), 1.0))
        if result_h > 24:
            events.append(
                (run_id, "result_reminded", interview_at + timedelta(hours=1), None, "result_reminder", f"{run_id}:rr")
            )
        if result_h > 48:
            events.append((run_id, "result_escalated", interview_at + timedelta(hours=48), None, "", f"{run_id}:re"))
        result_at = interview_at + timedelta(hours=result_h)
        events.append((run_id, "interviewed", result_at, None, "", "report"))
        after: dict[str, float] = {}
        for dim in dims:
            lift = rng.gauss(3, 5) + sum(course_effect(c.course_id) for c in took if dim in c.dimensions)
            after[dim] = _clamp(before[dim] + lift)
        interview(f"reinterview-{run_id}", cand, job, interview_at, after, "reinterview")
        weighted = sum(after[d] * w for d, w in job.weights.items()) / (sum(job.weights.values()) or 1)
        if weighted >= job.pass_threshold:
            outcome = "recommend_hire"
        elif weighted >= job.pass_threshold - 5:
            outcome = "needs_further_assessment"
        else:
            outcome = "not_meeting"
        _end(history, events, row, outcome, result_at)
        if rng.random() < 0.7:
            mean = 4.4 if outcome == "recommend_hire" else 3.6
            rating = max(1, min(5, round(rng.gauss(mean, 0.8))))
            history.ratings.append((run_id, wf, rating, "", result_at + timedelta(hours=rng.uniform(1, 72))))
        history.events.extend(events)
    return history


async def remove(pool: asyncpg.Pool) -> None:
    """Delete everything an earlier generation wrote (ids starting with `gen-`), nothing else."""
    async with pool.acquire() as conn, conn.transaction():
        like = PREFIX + "%"
        await conn.execute("DELETE FROM run_events WHERE run_id LIKE $1", like)
        await conn.execute("DELETE FROM run_scores WHERE run_id LIKE $1", like)
        await conn.execute("DELETE FROM candidate_ratings WHERE run_id LIKE $1", like)
        await conn.execute("DELETE FROM reinterviews WHERE run_id LIKE $1", like)
        await conn.execute("DELETE FROM trainings WHERE candidate_id LIKE $1", like)
        await conn.execute(
            "DELETE FROM interviews WHERE candidate_id LIKE $1 OR interview_id LIKE $2", like, f"reinterview-{like}"
        )
        await conn.execute("DELETE FROM candidates WHERE candidate_id LIKE $1", like)


async def write(pool: asyncpg.Pool, history: History) -> dict[str, int]:
    """Write the rows with COPY in one transaction; returns the count per table."""
    tables: list[tuple[str, list[str], list[tuple[object, ...]]]] = [
        ("candidates", ["candidate_id", "name", "locale"], history.candidates),
        (
            "interviews",
            ["interview_id", "candidate_id", "job_id", "taken_at", "completed", "overall_score", "source"],
            history.interviews,
        ),
        ("interview_scores", ["interview_id", "dimension", "score"], history.scores),
        (
            "reinterviews",
            [
                "run_id",
                "workflow_id",
                "candidate_id",
                "job_id",
                "trigger_kind",
                "stage",
                "outcome",
                "started_at",
                "updated_at",
                "ended_at",
            ],
            history.runs,
        ),
        ("run_events", ["run_id", "kind", "at", "ref_at", "detail", "source"], history.events),
        ("trainings", ["candidate_id", "course_id", "completed_at", "pre_score", "post_score"], history.trainings),
        ("candidate_ratings", ["run_id", "workflow_id", "rating", "comment", "rated_at"], history.ratings),
    ]
    async with pool.acquire() as conn, conn.transaction():
        for table, columns, records in tables:
            await conn.copy_records_to_table(table, records=records, columns=columns)
        await conn.execute("ANALYZE")
        # the before/after of each dimension, as RunRepository.store_report writes them for a live run
        await conn.execute("SELECT record_run_scores($1::text[])", [row[0] for row in history.runs])
        await conn.execute("ANALYZE run_scores")
    return {table: len(records) for table, _, records in tables}


async def load_archive(pool: asyncpg.Pool) -> tuple[list[Job], list[Course]]:
    """The archive's jobs (weights, bar) and courses (dimensions) the generator draws from."""
    jobs = [
        Job(r["job_id"], r["pass_threshold"], r["weights"])
        for r in await pool.fetch("SELECT job_id, pass_threshold, weights FROM jobs ORDER BY job_id")
    ]
    courses = [
        Course(r["course_id"], r["dimensions"])
        for r in await pool.fetch("SELECT course_id, dimensions FROM courses ORDER BY course_id")
    ]
    return jobs, courses
