"""Email rendering: one jinja2 Environment, one folder per email, zh-CN and en in each template.

`render_email` is pure: the same template, locale and context always give the same subject and bodies.
Context values may be datetimes or the ISO 8601 strings they become after a trip through a workflow.
"""

from __future__ import annotations

import functools
import math
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2

LOCALES = ("zh-CN", "en")
TEMPLATE_ROOT = Path(__file__).resolve().parent.parent / "templates"

_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The zone most recipients live in; zh-CN times elsewhere name their zone explicitly.
_HOME_TZ = "Asia/Shanghai"
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

# Codes that reach templates from the contract and the plans, with their wording: (zh-CN, en).
VOCABULARY: dict[str, tuple[str, str]] = {
    # course formats and media
    "online": ("线上课程", "online course"),
    "workshop": ("线下工作坊", "workshop"),
    "blended": ("线上 + 线下混合", "blended (online + workshop)"),
    "video": ("视频", "video"),
    "text": ("电子书 / 文档", "e-book / documents"),
    # training plan modes and activities
    "intensive": ("短期强化", "short intensive"),
    "standard": ("标准", "standard"),
    "case_practice": ("案例练习", "case practice"),
    "simulation": ("情景模拟", "simulation"),
    "mock_interview": ("模拟面试", "mock interview"),
    # question kinds
    "technical": ("技术题", "technical"),
    "situational": ("情景题", "situational"),
    "case": ("案例题", "case"),
    # trigger kinds
    "low_score": ("AI 面试得分低于岗位要求", "AI interview score below the job's bar"),
    "incomplete": ("AI 面试未完成", "AI interview not completed"),
    "requirement_change": ("岗位要求变更", "job requirements changed"),
    "candidate_request": ("候选人申请", "candidate's request"),
    "manual": ("HR 安排", "arranged by HR"),
    # why a dimension is a gap
    "below_bar": ("低于岗位要求", "below the bar"),
    "never_scored": ("从未评估", "never assessed"),
    "unanswered": ("未作答", "not answered"),
    "added_by_change": ("岗位新增要求", "added by a requirement change"),
    # why a booked interview was called off for one interviewer
    "reassigned": ("改由其他面试官", "moved to another interviewer"),
    # outcomes
    "recommend_hire": ("建议录用", "recommend hire"),
    "needs_further_assessment": ("需进一步考察", "needs further assessment"),
    "not_meeting": ("不符合", "does not meet the bar"),
    "not_needed": ("无需重新面试", "re-interview not needed"),
    "declined": ("候选人放弃", "declined by the candidate"),
    "no_response": ("候选人未回复", "no response from the candidate"),
    "no_show": ("候选人未到场", "candidate did not attend"),
    "cancelled": ("已取消", "cancelled"),
    "rejected_by_hr": ("HR 未批准", "not approved by HR"),
    "limit_reached": ("已达重新面试次数上限", "re-interview limit reached"),
    "request_expired": ("申请未在期限内获 HR 决定", "request not decided by HR in time"),
    "result_missing": ("未收到面试结果", "no interview result received"),
    "taken_over": ("HR 已接手", "taken over by HR"),
}


class UnknownTemplateError(LookupError):
    """The requested email has no folder under templates/email/."""


class SubjectError(ValueError):
    """A rendered subject spans more than one line (it would break the header)."""


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str
    locale: str = "zh-CN"


def _strict(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A filter given an undefined value fails like any other use of it (jinja passes Undefined through)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, jinja2.Undefined):
                str(value)  # StrictUndefined raises UndefinedError naming the missing variable
        return fn(*args, **kwargs)

    return wrapper


def _is_en(locale: str) -> bool:
    return locale == "en"


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    else:
        raise TypeError(f"expected a datetime or ISO 8601 string, got {type(value).__name__}")
    # A naive time has no meaning to a recipient; the service stores UTC, so read it as UTC.
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz!r}") from exc


def localdate(value: Any, tz: str, locale: str) -> str:
    """`2026年12月3日 周四` / `Thu 3 Dec 2026` in the recipient's zone."""
    d = _as_datetime(value).astimezone(_zone(tz))
    if _is_en(locale):
        return f"{_WEEKDAYS_EN[d.weekday()]} {d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.year}年{d.month}月{d.day}日 {_WEEKDAYS_ZH[d.weekday()]}"


def _zone_note(tz: str, locale: str) -> str:
    if _is_en(locale):
        return f" ({tz})"
    return "" if tz == _HOME_TZ else f"（{tz}）"


def localtime(value: Any, tz: str, locale: str) -> str:
    """`2026年12月3日 周四 14:00` / `Thu 3 Dec 2026, 14:00 (Europe/London)`."""
    d = _as_datetime(value).astimezone(_zone(tz))
    sep = ", " if _is_en(locale) else " "
    return f"{localdate(d, tz, locale)}{sep}{d:%H:%M}{_zone_note(tz, locale)}"


def timerange(start: Any, end: Any, tz: str, locale: str) -> str:
    """`2026年12月3日 周四 14:00–15:00`; an end on another day is written out in full."""
    s = _as_datetime(start).astimezone(_zone(tz))
    e = _as_datetime(end).astimezone(_zone(tz))
    if s.date() != e.date():
        return f"{localtime(s, tz, locale)} – {localtime(e, tz, locale)}"
    sep = ", " if _is_en(locale) else " "
    return f"{localdate(s, tz, locale)}{sep}{s:%H:%M}–{e:%H:%M}{_zone_note(tz, locale)}"


def minutes_until(start: Any, end: Any) -> int:
    """Whole minutes from start to end (a slot's length)."""
    return round((_as_datetime(end) - _as_datetime(start)).total_seconds() / 60)


def duration(value: Any, locale: str) -> str:
    """Minutes (a number) or a timedelta → `1 小时 30 分钟` / `1 h 30 min`."""
    minutes = round(value.total_seconds() / 60) if isinstance(value, timedelta) else round(float(value))
    hours, rest = divmod(minutes, 60)
    en = _is_en(locale)
    parts = []
    if hours:
        parts.append(f"{hours} h" if en else f"{hours} 小时")
    if rest or not hours:
        parts.append(f"{rest} min" if en else f"{rest} 分钟")
    return " ".join(parts)


def number(value: Any, digits: int = 1) -> str:
    """85.0 → `85`, 72.46 → `72.5`; no value → `—`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    rounded = round(float(value), digits)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.{digits}f}".rstrip("0")


def percent(value: Any) -> str:
    """A fraction (0.35) → `35%`."""
    if value is None:
        return "—"
    return f"{number(float(value) * 100)}%"


def hours(value: Any, locale: str) -> str:
    """Course hours (a float) → `2 小时` / `2 h`."""
    return f"{number(value)} h" if _is_en(locale) else f"{number(value)} 小时"


def label(value: Any, locale: str) -> str:
    """Wording for a code, or for a dict carrying `label_zh`/`label_en`/`label`/`title`/`code`."""
    en = _is_en(locale)
    if isinstance(value, dict):
        for key in (("label_en", "title_en") if en else ("label_zh",)) + ("label", "title", "code"):
            if value.get(key):
                return str(value[key])
        return ""
    text = "" if value is None else str(value)
    if text in VOCABULARY:
        return VOCABULARY[text][1 if en else 0]
    return text


def dimension(code: Any, labels: dict[str, Any] | None, locale: str, fallback: Any = None) -> str:
    """A dimension code's wording from `labels` ({code: str | {label_zh, label_en}}), else the fallback or code."""
    if not isinstance(code, str):
        return label(code, locale)
    if labels and code in labels:
        return label(labels[code], locale) or str(code)
    return str(fallback) if fallback else str(code)


def _fail(message: str) -> None:
    """Lets a template reject a context it cannot word (e.g. an unknown event code)."""
    raise ValueError(message)


def email_environment(templates_dir: Path = TEMPLATE_ROOT, *, auto_reload: bool = True) -> jinja2.Environment:
    """The one template environment: HTML autoescaped, undefined variables are errors.

    Workers pass `auto_reload=False`: their templates do not change while they run, so jinja2 need not `stat` each
    template on every use, and the list of emails is read from disk once.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=auto_reload,
    )
    filters = (localtime, localdate, timerange, duration, minutes_until, number, percent, hours, label, dimension)
    env.filters.update({f.__name__: _strict(f) for f in filters})
    env.globals["fail"] = _fail
    return env


# The email names of each environment that does not reload templates (walking the folder costs more than a render).
_KNOWN: weakref.WeakKeyDictionary[jinja2.Environment, tuple[str, ...]] = weakref.WeakKeyDictionary()


def known_templates(env: jinja2.Environment) -> list[str]:
    """Every email name: the folders under email/ that hold a subject.txt."""
    cached = _KNOWN.get(env)
    if cached is not None:
        return list(cached)
    names = set()
    for path in env.list_templates():
        parts = path.split("/")
        if len(parts) == 3 and parts[0] == "email" and parts[2] == "subject.txt":
            names.add(parts[1])
    known = sorted(names)
    if not env.auto_reload:
        _KNOWN[env] = tuple(known)
    return known


def render_email(env: jinja2.Environment, template: str, locale: str, context: dict[str, Any]) -> RenderedEmail:
    """Render `templates/email/<template>/` in `locale`; raises on unknown names and undefined variables."""
    known = _KNOWN.get(env) or known_templates(env)
    if template not in known:
        raise UnknownTemplateError(f"unknown email template {template!r}; known templates: {', '.join(known)}")
    if locale not in LOCALES:
        raise ValueError(f"unsupported locale {locale!r}; supported: {', '.join(LOCALES)}")
    values = {**context, "locale": locale}
    subject = env.get_template(f"email/{template}/subject.txt").render(values).strip()
    if "\n" in subject or "\r" in subject:
        raise SubjectError(f"subject of email template {template!r} renders to more than one line")
    text = env.get_template(f"email/{template}/body.txt").render(values).strip()
    # Conditional blocks leave runs of blank lines in plain text; one blank line separates paragraphs.
    text = _BLANK_RUNS.sub("\n\n", _TRAILING_SPACE.sub("\n", text)) + "\n"
    html = env.get_template(f"email/{template}/body.html").render(values).strip() + "\n"
    return RenderedEmail(subject=subject, text=text, html=html, locale=locale)
