// Building DOM from API data: text always goes in as text nodes, never as markup.

/**
 * Creates an element. `attrs`: `class`, `text` (textContent), `on<event>` (listener),
 * anything else as an attribute (true: present, false/null/undefined: absent).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "class") element.className = value;
    else if (name === "text") element.textContent = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...present(children));
  return element;
}

/** Replaces the children of `element`, leaving out the empty parts (null, false). */
export function fill(element, ...children) {
  element.replaceChildren(...present(children));
}

function present(children) {
  return children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);
}

/** A link to a page of another site, or plain text when the address is not http(s). */
export function externalLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "https:" || parsed.protocol === "http:") {
      return h("a", { href: parsed.href, rel: "noopener noreferrer external" }, text);
    }
  } catch {
    // not a URL: shown as text
  }
  return h("span", {}, text);
}

let unique = 0;
export function uniqueId(prefix) {
  unique += 1;
  return `${prefix}-${unique}`;
}

/** Says `message` through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  // A new text node after a tick, so that the same message twice is read twice.
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
