from typing import Literal

PointKind = Literal["extra", "standard"]

POINT_KIND_VALUES: set[PointKind] = {
    "extra",
    "standard",
}


def check_point_kind(value: str) -> PointKind:
    if value in POINT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POINT_KIND_VALUES!r}")
