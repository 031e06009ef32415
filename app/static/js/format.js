// How durations, names and labels read on the page.

export function minutesAndSeconds(totalSeconds) {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

function spoken(seconds) {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  }
  if (seconds < 60) return `${seconds} seconds`;
  return `${(seconds / 60).toFixed(1)} minutes`;
}

/** "1–2 minutes", from the source's own words when it has them. */
export function duration(min, max, text) {
  if (text) return text;
  if (min === null || min === undefined) return max ? `up to ${spoken(max)}` : null;
  if (max === null || max === undefined || max === min) return spoken(min);
  return `${spoken(min)} to ${spoken(max)}`;
}

const SIDES = {
  each_side: "on each side",
  both_sides_together: "both sides at once",
  alternate_sides: "alternating sides",
};

export function sides(value) {
  return SIDES[value] || null;
}

export function pointTitle(point) {
  return `${point.display_code} ${point.names?.pinyin || ""}`.trim();
}

export const EVIDENCE = {
  traditional: "Traditional use (not clinical evidence)",
  anecdotal: "Anecdotal",
  clinical: "Clinical evidence",
};

export function sideLabel(side) {
  if (side === "left") return "left side";
  if (side === "right") return "right side";
  return "midline";
}
