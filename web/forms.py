"""What a browser does on the scorecard and HR action pages, over plain HTTP: for the demo and for scripts.

A session's cookie jar must accept cookies for IP hosts (`aiohttp.CookieJar(unsafe=True)` on 127.0.0.1): the HR
action page opens the HR session and its form carries the CSRF token.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

import aiohttp

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass(frozen=True)
class FormResult:
    """The page the POST ended on (after redirects) and its status."""

    status: int
    url: str
    text: str


def links_to(text: str, path: str) -> list[str]:
    """URLs in an email's text whose path starts with `path` (e.g. "/s/", "/hr/a/"), in order."""
    return [u for u in re.findall(r"https?://[^\s\"'<>]+", text) if re.match(r"https?://[^/]+" + re.escape(path), u)]


async def submit_scorecard(
    http: aiohttp.ClientSession, url: str, scores: Mapping[str, float], comments: str = ""
) -> FormResult:
    """Fill the scorecard's fields (`score.<dimension>`) and comments and press "submit"."""
    form = {f"score.{code}": f"{score:g}" for code, score in scores.items()}
    form["comments"] = comments
    async with http.post(url, data=form) as response:
        return FormResult(response.status, str(response.url), await response.text())


async def decide_request(http: aiohttp.ClientSession, url: str, *, approve: bool, note: str = "") -> FormResult:
    """Open an HR "approve or reject" link (which opens the HR session) and press approve or reject."""
    async with http.get(url) as page:
        text = await page.text()
        if page.status != 200:
            return FormResult(page.status, str(page.url), text)
    match = _CSRF.search(text)
    if match is None:
        raise ValueError(f"{url}: the page has no form to send (status {page.status})")
    form = {"csrf": html.unescape(match.group(1)), "decision": "approve" if approve else "reject", "note": note}
    async with http.post(url, data=form) as response:
        return FormResult(response.status, str(response.url), await response.text())
