"""One edit-similarity scan of a vocabulary, skipping the spellings that cannot reach the bar.

``fuzz.ratio`` is ``200 * common / (len(a) + len(b))``, and ``common`` is at most the
shorter length, so a spelling much shorter or longer than the text cannot reach a cutoff
whatever its letters. The vocabulary is kept sorted by length, and a scan looks only at
the lengths in reach: a long text is not compared with every short name, nor a short one
with every long one. The answer is the same as scanning everything.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from rapidfuzz import fuzz, process


def lengths_in_reach(length: int, cutoff: float) -> tuple[int, int]:
    """The shortest and longest spelling that may score ``cutoff`` against a text this long
    (a character wider on each side than the bound, so rounding never excludes one)."""
    if cutoff <= 0:
        return 0, 2**31
    cutoff = min(cutoff, 100.0)
    shortest = int(length * cutoff / (200.0 - cutoff)) - 1
    longest = int(length * (200.0 - cutoff) / cutoff) + 1
    return max(shortest, 0), longest


class Vocabulary:
    def __init__(self, spellings: Iterable[str]) -> None:
        """``spellings``: distinct strings; ties in a scan keep this order."""
        given = list(dict.fromkeys(spellings))
        self._position = {spelling: index for index, spelling in enumerate(given)}
        self._by_length = sorted(given, key=lambda s: (len(s), self._position[s]))
        self._lengths = [len(spelling) for spelling in self._by_length]

    def __len__(self) -> int:
        return len(self._by_length)

    def closest(self, text: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
        """Spellings scoring at least ``cutoff``, best first (ties in the given order), at
        most ``limit`` of them."""
        shortest, longest = lengths_in_reach(len(text), cutoff)
        start = bisect_left(self._lengths, shortest)
        end = bisect_right(self._lengths, longest)
        if start >= end:
            return []
        found = process.extract(
            text, self._by_length[start:end], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
        found.sort(key=lambda item: (-item[1], self._position[item[0]]))
        return [(spelling, float(score)) for spelling, score, _index in found[:limit]]
