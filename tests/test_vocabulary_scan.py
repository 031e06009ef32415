"""A scan that skips lengths out of reach finds what scanning everything finds."""

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from app.text.scan import Vocabulary, lengths_in_reach

WORDS = st.text(alphabet="abcdehilnosuz", min_size=1, max_size=14)


def _everything(spellings: list[str], text: str, cutoff: float, limit: int) -> list[str]:
    found = process.extract(text, spellings, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    return [spelling for spelling, _score, _index in found]


@given(
    st.lists(WORDS, unique=True, max_size=40),
    WORDS,
    st.sampled_from([0.0, 50.0, 60.0, 70.0, 75.0, 80.0, 85.0, 90.0, 100.0]),
    st.integers(min_value=1, max_value=10),
)
def test_the_scan_agrees_with_scanning_every_spelling(
    spellings: list[str], text: str, cutoff: float, limit: int
) -> None:
    found = Vocabulary(spellings).closest(text, cutoff, limit)
    assert [spelling for spelling, _score in found] == _everything(spellings, text, cutoff, limit)
    assert all(score == fuzz.ratio(text, spelling) for spelling, score in found)


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=60))
def test_no_length_outside_the_reach_can_score_the_cutoff(length: int, other: int) -> None:
    for cutoff in (50.0, 60.0, 70.0, 85.0):
        shortest, longest = lengths_in_reach(length, cutoff)
        best_possible = 200 * min(length, other) / (length + other)
        if best_possible >= cutoff:
            assert shortest <= other <= longest


def test_a_long_text_is_not_compared_with_short_spellings() -> None:
    assert lengths_in_reach(20, 85.0) == (13, 28)
    assert Vocabulary(["hegu", "zusanli", "zusanlixue"]).closest("zusanlixuex", 85.0, 5) == [
        ("zusanlixue", 95.23809523809523)
    ]
