from typing import Literal

ChangeItemOperation = Literal["delete", "upsert"]

CHANGE_ITEM_OPERATION_VALUES: set[ChangeItemOperation] = {
    "delete",
    "upsert",
}


def check_change_item_operation(value: str) -> ChangeItemOperation:
    if value in CHANGE_ITEM_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_ITEM_OPERATION_VALUES!r}")
