"""General tips as the API shows them."""

from pydantic import BaseModel, Field

from app.schemas.sources import Review


class TipOut(BaseModel):
    slug: str = Field(description="Stable identifier of the tip.", examples=["stay-hydrated"])
    title: str = Field(description="Its title for display.", examples=["Stay hydrated"])
    body: str = Field(
        description="The tip, as the dataset keeps it.",
        examples=["Drink water after your workout."],
    )
    editorial_note: str | None = Field(
        description="What the editors changed or left out of the source's tip, and why.",
        examples=[
            'The source adds that water "flushes toxins released during exercise and '
            'acupressure"; it gives no support for that claim, so the tip keeps only the '
            "advice to drink water."
        ],
    )
    source: str = Field(
        description="Slug of the source of the tip.", examples=["tcmtips-post-exercise-recovery"]
    )
    review: Review = Field(description="How far the record has been checked, by whom and when.")
