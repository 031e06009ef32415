// The finder: a symptom (typed, or picked from suggestions) and the person's situation in,
// the matching points out, ranked, on the figure, with the unsafe ones left out and said so.

import { explain, getJson, query } from "./api.js";
import { announce, fill, h, uniqueId } from "./dom.js";
import { loadBodyMap, renderFigure, sitesByCode } from "./figure.js";
import { pointTitle } from "./format.js";
import { claimList, errorMessage, notice, otherNames, safetyBlock, section, sourceList, techniqueList } from "./parts.js";
import { loadRegions, regionNames } from "./regions.js";
import { attachTypeahead } from "./typeahead.js";

const SUGGESTION_KINDS = ["condition", "point"];

/** The finder's state as it is written in the address: `#/?symptom=…&pregnant=true…`. */
export function finderHash(state) {
  const text = query({
    symptom: state.symptom,
    pregnant: state.pregnant && "true",
    skin_issue_region: state.skinRegion,
    pain_persists: state.painPersists && "true",
  });
  return text ? `#/?${text}` : "#/";
}

function stateFrom(params) {
  return {
    symptom: params.get("symptom") || "",
    pregnant: params.get("pregnant") === "true",
    skinRegion: params.get("skin_issue_region") || "",
    painPersists: params.get("pain_persists") === "true",
  };
}

export function renderFinder(main, params) {
  const state = stateFrom(params);
  const ids = { symptom: uniqueId("symptom"), hint: uniqueId("hint"), where: uniqueId("where") };
  const input = h("input", { id: ids.symptom, name: "symptom", type: "text", value: state.symptom, "aria-describedby": ids.hint, required: true, maxlength: 200, spellcheck: "false" });
  const pregnant = h("input", { type: "checkbox", name: "pregnant", checked: state.pregnant });
  const skin = h("input", { type: "checkbox", name: "skin", checked: Boolean(state.skinRegion), "aria-controls": ids.where });
  const where = h("select", { id: ids.where, name: "skin_issue_region", disabled: !state.skinRegion }, h("option", { value: "" }, "Choose where"));
  const pain = h("input", { type: "checkbox", name: "pain_persists", checked: state.painPersists });
  const status = h("p", { class: "status", role: "status" });
  const results = h("div", { class: "results" });

  const form = h(
    "form",
    { class: "finder", "aria-label": "Find points", novalidate: true },
    h(
      "div",
      { class: "field combo" },
      h("label", { for: ids.symptom }, "Symptom"),
      input,
      h("p", { id: ids.hint, class: "hint" }, "For example: lower back pain, sore calves after running, neck stiffness. Suggestions appear as you type."),
    ),
    h(
      "fieldset",
      { class: "context" },
      h("legend", {}, "Your situation"),
      h("p", { class: "hint" }, "Points that are unsafe for you are left out of the results, and the page says why."),
      h("label", { class: "check" }, pregnant, " I am pregnant"),
      h("label", { class: "check" }, skin, " I have a wound, bruise or skin problem"),
      h("div", { class: "field indent" }, h("label", { for: ids.where }, "Where is the skin problem?"), where),
      h("label", { class: "check" }, pain, " My pain persists or is getting worse"),
    ),
    h("button", { type: "submit", class: "primary" }, "Find points"),
  );

  skin.addEventListener("change", () => {
    where.disabled = !skin.checked;
    if (skin.checked) where.focus();
  });

  const typeahead = attachTypeahead(input, {
    suggest: async (text, signal) => {
      const body = await getJson(`/v1/search?${query({ q: text, kind: SUGGESTION_KINDS, limit: 8 })}`, { signal });
      return body.items;
    },
    onPick: (item) => {
      if (item.kind === "point") {
        window.location.hash = `#/points/${encodeURIComponent(item.id)}`;
        return;
      }
      input.value = item.title;
      form.requestSubmit();
    },
  });

  let controller = null;
  async function search(current) {
    controller?.abort();
    controller = new AbortController();
    status.textContent = "Searching…";
    fill(results);
    try {
      const url = `/v1/points?${query({
        symptom: current.symptom,
        pregnant: current.pregnant && "true",
        skin_issue_region: current.skinRegion,
        pain_persists: current.painPersists && "true",
        unsafe: "exclude",
        limit: 20,
      })}`;
      const [answer, map, names] = await Promise.all([getJson(url, { signal: controller.signal }), loadBodyMap(), regionNames()]);
      showResults(answer, map, names, current);
    } catch (error) {
      if (error.name === "AbortError") return;
      status.textContent = "";
      fill(results, errorMessage(explain(error)));
    }
  }

  function showResults(answer, map, names, current) {
    const left = answer.excluded.length;
    const found = answer.total === 1 ? "1 point" : `${answer.total} points`;
    const understood = answer.understood_as.flatMap((reading) => reading.matched);
    status.textContent =
      `${found} for “${current.symptom}”` +
      (understood.length ? ` (understood as ${understood.join(", ")})` : "") +
      (left ? `; ${left} left out for your safety.` : ".");
    const sites = sitesByCode(map);
    const shown = answer.items.map((item) => ({
      code: item.point.code,
      display_code: item.point.display_code,
      name: item.point.names.pinyin_toneless,
      sites: sites.get(item.point.code) || [],
    }));
    const figure = renderFigure(map, shown, { label: "The points found, on the body" });
    fill(results,
      notice(answer.notice),
      h(
        "div",
        { class: figure ? "results-layout with-figure" : "results-layout" },
        h(
          "div",
          { class: "results-list" },
          answer.items.length
            ? h("ol", { class: "points", "aria-label": "Points found, best match first" }, answer.items.map((item) => resultCard(item, names, sites)))
            : h("p", {}, understood.length ? "No point is left to show for your situation." : "No symptom we know matched. Try other words, or pick a suggestion."),
          excludedBlock(answer.excluded),
        ),
        figure,
      ),
      section("Sources", sourceList(answer.sources)),
    );
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    typeahead.cancel();
    const current = {
      symptom: input.value.trim(),
      pregnant: pregnant.checked,
      skinRegion: skin.checked ? where.value : "",
      painPersists: pain.checked,
    };
    if (!current.symptom) {
      status.textContent = "";
      fill(results, errorMessage("Type a symptom first."));
      input.focus();
      return;
    }
    // Written into the address without a new render, so Back returns to these results.
    window.history.pushState(null, "", finderHash(current));
    search(current);
  });

  fill(main,
    h("h1", { tabindex: "-1" }, "Find acupressure points for a symptom"),
    h("p", { class: "lead" }, "Type what bothers you, tell us about your situation, and see which points traditional sources name, where they are and how to press them."),
    form,
    status,
    results,
  );

  loadRegions().then((regions) => {
    where.append(...regions.map((region) => h("option", { value: region.slug, selected: region.slug === state.skinRegion }, `${"\u2003".repeat(region.depth)}${region.name}`)));
  });
  if (state.symptom) search(state);
  announce("Symptom finder");
  return () => {
    controller?.abort();
    typeahead.cancel();
  };
}

function resultCard(item, names, sites) {
  const point = item.point;
  const onFigure = (sites.get(point.code) || []).length > 0;
  const where = point.regions.map((slug) => names.get(slug) || slug).join(", ");
  return h(
    "li",
    { class: !item.safety || item.safety.status === "ok" ? "result" : `result flagged-${item.safety.status}` },
    h("h2", { class: "result-title" }, h("a", { href: `#/points/${encodeURIComponent(point.code)}` }, pointTitle(point)), " ", otherNames(point.names)),
    h("p", { class: "meta" }, where ? `Where: ${where}` : null, onFigure ? " · marked on the figure" : null),
    safetyBlock(item.safety),
    h("h3", {}, "How to press"),
    techniqueList(item.techniques),
    h("h3", {}, "What it is said to help with"),
    claimList(item.helps_with),
  );
}

function excludedBlock(excluded) {
  if (!excluded.length) return null;
  return h(
    "section",
    { class: "excluded", "aria-label": "Left out for your safety" },
    h("h2", {}, "Left out for your safety"),
    h(
      "ul",
      {},
      excluded.map((point) =>
        h(
          "li",
          {},
          h("a", { href: `#/points/${encodeURIComponent(point.code)}` }, point.display_code),
          ": ",
          point.safety.reasons[0]?.reason || "",
          point.safety.reasons[0]?.advice ? ` ${point.safety.reasons[0].advice}` : "",
        ),
      ),
    ),
  );
}
