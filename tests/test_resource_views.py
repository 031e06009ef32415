"""The lookup behind every `{slug}` and `{code}` of the resource endpoints."""

from app.readmodel.context import code_order
from app.text.names import NameIndex

MERIDIANS = NameIndex(
    {"LI": ["IG", "Large Intestine"], "LR": ["LV", "LI", "P"], "LU": ["P", "Lung"]},
    {"LI": "LI (Large Intestine)", "LR": "LR (Liver)", "LU": "LU (Lung)"},
)


def test_a_records_own_key_means_only_that_record() -> None:
    assert MERIDIANS.resolve("li") == ["LI"]  # another list's LI for Liver does not count
    assert MERIDIANS.resolve("LV") == ["LR"]


def test_spellings_ignore_case_spaces_and_hyphens() -> None:
    assert MERIDIANS.resolve("large-intestine") == ["LI"]
    assert MERIDIANS.resolve(" LARGE  intestine ") == ["LI"]


def test_a_shared_spelling_is_ambiguous() -> None:
    assert MERIDIANS.resolve("P") == ["LR", "LU"]
    assert MERIDIANS.label("LU") == "LU (Lung)"


def test_unknown_spellings_resolve_to_nothing_and_suggest_close_ones() -> None:
    assert MERIDIANS.resolve("Lunk") == []
    assert MERIDIANS.suggest("Lunk")[0] == "LU"
    assert MERIDIANS.resolve("   ") == []
    assert MERIDIANS.suggest("-") == []


def test_codes_sort_naturally() -> None:
    codes = ["BL10", "BL9", "EX-HN3", "BL23", "GB41"]
    assert sorted(codes, key=code_order) == ["BL9", "BL10", "BL23", "EX-HN3", "GB41"]
