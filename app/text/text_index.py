"""Free text against every record at once: its names, and the words of its texts.

The score of a record is the better of two: how close the text comes to one of its names
(the fuzzy rule of :mod:`app.text.fuzzy`, counted from ``name_threshold``), and how much
of the text its words hold (:func:`app.text.symptoms.coverage`, scaled by
``words_weight``). Both are found through indexes over the whole vocabulary, so a query
costs a few vocabulary scans, not a comparison with every name of every record.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache, partial
from types import MappingProxyType

from app.text.containment import Containment
from app.text.fuzzy import MAX_CANDIDATES, MIN_PART_LENGTH, PART_SCORE
from app.text.identifiers import fold
from app.text.scan import Vocabulary
from app.text.symptoms import SHORT_WORD, WORDS_REMEMBERED, required_similarity, tokens


class TextIndex:
    def __init__(
        self,
        names: Mapping[str, Iterable[str]],
        words: Mapping[str, Iterable[str]],
        *,
        name_threshold: float,
        words_weight: float,
    ) -> None:
        """``names``: key → names (any spelling); ``words``: key → the words of its texts."""
        self._name_threshold = name_threshold
        self._words_weight = words_weight
        self._by_name: dict[str, set[str]] = defaultdict(set)
        for key, spellings in names.items():
            for spelling in spellings:
                folded = fold(spelling)
                if folded:
                    self._by_name[folded].add(key)
        self._names = Vocabulary(self._by_name)
        self._containment = Containment(self._by_name, min_held_length=MIN_PART_LENGTH)
        self._by_word: dict[str, set[str]] = defaultdict(set)
        for key, key_words in words.items():
            for word in key_words:
                self._by_word[word].add(key)
        self._words = Vocabulary(self._by_word)
        # A closure, not a bound method: the cache must not hold the index in a cycle.
        self._word_scores = lru_cache(maxsize=WORDS_REMEMBERED)(
            partial(_scan_word, self._words, self._by_word)
        )

    def scores(self, text: str) -> dict[str, float]:
        """Every key the text matches at all, with its score (0–100)."""
        found = self._text_scores(tokens(text))
        for key, score in self._name_scores(fold(text)).items():
            if score > found.get(key, 0.0):
                found[key] = score
        return found

    def _name_scores(self, query: str) -> dict[str, float]:
        if not query:
            return {}
        if len(query) < MIN_PART_LENGTH:
            return dict.fromkeys(self._by_name.get(query, ()), 100.0)
        close = dict(self._names.closest(query, self._name_threshold, MAX_CANDIDATES))
        if self._name_threshold <= PART_SCORE:
            held = self._containment.holding(query) + self._containment.held_by(query)
            for name in held:
                close[name] = max(close.get(name, 0.0), PART_SCORE)
        found: dict[str, float] = {}
        for name, score in close.items():
            for key in self._by_name[name]:
                found[key] = max(found.get(key, 0.0), score)
        return found

    def _text_scores(self, query_words: list[str]) -> dict[str, float]:
        if not query_words:
            return {}
        totals: dict[str, float] = defaultdict(float)
        for word in query_words:
            for key, score in self._word_scores(word).items():
                totals[key] += score
        scale = self._words_weight / len(query_words)
        return {key: total * scale for key, total in totals.items()}


def _scan_word(
    words: Vocabulary, by_word: Mapping[str, set[str]], word: str
) -> Mapping[str, float]:
    """Key → how well its words hold this one word (its best, from the bar up); kept
    per word, so the answer must not be changed."""
    if len(word) <= SHORT_WORD:
        close = {word: 100.0} if word in by_word else {}
    else:
        close = {
            candidate: score
            for candidate, score in words.closest(word, required_similarity(word), MAX_CANDIDATES)
            if len(candidate) > SHORT_WORD or candidate == word
        }
    best: dict[str, float] = {}
    for candidate, score in close.items():
        for key in by_word[candidate]:
            best[key] = max(best.get(key, 0.0), score)
    return MappingProxyType(best)
