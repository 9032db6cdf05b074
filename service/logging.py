"""Process logging with PII masked: email addresses, phone numbers, known candidate names and our own secrets.

`configure_logging(settings)` installs one stderr handler carrying a `PiiMask` (and puts the mask on any handler
already on the root logger); names cannot be recognised by a pattern, so code that loads candidates tells the
mask about them with `remember_names(...)`. The mask formats each record once and replaces message, arguments,
exception text and stack text with the masked rendering, so every handler downstream sees only masked text.
"""

from __future__ import annotations

import itertools
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable
from typing import TextIO
from urllib.parse import urlsplit

from service.settings import Settings

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
NAME_MASK = "[name]"
SECRET_MASK = "[secret]"

_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@(?:[\w-]+\.)+[^\W\d_]{2,}(?![\w-])")
# Chinese mobile numbers, with or without +86 / 0086 and with optional spaces or dashes: 138 0013 8000.
_CN_MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)")
# International numbers written with a leading +: +1 (415) 555-0100, +44 20 7946 0958, +85291234567.
_INTERNATIONAL = re.compile(r"(?<![\w+])\+[1-9](?:[\s.-]?\(?\d\)?){6,16}(?!\d)")
_MIN_NAME_LENGTH = 2
_MIN_NAME_PART_LENGTH = 3

_traceback_formatter = logging.Formatter()


def _mask_international(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return PHONE_MASK if 8 <= digits <= 15 else match.group()


def _name_pattern(name: str) -> str:
    """A regex for one name: word-bounded where it starts/ends with a Latin letter or digit, else bare (CJK)."""
    pattern = re.escape(name)
    if name[0].isascii() and name[0].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if name[-1].isascii() and name[-1].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    return pattern


_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
_CJK_NAME = re.compile(f"^[{_CJK_CHARS}]+$")
# A word: letters and digits of any script but CJK (which is written without spaces and matched apart).
_WORD = re.compile(f"(?:(?![{_CJK_CHARS}])[^\\W_])+")
_WORDS_NAME = re.compile(f"^(?:(?![{_CJK_CHARS}])[^\\W_])+(?: (?:(?![{_CJK_CHARS}])[^\\W_])+)*$")
_BETWEEN_WORDS = re.compile(r"\s+")


class _NameIndex:
    """Known names as sets, so masking a line costs the same with ten names or a hundred thousand.

    Latin-script names (words separated by spaces) match whole words case-insensitively; CJK names match inside
    runs of CJK text (no spaces there); anything else (`O'Brien`, mixed scripts) falls back to one regex.
    """

    def __init__(self, names: set[str]) -> None:
        self.words: dict[int, set[str]] = {}
        self.cjk: dict[int, set[str]] = {}
        irregular: set[str] = set()
        for name in names:
            if _CJK_NAME.match(name):
                self.cjk.setdefault(len(name), set()).add(name)
            elif _WORDS_NAME.match(name):
                self.words.setdefault(name.count(" ") + 1, set()).add(name.casefold())
            else:
                irregular.add(name)
        self.word_counts = sorted(self.words, reverse=True)
        self.cjk_lengths = sorted(self.cjk, reverse=True)
        ordered = sorted(irregular, key=lambda v: (-len(v), v))
        self.irregular = re.compile("|".join(map(_name_pattern, ordered)), re.IGNORECASE) if ordered else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every known name in `text`, longest first at each place, not overlapping."""
        found: list[tuple[int, int]] = []
        if self.words:
            tokens = [(m.start(), m.end()) for m in _WORD.finditer(text)]
            i = 0
            while i < len(tokens):
                for count in self.word_counts:
                    if i + count > len(tokens):
                        continue
                    run = tokens[i : i + count]
                    if any(not _BETWEEN_WORDS.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(run)):
                        continue
                    if " ".join(text[a:b] for a, b in run).casefold() in self.words[count]:
                        found.append((run[0][0], run[-1][1]))
                        i += count
                        break
                else:
                    i += 1
        if self.cjk:
            for run_match in _CJK_RUN.finditer(text):
                j, end = run_match.start(), run_match.end()
                while j < end:
                    for length in self.cjk_lengths:
                        if j + length <= end and text[j : j + length] in self.cjk[length]:
                            found.append((j, j + length))
                            j += length
                            break
                    else:
                        j += 1
        return sorted(found)

    def mask(self, text: str) -> str:
        spans = self.spans(text)
        if spans:
            parts, last = [], 0
            for start, end in spans:
                parts += [text[last:start], NAME_MASK]
                last = end
            text = "".join(parts) + text[last:]
        if self.irregular is not None:
            text = self.irregular.sub(NAME_MASK, text)
        return text


class PiiMask(logging.Filter):
    """A logging filter that masks emails, phone numbers, registered names and registered secrets."""

    def __init__(self, names: Iterable[str | None] = (), secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._names: set[str] = set()
        self._secrets: set[str] = set()
        self._name_index: _NameIndex | None = None
        self._secrets_re: re.Pattern[str] | None = None
        self.remember_names(names)
        self.remember_secrets(secrets)

    def remember_names(self, names: Iterable[str | None]) -> None:
        """Mask these people's names from now on (full names, and each part of a Latin name of 3+ letters)."""
        fresh: set[str] = set()
        for name in names:
            if not name or len(name.strip()) < _MIN_NAME_LENGTH:
                continue
            full = " ".join(name.split())
            fresh.add(full)
            parts = full.split(" ")
            if len(parts) > 1:
                fresh.update(p for p in parts if len(p) >= _MIN_NAME_PART_LENGTH)
        with self._lock:
            if not fresh <= self._names:
                self._names |= fresh
                self._name_index = _NameIndex(self._names)

    def remember_secrets(self, secrets: Iterable[str | None]) -> None:
        """Mask these exact strings (tokens, keys, passwords) wherever they appear."""
        fresh = {s for s in secrets if s and len(s) >= 8}
        with self._lock:
            if not fresh <= self._secrets:
                self._secrets |= fresh
                self._secrets_re = self._compile(self._secrets, re.escape, 0)

    @property
    def names(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._names)

    @staticmethod
    def _compile(values: set[str], to_pattern: Callable[[str], str], flags: int) -> re.Pattern[str]:
        # Longest first, so "Alice Zhang" is masked whole before "Alice" could match a part of it.
        ordered = sorted(values, key=lambda v: (-len(v), v))
        return re.compile("|".join(to_pattern(v) for v in ordered), flags)

    def mask(self, text: str) -> str:
        """`text` with secrets, emails, phone numbers and known names replaced by placeholders."""
        secrets_re, names = self._secrets_re, self._name_index
        if secrets_re is not None:
            text = secrets_re.sub(SECRET_MASK, text)
        text = _EMAIL.sub(EMAIL_MASK, text)
        text = _CN_MOBILE.sub(PHONE_MASK, text)
        text = _INTERNATIONAL.sub(_mask_international, text)
        if names is not None:
            text = names.mask(text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message (formatted with its args), exception and stack text with masked text."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed logging call: leave it for logging's own error report
            return True
        record.msg, record.args = self.mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _traceback_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


def settings_secrets(settings: Settings) -> list[str]:
    """Every secret the settings carry: codec token and keys, signing keys, SMTP and API credentials, DB password."""
    found = [settings.codec_token, settings.smtp_password, settings.temporal_api_key]
    found += list(settings.codec_keys.values()) + list(settings.signing_keys.values())
    if settings.database_url:
        found.append(urlsplit(settings.database_url).password)
    return [s for s in found if s]


class _MaskedStderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler configure_logging installs (a distinct type, so configuring twice replaces it)."""


def configure_logging(settings: Settings, *, level: int = logging.INFO, stream: TextIO | None = None) -> PiiMask:
    """Log to stderr at `level` with PII and the settings' secrets masked on every root handler; returns the mask."""
    root = logging.getLogger()
    known_names = {n for h in root.handlers for f in h.filters if isinstance(f, PiiMask) for n in f.names}
    for handler in list(root.handlers):
        if isinstance(handler, _MaskedStderrHandler):
            root.removeHandler(handler)
            handler.close()
    mask = PiiMask(names=known_names, secrets=settings_secrets(settings))
    handler = _MaskedStderrHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    for each in root.handlers:
        for old in [f for f in each.filters if isinstance(f, PiiMask)]:
            each.removeFilter(old)
        each.addFilter(mask)
    root.setLevel(level)
    logging.captureWarnings(True)
    return mask


def mask_text(text: str) -> str:
    """`text` masked like a log line (for console output that is not logging, e.g. the demo's narration)."""
    for handler in logging.getLogger().handlers:
        for mask in handler.filters:
            if isinstance(mask, PiiMask):
                return mask.mask(text)
    return PiiMask().mask(text)


def remember_names(names: Iterable[str | None]) -> None:
    """Tell every PiiMask on the root logger's handlers to mask these names (call where candidates are loaded)."""
    names = list(names)
    for handler in logging.getLogger().handlers:
        for mask in handler.filters:
            if isinstance(mask, PiiMask):
                mask.remember_names(names)
