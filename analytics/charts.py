"""Charts as inline SVG, drawn on the server (pure; no JavaScript, no CDN): horizontal bars with optional error
whiskers and a zero line, and paired bars for with/without comparisons. Every text is escaped; every chart has a
<title> and <desc> for screen readers, and its numbers are also in the table the page shows beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 460
ROW = 22
LABEL_W = 190
PAD = 8
COLORS = ("#2563eb", "#9ca3af", "#16a34a", "#dc2626", "#d97706")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    low: float | None = None  # whisker, e.g. mean − sd or p10
    high: float | None = None
    note: str = ""  # printed after the bar, e.g. "n=12"
    color: int = 0


def clip(label: str, width: int = 30) -> str:
    """The label cut to `width` columns (a CJK character takes two), with "…" when cut."""
    used, out = 0, list[str]()
    for ch in label:
        w = 2 if ord(ch) > 0x2E80 else 1
        if used + w > width:
            return "".join(out).rstrip() + "…"
        used += w
        out.append(ch)
    return label


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:.0f}"


def bars(title: str, items: Sequence[Bar], *, unit: str = "", description: str = "") -> str:
    """Horizontal bars on one scale (including 0 and any whiskers); None values are drawn as "—"."""
    values = [v for b in items for v in (b.value, b.low, b.high) if v is not None]
    lo, hi = min([0.0, *values]), max([0.0, *values])
    if hi == lo:
        hi = lo + 1
    plot_w = WIDTH - LABEL_W - 70
    height = PAD * 2 + ROW * max(len(items), 1)

    def x(v: float) -> float:
        return LABEL_W + (v - lo) / (hi - lo) * plot_w

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
            f' role="img" class="chart"><title>{escape(title)}</title><desc>{escape(description or title)}</desc>'
        ),
        f'<line x1="{x(0):.1f}" y1="{PAD - 2}" x2="{x(0):.1f}" y2="{height - PAD + 2}" stroke="#6b7280"/>',
    ]
    for i, b in enumerate(items):
        y = PAD + i * ROW
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + 15}" text-anchor="end" font-size="12">{escape(clip(b.label))}</text>'
        )
        if b.value is None:
            parts.append(f'<text x="{x(0) + 4:.1f}" y="{y + 15}" font-size="12" fill="#6b7280">—</text>')
            continue
        left, right = sorted((x(0), x(b.value)))
        color = COLORS[b.color % len(COLORS)]
        parts.append(
            f'<rect x="{left:.1f}" y="{y + 4}" width="{max(right - left, 1):.1f}" height="{ROW - 8}" fill="{color}">'
            f"<title>{escape(b.label)}: {_fmt(b.value)}{escape(unit)}</title></rect>"
        )
        if b.low is not None and b.high is not None:
            mid = y + ROW / 2
            parts.append(
                f'<line x1="{x(b.low):.1f}" y1="{mid}" x2="{x(b.high):.1f}" y2="{mid}" stroke="#111827"'
                ' stroke-width="1.5"/>'
            )
        label = f"{_fmt(b.value)}{unit}" + (f" {b.note}" if b.note else "")
        end = max(right, x(b.high) if b.high is not None else right)
        parts.append(f'<text x="{end + 4:.1f}" y="{y + 15}" font-size="11">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def distribution(title: str, counts: Sequence[tuple[str, int]], *, description: str = "") -> str:
    """Vertical bars for a distribution (e.g. ratings 1–5)."""
    n = max(len(counts), 1)
    height, base = 140, 112
    top = max([c for _, c in counts] + [1])
    col = (WIDTH - 2 * PAD) / n
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
            f' role="img" class="chart"><title>{escape(title)}</title><desc>{escape(description or title)}</desc>'
        ),
        f'<line x1="{PAD}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}" stroke="#6b7280"/>',
    ]
    for i, (label, count) in enumerate(counts):
        h = (base - 16) * count / top
        x0 = PAD + i * col + col * 0.15
        mid = x0 + col * 0.35
        parts.append(
            f'<rect x="{x0:.1f}" y="{base - h:.1f}" width="{col * 0.7:.1f}" height="{h:.1f}" fill="{COLORS[0]}">'
            f"<title>{escape(label)}: {count}</title></rect>"
            f'<text x="{mid:.1f}" y="{base - h - 3:.1f}" text-anchor="middle" font-size="11">{count}</text>'
            f'<text x="{mid:.1f}" y="{base + 16}" text-anchor="middle" font-size="12">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
