"""Special-point categories: each with its points, gathered from the points' details."""

from collections.abc import Iterable

from app.models.points import Category
from app.schemas.categories import CategoryMember, CategoryOut
from app.schemas.points import PointDetail

# Display names and what a member's detail says, per category (the editors' wording).
LABELS: dict[Category, tuple[str, str | None]] = {
    Category.JING_WELL: ("Jing-well points", "phase"),
    Category.YING_SPRING: ("Ying-spring points", "phase"),
    Category.SHU_STREAM: ("Shu-stream points", "phase"),
    Category.JING_RIVER: ("Jing-river points", "phase"),
    Category.HE_SEA: ("He-sea points", "phase"),
    Category.YUAN_SOURCE: ("Yuan-source points", None),
    Category.LUO_CONNECTING: ("Luo-connecting points", None),
    Category.XI_CLEFT: ("Xi-cleft points", None),
    Category.BACK_SHU: ("Back-shu (back transporting) points", "organ"),
    Category.FRONT_MU: ("Front-mu (front collecting) points", "organ"),
    Category.LOWER_HE_SEA: ("Lower he-sea points", "organ"),
    Category.EIGHT_INFLUENTIAL: ("Eight influential points", "what it influences"),
    Category.EIGHT_CONFLUENT: ("Eight confluent points", "vessel"),
    Category.FOUR_COMMAND: ("Four command points", "area"),
}


def build_categories(points: Iterable[PointDetail]) -> list[CategoryOut]:
    """``points`` in conventional order; every category, even an empty one."""
    members: dict[Category, list[CategoryMember]] = {category: [] for category in Category}
    for point in points:
        for entry in point.categories:
            members[entry.category].append(
                CategoryMember(
                    code=point.code,
                    display_code=point.display_code,
                    **entry.model_dump(exclude={"category"}),
                )
            )
    return [
        CategoryOut(
            slug=category,
            name=LABELS[category][0],
            detail=LABELS[category][1],
            count=len(found),
            points=found,
        )
        for category, found in members.items()
    ]
