"""One fuzzy matcher with one scoring rule, behind every "did you mean" and near miss.

The rule, on folded forms (no case, tones, spaces or hyphens): the normalised edit
similarity (0–100), which scores a typo ("weizhonk" for "weizhong") by how little
differs; and at least ``PART_SCORE`` when one form holds the other whole and the held one
has at least ``MIN_PART_LENGTH`` characters ("back" in "Lower back pain", "calf" in
"sore calfs"). Shorter fragments ("li1" inside "zusanli1") count only by edit similarity.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from app.text.containment import Containment
from app.text.identifiers import fold
from app.text.scan import Vocabulary

KeyT = TypeVar("KeyT")
PART_SCORE = 90.0
MIN_PART_LENGTH = 4
MAX_CANDIDATES = 64
"""Most close spellings one scan keeps (the best): what follows a scan stays bounded."""


def similarity(text: str, spelling: str) -> float:
    """How close ``text`` comes to ``spelling``, 0–100, by the one rule."""
    a, b = fold(text), fold(spelling)
    if not a or not b:
        return 0.0
    score = float(fuzz.ratio(a, b))
    return max(score, PART_SCORE) if _holds(a, b) else score


def _holds(a: str, b: str) -> bool:
    """One folded form holds the other, which is long enough to count."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= MIN_PART_LENGTH and shorter in longer


@dataclass(frozen=True, slots=True)
class Near(Generic[KeyT]):
    key: KeyT
    matched: str
    """The spelling, as first given, that came close."""
    score: float


class FuzzyIndex(Generic[KeyT]):
    """Spellings of keys, searched for the ones close to a text by the one rule."""

    def __init__(self, spellings: Iterable[tuple[str, KeyT]]) -> None:
        self._keys: dict[str, list[KeyT]] = {}
        self._spelling: dict[str, str] = {}
        for spelling, key in spellings:
            folded = fold(spelling)
            if not folded:
                continue
            keys = self._keys.setdefault(folded, [])
            if key not in keys:
                keys.append(key)
            self._spelling.setdefault(folded, spelling)
        self._choices = list(self._keys)
        self._vocabulary = Vocabulary(self._choices)
        self._containment = Containment(self._choices, min_held_length=MIN_PART_LENGTH)

    def _holding_or_held(self, query: str) -> list[str]:
        """The spellings that hold the query whole, or that it holds (see ``_holds``)."""
        found = self._containment.holding(query) if len(query) >= MIN_PART_LENGTH else []
        return found + [c for c in self._containment.held_by(query) if c != query]

    def closest(self, text: str, limit: int, cutoff: float) -> list[Near[KeyT]]:
        """Keys with a spelling scoring at least ``cutoff``, best first, one entry per key."""
        query = fold(text)
        if not query:
            return []
        scores = dict(self._vocabulary.closest(query, cutoff, limit * 4))
        if cutoff <= PART_SCORE:
            for choice in self._holding_or_held(query):
                scores[choice] = max(scores.get(choice, 0.0), PART_SCORE)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best: dict[KeyT, Near[KeyT]] = {}
        for choice, score in ranked:
            for key in self._keys[choice]:
                if key not in best:
                    best[key] = Near(key, self._spelling[choice], round(score, 1))
        return list(best.values())[:limit]
