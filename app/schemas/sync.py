"""The change feed and the audit as the API shows them."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.limits import MAX_PAGE_SIZE

KIND_EXAMPLE = "point-details"
KEY_EXAMPLE = "BL40/tcmtips-post-exercise-recovery"


class ChangeItem(BaseModel):
    cursor: str = Field(description="This change's place in the feed.", examples=["1042"])
    kind: str = Field(description="The kind of record.", examples=[KIND_EXAMPLE])
    key: str = Field(description="The record's key within its kind.", examples=[KEY_EXAMPLE])
    operation: Literal["upsert", "delete"] = Field(
        description="`upsert`: the record is now `content`; `delete`: it is gone (tombstone)."
    )
    position: int | None = Field(
        description="The record's place among its kind (0-based); null for a delete.",
        examples=[3],
    )
    content: dict[str, Any] | None = Field(
        description="The whole record after the change; null for a delete.",
        examples=[{"code": "BL40", "source": "tcmtips-post-exercise-recovery"}],
    )
    dataset_version: str = Field(
        description="The dataset version this change made.", examples=["2026.11.24.1042"]
    )
    changed_at: datetime = Field(description="When.", examples=["2026-11-26T13:00:00Z"])


class ChangePage(BaseModel):
    items: list[ChangeItem] = Field(description="The changes after `since`, oldest first.")
    next_cursor: str = Field(
        description="Pass as `since` for the next page (or to poll later).", examples=["1042"]
    )
    has_more: bool = Field(description="More changes wait after this page.", examples=[False])


class AuditFilter(BaseModel):
    """The query parameters of GET /v1/audit."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(default=None, max_length=100, description="The key's name.")
    kind: str | None = Field(default=None, max_length=40, description="The kind of record.")
    key: str | None = Field(default=None, max_length=200, description="The record's key.")
    outcome: Literal["applied", "refused"] | None = Field(
        default=None, description="Only applied or only refused writes."
    )
    since: datetime | None = Field(default=None, description="Entries from this time on.")
    limit: int = Field(default=50, ge=1, le=MAX_PAGE_SIZE, description="Page size.")
    offset: int = Field(default=0, ge=0, le=100_000, description="Entries to skip.")


class AuditItem(BaseModel):
    id: int = Field(description="The entry's number.", examples=[17])
    at: datetime = Field(description="When.", examples=["2026-11-26T13:00:00Z"])
    actor: str = Field(description="The name of the key that wrote.", examples=["alice"])
    action: str = Field(description="create, update, delete or restore.", examples=["update"])
    kind: str = Field(description="The kind of record.", examples=[KIND_EXAMPLE])
    key: str = Field(description="The record's key.", examples=[KEY_EXAMPLE])
    outcome: str = Field(description="`applied` or `refused`.", examples=["applied"])
    status: int = Field(description="The HTTP status the write answered.", examples=[200])
    reason: str | None = Field(description="Why it was refused.", examples=[None])
    before: dict[str, Any] | None = Field(description="The record before (applied writes).")
    after: dict[str, Any] | None = Field(description="The record after (null: deleted).")
    dataset_version: str | None = Field(
        description="The dataset version it made.", examples=["2026.11.24.1042"]
    )
    correction: str | None = Field(
        description="The correction it applied, if any.", examples=[None]
    )
