from typing import Literal

FigureSide = Literal["left", "midline", "right"]

FIGURE_SIDE_VALUES: set[FigureSide] = {
    "left",
    "midline",
    "right",
}


def check_figure_side(value: str) -> FigureSide:
    if value in FIGURE_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIGURE_SIDE_VALUES!r}")
