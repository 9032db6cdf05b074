"""The ORGANIZER of one recipient's copy of a run's calendar event: the signed `cal+TOKEN@` address, minted with
the event's first invite to that recipient and kept for every later update and cancel (SPEC R-M5)."""

from __future__ import annotations

from email.utils import formataddr, parseaddr

import asyncpg

from db.repositories import calendar as calendar_repo
from inbound.calendar_tokens import ROLES, organizer_address
from inbound.tokens import KeyRing
from schemas.notifications import CalendarInvite
from service.settings import Settings


async def event_organizer(
    pool: asyncpg.Pool,
    settings: Settings,
    ring: KeyRing | None,
    invite: CalendarInvite,
    role: str,
    run_id: str | None,
) -> str:
    """ "Name <cal+TOKEN@reply domain>" for `role`'s copy of the event; the sender address without keys or for HR.

    An event first seen here at SEQUENCE > 0 was sent before organizers were signed (a run in flight at the
    upgrade): it keeps the sender address it was sent with, since a changed organizer would be ignored.
    """
    if ring is None or run_id is None or role not in ROLES:
        return settings.mail_from
    kind = ROLES[ROLES.index(role)]  # `role` as the Role literal
    name, sender = parseaddr(settings.mail_from)

    def mint(sequence: int) -> str:
        return organizer_address(settings, ring, run_id, kind, sequence) if sequence == 0 else sender

    address = await calendar_repo.organizer(pool, invite.uid, kind, invite.sequence, mint)
    return formataddr((name, address)) if name else address
