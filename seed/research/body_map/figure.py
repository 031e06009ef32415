"""The body figure's geometry: landmarks, B-cun scales and outlines of the three views.

Units are those of each view's SVG viewBox. Front and back views share one silhouette
(the back view is the front's mirror image) and one vertical scale: a height on the body
has the same ``y`` in every view. The side view shows the person's right side, facing the
viewer's right.

``d`` is a distance outward from the midline of the front and back views; where a site
lands (``x``) depends on the view and the side (see ``x_of``).
"""

from bisect import bisect_right
from collections.abc import Sequence

WIDTH, HEIGHT = 360.0, 1000.0
SIDE_WIDTH = 240.0
CX = WIDTH / 2

Curve = Sequence[tuple[float, float]]


def interp(curve: Curve, at: float) -> float:
    """Piecewise-linear value of ``curve`` (pairs of (key, value), keys ascending)."""
    keys = [k for k, _ in curve]
    if at <= keys[0]:
        return curve[0][1]
    if at >= keys[-1]:
        return curve[-1][1]
    i = bisect_right(keys, at) - 1
    (k0, v0), (k1, v1) = curve[i], curve[i + 1]
    return v0 + (v1 - v0) * (at - k0) / (k1 - k0)


def x_of(view: str, side: str, d: float) -> float:
    """Front view: the person's right is on the viewer's left; back view: on the right."""
    if side == "midline":
        return CX
    outward = -1.0 if (view == "front") == (side == "right") else 1.0
    return CX + outward * d


# ---------------------------------------------------------------- heights (all views)
Y = {
    "vertex": 20.0,
    "hairline_front": 52.0,
    "hairline_corner": 60.0,
    "eyebrow": 84.0,
    "glabella": 86.0,
    "eye": 95.0,
    "zygomatic_arch": 102.0,
    "ala_mid": 112.0,
    "ala_lower": 118.0,
    "philtrum_mid": 124.0,
    "mouth": 132.0,
    "mentolabial": 142.0,
    "jaw_angle": 138.0,
    "chin": 152.0,
    "ear_apex": 82.0,
    "tragus": 102.0,
    "ear_lobe": 116.0,
    "thyroid_top": 168.0,
    "cricoid": 180.0,
    "fossa": 195.0,
    "acromion": 192.0,
    "armpit": 226.0,
    "axillary_fold_front": 232.0,
    "axillary_fold_back": 236.0,
    "nipple": 272.0,
    "xiphisternal": 291.0,
    "navel": 404.0,
    "asis": 455.0,
    "trochanter": 483.0,
    "pubic": 489.0,
    "gluteal_fold": 528.0,
    "crotch": 530.0,
    "patella_base": 672.0,
    "patella_apex": 706.0,
    "femur_medial_epicondyle": 686.0,
    "knee_eye": 714.0,
    "popliteal": 712.0,
    "tibia_medial_condyle": 730.0,
    "fibula_head": 728.0,
    "medial_malleolus": 934.0,
    "lateral_malleolus": 940.0,
    "sole": 980.0,
    "elbow": 376.0,
    "olecranon": 382.0,
    "wrist": 511.0,
    "mcp": 556.0,
    "pip": 580.0,
    "dip": 598.0,
    "fingertip": 613.0,
    "thumb_mcp": 540.0,
    "thumb_ip": 560.0,
    "thumb_tip": 578.0,
    # back of the head and neck
    "occipital_protuberance": 100.0,
    "hairline_back": 128.0,
    "c7": 162.0,
}

# Proportional B-cun (WHO 2008), anterior trunk: cun above the navel -> y.
FRONT_TRUNK = [(-5.0, Y["pubic"]), (0.0, Y["navel"]), (8.0, Y["xiphisternal"]), (17.0, Y["fossa"])]
FRONT_TRUNK_CUN = 14.0
"""Units per B-cun across the anterior trunk: the nipples are 8 B-cun apart."""
ICS = {1: 14.6, 2: 13.0, 3: 11.4, 4: 9.8, 5: 8.2, 6: 6.6, 7: 5.0}
"""Level of each intercostal space near the midline, in cun above the navel (drawn evenly
between the 1st space and the xiphisternal junction; the 4th is the nipple's level)."""
BELOW_CLAVICLE, ABOVE_CLAVICLE = 15.8, 16.7

BACK_CUN = 13.0
"""Units per B-cun across the back: medial scapular border 3 B-cun from the midline."""


def front_trunk_y(cun_above_navel: float) -> float:
    return interp(FRONT_TRUNK, cun_above_navel)


def spinous(name: str) -> float:
    """y of a spinous process tip: C7, T1-T12, L1-L5."""
    if name == "C7":
        return Y["c7"]
    n = int(name[1:])
    if name[0] == "T":
        return Y["c7"] + 13.0 * n
    return Y["c7"] + 13.0 * 12 + 19.25 * n


def below_spinous(name: str) -> float:
    """The hollow below a spinous process: half-way to the next one (S1 after L5)."""
    order = ["C7", *(f"T{n}" for n in range(1, 13)), *(f"L{n}" for n in range(1, 6))]
    i = order.index(name)
    following = spinous(order[i + 1]) if i + 1 < len(order) else SACRAL_FORAMEN[1]
    return (spinous(name) + following) / 2


SACRAL_FORAMEN = {1: 428.0, 2: 443.0, 3: 456.0, 4: 468.0}
SACRAL_HIATUS, COCCYX_TIP = 472.0, 490.0

# ---------------------------------------------------------------- limbs (front/back views)
# (y, d) pairs: the limb's axis, outward from the midline, and its half-width.
ARM_AXIS = [(196.0, 106.0), (376.0, 128.0), (511.0, 140.0), (556.0, 144.0), (613.0, 150.0)]
ARM_HALF = [
    (196.0, 20.0),
    (250.0, 18.0),
    (376.0, 15.0),
    (420.0, 16.0),
    (511.0, 11.0),
    (530.0, 16.0),
    (556.0, 19.0),
    (585.0, 17.0),
    (613.0, 12.0),
]
LEG_AXIS = [
    (470.0, 46.0),
    (528.0, 44.0),
    (698.0, 40.0),
    (780.0, 38.0),
    (935.0, 36.0),
    (980.0, 34.0),
]
LEG_HALF = [
    (470.0, 44.0),
    (528.0, 40.0),
    (640.0, 30.0),
    (690.0, 25.0),
    (730.0, 24.0),
    (780.0, 27.0),
    (880.0, 17.0),
    (935.0, 14.0),
    (950.0, 20.0),
    (980.0, 22.0),
]
UPPER_ARM_CUN = (Y["elbow"] - Y["axillary_fold_front"]) / 9  # fold to cubital crease: 9
FOREARM_CUN = (Y["wrist"] - Y["elbow"]) / 12  # cubital crease to wrist crease: 12
THIGH_FRONT_CUN = (Y["femur_medial_epicondyle"] - Y["pubic"]) / 18  # pubis to epicondyle: 18
THIGH_BACK_CUN = (Y["popliteal"] - Y["gluteal_fold"]) / 14  # gluteal fold to crease: 14
THIGH_SIDE_CUN = (Y["popliteal"] - Y["trochanter"]) / 19  # trochanter to crease: 19
LEG_FRONT_CUN = (Y["medial_malleolus"] - Y["tibia_medial_condyle"]) / 13  # condyle-malleolus
LEG_BACK_CUN = (Y["lateral_malleolus"] - Y["popliteal"]) / 16  # crease to malleolus: 16


def limb(axis: Curve, half: Curve, y: float, across: float) -> float:
    """``d`` of a point on a limb at height ``y``; ``across`` runs from -1 (medial edge) to
    +1 (lateral edge)."""
    return interp(axis, y) + across * interp(half, y)


def arm(y: float, across: float) -> float:
    return limb(ARM_AXIS, ARM_HALF, y, across)


def leg(y: float, across: float) -> float:
    return limb(LEG_AXIS, LEG_HALF, y, across)


# Finger columns across the hand (-1 ulnar edge .. +1 radial edge), and the thumb.
FINGER = {"thumb": 1.35, "index": 0.62, "middle": 0.2, "ring": -0.22, "little": -0.62}
# Toe columns on the foot in the front view: d of each toe (big toe nearest the midline).
TOE = {1: 18.0, 2: 27.0, 3: 35.0, 4: 43.0, 5: 50.0}
TOE_TIP, TOE_MTP, FOOT_BASES = 977.0, 962.0, 950.0
FOOT_MEDIAL, FOOT_LATERAL = 14.0, 56.0

# ---------------------------------------------------------------- head (front/back views)
HEAD_CUN_FRONT = 8.4
"""Units per B-cun across the face: the hairline corners (ST8) are 9 B-cun apart."""
HEAD_CUN_BACK = 8.0
"""Units per B-cun across the back of the head: the mastoid processes are 9 B-cun apart."""
SCALP_FRONT = [(0.0, Y["hairline_front"]), (5.0, Y["vertex"])]
"""Cun above the anterior hairline -> y, to the vertex (GV20, 5 B-cun)."""
SCALP_BACK = [(-3.0, Y["c7"]), (0.0, Y["hairline_back"]), (7.0, Y["vertex"])]
"""Cun above the posterior hairline -> y: C7 is 3 below, the vertex 7 above."""
HEAD_HALF = [
    (20.0, 0.0),
    (30.0, 28.0),
    (50.0, 38.0),
    (80.0, 42.0),
    (110.0, 40.0),
    (138.0, 34.0),
    (150.0, 16.0),
    (152.0, 0.0),
]


def head_edge(y: float) -> float:
    return interp(HEAD_HALF, y)


# ---------------------------------------------------------------- side view (right side)
# Anterior (larger x) and posterior outline of the side view by height.
SIDE_FRONT = [
    (20.0, 118.0),
    (40.0, 150.0),
    (70.0, 162.0),
    (96.0, 164.0),
    (115.0, 174.0),
    (124.0, 166.0),
    (134.0, 166.0),
    (150.0, 160.0),
    (158.0, 146.0),
    (172.0, 146.0),
    (196.0, 156.0),
    (272.0, 172.0),
    (300.0, 166.0),
    (380.0, 160.0),
    (430.0, 166.0),
    (489.0, 160.0),
    (560.0, 156.0),
    (672.0, 146.0),
    (700.0, 148.0),
    (740.0, 140.0),
    (800.0, 140.0),
    (930.0, 132.0),
]
SIDE_BACK = [
    (20.0, 100.0),
    (40.0, 78.0),
    (90.0, 66.0),
    (120.0, 76.0),
    (140.0, 92.0),
    (170.0, 94.0),
    (196.0, 84.0),
    (260.0, 78.0),
    (330.0, 88.0),
    (400.0, 88.0),
    (470.0, 70.0),
    (528.0, 82.0),
    (600.0, 96.0),
    (712.0, 104.0),
    (790.0, 94.0),
    (900.0, 110.0),
    (935.0, 112.0),
    (965.0, 104.0),
    (980.0, 106.0),
]
SIDE_FOOT_TOE_X = 206.0
SIDE = {
    "outer_canthus": (150.0, Y["eye"]),
    "tragus": (117.0, Y["tragus"]),
    "ear_apex": (108.0, Y["ear_apex"]),
    "ear_lobe": (110.0, Y["ear_lobe"]),
    "ear_back": (100.0, 100.0),
    "mastoid_tip": (100.0, 124.0),
    "jaw_angle": (118.0, Y["jaw_angle"]),
    "zygomatic_mid": (132.0, Y["zygomatic_arch"]),
    "hairline_corner": (146.0, Y["hairline_corner"]),
    "temple_hair_back": (124.0, 74.0),
    "occiput": (74.0, Y["occipital_protuberance"]),
    "trochanter": (116.0, Y["trochanter"]),
    "lateral_epicondyle": (126.0, 700.0),
    "fibula_head": (118.0, Y["fibula_head"]),
    "lateral_malleolus": (124.0, Y["lateral_malleolus"]),
}
HEAD_CUN_SIDE = 8.5
"""Units per B-cun on the side of the head."""


def side_leg_fibula(y: float) -> float:
    """x of the fibula's line on the side view, from its head to the lateral malleolus."""
    return interp([(SIDE["fibula_head"][1], 118.0), (SIDE["lateral_malleolus"][1], 124.0)], y)


def side_thigh_mid(y: float) -> float:
    return interp([(Y["trochanter"], 120.0), (700.0, 124.0)], y)
