"""Who sent a reply: the From address compared with the candidate's, and our MX's DMARC verdict (SPEC R-M4).

Pure functions; the processor runs them before its row-lock transaction.

Address comparison (`normalise_address`), decided so that a mismatch costs a "did you send this?" email and a
false match would act on someone else's mail:
- the whole address is compared case-insensitively (RFC 5321 lets a local part be case-sensitive; no
  mainstream provider uses that, and clients re-case addresses), after Unicode NFKC and trimming;
- the domain is compared in its IDNA (punycode) form, without a trailing dot;
- `+tag` and dots in the local part are removed only for gmail.com / googlemail.com, where Google documents
  that they do not change the mailbox (and googlemail.com is gmail.com). Elsewhere `+` may be a literal
  character or a different provider's separator (`-` at Yahoo), so `a+x@corp.test` is another sender.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.utils import getaddresses

_GMAIL = {"gmail.com", "googlemail.com"}
# `dmarc=fail` as a method result of an Authentication-Results header (RFC 8601), comments excluded first.
_DMARC_RESULT = re.compile(r"(?:^|[;\s])dmarc\s*=\s*([a-z]+)", re.IGNORECASE)
_COMMENT = re.compile(r"\([^()]*\)")
MAX_AUTH_RESULTS_CHARS = 4000


def normalise_address(address: str) -> str:
    """The form two addresses of one mailbox share ('' for something that is not one address)."""
    text = unicodedata.normalize("NFKC", address).strip().strip("<>").strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(c.isspace() for c in text):
        return ""
    domain = domain.rstrip(".").lower()
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return ""
    local = local.lower()
    if domain in _GMAIL:
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    if not local:
        return ""
    return f"{local}@{domain}"


def from_address(from_header: str) -> str:
    """The one address of a From header, normalised; '' when there is none or more than one."""
    addresses = [addr for _, addr in getaddresses([from_header]) if addr]
    if len(addresses) != 1:
        return ""
    return normalise_address(addresses[0])


def dmarc_failed(auth_results: list[str], trusted_authserv_id: str | None) -> str | None:
    """The header saying `dmarc=fail` among those our MX added, or None.

    Only headers whose authserv-id is `trusted_authserv_id` count (anyone can write the header; our MX writes its
    own id). A `pass` is never taken as proof of anything, so a forged header claiming one changes nothing.
    """
    if not trusted_authserv_id:
        return None
    trusted = trusted_authserv_id.strip().lower()
    for value in auth_results:
        value = value[:MAX_AUTH_RESULTS_CHARS]
        authserv, _, results = value.partition(";")
        words = authserv.split()
        if not words or words[0].lower() != trusted:
            continue
        for verdict in _DMARC_RESULT.findall(_COMMENT.sub(" ", results)):
            if verdict.lower() == "fail":
                return value.strip()
    return None


@dataclass(frozen=True)
class SenderCheck:
    """Whether the candidate sent a reply, and if not, why not (for the held row's detail)."""

    trusted: bool
    sender: str
    why: str = ""


def check_sender(
    sender: str, candidate_address: str | None, aliases: set[str], dmarc_failure: str | None
) -> SenderCheck:
    """The candidate sent it when the From is their address or a confirmed alias and our MX saw no DMARC failure."""
    if dmarc_failure is not None:
        return SenderCheck(False, sender, f"our mail server's DMARC check failed: {dmarc_failure[:300]}")
    if not sender:
        return SenderCheck(False, sender, "the From header does not name exactly one address")
    own = normalise_address(candidate_address or "")
    if sender == own or sender in aliases:
        return SenderCheck(True, sender)
    return SenderCheck(False, sender, f"sent from {sender}, not the candidate's address")
