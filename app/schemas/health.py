"""What the liveness and readiness probes answer."""

from typing import Literal

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: Literal["ok"] = Field(
        default="ok", description="Always `ok` while the process serves.", examples=["ok"]
    )


class Readiness(BaseModel):
    status: Literal["ready"] = Field(
        default="ready",
        description="`ready` once the database answers and the data is loaded.",
        examples=["ready"],
    )
    dataset_version: str = Field(
        description="Version of the loaded dataset.", examples=["2026.11.24"]
    )
