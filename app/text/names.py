"""Names of records (slugs, codes, titles, synonyms) as people write them."""

from collections.abc import Callable, Iterable, Mapping

from app.text.fuzzy import FuzzyIndex, Near
from app.text.identifiers import fold


class NameIndex:
    """Folded spellings → the keys (slugs, codes) they may mean.

    A key's own spelling means that key only, even where another record lists it among
    its other spellings (as LR lists may write LI, the Large Intestine's own code).
    """

    def __init__(
        self,
        spellings: Mapping[str, Iterable[str]],
        labels: Mapping[str, str],
        folding: Callable[[str], str] = fold,
    ) -> None:
        """``folding`` makes the compare-form (meridian codes keep ``Dü`` apart from ``Du``)."""
        self._fold = folding
        own = {folding(key): key for key in spellings}
        self._labels = dict(labels)
        self._index: dict[str, list[str]] = {}
        pairs: list[tuple[str, str]] = []
        for key, names in spellings.items():
            for name in (key, *names):
                folded = folding(name)
                if not folded or own.get(folded, key) != key:
                    continue
                keys = self._index.setdefault(folded, [])
                if key not in keys:
                    keys.append(key)
                pairs.append((name, key))
        self._fuzzy = FuzzyIndex(pairs)

    def resolve(self, text: str) -> list[str]:
        """Every key the text may mean: none, one, or several (ambiguous)."""
        return list(self._index.get(self._fold(text), ()))

    def near(self, text: str, limit: int = 3, cutoff: float = 70.0) -> list[Near[str]]:
        """Keys whose spellings come close to the text, best first, with the score."""
        return self._fuzzy.closest(text, limit, cutoff)

    def suggest(self, text: str, limit: int = 3, cutoff: float = 70.0) -> list[str]:
        """Keys whose spellings come close to the text, best first."""
        return [near.key for near in self.near(text, limit, cutoff)]

    def label(self, key: str) -> str:
        return self._labels.get(key, key)
