"""Shared pieces of the pre-built resource views: name lookup, citations, point order."""

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from app.core.model_base import Cited
from app.points.identifiers import fold
from app.points.schemas import CautionOut, PointDetail, PointSummary
from app.sources.schemas import Review, SourceOut

_CODE_PARTS = re.compile(r"^(.*?)(\d+)$")
ModelT = TypeVar("ModelT", bound=BaseModel)


class NameIndex:
    """Folded spellings → the keys (slugs, codes) they may mean.

    A key's own spelling means that key only, even where another record lists it among
    its other spellings (as LR lists may write LI, the Large Intestine's own code).
    """

    def __init__(self, spellings: Mapping[str, Iterable[str]], labels: Mapping[str, str]) -> None:
        own = {fold(key): key for key in spellings}
        self._labels = dict(labels)
        self._index: dict[str, list[str]] = {}
        for key, names in spellings.items():
            for name in (key, *names):
                folded = fold(name)
                if not folded or own.get(folded, key) != key:
                    continue
                keys = self._index.setdefault(folded, [])
                if key not in keys:
                    keys.append(key)
        self._choices = list(self._index)

    def resolve(self, text: str) -> list[str]:
        """Every key the text may mean: none, one, or several (ambiguous)."""
        return list(self._index.get(fold(text), ()))

    def suggest(self, text: str, limit: int = 3, cutoff: float = 70.0) -> list[str]:
        """Keys whose spellings come close to the text, best first."""
        query = fold(text)
        if not query:
            return []
        found = process.extract(
            query, self._choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff
        )
        keys: list[str] = []
        for choice, _score, _position in found:
            keys.extend(key for key in self._index[choice] if key not in keys)
        return keys[:limit]

    def label(self, key: str) -> str:
        return self._labels.get(key, key)


@dataclass(frozen=True, slots=True)
class Citations:
    """The sources by slug, in the dataset's order."""

    sources: Mapping[str, SourceOut]

    def of(self, slugs: Iterable[str]) -> list[SourceOut]:
        wanted = set(slugs)
        return [source for slug, source in self.sources.items() if slug in wanted]


@dataclass(frozen=True, slots=True)
class ViewContext:
    """What every resource view is built from, beyond its own rows."""

    notice: str
    points: Mapping[str, PointDetail]
    """Code → detail, in conventional order (meridian order, then number; extra points last)."""
    summaries: Mapping[str, PointSummary]
    """Code → summary, in the same order."""
    point_codes: Mapping[int, str]
    source_slugs: Mapping[int, str]
    citations: Citations
    cautions: Sequence[CautionOut]
    """All contraindications and cautions, in the dataset's order."""
    review: Callable[[Cited], Review]

    def union_cautions(self, groups: Iterable[Iterable[CautionOut]]) -> list[CautionOut]:
        """The cautions in any of the groups, once each, in the dataset's order."""
        slugs = {caution.slug for group in groups for caution in group}
        return [caution for caution in self.cautions if caution.slug in slugs]


def code_order(code: str) -> tuple[str, int]:
    """Natural order of codes: BL9 before BL10."""
    match = _CODE_PARTS.match(code)
    return (match.group(1), int(match.group(2))) if match else (code, 0)


def narrowed(model: type[ModelT], instance: BaseModel) -> ModelT:
    """A ``model`` copy of an instance of a subclass, without the subclass's extra fields.

    Validating a subclass instance would keep it whole, and list pages serialise what
    they hold.
    """
    return model.model_validate({name: getattr(instance, name) for name in model.model_fields})
