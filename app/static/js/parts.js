// Pieces shared by the views: the notice, techniques, claims, cautions and sources.

import { externalLink, h } from "./dom.js";
import { duration, EVIDENCE, sides } from "./format.js";

export function notice(text) {
  if (!text) return null;
  return h("aside", { class: "notice", "aria-label": "Notice" }, h("p", {}, text));
}

/** Hanzi (with the traditional form when it differs) and English. */
export function otherNames(names) {
  if (!names) return null;
  const hanzi = names.hanzi_traditional && names.hanzi_traditional !== names.hanzi ? `${names.hanzi} (${names.hanzi_traditional})` : names.hanzi;
  return h("span", { class: "names" }, hanzi ? h("span", { lang: "zh" }, hanzi) : null, hanzi && names.english ? " · " : "", names.english || "");
}

export function sourceNote(slug) {
  return slug ? h("span", { class: "source-ref" }, ` (source: ${slug})`) : null;
}

export function techniqueList(techniques) {
  if (!techniques?.length) return h("p", {}, "The sources give no technique for this point.");
  return h(
    "ul",
    { class: "techniques" },
    techniques.map((technique) => {
      const time = duration(technique.duration_min_seconds, technique.duration_max_seconds, technique.duration_text);
      const facts = [time ? `How long: ${time}` : "How long: not stated by the source", sides(technique.sides)].filter(Boolean).join(", ");
      return h("li", {}, h("p", {}, technique.instructions), h("p", { class: "meta" }, facts, sourceNote(technique.source)));
    }),
  );
}

export function evidenceBadge(evidence) {
  return h("span", { class: `badge evidence-${evidence}` }, EVIDENCE[evidence] || evidence);
}

export function claimList(claims) {
  if (!claims?.length) return null;
  return h(
    "ul",
    { class: "claims" },
    claims.map((claim) =>
      h("li", {}, h("strong", {}, `${claim.name}: `), claim.claim, " ", evidenceBadge(claim.evidence), sourceNote(claim.source)),
    ),
  );
}

const STATUS_TEXT = { ok: "No caution for your situation", caution: "Caution", avoid: "Avoid" };

export function safetyBlock(safety) {
  if (!safety || safety.status === "ok") return null;
  return h(
    "div",
    { class: `safety safety-${safety.status}` },
    h("p", {}, h("strong", {}, STATUS_TEXT[safety.status] || safety.status)),
    h(
      "ul",
      {},
      safety.reasons.map((reason) =>
        h("li", {}, reason.reason, reason.advice ? ` ${reason.advice}` : "", sourceNote(reason.source)),
      ),
    ),
  );
}

export function cautionList(cautions) {
  if (!cautions?.length) return null;
  return h(
    "ul",
    { class: "cautions" },
    cautions.map((caution) =>
      h(
        "li",
        {},
        h("strong", {}, `${caution.severity === "avoid" ? "Avoid" : "Caution"}: ${caution.title}. `),
        caution.advice || "",
        sourceNote(caution.source),
      ),
    ),
  );
}

export function sourceList(sources) {
  if (!sources?.length) return null;
  return h(
    "ul",
    { class: "sources" },
    sources.map((source) => {
      const byline = [source.author, source.publisher, source.published].filter(Boolean).join(", ");
      return h(
        "li",
        { id: `source-${source.slug}` },
        source.url ? externalLink(source.url, source.title) : h("cite", {}, source.title),
        byline ? `. ${byline}` : "",
        h("span", { class: "source-ref" }, ` [${source.slug}]`),
        source.evidence ? h("p", { class: "meta" }, source.evidence) : null,
      );
    }),
  );
}

export function section(title, ...content) {
  const parts = content.flat().filter(Boolean);
  if (!parts.length) return null;
  return h("section", { class: "block" }, h("h2", {}, title), parts);
}

export function errorMessage(text) {
  return h("p", { class: "error", role: "alert" }, text);
}
