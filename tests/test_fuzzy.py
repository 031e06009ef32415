"""The one fuzzy rule behind every near miss: edit similarity, or a long enough part held whole."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from app.text.fuzzy import MIN_PART_LENGTH, PART_SCORE, FuzzyIndex, Near, similarity
from app.text.identifiers import fold

SPELLINGS = [
    ("Weizhong", "BL40"),
    ("Wei Zhong", "BL40"),
    ("委中", "BL40"),
    ("Middle of the Crook", "BL40"),
    ("Zusanli", "ST36"),
    ("Zu San Li", "ST36"),
    ("Leg Three Miles", "ST36"),
    ("Shousanli", "LI10"),
    ("Weiyang", "BL39"),
    ("--", "NOTHING"),
]


@pytest.fixture(scope="module")
def index() -> FuzzyIndex[str]:
    return FuzzyIndex(SPELLINGS)


@pytest.mark.parametrize(
    ("text", "spelling", "score"),
    [
        ("weizhonk", "Weizhong", 87.5),
        ("zusanli", "Shousanli", 75.0),
        ("Zú Sān Lǐ", "zusanli", 100.0),
        ("ZUSANLI", "zu-san-li", 100.0),
    ],
)
def test_a_typo_scores_by_how_little_differs(text: str, spelling: str, score: float) -> None:
    assert similarity(text, spelling) == score


@pytest.mark.parametrize(
    ("text", "spelling"),
    [("back", "Lower back pain"), ("calf", "sore calfs"), ("sore calfs", "calf")],
)
def test_a_text_held_whole_scores_at_least_the_part_score(text: str, spelling: str) -> None:
    assert PART_SCORE == 90.0
    assert similarity(text, spelling) == PART_SCORE


def test_a_part_shorter_than_the_minimum_counts_only_by_edit_similarity() -> None:
    assert MIN_PART_LENGTH == 4
    assert similarity("li1", "zusanli1") == pytest.approx(54.545, abs=0.001)
    assert similarity("li1", "zusanli1") == fuzz.ratio("li1", "zusanli1")


def test_nothing_in_common_scores_zero() -> None:
    assert similarity("", "abc") == 0.0
    assert similarity("", "") == 0.0
    assert similarity("--", " ") == 0.0
    assert similarity("xyz", "abc") == 0.0


def test_closest_finds_the_key_of_a_misspelling(index: FuzzyIndex[str]) -> None:
    assert index.closest("Weizhonk", 3, 60) == [Near("BL40", "Weizhong", 87.5)]


def test_closest_gives_one_entry_per_key_best_first(index: FuzzyIndex[str]) -> None:
    assert index.closest("zusanli", 5, 0) == [
        Near("ST36", "Zusanli", 100.0),
        Near("LI10", "Shousanli", 75.0),
        Near("BL39", "Weiyang", 28.6),
        Near("BL40", "Weizhong", 26.7),
    ]
    assert index.closest("weizhong", 3, 60) == [
        Near("BL40", "Weizhong", 100.0),
        Near("BL39", "Weiyang", 66.7),
    ]


def test_closest_keeps_to_the_limit(index: FuzzyIndex[str]) -> None:
    assert index.closest("zusanli", 1, 0) == [Near("ST36", "Zusanli", 100.0)]


def test_closest_scores_a_part_held_whole_at_the_part_score(index: FuzzyIndex[str]) -> None:
    assert index.closest("sanli", 5, 60) == [
        Near("ST36", "Zusanli", 90.0),
        Near("LI10", "Shousanli", 90.0),
    ]
    assert index.closest("crook", 5, 60) == [Near("BL40", "Middle of the Crook", 90.0)]


def test_closest_respects_the_cutoff(index: FuzzyIndex[str]) -> None:
    assert index.closest("Weizhonk", 3, 95) == []
    assert index.closest("three", 5, 90) == [Near("ST36", "Leg Three Miles", 90.0)]
    assert index.closest("three", 5, 91) == []


@pytest.mark.parametrize("text", ["", " ", "--", " - _ "])
def test_closest_to_empty_or_separator_only_text_is_nothing(
    index: FuzzyIndex[str], text: str
) -> None:
    assert fold(text) == ""
    assert index.closest(text, 3, 0) == []


def test_spellings_that_fold_to_nothing_are_not_indexed(index: FuzzyIndex[str]) -> None:
    found = {near.key for near in index.closest("nothing", 10, 0)}
    assert "NOTHING" not in found


texts = st.text(max_size=30)
words = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=20)


@given(texts, texts)
def test_similarity_is_between_0_and_100_and_symmetric(a: str, b: str) -> None:
    score = similarity(a, b)
    assert 0.0 <= score <= 100.0
    assert score == similarity(b, a)
    assert fuzz.ratio(fold(a), fold(b)) == fuzz.ratio(fold(b), fold(a))


@given(st.dictionaries(words, st.integers(min_value=0, max_value=5), min_size=1, max_size=8))
def test_a_spelling_always_finds_its_own_key_at_100(spellings: dict[str, int]) -> None:
    index = FuzzyIndex(spellings.items())
    for spelling, key in spellings.items():
        if not fold(spelling):
            continue
        found = index.closest(spelling, len(spellings), 100)
        assert key in [near.key for near in found]
        assert {near.score for near in found} == {100.0}
