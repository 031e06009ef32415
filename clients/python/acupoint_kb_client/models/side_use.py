from typing import Literal

SideUse = Literal["alternate_sides", "both_sides_together", "each_side", "not_stated"]

SIDE_USE_VALUES: set[SideUse] = {
    "alternate_sides",
    "both_sides_together",
    "each_side",
    "not_stated",
}


def check_side_use(value: str) -> SideUse:
    if value in SIDE_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIDE_USE_VALUES!r}")
