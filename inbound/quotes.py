"""The new text of a reply: quoted history and signatures removed, as Gmail, Outlook, QQ Mail, Foxmail,
Apple Mail and phone clients write them, top- or bottom-posted."""

from __future__ import annotations

import re

# Lines after which everything is the previous message (clients that do not prefix quotes with `>`).
_SEPARATORS = [
    re.compile(
        r"^-{2,}\s*(original message|原始邮件|原始郵件|original|forwarded message|转发的邮件|转发邮件)\s*-{2,}$",
        re.IGNORECASE,
    ),
    re.compile(r"^-{2,}\s*(原始邮件|原始郵件|original message)\s*-*$", re.IGNORECASE),
    re.compile(r"^={3,}\s*(原始邮件|original message)\s*={3,}$", re.IGNORECASE),
    re.compile(r"^_{8,}$"),
]
# An Outlook/QQ/Foxmail header block: "From:" (or 发件人：) followed closely by Sent/Date/To/Subject lines.
_HEADER_START = re.compile(r"^\**\s*(from|发件人|寄件人|寄件者|发信人)\s*\**\s*[:：]", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\**\s*(sent|date|to|cc|subject|发送时间|发件时间|时间|日期|收件人|抄送|主题|主旨|寄件日期|收件者)\s*\**\s*[:：]",
    re.IGNORECASE,
)
# Attribution lines above quoted history ("On … wrote:", "在 … 写道：", "… 于 … 写道：").
_ATTRIBUTION_END = re.compile(r"(wrote|writes|写道|寫道|寫到|写到)\s*[:：]?\s*$", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"^(on\s|在\s?|於\s?|\d{4}[-/年])", re.IGNORECASE)
# Phone and webmail signatures that end the new text.
_MOBILE_SIGNATURES = [
    re.compile(
        r"^(发自|来自|從|从|寄自)(我的)?\s?.{0,24}(iphone|ipad|android|手机|客户端|邮箱|郵箱|邮件|mail|设备)",
        re.IGNORECASE,
    ),
    re.compile(r"^(从|從)我的\s?.{0,16}(发送|傳送)$", re.IGNORECASE),
    re.compile(r"^sent (from|via|with) (my |the )?.{0,40}$", re.IGNORECASE),
    re.compile(r"^get outlook for .{0,20}$", re.IGNORECASE),
    re.compile(r"^(发自|来自)(网易|QQ|腾讯|新浪|搜狐|阿里|钉钉|企业微信).{0,16}$", re.IGNORECASE),
]


def _clean(line: str) -> str:
    return line.replace("\u00a0", " ").replace("\u3000", " ").strip()


def _is_signature_delimiter(line: str) -> bool:
    # RFC 3676 says "-- "; many clients drop the trailing space.
    return line.rstrip("\r") in ("-- ", "--", "—", "– ")


def _is_separator(lines: list[str], i: int) -> bool:
    text = _clean(lines[i])
    if any(p.match(text) for p in _SEPARATORS):
        return True
    if _HEADER_START.match(text):
        following = [_clean(x) for x in lines[i + 1 : i + 6] if _clean(x)]
        return any(_HEADER_NEXT.match(x) for x in following[:4])
    return False


def _attribution_span(lines: list[str], i: int) -> int:
    """1 or 2 when an attribution ("On … wrote:") starts at line i (clients wrap long ones), else 0."""
    text = _clean(lines[i])
    if not text or text.startswith(">"):
        return 0
    if _ATTRIBUTION_END.search(text) and (len(text) < 300):
        return 1
    if _ATTRIBUTION_START.match(text) and i + 1 < len(lines):
        following = _clean(lines[i + 1])
        if following and not following.startswith(">") and _ATTRIBUTION_END.search(following):
            return 2
    return 0


def _is_mobile_signature(text: str) -> bool:
    return any(p.match(text) for p in _MOBILE_SIGNATURES)


def new_text(body: str) -> str:
    """What the sender wrote in this message: no `>` quotes, no quoted history, no signature."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        text = _clean(line)
        if _is_signature_delimiter(line) or _is_mobile_signature(text) or _is_separator(lines, i):
            break
        span = _attribution_span(lines, i)
        if span:
            j = i + span
            while j < len(lines) and not _clean(lines[j]):
                j += 1
            if j < len(lines) and _clean(lines[j]).startswith(">"):
                # Bottom- or inline-posting: skip the quoted block, keep reading what follows it.
                i = j
                continue
            break
        if text.startswith(">") or text.startswith("＞"):
            i += 1
            continue
        kept.append(line.rstrip())
        i += 1
    return "\n".join(kept).strip()
