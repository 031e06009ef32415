"""Service configuration, read from ``ACUPOINT_*`` environment variables."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_SQLITE_URL = f"sqlite:///{PROJECT_ROOT / 'data' / 'acupoint-kb.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACUPOINT_", extra="ignore")

    environment: Literal["production", "development", "test"] = Field(
        default="production",
        description="`development` serves with auto-reload and request logs; "
        "`production` and `test` without.",
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
    gzip_min_bytes: int = Field(
        default=1024, ge=0, description="Compress responses above this size."
    )
    cache_max_age_seconds: int = Field(
        default=300, ge=0, description="Cache-Control max-age for public reads."
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
