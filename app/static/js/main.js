// The page's router: `#/` (the finder, its query in the address), `#/points/{ref}`,
// `#/routines` and `#/routines/{slug}`. Other fragments (the skip link's) are not routes.

import { renderFinder } from "./finder.js";
import { renderPoint } from "./point.js";
import { renderRoutine, renderRoutines } from "./routine.js";

const TITLE = "Acupoint finder";

const ROUTES = [
  [/^#\/points\/([^/?]+)$/, (main, match) => renderPoint(main, decodeURIComponent(match[1]))],
  [/^#\/routines\/([^/?]+)$/, (main, match) => renderRoutine(main, decodeURIComponent(match[1]))],
  [/^#\/routines$/, (main) => renderRoutines(main)],
  [/^#\/?(?:\?(.*))?$/, (main, match) => renderFinder(main, new URLSearchParams(match[1] || ""))],
];

let dispose = () => {};
let first = true;

function route() {
  const hash = window.location.hash || "#/";
  if (!hash.startsWith("#/") && hash !== "#") return;
  const main = document.getElementById("main");
  for (const [pattern, render] of ROUTES) {
    const match = hash.match(pattern);
    if (!match) continue;
    dispose();
    document.title = TITLE;
    dispose = render(main, match) || (() => {});
    markCurrentLink(hash);
    // After a navigation, start reading at the new view's heading.
    if (!first) main.querySelector("h1")?.focus();
    first = false;
    return;
  }
  window.location.hash = "#/";
}

function markCurrentLink(hash) {
  for (const link of document.querySelectorAll("nav a")) {
    const target = link.getAttribute("href");
    const current = target === "#/" ? !hash.startsWith("#/routines") && !hash.startsWith("#/points") : hash.startsWith(target);
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

document.querySelector(".skip")?.addEventListener("click", (event) => {
  event.preventDefault();
  document.getElementById("main").focus();
});
window.addEventListener("hashchange", route);
route();
