"""What the analytics page shows, built from a Report (pure): sections, each a chart (SVG) and the table of its
numbers, worded in zh-CN and en side by side. web/analytics.py only fetches and renders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from analytics.charts import Bar, bars, distribution
from analytics.figures import GroupFigures, Report

FUNNEL_WORDS: dict[str, tuple[str, str]] = {
    "triggered": ("触发", "triggered"),
    "invited": ("已邀请", "invited"),
    "replied": ("已回复", "replied"),
    "confirmed": ("已确认", "confirmed"),
    "interviewed": ("已面试", "interviewed"),
}
OUTCOME_WORDS: dict[str, tuple[str, str]] = {
    "recommend_hire": ("建议录用", "recommend hire"),
    "needs_further_assessment": ("需进一步评估", "needs further assessment"),
    "not_meeting": ("未达要求", "not meeting"),
    "declined": ("候选人放弃", "declined"),
    "no_response": ("未回复", "no response"),
    "no_show": ("缺席", "no-show"),
    "cancelled": ("已取消", "cancelled"),
    "rejected_by_hr": ("HR 驳回", "rejected by HR"),
    "limit_reached": ("次数已满", "limit reached"),
    "failed": ("出错", "failed"),
}
BY_WORDS: dict[str, tuple[str, str]] = {
    "all": ("全部", "all"),
    "job": ("岗位", "job"),
    "family": ("岗位族", "job family"),
    "course": ("课程", "course"),
    "trigger": ("触发类型", "trigger kind"),
    "month": ("月份", "month"),
}


@dataclass(frozen=True)
class Section:
    key: str
    title_zh: str
    title_en: str
    svg: str
    head: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass
class Page:
    total: list[Section] = field(default_factory=list)
    breakdown: Section | None = None


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _both(words: tuple[str, str]) -> str:
    return f"{words[0]} / {words[1]}"


def sections(g: GroupFigures, labels: Mapping[str, str]) -> list[Section]:
    """The charts of one group (the page's totals)."""

    def dim(code: str) -> str:
        return labels.get(code, code)

    def short(code: str) -> str:  # charts: the zh wording only (the table beside has both)
        return dim(code).split(" / ", 1)[0]

    f = g.funnel
    out = [
        Section(
            "funnel",
            "漏斗",
            "Funnel",
            bars(
                "Funnel / 漏斗",
                [Bar(FUNNEL_WORDS[k][0], v, note=FUNNEL_WORDS[k][1]) for k, v in f.items()],
            ),
            ["阶段 / Stage", "人数 / Runs", "占触发 / of triggered"],
            [
                [_both(FUNNEL_WORDS[k]), str(v), pct(v / f["triggered"] if f["triggered"] else None)]
                for k, v in f.items()
            ],
            note=f"重新面试率 / re-interview rate {pct(g.reinterview_rate)}"
            f" ({f['triggered']} / {g.ai_interviews if g.ai_interviews is not None else '—'} AI)",
        ),
        Section(
            "outcomes",
            "结果",
            "Outcomes",
            bars(
                "Outcomes / 结果",
                [
                    Bar(OUTCOME_WORDS[k][0], v, color=0 if k == "recommend_hire" else 1)
                    for k, v in g.outcomes.items()
                    if v
                ],
            ),
            ["结果 / Outcome", "人数 / Runs"],
            [[_both(OUTCOME_WORDS[k]), str(v)] for k, v in g.outcomes.items()],
            note=f"建议录用率 / recommendation rate {pct(g.recommendation_rate)}",
        ),
    ]
    times = [
        (("回复用时", "reply time"), g.reply_time),
        (("确认用时", "confirmation time"), g.confirmation_time),
        (("出结果用时", "result turnaround"), g.turnaround),
    ]
    out.append(
        Section(
            "times",
            "用时（小时，p50，须线到 p90）",
            "Times (hours, p50, whisker to p90)",
            bars(
                "Times in hours / 用时（小时）",
                [Bar(w[0], s.p50_h, s.p50_h, s.p90_h, note=f"n={s.n}") for w, s in times],
                unit=" h",
            ),
            ["用时 / Time", "p50 (h)", "p90 (h)", "n"],
            [[_both(w), num(s.p50_h), num(s.p90_h), str(s.n)] for w, s in times],
            note=(
                f"提醒 / reminders per invited {num(g.reminders_per_invited, 2)}; 需提醒 / reminded "
                f"{pct(g.reminded_rate)}; 升级 / escalated {pct(g.escalation_rate)}; 未回复 / no response "
                f"{pct(g.no_response_rate)}; 缺席 / no-show {pct(g.no_show_rate)}; 改期 / reschedules per confirmed "
                f"{num(g.reschedules_per_confirmed, 2)}; 结果逾期 / overdue results {g.overdue_results} "
                f"({pct(g.overdue_rate)})"
            ),
        )
    )
    out.append(
        Section(
            "uplift",
            "各维度提升（重新面试 − AI 面试，均值 ± 标准差）",
            "Uplift per dimension (after − before, mean ± sd)",
            bars(
                "Uplift per dimension / 各维度提升",
                [
                    Bar(short(u.dimension), u.mean, u.mean - (u.sd or 0), u.mean + (u.sd or 0), note=f"n={u.n}")
                    for u in g.uplift
                ],
            ),
            ["维度 / Dimension", "均值 / mean", "标准差 / sd", "p10", "p50", "p90", "n"],
            [
                [dim(u.dimension), num(u.mean), num(u.sd), num(u.p10), num(u.p50), num(u.p90), str(u.n)]
                for u in g.uplift
            ],
        )
    )
    effects = [e for e in g.course_effects if e.with_course.n]
    chart: list[Bar] = []
    for e in effects:
        name = f"{short(e.dimension)} · {e.course_id.removeprefix('crs-')}"
        chart.append(Bar(name, e.with_course.mean, note=f"n={e.with_course.n}", color=2))
        chart.append(Bar("未学 / without", e.without_course.mean, note=f"n={e.without_course.n}", color=1))
    out.append(
        Section(
            "courses",
            "有无课程的提升对比",
            "Uplift with vs without each course",
            bars("Uplift with vs without course / 有无课程的提升", chart),
            ["课程 · 维度 / Course · dimension", "学过 / with (n)", "未学 / without (n)", "差 / difference"],
            [
                [
                    f"{e.course_id} · {dim(e.dimension)}",
                    f"{num(e.with_course.mean)} ({e.with_course.n})",
                    f"{num(e.without_course.mean)} ({e.without_course.n})",
                    num(e.difference) + (" (人数少 / few runs)" if e.thin else ""),
                ]
                for e in effects
            ],
        )
    )
    r = g.ratings
    out.append(
        Section(
            "ratings",
            "候选人评分",
            "Candidate rating",
            distribution("Candidate rating / 候选人评分", [(f"{k}★", v) for k, v in r.distribution.items()]),
            ["评分 / Rating", "人数 / Count"],
            [[f"{k}★", str(v)] for k, v in r.distribution.items()],
            note=f"平均 / average {num(r.average, 2)} (n={r.n})",
        )
    )
    return out


def breakdown(report: Report) -> Section:
    """One row per group with the headline figures, and a chart of the recommendation rate per group."""
    words = BY_WORDS[report.by]
    return Section(
        "breakdown",
        f"按{words[0]}",
        f"By {words[1]}",
        bars(
            f"Recommendation rate by {words[1]}",
            [
                Bar(
                    g.group,
                    None if g.recommendation_rate is None else g.recommendation_rate * 100,
                    note=f"n={g.funnel['interviewed']}",
                )
                for g in report.groups
            ],
            unit="%",
        ),
        [
            _both(words),
            "触发 / triggered",
            "重新面试率 / rate",
            "建议录用率 / recommend",
            "回复 p50 / reply p50 (h)",
            "未回复 / no response",
            "缺席 / no-show",
            "评分 / rating (n)",
        ],
        [
            [
                g.group,
                str(g.funnel["triggered"]),
                pct(g.reinterview_rate),
                pct(g.recommendation_rate),
                num(g.reply_time.p50_h),
                pct(g.no_response_rate),
                pct(g.no_show_rate),
                f"{num(g.ratings.average, 2)} ({g.ratings.n})",
            ]
            for g in report.groups
        ],
    )


def page(total: Report, grouped: Report | None, labels: Mapping[str, str]) -> Page:
    """The totals' sections (the filters' runs as one group) and, when grouped, the breakdown."""
    return Page(
        total=sections(total.groups[0], labels) if total.groups else [],
        breakdown=breakdown(grouped) if grouped is not None and grouped.by != "all" else None,
    )
