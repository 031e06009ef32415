from typing import Literal

UnsafePolicy = Literal["exclude", "flag"]

UNSAFE_POLICY_VALUES: set[UnsafePolicy] = {
    "exclude",
    "flag",
}


def check_unsafe_policy(value: str) -> UnsafePolicy:
    if value in UNSAFE_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNSAFE_POLICY_VALUES!r}")
