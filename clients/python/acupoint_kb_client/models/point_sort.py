from typing import Literal

PointSort = Literal["-code", "-name", "code", "name", "relevance"]

POINT_SORT_VALUES: set[PointSort] = {
    "-code",
    "-name",
    "code",
    "name",
    "relevance",
}


def check_point_sort(value: str) -> PointSort:
    if value in POINT_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POINT_SORT_VALUES!r}")
