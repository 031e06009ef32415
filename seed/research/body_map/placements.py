"""Where each point goes on the figure, read from its location text (locations.csv).

Each line places one point from the landmarks and B-cun offsets its location gives, using
the scales of ``figure``. Bilateral points are placed on the person's right; the left site
is the mirror image. A point may also get a site on the side view (the right side only).
"""

from dataclasses import dataclass

from figure import (
    ABOVE_CLAVICLE,
    BACK_CUN,
    BELOW_CLAVICLE,
    FINGER,
    FOREARM_CUN,
    FRONT_TRUNK_CUN,
    HEAD_CUN_BACK,
    HEAD_CUN_FRONT,
    ICS,
    LEG_BACK_CUN,
    LEG_FRONT_CUN,
    SACRAL_FORAMEN,
    SACRAL_HIATUS,
    SCALP_BACK,
    SCALP_FRONT,
    SIDE,
    THIGH_BACK_CUN,
    THIGH_FRONT_CUN,
    THIGH_SIDE_CUN,
    TOE,
    TOE_TIP,
    UPPER_ARM_CUN,
    Y,
    arm,
    below_spinous,
    front_trunk_y,
    head_edge,
    interp,
    leg,
    side_leg_fibula,
    side_thigh_mid,
)


@dataclass(frozen=True, slots=True)
class Placed:
    code: str
    view: str
    site: int
    sides: tuple[str, ...]
    """("right", "left") for a mirrored pair, ("midline",), or one side."""
    d: float
    """Front/back views: distance outward from the midline; side view: x."""
    y: float
    note: str | None = None


PLACED: list[Placed] = []


def pair(code: str, view: str, d: float, y: float, site: int = 1, note: str | None = None) -> None:
    PLACED.append(Placed(code, view, site, ("right", "left"), d, y, note))


def mid(code: str, view: str, y: float, site: int = 1, note: str | None = None) -> None:
    PLACED.append(Placed(code, view, site, ("midline",), 0.0, y, note))


def one(code: str, view: str, side: str, d: float, y: float, site: int = 1) -> None:
    PLACED.append(Placed(code, view, site, (side,), d, y, None))


def side(code: str, x: float, y: float, site: int = 1) -> None:
    """The right-side site on the side view."""
    PLACED.append(Placed(code, "side", site, ("right",), x, y, None))


# ---------------------------------------------------------------- helpers in B-cun
def ft(cun_above_navel: float) -> float:
    return front_trunk_y(cun_above_navel)


def tf(code: str, lateral_cun: float, level: float) -> None:
    """Anterior trunk: B-cun from the anterior midline, level in cun above the navel."""
    y = ft(level)
    if lateral_cun == 0:
        mid(code, "front", y)
    else:
        pair(code, "front", lateral_cun * FRONT_TRUNK_CUN, y)


def tb(code: str, lateral_cun: float, y: float) -> None:
    """Back: B-cun from the posterior midline at height y."""
    if lateral_cun == 0:
        mid(code, "back", y)
    else:
        pair(code, "back", lateral_cun * BACK_CUN, y)


def above_wrist(cun: float) -> float:
    return Y["wrist"] - cun * FOREARM_CUN


def below_elbow(cun: float) -> float:
    return Y["elbow"] + cun * FOREARM_CUN


def above_elbow(cun: float) -> float:
    return Y["elbow"] - cun * UPPER_ARM_CUN


def front_scalp(cun_above_hairline: float) -> float:
    return interp(SCALP_FRONT, cun_above_hairline)


def back_scalp(cun_above_hairline: float) -> float:
    return interp(SCALP_BACK, cun_above_hairline)


def hairline_front(d: float) -> float:
    """The anterior hairline runs from the midline down to its corners (ST8 region)."""
    return interp([(0.0, Y["hairline_front"]), (38.0, Y["hairline_corner"])], d)


PUPIL = 16.0
"""d of the pupil and of the vertical line through it."""
CUN_FACE_VERTICAL = (Y["glabella"] - Y["hairline_front"]) / 3  # glabella-hairline: 3 B-cun
SCALP_FRONT_CUN = (Y["hairline_front"] - Y["vertex"]) / 5
SCALP_BACK_CUN = (Y["hairline_back"] - Y["vertex"]) / 7
NECK_BACK_CUN = (Y["c7"] - Y["hairline_back"]) / 3  # posterior hairline to C7: 3 B-cun


def meridian_points() -> None:
    # ---------------- Lung
    tf("LU1", 6, ICS[1])
    tf("LU2", 6, BELOW_CLAVICLE)
    for code, cun in (("LU3", 3), ("LU4", 4)):
        y = Y["axillary_fold_front"] + cun * UPPER_ARM_CUN
        pair(code, "front", arm(y, 0.55), y)
    pair("LU5", "front", arm(Y["elbow"], 0.35), Y["elbow"])
    pair("LU6", "front", arm(above_wrist(7), 0.6), above_wrist(7))
    pair("LU7", "front", arm(above_wrist(1.5), 0.92), above_wrist(1.5))
    pair("LU8", "front", arm(above_wrist(1), 0.8), above_wrist(1))
    pair("LU9", "front", arm(Y["wrist"], 0.75), Y["wrist"])
    pair("LU10", "front", arm(528.0, 1.1), 528.0)
    pair("LU11", "front", arm(Y["thumb_tip"] - 4, FINGER["thumb"] + 0.08), Y["thumb_tip"] - 4)
    # ---------------- Large Intestine (dorsal, radial: back view)
    pair("LI1", "back", arm(Y["fingertip"] - 8, FINGER["index"] + 0.12), Y["fingertip"] - 8)
    pair("LI2", "back", arm(Y["mcp"] + 6, 0.8), Y["mcp"] + 6)
    pair("LI3", "back", arm(Y["mcp"] - 6, 0.85), Y["mcp"] - 6)
    pair("LI4", "back", arm(533.0, 0.82), 533.0)
    pair("LI5", "back", arm(Y["wrist"], 0.9), Y["wrist"])
    for code, cun in (("LI6", 3), ("LI7", 5)):
        pair(code, "back", arm(above_wrist(cun), 0.88), above_wrist(cun))
    for code, cun in (("LI8", 4), ("LI9", 3), ("LI10", 2)):
        pair(code, "back", arm(below_elbow(cun), 0.86), below_elbow(cun))
    pair("LI11", "back", arm(Y["elbow"], 0.95), Y["elbow"])
    pair("LI12", "back", arm(above_elbow(1), 0.97), above_elbow(1))
    pair("LI13", "back", arm(above_elbow(3), 0.9), above_elbow(3))
    pair("LI14", "back", arm(above_elbow(7), 0.85), above_elbow(7))
    pair("LI15", "front", 114.0, 202.0)
    pair("LI16", "back", 88.0, 194.0)
    pair("LI17", "front", 19.0, Y["cricoid"])
    pair("LI18", "front", 18.0, Y["thyroid_top"])
    pair("LI19", "front", 7.0, Y["philtrum_mid"])
    pair("LI20", "front", 13.0, Y["ala_mid"])
    side("LI17", 134.0, Y["cricoid"])
    side("LI18", 131.0, Y["thyroid_top"])
    # ---------------- Stomach
    pair("ST1", "front", PUPIL, 101.0)
    pair("ST2", "front", PUPIL, 106.0)
    pair("ST3", "front", PUPIL, Y["ala_lower"])
    pair("ST4", "front", 18.0, Y["mouth"])
    pair("ST5", "front", 30.0, 144.0)
    pair("ST6", "front", 32.0, 132.0)
    pair("ST7", "front", 37.0, 106.0)
    pair("ST8", "front", 4.5 * HEAD_CUN_FRONT, Y["hairline_corner"] - 0.5 * SCALP_FRONT_CUN)
    pair("ST9", "front", 14.0, Y["thyroid_top"])
    pair("ST10", "front", 13.0, Y["cricoid"])
    pair("ST11", "front", 9.0, 191.0)
    tf("ST12", 4, ABOVE_CLAVICLE)
    tf("ST13", 4, BELOW_CLAVICLE)
    for number, space in zip(range(14, 19), range(1, 6), strict=True):
        tf(f"ST{number}", 4, ICS[space])
    for number, level in zip(range(19, 25), range(6, 0, -1), strict=True):
        tf(f"ST{number}", 2, level)
    tf("ST25", 2, 0)
    for number, level in zip(range(26, 31), range(-1, -6, -1), strict=True):
        tf(f"ST{number}", 2, level)
    side("ST5", 142.0, 144.0)
    side("ST6", 128.0, 132.0)
    side("ST7", 128.0, 106.0)
    side("ST8", 144.0, Y["hairline_corner"] - 0.5 * SCALP_FRONT_CUN)
    side("ST9", 140.0, Y["thyroid_top"])
    # the line from the ASIS to the lateral end of the patellar base
    asis, patella_lateral = (80.0, Y["asis"]), (50.0, Y["patella_base"])

    def on_asis_line(y: float) -> float:
        return interp([(asis[1], asis[0]), (patella_lateral[1], patella_lateral[0])], y)

    pair("ST31", "front", on_asis_line(500.0), 500.0)
    for code, cun in (("ST32", 6), ("ST33", 3), ("ST34", 2)):
        y = Y["patella_base"] - cun * THIGH_FRONT_CUN
        pair(code, "front", on_asis_line(y), y)
    st35, st41 = (49.0, Y["knee_eye"]), (36.0, 936.0)
    pair("ST35", "front", *st35)
    leg_cun = (st41[1] - st35[1]) / 16  # ST35 to ST41: 16 B-cun

    def on_st_line(cun: float) -> tuple[float, float]:
        f = cun / 16
        return st35[0] + f * (st41[0] - st35[0]), st35[1] + cun * leg_cun

    for code, cun in (("ST36", 3), ("ST37", 6), ("ST38", 8), ("ST39", 9)):
        pair(code, "front", *on_st_line(cun))
    st38 = on_st_line(8)
    pair("ST40", "front", st38[0] + 8.0, st38[1])
    pair("ST41", "front", *st41)
    pair("ST42", "front", 28.0, 948.0)
    pair("ST43", "front", 31.0, 960.0)
    pair("ST44", "front", 31.0, 968.0)
    pair("ST45", "front", TOE[2] + 2, TOE_TIP)
    # ---------------- Spleen
    pair("SP1", "front", TOE[1] - 3.5, TOE_TIP - 1)
    pair("SP2", "front", 13.0, 967.0)
    pair("SP3", "front", 12.5, 960.0)
    pair("SP4", "front", 13.0, 951.0)
    pair("SP5", "front", 17.0, 942.0)
    for code, cun in (("SP6", 3), ("SP7", 6)):
        y = Y["medial_malleolus"] - cun * LEG_FRONT_CUN
        pair(code, "front", leg(y, -0.85), y)
    sp8 = Y["tibia_medial_condyle"] + 3 * LEG_FRONT_CUN
    pair("SP8", "front", leg(sp8, -0.88), sp8)
    pair("SP9", "front", leg(Y["tibia_medial_condyle"], -0.9), Y["tibia_medial_condyle"])
    sp10 = Y["patella_base"] - 2 * THIGH_FRONT_CUN
    pair("SP10", "front", leg(sp10, -0.55), sp10)
    sp12, patella_medial = (3.5 * FRONT_TRUNK_CUN, Y["pubic"]), (32.0, Y["patella_base"])
    pair("SP11", "front", sp12[0] + (patella_medial[0] - sp12[0]) / 3, 550.0)
    pair("SP12", "front", *sp12)
    tf("SP13", 4, -4.3)
    tf("SP14", 4, -1.3)
    tf("SP15", 4, 0)
    tf("SP16", 4, 3)
    for number, space in zip(range(17, 21), range(5, 1, -1), strict=True):
        tf(f"SP{number}", 6, ICS[space])
    pair("SP21", "front", 88.0, ft(ICS[6]))
    # ---------------- Heart
    pair("HT1", "front", 93.0, 228.0)
    pair("HT2", "front", arm(above_elbow(3), -0.6), above_elbow(3))
    pair("HT3", "front", arm(Y["elbow"], -0.95), Y["elbow"])
    for code, cun in (("HT4", 1.5), ("HT5", 1), ("HT6", 0.5), ("HT7", 0)):
        pair(code, "front", arm(above_wrist(cun), -0.7), above_wrist(cun))
    pair("HT8", "front", arm(550.0, -0.4), 550.0)
    pair("HT9", "front", arm(Y["fingertip"] - 10, FINGER["little"] + 0.08), Y["fingertip"] - 10)
    # ---------------- Small Intestine (dorsal, ulnar: back view)
    pair("SI1", "back", arm(Y["fingertip"] - 10, FINGER["little"] - 0.1), Y["fingertip"] - 10)
    pair("SI2", "back", arm(Y["mcp"] + 6, -0.95), Y["mcp"] + 6)
    pair("SI3", "back", arm(Y["mcp"] - 4, -1.0), Y["mcp"] - 4)
    pair("SI4", "back", arm(522.0, -1.0), 522.0)
    pair("SI5", "back", arm(513.0, -0.95), 513.0)
    pair("SI6", "back", arm(above_wrist(1), -0.7), above_wrist(1))
    pair("SI7", "back", arm(above_wrist(5), -0.85), above_wrist(5))
    pair("SI8", "back", arm(Y["olecranon"], -0.75), Y["olecranon"])
    pair("SI9", "back", 94.0, Y["axillary_fold_back"] - UPPER_ARM_CUN)
    pair("SI10", "back", 92.0, 206.0)
    spine_mid, inferior_angle = (70.0, 198.0), (50.0, below_spinous("T7") - 6.5)
    pair(
        "SI11",
        "back",
        spine_mid[0] + (inferior_angle[0] - spine_mid[0]) / 3,
        spine_mid[1] + (inferior_angle[1] - spine_mid[1]) / 3,
    )
    pair("SI12", "back", spine_mid[0], 188.0)
    pair("SI13", "back", 46.0, 195.0)
    tb("SI14", 3, below_spinous("T1"))
    tb("SI15", 2, below_spinous("C7"))
    pair("SI16", "front", 23.0, Y["thyroid_top"])
    pair("SI17", "front", 28.0, 143.0)
    pair("SI18", "front", 24.0, 110.0)
    pair("SI19", "front", 39.0, Y["tragus"])
    side("SI16", 116.0, Y["thyroid_top"])
    side("SI17", 120.0, 146.0)
    side("SI18", 148.0, 110.0)
    side("SI19", 120.0, Y["tragus"])
    # ---------------- Bladder
    pair("BL1", "front", 7.0, 93.0)
    pair("BL2", "front", 7.0, Y["eyebrow"])
    bl_d = 1.5 * HEAD_CUN_FRONT
    pair("BL3", "front", 7.0, hairline_front(7.0) - 0.5 * SCALP_FRONT_CUN)
    for code, cun in (("BL4", 0.5), ("BL5", 1), ("BL6", 2.5), ("BL7", 4)):
        pair(code, "front", bl_d, hairline_front(bl_d) - cun * SCALP_FRONT_CUN)
    pair("BL8", "back", 1.5 * HEAD_CUN_BACK, back_scalp(6.5))
    pair("BL9", "back", 1.3 * HEAD_CUN_BACK, back_scalp(2.5))
    pair("BL10", "back", 1.3 * HEAD_CUN_BACK, back_scalp(0.5))
    inner = [*(f"T{n}" for n in range(1, 8)), *(f"T{n}" for n in range(9, 13))]
    inner += [f"L{n}" for n in range(1, 6)]
    for number, vertebra in zip(range(11, 27), inner, strict=True):
        tb(f"BL{number}", 1.5, below_spinous(vertebra))
    for number, foramen in zip(range(27, 31), range(1, 5), strict=True):
        tb(f"BL{number}", 1.5, SACRAL_FORAMEN[foramen])
    for number, foramen in zip(range(31, 35), range(1, 5), strict=True):
        pair(f"BL{number}", "back", 11.5 - foramen, SACRAL_FORAMEN[foramen])
    pair("BL35", "back", 0.5 * BACK_CUN, 490.0)
    pair("BL36", "back", leg(Y["gluteal_fold"], 0.0), Y["gluteal_fold"])
    bl37 = Y["gluteal_fold"] + 6 * THIGH_BACK_CUN
    pair("BL37", "back", leg(bl37, 0.0), bl37)
    bl38 = Y["popliteal"] - THIGH_BACK_CUN
    pair("BL38", "back", leg(bl38, 0.55), bl38)
    pair("BL39", "back", leg(Y["popliteal"], 0.6), Y["popliteal"])
    pair("BL40", "back", leg(Y["popliteal"], 0.0), Y["popliteal"])
    outer = [*(f"T{n}" for n in range(2, 8)), "T9", "T10", "T11", "T12", "L1", "L2"]
    for number, vertebra in zip(range(41, 53), outer, strict=True):
        tb(f"BL{number}", 3, below_spinous(vertebra))
    tb("BL53", 3, SACRAL_FORAMEN[2])
    tb("BL54", 3, SACRAL_FORAMEN[4])
    for code, cun in (("BL55", 2), ("BL56", 5), ("BL57", 8)):
        y = Y["popliteal"] + cun * LEG_BACK_CUN
        pair(code, "back", leg(y, 0.0), y)
    for code, cun, across in (("BL58", 7, 0.45), ("BL59", 3, 0.5), ("BL60", 0, 0.5)):
        y = Y["lateral_malleolus"] - cun * LEG_BACK_CUN
        pair(code, "back", leg(y, across), y)
    pair("BL61", "back", leg(962.0, 0.7), 962.0)
    for code, d, y in (
        ("BL62", 51.0, 950.0),
        ("BL63", 53.0, 955.0),
        ("BL64", 55.0, 958.0),
        ("BL65", 56.0, 964.0),
        ("BL66", 55.0, 970.0),
        ("BL67", TOE[5] + 3, TOE_TIP),
    ):
        pair(code, "front", d, y)
    for code, x, y in (
        ("BL60", 114.0, 942.0),
        ("BL61", 110.0, 962.0),
        ("BL62", 124.0, 952.0),
        ("BL63", 134.0, 958.0),
        ("BL64", 148.0, 968.0),
        ("BL65", 176.0, 972.0),
        ("BL66", 188.0, 974.0),
        ("BL67", 202.0, 975.0),
    ):
        side(code, x, y)
    # ---------------- Kidney
    pair("KI1", "back", 34.0, 976.0, note="On the sole: shown at the underside of the foot.")
    pair("KI2", "front", 14.0, 950.0)
    pair("KI3", "back", leg(Y["medial_malleolus"], -0.5), Y["medial_malleolus"])
    pair("KI4", "back", leg(945.0, -0.45), 945.0)
    pair("KI5", "back", leg(950.0, -0.6), 950.0)
    pair("KI6", "front", 21.0, 947.0)
    ki78 = Y["medial_malleolus"] - 2 * LEG_FRONT_CUN
    pair("KI7", "back", leg(ki78, -0.55), ki78)
    pair("KI8", "front", leg(ki78, -0.9), ki78)
    ki9 = Y["medial_malleolus"] - 5 * LEG_FRONT_CUN
    pair("KI9", "back", leg(ki9, -0.6), ki9)
    pair("KI10", "back", leg(Y["popliteal"], -0.5), Y["popliteal"])
    for number, level in zip(range(11, 17), range(-5, 1), strict=True):
        tf(f"KI{number}", 0.5, level)
    for number, level in zip(range(17, 22), range(2, 7), strict=True):
        tf(f"KI{number}", 0.5, level)
    for number, space in zip(range(22, 27), range(5, 0, -1), strict=True):
        tf(f"KI{number}", 2, ICS[space])
    tf("KI27", 2, BELOW_CLAVICLE)
    # ---------------- Pericardium
    tf("PC1", 5, ICS[4])
    pc2 = Y["axillary_fold_front"] + 2 * UPPER_ARM_CUN
    pair("PC2", "front", arm(pc2, 0.0), pc2)
    pair("PC3", "front", arm(Y["elbow"], -0.1), Y["elbow"])
    for code, cun in (("PC4", 5), ("PC5", 3), ("PC6", 2), ("PC7", 0)):
        pair(code, "front", arm(above_wrist(cun), 0.05), above_wrist(cun))
    pair("PC8", "front", arm(550.0, 0.4), 550.0)
    pair("PC9", "front", arm(Y["fingertip"] - 1, FINGER["middle"]), Y["fingertip"] - 1)
    # ---------------- Triple Energizer (dorsal, middle: back view)
    pair("TE1", "back", arm(Y["fingertip"] - 12, FINGER["ring"] - 0.1), Y["fingertip"] - 12)
    pair("TE2", "back", arm(566.0, -0.42), 566.0)
    pair("TE3", "back", arm(548.0, -0.42), 548.0)
    pair("TE4", "back", arm(Y["wrist"], -0.2), Y["wrist"])
    for code, cun, across in (
        ("TE5", 2, 0.0),
        ("TE6", 3, 0.0),
        ("TE7", 3, -0.35),
        ("TE8", 4, 0.0),
    ):
        pair(code, "back", arm(above_wrist(cun), across), above_wrist(cun))
    te9 = Y["olecranon"] + 5 * FOREARM_CUN
    pair("TE9", "back", arm(te9, 0.0), te9)
    for code, cun in (("TE10", 1), ("TE11", 2), ("TE12", 5)):
        y = Y["olecranon"] - cun * UPPER_ARM_CUN
        pair(code, "back", arm(y, 0.0), y)
    te13 = Y["acromion"] + 3 * UPPER_ARM_CUN
    pair("TE13", "back", arm(te13, 0.1), te13)
    pair("TE14", "back", 114.0, 202.0)
    pair("TE15", "back", 46.0, 184.0)
    pair("TE16", "back", 28.0, Y["jaw_angle"] + 2)
    pair("TE17", "back", 36.0, 118.0)
    pair("TE18", "back", 39.0, 110.0)
    pair("TE19", "back", 40.0, 98.0)
    pair("TE20", "front", head_edge(78.0) - 1, 78.0)
    pair("TE21", "front", 40.0, 96.0)
    pair("TE22", "front", 40.0, 86.0)
    pair("TE23", "front", 30.0, Y["eyebrow"])
    for code, x, y in (
        ("TE16", 104.0, 140.0),
        ("TE17", 108.0, 118.0),
        ("TE18", 101.0, 112.0),
        ("TE19", 100.0, 100.0),
        ("TE20", 108.0, 76.0),
        ("TE21", 119.0, 96.0),
        ("TE22", 122.0, 86.0),
        ("TE23", 150.0, 86.0),
    ):
        side(code, x, y)
    # ---------------- Gallbladder
    pair("GB1", "front", 28.0, Y["eye"])
    pair("GB2", "front", 40.0, 108.0)
    pair("GB3", "front", head_edge(98.0) - 1.5, 98.0)
    st8 = (144.0, Y["hairline_corner"] - 0.5 * SCALP_FRONT_CUN)
    gb7 = (122.0, Y["ear_apex"])
    for code, f in (("GB4", 0.25), ("GB5", 0.5), ("GB6", 0.75)):
        x, y = st8[0] + f * (gb7[0] - st8[0]), st8[1] + f * (gb7[1] - st8[1])
        pair(code, "front", head_edge(y) - 2, y)
        side(code, x, y)
    pair("GB7", "front", head_edge(gb7[1]) - 1.5, gb7[1])
    pair("GB8", "front", head_edge(63.0) - 1.5, 63.0)
    pair("GB9", "back", head_edge(60.0) - 2, 60.0)
    pair("GB10", "back", 38.0, 78.0)
    pair("GB11", "back", 39.0, 94.0)
    pair("GB12", "back", 34.0, 124.0)
    gb13 = 3 * HEAD_CUN_FRONT
    pair("GB13", "front", gb13, hairline_front(gb13) - 0.5 * SCALP_FRONT_CUN)
    pair("GB14", "front", PUPIL, Y["eyebrow"] - CUN_FACE_VERTICAL)
    for code, cun in (("GB15", 0.5), ("GB16", 1.5), ("GB17", 2.5), ("GB18", 4)):
        pair(code, "front", PUPIL, hairline_front(PUPIL) - cun * SCALP_FRONT_CUN)
    pair("GB19", "back", 20.0, back_scalp(2.5))
    pair("GB20", "back", 20.0, back_scalp(1))
    pair("GB21", "back", 56.0, 178.0)
    for code, x, y in (
        ("GB1", 146.0, Y["eye"]),
        ("GB2", 118.0, 108.0),
        ("GB3", 132.0, 98.0),
        ("GB7", *gb7),
        ("GB8", 108.0, 63.0),
        ("GB9", 104.0, 60.0),
        ("GB10", 98.0, 78.0),
        ("GB11", 97.0, 94.0),
        ("GB12", 96.0, 122.0),
        ("GB20", 84.0, back_scalp(1)),
    ):
        side(code, x, y)
    pair("GB22", "front", 89.0, ft(ICS[4]))
    pair("GB23", "front", 89.0 - 0.6 * FRONT_TRUNK_CUN, ft(ICS[4]))
    tf("GB24", 4, ICS[7])
    pair("GB25", "back", 72.0, 358.0)
    pair("GB26", "front", 76.0, Y["navel"])
    pair("GB27", "front", 74.0, ft(-3))
    pair("GB28", "front", 70.0, ft(-3) + 0.5 * THIGH_FRONT_CUN)
    pair("GB29", "front", 86.0, (Y["asis"] + Y["trochanter"]) / 2)
    side("GB29", 138.0, (Y["asis"] + Y["trochanter"]) / 2)
    trochanter_back = (92.0, Y["trochanter"])
    pair(
        "GB30",
        "back",
        trochanter_back[0] * 2 / 3,
        trochanter_back[1] + (SACRAL_HIATUS - trochanter_back[1]) / 3,
    )
    side("GB30", 100.0, 480.0)
    gb31 = Y["fingertip"]
    gb32 = Y["popliteal"] - 7 * THIGH_SIDE_CUN
    gb33 = Y["popliteal"] - 2 * THIGH_SIDE_CUN
    for code, y in (("GB31", gb31), ("GB32", gb32), ("GB33", gb33)):
        pair(code, "front", leg(y, 0.93), y)
        side(code, side_thigh_mid(y) - 3, y)
    gb34 = Y["fibula_head"] + 14.0
    pair("GB34", "front", leg(gb34, 0.75), gb34)
    side("GB34", side_leg_fibula(gb34) + 6, gb34)
    gb35 = Y["lateral_malleolus"] - 7 * LEG_BACK_CUN
    pair("GB35", "back", leg(gb35, 0.85), gb35)
    side("GB35", side_leg_fibula(gb35) - 5, gb35)
    for code, cun in (("GB36", 7), ("GB37", 5), ("GB38", 4), ("GB39", 3)):
        y = Y["lateral_malleolus"] - cun * LEG_BACK_CUN
        pair(code, "front", leg(y, 0.82), y)
        side(code, side_leg_fibula(y) + 4, y)
    for code, d, y, x_side, y_side in (
        ("GB40", 47.0, 946.0, 132.0, 948.0),
        ("GB41", 47.0, 953.0, 150.0, 962.0),
        ("GB42", 46.5, 960.0, 160.0, 965.0),
        ("GB43", 47.0, 968.0, 180.0, 970.0),
        ("GB44", TOE[4] + 2, TOE_TIP, 198.0, 974.0),
    ):
        pair(code, "front", d, y)
        side(code, x_side, y_side)
    # ---------------- Liver
    pair("LR1", "front", TOE[1] + 3, TOE_TIP)
    pair("LR2", "front", 23.0, 968.0)
    pair("LR3", "front", 23.0, 952.0)
    pair("LR4", "front", 27.0, 936.0)
    for code, cun in (("LR5", 5), ("LR6", 7)):
        y = Y["medial_malleolus"] - cun * LEG_FRONT_CUN
        pair(code, "front", leg(y, -0.55), y)
    pair("LR7", "back", leg(Y["tibia_medial_condyle"] + 2, -0.9), Y["tibia_medial_condyle"] + 2)
    pair("LR8", "back", leg(Y["popliteal"], -0.88), Y["popliteal"])
    lr9 = Y["patella_base"] - 4 * THIGH_FRONT_CUN
    pair("LR9", "front", leg(lr9, -0.8), lr9)
    pair("LR10", "front", 32.0, Y["pubic"] + 3 * THIGH_FRONT_CUN)
    pair("LR11", "front", 30.0, Y["pubic"] + 2 * THIGH_FRONT_CUN)
    tf("LR12", 2.5, -5)
    pair("LR13", "front", 76.0, 362.0)
    tf("LR14", 4, ICS[6])
    # ---------------- Governor Vessel
    mid("GV1", "back", 498.0, note="In the perineum: shown below the tip of the coccyx.")
    mid("GV2", "back", SACRAL_HIATUS)
    for number, vertebra in (
        (3, "L4"),
        (4, "L2"),
        (5, "L1"),
        (6, "T11"),
        (7, "T10"),
        (8, "T9"),
        (9, "T7"),
        (10, "T6"),
        (11, "T5"),
        (12, "T3"),
        (13, "T1"),
        (14, "C7"),
    ):
        mid(f"GV{number}", "back", below_spinous(vertebra))
    for number, cun in ((15, 0.5), (16, 1), (17, 2.5), (18, 4), (19, 5.5)):
        mid(f"GV{number}", "back", back_scalp(cun))
    mid("GV20", "front", front_scalp(5))
    mid("GV20", "back", back_scalp(7))
    for number, cun in ((21, 3.5), (22, 2), (23, 1), (24, 0.5)):
        mid(f"GV{number}", "front", front_scalp(cun))
    mid("GV25", "front", 114.0)
    mid("GV26", "front", Y["philtrum_mid"])
    mid("GV27", "front", 128.0)
    mid("GV28", "front", 129.0, note="Inside the upper lip: shown at the upper lip.")
    # ---------------- Conception Vessel
    mid("CV1", "front", Y["crotch"], note="In the perineum: shown at the crotch.")
    for number, level in (
        (2, -5),
        (3, -4),
        (4, -3),
        (5, -2),
        (6, -1.5),
        (7, -1),
        (8, 0),
        (9, 1),
        (10, 2),
        (11, 3),
        (12, 4),
        (13, 5),
        (14, 6),
        (15, 7),
        (16, 8),
    ):
        tf(f"CV{number}", 0, level)
    for number, space in ((17, 4), (18, 3), (19, 2), (20, 1)):
        tf(f"CV{number}", 0, ICS[space])
    tf("CV21", 0, 16)
    tf("CV22", 0, 17)
    mid("CV23", "front", 162.0)
    mid("CV24", "front", Y["mentolabial"])


def extra_points() -> None:
    # EX-HN1: four sites 1 B-cun around GV20 (front, back, and either side).
    mid("EX-HN1", "front", front_scalp(4), site=1)
    mid("EX-HN1", "back", back_scalp(6), site=2)
    pair("EX-HN1", "front", HEAD_CUN_FRONT, front_scalp(5) + 2, site=3)
    pair("EX-HN2", "front", PUPIL, hairline_front(PUPIL) - SCALP_FRONT_CUN)
    mid("EX-HN3", "front", Y["glabella"])
    pair("EX-HN4", "front", PUPIL, Y["eyebrow"] - 1)
    pair("EX-HN5", "front", 38.0, 90.0)
    side("EX-HN5", 140.0, 90.0)
    pair("EX-HN6", "front", 45.0, Y["ear_apex"])
    side("EX-HN6", 108.0, Y["ear_apex"])
    pair("EX-HN7", "front", 22.0, 103.0)
    pair("EX-HN8", "front", 9.0, 110.0)
    pair("EX-HN9", "front", 5.0, 116.0, note="Inside the nostril: shown at the nostril.")
    mid("EX-HN10", "front", Y["mouth"], note="On the tongue: shown at the mouth.")
    mid("EX-HN11", "front", Y["mouth"] + 1, note="Under the tongue: shown at the mouth.")
    one("EX-HN12", "front", "left", 2.5, Y["mouth"] + 1)
    one("EX-HN13", "front", "right", 2.5, Y["mouth"] + 1)
    pair("EX-HN14", "back", 30.0, 120.0)
    side("EX-HN14", 100.0, 122.0)
    pair("EX-HN15", "back", 1.0 * BACK_CUN * 0.85, below_spinous("C7") - 2 * NECK_BACK_CUN)
    tf("EX-CA1", 3, -4)
    tb("EX-B1", 0.5, below_spinous("C7"))
    levels = [*(f"T{n}" for n in range(1, 13)), *(f"L{n}" for n in range(1, 6))]
    for site, vertebra in enumerate(levels, start=1):
        pair("EX-B2", "back", 0.5 * BACK_CUN, below_spinous(vertebra), site=site)
    tb("EX-B3", 1.5, below_spinous("T8"))
    tb("EX-B4", 3.5, below_spinous("L1"))
    tb("EX-B5", 0, below_spinous("L3"))
    tb("EX-B6", 3, below_spinous("L4"))
    tb("EX-B7", 3.65, below_spinous("L4"))
    tb("EX-B8", 0, below_spinous("L5"))
    mid("EX-B9", "back", SACRAL_HIATUS + 6)
    pair("EX-UE1", "back", arm(Y["olecranon"], 0.0), Y["olecranon"])
    for site, across in ((1, -0.05), (2, 0.4)):
        pair("EX-UE2", "front", arm(above_wrist(4), across), above_wrist(4), site=site)
    pair("EX-UE3", "back", arm(Y["wrist"], 0.5), Y["wrist"])
    pair("EX-UE4", "back", arm(Y["pip"], FINGER["middle"]), Y["pip"])
    pair("EX-UE5", "back", arm(Y["thumb_ip"], FINGER["thumb"] - 0.05), Y["thumb_ip"])
    pair("EX-UE6", "back", arm(Y["pip"] + 2, FINGER["little"]), Y["pip"] + 2)
    for site, across in ((1, 0.42), (2, -0.42)):
        pair("EX-UE7", "back", arm(526.0, across), 526.0, site=site)
    pair("EX-UE8", "back", arm(548.0, 0.42), 548.0)
    for site, (across, y) in enumerate(
        ((0.95, 552.0), (0.42, 566.0), (0.0, 566.0), (-0.42, 566.0)), start=1
    ):
        pair("EX-UE9", "back", arm(y, across), y, site=site)
    for site, finger in enumerate(("index", "middle", "ring", "little"), start=1):
        pair("EX-UE10", "front", arm(Y["pip"], FINGER[finger]), Y["pip"], site=site)
    tips = (
        ("thumb", Y["thumb_tip"] - 2),
        ("index", Y["fingertip"] - 6),
        ("middle", Y["fingertip"] - 1),
        ("ring", Y["fingertip"] - 5),
        ("little", Y["fingertip"] - 12),
    )
    for site, (finger, y) in enumerate(tips, start=1):
        pair("EX-UE11", "front", arm(y, FINGER[finger]), y, site=site)
    st34 = Y["patella_base"] - 2 * THIGH_FRONT_CUN
    for site, d in ((1, 41.0), (2, 65.0)):
        pair("EX-LE1", "front", d, st34, site=site)
    pair("EX-LE2", "front", leg(Y["patella_base"], 0.0), Y["patella_base"])
    le3 = Y["patella_base"] - 3 * THIGH_FRONT_CUN
    pair("EX-LE3", "front", leg(le3, -0.55), le3)
    pair("EX-LE4", "front", 31.0, Y["knee_eye"])
    pair("EX-LE5", "front", 31.0, Y["knee_eye"], site=1)
    pair("EX-LE5", "front", 49.0, Y["knee_eye"], site=2)
    le6 = Y["fibula_head"] + 14.0 + 1.5 * LEG_FRONT_CUN
    pair("EX-LE6", "front", leg(le6, 0.75), le6)
    side("EX-LE6", side_leg_fibula(le6) + 6, le6)
    st35_y, st41_y = Y["knee_eye"], 936.0
    le7 = st35_y + 5 * (st41_y - st35_y) / 16
    pair("EX-LE7", "front", 49.0 + 5 / 16 * (36.0 - 49.0), le7)
    pair("EX-LE8", "front", 22.0, Y["medial_malleolus"])
    pair("EX-LE9", "front", 50.0, Y["lateral_malleolus"])
    side("EX-LE9", *SIDE["lateral_malleolus"])
    for site, d in enumerate((22.5, 31.0, 39.0, 47.0), start=1):
        pair("EX-LE10", "front", d, 968.0, site=site)
    pair(
        "EX-LE11",
        "front",
        TOE[2],
        TOE_TIP - 2,
        note="On the underside of the toe: shown on the second toe.",
    )
    for site in range(1, 6):
        pair("EX-LE12", "front", TOE[site], TOE_TIP + 1, site=site)


def place_all() -> list[Placed]:
    PLACED.clear()
    meridian_points()
    extra_points()
    return list(PLACED)
