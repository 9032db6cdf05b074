"""MIME assembly: multipart/alternative text + HTML (+ text/calendar), deterministic Message-ID.

Every header value that can carry data (names, subject, addresses) is made single-line here, so a
name like "x\\r\\nBcc: evil@x" stays inside the display name and can never start a header of its own.
"""

from __future__ import annotations

import hashlib
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from mail.render import RenderedEmail

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
_ADDR = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+$")


def single_line(value: str) -> str:
    """Collapse CR, LF and other control characters to one space."""
    return _CONTROL.sub(" ", value).strip()


def make_message_id(idempotency_key: str, domain: str) -> str:
    """`<sha256(key)[:40]@domain>`: the same key always yields the same Message-ID."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:40]
    return f"<{digest}@{single_line(domain) or 'localhost'}>"


def domain_of(address: str) -> str:
    """The domain of an address or `Name <addr>` string."""
    _, addr = parseaddr(address)
    return addr.rpartition("@")[2] or "localhost"


def _address(name: str, addr: str) -> Address:
    addr = addr.strip()
    if not _ADDR.match(addr):
        raise ValueError("refusing to put a malformed email address into a header")
    username, domain = addr.rsplit("@", 1)
    return Address(display_name=single_line(name), username=username, domain=domain)


def _parse_mailbox(value: str) -> Address:
    if "\r" in value or "\n" in value:
        raise ValueError("refusing a sender or reply-to address that contains a line break")
    name, addr = parseaddr(value)
    return _address(name, addr)


def build_message(
    rendered: RenderedEmail,
    sender: str,
    to_name: str,
    to_addr: str,
    message_id: str,
    reply_to: str | None = None,
    ics_bytes: bytes | None = None,
) -> EmailMessage:
    """text/plain + text/html alternatives; with an invite also text/calendar and an invite.ics attachment."""
    msg = EmailMessage()
    msg["From"] = _parse_mailbox(sender)
    msg["To"] = _address(to_name, to_addr)
    if reply_to:
        msg["Reply-To"] = _parse_mailbox(reply_to)
    msg["Subject"] = single_line(rendered.subject)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = single_line(message_id)
    msg["Auto-Submitted"] = "auto-generated"
    # Asks Exchange/Outlook not to answer with out-of-office notes (they would reach the reply gateway).
    msg["X-Auto-Response-Suppress"] = "All"

    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    if ics_bytes is not None:
        ics_text = ics_bytes.decode("utf-8")
        method_match = re.search(r"^METHOD:(\w+)", ics_text, re.MULTILINE)
        method = method_match.group(1) if method_match else "REQUEST"
        # Inline part for clients that show Accept/Decline buttons; the attachment for the rest.
        msg.add_alternative(ics_text, subtype="calendar", charset="utf-8", params={"method": method})
        msg.add_attachment(
            ics_bytes,
            maintype="application",
            subtype="ics",
            filename="invite.ics",
        )
    # Set last: turning the message multipart moves Content-* headers into the first part.
    msg["Content-Language"] = single_line(rendered.locale)
    return msg
