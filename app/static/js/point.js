// One point (GET /v1/points/{ref}): names, where it is (on the figure too), how to press,
// what it is said to help with, cautions, evidence and sources.

import { explain, getJson } from "./api.js";
import { fill, h } from "./dom.js";
import { loadBodyMap, renderFigure, sitesByCode } from "./figure.js";
import { pointTitle } from "./format.js";
import { cautionList, claimList, errorMessage, notice, otherNames, section, sourceList, sourceNote, techniqueList } from "./parts.js";

const LATERALITY = {
  bilateral: "On both sides of the body",
  midline: "On the midline",
  single_side: "On one side",
  several_sites: "At several sites",
};

export function renderPoint(main, ref) {
  const controller = new AbortController();
  const heading = h("h1", { tabindex: "-1" }, `Point ${ref}`);
  const body = h("div", { class: "point" }, h("p", { role: "status" }, "Loading…"));
  fill(main, heading, body);
  Promise.all([getJson(`/v1/points/${encodeURIComponent(ref)}`, { signal: controller.signal }), loadBodyMap()])
    .then(([point, map]) => {
      heading.textContent = pointTitle(point);
      document.title = `${point.display_code} ${point.names.pinyin_toneless} – Acupoint finder`;
      fill(body, ...pointParts(point, map));
    })
    .catch((error) => {
      if (error.name === "AbortError") return;
      heading.textContent = error.status === 300 ? `“${ref}” may mean several points` : error.status === 404 ? `No point is known as “${ref}”` : "The point could not be loaded";
      fill(body, errorMessage(explain(error)), alternatives(error.problem));
    });
  return () => controller.abort();
}

function alternatives(problem) {
  const options = problem?.candidates || problem?.suggestions || [];
  if (!options.length) return null;
  return h(
    "ul",
    { "aria-label": problem.candidates ? "Candidates" : "Did you mean" },
    options.map((option) => h("li", {}, h("a", { href: `#/points/${encodeURIComponent(option.code)}` }, `${option.display_code} ${option.name}`))),
  );
}

function figureSites(point, map) {
  if (Array.isArray(point.figure_sites)) return point.figure_sites;
  return sitesByCode(map).get(point.code) || [];
}

function pointParts(point, map) {
  const figure = renderFigure(
    map,
    [{ code: point.code, display_code: point.display_code, name: point.names.pinyin_toneless, sites: figureSites(point, map) }],
    { selected: point.code, label: `Where ${point.display_code} is on the body` },
  );
  const lay = point.locations.filter((location) => location.kind === "lay");
  const anatomical = point.locations.filter((location) => location.kind === "anatomical");
  return [
    h(
      "p",
      { class: "lead" },
      h("span", { lang: "zh-Latn-pinyin" }, point.names.pinyin),
      " · ",
      otherNames(point.names),
      h("br"),
      [point.meridian?.name, LATERALITY[point.laterality], point.kind === "extra" ? "Extra point" : null].filter(Boolean).join(" · "),
    ),
    notice(point.notice),
    h(
      "div",
      { class: figure ? "point-layout with-figure" : "point-layout" },
      h(
        "div",
        {},
        section("How to find it", locationList(lay), regionLine(point.regions)),
        section("Standard location", locationList(anatomical)),
        section("How to press", techniqueList(point.techniques)),
        section("What it is said to help with", claimList(point.conditions)),
        section("Cautions", cautionList(point.cautions)),
      ),
      figure,
    ),
    section("What the sources got wrong", erratumList(point.errata)),
    section("Other names", nameList(point.all_names)),
    section("Sources", sourceList(point.sources)),
    point.review ? h("p", { class: "meta" }, `Review: ${point.review.status}${point.review.reviewed_by ? `, by ${point.review.reviewed_by}` : ""}${point.review.reviewed_on ? ` on ${point.review.reviewed_on}` : ""}. Dataset ${point.dataset_version}.`) : null,
  ];
}

function locationList(locations) {
  if (!locations.length) return null;
  return h("ul", {}, locations.map((location) => h("li", {}, location.text, location.note ? ` ${location.note}` : "", sourceNote(location.source))));
}

function regionLine(regions) {
  if (!regions?.length) return null;
  return h("p", { class: "meta" }, `Body region: ${regions.map((region) => region.name).join(", ")}`);
}

function erratumList(errata) {
  if (!errata?.length) return null;
  return h(
    "ul",
    {},
    errata.map((erratum) => h("li", {}, h("p", {}, `The source said (${erratum.field}): “${erratum.source_said}”`), h("p", {}, erratum.correction, sourceNote(erratum.source)))),
  );
}

function nameList(names) {
  if (!names?.length) return null;
  return h(
    "details",
    {},
    h("summary", {}, `${names.length} names and spellings`),
    h("ul", { class: "names-list" }, names.map((name) => h("li", {}, h("span", { lang: name.language || null }, name.value), h("span", { class: "meta" }, ` ${name.kind.replace("_", " ")}`), sourceNote(name.source)))),
  );
}
