from typing import Literal

SourceKind = Literal["article", "book", "dataset", "editorial", "government", "review", "standard", "website"]

SOURCE_KIND_VALUES: set[SourceKind] = {
    "article",
    "book",
    "dataset",
    "editorial",
    "government",
    "review",
    "standard",
    "website",
}


def check_source_kind(value: str) -> SourceKind:
    if value in SOURCE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOURCE_KIND_VALUES!r}")
