"""The export, the change feed and the audit as the API shows them."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.limits import MAX_PAGE_SIZE

KIND_EXAMPLE = "point-details"
KEY_EXAMPLE = "BL40/tcmtips-post-exercise-recovery"


class ExportAttribution(BaseModel):
    source: str = Field(description="The source's slug.", examples=["who-wpro-2008"])
    title: str = Field(
        description="The work's title.",
        examples=["WHO Standard Acupuncture Point Locations in the Western Pacific Region"],
    )
    author: str | None = Field(description="Who wrote it.", examples=["World Health Organization"])
    publisher: str | None = Field(
        description="Who published it.", examples=["World Health Organization"]
    )
    url: str | None = Field(description="Where it can be read.", examples=[None])
    licence: str | None = Field(
        description="Its terms, when a source record states them (none does yet).",
        examples=[None],
    )


class ExportChecksum(BaseModel):
    algorithm: Literal["sha-256"] = Field(description="The hash function.", examples=["sha-256"])
    covers: Literal["records"] = Field(
        description="The member it is the checksum of.", examples=["records"]
    )
    value: str = Field(
        description="Hex SHA-256 of `records` in canonical form (RFC 8785), as sent.",
        examples=["5b1c3e0f9d2a7b4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"],
    )


class ExportDocument(BaseModel):
    """What GET /v1/export?format=json sends (the zip's manifest.json has the same header)."""

    format: Literal["acupoint-kb-export"] = Field(
        description="What this document is.", examples=["acupoint-kb-export"]
    )
    format_version: int = Field(description="Its layout's version.", examples=[1])
    dataset_version: str = Field(
        description="The dataset version exported.", examples=["2026.11.24"]
    )
    generated_at: str = Field(
        description="When the export was made (UTC, ISO 8601, whole seconds).",
        examples=["2026-11-26T13:00:00+00:00"],
        json_schema_extra={"format": "date-time"},
    )
    cursor: str = Field(
        description="Pass as `since` to GET /v1/changes for what changed after this export.",
        examples=["1042"],
    )
    licence: str = Field(
        description="The terms the export comes with.",
        examples=["Each source keeps its own terms; the source records state none, …"],
    )
    attribution: list[ExportAttribution] = Field(description="Every source, to be credited.")
    records: dict[str, list[dict[str, Any]]] = Field(
        description=(
            "Every record by kind (`sources`, `point-details`, …), in dataset order: the "
            "records POST /v1/curation/{kind} takes and GET /v1/changes sends."
        ),
        examples=[{"regions": [{"slug": "knee", "name": "Knee", "parent": "lower-limb"}]}],
    )
    checksum: ExportChecksum = Field(description="The records' checksum.")


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

    actor: str | None = Field(
        default=None, max_length=100, description="The key's name.", examples=["alice"]
    )
    kind: str | None = Field(
        default=None, max_length=40, description="The kind of record.", examples=["regions"]
    )
    key: str | None = Field(
        default=None, max_length=200, description="The record's key.", examples=["knee"]
    )
    outcome: Literal["applied", "refused"] | None = Field(
        default=None, description="Only applied or only refused writes."
    )
    since: datetime | None = Field(
        default=None, description="Entries from this time on.", examples=["2026-11-26T13:00:00Z"]
    )
    limit: int = Field(default=50, ge=1, le=MAX_PAGE_SIZE, description="Page size.", examples=[20])
    offset: int = Field(default=0, ge=0, le=100_000, description="Entries to skip.", examples=[0])


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
    before: dict[str, Any] | None = Field(
        description="The record before (applied writes; null: created).",
        examples=[{"slug": "knee", "name": "Knee", "parent": "lower-limb"}],
    )
    after: dict[str, Any] | None = Field(
        description="The record after (applied writes; null: deleted).",
        examples=[{"slug": "knee", "name": "Knee (front)", "parent": "lower-limb"}],
    )
    dataset_version: str | None = Field(
        description="The dataset version it made.", examples=["2026.11.24.1042"]
    )
    correction: str | None = Field(
        description="The correction it applied, if any.", examples=[None]
    )
