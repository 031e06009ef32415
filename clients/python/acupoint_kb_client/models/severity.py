from typing import Literal

Severity = Literal["avoid", "caution"]

SEVERITY_VALUES: set[Severity] = {
    "avoid",
    "caution",
}


def check_severity(value: str) -> Severity:
    if value in SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEVERITY_VALUES!r}")
