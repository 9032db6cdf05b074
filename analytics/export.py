"""The figures as JSON, CSV (long format: one row per group, figure and key) and a terminal table (pure)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any, Literal

from analytics.figures import GroupFigures, Report

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")


def to_data(report: Report) -> dict[str, Any]:
    """JSON-ready: the filters, the grouping and every group's figures (times in hours, rates as fractions)."""
    return {
        "filters": report.filters.describe(),
        "by": report.by,
        "groups": [asdict(g) for g in report.groups],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_data(report), ensure_ascii=False, indent=2, sort_keys=False)


def rows(group: GroupFigures) -> list[tuple[str, str, float | int | None, int | None]]:
    """(figure, key, value, n) for one group; `n` is how many runs the value rests on, where that applies."""
    out: list[tuple[str, str, float | int | None, int | None]] = [
        ("ai_interviews", "", group.ai_interviews, None),
        ("reinterview_rate", "", group.reinterview_rate, group.ai_interviews),
    ]
    out += [("funnel", stage, count, None) for stage, count in group.funnel.items()]
    out += [("outcome", outcome, count, None) for outcome, count in group.outcomes.items()]
    out += [
        ("recommendation_rate", "", group.recommendation_rate, group.funnel["interviewed"]),
        ("reply_time_h", "p50", group.reply_time.p50_h, group.reply_time.n),
        ("reply_time_h", "p90", group.reply_time.p90_h, group.reply_time.n),
        ("confirmation_time_h", "p50", group.confirmation_time.p50_h, group.confirmation_time.n),
        ("confirmation_time_h", "p90", group.confirmation_time.p90_h, group.confirmation_time.n),
        ("reminders_per_invited", "", group.reminders_per_invited, group.funnel["invited"]),
        ("reminded_rate", "", group.reminded_rate, group.funnel["invited"]),
        ("escalation_rate", "", group.escalation_rate, group.funnel["invited"]),
        ("no_response_rate", "", group.no_response_rate, group.funnel["invited"]),
        ("no_show_rate", "", group.no_show_rate, group.funnel["confirmed"]),
        ("reschedules_per_confirmed", "", group.reschedules_per_confirmed, group.funnel["confirmed"]),
        ("turnaround_h", "p50", group.turnaround.p50_h, group.turnaround.n),
        ("turnaround_h", "p90", group.turnaround.p90_h, group.turnaround.n),
        ("overdue_results", "", group.overdue_results, group.funnel["confirmed"]),
        ("overdue_rate", "", group.overdue_rate, group.funnel["confirmed"]),
    ]
    for u in group.uplift:
        out += [
            ("uplift_mean", u.dimension, u.mean, u.n),
            ("uplift_sd", u.dimension, u.sd, u.n),
            ("uplift_p10", u.dimension, u.p10, u.n),
            ("uplift_p50", u.dimension, u.p50, u.n),
            ("uplift_p90", u.dimension, u.p90, u.n),
        ]
    for e in group.course_effects:
        key = f"{e.course_id}/{e.dimension}"
        out += [
            ("uplift_with_course", key, e.with_course.mean, e.with_course.n),
            ("uplift_without_course", key, e.without_course.mean, e.without_course.n),
            ("course_difference", key, e.difference, min(e.with_course.n, e.without_course.n)),
        ]
    out += [
        ("rating_average", "", group.ratings.average, group.ratings.n),
        *(("rating_count", str(r), c, None) for r, c in group.ratings.distribution.items()),
    ]
    return out


def _cell(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value == value else ""
    return str(value)


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([report.by, "figure", "key", "value", "n"])
    for group in report.groups:
        for figure, key, value, n in rows(group):
            writer.writerow([group.group, figure, key, _cell(value), _cell(n)])
    return buffer.getvalue()


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def to_table(report: Report) -> str:
    """One block per group: the headline figures, then uplift per dimension and per course."""
    if not report.groups:
        return "no re-interviews match these filters\n"
    lines: list[str] = []
    for g in report.groups:
        f = g.funnel
        lines += [
            f"== {report.by}: {g.group}",
            (
                f"  re-interview rate   {_pct(g.reinterview_rate)} ({f['triggered']} of {_num(g.ai_interviews, 0)}"
                " AI interviews)"
            ),
            (
                f"  funnel              triggered {f['triggered']} → invited {f['invited']} → replied {f['replied']}"
                f" → confirmed {f['confirmed']} → interviewed {f['interviewed']}"
            ),
            "  outcomes            " + ", ".join(f"{k} {v}" for k, v in g.outcomes.items() if v),
            f"  recommendation rate {_pct(g.recommendation_rate)}",
            (
                f"  reply time          p50 {_num(g.reply_time.p50_h)} h, p90 {_num(g.reply_time.p90_h)} h"
                f" (n={g.reply_time.n})"
            ),
            (
                f"  confirmation time   p50 {_num(g.confirmation_time.p50_h)} h,"
                f" p90 {_num(g.confirmation_time.p90_h)} h"
                f" (n={g.confirmation_time.n})"
            ),
            (
                f"  reminders           {_num(g.reminders_per_invited, 2)} per invited run; reminded"
                f" {_pct(g.reminded_rate)}, escalated {_pct(g.escalation_rate)}"
            ),
            (
                f"  no response         {_pct(g.no_response_rate)}; no-show {_pct(g.no_show_rate)};"
                f" reschedules per confirmed run {_num(g.reschedules_per_confirmed, 2)}"
            ),
            (
                f"  result turnaround   p50 {_num(g.turnaround.p50_h)} h, p90 {_num(g.turnaround.p90_h)} h"
                f" (n={g.turnaround.n}); overdue {g.overdue_results} ({_pct(g.overdue_rate)})"
            ),
            f"  candidate rating    {_num(g.ratings.average, 2)} (n={g.ratings.n}; "
            + " ".join(f"{r}★ {c}" for r, c in g.ratings.distribution.items())
            + ")",
        ]
        if g.uplift:
            lines.append("  uplift per dimension (after − before): mean ± sd [p10, p50, p90] n")
            lines += [
                f"    {u.dimension:<22} {u.mean:+.1f} ± {_num(u.sd)} [{u.p10:+.1f}, {u.p50:+.1f}, {u.p90:+.1f}] n={u.n}"
                for u in g.uplift
            ]
        if g.course_effects:
            lines.append("  with vs without course: uplift with (n) / without (n) = difference")
            lines += [
                f"    {e.course_id + ' / ' + e.dimension:<44} {_num(e.with_course.mean)} ({e.with_course.n}) /"
                f" {_num(e.without_course.mean)} ({e.without_course.n}) = {_num(e.difference)}"
                + ("  (few runs)" if e.thin else "")
                for e in g.course_effects
            ]
    return "\n".join(lines) + "\n"


def render(report: Report, fmt: Format) -> str:
    if fmt == "json":
        return to_json(report) + "\n"
    if fmt == "csv":
        return to_csv(report)
    return to_table(report)
