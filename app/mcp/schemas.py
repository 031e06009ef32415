"""Answers of the MCP tools whose REST counterparts carry no notice or sources.

Each extends the REST schema, so a client reads the same fields under the same names.
"""

from pydantic import BaseModel, Field

from app.schemas.routines import RoutineSummary
from app.schemas.search import SearchResult
from app.schemas.sources import NOTICE_EXAMPLE, SourceOut


class CitedSearchResult(SearchResult):
    notice: str = Field(
        description="Not-medical-advice notice to show with anything drawn from the hits.",
        examples=[NOTICE_EXAMPLE],
    )
    sources: list[SourceOut] = Field(description="The sources of the points and conditions found.")


class RoutineList(BaseModel):
    items: list[RoutineSummary] = Field(description="Every routine, in the dataset's order.")
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="The sources of the routines.")
