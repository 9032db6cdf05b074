"""What the demo says about a case, read from what the service returned, and compared with the scenario.

Everything the demo prints about a case comes from the running service: the outcome and the training plan's mode
from the `status` query; overall before/after, each dimension and the assessed trainings from the `report` query;
the recommended courses and the stated AI score from the invitation the worker emailed (as the SMTP sink saved
it). `mismatches` lists every printed value that differs from the scenario's `expect`; any one fails the demo.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from policy.notices import STEPS
from schemas.contract import FeedbackReport, StatusView

# Keys every scenario's `expect` carries, in the order the demo prints them.
EXPECTED_KEYS = (
    "outcome",
    "overall_before",
    "overall_after",
    "dimensions",
    "training_mode",
    "courses",
    "training_applied",
)

_PLAN_NOTE = re.compile(r"training plan '(?P<mode>[a-z_]+)'")
_COURSE_ZH = re.compile(r"^  - 《(?P<title>.+?)》：", re.MULTILINE)
_COURSE_EN = re.compile(r"^  - (?P<title>.+): [\d.]+ h, ", re.MULTILINE)
_SCORE_ZH = re.compile(r"得分(?P<score>\d+(?:\.\d+)?)分，未达到岗位要求的(?P<bar>\d+(?:\.\d+)?)分")
_SCORE_EN = re.compile(r"score was (?P<score>\d+(?:\.\d+)?), below the bar of (?P<bar>\d+(?:\.\d+)?)")
_PLAN_HEADINGS = ("培训计划", "YOUR TRAINING PLAN")


@dataclass(frozen=True)
class Observed:
    """What the service returned for one case; None where it returned nothing (no report, no invitation)."""

    outcome: str | None
    training_mode: str | None = None
    overall_before: float | None = None
    overall_after: float | None = None
    threshold: float | None = None
    dimensions: dict[str, list[float | None]] = field(default_factory=dict)
    courses: list[str] | None = None
    training_applied: list[str] | None = None
    stated_score: list[float] | None = None


def training_mode_of(status: StatusView) -> str | None:
    """The plan's mode as the run noted it on its timeline ("analysis ready: … training plan 'blended'")."""
    for entry in status.timeline:
        found = _PLAN_NOTE.search(entry.event)
        if found:
            return found["mode"]
    return None


def invitation_text(message: EmailMessage) -> str:
    """The plain-text body of an emailed invitation."""
    body = message.get_body(("plain",))
    return body.get_content() if body is not None else ""


def courses_in(text: str) -> list[str]:
    """The course titles an invitation's training plan lists, in order ([] when it lists none)."""
    heading = next((h for h in _PLAN_HEADINGS if f"\n{h}\n" in text), None)
    if heading is None:
        return []
    section = text.split(f"\n{heading}\n", 1)[1].split("\n\n", 1)[0]
    pattern = _COURSE_EN if heading.isascii() else _COURSE_ZH
    return [m["title"] for m in pattern.finditer(section)]


def stated_score(text: str) -> list[float] | None:
    """[AI score, the job's bar] as the invitation states them, or None when it states no score."""
    found = _SCORE_ZH.search(text) or _SCORE_EN.search(text)
    return [float(found["score"]), float(found["bar"])] if found else None


def observe(status: StatusView, report: FeedbackReport | None, invitation: EmailMessage | None) -> Observed:
    """One case's observation from the status and report queries and the invitation email."""
    text = invitation_text(invitation) if invitation is not None else None
    return Observed(
        outcome=status.outcome.value if status.outcome else None,
        training_mode=training_mode_of(status),
        overall_before=report.overall_before if report else None,
        overall_after=report.overall_after if report else None,
        threshold=report.threshold if report else None,
        dimensions={d.code: [d.before, d.after] for d in report.dimensions} if report else {},
        courses=courses_in(text) if text is not None else None,
        training_applied=list(report.training_applied) if report else None,
        stated_score=stated_score(text) if text is not None else None,
    )


def _same(expected: Any, observed: Any) -> bool:
    if isinstance(expected, int | float) and isinstance(observed, int | float):
        return float(expected) == float(observed)
    if isinstance(expected, list) and isinstance(observed, list):
        return len(expected) == len(observed) and all(_same(e, o) for e, o in zip(expected, observed, strict=True))
    if isinstance(expected, dict) and isinstance(observed, dict):
        return expected.keys() == observed.keys() and all(_same(v, observed[k]) for k, v in expected.items())
    return bool(expected == observed)


def _shown(value: Any) -> str:
    return "nothing" if value is None else repr(value)


def mismatches(expect: dict[str, Any], observed: Observed) -> list[str]:
    """Each expected value the service did not return, as `key: expected X, the service returned Y`.

    Every key of EXPECTED_KEYS must be in `expect` (a scenario that forgot one cannot pass); `invitation_score`
    ([AI score, bar]) is checked when present.
    """
    problems = [f"{key}: the scenario does not say what to expect" for key in EXPECTED_KEYS if key not in expect]
    for key in (*EXPECTED_KEYS, "invitation_score"):
        if key not in expect:
            continue
        got = observed.stated_score if key == "invitation_score" else getattr(observed, key)
        if not _same(expect[key], got):
            problems.append(f"{key}: expected {_shown(expect[key])}, the service returned {_shown(got)}")
    return problems


def summary_lines(expect: dict[str, Any], observed: Observed, locale: str) -> list[str]:
    """What the demo prints about the case: exactly the values `mismatches` compares."""
    lines = []
    if observed.overall_after is not None:
        before = "—" if observed.overall_before is None else f"{observed.overall_before:g}"
        dims = ", ".join(
            f"{code} {'—' if b is None else f'{b:g}'}→{'—' if a is None else f'{a:g}'}"
            for code, (b, a) in observed.dimensions.items()
        )
        lines.append(
            f"report: overall {before} → {observed.overall_after:g} (threshold {observed.threshold:g}); {dims}"
        )
    if observed.training_mode is not None:
        lines.append(f"training plan: {observed.training_mode}")
    if observed.courses is not None:
        quoted = [f"“{t}”" if locale == "en" else f"《{t}》" for t in observed.courses]
        lines.append(f"invitation recommends: {', '.join(quoted) or 'no course'}")
    if observed.training_applied:
        lines.append(f"training assessed: {'; '.join(observed.training_applied)}")
    if "invitation_score" in expect:
        stated = observed.stated_score
        lines.append(
            "invitation states: no score"
            if stated is None
            else f"invitation states: AI score {stated[0]:g} < bar {stated[1]:g}"
        )
    return lines


# ---- the people's surfaces: which link of an email to follow, what the HR inbox lists ------------------------

_URL = re.compile(r"https?://[^\s\"'<>]+")
_ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
_ROW_TITLE = re.compile(r"<strong>(.*?)</strong>", re.DOTALL)
_ROW_RUN = re.compile(r'href="[^"]*/workflows/([^/"]+)(?:/[^"]*)?">Temporal UI</a>')
# What each HR to-do is called on the inbox page, by its kind (policy.notices; the two the activities add).
TODO_KINDS: dict[str, str] = {p.todo.title: p.todo.kind for p in STEPS.values() if p.todo is not None}
DECISION_LINK_LABELS = ("批准或拒绝申请", "Approve or reject the request")


def link_on_line(text: str, labels: Iterable[str], path: str) -> str | None:
    """The first URL under `path` on a line of `text` that carries one of `labels` (an email's "label: URL" list)."""
    wanted = tuple(labels)
    for line in text.splitlines():
        if any(label in line for label in wanted):
            for found in _URL.finditer(line):
                if re.match(r"https?://[^/]+" + re.escape(path), found.group()):
                    return str(found.group())
    return None


def inbox_todos(page: str) -> dict[str, list[str]]:
    """{workflow id: [to-do kind, …]} as the HR inbox page lists its open to-dos (kinds sorted; a title the policy
    does not know is kept as it reads)."""
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in page else ""
    listed: dict[str, list[str]] = {}
    for row in _ROW.findall(body):
        title, run = _ROW_TITLE.search(row), _ROW_RUN.search(row)
        if title is None or run is None:
            continue
        name = html.unescape(title.group(1)).strip()
        listed.setdefault(html.unescape(run.group(1)), []).append(TODO_KINDS.get(name, name))
    return {workflow_id: sorted(kinds) for workflow_id, kinds in listed.items()}


def inbox_mismatches(expected: Mapping[str, list[str]], listed: Mapping[str, list[str]]) -> list[str]:
    """Each demo run whose open to-dos on the inbox differ from its scenario's `hr_todos` (runs the demo did not
    start are not judged)."""
    problems = []
    for workflow_id, kinds in expected.items():
        got = listed.get(workflow_id, [])
        if sorted(kinds) != got:
            problems.append(f"{workflow_id}: expected open to-dos {sorted(kinds)}, the inbox lists {got}")
    return problems
