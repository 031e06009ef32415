from typing import Literal

ConditionSort = Literal["-name", "-point_count", "name", "point_count"]

CONDITION_SORT_VALUES: set[ConditionSort] = {
    "-name",
    "-point_count",
    "name",
    "point_count",
}


def check_condition_sort(value: str) -> ConditionSort:
    if value in CONDITION_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONDITION_SORT_VALUES!r}")
