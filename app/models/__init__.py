"""Imports every model so that ``Base.metadata`` knows the whole schema."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.conditions import Condition, ConditionSynonym, PointCondition
from app.models.contraindications import Contraindication
from app.models.corrections import Correction
from app.models.dataset import DatasetVersion
from app.models.keys import ApiKey
from app.models.meridians import Meridian
from app.models.points import (
    Point,
    PointCategory,
    PointFigureSite,
    PointLocation,
    PointName,
    Technique,
)
from app.models.ratelimits import RateCounter
from app.models.records import Change, DatasetRecord, TrashedRecord, WriteLock
from app.models.regions import Region
from app.models.routines import Routine, RoutineStep
from app.models.sources import Erratum, Source
from app.models.tips import Tip

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Base",
    "Change",
    "Condition",
    "ConditionSynonym",
    "Contraindication",
    "Correction",
    "DatasetRecord",
    "DatasetVersion",
    "Erratum",
    "Meridian",
    "Point",
    "PointCategory",
    "PointCondition",
    "PointFigureSite",
    "PointLocation",
    "PointName",
    "RateCounter",
    "Region",
    "Routine",
    "RoutineStep",
    "Source",
    "Technique",
    "Tip",
    "TrashedRecord",
    "WriteLock",
]
