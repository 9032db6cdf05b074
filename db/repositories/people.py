"""Contact details of the people an email goes to, read at send time so they never enter a workflow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import asyncpg

from schemas.locale import Locale, as_locale
from schemas.notifications import Contact, Recipient

HR_NAME = "HR"
HR_LOCALE: Locale = "zh-CN"
HR_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Person:
    """A candidate or interviewer as an email needs them; `email` may be missing."""

    kind: str
    id: str
    name: str
    email: str | None
    locale: Locale
    timezone: str

    def contact(self) -> Contact:
        """The person as a recipient; LookupError when they have no address."""
        if not self.email:
            raise LookupError(f"{self.kind} {self.id!r} has no email address")
        return Contact(name=self.name, email=self.email, locale=self.locale, timezone=self.timezone)


def hr_contact(hr_email: str) -> Contact:
    """HR as a recipient: the configured mailbox."""
    return Contact(name=HR_NAME, email=hr_email, locale=HR_LOCALE, timezone=HR_TIMEZONE)


# Interviewers have no locale column; an import may carry one in `extra`.
_PEOPLE = """
SELECT 'candidate' AS kind, candidate_id AS id, name, email, locale, timezone
FROM candidates WHERE candidate_id = ANY($1::text[])
UNION ALL
SELECT 'interviewer', interviewer_id, name, email,
       COALESCE(NULLIF(extra->>'locale', ''), $3), COALESCE(NULLIF(extra->>'timezone', ''), $4)
FROM interviewers WHERE interviewer_id = ANY($2::text[])
"""


class PeopleRepository:
    """Candidates and interviewers by id; HR is the configured mailbox."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def recipient_details(self, recipient: Recipient, hr_email: str) -> Contact:
        """Name, email, locale and time zone; LookupError when the person or their address is missing."""
        if recipient.kind == "hr":
            return hr_contact(hr_email)
        if recipient.kind == "candidate":
            return await self.candidate(recipient.id or "")
        return await self.interviewer(recipient.id or "")

    async def people(
        self, candidate_ids: Iterable[str], interviewer_ids: Iterable[str]
    ) -> dict[tuple[str, str], Person]:
        """Every listed candidate and interviewer that exists, by (kind, id), in one query (none for no ids)."""
        candidates, interviewers = sorted(set(candidate_ids)), sorted(set(interviewer_ids))
        if not candidates and not interviewers:
            return {}
        rows = await self._pool.fetch(_PEOPLE, candidates, interviewers, HR_LOCALE, HR_TIMEZONE)
        people = {}
        for r in rows:
            # Candidates' locale column is CHECKed; an interviewer's comes from free-form extras.
            people[(r["kind"], r["id"])] = Person(
                kind=r["kind"],
                id=r["id"],
                name=r["name"],
                email=r["email"],
                locale=as_locale(r["locale"], HR_LOCALE),
                timezone=r["timezone"],
            )
        return people

    async def name(self, kind: str, person_id: str) -> str:
        """Display name only (for mentioning someone who is not the recipient)."""
        table, key = ("candidates", "candidate_id") if kind == "candidate" else ("interviewers", "interviewer_id")
        value: str | None = await self._pool.fetchval(f"SELECT name FROM {table} WHERE {key} = $1", person_id)
        if value is None:
            raise LookupError(f"{kind} {person_id!r} not found")
        return value

    async def candidate(self, candidate_id: str) -> Contact:
        row = await self._pool.fetchrow(
            "SELECT name, email, locale, timezone FROM candidates WHERE candidate_id = $1", candidate_id
        )
        if row is None:
            raise LookupError(f"candidate {candidate_id!r} not found")
        if not row["email"]:
            raise LookupError(f"candidate {candidate_id!r} has no email address")
        locale: Locale = row["locale"]  # the column's CHECK constraint allows only these
        return Contact(name=row["name"], email=row["email"], locale=locale, timezone=row["timezone"])

    async def interviewer(self, interviewer_id: str) -> Contact:
        # Interviewers have no locale column; an import may carry one in `extra`.
        row = await self._pool.fetchrow(
            """
            SELECT name, email,
                   COALESCE(NULLIF(extra->>'locale', ''), $2) AS locale,
                   COALESCE(NULLIF(extra->>'timezone', ''), $3) AS timezone
            FROM interviewers WHERE interviewer_id = $1
            """,
            interviewer_id,
            HR_LOCALE,
            HR_TIMEZONE,
        )
        if row is None:
            raise LookupError(f"interviewer {interviewer_id!r} not found")
        if not row["email"]:
            raise LookupError(f"interviewer {interviewer_id!r} has no email address")
        return Contact(
            name=row["name"], email=row["email"], locale=as_locale(row["locale"], HR_LOCALE), timezone=row["timezone"]
        )
