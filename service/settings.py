"""The one settings class. Built once in worker.py / starter.py / devstack and passed down."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas.contract import Policy
from service.release import BUILD_ID, DEPLOYMENT_NAME


class Settings(BaseSettings):
    """Every knob of the service; environment variables use the `REINTERVIEW_` prefix."""

    model_config = SettingsConfigDict(env_prefix="REINTERVIEW_", extra="ignore")

    # Temporal
    temporal_address: str = "127.0.0.1:7233"
    temporal_namespace: str = "default"
    task_queue: str = "reinterview"
    temporal_tls: bool = False
    temporal_tls_cert: Path | None = None  # client certificate (PEM): mTLS
    temporal_tls_key: Path | None = None  # its private key (PEM)
    temporal_tls_ca: Path | None = None  # the CA that signed the frontend's certificate; unset = the system's CAs
    temporal_tls_server_name: str | None = None  # the name in the frontend's certificate, if not the address's host
    temporal_api_key: str | None = None

    # Worker tuning and observability
    worker_max_concurrent_activities: int = 100
    worker_max_concurrent_workflow_tasks: int = 100
    worker_max_cached_workflows: int = 500  # runs parked for hours gain nothing from the cache (bench (d))
    worker_graceful_shutdown: timedelta = timedelta(seconds=50)
    # The reply gateway and the HTTP service: how long they may drain after SIGTERM. Every long-running process
    # exits by itself a few seconds after its setting (service/shutdown.py), whatever Temporal or PostgreSQL do.
    graceful_shutdown: timedelta = timedelta(seconds=15)
    temporal_metrics_address: str | None = None  # e.g. 0.0.0.0:9000: the SDK's Prometheus endpoint
    metrics_host: str = "0.0.0.0"
    metrics_port: int | None = None  # our own Prometheus counters (reinterview_*)

    # Worker versioning (docs/OPERATIONS.md §4): on, the worker is deployment version
    # `{worker_deployment_name}.{worker_build_id}` and every run it starts stays pinned to that version.
    worker_versioning: bool = False
    worker_deployment_name: str = DEPLOYMENT_NAME
    worker_build_id: str = BUILD_ID

    # PostgreSQL: unset means the embedded server under data_dir.
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")

    # Outbound mail
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_local_hostname: str | None = None  # EHLO name; unset = this host's name (no DNS lookup)
    smtp_max_connections: int = 4  # kept-open connections per worker
    smtp_max_idle: timedelta = timedelta(seconds=10)  # an idle connection older than this is not reused
    mail_from: str = "Re-interview <reinterview@hr.example.com>"
    hr_email: str = "hr@hr.example.com"
    # Where an interview takes place when neither its interviewer (`location`, `meeting_url`) nor its job
    # (`interview_location`) says: a room or a video link; empty says "to be announced".
    interview_location_default: str = ""

    # Outbound SMS (sms/): `none` sends none, `sink` saves each message as a file under sms_dir (the embedded
    # stack), `twilio` sends through Twilio's API (pip install -e '.[sms]'). Credentials only from the environment.
    sms_provider: Literal["none", "sink", "twilio"] = "none"
    sms_dir: Path | None = None  # the sink's folder; unset = <data_dir>/sms
    sms_timeout: timedelta = timedelta(seconds=10)  # one provider request
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from: str | None = None  # an E.164 sender number, or …
    twilio_messaging_service_sid: str | None = None  # … a Messaging Service (MG…) that picks the sender
    twilio_api_base_url: str | None = None  # unset = Twilio's own; tests point it at a local fake

    # Inbound reply gateway
    inbound_host: str = "127.0.0.1"
    inbound_port: int = 2525
    reply_domain: str = "reply.hr.example.com"
    # A reply read with less confidence than this is `unclear`: not acted on, asked back (SPEC R-M3).
    reply_confidence_bar: float = Field(default=0.7, ge=0.0, le=1.0)

    # HTTP (signed links, codec server)
    http_host: str = "127.0.0.1"
    http_port: int = 8088
    public_base_url: str = "http://127.0.0.1:8088"
    # HR's pages (inbox, action pages, reports) under /hr/ here; unset = public_base_url. `hr_auth`: "link" (a
    # signed login link emailed to the HR mailbox opens a session) or "proxy" (the company's auth proxy sets
    # `hr_proxy_user_header`, trusted only from `hr_trusted_proxies`, addresses or CIDR networks).
    hr_base_url: str | None = None
    hr_auth: Literal["link", "proxy"] = "link"
    hr_proxy_user_header: str = "X-Forwarded-User"
    hr_trusted_proxies: list[str] = Field(default_factory=list)
    hr_session_ttl: timedelta = timedelta(hours=12)
    hr_login_ttl: timedelta = timedelta(minutes=30)
    # Where people open the Temporal Web UI (deep links from the HR inbox); unset = the embedded UI port.
    temporal_web_url: str | None = None
    # What this HTTP service serves: "all" (the embedded stack), "links" (only the candidates' signed links and
    # /healthz: the published link host) or "internal" (everything, for the authenticating proxy and backends).
    http_role: Literal["all", "links", "internal"] = "all"

    # Signing (reply addresses, links) and payload encryption. Keys are {key_id: base64 32-byte key}; the
    # current id signs/encrypts, every listed key verifies/decrypts (rotation). The embedded stack creates
    # local keys once under data_dir; production passes them in the environment (never committed).
    signing_keys: dict[str, str] = Field(default_factory=dict)
    signing_key_id: str | None = None
    # Without a known interview time a reply address lasts this long: no shorter than the longest lead to an
    # interview (90 days) plus reply_valid_after_interview. With one, it lasts until that interview ended + the grace.
    reply_token_ttl: timedelta = timedelta(days=97)
    reply_valid_after_interview: timedelta = timedelta(days=7)
    link_ttl: timedelta = timedelta(days=14)
    codec_keys: dict[str, str] = Field(default_factory=dict)
    codec_key_id: str | None = None
    codec_token: str | None = None
    codec_cors_origin: str = "http://127.0.0.1:8233"
    # Production: every payload reaching the worker must be encrypted by the codec; a plaintext one is refused
    # (a signal dropped and noted, an update rejected, a start ending the run) instead of being acted on.
    codec_required: bool = False
    # Refuse (instead of only warning about) job and candidate ids that look like a phone number, email or name.
    strict_ids: bool = False
    # How often each process reloads the archive's names for its log mask (besides on every import's notification).
    log_names_refresh: timedelta = timedelta(seconds=60)
    inbound_max_bytes: int = 1024 * 1024

    # Reply gateway limits (docs/SECURITY.md, "The reply gateway"): checked before parsing, reading in a process
    # pool with a time limit, per-client limits answered with 4xx, retention of raw mail and dead letters.
    inbound_max_header_bytes: int = 64 * 1024
    inbound_max_parts: int = 50
    inbound_max_nesting: int = 8
    inbound_readers: int = 2
    inbound_read_timeout: timedelta = timedelta(seconds=5)
    inbound_read_attempts: int = 3
    inbound_max_connections: int = 200
    inbound_max_connections_per_client: int = 10
    inbound_max_messages_per_client_minute: int = 30
    inbound_idle_timeout: timedelta = timedelta(seconds=60)
    inbound_sweep_every: timedelta = timedelta(seconds=5)
    # Authentication-Results headers count only with this authserv-id (the company's MX); unset: none count.
    inbound_trusted_authserv_id: str | None = None
    # Expired-address auto-replies per sender, and did-you-send-this emails per candidate, per day.
    inbound_auto_replies_per_sender_day: int = 1
    inbound_sender_checks_per_candidate_day: int = 3
    # Raw inbound mail and dead letters are deleted after this long (a Temporal schedule runs the purge daily).
    inbound_retention: timedelta = timedelta(days=30)

    # Embedded stack
    data_dir: Path = Path(".run")
    temporal_ui_port: int = 8233
    smtp_sink_port: int = 1025

    # Workflow policy defaults (durations are policy, not code)
    reply_reminder_after: timedelta = timedelta(hours=24)
    escalate_after: timedelta = timedelta(hours=24)
    expire_after: timedelta = timedelta(hours=24)
    hr_decision_timeout: timedelta = timedelta(days=3)
    interview_reminder_before: timedelta = timedelta(hours=24)
    result_first_reminder_after: timedelta = timedelta(hours=1)
    result_reminder_every: timedelta = timedelta(days=1)
    result_escalate_after: timedelta = timedelta(days=2)
    result_no_show_after: timedelta = timedelta(days=3)
    interview_duration: timedelta = timedelta(hours=1)
    min_lead_time: timedelta = timedelta(days=2)
    decline_grace: timedelta = timedelta(hours=12)  # a decline read from an email or calendar waits this long

    @field_validator("worker_deployment_name")
    @classmethod
    def _deployment_name(cls, value: str) -> str:
        if not value or "." in value or value != value.strip():
            raise ValueError(f"{value!r} is not a deployment name (non-empty, no '.', no surrounding spaces)")
        return value

    @field_validator("worker_build_id")
    @classmethod
    def _build_id(cls, value: str) -> str:
        if not value or value != value.strip() or value.startswith("__") or len(value) > 255:
            raise ValueError(f"{value!r} is not a build id (1-255 characters, no surrounding spaces, not '__…')")
        return value

    def policy(self) -> Policy:
        """The workflow policy these settings describe (sent in the workflow input by starter.py)."""
        return Policy(
            reply_reminder_after_s=self.reply_reminder_after.total_seconds(),
            escalate_after_s=self.escalate_after.total_seconds(),
            expire_after_s=self.expire_after.total_seconds(),
            hr_decision_timeout_s=self.hr_decision_timeout.total_seconds(),
            interview_reminder_before_s=self.interview_reminder_before.total_seconds(),
            result_first_reminder_after_s=self.result_first_reminder_after.total_seconds(),
            result_reminder_every_s=self.result_reminder_every.total_seconds(),
            result_escalate_after_s=self.result_escalate_after.total_seconds(),
            result_no_show_after_s=self.result_no_show_after.total_seconds(),
            interview_duration_s=self.interview_duration.total_seconds(),
            min_lead_time_s=self.min_lead_time.total_seconds(),
            decline_grace_s=self.decline_grace.total_seconds(),
        )

    @property
    def temporal_ui_url(self) -> str:
        return (self.temporal_web_url or f"http://127.0.0.1:{self.temporal_ui_port}").rstrip("/")
