// The body-region tree (GET /v1/regions), asked for once: names for slugs, and the choices
// of the "where is the skin problem" list.

import { getJson } from "./api.js";

let regions = null;

/** [{slug, name, depth}] in the tree's order; empty when the call fails. */
export function loadRegions() {
  regions ??= getJson("/v1/regions")
    .then((body) => flatten(body.regions, 0))
    .catch(() => {
      regions = null;
      return [];
    });
  return regions;
}

function flatten(nodes, depth) {
  return nodes.flatMap((node) => [{ slug: node.slug, name: node.name, depth }, ...flatten(node.children || [], depth + 1)]);
}

export async function regionNames() {
  return new Map((await loadRegions()).map((region) => [region.slug, region.name]));
}
