from typing import Literal

Evidence = Literal["anecdotal", "clinical", "traditional"]

EVIDENCE_VALUES: set[Evidence] = {
    "anecdotal",
    "clinical",
    "traditional",
}


def check_evidence(value: str) -> Evidence:
    if value in EVIDENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVIDENCE_VALUES!r}")
