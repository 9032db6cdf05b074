"""Signed links in emails: candidates' answers, interviewers' report and scorecard, HR's actions and login.

A link token is `<key id>.<base64url JSON claims>.<base64url HMAC-SHA256>`; the claims name the action, the
workflow run, the email the link was sent in and an expiry. Each email gets its own tokens, so a click on the
same link twice is recognisably the same answer (one `message_id`), while the next invitation's links are new.

Only one spelling of a token verifies: base64url text whose unused trailing bits are set (the MAC's last
character carries two) is refused, and what a link did is recorded under a digest of its verified claims
(`claims_digest`), never of the raw string.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, get_args

from inbound.tokens import KeyRing, TokenError
from service.settings import Settings

LinkAction = Literal[
    "confirm",
    "slot",
    "decline",
    "report",
    "scorecard",
    "hr_decision",
    "hr_extend",
    "hr_take_over",
    "hr_cancel",
    "hr_login",
    "rate",
    "choose",
]
ACTIONS: tuple[LinkAction, ...] = get_args(LinkAction)
# One-use answer links (a second use changes nothing). The "choose" link is not one of them: it opens the page that
# lets the candidate choose again, as often as they like, until the interview (web.choose).
CANDIDATE_ACTIONS = frozenset({"confirm", "slot", "decline"})
HR_ACTIONS: tuple[LinkAction, ...] = ("hr_decision", "hr_extend", "hr_take_over", "hr_cancel")
LINK_PATH = "/l"
SCORECARD_PATH = "/s"
HR_PATH = "/hr"
HR_ACTION_PATH = "/hr/a"
HR_LOGIN_PATH = "/hr/login"
RATING_PATH = "/rate"
# Candidate emails that carry the 1–5 rating link of the process (R-X1; web.rating).
RATING_LINK_TEMPLATES = frozenset({"feedback_candidate"})
# Before this moment a used link was recorded under the digest of its raw string; until one link lifetime has
# passed since, such a record still counts (a link used before the change cannot be used again after it).
CLAIM_DIGESTS_SINCE = datetime(2026, 12, 7, tzinfo=UTC)
# Two POSTs of the same choice within this window (aligned to the clock) are one answer: a double click.
DOUBLE_SUBMIT = timedelta(seconds=5)
_KEY_ID = re.compile(r"^[a-z0-9]{1,16}$")
_B64 = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class LinkClaims:
    """What a link may do: `action` on the workflow run, for `slot` N, from the email `email_ref`.

    `by` says who holds the link (interviewer or hr for report links); `person` is the interviewer's id for a
    scorecard link.
    """

    action: LinkAction
    workflow_id: str
    run_id: str
    expires_at: datetime
    email_ref: str = ""
    slot: int | None = None
    by: Literal["interviewer", "hr"] | None = None
    person: str = ""

    def body(self) -> dict[str, Any]:
        """The claims as the token carries them (short keys)."""
        body: dict[str, Any] = {
            "a": self.action,
            "w": self.workflow_id,
            "r": self.run_id,
            "e": int(self.expires_at.timestamp()),
        }
        if self.email_ref:
            body["m"] = self.email_ref
        if self.slot is not None:
            body["n"] = self.slot
        if self.by is not None:
            body["b"] = self.by
        if self.person:
            body["p"] = self.person
        return body


def _canonical_json(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    """Decode unpadded base64url, refusing every spelling but the canonical one (no set unused bits)."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def mint_link_token(ring: KeyRing, claims: LinkClaims) -> str:
    """Sign the claims with the current key."""
    payload = _b64(_canonical_json(claims.body()))
    mac = ring.sign(b"link", ring.current_id, payload.encode())
    return f"{ring.current_id}.{payload}.{_b64(mac)}"


def verify_link_token(ring: KeyRing, token: str, now: datetime) -> LinkClaims:
    """The claims of an authentic, unexpired link; raises TokenError (malformed, unknown_key, forged, expired)."""
    parts = token.split(".")
    if len(parts) != 3 or not _KEY_ID.match(parts[0]) or not all(_B64.match(p) for p in parts[1:]):
        raise TokenError("malformed", "not a link token")
    key_id, payload, signature = parts
    if key_id not in ring.keys:
        raise TokenError("unknown_key", f"signed with unknown key id {key_id!r}")
    try:
        mac = _unb64(signature)
    except (binascii.Error, ValueError):
        raise TokenError("malformed", "the signature is not canonical base64url") from None
    if len(mac) != hashlib.sha256().digest_size:
        raise TokenError("malformed", "the signature is incomplete")
    if not hmac.compare_digest(mac, ring.sign(b"link", key_id, payload.encode())):
        raise TokenError("forged", "signature does not match")
    try:
        raw = _unb64(payload)
        body = json.loads(raw)
        if _canonical_json(body) != raw:
            raise ValueError("claims not in canonical form")
        action = body["a"]
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        by = body.get("b")
        if by not in (None, "interviewer", "hr"):
            raise ValueError(f"unknown holder {by!r}")
        claims = LinkClaims(
            action=action,
            workflow_id=str(body["w"]),
            run_id=str(body["r"]),
            expires_at=datetime.fromtimestamp(int(body["e"]), UTC),
            email_ref=str(body.get("m", "")),
            slot=int(body["n"]) if "n" in body else None,
            by=by,
            person=str(body.get("p", "")),
        )
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise TokenError("malformed", "the link's claims are unreadable") from None
    if now >= claims.expires_at:
        raise TokenError("expired", f"expired at {claims.expires_at.isoformat()}")
    return claims


def claims_digest(claims: LinkClaims) -> str:
    """What a used link is recorded under: the same for every token that carries these claims."""
    return hashlib.sha256(b"link-claims\x00" + _canonical_json(claims.body())).hexdigest()


def token_digest(token: str) -> str:
    """The record of a link used before CLAIM_DIGESTS_SINCE (the digest of its raw string)."""
    return hashlib.sha256(token.encode()).hexdigest()


def use_digests(token: str, claims: LinkClaims, now: datetime, link_ttl: timedelta) -> list[str]:
    """Records that mean "this link was used": its claims digest, and its raw-string digest while older links
    (recorded that way) can still be valid."""
    digests = [claims_digest(claims)]
    if now < CLAIM_DIGESTS_SINCE + link_ttl:
        digests.append(token_digest(token))
    return digests


def link_message_id(claims: LinkClaims, settings: Settings) -> str:
    """The `message_id` of the reply a link sends: the same for every click on one link (any spelling)."""
    return f"<link.{claims_digest(claims)[:40]}@{settings.reply_domain}>"


def _signed_url(
    settings: Settings, ring: KeyRing, claims: LinkClaims, path: str = LINK_PATH, *, for_hr: bool = False
) -> str:
    """Every link is minted here: `claims` signed, under the public base URL (HR's pages: the HR base URL)."""
    base = hr_base_url(settings) if for_hr else settings.public_base_url.rstrip("/")
    return f"{base}{path}/{mint_link_token(ring, claims)}"


def choice_digest(claims: LinkClaims, choice: str) -> str:
    """What a choice made on a `choose` link's page is recorded under (one record per link and choice)."""
    return hashlib.sha256(b"link-choice\x00" + claims_digest(claims).encode() + b"\x00" + choice.encode()).hexdigest()


def choice_message_id(claims: LinkClaims, choice: str, now: datetime, settings: Settings) -> str:
    """The `message_id` of a choice sent from a `choose` page: new for every POST, except that the same choice on
    the same link within one DOUBLE_SUBMIT window (a double click) reuses it, so the run acts on it once."""
    window = int(now.timestamp()) // int(DOUBLE_SUBMIT.total_seconds())
    digest = hashlib.sha256(f"{choice_digest(claims, choice)}:{window}".encode()).hexdigest()
    return f"<choose.{digest[:40]}@{settings.reply_domain}>"


def link_url(settings: Settings, token: str) -> str:
    return f"{settings.public_base_url.rstrip('/')}{LINK_PATH}/{token}"


def hr_base_url(settings: Settings) -> str:
    """Where HR's pages are served (REINTERVIEW_HR_BASE_URL; the public base URL when unset)."""
    return (settings.hr_base_url or settings.public_base_url).rstrip("/")


def invitation_links(
    settings: Settings, ring: KeyRing, workflow_id: str, run_id: str, email_ref: str, slot_count: int, now: datetime
) -> dict[str, object]:
    """`{confirm, decline, slots: [url for option 1..N]}` for an invitation or its reminder."""
    expires_at = now + settings.link_ttl

    def url(action: LinkAction, slot: int | None = None) -> str:
        claims = LinkClaims(
            action=action, workflow_id=workflow_id, run_id=run_id, expires_at=expires_at, email_ref=email_ref, slot=slot
        )
        return _signed_url(settings, ring, claims)

    return {
        "confirm": url("confirm"),
        "decline": url("decline"),
        "slots": [url("slot", n) for n in range(1, slot_count + 1)],
    }


def choose_link_expiry(settings: Settings, now: datetime, interview_ends_at: datetime | None) -> datetime:
    """Until when the "not what I meant" link opens its page: as long as a reply address of the same email is
    accepted after the interview (its end, or now if past, + reply_valid_after_interview), else the link TTL."""
    if interview_ends_at is None:
        return now + settings.link_ttl
    if interview_ends_at.tzinfo is None:
        raise ValueError("interview_ends_at must carry a time zone")
    return max(interview_ends_at, now) + settings.reply_valid_after_interview


def choose_link(
    settings: Settings,
    ring: KeyRing,
    workflow_id: str,
    run_id: str,
    email_ref: str,
    now: datetime,
    interview_ends_at: datetime | None = None,
) -> str:
    """The "that is not what I meant" link of an email that echoes a reply: its page (web.choose) shows what the
    run read and lets the candidate choose again until the interview."""
    claims = LinkClaims(
        action="choose",
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=choose_link_expiry(settings, now, interview_ends_at),
        email_ref=email_ref,
    )
    return _signed_url(settings, ring, claims)


def report_link(
    settings: Settings,
    ring: KeyRing,
    workflow_id: str,
    run_id: str,
    email_ref: str,
    now: datetime,
    by: Literal["interviewer", "hr"] = "interviewer",
) -> str:
    """The "view report" link; the page it opens has a button that tells the workflow the report was read."""
    claims = LinkClaims(
        action="report",
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=now + settings.link_ttl,
        email_ref=email_ref,
        by=by,
    )
    return _signed_url(settings, ring, claims)


def scorecard_link(
    settings: Settings, ring: KeyRing, workflow_id: str, run_id: str, interviewer_id: str, now: datetime
) -> str:
    """The interviewer's scorecard for this run (R-H1): one link per run and interviewer, whichever email."""
    claims = LinkClaims(
        action="scorecard",
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=now + settings.link_ttl,
        by="interviewer",
        person=interviewer_id,
    )
    return _signed_url(settings, ring, claims, SCORECARD_PATH)


def hr_action_link(
    settings: Settings, ring: KeyRing, action: LinkAction, workflow_id: str, run_id: str, email_ref: str, now: datetime
) -> str:
    """One HR action page (approve/reject, extend, take over, cancel) for this run, under the HR base URL."""
    if action not in HR_ACTIONS:
        raise ValueError(f"{action!r} is not an HR action (one of {', '.join(HR_ACTIONS)})")
    claims = LinkClaims(
        action=action,
        workflow_id=workflow_id,
        run_id=run_id,
        expires_at=now + settings.link_ttl,
        email_ref=email_ref,
        by="hr",
    )
    return _signed_url(settings, ring, claims, HR_ACTION_PATH, for_hr=True)


# What each email to HR asks, as the action links it carries.
HR_EMAIL_ACTIONS: dict[str, tuple[LinkAction, ...]] = {
    "hr_approval_request": ("hr_decision", "hr_extend", "hr_cancel"),
    "hr_escalation": ("hr_extend", "hr_take_over", "hr_cancel"),
    "hr_reply_check": ("hr_take_over", "hr_cancel"),
    "hr_result_escalation": ("hr_extend", "hr_take_over", "hr_cancel"),
}


def hr_action_links(
    settings: Settings, ring: KeyRing, template: str, workflow_id: str, run_id: str, email_ref: str, now: datetime
) -> dict[str, str]:
    """`{action: url}` for what an email to HR asks (empty for other templates), plus the inbox."""
    actions = HR_EMAIL_ACTIONS.get(template, ())
    links: dict[str, str] = {a: hr_action_link(settings, ring, a, workflow_id, run_id, email_ref, now) for a in actions}
    if links:
        links["inbox"] = f"{hr_base_url(settings)}{HR_PATH}/"
    return links


def hr_login_link(settings: Settings, ring: KeyRing, now: datetime) -> str:
    """A signed, expiring link that opens an HR session (dev stack: emailed to the HR mailbox)."""
    claims = LinkClaims(action="hr_login", workflow_id="", run_id="", expires_at=now + settings.hr_login_ttl, by="hr")
    return _signed_url(settings, ring, claims, HR_LOGIN_PATH, for_hr=True)


def rating_link(settings: Settings, ring: KeyRing, workflow_id: str, run_id: str, now: datetime) -> str:
    """The candidate's 1–5 rating of the process for this run (web.rating): one per run, whichever email."""
    claims = LinkClaims(action="rate", workflow_id=workflow_id, run_id=run_id, expires_at=now + settings.link_ttl)
    return _signed_url(settings, ring, claims, RATING_PATH)
