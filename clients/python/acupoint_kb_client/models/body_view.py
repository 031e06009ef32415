from typing import Literal

BodyView = Literal["back", "front", "side"]

BODY_VIEW_VALUES: set[BodyView] = {
    "back",
    "front",
    "side",
}


def check_body_view(value: str) -> BodyView:
    if value in BODY_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BODY_VIEW_VALUES!r}")
