from typing import Literal

CorrectionReportKind = Literal[
    "conditions", "contraindications", "point-details", "regions", "routines", "sources", "tips"
]

CORRECTION_REPORT_KIND_VALUES: set[CorrectionReportKind] = {
    "conditions",
    "contraindications",
    "point-details",
    "regions",
    "routines",
    "sources",
    "tips",
}


def check_correction_report_kind(value: str) -> CorrectionReportKind:
    if value in CORRECTION_REPORT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRECTION_REPORT_KIND_VALUES!r}")
