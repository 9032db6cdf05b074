"""A hand count of the analytics figures: every raw row loaded into Python and counted plainly, independently of
the SQL in db/repositories/analytics.py (the agreement tests compare the two)."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime
from statistics import mean, stdev
from typing import Any

import asyncpg


def percentile_cont(values: list[float], q: float) -> float | None:
    """PostgreSQL's percentile_cont: linear interpolation between the closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


async def hand_count(pool: asyncpg.Pool, key: str = "all") -> dict[str, dict[str, Any]]:
    """Per group ('all' or per job_id): funnel, outcomes, reply/confirm p50 (h), reminders, uplift mean per
    dimension, with/without-course n and mean, rating average."""
    runs = [dict(r) for r in await pool.fetch("SELECT * FROM reinterviews WHERE outcome IS DISTINCT FROM 'not_needed'")]
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in await pool.fetch("SELECT * FROM run_events"):
        events[e["run_id"]].append(dict(e))
    interviews = [dict(r) for r in await pool.fetch("SELECT * FROM interviews")]
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    for s in await pool.fetch("SELECT * FROM interview_scores"):
        scores[s["interview_id"]][s["dimension"]] = s["score"]
    trainings = [dict(r) for r in await pool.fetch("SELECT * FROM trainings")]
    courses = {r["course_id"]: list(r["dimensions"]) for r in await pool.fetch("SELECT * FROM courses")}
    ratings = {r["run_id"]: r["rating"] for r in await pool.fetch("SELECT * FROM candidate_ratings")}

    def during(t: dict[str, Any], run: dict[str, Any]) -> bool:
        done: datetime | None = t["completed_at"]
        return done is not None and run["started_at"] <= done and (run["ended_at"] is None or done <= run["ended_at"])

    out: dict[str, dict[str, Any]] = {}
    for run in runs:
        group = "all" if key == "all" else run[key]
        g = out.setdefault(
            group,
            {
                "triggered": 0,
                "invited": 0,
                "confirmed": 0,
                "interviewed": 0,
                "outcomes": defaultdict(int),
                "reply_h": [],
                "confirm_h": [],
                "reminders": 0,
                "uplift": defaultdict(list),
                "course": defaultdict(list),
                "ratings": [],
            },
        )
        g["triggered"] += 1
        evs = events[run["run_id"]]

        def first(kind: str, evs: list[dict[str, Any]] = evs) -> datetime | None:
            times = [e["at"] for e in evs if e["kind"] == kind]
            return min(times) if times else None

        invited, replied, confirmed = first("invited"), first("replied"), first("confirmed")
        g["invited"] += invited is not None
        g["confirmed"] += confirmed is not None
        g["interviewed"] += first("interviewed") is not None
        if run["outcome"]:
            g["outcomes"][run["outcome"]] += 1
        g["reminders"] += sum(1 for e in evs if e["kind"] == "reminded")
        if invited and replied and replied >= invited:
            g["reply_h"].append((replied - invited).total_seconds() / 3600)
        if invited and confirmed and confirmed >= invited:
            g["confirm_h"].append((confirmed - invited).total_seconds() / 3600)
        if run["run_id"] in ratings:
            g["ratings"].append(ratings[run["run_id"]])
        after = scores.get(f"reinterview-{run['run_id']}")
        earlier = [
            i
            for i in interviews
            if i["candidate_id"] == run["candidate_id"]
            and i["job_id"] == run["job_id"]
            and i["source"] == "ai_interview"
            and i["taken_at"] <= run["started_at"]
        ]
        if not after or not earlier:
            continue
        trigger = max(earlier, key=lambda i: (i["taken_at"], i["interview_id"]))
        before = scores.get(trigger["interview_id"], {})
        taken = {t["course_id"] for t in trainings if t["candidate_id"] == run["candidate_id"] and during(t, run)}
        for dim, score in after.items():
            if dim not in before:
                continue
            lift = score - before[dim]
            g["uplift"][dim].append(lift)
            for course_id, dims in courses.items():
                if dim in dims:
                    g["course"][(course_id, dim, course_id in taken)].append(lift)
    for g in out.values():
        g["reply_p50_h"] = percentile_cont(g.pop("reply_h"), 0.5)
        g["confirm_p50_h"] = percentile_cont(g.pop("confirm_h"), 0.5)
        g["uplift"] = {d: (len(v), mean(v), stdev(v) if len(v) > 1 else None) for d, v in g["uplift"].items()}
        g["course"] = {k: (len(v), mean(v)) for k, v in g["course"].items()}
        g["rating_avg"] = mean(g["ratings"]) if g["ratings"] else None
        g["rating_n"] = len(g.pop("ratings"))
        g["outcomes"] = dict(g["outcomes"])
    return out
