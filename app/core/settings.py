"""Service configuration, read from ``ACUPOINT_*`` environment variables and a ``.env`` file.

The file is read from the working directory; a variable set in the environment wins over
the same name in the file. ``ACUPOINT_ENV_FILE`` names another file, or none when empty
(the test suite sets it empty, so a developer's ``.env`` cannot change what it tests).
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, IPvAnyNetwork, field_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from app.core.limits import DEFAULT_MAX_URL_BYTES
from app.core.rate_limits import parse_rate

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_SQLITE_URL = f"sqlite:///{PROJECT_ROOT / 'data' / 'acupoint-kb.sqlite3'}"
ENV_FILE_VARIABLE = "ACUPOINT_ENV_FILE"
REDIS_SCHEMES = ("redis://", "rediss://", "redis+unix://", "redis+sentinel://", "redis+cluster://")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ACUPOINT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    environment: Literal["production", "development", "test"] = Field(
        default="production",
        description="`development` serves with auto-reload and logs as text for people; "
        "`production` and `test` without reload, logs in JSON.",
    )
    database_url: str = Field(
        default=DEFAULT_SQLITE_URL,
        description=(
            "SQLAlchemy URL: a SQLite file by default, postgresql+psycopg://… in production."
        ),
    )
    seed_dir: Path = Field(
        default=PROJECT_ROOT / "seed", description="Folder holding the seed data files."
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description='Origins allowed to call the API from a browser, e.g. ["https://app.example"].',
    )
    mcp_allowed_hosts: list[str] = Field(
        default_factory=lambda: ["127.0.0.1:*", "localhost:*", "[::1]:*"],
        description="Host header values /mcp answers (`host:*` for any port), against DNS "
        'rebinding; add the public name, e.g. ["kb.example.org"]; [] turns the check off.',
    )
    reload_interval_seconds: float = Field(
        default=5.0,
        gt=0,
        description="Seconds between checks of the dataset version (read-model staleness bound).",
    )
    key_cache_seconds: float = Field(
        default=5.0,
        ge=0,
        description="How long each process trusts a key look-up (a revoked key's bound).",
    )
    db_pool_size: int = Field(default=5, ge=1, description="Connections kept per process.")
    db_pool_timeout_seconds: float = Field(
        default=3.0, gt=0, description="Wait for a free connection before answering 503."
    )
    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="Largest request body.")
    max_header_bytes: int = Field(
        default=16 * 1024,
        ge=1024,
        description="Largest request line and header block (431 above).",
    )
    max_header_count: int = Field(
        default=100, ge=10, description="Most header fields in one request (431 above)."
    )
    header_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="Time a client has to send a request's headers, from connecting or from "
        "the previous answer; the connection is closed after it.",
    )
    body_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="Time a client has to send a request's whole body once its headers are "
        "in (408 after it).",
    )
    keep_alive_seconds: int = Field(
        default=5, ge=1, description="An idle kept-alive connection is closed after this."
    )
    max_connections: int = Field(
        default=1000,
        ge=2,
        description="Open connections (or requests in progress) per process from which "
        "new requests are refused with 503.",
    )
    shutdown_timeout_seconds: int = Field(
        default=5,
        ge=0,
        description="On SIGTERM, how long requests in progress may run before they are "
        "cancelled; keep it well under the container's stop timeout (10 s by default).",
    )
    max_url_bytes: int = Field(
        default=DEFAULT_MAX_URL_BYTES,
        ge=256,
        description="Longest request URL under /v1, path and query (414 above).",
    )
    response_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        description="Bytes of answers each process keeps in its response cache (0 turns it "
        "off); an answer larger than a sixteenth of it is served but not kept.",
    )
    fast_lane: bool = Field(
        default=True,
        description="Answer well-formed search and point-list queries without the "
        "framework's routing and dependency work (the same answers); false sends them "
        "through the routes like every other request.",
    )
    gzip_min_bytes: int = Field(
        default=1024, ge=0, description="Compress responses above this size."
    )
    cache_max_age_seconds: int = Field(
        default=300, ge=0, description="Cache-Control max-age for public reads."
    )
    workers: int = Field(
        default=1,
        ge=1,
        description="Worker processes serving on this host; `python -m app serve --workers N` "
        "sets it. With more than one, `rate_limit_storage=auto` counts in the database.",
    )
    rate_limits_enabled: bool = Field(
        default=True, description="Limit requests under /v1; off for benchmarks and tests."
    )
    rate_limit_anonymous: str = Field(
        default="120/minute", description="Requests without a key, per client address."
    )
    rate_limit_partner: str = Field(
        default="1200/minute", description="Requests with a partner key, per key."
    )
    rate_limit_curator: str = Field(
        default="600/minute", description="Requests with a curator key, per key."
    )
    rate_limit_corrections: str = Field(
        default="5/hour",
        description="Anonymous reports of mistakes (POST /v1/corrections), per client address.",
    )
    rate_limit_storage: str = Field(
        default="auto",
        description="Where hits are counted: `memory` (this process only), `database`, a "
        "`redis://host:port/db` URL (also rediss://, redis+sentinel://, redis+cluster://), or "
        "`auto`: memory with one worker, the database with several. Replicas need database "
        "or redis.",
    )
    rate_limit_key_prefix: str = Field(
        default="acupoint-kb",
        min_length=1,
        description="Prefix of the counters' keys in Redis, so deployments can share a server.",
    )
    trusted_proxies: list[IPvAnyNetwork] = Field(
        default_factory=list,
        description='Proxies whose X-Forwarded-For is believed, e.g. ["10.0.0.0/8", "127.0.0.1"].',
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        default="info",
        description="Least severe log level written; `warning` drops the line per request.",
    )
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto",
        description="`json`: one JSON object per line; `console`: aligned text for people; "
        "`auto`: console in development, JSON otherwise.",
    )
    page_enabled: bool = Field(
        default=True,
        description="Serve the symptom finder page at / (its files under /assets/); false "
        "leaves the API alone.",
    )
    opentelemetry: bool = Field(
        default=False,
        description="FastAPI's native OpenTelemetry spans and metrics, for a deployment that "
        "configures an OpenTelemetry SDK (e.g. with `opentelemetry-instrument`); off, they "
        "cost nothing per request.",
    )
    metrics_enabled: bool = Field(
        default=True,
        description="Count requests, latency, errors, refusals and cache use, served at "
        "GET /metrics for Prometheus; false removes both the counting and the route.",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Looked up each time settings are built, not at import, so that the variable works
        # whenever it is set (the test suite sets it after importing the app).
        env_file = os.environ.get(ENV_FILE_VARIABLE)
        if env_file is not None:
            dotenv_settings = DotEnvSettingsSource(settings_cls, env_file=env_file or None)
        return init_settings, env_settings, dotenv_settings, file_secret_settings

    @field_validator(
        "rate_limit_anonymous",
        "rate_limit_partner",
        "rate_limit_curator",
        "rate_limit_corrections",
    )
    @classmethod
    def _one_rate(cls, value: str) -> str:
        parse_rate(value)
        return value

    @field_validator("rate_limit_storage")
    @classmethod
    def _known_storage(cls, value: str) -> str:
        if value in ("auto", "memory", "database") or value.startswith(REDIS_SCHEMES):
            return value
        raise ValueError(
            f"{value!r}: use auto, memory, database or a redis:// URL ({', '.join(REDIS_SCHEMES)})"
        )


@lru_cache
def get_settings() -> Settings:
    return Settings()
