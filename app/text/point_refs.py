"""Resolve any identifier of a point: codes in any format, pinyin, hanzi, English, aliases."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.text.fuzzy import FuzzyIndex
from app.text.identifiers import (
    PrefixTable,
    candidate_codes,
    fold,
    fold_keeping_tones,
    has_tone_marks,
    parse_code,
    pinyin_v_as_u,
)


@dataclass(frozen=True, slots=True)
class Match:
    code: str
    matched: str
    score: float


@dataclass(frozen=True, slots=True)
class Resolution:
    """Exactly one of: ``code`` (found), ``candidates`` (ambiguous), ``suggestions``."""

    code: str | None = None
    candidates: tuple[Match, ...] = ()
    suggestions: tuple[Match, ...] = field(default_factory=tuple)


class PointResolver:
    def __init__(
        self,
        names: Mapping[str, Iterable[str]],
        prefixes: PrefixTable,
        standard: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """``names`` maps each point code to every name and spelling it has; ``standard``
        to its standard names, which win over another point's other names (Guangming is
        GB37's name, though an old text calls another point so)."""
        self._codes = frozenset(names)
        self._prefixes = prefixes
        self._standard: dict[str, set[str]] = {}
        for code, spellings in (standard or {}).items():
            for spelling in [code, *spellings]:
                self._standard.setdefault(fold(spelling), set()).add(code)
        self._folded: dict[str, set[str]] = {}
        self._toned: dict[str, set[str]] = {}
        pairs: list[tuple[str, str]] = []
        for code, spellings in names.items():
            for spelling in [code, *spellings]:
                key = fold(spelling)
                if not key:
                    continue
                self._folded.setdefault(key, set()).add(code)
                pairs.append((spelling, code))
                if has_tone_marks(spelling):
                    self._toned.setdefault(fold_keeping_tones(spelling), set()).add(code)
        self._fuzzy = FuzzyIndex(pairs)

    def resolve(self, ref: str, *, with_suggestions: bool = True) -> Resolution:
        parts = parse_code(ref)
        if parts is not None:
            codes = [code for code in candidate_codes(parts, self._prefixes) if code in self._codes]
            if len(codes) == 1:
                return Resolution(code=codes[0])
            if codes:
                return Resolution(candidates=tuple(Match(c, ref, 100.0) for c in codes))
        if has_tone_marks(ref):
            toned = self._toned.get(fold_keeping_tones(ref), set())
            if len(toned) == 1:
                return Resolution(code=next(iter(toned)))
        folded = fold(ref)
        for key in (folded, pinyin_v_as_u(folded)):
            standard = self._standard.get(key, set())
            if len(standard) == 1:
                return Resolution(code=next(iter(standard)))
        codes = sorted(self._folded.get(folded, ()) or self._folded.get(pinyin_v_as_u(folded), ()))
        if len(codes) == 1:
            return Resolution(code=codes[0])
        if codes:
            return Resolution(candidates=tuple(Match(c, ref, 100.0) for c in codes))
        return Resolution(suggestions=tuple(self.suggest(ref)) if with_suggestions else ())

    def suggest(self, text: str, limit: int = 5, cutoff: float = 60.0) -> list[Match]:
        """Close spellings, best first, one entry per point."""
        return [Match(n.key, n.matched, n.score) for n in self._fuzzy.closest(text, limit, cutoff)]
