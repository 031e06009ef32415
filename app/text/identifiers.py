"""How people write a point: folding names and parsing codes such as ``st 03`` or ``36.ST.``.

Pure functions, no data: the read model and the seed validator build their tables on them.
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.,·・'’‘`/()]+")
_POINT_SUFFIX = "穴"
_TONE_MARKS = frozenset("\u0300\u0301\u0304\u030c")
_CODE_FORWARD = re.compile(r"^(3e|[a-z]+)0*([1-9]\d{0,2})$")
_CODE_REVERSED = re.compile(r"^0*([1-9]\d{0,2})([a-z]+)$")


def visible(text: str) -> str:
    """The text without invisible format characters (zero-width space, soft hyphen, BOM…)."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Compare-form of any identifier: no case, tones, spaces, hyphens, invisible characters,
    fullwidth forms (NFKC) or trailing 穴.

    Remembered: one search folds its text for every index it asks."""
    if text.isascii():  # nothing to normalise, no tones, no invisible characters
        return _SEPARATORS.sub("", text.lower())
    return fold_unicode(text)


def fold_unicode(text: str) -> str:
    """:func:`fold` for any text, the long way."""
    decomposed = unicodedata.normalize(
        "NFD", unicodedata.normalize("NFKC", visible(text)).casefold()
    )
    toneless = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _strip_suffix(_SEPARATORS.sub("", toneless))


def fold_keeping_tones(text: str) -> str:
    """Like :func:`fold` but keeps tone marks, so ``Fútū`` and ``Fútù`` stay apart."""
    composed = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", visible(text)).casefold())
    return _strip_suffix(_SEPARATORS.sub("", composed))


def pinyin_v_as_u(folded: str) -> str:
    """``zhonglvshu`` → ``zhonglushu``: keyboards write ü as v, and pinyin has no other v."""
    return folded.replace("v", "u")


def has_tone_marks(text: str) -> bool:
    return any(char in _TONE_MARKS for char in unicodedata.normalize("NFD", text))


def strip_tones(text: str) -> str:
    """``Zúsānlǐ`` → ``Zusanli``, ``Zhōnglǚshū`` → ``Zhonglüshu`` (ü keeps its dots)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if char not in _TONE_MARKS)
    )


def _strip_suffix(folded: str) -> str:
    if folded.endswith(_POINT_SUFFIX) and len(folded) > len(_POINT_SUFFIX):
        return folded[: -len(_POINT_SUFFIX)]
    return folded


@dataclass(frozen=True, slots=True)
class CodeParts:
    """A code split into its folded prefix (``st``, ``ub``, ``exhn``, ``stomach``) and number."""

    prefix: str
    number: int


def fold_code(text: str) -> str:
    """Like :func:`fold`, but ``ü`` becomes ``ue`` as German writes it without the dots,
    so the German small intestine ``Dü`` stays apart from the Governor Vessel's ``Du``."""
    return fold(text.replace("ü", "ue").replace("Ü", "Ue"))


def parse_code(text: str) -> CodeParts | None:
    """Split ``ST-36``, ``st 036``, ``36.ST.``, ``Stomach 36`` or ``EX-HN3``; None if not a code."""
    folded = fold_code(text)
    if not folded.isascii():
        return None
    if match := _CODE_FORWARD.match(folded):
        return CodeParts(prefix=match.group(1), number=int(match.group(2)))
    if match := _CODE_REVERSED.match(folded):
        return CodeParts(prefix=match.group(2), number=int(match.group(1)))
    return None


def display_code(code: str) -> str:
    """``ST36`` → ``ST-36``; extra-point codes (``EX-HN3``) already carry their hyphen."""
    if code.startswith("EX-"):
        return code
    match = re.match(r"^([A-Z]+)(\d+)$", code)
    return f"{match.group(1)}-{match.group(2)}" if match else code


EXTRA_POINT_GROUPS = ("EX-HN", "EX-CA", "EX-B", "EX-UE", "EX-LE")

PrefixTable = Mapping[str, tuple[str, ...]]


def build_prefix_table(meridian_codes: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Folded prefix → the canonical prefixes it may mean (``p`` → ``LU`` and ``PC``).

    A meridian's own code always means that meridian only, even where another list
    reuses it (some Liver lists write LI, which is Large Intestine in the standard).
    """
    table: dict[str, list[str]] = {}
    standard = {fold_code(code): code for code in meridian_codes}
    for code, other_codes in meridian_codes.items():
        for spelling in [code, *other_codes]:
            key = fold_code(spelling)
            if key in standard and standard[key] != code:
                continue
            meanings = table.setdefault(key, [])
            if code not in meanings:
                meanings.append(code)
    for group in EXTRA_POINT_GROUPS:
        table[fold_code(group)] = [group]
    return {key: tuple(codes) for key, codes in table.items()}


def candidate_codes(parts: CodeParts, prefixes: PrefixTable) -> list[str]:
    """Canonical codes a parsed code may stand for (existence is the caller's check)."""
    return [f"{prefix}{parts.number}" for prefix in prefixes.get(parts.prefix, ())]
