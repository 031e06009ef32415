"""Imports every model so that ``Base.metadata`` knows the whole schema."""

from app.conditions.models import Condition, ConditionSynonym, PointCondition
from app.core.model_base import Base
from app.dataset.models import DatasetVersion
from app.meridians.models import Meridian
from app.points.models import Point, PointCategory, PointLocation, PointName, Technique
from app.regions.models import Region
from app.routines.models import Routine, RoutineStep
from app.safety.models import Contraindication
from app.sources.models import Erratum, Source
from app.tips.models import Tip

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
