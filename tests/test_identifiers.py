"""Identifier folding and code parsing: any spelling of a code means the same point."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.seeding.reader import SeedData
from app.seeding.schemas import CatalogExtraPointRecord, CatalogPointRecord
from app.text.identifiers import (
    CodeParts,
    build_prefix_table,
    candidate_codes,
    display_code,
    fold,
    fold_unicode,
    parse_code,
    strip_tones,
)
from app.text.point_refs import PointResolver

MERIDIAN_NAMES = {
    "LU": "Lung",
    "LI": "Large Intestine",
    "ST": "Stomach",
    "SP": "Spleen",
    "HT": "Heart",
    "SI": "Small Intestine",
    "BL": "Urinary Bladder",
    "KI": "Kidney",
    "PC": "Pericardium",
    "TE": "Triple Energizer",
    "GB": "Gallbladder",
    "LR": "Liver",
    "GV": "Governor Vessel",
    "CV": "Conception Vessel",
}
COUNTS = {"LU": 11, "LI": 20, "ST": 45, "SP": 21, "HT": 9, "SI": 19, "BL": 67, "KI": 27,
          "PC": 9, "TE": 23, "GB": 44, "LR": 14, "GV": 28, "CV": 24}  # fmt: skip
separators = st.sampled_from(["", "-", " ", "  ", ".", "_", "‐", "–"])


def random_case(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(text, flips, strict=True))


@st.composite
def code_spellings(draw: st.DrawFn) -> tuple[str, str]:
    """(canonical code, one way people write it)."""
    meridian = draw(st.sampled_from(sorted(COUNTS)))
    number = draw(st.integers(min_value=1, max_value=COUNTS[meridian]))
    digits = str(number).zfill(draw(st.integers(min_value=1, max_value=3)))
    style = draw(st.sampled_from(["code", "reversed", "name"]))
    sep = draw(separators)
    if style == "code":
        spelled = f"{random_case(draw, meridian)}{sep}{digits}"
    elif style == "reversed":
        spelled = f"{digits}.{random_case(draw, meridian)}."
    else:
        spelled = f"{random_case(draw, MERIDIAN_NAMES[meridian])}{sep}{digits}"
    padding = draw(st.sampled_from(["", " ", "\t"]))
    return f"{meridian}{number}", f"{padding}{spelled}{padding}"


@pytest.fixture(scope="module")
def resolver(seed_data: SeedData) -> PointResolver:
    prefixes = build_prefix_table({m.code: m.spellings() for m in seed_data.meridians})
    rows: list[CatalogPointRecord | CatalogExtraPointRecord] = [
        *seed_data.catalog_points,
        *seed_data.extra_points,
    ]
    names = {
        p.code: [p.pinyin, p.pinyin_toneless, p.hanzi, p.hanzi_traditional, p.english] for p in rows
    }
    return PointResolver(names, prefixes)


@given(code_spellings())
def test_any_spelling_of_a_code_resolves_to_that_point(
    resolver: PointResolver, spelled: tuple[str, str]
) -> None:
    canonical, text = spelled
    assert resolver.resolve(text).code == canonical


INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"])


@st.composite
def with_invisible_characters(draw: st.DrawFn, text: str) -> str:
    """The text with zero-width spaces, soft hyphens, BOMs… slipped in anywhere."""
    chars = list(text)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        chars.insert(draw(st.integers(min_value=0, max_value=len(chars))), draw(INVISIBLE))
    return "".join(chars)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(st.data(), code_spellings())
def test_invisible_characters_are_ignored(
    resolver: PointResolver, data: st.DataObject, spelled: tuple[str, str]
) -> None:
    canonical, text = spelled
    assert resolver.resolve(data.draw(with_invisible_characters(text))).code == canonical


@given(code_spellings())
def test_fullwidth_forms_are_read_as_ascii(
    resolver: PointResolver, spelled: tuple[str, str]
) -> None:
    canonical, text = spelled
    assert resolver.resolve(fullwidth(text)).code == canonical


def test_every_u_umlaut_name_resolves_written_with_v_or_u(
    resolver: PointResolver, seed_data: SeedData
) -> None:
    with_umlaut = [p for p in seed_data.catalog_points if "ü" in p.pinyin_toneless]
    assert with_umlaut, "the catalog has names with ü (Zhonglüshu)"
    for point in with_umlaut:
        for spelling in (point.pinyin_toneless.replace("ü", "v"), point.pinyin_toneless):
            assert resolver.resolve(spelling).code == point.code, spelling


@given(st.integers(min_value=1, max_value=19), separators)
def test_a_code_french_and_spanish_lists_read_differently_is_ambiguous(
    resolver: PointResolver, number: int, sep: str
) -> None:
    """IG is the small intestine in French lists and the large one in Spanish ones."""
    resolution = resolver.resolve(f"IG{sep}{number}")
    assert resolution.code is None
    assert {match.code for match in resolution.candidates} == {f"LI{number}", f"SI{number}"}


@given(st.text(max_size=40))
def test_fold_is_idempotent_and_never_raises(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=40))
def test_parse_code_never_raises_and_numbers_are_positive(text: str) -> None:
    parts = parse_code(text)
    assert parts is None or parts.number > 0


@given(st.text(alphabet="aāáǎàeēéěèiīíǐìoōóǒòuūúǔùüǖǘǚǜ", max_size=20))
def test_strip_tones_keeps_length_and_diaeresis(text: str) -> None:
    stripped = strip_tones(text)
    assert len(stripped) == len(text)
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", stripped)
                   if c != "\u0308")  # fmt: skip


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("ST36", CodeParts("st", 36)),
        ("st03", CodeParts("st", 3)),
        ("36.ST.", CodeParts("st", 36)),
        ("Stomach-36", CodeParts("stomach", 36)),
        ("UB-40", CodeParts("ub", 40)),
        ("EX-HN3", CodeParts("exhn", 3)),
        ("ex hn 3", CodeParts("exhn", 3)),
        ("3E5", CodeParts("3e", 5)),
        ("ＳＴ３６", CodeParts("st", 36)),
        ("Zusanli", None),
        ("ST0", None),
        ("足三里", None),
    ],
)
def test_parse_code_examples(spelling: str, expected: CodeParts | None) -> None:
    assert parse_code(spelling) == expected


@pytest.mark.parametrize(
    "spelling",
    [
        "Zusanli",
        "Zu San Li",
        "Zúsānlǐ",
        "zu-san-li",
        "ZUSANLI",
        "足三里",
        "足三里穴",
        "Leg Three Miles",
    ],
)
def test_names_fold_to_one_key(resolver: PointResolver, spelling: str) -> None:
    assert resolver.resolve(spelling).code == "ST36"


def test_single_letter_codes_that_collide_are_ambiguous(resolver: PointResolver) -> None:
    resolution = resolver.resolve("P6")
    assert resolution.code is None
    assert sorted(m.code for m in resolution.candidates) == ["LU6", "PC6"]
    # Only the Lung meridian has an 11th point, so P11 is not ambiguous.
    assert resolver.resolve("P11").code == "LU11"


def test_a_meridians_own_code_is_never_shadowed_by_another_lists_spelling() -> None:
    table = build_prefix_table({"LI": ["IG"], "LR": ["LV", "LI"]})
    assert candidate_codes(CodeParts("li", 3), table) == ["LI3"]
    assert candidate_codes(CodeParts("lv", 3), table) == ["LR3"]


def test_tones_tell_homophones_apart(resolver: PointResolver) -> None:
    assert resolver.resolve("Fútū").code == "LI18"
    assert resolver.resolve("Fútù").code == "ST32"
    assert sorted(m.code for m in resolver.resolve("Futu").candidates) == ["LI18", "ST32"]


def test_near_misses_get_suggestions(resolver: PointResolver) -> None:
    resolution = resolver.resolve("zusanly")
    assert resolution.code is None
    assert resolution.suggestions[0].code == "ST36"


def test_display_code() -> None:
    assert display_code("ST36") == "ST-36"
    assert display_code("EX-HN3") == "EX-HN3"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folding_ascii_the_short_way_agrees_with_the_long_way(text: str) -> None:
    assert fold(text) == fold_unicode(text)
