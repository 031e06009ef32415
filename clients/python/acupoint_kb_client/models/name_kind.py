from typing import Literal

NameKind = Literal[
    "alias",
    "code_alias",
    "english",
    "hanzi",
    "hanzi_traditional",
    "hanzi_variant",
    "pinyin",
    "pinyin_toneless",
    "reading",
]

NAME_KIND_VALUES: set[NameKind] = {
    "alias",
    "code_alias",
    "english",
    "hanzi",
    "hanzi_traditional",
    "hanzi_variant",
    "pinyin",
    "pinyin_toneless",
    "reading",
}


def check_name_kind(value: str) -> NameKind:
    if value in NAME_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NAME_KIND_VALUES!r}")
