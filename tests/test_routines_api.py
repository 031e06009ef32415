"""GET /v1/routines and /v1/routines/{slug}: ordered steps, time per step, honest totals."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models.points import Laterality, SideUse
from app.readmodel.routines import applications

ARTICLE = "tcmtips-post-exercise-recovery"


def get_routine(client: TestClient, slug: str) -> dict[str, Any]:
    response = client.get(f"/v1/routines/{slug}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_muscle_recovery_counts_each_side_of_bilateral_points(client: TestClient) -> None:
    body = get_routine(client, "post-exercise-muscle-recovery")
    assert body["title"] == "Muscle recovery after exercise"
    assert body["condition"] == {
        "slug": "post-exercise-muscle-soreness",
        "name": "Muscle soreness after exercise",
    }
    steps = [
        (
            s["position"],
            s["point"]["code"],
            s["sides"],
            s["duration_min_seconds"],
            s["duration_max_seconds"],
            s["applications"],
            s["total_min_seconds"],
            s["total_max_seconds"],
        )
        for s in body["steps"]
    ]
    assert steps == [
        (1, "ST36", "each_side", 60, 120, 2, 120, 240),
        (2, "BL58", "alternate_sides", 60, 120, 2, 120, 240),
        (3, "BL40", "each_side", 60, 120, 2, 120, 240),
    ]
    assert (body["total_min_seconds"], body["total_max_seconds"]) == (360, 720)
    assert body["steps_without_duration"] == []
    assert body["step_count"] == 3
    st36 = body["steps"][0]
    assert st36["duration_text"] == "1–2 minutes"
    assert st36["technique"]["applied_with"] == "thumb"
    assert st36["technique"]["source"] == ARTICLE
    assert st36["point"]["names"]["english"]
    assert [c["slug"] for c in body["cautions"]] == [
        "skin-problem-at-site",
        "persistent-or-worsening-pain",
    ]
    # The editors wrote the cautions' advice.
    assert [s["slug"] for s in body["sources"]] == [ARTICLE, "acupoint-kb-editorial"]
    assert "not medical advice" in body["notice"]


def test_back_pain_routine_keeps_the_gap_for_bl23(client: TestClient) -> None:
    body = get_routine(client, "back-pain-after-exercise")
    assert [s["point"]["code"] for s in body["steps"]] == ["BL23", "BL25", "GB41"]
    bl23, bl25, gb41 = body["steps"]
    assert bl23["sides"] == "not_stated"
    assert bl23["duration_min_seconds"] is None
    assert bl23["duration_text"] is None
    assert (bl23["total_min_seconds"], bl23["total_max_seconds"]) == (None, None)
    assert (bl25["total_min_seconds"], bl25["total_max_seconds"]) == (120, 120)
    assert (gb41["total_min_seconds"], gb41["total_max_seconds"]) == (120, 120)
    assert body["steps_without_duration"] == ["BL23"]
    assert (body["total_min_seconds"], body["total_max_seconds"]) == (240, 240)
    assert "pregnancy-abdomen-lower-back" in [c["slug"] for c in body["cautions"]]


def test_list_gives_summaries(client: TestClient) -> None:
    response = client.get("/v1/routines")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 2
    assert body["items"] == [
        {
            "slug": "post-exercise-muscle-recovery",
            "title": "Muscle recovery after exercise",
            "description": body["items"][0]["description"],
            "condition": {
                "slug": "post-exercise-muscle-soreness",
                "name": "Muscle soreness after exercise",
            },
            "step_count": 3,
            "total_min_seconds": 360,
            "total_max_seconds": 720,
            "source": ARTICLE,
        },
        {
            "slug": "back-pain-after-exercise",
            "title": "Back pain after exercise",
            "description": body["items"][1]["description"],
            "condition": {"slug": "lower-back-pain", "name": "Lower back pain"},
            "step_count": 3,
            "total_min_seconds": 240,
            "total_max_seconds": 240,
            "source": ARTICLE,
        },
    ]
    second = client.get("/v1/routines?limit=1&offset=1").json()
    assert [r["slug"] for r in second["items"]] == ["back-pain-after-exercise"]
    assert second["links"]["next"] is None


def test_routine_by_title(client: TestClient) -> None:
    assert get_routine(client, "Back pain after exercise")["slug"] == "back-pain-after-exercise"


def test_unknown_routine_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/routines/neck-stretch")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:acupoint-kb:problem:routine-not-found"


@pytest.mark.parametrize(
    ("sides", "laterality", "expected"),
    [
        (SideUse.EACH_SIDE, Laterality.BILATERAL, 2),
        (SideUse.ALTERNATE_SIDES, Laterality.BILATERAL, 2),
        (SideUse.BOTH_SIDES_TOGETHER, Laterality.BILATERAL, 1),
        (SideUse.NOT_STATED, Laterality.BILATERAL, 1),
        (SideUse.EACH_SIDE, Laterality.MIDLINE, 1),
        (SideUse.EACH_SIDE, Laterality.SINGLE_SIDE, 1),
    ],
)
def test_only_each_side_of_a_bilateral_point_doubles_the_time(
    sides: SideUse, laterality: Laterality, expected: int
) -> None:
    assert applications(sides, laterality) == expected
