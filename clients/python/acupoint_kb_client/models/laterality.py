from typing import Literal

Laterality = Literal["bilateral", "midline", "several_sites", "single_side"]

LATERALITY_VALUES: set[Laterality] = {
    "bilateral",
    "midline",
    "several_sites",
    "single_side",
}


def check_laterality(value: str) -> Laterality:
    if value in LATERALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LATERALITY_VALUES!r}")
