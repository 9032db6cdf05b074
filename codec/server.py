"""The codec server: POST /encode and /decode in Temporal's codec-server protocol, for the Web UI and the CLI.

Bodies are proto3 JSON of `Payloads`: {"payloads": [{"metadata": {"encoding": "<base64>"}, "data": "<base64>"}]}.
Three ways in, one secret (settings.codec_token):
- `POST /decode` with `Authorization: Bearer <token>` — the CLI (`--codec-auth "Bearer <token>"`) and scripts;
- `POST /decode` with `Authorization: Basic base64(<user>:<token>)` — the authenticating proxy in front of the Web
  UI (oauth2-proxy `--pass-basic-auth` with the token as `--basic-auth-password`): the proxy proves itself with
  the secret (its own request log says who signed in); a user header alone (`X-Forwarded-Email`) is never
  trusted;
- `POST /<token>/decode` — the Web UI without a proxy (the embedded stack), which can send no Authorization
  header unless it runs with OIDC, so its configured endpoint carries the token (`ui_codec_endpoint`).
CORS headers go only to settings.codec_cors_origin (the Web UI); requests from any other browser origin, a
namespace other than ours, a missing or wrong token and unknown paths are refused with a JSON error.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence

from aiohttp import web
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload, Payloads

from codec.aesgcm import AesGcmCodec, CodecKeyError, PayloadDecryptionError
from service.settings import Settings

MAX_BODY_BYTES = 16 * 1024 * 1024
# A Payloads document is four levels deep ({"payloads": [{"metadata": {...}}]}); anything much deeper is not one,
# and unbounded nesting would exhaust the parser's recursion (a plain-text 500 instead of an answer).
MAX_JSON_DEPTH = 16
MAX_PAYLOADS = 10_000
_BASE64 = re.compile(r"^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)={0,2}$")
_URL_SAFE = re.compile(r"^[A-Za-z0-9._~-]+$")
ALLOWED_HEADERS = "Authorization, Content-Type, X-Namespace"

log = logging.getLogger(__name__)

_ROUTING_ERRORS = {
    404: "not found: the codec server answers POST /encode and POST /decode",
    405: "method not allowed: the codec server answers POST (and CORS preflight OPTIONS)",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def refusal(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON error body {"error": message} with the given status."""
    return web.json_response({"error": message}, status=status, headers=headers)


class CodecServer:
    """Request handling for one codec, one bearer token, one allowed browser origin and one namespace."""

    def __init__(self, codec: AesGcmCodec, token: str, cors_origin: str, namespace: str) -> None:
        self._codec = codec
        self._token = token.encode("utf-8")
        self._origin = cors_origin
        self._namespace = namespace

    def _origin_allowed(self, request: web.Request) -> bool:
        return request.headers.get("Origin") == self._origin

    def _cors_headers(self, request: web.Request) -> dict[str, str]:
        if not self._origin_allowed(request):
            return {}
        return {"Access-Control-Allow-Origin": self._origin, "Vary": "Origin"}

    def _token_matches(self, given: str | None) -> bool:
        # compare_digest takes the same time wherever the first differing byte is: no guessing byte by byte.
        return hmac.compare_digest((given or "").encode("utf-8"), self._token)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse other browser origins, turn routing errors into JSON, add CORS headers for the UI origin."""
        if "Origin" in request.headers and not self._origin_allowed(request):
            return refusal(403, f"origin {request.headers['Origin']!r} may not use this codec server")
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = refusal(exc.status, _ROUTING_ERRORS.get(exc.status, exc.reason))
        except Exception:  # a bug, not the client's fault: logged here, answered in JSON without the details
            log.exception("codec server failed on %s %s", request.method, request.rel_url.path.rsplit("/", 1)[-1])
            response = refusal(500, "the codec server failed on this request (details in the server's log)")
        response.headers.update(self._cors_headers(request))
        return response

    async def preflight(self, request: web.Request) -> web.Response:
        """Answer the browser's CORS preflight (only the middleware's allowed origin gets this far)."""
        if not self._origin_allowed(request):
            return refusal(403, "CORS preflight without an allowed Origin")
        headers = {
            "Access-Control-Allow-Methods": "POST",
            "Access-Control-Allow-Headers": ALLOWED_HEADERS,
            "Access-Control-Max-Age": "600",
        }
        if request.headers.get("Access-Control-Request-Private-Network") == "true":
            headers["Access-Control-Allow-Private-Network"] = "true"
        return web.Response(status=204, headers=headers)

    async def encode_with_header(self, request: web.Request) -> web.Response:
        """POST /encode with the token in Authorization (Bearer, or Basic from the proxy): encrypt the payloads."""
        return await self._convert(request, self._credential(request), encode=True)

    async def decode_with_header(self, request: web.Request) -> web.Response:
        """POST /decode with the token in Authorization (Bearer, or Basic from the proxy): decrypt the payloads."""
        return await self._convert(request, self._credential(request), encode=False)

    async def encode_with_path_token(self, request: web.Request) -> web.Response:
        """POST /<token>/encode (the Web UI's endpoint): encrypt the payloads."""
        return await self._convert(request, request.match_info["token"], encode=True)

    async def decode_with_path_token(self, request: web.Request) -> web.Response:
        """POST /<token>/decode (the Web UI's endpoint): decrypt the payloads."""
        return await self._convert(request, request.match_info["token"], encode=False)

    @staticmethod
    def _credential(request: web.Request) -> str | None:
        """The token from `Bearer <token>`, or the password of `Basic base64(user:token)` (the proxy's)."""
        scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            return credentials.strip()
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(credentials.strip(), validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return None
            return password if user else None
        return None

    async def _convert(self, request: web.Request, token: str | None, *, encode: bool) -> web.Response:
        if not self._token_matches(token):
            return refusal(401, "a valid codec token is required", {"WWW-Authenticate": 'Bearer realm="codec"'})
        namespace = request.headers.get("X-Namespace")
        if namespace is not None and namespace != self._namespace:
            return refusal(403, f"namespace {namespace!r} is not served by this codec server")
        body = await _read_limited(request, MAX_BODY_BYTES)
        if body is None:
            return refusal(413, f"request body is larger than {MAX_BODY_BYTES} bytes")
        try:
            payloads = _parse_payloads(body)
        except ValueError as exc:
            return refusal(400, str(exc))
        if encode:
            converted = await self._codec.encode(payloads)
        else:
            converted = []
            for index, payload in enumerate(payloads):
                try:
                    converted.append(self._codec.decrypt(payload))
                except PayloadDecryptionError as exc:
                    # The detail (which key id) goes to the operator's log, not to whoever sent the request.
                    log.warning("codec server could not decode payloads[%d]: %s", index, exc)
                    return refusal(
                        422,
                        f"payloads[{index}] could not be decrypted: it was altered, or it was encrypted with a key "
                        "this server does not have (details in the server's log)",
                    )
        return web.json_response({"payloads": [json_format.MessageToDict(p) for p in converted]})


async def _read_limited(request: web.Request, limit: int) -> bytes | None:
    """The request body, or None past `limit` bytes (independent of the mounting app's client_max_size)."""
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def _parse_payloads(body: bytes) -> Sequence[Payload]:
    """Proto3 JSON `Payloads` to payloads; a ValueError says what is wrong with the body."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"request body is not JSON: {exc}") from exc
    except RecursionError:
        raise ValueError(f"request body is nested deeper than {MAX_JSON_DEPTH} levels") from None
    if json_depth(document) > MAX_JSON_DEPTH:
        raise ValueError(f"request body is nested deeper than {MAX_JSON_DEPTH} levels")
    # Proto3 JSON leaves out an empty list, so `{}` is a valid request with no payloads (the CLI sends it).
    if not isinstance(document, dict) or not isinstance(document.get("payloads", []), list):
        raise ValueError('request body must be {"payloads": [{"metadata": {...}, "data": "<base64>"}]}')
    if len(document.get("payloads", [])) > MAX_PAYLOADS:
        raise ValueError(f"request body has more than {MAX_PAYLOADS} payloads")
    _check_base64(document.get("payloads", []))
    try:
        return list(json_format.ParseDict(document, Payloads(), ignore_unknown_fields=True).payloads)
    except json_format.ParseError as exc:
        raise ValueError(f"request body is not a Payloads message: {exc}") from exc


def json_depth(document: object) -> int:
    """How deeply lists and objects nest in a parsed JSON document (a scalar is 0), without recursion."""
    deepest = 0
    pending: list[tuple[object, int]] = [(document, 0)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children: list[object] = list(value.values())
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        pending.extend((child, depth + 1) for child in children)
    return deepest


def strict_base64(text: str) -> bytes:
    """Decode proto3 JSON `bytes`: standard or URL-safe alphabet, padding optional; anything else is a ValueError."""
    if not _BASE64.match(text) or len(text.rstrip("=")) % 4 == 1:
        raise ValueError("not base64")
    unpadded = text.rstrip("=")
    padded = unpadded + "=" * (-len(unpadded) % 4)
    if len(text) != len(unpadded) and text != padded:
        raise ValueError("wrong base64 padding")
    try:
        if "-" in padded or "_" in padded:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64") from exc


def _check_base64(payloads: list[object]) -> None:
    """Every `data` and metadata value is strict base64 (the protobuf parser would accept worse), by position."""
    for index, payload in enumerate(payloads):
        if not isinstance(payload, dict):
            continue  # ParseDict names this one
        fields: list[tuple[str, object]] = []
        if "data" in payload:
            fields.append((f"payloads[{index}].data", payload["data"]))
        metadata = payload.get("metadata")
        if isinstance(metadata, dict):
            fields += [(f"payloads[{index}].metadata.{key}", value) for key, value in metadata.items()]
        for where, value in fields:
            if not isinstance(value, str):
                continue  # ParseDict names this one
            try:
                strict_base64(value)
            except ValueError:
                raise ValueError(f"{where} is not valid base64") from None


def codec_app(settings: Settings) -> web.Application:
    """The codec server as an aiohttp application (mount it with `add_subapp("/codec", ...)` or run it alone)."""
    if not settings.codec_token:
        raise CodecKeyError("the codec server needs a bearer token (REINTERVIEW_CODEC_TOKEN or the local token file)")
    server = CodecServer(
        AesGcmCodec.from_settings(settings),
        settings.codec_token,
        settings.codec_cors_origin,
        settings.temporal_namespace,
    )
    app = web.Application(middlewares=[server.middleware])
    for path, handler in (
        ("/encode", server.encode_with_header),
        ("/decode", server.decode_with_header),
        ("/{token}/encode", server.encode_with_path_token),
        ("/{token}/decode", server.decode_with_path_token),
    ):
        app.router.add_post(path, handler)
        app.router.add_route("OPTIONS", path, server.preflight)
    return app


def ui_codec_endpoint(settings: Settings, base_url: str) -> str:
    """The endpoint to give the Web UI (`--ui-codec-endpoint`): `base_url` (where codec_app is mounted) + token."""
    if not settings.codec_token:
        raise CodecKeyError("no codec token: call codec.keys.load_or_create_codec_keys first")
    if not _URL_SAFE.match(settings.codec_token):
        raise CodecKeyError("the codec token must be URL-safe (letters, digits, - _ . ~) to sit in the UI's endpoint")
    return f"{base_url.rstrip('/')}/{settings.codec_token}"
