"""Slot choice (R-W5): free interviewer times on a half-hour grid, spread over days, honouring preferences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from policy.time_preference import parse_time_preference
from schemas.archive import BookedInterval, Interviewer
from schemas.plans import Slot, TimePreference

__all__ = ["PARTS_OF_DAY", "TimePreference", "choose_slots", "parse_time_preference"]

GRID = timedelta(minutes=30)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Local start times that count as each part of the day: [from, to).
PARTS_OF_DAY = {
    "morning": (time(6), time(12)),
    "afternoon": (time(12), time(18)),
    "evening": (time(18), time(23)),
}


def _ceil_to_grid(moment: datetime, offset: timedelta) -> datetime:
    """The first :00 or :30 (wall clock at `offset`) at or after `moment`."""
    wall = moment.astimezone(UTC) + offset - _EPOCH
    steps = -(-wall // GRID)
    return _EPOCH + steps * GRID - offset


def _merged(windows: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime, timedelta]]:
    """Availability windows in UTC, overlapping or touching ones joined; keeps each run's first offset."""
    merged: list[tuple[datetime, datetime, timedelta]] = []
    for local_start, local_end in sorted(windows, key=lambda w: w[0]):
        offset = local_start.utcoffset() or timedelta(0)
        start, end = local_start.astimezone(UTC), local_end.astimezone(UTC)
        if merged and start <= merged[-1][1]:
            first, last, first_offset = merged[-1]
            merged[-1] = (first, max(last, end), first_offset)
        else:
            merged.append((start, end, offset))
    return merged


def _overlaps(start: datetime, end: datetime, intervals: Iterable[tuple[datetime, datetime]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in intervals)


def _matches(start: datetime, preference: TimePreference | None) -> bool:
    """Whether a slot starting at `start` is on a preferred day and part of day (local to the preference)."""
    if preference is None:
        return True
    local = start.astimezone(ZoneInfo(preference.timezone))
    if preference.date is not None and local.date() != preference.date:
        return False
    if preference.weekdays and local.weekday() not in preference.weekdays:
        return False
    if preference.part_of_day is not None:
        begin, end = PARTS_OF_DAY[preference.part_of_day]
        return begin <= local.time() < end
    return True


def _first_per_day(
    interviewer: Interviewer,
    busy: list[tuple[datetime, datetime]],
    refused: list[tuple[datetime, datetime]],
    earliest: datetime,
    duration: timedelta,
    count: int,
    preference: TimePreference | None,
    day_zone: ZoneInfo,
) -> dict[date, datetime]:
    """This interviewer's earliest fitting start on each of their first `count` days with one."""
    firsts: dict[date, datetime] = {}
    for window_start, window_end, offset in _merged((w.start, w.end) for w in interviewer.availability):
        start = _ceil_to_grid(max(window_start, earliest), offset)
        while start + duration <= window_end:
            day = start.astimezone(day_zone).date()
            end = start + duration
            if (
                day not in firsts
                and not _overlaps(start, end, busy)
                and not _overlaps(start, end, refused)
                and _matches(start, preference)
            ):
                if len(firsts) == count:
                    return firsts
                firsts[day] = start
            start += GRID
    return firsts


def choose_slots(
    interviewers: Sequence[Interviewer],
    booked: Sequence[BookedInterval],
    earliest: datetime,
    duration: timedelta,
    count: int = 3,
    preference: TimePreference | None = None,
    exclude: Sequence[Slot] = (),
    timezone: str | None = None,
) -> list[Slot]:
    """Up to `count` free slots, the earliest first, at most one per calendar day, ties by interviewer_id.

    Calendar days are those of `timezone`, else of the preference's zone, else UTC. Returned times are UTC.
    A slot overlapping a refused one in `exclude` (any interviewer) is skipped.
    """
    if earliest.tzinfo is None:
        raise ValueError("earliest needs a UTC offset")
    if count <= 0 or duration <= timedelta(0):
        return []
    day_zone = ZoneInfo(timezone or (preference.timezone if preference else "UTC"))
    refused = [(s.start, s.end) for s in exclude]
    options: list[tuple[datetime, str, date]] = []
    for interviewer in interviewers:
        busy = [(b.start, b.end) for b in booked if b.interviewer_id == interviewer.interviewer_id]
        firsts = _first_per_day(interviewer, busy, refused, earliest, duration, count, preference, day_zone)
        options.extend((start, interviewer.interviewer_id, day) for day, start in firsts.items())
    chosen: list[Slot] = []
    days: set[date] = set()
    for start, interviewer_id, day in sorted(options):
        end = start + duration
        if day in days or _overlaps(start, end, ((s.start, s.end) for s in chosen)):
            continue
        days.add(day)
        chosen.append(Slot(start=start, end=end, interviewer_id=interviewer_id))
        if len(chosen) == count:
            break
    return chosen
