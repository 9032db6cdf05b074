"""A local stand-in for Twilio's Messages API, speaking its request and response shapes (nothing outside this
machine can be reached). Basic auth with the account SID and auth token; form fields To, From or
MessagingServiceSid, Body; 201 with the message resource; errors as Twilio's JSON body {code, message, more_info,
status}: 20003 (401) for bad credentials, 21211 (400) for a 'To' that is not E.164, 21614 (400) for a number that
cannot receive SMS, 20429 (429) when rate limited, 500 for an outage."""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from aiohttp import web

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


@dataclass
class FakeTwilio:
    account_sid: str = "AC" + "0" * 31 + "1"
    auth_token: str = "test-auth-token"
    landlines: set[str] = field(default_factory=set)  # numbers that cannot receive SMS (21614)
    rate_limited: int = 0  # the next N requests get 429
    outages: int = 0  # the next N requests get 500
    delay_s: float = 0.0  # before answering (to overlap concurrent attempts)
    sent: list[dict[str, str]] = field(default_factory=list)
    requests: int = 0
    in_flight: int = 0
    most_in_flight: int = 0  # the most requests it was answering at once
    port: int = 0
    _runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._create)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @staticmethod
    def _error(status: int, code: int, message: str) -> web.Response:
        body = {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
        return web.json_response(body, status=status)

    def _authorized(self, request: web.Request, sid: str) -> bool:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return user == self.account_sid == sid and password == self.auth_token

    async def _create(self, request: web.Request) -> web.Response:
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request) -> web.Response:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        sid = request.match_info["sid"]
        if not self._authorized(request, sid):
            return self._error(401, 20003, "Authenticate")
        if self.rate_limited > 0:
            self.rate_limited -= 1
            return self._error(429, 20429, "Too Many Requests")
        if self.outages > 0:
            self.outages -= 1
            return web.Response(status=500, text="Internal Server Error")
        form = await request.post()
        to, body = str(form.get("To", "")), str(form.get("Body", ""))
        sender, service = form.get("From"), form.get("MessagingServiceSid")
        if not to:
            return self._error(400, 21604, "A 'To' phone number is required.")
        if not E164.fullmatch(to):
            return self._error(400, 21211, f"Invalid 'To' Phone Number: {to}")
        if not sender and not service:
            return self._error(400, 21603, "A 'From' phone number is required.")
        if not body:
            return self._error(400, 21602, "Message body is required.")
        if to in self.landlines:
            return self._error(400, 21614, f"'To' number {to} is not a valid mobile number")
        message_sid = "SM" + secrets.token_hex(16)
        now = format_datetime(datetime.now(UTC))
        self.sent.append(
            {
                "sid": message_sid,
                "to": to,
                "from": str(sender or ""),
                "body": body,
                "messaging_service_sid": str(service or ""),
            }
        )
        resource: dict[str, Any] = {
            "account_sid": sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": sender,
            "messaging_service_sid": service,
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": message_sid,
            "status": "accepted" if service else "queued",
            "subresource_uris": {"media": f"/2010-04-01/Accounts/{sid}/Messages/{message_sid}/Media.json"},
            "to": to,
            "uri": f"/2010-04-01/Accounts/{sid}/Messages/{message_sid}.json",
        }
        return web.json_response(resource, status=201)
