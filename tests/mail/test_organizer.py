"""Each copy's organizer (mail.organizer.event_organizer): signed once per event and role, then kept for every update
and cancel; an event sent before organizers were signed keeps its sender address."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg

from inbound.calendar_tokens import organizer_token_of, verify_organizer_token
from inbound.tokens import KeyRing
from mail.organizer import event_organizer
from schemas.notifications import CalendarInvite
from tests.inbound.conftest import keyed_settings


def invite(uid: str, sequence: int, method: str = "REQUEST") -> CalendarInvite:
    start = datetime(2026, 12, 15, 7, tzinfo=UTC) + timedelta(days=sequence)
    return CalendarInvite(
        uid=uid,
        sequence=sequence,
        method=method,  # type: ignore[arg-type]
        start=start,
        end=start + timedelta(hours=1),
        summary="Re-interview",
        interviewer_id="i-1",
        candidate_id="c-1",
    )


async def test_an_event_keeps_the_organizer_of_its_first_invite(db_pool: asyncpg.Pool) -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    run_id, uid = str(uuid.uuid4()), f"{uuid.uuid4()}@reinterview"
    first = await event_organizer(db_pool, settings, ring, invite(uid, 0), "candidate", run_id)
    assert first.startswith("Re-interview <cal+") and first.endswith("@reply.hr.example.com>")
    token = organizer_token_of(settings, first.split("<")[1].rstrip(">"))
    assert token is not None and verify_organizer_token(ring, token).role == "candidate"
    moved = await event_organizer(db_pool, settings, ring, invite(uid, 1), "candidate", run_id)
    cancelled = await event_organizer(db_pool, settings, ring, invite(uid, 2, "CANCEL"), "candidate", run_id)
    assert moved == cancelled == first
    other_side = await event_organizer(db_pool, settings, ring, invite(uid, 0), "interviewer", run_id)
    assert other_side != first and "cal+" in other_side
    # Rotating the signing key changes nothing for an event already out.
    rotated = keyed_settings(signing_key_id="kold")
    assert (
        await event_organizer(db_pool, rotated, KeyRing.from_settings(rotated), invite(uid, 3), "candidate", run_id)
        == first
    )


async def test_an_event_first_seen_after_its_first_invite_keeps_the_sender(db_pool: asyncpg.Pool) -> None:
    settings = keyed_settings()
    ring = KeyRing.from_settings(settings)
    uid = f"{uuid.uuid4()}@reinterview"
    # In flight at the upgrade: SEQUENCE 0 went out with the sender as organizer, before anything was stored.
    kept = await event_organizer(db_pool, settings, ring, invite(uid, 1), "candidate", str(uuid.uuid4()))
    assert kept == "Re-interview <reinterview@hr.example.com>"


async def test_without_keys_or_for_hr_the_organizer_is_the_sender(db_pool: asyncpg.Pool) -> None:
    settings = keyed_settings()
    uid = f"{uuid.uuid4()}@reinterview"
    assert await event_organizer(db_pool, settings, None, invite(uid, 0), "candidate", "r") == settings.mail_from
    ring = KeyRing.from_settings(settings)
    assert await event_organizer(db_pool, settings, ring, invite(uid, 0), "hr", "r") == settings.mail_from
    assert await event_organizer(db_pool, settings, ring, invite(uid, 0), "candidate", None) == settings.mail_from
    assert not await db_pool.fetchval("SELECT count(*) FROM calendar_organizers WHERE event_uid = $1", uid)
