// The body figure (GET /v1/body-map) with a marker per site of the points shown. Without
// the figure (the API answers 404, or fails) the page works on, without it.

import { getJson } from "./api.js";
import { h } from "./dom.js";
import { sideLabel } from "./format.js";

let bodyMap = null;
const FRONT_WIDTH = 360;
const PANEL_REM = 8;
const MAX_PANEL_REM = 18;

/** The body map, asked for once; null when the server has none. */
export function loadBodyMap() {
  bodyMap ??= getJson("/v1/body-map").catch(() => null);
  return bodyMap;
}

/** Sites by point code, from the body map's own list. */
export function sitesByCode(map) {
  return new Map((map?.points || []).map((point) => [point.code, point.sites || []]));
}

function attributionText(attribution) {
  if (!attribution) return null;
  if (typeof attribution === "string") return attribution;
  return attribution.text || attribution.title || null;
}

/**
 * A figure with markers, or null when there is nothing to draw. `points`: [{code, display_code,
 * name, sites}]; `selected`: the code drawn as the marked point.
 */
export function renderFigure(map, points, { selected = null, label = "Where the points are" } = {}) {
  const views = (map?.views || []).filter((view) => typeof view.href === "string" && view.href.startsWith("/"));
  const panels = views
    .map((view) => {
      const markers = points.flatMap((point) =>
        point.sites
          .filter((site) => site.view === view.view)
          .map((site) => marker(point, site, view.view, point.code === selected)),
      );
      if (!markers.length) return null;
      const panel = h(
        "div",
        { class: "figure-view" },
        h(
          "div",
          { class: "figure-frame" },
          h("img", { src: view.href, alt: `Outline of the body, ${view.view} view`, width: view.width, height: view.height }),
          markers,
        ),
        h("p", { class: "figure-view-name", "aria-hidden": "true" }, `${capitalise(view.view)} view`),
      );
      // Every view drawn at one scale: a narrower view gets a narrower panel (CSSOM, as below).
      const share = (Number(view.width) || FRONT_WIDTH) / FRONT_WIDTH;
      panel.style.flex = `0 1 ${PANEL_REM * share}rem`;
      panel.style.maxWidth = `${MAX_PANEL_REM * share}rem`;
      return panel;
    })
    .filter(Boolean);
  if (!panels.length) return null;
  const credit = attributionText(map.attribution);
  return h(
    "figure",
    { class: "body-figure", "aria-label": label },
    h("div", { class: "figure-views" }, panels),
    h("figcaption", {}, "Markers are links to each point's page. ", credit ? h("span", { class: "attribution" }, credit) : null),
  );
}

function marker(point, site, view, isSelected) {
  const link = h(
    "a",
    {
      class: isSelected ? "marker marker-selected" : "marker",
      href: `#/points/${encodeURIComponent(point.code)}`,
      "aria-label": `${point.display_code} ${point.name || ""}, ${sideLabel(site.side)}, ${view} view`.replace(/ ,/, ","),
      "aria-current": isSelected ? "true" : null,
      "data-code": point.code,
    },
    h("span", { class: "marker-label", "aria-hidden": "true" }, point.display_code),
  );
  // CSSOM, not a style attribute: allowed under a policy without 'unsafe-inline'.
  link.style.left = `${clamp(site.x) * 100}%`;
  link.style.top = `${clamp(site.y) * 100}%`;
  return link;
}

function clamp(value) {
  return Math.min(1, Math.max(0, Number(value) || 0));
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
