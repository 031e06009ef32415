"""Which of many folded forms hold a text whole, and which ones the text holds.

Both questions are asked of every spelling on every search. Asked one spelling at a time
they cost a Python loop over the whole vocabulary; here the first is a ``str.find`` over
all spellings joined (a scan in C), and the second looks up each place in the text by
the first characters a spelling can start with: its cost depends on the text, not on how
many spellings there are.
"""

from bisect import bisect_right
from collections.abc import Iterable

_JOIN = "\x00"
"""Between spellings in the joined form: no folded spelling holds it."""


class Containment:
    def __init__(self, forms: Iterable[str], *, min_held_length: int) -> None:
        """``forms`` are distinct folded spellings; only those at least ``min_held_length``
        long can be found inside a text."""
        self._forms = [form for form in forms if _JOIN not in form]
        self._starts: list[int] = []
        offset = 0
        for form in self._forms:
            self._starts.append(offset)
            offset += len(form) + len(_JOIN)
        self._joined = _JOIN.join(self._forms)
        self._order = {form: index for index, form in enumerate(self._forms)}
        self._min_held = min_held_length
        self._held_by_start: dict[str, list[str]] = {}
        for form in self._forms:
            if len(form) >= min_held_length:
                self._held_by_start.setdefault(form[:min_held_length], []).append(form)

    def holding(self, text: str) -> list[str]:
        """The forms that hold ``text`` whole, in the order they were given."""
        if not text or _JOIN in text:
            return []
        found: list[str] = []
        position = self._joined.find(text)
        while position != -1:
            index = bisect_right(self._starts, position) - 1
            found.append(self._forms[index])
            if index + 1 == len(self._starts):
                break
            position = self._joined.find(text, self._starts[index + 1])
        return found

    def held_by(self, text: str) -> list[str]:
        """The forms (long enough to count) that ``text`` holds, itself included, in the
        order they were given."""
        found: set[str] = set()
        size = self._min_held
        for start in range(len(text) - size + 1):
            for form in self._held_by_start.get(text[start : start + size], ()):
                if text.startswith(form, start):
                    found.add(form)
        return sorted(found, key=self._order.__getitem__)
