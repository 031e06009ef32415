from typing import Literal

ExportDatasetFormat = Literal["csv", "json"]

EXPORT_DATASET_FORMAT_VALUES: set[ExportDatasetFormat] = {
    "csv",
    "json",
}


def check_export_dataset_format(value: str) -> ExportDatasetFormat:
    if value in EXPORT_DATASET_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_DATASET_FORMAT_VALUES!r}")
