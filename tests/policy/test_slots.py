"""Slot choice (R-W5): availability, bookings, earliest bound, spreading, preferences, refused slots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.slots import TimePreference, choose_slots, parse_time_preference
from schemas.archive import AvailabilityWindow, BookedInterval, Interviewer
from schemas.plans import Slot

CST = ZoneInfo("Asia/Shanghai")
HOUR = timedelta(hours=1)


def at(day: int, hour: int, minute: int = 0, month: int = 3, tz=CST) -> datetime:
    """2025-`month`-`day` at local time in `tz` (March 2025: the 10th is a Monday)."""
    return datetime(2025, month, day, hour, minute, tzinfo=tz)


def interviewer(iid: str, *windows: tuple[datetime, datetime]) -> Interviewer:
    return Interviewer(
        interviewer_id=iid,
        name=iid,
        email=f"{iid}@example.com",
        availability=[AvailabilityWindow(start=s, end=e) for s, e in windows],
    )


def booked(iid: str, start: datetime, end: datetime) -> BookedInterval:
    return BookedInterval(interviewer_id=iid, start=start, end=end)


def local(slots: list[Slot], tz=CST) -> list[tuple[str, str]]:
    return [(s.start.astimezone(tz).strftime("%a %d %H:%M"), s.interviewer_id) for s in slots]


LI = interviewer(
    "iv-li",
    (at(10, 9), at(10, 12)),  # Mon
    (at(11, 14), at(11, 17)),  # Tue
    (at(13, 13), at(13, 18)),  # Thu
    (at(20, 14), at(20, 16)),  # next Thu
)
WANG = interviewer("iv-wang", (at(10, 9), at(10, 11)))
BOOKED = [booked("iv-li", at(10, 9, 30), at(10, 10, 30))]


def test_earliest_first_then_one_slot_on_each_following_day():
    slots = choose_slots([LI, WANG], BOOKED, at(10, 9, 10), HOUR)
    assert local(slots) == [("Mon 10 09:30", "iv-wang"), ("Tue 11 14:00", "iv-li"), ("Thu 13 13:00", "iv-li")]
    assert all(s.end - s.start == HOUR for s in slots)
    assert all(s.start.utcoffset() == timedelta(0) for s in slots)


def test_a_booked_interviewer_is_skipped_past_the_booking():
    slots = choose_slots([LI], BOOKED, at(10, 9), HOUR, count=1)
    assert local(slots) == [("Mon 10 10:30", "iv-li")]


def test_ties_go_to_the_lower_interviewer_id():
    twin = interviewer("iv-aaa", (at(10, 9), at(10, 11)))
    slots = choose_slots([WANG, twin], [], at(10, 9), HOUR, count=1)
    assert local(slots) == [("Mon 10 09:00", "iv-aaa")]


def test_the_earliest_bound_rounds_up_to_the_half_hour():
    assert local(choose_slots([LI], [], at(11, 15, 1), HOUR, count=1)) == [("Tue 11 15:30", "iv-li")]
    assert local(choose_slots([LI], [], at(11, 15, 30), HOUR, count=1)) == [("Tue 11 15:30", "iv-li")]


def test_the_whole_duration_must_fit_in_the_window():
    assert local(choose_slots([LI], [], at(11, 16, 1), HOUR, count=1)) == [("Thu 13 13:00", "iv-li")]
    assert choose_slots([WANG], [], at(10, 9), 3 * HOUR) == []


def test_a_window_starting_off_the_grid_starts_at_the_next_half_hour():
    odd = interviewer("iv-odd", (at(10, 9, 10), at(10, 12)))
    assert local(choose_slots([odd], [], at(10, 8), HOUR, count=1)) == [("Mon 10 09:30", "iv-odd")]


def test_the_grid_follows_the_windows_own_offset():
    kathmandu = timezone(timedelta(hours=5, minutes=45))
    window = (datetime(2025, 3, 10, 9, tzinfo=kathmandu), datetime(2025, 3, 10, 12, tzinfo=kathmandu))
    iv = interviewer("iv-ktm", window)
    slot = choose_slots([iv], [], datetime(2025, 3, 10, 9, 10, tzinfo=kathmandu), HOUR, count=1)[0]
    assert slot.start.astimezone(kathmandu).strftime("%H:%M") == "09:30"


def test_preference_thursday_afternoon_from_a_chinese_reply():
    now = at(10, 9)
    preference = parse_time_preference("改到周四下午", now, "Asia/Shanghai")
    slots = choose_slots([LI, WANG], BOOKED, at(10, 9), HOUR, preference=preference)
    assert local(slots) == [("Thu 13 13:00", "iv-li"), ("Thu 20 14:00", "iv-li")]


def test_preference_for_a_date_and_part_of_day():
    preference = TimePreference(timezone="Asia/Shanghai", date=at(11, 0).date(), part_of_day="afternoon")
    assert local(choose_slots([LI], [], at(10, 9), HOUR, preference=preference)) == [("Tue 11 14:00", "iv-li")]
    morning = preference.model_copy(update={"part_of_day": "morning"})
    assert choose_slots([LI], [], at(10, 9), HOUR, preference=morning) == []


def test_refused_slots_are_not_offered_again():
    first = choose_slots([LI, WANG], BOOKED, at(10, 9, 10), HOUR)
    again = choose_slots([LI, WANG], BOOKED, at(10, 9, 10), HOUR, exclude=first[:1])
    assert local(again) == [("Mon 10 10:30", "iv-li"), ("Tue 11 14:00", "iv-li"), ("Thu 13 13:00", "iv-li")]
    assert not set(local(again)) & set(local(first[:1]))


def test_days_are_counted_in_the_given_time_zone():
    iv = interviewer(
        "iv-x",
        (datetime(2025, 3, 10, 1, tzinfo=UTC), datetime(2025, 3, 10, 2, tzinfo=UTC)),
        (datetime(2025, 3, 10, 23, 30, tzinfo=UTC), datetime(2025, 3, 11, 0, 30, tzinfo=UTC)),
    )
    earliest = datetime(2025, 3, 10, tzinfo=UTC)
    assert len(choose_slots([iv], [], earliest, HOUR)) == 1  # the same UTC day
    assert len(choose_slots([iv], [], earliest, HOUR, timezone="Asia/Shanghai")) == 2  # the 10th and the 11th


def test_count_and_empty_inputs():
    assert len(choose_slots([LI], [], at(10, 9), HOUR, count=2)) == 2
    assert choose_slots([LI], [], at(10, 9), HOUR, count=0) == []
    assert choose_slots([], [], at(10, 9), HOUR) == []
    assert choose_slots([LI], [], at(21, 9), HOUR) == []


def test_a_naive_earliest_is_refused():
    with pytest.raises(ValueError, match="earliest needs a UTC offset"):
        choose_slots([LI], [], datetime(2025, 3, 10, 9), HOUR)  # noqa: DTZ001 - naive on purpose


# --- an en candidate in Europe/London, across the start of British Summer Time (30 March 2025) ---------------

LONDON = ZoneInfo("Europe/London")


def test_london_morning_is_judged_in_local_time_across_the_dst_change():
    # 11:30 UTC is 11:30 GMT (morning) on 27 March but 12:30 BST (afternoon) on 3 April.
    iv = interviewer(
        "iv-smith",
        (datetime(2025, 3, 27, 11, 30, tzinfo=UTC), datetime(2025, 3, 27, 12, 30, tzinfo=UTC)),
        (datetime(2025, 4, 3, 11, 30, tzinfo=UTC), datetime(2025, 4, 3, 12, 30, tzinfo=UTC)),
    )
    earliest = datetime(2025, 3, 24, tzinfo=UTC)
    morning = parse_time_preference("Thursday morning", earliest, "Europe/London")
    afternoon = parse_time_preference("Thursday afternoon", earliest, "Europe/London")
    assert local(choose_slots([iv], [], earliest, HOUR, preference=morning), LONDON) == [("Thu 27 11:30", "iv-smith")]
    assert local(choose_slots([iv], [], earliest, HOUR, preference=afternoon), LONDON) == [("Thu 03 12:30", "iv-smith")]


def test_london_next_monday_morning():
    iv = interviewer(
        "iv-smith",
        (at(31, 8, tz=LONDON), at(31, 17, tz=LONDON)),  # Mon 31 March, BST
        (datetime(2025, 4, 7, 8, tzinfo=LONDON), datetime(2025, 4, 7, 17, tzinfo=LONDON)),
    )
    now = datetime(2025, 3, 26, 15, tzinfo=UTC)  # a Wednesday
    preference = parse_time_preference("next Monday morning", now, "Europe/London")
    slots = choose_slots([iv], [], now, HOUR, preference=preference)
    assert local(slots, LONDON) == [("Mon 31 08:00", "iv-smith")]
    assert slots[0].start == datetime(2025, 3, 31, 7, tzinfo=UTC)


# --- properties ---------------------------------------------------------------------------------------------

BASE = datetime(2025, 3, 10, tzinfo=UTC)
quarter_hours = st.integers(0, 7 * 24 * 4)


@st.composite
def calendars(draw):
    interviewers, bookings = [], []
    for n in range(draw(st.integers(1, 3))):
        iid = f"iv-{n}"
        windows = []
        for _ in range(draw(st.integers(0, 4))):
            start = draw(quarter_hours)
            length = draw(st.integers(1, 40))
            windows.append((BASE + timedelta(minutes=15 * start), BASE + timedelta(minutes=15 * (start + length))))
        interviewers.append(interviewer(iid, *windows))
        for _ in range(draw(st.integers(0, 4))):
            start = draw(quarter_hours)
            bookings.append(
                booked(
                    iid,
                    BASE + timedelta(minutes=15 * start),
                    BASE + timedelta(minutes=15 * (start + draw(st.integers(1, 12)))),
                )
            )
    earliest = BASE + timedelta(minutes=draw(st.integers(0, 7 * 24 * 60)))
    duration = timedelta(minutes=15 * draw(st.integers(1, 8)))
    count = draw(st.integers(1, 5))
    return interviewers, bookings, earliest, duration, count


def _covered(start: datetime, end: datetime, windows: list[AvailabilityWindow]) -> bool:
    """Whether [start, end) lies inside the union of the windows."""
    point = start
    for w in sorted(windows, key=lambda w: w.start):
        if w.start <= point < w.end:
            point = w.end
    return point >= end


def _free(iv: Interviewer, bookings: list[BookedInterval], start: datetime, end: datetime) -> bool:
    return all(not (start < b.end and b.start < end) for b in bookings if b.interviewer_id == iv.interviewer_id)


def _brute_force_first(interviewers, bookings, earliest, duration) -> datetime | None:
    step, t = timedelta(minutes=30), BASE
    while t <= BASE + timedelta(days=9):
        if t >= earliest and any(
            _covered(t, t + duration, iv.availability) and _free(iv, bookings, t, t + duration) for iv in interviewers
        ):
            return t
        t += step
    return None


@settings(max_examples=300, deadline=None)
@given(calendars())
def test_chosen_slots_are_free_inside_availability_and_spread(calendar):
    interviewers, bookings, earliest, duration, count = calendar
    slots = choose_slots(interviewers, bookings, earliest, duration, count)
    by_id = {iv.interviewer_id: iv for iv in interviewers}
    assert len(slots) <= count
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    assert len({s.start.date() for s in slots}) == len(slots)
    for i, slot in enumerate(slots):
        iv = by_id[slot.interviewer_id]
        assert slot.start >= earliest
        assert slot.end - slot.start == duration
        assert slot.start.minute in (0, 30) and slot.start.second == 0
        assert _covered(slot.start, slot.end, iv.availability)
        assert _free(iv, bookings, slot.start, slot.end)
        assert all(not (slot.start < o.end and o.start < slot.end) for o in slots[i + 1 :])
    first = _brute_force_first(interviewers, bookings, earliest, duration)
    assert (slots[0].start if slots else None) == first


@settings(max_examples=100, deadline=None)
@given(calendars(), st.data())
def test_refused_slots_never_come_back(calendar, data):
    interviewers, bookings, earliest, duration, count = calendar
    offered = choose_slots(interviewers, bookings, earliest, duration, count)
    refused = data.draw(st.lists(st.sampled_from(offered), unique_by=lambda s: s.start)) if offered else []
    again = choose_slots(interviewers, bookings, earliest, duration, count, exclude=refused)
    for slot in again:
        assert all(not (slot.start < r.end and r.start < slot.end) for r in refused)
