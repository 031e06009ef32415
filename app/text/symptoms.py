"""Free-text symptoms → conditions, tolerant of typos, plurals and everyday wording.

A condition matches when its name or one of its synonyms is (nearly) all present in the
text: "sore calfs after running" contains "sore calves"; "back pain after the gym"
contains "back pain" and, with gym read as exercise, "back pain after exercise".
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from app.text.fuzzy import MAX_CANDIDATES, FuzzyIndex
from app.text.identifiers import strip_tones
from app.text.scan import Vocabulary

MATCH_THRESHOLD = 75.0
_WORDS = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    {
        "a", "an", "the", "my", "me", "i", "im", "am", "is", "are", "was", "be", "been",
        "have", "has", "had", "feel", "feeling", "feels", "very", "really", "some", "bit",
        "little", "of", "in", "on", "at", "to", "from", "for", "with", "and", "or", "after",
        "during", "when", "while", "post",
    }
)  # fmt: skip
# Everyday words for the same thing, read as the word the vocabulary uses.
WORD_EQUIVALENTS = {
    "gym": "exercise",
    "workout": "exercise",
    "training": "exercise",
    "run": "exercise",
    "running": "exercise",
    "jogging": "exercise",
    "lifting": "exercise",
    "sport": "exercise",
    "cycling": "exercise",
    "hike": "exercise",
    "hiking": "exercise",
    "aching": "ache",
    "achy": "ache",
    "hurting": "pain",
    "hurts": "pain",
    "hurt": "pain",
    "painful": "pain",
    "lumbar": "lower back",
    "tight": "tension",
    "tense": "tension",
}


def _stem(word: str) -> str:
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + "f"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def tokens(text: str, *, expand: bool = False) -> list[str]:
    """Lower-case content words, stemmed; ``expand`` adds the vocabulary's equivalents."""
    words = _WORDS.findall(strip_tones(text).casefold().replace("ü", "u"))
    found: list[str] = []
    for word in words:
        if word in STOPWORDS:
            continue
        found.append(_stem(word))
        if expand and word in WORD_EQUIVALENTS:
            found.extend(_stem(w) for w in WORD_EQUIVALENTS[word].split())
    return found


def coverage(phrase: list[str], text: list[str]) -> float:
    """How much of ``phrase`` the text contains, 0–100, each word matched fuzzily."""
    if not phrase or not text:
        return 0.0
    return sum(_best_similarity(word, text) for word in phrase) / len(phrase)


def _best_similarity(word: str, text: list[str]) -> float:
    """How well the text contains ``word``: its best similarity, or 0 below the bar."""
    best = max(_similarity(word, candidate) for candidate in text)
    return best if best >= required_similarity(word) else 0.0


SHORT_WORD = 3
"""Words this short match only exactly: a one-letter change is another word (leg/lag)."""
LOWEST_BAR = 75.0
WORDS_REMEMBERED = 4096
THRESHOLDS_REMEMBERED = 8
"""Words whose scan each matcher keeps: queries share most of their words ("sore calves
after …"), so a new query mostly scans only its new words."""


def required_similarity(word: str) -> float:
    # One slip in a short word (bakc) is a typo; in a long one it may be another word
    # (soreness/tiredness).
    return 75.0 if len(word) <= 5 else 80.0


def _similarity(word: str, candidate: str) -> float:
    if word == candidate:
        return 100.0
    if min(len(word), len(candidate)) <= SHORT_WORD:
        return 0.0
    return float(fuzz.ratio(word, candidate))  # one word against one word: a typo, no more


@dataclass(frozen=True, slots=True)
class ConditionMatch:
    slug: str
    score: float
    matched: str


class SymptomMatcher:
    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        """``phrases`` maps a condition slug to its name, synonyms and slug."""
        self._phrases = [
            (slug, phrase, tokens(phrase))
            for slug, texts in phrases.items()
            for phrase in texts
            if tokens(phrase)
        ]
        self._vocabulary = sorted({word for _s, _p, words in self._phrases for word in words})
        # Word → (phrase, how many times the phrase has it), for the phrases that have it.
        self._phrases_with: dict[str, list[tuple[int, int]]] = {}
        for index, (_slug, _phrase, words) in enumerate(self._phrases):
            for word, times in Counter(words).items():
                self._phrases_with.setdefault(word, []).append((index, times))
        self._known = frozenset(self._vocabulary)
        self._needed_by_threshold: dict[float, list[int]] = {}
        scan = Vocabulary(self._vocabulary)

        @lru_cache(maxsize=WORDS_REMEMBERED)
        def held(word: str) -> tuple[tuple[str, float], ...]:
            return tuple(
                (candidate, score)
                for candidate, score in scan.closest(word, LOWEST_BAR, MAX_CANDIDATES)
                if len(candidate) > SHORT_WORD and score >= required_similarity(candidate)
            )

        self._held = held
        self._fuzzy = FuzzyIndex((phrase, slug) for slug, phrase, _words in self._phrases)

    def match(self, text: str, threshold: float = MATCH_THRESHOLD) -> list[ConditionMatch]:
        """Conditions the text describes, best first, one entry per condition."""
        words = tokens(text, expand=True)
        if not words:
            return []
        present = self._present(words)
        touched = (
            self._within_reach(present, threshold) if threshold > 0 else range(len(self._phrases))
        )
        best: dict[str, ConditionMatch] = {}
        for index in sorted(touched):
            slug, phrase, phrase_tokens = self._phrases[index]
            total = sum(present.get(word, 0.0) for word in phrase_tokens)
            score = round(total / len(phrase_tokens), 1)
            if score >= threshold and (slug not in best or score > best[slug].score):
                best[slug] = ConditionMatch(slug, score, phrase)
        return sorted(best.values(), key=lambda m: (-m.score, m.slug))

    def _within_reach(self, present: Mapping[str, float], threshold: float) -> list[int]:
        """The phrases that may score ``threshold``: even if every word the text holds were
        held whole (100), a phrase whose other words are too many cannot. A phrase none of
        whose words the text holds scores 0."""
        held: dict[int, int] = {}
        for word in present:
            for index, times in self._phrases_with.get(word, ()):
                held[index] = held.get(index, 0) + times
        needed = self._words_needed(threshold)
        return [index for index, count in held.items() if count >= needed[index]]

    def _words_needed(self, threshold: float) -> list[int]:
        """Per phrase, the fewest of its words held whole that can score ``threshold``."""
        needed = self._needed_by_threshold.get(threshold)
        if needed is None:
            needed = []
            for _slug, _phrase, words in self._phrases:
                count = 0
                while count <= len(words) and round(100.0 * count / len(words), 1) < threshold:
                    count += 1
                needed.append(count)
            if len(self._needed_by_threshold) < THRESHOLDS_REMEMBERED:
                self._needed_by_threshold[threshold] = needed
        return needed

    def _present(self, words: list[str]) -> dict[str, float]:
        """Vocabulary word → how well the text holds it (as ``_best_similarity``), for the
        words it holds at all: one scan of the vocabulary per word of the text."""
        present: dict[str, float] = {}
        for word in set(words):
            if len(word) <= SHORT_WORD:
                if word in self._known:
                    present[word] = 100.0
                continue
            for candidate, score in self._held(word):
                present[candidate] = max(present.get(candidate, 0.0), score)
        return present

    def closest(self, text: str, limit: int = 3, cutoff: float = 60.0) -> list[ConditionMatch]:
        """Names and synonyms that look like the text, for "did you mean"; one per condition."""
        return [
            ConditionMatch(near.key, near.score, near.matched)
            for near in self._fuzzy.closest(text, limit, cutoff)
        ]
