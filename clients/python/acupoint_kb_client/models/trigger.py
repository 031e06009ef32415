from typing import Literal

Trigger = Literal["persistent_or_worsening_pain", "pregnancy", "skin_problem"]

TRIGGER_VALUES: set[Trigger] = {
    "persistent_or_worsening_pain",
    "pregnancy",
    "skin_problem",
}


def check_trigger(value: str) -> Trigger:
    if value in TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIGGER_VALUES!r}")
