from typing import Literal

HitKind = Literal["condition", "point", "region"]

HIT_KIND_VALUES: set[HitKind] = {
    "condition",
    "point",
    "region",
}


def check_hit_kind(value: str) -> HitKind:
    if value in HIT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HIT_KIND_VALUES!r}")
