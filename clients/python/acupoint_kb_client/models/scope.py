from typing import Literal

Scope = Literal["body_region", "points", "skin_at_site", "whole_person"]

SCOPE_VALUES: set[Scope] = {
    "body_region",
    "points",
    "skin_at_site",
    "whole_person",
}


def check_scope(value: str) -> Scope:
    if value in SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCOPE_VALUES!r}")
