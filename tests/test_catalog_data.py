"""Data checks for the WHO nomenclature catalog in seed/catalog/.

These tests read the two CSV files directly (no database, no application code)
and check their shape and internal consistency: counts per meridian and per
extra-point group, code/number agreement, pinyin/hanzi consistency and a few
known traps (the reading shu of 俞 in back-shu names, BL58 Feiyang).
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

CATALOG = Path(__file__).resolve().parent.parent / "seed" / "catalog"
POINTS_CSV = CATALOG / "points.csv"
EXTRAS_CSV = CATALOG / "extra_points.csv"

POINTS_HEADER = [
    "code",
    "meridian",
    "number",
    "pinyin",
    "pinyin_toneless",
    "hanzi",
    "hanzi_traditional",
    "english",
]
EXTRAS_HEADER = [
    "code",
    "group",
    "number",
    "pinyin",
    "pinyin_toneless",
    "hanzi",
    "hanzi_traditional",
    "english",
    "laterality",
    "note",
]

# WHO standard: 361 points on 14 meridians.
MERIDIAN_COUNTS = {
    "LU": 11,
    "LI": 20,
    "ST": 45,
    "SP": 21,
    "HT": 9,
    "SI": 19,
    "BL": 67,
    "KI": 27,
    "PC": 9,
    "TE": 23,
    "GB": 44,
    "LR": 14,
    "GV": 28,
    "CV": 24,
}
# WHO 1991: 48 extra points.
EXTRA_GROUP_COUNTS = {"EX-HN": 15, "EX-CA": 1, "EX-B": 9, "EX-UE": 11, "EX-LE": 12}

# Combining marks used for the four pinyin tones (grave, acute, macron, caron).
# The diaeresis of ü (U+0308) is not a tone mark and is kept.
TONE_MARKS = frozenset({"\u0300", "\u0301", "\u0304", "\u030c"})
BASE_VOWELS = frozenset("aeiou")  # ü is u + U+0308 once decomposed
TONELESS_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzü'")

Row = dict[str, str]


def _read(path: Path, header: list[str]) -> list[Row]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} starts with a BOM"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == header, f"{path.name} header is {reader.fieldnames}"
        return list(reader)


@pytest.fixture(scope="module")
def points() -> list[Row]:
    return _read(POINTS_CSV, POINTS_HEADER)


@pytest.fixture(scope="module")
def extras() -> list[Row]:
    return _read(EXTRAS_CSV, EXTRAS_HEADER)


@pytest.fixture(scope="module")
def all_rows(points: list[Row], extras: list[Row]) -> list[Row]:
    return points + extras


def strip_tones(text: str) -> str:
    """Remove tone diacritics, keeping ü (NFD, drop tone marks, recompose)."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def syllable_nuclei(toned: str) -> list[str]:
    """Split a toned pinyin word into the vowel groups of its syllables.

    In standard pinyin every syllable has exactly one contiguous vowel group
    (y and w are written as consonants), and a syllable starting with a, o or
    e after another syllable is marked off with an apostrophe, so two vowel
    groups never touch. Counting vowel groups (after splitting on apostrophes)
    therefore counts syllables. It cannot notice a missing apostrophe after a
    final n or ng (e.g. "Xian" for Xi'an); no point name needs one there.
    Returned groups keep their tone marks (NFD form).
    """
    nuclei: list[str] = []
    for part in unicodedata.normalize("NFD", toned.lower()).split("'"):
        current = ""
        for ch in part:
            if unicodedata.combining(ch):
                # A tone mark or the diaeresis of ü belongs to the vowel before it.
                current += ch if current else ""
            elif ch in BASE_VOWELS:
                current += ch
            elif current:
                nuclei.append(current)
                current = ""
        if current:
            nuclei.append(current)
    return nuclei


def is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(
        ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")
    )


# --- counts and codes -------------------------------------------------------


def test_meridian_counts_and_contiguous_numbers(points: list[Row]) -> None:
    numbers: dict[str, list[int]] = {}
    for row in points:
        numbers.setdefault(row["meridian"], []).append(int(row["number"]))
    assert set(numbers) == set(MERIDIAN_COUNTS)
    for meridian, expected in MERIDIAN_COUNTS.items():
        assert sorted(numbers[meridian]) == list(range(1, expected + 1)), meridian


def test_total_points(points: list[Row]) -> None:
    assert len(points) == 361
    assert sum(MERIDIAN_COUNTS.values()) == 361


def test_extra_group_counts_and_contiguous_numbers(extras: list[Row]) -> None:
    assert len(extras) == 48
    numbers: dict[str, list[int]] = {}
    for row in extras:
        numbers.setdefault(row["group"], []).append(int(row["number"]))
    assert set(numbers) == set(EXTRA_GROUP_COUNTS)
    for group, expected in EXTRA_GROUP_COUNTS.items():
        assert sorted(numbers[group]) == list(range(1, expected + 1)), group


def test_codes_unique(all_rows: list[Row]) -> None:
    duplicates = [c for c, n in Counter(r["code"] for r in all_rows).items() if n > 1]
    assert duplicates == []


def test_point_code_matches_meridian_and_number(points: list[Row]) -> None:
    for row in points:
        number = row["number"]
        assert number.isdigit(), row["code"]
        assert not number.startswith("0"), row["code"]
        assert row["code"] == f"{row['meridian']}{number}", row["code"]


def test_extra_code_matches_group_and_number(extras: list[Row]) -> None:
    for row in extras:
        number = row["number"]
        assert number.isdigit(), row["code"]
        assert not number.startswith("0"), row["code"]
        assert row["code"] == f"{row['group']}{number}", row["code"]


def test_rows_are_ordered_by_number_within_meridian(points: list[Row]) -> None:
    order = list(MERIDIAN_COUNTS)
    keys = [(order.index(r["meridian"]), int(r["number"])) for r in points]
    assert keys == sorted(keys)


# --- names ------------------------------------------------------------------


def test_fields_are_trimmed_and_required_fields_present(all_rows: list[Row]) -> None:
    for row in all_rows:
        for field, value in row.items():
            assert value == value.strip(), (row["code"], field)
            if field != "note":
                assert value, (row["code"], field)


def test_pinyin_is_one_capitalised_word(all_rows: list[Row]) -> None:
    for row in all_rows:
        toned = row["pinyin"]
        assert " " not in toned, row["code"]
        assert "-" not in toned, row["code"]
        assert toned[0].isupper(), row["code"]
        assert toned[1:] == toned[1:].lower(), row["code"]


def test_toneless_is_toned_without_tone_marks(all_rows: list[Row]) -> None:
    for row in all_rows:
        toneless = row["pinyin_toneless"]
        assert toneless == strip_tones(row["pinyin"]), row["code"]
        assert set(toneless.lower()) <= TONELESS_ALPHABET, row["code"]


def test_apostrophe_only_before_a_o_e(all_rows: list[Row]) -> None:
    for row in all_rows:
        parts = row["pinyin_toneless"].lower().split("'")
        for part in parts[1:]:
            assert part[:1] in {"a", "o", "e"}, row["code"]


def test_hanzi_are_cjk_and_forms_have_same_length(all_rows: list[Row]) -> None:
    for row in all_rows:
        simplified, traditional = row["hanzi"], row["hanzi_traditional"]
        assert all(is_cjk(ch) for ch in simplified), row["code"]
        assert all(is_cjk(ch) for ch in traditional), row["code"]
        assert len(simplified) == len(traditional), row["code"]


def test_syllable_count_matches_hanzi(all_rows: list[Row]) -> None:
    for row in all_rows:
        nuclei = syllable_nuclei(row["pinyin"])
        assert len(nuclei) == len(row["hanzi"]), (row["code"], nuclei)


def test_every_syllable_has_one_tone_mark(all_rows: list[Row]) -> None:
    # Point names carry no neutral-tone syllable.
    for row in all_rows:
        for nucleus in syllable_nuclei(row["pinyin"]):
            marks = sum(1 for ch in nucleus if ch in TONE_MARKS)
            assert marks == 1, (row["code"], nucleus)


def test_english_is_plain_text(all_rows: list[Row]) -> None:
    for row in all_rows:
        english = row["english"]
        assert english.isascii(), row["code"]
        assert english.isprintable(), row["code"]
        assert english[0].isupper(), row["code"]


# --- known traps ------------------------------------------------------------


def test_shu_character_reads_shu(all_rows: list[Row]) -> None:
    """俞 in point names (back-shu and others) reads shū, never yú."""
    rows_with_shu = [r for r in all_rows if "俞" in r["hanzi"]]
    assert len(rows_with_shu) >= 20
    for row in rows_with_shu:
        toned = row["pinyin"].lower()
        assert "yú" not in toned, row["code"]
        assert toned.count("shū") >= row["hanzi"].count("俞"), row["code"]
        if row["hanzi"].endswith("俞"):
            assert toned.endswith("shū"), row["code"]
            assert "Shu" in row["english"].split(), row["code"]


def test_back_shu_sequence_bl13_to_bl30(points: list[Row]) -> None:
    by_code = {r["code"]: r for r in points}
    for number in range(13, 31):
        row = by_code[f"BL{number}"]
        assert row["hanzi"].endswith("俞"), row["code"]
        assert row["pinyin"].endswith("shū"), row["code"]


def test_bl58_is_feiyang(points: list[Row]) -> None:
    row = next(r for r in points if r["code"] == "BL58")
    assert (row["pinyin"], row["pinyin_toneless"]) == ("Fēiyáng", "Feiyang")
    assert (row["hanzi"], row["hanzi_traditional"]) == ("飞扬", "飛揚")


@pytest.mark.parametrize(
    ("code", "pinyin", "hanzi"),
    [
        ("ST36", "Zúsānlǐ", "足三里"),
        ("BL23", "Shènshū", "肾俞"),
        ("BL36", "Chéngfú", "承扶"),
        ("BL40", "Wěizhōng", "委中"),
        ("KI1", "Yǒngquán", "涌泉"),
        ("TE23", "Sīzhúkōng", "丝竹空"),
        ("GB41", "Zúlínqì", "足临泣"),
        ("GB44", "Zúqiàoyīn", "足窍阴"),
        ("LR14", "Qīmén", "期门"),
        ("GV26", "Shuǐgōu", "水沟"),
        ("GV28", "Yínjiāo", "龈交"),
        ("CV24", "Chéngjiāng", "承浆"),
    ],
)
def test_anchor_points(points: list[Row], code: str, pinyin: str, hanzi: str) -> None:
    row = next(r for r in points if r["code"] == code)
    assert (row["pinyin"], row["hanzi"]) == (pinyin, hanzi)


def test_multi_site_extras_have_notes(extras: list[Row]) -> None:
    by_code = {r["code"]: r for r in extras}
    for code in ["EX-HN1", "EX-B2", "EX-UE9", "EX-UE10", "EX-UE11", "EX-LE10", "EX-LE12"]:
        assert "sites" in by_code[code]["note"], code
    assert "GV29" in by_code["EX-HN3"]["note"]
    assert by_code["EX-HN3"]["pinyin_toneless"] == "Yintang"
