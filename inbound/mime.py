"""Reading what real mail clients send: headers, charsets (UTF-8, GBK/GB2312/GB18030...), base64 and
quoted-printable bodies, and HTML-only messages turned into text with quotes marked `> `."""

from __future__ import annotations

import codecs
import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from html.parser import HTMLParser

ORIGINAL_MESSAGE_SEPARATOR = "-----Original Message-----"
# Only the first 64 KB of each text part is read (SPEC R-M4): a reply's own words come first, and everything
# the reader does afterwards is bounded by this.
MAX_TEXT_BYTES = 64 * 1024
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_PART_HEADER = re.compile(rb"^content-type:", re.IGNORECASE | re.MULTILINE)
_MULTIPART_HEADER = re.compile(rb"^content-type:[ \t]*(?:\r?\n[ \t]+)?multipart/", re.IGNORECASE | re.MULTILINE)
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,500}>")
# Legacy Chinese charsets are all subsets of GB18030; decoding with it also reads mislabelled GBK mail.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "windows-936": "gb18030",
    "ms936": "gb18030",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf-8",
    "ks_c_5601-1987": "euc-kr",
    "x-unknown": "",
    "unknown-8bit": "",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}


@dataclass(frozen=True)
class Limits:
    """What a message may be before it is parsed at all (settings inbound_max_*)."""

    header_bytes: int = 64 * 1024
    parts: int = 50
    nesting: int = 8


def over_limits(raw: bytes, limits: Limits) -> str | None:
    """Why the message is refused before parsing, or None; linear scans of the bytes only.

    Parts are bounded by the `Content-Type:` header lines, nesting by the multipart ones (a message cannot nest
    deeper than it has multipart containers).
    """
    end = _HEADER_END.search(raw)
    head = end.start() if end is not None else len(raw)
    if head > limits.header_bytes:
        return f"its header section has {head} bytes; the limit is {limits.header_bytes}"
    containers = len(_MULTIPART_HEADER.findall(raw))
    if containers > limits.nesting:
        return f"it has {containers} multipart containers; the nesting limit is {limits.nesting}"
    parts = len(_PART_HEADER.findall(raw))
    if parts > limits.parts:
        return f"it has {parts} MIME parts; the limit is {limits.parts}"
    return None


def parse(raw: bytes) -> EmailMessage:
    """The message as an EmailMessage (never raises for odd input; header access may still find defects)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def header(message: Message, name: str) -> str:
    """A header as one line of text; '' when absent or undecodable."""
    try:
        value = message.get(name)
    except Exception:  # a header the parser cannot model is treated as absent
        return ""
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()


def raw_header(message: Message, name: str) -> str:
    """A header's undecoded value (for Message-IDs, which must not be altered by decoding)."""
    for key, value in message.raw_items() if isinstance(message, EmailMessage) else message.items():
        if key.lower() == name.lower():
            return re.sub(r"\s+", " ", str(value)).strip()
    return ""


def message_ids(value: str) -> list[str]:
    """Every `<id>` in a Message-ID, In-Reply-To or References value, in order."""
    return _MESSAGE_ID.findall(value)


def message_id_of(message: Message, raw: bytes) -> str:
    """The Message-ID, or a stable stand-in derived from the bytes when the sender set none."""
    ids = message_ids(raw_header(message, "Message-ID"))
    return ids[0] if ids else fallback_message_id(raw)


def fallback_message_id(raw: bytes) -> str:
    """A Message-ID for a message without one: identical bytes give the same id, so resends are duplicates."""
    return f"<sha256.{hashlib.sha256(raw).hexdigest()[:40]}@inbound.invalid>"


def referenced_ids(message: Message) -> list[str]:
    """Message-IDs this message answers: In-Reply-To first, then References (newest first)."""
    seen: list[str] = []
    for mid in message_ids(raw_header(message, "In-Reply-To")) + message_ids(raw_header(message, "References"))[::-1]:
        if mid not in seen:
            seen.append(mid)
    return seen


def _decode_bytes(payload: bytes, charset: str | None) -> str:
    """The first MAX_TEXT_BYTES of a payload as text (a character cut at the end is dropped, not garbled)."""
    truncated = len(payload) > MAX_TEXT_BYTES
    payload = payload[:MAX_TEXT_BYTES]
    candidates: list[str] = []
    if charset:
        name = charset.strip().strip('"').lower()
        name = _CHARSET_ALIASES.get(name, name)
        if name:
            candidates.append(name)
    candidates += ["utf-8", "gb18030"]
    for candidate in candidates:
        try:
            if truncated:
                return codecs.getincrementaldecoder(candidate)().decode(payload, final=False)
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def part_text(part: Message) -> str:
    """A text part's content: transfer encoding undone, charset applied (with fallbacks for mislabelled mail)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: read the part as it is
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw[:MAX_TEXT_BYTES]
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return _decode_bytes(payload, charset)


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return False


def _first(message: Message, subtype: str) -> Message | None:
    """The first non-attachment text/<subtype> part, not descending into attached messages."""
    if message.get_content_maintype() == "multipart":
        payload = message.get_payload()
        if not isinstance(payload, list):
            return None
        for part in payload:
            if isinstance(part, Message) and not _is_attachment(part):
                found = _first(part, subtype)
                if found is not None:
                    return found
        return None
    if message.get_content_maintype() == "text" and message.get_content_subtype() == subtype:
        return None if _is_attachment(message) else message
    return None


def body_text(message: Message) -> tuple[str, bool]:
    """The reply's body as text and whether it came from HTML (plain text preferred when it says anything)."""
    plain = _first(message, "plain")
    if plain is not None:
        text = part_text(plain)
        if text.strip():
            return _normalise_newlines(text), False
    html = _first(message, "html")
    if html is not None:
        return html_to_text(part_text(html)), True
    return "", False


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _HtmlText(HTMLParser):
    """HTML → text: block elements become lines, <blockquote> content is prefixed `> `, scripts dropped."""

    BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "table",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "dd",
            "dt",
            "center",
            "address",
        }
    )
    HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript"})
    # Elements clients wrap around signatures, quoted history and the header block above forwarded history.
    SIGNATURE_MARKERS = ("gmail_signature", "moz-signature", "signature", "qqmailsignature", "foxmail_signature")
    QUOTE_MARKERS = ("yahoo_quoted",)
    SEPARATOR_MARKERS = (
        "divrplyfwdmsg",  # Outlook, OWA (and "x_divRplyFwdMsg" once quoted again)
        "appendonsend",
        "mail-editor-reference-message-container",  # the new Outlook
        "olk_src_body_section",  # Outlook for Mac
        "zmail_extra",  # Zoho
        "moz-forward-container",  # Thunderbird, a forward inside a reply
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._hidden = 0
        self._quote_depth = 0
        self._stack: list[tuple[str, bool, bool]] = []

    def _break(self) -> None:
        text = re.sub(r"[ \t\r\n\u00a0]+", " ", "".join(self._line)).strip()
        self._line = []
        prefix = "> " * self._quote_depth
        if text or self._quote_depth == 0:
            self.lines.append(prefix + text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"td", "th"}:
            self._line.append(" ")  # table cells apart: "课程 学时", not "课程学时"
        if tag in {"br", "hr", "img", "meta", "link", "input"}:
            if tag in {"br", "hr"}:
                self._break()
            if tag == "hr" and self._quote_depth == 0 and not self._hidden:
                # A rule outside any quote is where clients put the history under a reply (OWA, many webmails).
                self.lines.append(ORIGINAL_MESSAGE_SEPARATOR)
            return
        marks = " ".join(f"{v or ''}" for k, v in attrs if k in {"class", "id", "name"}).lower()
        quote = tag == "blockquote" or any(m in marks for m in self.QUOTE_MARKERS)
        signature = any(m in marks for m in self.SIGNATURE_MARKERS)
        separator = any(m in marks for m in self.SEPARATOR_MARKERS)
        if tag in self.BLOCKS or quote or signature or separator:
            self._break()
        if signature:
            self.lines.append("-- ")
        if separator:
            self.lines.append(ORIGINAL_MESSAGE_SEPARATOR)
        if quote:
            self._quote_depth += 1
        if tag in self.HIDDEN:
            self._hidden += 1
        self._stack.append((tag, quote, tag in self.HIDDEN))

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching start tag; sloppy HTML (unclosed <p>, <li>) is common in mail.
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                for _, quote, hidden in reversed(self._stack[index:]):
                    if quote:
                        self._break()
                        self._quote_depth = max(0, self._quote_depth - 1)
                    if hidden:
                        self._hidden = max(0, self._hidden - 1)
                del self._stack[index:]
                break
        if tag in self.BLOCKS and tag not in {"br", "hr"}:
            self._break()

    def handle_data(self, data: str) -> None:
        # Source line breaks (CRLF in mail, a bare CR too) are spaces in HTML; a CR left in a line would split
        # it later, without its quote prefix.
        if not self._hidden:
            self._line.append(data.replace("\r", " ").replace("\n", " "))

    def text(self) -> str:
        self._break()
        out: list[str] = []
        for line in self.lines:
            if line.strip() == "" and out and out[-1].strip() == "":
                continue
            out.append(line.rstrip())
        return "\n".join(out).strip("\n")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body; quoted history stays marked so it can be stripped like plain text."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; anything it still rejects is read as tag-stripped text
        return re.sub(r"<[^>]*>", " ", html)
    return parser.text()
