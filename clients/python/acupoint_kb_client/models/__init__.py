"""Contains all the data models used in inputs/outputs"""

from .accept_correction import AcceptCorrection
from .accept_correction_patch_type_0 import AcceptCorrectionPatchType0
from .audit_item import AuditItem
from .audit_item_after_type_0 import AuditItemAfterType0
from .audit_item_before_type_0 import AuditItemBeforeType0
from .body_map import BodyMap
from .body_map_point import BodyMapPoint
from .body_map_view import BodyMapView
from .body_view import BodyView
from .category import Category
from .category_member import CategoryMember
from .category_membership import CategoryMembership
from .category_out import CategoryOut
from .caution_out import CautionOut
from .change_item import ChangeItem
from .change_item_content_type_0 import ChangeItemContentType0
from .change_item_operation import ChangeItemOperation
from .change_page import ChangePage
from .cited_page_category_out import CitedPageCategoryOut
from .cited_page_caution_out import CitedPageCautionOut
from .cited_page_tip_out import CitedPageTipOut
from .condition_claim import ConditionClaim
from .condition_claim_record import ConditionClaimRecord
from .condition_detail import ConditionDetail
from .condition_point import ConditionPoint
from .condition_record import ConditionRecord
from .condition_ref import ConditionRef
from .condition_sort import ConditionSort
from .condition_summary import ConditionSummary
from .contraindication_record import ContraindicationRecord
from .correction_out import CorrectionOut
from .correction_out_patch_type_0 import CorrectionOutPatchType0
from .correction_report import CorrectionReport
from .correction_report_kind import CorrectionReportKind
from .correction_report_patch_type_0 import CorrectionReportPatchType0
from .correction_status import CorrectionStatus
from .correction_status_out import CorrectionStatusOut
from .erratum_out import ErratumOut
from .evidence import Evidence
from .excluded_point import ExcludedPoint
from .export_attribution import ExportAttribution
from .export_checksum import ExportChecksum
from .export_dataset_format import ExportDatasetFormat
from .export_document import ExportDocument
from .export_document_records import ExportDocumentRecords
from .export_document_records_additional_property_item import ExportDocumentRecordsAdditionalPropertyItem
from .field_problem import FieldProblem
from .figure_side import FigureSide
from .figure_site import FigureSite
from .health import Health
from .hit_kind import HitKind
from .laterality import Laterality
from .list_audit_outcome import ListAuditOutcome
from .location_kind import LocationKind
from .location_out import LocationOut
from .meridian_detail import MeridianDetail
from .meridian_out import MeridianOut
from .meridian_ref import MeridianRef
from .name_kind import NameKind
from .name_out import NameOut
from .name_record import NameRecord
from .need_match import NeedMatch
from .other_code import OtherCode
from .page_condition_summary import PageConditionSummary
from .page_erratum_out import PageErratumOut
from .page_links import PageLinks
from .page_meridian_out import PageMeridianOut
from .page_routine_summary import PageRoutineSummary
from .page_source_out import PageSourceOut
from .person_context import PersonContext
from .point_detail import PointDetail
from .point_detail_record import PointDetailRecord
from .point_hit import PointHit
from .point_kind import PointKind
from .point_list import PointList
from .point_safety import PointSafety
from .point_sort import PointSort
from .point_summary import PointSummary
from .point_verdict import PointVerdict
from .primary_names import PrimaryNames
from .problem import Problem
from .readiness import Readiness
from .region_child import RegionChild
from .region_detail import RegionDetail
from .region_link import RegionLink
from .region_node import RegionNode
from .region_record import RegionRecord
from .region_ref import RegionRef
from .region_tree import RegionTree
from .reject_correction import RejectCorrection
from .review import Review
from .review_status import ReviewStatus
from .routine_detail import RoutineDetail
from .routine_record import RoutineRecord
from .routine_step_out import RoutineStepOut
from .routine_summary import RoutineSummary
from .safety_check_request import SafetyCheckRequest
from .safety_check_result import SafetyCheckResult
from .safety_reason import SafetyReason
from .safety_status import SafetyStatus
from .scope import Scope
from .search_hit import SearchHit
from .search_result import SearchResult
from .severity import Severity
from .side_use import SideUse
from .source_kind import SourceKind
from .source_out import SourceOut
from .source_record import SourceRecord
from .suggestion import Suggestion
from .technique_out import TechniqueOut
from .technique_record import TechniqueRecord
from .tip_out import TipOut
from .tip_record import TipRecord
from .trigger import Trigger
from .unsafe_policy import UnsafePolicy
from .update_condition_record_patch import UpdateConditionRecordPatch
from .update_contraindication_record_patch import UpdateContraindicationRecordPatch
from .update_point_detail_record_patch import UpdatePointDetailRecordPatch
from .update_region_record_patch import UpdateRegionRecordPatch
from .update_routine_record_patch import UpdateRoutineRecordPatch
from .update_source_record_patch import UpdateSourceRecordPatch
from .update_tip_record_patch import UpdateTipRecordPatch

__all__ = (
    "AcceptCorrection",
    "AcceptCorrectionPatchType0",
    "AuditItem",
    "AuditItemAfterType0",
    "AuditItemBeforeType0",
    "BodyMap",
    "BodyMapPoint",
    "BodyMapView",
    "BodyView",
    "Category",
    "CategoryMember",
    "CategoryMembership",
    "CategoryOut",
    "CautionOut",
    "ChangeItem",
    "ChangeItemContentType0",
    "ChangeItemOperation",
    "ChangePage",
    "CitedPageCategoryOut",
    "CitedPageCautionOut",
    "CitedPageTipOut",
    "ConditionClaim",
    "ConditionClaimRecord",
    "ConditionDetail",
    "ConditionPoint",
    "ConditionRecord",
    "ConditionRef",
    "ConditionSort",
    "ConditionSummary",
    "ContraindicationRecord",
    "CorrectionOut",
    "CorrectionOutPatchType0",
    "CorrectionReport",
    "CorrectionReportKind",
    "CorrectionReportPatchType0",
    "CorrectionStatus",
    "CorrectionStatusOut",
    "ErratumOut",
    "Evidence",
    "ExcludedPoint",
    "ExportAttribution",
    "ExportChecksum",
    "ExportDatasetFormat",
    "ExportDocument",
    "ExportDocumentRecords",
    "ExportDocumentRecordsAdditionalPropertyItem",
    "FieldProblem",
    "FigureSide",
    "FigureSite",
    "Health",
    "HitKind",
    "Laterality",
    "ListAuditOutcome",
    "LocationKind",
    "LocationOut",
    "MeridianDetail",
    "MeridianOut",
    "MeridianRef",
    "NameKind",
    "NameOut",
    "NameRecord",
    "NeedMatch",
    "OtherCode",
    "PageConditionSummary",
    "PageErratumOut",
    "PageLinks",
    "PageMeridianOut",
    "PageRoutineSummary",
    "PageSourceOut",
    "PersonContext",
    "PointDetail",
    "PointDetailRecord",
    "PointHit",
    "PointKind",
    "PointList",
    "PointSafety",
    "PointSort",
    "PointSummary",
    "PointVerdict",
    "PrimaryNames",
    "Problem",
    "Readiness",
    "RegionChild",
    "RegionDetail",
    "RegionLink",
    "RegionNode",
    "RegionRecord",
    "RegionRef",
    "RegionTree",
    "RejectCorrection",
    "Review",
    "ReviewStatus",
    "RoutineDetail",
    "RoutineRecord",
    "RoutineStepOut",
    "RoutineSummary",
    "SafetyCheckRequest",
    "SafetyCheckResult",
    "SafetyReason",
    "SafetyStatus",
    "Scope",
    "SearchHit",
    "SearchResult",
    "Severity",
    "SideUse",
    "SourceKind",
    "SourceOut",
    "SourceRecord",
    "Suggestion",
    "TechniqueOut",
    "TechniqueRecord",
    "TipOut",
    "TipRecord",
    "Trigger",
    "UnsafePolicy",
    "UpdateConditionRecordPatch",
    "UpdateContraindicationRecordPatch",
    "UpdatePointDetailRecordPatch",
    "UpdateRegionRecordPatch",
    "UpdateRoutineRecordPatch",
    "UpdateSourceRecordPatch",
    "UpdateTipRecordPatch",
)
