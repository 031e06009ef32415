"""Imports every model so that ``Base.metadata`` knows the whole schema."""

from app.models.base import Base
from app.models.conditions import Condition, ConditionSynonym, PointCondition
from app.models.contraindications import Contraindication
from app.models.dataset import DatasetVersion
from app.models.meridians import Meridian
from app.models.points import Point, PointCategory, PointLocation, PointName, Technique
from app.models.regions import Region
from app.models.routines import Routine, RoutineStep
from app.models.sources import Erratum, Source
from app.models.tips import Tip

__all__ = [
    "Base",
    "Condition",
    "ConditionSynonym",
    "Contraindication",
    "DatasetVersion",
    "Erratum",
    "Meridian",
    "Point",
    "PointCategory",
    "PointCondition",
    "PointLocation",
    "PointName",
    "Region",
    "Routine",
    "RoutineStep",
    "Source",
    "Technique",
    "Tip",
]
