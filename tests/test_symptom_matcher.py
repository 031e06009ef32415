"""Free-text symptoms read as conditions: typos, plurals, everyday words, acronyms."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.readmodel.snapshot import Snapshot
from app.text.symptoms import ConditionMatch, SymptomMatcher, coverage, tokens

PHRASES = {
    "calf-tension": ["Calf tension", "sore calves", "tight calves", "calf-tension"],
    "lower-back-pain": [
        "Lower back pain",
        "back pain",
        "back pain after exercise",
        "lower-back-pain",
    ],
    "muscle-soreness": ["Muscle soreness after exercise", "DOMS", "muscle-soreness"],
}


@pytest.fixture(scope="module")
def matcher() -> SymptomMatcher:
    return SymptomMatcher(PHRASES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sore calfs", [ConditionMatch("calf-tension", 100.0, "sore calves")]),
        ("calves tight", [ConditionMatch("calf-tension", 100.0, "Calf tension")]),
        ("back pain after the gym", [ConditionMatch("lower-back-pain", 100.0, "back pain")]),
        ("my back hurts", [ConditionMatch("lower-back-pain", 100.0, "back pain")]),
        ("lumbar pain", [ConditionMatch("lower-back-pain", 100.0, "Lower back pain")]),
        ("lower bakc pain", [ConditionMatch("lower-back-pain", 91.7, "Lower back pain")]),
        ("doms", [ConditionMatch("muscle-soreness", 100.0, "DOMS")]),
        ("DOMS after running", [ConditionMatch("muscle-soreness", 100.0, "DOMS")]),
    ],
)
def test_a_phrase_matches_despite_typos_plurals_and_everyday_words(
    matcher: SymptomMatcher, text: str, expected: list[ConditionMatch]
) -> None:
    assert matcher.match(text) == expected


@pytest.mark.parametrize("text", ["nonsense words", "calf", "", "the of and", "lag pain"])
def test_text_that_holds_no_whole_phrase_matches_nothing(
    matcher: SymptomMatcher, text: str
) -> None:
    assert matcher.match(text) == []


def test_a_text_describing_two_conditions_matches_both_best_first(
    matcher: SymptomMatcher,
) -> None:
    assert matcher.match("sore calves and lower bakc pain") == [
        ConditionMatch("calf-tension", 100.0, "sore calves"),
        ConditionMatch("lower-back-pain", 91.7, "Lower back pain"),
    ]


def test_a_lower_threshold_lets_a_partial_phrase_match(matcher: SymptomMatcher) -> None:
    assert matcher.match("calf") == []
    assert matcher.match("calf", threshold=50) == [
        ConditionMatch("calf-tension", 50.0, "Calf tension")
    ]


def test_closest_suggests_wording_that_looks_like_the_text(matcher: SymptomMatcher) -> None:
    assert matcher.closest("calf tensoin") == [ConditionMatch("calf-tension", 90.9, "Calf tension")]
    assert matcher.closest("bakc pain") == [ConditionMatch("lower-back-pain", 87.5, "back pain")]
    assert matcher.closest("bakc pain", cutoff=95) == []
    assert matcher.closest("zzzz") == []
    assert matcher.closest("") == []


def test_tokens_drop_stopwords_stem_plurals_and_expand_everyday_words() -> None:
    assert tokens("My calves are aching after the gym") == ["calf", "aching", "gym"]
    assert tokens("My calves are aching after the gym", expand=True) == [
        "calf",
        "aching",
        "ache",
        "gym",
        "exercise",
    ]
    assert tokens("Zúsānlǐ") == ["zusanli"]


def test_coverage_is_the_share_of_phrase_words_the_text_holds() -> None:
    assert coverage(["back", "pain"], ["back", "pain", "gym"]) == 100.0
    assert coverage(["back", "pain"], ["pain"]) == 50.0
    assert coverage(["leg"], ["lag"]) == 0.0
    assert coverage([], ["pain"]) == 0.0


@pytest.mark.parametrize(
    ("text", "slug", "matched"),
    [
        ("sore calfs", "calf-tension", "sore calves"),
        ("sore calves after running", "calf-tension", "sore calves"),
        ("back pain after the gym", "lower-back-pain", "back pain"),
        ("lumbago", "lower-back-pain", "lumbago"),
        ("DOMS", "post-exercise-muscle-soreness", "DOMS"),
        ("muscle soreness after my workout", "post-exercise-muscle-soreness",
         "Muscle soreness after exercise"),
        ("my legs feel heavy", "leg-weakness", "heavy legs"),
        ("tiredness", "low-energy", "tiredness"),
    ],
)  # fmt: skip
def test_the_seed_vocabulary_reads_everyday_symptoms(
    snapshot: Snapshot, text: str, slug: str, matched: str
) -> None:
    assert snapshot.conditions.matcher.match(text) == [ConditionMatch(slug, 100.0, matched)]


@pytest.mark.parametrize("text", ["qwxzv plorb", "sore", "leg", "soreness", "lag pain"])
def test_the_seed_vocabulary_matches_nothing_for_nonsense_or_a_lone_word(
    snapshot: Snapshot, text: str
) -> None:
    assert snapshot.conditions.matcher.match(text) == []


def test_the_seed_vocabulary_suggests_close_wording(snapshot: Snapshot) -> None:
    matcher = snapshot.conditions.matcher
    assert matcher.closest("sore calfs") == [
        ConditionMatch("calf-tension", 94.1, "sore calf"),
        ConditionMatch("leg-pain", 70.6, "sore legs"),
        ConditionMatch("post-exercise-muscle-soreness", 70.0, "sore muscles"),
    ]
    assert matcher.closest("lumbgo") == [ConditionMatch("lower-back-pain", 92.3, "lumbago")]
    assert matcher.closest("DOM") == [ConditionMatch("post-exercise-muscle-soreness", 85.7, "DOMS")]
    assert matcher.closest("back", limit=2) == [
        ConditionMatch("lower-back-pain", 90.0, "back pain"),
        ConditionMatch("lower-back-stiffness", 90.0, "stiff back"),
    ]
    assert matcher.closest("qwxzv plorb") == []


def _one_by_one(
    matcher: SymptomMatcher, text: str, threshold: float = 75.0
) -> list[ConditionMatch]:
    """The match as comparing every phrase's words with the text would give it."""
    words = tokens(text, expand=True)
    if not words:
        return []
    best: dict[str, ConditionMatch] = {}
    for slug, phrase, phrase_tokens in matcher._phrases:
        total = sum(coverage([word], words) for word in phrase_tokens)
        score = round(total / len(phrase_tokens), 1)
        if score >= threshold and (slug not in best or score > best[slug].score):
            best[slug] = ConditionMatch(slug, score, phrase)
    return sorted(best.values(), key=lambda m: (-m.score, m.slug))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_matching_through_the_vocabulary_index_agrees_with_comparing_every_phrase(
    snapshot: Snapshot, data: st.DataObject
) -> None:
    matcher = snapshot.conditions.matcher
    vocabulary = [word for _slug, _phrase, words in matcher._phrases for word in words]
    parts = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(vocabulary),
                st.text(alphabet="abcdefghiklmnoprstuw ", min_size=1, max_size=10),
            ),
            min_size=1,
            max_size=5,
        )
    )
    text = " ".join(parts)
    assert matcher.match(text) == _one_by_one(matcher, text)
    # Phrases out of reach of a threshold are skipped before scoring: any threshold agrees.
    threshold = data.draw(st.sampled_from([0.1, 33.3, 50.0, 66.7, 75.0, 80.0, 99.9, 100.0]))
    assert matcher.match(text, threshold) == _one_by_one(matcher, text, threshold)


def test_a_word_is_scanned_once_and_its_answer_kept(matcher: SymptomMatcher) -> None:
    first = matcher.match("sore calfs after the gym")
    scans = matcher._held.cache_info()
    again = matcher.match("calfs sore")
    after = matcher._held.cache_info()
    assert again == first
    assert after.misses == scans.misses
    assert after.hits > scans.hits
