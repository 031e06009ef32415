from typing import Literal

SafetyStatus = Literal["avoid", "caution", "ok"]

SAFETY_STATUS_VALUES: set[SafetyStatus] = {
    "avoid",
    "caution",
    "ok",
}


def check_safety_status(value: str) -> SafetyStatus:
    if value in SAFETY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAFETY_STATUS_VALUES!r}")
