from typing import Literal

ListAuditOutcome = Literal["applied", "refused"]

LIST_AUDIT_OUTCOME_VALUES: set[ListAuditOutcome] = {
    "applied",
    "refused",
}


def check_list_audit_outcome(value: str) -> ListAuditOutcome:
    if value in LIST_AUDIT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_OUTCOME_VALUES!r}")
