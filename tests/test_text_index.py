"""The free-text index scores every record as comparing the text with each one would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.fuzzy import similarity
from app.text.identifiers import fold
from app.text.symptoms import coverage, tokens
from app.text.text_index import TextIndex

NAMES = {
    "ST36": ["Zusanli", "Zú sān lǐ", "Leg Three Miles", "足三里"],
    "LI10": ["Shousanli", "Arm Three Miles"],
    "BL40": ["Weizhong", "Middle of the Crook", "委中"],
    "LI4": ["Hegu", "Union Valley", "合谷"],
}
WORDS = {
    "ST36": tokens("Below the kneecap, one finger beside the shinbone. Strengthens the legs."),
    "LI10": tokens("Forearm, two cun below the elbow crease. Relieves arm pain."),
    "BL40": tokens("At the midpoint of the crease behind the knee. Relieves leg pain."),
    "LI4": tokens("Between the thumb and index finger. Eases headaches."),
}
NAME_THRESHOLD = 85.0
WEIGHT = 0.9


def one_by_one(text: str, key: str) -> float:
    """The score by comparing the text with each name and word of one record."""
    folded = fold(text)
    names = [fold(name) for name in NAMES[key]]
    name_score = max((similarity(folded, name) for name in names), default=0.0)
    if len(folded) < 4:
        name_score = 100.0 if folded in names else 0.0
    if name_score < NAME_THRESHOLD:
        name_score = 0.0
    words = tokens(text)
    return max(name_score, WEIGHT * coverage(words, WORDS[key]) if words else 0.0)


INDEX = TextIndex(NAMES, WORDS, name_threshold=NAME_THRESHOLD, words_weight=WEIGHT)
VOCABULARY = [name for names in NAMES.values() for name in names] + [
    word for words in WORDS.values() for word in words
]


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(VOCABULARY),
            st.text(alphabet="abcdeghiklmnorstuwz ", min_size=1, max_size=12),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_the_index_agrees_with_comparing_each_record(parts: list[str]) -> None:
    text = " ".join(parts)
    found = INDEX.scores(text)
    for key in NAMES:
        assert abs(found.get(key, 0.0) - one_by_one(text, key)) < 1e-9, (text, key)


def test_typos_and_names() -> None:
    assert INDEX.scores("zusanli") == {"ST36": 100.0}
    assert INDEX.scores("crease behind the kneee")["BL40"] > 80.0
    assert "LI10" not in INDEX.scores("zusanli")
