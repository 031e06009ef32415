from typing import Literal

CorrectionStatus = Literal["accepted", "pending", "rejected"]

CORRECTION_STATUS_VALUES: set[CorrectionStatus] = {
    "accepted",
    "pending",
    "rejected",
}


def check_correction_status(value: str) -> CorrectionStatus:
    if value in CORRECTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRECTION_STATUS_VALUES!r}")
